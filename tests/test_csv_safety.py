"""CSV is opened in spreadsheets: a quote from a hostile page that starts like a formula must
arrive as text, from ``extract --format csv``, ``export --format csv`` and the web download."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from click.testing import CliRunner
from spacy.language import Language
from starlette.testclient import TestClient

from onrecord import Corpus, Document
from onrecord.cli import cli
from onrecord.output import spreadsheet_safe
from onrecord.web import create_app

FORMULA = "=1+2 was the formula in the leaked sheet, and nobody checked it"
TEXT = ("Council member Rosa Lind spoke at the budget meeting on Monday.\n"
        f'"{FORMULA}," Lind said.\n'
        '"-2 per cent is what the city can afford," she added.\n')


def test_spreadsheet_safe_cells() -> None:
    assert spreadsheet_safe("=SUM(A1:A9)") == "'=SUM(A1:A9)"
    assert spreadsheet_safe("@cmd") == "'@cmd"
    assert spreadsheet_safe("+1") == "'+1"
    assert spreadsheet_safe("-2 per cent") == "'-2 per cent"
    assert spreadsheet_safe("We came to Geneva") == "We came to Geneva"
    assert spreadsheet_safe(-3) == -3  # numbers are numbers


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def test_extract_csv_neutralises_formulas(tmp_path: Path) -> None:
    article = tmp_path / "budget.txt"
    article.write_text(TEXT, "utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article), "-f", "csv"])
    assert result.exit_code == 0, result.output
    cells = _cells(result.stdout)
    assert "'" + FORMULA in cells and FORMULA not in cells
    assert "'-2 per cent is what the city can afford" in cells


def test_export_and_web_download_neutralise_formulas(tmp_path: Path, nlp: Language) -> None:
    db = tmp_path / "news.db"
    with Corpus(db) as corpus:
        corpus.ingest([Document(id="budget.txt", text=TEXT, outlet="Ledger")], nlp=nlp)
    out = tmp_path / "quotes.csv"
    assert CliRunner().invoke(cli, ["export", "--db", str(db), "-f", "csv", "-o", str(out)]
                              ).exit_code == 0
    exported = _cells(out.read_text("utf-8"))
    assert "'" + FORMULA in exported and FORMULA not in exported
    with TestClient(create_app(str(db)), base_url="http://127.0.0.1:8000") as client:
        downloaded = _cells(client.get("/search/download?format=csv").text)
    assert "'" + FORMULA in downloaded and FORMULA not in downloaded
    # JSONL keeps the words exactly as printed
    jsonl = CliRunner().invoke(cli, ["export", "--db", str(db)]).stdout
    assert f'"{FORMULA}"' in jsonl
