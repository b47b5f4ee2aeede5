"""How fast the web app answers, page by page, against the Corpus query each page wraps.

The corpus is the issue-3 corpus generator's (``bench_ingest.write_corpus``: the demo articles
and PolNeAR train articles, each reposted by several outlets with the changes outlets make),
ingested until it holds about 100k quote occurrences. Building it takes about half an hour on
two cores; it is kept in ``benchmarks/.cache/web.db`` (or give ``--db``).

For each kind of request (home, search, speaker, quote, article, disputes, balance, download and
every ``/api/...`` call) a sample of real requests is drawn from the corpus (common words,
the most quoted and random speakers, the most reported and random quotes, random articles).
Each request is timed in the server (the app's own ``Server-Timing`` header, measured from the
request's arrival to the response's headers inside the ASGI app, by when a page is built; a
streamed download is timed to its last byte) and, on the same arguments,
the ``Corpus`` method it wraps is timed directly. The report gives p50 and p95 of both, their
ratio (bar: page p95 under 10x the query's p95) and the page p95 against the 300 ms bar.

    .venv/bin/python benchmarks/bench_web.py                     # builds the corpus if needed
    .venv/bin/python benchmarks/bench_web.py --db /tmp/news.db --markdown
"""

from __future__ import annotations

import argparse
import io
import json
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
TARGET_OCCURRENCES = 100_000
ARTICLES = 9200  # about 11 occurrences per generated article

PAGE_BAR_MS = 300.0
RATIO_BAR = 10.0


@dataclass
class Sample:
    """One kind of request: the URLs and, for each, the Corpus call it wraps."""

    name: str
    requests: list[tuple[str, Callable[[Any], Any]]] = field(default_factory=list)
    server_ms: list[float] = field(default_factory=list)
    corpus_ms: list[float] = field(default_factory=list)


def build(db: Path) -> None:
    """Generate the articles and ingest them with every core."""
    sys.path.insert(0, str(HERE))
    import bench_ingest

    from onrecord import Corpus
    from onrecord.extraction.reading import read_paths

    CACHE.mkdir(exist_ok=True)
    source = CACHE / "web_corpus.jsonl"
    bench_ingest.write_corpus(source, ARTICLES, polnear=True)
    with Corpus(db) as corpus:
        summary = corpus.ingest(read_paths([str(source)]), n_process=2)
    print(f"ingested {summary.articles} articles, {summary.quotes} occurrences in "
          f"{summary.seconds / 60:.1f} min", file=sys.stderr)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def samples(corpus: Any, rng: random.Random) -> list[Sample]:
    """Requests drawn from the corpus itself, with the Corpus call behind each."""
    counts = corpus.counts()
    top = corpus.speaker_list(limit=100)
    speakers = [s.id for s in top[:15]] + [s.id for s in rng.sample(top, 15)]
    newest = corpus.search_page(sort="date", limit=100).hits
    oldest = corpus.search_page(sort="oldest", limit=100, offset=1000).hits
    quotes = [h.id for h in rng.sample(newest + oldest, 30)]
    articles = sorted({o.article_id for h in newest + oldest for o in h.occurrences})
    articles = rng.sample(articles, min(30, len(articles)))
    words = ["economy", "border", "health care", "president", "tax", "vote", "Iran",
             "campaign", "jobs", "court", "immigration", "police", "war", "budget", "\"we will\""]
    outlet = corpus.outlets()[0][0]
    name = top[0].name
    disputed = [d.quote_id for d in corpus.disputes(limit=20).items]

    def search_url(path: str, **params: Any) -> str:
        return f"{path}?{urlencode(params)}"

    kinds = [
        Sample("home", [("/", lambda c: c.overview())]),
        Sample("api overview", [("/api/overview", lambda c: c.overview())]),
        Sample("search", [(search_url("/search", q=w), lambda c, w=w: c.search_page(w))
                          for w in words]),
        Sample("search, filtered and sorted", [
            (search_url("/search", q=w, outlet=outlet, sort="date", type="direct"),
             lambda c, w=w: c.search_page(w, outlet=outlet, sort="date", type="direct"))
            for w in words[:8]] + [
            (search_url("/search", speaker=name, since="2024-03", until="2024-09"),
             lambda c: c.search_page(speaker=name, since="2024-03", until="2024-09"))]),
        Sample("search, page 5", [
            (search_url("/search", q=w, page=5), lambda c, w=w: c.search_page(w, offset=80))
            for w in words[:8]]),
        Sample("api search", [(search_url("/api/search", q=w), lambda c, w=w: c.search_page(w))
                              for w in words]),
        Sample("download csv", [
            (search_url("/search/download", q=w, format="csv"),
             lambda c, w=w: c.export(io.StringIO(), "csv", text=w)) for w in words[:5]]),
        Sample("speakers", [("/speakers", lambda c: c.speaker_list()),
                            ("/speakers?page=3", lambda c: c.speaker_list(offset=100))]),
        Sample("speaker", [(f"/speakers/{i}", lambda c, i=i: c.speaker(i)) for i in speakers]),
        Sample("api speaker", [(f"/api/speakers/{i}", lambda c, i=i: c.speaker(i))
                               for i in speakers]),
        Sample("quote", [(f"/quotes/{i}", lambda c, i=i: c.quote(i))
                         for i in quotes + disputed]),
        Sample("api quote", [(f"/api/quotes/{i}", lambda c, i=i: c.quote(i)) for i in quotes]),
        Sample("article", [(f"/articles/{i}", lambda c, i=i: c.article_view(i))
                           for i in articles]),
        Sample("api article", [(f"/api/articles/{i}", lambda c, i=i: c.article_view(i))
                               for i in articles]),
        Sample("disputes", [
            ("/disputes", lambda c: c.disputes()),
            ("/disputes?kind=wording", lambda c: c.disputes("wording")),
            ("/disputes?kind=attribution", lambda c: c.disputes("attribution")),
            ("/disputes?page=3", lambda c: c.disputes(offset=100))]),
        Sample("api disputes", [("/api/disputes", lambda c: c.disputes())]),
        Sample("balance", [("/balance?by=outlet", lambda c: c.balance("outlet")),
                           ("/balance?by=month", lambda c: c.balance("month"))]),
        Sample("api balance", [("/api/balance?by=month", lambda c: c.balance("month"))]),
    ]
    print(f"corpus: {counts}", file=sys.stderr)
    return kinds


