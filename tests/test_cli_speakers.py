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
