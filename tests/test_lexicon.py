"""Tests for onrecord.lexicon: the English speaker vocabulary loads, and every row of its data
files says what the engine expects (the right columns, a known class)."""

from __future__ import annotations

import pytest

from onrecord.errors import OnrecordError
from onrecord.lexicon import data_text, lexicon

# The classes each file may give a word, as lexicon.py reads them.
TITLE_CLASSES = {"honorific-male", "honorific-female", "honorific", "title", "modifier"}
NOUN_CLASSES = {"organisation", "organisation-type", "group", "anonymous", "document", "message"}
NAME_CLASSES = {"particle", "suffix", "questioner", "answerer", "caller", "regnal", "postnominal",
                "first-name-honorific"}
PRONOUN_AGREEMENTS = {"male", "female", "plural", "organisation"}


def rows(filename: str) -> list[list[str]]:
    """The rows of an English data file, comments and blank lines left out, header included."""
    return [
        line.split("\t")
        for line in data_text("en", filename).splitlines()
        if line.strip() and not line.startswith("#")
    ]


def body(filename: str) -> list[list[str]]:
    return rows(filename)[1:]


def test_lexicon_english_loads_with_every_word_list_filled() -> None:
    lex = lexicon("en")
    assert lex.language == "en"
    for words in (lex.honorifics, lex.titles, lex.title_modifiers, lex.occupations,
                  lex.organisation_nouns, lex.group_nouns, lex.anonymous_nouns, lex.pronouns,
                  lex.name_particles, lex.name_suffixes, lex.questioner_labels):
        assert words
    assert lexicon() == lex


def test_lexicon_words_are_lower_case() -> None:
    lex = lexicon()
    for words in (lex.honorifics, lex.titles, lex.occupations, lex.organisation_nouns,
                  lex.group_nouns, lex.pronouns):
        assert all(word == word.lower() for word in words)


@pytest.mark.parametrize(
    ("filename", "header"),
    [
        ("titles.tsv", ["word", "class", "full"]),
        ("nouns.tsv", ["word", "class"]),
        ("names.tsv", ["word", "class"]),
        ("occupations.tsv", ["word", "field", "distinct"]),
        ("pronouns.tsv", ["word", "agrees"]),
        ("organisation_types.tsv", ["noun", "name words"]),
        ("nicknames.tsv", ["nickname", "name"]),
        ("frames.tsv", ["lemma", "frame", "hits", "total"]),
    ],
)
def test_lexicon_data_file_starts_with_its_header(filename: str, header: list[str]) -> None:
    assert rows(filename)[0] == header


def test_lexicon_titles_rows_have_a_known_class_and_a_full_form_only_when_abbreviated() -> None:
    for row in body("titles.tsv"):
        assert len(row) in (2, 3), row
        assert row[0].strip() and row[1] in TITLE_CLASSES, row
        if len(row) == 3:
            assert row[1] == "title" and row[2].strip(), row


@pytest.mark.parametrize(
    ("filename", "classes"),
    [("nouns.tsv", NOUN_CLASSES), ("names.tsv", NAME_CLASSES),
     ("pronouns.tsv", PRONOUN_AGREEMENTS)],
)
def test_lexicon_word_and_class_rows_have_two_columns_and_a_known_class(
    filename: str, classes: set[str]
) -> None:
    for row in body(filename):
        assert len(row) == 2, row
        assert row[0].strip() and row[1] in classes, row


def test_lexicon_occupation_rows_name_a_field_and_say_whether_distinct() -> None:
    for row in body("occupations.tsv"):
        assert len(row) == 3, row
        assert row[0].strip() and row[1].strip(), row
        # "yes", "no", a post of a group ("yes:player") or a word for the group ("player")
        assert row[2] in ("yes", "no") or row[2].removeprefix("yes:").isalpha(), row


def test_lexicon_organisation_type_rows_name_a_known_noun_and_its_name_words() -> None:
    known = {row[0] for row in body("nouns.tsv")}
    for row in body("organisation_types.tsv"):
        assert len(row) == 2, row
        assert row[0] in known, row
        assert row[1].split(), row


def test_lexicon_frame_rows_count_no_more_hits_than_occurrences() -> None:
    for row in body("frames.tsv"):
        assert len(row) == 4, row
        hits, total = int(row[2]), int(row[3])
        assert 0 <= hits <= total, row


def test_lexicon_speech_verbs_are_one_lemma_a_line() -> None:
    lines = [line for line in data_text("en", "speech_verbs.txt").splitlines()
             if line.strip() and not line.startswith("#")]
    assert "say" in lines
    assert all(len(line.split()) <= 2 and "\t" not in line for line in lines)


def test_lexicon_no_word_is_both_a_group_noun_and_an_organisation_noun() -> None:
    lex = lexicon()
    assert not lex.group_nouns & lex.organisation_nouns


def test_lexicon_no_word_has_two_classes_in_one_file() -> None:
    for filename in ("titles.tsv", "nouns.tsv", "names.tsv", "occupations.tsv",
                     "pronouns.tsv"):
        words = [row[0] for row in body(filename)]
        assert len(words) == len(set(words)), filename


def test_lexicon_every_honorific_tells_a_gender_or_none() -> None:
    honorifics = lexicon().honorifics
    assert set(honorifics.values()) <= {"male", "female", None}
    assert honorifics["mrs."] == "female"
    assert honorifics["mr"] == "male"
    assert honorifics["mx."] is None


def test_lexicon_spelt_out_abbreviations_are_titles() -> None:
    lex = lexicon()
    assert lex.spelt_out["sen."] == "senator"
    for abbreviation, full in lex.spelt_out.items():
        assert abbreviation in lex.titles, abbreviation
        assert full and "." not in full, abbreviation


def test_lexicon_every_spelt_out_form_is_itself_a_title_or_occupation() -> None:
    lex = lexicon()
    known = lex.titles | set(lex.occupations)
    for abbreviation, full in lex.spelt_out.items():
        word = full.split()[-1]
        assert word in known or word.rstrip("s") in known, (abbreviation, full)


def test_lexicon_unknown_language_raises_a_clear_error() -> None:
    with pytest.raises(OnrecordError, match="xx"):
        lexicon("xx")


def test_lexicon_every_data_file_of_every_language_is_documented() -> None:
    """A newcomer adding a language reads docs/languages.md: every file a language folder holds
    has its row there."""
    from importlib import resources
    from pathlib import Path

    from onrecord.lexicon import known_languages

    doc = (Path(__file__).parents[1] / "docs" / "languages.md").read_text(encoding="utf-8")
    for language in known_languages():
        folder = resources.files("onrecord").joinpath("data", language)
        for entry in folder.iterdir():
            if entry.is_file():
                assert f"`{entry.name}`" in doc, f"data/{language}/{entry.name} not in languages.md"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_lexicon_boilerplate_rows_have_a_known_kind_and_compile(language: str) -> None:
    import re

    from onrecord.lexicon import optional_pairs

    kinds = {"readmore", "caption_start", "caption_end", "credit_start", "credit_end", "byline_by"}
    pairs = optional_pairs(language, "boilerplate.tsv")
    assert {kind for kind, _ in pairs} == kinds
    for _, pattern in pairs:
        re.compile(pattern)


def test_lexicon_role_heads_rows_are_heads_or_office_words() -> None:
    assert {row[1] for row in body("role_heads.tsv")} == {"head", "office"}
    assert rows("role_heads.tsv")[0] == ["word", "class"]
