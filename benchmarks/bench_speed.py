"""Speed benchmark: ``extract_many`` against ``nlp.pipe`` of the full default spaCy pipeline.

Both run over the same article texts, in the same run, on 1 and 2 processes. Every configuration
is measured in a fresh subprocess, so that model loading, memory and the BLAS thread settings
start clean; the model is loaded and two articles are processed before the clock starts. The
table gives words/s, articles/s, peak memory and the ratio of extraction to the baseline with
the same number of processes (the issue's floor is 0.8x, the goal 1.0x).

    .venv/bin/python benchmarks/bench_speed.py                 # PolNeAR dev if present, else demo
    .venv/bin/python benchmarks/bench_speed.py --texts demo --limit 40 --rounds 1

Wall-clock numbers depend on the machine: read the ratios, and never gate CI on them.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import os
import platform
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

# Every benchmark subprocess gets one BLAS/OpenMP thread: multi-process spaCy only scales when
# each worker is limited to one, and the baseline gets the same setting for a fair comparison.
THREAD_ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}

# PolNeAR dev, read at run time from the sibling ``shared`` checkout when it is there; its texts
# belong to their publishers and are never copied into this repository.
POLNEAR_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev.jsonl"

# The demo articles are short (about 2,500 words in all), so by default they are repeated up to
# about the size of PolNeAR dev (67,600 words): long enough for stable timings (rounds agree
# within a few percent), and two rounds of the four configurations take 1-2 minutes on two cores
# at 6,000-7,000 words/s per process, under 5 minutes even at the 3,000 words/s of slower machines.
DEMO_TARGET_WORDS = 60_000

# Articles processed after loading the model and before the clock starts.
WARMUP_ARTICLES = 2

# Baseline batch size, in articles. spaCy's default (256 for the small English model) would put
# a whole PolNeAR dev run in one batch, which ``n_process=2`` sends to a single worker; four
# articles is about the text of one ``extract_many`` batch (64 paragraphs).
BASELINE_BATCH_SIZE = 4

CONFIGS = ("baseline", "extract")
MB = 1024 * 1024


@dataclass
class Result:
    """One configuration's measurement, as the subprocess reports it plus the memory seen."""

    config: str
    processes: int
    articles: int = 0
    words: int = 0
    seconds: float = math.nan
    cpu_seconds: float = math.nan
    load_seconds: float = math.nan
    quotes: int | None = None
    pipes: list[str] = field(default_factory=list)
    rss_self_mb: float = math.nan
    rss_worker_max_mb: float = math.nan
    peak_rss_mb: float = math.nan
    peak_pss_mb: float = math.nan
    other_cpu_seconds: float = math.nan
    error: str | None = None

    @property
    def name(self) -> str:
        return f"{self.config} x{self.processes}"

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else math.nan

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else math.nan


# --- texts --------------------------------------------------------------------------------------


def load_texts(source: str, limit: int | None, repeat: int | None) -> list[tuple[str, str]]:
    """(id, text) for the benchmark articles: the base set repeated, then cut to ``limit``."""
    base = _polnear_texts() if source == "polnear" else _demo_texts()
    if repeat is None:
        words = sum(len(text.split()) for _, text in base)
        repeat = 1 if source == "polnear" else max(1, math.ceil(DEMO_TARGET_WORDS / words))
    texts = [(f"{id}#{r}", text) for r in range(repeat) for id, text in base]
    return texts[:limit] if limit is not None else texts


def default_source() -> str:
    return "polnear" if POLNEAR_DEV.is_file() else "demo"


def _demo_texts() -> list[tuple[str, str]]:
    demo = resources.files("onrecord") / "demo"
    files = sorted((f for f in demo.iterdir() if f.name.endswith(".txt")), key=lambda f: f.name)
    return [(f.name.removesuffix(".txt"), f.read_text(encoding="utf-8")) for f in files]


def _polnear_texts() -> list[tuple[str, str]]:
    if not POLNEAR_DEV.is_file():
        sys.exit(f"bench_speed: {POLNEAR_DEV} not found; use --texts demo")
    with POLNEAR_DEV.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    return [(row["id"], row["text"]) for row in rows]


# --- one configuration, inside its own subprocess -----------------------------------------------


