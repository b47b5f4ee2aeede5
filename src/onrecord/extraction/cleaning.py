"""Cleaning: tell the article body from what surrounds it, without changing the text.

``clean(text)`` splits the text into blocks (one per non-blank line) and labels each: the body
that extraction reads, or a heading, a list of related headlines, a "read more" link, a photo
caption, a byline, or a paragraph that repeats an earlier one. A wire dateline ("GENEVA,
December 15. /TASS/.") opening the article becomes a block of its own, parsed into place, date
and source, so the first body block starts after it.

Nothing is removed or rewritten: every block is a pair of offsets into the text as given, so
whatever extraction finds in ``text[block.start:block.end]`` is already in the user's offsets.
All work is linear in the size of the text; pattern tests only look at short lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from onrecord.extraction.marks import (
    APOSTROPHES,
    CLOSING_MARKS,
    MARK_PAIRS,
    QUOTATION_MARKS,
    UNAMBIGUOUS_MARKS,
)
from onrecord.lexicon import lexicon, optional_lines, optional_pairs, optional_words, per_language
from onrecord.model import Dateline

BlockKind = Literal[
    "body", "dateline", "heading", "related", "readmore", "caption", "byline", "duplicate"
]

# Lines longer than this are body: headings, links, captions and bylines are all short.
MAX_BOILERPLATE_CHARS = 400
# A heading has at most this many words (section titles like "Assad resignation").
MAX_HEADING_WORDS = 10
# An article's first line ending with a closing quotation mark is its title up to this many words.
MAX_TITLE_WORDS = 20
# A related headline in a list has at most this many words.
MAX_HEADLINE_WORDS = 30
# A byline ("By Jane Doe and John Roe, Reuters") has at most this many words.
MAX_BYLINE_WORDS = 12
# A paragraph shorter than this (normalised) is never reported as a duplicate: short lines such
# as "He declined to comment." repeat by chance.
MIN_DUPLICATE_CHARS = 60
# Repeated paragraphs are found by the first characters of each sentence of earlier paragraphs.
DUPLICATE_KEY_CHARS = 40
# At most this many earlier paragraphs are compared per key (keeps pathological input linear).
MAX_DUPLICATE_CANDIDATES = 8
# A dateline is looked for at the start of the first blocks, up to this many blocks (title,
# byline, photo caption) in and never after a real paragraph.
MAX_BLOCKS_BEFORE_DATELINE = 6

_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
_LIST_MARKER = re.compile(r"(?:[-–—•*·▪►▸●○◦■□➤>]|\d{1,2}[.)])\s+")
_SPEAKER_LABEL = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’-]{0,40}:")
# Quotation marks, from marks.py's table: marks that open a quotation (a single mark only at a
# word's start, where it is no apostrophe), any quotation mark, and the marks that close one.
_OPENERS = re.escape("".join(sorted(set(MARK_PAIRS) - APOSTROPHES)))
_SINGLES = re.escape("".join(sorted(APOSTROPHES)))
_OPEN_QUOTE = re.compile(rf"[{_OPENERS}]|(?:^|(?<=\s))[{_SINGLES}]")
_QUOTE_MARK = re.compile(
    rf"[{re.escape(''.join(sorted(UNAMBIGUOUS_MARKS)))}]|(?:^|(?<=\s))[{_SINGLES}]"
    rf"|[{_SINGLES}](?=\s|$)"
)
_HEADING_END_CHARS = ".!?:;,…" + "".join(sorted(CLOSING_MARKS))
_SENTENCE_END_CHARS = ".!?"
_CLOSERS = "".join(sorted(CLOSING_MARKS)) + ")]"
_BEFORE_BODY_KINDS = ("heading", "byline", "caption")
_LINE = re.compile(r"[^\r\n\u2028\u2029]+")
_SPACES = re.compile(r"\s+")
_SENTENCE_START = re.compile(r"[.!?][\"')\]]*\s")
# Every quotation mark folded to a typewriter mark, single or double, for comparing lines.
_QUOTE_FOLD = str.maketrans({
    mark: "'" if mark in APOSTROPHES or MARK_PAIRS.get(mark, frozenset()) & APOSTROPHES else '"'
    for mark in QUOTATION_MARKS
})


@per_language
def _dates() -> dict[str, list[str]]:
    """Month and weekday names and ordinal endings, from data/<lang>/dates.tsv, longest first."""
    out: dict[str, list[str]] = {"month": [], "weekday": [], "ordinal": []}
    for word, kind in optional_pairs(None, "dates.tsv"):
        out.setdefault(kind, []).append(word)
    return {kind: sorted(words, key=len, reverse=True) for kind, words in out.items()}


# Capital letters a place in a dateline is written in (Latin Extended-A, both cases: "KŌWHAIRANGI").
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"


@per_language
def _dateline() -> re.Pattern[str]:
    """A wire dateline: place (its country in brackets after it or not), date and source, then a
    dash ("WASHINGTON, March 9 (Reuters) -", "GENÈVE, 27 novembre (ATS) –") or, after a date, a
    colon ("SARGODHA, Jan 12:"), the dates in the language's names (dates.tsv)."""
    upper = _UPPER
    return _dateline_pattern(rf"[{upper}][{upper}'’.\-]+(?:[ -][{upper}][{upper}'’.\-]*){{0,3}}")


