"""Ingest on Spark: read, extract and merge in executors, write Parquet.

``spark_ingest(inputs, out)`` is what ``onrecord spark-ingest`` and ``spark-submit`` run
(``submit.py``). The work, stage by stage:

1. **Read.** Every input is listed by Spark's ``binaryFile`` source (local paths, ``hdfs://``,
   ``s3a://``; directories recursively, hidden files skipped) and each file is read in an
   executor by ``onrecord.read_bytes``: text, HTML, JSONL, WARC/.warc.gz. A bad file or record
   becomes a row of ``failures`` with its file and reason.
2. **Keep the first of each article**, as a local ingest does: the first with a URL, then the
   first with a text (by ``input_no``, file, record).
3. **Extract** with ``onrecord.extract_many`` in the executors: one spaCy pipeline per language
   per Python worker, loaded once (workers are reused), one BLAS thread each.
4. **Merge speakers, then cluster quotes** (``merge.py``): the connected components of "shares
   a lookup key" are found in Spark, and each component is decided by a ``Corpus`` in memory,
   with the rules of a local ingest.
5. **Write** ``articles``, ``article_speakers``, ``occurrences`` (partitioned by ``day``),
   ``speakers``, ``quotes`` and ``failures`` under ``out`` (overwritten as a whole: a run again
   over the same inputs writes the same rows, and a retried task writes rows with the same
   content-derived ids).
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import PurePosixPath
from typing import Any

from pyspark import RDD, StorageLevel, TaskContext
from pyspark.sql import SparkSession
from pyspark.sql.types import (
    ArrayType,
    BooleanType,
    DataType,
    DoubleType,
    IntegerType,
    LongType,
    StringType,
    StructField,
    StructType,
)

from onrecord import OnrecordError, ReadFailure, extract_many, read_bytes
from onrecord.corpus import quote_lookup_keys, text_hash
from onrecord.errors import ExtractionFailed, UnsupportedLanguage
from onrecord.extraction.language import detect, is_supported
from onrecord.extraction.pipeline import unread_warning
from onrecord.extraction.reading import DIRECTORY_SUFFIXES
from onrecord.spark import merge
from onrecord.spark.tables import (
    ARTICLE_COLUMNS,
    FAILURE_COLUMNS,
    OCCURRENCE_COLUMNS,
    SPEAKER_COLUMNS,
    article_rows,
)

# Articles extracted together in an executor (one nlp.pipe batch): a failure costs a re-run of
# this many, one by one.
CHUNK = 16

# Environment of every Python worker: one BLAS/OpenMP thread (Spark runs one task per core).
WORKER_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}

# Largest key graph (edges) joined into components on the driver rather than in Spark rounds.
LOCAL_GRAPH = 2_000_000

# Local property that makes the first attempt of every task die after its first article (the
# fault test: Spark must retry and the output must hold no duplicate).
KILL_FIRST_ATTEMPT = "onrecord.test.killFirstAttempt"

_S, _I, _L, _D, _B = StringType(), IntegerType(), LongType(), DoubleType(), BooleanType()
_TYPES: dict[str, DataType] = {
    "input_no": _I, "record": _L, "quote_count": _I, "warnings": ArrayType(_S),
    "dateline_start": _I, "dateline_end": _I, "speaker_no": _I, "listed": _B,
    "aliases": ArrayType(_S), "roles": ArrayType(_S), "outlets": ArrayType(_S), "part_no": _I,
    "start": _I, "end": _I, "group_no": _I, "cue_start": _I, "cue_end": _I,
    "mention_start": _I, "mention_end": _I, "confidence": _D, "speaker_confidence": _D,
    "evidence": _D, "occurrence_count": _I,
}
SPEAKER_TABLE_COLUMNS = ("speaker_id", "name", "kind", "aliases", "roles", "outlets",
                         "occurrence_count")
QUOTE_TABLE_COLUMNS = ("quote_id", "text", "normalised", "speaker_id", "first_seen_date",
                       "first_seen_outlet", "occurrence_count")


def schema(columns: Sequence[str]) -> StructType:
    return StructType([StructField(c, _TYPES.get(c, _S)) for c in columns])


@dataclass
class SparkSummary:
    """What a Spark ingest wrote."""

    articles: int = 0
    occurrences: int = 0
    quotes: int = 0
    speakers: int = 0
    skipped: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def failed_count(self) -> int:
        return sum(self.failed.values())


def session(master: str | None = None, app: str = "onrecord") -> SparkSession:
    """A Spark session set up for onrecord: reused Python workers with one BLAS thread, UTC."""
    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    builder = (builder.config("spark.python.worker.reuse", "true")
               .config("spark.sql.session.timeZone", "UTC")
               .config("spark.ui.showConsoleProgress", "false"))
    for name, value in WORKER_ENV.items():
        builder = builder.config(f"spark.executorEnv.{name}", value)
    if master and master.startswith("local"):
        # Local workers run this Python, onrecord inside (a cluster's: see docs/spark.md).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return builder.getOrCreate()


def spark_ingest(spark: SparkSession, inputs: Sequence[str], out: str, *,
                 model: str | None = None, lang: str | None = None,
                 partitions: int | None = None, min_confidence: float = 0.0) -> SparkSummary:
    """Read, extract and merge ``inputs`` on ``spark`` and write the Parquet tables under
    ``out`` (see the module docstring); returns the counts."""
    started = time.monotonic()
    sc = spark.sparkContext
    partitions = partitions or max(2, sc.defaultParallelism * 2)
    files = _files(spark, inputs)
    items = files.flatMap(_read_file).persist(StorageLevel.MEMORY_AND_DISK)
    failures = items.filter(lambda t: t[0] == "failure").map(lambda t: t[1])
    documents = items.filter(lambda t: t[0] == "document").map(lambda t: t[1])
    kept = _first_of_each(documents, partitions)

    extracted = kept.mapPartitions(
        lambda it: _extract_partition(it, model, lang, min_confidence)
    ).persist(StorageLevel.MEMORY_AND_DISK)
    articles = extracted.filter(lambda t: t[0] == "article").map(lambda t: t[1])
    speakers = extracted.filter(lambda t: t[0] == "speaker").map(lambda t: t[1])
    parts = extracted.filter(lambda t: t[0] == "part").map(lambda t: t[1])
    failures = failures.union(extracted.filter(lambda t: t[0] == "failure").map(lambda t: t[1]))

    part_speakers, speaker_entries = _speaker_pass(articles, speakers, parts, partitions)
    quoted, quote_entries = _quote_pass(articles, parts, part_speakers, speaker_entries,
                                        partitions)
    occurrences = parts.map(lambda p: (p["occurrence_id"], p)).join(quoted).map(
        lambda kv: {**kv[1][0], **kv[1][1]})

    def write(rdd: RDD[Any], columns: Sequence[str], name: str, by_day: bool) -> int:
        frame = spark.createDataFrame(rdd.map(lambda r: tuple(r.get(c) for c in columns)),
                                      schema(columns))
        writer = frame.write.mode("overwrite")
        if by_day:
            writer = writer.partitionBy("day")
        writer.parquet(f"{out.rstrip('/')}/{name}")
        return int(spark.read.parquet(f"{out.rstrip('/')}/{name}").count())

    summary = SparkSummary()
    summary.articles = write(articles, ARTICLE_COLUMNS, "articles", True)
    write(speakers, SPEAKER_COLUMNS, "article_speakers", True)
    summary.occurrences = write(occurrences, OCCURRENCE_COLUMNS + ("speaker_id", "quote_id"),
                                "occurrences", True)
    summary.speakers = write(speaker_entries, SPEAKER_TABLE_COLUMNS, "speakers", False)
    summary.quotes = write(quote_entries, QUOTE_TABLE_COLUMNS, "quotes", False)
    write(failures, FAILURE_COLUMNS, "failures", False)
    for row in spark.read.parquet(f"{out.rstrip('/')}/failures").groupBy("error").count(
            ).collect():
        summary.failed[row["error"]] = int(row["count"])
    summary.skipped = int(documents.count()) - int(kept.count())
    items.unpersist()
    extracted.unpersist()
    summary.seconds = time.monotonic() - started
    return summary


# --- reading ---------------------------------------------------------------------------------


def _files(spark: SparkSession, inputs: Sequence[str]) -> RDD[tuple[int, str, bytes]]:
    """(input number, path, bytes) of every file under ``inputs``: a directory's files with a
    readable extension, a file named on its own whatever its extension."""
    found: RDD[tuple[int, str, bytes]] | None = None
    for n, given in enumerate(inputs):
        frame = (spark.read.format("binaryFile").option("recursiveFileLookup", "true")
                 .load(given).select("path", "content"))
        named = _local(given)
        if "://" not in given and not given.startswith("file:"):
            named = os.path.abspath(named)
        rdd = frame.rdd.map(partial(_file_item, n)).filter(partial(_wanted, named))
        found = rdd if found is None else found.union(rdd)
    if found is None:
        raise OnrecordError("no input given")
    return found


def _file_item(input_no: int, row: Any) -> tuple[int, str, bytes]:
    return input_no, _local(row["path"]), bytes(row["content"])


def _wanted(named: str, item: tuple[int, str, bytes]) -> bool:
    """A file named on its own is read whatever its extension; a directory's, by extension."""
    return item[1] == named or _readable(item[1])