def server_ms(response: Any, wall_ms: float) -> float:
    """The app's own time for a response (its Server-Timing header), else the round trip."""
    header = response.headers.get("server-timing", "")
    for part in header.split(","):
        for item in part.split(";"):
            item = item.strip()
            if item.startswith("dur="):
                return float(item[4:])
    return wall_ms


def measure(db: Path, repeat: int, seed: int) -> tuple[list[Sample], dict[str, int]]:
    from starlette.testclient import TestClient

    from onrecord import Corpus
    from onrecord.web.app import create_app

    rng = random.Random(seed)
    with Corpus(db, read_only=True) as corpus:
        kinds = samples(corpus, rng)
        counts = corpus.counts()
        with TestClient(create_app(str(db)), base_url="http://127.0.0.1") as client:
            for _ in range(repeat):
                for kind in kinds:
                    for url, call in kind.requests:
                        started = time.perf_counter()
                        call(corpus)
                        kind.corpus_ms.append((time.perf_counter() - started) * 1000)
                        started = time.perf_counter()
                        response = client.get(url)
                        wall = (time.perf_counter() - started) * 1000
                        if response.status_code != 200:
                            raise SystemExit(f"{url}: HTTP {response.status_code}")
                        # A download streams its body after the headers: time all of it.
                        streamed = kind.name.startswith("download")
                        kind.server_ms.append(wall if streamed else server_ms(response, wall))
    return kinds, counts


def cold(db: Path) -> dict[str, float]:
    """The whole-corpus aggregations (disputes, balance) are kept per database state: their cost
    on the first request after an ingest, with nothing kept."""
    from onrecord import Corpus
    from onrecord.corpus import browse

    calls: dict[str, Callable[[Any], Any]] = {
        "disputes()": lambda c: c.disputes(), "balance('outlet')": lambda c: c.balance("outlet"),
        "balance('month')": lambda c: c.balance("month")}
    result = {}
    with Corpus(db, read_only=True) as corpus:
        for name, call in calls.items():
            times = []
            for _ in range(3):
                browse._CACHE.clear()
                started = time.perf_counter()
                call(corpus)
                times.append((time.perf_counter() - started) * 1000)
            result[name] = statistics.median(times)
    return result


def report(kinds: list[Sample], counts: dict[str, int], markdown: bool) -> str:
    lines = []
    if markdown:
        lines += [
            f"corpus: {counts['articles']:,} articles, {counts['occurrences']:,} quote "
            f"occurrences, {counts['quotes']:,} distinct quotes, {counts['speakers']:,} "
            f"speakers; {platform.python_version()}, {platform.machine()}",
            "",
            "| request | n | page p50 ms | page p95 ms | Corpus p50 ms | Corpus p95 ms | "
            "p95 ratio | bars |",
            "|---|---|---|---|---|---|---|---|",
        ]
    failed = []
    for kind in kinds:
        p50, p95 = statistics.median(kind.server_ms), percentile(kind.server_ms, 0.95)
        c50, c95 = statistics.median(kind.corpus_ms), percentile(kind.corpus_ms, 0.95)
        ratio = p95 / c95 if c95 else float("inf")
        ok = p95 < PAGE_BAR_MS and ratio < RATIO_BAR
        if not ok:
            failed.append(kind.name)
        row = (kind.name, len(kind.server_ms), p50, p95, c50, c95, ratio, "ok" if ok else "MISSED")
        if markdown:
            lines.append("| {} | {} | {:.1f} | {:.1f} | {:.1f} | {:.1f} | {:.1f}x | {} |"
                         .format(*row))
        else:
            lines.append("{:30} n={:4} page {:7.1f} /{:7.1f} ms   corpus {:7.1f} /{:7.1f} ms   "
                         "{:5.1f}x  {}".format(*row))
    lines.append("")
    lines.append("every bar met" if not failed else "bars missed: " + ", ".join(failed))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=CACHE / "web.db")
    parser.add_argument("--repeat", type=int, default=5, help="times each request is made")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the raw timings here")
    args = parser.parse_args(argv)
    if not args.db.exists():
        build(args.db)
    kinds, counts = measure(args.db, args.repeat, args.seed)
    print(report(kinds, counts, args.markdown))
    print("\nfirst request after a change (nothing kept), median of 3: " + ", ".join(
        f"{name} {ms:.0f} ms" for name, ms in cold(args.db).items()))
    if args.json:
        args.json.write_text(json.dumps({k.name: {"server_ms": k.server_ms,
                                                  "corpus_ms": k.corpus_ms} for k in kinds}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
