"""Tests for ``onrecord.corpus.variants``: naming how an outlet's copy of a quote differs from the
first-seen wording, and the word diff shown for it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onrecord.corpus.variants import KINDS, classify, variants, word_diff

WALL = ("We will rebuild the harbour wall before the winter storms arrive, and every family on "
        "the seafront will be back in a safe home by Christmas.")


@pytest.mark.parametrize("copy", [
    WALL.upper(),
    WALL.replace(",", " -").replace(".", ""),
    f"\u201c{WALL}\u201d",
])
def test_variants_marks_case_and_punctuation_are_punctuation(copy: str) -> None:
    assert classify(WALL, copy) == "punctuation"


def test_variants_curly_and_straight_apostrophes_are_punctuation() -> None:
    assert classify("We\u2019ll rebuild the town\u2019s wall", "We'll rebuild the town's wall") \
        == "punctuation"


@pytest.mark.parametrize("copy", [
    "We will rebuild the harbour wall before the winter storms arrive\u2026",
    "We will rebuild the harbour wall \u2026 and every family on the seafront will be back in a "
    "safe home by Christmas.",
    "every family on the seafront will be back in a safe home",
])
def test_variants_cuts_are_shortened(copy: str) -> None:
    assert classify(WALL, copy) == "shortened"


def test_variants_an_expanded_copy_of_a_cut_original_is_shortened() -> None:
    cut = "We will rebuild the harbour wall before the winter storms arrive..."
    assert classify(cut, WALL) == "shortened"


def test_variants_stop_word_changes_are_minor() -> None:
    copy = WALL.replace("the harbour wall", "our harbour wall").replace("in a safe", "in the safe")
    assert classify(WALL, copy) == "minor"


@pytest.mark.parametrize("copy", [
    WALL.replace("winter", "autumn"),
    WALL.replace("Christmas", "Easter").replace("rebuild", "repair"),
    WALL.replace("harbour wall", "harbour wall and the pier"),
])
def test_variants_changed_content_words_are_reworded(copy: str) -> None:
    assert classify(WALL, copy) == "reworded"


def test_variants_a_dropped_negation_is_reworded_not_minor_or_shortened() -> None:
    said = "We will not sign the accord before the election, whatever the ministry says."
    assert classify(said, said.replace("will not", "will")) == "reworded"
    assert classify(said, said.replace("will not", "will never")) == "reworded"
    assert classify("We are ready, but we will not sign", "We are ready") == "shortened"


def test_variants_word_diff_shows_the_changed_word() -> None:
    parts = word_diff(WALL, WALL.replace("winter", "autumn"))
    changed = [(p.op, p.text) for p in parts if p.op != "equal"]
    assert changed == [("delete", "winter"), ("insert", "autumn")]
    assert [p.op for p in word_diff(WALL, WALL.upper())] == ["equal"]


def test_variants_word_diff_of_a_cut_deletes_the_tail() -> None:
    cut = "We will rebuild the harbour wall before the winter storms arrive\u2026"
    parts = word_diff(WALL, cut)
    assert [p.op for p in parts] == ["equal", "delete"]
    assert parts[0].text == "We will rebuild the harbour wall before the winter storms arrive\u2026"
    assert parts[1].text.startswith("and every family")


def test_variants_original_comes_first_then_the_most_carried() -> None:
    found = variants(WALL, [
        (WALL.replace("winter", "autumn"), 1, ["Morning Wire"], "2024-05-08"),
        (WALL.upper(), 3, ["Harbour Post", "City Gazette"], "2024-05-07"),
        (WALL, 2, ["Daily Ledger"], "2024-05-06"),
    ])
    assert [(v.kind, v.count) for v in found] == [("original", 2), ("punctuation", 3),
                                                  ("reworded", 1)]
    assert [p.op for p in found[0].diff] == ["equal"]
    assert {v.kind for v in found} <= set(KINDS)
    assert found[1].to_dict()["outlets"] == ["Harbour Post", "City Gazette"]


@given(st.text(), st.text())
def test_variants_diff_rebuilds_the_copy_and_never_crashes(original: str, copy: str) -> None:
    parts = word_diff(original, copy)
    assert " ".join(p.text for p in parts if p.op != "delete") == " ".join(copy.split())
    assert all(p.text for p in parts)
    assert classify(original, copy) in KINDS[1:]


def test_variants_an_unmarked_cut_inside_the_quote_is_reworded() -> None:
    silent = WALL.replace("harbour wall before the winter storms", "wall before the storms")
    assert classify(WALL, silent) == "reworded"


def test_variants_two_excerpts_of_one_longer_quote_are_shortened() -> None:
    first = "We will rebuild the harbour wall before the winter storms arrive"
    later = "the harbour wall before the winter storms arrive, and every family"
    assert classify(first, later) == "shortened"
