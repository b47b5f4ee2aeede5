"""Writing articles out: JSONL (the stable contract), CSV (one row per quote) and readable text."""

from __future__ import annotations

import csv
import json
import textwrap
from collections.abc import Mapping
from typing import IO, Any

from onrecord.model import Article, Quote

FORMATS = ("text", "jsonl", "csv")

CSV_COLUMNS = [
    "article", "start", "end", "type", "group", "speaker", "speaker_kind", "mention", "cue",
    "confidence", "text",
]


# What makes a spreadsheet read a cell as a formula ("=HYPERLINK(...)", "+1", "-2+3", "@SUM(...)").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """A CSV cell that a spreadsheet shows as text: article text is untrusted, so a text cell
    that would start a formula gets a leading apostrophe (OWASP's advice on CSV injection);
    numbers and other text are unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """An export row with every text cell made spreadsheet-safe."""
    return {key: spreadsheet_safe(value) for key, value in row.items()}


def to_jsonl(article: Article) -> str:
    """One JSON line in the output contract (see docs/data-model.md)."""
    return json.dumps(article.to_dict(), ensure_ascii=False)


class CsvWriter:
    """CSV with a header row, one row per quote part; text cells spreadsheet-safe."""

    def __init__(self, out: IO[str]) -> None:
        self._w = csv.writer(out)
        self._w.writerow(CSV_COLUMNS)

    def write(self, article: Article) -> None:
        for q in article.quotes:
            sp = q.speaker
            self._w.writerow([spreadsheet_safe(cell) for cell in (
                article.id, q.start, q.end, q.type, q.group,
                sp.name if sp else "", sp.kind if sp else "unknown",
                q.mention.text if q.mention else "", q.cue.text if q.cue else "",
                f"{q.confidence:.2f}", q.text,
            )])


def to_text(article: Article, width: int = 100) -> str:
    """The article's quotes grouped by speaker, most quoted first, for reading in a terminal."""
    lines = [f"== {article.id}" + (f": {article.title}" if article.title else "")]
    if article.dateline is not None:
        dl = article.dateline
        bits = [b for b in (dl.place, dl.date, dl.source) if b]
        lines.append("   dateline: " + ", ".join(bits))
    by_speaker: dict[str, list[Quote]] = {}
    for q in article.quotes:
        key = q.speaker.id if q.speaker else ""
        by_speaker.setdefault(key, []).append(q)
    speakers = {s.id: s for s in article.speakers}
    order = sorted(by_speaker, key=lambda k: (k == "", -len(by_speaker[k])))
    for key in order:
        quotes = by_speaker[key]
        sp = speakers.get(key)
        if sp is None:
            lines.append(f"\n(no speaker found) - {len(quotes)} quote(s)")
        else:
            head = f"\n{sp.name} ({sp.kind}"
            head += f"; {sp.role}" if sp.role else ""
            head += f") - {len(quotes)} quote(s)"
            lines.append(head)
            if sp.aliases:
                lines.append("   also: " + ", ".join(sp.aliases))
        for q in quotes:
            lines.extend(_quote_lines(q, width))
    for warning in article.warnings:
        lines.append(f"\n! {warning}")
    if not article.quotes:
        lines.append("\n(no quotations found)")
    return "\n".join(lines) + "\n"


def _quote_lines(q: Quote, width: int) -> list[str]:
    body = q.text if q.type == "indirect" else f"“{q.text}”" if q.type == "direct" else q.text
    via = []
    if q.mention is not None:
        via.append(q.mention.text)
    if q.cue is not None:
        via.append(q.cue.text)
    tail = f" ({' '.join(via)}; {q.confidence:.2f})" if via else f" ({q.confidence:.2f})"
    wrapped = textwrap.wrap(f"[{q.type}] {body}{tail}", width=width - 3)
    return ["   " + wrapped[0]] + ["      " + w for w in wrapped[1:]]
