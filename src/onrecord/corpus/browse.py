"""Searching and browsing the corpus: the typed rows every query returns, and the queries behind
the web pages (a page of search results, the overview, a speaker's page, a quote's variants, the
disputed quotes, the balance of voices).

Each query is a function over an open connection, and ``Corpus`` has a thin method of the same
name for each. Counting and grouping happen in SQL, over the indexes, so that a page costs a few
queries whatever the corpus size: Python shapes the rows of one page, and classifies the wordings
only of the quotes that SQL found to have more than one (``variants.relate``). Every value
travels as an SQL parameter.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any, cast

from onrecord.corpus.merging import MIXED, name_key
from onrecord.corpus.variants import Variant, relate, variants
from onrecord.errors import (
    CorpusError,
    NoSuchArticle,
    NoSuchQuote,
    NoSuchSpeaker,
    SearchSyntaxError,
)
from onrecord.model import Article, Quote, Span, Speaker
from onrecord.names import name_gender

QUOTE_TYPES = ("direct", "indirect", "mixed")
SORTS = ("relevance", "date", "oldest")
DISPUTE_KINDS = ("wording", "attribution")
BALANCE_GROUPS = ("outlet", "month")

# The largest page any query returns and the longest search accepted: a request cannot make the
# server build an unbounded page or parse an unbounded FTS5 query.
MAX_PAGE = 100
MAX_QUERY = 500

# Group labels for articles with no outlet or no ISO date.
NO_OUTLET = "(no outlet)"
NO_DATE = "(no date)"

# An article date that starts YYYY-MM-DD (a GLOB pattern): the dates that sort and group by day.
ISO_DAY = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*"

BALANCE_NOTE = (
    "A person's gender is inferred only from an honorific or title (Mrs, Sir), from a first "
    "name whose US and British readings agree (the gender-guesser dictionary, offline), or else "
    "from the articles' pronouns resolved to the person; never from anything else, and never "
    "guessed. Persons whose articles disagree, and persons nothing tells, count as unknown, "
    "and unknown is always shown. Organisations, groups, anonymous sources and unresolved "
    "speakers have no gender."
)

# The markers FTS5 highlight() puts around matched words: control characters that never occur
# in extracted text, turned into offsets (``match_spans``) and never shown.
_OPEN, _CLOSE = "\x02", "\x03"


class _Result:
    def to_dict(self) -> dict[str, Any]:
        """The result as plain dicts, lists and values (JSON-serialisable)."""
        return asdict(cast(Any, self))


# --- results ---------------------------------------------------------------------------------


@dataclass
class Occurrence(_Result):
    """One appearance of a quote in one article."""

    id: int
    article_id: int
    text: str
    type: str
    speaker: str | None
    mention: str | None
    cue: str | None
    confidence: float
    url: str | None
    outlet: str | None
    date: str | None
    title: str | None
    source: str | None
    quote_id: int | None = None
    speaker_id: int | None = None


@dataclass
class QuoteHit(_Result):
    """A deduplicated quote with the occurrences that matched the query. ``speaker`` is the
    corpus speaker, or for a quote no corpus speaker said ("police", "a senior official") the
    name its first article gave; ``matches`` are the spans of ``text`` a search matched."""

    id: int
    text: str
    speaker: str | None
    speaker_id: int | None
    first_seen_date: str | None
    first_seen_outlet: str | None
    occurrence_count: int
    occurrences: list[Occurrence] = field(default_factory=list)
    matches: list[tuple[int, int]] = field(default_factory=list)
    speaker_kind: str | None = None


@dataclass
class SpeakerSummary(_Result):
    """A speaker across the corpus: names, roles, outlets, and how often quoted."""

    id: int
    name: str
    kind: str
    qid: str | None
    quotes: int
    occurrences: int
    first_date: str | None
    last_date: str | None
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)


@dataclass
class MergeStep(_Result):
    """One decision of the speaker directory, taken ``times`` times, for every article in
    ``article_ids`` (empty when taken as an ingest ended): ``name`` joined the speaker or
    started it, by ``rule``, because ``reason``; ``kept_apart`` are the other entries
    considered and why they were not joined."""

    name: str
    rule: str
    reason: str
    article_ids: list[int] = field(default_factory=list)
    kept_apart: list[tuple[str, str]] = field(default_factory=list)
    times: int = 0


@dataclass
class SpeakerExplanation(_Result):
    """Why a directory entry holds the names it holds: the speaker, every decision that put a
    name in it, and the entries that were kept apart from it (with why)."""

    speaker: SpeakerSummary
    steps: list[MergeStep] = field(default_factory=list)
    kept_apart: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class SearchPage(_Result):
    """One page of quotes, the number of quotes passing the query in all, and how sorted."""

    hits: list[QuoteHit]
    total: int
    offset: int
    limit: int
    sort: str


@dataclass
class DayCount(_Result):
    """Quote occurrences in articles of one day (or of the ISO week starting that Monday)."""

    date: str
    occurrences: int


@dataclass
class Overview(_Result):
    """The corpus at a glance, within the dates asked: sizes, the dates it spans, occurrences
    per day, the most quoted speakers and the newest occurrences."""

    articles: int
    quotes: int
    occurrences: int
    speakers: int
    outlets: int
    first_date: str | None
    last_date: str | None
    per_day: list[DayCount] = field(default_factory=list)
    top_speakers: list[SpeakerSummary] = field(default_factory=list)
    newest: list[Occurrence] = field(default_factory=list)


@dataclass
class SpeakerProfile(_Result):
    """A speaker's page: the summary, the gender and what told it (``gender_source``: "name",
    "pronouns", "articles disagree" or "unknown"), occurrences per outlet and per week, the
    merge decisions behind the entry, and the newest quotes (``quote_total`` in all)."""

    summary: SpeakerSummary
    gender: str | None
    gender_source: str
    outlets: list[tuple[str, int]] = field(default_factory=list)
    per_week: list[DayCount] = field(default_factory=list)
    merged_names: list[MergeStep] = field(default_factory=list)
    quotes: list[QuoteHit] = field(default_factory=list)
    quote_total: int = 0


@dataclass
class QuoteCluster(_Result):
    """A quote with all its occurrences (earliest first), its wordings (the first-seen one
    first), whether some wording changes words (``disputed_wording``) and whether the articles
    credit it to more than one speaker (``disputed_attribution``, ``speakers``)."""

    id: int
    text: str
    speaker: str | None
    speaker_id: int | None
    first_seen_date: str | None
    first_seen_outlet: str | None
    first_seen_article_id: int
    occurrences: list[Occurrence] = field(default_factory=list)
    variants: list[Variant] = field(default_factory=list)
    disputed_wording: bool = False
    disputed_attribution: bool = False
    speakers: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class DisputeSummary(_Result):
    """One disputed quote in a list: its canonical text, spread, what is disputed, the speakers
    credited and the number of distinct wordings."""

    quote_id: int
    text: str
    occurrence_count: int
    first_seen_date: str | None
    first_seen_outlet: str | None
    disputed_wording: bool
    disputed_attribution: bool
    speakers: list[str] = field(default_factory=list)
    variants: int = 0


@dataclass
class DisputePage(_Result):
    """One page of disputed quotes (the most reported first) and how many there are in all."""

    items: list[DisputeSummary]
    total: int
    offset: int
    limit: int


@dataclass
class BalanceRow(_Result):
    """Who is quoted in one group (an outlet, a month, or "all"). Occurrences by the gender of
    the person quoted (persons only: ``female + male + unknown == persons``), distinct persons
    by gender, and occurrences by kind (``persons + organisations + other == occurrences``;
    other: groups, anonymous sources, unresolved speakers). See ``BALANCE_NOTE``."""

    group: str
    occurrences: int
    female: int
    male: int
    unknown: int
    people: int
    people_female: int
    people_male: int
    people_unknown: int
    persons: int
    organisations: int
    other: int


@dataclass
class ArticleView(_Result):
    """A stored article (as ``Corpus.article`` gives it) with, for each of its quotes, the id of
    the quote it is an occurrence of and of its corpus speaker (None when unmerged)."""

    article: Article
    id: int
    quote_ids: list[int | None] = field(default_factory=list)
    speaker_ids: list[int | None] = field(default_factory=list)


# --- query filters ---------------------------------------------------------------------------


@dataclass
class Filters:
    """The filters every query takes. Values only ever travel as SQL parameters."""

    text: str | None = None
    speaker: str | None = None
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    type: str | None = None
    speaker_id: int | None = None  # one corpus speaker exactly (``speaker`` matches names)
    min_confidence: float | None = None  # occurrences at least this sure

    def where(self) -> tuple[str, list[Any]]:
        """A WHERE clause over ``occurrences o JOIN articles a`` and its parameters."""
        clauses: list[str] = ["1"]
        params: list[Any] = []
        if self.text:
            clauses.append("o.quote_id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            params.append(self.text)
        if self.speaker:
            clauses.append(
                "(o.speaker_id IN (SELECT id FROM speakers WHERE name_key = ? "
                "OR instr(lower(name), lower(?)) > 0 "
                "UNION SELECT speaker_id FROM speaker_aliases WHERE alias_key = ?) "
                "OR (o.speaker_id IS NULL AND lower(o.speaker_name) = lower(?)))"
            )
            key = name_key(self.speaker)
            params += [key, self.speaker, key, self.speaker]
        if self.since:
            since = _date_bound(self.since, "--since")
            clauses.append("substr(a.date, 1, ?) >= ?")
            params += [len(since), since]
        if self.until:
            until = _date_bound(self.until, "--until")
            clauses.append("substr(a.date, 1, ?) <= ?")
            params += [len(until), until]
        if self.outlet:
            clauses.append("lower(a.outlet) = lower(?)")
            params.append(self.outlet)
        if self.type:
            if self.type not in QUOTE_TYPES:
                raise CorpusError(f"unknown quote type {self.type!r}; use one of "
                                  + ", ".join(QUOTE_TYPES))
            clauses.append("o.type = ?")
            params.append(self.type)
        if self.speaker_id is not None:
            clauses.append("o.speaker_id = ?")
            params.append(int(self.speaker_id))
        if self.min_confidence:
            clauses.append("o.confidence >= ?")
            params.append(float(self.min_confidence))
        return " AND ".join(clauses), params


def _date_bound(value: str, option: str) -> str:
    value = value.strip()
    parts = value.split("-")
    lengths = [len(p) for p in parts]
    if lengths[: len(parts)] != [4, 2, 2][: len(parts)] or not all(p.isdigit() for p in parts):
        raise CorpusError(f"{option} {value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def check_page(offset: int, limit: int) -> None:
    """Refuse a page that is empty by construction or larger than ``MAX_PAGE``."""
    if not 1 <= limit <= MAX_PAGE:
        raise CorpusError(f"page size {limit} is out of range; ask for 1 to {MAX_PAGE} at a time")
    if offset < 0:
        raise CorpusError(f"offset {offset} is negative; start at 0")


def run(conn: sqlite3.Connection, sql: str, params: Sequence[Any],
        query: str | None = None) -> list[sqlite3.Row]:
    """Run a query, turning an FTS5 syntax error in the user's ``query`` into a clear one."""
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        message = str(exc)
        if query and ("fts5" in message or "no such column" in message
                      or "unterminated" in message or "syntax error" in message):
            raise SearchSyntaxError(
                f"cannot search for {query!r} ({message}); use plain words, put a phrase in "
                'double quotes ("water talks"), or quote words like AND, OR, NOT, NEAR and '
                "any with - : * ^ ( )"
            ) from None
        raise


