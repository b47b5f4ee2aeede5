"""Calibrated confidence: what a quote's and a speaker's confidence mean, the reliability table
that checks them, and --min-confidence on extract, ingest and export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import GOLD
from spacy.language import Language

import onrecord
from onrecord.cli import cli
from onrecord.evaluation import (
    Judgement,
    calibration_error,
    confidence_curve,
    judgements,
    reliability,
)
from onrecord.extraction.calibration import calibration
from onrecord.lexicon import using_language

TEXT = ('"We will not sign this agreement before the survey of the river is done," Ana Ruiz, '
        "the mayor of Harlow, said on Tuesday. "
        "Ruiz said that the city would appeal the ruling. "
        "Officials there reportedly hoped for a quick settlement.")


def test_english_quote_confidence_is_calibrated_french_keeps_evidence_scores() -> None:
    assert calibration() is not None
    with using_language("fr"):
        assert calibration() is None


def test_a_named_direct_quote_is_likely_right(nlp: Language) -> None:
    article = onrecord.extract(TEXT, nlp)
    by_text = {q.text[:10]: q for q in article.quotes}
    direct = by_text["We will no"]
    assert direct.source == "marks"
    assert 0.8 < direct.confidence <= 1.0
    assert direct.evidence == 0.95  # the resolver's score: a name at the cue
    assert direct.speaker_confidence is not None and 0.8 < direct.speaker_confidence < 1.0
    assert all(0.0 <= q.confidence <= 1.0 for q in article.quotes)
    line = article.to_dict()["quotes"][0]
    assert line["speaker"]["confidence"] == round(direct.speaker_confidence, 3)


def test_reliability_bins_and_error() -> None:
    table = reliability([(0.95, True), (0.92, True), (0.91, False), (0.15, False)])
    assert [(b.low, b.count) for b in table] == [(0.1, 1), (0.9, 3)]
    assert table[1].observed == pytest.approx(2 / 3)
    # stated 0.927 where 0.667 were right (3 quotes), 0.15 where none were (1 quote)
    assert calibration_error(table) == pytest.approx((3 * (0.9267 - 2 / 3) + 0.15) / 4, abs=1e-3)


def test_confidence_curve_keeps_what_min_confidence_keeps() -> None:
    judged = [Judgement(0.95, True), Judgement(0.7, True), Judgement(0.6, False)]
    curve = {cut: (kept, p, r) for cut, kept, p, r in confidence_curve(judged, gold=4)}
    assert curve[0.0] == (3, pytest.approx(2 / 3), 0.5)
    assert curve[0.9] == (1, 1.0, 0.25)


@pytest.fixture(scope="module")
def fixture_judgements(nlp: Language) -> list[Judgement]:
    """Every quote extracted from our fixtures (tests/fixtures/gold.jsonl), judged."""
    golds = {}
    for line in GOLD.read_text("utf-8").splitlines():
        doc = json.loads(line)
        golds[doc["id"]] = doc
    preds = {doc_id: onrecord.extract(doc["text"], nlp, id=doc_id).to_dict()
             for doc_id, doc in golds.items()}
    return judgements(golds, preds)


def test_fixture_quotes_are_at_least_as_right_as_they_say(
    fixture_judgements: list[Judgement],
) -> None:
    """On our own articles (not used to calibrate), quotes kept at --min-confidence 0.8 are
    right at least 80% of the time."""
    kept = [j for j in fixture_judgements if j.confidence >= 0.8]
    assert len(kept) > 0.5 * len(fixture_judgements)
    assert sum(j.right for j in kept) / len(kept) >= 0.8


def test_fixture_speakers_are_at_least_as_right_as_they_say(
    fixture_judgements: list[Judgement],
) -> None:
    """Calibrated on other articles (held-out PolNeAR, the blind sets en_blind5/6), a speaker
    stated at 0.8 or more on our fixtures is right at least 80% of the time."""
    judged = [j for j in fixture_judgements if j.speaker_right is not None]
    sure = [j for j in judged if (j.speaker_confidence or 0) >= 0.8]
    assert len(sure) > 0.5 * len(judged)
    assert sum(bool(j.speaker_right) for j in sure) / len(sure) >= 0.8
    assert all(0.0 <= (j.speaker_confidence or 0) <= 1.0 for j in judged)


def test_no_speaker_is_never_stated_likely(nlp: Language) -> None:
    article = onrecord.extract('"The water is safe to drink," he said.', nlp)
    assert article.quotes[0].speaker is None
    assert article.quotes[0].speaker_confidence is not None
    assert article.quotes[0].speaker_confidence <= 0.3


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_cli_min_confidence_on_extract_ingest_and_export(tmp_path: Path) -> None:
    article = tmp_path / "harlow.txt"
    article.write_text(TEXT, "utf-8")
    everything = run("extract", str(article), "--format", "jsonl")
    sure = run("extract", str(article), "--format", "jsonl", "--min-confidence", "0.99")
    all_quotes = json.loads(everything.stdout)["quotes"]  # type: ignore[attr-defined]
    kept = json.loads(sure.stdout)["quotes"]  # type: ignore[attr-defined]
    assert len(kept) < len(all_quotes)
    assert all(q["confidence"] >= 0.99 for q in kept)

    db = str(tmp_path / "news.db")
    assert run("ingest", str(article), "--db", db, "--min-confidence", "0.99",
               "--no-progress").exit_code == 0  # type: ignore[attr-defined]
    stored = run("export", "--db", db).stdout.splitlines()  # type: ignore[attr-defined]
    assert len(stored) == len(kept)

    db_all = str(tmp_path / "all.db")
    run("ingest", str(article), "--db", db_all, "--no-progress")
    exported = run("export", "--db", db_all, "--min-confidence", "0.99").stdout  # type: ignore
    assert len(exported.splitlines()) == len(kept)
    bad = CliRunner().invoke(cli, ["extract", str(article), "--min-confidence", "2"])
    assert bad.exit_code == 2 and "--min-confidence" in bad.output


def test_cli_evaluate_reliability_prints_tables(tmp_path: Path) -> None:
    result = run("evaluate", str(GOLD), "--reliability")
    out = result.stdout  # type: ignore[attr-defined]
    assert "quote confidence  count  stated  observed" in out
    assert "speaker confidence" in out
    assert out.count("expected calibration error") == 2
    assert "min confidence  quotes  precision  recall" in out