def run_config(args: argparse.Namespace) -> dict[str, Any]:
    """Load, warm up, then time one configuration; return what the parent needs as a dict."""
    import resource

    import spacy

    from onrecord import Document, extract_many, load_model

    config, processes = args.run_config.split(":")
    n_process = int(processes)
    texts = load_texts(args.texts, args.limit, args.repeat)
    started = time.perf_counter()
    quotes: int | None = None
    if config == "baseline":
        nlp = spacy.load(args.model)  # the full default pipeline, every component it enables
        load_seconds = time.perf_counter() - started
        for _ in nlp.pipe([text for _, text in texts[:WARMUP_ARTICLES]]):
            pass
        cpu_before = _cpu_seconds()
        started = time.perf_counter()
        for _ in nlp.pipe(
            (text for _, text in texts), n_process=n_process, batch_size=args.baseline_batch_size
        ):
            pass
    else:
        nlp = load_model(args.model)
        load_seconds = time.perf_counter() - started
        docs = [Document(id=id, text=text) for id, text in texts]
        for _ in extract_many(docs[:WARMUP_ARTICLES], nlp=nlp):
            pass
        cpu_before = _cpu_seconds()
        started = time.perf_counter()
        quotes = 0
        for article in extract_many(
            docs, nlp=nlp, n_process=n_process, batch_size=args.batch_size
        ):
            quotes += len(article.quotes)
    seconds = time.perf_counter() - started
    cpu_seconds = _cpu_seconds() - cpu_before
    # ru_maxrss is in kilobytes on Linux; RUSAGE_CHILDREN is the largest waited-for worker.
    return {
        "articles": len(texts),
        "words": sum(len(text.split()) for _, text in texts),
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "load_seconds": load_seconds,
        "quotes": quotes,
        "pipes": list(nlp.pipe_names),
        "rss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_worker_max_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def _cpu_seconds() -> float:
    """User and system CPU time of this process and of its finished (joined) workers."""
    import resource

    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN
    )
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


# --- the parent: subprocesses and their memory --------------------------------------------------


class TreeMemory(threading.Thread):
    """Polls /proc for a process and its descendants: each one's peak RSS (VmHWM, which the
    kernel keeps, so a missed sample loses little) and the peak of their summed PSS (shared pages
    counted once, split between the processes sharing them: the tree's real footprint).

    Reading ``smaps_rollup`` walks the process's page tables under its memory lock and slowed the
    measured runs by about 7% when done every 50 ms, so PSS is sampled less often than VmHWM."""

    INTERVAL = 0.1
    PSS_EVERY = 10  # samples: PSS once a second

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.hwm_kb: dict[int, int] = {}
        self.peak_pss_kb = 0
        self.stopped = threading.Event()

    def run(self) -> None:
        count = 0
        while not self.stopped.is_set():
            self.sample(pss=count % self.PSS_EVERY == 0)
            count += 1
            self.stopped.wait(self.INTERVAL)

    def sample(self, pss: bool) -> None:
        total = 0
        for pid in self._tree():
            hwm = _proc_field(f"/proc/{pid}/status", "VmHWM:")
            if hwm is not None:
                self.hwm_kb[pid] = max(hwm, self.hwm_kb.get(pid, 0))
            if pss:
                total += _proc_field(f"/proc/{pid}/smaps_rollup", "Pss:") or 0
        self.peak_pss_kb = max(self.peak_pss_kb, total)

    def _tree(self) -> list[int]:
        pids = [self.pid]
        for pid in pids:
            try:
                for task in os.listdir(f"/proc/{pid}/task"):
                    with open(f"/proc/{pid}/task/{task}/children") as f:
                        pids.extend(int(child) for child in f.read().split())
            except OSError:
                continue
        return pids


