"""Where ``extract_many`` spends its time, single process: spaCy's components against onrecord's
own stages (cleaning, quotation-mark scan, attribution, speaker resolution).

    .venv/bin/python benchmarks/profile_extract.py                # same texts as bench_speed.py
    .venv/bin/python benchmarks/profile_extract.py --cprofile extract.prof --top 25

Three measurements, all in CPU seconds of this process (steadier than wall-clock on a shared
machine):

1. spaCy alone, component by component, over the whole articles (what the baseline parses) and
   over the body paragraphs (what ``extract_many`` parses);
2. ``extract_many`` end to end, with onrecord's stages timed by wrapping the functions
   ``onrecord.extraction.pipeline`` calls (nothing under ``src/`` changes); the rest is spaCy and
   glue;
3. optionally cProfile of ``extract_many``: self time grouped by package and onrecord module,
   and the onrecord functions with the most self time. The profiler inflates small calls and
   sees only part of spaCy's compiled code (``Doc.__iter__`` and ``Token`` creation show up as
   spaCy's even when an onrecord loop caused them; ``pstats`` ``print_callers`` tells who), so
   use it to find hot spots and the stage table of (2) for shares.

spaCy's per-component figures come from a second pass over each text set: the first warms the
tokenizer's and lemmatizer's caches, which would otherwise favour whichever set runs second.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench_speed import WARMUP_ARTICLES, default_source, load_texts
from spacy.pipeline import AttributeRuler

import onrecord.extraction.pipeline as pipeline
import onrecord.extraction.speakers as speakers
from onrecord import DEFAULT_MODEL, Document, extract_many, load_model
from onrecord.extraction.attributes import IndexedAttributeRuler
from onrecord.extraction.cleaning import clean


def spacy_components(nlp: Any, texts: list[str], batch_size: int) -> dict[str, float]:
    """CPU seconds of the tokenizer and of each enabled component over ``texts``; for the
    indexed attribute ruler, also spaCy's own ruler with the same patterns, on copies."""
    out: dict[str, float] = {}
    started = time.process_time()
    docs = [nlp.make_doc(text) for text in texts]
    out["tokenizer"] = time.process_time() - started
    for name, proc in nlp.pipeline:
        if isinstance(proc, IndexedAttributeRuler):
            spacys = AttributeRuler(nlp.vocab)
            spacys.add_patterns(proc.patterns)
            copies = [doc.copy() for doc in docs]
            started = time.process_time()
            list(spacys.pipe(copies, batch_size=batch_size))
            out["(spaCy's attribute_ruler, not run)"] = time.process_time() - started
        started = time.process_time()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch_size))
        else:
            docs = [proc(doc) for doc in docs]
        out[name] = time.process_time() - started
    return out


