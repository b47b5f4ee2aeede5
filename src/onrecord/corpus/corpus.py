"""The corpus: many articles in one SQLite database, ingested in parallel and queried.

>>> from onrecord import Corpus
>>> with Corpus(":memory:") as corpus:                                    # doctest: +SKIP
...     summary = corpus.ingest(read_paths(["news/"]), n_process=2)
...     hits = corpus.search("water agreement", speaker="Kellerman", since="2024-03")

``Corpus.ingest`` extracts articles in worker processes (``extract_many``) while this process
writes each one, with its speakers and quotes, in its own transaction (``store.Writer``):
articles already stored are skipped before extraction, so a rerun after any interruption does
exactly the rest. The queries (``search``, ``speakers``, ``quotes``, ``article``, ``export``)
return small typed rows, or pandas DataFrames with ``as_frame=True`` (pandas is optional); the
browsing queries behind the web pages (``search_page``, ``overview``, ``speaker``, ``quote``,
``disputes``, ``balance``) are in ``browse``. ``Corpus(path, read_only=True)`` only reads.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from onrecord.corpus import browse
from onrecord.corpus.browse import (
    ArticleView,
    BalanceRow,
    DayCount,
    DisputePage,
    DisputeSummary,
    Filters,
    MergeStep,
    Occurrence,
    Overview,
    QuoteCluster,
    QuoteHit,
    SearchPage,
    SpeakerExplanation,
    SpeakerProfile,
    SpeakerSummary,
)
from onrecord.corpus.merging import AliasTable, name_key
from onrecord.corpus.store import Writer, connect, connect_readonly, is_already_stored
from onrecord.errors import (
    CorpusError,
    ExtractionFailed,
    MissingExtra,
    OnrecordError,
    UnsupportedLanguage,
)
from onrecord.extraction.language import detect
from onrecord.extraction.pipeline import (
    DEFAULT_MODEL,
    Pipelines,
    extract_many,
    load_model,
    unread_warning,
)
from onrecord.extraction.reading import DIRECTORY_SUFFIXES, JSONL_SUFFIXES, Document, ReadFailure
from onrecord.model import Article
from onrecord.output import csv_row

# The query results and filters live in browse.py; they are importable from here as before.
__all__ = [
    "EXPORT_COLUMNS", "EXPORT_FORMATS", "ArticleView", "BalanceRow", "Corpus", "DayCount",
    "DisputePage", "DisputeSummary", "Filters", "IngestProgress", "IngestSummary", "MergeStep",
    "Occurrence", "Overview", "QuoteCluster", "QuoteHit", "SearchPage", "SpeakerExplanation",
    "SpeakerProfile", "SpeakerSummary", "estimate_total",
]

EXPORT_FORMATS = ("jsonl", "csv", "parquet")

# Failures kept with their message for the summary (all are counted): a crawl with a million bad
# records must not hold a million messages.
MAX_FAILURES_KEPT = 1000

# Columns of an export row and of ``to_dataframe``: one row per occurrence of a quote.
EXPORT_COLUMNS = [
    "quote_id", "quote", "text", "type", "speaker", "speaker_id", "speaker_qid", "mention", "cue",
    "confidence", "article_id", "url", "outlet", "date", "title", "first_seen_date",
    "first_seen_outlet", "occurrence_count",
]


# --- results ---------------------------------------------------------------------------------


@dataclass
class IngestProgress:
    """Where an ingest stands, passed to the ``progress`` callback after each article."""

    stored: int
    skipped: int
    failed: int
    total: int | None
    elapsed: float

    @property
    def done(self) -> int:
        return self.stored + self.skipped + self.failed

    @property
    def rate(self) -> float:
        """Articles handled per second."""
        return self.done / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        """Seconds left, when the total is known and something has been done."""
        if self.total is None or not self.rate:
            return None
        return max(self.total - self.done, 0) / self.rate


@dataclass
class IngestSummary:
    """What one ingest did: articles stored, quote occurrences stored, quotes and speakers new
    to the corpus, articles skipped as already stored, and inputs failed, by reason."""

    articles: int = 0
    quotes: int = 0
    new_quotes: int = 0
    speakers: int = 0
    skipped: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed_count(self) -> int:
        return sum(self.failed.values())

    def fail(self, error: OnrecordError) -> None:
        self.failed[type(error).__name__] += 1
        if len(self.failures) < MAX_FAILURES_KEPT:
            self.failures.append(str(error))


# --- the corpus ------------------------------------------------------------------------------


class Corpus:
    """A corpus database: ``Corpus("news.db")`` opens or creates it (use it as a context manager).

    ``aliases`` is an alias file (CSV or JSON; see docs/schema.md) or a loaded ``AliasTable``
    that forces speaker merges, splits and Wikidata ids while ingesting. ``read_only=True`` opens
    an existing database for queries only (``store.connect_readonly``): what a web server's
    threads do, each with its own ``Corpus``.
    """

    def __init__(self, path: str | Path = ":memory:", *,
                 aliases: str | Path | AliasTable | None = None,
                 model: str = DEFAULT_MODEL, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        self.conn = connect_readonly(self.path) if read_only else connect(self.path)
        if aliases is not None and not isinstance(aliases, AliasTable):
            aliases = AliasTable.load(aliases)
        self.aliases = aliases
        self.model = model

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # --- ingest ----------------------------------------------------------------------------

    def ingest(
        self,
        documents: Iterable[Document | ReadFailure | str],
        *,
        n_process: int = 1,
        progress: Callable[[IngestProgress], None] | None = None,
        total: int | None = None,
        nlp: Any = None,
        lang: str | None = None,
        min_confidence: float = 0.0,
    ) -> IngestSummary:
        """Extract and store ``documents`` (as ``read_paths`` yields them); returns the summary.
        Quotes whose confidence is under ``min_confidence`` are not stored.

        Each article is read in ``lang`` when given, else in the language detected (see
        ``extract_many``); an article in a language onrecord does not read is counted as
        failed (``UnsupportedLanguage``). Articles already stored (same URL or same text) are
        skipped before extraction, bad inputs are counted by reason, and each article is
        committed on its own: stop it at any point and run it again to finish the rest."""
        self._check_writable("ingest into it")
        summary = IngestSummary()
        started = time.monotonic()
        writer = Writer(self.conn, self.aliases)
        in_flight: deque[Document] = deque()

        def report() -> None:
            if progress is not None:
                progress(IngestProgress(summary.articles, summary.skipped, summary.failed_count,
                                        total, time.monotonic() - started))

        def fresh() -> Iterator[Document]:
            for index, item in enumerate(documents):
                if isinstance(item, ReadFailure):
                    summary.fail(item.error)
                    report()
                    continue
                if isinstance(item, str):
                    item = Document(id=str(index), text=item)
                code = lang or detect(item.text)
                why = pipelines.unreadable(code) if code is not None else None
                if code is not None and why is not None:
                    summary.fail(UnsupportedLanguage(unread_warning(code, why), source=item.id))
                    report()
                    continue
                if is_already_stored(self.conn, item.url, item.text):
                    summary.skipped += 1
                    report()
                    continue
                item.language = code  # extraction does not detect it again
                in_flight.append(item)
                yield item

        model = nlp or load_model(self.model)
        pipelines = Pipelines(model)
        if lang is not None:
            pipelines.check(lang)
        pending = fresh()
        while True:
            try:
                for article in extract_many(pending, model, lang=lang, n_process=n_process):
                    document = in_flight.popleft()
                    self._store(writer, article, document.id, summary, min_confidence)
                    report()
                break
            except OnrecordError:
                raise
            except Exception:  # one bad article must not end the batch
                if not in_flight:
                    raise
                # The articles in flight are extracted again one by one, so that only the one
                # that fails is counted as failed.
                while in_flight:
                    document = in_flight.popleft()
                    try:
                        article = next(extract_many([document], model, lang=lang))
                    except OnrecordError:
                        raise
                    except Exception as exc:
                        summary.fail(ExtractionFailed(
                            f"extraction failed ({type(exc).__name__}: {exc})",
                            source=document.id))
                    else:
                        self._store(writer, article, document.id, summary, min_confidence)
                    report()
        writer.settle()
        summary.seconds = time.monotonic() - started
        return summary

    def store(self, articles: Iterable[Article], *, min_confidence: float = 0.0,
              progress: Callable[[IngestProgress], None] | None = None,
              total: int | None = None) -> IngestSummary:
        """Store articles extracted elsewhere (by ``extract_many``, or by a Spark ingest and
        read back by ``onrecord load``), exactly as ``ingest`` stores what it extracts: in the
        order given, each in its own transaction, skipping those already stored, then the
        surname rule once at the end. ``article.id`` becomes the article's ``source_id``."""
        self._check_writable("store into it")
        summary = IngestSummary()
        started = time.monotonic()
        writer = Writer(self.conn, self.aliases)
        for article in articles:
            self._store(writer, article, article.id, summary, min_confidence)
            if progress is not None:
                progress(IngestProgress(summary.articles, summary.skipped, summary.failed_count,
                                        total, time.monotonic() - started))
        writer.settle()
        summary.seconds = time.monotonic() - started
        return summary

    def _check_writable(self, to: str) -> None:
        if self.read_only:
            raise CorpusError(f"{self.path} is open read-only; open it with Corpus(path) to {to}")

    def _store(self, writer: Writer, article: Article, source_id: str,
               summary: IngestSummary, min_confidence: float = 0.0) -> None:
        if article.failure is not None:  # extraction failed on it: counted, nothing stored
            summary.fail(ExtractionFailed(article.failure, source=source_id))
            return
        article.drop_below(min_confidence)
        written = writer.write(article, source_id=source_id)
        if written is None:
            summary.skipped += 1
            return
        summary.articles += 1
        summary.quotes += written.occurrences
        summary.new_quotes += written.new_quotes
        summary.speakers += written.new_speakers

    # --- queries ---------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """How many articles, quotes, occurrences and speakers the corpus holds."""
        return {table: int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in ("articles", "quotes", "occurrences", "speakers")}

    def search(self, text: str | None = None, *, speaker: str | None = None,
               since: str | None = None, until: str | None = None, outlet: str | None = None,
               type: str | None = None, min_confidence: float | None = None,
               limit: int | None = 20, as_frame: bool = False) -> Any:
        """Quotes matching the FTS5 query ``text`` (words, "a phrase", OR, NOT, prefix*), best
        first, each with its occurrences that pass the filters (``type``: direct, indirect or
        mixed; ``min_confidence``: occurrences at least that sure)."""
        filters = Filters(text, speaker, since, until, outlet, type,
                          min_confidence=min_confidence)
        hits = self._quote_hits(filters, limit, ranked=bool(text))
        return _frame([h.to_dict() for h in hits]) if as_frame else hits

    def quotes(self, speaker: str | None = None, *, text: str | None = None,
               since: str | None = None, until: str | None = None, outlet: str | None = None,
               type: str | None = None, min_confidence: float | None = None,
               limit: int | None = None, as_frame: bool = False) -> Any:
        """A timeline: the quotes passing the filters (usually one speaker's), earliest first."""
        filters = Filters(text, speaker, since, until, outlet, type,
                          min_confidence=min_confidence)
        hits = self._quote_hits(filters, limit, ranked=False)
        return _frame([h.to_dict() for h in hits]) if as_frame else hits

    def _quote_hits(self, filters: Filters, limit: int | None, *, ranked: bool) -> list[QuoteHit]:
        where, params = filters.where()
        count = -1 if limit is None else limit
        if ranked and filters.text:
            rest_where, rest_params = replace(filters, text=None).where()
            ids, _ = browse.quote_page(self.conn, rest_where, rest_params, sort="relevance",
                                       offset=0, limit=count, text=filters.text)
        else:
            ids = [r["id"] for r in self._run(
                "SELECT q.id FROM occurrences o JOIN articles a ON a.id = o.article_id "
                "JOIN quotes q ON q.id = o.quote_id "
                f"WHERE {where} GROUP BY q.id ORDER BY min(coalesce(a.date, '9999')), q.id "
                "LIMIT ?", [*params, count], filters.text)]
        return browse.load_hits(self.conn, ids, where, params, filters.text)

    def _run(self, sql: str, params: list[Any], query: str | None = None) -> list[sqlite3.Row]:
        return browse.run(self.conn, sql, params, query)

    def speakers(self, top: int | None = 20, *, as_frame: bool = False) -> Any:
        """The most quoted speakers (by occurrences), with their aliases, roles and outlets."""
        rows = self.conn.execute(
            "SELECT s.id, s.name, s.kind, s.qid, count(DISTINCT o.quote_id) AS quotes, "
            "count(o.id) AS occurrences, min(a.date) AS first_date, max(a.date) AS last_date "
            "FROM speakers s JOIN occurrences o ON o.speaker_id = s.id "
            "JOIN articles a ON a.id = o.article_id "
            "GROUP BY s.id ORDER BY occurrences DESC, quotes DESC, s.id LIMIT ?",
            (-1 if top is None else top,),
        ).fetchall()
        result = []
        for r in rows:
            summary = SpeakerSummary(r["id"], r["name"], r["kind"], r["qid"], r["quotes"],
                                     r["occurrences"], r["first_date"], r["last_date"])
            summary.aliases = self._column("alias", "speaker_aliases", r["id"])
            summary.roles = self._column("role", "speaker_roles", r["id"])
            summary.outlets = self._column("outlet", "speaker_outlets", r["id"])
            result.append(summary)
        return _frame([s.to_dict() for s in result]) if as_frame else result

    def explain(self, name: str) -> list[SpeakerExplanation]:
        """Why the directory merged or kept apart the entries named ``name`` (a name, an alias
        or a surname): one explanation per matching entry, the most quoted first."""
        key = name_key(name)
        rows = self.conn.execute(
            "SELECT s.id FROM speakers s WHERE s.id IN (SELECT id FROM speakers WHERE name_key = ? "
            "OR surname_key = ? UNION SELECT speaker_id FROM speaker_aliases WHERE alias_key = ?) "
            "ORDER BY (SELECT count(*) FROM occurrences o WHERE o.speaker_id = s.id) DESC, s.id",
            (key, key, key)).fetchall()
        if not rows:
            raise CorpusError(f"no speaker named {name!r} in the corpus; run onrecord speakers "
                              "to see the names it holds")
        summaries = {s.id: s for s in self.speakers(None)}
        return [self._explain(int(r[0]), summaries) for r in rows]

    def _explain(self, speaker_id: int, summaries: dict[int, SpeakerSummary]
                 ) -> SpeakerExplanation:
        summary = summaries.get(speaker_id) or self._summary(speaker_id)
        names = self._names_of()
        explanation = SpeakerExplanation(summary, browse.merge_steps(self.conn, speaker_id))
        for r in self.conn.execute(
                "SELECT m.speaker_id, m.name, m.kept_apart FROM merge_log m "
                "WHERE m.speaker_id != ? AND m.kept_apart LIKE ? ORDER BY m.id",
                (speaker_id, f"%[{speaker_id}, %")):
            for other, why in json.loads(r["kept_apart"]):
                if other == speaker_id:
                    label = f"{names.get(r['speaker_id'], r['name'])} (as {r['name']!r})"
                    if (label, why) not in explanation.kept_apart:
                        explanation.kept_apart.append((label, why))
        return explanation

    def _names_of(self) -> dict[int, str]:
        return {int(r[0]): r[1] for r in self.conn.execute("SELECT id, name FROM speakers")}

    def _summary(self, speaker_id: int) -> SpeakerSummary:
        r = self.conn.execute("SELECT id, name, kind, qid FROM speakers WHERE id = ?",
                              (speaker_id,)).fetchone()
        summary = SpeakerSummary(r["id"], r["name"], r["kind"], r["qid"], 0, 0, None, None)
        summary.aliases = self._column("alias", "speaker_aliases", speaker_id)
        summary.roles = self._column("role", "speaker_roles", speaker_id)
        summary.outlets = self._column("outlet", "speaker_outlets", speaker_id)
        return summary

    def _column(self, column: str, table: str, speaker_id: int) -> list[str]:
        # ``column`` and ``table`` are constants of this module, never user input.
        rows = self.conn.execute(
            f"SELECT {column} FROM {table} WHERE speaker_id = ? ORDER BY count DESC, {column}",
            (speaker_id,))
        return [r[0] for r in rows]

    def article(self, key: int | str) -> Article:
        """A stored article by database id, URL or source id, with its quotes and speakers
        (offsets into its text, speakers under their corpus-wide names)."""
        return browse.load_article(self.conn, key)[0]

    # --- browsing (the web pages; see browse.py) -------------------------------------------

    def search_page(self, text: str | None = None, *, speaker: str | None = None,
                    since: str | None = None, until: str | None = None,
                    outlet: str | None = None, type: str | None = None,
                    speaker_id: int | None = None, sort: str = "relevance", offset: int = 0,
                    limit: int = 20, min_confidence: float | None = None) -> SearchPage:
        """One page of the quotes passing the filters, sorted by "relevance" (needs ``text``;
        else "date"), "date" (newest first) or "oldest", with the total and matched spans.
        ``speaker`` matches names and aliases; ``speaker_id`` one corpus speaker exactly."""
        filters = Filters(text, speaker, since, until, outlet, type, speaker_id, min_confidence)
        return browse.search_page(self.conn, filters, sort=sort, offset=offset, limit=limit)

    def overview(self, *, since: str | None = None, until: str | None = None, top: int = 10,
                 newest: int = 10) -> Overview:
        """The corpus at a glance: sizes, dates, occurrences per day, top speakers, newest."""
        return browse.overview(self.conn, since=since, until=until, top=top, newest=newest)

    def speaker(self, speaker_id: int, *, offset: int = 0, limit: int = 50) -> SpeakerProfile:
        """A speaker's page: summary, gender and its source, outlets, weeks, merges, and its
        quotes (newest first, from ``offset``)."""
        return browse.speaker(self.conn, speaker_id, offset=offset, limit=limit)

    def quote(self, quote_id: int) -> QuoteCluster:
        """A quote with all its occurrences, wording variants and disputes."""
        return browse.quote(self.conn, quote_id)

    def disputes(self, kind: str | None = None, *, offset: int = 0, limit: int = 50
                 ) -> DisputePage:
        """A page of the quotes whose wording ("wording") or speaker ("attribution") the
        articles disagree on (None: either), the most reported first."""
        return browse.disputes(self.conn, kind, offset=offset, limit=limit)

    def balance(self, by: str, *, since: str | None = None, until: str | None = None,
                outlet: str | None = None) -> list[BalanceRow]:
        """Who is quoted, by "outlet" or "month": an "all" row, then one per group."""
        return browse.balance(self.conn, by, since=since, until=until, outlet=outlet)

    def article_view(self, key: int | str) -> ArticleView:
        """A stored article with the quote and speaker ids of its quotes."""
        return browse.article_view(self.conn, key)

    def outlets(self) -> list[tuple[str, int]]:
        """Every outlet with its number of articles, the largest first."""
        return browse.outlets(self.conn)

    def speaker_list(self, offset: int = 0, limit: int = 50, name: str | None = None
                     ) -> list[SpeakerSummary]:
        """A page of speakers, the most quoted first, optionally those matching ``name``."""
        return browse.speaker_list(self.conn, offset=offset, limit=limit, name=name)

    # --- export ----------------------------------------------------------------------------

    def rows(self, *, text: str | None = None, speaker: str | None = None,
             since: str | None = None, until: str | None = None, outlet: str | None = None,
             type: str | None = None, speaker_id: int | None = None,
             min_confidence: float | None = None) -> Iterator[dict[str, Any]]:
        """One export row (``EXPORT_COLUMNS``) per occurrence passing the filters, streamed."""
        filters = Filters(text, speaker, since, until, outlet, type, speaker_id, min_confidence)
        where, params = filters.where()
        sql = (
            "SELECT o.quote_id, q.text AS quote, o.text, o.type, "
            "coalesce(s.name, o.speaker_name) AS speaker, o.speaker_id, s.qid AS speaker_qid, "
            "o.mention, o.cue, o.confidence, o.article_id, a.url, a.outlet, a.date, a.title, "
            "q.first_seen_date, q.first_seen_outlet, q.occurrence_count "
            "FROM occurrences o JOIN articles a ON a.id = o.article_id "
            "JOIN quotes q ON q.id = o.quote_id LEFT JOIN speakers s ON s.id = o.speaker_id "
            f"WHERE {where} ORDER BY o.id"
        )
        try:
            cursor = self.conn.execute(sql, params)
        except sqlite3.OperationalError:
            self._run(sql, params, text)  # raises the clear error for a bad search
            raise
        for row in cursor:
            yield dict(row)

    def export(self, dest: str | Path | IO[str] | IO[bytes], format: str = "jsonl", **filters: Any
               ) -> int:
        """Write one row per occurrence passing ``filters`` to a path or stream; returns the
        number of rows. Formats: jsonl, csv, parquet (needs pyarrow; a path or binary stream)."""
        if format not in EXPORT_FORMATS:
            raise CorpusError(f"unknown export format {format!r}; use one of "
                              + ", ".join(EXPORT_FORMATS))
        rows = self.rows(**filters)
        if format == "parquet":
            return _write_parquet(rows, dest)
        if isinstance(dest, (str, Path)):
            with open(dest, "w", encoding="utf-8", newline="") as out:
                return _write_text(rows, out, format)
        return _write_text(rows, dest, format)  # type: ignore[arg-type]

    def to_dataframe(self, **filters: Any) -> Any:
        """The export rows passing ``filters`` as a pandas DataFrame (needs pandas)."""
        return _frame(list(self.rows(**filters)), columns=EXPORT_COLUMNS)


