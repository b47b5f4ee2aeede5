"""HTML built from offsets: an article with its quotes, cues and mentions marked, search matches,
word diffs. Every piece of text is escaped on its own (``markupsafe.escape``) and joined with
tags written here; nothing the user or an article supplied is ever marked safe.

>>> str(mark_matches("a <b> c", [(0, 1), (6, 7)]))
'<mark>a</mark> &lt;b&gt; <mark>c</mark>'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

# Speaker colours: a fixed set of CSS classes, ``sp0`` .. ``sp11`` (app.css).
PALETTE_SIZE = 12
NO_SPEAKER = "sp-none"


def mark_matches(text: str, spans: Iterable[Sequence[int]]) -> Markup:
    """``text`` with each (start, end) span wrapped in ``<mark>``; spans out of range, empty or
    overlapping an earlier one are skipped."""
    out: list[Markup | str] = []
    pos = 0
    for span in sorted((int(s[0]), int(s[1])) for s in spans):
        start, end = max(span[0], pos), min(span[1], len(text))
        if end <= start:
            continue
        out.append(escape(text[pos:start]))
        out.append(Markup("<mark>{}</mark>").format(text[start:end]))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def _part(part: Any) -> tuple[str, str]:
    if isinstance(part, dict):
        return str(part["op"]), str(part["text"])
    return str(part.op), str(part.text)


def diff_html(parts: Iterable[Any]) -> Markup:
    """A word diff (``DiffPart(op, text)`` from the first-seen wording to a variant) inline:
    words only in the first-seen wording in ``<del>``, words only in the variant in ``<ins>``,
    parts joined with a space.

    >>> str(diff_html([{"op": "equal", "text": "we came"}, {"op": "delete", "text": "here"},
    ...                {"op": "insert", "text": "to <b>"}]))
    'we came <del>here</del> <ins>to &lt;b&gt;</ins>'
    """
    pieces: list[tuple[str, Markup]] = []
    for part in parts:
        op, text = _part(part)
        if op == "delete":
            pieces.append((text, Markup("<del>{}</del>").format(text)))
        elif op == "insert":
            pieces.append((text, Markup("<ins>{}</ins>").format(text)))
        else:
            pieces.append((text, escape(text)))
    return _join_words(pieces)


def _join_words(pieces: list[tuple[str, Markup]]) -> Markup:
    """Join diff pieces with a space, unless one already ends or starts with whitespace."""
    out: list[Markup] = []
    previous = ""
    for text, html in pieces:
        if out and previous[-1:].strip() and text[:1].strip():
            out.append(Markup(" "))
        out.append(html)
        previous = text
    return Markup("").join(out)


# --- the article view ------------------------------------------------------------------------


@dataclass
class QuoteCard:
    """What the card of one quote in an article shows (and the footnote list without JS)."""

    index: int
    text: str
    type: str
    confidence: float
    speaker: str | None
    speaker_kind: str
    speaker_id: int | None
    quote_id: int | None
    cue: str | None
    mention: str | None
    colour: str


@dataclass
class LegendEntry:
    name: str
    kind: str
    colour: str
    speaker_id: int | None
    quotes: int


def speaker_colours(quotes: Sequence[Any]) -> dict[str, str]:
    """A colour class per speaker of the article, in order of first quote: the first speaker is
    ``sp0``, the next ``sp1``, and so on round the palette, so an article's speakers differ."""
    colours: dict[str, str] = {}
    for q in quotes:
        if q.speaker is not None and q.speaker.id not in colours:
            colours[q.speaker.id] = f"sp{len(colours) % PALETTE_SIZE}"
    return colours


