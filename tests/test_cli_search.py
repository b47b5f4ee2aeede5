"""Tests for ``onrecord search``: words and phrases, filters, JSON output, clear errors for a
bad query or a missing database, and SQL in the arguments doing nothing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from corpus_data import FIRST_SEEN, REPOSTS, build_db
from spacy.language import Language

from onrecord.cli import cli


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> str:
    return str(build_db(tmp_path_factory.mktemp("search"), nlp))


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def test_cli_search_shows_quote_speaker_first_seen_and_occurrences(db: str) -> None:
    result = run("search", '"close this file"', "--db", db)
    assert result.exit_code == 0, result.output
    assert "Dariusz Kellerman" in result.stdout
    assert f"first seen {FIRST_SEEN[0]}, {FIRST_SEEN[1]}" in result.stdout
    for repost in REPOSTS:
        assert repost["url"] in result.stdout


def test_cli_search_json_and_filters(db: str) -> None:
    result = run("search", "geneva", "--db", db, "--json", "--outlet", "Harbour Post",
                 "--speaker", "Kellerman", "--since", "2024-03", "--until", "2024-03-31")
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(hits) == 1
    assert [o["outlet"] for o in hits[0]["occurrences"]] == ["Harbour Post"]


def test_cli_search_limit(db: str) -> None:
    result = run("search", "the", "--db", db, "--json", "--limit", "2")
    assert len(result.stdout.splitlines()) == 2


def test_cli_search_syntax_error_is_one_clear_line(db: str) -> None:
    result = run("search", '"unclosed phrase', "--db", db)
    assert result.exit_code == 2
    assert "E033" in result.stderr and "double quotes" in result.stderr
    assert "Traceback" not in result.output


def test_cli_search_missing_database_says_how_to_make_one(tmp_path: Path) -> None:
    result = run("search", "dam", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 2
    assert "onrecord ingest" in result.stderr
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize("attack", ["'; DROP TABLE quotes; --", "x' OR '1'='1",
                                    "\"; DELETE FROM articles; --"])
def test_cli_search_sql_in_arguments_does_nothing(db: str, attack: str) -> None:
    before = sqlite3.connect(db).execute("SELECT count(*) FROM quotes").fetchone()[0]
    run("search", attack, "--db", db)
    result = run("search", "dam", "--speaker", attack, "--outlet", attack, "--db", db)
    assert result.exit_code == 0
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == before
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
