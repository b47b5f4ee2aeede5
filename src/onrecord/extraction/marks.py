"""Finding quotation marks: which characters open and close a quotation, and what lies between.

``scan`` walks each paragraph once, keeping a small stack of open marks; every decision looks at
most a few characters either side of a mark, so the work is linear in the text. Apostrophes
(``don’t``, ``the ’90s``, ``students’``) are told apart from single quotation marks by their
neighbours. A quotation left open at the end of a paragraph is reported open; when the next
paragraph reopens it (the multi-paragraph convention) the two are linked with ``continues``.
Pure Python, no spaCy.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType

from onrecord.lexicon import (
    current_language,
    lexicon,
    optional_lines,
    optional_words,
    per_language,
)

__all__ = ["APOSTROPHES", "CLOSING_MARKS", "MARK_PAIRS", "MAX_DEPTH", "QUOTATION_MARKS",
           "Quoted", "UNAMBIGUOUS_MARKS", "is_apostrophe", "scan"]

# Opening mark -> the marks that close it. Usage by language from the "Quotation mark" article of
# the English Wikipedia (its summary table) and the Unicode General Punctuation block, U+2018-201F.
MARK_PAIRS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        '"': frozenset('"”“'),  # typewriter double: the same mark opens and closes; "…” slip
        "'": frozenset("'"),  # typewriter single
        "“": frozenset('”“"'),  # English “…”; “…“ and “…" are common typing slips
        "„": frozenset("“”"),  # German, Czech „…“; Polish, Hungarian, Romanian „…”
        "”": frozenset("”"),  # Swedish, Finnish ”…”
        "‟": frozenset("”"),  # reversed high double, rare
        "‘": frozenset("’‘"),  # English ‘…’ (primary in UK style, nested in US style); ‘…‘ slip
        "‚": frozenset("‘’"),  # German ‚…‘; Polish, Dutch ‚…’
        "’": frozenset("’"),  # Swedish, Finnish ’…’
        "‛": frozenset("’"),  # reversed high single, rare
        "«": frozenset("»"),  # French, Russian, Italian, Spanish «…»
        "»": frozenset("«»"),  # German, Danish »…«; Swedish, Finnish »…»
        "‹": frozenset("›"),  # French single ‹…›
        "›": frozenset("‹›"),  # German single ›…‹; Swedish ›…›
        "「": frozenset("」"),  # Chinese, Japanese corner brackets
        "『": frozenset("』"),  # Chinese, Japanese white corner brackets (nested)
    }
)

# Closing mark -> the opening marks it can close (MARK_PAIRS read backwards).
_CLOSES: dict[str, frozenset[str]] = {
    closer: frozenset(o for o, closers in MARK_PAIRS.items() if closer in closers)
    for closer in {c for closers in MARK_PAIRS.values() for c in closers}
}

_ALL_MARKS = frozenset(MARK_PAIRS) | frozenset(_CLOSES)
_MARK_RE = re.compile("[" + re.escape("".join(sorted(_ALL_MARKS))) + "]")

# Quotation-mark families: a paragraph that continues a quotation reopens it with the same family.
_FAMILIES = ('"“”„‟', "'‘’‚‛", "«»", "‹›", "「」", "『』")
_FAMILY = {mark: n for n, marks in enumerate(_FAMILIES) for mark in marks}

# Marks that also serve as apostrophes (‘ is a common autocorrect slip for ’ in ‘90s, O‘Brien).
_APOSTROPHES = frozenset("'’‘‛")
_SINGLE_RE = re.compile("[" + re.escape("".join(sorted(_APOSTROPHES))) + "]")

# The quotation-mark sets the other stages use, all from the table above: every mark, the marks
# that never serve as apostrophes, the apostrophes, and the marks that can close a quotation.
QUOTATION_MARKS = _ALL_MARKS
APOSTROPHES = _APOSTROPHES
UNAMBIGUOUS_MARKS = _ALL_MARKS - _APOSTROPHES
CLOSING_MARKS = frozenset(_CLOSES)

# Marks whose closing role wins whenever a quotation they can close is open: guillemets are set
# with spaces in French (« … »), which hides which way they face.
_ALWAYS_CLOSE = frozenset("«»‹›")

# Marks that open only when "left-flanking" (after a start, space or punctuation, before a
# non-space): they are mostly closers or apostrophes in English, and » › double as breadcrumb
# separators ("Home » News").
_OPEN_NEEDS_LEFT = frozenset("'’‘‚‛”»›")


@per_language
def _elisions() -> frozenset[str]:
    """Words cut at the front and written with a leading apostrophe ('tis, 'em):
    data/<lang>/elisions.txt."""
    return optional_words(None, "elisions.txt")


@per_language
def _clitics() -> frozenset[str]:
    """Clitics written after an apostrophe that follows punctuation or a closing mark (the
    U.N.'s, the U.S.’ll): data/<lang>/clitics.txt."""
    return frozenset(line.strip() for line in optional_lines(None, "clitics.txt"))


# Unicode categories of a character after which a mark can open a quotation: opening brackets
# (Ps, which also holds „ and ‚), dashes (Pd) and other quotation marks (Pi, Pf), as in (“…, —‘…,
# “‘…; typewriter marks and "/" are listed apart because their category is Po.
_OPEN_AFTER_CATEGORIES = frozenset({"Ps", "Pd", "Pi", "Pf"})
_OPEN_AFTER = frozenset("\"'/")

# Deepest nesting tracked. Real text rarely nests three deep; the bound keeps each step constant.
MAX_DEPTH = 8

# Fewest opening single marks that make single marks a document's primary quotation marks: one or
# two scare quotes in a headline are not a house style.
_MIN_PRIMARY_SINGLES = 3

# Longest word read after a mark for the elision and speech-word checks (bounded lookahead).
_WORD_LOOKAHEAD = 12

_NON_SPACE = re.compile(r"\S")

# The opening marks counted to tell UK from US house style.
_PRIMARY_RE = re.compile("[‘'\"“„]")


@dataclass(frozen=True)
class Quoted:
    """The text between one pair of quotation marks (or from an opening mark to the end of its
    paragraph when the quotation is left open). Offsets index the scanned text."""

    start: int  # first character inside the opening mark
    end: int  # just past the last character inside (before the closing mark)
    open_at: int  # the opening mark
    close_at: int | None  # the closing mark; None when left open at the end of the paragraph
    depth: int  # 0 at top level, 1 inside another quotation, ...
    continues: int | None = None  # index in scan()'s list of the quotation this one continues


class _Apostrophe(Enum):
    NO = 0
    YES = 1
    MAYBE = 2  # a plural possessive (students’ union), or a closing mark


class _Role(Enum):
    OPEN = 0
    CLOSE = 1


def is_apostrophe(text: str, i: int) -> bool:
    """Whether the mark at ``text[i]`` is an apostrophe rather than a quotation mark.

    Context-free: a plural possessive before a lowercase word (``students’ union``) counts as an
    apostrophe here; ``scan`` lets it close a single quotation that is open."""
    if not 0 <= i < len(text):
        return False
    return _apostrophe(text, i, 0, len(text)) is not _Apostrophe.NO


def _apostrophe(text: str, i: int, lo: int, hi: int) -> _Apostrophe:
    if text[i] not in _APOSTROPHES:
        return _Apostrophe.NO
    prev_alnum = i > lo and text[i - 1].isalnum()
    next_alnum = i + 1 < hi and text[i + 1].isalnum()
    if prev_alnum and next_alnum:  # don’t, O’Brien, y’all, 5’11
        return _Apostrophe.YES
    if not prev_alnum:
        word_start = (_year_elision(text, i, hi) or _word_elision(text, i, lo, hi)
                      or _name_initial(text, i, hi))
        return _Apostrophe.YES if word_start else _Apostrophe.NO
    if _closes_rock_n_roll(text, i, lo):
        return _Apostrophe.YES
    if _before_lowercase_word(text, i, hi) and _possessive_ending(text, i, lo):
        return _Apostrophe.MAYBE
    return _Apostrophe.NO


def _year_elision(text: str, i: int, hi: int) -> bool:
    """’90s, '08: the mark stands before exactly two digits."""
    if i + 2 >= hi or not (text[i + 1].isdigit() and text[i + 2].isdigit()):
        return False
    return i + 3 >= hi or text[i + 3] == "s" or not text[i + 3].isalnum()


def _word_elision(text: str, i: int, lo: int, hi: int) -> bool:
    """'tis, 'em, the first mark of 'n'; a clitic after punctuation or a mark (the U.N.'s)."""
    word = _word_at(text, i + 1, hi)
    if word is None:
        return False
    after_non_space = i > lo and not text[i - 1].isspace()
    return word.lower() in _elisions() or (after_non_space and word in _clitics())


def _name_initial(text: str, i: int, hi: int) -> bool:
    """’Mathabo Ramoeletsi, ’M’e Pholo (Sesotho names): a right single mark that opens a
    capitalised word followed by another capitalised word, or one with an apostrophe of its
    own."""
    if text[i] != "’" or i + 3 >= hi or not text[i + 1].isupper():
        return False
    if text[i + 2] in _APOSTROPHES and text[i + 3].isalpha():
        return True  # ’M’e
    j = i + 1
    while j < hi and text[j].isalpha():
        j += 1
    return j + 1 < hi and text[j] == " " and text[j + 1].isupper() and j - i > 2


def _closes_rock_n_roll(text: str, i: int, lo: int) -> bool:
    """The second mark of ’n’."""
    if i - 2 < lo or text[i - 1] not in "nN" or text[i - 2] not in _APOSTROPHES:
        return False
    return i - 3 < lo or not text[i - 3].isalnum()


def _possessive_ending(text: str, i: int, lo: int) -> bool:
    """A word ending in s just before the mark (students’, US’)."""
    return i - 2 >= lo and text[i - 1] in "sS" and text[i - 2].isalpha()


def _before_lowercase_word(text: str, i: int, hi: int) -> bool:
    return i + 2 < hi and text[i + 1] in " \t\u00a0" and text[i + 2].islower()


def _word_at(text: str, j: int, hi: int) -> str | None:
    """The letters starting at ``j``, or None when there are none or more than the lookahead."""
    end = j
    limit = min(hi, j + _WORD_LOOKAHEAD)
    while end < limit and text[end].isalpha():
        end += 1
    if end == j or (end < hi and text[end].isalpha()):
        return None
    return text[j:end]


def _flanks(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(left, right): left-flanking is after a start, space, bracket, dash or mark and before a
    non-space, the way an opening mark stands; right-flanking is after a non-space and before a
    space, punctuation or the end, the way a closing mark stands. ``—‘.`` is both."""
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 1] if i + 1 < hi else ""
    if text[i] in "«‹" and prev in _APOSTROPHES and i - 2 >= lo and text[i - 2].isalpha():
        return True, False  # "il s’agit d’« un changement »": after an elided word, it opens
    left = nxt != "" and not nxt.isspace() and _opening_context(prev)
    right = prev != "" and not prev.isspace() and not nxt.isalnum()
    return left, right


def _opening_context(prev: str) -> bool:
    if prev == "" or prev.isspace() or prev in _OPEN_AFTER:
        return True
    return unicodedata.category(prev) in _OPEN_AFTER_CATEGORIES


def _role(left: bool, right: bool) -> _Role | None:
    """A clear opener is left-flanking only; a clear closer is right-flanking (``.’”``)."""
    if right:
        return _Role.CLOSE
    return _Role.OPEN if left else None


def _next_single_events(text: str, lo: int, hi: int) -> dict[int, _Role]:
    """For each ambiguous s’ in the paragraph, whether the next clear single mark of the same kind
    (straight or curly) opens or closes. A clear closer ahead means the s’ is a possessive."""
    pending: dict[bool, list[int]] = {True: [], False: []}
    events: dict[int, _Role] = {}
    for m in _SINGLE_RE.finditer(text, lo, hi):
        i = m.start()
        straight = text[i] == "'"
        kind = _apostrophe(text, i, lo, hi)
        if kind is _Apostrophe.MAYBE:
            pending[straight].append(i)
            continue
        role = _role(*_flanks(text, i, lo, hi)) if kind is _Apostrophe.NO else None
        if role is not None:
            events.update(dict.fromkeys(pending[straight], role))
            pending[straight].clear()
    return events


def _single_marks_primary(text: str, ranges: Sequence[tuple[int, int]]) -> bool:
    """Whether the document quotes with single marks first (UK house style): more opening ‘ or '
    than opening “, „ or ", and at least _MIN_PRIMARY_SINGLES of them."""
    singles = doubles = 0
    for lo, hi in ranges:
        for m in _PRIMARY_RE.finditer(text, lo, hi):
            i = m.start()
            if _role(*_flanks(text, i, lo, hi)) is not _Role.OPEN:
                continue
            if text[i] in "‘'" and _apostrophe(text, i, lo, hi) is _Apostrophe.NO:
                singles += 1
            elif text[i] in '"“„':
                doubles += 1
    return singles >= _MIN_PRIMARY_SINGLES and singles > doubles


class _Document:
    """The scanned text and its paragraphs, with the house style worked out only when needed."""

    def __init__(self, text: str, ranges: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.ranges = ranges

    @functools.cached_property
    def single_primary(self) -> bool:
        return _single_marks_primary(self.text, self.ranges)


@dataclass
class _Paragraph:
    """One paragraph's scan: a stack of (open_at, mark) and the quotations closed so far."""

    text: str
    lo: int
    hi: int
    doc: _Document
    stack: list[tuple[int, str]] = field(default_factory=list)
    found: list[Quoted] = field(default_factory=list)
    events: dict[int, _Role] | None = None

    def run(self) -> Quoted | None:
        """Scan the paragraph; return its top-level quotation left open at the end, if any."""
        for m in _MARK_RE.finditer(self.text, self.lo, self.hi):
            self._step(m.start())
        if not self.stack:
            return None
        open_at = self.stack[0][0]
        end = _rstripped_end(self.text, self.lo, self.hi)
        if end <= open_at + 1:
            return None
        left_open = Quoted(open_at + 1, end, open_at, None, 0)
        self.found.append(left_open)
        return left_open

    def _step(self, i: int) -> None:
        mark = self.text[i]
        kind = _apostrophe(self.text, i, self.lo, self.hi)
        if kind is _Apostrophe.YES:
            return
        if kind is _Apostrophe.MAYBE:
            self._possessive_or_close(i)
            return
        left, right = _flanks(self.text, i, self.lo, self.hi)
        j = self._open_index(mark)
        if j is not None and _closes(self.stack[j][1], mark, left, right):
            self._close(j, i)
        elif mark in MARK_PAIRS and len(self.stack) < MAX_DEPTH and _opens(mark, left, right):
            self.stack.append((i, mark))

    def _open_index(self, closer: str) -> int | None:
        """The stack index of the innermost open quotation ``closer`` can close."""
        openers = _CLOSES.get(closer)
        if openers is None:
            return None
        for j in range(len(self.stack) - 1, -1, -1):
            if self.stack[j][1] in openers:
                return j
        return None

    def _close(self, j: int, i: int) -> None:
        """Close the quotation at stack index ``j`` with the mark at ``i``; drop those inside it."""
        open_at = self.stack[j][0]
        del self.stack[j:]
        if _NON_SPACE.search(self.text, open_at + 1, i):
            self.found.append(Quoted(open_at + 1, i, open_at, i, j))

    def _possessive_or_close(self, i: int) -> None:
        """An s’ before a lowercase word closes only the innermost quotation, and only when that
        is a single one the mark can close and the words around say it ends here."""
        if not self.stack or self.stack[-1][1] not in _CLOSES.get(self.text[i], ()):
            return
        if self._possessive_closes(i, len(self.stack) - 1):
            self._close(len(self.stack) - 1, i)

    def _possessive_closes(self, i: int, depth: int) -> bool:
        word = _word_at(self.text, i + 2, self.hi)
        if word is not None and word in _words_after_close():
            return True
        if self.events is None:
            self.events = _next_single_events(self.text, self.lo, self.hi)
        following = self.events.get(i)
        if following is not None:
            return following is _Role.OPEN
        # Nothing follows. In UK style a top-level single quotation often runs to the end of its
        # paragraph, so the s’ is a possessive; elsewhere single marks are short and close here.
        return not (depth == 0 and self.doc.single_primary)


def _closes(opener: str, mark: str, left: bool, right: bool) -> bool:
    """Whether ``mark`` closes the open quotation that ``opener`` began: always for a typewriter
    double after a typewriter double (they toggle), guillemets and pure closers; otherwise unless
    ``mark`` stands like an opener (‘a ‘b’ c’, “a "b" c”)."""
    if (mark == opener == '"') or mark in _ALWAYS_CLOSE or mark not in MARK_PAIRS:
        return True
    return right or not left


def _opens(mark: str, left: bool, right: bool) -> bool:
    if mark == '"':
        return True
    if mark in _OPEN_NEEDS_LEFT:
        return left and not right
    return left or not right


def _rstripped_end(text: str, lo: int, hi: int) -> int:
    end = hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    return end


def _line_ranges(text: str) -> list[tuple[int, int]]:
    ranges = []
    start = 0
    while (newline := text.find("\n", start)) != -1:
        ranges.append((start, newline))
        start = newline + 1
    ranges.append((start, len(text)))
    return ranges


def _clamped(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    n = len(text)
    ranges = [(max(0, min(s, n)), max(0, min(e, n))) for s, e in paragraphs]
    return [(s, e) for s, e in ranges if s < e]


def _words_after_close() -> frozenset[str]:
    """Words that can follow a closing mark but not a plural possessive (‘… the players’ said
    Smith, ‘I love dogs’ he said, the ‘elites’ who): speech forms and the function words of
    ``data/<lang>/after_quote.txt``, for the current language."""
    return _words_after_close_in(current_language())


@functools.lru_cache(maxsize=8)
def _words_after_close_in(language: str) -> frozenset[str]:
    lex = lexicon(language)
    return lex.speech_forms | lex.after_quote


def scan(text: str, paragraphs: Sequence[tuple[int, int]] | None = None) -> list[Quoted]:
    """Every quotation between marks in ``text``, ordered by opening mark.

    ``paragraphs`` are the (start, end) ranges to scan, in order (default: the lines of ``text``).
    A quotation never crosses a paragraph boundary; one left open at the end of a paragraph is
    reported with ``close_at=None``, and when the next non-blank paragraph opens with a mark of
    the same family, the quotation there gets ``continues`` set to the open one's index."""
    ranges = _line_ranges(text) if paragraphs is None else _clamped(text, paragraphs)
    doc = _Document(text, ranges)
    found: list[Quoted] = []
    links: dict[int, int] = {}  # open_at of a continuing quotation -> open_at of the one before
    left_open: Quoted | None = None
    for lo, hi in ranges:
        first = _NON_SPACE.search(text, lo, hi)
        if first is None:
            continue  # a blank line between paragraphs does not end a multi-paragraph quotation
        para = _Paragraph(text, lo, hi, doc)
        still_open = para.run()
        if left_open is not None and _reopens(text, left_open, para.found, first.start()):
            links[first.start()] = left_open.open_at
        found.extend(para.found)
        left_open = still_open
    return _ordered(found, links)


def _reopens(text: str, left_open: Quoted, found: list[Quoted], first: int) -> bool:
    """Whether the paragraph starting at ``first`` reopens ``left_open``'s quotation."""
    if _FAMILY.get(text[first]) != _FAMILY[text[left_open.open_at]]:
        return False
    return any(q.open_at == first for q in found)


def _ordered(found: list[Quoted], links: dict[int, int]) -> list[Quoted]:
    """Sort by opening mark, drop repeats (overlapping paragraphs), resolve ``continues``."""
    ordered: list[Quoted] = []
    index: dict[int, int] = {}
    for q in sorted(found, key=lambda q: q.open_at):
        if q.open_at in index:
            continue
        index[q.open_at] = len(ordered)
        previous = links.get(q.open_at, q.open_at)
        continues = index.get(previous) if previous < q.open_at else None
        ordered.append(dataclasses.replace(q, continues=continues) if continues is not None else q)
    return ordered
