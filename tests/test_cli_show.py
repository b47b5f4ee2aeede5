"""Tests for ``onrecord show``: the article with quotes and speaker mentions highlighted, and
control characters from the article never reaching the terminal."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner
from corpus_data import REPOSTS, build_db
from spacy.language import Language

from onrecord.cli import cli


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> str:
    return str(build_db(tmp_path_factory.mktemp("show"), nlp))


def test_cli_show_by_url_highlights_quotes_and_mentions(db: str) -> None:
    result = CliRunner().invoke(cli, ["show", REPOSTS[1]["url"], "--db", db], color=True)
    assert result.exit_code == 0, result.output
    assert "\x1b[33mwe came to geneva" in result.stdout  # the quote, in yellow
    assert "\x1b[36m\x1b[1mDariusz Kellerman" in result.stdout  # the mention, bold cyan
    plain = CliRunner().invoke(cli, ["show", REPOSTS[1]["url"], "--db", db])
    assert "\x1b" not in plain.stdout
    assert "Harbour Post" in plain.stdout


def test_cli_show_by_id_and_unknown_article(db: str) -> None:
    assert CliRunner().invoke(cli, ["show", "1", "--db", db]).exit_code == 0
    missing = CliRunner().invoke(cli, ["show", "99999", "--db", db])
    assert missing.exit_code == 2 and "E034" in missing.stderr


def test_cli_show_strips_control_characters(db: str, tmp_path_factory: pytest.TempPathFactory,
                                            nlp: Language) -> None:
    folder = tmp_path_factory.mktemp("evil")
    evil = folder / "evil.db"
    conn = sqlite3.connect(db)
    conn.execute("VACUUM INTO ?", (str(evil),))
    conn.close()
    conn = sqlite3.connect(evil)
    conn.execute("UPDATE articles SET title = ? WHERE id = 1", ("Title \x1b[2J\x07 here",))
    conn.commit()
    conn.close()
    result = CliRunner().invoke(cli, ["show", "1", "--db", str(evil)])
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "Title [2J here" in result.stdout
