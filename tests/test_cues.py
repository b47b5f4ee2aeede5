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


def _subject(nlp: Language, text: str, word: str) -> str | None:
    found = subject_of(token(nlp, text, word))
    return found.text if found is not None else None


def test_cues_two_subjects_the_one_nearest_the_verb_speaks(nlp: Language) -> None:
    text = ("His promises to cut taxes notwithstanding, independent economists agree the plan "
            "would raise the deficit.")
    assert _subject(nlp, text, "agree") == "economists"


def test_cues_demonstrative_with_a_modifier_is_a_speaker(nlp: Language) -> None:
    assert _subject(nlp, "Those close to the mayor say that she will run again.", "say") == (
        "Those"
    )


def test_cues_relative_clause_without_that_has_the_noun_before_as_subject(
    nlp: Language,
) -> None:
    text = "That is a fraction of the $9 million analysts say it costs to build a bridge."
    assert _subject(nlp, text, "say") == "analysts"


def test_cues_passive_verb_lends_its_subject_to_a_participle_it_governs(nlp: Language) -> None:
    heard = "The neighbour can be heard shouting to the firefighters that the house was empty."
    assert _subject(nlp, heard, "shouting") == "neighbour"
    after = ("After saying the bridge was “perfectly safe,” the engineer was “quietly moved” "
             "to another project.")
    assert _subject(nlp, after, "saying") == "engineer"


def test_cues_participle_after_a_report_takes_the_reporters_subject(nlp: Language) -> None:
    text = ("Senator Reyes said she doubted those figures won the vote in 2012, arguing that it "
            "was turnout that decided the race.")
    assert _subject(nlp, text, "arguing") == "Reyes"


def test_cues_participle_never_takes_a_subject_from_the_quote_after_it(nlp: Language) -> None:
    text = ("Ms. Lang did not seem impressed with the council’s plan Monday, telling reporters, "
            "“A lot of people said the budget should be cut.”")
    assert _subject(nlp, text, "telling") == "Lang"


def test_cues_relative_that_speaks_for_whoever_released_the_document(nlp: Language) -> None:
    letter = ("The governor released a letter from her lawyer on Friday that says she did "
              "nothing wrong.")
    assert _subject(nlp, letter, "says") == "governor"
    rules = ("The mayor leaves a mixed legacy: a raft of new safety rules that promise to halve "
             "road deaths.")
    assert _subject(nlp, rules, "promise") == "rules"


def test_cues_according_to_a_misparsed_object_is_its_noun(nlp: Language) -> None:
    text = "The host repeatedly insulted the guests, according to show insiders."
    assert _subject(nlp, text, "according") == "insiders"


def test_cues_aside_from_saying_takes_the_main_subject(nlp: Language) -> None:
    text = ("The mayor refuses to discuss possible candidates, aside from saying she wants a "
            "diverse cabinet.")
    assert _subject(nlp, text, "saying") == "mayor"
