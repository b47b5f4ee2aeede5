"""The data model: one article in, its quotations and speakers out.

The same objects flow from extraction to output (JSONL, CSV, text) and evaluation. Every offset is a
Python string index into the text exactly as the user gave it: ``article.text[q.start:q.end] ==
q.text`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

QuoteType = Literal["direct", "indirect", "mixed"]
SpeakerKind = Literal["person", "organisation", "group", "anonymous", "unknown"]


@dataclass(frozen=True)
class Span:
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Speaker:
    """One person, organisation or group that speaks in an article, with every name it goes by.
    ``name`` is the name alone; what the article says the speaker is goes in ``role`` (office or
    job), ``affiliation`` (whom they speak for), ``party`` and ``place`` ("Vermont Sen. Bernie
    Sanders": role "Sen.", place "Vermont")."""

    id: str
    name: str | None
    kind: SpeakerKind = "unknown"
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    gender: Literal["male", "female"] | None = None
    gender_source: Literal["title", "first name", "pronoun", "possessive", "role"] | None = None
    affiliation: str | None = None
    party: str | None = None
    place: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "role": self.role,
            "gender": self.gender,
            "gender_source": self.gender_source,
            "affiliation": self.affiliation,
            "party": self.party,
            "place": self.place,
        }


@dataclass
class Quote:
    """One contiguous part of a quotation. Parts of one split or multi-paragraph quotation share
    ``group``; ``mention`` is the words at the cue naming the speaker (or, for a quote with no cue
    that continues the previous speaker, the mention that named that speaker). ``source`` says
    what found it: quotation ``marks`` (or their stand-ins, a transcript label or a dialogue
    dash), a reporting verb's ``frame``, or the learnt ``model`` (``extraction/learnt.py``)."""

    start: int
    end: int
    text: str
    type: QuoteType
    group: int
    cue: Span | None = None
    mention: Span | None = None
    speaker: Speaker | None = None
    confidence: float = 0.0
    source: str = "marks"
    # the probability that the speaker is right (calibrated where the language has a
    # calibration, else the evidence score)
    speaker_confidence: float | None = None
    # the resolver's score for the evidence that named the speaker (a name at the cue 0.95, a
    # pronoun 0.7, ...: extraction/confidence.py): it ranks, it is no probability
    evidence: float | None = None

    @property
    def speaker_name(self) -> str | None:
        return self.speaker.name if self.speaker is not None else None

    def to_dict(self) -> dict[str, Any]:
        sp = self.speaker
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "group": self.group,
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": {
                "name": sp.name if sp else None,
                "mention": self.mention.text if self.mention else None,
                "start": self.mention.start if self.mention else None,
                "end": self.mention.end if self.mention else None,
                "kind": sp.kind if sp else "unknown",
                "role": sp.role if sp else None,
                "id": sp.id if sp else None,
                "confidence": (round(self.speaker_confidence, 3)
                               if self.speaker_confidence is not None else None),
            },
            "confidence": round(self.confidence, 3),
            "source": self.source,
        }


@dataclass(frozen=True)
class Dateline:
    """A wire dateline such as ``GENEVA, December 15. /TASS/.``, parsed into its parts."""

    start: int
    end: int
    place: str | None
    date: str | None
    source: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "place": self.place,
            "date": self.date,
            "source": self.source,
        }


@dataclass
class Article:
    """One article with everything extracted from it."""

    id: str
    text: str
    quotes: list[Quote] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    title: str | None = None
    url: str | None = None
    date: str | None = None
    outlet: str | None = None
    dateline: Dateline | None = None
    language: str | None = None  # ISO 639-1 code of the language it was read in ("en", "fr")
    # Why extraction failed on this article (then it has no quotes); not part of the output.
    failure: str | None = field(default=None, compare=False)

    def drop_below(self, min_confidence: float) -> None:
        """Keep only the quotes whose confidence is at least ``min_confidence`` (where
        confidence is calibrated, the probability that the quote is right)."""
        self.quotes = [q for q in self.quotes if q.confidence >= min_confidence]

    def to_dict(self) -> dict[str, Any]:
        """The JSONL output contract (one line per article)."""
        out: dict[str, Any] = {
            "id": self.id,
            "quotes": [q.to_dict() for q in self.quotes],
            "speakers": [s.to_dict() for s in self.speakers],
            "warnings": list(self.warnings),
        }
        if self.language is not None:
            out["language"] = self.language
        for key in ("title", "url", "date", "outlet"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.dateline is not None:
            out["dateline"] = self.dateline.to_dict()
        return out
