"""The Parquet tables of a Spark ingest, as plain rows: an extracted ``Article`` in, rows out,
and back.

A Spark ingest writes one row per article, per article speaker and per quote part
(``article_rows``); ``onrecord load`` turns them back into the very ``Article`` objects the
executors extracted (``article_from_rows``) and stores them with ``Corpus.store``, the writer a
local ingest uses. Nothing here imports Spark: the rows are dicts of Python values, so the same
code serves the executors, the loader and the tests.

Ids are derived from content, never from a counter: an article is the SHA-256 of its text
(whitespace collapsed, as the corpus's ``text_hash``), a quote part is its article and its
offsets. A Spark task that is retried therefore writes rows with the same ids, and two runs over
the same inputs write the same tables.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

from onrecord import Article, Dateline, Quote, Span, Speaker
from onrecord.corpus import iso_date, text_hash

# Column names of each table, in order (docs/spark.md documents them).
ARTICLE_COLUMNS = (
    "article_id", "input_no", "file", "record", "source_id", "url", "title", "outlet", "date",
    "day", "language", "text", "quote_count", "warnings", "dateline_start", "dateline_end",
    "dateline_place", "dateline_date", "dateline_source",
)
SPEAKER_COLUMNS = (
    "article_id", "day", "speaker_no", "listed", "local_id", "name", "kind", "aliases", "role",
    "gender", "gender_source", "affiliation", "party", "place",
)
OCCURRENCE_COLUMNS = (
    "occurrence_id", "article_id", "day", "part_no", "start", "end", "text", "type", "group_no",
    "cue", "cue_start", "cue_end", "mention", "mention_start", "mention_end", "speaker_no",
    "speaker_name", "speaker_kind", "speaker_role", "confidence", "speaker_confidence",
    "evidence", "source",
)
FAILURE_COLUMNS = ("file", "source", "error", "message")

# The partition of an article with no ISO date (Parquet's partition directories need a value).
UNDATED = "undated"


def article_id(text: str) -> str:
    """The id of an article in the Parquet tables: its corpus ``text_hash``."""
    return text_hash(text)


def occurrence_id(article: str, start: int, end: int) -> str:
    """The id of one quote part: a hash of its article's id and its offsets."""
    return hashlib.sha256(f"{article}:{start}:{end}".encode()).hexdigest()[:32]


def day(date: str | None) -> str:
    """The date partition of an article: ``YYYY-MM-DD`` when its date starts with one."""
    value = iso_date(date)
    if value and len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit():
        return value[:10]
    return UNDATED


def article_rows(article: Article, input_no: int, file: str, record: int
                 ) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """The article's row, its speakers' rows and its quote parts' rows. ``input_no``, ``file``
    and ``record`` say where it was read (which input given, the file, the article's number in
    it), which fixes the order ``onrecord load`` stores articles in: a local ingest's order."""
    aid = article_id(article.text)
    dl = article.dateline
    when = day(article.date)
    row = {
        "article_id": aid, "input_no": input_no, "file": file, "record": record,
        "source_id": article.id, "url": article.url, "title": article.title,
        "outlet": article.outlet, "date": iso_date(article.date), "day": when,
        "language": article.language,
        "text": article.text, "quote_count": len(article.quotes),
        "warnings": list(article.warnings),
        "dateline_start": dl.start if dl else None, "dateline_end": dl.end if dl else None,
        "dateline_place": dl.place if dl else None, "dateline_date": dl.date if dl else None,
        "dateline_source": dl.source if dl else None,
    }
    numbers = {id(sp): n for n, sp in enumerate(article.speakers)}
    speakers = [_speaker_row(aid, when, n, sp, True) for n, sp in enumerate(article.speakers)]
    parts = []
    for n, q in enumerate(article.quotes):
        sp = q.speaker
        if sp is not None and id(sp) not in numbers:  # not in the article's list: kept apart
            numbers[id(sp)] = len(speakers)
            speakers.append(_speaker_row(aid, when, len(speakers), sp, False))
        parts.append(_part_row(aid, when, n, q, numbers.get(id(sp)) if sp is not None else None))
    return row, speakers, parts


