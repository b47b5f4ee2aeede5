"""Tests for ``onrecord evaluate``: the reference scorer's numbers exactly, extraction when no
predictions are given, and one-line errors for malformed files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from conftest import GOLD, need_shared
from spacy.language import Language

import onrecord
from onrecord.cli import cli
from onrecord.evaluation import QUOTE_TYPES


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def reference_numbers(gold: Path, predictions: Path) -> list[dict[str, Any]]:
    """What ../shared/tools/score.py prints with --json for these files."""
    score = need_shared("tools", "score.py")
    proc = subprocess.run(
        [sys.executable, str(score), str(gold), str(predictions), "--json"],
        capture_output=True, text=True, check=True, timeout=120,
    )
    result: list[dict[str, Any]] = json.loads(proc.stdout)
    return result


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


@pytest.fixture(scope="module")
def predictions(nlp: Language, gold_articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Our extraction of the fixture gold, then perturbed so that every scoring rule is used:
    shifted spans, missed quotes, speakers renamed to an alias or removed, an exact duplicate
    with another speaker (a matching tie) and an article the gold does not have."""
    docs = [onrecord.Document(id=str(g["id"]), text=g["text"]) for g in gold_articles]
    preds = [a.to_dict() for a in onrecord.extract_many(docs, nlp=nlp)]
    for n, pred in enumerate(preds):
        quotes = pred["quotes"]
        if not quotes:
            continue
        if n % 4 == 1:
            for q in quotes:
                q["start"] += 7
        if n % 4 == 2:
            quotes.pop()
        if n % 4 == 3:
            quotes[0]["speaker"] = None
        if n % 3 == 0:
            tie = dict(quotes[0], speaker={"name": "Somebody Else", "start": 0, "end": 1})
            quotes.insert(1, tie)
        if n % 5 == 0 and quotes[-1]["speaker"] is not None:
            quotes[-1]["speaker"] = dict(quotes[-1]["speaker"], name="the " + "Diplomat")
    preds.append({"id": "not-in-gold", "quotes": [{"start": 0, "end": 5, "speaker": None}]})
    return preds


def test_cli_evaluate_predictions_give_reference_scorer_numbers(
    tmp_path: Path, predictions: list[dict[str, Any]]
) -> None:
    pred_path = write_jsonl(tmp_path / "pred.jsonl", predictions)
    result = run("evaluate", str(GOLD), "--predictions", str(pred_path), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == reference_numbers(GOLD, pred_path)


def test_cli_evaluate_seed_predictions_give_reference_scorer_numbers(
    tmp_path: Path, nlp: Language
) -> None:
    seed = need_shared("seed", "gold.jsonl")
    golds = [json.loads(line) for line in seed.read_text("utf-8").splitlines() if line.strip()]
    docs = [onrecord.Document(id=str(g["id"]), text=g["text"]) for g in golds]
    preds = [a.to_dict() for a in onrecord.extract_many(docs, nlp=nlp)]
    pred_path = write_jsonl(tmp_path / "seed_pred.jsonl", preds)
    result = run("evaluate", str(seed), "-p", str(pred_path), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == reference_numbers(seed, pred_path)


def test_cli_evaluate_report_prints_key_value_lines_and_recall_by_type(
    tmp_path: Path, predictions: list[dict[str, Any]]
) -> None:
    pred_path = write_jsonl(tmp_path / "pred.jsonl", predictions)
    result = run("evaluate", str(GOLD), "--predictions", str(pred_path))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("threshold=0.300 gold=")
    assert lines[1].startswith("threshold=0.800 gold=")
    assert "recall by type" in result.stdout
    for kind in QUOTE_TYPES:
        assert any(line.strip().startswith(kind) for line in lines)


def test_cli_evaluate_without_predictions_runs_extraction(tmp_path: Path) -> None:
    saved = tmp_path / "saved.jsonl"
    result = run("evaluate", str(GOLD), "--json", "--save", str(saved))
    assert result.exit_code == 0, result.output
    numbers = json.loads(result.stdout)
    assert [r["threshold"] for r in numbers] == [0.3, 0.8]
    assert numbers[0]["pred"] > 0 and numbers[0]["quote_F1"] > 0.5
    # The saved predictions are the ones scored: scoring them again gives the same numbers.
    again = run("evaluate", str(GOLD), "--predictions", str(saved), "--json")
    assert json.loads(again.stdout) == numbers
    gold_ids = {json.loads(x)["id"] for x in GOLD.read_text("utf-8").splitlines() if x.strip()}
    assert {json.loads(x)["id"] for x in saved.read_text("utf-8").splitlines()} == gold_ids


@pytest.mark.parametrize(
    ("second_line", "what"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2, 3]", "expected a JSON object"),
        ('{"text": "no id here", "quotes": []}', 'no "id"'),
    ],
    ids=["invalid-json", "not-an-object", "no-id"],
)
def test_cli_evaluate_malformed_gold_is_one_line_error_with_file_and_line(
    tmp_path: Path, second_line: str, what: str
) -> None:
    bad = tmp_path / "bad_gold.jsonl"
    bad.write_text('{"id": "a", "text": "Hello.", "quotes": []}\n' + second_line + "\n", "utf-8")
    result = run("evaluate", str(bad), "--predictions", str(bad))
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert f"{bad}:2" in lines[0]
    assert what in lines[0]
    assert "Traceback" not in result.output


def test_cli_evaluate_malformed_predictions_name_their_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad_pred.jsonl"
    bad.write_text("\n\n{oops\n", "utf-8")
    result = run("evaluate", str(GOLD), "--predictions", str(bad))
    assert result.exit_code != 0
    assert f"{bad}:3" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_evaluate_missing_gold_file_is_a_usage_error(tmp_path: Path) -> None:
    result = run("evaluate", str(tmp_path / "absent.jsonl"))
    assert result.exit_code == 2
    assert "absent.jsonl" in result.stderr


def test_cli_evaluate_predictions_with_other_ids_are_refused(tmp_path: Path) -> None:
    preds = write_jsonl(tmp_path / "pred.jsonl", [{"id": "some/other/path.txt", "quotes": []}])
    result = run("evaluate", str(GOLD), "--predictions", str(preds))
    assert result.exit_code == 2
    assert "no article id matches" in result.output
    assert "Traceback" not in result.output


def test_cli_evaluate_reports_an_article_extraction_failed_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Evaluating gold directly: an article extraction faulted on is named in one line and
    scored as found nothing; the run finishes."""
    from onrecord.extraction import pipeline

    gold = write_jsonl(tmp_path / "gold.jsonl", [
        {"id": "a", "text": "Mayor Ada Obi said the bridge would open in May.",
         "quotes": [{"start": 21, "end": 47, "type": "indirect", "speaker": "Ada Obi"}]},
        {"id": "b", "text": "Chief Tunde Bello said the road would close in June.",
         "quotes": [{"start": 25, "end": 51, "type": "indirect", "speaker": "Tunde Bello"}]},
    ])
    fill = pipeline._fill

    def fill_or_fail(article: Any, docs: Any) -> None:
        if "Bello" in article.text:
            raise IndexError("no such token")
        fill(article, docs)

    monkeypatch.setattr(pipeline, "_fill", fill_or_fail)
    result = run("evaluate", str(gold), "--json")
    assert result.exit_code == 0, result.output
    assert [line for line in result.stderr.splitlines() if "[E036]" in line] == [
        "onrecord: [E036] b: extraction failed (IndexError: no such token); it counts as found "
        "nothing"]
    scores = json.loads(result.stdout)
    assert scores[0]["gold"] == 2 and scores[0]["quote_R"] == 0.5
