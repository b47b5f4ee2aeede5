"""Cues: which words are reporting verbs, and whose words they report."""

from __future__ import annotations

from spacy.language import Language

from onrecord.cues import is_cue, subject_of


def token(nlp: Language, text: str, word: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def test_cues_reporting_verbs_are_cues_and_other_verbs_are_not(nlp: Language) -> None:
    assert is_cue(token(nlp, "The minister said the talks were over.", "said"))
    assert is_cue(token(nlp, "The diplomat went on to praise the envoy.", "went"))
    assert not is_cue(token(nlp, "The minister walked to the car.", "walked"))


def test_cues_subject_of_a_participle_is_the_main_verbs_subject(nlp: Language) -> None:
    tok = token(nlp, "The minister spoke for an hour, saying the talks were over.", "saying")
    subject = subject_of(tok)
    assert subject is not None and subject.text == "minister"


def test_cues_holder_of_a_reporting_noun_is_its_possessor_or_the_verbs_subject(
    nlp: Language,
) -> None:
    owned = subject_of(token(nlp, "Trump's criticism of the plan surprised his aides.",
                             "criticism"))
    assert owned is not None and owned.text == "Trump"
    voiced = subject_of(token(nlp, "Senator Reyes voiced strong support for the bill.",
                              "support"))
    assert voiced is not None and voiced.text == "Reyes"
