"""The learnt attribution model: which reports it finds where no reporting verb frames them, what
each quotation says found it, and that scripts/train_attribution.py fits the same model twice."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.language import Language

import onrecord
from onrecord.extraction.learnt import MODEL_FILE, frame_model
from onrecord.lexicon import using_language

ROOT = Path(__file__).resolve().parents[1]


def quotes(text: str, nlp: Language) -> list[tuple[str, str, str | None, str]]:
    article = onrecord.extract(text, nlp)
    return [(q.text, q.source, q.speaker_name, q.cue.text if q.cue else "") for q in article.quotes]


def test_english_ships_a_model_and_french_keeps_its_counted_frames() -> None:
    model = frame_model()
    assert model is not None
    assert 0.0 < model.threshold < 1.0
    assert len(model.weights) > 1000
    assert all(math.isfinite(w) for w in model.weights.values())
    with using_language("fr"):
        assert frame_model() is None


def test_a_want_or_a_plan_is_reported_content_found_by_the_model(nlp: Language) -> None:
    found = quotes("Harlan Obuya plans to close two of the company's plants next year. "
                   "The governor wants the legislature to expand broadband to every county.", nlp)
    assert ("to close two of the company's plants next year", "model", "Harlan Obuya",
            "plans") in found
    assert any(text.startswith("the legislature to expand broadband") and source == "model"
               for text, source, _, _ in found)


def test_a_deed_is_no_report(nlp: Language) -> None:
    assert quotes("Marta Olsen scored two goals in the second half. The company built a new "
                  "warehouse near the port. Ruiz drove the children to school on Monday.",
                  nlp) == []


def test_each_quotation_says_what_found_it(nlp: Language) -> None:
    found = quotes('"We will not sign this," Ana Ruiz said on Tuesday. '
                   "Ruiz said that the city would appeal the ruling.", nlp)
    assert [source for _, source, _, _ in found] == ["marks", "frame"]
    data = onrecord.extract("Ruiz said that the city would appeal the ruling.", nlp).to_dict()
    assert data["quotes"][0]["source"] == "frame"


def test_an_object_reports_only_in_a_counted_frame(nlp: Language) -> None:
    """PolNeAR annotates "signed a bill" and "answered questions" as reports; in other house
    styles they are deeds, so objects are not the model's to decide."""
    assert quotes("Okafor signed a one-year contract extension with the club in May. "
                  "Governor Andrea Haldane answered questions from the panel.", nlp) == []


@pytest.mark.slow
def test_training_is_deterministic_and_learns_the_cues_it_is_shown(tmp_path: Path) -> None:
    """Our own invented articles: people who 'favour' something report it (the gold says so),
    people who 'paint' something do not; the trained model must tell them apart, and two runs
    must write the same file."""
    people = ["Ana Ruiz", "Marc Dubuis", "Lena Kowal", "Tom Baird", "Ines Faro", "Olu Bakare"]
    things = ["a new bridge over the river", "longer opening hours for the library",
              "a tax on empty flats", "free buses for pupils", "a ban on night flights"]
    articles = []
    for n in range(8):
        text, gold = "", []
        for k, who in enumerate(people):
            what = things[(n + k) % len(things)]
            sentence = f"{who} favours {what}. "
            start = len(text) + len(f"{who} favours ")
            gold.append({"start": start, "end": start + len(what), "cue": "favours"})
            text += sentence + f"{who.split()[0]} painted {things[(n + k + 1) % len(things)]}.\n"
        articles.append({"id": f"a{n}", "text": text, "quotes": gold})
    train = tmp_path / "train.jsonl"
    train.write_text("".join(json.dumps(a) + "\n" for a in articles), "utf-8")
    outs = [tmp_path / "one.json", tmp_path / "two.json"]
    for out in outs:
        subprocess.run([sys.executable, str(ROOT / "scripts" / "train_attribution.py"),
                        str(train), "--out", str(out)], check=True, capture_output=True)
    assert outs[0].read_bytes() == outs[1].read_bytes()
    weights = json.loads(outs[0].read_text("utf-8"))["weights"]
    assert weights["lemma=favour"] > 0 > weights["lemma=paint"]


def test_the_shipped_model_is_small() -> None:
    path = ROOT / "src" / "onrecord" / "data" / "en" / MODEL_FILE
    assert path.stat().st_size < 25 * 1024 * 1024
