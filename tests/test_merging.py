"""Tests for onrecord.corpus.merging: one speaker across articles, merged conservatively."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.corpus.merging import (
    AliasEntry,
    AliasFileError,
    AliasTable,
    SpeakerRecord,
    article_record,
    decide,
    roles_conflict,
    same_speaker,
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


def test_surname_only_joins_the_one_plausible_full_name() -> None:
    assert same_speaker(person("Borodavkin"), BORODAVKIN)
    assert same_speaker(person("Smith", "senator"), person("John Smith", "senator"))


def test_surname_only_with_conflicting_roles_stays_apart() -> None:
    assert not same_speaker(person("Smith", "striker"), person("John Smith", "Ohio senator"))


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


# --- the decision: one speaker, its candidates, one decision out ----------------------------------


def stored(speaker_id: int, name: str, *roles: str, gender: str | None = None,
           aliases: tuple[str, ...] = ()) -> SpeakerRecord:
    return SpeakerRecord(name, "person", [name, *aliases], list(roles), ["wire"], id=speaker_id,
                         gender=gender)


def test_decide_surname_only_with_one_candidate_joins_it() -> None:
    decision = decide(person("Obama", "President"), [stored(1, "Barack Obama")])
    assert decision.target_id == 1 and decision.rule == "surname"
    assert "one plausible person" in decision.reason


def test_decide_surname_only_with_two_plausible_stays_apart_and_lists_both() -> None:
    decision = decide(person("Castellano"), [stored(1, "Priya Castellano", "judge"),
                                             stored(2, "Leon Castellano", "restaurant owner")])
    assert decision.target_id is None and decision.rule == "ambiguous"
    assert [i for i, _ in decision.kept_apart] == [1, 2]
    assert "Priya Castellano" in decision.reason and "Leon Castellano" in decision.reason


def test_decide_gender_conflict_leaves_one_plausible() -> None:
    mr_obama = article_record("Mr. Obama", "person")
    assert mr_obama is not None and mr_obama.known_gender == "male"
    candidates = [stored(1, "Michelle Obama"), stored(2, "Barack Obama")]
    decision = decide(mr_obama, candidates)
    assert decision.target_id == 2
    assert decision.kept_apart[0][0] == 1 and "gender" in decision.kept_apart[0][1]


def test_decide_role_conflict_keeps_apart() -> None:
    coach = person("Kincaid", "football coach")
    decision = decide(coach, [stored(1, "Roberta Kincaid", "governor")])
    assert decision.target_id is None
    assert decision.kept_apart == [(1, decision.kept_apart[0][1])]
    assert "roles conflict" in decision.kept_apart[0][1]


def test_decide_does_not_depend_on_candidate_order() -> None:
    candidates = [stored(1, "Priya Castellano", "judge", gender="female"),
                  stored(2, "Leon Castellano", gender="male"), stored(3, "Castellano")]
    mr = article_record("Mr Castellano", "person")
    assert mr is not None
    first = decide(mr, candidates)
    second = decide(mr, list(reversed(candidates)))
    assert first.target_id == second.target_id == 2


def test_decide_full_names_differing_by_middle_initial_merge() -> None:
    decision = decide(person("Donald J. Trump"), [stored(7, "Donald Trump")])
    assert decision.target_id == 7 and decision.rule == "same-name"
    assert decide(person("Dana Whitlock"), [stored(3, "Dana J. Whitlock")]).target_id == 3


def test_decide_a_short_first_name_is_the_formal_one() -> None:
    decision = decide(person("Joe Biden"), [stored(4, "Joseph R. Biden Jr.")])
    assert decision.target_id == 4 and decision.rule == "same-name"
    assert decide(person("Chris Evans"), [stored(5, "Christine Evans")]).target_id is None


def test_decide_surname_with_a_title_of_a_gender_joins_the_one_person_known_to_have_it() -> None:
    mrs = article_record("Mrs. Obama", "person")
    assert mrs is not None
    candidates = [stored(1, "Barack Obama"), stored(2, "Michelle Obama"),
                  stored(3, "Derelict Obama")]
    decision = decide(mrs, candidates)
    assert decision.target_id == 2 and decision.rule == "surname"


def test_decide_a_pronoun_gender_alone_does_not_move_a_surname_to_a_rarer_person() -> None:
    # "she" resolved to "Obama" in an article: the pronoun was probably someone else's
    she = SpeakerRecord("Obama", "person", ["Obama"], [], ["wire"], gender="female")
    barack = SpeakerRecord("Barack Obama", "person", ["Barack Obama"], [], ["wire"], id=1,
                           quotes=144)
    michelle = SpeakerRecord("Michelle Obama", "person", ["Michelle Obama"], [], ["wire"], id=2,
                             quotes=5)
    assert decide(she, [barack, michelle]).target_id == 1


def test_decide_different_first_names_never_merge() -> None:
    decision = decide(person("Jane Smith"), [stored(1, "John Smith")])
    assert decision.target_id is None and decision.rule == "new"


@pytest.mark.parametrize("name, expected, role", [
    ("Illinois Sen. Barack Obama", "Barack Obama", "Illinois Sen."),
    ("Republican Donald Trump", "Donald Trump", None),
    ("FBI Director James Comey", "James Comey", "FBI Director"),
    ("House Speaker Paul Ryan", "Paul Ryan", "House Speaker"),
    ("Representatives James E. Clyburn", "James E. Clyburn", "Representatives"),
    ("psychotherapist Fran Sherman", "Fran Sherman", "psychotherapist"),
    ('"Pence', "Pence", None),
    ("Sen. Obama", "Obama", None),
])
def test_article_record_strips_prefixes_and_keeps_offices_as_roles(
        name: str, expected: str, role: str | None) -> None:
    record = article_record(name, "person")
    assert record is not None and record.name == expected
    assert record.roles == ([role] if role else [])


def test_decide_prefixed_full_name_joins_the_bare_one() -> None:
    record = article_record("Illinois Sen. Barack Obama", "person")
    assert record is not None
    assert decide(record, [stored(4, "Barack Obama")]).target_id == 4


@pytest.mark.parametrize("name", ["the report", "An email", "my father", "A", "officials"])
def test_article_record_descriptions_are_not_person_names(name: str) -> None:
    assert article_record(name, "person") is None


def test_article_record_drops_junk_aliases_and_roles() -> None:
    record = article_record("Hillary Clinton", "person",
                            ["Video", "Bill Clinton", "Clinton", "-H", "Mrs. Clinton"],
                            role="close loopholes")
    assert record is not None
    assert record.aliases == ["Hillary Clinton", "Clinton"]
    assert record.roles == []
    for junk in ("Mr.", "himself", "close loopholes", "R-Wis.",
                 "The book and film blame Bob for blocking the departure of security operators"):
        kept = article_record("Ann Lee", "person", role=junk)
        assert kept is not None and kept.roles == [], junk
    kept = article_record("Ann Lee", "person", role="former Florida governor")
    assert kept is not None and kept.roles == ["former Florida governor"]


def test_article_record_organisation_descriptions_are_not_names() -> None:
    assert article_record("The statement", "organisation") is None
    assert article_record("A new poll", "organisation") is None
    kremlin = article_record("The Kremlin", "organisation", ["Companies"])
    assert kremlin is not None and kremlin.aliases == ["The Kremlin"]


def test_decide_alias_file_overrides_the_surname_rule(tmp_path: Path) -> None:
    path = tmp_path / "aliases.csv"
    path.write_text("canonical,aliases,qid,split\nObama,,,yes\n", encoding="utf-8")
    decision = decide(person("Obama"), [stored(1, "Barack Obama")], AliasTable.load(path))
    assert decision.target_id is None and decision.rule == "alias-file"


def test_decide_surname_goes_to_a_far_more_quoted_person_when_nothing_else_tells() -> None:
    barack = SpeakerRecord("Barack Obama", "person", ["Barack Obama"], [], [], id=1, quotes=120)
    michelle = SpeakerRecord("Michelle Obama", "person", ["Michelle Obama"], [], [], id=2,
                             quotes=6)
    decision = decide(person("Obama"), [michelle, barack])
    assert decision.target_id == 1 and "as often" in decision.reason
    michelle.quotes = 40  # three times fewer: too close to guess
    assert decide(person("Obama"), [michelle, barack]).rule == "ambiguous"


def test_decide_same_full_name_merges_despite_a_wrong_pronoun_gender() -> None:
    # A pronoun resolved to the wrong person says "female" for Bernie Sanders in one article:
    # the same first and last name is still one person.
    misread = SpeakerRecord("Bernie Sanders", "person", ["Bernie Sanders"], [], [],
                            gender="female")
    assert decide(misread, [stored(5, "Bernie Sanders", gender="male")]).target_id == 5


def test_article_record_name_gender_beats_pronoun_gender() -> None:
    record = article_record("Michelle Obama", "person", gender="male")
    assert record is not None and record.gender == "female"


def test_article_record_organisation_alias_needs_a_telling_shared_word() -> None:
    record = article_record("Clinton campaign", "organisation",
                            ["Trump campaign", "Clinton's campaign"])
    assert record is not None and record.aliases == ["Clinton campaign", "Clinton's campaign"]
