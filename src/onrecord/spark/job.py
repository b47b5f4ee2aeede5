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
    # The three stages: reading and extracting, merging speakers and quotes, writing Parquet.
    extract_seconds: float = 0.0
    merge_seconds: float = 0.0
    write_seconds: float = 0.0

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
    summary = SparkSummary()
    made = extracted.map(lambda t: t[0]).countByValue()
    summary.articles, summary.occurrences = made.get("article", 0), made.get("part", 0)
    summary.extract_seconds = time.monotonic() - started
    articles = extracted.filter(lambda t: t[0] == "article").map(lambda t: t[1])
    speakers = extracted.filter(lambda t: t[0] == "speaker").map(lambda t: t[1])
    parts = extracted.filter(lambda t: t[0] == "part").map(lambda t: t[1])
    failures = failures.union(extracted.filter(lambda t: t[0] == "failure").map(lambda t: t[1]))

    merging = time.monotonic()
    part_speakers, speaker_entries = _speaker_pass(speakers, parts, partitions)
    occurrences, quote_entries = _quote_pass(parts, part_speakers, partitions)
    occurrences = occurrences.persist(StorageLevel.MEMORY_AND_DISK)
    if occurrences.count() != summary.occurrences:
        raise RuntimeError("a quote part was lost or doubled between extraction and merging")
    summary.speakers = int(speaker_entries.count())
    summary.quotes = int(quote_entries.count())
    summary.merge_seconds = time.monotonic() - merging

    writing = time.monotonic()

    def write(rdd: RDD[Any], columns: Sequence[str], name: str, by_day: bool) -> None:
        frame = spark.createDataFrame(rdd.map(lambda r: tuple(r.get(c) for c in columns)),
                                      schema(columns))
        writer = frame.write.mode("overwrite")
        if by_day:
            writer = writer.partitionBy("day")
        writer.parquet(f"{out.rstrip('/')}/{name}")

    write(articles, ARTICLE_COLUMNS, "articles", True)
    write(speakers, SPEAKER_COLUMNS, "article_speakers", True)
    write(occurrences, OCCURRENCE_COLUMNS + ("speaker_id", "quote_id"), "occurrences", True)
    write(speaker_entries, SPEAKER_TABLE_COLUMNS, "speakers", False)
    write(quote_entries, QUOTE_TABLE_COLUMNS, "quotes", False)
    write(failures, FAILURE_COLUMNS, "failures", False)
    summary.write_seconds = time.monotonic() - writing
    summary.failed.update(failures.map(lambda f: f["error"]).countByValue())
    summary.skipped = int(documents.count()) - int(kept.count())
    for rdd in (items, extracted, occurrences):
        rdd.unpersist()
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
    done = 0
    for chunk in _chunks(items, CHUNK):
        for out in _extract_chunk(chunk, model, lang, min_confidence):
            yield out
            done += out[0] == "article"
            if kill and done:
                os._exit(17)  # a worker killed mid-partition (see KILL_FIRST_ATTEMPT)


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


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
        if article.failure is not None:  # as a local ingest: counted, nothing stored
            yield "failure", _failure(path, document.id,
                                      ExtractionFailed(article.failure, source=document.id))
            continue
        article.drop_below(min_confidence)
        row, speakers, parts = article_rows(article, order[0], path, order[2])
        yield "article", row
        # What the merge needs of the article travels with its speakers and parts.
        about = {"order": order, "outlet": article.outlet, "date": row["date"]}
        for sp in speakers:
            yield "speaker", {**sp, **about}
        for part in parts:
            yield "part", {**part, **about}


# --- cross-article work ----------------------------------------------------------------------


def _labelled(items: RDD[tuple[str, Any]], keyed: RDD[tuple[str, str]], partitions: int
              ) -> RDD[tuple[str, Any]]:
    """Items (node, item) as (component, item): nodes sharing a key are in one component. A
    key graph of up to ``LOCAL_GRAPH`` edges is joined on the driver (union-find) and sent to
    the executors; a larger one by label propagation in Spark, until nothing changes."""
    edges = keyed.groupByKey(partitions).flatMap(
        lambda kv: merge.star_edges(sorted(set(kv[1])))).persist()
    if edges.count() <= LOCAL_GRAPH:
        parent = keyed.context.broadcast(merge.union_find(edges.collect()))
        edges.unpersist()
        return items.map(lambda kv: (parent.value.get(kv[0], kv[0]), kv[1]))
    both = edges.flatMap(lambda e: (e, (e[1], e[0]))).persist()
    labels = items.keys().distinct().map(lambda n: (n, n)).persist()
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
    return items.join(labels).map(lambda kv: (kv[1][1], kv[1][0]))


def _decided(labelled: RDD[tuple[str, tuple[str, dict[str, Any]]]], partitions: int,
             decide: Any) -> RDD[Any]:
    """``decide`` run on each partition's components, a whole component always in one
    partition. Components never see each other's candidates, so one corpus in memory decides
    all of a partition's at once, as it would each alone."""
    return labelled.partitionBy(partitions).mapPartitions(decide)