def _proc_field(path: str, name: str) -> int | None:
    """A kB value from a /proc file such as ``VmHWM:   123456 kB``, or None if unreadable."""
    try:
        with open(path) as f:
            for line in f:
                if line.startswith(name):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def measure(config: str, processes: int, args: argparse.Namespace) -> Result:
    """Run one configuration in a fresh subprocess with one BLAS thread per process."""
    command = [
        sys.executable, str(Path(__file__).resolve()), "--run-config", f"{config}:{processes}",
        "--texts", args.texts, "--model", args.model, "--batch-size", str(args.batch_size),
        "--baseline-batch-size", str(args.baseline_batch_size),
    ]
    if args.limit is not None:
        command += ["--limit", str(args.limit)]
    if args.repeat is not None:
        command += ["--repeat", str(args.repeat)]
    env = {**os.environ, **THREAD_ENV}
    busy_before, ours_before = _machine_busy_seconds(), _our_cpu_seconds()
    proc = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    memory = TreeMemory(proc.pid)
    memory.start()
    out, err = proc.communicate()
    memory.stopped.set()
    memory.join()
    result = Result(config, processes)
    busy = _machine_busy_seconds() - busy_before
    result.other_cpu_seconds = max(0.0, busy - (_our_cpu_seconds() - ours_before))
    if proc.returncode != 0:
        result.error = (err.strip().splitlines() or [f"exit code {proc.returncode}"])[-1]
        return result
    for key, value in json.loads(out.strip().splitlines()[-1]).items():
        setattr(result, key, value)
    if memory.hwm_kb:
        main = max(memory.hwm_kb.pop(proc.pid, 0) / 1024, result.rss_self_mb)
        result.peak_rss_mb = main + sum(memory.hwm_kb.values()) / 1024
        result.peak_pss_mb = memory.peak_pss_kb / 1024
    else:  # no /proc: the main process plus each worker at the largest worker's peak
        workers = processes if processes > 1 else 0
        result.peak_rss_mb = result.rss_self_mb + workers * result.rss_worker_max_mb
    return result


def _machine_busy_seconds() -> float:
    """CPU seconds all CPUs spent busy since boot (/proc/stat), or NaN without /proc."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return math.nan
    user, nice, system, _idle, _iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def _our_cpu_seconds() -> float:
    """CPU seconds of this process and of every finished descendant (benchmark subprocesses and
    their workers): subtracted from the machine's busy time, it leaves other work's."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def best_of(runs: list[Result]) -> Result:
    """The fastest round of a configuration, with the largest memory seen in any round."""
    good = [r for r in runs if r.error is None]
    if not good:
        return runs[0]
    best = min(good, key=lambda r: r.seconds)
    best.peak_rss_mb = max(r.peak_rss_mb for r in good)
    best.peak_pss_mb = max(r.peak_pss_mb for r in good)
    return best


# --- report ---------------------------------------------------------------------------------------


def environment(args: argparse.Namespace, load_at_start: float) -> list[str]:
    import spacy

    import onrecord

    command = " ".join([Path(sys.executable).name, *sys.argv])
    threads = ", ".join(f"{k}={v}" for k, v in THREAD_ENV.items())
    return [
        f"date: {datetime.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"machine: {platform.machine()}, nproc {len(os.sched_getaffinity(0))} "
        f"({os.cpu_count()} CPUs), {platform.system()} {platform.release()}",
        f"versions: python {platform.python_version()}, spacy {spacy.__version__}, "
        f"onrecord {onrecord.__version__}, model {args.model}",
        f"command: {command}",
        f"texts: {args.texts}, rounds: {args.rounds} (fastest kept), warm-up: "
        f"{WARMUP_ARTICLES} articles after loading the model, not timed",
        f"batch size: extract_many {args.batch_size} paragraphs, baseline "
        f"{args.baseline_batch_size} articles",
        f"every benchmark subprocess runs with {threads}",
        f"load average (1 min) before the run: {load_at_start:.2f}; 'other CPU s' is CPU time "
        "that other programs used while a configuration ran (subprocess start to exit): when it "
        "is large, seconds stretch but CPU s hardly move, so trust the CPU ratio",
    ]


