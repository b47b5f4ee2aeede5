"""Tests for ``onrecord speakers``: most quoted first, with aliases, roles and outlets."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from corpus_data import REPOSTS, build_db
from spacy.language import Language

from onrecord.cli import cli


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> str:
    return str(build_db(tmp_path_factory.mktemp("speakers"), nlp))


def test_cli_speakers_most_quoted_first(db: str) -> None:
    result = CliRunner().invoke(cli, ["speakers", "--db", db, "--top", "3"])
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[0]
    assert first.startswith("Dariusz Kellerman (person)")
    assert "outlets: " in result.stdout and REPOSTS[0]["outlet"] in result.stdout


def test_cli_speakers_json(db: str) -> None:
    result = CliRunner().invoke(cli, ["speakers", "--db", db, "--top", "5", "--json"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 5
    assert [r["occurrences"] for r in rows] == sorted((r["occurrences"] for r in rows),
                                                      reverse=True)
    assert {"name", "kind", "aliases", "roles", "outlets", "quotes"} <= set(rows[0])


def test_cli_speakers_explain_says_which_names_joined_and_why(db: str) -> None:
    result = CliRunner().invoke(cli, ["speakers", "--db", db, "--explain", "Kellerman"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Dariusz Kellerman (person, entry ")
    assert any("same-name" in line or "surname" in line for line in lines)
    assert any(line.strip().startswith("'Dariusz Kellerman'") and ": new:" in line
               for line in lines)


def test_cli_speakers_explain_json(db: str) -> None:
    result = CliRunner().invoke(cli, ["speakers", "--db", db, "--explain", "Dariusz Kellerman",
                                      "--json"])
    assert result.exit_code == 0, result.output
    first = json.loads(result.stdout.splitlines()[0])
    assert first["speaker"]["name"] == "Dariusz Kellerman"
    assert {"name", "rule", "reason", "article_ids", "kept_apart"} <= set(first["steps"][0])


def test_cli_speakers_explain_unknown_name_is_a_one_line_error(db: str) -> None:
    result = CliRunner().invoke(cli, ["speakers", "--db", db, "--explain", "Nobody Atall"])
    assert result.exit_code != 0
    assert "no speaker named 'Nobody Atall'" in result.output