# --- helpers ---------------------------------------------------------------------------------


def _write_text(rows: Iterable[dict[str, Any]], out: IO[str], format: str) -> int:
    count = 0
    if format == "csv":
        writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow(csv_row(row))
            count += 1
    else:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


# Rows per parquet row group: memory stays bounded on any corpus.
PARQUET_BATCH = 10_000


def _write_parquet(rows: Iterable[dict[str, Any]], dest: Any) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingExtra("parquet export needs pyarrow; install it with "
                           'pip install "onrecord[corpus]" (or pip install pyarrow)') from None
    schema = pa.schema([
        (name, pa.float64() if name == "confidence" else
         pa.int64() if name in ("quote_id", "speaker_id", "article_id", "occurrence_count")
         else pa.string())
        for name in EXPORT_COLUMNS
    ])
    count = 0
    with pq.ParquetWriter(dest, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            count += 1
            if len(batch) == PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch or not count:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return count


def _frame(records: list[dict[str, Any]], columns: list[str] | None = None) -> Any:
    try:
        import pandas as pd
    except ImportError:
        raise MissingExtra("DataFrames need pandas; install it with "
                           'pip install "onrecord[corpus]" (or pip install pandas)') from None
    return pd.DataFrame.from_records(records, columns=columns)


def estimate_total(paths: Iterable[str]) -> int | None:
    """A quick count of the articles under ``paths`` for a progress bar (files, and lines of
    JSONL files), or None when it cannot be known cheaply (standard input, archives)."""
    total = 0
    for path in paths:
        if path == "-":
            return None
        files = [Path(path)]
        if os.path.isdir(path):
            files = [Path(folder, name) for folder, dirs, names in os.walk(path)
                     for name in names if not name.startswith(".")]
        for file in files:
            suffix = file.suffix.lower()
            if file.name.lower().endswith((".warc", ".warc.gz")):
                return None  # an archive's record count is unknown until it is read
            if os.path.isdir(path) and suffix not in DIRECTORY_SUFFIXES:
                continue
            if suffix in JSONL_SUFFIXES:
                try:
                    with file.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total
