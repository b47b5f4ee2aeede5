"""Tests for onrecord.extraction.mentions: names, titles, appositives, organisations and
descriptions read off real parses of invented news sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from onrecord.extraction.mentions import (
    appositive_name,
    determiner,
    group_of_names,
    kind_of,
    name_of,
    org_name,
    partitive_head,
    role_around,
)

_CUE_LEMMAS = ("say", "add", "tell")


def speaker_head(nlp: Language, text: str) -> Token:
    """The head of the subject of the sentence's speech verb."""
    doc: Doc = nlp(text)
    for tok in doc:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in _CUE_LEMMAS:
            return tok
    raise AssertionError(f"no speaker subject in {text!r}")


def title_before(head: Token) -> str | None:
    """The title the resolver gives a named speaker: the words ``name_of`` trims off the name,
    else the words before the tagger's PERSON span (``role_around``)."""
    return name_of(head)[1] or role_around(head)


# --- names and titles --------------------------------------------------------------------------

NAMED = [
    ("Chief Operating Officer Malik Osei said the plant would reopen.", "Malik Osei",
     "Chief Operating Officer"),
    ("Detective Inspector Ruth Carr said the inquiry was continuing.", "Ruth Carr",
     "Detective Inspector"),
    ("Striker Tom Reyes said the team was ready.", "Tom Reyes", "Striker"),
    ("Vermont Sen. Bernie Sanders said the bill would fail.", "Bernie Sanders", "Vermont Sen."),
    ("Local MP Nkechi Brampton said the closure was a blow.", "Nkechi Brampton", "Local MP"),
    ("Mr. John Smith said he was pleased.", "John Smith", "Mr."),
    ("Harbour Master Ines Kowal said the port would reopen.", "Ines Kowal", "Harbour Master"),
    ("Fire Chief Owen Maddox said the blaze was contained.", "Owen Maddox", "Fire Chief"),
    ("Dr. Amara Obi said the vaccine was safe.", "Amara Obi", "Dr."),
    ("Defence Secretary Graham Pell said troops would stay.", "Graham Pell",
     "Defence Secretary"),
]


@pytest.mark.parametrize(("text", "name", "title"), NAMED)
def test_mentions_name_of_gives_the_name_without_its_title(
    nlp: Language, text: str, name: str, title: str
) -> None:
    assert name_of(speaker_head(nlp, text))[0] == name


@pytest.mark.parametrize(("text", "name", "title"), NAMED)
def test_mentions_words_before_the_name_are_its_title(
    nlp: Language, text: str, name: str, title: str
) -> None:
    assert title_before(speaker_head(nlp, text)) == title


def test_mentions_name_without_title_has_no_title(nlp: Language) -> None:
    head = speaker_head(nlp, "Malik Osei said the plant would reopen.")
    assert name_of(head) == ("Malik Osei", None)
    assert role_around(head) is None


def test_mentions_major_before_a_name_is_a_title(nlp: Language) -> None:
    head = speaker_head(nlp, "Major Tom Reyes said the road would close.")
    assert name_of(head)[0] == "Tom Reyes"


def test_mentions_former_stays_with_the_title_it_qualifies(nlp: Language) -> None:
    head = speaker_head(nlp, "Former Gov. Tess Harlan said the plan was reckless.")
    assert name_of(head)[0] == "Tess Harlan"
    assert title_before(head) == "Former Gov."


# --- appositives -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A spokeswoman for the mayor, Ana Ruiz, said the road would close.", "Ana Ruiz"),
        ("A spokesman for Ostmark Holdings, Tobias Renn, said the deal was off.", "Tobias Renn"),
        ("The club's captain, Ifeoma Hart, said the team was ready.", "Ifeoma Hart"),
    ],
)
def test_mentions_appositive_name_is_the_name_beside_the_description(
    nlp: Language, text: str, name: str
) -> None:
    named = appositive_name(speaker_head(nlp, text))
    assert named is not None
    assert name_of(named)[0] == name


def test_mentions_description_without_a_name_has_no_appositive(nlp: Language) -> None:
    head = speaker_head(nlp, "A spokeswoman for the mayor said the road would close.")
    assert appositive_name(head) is None


def test_mentions_a_name_is_not_its_own_appositive(nlp: Language) -> None:
    head = speaker_head(nlp, "Ana Ruiz, a spokeswoman for the mayor, said the road would close.")
    assert appositive_name(head) is None
    assert name_of(head)[0] == "Ana Ruiz"


