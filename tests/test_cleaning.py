"""Tests for onrecord.extraction.cleaning: what is article body, and the dateline, all as
offsets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord.extraction.cleaning import Block, Cleaned, clean, find_dateline

SHARED = Path(__file__).parents[1].parent / "shared"


def texts_of(text: str, cleaned: Cleaned, kind: str) -> list[str]:
    return [text[b.start : b.end] for b in cleaned.blocks if b.kind == kind]


def kind_of(text: str, cleaned: Cleaned, line: str) -> str:
    for block in cleaned.blocks:
        if text[block.start : block.end] == line:
            return block.kind
    raise AssertionError(f"no block {line!r}")


BODY_1 = (
    "The city council approved the new budget on Tuesday after a four-hour debate, "
    "clearing the way for repairs to the harbour bridge."
)
BODY_2 = (
    '"This is a budget for people who cross that bridge every day," Mayor Ana Ruiz said. '
    '"We could not wait another year."'
)
BODY_3 = (
    "Opposition members said the plan left too little for schools and promised to bring "
    "an amendment next month."
)


# --- blocks and offsets ---------------------------------------------------------------------


def test_cleaning_blocks_are_lines_without_surrounding_whitespace() -> None:
    text = f"  {BODY_1}  \r\n\r\n\t{BODY_2}\n\n\n{BODY_3}\n"
    cleaned = clean(text)
    assert texts_of(text, cleaned, "body") == [BODY_1, BODY_2, BODY_3]
    assert cleaned.dateline is None
    assert cleaned.warnings == []


def test_cleaning_empty_and_blank_text_has_no_blocks() -> None:
    assert clean("").blocks == []
    assert clean(" \n\r\n\t ").blocks == []


def test_cleaning_body_returns_only_body_blocks() -> None:
    text = f"Budget vote\n{BODY_1}\n- Bridge repairs to start in May\n{BODY_2}"
    cleaned = clean(text)
    assert cleaned.body() == [b for b in cleaned.blocks if b.kind == "body"]
    assert [text[b.start : b.end] for b in cleaned.body()] == [BODY_1, BODY_2]


# --- dateline -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "place", "date", "source"),
    [
        ("GENEVA, December 15. /TASS/. ", "GENEVA", "December 15", "TASS"),
        ("WASHINGTON (Reuters) - ", "WASHINGTON", None, "Reuters"),
        ("LONDON, March 3 (AP) — ", "LONDON", "March 3", "AP"),
        ("PARIS — ", "PARIS", None, None),
        ("NEW YORK, Jan. 5, 2024 /PRNewswire/ -- ", "NEW YORK", "Jan. 5, 2024", "PRNewswire"),
        ("KYIV, Ukraine (AP) — ", "KYIV, Ukraine", None, "AP"),
        ("BEIJING, Dec. 15 (Xinhua) -- ", "BEIJING", "Dec. 15", "Xinhua"),
        ("ST. PETERSBURG, 3 June /TASS/. ", "ST. PETERSBURG", "3 June", "TASS"),
        # a place in title case only with a date, a source and a dash; a date in figures
        ("Port Ellery, March 4 (Coastwire) - ", "Port Ellery", "March 4", "Coastwire"),
        ("TARROW 12/04 (CNA) - ", "TARROW", "12/04", "CNA"),
    ],
)
def test_cleaning_dateline_is_parsed_and_body_starts_after_it(
    opening: str, place: str, date: str | None, source: str | None
) -> None:
    text = opening + BODY_1 + "\n" + BODY_2
    cleaned = clean(text)
    assert cleaned.dateline is not None
    assert (cleaned.dateline.place, cleaned.dateline.date, cleaned.dateline.source) == (
        place,
        date,
        source,
    )
    assert cleaned.dateline.start == 0
    assert text[cleaned.dateline.end :].lstrip().startswith(BODY_1)
    first_body = cleaned.body()[0]
    assert text[first_body.start : first_body.end] == BODY_1
    assert cleaned.blocks[0].kind == "dateline"


@pytest.mark.parametrize(
    "opening",
    [
        "US President Joe Biden said on Monday that talks would continue.",
        "HALDANE: We will keep rates where they are for now.",
        "The talks ended. Nobody said why.",
        "NATO allies met in Brussels on Thursday.",
        "GENEVA is a city of diplomats.",
        "EXCLUSIVE – Mayor Ruiz: the bridge will reopen in May",
        "SMITH--Jerome, 88, of Lisbon, passed away on Monday.",
        "Port Ellery, March 4 - the day the slipway closed - was a Monday.",
        "Port Ellery (Coastwire) - the slipway closed on Monday.",
    ],
)
def test_cleaning_text_without_dateline_has_none(opening: str) -> None:
    text = opening + "\n" + BODY_1
    cleaned = clean(text)
    assert cleaned.dateline is None
    assert text[cleaned.blocks[0].start : cleaned.blocks[0].end] == opening


def test_cleaning_dateline_after_title_opens_first_body_paragraph() -> None:
    text = f"Council passes budget\nBy Jane Doe\nLISBON (Reuters) - {BODY_1}\n{BODY_2}"
    cleaned = clean(text)
    assert cleaned.dateline is not None
    assert cleaned.dateline.place == "LISBON"
    assert cleaned.dateline.start == text.index("LISBON")
    assert texts_of(text, cleaned, "heading") == ["Council passes budget"]
    assert texts_of(text, cleaned, "byline") == ["By Jane Doe"]
    assert texts_of(text, cleaned, "body") == [BODY_1, BODY_2]


def test_cleaning_dateline_after_title_sentence_and_without_space_after_dash() -> None:
    text = f"Council passes budget after long debate.\nPORTO, Portugal —{BODY_1}"
    cleaned = clean(text)
    assert cleaned.dateline is not None
    assert cleaned.dateline.place == "PORTO, Portugal"
    assert texts_of(text, cleaned, "body") == ["Council passes budget after long debate.", BODY_1]


def test_cleaning_dateline_is_not_looked_for_after_a_paragraph() -> None:
    text = f"{BODY_1} {BODY_3}\nLISBON (Reuters) - {BODY_2}"
    assert clean(text).dateline is None


def test_cleaning_dateline_alone_on_its_line_is_not_a_block_of_body() -> None:
    text = f"MADRID (AP) —\n{BODY_1}"
    cleaned = clean(text)
    assert cleaned.dateline is not None
    assert [b.kind for b in cleaned.blocks] == ["dateline", "body"]


def test_cleaning_find_dateline_at_an_offset() -> None:
    text = "xx\nROME (AFP) - The pope spoke."
    dateline = find_dateline(text, 3)
    assert dateline is not None
    assert text[dateline.start : dateline.end] == "ROME (AFP) -"


# --- related headlines, links, captions, bylines ---------------------------------------------


def test_cleaning_related_headline_list_is_not_body() -> None:
    headlines = [
        "- Harbour bridge closed for a week after crack found",
        "- Council rejects plan for second ferry line",
        "• Mayor Ruiz to seek second term — party sources",
    ]
    text = "\n".join([BODY_1, *headlines, BODY_2])
    cleaned = clean(text)
    assert texts_of(text, cleaned, "related") == headlines
    assert texts_of(text, cleaned, "body") == [BODY_1, BODY_2]


def test_cleaning_list_item_quoting_speech_stays_body() -> None:
    item = '- "We will fix the bridge first," the mayor said'
    text = "\n".join([BODY_1, "- Ferry fares to rise in June", item, BODY_2])
    cleaned = clean(text)
    assert kind_of(text, cleaned, item) == "body"
    assert kind_of(text, cleaned, "- Ferry fares to rise in June") == "related"


def test_cleaning_bullet_list_of_sentences_stays_body() -> None:
    items = [
        "- The bridge will close at night from May.",
        "- Buses will run every ten minutes instead.",
        "- Cyclists can still cross on the east side.",
    ]
    text = "\n".join([BODY_1, *items])
    cleaned = clean(text)
    assert texts_of(text, cleaned, "body") == [BODY_1, *items]


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Harbour bridge closed after crack found",
        "READ MORE",
        "Related:",
        "Also read: Council rejects ferry plan",
        "Click here to get the latest news",
        "Sign up for our morning newsletter",
        "Follow us on Twitter",
        "Advertisement",
    ],
)
def test_cleaning_read_more_lines_are_not_body(line: str) -> None:
    text = "\n".join([BODY_1, line, BODY_2])
    assert kind_of(text, clean(text), line) == "readmore"


def test_cleaning_headlines_under_related_header_are_related() -> None:
    text = "\n".join(
        [BODY_1, "Related coverage", "Bridge repairs to cost more than planned", BODY_2]
    )
    cleaned = clean(text)
    assert kind_of(text, cleaned, "Related coverage") == "readmore"
    assert kind_of(text, cleaned, "Bridge repairs to cost more than planned") == "related"
    assert texts_of(text, cleaned, "body") == [BODY_1, BODY_2]


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Mayor Ana Ruiz at the harbour bridge on Tuesday.",
        "Mayor Ana Ruiz speaks to reporters. (Photo by Tom Hale/City Press)",
        "Image caption The harbour bridge was built in 1932",
        "The harbour bridge at dusk. Getty Images",
        "Mayor Ana Ruiz at the council on Tuesday / Reuters",
        "Council members vote on the budget. REUTERS/Tom Hale",
        "Mayor Ana Ruiz waves after the vote (AP Photo/Tom Hale)",
    ],
)
def test_cleaning_photo_captions_are_not_body(line: str) -> None:
    text = "\n".join([BODY_1, line, BODY_2])
    assert kind_of(text, clean(text), line) == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Doe",
        "By JANE DOE and OMAR AL-RASHID",
        "By Jane Doe and Omar al-Rashid, Reuters",
        "Jane Doe, Reuters",
        "Jane Doe, Staff Writer",
        "Reporting by Jane Doe; Editing by Tom Hale",
        "(Reporting by Jane Doe in Lisbon; Writing by Tom Hale)",
        "Omar al-Rashid in Beirut contributed to this report.",
    ],
)
def test_cleaning_bylines_are_not_body(line: str) -> None:
    text = "\n".join([BODY_1, line, BODY_2])
    assert kind_of(text, clean(text), line) == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "By Monday, the talks had collapsed.",
        "By then the bridge had been closed for a week and traffic was at a standstill.",
    ],
)
def test_cleaning_sentence_starting_with_by_is_body(line: str) -> None:
    text = "\n".join([BODY_1, line, BODY_2])
    assert kind_of(text, clean(text), line) == "body"


# --- headings -------------------------------------------------------------------------------


def test_cleaning_short_title_line_before_body_is_heading() -> None:
    text = "\n".join([BODY_1, "Bridge repairs", BODY_2, "The Ferry Question", BODY_3])
    cleaned = clean(text)
    assert texts_of(text, cleaned, "heading") == ["Bridge repairs", "The Ferry Question"]
    assert texts_of(text, cleaned, "body") == [BODY_1, BODY_2, BODY_3]


def test_cleaning_title_and_subtitle_are_headings() -> None:
    text = "\n".join(["Budget passes", "Bridge repairs come first", BODY_1])
    cleaned = clean(text)
    assert texts_of(text, cleaned, "heading") == ["Budget passes", "Bridge repairs come first"]


def test_cleaning_title_with_a_quoted_word_is_a_heading_not_a_quote() -> None:
    title = "Pell hails 'magnificent' Rovers after derby win"
    text = "\n".join([title, BODY_1])
    assert kind_of(text, clean(text), title) == "heading"


def test_cleaning_quoted_words_keep_a_line_after_the_title_in_the_body() -> None:
    line = "Fans chant 'Pell out' again"
    text = "\n".join([BODY_1, line, BODY_2])
    assert kind_of(text, clean(text), line) == "body"


@pytest.mark.parametrize(
    "line",
    [
        "HALDANE: We will keep rates where they are",
        "Q: Will the bridge close",
        "He declined to comment.",
        '"We will see"',
        "Nobody knows why!",
    ],
)
def test_cleaning_short_non_heading_lines_stay_body(line: str) -> None:
    text = "\n".join([BODY_1, line, BODY_2])
    assert kind_of(text, clean(text), line) == "body"


def test_cleaning_short_last_line_is_not_heading() -> None:
    text = "\n".join([BODY_1, "Bridge repairs"])
    assert kind_of(text, clean(text), "Bridge repairs") == "body"


def test_cleaning_tail_of_hard_wrapped_paragraph_is_not_heading() -> None:
    text = (
        "The council approved the budget on Tuesday after a debate that ran\n"
        "Late Into The Night\n"
        "Opposition members said the plan left too little for schools.\n"
    )
    cleaned = clean(text)
    assert texts_of(text, cleaned, "heading") == []


# --- duplicated paragraphs ------------------------------------------------------------------


def test_cleaning_exact_repeated_paragraph_is_duplicate_with_warning() -> None:
    text = "\n".join([BODY_1, BODY_2, BODY_3, "  " + BODY_2.upper().replace(" ", "  ")])
    cleaned = clean(text)
    last = cleaned.blocks[-1]
    assert last.kind == "duplicate"
    assert last.duplicate_of == 1
    first = cleaned.blocks[1]
    assert cleaned.warnings == [
        f"paragraph at {last.start}-{last.end} repeats text at {first.start}-{first.end}; "
        "its quotes are reported once"
    ]


def test_cleaning_paragraph_repeating_start_of_earlier_one_is_duplicate() -> None:
    long_paragraph = BODY_2 + " " + BODY_3
    text = "\n".join([BODY_1, long_paragraph, BODY_2])
    cleaned = clean(text)
    assert cleaned.blocks[-1] == Block(text.rindex(BODY_2), len(text), "duplicate", duplicate_of=1)


def test_cleaning_paragraph_repeating_sentence_run_inside_earlier_one_is_duplicate() -> None:
    long_paragraph = BODY_1 + " " + BODY_3 + " The vote was 31 to 20."
    text = "\n".join([long_paragraph, BODY_2, BODY_3.replace("’", "'")])
    cleaned = clean(text)
    assert [b.kind for b in cleaned.blocks] == ["body", "body", "duplicate"]
    assert cleaned.blocks[-1].duplicate_of == 0


def test_cleaning_short_repeated_line_is_not_duplicate() -> None:
    text = "\n".join([BODY_1, "He declined to comment.", BODY_2, "He declined to comment."])
    assert [b.kind for b in clean(text).blocks] == ["body"] * 4


def test_cleaning_paragraph_sharing_only_an_opening_is_not_duplicate() -> None:
    other = BODY_1.replace("harbour bridge", "old tram line")
    text = "\n".join([BODY_1, other])
    assert [b.kind for b in clean(text).blocks] == ["body", "body"]


# --- the seed article -----------------------------------------------------------------------


def test_cleaning_seed_article_matches_gold_boilerplate_headings_and_duplicates() -> None:
    article, gold_file = SHARED / "seed" / "article.txt", SHARED / "seed" / "gold.json"
    if not (article.exists() and gold_file.exists()):
        pytest.skip(f"seed article and gold not found under {SHARED / 'seed'}")
    text = article.read_text(encoding="utf-8")
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    cleaned = clean(text)

    def spans(kind: str) -> list[list[int]]:
        return [[b.start, b.end] for b in cleaned.blocks if b.kind == kind]

    assert spans("related") == [item["span"] for item in gold["boilerplate"]]
    assert spans("heading") == [item["span"] for item in gold["headings"]]
    assert spans("duplicate") == [item["span"] for item in gold["duplicate_paragraphs"]]
    for block in cleaned.blocks:
        if block.kind == "duplicate":
            original = cleaned.blocks[block.duplicate_of or 0]
            assert [[original.start, original.end]] == [
                item["repeats"] for item in gold["duplicate_paragraphs"]
            ]
    assert cleaned.dateline is not None
    assert (cleaned.dateline.place, cleaned.dateline.date, cleaned.dateline.source) == (
        "GENEVA",
        "December 15",
        "TASS",
    )
    assert cleaned.body()[0].start >= cleaned.dateline.end


def test_cleaning_polnear_quotes_never_fall_in_headings_links_captions_or_datelines() -> None:
    corpus = [SHARED / "data" / "polnear" / f"{part}.jsonl" for part in ("train", "dev")]
    if not all(path.exists() for path in corpus):
        pytest.skip(f"PolNeAR train/dev not found under {SHARED / 'data' / 'polnear'}")
    lost = []
    for path in corpus:
        for line in path.read_text(encoding="utf-8").splitlines():
            article = json.loads(line)
            spans = [(quote["start"], quote["end"]) for quote in article["quotes"]]
            for block in clean(article["text"]).blocks:
                if block.kind in ("body", "duplicate"):
                    continue
                if any(start < block.end and block.start < end for start, end in spans):
                    lost.append((article["id"], block))
    assert lost == []


# --- robustness -----------------------------------------------------------------------------


def check_invariants(text: str, cleaned: Cleaned) -> None:
    previous_end = 0
    for index, block in enumerate(cleaned.blocks):
        assert previous_end <= block.start < block.end <= len(text)
        content = text[block.start : block.end]
        assert content == content.strip()
        if block.duplicate_of is not None:
            assert block.kind == "duplicate"
            assert 0 <= block.duplicate_of < index
            assert cleaned.blocks[block.duplicate_of].kind == "body"
        previous_end = block.end
    if cleaned.dateline is not None:
        assert 0 <= cleaned.dateline.start < cleaned.dateline.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_cleaning_any_text_gives_ordered_blocks_inside_the_text(text: str) -> None:
    check_invariants(text, clean(text))


LINE_PIECES = [
    "GENEVA, December 15. /TASS/.",
    "WASHINGTON (Reuters) -",
    "- ",
    "• ",
    "Read more:",
    "By Jane Doe",
    "Photo:",
    "HALDANE:",
    '"We will stay," he said.',
    "Bridge repairs",
    BODY_1,
    BODY_2,
    ".",
    " ",
    "\n",
    "\r\n",
    "\u2028",
    "’",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(LINE_PIECES), st.text(max_size=8)), max_size=30))
def test_cleaning_article_like_text_gives_ordered_blocks_inside_the_text(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    check_invariants(text, clean(text))


def test_cleaning_huge_text_with_few_newlines_finishes() -> None:
    sentence = '"We will see," the mayor said of the bridge plan. '
    text = (sentence * 60_000) + "\n" + (sentence * 60_000)
    cleaned = clean(text)
    assert [b.kind for b in cleaned.blocks] == ["body", "duplicate"]


def test_cleaning_looks_english_tells_english_news_from_other_languages() -> None:
    from onrecord.extraction.cleaning import looks_english

    english = (
        "The council said on Monday that it would extend the bus routes in the summer, and the "
        "mayor told reporters that commuters had been complaining for years about crowded buses "
        "on the way to the city centre."
    )
    french = (
        "Le conseil municipal a annoncé lundi qu'il allait prolonger les lignes de bus cet été, "
        "et le maire a déclaré aux journalistes que les usagers se plaignaient depuis des années "
        "de bus bondés sur le chemin du centre-ville."
    )
    assert looks_english(english)
    assert not looks_english(french)
    assert looks_english("Short text.")  # too short to tell: the benefit of the doubt
