"""How quote deduplication's cost grows with the corpus, and how well it finds reposted quotes.

Synthetic corpora of 10k, 30k and 100k quotes are generated from the word lists below (our own
text, no external data): original quotes, each reposted by a few "outlets" with the changes
outlets make (case, curly marks, punctuation, an ellipsis for an omitted passage, truncation,
one word changed), plus short stock replies ("Thank you.") said by many different people.

Every quote is inserted in order and looked up before insertion, as ``onrecord ingest`` does:

* ``dict``: an in-memory dict from band key to quote ids;
* ``sqlite``: a table ``quote_bands(band_key INTEGER, quote_id INTEGER)`` with an index on
  ``band_key``, in an in-memory SQLite database;
* ``all-pairs``: every new quote compared with every earlier one (the quadratic baseline),
  measured on small corpora only and extrapolated as c * n**2.

A looked-up quote is the same as a candidate when ``is_same_quote`` says so; a quote with no
match starts a new cluster, one with matches joins the best match's cluster. Precision and
recall count pairs of quotes put in one cluster against the generator's truth.

    .venv/bin/python benchmarks/bench_dedupe.py                 # 10k, 30k, 100k
    .venv/bin/python benchmarks/bench_dedupe.py --sizes 2000 5000 --baseline 500 1000
    .venv/bin/python benchmarks/bench_dedupe.py --markdown      # table for DEDUPE_RESULTS.md
"""

from __future__ import annotations

import argparse
import platform
import random
import sqlite3
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from onrecord.corpus.dedupe import BANDS, ROWS, band_hashes, is_same_quote, shingles, similarity

# --- corpus generator ------------------------------------------------------------------------

# Word lists written for this benchmark. Function words are drawn often (as in real speech, so
# unrelated quotes share common 3-grams), content words rarely.
FUNCTION_WORDS = (
    "we the a to of and in that is it for not will have be this on with are they our "
    "all what but there was at people going think about can very more do as so if"
).split()
CONTENT_WORDS = (
    "harbour council budget bridge schools families workers union strike talks deal government "
    "minister ministry election vote voters campaign policy reform tax taxes prices energy gas "
    "wages jobs factory plant port ships cruise tourists town city village district region "
    "court judge trial verdict appeal lawyer police investigation evidence witness report "
    "hospital doctors nurses patients waiting lists funding care season club players coach "
    "match goal league title fans stadium transfer contract future decision pressure "
    "responsibility support opposition agreement proposal plan plans summer winter spring "
    "autumn weeks months year years record growth crisis recovery market markets investors "
    "shares profits losses company companies customers services trains buses roads traffic "
    "safety security border migrants refugees aid water food farmers harvest drought floods "
    "climate emissions targets science research university students teachers parents children "
    "housing rents homes streets neighbours residents community history promise promises "
    "truth trust respect fight change answers questions mistakes lessons victory defeat"
).split()
STOCK_REPLIES = (
    "Thank you.", "No comment.", "We will see.", "It is what it is.", "Absolutely.",
    "I don't know.", "Not at all.", "We are very happy.", "It was a great night.",
)
# Stock openings that many different quotes share, as speech does.
STOCK_OPENINGS = (
    "At the end of the day", "I think it is fair to say that", "Let me be very clear",
    "We have always said that", "To be honest with you",
)


def sentence(rng: random.Random) -> str:
    words = [
        rng.choice(CONTENT_WORDS) if rng.random() < 0.45 else rng.choice(FUNCTION_WORDS)
        for _ in range(rng.randint(7, 16))
    ]
    text = " ".join(words)
    return text[0].upper() + text[1:]


