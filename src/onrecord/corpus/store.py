"""Storing: the corpus database schema, its migrations, and writing one article at a time.

The database is plain SQLite (tables any tool can read, plus an FTS5 index over the quotes; see
docs/schema.md). ``connect`` opens it in WAL mode with foreign keys on and brings its schema up to
date. ``Writer.write`` stores one extracted article with its speakers, quotes and occurrences in a
single ``BEGIN IMMEDIATE`` transaction, so a killed ingest leaves either the whole article or
nothing. Every statement is parameterised: no value ever becomes part of the SQL text.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from onrecord.corpus.dedupe import MIN_WORDS, band_hashes, is_same_quote, normalise, similarity
from onrecord.corpus.merging import (
    MIXED,
    AliasTable,
    MergeDecision,
    SpeakerRecord,
    article_record,
    candidate_keys,
    decide,
    name_key,
    persons_conflict,
    surname_key,
)
from onrecord.errors import NotACorpus, SchemaTooNew, SchemaTooOld
from onrecord.model import Article, Quote, Speaker
from onrecord.names import full_key, name_gender

# --- schema and migrations -------------------------------------------------------------------

# Ordered migrations: (version, description, SQL). A database records the versions applied in
# ``schema_version``; opening one runs the missing steps in order, each in its own transaction.
# Never edit a released step: add a new one (see docs/schema.md, "Versions and migrations").
MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "articles, speakers, quotes, occurrences, quote bands and the quote FTS index", """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    source_id TEXT,
    url TEXT UNIQUE,
    text_hash TEXT NOT NULL UNIQUE,
    title TEXT,
    outlet TEXT,
    date TEXT,
    text TEXT NOT NULL,
    quote_count INTEGER NOT NULL,
    warnings TEXT NOT NULL DEFAULT '[]',
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_outlet ON articles(outlet);

CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    qid TEXT,
    gender TEXT,
    name_key TEXT NOT NULL,
    surname_key TEXT NOT NULL,
    pinned INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX speakers_name_key ON speakers(name_key);
CREATE INDEX speakers_surname_key ON speakers(surname_key);
CREATE INDEX speakers_qid ON speakers(qid);

CREATE TABLE speaker_aliases (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    alias TEXT NOT NULL,
    alias_key TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (speaker_id, alias)
);
CREATE INDEX speaker_aliases_key ON speaker_aliases(alias_key);

CREATE TABLE speaker_roles (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    role TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (speaker_id, role)
);

CREATE TABLE speaker_outlets (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    outlet TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (speaker_id, outlet)
);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    normalised TEXT NOT NULL,
    speaker_id INTEGER REFERENCES speakers(id),
    type TEXT NOT NULL,
    first_seen_date TEXT,
    first_seen_outlet TEXT,
    first_seen_article_id INTEGER NOT NULL REFERENCES articles(id),
    occurrence_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX quotes_normalised ON quotes(normalised);
CREATE INDEX quotes_speaker ON quotes(speaker_id);

CREATE TABLE occurrences (
    id INTEGER PRIMARY KEY,
    quote_id INTEGER NOT NULL REFERENCES quotes(id),
    article_id INTEGER NOT NULL REFERENCES articles(id),
    speaker_id INTEGER REFERENCES speakers(id),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    group_no INTEGER NOT NULL,
    cue TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    mention TEXT,
    mention_start INTEGER,
    mention_end INTEGER,
    speaker_name TEXT,
    speaker_kind TEXT,
    speaker_role TEXT,
    confidence REAL NOT NULL
);
CREATE INDEX occurrences_quote ON occurrences(quote_id);
CREATE INDEX occurrences_article ON occurrences(article_id);
CREATE INDEX occurrences_speaker ON occurrences(speaker_id);