def _chunked(items: Sequence[Any], size: int = 500) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _marks(items: Sequence[Any]) -> str:
    """Placeholders for ``items``: only question marks enter the SQL text."""
    return ", ".join("?" * len(items))


# --- quotes and occurrences ------------------------------------------------------------------

# Occurrences with their articles, articles first (CROSS JOIN fixes the order): the date index
# gives them in date order, and each article's occurrences come from the article index.
ARTICLES_FIRST = "FROM articles a CROSS JOIN occurrences o ON o.article_id = a.id"
OCCURRENCES_FIRST = "FROM occurrences o JOIN articles a ON a.id = o.article_id"

OCCURRENCE_SQL = (
    "SELECT o.*, coalesce(s.name, o.speaker_name) AS speaker_label, a.url, a.outlet, a.date, "
    f"a.title, a.source_id {OCCURRENCES_FIRST} LEFT JOIN speakers s ON s.id = o.speaker_id "
)

# Occurrences in date order, undated ones last.
EARLIEST_FIRST = "a.date IS NULL, a.date, o.id"


def occurrence(r: sqlite3.Row) -> Occurrence:
    """An ``Occurrence`` from a row of ``OCCURRENCE_SQL``."""
    return Occurrence(r["id"], r["article_id"], r["text"], r["type"], r["speaker_label"],
                      r["mention"], r["cue"], r["confidence"], r["url"], r["outlet"], r["date"],
                      r["title"], r["source_id"], r["quote_id"], r["speaker_id"])