def _speaker_row(aid: str, when: str, n: int, sp: Speaker, listed: bool) -> dict[str, Any]:
    return {
        "article_id": aid, "day": when, "speaker_no": n, "listed": listed, "local_id": sp.id,
        "name": sp.name, "kind": sp.kind,
        "aliases": list(sp.aliases), "role": sp.role, "gender": sp.gender,
        "gender_source": sp.gender_source, "affiliation": sp.affiliation, "party": sp.party,
        "place": sp.place,
    }


def _part_row(aid: str, when: str, n: int, q: Quote, speaker_no: int | None
              ) -> dict[str, Any]:
    sp = q.speaker
    return {
        "occurrence_id": occurrence_id(aid, q.start, q.end), "article_id": aid, "day": when,
        "part_no": n,
        "start": q.start, "end": q.end, "text": q.text, "type": q.type, "group_no": q.group,
        "cue": q.cue.text if q.cue else None, "cue_start": q.cue.start if q.cue else None,
        "cue_end": q.cue.end if q.cue else None,
        "mention": q.mention.text if q.mention else None,
        "mention_start": q.mention.start if q.mention else None,
        "mention_end": q.mention.end if q.mention else None,
        "speaker_no": speaker_no, "speaker_name": sp.name if sp else None,
        "speaker_kind": sp.kind if sp else None, "speaker_role": sp.role if sp else None,
        "confidence": float(q.confidence), "speaker_confidence": q.speaker_confidence,
        "evidence": q.evidence, "source": q.source,
    }


def article_from_rows(row: Mapping[str, Any], speakers: Iterable[Mapping[str, Any]],
                      parts: Iterable[Mapping[str, Any]]) -> Article:
    """The ``Article`` that ``article_rows`` was given, from its rows (in any order)."""
    rows = sorted(speakers, key=lambda s: int(s["speaker_no"]))
    by_no = {int(s["speaker_no"]): _speaker(s) for s in rows}
    quotes = [_quote(p, by_no) for p in sorted(parts, key=lambda p: int(p["part_no"]))]
    dateline = None
    if row.get("dateline_start") is not None:
        dateline = Dateline(int(row["dateline_start"]), int(row["dateline_end"]),
                            row["dateline_place"], row["dateline_date"], row["dateline_source"])
    return Article(
        id=row["source_id"], text=row["text"], quotes=quotes,
        speakers=[by_no[int(s["speaker_no"])] for s in rows if s["listed"]],
        warnings=list(row.get("warnings") or []), title=row.get("title"), url=row.get("url"),
        date=row.get("date"), outlet=row.get("outlet"), dateline=dateline,
        language=row.get("language"),
    )


def _speaker(s: Mapping[str, Any]) -> Speaker:
    return Speaker(id=s["local_id"] or "", name=s["name"], kind=s["kind"],
                   aliases=list(s.get("aliases") or []), role=s["role"], gender=s["gender"],
                   gender_source=s["gender_source"], affiliation=s["affiliation"],
                   party=s["party"], place=s["place"])


def _quote(p: Mapping[str, Any], speakers: Mapping[int, Speaker]) -> Quote:
    cue = _span(p, "cue")
    mention = _span(p, "mention")
    no = p.get("speaker_no")
    return Quote(
        start=int(p["start"]), end=int(p["end"]), text=p["text"], type=p["type"],
        group=int(p["group_no"]), cue=cue, mention=mention,
        speaker=speakers.get(int(no)) if no is not None else None,
        confidence=float(p["confidence"]), source=p["source"],
        speaker_confidence=p.get("speaker_confidence"), evidence=p.get("evidence"),
    )


def _span(p: Mapping[str, Any], name: str) -> Span | None:
    if p.get(name) is None or p.get(f"{name}_start") is None:
        return None
    return Span(int(p[f"{name}_start"]), int(p[f"{name}_end"]), p[name])
