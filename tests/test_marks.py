"""Tests for onrecord.extraction.marks: the quotation-mark scanner."""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord.extraction.marks import MARK_PAIRS, MAX_DEPTH, Quoted, is_apostrophe, scan

SHARED = Path(__file__).parents[1].parent / "shared"
ALL_MARKS = set(MARK_PAIRS) | {c for closers in MARK_PAIRS.values() for c in closers}


def spans(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[tuple[str, int]]:
    """(quoted text, depth) for every quotation scan() finds."""
    return [(text[q.start : q.end], q.depth) for q in scan(text, paragraphs)]


# --- styles -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will win," she said.', [("We will win,", 0)]),
        ('He called it "a disaster" and "a mess".', [("a disaster", 0), ("a mess", 0)]),
        ("“We will win,” she said.", [("We will win,", 0)]),
        ("It was “fine” and “calm”.", [("fine", 0), ("calm", 0)]),
        ("‘We will win,’ she said.", [("We will win,", 0)]),
        ("It was ‘fine’ and ‘calm’.", [("fine", 0), ("calm", 0)]),
        ("'We will win,' she said.", [("We will win,", 0)]),
        ("It was 'fine' and 'calm'.", [("fine", 0), ("calm", 0)]),
        ("«Nous gagnerons», dit-elle.", [("Nous gagnerons", 0)]),
        ("Il a dit « non » puis « oui ».", [(" non ", 0), (" oui ", 0)]),
        ("»Wir gewinnen«, sagte sie.", [("Wir gewinnen", 0)]),
        ("Er sagte »nein« und »ja«.", [("nein", 0), ("ja", 0)]),
        ("„Wir gewinnen“, sagte sie.", [("Wir gewinnen", 0)]),
        ("Er sagte „nein“ und „ja“.", [("nein", 0), ("ja", 0)]),
        ("„Wygramy” – powiedziała.", [("Wygramy", 0)]),
        ("Powiedział „nie” i „tak”.", [("nie", 0), ("tak", 0)]),
        ("Er sagte ‚nein‘ und ‚ja‘.", [("nein", 0), ("ja", 0)]),
        ("‚Wir gewinnen‘, sagte sie.", [("Wir gewinnen", 0)]),
    ],
)
def test_marks_every_style_pairs_its_marks(text: str, expected: list[tuple[str, int]]) -> None:
    assert spans(text) == expected


def test_marks_quote_offsets_point_inside_the_marks() -> None:
    text = 'He said "yes" today.'
    [q] = scan(text)
    assert (q.open_at, q.start, q.end, q.close_at) == (8, 9, 12, 12)
    assert text[q.open_at] == text[12] == '"'


def test_marks_mixed_straight_and_curly_doubles_pair() -> None:
    assert spans('He said "we will win” today.') == [("we will win", 0)]
    assert spans('He said “we will win" today.') == [("we will win", 0)]


def test_marks_split_quote_gives_two_spans() -> None:
    text = "“I don’t think,” he said, “that we will win.”"
    assert spans(text) == [("I don’t think,", 0), ("that we will win.", 0)]


# --- nesting ------------------------------------------------------------------------------------


def test_marks_single_nested_in_double_is_depth_one() -> None:
    assert spans("\"He said 'no' to me,\" she said.") == [("He said 'no' to me,", 0), ("no", 1)]
    assert spans("“He said ‘no’ to me,” she said.") == [("He said ‘no’ to me,", 0), ("no", 1)]


def test_marks_uk_single_primary_with_double_nested() -> None:
    text = "‘We want the “best” deal for ‘our’ town,’ he said."
    assert spans(text) == [
        ("We want the “best” deal for ‘our’ town,", 0),
        ("best", 1),
        ("our", 1),
    ]


def test_marks_german_nested_low_marks() -> None:
    text = "„Er sagte ‚nein‘ zu mir“, sagte sie."
    assert spans(text) == [("Er sagte ‚nein‘ zu mir", 0), ("nein", 1)]


def test_marks_nested_quote_at_the_start_of_a_quote() -> None:
    text = "“‘Go home,’ he told me,” she said."
    assert spans(text) == [("‘Go home,’ he told me,", 0), ("Go home,", 1)]


def test_marks_nesting_deeper_than_the_limit_is_ignored() -> None:
    text = "“" * (MAX_DEPTH + 5) + "x" + "”" * (MAX_DEPTH + 5)
    quotes = scan(text)
    assert quotes and max(q.depth for q in quotes) < MAX_DEPTH


# --- apostrophes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I don’t know and I don't care.",
        "Assad’s men and Syria's army.",
        "It was the ’90s, or the '90s.",
        "They played rock ’n’ roll and rock 'n' roll.",
        "The students’ union met the teachers' union.",
        "O’Brien and O'Neill met y’all.",
        "’Tis the season, 'tis true.",
        "Get ’em out, get 'em out.",
        "The U.N.’s envoy and the U.S.'s army.",
        "He is 5’11 and 6'2 tall.",
    ],
)
def test_marks_apostrophes_are_not_quotation_marks(text: str) -> None:
    assert scan(text) == []