def load_hits(conn: sqlite3.Connection, ids: Sequence[int], where: str = "1",
              params: Sequence[Any] = (), query: str | None = None) -> list[QuoteHit]:
    """The quotes ``ids``, in that order, each with its occurrences passing ``where``."""
    hits: dict[int, QuoteHit] = {}
    for chunk in _chunked(ids):
        for r in conn.execute(
            "SELECT q.id, q.text, q.speaker_id, s.name AS speaker, s.kind, q.first_seen_date, "
            "q.first_seen_outlet, q.occurrence_count FROM quotes q "
            f"LEFT JOIN speakers s ON s.id = q.speaker_id WHERE q.id IN ({_marks(chunk)})",
            list(chunk),
        ):
            hits[r["id"]] = QuoteHit(r["id"], r["text"], r["speaker"], r["speaker_id"],
                                     r["first_seen_date"], r["first_seen_outlet"],
                                     r["occurrence_count"], speaker_kind=r["kind"])
        unnamed = [i for i in chunk if i in hits and hits[i].speaker_id is None]
        if unnamed:
            for r in conn.execute(
                "SELECT quote_id, speaker_name, speaker_kind FROM occurrences "
                f"WHERE quote_id IN ({_marks(unnamed)}) AND speaker_name IS NOT NULL "
                "ORDER BY id DESC", unnamed,
            ):
                hits[r["quote_id"]].speaker = r["speaker_name"]
                hits[r["quote_id"]].speaker_kind = r["speaker_kind"]
        for r in run(conn, OCCURRENCE_SQL + f"WHERE o.quote_id IN ({_marks(chunk)}) AND {where} "
                     f"ORDER BY {EARLIEST_FIRST}", [*chunk, *params], query):
            hits[r["quote_id"]].occurrences.append(occurrence(r))
    return [hits[i] for i in ids if i in hits]


# How a page of quotes is sorted: by FTS5 rank, by the latest matching occurrence (newest
# first), by the earliest (oldest first); undated quotes last, ties by quote id.
_ORDERS = {
    "relevance": "min(f.rank), o.quote_id",
    "date": "max(a.date) IS NULL, max(a.date) DESC, o.quote_id DESC",
    "oldest": "min(a.date) IS NULL, min(a.date), o.quote_id",
}


def quote_page(conn: sqlite3.Connection, where: str, params: Sequence[Any], *, sort: str,
               offset: int, limit: int, text: str | None = None,
               articles_first: bool = True) -> tuple[list[int], int]:
    """The ids of one page of the quotes with an occurrence passing ``where`` (and matching the
    FTS5 query ``text``), and how many quotes pass in all. ``articles_first`` reads from the
    articles, for filters that keep many occurrences; an indexed filter on the occurrences
    (a speaker) is faster read from the occurrences."""
    if text:
        return _ranked_page(conn, where, params, sort=sort, offset=offset, limit=limit,
                            text=text)
    source = ARTICLES_FIRST if articles_first else OCCURRENCES_FIRST
    if where == "1":
        total = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    else:
        total = conn.execute(f"SELECT count(DISTINCT o.quote_id) {source} WHERE {where}",
                             params).fetchone()[0]
    return _by_date(conn, source, where, params, sort, offset, limit), int(total)


def _by_date(conn: sqlite3.Connection, source: str, where: str, params: Sequence[Any],
             sort: str, offset: int, limit: int) -> list[int]:
    """The ids of one page of quotes by date ("date": newest first, "oldest"), undated last.

    The quotes in order of their latest (or earliest) occurrence are the quotes in order of
    first appearance when the occurrences are read by date: reading stops once the page is
    full, so with ``ARTICLES_FIRST`` the first pages cost a few rows whatever the corpus size.
    """
    order = "DESC" if sort == "date" else "ASC"
    seen: dict[int, None] = {}
    for dated, by in (("NOT NULL", f"a.date {order}, "), ("NULL", "")):
        cursor = conn.execute(f"SELECT o.quote_id {source} WHERE a.date IS {dated} AND {where} "
                              f"ORDER BY {by}o.quote_id {order}", params)
        for (quote_id,) in cursor:
            seen[quote_id] = None
            if len(seen) >= offset + limit:
                cursor.close()
                return list(seen)[offset:]
    return list(seen)[offset:]