@per_language
def _titled_dateline() -> re.Pattern[str]:
    """A wire dateline whose place is written in title case ("Montbéliac (Tarn-et-Garonne),
    8 juillet (Hexapresse) - "): taken only with a date, a source and a dash."""
    return _dateline_pattern(
        r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?:[ -](?:[A-ZÀ-ÖØ-Þ]|sur |en |l)[\w'’-]+){0,3}")


def _dateline_pattern(place: str) -> re.Pattern[str]:
    """A dateline whose place is written as ``place`` says (a regular expression)."""
    dates = _dates()
    months = "|".join(map(re.escape, dates["month"])) or "(?!)"
    weekdays = "|".join(map(re.escape, dates["weekday"])) or "(?!)"
    ordinal = "|".join(map(re.escape, dates["ordinal"])) or "(?!)"
    upper = _UPPER
    return re.compile(
        rf"(?P<place>{place}"
        rf"(?:, (?!(?:{months}|{weekdays})\b)[{upper}][A-Za-zÀ-ÿ.'’]+"
        rf"(?: [{upper}][A-Za-zÀ-ÿ.'’]+)?)?)"
        rf"(?: \([{upper}][\w .'’-]{{1,30}}?\)(?=,))?"  # "LOBASSA (Ngoyana), 14 octobre": its
        # country
        rf"(?:,? (?P<date>(?:(?:{weekdays}),? )?(?:(?:{months})\.? \d{{1,2}}(?:{ordinal})?"
        rf"(?:,? \d{{4}})?|\d{{1,2}}(?:{ordinal})? (?:{months})\.?(?:,? \d{{4}})?)"
        rf"|(?:{weekdays})|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?(?=\s{{1,3}}\()))?"  # "14/03 (ABP)"
        r"(?:\.?\s{0,3}(?:/(?P<slash>[A-Za-z][\w .&'-]{0,30}?)/"
        r"|\((?P<paren>[A-Za-z][\w .&'-]{0,30}?)\)"
        r"|(?P<bare>[A-Z]{2,6})(?=\s{1,3}[—–―-]\s)))?"  # "KŌWHAIRANGI, Aug 12 NZPA -"
        r"(?P<end>\s{0,3}(?:[—–―]|(?:--|-|\.|:)(?=\s|$))|(?=\s|$))"
    )


@per_language
def date_words() -> frozenset[str]:
    """Month and weekday names, lower-cased: "By Monday, the talks had collapsed." is no
    byline."""
    dates = _dates()
    return frozenset(w.lower() for w in dates["month"] + dates["weekday"])


@per_language
def _kicker_words() -> frozenset[str]:
    """Capitalised words that open kickers, never a place (data/<lang>/kicker_words.txt)."""
    return frozenset(line.strip() for line in optional_lines(None, "kicker_words.txt"))


@per_language
def _byline_connectors() -> frozenset[str]:
    """Words that may stand lower-case between names in a byline (byline_connectors.txt)."""
    return optional_words(None, "byline_connectors.txt")


def _alternatives(filename: str) -> str:
    return "|".join(re.escape(line.strip()) for line in optional_lines(None, filename)) or "(?!)"


@per_language
def _boilerplate(kind: str) -> str:
    """The alternatives of one kind of boilerplate line (data/<lang>/boilerplate.tsv: links to
    other stories, photo and reporting credits, "By"), as one group."""
    patterns = [pattern for row_kind, pattern in optional_pairs(None, "boilerplate.tsv")
                if row_kind == kind]
    return "(?:" + ("|".join(patterns) or "(?!)") + ")"


@per_language
def _line_pattern(kind: str) -> re.Pattern[str]:
    """One kind of boilerplate line, matched at its start (case ignored): ``readmore`` (links
    to other stories, newsletters, social media), ``caption_start``, ``credit_start``,
    ``byline_by``; ``credit_end`` is searched at its end."""
    return re.compile(_boilerplate(kind), re.IGNORECASE)


@per_language
def _caption_end() -> re.Pattern[str]:
    """A photo credit ending a line: "(AP Photo/Jane Doe)", "| Getty Images", "REUTERS/Jane
    Doe" (news_agencies.txt, photo_agencies.txt)."""
    agencies = _alternatives("news_agencies.txt") + "|" + _alternatives("photo_agencies.txt")
    return re.compile(
        r"(?:" + _boilerplate("caption_end")
        + r"|[/|]\s*(?:" + agencies + r")(?:\s*/\s*[\w .'’-]{1,60})?"
        r"|\b(?:REUTERS|AFP|AP|EPA|TASS|XINHUA)/[A-Z][\w .'’-]{0,60})\s*\)?\s*$"
    )


@per_language
def _photo_agency() -> re.Pattern[str]:
    return re.compile(_alternatives("photo_agencies.txt"))


@per_language
def _byline_name_desk() -> re.Pattern[str]:
    """"Jane Doe, Reuters", "Jane Doe | Staff Writer" (news_agencies.txt, byline_titles.txt)."""
    return re.compile(
        _NAME + r"\s*[,|]\s*(?:" + _alternatives("news_agencies.txt")
        + r"|(?:[A-Z]\w+ ){0,3}(?:" + _alternatives("byline_titles.txt") + r")s?)\s*$"
    )


@dataclass(frozen=True)
class Block:
    """One non-blank line: ``text[start:end]`` is its content without surrounding whitespace."""

    start: int
    end: int
    kind: BlockKind
    duplicate_of: int | None = None


@dataclass
class Cleaned:
    """The blocks of an article in order, its dateline if any, and notes for the user."""

    blocks: list[Block]
    dateline: Dateline | None = None
    warnings: list[str] = field(default_factory=list)

    def body(self) -> list[Block]:
        """The blocks extraction reads."""
        return [block for block in self.blocks if block.kind == "body"]


def clean(text: str) -> Cleaned:
    """Label every line of ``text`` as body or not, and find a wire dateline at its start."""
    spans = _line_spans(text)
    lines = [text[start:end] for start, end in spans]
    kinds: list[BlockKind] = [_line_kind(line) for line in lines]
    _mark_related_lists(lines, kinds)
    _mark_related_after_header(lines, kinds)
    _mark_headings(lines, kinds)
    dateline = _split_off_dateline(text, spans, lines, kinds)
    blocks, warnings = _mark_duplicates(spans, lines, kinds)
    return Cleaned(blocks=blocks, dateline=dateline, warnings=warnings)


def find_dateline(text: str, start: int = 0, end: int | None = None) -> Dateline | None:
    """A wire dateline starting exactly at ``start`` ("WASHINGTON (Reuters) - ", "PARIS — "),
    parsed into place, date and source, or None."""
    stop = start + 200 if end is None else min(end, start + 200)
    match = _dateline().match(text, start, stop)
    if match is None:
        match = _titled_dateline().match(text, start, stop)
        if match is None or not (
            match.group("date") and (match.group("paren") or match.group("slash"))
            and match.group("end").strip() not in ("", ".", ":")
        ):
            return None
    place = match.group("place")
    source = match.group("slash") or match.group("paren") or match.group("bare")
    date = match.group("date")
    terminator = match.group("end").strip()
    if terminator == ":" and not date:
        return None  # "HOST:", a transcript's label; but "SARGODHA, Jan 12:" a dateline
    has_dash = terminator not in ("", ".")
    if not (source or has_dash or (date and terminator == ".")):
        return None
    if place.split()[0].rstrip(",") in _kicker_words():
        return None
    stop = match.start("end") + len(match.group("end").rstrip())
    return Dateline(
        start=start,
        end=stop,
        place=place,
        date=date,
        source=source.strip() if source else None,
    )


# --- lines -----------------------------------------------------------------------------------


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, without its surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    for match in _LINE.finditer(text):
        line = match.group()
        lead = len(line) - len(line.lstrip())
        if lead == len(line):
            continue
        trail = len(line) - len(line.rstrip())
        spans.append((match.start() + lead, match.end() - trail))
    return spans


def _word_count(line: str) -> int:
    return len(line.split())


def _ends_sentence(line: str) -> bool:
    """Whether a line ends like a sentence: '.', '!' or '?', perhaps inside closing quotes."""
    stripped = line.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _SENTENCE_END_CHARS


def _has_speech(line: str) -> bool:
    """An opening quotation mark followed later by a reporting verb: quoted speech."""
    opening = _OPEN_QUOTE.search(line)
    return opening is not None and _cue_word().search(line, opening.end()) is not None


def for_parser(text: str) -> str:
    """``text`` as the language's spaCy pipeline reads it best: characters its training text
    spells another way replaced one for one (data/<lang>/parser_characters.tsv; French: the
    typographic apostrophe, "l’élue" -> "l'élue"), so every offset stays the same."""
    table = _parser_characters()
    return text.translate(table) if table else text


def as_written(words: str, text: str) -> str:
    """``words`` taken from the parsed text as ``text`` spells them: "Syndicat de l'industrie"
    read by the parser is "Syndicat de l’industrie" in the article (``for_parser``)."""
    table = _parser_characters()
    if not table or words in text:
        return words
    originals: dict[str, set[str]] = {}
    for was, becomes in table.items():
        originals.setdefault(becomes, {becomes}).add(chr(was))
    if not any(c in originals for c in words):
        return words
    pattern = "".join("[" + re.escape("".join(sorted(originals[c]))) + "]" if c in originals
                      else re.escape(c) for c in words)
    found = re.search(pattern, text)
    return found.group(0) if found is not None else words


@per_language
def _parser_characters() -> dict[int, str]:
    table: dict[int, str] = {}
    for line in optional_lines(None, "parser_characters.tsv"):
        cells = line.split("\t")
        if len(cells) != 2:
            continue
        was, becomes = cells
        if len(was) != 1 or len(becomes) != 1:
            raise ValueError(f"parser_characters.tsv: {line!r} must map one character to one")
        table[ord(was)] = becomes
    return table


@per_language
def _cue_word() -> re.Pattern[str]:
    """A reporting verb's written form (data/<lang>/speech_forms.txt): a list line with a
    quotation and one of these is quoted speech rather than a headline."""
    forms = sorted(lexicon().speech_forms, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b", re.IGNORECASE)


# --- one line on its own ---------------------------------------------------------------------


def _line_kind(line: str) -> BlockKind:
    """What a line is from its own words: link, byline, caption, or body for now."""
    if len(line) > MAX_BOILERPLATE_CHARS:
        return "body"
    if _line_pattern("readmore").match(line):
        return "readmore"
    if _is_byline(line):
        return "byline"
    if _is_caption(line):
        return "caption"
    return "body"


def _is_caption(line: str) -> bool:
    if _line_pattern("caption_start").match(line) or _caption_end().search(line):
        return True
    return _photo_agency().search(line) is not None and not _has_speech(line)


def _is_byline(line: str) -> bool:
    if _line_pattern("credit_start").match(line) or _line_pattern("credit_end").search(line):
        return True
    if _byline_name_desk().fullmatch(line):
        return True
    by = _line_pattern("byline_by").match(line)
    return by is not None and _is_name_list(line[by.end() :])


def _is_name_list(rest: str) -> bool:
    """Names joined by commas and "and": every word capitalised or a connector."""
    if rest.rstrip()[-1:] in ("!", "?", ":"):
        return False
    words = [word for word in re.split(r"[\s,;|]+", rest) if word]
    if not words or len(words) > MAX_BYLINE_WORDS:
        return False
    if words[0].lower().rstrip(".") in date_words():
        return False
    connectors = _byline_connectors()
    return all(
        word.lower() in connectors or any(char.isupper() for char in word) for word in words
    )


# --- runs of lines ---------------------------------------------------------------------------


def _mark_related_lists(lines: Sequence[str], kinds: list[BlockKind]) -> None:
    """A run of list items most of which end without a full stop is a list of related
    headlines; items that quote speech stay body."""
    index = 0
    while index < len(lines):
        if not _is_list_item(lines[index], kinds[index]):
            index += 1
            continue
        stop = index
        while stop < len(lines) and _is_list_item(lines[stop], kinds[stop]):
            stop += 1
        unpunctuated = sum(1 for k in range(index, stop) if not _ends_sentence(lines[k]))
        if unpunctuated * 2 > stop - index:
            for k in range(index, stop):
                if _word_count(lines[k]) <= MAX_HEADLINE_WORDS and not _has_speech(lines[k]):
                    kinds[k] = "related"
        index = stop


def _is_list_item(line: str, kind: BlockKind) -> bool:
    return kind == "body" and len(line) <= MAX_BOILERPLATE_CHARS and bool(_LIST_MARKER.match(line))


def _mark_related_after_header(lines: Sequence[str], kinds: list[BlockKind]) -> None:
    """Headline-like lines under a bare "Related" / "Read more:" line are related links."""
    for index, line in enumerate(lines):
        if kinds[index] != "readmore" or not _is_readmore_header(line):
            continue
        following = index + 1
        while following < len(lines) and kinds[following] in ("body", "related"):
            candidate = lines[following]
            if not _looks_like_headline(candidate):
                break
            kinds[following] = "related"
            following += 1


def _is_readmore_header(line: str) -> bool:
    match = _line_pattern("readmore").match(line)
    return match is not None and not line[match.end() :].strip(" :|>»-—–")


def _looks_like_headline(line: str) -> bool:
    return (
        len(line) <= MAX_BOILERPLATE_CHARS
        and _word_count(line) <= MAX_HEADLINE_WORDS
        and not _ends_sentence(line)
        and not _has_speech(line)
    )


def _mark_headings(lines: Sequence[str], kinds: list[BlockKind]) -> None:
    """A short unpunctuated line is a heading when a body paragraph (or another heading, or a
    byline or caption under a title) follows and the line before it, if any, ends a paragraph."""
    candidate = [
        kind == "body" and _is_heading_candidate(line, title=index == 0)
        for index, (line, kind) in enumerate(zip(lines, kinds, strict=True))
    ]
    for index in range(len(lines) - 2, -1, -1):
        if not candidate[index] or not _follows_paragraph_end(lines, kinds, candidate, index):
            continue
        after = kinds[index + 1]
        if after in _BEFORE_BODY_KINDS or (after == "body" and not candidate[index + 1]):
            kinds[index] = "heading"


def _is_heading_candidate(line: str, title: bool = False) -> bool:
    """A short line that does not end like a sentence. Quotation marks keep a line in the body,
    except inside the article's first line, a title ("Pell hails 'magnificent' Rovers")."""
    if len(line) > MAX_BOILERPLATE_CHARS:
        return False
    if title and line[-1] in CLOSING_MARKS and _word_count(line) <= MAX_TITLE_WORDS and (
        line[:-1].rstrip(" \u00a0\u202f")[-1:] not in _SENTENCE_END_CHARS + "…"
    ):  # 'Solène Garrigou : « Le centre-ville n'est pas un parking »': a title in their words,
        # not a sentence ('Dan Corliss: ‘We Will Not Back Down On The Levee.’')
        return line[0].isupper() and not _LIST_MARKER.match(line)
    if _word_count(line) > MAX_HEADING_WORDS:
        return False
    if line[-1] in _HEADING_END_CHARS or not (line[0].isupper() or line[0].isdigit()):
        return False
    if _QUOTE_MARK.search(line) and not title:
        return False
    return not (_SPEAKER_LABEL.match(line) or _LIST_MARKER.match(line))


def _follows_paragraph_end(
    lines: Sequence[str], kinds: Sequence[BlockKind], candidate: Sequence[bool], index: int
) -> bool:
    """Not the tail of a hard-wrapped paragraph: the line before ends a sentence, is not body,
    or is itself a heading-like line."""
    if index == 0:
        return True
    before = index - 1
    return kinds[before] != "body" or candidate[before] or _ends_sentence(lines[before])


# --- dateline ----------------------------------------------------------------------------------


def _split_off_dateline(
    text: str, spans: list[tuple[int, int]], lines: list[str], kinds: list[BlockKind]
) -> Dateline | None:
    """Find the dateline at the start of the text, or else at the start of the first body block
    (after a title, byline or caption), and make it a block of its own before the body."""
    found = _find_first_dateline(text, spans, kinds)
    if found is None:
        return None
    index, dateline = found
    rest, end = dateline.end, spans[index][1]
    while rest < end and text[rest].isspace():
        rest += 1
    if rest < end:
        spans.insert(index + 1, (rest, end))
        lines.insert(index + 1, text[rest:end])
        kinds.insert(index + 1, "body")
    spans[index] = (dateline.start, dateline.end)
    lines[index] = text[dateline.start : dateline.end]
    kinds[index] = "dateline"
    return dateline


def _find_first_dateline(
    text: str, spans: Sequence[tuple[int, int]], kinds: Sequence[BlockKind]
) -> tuple[int, Dateline] | None:
    """The dateline at the start of one of the first blocks, before any real paragraph."""
    for index, kind in enumerate(kinds[: MAX_BLOCKS_BEFORE_DATELINE + 1]):
        start, end = spans[index]
        dateline = find_dateline(text, start, end)
        if dateline is not None:
            return index, dateline
        if kind == "body" and _word_count(text[start:end]) > MAX_HEADLINE_WORDS:
            return None
    return None


# --- repeated paragraphs ---------------------------------------------------------------------


def _mark_duplicates(
    spans: Sequence[tuple[int, int]], lines: Sequence[str], kinds: Sequence[BlockKind]
) -> tuple[list[Block], list[str]]:
    """Blocks for all lines; a body paragraph that repeats (all or a sentence run of) an earlier
    body paragraph becomes a duplicate of it."""
    finder = _RepeatFinder()
    blocks: list[Block] = []
    warnings: list[str] = []
    for index, ((start, end), line, kind) in enumerate(zip(spans, lines, kinds, strict=True)):
        original = finder.find(line, index) if kind == "body" else None
        if original is None:
            blocks.append(Block(start, end, kind))
            continue
        blocks.append(Block(start, end, "duplicate", duplicate_of=original))
        first = blocks[original]
        warnings.append(
            f"paragraph at {start}-{end} repeats text at {first.start}-{first.end}; "
            "its quotes are reported once"
        )
    return blocks, warnings


class _RepeatFinder:
    """Remembers body paragraphs and finds one that a new paragraph repeats.

    Exact repeats are found by hashing; a repeat of part of an earlier paragraph must start
    where one of its sentences starts, so the first characters of every sentence are keys.
    """

    def __init__(self) -> None:
        self._exact: dict[str, int] = {}
        self._by_sentence: dict[str, list[int]] = {}
        self._normalised: dict[int, str] = {}

    def find(self, line: str, index: int) -> int | None:
        """The index of the earlier paragraph ``line`` repeats; otherwise remember it."""
        if len(line) < MIN_DUPLICATE_CHARS:
            return None
        norm = _normalise(line)
        if len(norm) < MIN_DUPLICATE_CHARS:
            return None
        if norm in self._exact:
            return self._exact[norm]
        for earlier in self._by_sentence.get(norm[:DUPLICATE_KEY_CHARS], ()):
            if norm in self._normalised[earlier]:
                return earlier
        self._remember(norm, index)
        return None

    def _remember(self, norm: str, index: int) -> None:
        self._exact[norm] = index
        self._normalised[index] = norm
        starts = [0] + [match.end() for match in _SENTENCE_START.finditer(norm)]
        for start in starts:
            if len(norm) - start < MIN_DUPLICATE_CHARS:
                break
            candidates = self._by_sentence.setdefault(norm[start : start + DUPLICATE_KEY_CHARS], [])
            if index not in candidates:
                candidates.append(index)
                del candidates[:-MAX_DUPLICATE_CANDIDATES]


def _normalise(line: str) -> str:
    """Lower case, straight quotes, single spaces: what two copies of a paragraph share."""
    return _SPACES.sub(" ", line.translate(_QUOTE_FOLD).lower()).strip()


def looks_english(text: str, sample: int = 4000) -> bool:
    """Whether ``text`` reads as English (judged on its first ``sample`` characters by
    ``onrecord.extraction.language.detect``). A text too short to tell is given the benefit of
    the doubt."""
    from onrecord.extraction.language import detect

    return detect(text[:sample]) in (None, "en")