def article_cards(article: Any, quote_ids: Sequence[int | None] | None = None,
                  speaker_ids: Sequence[int | None] | None = None
                  ) -> tuple[list[QuoteCard], list[LegendEntry]]:
    """One card per quote of ``article`` (in text order) and the legend of its speakers."""
    colours = speaker_colours(article.quotes)
    cards: list[QuoteCard] = []
    legend: dict[str, LegendEntry] = {}
    for i, q in enumerate(article.quotes):
        sp = q.speaker
        colour = colours.get(sp.id, NO_SPEAKER) if sp is not None else NO_SPEAKER
        speaker_id = speaker_ids[i] if speaker_ids is not None and i < len(speaker_ids) else None
        quote_id = quote_ids[i] if quote_ids is not None and i < len(quote_ids) else None
        cards.append(QuoteCard(
            index=i, text=q.text, type=q.type, confidence=float(q.confidence),
            speaker=sp.name if sp is not None else None,
            speaker_kind=sp.kind if sp is not None else "unknown",
            speaker_id=speaker_id, quote_id=quote_id,
            cue=q.cue.text if q.cue is not None else None,
            mention=q.mention.text if q.mention is not None else None, colour=colour))
        key = sp.id if sp is not None else ""
        entry = legend.get(key)
        if entry is None:
            entry = legend[key] = LegendEntry(
                name=(sp.name or "unnamed speaker") if sp is not None else "no speaker found",
                kind=sp.kind if sp is not None else "unknown", colour=colour,
                speaker_id=speaker_id, quotes=0)
        entry.quotes += 1
        if entry.speaker_id is None:
            entry.speaker_id = speaker_id
    return cards, list(legend.values())


def article_html(text: str, quotes: Sequence[Any], cards: Sequence[QuoteCard]) -> Markup:
    """The article text with each quote in an ``<a class="q spN">`` (its speaker's colour,
    focusable, linking to its card below the text) and cues and mentions in spans.

    >>> from onrecord.model import Quote, Span
    >>> text = 'Ann said "<b>hi</b>"'
    >>> q = Quote(start=10, end=19, text="<b>hi</b>", type="direct", group=0,
    ...           cue=Span(4, 8, "said"))
    >>> cards, _ = article_cards(type("A", (), {"quotes": [q]})())
    >>> print(article_html(text, [q], cards))  # doctest: +NORMALIZE_WHITESPACE
    Ann <span class="cue">said</span> &#34;<a class="q sp-none" href="#quote-0" id="qt-0"
    data-card="quote-0" data-testid="quote-mark" title="no speaker found (direct, confidence
    0.00)">&lt;b&gt;hi&lt;/b&gt;</a>&#34;
    """
    n = len(text)
    events: dict[int, list[tuple[int, str, int]]] = {}

    def add(start: int, end: int, kind: str, ident: int) -> None:
        start, end = max(0, start), min(n, end)
        if end > start:
            events.setdefault(start, []).append((1, kind, ident))
            events.setdefault(end, []).append((-1, kind, ident))

    seen_marks: set[tuple[str, int, int]] = set()
    for i, q in enumerate(quotes):
        add(q.start, q.end, "quote", i)
        for kind, span in (("cue", q.cue), ("mention", q.mention)):
            if span is not None and (kind, span.start, span.end) not in seen_marks:
                seen_marks.add((kind, span.start, span.end))
                add(span.start, span.end, kind, len(seen_marks))
    points = sorted({0, n, *events})
    active: dict[str, set[int]] = {"quote": set(), "cue": set(), "mention": set()}
    out: list[Markup] = []
    open_quote: int | None = None
    opened: set[int] = set()
    for a, b in zip(points, points[1:], strict=False):
        for delta, kind, ident in events.get(a, ()):
            if delta > 0:
                active[kind].add(ident)
            else:
                active[kind].discard(ident)
        quote = min(active["quote"]) if active["quote"] else None
        if quote != open_quote:
            if open_quote is not None:
                out.append(Markup("</a>"))
            if quote is not None:
                out.append(_open_quote(cards[quote], first=quote not in opened))
                opened.add(quote)
            open_quote = quote
        mark = "mention" if active["mention"] else "cue" if active["cue"] else None
        piece = escape(text[a:b])
        if mark is not None:
            piece = Markup('<span class="{}">{}</span>').format(mark, piece)
        out.append(piece)
    if open_quote is not None:
        out.append(Markup("</a>"))
    return Markup("").join(out)


def _open_quote(card: QuoteCard, *, first: bool) -> Markup:
    who = card.speaker or "no speaker found"
    hover = f"{who} ({card.type}, confidence {card.confidence:.2f})"
    ident = Markup(' id="qt-{}"').format(card.index) if first else Markup("")
    return Markup('<a class="q {c}" href="#quote-{i}"{ident} data-card="quote-{i}" '
                  'data-testid="quote-mark" title="{t}">').format(
        c=card.colour, i=card.index, ident=ident, t=hover)