def _ranked_page(conn: sqlite3.Connection, where: str, params: Sequence[Any], *, sort: str,
                 offset: int, limit: int, text: str) -> tuple[list[int], int]:
    """A page of the quotes matching the FTS5 query ``text``, in one grouped query."""
    if where == "1" and sort == "relevance":  # the FTS index alone answers
        ids = [r[0] for r in run(conn, "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? "
                                 "ORDER BY rank, rowid LIMIT ? OFFSET ?",
                                 [text, limit, offset], text)]
        total = run(conn, "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?", [text],
                    text)[0][0]
        return ids, int(total)
    source = (f"{OCCURRENCES_FIRST} JOIN (SELECT rowid AS fid, rank FROM quotes_fts "
              f"WHERE quotes_fts MATCH ?) f ON f.fid = o.quote_id WHERE {where} ")
    rows = run(conn, f"SELECT o.quote_id, count(*) OVER () AS total {source}"
               f"GROUP BY o.quote_id ORDER BY {_ORDERS[sort]} LIMIT ? OFFSET ?",
               [text, *params, limit, offset], text)
    if rows:
        return [r[0] for r in rows], int(rows[0]["total"])
    total = run(conn, f"SELECT count(DISTINCT o.quote_id) {source}", [text, *params], text)
    return [], int(total[0][0])


def search_page(conn: sqlite3.Connection, filters: Filters, *, sort: str = "relevance",
                offset: int = 0, limit: int = 20) -> SearchPage:
    """One page of the quotes passing ``filters``, with the total and the matched spans."""
    check_page(offset, limit)
    text = filters.text.strip() if filters.text else None
    if text and len(text) > MAX_QUERY:
        raise CorpusError(f"the search is {len(text)} characters long; keep it under "
                          f"{MAX_QUERY}")
    if sort not in SORTS:
        raise CorpusError(f"unknown sort {sort!r}; use one of " + ", ".join(SORTS))
    if sort == "relevance" and not text:
        sort = "date"
    rest = replace(filters, text=None)
    where, params = rest.where()
    ids, total = quote_page(conn, where, params, sort=sort, offset=offset, limit=limit,
                            text=text, articles_first=not (rest.speaker or rest.speaker_id))
    hits = load_hits(conn, ids, where, params)
    if text and hits:
        for r in run(conn, "SELECT rowid, highlight(quotes_fts, 0, ?, ?) FROM quotes_fts "
                     f"WHERE quotes_fts MATCH ? AND rowid IN ({_marks(ids)})",
                     [_OPEN, _CLOSE, text, *ids], text):
            for hit in hits:
                if hit.id == r[0]:
                    hit.matches = match_spans(r[1], hit.text)
    return SearchPage(hits, total, offset, limit, sort)