def _local(path: str) -> str:
    """A ``file:`` URI as the local path a local ingest names the file by."""
    if path.startswith("file://"):
        path = path[len("file://"):]
    elif path.startswith("file:"):
        path = path[len("file:"):]
    return path.rstrip("/") if len(path) > 1 else path


def _readable(path: str) -> bool:
    name = PurePosixPath(path).name.lower()
    return name.endswith(".warc.gz") or PurePosixPath(name).suffix in DIRECTORY_SUFFIXES


def _read_file(item: tuple[int, str, bytes]) -> Iterator[tuple[str, Any]]:
    input_no, path, data = item
    for record, found in enumerate(read_bytes(data, path)):
        if isinstance(found, ReadFailure):
            yield "failure", _failure(path, found.source, found.error)
        else:
            yield "document", ((input_no, _path_key(path), record), path, found)


def _path_key(path: str) -> tuple[str, ...]:
    """Files in the order a local ingest lists them (``sorted`` on ``Path``: by parts)."""
    return PurePosixPath(path).parts


def _failure(file: str, source: str, error: OnrecordError) -> dict[str, Any]:
    return {"file": file, "source": source, "error": type(error).__name__,
            "message": str(error)}


def _first_of_each(documents: RDD[Any], partitions: int) -> RDD[Any]:
    """The documents a local ingest would store: the first with each URL, then the first with
    each text (by input order)."""
    by_url = documents.map(lambda d: (d[2].url or f"\0{d[0]}", d)).reduceByKey(
        lambda a, b: a if a[0] <= b[0] else b, partitions)
    by_text = by_url.map(lambda kv: (text_hash(kv[1][2].text), kv[1])).reduceByKey(
        lambda a, b: a if a[0] <= b[0] else b, partitions)
    return by_text.values()


