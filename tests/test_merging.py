"""Tests for onrecord.merging: one speaker across articles, merged conservatively."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.merging import (
    AliasEntry,
    AliasFileError,
    AliasTable,
    SpeakerRecord,
    name_key,
    roles_conflict,
    same_speaker,
    surname_key,
)


def person(name: str, *roles: str, aliases: tuple[str, ...] = ()) -> SpeakerRecord:
    return SpeakerRecord(name, "person", list(aliases) or [name], list(roles), ["wire"])


def org(name: str, *aliases: str) -> SpeakerRecord:
    return SpeakerRecord(name, "organisation", [name, *aliases], [], ["wire"])


BORODAVKIN = person(
    "Alexei Borodavkin",
    "Russian envoy to the United Nations in Geneva",
    aliases=("Alexei Borodavkin", "Borodavkin"),
)


# --- name keys -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, key",
    [
        ("Alexei Borodavkin", "alexei borodavkin"),
        ("Mr. Borodavkin", "borodavkin"),
        ("Sen. José Núñez's", "jose nunez"),
        ("President Joe Biden", "joe biden"),
        ("Dr Ana Ruiz", "ana ruiz"),
        ("Jones'", "jones"),
        ("Siobhán O’Brien", "siobhan obrien"),
        ("the President", "president"),
        ("", ""),
    ],
)
def test_name_key_drops_titles_accents_case_and_possessive(name: str, key: str) -> None:
    assert name_key(name) == key


def test_name_key_of_organisation_keeps_title_words_and_drops_article() -> None:
    assert name_key("General Motors", "organisation") == "general motors"
    assert name_key("The Kremlin's", "organisation") == "kremlin"


def test_surname_key_is_last_name_token_and_organisation_name_key() -> None:
    assert surname_key("Alexei Borodavkin") == "borodavkin"
    assert surname_key("Martin Luther King Jr.") == "king"
    assert surname_key("Mr Borodavkin") == "borodavkin"
    assert surname_key("United Nations", "organisation") == "united nations"


# --- persons ---------------------------------------------------------------------------------


def test_same_full_name_merges() -> None:
    assert same_speaker(BORODAVKIN, person("Alexei Borodavkin"))
    assert same_speaker(person("Ana Ruiz", "mayor"), person("Mayor Ana Ruiz", "mayor of Lisbon"))


def test_same_full_name_with_conflicting_occupations_stays_apart() -> None:
    footballer = person("John Smith", "Celtic footballer")
    senator = person("John Smith", "Senator from Ohio")
    assert roles_conflict(footballer.roles, senator.roles)
    assert not same_speaker(footballer, senator)


def test_roles_of_one_field_do_not_conflict() -> None:
    assert not roles_conflict(["senator"], ["governor of Ohio"])
    assert not roles_conflict(["envoy in Geneva"], ["Russian ambassador"])
    assert not roles_conflict(["spokesman"], ["senator"])  # not an occupation field
    assert same_speaker(person("Dale Harkin", "senator"), person("Dale Harkin", "governor"))


def test_different_full_names_with_one_surname_stay_apart() -> None:
    assert not same_speaker(person("John Smith", "lawyer"), person("Jane Smith", "lawyer"))


def test_surname_only_merges_when_roles_overlap() -> None:
    mention = person("Borodavkin", "Russia's envoy in Geneva")
    assert same_speaker(mention, BORODAVKIN)
    assert same_speaker(BORODAVKIN, mention)


def test_surname_only_without_role_evidence_stays_apart() -> None:
    assert not same_speaker(person("Borodavkin"), BORODAVKIN)
    assert not same_speaker(person("Smith", "striker"), person("John Smith", "Ohio senator"))
    assert not same_speaker(person("Smith", "said on Tuesday"), person("John Smith", "lawyer"))
    # Shared job titles alone are not evidence; a shared place is.
    assert not same_speaker(person("Smith", "a spokesman"), person("John Smith", "spokesman"))
    assert not same_speaker(person("Smith", "senator"), person("John Smith", "senator"))
    assert same_speaker(person("Smith", "Ohio senator"), person("John Smith", "senator for Ohio"))


def test_surname_only_with_other_surname_stays_apart() -> None:
    assert not same_speaker(person("Lavrov", "Russia's envoy"), BORODAVKIN)


# --- organisations, groups, anonymous --------------------------------------------------------


def test_organisations_merge_by_name_or_alias() -> None:
    assert same_speaker(org("The Kremlin"), org("Kremlin"))
    assert same_speaker(org("United Nations", "UN"), org("UN"))
    assert not same_speaker(org("United Nations"), org("UNICEF"))


def test_kinds_must_match() -> None:
    assert not same_speaker(org("Reuters"), person("Reuters"))


@pytest.mark.parametrize("kind", ["group", "anonymous", "unknown"])
def test_groups_and_anonymous_sources_never_merge(kind: str) -> None:
    police = SpeakerRecord("police", kind, ["police"], [], ["lyon"])
    assert not same_speaker(police, SpeakerRecord("police", kind, ["police"], [], ["leeds"]))


# --- alias files -------------------------------------------------------------------------------


CSV_ALIASES = """canonical,aliases,qid,split
Alexei Borodavkin,Alexey Borodavkin|A. Borodavkin,Q4066143,
United Nations,UN|U.N.,Q1065,no
John Smith,,,yes
"""


def test_alias_table_from_csv(tmp_path: Path) -> None:
    path = tmp_path / "aliases.csv"
    path.write_text(CSV_ALIASES, encoding="utf-8")
    table = AliasTable.load(path)
    assert len(table) == 3
    assert table.lookup("Mr. Alexey Borodavkin") == AliasEntry("Alexei Borodavkin", "Q4066143",
                                                              False)
    assert table.lookup("U.N.") == AliasEntry("United Nations", "Q1065", False)
    assert table.lookup("John Smith") == AliasEntry("John Smith", None, True)
    assert table.lookup("Jane Smith") is None


def test_alias_table_from_json_with_optional_split(tmp_path: Path) -> None:
    path = tmp_path / "aliases.json"
    path.write_text(
        json.dumps([
            {"canonical": "Ana Ruiz", "aliases": ["Ana María Ruiz"], "qid": "Q1"},
            {"canonical": "World Health Organization", "aliases": "WHO|OMS", "qid": None,
             "split": False},
        ]),
        encoding="utf-8",
    )
    table = AliasTable.load(path)
    assert table.lookup("ana maria ruiz") == AliasEntry("Ana Ruiz", "Q1", False)
    assert table.lookup("OMS") == AliasEntry("World Health Organization", None, False)


def test_alias_table_forces_merges_and_splits(tmp_path: Path) -> None:
    path = tmp_path / "aliases.csv"
    path.write_text(CSV_ALIASES, encoding="utf-8")
    table = AliasTable.load(path)
    # Different spellings of one name: merged only because the table says so.
    alexey = person("Alexey Borodavkin", "diplomat")
    assert not same_speaker(alexey, BORODAVKIN)
    assert same_speaker(alexey, BORODAVKIN, table)
    # An ambiguous name marked split: never merged, even with the same name and role.
    smith = person("John Smith", "lawyer")
    assert same_speaker(smith, person("John Smith", "lawyer"))
    assert not same_speaker(smith, person("John Smith", "lawyer"), table)
    # Names the table does not know: the rules decide.
    assert same_speaker(person("Ana Ruiz"), person("Ana Ruiz"), table)


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("a.csv", "name,aliases\nX,Y\n", 'no "canonical" column'),
        ("a.csv", "canonical,aliases,qid\nX,Y,42\n", "not a Wikidata ID"),
        ("a.csv", "canonical,aliases,qid\nX,Y,Q1,extra\n", "more fields than the header"),
        ("a.csv", "canonical,aliases,qid,split\nX,Y,Q1,maybe\n", "not true or false"),
        ("a.csv", "canonical,aliases,qid\n,Y,Q1\n", '"canonical" is missing'),
        ("a.json", "[{", "not valid JSON"),
        ("a.json", '{"canonical": "X"}', "must be a list"),
        ("a.json", '["X"]', "item 0 is not an object"),
        ("a.json", '[{"canonical": "X", "aliases": [1]}]', '"aliases" must be'),
    ],
)
def test_bad_alias_file_is_one_line_error(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AliasFileError) as info:
        AliasTable.load(path)
    text = str(info.value)
    assert message in text
    assert "\n" not in text
    assert text.startswith(f"[{AliasFileError.code}] {path}")


def test_missing_or_binary_alias_file_is_error(tmp_path: Path) -> None:
    with pytest.raises(AliasFileError, match="no such alias file"):
        AliasTable.load(tmp_path / "missing.csv")
    path = tmp_path / "latin.csv"
    path.write_bytes("canonical\nJosé\n".encode("latin-1"))
    with pytest.raises(AliasFileError, match="not UTF-8"):
        AliasTable.load(path)