def original_quote(rng: random.Random) -> str:
    sentences = [sentence(rng) for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.1:
        sentences[0] = f"{rng.choice(STOCK_OPENINGS)}, {sentences[0][0].lower()}{sentences[0][1:]}"
    return " ".join(s + rng.choice(".!.") for s in sentences)


def _truncate_start(q: str, rng: random.Random) -> str:
    words = q.split()
    return " ".join(words[: max(6, len(words) // 2)])


def _truncate_end(q: str, rng: random.Random) -> str:
    parts = [p for p in q.replace("!", ".").split(". ") if p]
    if len(parts) > 1:
        return parts[-1]
    words = q.split()
    return "… " + " ".join(words[len(words) // 3 :])


def _ellipsis(q: str, rng: random.Random) -> str:
    words = q.split()
    if len(words) < 18:
        return q.replace(".", "...")
    cut = rng.randint(5, len(words) - 12)
    return " ".join(words[:cut] + ["…"] + words[cut + 5 :])


def _one_word(q: str, rng: random.Random) -> str:
    words = q.split()
    i = rng.randrange(len(words))
    words[i] = rng.choice(CONTENT_WORDS)
    return " ".join(words)


VARIANTS: dict[str, Callable[[str, random.Random], str]] = {
    "identical": lambda q, rng: q,
    "case": lambda q, rng: q.upper() if rng.random() < 0.5 else q.lower(),
    "curly": lambda q, rng: f"“{q.replace(chr(39), '’')}”",
    "punctuation": lambda q, rng: q.replace(".", ";").replace(" and ", ", and ").rstrip(";") + "!",
    "ellipsis": _ellipsis,
    "truncated start": _truncate_start,
    "truncated end": _truncate_end,
    "one word": _one_word,
}


@dataclass
class Corpus:
    texts: list[str]
    truth: list[int]  # cluster id of each quote
    kinds: list[str]


def make_corpus(size: int, seed: int = 7) -> Corpus:
    rng = random.Random(seed)
    texts: list[str] = []
    truth: list[int] = []
    kinds: list[str] = []
    pending: list[tuple[str, int, str]] = []  # reposts not yet published
    cluster = 0
    while len(texts) < size:
        if pending and rng.random() < 0.55:
            text, cid, kind = pending.pop(rng.randrange(len(pending)))
        elif rng.random() < 0.05:
            text, cid, kind = rng.choice(STOCK_REPLIES), cluster, "stock"
            cluster += 1
        else:
            text, cid, kind = original_quote(rng), cluster, "original"
            cluster += 1
            for _ in range(rng.choice((0, 0, 1, 1, 2, 3, 5))):
                name = rng.choice(list(VARIANTS))
                pending.append((VARIANTS[name](text, rng), cid, name))
        texts.append(text)
        truth.append(cid)
        kinds.append(kind)
    return Corpus(texts, truth, kinds)


# --- deduplication runs ----------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    clusters: list[int]
    comparisons: int
    largest_bucket: int = 0


def _join(clusters: list[int], text: str, texts: list[str], matches: list[int]) -> None:
    if matches:
        best = max(matches, key=lambda j: (similarity(text, texts[j]), -j))
        clusters.append(clusters[best])
    else:
        clusters.append(len(clusters))


def run_dict(texts: list[str]) -> Run:
    start = time.perf_counter()
    index: dict[int, list[int]] = defaultdict(list)
    clusters: list[int] = []
    comparisons = 0
    for i, text in enumerate(texts):
        keys = band_hashes(text)
        candidates = {j for key in keys for j in index.get(key, ())}
        comparisons += len(candidates)
        _join(clusters, text, texts, [j for j in candidates if is_same_quote(text, texts[j])])
        for key in keys:
            index[key].append(i)
    seconds = time.perf_counter() - start
    return Run(seconds, clusters, comparisons, max(map(len, index.values()), default=0))


def run_sqlite(texts: list[str]) -> Run:
    start = time.perf_counter()
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE quote_bands (band_key INTEGER NOT NULL, quote_id INTEGER NOT NULL)")
    conn.execute("CREATE INDEX quote_bands_key ON quote_bands(band_key)")
    clusters: list[int] = []
    comparisons = 0
    for i, text in enumerate(texts):
        keys = band_hashes(text)
        marks = ",".join("?" * len(keys))
        rows = conn.execute(
            f"SELECT DISTINCT quote_id FROM quote_bands WHERE band_key IN ({marks})", keys
        ).fetchall() if keys else []
        comparisons += len(rows)
        matches = [j for (j,) in rows if is_same_quote(text, texts[j])]
        _join(clusters, text, texts, matches)
        conn.executemany("INSERT INTO quote_bands VALUES (?, ?)", [(k, i) for k in keys])
    conn.commit()
    seconds = time.perf_counter() - start
    conn.close()
    return Run(seconds, clusters, comparisons)


def run_all_pairs(texts: list[str]) -> Run:
    start = time.perf_counter()
    clusters: list[int] = []
    comparisons = 0
    for i, text in enumerate(texts):
        shingles(text)  # the same per-quote work as hashing: shingle each quote once
        comparisons += i
        _join(clusters, text, texts, [j for j in range(i) if is_same_quote(text, texts[j])])
    return Run(time.perf_counter() - start, clusters, comparisons)


# --- scores ----------------------------------------------------------------------------------


def pair_scores(truth: list[int], predicted: list[int]) -> tuple[float, float]:
    """Pairwise precision and recall of the predicted clustering against the truth, over the
    quotes long enough to be deduplicated at all (stock replies are one quote each)."""

    def pairs(labels: list[int]) -> dict[tuple[int, int], int]:
        counts: dict[tuple[int, int], int] = defaultdict(int)
        for t, p in zip(truth, labels, strict=True):
            counts[(t, p)] += 1
        return counts

    joint = pairs(predicted)
    true_sizes: dict[int, int] = defaultdict(int)
    pred_sizes: dict[int, int] = defaultdict(int)
    for t, p in zip(truth, predicted, strict=True):
        true_sizes[t] += 1
        pred_sizes[p] += 1
    both = sum(n * (n - 1) // 2 for n in joint.values())
    true_pairs = sum(n * (n - 1) // 2 for n in true_sizes.values())
    pred_pairs = sum(n * (n - 1) // 2 for n in pred_sizes.values())
    precision = both / pred_pairs if pred_pairs else 1.0
    recall = both / true_pairs if true_pairs else 1.0
    return precision, recall


def recall_by_kind(corpus: Corpus, predicted: list[int]) -> dict[str, float]:
    """Share of each kind of repost put in the cluster of its original (first seen) quote."""
    first: dict[int, int] = {}
    for i, cid in enumerate(corpus.truth):
        first.setdefault(cid, i)
    found: dict[str, list[int]] = defaultdict(list)
    for i, (cid, kind) in enumerate(zip(corpus.truth, corpus.kinds, strict=True)):
        if first[cid] != i and kind not in ("original", "stock"):
            found[kind].append(predicted[i] == predicted[first[cid]])
    return {kind: sum(v) / len(v) for kind, v in sorted(found.items())}


# --- report ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    parser.add_argument("--baseline", type=int, nargs="+", default=[1_000, 2_000, 4_000])
    parser.add_argument("--markdown", action="store_true", help="print markdown tables")
    args = parser.parse_args(argv)

    print(f"# Python {platform.python_version()} on {platform.machine()}, "
          f"{BANDS} bands x {ROWS} rows + fragment-edge keys", file=sys.stderr)

    base_rows = []
    per_pair = []
    for n in args.baseline:
        corpus = make_corpus(n)
        run = run_all_pairs(corpus.texts)
        per_pair.append(run.seconds / max(1, n * (n - 1) // 2))
        base_rows.append((n, run.seconds, run.comparisons))
        print(f"all-pairs n={n}: {run.seconds:.2f}s", file=sys.stderr)
    cost_per_pair = sum(per_pair) / len(per_pair)

    rows = []
    kind_recalls: dict[str, float] = {}
    for n in args.sizes:
        corpus = make_corpus(n)
        d = run_dict(corpus.texts)
        s = run_sqlite(corpus.texts)
        assert d.clusters == s.clusters, "dict and SQLite indexes disagree"
        precision, recall = pair_scores(corpus.truth, d.clusters)
        extrapolated = cost_per_pair * n * (n - 1) / 2
        rows.append((n, d, s, extrapolated, precision, recall))
        kind_recalls = recall_by_kind(corpus, d.clusters)
        print(f"n={n}: dict {d.seconds:.1f}s, sqlite {s.seconds:.1f}s, "
              f"all-pairs ~{extrapolated:.0f}s, P={precision:.4f} R={recall:.4f}", file=sys.stderr)

    # Exhaustive check of the index's recall on the largest baseline corpus: every pair the
    # exact rule accepts, is it found through shared keys?
    small = make_corpus(args.baseline[-1])
    exact = run_all_pairs(small.texts)
    indexed = run_dict(small.texts)
    agree = sum(a == b for a, b in zip(exact.clusters, indexed.clusters, strict=True))

    print()
    print("| quotes | dict index s | us/quote | SQLite index s | us/quote | candidates/quote "
          "| largest bucket | all-pairs s (extrapolated) | speed-up | pair precision "
          "| pair recall |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, d, s, extrapolated, precision, recall in rows:
        print(f"| {n:,} | {d.seconds:.1f} | {1e6 * d.seconds / n:.0f} | {s.seconds:.1f} "
              f"| {1e6 * s.seconds / n:.0f} | {d.comparisons / n:.2f} | {d.largest_bucket} "
              f"| {extrapolated:,.0f} | {extrapolated / d.seconds:,.0f}x | {precision:.4f} "
              f"| {recall:.4f} |")
    first, last = rows[0], rows[-1]
    growth = last[1].seconds / first[1].seconds
    print()
    print(f"Size x{last[0] / first[0]:.0f} ({first[0]:,} -> {last[0]:,}): dict index time "
          f"x{growth:.1f}, SQLite index time x{last[2].seconds / first[2].seconds:.1f}, "
          f"all-pairs x{(last[0] / first[0]) ** 2:.0f}.")
    print()
    print("| all-pairs quotes | seconds | comparisons | s per 10^6 comparisons |")
    print("|---:|---:|---:|---:|")
    for n, seconds, comparisons in base_rows:
        print(f"| {n:,} | {seconds:.2f} | {comparisons:,} | {1e6 * seconds / comparisons:.2f} |")
    print()
    print(f"Index vs exhaustive comparison on {len(small.texts):,} quotes: the same cluster for "
          f"{agree:,} of {len(small.texts):,} quotes ({agree / len(small.texts):.2%}).")
    print()
    print(f"Reposts joined to their original ({rows[-1][0]:,} quotes):")
    print()
    print("| repost kind | recall |")
    print("|---|---:|")
    for kind, value in kind_recalls.items():
        print(f"| {kind} | {value:.4f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
