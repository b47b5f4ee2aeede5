"""Tests for ``onrecord export``: JSONL, CSV and parquet, with the search filters."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from corpus_data import REPOSTS, build_db
from spacy.language import Language

from onrecord.cli import cli
from onrecord.corpus.corpus import EXPORT_COLUMNS


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> str:
    return str(build_db(tmp_path_factory.mktemp("export"), nlp))


def test_cli_export_jsonl_to_stdout_with_filters(db: str) -> None:
    result = CliRunner().invoke(cli, ["export", "--db", db, "--speaker", "Kellerman",
                                      "--since", "2024-03-01"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) >= len(REPOSTS)
    assert {r["outlet"] for r in rows} == {r["outlet"] for r in REPOSTS}
    assert set(rows[0]) == set(EXPORT_COLUMNS)
    assert f"exported {len(rows)} row(s)" in result.stderr


def test_cli_export_csv_file(db: str, tmp_path: Path) -> None:
    out = tmp_path / "q.csv"
    result = CliRunner().invoke(cli, ["export", "--db", db, "-f", "csv", "-o", str(out),
                                      "--text", "hydrology"])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1 and "hydrology" in rows[0]["quote"]


def test_cli_export_parquet(db: str, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "q.parquet"
    result = CliRunner().invoke(cli, ["export", "--db", db, "-f", "parquet", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert pq.read_table(out).column_names == EXPORT_COLUMNS


def test_cli_export_parquet_needs_a_file(db: str) -> None:
    result = CliRunner().invoke(cli, ["export", "--db", db, "-f", "parquet"])
    assert result.exit_code == 2 and "-o FILE" in result.output
