"""Tests for onrecord.extraction.descriptions: speakers named by a description ("the diplomat", "a
Western diplomat", "one of the people", "the club") go to the right entity. Invented articles run
through ``onrecord.extract``."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from onrecord import Article, Quote

Extract = Callable[..., Article]


def quote_by(article: Article, mention: str) -> Quote:
    """The quote whose cue names its speaker with ``mention``."""
    for quote in article.quotes:
        if quote.mention is not None and quote.mention.text == mention:
            return quote
    raise AssertionError(f"no quote with mention {mention!r}: {article.quotes}")


# --- people ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("intro", "name"),
    [
        ("Kestrian envoy Viktor Hale arrived in Geneva on Monday for talks on the border.",
         "Viktor Hale"),
        ("Russia's Permanent Representative Alexei Borodavkin arrived in Geneva on Monday.",
         "Alexei Borodavkin"),
    ],
)
def test_descriptions_the_diplomat_is_the_named_envoy(
    extract_text: Extract, intro: str, name: str
) -> None:
    article = extract_text(f'{intro} "Nobody should expect a deal this week," the diplomat said.')
    quote = quote_by(article, "the diplomat")
    assert quote.speaker is not None
    assert quote.speaker.name == name
    assert "the diplomat" in quote.speaker.aliases
    assert [s.name for s in article.speakers] == [name]


def test_descriptions_a_western_diplomat_then_the_diplomat_is_one_unnamed_speaker(
    extract_text: Extract,
) -> None:
    article = extract_text(
        '"Nobody should expect a deal this week," a Western diplomat said. '
        "The talks resumed on Tuesday. "
        '"We came here to listen," the diplomat added.'
    )
    first, second = quote_by(article, "a Western diplomat"), quote_by(article, "the diplomat")
    assert first.speaker is not None and first.speaker is second.speaker
    assert first.speaker.name == "a Western diplomat"
    assert len(article.speakers) == 1


def test_descriptions_one_of_the_people_is_one_of_the_people_familiar_with_the_matter(
    extract_text: Extract,
) -> None:
    article = extract_text(
        '"The talks have stalled," two people familiar with the matter said. '
        "The ministry declined to comment. "
        '"Nobody wants to move first," one of the people said.'
    )
    first = quote_by(article, "two people familiar with the matter")
    second = quote_by(article, "one of the people")
    assert first.speaker is not None and first.speaker is second.speaker
    assert first.speaker.kind == "anonymous"
    assert first.speaker.name == "two people familiar with the matter"


def test_descriptions_the_lawyer_is_not_the_judge(extract_text: Extract) -> None:
    article = extract_text(
        "Judge Sylvie Marchand adjourned the hearing on Monday. "
        '"The defendant is not fit to stand trial," the lawyer said.'
    )
    assert quote_by(article, "the lawyer").speaker_name != "Sylvie Marchand"


def test_descriptions_head_of_an_authority_is_the_person_named_next(
    extract_text: Extract,
) -> None:
    article = extract_text(
        '"Traffic will be diverted for a month," the head of the harbour authority told '
        "reporters on Monday. "
        '"Fishing boats are exempt," Lena Dorsey, who runs the harbour, added.'
    )
    assert [q.speaker_name for q in article.quotes] == ["Lena Dorsey", "Lena Dorsey"]
    assert [s.name for s in article.speakers] == ["Lena Dorsey"]
    assert "the head of the harbour authority" in article.speakers[0].aliases


# --- organisations -----------------------------------------------------------------------------


def test_descriptions_the_club_is_the_club_named_not_an_organisation_in_a_compound(
    extract_text: Extract,
) -> None:
    article = extract_text(
        "Wexley Rovers FC have appointed Dean Rudd as head coach. "
        "Rudd, who holds a UEFA B licence, joins from Mossley. "
        '"This is a proud day for everyone," the club said.'
    )
    quote = quote_by(article, "the club")
    assert quote.speaker is not None
    assert quote.speaker.name == "Wexley Rovers FC"
    assert quote.speaker.kind == "organisation"


def test_descriptions_the_club_is_never_an_organisation_named_only_in_a_compound(
    extract_text: Extract,
) -> None:
    article = extract_text(
        "Harlow Town FC have appointed Dean Rudd as head coach. "
        "Rudd, who holds a UEFA B licence, joins from Mossley. "
        '"This is a proud day for everyone," the club said.'
    )
    assert quote_by(article, "the club").speaker_name == "Harlow Town FC"


def test_descriptions_the_union_is_the_organisation_its_apposition_calls_a_union(
    extract_text: Extract,
) -> None:
    article = extract_text(
        "Kelmont Foods Plc said on Thursday it would cut 900 jobs. "
        "Fairhaul, the union that represents many of Kelmont's drivers, said it would fight "
        "compulsory redundancies.\n"
        "The company said voluntary redundancy would come first. The union said talks would "
        "begin next week."
    )
    assert quote_by(article, "The union").speaker_name == "Fairhaul"
    assert quote_by(article, "The company").speaker_name == "Kelmont Foods Plc"


def test_descriptions_the_ministry_is_an_organisation(extract_text: Extract) -> None:
    article = extract_text('"The talks will resume on Monday," the ministry said.')
    quote = quote_by(article, "the ministry")
    assert quote.speaker is not None and quote.speaker.kind == "organisation"


# --- confidence --------------------------------------------------------------------------------


def test_descriptions_confidence_named_subject_over_appositive_over_description(
    extract_text: Extract,
) -> None:
    named = quote_by(
        extract_text('"Traffic will be diverted," Ines Kowal said.'), "Ines Kowal"
    )
    appositive = quote_by(
        extract_text('"Traffic will be diverted," a spokeswoman for the mayor, Ana Ruiz, said.'),
        "a spokeswoman for the mayor",
    )
    description = quote_by(
        extract_text('"Traffic will be diverted," a senior official said.'), "a senior official"
    )
    assert appositive.speaker_name == "Ana Ruiz"
    assert named.evidence > appositive.evidence > description.evidence


def test_descriptions_the_diplomat_is_surer_when_the_roles_name_it(
    extract_text: Extract,
) -> None:
    by_role = quote_by(extract_text(
        "Kestrian diplomat Viktor Hale arrived in Geneva on Monday. "
        '"Nobody should expect a deal this week," the diplomat said.'
    ), "the diplomat")
    by_guess = quote_by(extract_text(
        "Viktor Hale arrived in Geneva on Monday. "
        '"Nobody should expect a deal this week," the diplomat said.'
    ), "the diplomat")
    assert by_role.speaker_name == by_guess.speaker_name == "Viktor Hale"
    assert by_role.evidence > by_guess.evidence


def test_descriptions_the_trust_is_the_organisation_named_with_trust(extract_text: Extract) -> None:
    article = extract_text(
        "Northfield Teaching Hospitals NHS Trust said the delay was unacceptable.\n"
        'Chief nurse Olivia Grant said staff had been "working flat out". The trust said it had '
        "opened 20 extra beds this winter."
    )
    assert quote_by(article, "The trust").speaker_name == "Northfield Teaching Hospitals NHS Trust"


def test_descriptions_the_director_is_not_an_office_named_with_director(
    extract_text: Extract,
) -> None:
    article = extract_text(
        "The Office of the Director of Public Prosecutions said the case would go ahead.\n"
        "Its director, Ruth Okafor, said the evidence was strong. The director said a trial date "
        "would be set in June."
    )
    assert quote_by(article, "The director").speaker_name == "Ruth Okafor"


def test_descriptions_another_parent_is_someone_new(extract_text: Extract) -> None:
    article = extract_text(
        '"I saw him running across the road," said one parent, who did not want to be named. '
        "Another parent said the school gates should be staffed at home time."
    )
    first, second = quote_by(article, "one parent"), quote_by(article, "Another parent")
    assert first.speaker is not None and second.speaker is not None
    assert first.speaker.id != second.speaker.id


def test_descriptions_the_harlow_manager_is_not_the_other_clubs_manager(
    extract_text: Extract,
) -> None:
    article = extract_text(
        'Wexley Rovers manager Graham Pell said: "They did exactly that."\n'
        'Harlow boss Steve Miles was less impressed. "The second goal was offside," he said.\n'
        'Miles said his side would "regroup". The Harlow manager added that his striker could '
        "return next month."
    )
    assert quote_by(article, "The Harlow manager").speaker_name == "Steve Miles"


def test_descriptions_the_diplomat_is_the_envoy_by_field_not_a_guess(extract_text: Extract) -> None:
    quote = quote_by(extract_text(
        "Kestrian envoy Viktor Hale arrived in Geneva on Monday with Mira Sand, a trade "
        'negotiator. "We are ready," Sand said.\n'
        '"Nobody should expect a deal this week," the diplomat said.'
    ), "the diplomat")
    assert quote.speaker_name == "Viktor Hale"


def test_descriptions_the_regulator_is_the_authority_never_the_company_it_fines(
    extract_text: Extract,
) -> None:
    fined = extract_text(
        "SkyBridge Airways has been fined by the Civil Aviation Authority for late refunds.\n"
        "The regulator said the carrier had left 40,000 customers waiting."
    )
    assert quote_by(fined, "The regulator").speaker_name == "Civil Aviation Authority"
    alone = extract_text(
        'SkyBridge Airways said fares would rise. "We have no choice," the regulator said.'
    )
    assert quote_by(alone, "the regulator").speaker_name != "SkyBridge Airways"


def test_descriptions_a_statement_speaks_for_whoever_issued_or_made_it(
    extract_text: Extract,
) -> None:
    issued = extract_text("A letter from Delta Foods said the recall was voluntary.")
    assert issued.quotes[0].speaker_name == "Delta Foods"
    made = extract_text(
        "Delta Foods said in a statement that sales were up. The statement said the recall was "
        "voluntary."
    )
    assert quote_by(made, "The statement").speaker_name == "Delta Foods"


def test_descriptions_the_county_council_is_not_whichever_organisation_came_before(
    extract_text: Extract,
) -> None:
    article = extract_text(
        '"We have been pushed to this," said Karen Osei of the National Education Union.\n'
        "The county council said it had offered a 4% rise."
    )
    assert quote_by(article, "The county council").speaker_name == "The county council"


# --- round 3 (session 18) ----------------------------------------------------------------------


def test_descriptions_a_name_set_off_after_according_to_an_office_is_the_speaker(
    extract_text: Extract,
) -> None:
    article = extract_text(
        "According to its chief executive, Stephen Marlowe, the company was losing money every "
        "day."
    )
    quote = article.quotes[0]
    assert quote.text == "the company was losing money every day"
    assert quote.speaker_name == "Stephen Marlowe"


def test_descriptions_according_to_an_office_with_its_complement_is_someone_new(
    extract_text: Extract,
) -> None:
    article = extract_text(
        '"The bill was too high," said Tom Portal. According to the head of the harbour '
        "authority, nothing happened on Monday."
    )
    assert [q.speaker_name for q in article.quotes] == [
        "Tom Portal", "the head of the harbour authority"]


def test_descriptions_a_relative_named_by_a_possessive_is_not_the_possessor(
    extract_text: Extract,
) -> None:
    article = extract_text(
        '"It is a scandal," said John Marsh. His daughter said: "He never saw it coming."'
    )
    assert [q.speaker_name for q in article.quotes] == ["John Marsh", "His daughter"]