def table(results: list[Result]) -> list[str]:
    baselines = {r.processes: r for r in results if r.config == "baseline"}
    rows = [
        "| config | processes | articles | words | seconds | CPU s | words/s | articles/s "
        "| peak RSS MB | PSS MB | ratio vs baseline | CPU ratio | other CPU s |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for r in results:
        if r.error is not None:
            rows.append(f"| {r.config} | {r.processes} | failed: {r.error} |||||||||| |")
            continue
        base = baselines.get(r.processes)
        ratio = cpu_ratio = "-"
        if base is not None and base.error is None:
            ratio = f"{r.words_per_second / base.words_per_second:.2f}x"
            cpu_ratio = f"{base.cpu_seconds / r.cpu_seconds:.2f}x"
        rows.append(
            f"| {r.config} | {r.processes} | {r.articles} | {r.words:,} | {r.seconds:.1f} "
            f"| {r.cpu_seconds:.1f} | {r.words_per_second:,.0f} | {r.articles_per_second:.2f} "
            f"| {r.peak_rss_mb:,.0f} | {r.peak_pss_mb:,.0f} | {ratio} | {cpu_ratio} "
            f"| {r.other_cpu_seconds:.1f} |"
        )
    return rows


def verdicts(results: list[Result], floor: float, goal: float) -> list[str]:
    by = {(r.config, r.processes): r for r in results if r.error is None}
    lines = []
    for n in sorted({r.processes for r in results}):
        base, ext = by.get(("baseline", n)), by.get(("extract", n))
        if base is None or ext is None:
            continue
        ratio = ext.words_per_second / base.words_per_second
        status = "goal met" if ratio >= goal else "floor met" if ratio >= floor else "BELOW FLOOR"
        lines.append(
            f"{n} process(es): extract_many at {ratio:.2f}x the baseline "
            f"(floor {floor}x, goal {goal}x): {status}"
        )
    for config in CONFIGS:
        one, two = by.get((config, 1)), by.get((config, 2))
        if one is not None and two is not None:
            lines.append(
                f"{config}: 2 processes run {two.words_per_second / one.words_per_second:.2f}x "
                "as fast as 1"
            )
    for config in CONFIGS:
        r = next((r for r in results if r.config == config and r.error is None), None)
        if r is not None:
            lines.append(
                f"{config} pipes: {', '.join(r.pipes)}; model load {r.load_seconds:.1f}s"
                + (f"; {r.quotes} quotes extracted" if r.quotes is not None else "")
            )
    return lines


# --- command line ---------------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--texts", choices=("demo", "polnear"), default=None,
        help="demo articles (repeated) or PolNeAR dev; default: PolNeAR dev if present, else demo",
    )
    parser.add_argument("--limit", type=int, help="time at most N articles (after repeating)")
    parser.add_argument(
        "--repeat", type=int,
        help=f"times to repeat the texts (default: demo to ~{DEMO_TARGET_WORDS:,} words, "
        "PolNeAR once)",
    )
    parser.add_argument("--rounds", type=int, default=2, help="runs per configuration (default 2)")
    parser.add_argument(
        "--processes", default="1,2", help="comma-separated process counts (default 1,2)"
    )
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: onrecord's)")
    parser.add_argument(
        "--batch-size", type=int, default=64, help="extract_many batch size, in paragraphs"
    )
    parser.add_argument(
        "--baseline-batch-size", type=int, default=BASELINE_BATCH_SIZE,
        help="baseline nlp.pipe batch size, in articles",
    )
    parser.add_argument("--floor", type=float, default=0.8, help="required ratio (default 0.8)")
    parser.add_argument("--goal", type=float, default=1.0, help="target ratio (default 1.0)")
    parser.add_argument("--json", type=Path, help="also write the raw results to this file")
    parser.add_argument("--run-config", help=argparse.SUPPRESS)  # internal: one subprocess
    args = parser.parse_args(argv)
    if args.texts is None:
        args.texts = default_source()
    if args.model is None:
        from onrecord import DEFAULT_MODEL

        args.model = DEFAULT_MODEL
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.run_config:
        print(json.dumps(run_config(args)))
        return 0
    load_at_start = os.getloadavg()[0]
    counts = [int(n) for n in args.processes.split(",")]
    plan = [(config, n) for n in counts for config in CONFIGS]
    runs: dict[tuple[str, int], list[Result]] = {step: [] for step in plan}
    for round_ in range(1, args.rounds + 1):
        for config, n in plan:  # interleaved, so slow drift hits both pipelines alike
            result = measure(config, n, args)
            runs[(config, n)].append(result)
            done = result.error or f"{result.seconds:.1f}s"
            print(f"round {round_}: {result.name}: {done}", file=sys.stderr, flush=True)
    results = [best_of(runs[step]) for step in plan]
    print("\n".join(environment(args, load_at_start)))
    print()
    print("\n".join(table(results)))
    print()
    print("\n".join(verdicts(results, args.floor, args.goal)))
    if args.json:
        rows = [{**r.__dict__, "words_per_second": r.words_per_second} for r in results]
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
