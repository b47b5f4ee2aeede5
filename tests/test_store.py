"""Tests for the corpus store: schema and migrations, atomic writes, skipping stored articles,
quote deduplication and speaker merging on hand-made articles (no spaCy needed)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord.corpus.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Writer,
    connect,
    migrate,
    schema_version,
)
from onrecord.errors import NotACorpus, SchemaTooNew
from onrecord.model import Article, Quote, Span, Speaker

TABLES = {"articles", "speakers", "speaker_aliases", "speaker_roles", "speaker_outlets",
          "quotes", "occurrences", "quote_bands", "quotes_fts", "schema_version"}


def article(text: str, quotes: list[tuple[str, str | None]], *, url: str | None = None,
            date: str | None = None, outlet: str | None = None, role: str | None = None,
            kind: str = "person") -> Article:
    """An article whose quotes are (quote text, speaker name) pairs found in ``text``."""
    speakers: dict[str, Speaker] = {}
    parts = []
    for n, (quote, name) in enumerate(quotes):
        start = text.index(quote)
        speaker = None
        if name is not None:
            speaker = speakers.setdefault(name, Speaker(id=f"s{len(speakers) + 1}", name=name,
                                                        kind=kind, role=role))  # type: ignore
        mention = Span(text.index(name), text.index(name) + len(name), name) if name else None
        parts.append(Quote(start, start + len(quote), quote, "direct", n, mention=mention,
                           speaker=speaker, confidence=0.9))
    return Article(id=url or text[:10], text=text, quotes=parts,
                   speakers=list(speakers.values()), url=url, date=date, outlet=outlet)


QUOTE = "We will not sign an agreement that leaves the dam unresolved"


def test_store_new_database_has_every_table_at_the_current_version(tmp_path: Path) -> None:
    conn = connect(tmp_path / "c.db")
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert TABLES <= names
    assert schema_version(conn) == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_store_opening_an_older_database_runs_the_missing_migrations(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    connect(path).close()
    step = (SCHEMA_VERSION + 1, "a test column", "ALTER TABLE articles ADD COLUMN lang TEXT;")
    conn = connect(path)
    assert migrate(conn, [*MIGRATIONS, step]) == SCHEMA_VERSION + 1
    assert "lang" in {r[1] for r in conn.execute("PRAGMA table_info(articles)")}
    assert migrate(conn, [*MIGRATIONS, step]) == SCHEMA_VERSION + 1  # applied once only


def test_store_database_from_a_newer_onrecord_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    conn = connect(path)
    conn.execute("INSERT INTO schema_version VALUES (?, 'future', 'now')", (SCHEMA_VERSION + 5,))
    conn.close()
    with pytest.raises(SchemaTooNew, match="upgrade onrecord"):
        connect(path)


def test_store_other_sqlite_files_and_non_databases_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    plain = sqlite3.connect(other)
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    with pytest.raises(NotACorpus):
        connect(other)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(NotACorpus):
        connect(junk)


def test_store_article_is_skipped_when_url_or_text_already_stored() -> None:
    writer = Writer(connect(":memory:"))
    text = f'"{QUOTE}," Anna Berg said.'
    assert writer.write(article(text, [(QUOTE, "Anna Berg")], url="https://a.example/1"))
    assert writer.write(article(text + " More.", [(QUOTE, "Anna Berg")],
                                url="https://a.example/1")) is None
    assert writer.write(article(text, [(QUOTE, "Anna Berg")], url="https://b.example/2")) is None
    assert writer.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_store_failure_while_writing_leaves_no_part_of_the_article(
        monkeypatch: pytest.MonkeyPatch) -> None:
    writer = Writer(connect(":memory:"))
    text = f'"{QUOTE}," Anna Berg said. "Second quote here for the test," Anna Berg added.'
    a = article(text, [(QUOTE, "Anna Berg"), ("Second quote here for the test,", "Anna Berg")])
    calls = []

    def fail_second(*args: object) -> None:
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")

    monkeypatch.setattr(writer, "_occurrence", fail_second)
    with pytest.raises(RuntimeError):
        writer.write(a)
    for table in ("articles", "quotes", "occurrences", "speakers", "quote_bands"):
        assert writer.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    monkeypatch.undo()
    assert writer.write(a) is not None


def test_store_variants_of_one_quote_are_one_quote_with_the_earliest_first_seen() -> None:
    writer = Writer(connect(":memory:"))
    variants = [
        (QUOTE, "2024-03-05", "Wire"),
        ("we will NOT sign an agreement that leaves the dam unresolved", "2024-03-02", "Post"),
        ("We will not sign an agreement that leaves the dam\u2026", "2024-03-09", "Ledger"),
    ]
    for n, (quote, date, outlet) in enumerate(variants):
        text = f"Story {n}. \u201c{quote}\u201d Anna Berg said."
        writer.write(article(text, [(quote, "Anna Berg")], date=date, outlet=outlet))
    rows = writer.conn.execute("SELECT * FROM quotes").fetchall()
    assert len(rows) == 1
    assert rows[0]["occurrence_count"] == 3
    assert (rows[0]["first_seen_date"], rows[0]["first_seen_outlet"]) == ("2024-03-02", "Post")
    assert rows[0]["text"] == QUOTE


def test_store_short_quotes_by_different_speakers_stay_apart() -> None:
    writer = Writer(connect(":memory:"))
    writer.write(article('"No comment," Anna Berg said.', [("No comment,", "Anna Berg")]))
    writer.write(article('"No comment," Tom Hale said.', [("No comment,", "Tom Hale")]))
    writer.write(article('"No comment," Anna Berg said again.', [("No comment,", "Anna Berg")]))
    assert writer.conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == 2


def test_store_speaker_named_in_full_in_two_articles_is_one_speaker() -> None:
    writer = Writer(connect(":memory:"))
    writer.write(article(f'"{QUOTE}," Anna Berg said.', [(QUOTE, "Anna Berg")], outlet="A"))
    writer.write(article('"Another thing entirely said here," Anna Berg said.',
                         [("Another thing entirely said here,", "Anna Berg")], outlet="B"))
    rows = writer.conn.execute("SELECT id FROM speakers").fetchall()
    assert len(rows) == 1
    outlets = {r[0] for r in writer.conn.execute("SELECT outlet FROM speaker_outlets")}
    assert outlets == {"A", "B"}


def test_store_two_people_with_one_name_and_different_jobs_stay_apart() -> None:
    writer = Writer(connect(":memory:"))
    writer.write(article(f'"{QUOTE}," John Smith said.', [(QUOTE, "John Smith")],
                         role="senator"))
    writer.write(article('"We played well in the second half," John Smith said.',
                         [("We played well in the second half,", "John Smith")],
                         role="footballer"))
    assert writer.conn.execute("SELECT count(*) FROM speakers").fetchone()[0] == 2


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=300).filter(lambda t: t.strip()))
def test_store_any_text_round_trips(text: str) -> None:
    conn = connect(":memory:")
    Writer(conn).write(Article(id="x", text=text))
    assert conn.execute("SELECT text FROM articles").fetchone()[0] == text


def test_store_readers_query_while_a_write_is_in_progress(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    writer = connect(path)
    Writer(writer).write(article('"The bridge opens in May," Lena Okafor said.',
                                 [("The bridge opens in May", "Lena Okafor")]))
    writer.execute("BEGIN IMMEDIATE")  # an ingest holding the write lock mid-article
    writer.execute("UPDATE articles SET title = 'changing' WHERE id = 1")
    reader = sqlite3.connect(path, timeout=0.1)
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert reader.execute("SELECT title FROM articles").fetchone()[0] != "changing"
    writer.execute("ROLLBACK")


# --- the speaker directory: candidates in, one decision out, the surname rule at the end -----


def _directory(conn: sqlite3.Connection) -> dict[str, int]:
    """Directory name -> number of occurrences."""
    return {r[0]: r[1] for r in conn.execute(
        "SELECT s.name, count(o.id) FROM speakers s JOIN occurrences o ON o.speaker_id = s.id "
        "GROUP BY s.id")}


OBAMA_ARTICLES = [
    ('"We will get this done," Obama said.', "We will get this done,", "Obama"),
    ('"The economy is stronger," Illinois Sen. Barack Obama said.',
     "The economy is stronger,", "Illinois Sen. Barack Obama"),
    ('"Nobody is above the law," Sen. Obama said.', "Nobody is above the law,", "Sen. Obama"),
    ('"Health care is a right," Barack Obama said.', "Health care is a right,", "Barack Obama"),
]


@pytest.mark.parametrize("order", [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1]])
def test_store_surname_only_speaker_joins_its_full_name_whatever_the_order(
        order: list[int]) -> None:
    writer = Writer(connect(":memory:"))
    for n in order:
        text, quote, name = OBAMA_ARTICLES[n]
        writer.write(article(text, [(quote, name)], url=f"https://a.example/{n}"))
    writer.settle()
    assert _directory(writer.conn) == {"Barack Obama": 4}


def test_store_surname_only_speaker_with_two_plausible_people_stays_apart() -> None:
    writer = Writer(connect(":memory:"))
    writer.write(article('"Rates will stay high," Priya Castellano said.',
                         [("Rates will stay high,", "Priya Castellano")]))
    writer.write(article('"We open at noon," Leon Castellano said.',
                         [("We open at noon,", "Leon Castellano")]))
    writer.write(article('"The zoning plan is wrong," Castellano said.',
                         [("The zoning plan is wrong,", "Castellano")]))
    writer.settle()
    assert set(_directory(writer.conn)) == {"Priya Castellano", "Leon Castellano", "Castellano"}
    reason, kept = writer.conn.execute(
        "SELECT reason, kept_apart FROM merge_log WHERE name = 'Castellano' "
        "AND article_id IS NULL").fetchone()
    assert "2 persons" in reason and len(json.loads(kept)) == 2


def test_store_names_are_cleaned_and_descriptions_left_out_of_the_directory() -> None:
    writer = Writer(connect(":memory:"))
    text = ('"We will win," "Pence said. "It is over," Donald J. Trump said. '
            '"Read it," the report said. "Vote," Republican Donald Trump said.')
    writer.write(article(text, [("We will win,", '"Pence'), ("It is over,", "Donald J. Trump"),
                                ("Read it,", "the report"), ("Vote,", "Republican Donald Trump")]))
    writer.settle()
    assert _directory(writer.conn) == {"Pence": 1, "Donald J. Trump": 2}
    stored = writer.conn.execute("SELECT speaker_name FROM occurrences WHERE text = 'Read it,'")
    assert stored.fetchone()[0] == "the report"  # the article's words are kept
