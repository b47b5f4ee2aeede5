"""Tests for onrecord.corpus.dedupe: outlets' variants of one quotation are one quote, found by
keys."""

from __future__ import annotations

import json
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from onrecord.corpus.dedupe import (
    BANDS,
    SAME_QUOTE,
    band_hashes,
    is_same_quote,
    minhash_signature,
    normalise,
    shingles,
    similarity,
)

QUOTE = (
    "We have never seen so many ships in one year, and the old town cannot take them all. "
    "We will ask the council for a limit on cruise calls before next summer."
)
OTHER = (
    "The budget leaves nothing for the schools in the eastern districts, and parents there "
    "deserve an answer from the mayor before the vote on Thursday."
)

INT64 = range(-(2**63), 2**63)


def candidates(a: str, b: str) -> bool:
    return bool(set(band_hashes(a)) & set(band_hashes(b)))


def assert_same(a: str, b: str) -> None:
    assert is_same_quote(a, b), (similarity(a, b), a, b)
    assert candidates(a, b), (a, b)


# --- normalise -------------------------------------------------------------------------------


def test_normalise_folds_case_marks_punctuation_and_ellipses() -> None:
    assert normalise("“We’re NOT leaving…” — she said.") == "were not leaving she said"
    assert normalise('"We\'re not leaving..." - she said!') == "were not leaving she said"
    assert normalise("  long-delayed\trepairs \n") == "long delayed repairs"


def test_normalise_keeps_letters_of_every_script_and_digits() -> None:
    assert normalise("Ça coûte 3,5 millions d’euros") == "ça coûte 3 5 millions deuros"
    assert normalise("Путин сказал: «Нет».") == "путин сказал нет"


@given(st.text())
def test_normalise_never_raises_and_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
    assert once == once.strip()
    assert "  " not in once


@given(st.text())
def test_band_hashes_never_raise_and_fit_sqlite_integer(text: str) -> None:
    keys = band_hashes(text)
    assert len(keys) == len(set(keys))
    assert all(key in INT64 for key in keys)
    assert (keys == []) == (normalise(text) == "")


# --- shingles and similarity -----------------------------------------------------------------


def test_shingles_are_word_trigrams_and_words_for_short_quotes() -> None:
    assert shingles("We will, we will rock you") == {
        "we will we", "will we will", "we will rock", "will rock you"
    }
    assert shingles("No comment.") == {"no", "comment"}
    assert shingles("...") == set()


def test_similarity_is_one_for_a_part_and_zero_for_nothing() -> None:
    first_half = QUOTE.split(",")[0]
    assert similarity(first_half, QUOTE) == 1.0
    assert similarity(QUOTE, first_half) == 1.0
    assert similarity("", QUOTE) == 0.0
    assert similarity(QUOTE, OTHER) < 0.1


# --- variants are the same quote and candidates ----------------------------------------------


def test_same_quote_case_variant() -> None:
    assert_same(QUOTE, QUOTE.upper())


def test_same_quote_straight_and_curly_marks() -> None:
    straight = "\"We're not leaving,\" she said. 'Not now, not ever, whatever they offer.'"
    curly = "“We’re not leaving,” she said. ‘Not now, not ever, whatever they offer.’"
    assert_same(straight, curly)


def test_same_quote_different_punctuation() -> None:
    variant = QUOTE.replace(",", " -").replace(". ", "; ").replace("cannot", "cannot,")
    assert_same(QUOTE, variant)


def test_same_quote_ellipsis_for_an_omitted_passage() -> None:
    elided = (
        "We have never seen so many ships in one year … We will ask the council for a limit "
        "on cruise calls before next summer."
    )
    assert_same(QUOTE, elided)
    assert_same(QUOTE, elided.replace("…", "..."))


def test_same_quote_truncated_first_half() -> None:
    assert_same(QUOTE, "We have never seen so many ships in one year, and the old town")


def test_same_quote_second_sentence_alone() -> None:
    assert_same(QUOTE, "We will ask the council for a limit on cruise calls before next summer.")


def test_same_quote_one_word_changed() -> None:
    assert_same(QUOTE, QUOTE.replace("so many ships", "so many boats"))


def test_partial_quotes_are_candidates_at_every_truncation() -> None:
    # Truncated at every word from the seventh ("ships", the third content word) on, or
    # started at every word of the second sentence: the quote's edge keys are always shared.
    tokens = QUOTE.split()
    for end in range(7, len(tokens)):
        assert candidates(QUOTE, " ".join(tokens[:end])), end
    second = tokens.index("ask")
    for start in range(second - 2, len(tokens) - 7):
        assert candidates(QUOTE, "… " + " ".join(tokens[start:])), start


def test_quotes_opening_with_one_stock_phrase_share_no_edge_key() -> None:
    a = "At the end of the day, the harbour belongs to the fishermen and their families."
    b = "At the end of the day, voters will judge the mayor on the state of the roads."
    assert not candidates(a, b)


def test_different_quotes_are_not_the_same() -> None:
    assert not is_same_quote(QUOTE, OTHER)
    assert not candidates(QUOTE, OTHER)


def test_quotes_sharing_a_stock_phrase_are_not_the_same() -> None:
    a = "At the end of the day we have to look after the families who live on this street."
    b = "At the end of the day the league will decide, and the players will have to accept it."
    assert similarity(a, b) < SAME_QUOTE
    assert not is_same_quote(a, b)


def test_a_bare_stock_phrase_is_not_part_of_every_quote_opening_with_it() -> None:
    a = "At the end of the day, the harbour belongs to the fishermen and their families."
    assert not is_same_quote("At the end of the day,", a)
    stock = "I think it is fair to say that"
    assert not is_same_quote(stock, f"{stock} {a}")
    assert is_same_quote("At the end of the day, the harbour belongs to", a)


def test_short_generic_quotes_are_never_the_same() -> None:
    assert not is_same_quote("Thank you.", "Thank you.")
    assert not is_same_quote("No comment.", "“No comment,”")
    assert not is_same_quote("We will see.", "We will see what happens when the report is out.")
    assert not is_same_quote("Thank you.", "Thank you for coming, it was a wonderful night.")


# --- keys --------------------------------------------------------------------------------------


def test_band_hashes_start_with_one_key_per_band() -> None:
    keys = band_hashes(QUOTE)
    assert len(keys) >= BANDS
    assert band_hashes(QUOTE.upper()) == keys
    assert len(minhash_signature(QUOTE)) == 64


def test_band_hashes_are_the_same_in_another_process() -> None:
    texts = [QUOTE, OTHER, "No comment.", "Ça coûte 3,5 millions d’euros"]
    code = (
        "import json, sys\n"
        "from onrecord.corpus.dedupe import band_hashes\n"
        "print(json.dumps([band_hashes(t) for t in json.load(sys.stdin)]))\n"
    )
    for seed in ("0", "12345"):
        out = subprocess.run(
            [sys.executable, "-c", code],
            input=json.dumps(texts),
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        )
        assert json.loads(out.stdout) == [band_hashes(t) for t in texts]
