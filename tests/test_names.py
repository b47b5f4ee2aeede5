"""Tests for onrecord.names: the string-level keys that decide whether two names are one
person's, which words are titles, and when two roles cannot be one person's."""

from __future__ import annotations

import pytest

from onrecord.names import (
    is_title_word,
    name_key,
    occupation_differs,
    roles_conflict,
    surname_key,
    title_gender,
)

# --- name keys -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Sen. José Núñez's", "jose nunez"),
        ("Mr. John Smith", "john smith"),
        ("Dr Amara Obi", "amara obi"),
        ("Former Gov. Tess Harlan", "tess harlan"),
        ("Ana Ruiz’s", "ana ruiz"),
        ("ANA RUIZ", "ana ruiz"),
        ("Alexei Borodavkin", "alexei borodavkin"),
        ("Mr. Borodavkin", "borodavkin"),
        ("President Joe Biden", "joe biden"),
        ("Jones'", "jones"),
        ("Siobhán O’Brien", "siobhan obrien"),
        ("", ""),
    ],
)
def test_names_name_key_drops_titles_accents_case_and_possessives(name: str, key: str) -> None:
    assert name_key(name) == key


def test_names_same_person_written_differently_has_one_key() -> None:
    assert name_key("Sen. José Núñez") == name_key("Jose Nunez's") == name_key("JOSÉ NÚÑEZ")


def test_names_name_of_title_words_only_keeps_them() -> None:
    assert name_key("the President") == "president"
    assert name_key("Sen. Obama") == "obama"


def test_names_organisation_key_drops_only_the_leading_article() -> None:
    assert name_key("The Kremlin", "organisation") == "kremlin"
    assert name_key("Mr Kipling Bakeries", "organisation") == "mr kipling bakeries"


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Martin Luther King Jr.", "king"),
        ("Martin Luther King Jr", "king"),
        ("Chidi Okonkwo Sr.", "okonkwo"),
        ("Hugo Brandt III", "brandt"),
        ("Sen. José Núñez's", "nunez"),
        ("Mrs Ruiz", "ruiz"),
        ("Alexei Borodavkin", "borodavkin"),
        ("Mr Borodavkin", "borodavkin"),
    ],
)
def test_names_surname_key_is_the_last_name_without_suffix_or_title(
    name: str, surname: str
) -> None:
    assert surname_key(name) == surname


def test_names_surname_key_of_an_organisation_is_its_whole_key() -> None:
    assert surname_key("Harlow Town FC", "organisation") == "harlow town fc"
    assert surname_key("United Nations", "organisation") == "united nations"


# --- titles ----------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["Sen.", "Sen", "sen.", "Mr", "MR.", "Detective", "former",
                                  "Deputy", "Gov."])
def test_names_titles_honorifics_and_modifiers_are_title_words(word: str) -> None:
    assert is_title_word(word)


@pytest.mark.parametrize("word", ["Malik", "Osei", "said", "Harbour"])
def test_names_names_and_other_words_are_not_title_words(word: str) -> None:
    assert not is_title_word(word)


@pytest.mark.parametrize(
    ("words", "gender"),
    [
        (["Mrs", "Ruiz"], "female"),
        (["Ms."], "female"),
        (["MS"], "female"),
        (["Mr."], "male"),
        (["Sen.", "Ms"], "female"),
        (["Mx."], None),
        (["Dr", "Amara", "Obi"], None),
        ([], None),
    ],
)
def test_names_title_gender_is_what_the_honorific_tells(
    words: list[str], gender: str | None
) -> None:
    assert title_gender(words) == gender


# --- roles across articles -------------------------------------------------------------------


def test_names_footballer_and_senator_are_two_people_across_articles() -> None:
    assert roles_conflict(["footballer"], ["senator"])
    assert roles_conflict(["striker"], ["Vermont Sen."])


def test_names_senator_and_governor_may_be_one_person_across_articles() -> None:
    assert not roles_conflict(["senator"], ["governor"])
    assert not roles_conflict(["Sen."], ["Gov."])


def test_names_diplomatic_roles_do_not_conflict() -> None:
    assert not roles_conflict(["Russia's envoy in Geneva"], ["ambassador"])


def test_names_roles_naming_no_occupation_never_conflict() -> None:
    assert not roles_conflict([], ["senator"])
    assert not roles_conflict(["spokesman"], ["senator"])
    assert not roles_conflict(["Permanent Representative"], ["footballer"])


# --- occupations within an article -----------------------------------------------------------


def test_names_the_judge_is_not_the_person_introduced_as_a_lawyer() -> None:
    assert occupation_differs(["lawyer"], "judge")
    assert occupation_differs(["defence lawyer"], "judge")


def test_names_the_judge_is_the_person_introduced_as_a_judge() -> None:
    assert not occupation_differs(["Judge"], "judge")


def test_names_the_diplomat_may_be_the_permanent_representative() -> None:
    assert not occupation_differs(["Permanent Representative"], "diplomat")
    assert not occupation_differs(["Russian diplomat"], "representative")


def test_names_abbreviated_titles_count_as_their_occupation() -> None:
    assert occupation_differs(["Sen."], "governor")
    assert not occupation_differs(["Sen."], "senator")


def test_names_name_key_of_organisation_keeps_title_words_and_drops_article() -> None:
    assert name_key("General Motors", "organisation") == "general motors"
    assert name_key("The Kremlin's", "organisation") == "kremlin"
