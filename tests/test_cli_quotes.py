"""Tests for ``onrecord quotes``: one speaker's quotes as a timeline."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from corpus_data import build_db
from spacy.language import Language

from onrecord.cli import cli


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> str:
    return str(build_db(tmp_path_factory.mktemp("quotes"), nlp))


def test_cli_quotes_timeline_of_one_speaker(db: str) -> None:
    result = CliRunner().invoke(cli, ["quotes", "--speaker", "Kellerman", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(hits) > 10
    assert {h["speaker"] for h in hits} == {"Dariusz Kellerman"}
    dated = [h["occurrences"][0]["date"] for h in hits if h["occurrences"][0]["date"]]
    assert dated == sorted(dated)


def test_cli_quotes_unknown_speaker_finds_nothing(db: str) -> None:
    result = CliRunner().invoke(cli, ["quotes", "--speaker", "Nobody Atall", "--db", db])
    assert result.exit_code == 0
    assert "no quotes found" in result.stderr