def test_mentions_appositive_name_without_commas(nlp: Language) -> None:
    head = speaker_head(
        nlp, "Official spokeswoman for the ministry Ana Ruiz said the road would close."
    )
    named = appositive_name(head)
    assert named is not None and name_of(named)[0] == "Ana Ruiz"


# --- organisations -----------------------------------------------------------------------------


def test_mentions_org_name_is_the_whole_name_with_its_possessive(nlp: Language) -> None:
    head = speaker_head(nlp, "The Dunmore County Sheriff's Office said the road would close.")
    assert org_name(head) == "Dunmore County Sheriff's Office"
    assert kind_of(head) == "organisation"


def test_mentions_org_name_leaves_out_a_lower_case_possessor(nlp: Language) -> None:
    head = speaker_head(nlp, "The state's Department of Health Services said the water was safe.")
    assert org_name(head) == "Department of Health Services"


def test_mentions_org_name_of_a_description_is_empty(nlp: Language) -> None:
    assert org_name(speaker_head(nlp, "The ministry said the talks would resume.")) == ""


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the talks would resume.",
        "The company said profits had risen.",
        "The constabulary said the road would close.",
        "The Kremlin said the talks would resume.",
    ],
)
def test_mentions_lone_organisation_noun_is_an_organisation(nlp: Language, text: str) -> None:
    assert kind_of(speaker_head(nlp, text)) == "organisation"


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("Kim and Lee said the results were clear.", ["Kim", "Lee"]),
        ("Aisha Kim and Daniel Lee said the results were clear.", ["Aisha Kim", "Daniel Lee"]),
    ],
)
def test_mentions_names_joined_by_and_are_a_group(
    nlp: Language, text: str, members: list[str]
) -> None:
    head = speaker_head(nlp, text)
    assert [name_of(t)[0] for t in group_of_names(head)] == members


def test_mentions_x_and_y_constabulary_is_one_organisation(nlp: Language) -> None:
    head = speaker_head(nlp, "Kennet and Alder Constabulary said the road would close.")
    assert group_of_names(head) == []
    assert kind_of(head) == "organisation"
    assert org_name(head) == "Kennet and Alder Constabulary"


def test_mentions_a_single_name_is_no_group(nlp: Language) -> None:
    head = speaker_head(nlp, "Malik Osei said the plant would reopen.")
    assert group_of_names(head) == []
    assert kind_of(head) == "person"


def test_mentions_x_and_y_police_is_one_organisation(nlp: Language) -> None:
    head = speaker_head(nlp, "Devon and Cornwall Police said the road would close.")
    assert kind_of(head) == "organisation"


def test_mentions_club_name_ending_in_fc_is_an_organisation(nlp: Language) -> None:
    head = speaker_head(nlp, "Harlow Town FC said the manager had left.")
    assert kind_of(head) == "organisation"


# --- descriptions ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "det"),
    [
        ("One senior official said the talks had stalled.", "a"),
        ("Two people familiar with the matter said the talks had stalled.", "a"),
        ("A diplomat said the talks had stalled.", "a"),
        ("The official said the talks had stalled.", "the"),
        ("The ministry's spokesman said the talks had stalled.", "the"),
        ("Officials said the talks had stalled.", None),
    ],
)
def test_mentions_determiner_counts_are_indefinite_and_possessors_definite(
    nlp: Language, text: str, det: str | None
) -> None:
    assert determiner(speaker_head(nlp, text)) == det


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("One of the people said the talks had stalled.", "people"),
        ("The second of the two people said the talks had stalled.", "people"),
        ("One of the officials said the talks had stalled.", "officials"),
        ("Another of the diplomats said the talks had stalled.", "diplomats"),
    ],
)
def test_mentions_partitive_head_is_the_noun_the_part_is_taken_from(
    nlp: Language, text: str, noun: str
) -> None:
    assert partitive_head(speaker_head(nlp, text)).text == noun


def test_mentions_partitive_head_of_a_plain_noun_is_the_noun(nlp: Language) -> None:
    head = speaker_head(nlp, "A diplomat said the talks had stalled.")
    assert partitive_head(head) is head


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Former Attorney General Eric H. Holder Jr. said the ruling was "a landmark."',
         "Eric H. Holder Jr."),
        ("Sen. Dale Harkin's office said the bill was dead.", "Dale Harkin"),
    ],
)
def test_mentions_name_keeps_the_full_stop_of_an_abbreviation_only(
    nlp: Language, text: str, name: str
) -> None:
    head = speaker_head(nlp, text)
    if head.lower_ == "office":
        head = next(t for t in head.lefts if t.dep_ == "poss")
    assert name_of(head)[0] == name