# --- extraction ------------------------------------------------------------------------------


def _extract_partition(items: Iterable[Any], model: str | None, lang: str | None,
                       min_confidence: float) -> Iterator[tuple[str, dict[str, Any]]]:
    os.environ.update(WORKER_ENV)
    context = TaskContext.get()
    kill = context is not None and context.getLocalProperty(KILL_FIRST_ATTEMPT) == "1" and \
        context.attemptNumber() == 0
    chunk: list[Any] = []
    done = 0
    for item in items:
        chunk.append(item)
        if len(chunk) == CHUNK:
            for out in _extract_chunk(chunk, model, lang, min_confidence):
                yield out
                done += out[0] == "article"
                if kill and done:
                    os._exit(17)  # a worker killed mid-partition (see KILL_FIRST_ATTEMPT)
            chunk = []
    for out in _extract_chunk(chunk, model, lang, min_confidence):
        yield out
        done += out[0] == "article"
        if kill and done:
            os._exit(17)


def _extract_chunk(chunk: list[Any], model: str | None, lang: str | None,
                   min_confidence: float) -> Iterator[tuple[str, dict[str, Any]]]:
    ready = []
    for order, path, document in chunk:
        code = lang or detect(document.text)
        if code is not None and not is_supported(code):
            reason = unread_warning(code, "no lexicon")
            yield "failure", _failure(path, document.id,
                                      UnsupportedLanguage(reason, source=document.id))
            continue
        document.language = code
        ready.append((order, path, document))
    try:
        articles = list(extract_many([d for _, _, d in ready], model=model, lang=lang))
    except OnrecordError:
        raise
    except Exception:  # one bad article must not end the batch: the chunk again, one by one
        articles = None
    for n, (order, path, document) in enumerate(ready):
        try:
            article = articles[n] if articles is not None else next(
                extract_many([document], model=model, lang=lang))
        except OnrecordError:
            raise
        except Exception as exc:
            error = ExtractionFailed(f"extraction failed ({type(exc).__name__}: {exc})",
                                     source=document.id)
            yield "failure", _failure(path, document.id, error)
            continue
        article.drop_below(min_confidence)
        row, speakers, parts = article_rows(article, order[0], path, order[2])
        row["path_key"] = list(order[1])
        yield "article", row
        for sp in speakers:
            yield "speaker", {**sp, "outlet": article.outlet, "date": row["date"]}
        for part in parts:
            yield "part", part