def test_marks_clitic_after_a_closing_mark_is_apostrophe() -> None:
    assert spans("The “Big Apple”’s mayor and the ‘Iron Lady’s’ son.") == [
        ("Big Apple", 0),
        ("Iron Lady’s", 0),
    ]


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("don’t", 3, True),
        ("O'Brien", 1, True),
        ("the ’90s", 4, True),
        ("the students’ union", 12, True),  # context-free: a possessive before a word
        ("rock ’n’ roll", 5, True),
        ("rock ’n’ roll", 7, True),
        ("he said ‘no’ there", 8, False),
        ("he said ‘no’ there", 11, False),
        ("he said ‘no,’ there", 12, False),
        ("a “b” c", 2, False),
        ("x", 5, False),  # out of range
    ],
)
def test_is_apostrophe(text: str, index: int, expected: bool) -> None:
    assert is_apostrophe(text, index) is expected


def test_marks_plural_possessive_inside_single_quote_is_apostrophe() -> None:
    text = "‘The students’ union is weak,’ she said."
    assert spans(text) == [("The students’ union is weak,", 0)]


def test_marks_plural_possessive_inside_nested_quote_is_apostrophe() -> None:
    text = "“It was ‘the players’ revolt’ again,” he said."
    assert spans(text) == [("It was ‘the players’ revolt’ again,", 0), ("the players’ revolt", 1)]


def test_marks_s_quote_before_speech_word_closes() -> None:
    assert spans("‘I blame the parents’ he said.") == [("I blame the parents", 0)]
    assert spans("He called them 'players' and left.") == [("players", 0)]
    assert spans("the so-called ‘elites’ who run it") == [("elites", 0)]


def test_marks_s_quote_before_punctuation_closes() -> None:
    assert spans("They are ‘heroes’, he said.") == [("heroes", 0)]


def test_marks_plural_possessive_with_nothing_open_is_apostrophe() -> None:
    assert scan("The workers’ pay and the bosses’ cars.") == []


def test_marks_uk_style_possessive_keeps_long_quote_open() -> None:
    text = (
        "‘Our members’ rights come first. We will not back down.\n"
        "‘We will win,’ she said.\n"
        "‘Never,’ he replied."
    )
    quotes = scan(text)
    assert [(text[q.start : q.end], q.close_at is None) for q in quotes] == [
        ("Our members’ rights come first. We will not back down.", True),
        ("We will win,", False),
        ("Never,", False),
    ]
    assert quotes[1].continues == 0


# --- paragraphs and unbalanced marks ------------------------------------------------------------


def test_marks_multi_paragraph_quote_continues() -> None:
    text = "“We came here first.\n“We stayed for years.\n“Then we left,” she said."
    quotes = scan(text)
    assert [(q.close_at is None, q.continues) for q in quotes] == [
        (True, None),
        (True, 0),
        (False, 1),
    ]
    assert text[quotes[0].start : quotes[0].end] == "We came here first."


def test_marks_multi_paragraph_quote_continues_across_blank_lines() -> None:
    text = "‘One more thing.  \n\n‘That is all,’ he said."
    quotes = scan(text)
    assert [text[q.start : q.end] for q in quotes] == ["One more thing.", "That is all,"]
    assert quotes[0].close_at is None and quotes[1].continues == 0


def test_marks_open_quote_not_reopened_is_reported_open() -> None:
    text = "He said “we will win.\nShe left."
    [q] = scan(text)
    assert q.close_at is None and q.continues is None
    assert text[q.start : q.end] == "we will win."


def test_marks_next_paragraph_in_another_style_does_not_continue() -> None:
    text = "“We will win.\n‘Maybe,’ she said."
    assert [q.continues for q in scan(text)] == [None, None]


def test_marks_quotes_do_not_cross_paragraphs() -> None:
    text = 'He said "yes\nand she said" no.'
    assert spans(text) == [("yes", 0), (" no.", 0)]


def test_marks_odd_straight_doubles_pair_left_to_right() -> None:
    text = 'He said "yes" and "no" and "maybe so.'
    quotes = scan(text)
    assert [(text[q.start : q.end], q.close_at is None) for q in quotes] == [
        ("yes", False),
        ("no", False),
        ("maybe so.", True),
    ]


def test_marks_unclosed_nested_quote_is_dropped() -> None:
    assert spans("“He said ‘no to me,” she said.") == [("He said ‘no to me,", 0)]
    assert spans('"He said \'no to me," she said.') == [("He said 'no to me,", 0)]


def test_marks_stray_closing_mark_is_ignored() -> None:
    assert spans("He left.” Then “we won,” she said.") == [("we won,", 0)]
    assert spans("It ended» there.") == []


def test_marks_empty_quotes_are_not_reported() -> None:
    assert scan('He said "" and “ ” and ‘’.') == []
    assert scan("He said “") == []


def test_marks_breadcrumb_guillemets_are_not_quotes() -> None:
    assert scan("Home » World » Europe") == []


def test_marks_paragraph_ranges_limit_the_scan() -> None:
    text = "“One,” he said. “Two,” she said."
    assert spans(text, [(16, len(text))]) == [("Two,", 0)]
    assert spans(text, [(-5, 7), (40, 90)]) == [("One,", 0)]


