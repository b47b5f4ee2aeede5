"""Wording variants: how each outlet's copy of a quote differs from the first-seen wording.

One stored quote gathers every outlet's copy of a quotation (see ``dedupe``). Most copies differ
only in marks, case or punctuation; some cut a passage or add one back; a few change words,
which is where a quote is disputed. ``classify`` names the difference and ``word_diff`` shows
it, word by word. Both are pure functions of two strings (no database), compared on the words
``dedupe.normalise`` keeps, so curly or straight marks and ALL CAPS never count as a change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

import spacy

from onrecord.corpus.dedupe import normalise
from onrecord.lexicon import known_languages, lexicon

# The kinds of variant, from the harmless to the disputed. "original" is the first-seen wording
# itself; "reworded" means the words differ beyond stop words and cuts: a disputed wording.
KINDS = ("original", "punctuation", "shortened", "minor", "reworded")

# A corpus mixes languages and a quote's wording carries no language code, so the words of every
# language onrecord reads count: spaCy's stop words of each, and each lexicon's negations
# (data/<lang>/negations.txt). spaCy's stop words include the negations; dropping or adding one
# reverses what a quote says ("we will not sign" / "we will sign"), so a change in one is never
# "minor", and a cut that removes one from inside a quote is not a mere shortening.
NEGATIONS = frozenset().union(*(lexicon(code).negations for code in known_languages()))
STOP_WORDS = frozenset().union(
    *(spacy.util.get_lang_class(code).Defaults.stop_words for code in known_languages()))


@dataclass
class DiffPart:
    """A run of words of a word diff: kept ("equal", in the variant's spelling), only in the
    variant ("insert") or only in the original ("delete"). Parts are joined with a space."""

    op: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Variant:
    """One wording of a quote: its text, how many occurrences carry it and in which outlets,
    its first date, its ``kind`` (see ``KINDS``) and its word diff from the first-seen wording
    (or from ``compared_with``, the other wording it is a cut of: see ``relate``)."""

    text: str
    count: int
    outlets: list[str] = field(default_factory=list)
    first_date: str | None = None
    kind: str = "original"
    diff: list[DiffPart] = field(default_factory=list)
    compared_with: str | None = None  # the wording the diff is from, when not the first-seen

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# An ellipsis (one character or three dots, spaced or not): the mark of an omitted passage.
_ELLIPSIS = re.compile(r"\u2026|\.\s*\.\s*\.")


def _is_stop(word: str) -> bool:
    return word in STOP_WORDS and word not in NEGATIONS


def _cut_points(text: str) -> frozenset[int]:
    """The word positions (in ``normalise(text).split()``) where an ellipsis marks a cut.

    >>> sorted(_cut_points("We will rebuild ... and every family..."))
    [3, 6]
    """
    points, count = set(), 0
    for fragment in _ELLIPSIS.split(text)[:-1]:
        count += len(normalise(fragment).split())
        points.add(count)
    return frozenset(points)


@lru_cache(maxsize=65536)
def classify(original: str, variant: str) -> str:
    """How ``variant`` differs from ``original``: "punctuation" (the same words), "shortened"
    (words cut at either end, or inside where an ellipsis marks the cut; or the other way round,
    the original being the cut; stop words aside), "minor" (only stop words differ), else
    "reworded". Never "original": a wording is compared with another.

    >>> classify("We came to close this file.", "we came to close this file")
    'punctuation'
    >>> classify("We came to close this file, not to open one.", "We came to close this file...")
    'shortened'
    >>> classify("We came to close this file.", "We came to close the file.")
    'minor'
    >>> classify("We came to close this file.", "We came to open this file.")
    'reworded'
    >>> classify("We will not sign the accord today.", "We will sign the accord today.")
    'reworded'
    >>> classify("We came to close this old file today.", "We came to close this file today.")
    'reworded'
    """
    a, b = normalise(original).split(), normalise(variant).split()
    if a == b:
        return "punctuation"
    changes = [op for op in SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
               if op[0] != "equal"]
    marked_a, marked_b = _cut_points(original), _cut_points(variant)
    cuts, others = 0, []
    for tag, i1, i2, j1, j2 in changes:
        inside = i1 > 0 and i2 < len(a) and j1 > 0 and j2 < len(b)
        if (tag == "replace" or inside) and NEGATIONS.intersection(a[i1:i2] + b[j1:j2]):
            return "reworded"
        if ((tag == "delete" and (j1 in (0, len(b)) or j1 in marked_b))
                or (tag == "insert" and (i1 in (0, len(a)) or i1 in marked_a))):
            cuts += 1
        else:
            others.append(a[i1:i2] + b[j1:j2])
    if not all(_is_stop(w) for words in others for w in words):
        return "reworded"
    return "shortened" if cuts else "minor"


def relate(original: str, text: str, wordings: Iterable[str]) -> tuple[str, str]:
    """How ``text`` differs from the quote's other ``wordings``: ``classify(original, text)``
    and ``original``, unless that says "reworded" and another wording explains ``text`` as a
    cut or a change of punctuation or stop words of it; then that kind and that wording. The
    parts of a quote split around its cue are each a cut of the whole quote another outlet
    printed, not a rewording of one another.

    >>> whole = "We came to close this file. We will stay until the last day."
    >>> relate("We came to close this file.", "We will stay until the last day.",
    ...        [whole, "We came to close this file."])[0]
    'shortened'
    >>> relate("We came to close this file.", "We came to open this file.", [whole])[0]
    'reworded'
    """
    kind = classify(original, text)
    if kind == "reworded":
        for other in wordings:
            if other not in (original, text) and classify(other, text) != "reworded":
                return classify(other, text), other
    return kind, original


def _tokens(text: str) -> list[str]:
    """Whitespace-separated words, a run of bare punctuation ("-", "...") kept with the word
    before it, so that every token has a word to compare.

    >>> _tokens("close this file - not to open one")
    ['close', 'this', 'file -', 'not', 'to', 'open', 'one']
    """
    tokens: list[str] = []
    for raw in text.split():
        if tokens and not (normalise(raw) and normalise(tokens[-1])):
            tokens[-1] = f"{tokens[-1]} {raw}"
        else:
            tokens.append(raw)
    return tokens


def word_diff(original: str, variant: str) -> list[DiffPart]:
    """The word-level diff from ``original`` to ``variant``, words compared as ``normalise``
    sees them: joined with spaces, the "equal" and "insert" parts give the variant's text.

    >>> [(p.op, p.text) for p in word_diff("We came to close this file.",
    ...                                    "We came to open this file!")]
    [('equal', 'We came to'), ('delete', 'close'), ('insert', 'open'), ('equal', 'this file!')]
    >>> [(p.op, p.text) for p in word_diff("Close the file, now.", "close the file now")]
    [('equal', 'close the file now')]
    """
    ta, tb = _tokens(original), _tokens(variant)
    ka, kb = [normalise(t) for t in ta], [normalise(t) for t in tb]
    parts: list[DiffPart] = []

    def add(op: str, words: list[str]) -> None:
        if not words:
            return
        text = " ".join(words)
        if parts and parts[-1].op == op:
            parts[-1].text = f"{parts[-1].text} {text}"
        else:
            parts.append(DiffPart(op, text))

    for tag, i1, i2, j1, j2 in SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes():
        if tag == "equal" or " ".join(ka[i1:i2]).split() == " ".join(kb[j1:j2]).split():
            add("equal", tb[j1:j2])  # also "long-delayed" against "long delayed"
        else:
            add("delete", ta[i1:i2])
            add("insert", tb[j1:j2])
    return parts


def variants(original: str, wordings: list[tuple[str, int, list[str], str | None]]
             ) -> list[Variant]:
    """The variants of a quote: ``wordings`` are (text, occurrences, outlets, first date) for
    each distinct text, the first-seen wording ``original`` among them. The original comes
    first, then the others by occurrences (most first), then first date.

    >>> [(v.kind, v.count) for v in variants("Close it.", [("Close it!", 2, ["B"], "2024-01-02"),
    ...                                                   ("Close it.", 1, ["A"], "2024-01-01")])]
    [('original', 1), ('punctuation', 2)]
    """
    result: list[Variant] = []
    texts = [w[0] for w in wordings]
    for text, count, outlets, first in wordings:
        if text == original:
            result.append(Variant(text, count, outlets, first, "original",
                                  [DiffPart("equal", " ".join(_tokens(text)))]))
        else:
            kind, base = relate(original, text, texts)
            result.append(Variant(text, count, outlets, first, kind, word_diff(base, text),
                                  None if base == original else base))
    result.sort(key=lambda v: (v.kind != "original", -v.count, v.first_date or "9999", v.text))
    return result