# --- cross-article work ----------------------------------------------------------------------


def _components(keyed: RDD[tuple[str, str]], nodes: RDD[str], partitions: int
                ) -> RDD[tuple[str, str]]:
    """(node, component) for every node: nodes sharing a key are in one component. A graph of
    up to ``LOCAL_GRAPH`` edges is joined on the driver (union-find: one Spark job); a larger
    one by label propagation in Spark, until nothing changes."""
    edges = keyed.groupByKey(partitions).flatMap(
        lambda kv: merge.star_edges(sorted(set(kv[1])))).filter(
        lambda e: e[0] < e[1]).persist()
    sc = keyed.context
    if edges.count() <= LOCAL_GRAPH:
        parent = merge.union_find(edges.collect())
        labels = nodes.distinct().map(lambda n: (n, n))
        if parent:
            joined = sc.parallelize(list(parent.items()), partitions)
            labels = labels.leftOuterJoin(joined).mapValues(lambda v: v[1] or v[0])
        edges.unpersist()
        return labels
    both = edges.flatMap(lambda e: (e, (e[1], e[0]))).persist()
    labels = nodes.distinct().map(lambda n: (n, n)).persist()
    while True:
        spread = both.join(labels).map(lambda kv: (kv[1][0], kv[1][1]))
        new = labels.union(spread).reduceByKey(min, partitions).persist()
        changed = new.join(labels).filter(lambda kv: kv[1][0] != kv[1][1]).count()
        labels.unpersist()
        labels = new
        if not changed:
            break
    both.unpersist()
    edges.unpersist()
    return labels


def _meta(articles: RDD[dict[str, Any]]) -> RDD[tuple[str, dict[str, Any]]]:
    return articles.map(lambda a: (a["article_id"], {
        "article_id": a["article_id"], "order": (a["input_no"], tuple(a["path_key"]),
                                                 a["record"]),
        "outlet": a["outlet"], "date": a["date"]}))