def test_marks_results_are_in_text_order() -> None:
    quotes = scan("“A ‘b’ c” and ‘d’.\n“e")
    assert [q.open_at for q in quotes] == sorted(q.open_at for q in quotes)


# --- properties ---------------------------------------------------------------------------------

QUOTEY = st.text(
    alphabet=st.sampled_from(sorted(ALL_MARKS) + list("abs sT9.,!\n\t-—(")), max_size=300
)


def check_invariants(text: str, quotes: list[Quoted]) -> None:
    n = len(text)
    for k, q in enumerate(quotes):
        assert 0 <= q.open_at < q.start <= q.end <= n
        assert q.start == q.open_at + 1 and q.depth >= 0
        assert text[q.open_at] in ALL_MARKS
        if q.close_at is not None:
            assert q.close_at == q.end < n and text[q.close_at] in ALL_MARKS
        else:
            assert q.depth == 0
        assert q.continues is None or 0 <= q.continues < k
    assert [q.open_at for q in quotes] == sorted({q.open_at for q in quotes})


@settings(max_examples=300, deadline=None)
@given(QUOTEY)
def test_marks_property_quote_heavy_text_keeps_offsets_inside(text: str) -> None:
    quotes = scan(text)
    check_invariants(text, quotes)
    for q in quotes:
        assert "\n" not in text[q.start : q.end]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_marks_property_arbitrary_unicode_never_raises(text: str) -> None:
    check_invariants(text, scan(text))


@settings(max_examples=200, deadline=None)
@given(QUOTEY, st.lists(st.tuples(st.integers(-10, 320), st.integers(-10, 320)), max_size=6))
def test_marks_property_any_paragraph_ranges_are_safe(
    text: str, ranges: list[tuple[int, int]]
) -> None:
    check_invariants(text, scan(text, ranges))


@settings(max_examples=300, deadline=None)
@given(QUOTEY, st.integers(0, 310))
def test_marks_property_is_apostrophe_never_raises(text: str, i: int) -> None:
    assert isinstance(is_apostrophe(text, i), bool)


# --- linearity ----------------------------------------------------------------------------------


def count_lines(run: Callable[[], object]) -> int:
    """Python lines executed by ``run``: an operation count that does not depend on the clock."""
    count = 0

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        run()
    finally:
        sys.settrace(previous)
    return count


def random_quotey(seed: int, size: int) -> str:
    alphabet = sorted(ALL_MARKS) + list("abs T.,\n")
    return "".join(random.Random(seed).choices(alphabet, k=size))


@pytest.mark.parametrize(
    "make",
    [
        lambda n: '"' * n,
        lambda n: "‘" * n,
        lambda n: "“" * n,
        lambda n: "’" * n,
        lambda n: "“a ‘b s’ c" * (n // 10),
        lambda n: "“x’ " * (n // 4),  # closers that match nothing open: a deep stack would be slow
        lambda n: " " * n + "“" + " " * n,
        lambda n: random_quotey(n, n),
    ],
)
def test_marks_work_grows_linearly(make: Callable[[int], str]) -> None:
    small = count_lines(lambda: scan(make(2_000)))
    large = count_lines(lambda: scan(make(8_000)))
    assert large <= 5 * small  # linear work gives about 4x for 4x the input


def test_marks_megabytes_of_marks_finish() -> None:
    for text in ('"' * 1_000_000, "‘" * 1_000_000, random_quotey(0, 2_000_000)):
        check_invariants(text, scan(text))


# --- seed article -------------------------------------------------------------------------------


def seed() -> tuple[str, dict[str, Any]]:
    article, gold = SHARED / "seed" / "article.txt", SHARED / "seed" / "gold.json"
    if not (article.exists() and gold.exists()):
        pytest.skip(f"seed article not available: {article} and {gold} are needed")
    return article.read_text(encoding="utf-8"), json.loads(gold.read_text(encoding="utf-8"))


def test_marks_seed_article_direct_quotes_are_top_level_spans() -> None:
    text, gold = seed()
    top = [(q.start, q.end) for q in scan(text) if q.depth == 0]
    direct = [g for g in gold["quotes"] if g["type"] == "direct"]
    assert direct
    for g in direct:
        assert any(abs(s - g["start"]) <= 1 and abs(e - g["end"]) <= 1 for s, e in top), (
            f"direct quote {g['id']} at {g['start']}-{g['end']} not found"
        )


def test_marks_seed_article_phrases_quoted_inside_quotes_are_nested() -> None:
    text, gold = seed()
    quotes = scan(text)
    top = [q for q in quotes if q.depth == 0]
    checked = 0
    for phrase in gold["not_quotes"]:
        start = text.find(phrase)
        while start != -1:
            inside = any(q.start <= start < q.end for q in top if q.start != start)
            if start > 0 and text[start - 1] in ALL_MARKS and inside:
                assert any(q.start == start and q.depth == 1 for q in quotes), phrase
                checked += 1
            start = text.find(phrase, start + 1)
    assert checked > 0