def match_spans(marked: str, text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that highlight() put between the markers in ``marked`` (none when
    ``marked`` is not ``text`` with markers added).

    >>> match_spans("the \\x02dam\\x03 is \\x02dammed\\x03", "the dam is dammed")
    [(4, 7), (11, 17)]
    """
    spans: list[tuple[int, int]] = []
    plain: list[str] = []
    start = None
    position = 0
    for char in marked:
        if char == _OPEN:
            start = position
        elif char == _CLOSE and start is not None:
            spans.append((start, position))
            start = None
        else:
            plain.append(char)
            position += 1
    return spans if "".join(plain) == text else []


# --- speakers --------------------------------------------------------------------------------


def summaries(conn: sqlite3.Connection, ids: Sequence[int], where: str = "1",
              params: Sequence[Any] = ()) -> list[SpeakerSummary]:
    """The speakers ``ids``, in that order, counted over their occurrences passing ``where``,
    with their aliases, roles and outlets (most frequent first)."""
    found: dict[int, SpeakerSummary] = {}
    for chunk in _chunked(ids):
        marks = _marks(chunk)
        for r in conn.execute(
            "SELECT s.id, s.name, s.kind, s.qid, count(DISTINCT o.quote_id) AS quotes, "
            "count(o.id) AS occurrences, min(a.date) AS first_date, max(a.date) AS last_date "
            "FROM speakers s JOIN occurrences o ON o.speaker_id = s.id "
            f"JOIN articles a ON a.id = o.article_id WHERE s.id IN ({marks}) AND {where} "
            "GROUP BY s.id", [*chunk, *params],
        ):
            found[r["id"]] = SpeakerSummary(r["id"], r["name"], r["kind"], r["qid"], r["quotes"],
                                            r["occurrences"], r["first_date"], r["last_date"])
        # Table and column names are constants of this module, never user input.
        for table, column, attribute in (("speaker_aliases", "alias", "aliases"),
                                         ("speaker_roles", "role", "roles"),
                                         ("speaker_outlets", "outlet", "outlets")):
            for r in conn.execute(
                f"SELECT speaker_id, {column} FROM {table} WHERE speaker_id IN ({marks}) "
                f"ORDER BY count DESC, {column}", list(chunk),
            ):
                if r[0] in found:
                    getattr(found[r[0]], attribute).append(r[1])
    return [found[i] for i in ids if i in found]


def speaker_list(conn: sqlite3.Connection, *, offset: int = 0, limit: int = 50,
                 name: str | None = None) -> list[SpeakerSummary]:
    """A page of the speakers, the most quoted first; ``name`` keeps those whose name or an
    alias contains it."""
    check_page(offset, limit)
    clause, params = "", []
    if name and name.strip():
        clause = ("AND o.speaker_id IN (SELECT id FROM speakers WHERE instr(lower(name), "
                  "lower(?)) > 0 UNION SELECT speaker_id FROM speaker_aliases "
                  "WHERE ? != '' AND instr(alias_key, ?) > 0)")
        params = [name.strip(), name_key(name), name_key(name)]
    ids = [r[0] for r in conn.execute(
        f"SELECT o.speaker_id FROM occurrences o WHERE o.speaker_id IS NOT NULL {clause} "
        "GROUP BY o.speaker_id ORDER BY count(*) DESC, o.speaker_id LIMIT ? OFFSET ?",
        [*params, limit, offset])]
    return summaries(conn, ids)


def merge_steps(conn: sqlite3.Connection, speaker_id: int) -> list[MergeStep]:
    """The merge decisions that put a name in the entry ``speaker_id``, alike ones counted
    together, in the order first taken."""
    rows = conn.execute(
        "SELECT name, rule, reason, kept_apart, count(*) AS times, min(id) AS first, "
        "group_concat(article_id) AS articles FROM merge_log WHERE speaker_id = ? "
        "GROUP BY name, rule, reason, kept_apart ORDER BY first", (speaker_id,)).fetchall()
    kept = [json.loads(r["kept_apart"]) for r in rows]
    apart_ids = sorted({int(i) for pairs in kept for i, _ in pairs})
    names: dict[int, str] = {}
    for chunk in _chunked(apart_ids):
        names.update((int(r[0]), r[1]) for r in conn.execute(
            f"SELECT id, name FROM speakers WHERE id IN ({_marks(chunk)})", list(chunk)))
    steps: dict[tuple[str, str, str, str], MergeStep] = {}
    for r, pairs in zip(rows, kept, strict=True):
        apart = [(names.get(i, f"entry {i} (merged since)"), why) for i, why in pairs]
        key = (r["name"], r["rule"], r["reason"], json.dumps(apart))
        step = steps.setdefault(key, MergeStep(r["name"], r["rule"], r["reason"], [], apart))
        step.times += r["times"]
        if r["articles"]:
            step.article_ids += [int(i) for i in r["articles"].split(",")]
    return list(steps.values())


def gender_of(name: str, gender: str | None, named_gender: str | None) -> tuple[str | None, str]:
    """A stored speaker's gender and what told it, from the ``speakers`` columns: "name" (an
    honorific, a title or a certain first name), "pronouns" (only the articles' pronouns),
    "articles disagree" (shown as "mixed") or "unknown".

    >>> gender_of("Dariusz Kellerman", "male", "male")
    ('male', 'name')
    >>> gender_of("Kellerman", "male", None)
    ('male', 'pronouns')
    >>> gender_of("Kellerman", "mixed", None)
    ('mixed', 'articles disagree')
    >>> gender_of("Kellerman", None, None)
    (None, 'unknown')
    """
    if gender == MIXED:
        return MIXED, "articles disagree"
    if gender not in ("male", "female"):
        return None, "unknown"
    if named_gender in ("male", "female") and named_gender != gender:
        return MIXED, "articles disagree"
    if named_gender == gender or name_gender(name) == gender:
        return gender, "name"
    return gender, "pronouns"


def speaker(conn: sqlite3.Connection, speaker_id: int, *, offset: int = 0,
            limit: int = 50) -> SpeakerProfile:
    """The page of the speaker ``speaker_id``, with its quotes from ``offset`` on."""
    check_page(offset, limit)
    row = conn.execute("SELECT name, kind, qid, gender, named_gender FROM speakers "
                       "WHERE id = ?", (speaker_id,)).fetchone()
    if row is None:
        raise NoSuchSpeaker(f"no speaker {speaker_id} in the corpus (it may have been merged "
                            "into another); find the speaker by name in the speaker list")
    found = summaries(conn, [speaker_id])
    summary = found[0] if found else SpeakerSummary(speaker_id, row["name"], row["kind"],
                                                    row["qid"], 0, 0, None, None)
    gender, source = gender_of(row["name"], row["gender"], row["named_gender"])
    outlets = [(r[0], int(r[1])) for r in conn.execute(
        "SELECT coalesce(a.outlet, ?), count(*) AS n FROM occurrences o "
        "JOIN articles a ON a.id = o.article_id WHERE o.speaker_id = ? "
        "GROUP BY a.outlet ORDER BY n DESC, a.outlet", (NO_OUTLET, speaker_id))]
    per_week = [DayCount(r[0], int(r[1])) for r in conn.execute(
        "SELECT date(substr(a.date, 1, 10), 'weekday 0', '-6 days') AS monday, count(*) "
        "FROM occurrences o JOIN articles a ON a.id = o.article_id "
        "WHERE o.speaker_id = ? AND a.date GLOB ? AND monday IS NOT NULL "
        "GROUP BY monday ORDER BY monday", (speaker_id, ISO_DAY))]
    # Reading all articles by date finds a frequent speaker's page in a few rows; a rare
    # speaker's occurrences are fewer to sort than the articles to read (break-even when the
    # speaker's share of the corpus is about the page's share of the speaker's occurrences).
    # (The unary + keeps SQLite from looking the speaker up in its index once per article.)
    corpus_size = conn.execute("SELECT max(id) FROM occurrences").fetchone()[0] or 0
    if summary.occurrences ** 2 > (offset + limit) * corpus_size:
        reading, where = ARTICLES_FIRST, "+o.speaker_id = ?"
    else:
        reading, where = OCCURRENCES_FIRST, "o.speaker_id = ?"
    ids = _by_date(conn, reading, where, [speaker_id], "date", offset, limit)
    return SpeakerProfile(summary, gender, source, outlets, per_week,
                          merge_steps(conn, speaker_id),
                          load_hits(conn, ids, "o.speaker_id = ?", [speaker_id]),
                          summary.quotes)


# --- the corpus at a glance ------------------------------------------------------------------


def overview(conn: sqlite3.Connection, *, since: str | None = None, until: str | None = None,
             top: int = 10, newest: int = 10) -> Overview:
    """Sizes, dates, occurrences per day, the most quoted speakers and the newest occurrences,
    of the articles dated within ``since``..``until`` (all articles without them)."""
    check_page(0, max(top, 1))
    check_page(0, max(newest, 1))
    where, params = Filters(since=since, until=until).where()
    ranged = bool(since or until)
    articles, outlets, first, last, occurrences = conn.execute(
        "SELECT count(*), count(DISTINCT a.outlet), min(CASE WHEN a.date GLOB ? THEN a.date END), "
        "max(CASE WHEN a.date GLOB ? THEN a.date END), coalesce(sum(a.quote_count), 0) "
        f"FROM articles a WHERE {where}", [ISO_DAY, ISO_DAY, *params]).fetchone()
    joined = ARTICLES_FIRST if ranged else "FROM occurrences o"
    if ranged:
        quotes, speakers = conn.execute(
            f"SELECT count(DISTINCT o.quote_id), count(DISTINCT o.speaker_id) {joined} "
            f"WHERE {where}", params).fetchone()
    else:
        quotes = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
        speakers = conn.execute("SELECT count(*) FROM speakers").fetchone()[0]
    per_day = [DayCount(r[0], int(r[1])) for r in conn.execute(
        "SELECT substr(a.date, 1, 10) AS day, sum(a.quote_count) FROM articles a "
        f"WHERE a.date GLOB ? AND {where} GROUP BY day ORDER BY day", [ISO_DAY, *params])]
    top_ids = [r[0] for r in conn.execute(
        f"SELECT o.speaker_id {joined} WHERE o.speaker_id IS NOT NULL AND {where} "
        "GROUP BY o.speaker_id ORDER BY count(*) DESC, o.speaker_id LIMIT ?", [*params, top])]
    newest_sql = OCCURRENCE_SQL.replace(OCCURRENCES_FIRST, ARTICLES_FIRST)
    latest = [occurrence(r) for r in conn.execute(
        newest_sql + f"WHERE a.date IS NOT NULL AND {where} ORDER BY a.date DESC, o.id DESC "
        "LIMIT ?", [*params, newest])]
    return Overview(int(articles), int(quotes), int(occurrences), int(speakers), int(outlets),
                    first, last, per_day, summaries(conn, top_ids, where, params), latest)


def outlets(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Every outlet and its number of articles, the largest first."""
    return [(r[0], int(r[1])) for r in conn.execute(
        "SELECT outlet, count(*) AS n FROM articles WHERE outlet IS NOT NULL "
        "GROUP BY outlet ORDER BY n DESC, outlet")]


# --- one quote and its variants --------------------------------------------------------------


def quote(conn: sqlite3.Connection, quote_id: int) -> QuoteCluster:
    """The quote ``quote_id`` with every occurrence, its wording variants and its disputes."""
    q = conn.execute("SELECT q.*, s.name AS speaker FROM quotes q "
                     "LEFT JOIN speakers s ON s.id = q.speaker_id WHERE q.id = ?",
                     (quote_id,)).fetchone()
    if q is None:
        raise NoSuchQuote(f"no quote {quote_id} in the corpus; give an id from search")
    rows = conn.execute(OCCURRENCE_SQL + f"WHERE o.quote_id = ? ORDER BY {EARLIEST_FIRST}",
                        (quote_id,)).fetchall()
    cluster = QuoteCluster(q["id"], q["text"], q["speaker"], q["speaker_id"],
                           q["first_seen_date"], q["first_seen_outlet"],
                           q["first_seen_article_id"], [occurrence(r) for r in rows])
    first_seen = [r for r in rows if r["article_id"] == q["first_seen_article_id"]]
    original = min(first_seen, key=lambda r: r["start"])["text"] if first_seen else (
        rows[0]["text"] if rows else q["text"])
    wordings: dict[str, tuple[int, list[str], str | None]] = {}
    for r in rows:
        count, names, first = wordings.get(r["text"], (0, [], None))
        outlet = r["outlet"] or NO_OUTLET
        if outlet not in names:
            names.append(outlet)
        if r["date"] and (first is None or r["date"] < first):
            first = r["date"]
        wordings[r["text"]] = (count + 1, names, first)
    cluster.variants = variants(original, [(t, *w) for t, w in wordings.items()])
    cluster.disputed_wording = any(v.kind == "reworded" for v in cluster.variants)
    credits: dict[str, tuple[str, int]] = {}
    for r in rows:
        label = r["speaker_label"]
        if label is not None:
            shown, n = credits.get(label.casefold(), (label, 0))
            credits[label.casefold()] = (shown, n + 1)
    cluster.speakers = sorted(credits.values(), key=lambda c: (-c[1], c[0]))
    cluster.disputed_attribution = len(credits) > 1
    return cluster


# --- disputed quotes -------------------------------------------------------------------------

# The quotes that may be disputed, in one pass over the occurrences: those with more than one
# text, and those whose occurrences may credit more than one speaker (two corpus speakers, two
# names of unmerged speakers, or a corpus speaker and an unmerged name). Cheap comparisons only:
# a candidate is then decided in Python, by ``variants.relate`` and by the speaker labels.
_CANDIDATES = """
SELECT quote_id, count(*) AS n, min(text) != max(text) AS texts,
       (min(speaker_id) != max(speaker_id)
        OR min(CASE WHEN speaker_id IS NULL THEN speaker_name END)
           != max(CASE WHEN speaker_id IS NULL THEN speaker_name END)
        OR (max(speaker_id) IS NOT NULL
            AND max(CASE WHEN speaker_id IS NULL THEN speaker_name END) IS NOT NULL)) AS credits
FROM occurrences GROUP BY quote_id HAVING texts OR credits
"""


@dataclass
class _Disputed:
    """One disputed quote as the index keeps it (its text and dates are read per page)."""

    quote_id: int
    occurrences: int
    wording: bool
    attribution: bool
    speakers: list[str]
    variants: int


# Whole-corpus aggregations (the disputed quotes, the balance of voices) of each database file,
# with the state of the database they were computed in: shared by every connection to the file (a
# web server's threads), computed again once it changes. The most recently used are kept.
_CACHE: OrderedDict[tuple[Any, ...], tuple[tuple[Any, ...], Any]] = OrderedDict()
_CACHE_SIZE = 64
_CACHE_LOCK = threading.Lock()


def _cached(conn: sqlite3.Connection, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
    """``compute()``, or its value kept for this database file and ``key`` while the database
    is unchanged (an in-memory database is never kept)."""
    file = conn.execute("PRAGMA database_list").fetchone()[2]
    if not file:
        return compute()
    key, state = (file, *key), _state(conn)
    with _CACHE_LOCK:
        kept = _CACHE.get(key)
        if kept is not None and kept[0] == state:
            _CACHE.move_to_end(key)
            return kept[1]
    value = compute()
    with _CACHE_LOCK:
        _CACHE[key] = (state, value)
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return value


def _state(conn: sqlite3.Connection) -> tuple[Any, ...]:
    """What changes whenever an ingest writes: the last occurrence, quote and merge decision
    (every rename or merge of a speaker logs one), and the number of speakers."""
    return tuple(conn.execute(
        "SELECT (SELECT max(id) FROM occurrences), (SELECT max(id) FROM quotes), "
        "(SELECT max(id) FROM merge_log), (SELECT count(*) FROM speakers)").fetchone())


def _dispute_index(conn: sqlite3.Connection) -> list[_Disputed]:
    """Every disputed quote, the most reported first; kept for a database file until it
    changes."""
    return cast(list[_Disputed], _cached(conn, ("disputes",), lambda: _find_disputes(conn)))


def _find_disputes(conn: sqlite3.Connection) -> list[_Disputed]:
    candidates = {r[0]: r for r in conn.execute(_CANDIDATES)}
    ids = list(candidates)
    # The distinct texts of each quote, the first-seen one marked by its start there; and the
    # distinct speaker labels (case aside), in order of first appearance.
    texts: dict[int, dict[str, float]] = {}
    labels: dict[int, dict[str, str]] = {}
    for chunk in _chunked(ids):
        marks = _marks(chunk)
        for quote_id, text, start in conn.execute(
                "SELECT o.quote_id, o.text, min(CASE WHEN o.article_id = q.first_seen_article_id "
                "THEN o.start END) FROM occurrences o JOIN quotes q ON q.id = o.quote_id "
                f"WHERE o.quote_id IN ({marks}) GROUP BY o.quote_id, o.text", list(chunk)):
            texts.setdefault(quote_id, {})[text] = float("inf") if start is None else start
        for quote_id, label in conn.execute(
                "SELECT o.quote_id, coalesce(s.name, o.speaker_name) AS label "
                "FROM occurrences o LEFT JOIN speakers s ON s.id = o.speaker_id "
                f"WHERE o.quote_id IN ({marks}) AND label IS NOT NULL "
                "GROUP BY o.quote_id, label ORDER BY min(o.id)", list(chunk)):
            labels.setdefault(quote_id, {}).setdefault(label.casefold(), label)
    result = []
    for quote_id, r in candidates.items():
        wordings = texts.get(quote_id, {})
        original = min(wordings, key=lambda t: (wordings[t], t)) if wordings else ""
        wording = bool(r["texts"]) and any(
            relate(original, t, wordings)[0] == "reworded" for t in wordings if t != original)
        named = labels.get(quote_id, {})
        attribution = bool(r["credits"]) and len(named) > 1
        if wording or attribution:
            result.append(_Disputed(quote_id, r["n"], wording, attribution,
                                    list(named.values()), len(wordings)))
    result.sort(key=lambda d: (-d.occurrences, d.quote_id))
    return result


def disputes(conn: sqlite3.Connection, kind: str | None = None, *, offset: int = 0,
             limit: int = 50) -> DisputePage:
    """A page of the disputed quotes (``kind`` "wording", "attribution" or None for both), the
    most reported first. The whole corpus is classified once, then pages come from memory
    until the database changes."""
    check_page(offset, limit)
    if kind is not None and kind not in DISPUTE_KINDS:
        raise CorpusError(f"unknown kind of dispute {kind!r}; use one of "
                          + ", ".join(DISPUTE_KINDS))
    found = [d for d in _dispute_index(conn)
             if kind is None or (d.wording if kind == "wording" else d.attribution)]
    page = found[offset : offset + limit]
    ids = [d.quote_id for d in page]
    quotes = {r["id"]: r for r in conn.execute(
        "SELECT id, text, occurrence_count, first_seen_date, first_seen_outlet FROM quotes "
        f"WHERE id IN ({_marks(ids)})", ids)}
    items = [DisputeSummary(d.quote_id, quotes[d.quote_id]["text"], d.occurrences,
                            quotes[d.quote_id]["first_seen_date"],
                            quotes[d.quote_id]["first_seen_outlet"], d.wording, d.attribution,
                            d.speakers, d.variants)
             for d in page if d.quote_id in quotes]
    return DisputePage(items, len(found), offset, limit)


# --- the balance of voices -------------------------------------------------------------------


def balance(conn: sqlite3.Connection, by: str, *, since: str | None = None,
            until: str | None = None, outlet: str | None = None) -> list[BalanceRow]:
    """Who is quoted, by outlet or by month: an "all" row first, then one row per group (by
    outlet the most occurrences first, by month in order). See ``BALANCE_NOTE``."""
    if by not in BALANCE_GROUPS:
        raise CorpusError(f"cannot group the balance by {by!r}; use one of "
                          + ", ".join(BALANCE_GROUPS))
    rows = _cached(conn, ("balance", by, since, until, outlet),
                   lambda: _balance(conn, by, since, until, outlet))
    return [replace(row) for row in rows]


def _balance(conn: sqlite3.Connection, by: str, since: str | None, until: str | None,
             outlet: str | None) -> list[BalanceRow]:
    where, params = Filters(since=since, until=until, outlet=outlet).where()
    if by == "outlet":
        group, group_params = "coalesce(a.outlet, ?)", [NO_OUTLET]
    else:
        group = "CASE WHEN a.date GLOB ? THEN substr(a.date, 1, 7) ELSE ? END"
        group_params = [ISO_DAY, NO_DATE]
    # One grouped pass counts occurrences per group and speaker; the speakers' kinds and
    # genders (one small table) turn those counts into the rows.
    counts = conn.execute(
        f"SELECT {group} AS grp, o.speaker_id, count(*) {ARTICLES_FIRST} WHERE {where} "
        "GROUP BY grp, o.speaker_id", [*group_params, *params]).fetchall()
    kinds = {int(r[0]): (r[1], r[2]) for r in conn.execute(
        "SELECT id, kind, gender FROM speakers")}
    tally: dict[str, _Tally] = {}
    total = _Tally()
    for grp, speaker_id, n in counts:
        if grp not in tally:
            tally[grp] = _Tally()
        kind, gender = kinds.get(speaker_id, (None, None))
        tally[grp].add(speaker_id, kind, gender, n)
        total.add(speaker_id, kind, gender, n)
    rows = [t.row(grp) for grp, t in tally.items()]
    if by == "outlet":
        rows.sort(key=lambda b: (b.group == NO_OUTLET, -b.occurrences, b.group))
    else:
        rows.sort(key=lambda b: (b.group == NO_DATE, b.group))
    return [total.row("all"), *rows]


class _Tally:
    """The counts of one balance row as occurrences are added, speaker by speaker."""

    def __init__(self) -> None:
        self.occurrences = self.persons = self.organisations = self.other = 0
        self.by_gender = {"female": 0, "male": 0, None: 0}
        self.people: dict[str | None, set[int]] = {"female": set(), "male": set(), None: set()}

    def add(self, speaker_id: int | None, kind: str | None, gender: str | None, n: int) -> None:
        self.occurrences += n
        if kind == "organisation":
            self.organisations += n
        elif kind != "person" or speaker_id is None:
            self.other += n
        else:
            known = gender if gender in ("female", "male") else None
            self.persons += n
            self.by_gender[known] += n
            self.people[known].add(speaker_id)

    def row(self, group: str) -> BalanceRow:
        people = {k: len(v) for k, v in self.people.items()}
        return BalanceRow(group, self.occurrences, self.by_gender["female"],
                          self.by_gender["male"], self.by_gender[None], sum(people.values()),
                          people["female"], people["male"], people[None], self.persons,
                          self.organisations, self.other)


# --- one article -----------------------------------------------------------------------------


def load_article(conn: sqlite3.Connection, key: int | str) -> tuple[Article, list[sqlite3.Row]]:
    """A stored article by database id, URL or source id, with its quotes and speakers, and the
    occurrence rows behind its quotes (in the same order)."""
    row = None
    if isinstance(key, int) or str(key).isdigit():
        row = conn.execute("SELECT * FROM articles WHERE id = ?", (int(key),)).fetchone()
    if row is None:
        row = conn.execute(
            "SELECT * FROM articles WHERE url = ? OR source_id = ? ORDER BY id LIMIT 1",
            (str(key), str(key))).fetchone()
    if row is None:
        raise NoSuchArticle(f"no article {key!r} in the corpus; give an id from search or "
                            "export, a URL, or the file name it was ingested from")
    article = Article(id=str(row["id"]), text=row["text"], title=row["title"],
                      url=row["url"], date=row["date"], outlet=row["outlet"],
                      warnings=json.loads(row["warnings"]))
    speakers: dict[Any, Speaker] = {}
    rows = conn.execute(
        "SELECT o.*, s.name AS corpus_name, s.kind AS corpus_kind FROM occurrences o "
        "LEFT JOIN speakers s ON s.id = o.speaker_id WHERE o.article_id = ? "
        "ORDER BY o.start, o.id", (row["id"],)).fetchall()
    article.quotes = [_quote_from_row(o, speakers) for o in rows]
    article.speakers = list(speakers.values())
    return article, rows


def article_view(conn: sqlite3.Connection, key: int | str) -> ArticleView:
    """A stored article with the quote and speaker ids of its quotes."""
    article, rows = load_article(conn, key)
    return ArticleView(article, int(article.id), [r["quote_id"] for r in rows],
                       [r["speaker_id"] for r in rows])


def _quote_from_row(o: sqlite3.Row, speakers: dict[Any, Speaker]) -> Quote:
    speaker = None
    name = o["corpus_name"] or o["speaker_name"]
    if name is not None or o["speaker_kind"]:
        key = o["speaker_id"] if o["speaker_id"] is not None else ("name", name)
        speaker = speakers.get(key)
        if speaker is None:
            speaker = Speaker(id=f"s{len(speakers) + 1}", name=name,
                              kind=o["corpus_kind"] or o["speaker_kind"] or "unknown",
                              role=o["speaker_role"])
            speakers[key] = speaker
        if o["mention"] and o["mention"] not in speaker.aliases and o["mention"] != name:
            speaker.aliases.append(o["mention"])
    cue = Span(o["cue_start"], o["cue_end"], o["cue"]) if o["cue"] is not None else None
    mention = None
    if o["mention"] is not None:
        mention = Span(o["mention_start"], o["mention_end"], o["mention"])
    return Quote(start=o["start"], end=o["end"], text=o["text"], type=o["type"],
                 group=o["group_no"], cue=cue, mention=mention, speaker=speaker,
                 confidence=o["confidence"])