def _decide(items: Iterable[tuple[str, Any]], metas: dict[str, dict[str, Any]]
            ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """One component: its speaker and part rows grouped into articles in input order, stored by
    ``merge.decide_component``."""
    by_article: dict[str, dict[str, Any]] = {}
    for what, row in items:
        article = by_article.setdefault(row["article_id"], {
            **metas[row["article_id"]], "speakers": [], "parts": []})
        article["speakers" if what == "speaker" else "parts"].append(row)
    ordered = sorted(by_article.values(), key=lambda a: a["order"])
    for article in ordered:
        article["parts"].sort(key=lambda p: p["part_no"])
        article["speakers"].sort(key=lambda s: s["speaker_no"])
    return merge.decide_component(ordered)


def _grouped(items: RDD[tuple[str, tuple[str, dict[str, Any]]]],
             articles: RDD[dict[str, Any]], partitions: int
             ) -> RDD[tuple[list[tuple[str, Any]], dict[str, dict[str, Any]]]]:
    """Items (component, (what, row)) with the article metadata they need, a whole component
    always in one partition, and one (items, metadata) pair per partition. Components never
    see each other's candidates, so one corpus in memory decides all of a partition's at once,
    as it would each alone."""
    metas = _meta(articles)
    with_meta = items.map(lambda kv: (kv[1][1]["article_id"], kv)).join(metas).map(
        lambda kv: (kv[1][0][0], (kv[1][0][1], kv[1][1])))
    return with_meta.partitionBy(partitions).mapPartitions(_gather)


def _gather(rows: Iterable[tuple[str, tuple[tuple[str, Any], dict[str, Any]]]]
            ) -> Iterator[tuple[list[tuple[str, Any]], dict[str, dict[str, Any]]]]:
    items, metas = [], {}
    for _, (item, meta) in rows:
        items.append(item)
        metas[meta["article_id"]] = meta
    if items:
        yield items, metas


def _speaker_pass(articles: RDD[Any], speakers: RDD[Any], parts: RDD[Any], partitions: int
                  ) -> tuple[RDD[tuple[str, str | None]], RDD[dict[str, Any]]]:
    """(occurrence_id, speaker_id) for every part with a speaker the directory keeps, and the
    directory's entries."""
    def node(row: dict[str, Any]) -> str:
        return f"{row['article_id']}:{row['speaker_no']}"

    listed = speakers.filter(lambda s: s["listed"])
    keyed = listed.flatMap(lambda s: [(k, node(s)) for k in merge.speaker_keys(
        s, s["outlet"])]).persist()
    labels = _components(keyed, keyed.values(), partitions)
    items = listed.map(lambda s: (node(s), ("speaker", s))).union(
        parts.filter(lambda p: p["speaker_no"] is not None).map(
            lambda p: (node(p), ("part", p))))
    labelled = items.join(labels).map(lambda kv: (kv[1][1], kv[1][0]))
    decided = _grouped(labelled, articles, partitions).map(
        lambda v: _decide(v[0], v[1])).persist()
    keyed.unpersist()
    part_speakers = decided.flatMap(lambda d: [(p["occurrence_id"], p["speaker_id"])
                                               for p in d[0]])
    entries = decided.flatMap(lambda d: [
        {**e, "speaker_id": e["id"], "kind": e["speaker_kind"]}
        for e in d[1] if e["kind"] == "speaker"])
    return part_speakers, entries


def _quote_pass(articles: RDD[Any], parts: RDD[Any], part_speakers: RDD[Any],
                speaker_entries: RDD[Any], partitions: int
                ) -> tuple[RDD[tuple[str, dict[str, Any]]], RDD[dict[str, Any]]]:
    """(occurrence_id, {speaker_id, quote_id}) for every part, and the quotes' entries. Each
    part's speaker is the directory entry (by its name) or, for a group or an unnamed source,
    the article's own."""
    names = speaker_entries.map(lambda e: (e["speaker_id"], (e["name"], e["kind"])))
    with_speaker = parts.map(lambda p: (p["occurrence_id"], p)).leftOuterJoin(part_speakers)
    by_speaker = with_speaker.map(lambda kv: (kv[1][1], {**kv[1][0], "speaker_id": kv[1][1]}))
    resolved = by_speaker.leftOuterJoin(names).map(lambda kv: _as_directory(kv[1][0], kv[1][1]))
    keyed = resolved.flatMap(lambda p: [(k, p["occurrence_id"])
                                        for k in quote_lookup_keys(p["text"])]).persist()
    labels = _components(keyed, resolved.map(lambda p: p["occurrence_id"]), partitions)
    items = resolved.map(lambda p: (p["occurrence_id"], ("part", p)))
    labelled = items.join(labels).map(lambda kv: (kv[1][1], kv[1][0]))
    decided = _grouped(labelled, articles, partitions).map(
        lambda v: _quotes_of(v[0], v[1])).persist()
    keyed.unpersist()
    quoted = decided.flatMap(lambda d: d[0])
    entries = decided.flatMap(lambda d: d[1])
    return quoted, entries


def _as_directory(part: dict[str, Any], entry: tuple[str, str] | None) -> dict[str, Any]:
    """A part as the quote pass sees it: a one-part speaker row standing for its speaker."""
    name, kind = entry if entry is not None else (part["speaker_name"], part["speaker_kind"])
    speaker = None
    if part["speaker_no"] is not None:
        speaker = {"article_id": part["article_id"], "speaker_no": part["speaker_no"],
                   "name": name, "kind": kind or "unknown",
                   "role": None if entry is not None else part["speaker_role"]}
    return {**part, "speaker": speaker}


def _quotes_of(items: list[tuple[str, Any]], metas: dict[str, dict[str, Any]]
               ) -> tuple[list[tuple[str, dict[str, Any]]], list[dict[str, Any]]]:
    speakers = [("speaker", p["speaker"]) for _, p in items if p["speaker"] is not None]
    unique = {(s["article_id"], s["speaker_no"]): ("speaker", s) for _, s in speakers}
    rows = {p["occurrence_id"]: p for _, p in items}
    decided, entries = _decide([*unique.values(), *items], metas)
    first_speaker: dict[str, str | None] = {}
    out = []
    for d in decided:
        speaker_id = rows[d["occurrence_id"]]["speaker_id"]
        if first_speaker.get(d["quote_id"]) is None:
            first_speaker[d["quote_id"]] = speaker_id
        out.append((d["occurrence_id"], {"speaker_id": speaker_id, "quote_id": d["quote_id"]}))
    quotes = [{**e, "quote_id": e["id"], "speaker_id": first_speaker.get(e["id"])}
              for e in entries if e["kind"] == "quote"]
    return out, quotes