def _stored(items: list[tuple[str, dict[str, Any]]], *, wording: bool
            ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Speaker and part rows grouped into articles in input order (each row carries its
    article's ``order``, ``outlet`` and ``date``), stored by ``merge.decide_component``."""
    by_article: dict[str, dict[str, Any]] = {}
    for what, row in items:
        article = by_article.setdefault(row["article_id"], {
            "article_id": row["article_id"], "order": row["order"], "outlet": row["outlet"],
            "date": row["date"], "speakers": {}, "parts": []})
        if what == "speaker":
            article["speakers"][row["speaker_no"]] = row
        else:
            article["parts"].append(row)
    ordered = sorted(by_article.values(), key=lambda a: a["order"])
    for article in ordered:
        article["parts"].sort(key=lambda p: p["part_no"])
        article["speakers"] = [sp for _, sp in sorted(article["speakers"].items())]
    return merge.decide_component(ordered, wording=wording)


def _decide_speakers(rows: Iterable[tuple[str, tuple[str, dict[str, Any]]]]
                     ) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    items = [item for _, item in rows]
    if items:
        yield _stored(items, wording=False)


def _decide_quotes(rows: Iterable[tuple[str, tuple[str, dict[str, Any]]]]
                   ) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    """The partition's parts with their ``quote_id`` (and directory ``speaker_id``), and its
    quotes' entries, each with the speaker of its first occurrence that has one."""
    items = [item for _, item in rows]
    if not items:
        return
    parts = {row["occurrence_id"]: row for what, row in items if what == "part"}
    decided, entries = _stored(items, wording=True)
    first_speaker: dict[str, str | None] = {}
    out = []
    for d in decided:
        row = parts[d["occurrence_id"]]
        if first_speaker.get(d["quote_id"]) is None:
            first_speaker[d["quote_id"]] = row["speaker_id"]
        out.append({**row, "quote_id": d["quote_id"]})
    yield out, [{**e, "quote_id": e["id"], "speaker_id": first_speaker.get(e["id"])}
                for e in entries if e["kind"] == "quote"]


def _speaker_pass(speakers: RDD[Any], parts: RDD[Any], partitions: int
                  ) -> tuple[RDD[tuple[str, dict[str, Any]]], RDD[dict[str, Any]]]:
    """(occurrence_id, directory entry) for every part whose speaker the directory keeps, and
    the directory's entries. Speakers it does not keep (groups, descriptions) have no key:
    each is a component alone, and the corpus in memory keeps them out as a local one does."""
    def node(row: dict[str, Any]) -> str:
        return f"{row['article_id']}:{row['speaker_no']}"

    listed = speakers.filter(lambda s: s["listed"])
    keyed = listed.flatMap(lambda s: [(k, node(s)) for k in merge.speaker_keys(
        s, s["outlet"])])
    items = listed.map(lambda s: (node(s), ("speaker", s))).union(
        parts.filter(lambda p: p["speaker_no"] is not None).map(
            lambda p: (node(p), ("part", p))))
    decided = _decided(_labelled(items, keyed, partitions), partitions,
                       _decide_speakers).persist()
    entries = decided.flatMap(lambda d: [
        {**e, "speaker_id": e["id"], "kind": e["speaker_kind"]}
        for e in d[1] if e["kind"] == "speaker"])
    return decided.flatMap(_part_entries), entries


def _part_entries(decided: tuple[list[dict[str, Any]], list[dict[str, Any]]]
                  ) -> Iterator[tuple[str, dict[str, Any]]]:
    names = {e["id"]: e for e in decided[1] if e["kind"] == "speaker"}
    for p in decided[0]:
        if p["speaker_id"] is not None:
            entry = names[p["speaker_id"]]
            yield p["occurrence_id"], {"speaker_id": p["speaker_id"], "name": entry["name"],
                                       "kind": entry["speaker_kind"]}


def _quote_pass(parts: RDD[Any], part_speakers: RDD[tuple[str, dict[str, Any]]],
                partitions: int) -> tuple[RDD[dict[str, Any]], RDD[dict[str, Any]]]:
    """Every part's row with its ``speaker_id`` and ``quote_id``, and the quotes' entries.
    Each part's speaker is its directory entry (by name) or, for a group or an unnamed source,
    the article's own."""
    resolved = parts.map(lambda p: (p["occurrence_id"], p)).leftOuterJoin(
        part_speakers, partitions).map(lambda kv: _as_directory(kv[1][0], kv[1][1]))
    keyed = resolved.flatMap(lambda p: [(k, p["occurrence_id"])
                                        for k in quote_lookup_keys(p["text"])])
    items = resolved.flatMap(lambda p: [(p["occurrence_id"], ("part", p))] + (
        [(p["occurrence_id"], ("speaker", p["speaker"]))] if p["speaker"] else []))
    decided = _decided(_labelled(items, keyed, partitions), partitions,
                       _decide_quotes).persist()
    return decided.flatMap(lambda d: d[0]), decided.flatMap(lambda d: d[1])


def _as_directory(part: dict[str, Any], entry: dict[str, Any] | None) -> dict[str, Any]:
    """A part as the quote pass sees it: its speaker as a speaker row of its own, named as the
    directory names it."""
    speaker = None
    if part["speaker_no"] is not None:
        name, kind = ((entry["name"], entry["kind"]) if entry is not None
                      else (part["speaker_name"], part["speaker_kind"]))
        speaker = {"article_id": part["article_id"], "speaker_no": part["speaker_no"],
                   "name": name, "kind": kind or "unknown", "order": part["order"],
                   "outlet": part["outlet"], "date": part["date"],
                   "role": None if entry is not None else part["speaker_role"]}
    return {**part, "speaker_id": entry["speaker_id"] if entry is not None else None,
            "speaker": speaker}