CREATE TABLE quote_bands (
    band_key INTEGER NOT NULL,
    quote_id INTEGER NOT NULL REFERENCES quotes(id),
    PRIMARY KEY (band_key, quote_id)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
"""),
    (2, "speakers' first-and-last-name key and the merge log behind speakers --explain", """
ALTER TABLE speakers ADD COLUMN full_key TEXT NOT NULL DEFAULT '';
CREATE INDEX speakers_full_key ON speakers(full_key);

CREATE TABLE merge_log (
    id INTEGER PRIMARY KEY,
    speaker_id INTEGER NOT NULL REFERENCES speakers(id),
    article_id INTEGER REFERENCES articles(id),
    name TEXT NOT NULL,
    rule TEXT NOT NULL,
    reason TEXT NOT NULL,
    kept_apart TEXT NOT NULL DEFAULT '[]',
    decided_at TEXT NOT NULL
);
CREATE INDEX merge_log_speaker ON merge_log(speaker_id);
"""),
    (3, "the gender a speaker's names tell, apart from pronouns", """
ALTER TABLE speakers ADD COLUMN named_gender TEXT;
"""),
    # The browsing queries (browse.py) group every occurrence by quote, article or speaker. With
    # these covering indexes they read only index pages, never the wide occurrence rows (text,
    # cue, mention) or the article rows (text): five to ten times fewer pages. Each replaces an
    # index it starts with.
    (4, "covering indexes for browsing: occurrences by quote, article, speaker; articles", """
DROP INDEX occurrences_quote;
DROP INDEX occurrences_article;
DROP INDEX occurrences_speaker;
DROP INDEX articles_date;
CREATE INDEX occurrences_quote ON occurrences(quote_id, article_id, speaker_id, type);
CREATE INDEX occurrences_article ON occurrences(article_id, quote_id, speaker_id, type);
CREATE INDEX occurrences_speaker ON occurrences(speaker_id, article_id, quote_id);
CREATE INDEX articles_date ON articles(date, outlet, quote_count);
"""),
]

SCHEMA_VERSION = MIGRATIONS[-1][0]
# The oldest schema a read-only connection accepts: later steps only add indexes, so the queries
# work on it, more slowly, until a writer opens the database and upgrades it.
READABLE_SCHEMA = 3

# Speakers merged across articles. Anonymous sources ("a senior official"), groups ("residents")
# and unresolved speakers are not: two articles' "police" are rarely the same people. Their
# occurrences keep the article's name and kind in ``occurrences.speaker_name``/``speaker_kind``.
MERGED_KINDS = frozenset({"person", "organisation"})

# Most candidate speakers compared with one new speaker (the most quoted first), and most
# candidate quotes compared with one new quote (those sharing the most LSH bands first): the
# cost of one lookup stays bounded however large the corpus grows.
MAX_SPEAKER_CANDIDATES = 50
MAX_QUOTE_CANDIDATES = 50

# A quote shorter than dedupe.MIN_WORDS (in normalised words) is matched only by its exact
# normalised text and the same speaker: "no comment" said by two people is two quotes.

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (or create) a corpus database, in WAL mode with foreign keys on, migrated to the
    current schema. ``":memory:"`` gives a private in-memory corpus."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=30.0)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        if str(path) != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        raise NotACorpus(
            f"cannot open as an onrecord database ({exc}); give a new file name or a database "
            "made by onrecord ingest",
            source=str(path),
        ) from None
    return conn


def connect_readonly(path: str | Path) -> sqlite3.Connection:
    """Open an existing corpus database for reading only (``mode=ro``): no migration, no
    pragma that writes, usable from any thread (one connection per thread, though). A database
    of an older schema is refused, since only a writer can upgrade it."""
    file = Path(path)
    if not file.is_file():
        raise NotACorpus("no such database file; give the --db file onrecord ingest made",
                         source=str(path))
    try:
        conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True,
                               isolation_level=None, check_same_thread=False, timeout=30.0)
        conn.row_factory = sqlite3.Row
        if not _has_table(conn, "schema_version"):
            raise NotACorpus("not an onrecord database (no schema_version table); give the "
                             "--db file onrecord ingest made", source=str(path))
        version = schema_version(conn)
    except sqlite3.DatabaseError as exc:
        raise NotACorpus(f"cannot open as an onrecord database ({exc}); give the --db file "
                         "onrecord ingest made", source=str(path)) from None
    if version > SCHEMA_VERSION:
        conn.close()
        raise SchemaTooNew(f"the database has schema version {version} and this onrecord "
                           f"reads up to {SCHEMA_VERSION}; upgrade onrecord", source=str(path))
    if version < READABLE_SCHEMA:
        conn.close()
        raise SchemaTooOld(f"the database has schema version {version}, older than this "
                           f"onrecord's {SCHEMA_VERSION}, and is open read-only; upgrade it by "
                           f"opening it once for writing: run onrecord ingest, or onrecord "
                           f"speakers --db {path}", source=str(path))
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    """The highest migration applied, 0 for an empty database."""
    if not _has_table(conn, "schema_version"):
        return 0
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection,
            migrations: list[tuple[int, str, str]] | None = None) -> int:
    """Apply the migrations a database lacks, in order; returns the resulting version."""
    steps = MIGRATIONS if migrations is None else migrations
    if not _has_table(conn, "schema_version"):
        tables = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
        ).fetchone()[0]
        if tables:
            raise NotACorpus("this SQLite database has tables but was not made by onrecord; "
                             "give another --db file")
        conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                     "description TEXT NOT NULL, applied_at TEXT NOT NULL)")
    current = schema_version(conn)
    latest = steps[-1][0] if steps else 0
    if current > latest:
        raise SchemaTooNew(
            f"the database has schema version {current} and this onrecord reads up to "
            f"{latest}; upgrade onrecord"
        )
    for version, description, sql in steps:
        if version <= current:
            continue
        # executescript commits anything pending first; the script is its own transaction.
        conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\nCOMMIT;")
        conn.execute("INSERT INTO schema_version (version, description, applied_at) "
                     "VALUES (?, ?, ?)", (version, description, _now()))
        current = version
    return current


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
    return row.fetchone() is not None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def text_hash(text: str) -> str:
    """The key of an article's text: SHA-256 of the text with its whitespace runs collapsed."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def iso_date(value: str | None) -> str | None:
    """A date as stored: stripped, None when blank. Dates starting YYYY-MM-DD sort and filter
    correctly; other formats are kept as given but never count as earlier in a first-seen race."""
    return value.strip() if value and value.strip() else None


def is_already_stored(conn: sqlite3.Connection, url: str | None, text: str) -> bool:
    """True when an article with this URL or this text is in the database."""
    if url:
        if conn.execute("SELECT 1 FROM articles WHERE url = ?", (url,)).fetchone():
            return True
    row = conn.execute("SELECT 1 FROM articles WHERE text_hash = ?", (text_hash(text),))
    return row.fetchone() is not None


# --- writing ---------------------------------------------------------------------------------


@dataclass
class Written:
    """What storing one article added: None for an article that was already there."""

    article_id: int
    occurrences: int
    new_quotes: int
    new_speakers: int


class Writer:
    """Stores extracted articles, merging their speakers and quotes into the corpus."""

    def __init__(self, conn: sqlite3.Connection, aliases: AliasTable | None = None) -> None:
        self.conn = conn
        self.aliases = aliases

    def write(self, article: Article, source_id: str | None = None) -> Written | None:
        """Store ``article`` atomically; None (and nothing written) when it is already stored."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            if is_already_stored(conn, article.url, article.text):
                conn.execute("ROLLBACK")
                return None
            written = self._write(article, source_id)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return written

    def _write(self, article: Article, source_id: str | None) -> Written:
        cur = self.conn.cursor()
        cur.execute(
            "INSERT INTO articles (source_id, url, text_hash, title, outlet, date, text, "
            "quote_count, warnings, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (source_id or article.id, article.url or None, text_hash(article.text),
             article.title, article.outlet, iso_date(article.date), article.text,
             len(article.quotes), json.dumps(article.warnings, ensure_ascii=False), _now()),
        )
        article_id = int(cur.lastrowid or 0)
        written = Written(article_id, 0, 0, 0)
        speaker_ids: dict[int, int | None] = {}
        for sp in article.speakers:
            db_id, new = self._speaker(sp, article.outlet, article_id)
            speaker_ids[id(sp)] = db_id
            written.new_speakers += new
        for q in article.quotes:
            speaker_id = speaker_ids.get(id(q.speaker)) if q.speaker is not None else None
            quote_id, new = self._quote(q, speaker_id, article, article_id)
            written.new_quotes += new
            self._occurrence(q, quote_id, article_id, speaker_id)
            written.occurrences += 1
        return written

    # --- speakers --------------------------------------------------------------------------

    def _speaker(self, sp: Speaker, outlet: str | None, article_id: int) -> tuple[int | None, int]:
        """The database id of an article's speaker (merged or new), and 1 if it is new: the
        candidates are fetched, ``merging.decide`` decides once, the decision is stored."""
        if sp.kind not in MERGED_KINDS:
            return None, 0
        record = article_record(sp.name, sp.kind, sp.aliases, sp.role, sp.gender, outlet,
                                gender_source=sp.gender_source)
        if record is None:
            return None, 0
        candidates = [self._load_record(i) for i in self._candidates(record)]
        decision = decide(record, candidates, self.aliases, surnames=False)
        if decision.target_id is not None:
            speaker_id, new = decision.target_id, 0
            if decision.pinned:
                self.conn.execute("UPDATE speakers SET name = ?, qid = coalesce(?, qid), "
                                  "pinned = 1 WHERE id = ?",
                                  (decision.name, decision.qid, speaker_id))
        else:
            speaker_id, new = self._insert_speaker(record, decision), 1
        self._add_details(speaker_id, record)
        self._log(speaker_id, article_id, record.name, decision)
        return speaker_id, new

    def _candidates(self, record: SpeakerRecord) -> list[int]:
        """Stored speakers that may be ``record``: same name, first-and-last name, surname or
        alias, and the speaker the alias file pins its name to; the most quoted first."""
        kind = record.kind
        keys, fulls, skey = candidate_keys(record)
        fulls = fulls or [""]
        pinned_name, pinned_qid = "", ""
        entry = self.aliases.find(record.names()) if self.aliases is not None else None
        if entry is not None:
            pinned_name, pinned_qid = entry.canonical, entry.qid or ""
        marks, full_marks = ", ".join("?" * len(keys)), ", ".join("?" * len(fulls))
        rows = self.conn.execute(
            "SELECT s.id FROM speakers s WHERE s.kind = ? AND s.id IN ("
            f" SELECT id FROM speakers WHERE name_key IN ({marks})"
            f" OR (full_key IN ({full_marks}) AND full_key != '')"
            " OR (surname_key = ? AND surname_key != '')"
            " OR (pinned = 1 AND (name = ? OR (qid = ? AND qid != '')))"
            f" UNION SELECT speaker_id FROM speaker_aliases WHERE alias_key IN ({marks}))"
            " ORDER BY (SELECT count(*) FROM occurrences o WHERE o.speaker_id = s.id) DESC, s.id"
            " LIMIT ?",
            (kind, *keys, *fulls, skey, pinned_name, pinned_qid, *keys, MAX_SPEAKER_CANDIDATES),
        ).fetchall()
        return [int(r[0]) for r in rows]

    def _load_record(self, speaker_id: int) -> SpeakerRecord:
        conn = self.conn
        row = conn.execute("SELECT name, kind, gender, named_gender, pinned, qid FROM speakers "
                           "WHERE id = ?", (speaker_id,)).fetchone()
        aliases = [r[0] for r in conn.execute(
            "SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY count DESC",
            (speaker_id,))]
        roles = [r[0] for r in conn.execute(
            "SELECT role FROM speaker_roles WHERE speaker_id = ? ORDER BY count DESC",
            (speaker_id,))]
        outlets = [r[0] for r in conn.execute(
            "SELECT outlet FROM speaker_outlets WHERE speaker_id = ? ORDER BY count DESC",
            (speaker_id,))]
        return SpeakerRecord(name=row["name"], kind=row["kind"], aliases=aliases, roles=roles,
                             outlets=outlets, id=speaker_id, gender=row["gender"],
                             named_gender=_certain(row["named_gender"]),
                             pinned=bool(row["pinned"]), qid=row["qid"],
                             quotes=self._occurrences(speaker_id))

    def _insert_speaker(self, record: SpeakerRecord, decision: MergeDecision) -> int:
        name = decision.name or record.name
        kind = record.kind
        cur = self.conn.execute(
            "INSERT INTO speakers (name, kind, qid, gender, named_gender, name_key, surname_key, "
            "full_key, pinned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (name, kind, decision.qid, record.gender, record.named_gender, name_key(name, kind),
             surname_key(name, kind), full_key(name) if kind == "person" else "",
             int(decision.pinned)),
        )
        return int(cur.lastrowid or 0)

    def _add_details(self, speaker_id: int, record: SpeakerRecord) -> None:
        """Add an article's names, roles, outlet and gender to a stored speaker, then name it by
        its most common full name (unless the alias file fixed the name)."""
        conn = self.conn
        for alias in record.names():
            conn.execute(
                "INSERT INTO speaker_aliases (speaker_id, alias, alias_key) VALUES (?, ?, ?) "
                "ON CONFLICT (speaker_id, alias) DO UPDATE SET count = count + 1",
                (speaker_id, alias, name_key(alias, record.kind)),
            )
        for role in record.roles:
            conn.execute("INSERT INTO speaker_roles (speaker_id, role) VALUES (?, ?) "
                         "ON CONFLICT (speaker_id, role) DO UPDATE SET count = count + 1",
                         (speaker_id, role))
        for outlet in record.outlets:
            conn.execute("INSERT INTO speaker_outlets (speaker_id, outlet) VALUES (?, ?) "
                         "ON CONFLICT (speaker_id, outlet) DO UPDATE SET count = count + 1",
                         (speaker_id, outlet))
        for column, gender in (("gender", record.gender), ("named_gender", record.named_gender)):
            if gender:  # articles that disagree leave the gender unknown ("mixed")
                conn.execute(f"UPDATE speakers SET {column} = CASE WHEN {column} IS NULL THEN ? "
                             f"WHEN {column} != ? THEN ? ELSE {column} END WHERE id = ?",
                             (gender, gender, MIXED, speaker_id))
        self._rename(speaker_id)

    def _rename(self, speaker_id: int) -> None:
        """Name a speaker by the most common of its full names (a person's name of two words or
        more, titles aside), else its most common name; a pinned name stays."""
        conn = self.conn
        row = conn.execute("SELECT name, kind, pinned FROM speakers WHERE id = ?",
                           (speaker_id,)).fetchone()
        if row["pinned"]:
            return
        kind = row["kind"]
        names = conn.execute("SELECT alias, count FROM speaker_aliases WHERE speaker_id = ?",
                             (speaker_id,)).fetchall()
        if not names:
            return
        best = max(names, key=lambda r: (kind != "person" or bool(full_key(r[0])), r[1],
                                         len(r[0].split()), r[0]))[0]
        certain = name_gender(best) if kind == "person" else None
        if certain:  # a name's honorific or certain first name settles the gender
            conn.execute("UPDATE speakers SET gender = ? WHERE id = ?", (certain, speaker_id))
        if best != row["name"]:
            conn.execute("UPDATE speakers SET name = ?, name_key = ?, surname_key = ?, "
                         "full_key = ? WHERE id = ?",
                         (best, name_key(best, kind), surname_key(best, kind),
                          full_key(best) if kind == "person" else "", speaker_id))

    def _log(self, speaker_id: int, article_id: int | None, name: str,
             decision: MergeDecision) -> None:
        self.conn.execute(
            "INSERT INTO merge_log (speaker_id, article_id, name, rule, reason, kept_apart, "
            "decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (speaker_id, article_id, name, decision.rule, decision.reason,
             json.dumps(decision.kept_apart), _now()),
        )

    # --- the surname rule, over the whole corpus ---------------------------------------------

    def settle(self) -> int:
        """Apply the surname rule to every person known by surname alone, against every full
        name now in the corpus, in one transaction; returns how many entries were merged.

        Run when an ingest ends (``Corpus.ingest`` does), so that the directory does not depend
        on the order the articles came in. Surname-only entries with no plausible full name
        and no conflict between them become one entry per surname."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            merged = self._settle()
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return merged

    def _settle(self) -> int:
        conn = self.conn
        ids = [int(r[0]) for r in conn.execute(
            "SELECT id FROM speakers WHERE kind = 'person' AND pinned = 0 AND full_key = '' "
            "ORDER BY id")]
        # Every decision is taken before any merge, on the corpus as it stands: the quote counts
        # the decisions read do not depend on which surname was settled first.
        decisions: list[tuple[SpeakerRecord, MergeDecision]] = []
        for speaker_id in ids:
            record = self._load_record(speaker_id)
            if not record.surname_only:
                continue
            candidates = [self._load_record(int(r[0])) for r in conn.execute(
                "SELECT id FROM speakers WHERE kind = 'person' AND surname_key = ? "
                "AND full_key != '' AND id != ? ORDER BY id", (record.surname, speaker_id))]
            candidates.sort(key=lambda c: -c.quotes)
            decisions.append((record, decide(record, candidates, self.aliases)))
        merged = 0
        alone: dict[str, list[SpeakerRecord]] = {}
        for record, decision in decisions:
            speaker_id = record.id or 0
            conn.execute("DELETE FROM merge_log WHERE speaker_id = ? AND article_id IS NULL",
                         (speaker_id,))
            if decision.target_id is not None:
                self._merge_into(speaker_id, decision.target_id)
                self._log(decision.target_id, None, record.name, decision)
                merged += 1
            else:
                self._log(speaker_id, None, record.name, decision)
                if decision.rule == "new":
                    alone.setdefault(record.surname, []).append(record)
        for records in alone.values():
            merged += self._join_surnames(records)
        return merged

    def _join_surnames(self, records: list[SpeakerRecord]) -> int:
        """Surname-only entries of one surname that no full name claims: one entry, unless
        their genders or roles conflict."""
        first, merged = records[0], 0
        for other in records[1:]:
            conflict = persons_conflict(other, first)
            if first.id is None or other.id is None:
                continue
            if conflict:
                self._log(other.id, None, other.name, MergeDecision(
                    None, "new", f"named {other.name!r} alone; kept apart from the other "
                    "entry of that surname", [(first.id, conflict)]))
                continue
            self._merge_into(other.id, first.id)
            self._log(first.id, None, other.name, MergeDecision(
                first.id, "surname", f"named {first.name!r} alone in several articles; no "
                "full name of the corpus has that surname"))
            first.roles += other.roles
            merged += 1
        return merged

    def _occurrences(self, speaker_id: int) -> int:
        return int(self.conn.execute("SELECT count(*) FROM occurrences WHERE speaker_id = ?",
                                     (speaker_id,)).fetchone()[0])

    def _merge_into(self, source: int, target: int) -> None:
        """Move everything of speaker ``source`` to ``target`` and delete ``source``."""
        conn = self.conn
        for table in ("occurrences", "quotes", "merge_log"):
            conn.execute(f"UPDATE {table} SET speaker_id = ? WHERE speaker_id = ?",
                         (target, source))
        for table, column, extra in (("speaker_aliases", "alias", ", alias_key"),
                                     ("speaker_roles", "role", ""),
                                     ("speaker_outlets", "outlet", "")):
            conn.execute(
                f"INSERT INTO {table} (speaker_id, {column}{extra}, count) "
                f"SELECT ?, {column}{extra}, count FROM {table} WHERE speaker_id = ? "
                f"ON CONFLICT (speaker_id, {column}) DO UPDATE SET count = count + "
                "excluded.count", (target, source))
            conn.execute(f"DELETE FROM {table} WHERE speaker_id = ?", (source,))
        for column in ("gender", "named_gender"):
            conn.execute(f"UPDATE speakers SET {column} = (SELECT {column} FROM speakers "
                         f"WHERE id = ?) WHERE id = ? AND {column} IS NULL", (source, target))
        conn.execute("DELETE FROM speakers WHERE id = ?", (source,))
        self._rename(target)

    # --- quotes ----------------------------------------------------------------------------

    def _quote(self, q: Quote, speaker_id: int | None, article: Article,
               article_id: int) -> tuple[int, int]:
        """The id of the stored quote this part is an occurrence of, and 1 if it is new."""
        norm = normalise(q.text) or " ".join(q.text.lower().split())
        found = self._find_quote(q.text, norm, speaker_id)
        date = iso_date(article.date)
        if found is None:
            cur = self.conn.execute(
                "INSERT INTO quotes (text, normalised, speaker_id, type, first_seen_date, "
                "first_seen_outlet, first_seen_article_id, occurrence_count) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
                (q.text, norm, speaker_id, q.type, date, article.outlet, article_id),
            )
            quote_id = int(cur.lastrowid or 0)
            self._add_bands(quote_id, q.text, norm)
            return quote_id, 1
        self._update_quote(found, q, norm, speaker_id, date, article.outlet, article_id)
        return found, 0

    def _find_quote(self, text: str, norm: str, speaker_id: int | None) -> int | None:
        conn = self.conn
        if len(norm.split()) < MIN_WORDS:
            row = conn.execute(
                "SELECT id FROM quotes WHERE normalised = ? AND speaker_id IS ? ORDER BY id "
                "LIMIT 1", (norm, speaker_id)).fetchone()
            return int(row[0]) if row else None
        row = conn.execute("SELECT id FROM quotes WHERE normalised = ? ORDER BY id LIMIT 1",
                           (norm,)).fetchone()
        if row:
            return int(row[0])
        keys = sorted(set(band_hashes(text)))
        if not keys:
            return None
        marks = ", ".join("?" * len(keys))  # placeholders only; the keys are parameters
        rows = conn.execute(
            f"SELECT q.id, q.text FROM quotes q JOIN (SELECT quote_id, count(*) AS shared "
            f"FROM quote_bands WHERE band_key IN ({marks}) GROUP BY quote_id "
            f"ORDER BY shared DESC, quote_id LIMIT ?) c ON c.quote_id = q.id",
            (*keys, MAX_QUOTE_CANDIDATES),
        ).fetchall()
        best: tuple[float, int] | None = None
        for cand_id, cand_text in rows:
            if is_same_quote(text, cand_text):
                score = similarity(text, cand_text)
                if best is None or score > best[0]:
                    best = (score, int(cand_id))
        return best[1] if best else None

    def _add_bands(self, quote_id: int, text: str, norm: str) -> None:
        del norm
        self.conn.executemany(
            "INSERT OR IGNORE INTO quote_bands (band_key, quote_id) VALUES (?, ?)",
            [(key, quote_id) for key in set(band_hashes(text))],
        )

    def _update_quote(self, quote_id: int, q: Quote, norm: str, speaker_id: int | None,
                      date: str | None, outlet: str | None, article_id: int) -> None:
        conn = self.conn
        row = conn.execute("SELECT text, speaker_id, first_seen_date FROM quotes WHERE id = ?",
                           (quote_id,)).fetchone()
        conn.execute("UPDATE quotes SET occurrence_count = occurrence_count + 1 WHERE id = ?",
                     (quote_id,))
        if len(norm.split()) > len(normalise(row["text"]).split()):  # the fullest wording wins
            conn.execute("UPDATE quotes SET text = ?, normalised = ? WHERE id = ?",
                         (q.text, norm, quote_id))
            self._add_bands(quote_id, q.text, norm)
        if row["speaker_id"] is None and speaker_id is not None:
            conn.execute("UPDATE quotes SET speaker_id = ? WHERE id = ?", (speaker_id, quote_id))
        if _earlier(date, row["first_seen_date"]):
            conn.execute("UPDATE quotes SET first_seen_date = ?, first_seen_outlet = ?, "
                         "first_seen_article_id = ? WHERE id = ?",
                         (date, outlet, article_id, quote_id))

    def _occurrence(self, q: Quote, quote_id: int, article_id: int,
                    speaker_id: int | None) -> None:
        sp = q.speaker
        self.conn.execute(
            "INSERT INTO occurrences (quote_id, article_id, speaker_id, start, end, text, type, "
            "group_no, cue, cue_start, cue_end, mention, mention_start, mention_end, "
            "speaker_name, speaker_kind, speaker_role, confidence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (quote_id, article_id, speaker_id, q.start, q.end, q.text, q.type, q.group,
             q.cue.text if q.cue else None, q.cue.start if q.cue else None,
             q.cue.end if q.cue else None,
             q.mention.text if q.mention else None, q.mention.start if q.mention else None,
             q.mention.end if q.mention else None,
             sp.name if sp else None, sp.kind if sp else None, sp.role if sp else None,
             float(q.confidence)),
        )


def _earlier(date: str | None, than: str | None) -> bool:
    """True when ``date`` is an ISO date before ``than`` (or ``than`` is unknown)."""
    if not date or not _ISO_DATE.match(date):
        return False
    if not than or not _ISO_DATE.match(than):
        return True
    return date < than


def _certain(gender: str | None) -> str | None:
    """A stored gender, or None where articles disagreed ("mixed")."""
    return gender if gender in ("male", "female") else None
