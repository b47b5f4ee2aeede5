"""Calibrated confidence: the measured probability that a quotation, and its speaker, is right.

The resolver scores each attribution by its evidence (``confidence.py``: a name at the cue, a
pronoun, a guess); those scores rank but are not probabilities. Two logistic regressions, fitted
by ``scripts/calibrate.py`` on annotated articles that neither the rules nor the learnt model were
tuned on, turn them into probabilities: ``Quote.confidence``, that the quotation is one the
annotators marked (its span overlapping theirs by 0.3 or more, the reference scorer's first
threshold), from its shape and evidence; ``Quote.speaker_confidence``, that such a quotation's
speaker is the one the annotators named, from the evidence that named it (``Quote.evidence``). A
quotation with no speaker keeps its evidence score there (at most 0.3): nobody named is never
the right speaker.

The weights are data (``data/<lang>/calibration.json``); a language without that file keeps the
evidence score as both confidences, uncalibrated.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from onrecord.extraction.learnt import logistic
from onrecord.lexicon import optional_json, per_language
from onrecord.model import Quote

CALIBRATION_FILE = "calibration.json"


@dataclass(frozen=True)
class _Logistic:
    weights: dict[str, float]
    bias: float

    def probability(self, features: Iterable[str]) -> float:
        return logistic(self.bias, self.weights, features)


@dataclass(frozen=True)
class Calibration:
    """The fitted quote and speaker models of one language."""

    quote: _Logistic
    speaker: _Logistic | None = None

    def apply(self, quotes: list[Quote]) -> None:
        """Replace each quote's evidence scores by calibrated confidences (in place)."""
        features = [(quote_features(q, quotes), speaker_features(q)) for q in quotes]
        for q, (feats, speaker_feats) in zip(quotes, features, strict=True):
            q.confidence = self.quote.probability(feats)
            if self.speaker is not None and q.speaker is not None:
                q.speaker_confidence = self.speaker.probability(speaker_feats)


def calibration() -> Calibration | None:
    """The current language's calibration, or None when it has none."""
    return _calibration()


@per_language
def _calibration() -> Calibration | None:
    data = optional_json(None, CALIBRATION_FILE)
    if data is None:
        return None
    speaker = data.get("speaker")
    return Calibration(
        quote=_Logistic(dict(data["quote"]["weights"]), float(data["quote"]["bias"])),
        speaker=_Logistic(dict(speaker["weights"]), float(speaker["bias"])) if speaker else None)


def quote_features(q: Quote, quotes: list[Quote]) -> list[str]:
    """What calibration knows of a quotation: how it was found, its type, the evidence for its
    speaker (the resolver's score, as a category), what kind of speaker that is, whether it has
    a cue and whether it shares its quotation with other parts. Not its length or ending:
    annotators of different house styles cut quotations differently (PolNeAR joins '"A," she
    said. "B."' into one; most newsrooms count two), and those features learnt one convention."""
    evidence = f"{q.evidence if q.evidence is not None else q.confidence:.2f}"
    kind = q.speaker.kind if q.speaker is not None else "none"
    parts = sum(1 for o in quotes if o.group == q.group)
    return [
        f"source={q.source}",
        f"type={q.type}",
        f"source&type={q.source}|{q.type}",
        f"evidence={evidence}",
        f"type&evidence={q.type}|{evidence}",
        f"speaker={kind}",
        f"cue={'yes' if q.cue is not None else 'no'}",
        f"parts={min(parts, 3)}",
    ]


def speaker_features(q: Quote) -> list[str]:
    """What calibration knows of a quotation's speaker: the evidence that named it (the
    resolver's score, as a category), what kind of speaker it is, and the quotation's type and
    whether it has a cue of its own (a quote continuing another takes that one's speaker)."""
    evidence = f"{q.evidence if q.evidence is not None else 0.0:.2f}"
    kind = q.speaker.kind if q.speaker is not None else "none"
    return [
        f"evidence={evidence}",
        f"speaker={kind}",
        f"speaker&evidence={kind}|{evidence}",
        f"type={q.type}",
        f"cue={'yes' if q.cue is not None else 'no'}",
    ]
