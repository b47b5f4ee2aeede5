"""Tests for onrecord.extraction.pronouns: "he", "she", "it" and "they" go to the latest agreeing
speaker or sentence subject, never to someone the article has not named. Invented articles run
through ``onrecord.extract``."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from onrecord import Article, Quote

Extract = Callable[..., Article]

# Most confidence a quote whose speaker nobody could find may report.
UNSURE = 0.3


def quote_by(article: Article, mention: str) -> Quote:
    """The last quote whose cue names its speaker with ``mention``."""
    found = [q for q in article.quotes if q.mention is not None and q.mention.text == mention]
    assert found, f"no quote with mention {mention!r}: {article.quotes}"
    return found[-1]


def test_pronouns_she_goes_to_the_woman_the_last_sentence_is_about(
    extract_text: Extract,
) -> None:
    article = extract_text(
        '"The water is safe to drink," Ines Kowal said. '
        "Mayor Dana Whitfield toured the plant on Friday. "
        '"We will test it again next week," she said.'
    )
    assert [q.speaker_name for q in article.quotes] == ["Ines Kowal", "Dana Whitfield"]


def test_pronouns_she_added_goes_to_the_woman_who_spoke(extract_text: Extract) -> None:
    article = extract_text(
        '"Traffic will be diverted," Ines Kowal said.\n"Boats are exempt," she added.'
    )
    assert [q.speaker_name for q in article.quotes] == ["Ines Kowal", "Ines Kowal"]


def test_pronouns_he_goes_to_a_man_named_with_mr(extract_text: Extract) -> None:
    article = extract_text(
        '"The plan is reckless," Mr. Robin Ashby said. "We will fight it," he added.'
    )
    assert [q.speaker_name for q in article.quotes] == ["Robin Ashby", "Robin Ashby"]


@pytest.mark.parametrize(
    "text",
    [
        '"The water is safe to drink," he said.',
        'The storm closed roads across the county on Tuesday. "The water is safe," he said.',
    ],
)
def test_pronouns_he_with_no_antecedent_stays_unresolved(extract_text: Extract, text: str) -> None:
    quote = quote_by(extract_text(text), "he")
    assert quote.speaker is None
    assert quote.speaker_confidence is not None and quote.speaker_confidence <= UNSURE


def test_pronouns_it_said_goes_to_the_organisation(extract_text: Extract) -> None:
    article = extract_text(
        "The Dunmore Water Authority said the supply was safe. "
        '"We will test it again next week," it said.'
    )
    quote = quote_by(article, "it")
    assert quote.speaker is not None
    assert quote.speaker.name == "Dunmore Water Authority"
    assert quote.speaker.kind == "organisation"
    assert len(article.speakers) == 1


def test_pronouns_they_said_goes_to_the_organisation(extract_text: Extract) -> None:
    article = extract_text(
        "The Dunmore Water Authority said the supply was safe. "
        '"We will test it again next week," they said.'
    )
    assert quote_by(article, "they").speaker_name == "Dunmore Water Authority"


@pytest.mark.parametrize(
    "text",
    [
        '"The water is safe to drink," Ines Kowal said. "We will test it again next week."',
        '"The water is safe to drink," Ines Kowal said at a briefing.\n'
        '"We will test it again next week."',
    ],
    ids=["same paragraph", "next paragraph"],
)
def test_pronouns_quote_without_a_cue_keeps_the_speaker_before_it(
    extract_text: Extract, text: str
) -> None:
    article = extract_text(text)
    assert [q.speaker_name for q in article.quotes] == ["Ines Kowal", "Ines Kowal"]
    assert article.quotes[1].evidence < article.quotes[0].evidence


# --- gender told by an honorific or a title, not only by a first name --------------------------


def test_pronouns_he_goes_to_a_mr_whose_first_name_reads_female(extract_text: Extract) -> None:
    article = extract_text(
        '"The plan is reckless," Mr. Kelly Brandt said. "We will fight it," he added.'
    )
    assert quote_by(article, "he").speaker_name == "Kelly Brandt"


def test_pronouns_she_goes_to_a_ms_whose_first_name_reads_male(extract_text: Extract) -> None:
    article = extract_text(
        '"The plan is reckless," Ms. Jordan Blake said. "We will fight it," she added.'
    )
    assert quote_by(article, "she").speaker_name == "Jordan Blake"


def test_pronouns_he_goes_to_a_man_whose_first_name_is_mostly_female(
    extract_text: Extract,
) -> None:
    article = extract_text(
        '"The bill will fail," Vermont Sen. Bernie Sanders said. "We will vote no," he added.'
    )
    assert quote_by(article, "he").speaker_name == "Bernie Sanders"


# --- confidence --------------------------------------------------------------------------------


def test_pronouns_pronoun_is_less_sure_than_a_name_or_an_appositive(
    extract_text: Extract,
) -> None:
    article = extract_text(
        '"Traffic will be diverted," a spokeswoman for the mayor, Ana Ruiz, said.\n'
        '"Boats are exempt," she added.'
    )
    appositive, pronoun = article.quotes
    assert pronoun.speaker_name == "Ana Ruiz"
    named = quote_by(extract_text('"Traffic will be diverted," Ines Kowal said.'), "Ines Kowal")
    assert named.evidence > appositive.evidence > pronoun.evidence


def test_pronouns_pronoun_is_less_sure_than_a_description(extract_text: Extract) -> None:
    description = quote_by(
        extract_text('"Traffic will be diverted," a senior official said.'), "a senior official"
    )
    pronoun = quote_by(extract_text(
        '"Traffic will be diverted," Ines Kowal said.\n"Boats are exempt," she added.'
    ), "she")
    assert pronoun.speaker_name == "Ines Kowal"
    assert description.evidence > pronoun.evidence


def test_pronouns_she_added_is_as_sure_whichever_name_the_tagger_knows(
    extract_text: Extract,
) -> None:
    sure = []
    for name in ("Ruth Mbeki", "Ines Kowal"):
        article = extract_text(
            f'"Traffic will be diverted," {name} said. "Boats are exempt," she added.'
        )
        quote = quote_by(article, "she")
        assert quote.speaker_name == name
        sure.append(quote.evidence)
    assert sure[0] == sure[1]


def test_pronouns_it_after_the_words_it_reports_is_the_organisation_named_in_them(
    extract_text: Extract,
) -> None:
    article = extract_text(
        "Riverside Council will cut opening hours at four of its six libraries from April, it "
        "announced on Tuesday."
    )
    assert article.quotes[0].speaker_name == "Riverside Council"


def test_pronouns_she_with_no_woman_before_it_is_not_a_man_named_in_the_quote(
    extract_text: Extract,
) -> None:
    article = extract_text("Mark Ellis would lose his seat in May, she said on Tuesday.")
    assert article.quotes[0].speaker is None


def test_pronouns_he_after_a_woman_subject_goes_to_the_man_her_sentence_named(
    extract_text: Extract,
) -> None:
    article = extract_text(
        '"Nobody checked the gun," said prosecutor Mark Hennessy.\n'
        "Defence lawyer Caroline Vandamme met the lead detective, Inspector Paul "
        "Gerardy, in the corridor. He said that no samples had been taken."
    )
    assert quote_by(article, "He").speaker_name == "Paul Gerardy"


def test_pronouns_as_for_names_the_pronoun_after_it(extract_text: Extract) -> None:
    article = extract_text(
        "Mayor Joan Pickett defended the budget on Monday. A resident, Marta Ellery, said she "
        "had waited three hours for a plough. As for the mayor, she said she was not worried "
        "about re-election.")
    assert [q.speaker_name for q in article.quotes][-1] == "Joan Pickett"


def test_pronouns_a_description_tells_its_gender(extract_text: Extract) -> None:
    article = extract_text(
        'The mayor spoke first. One young man shouted: "You said that last year!" A '
        'grandmother said: "We have no water."')
    assert [(q.speaker_name, q.speaker.gender if q.speaker else None)
            for q in article.quotes] == [("One young man", "male"), ("A grandmother", "female")]