class StageTimer:
    """Accumulates CPU time of wrapped callables under stage names."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)

    def wrap(self, stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[stage] += time.process_time() - started
                self.calls[stage] += 1

        return timed


@contextmanager
def instrumented(timer: StageTimer) -> Iterator[None]:
    """Wrap the stage functions ``onrecord.extraction.pipeline`` looks up at call time; restore
    them after."""
    patches: list[tuple[Any, str, str]] = [
        (pipeline, "clean", "cleaning"),
        (pipeline, "scan", "marks scan"),
        (pipeline, "attribute", "attribution (cues, frames)"),
        (speakers.Resolver, "__init__", "speakers: inventory"),
        (speakers.Resolver, "resolve", "speakers: resolve"),
        (pipeline, "build_speakers", "speakers: build"),
        (pipeline, "_fill", "_fill total"),
    ]
    saved = [(owner, attr, getattr(owner, attr)) for owner, attr, _ in patches]
    for owner, attr, stage in patches:
        setattr(owner, attr, timer.wrap(stage, getattr(owner, attr)))
    try:
        yield
    finally:
        for owner, attr, original in saved:
            setattr(owner, attr, original)


def by_origin(stats: pstats.Stats) -> tuple[dict[str, float], list[tuple[float, int, str]]]:
    """Self time grouped by onrecord module / other package, and onrecord's top functions."""
    groups: dict[str, float] = defaultdict(float)
    functions: list[tuple[float, int, str]] = []
    for (filename, line, name), row in stats.stats.items():  # type: ignore[attr-defined]
        calls, tottime = row[1], row[2]
        path = Path(filename)
        if "onrecord" in path.parts:
            group = f"onrecord/{path.name}"
            functions.append((tottime, calls, f"{path.name}:{line} {name}"))
        elif "site-packages" in path.parts:
            group = path.parts[path.parts.index("site-packages") + 1]
        elif not path.is_absolute() and path.suffix in (".pyx", ".pxd"):
            group = path.parts[0]  # compiled code built with profiling hooks: spacy/, thinc/
        elif filename == "~":
            group = "builtins"
        elif filename.startswith("<"):
            group = "generated code (dataclass __eq__ ...)"
        else:
            group = "python stdlib"
        groups[group] += tottime
    return groups, sorted(functions, reverse=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", choices=("demo", "polnear"), default=None)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--repeat", type=int)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--batch-size", type=int, default=64, help="extract_many batch size")
    parser.add_argument("--cprofile", type=Path, help="also run cProfile; write the stats here")
    parser.add_argument("--top", type=int, default=20, help="onrecord functions to list")
    args = parser.parse_args(argv)
    source = args.texts or default_source()
    texts = load_texts(source, args.limit, args.repeat)
    docs = [Document(id=id, text=text) for id, text in texts]
    words = sum(len(text.split()) for _, text in texts)
    nlp = load_model(args.model)
    for _ in extract_many(docs[:WARMUP_ARTICLES], nlp=nlp):
        pass
    print(f"texts: {source}, {len(texts)} articles, {words:,} words; model {args.model}")

    paragraphs = [
        text[block.start : block.end] for _, text in texts for block in clean(text).body()
    ]
    para_words = sum(len(p.split()) for p in paragraphs)
    print(f"extract_many parses {len(paragraphs):,} body paragraphs, {para_words:,} words\n")
    articles = [text for _, text in texts]
    for _ in range(2):  # the first pass warms caches; keep the second
        whole = spacy_components(nlp, articles, 4)
        body = spacy_components(nlp, paragraphs, args.batch_size)
    print("## spaCy alone (CPU s)\n")
    print("| component | whole articles | body paragraphs |\n|---|--:|--:|")
    for name in whole:
        print(f"| {name} | {whole[name]:.2f} | {body[name]:.2f} |")
    run = [name for name in whole if not name.startswith("(")]
    print(f"| **total** | {sum(whole[n] for n in run):.2f} | {sum(body[n] for n in run):.2f} |\n")

    timer = StageTimer()
    with instrumented(timer):
        started = time.process_time()
        quotes = sum(len(a.quotes) for a in extract_many(docs, nlp=nlp, batch_size=args.batch_size))
        total = time.process_time() - started
    own = {k: v for k, v in timer.seconds.items() if k != "_fill total"}
    assembly = timer.seconds["_fill total"] - sum(v for k, v in own.items() if k != "cleaning")
    own["assembly (quotes, speakers order)"] = assembly
    onrecord_total = sum(own.values())
    print(f"## extract_many end to end: {total:.2f} CPU s, {quotes} quotes\n")
    print("| stage | CPU s | share |\n|---|--:|--:|")
    for stage, seconds in own.items():
        print(f"| {stage} | {seconds:.2f} | {seconds / total:.1%} |")
    print(f"| **onrecord's own** | {onrecord_total:.2f} | {onrecord_total / total:.1%} |")
    rest = total - onrecord_total
    print(f"| spaCy (nlp.pipe) and glue | {rest:.2f} | {rest / total:.1%} |\n")

    if args.cprofile:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in extract_many(docs, nlp=nlp, batch_size=args.batch_size):
            pass
        profiler.disable()
        profiler.dump_stats(str(args.cprofile))
        groups, functions = by_origin(pstats.Stats(profiler))
        profiled = sum(groups.values())
        print(f"## cProfile self time ({profiled:.2f} s under the profiler)\n")
        print("| where | self s | share |\n|---|--:|--:|")
        for group, seconds in sorted(groups.items(), key=lambda kv: -kv[1]):
            if seconds >= 0.01 * profiled:
                print(f"| {group} | {seconds:.2f} | {seconds / profiled:.1%} |")
        print(f"\n## onrecord functions by self time (top {args.top})\n")
        print("| function | calls | self s |\n|---|--:|--:|")
        for tottime, calls, name in functions[: args.top]:
            print(f"| {name} | {calls:,} | {tottime:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
