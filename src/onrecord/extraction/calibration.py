"""Calibrated confidence: the measured probability that a quotation is right.

The resolver scores each attribution by its evidence (``confidence.py``: a name at the cue, a
pronoun, a guess); those scores rank but are not probabilities. A logistic regression, fitted by
``scripts/calibrate.py`` on annotated articles that neither the rules nor the learnt model were
tuned on, turns a quotation's shape and evidence into ``Quote.confidence``: the probability that
the quotation is one the annotators marked (its span overlapping theirs by 0.3 or more, the
reference scorer's first threshold). ``Quote.speaker_confidence`` keeps the evidence score: the
held-out gold (PolNeAR) judges a speaker by the words at the cue, not by who they resolve to, so
it cannot calibrate speaker identity.

Its weights are data (``data/<lang>/calibration.json``); a language without that file keeps the
evidence score as the quote's confidence too, uncalibrated.
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
    """The fitted quote model of one language."""

    quote: _Logistic

    def apply(self, quotes: list[Quote]) -> None:
        """Replace each quote's evidence score by its calibrated confidence (in place)."""
        features = [quote_features(q, quotes) for q in quotes]
        for q, feats in zip(quotes, features, strict=True):
            q.confidence = self.quote.probability(feats)


def calibration() -> Calibration | None:
    """The current language's calibration, or None when it has none."""
    return _calibration()


@per_language
def _calibration() -> Calibration | None:
    data = optional_json(None, CALIBRATION_FILE)
    if data is None:
        return None
    return Calibration(
        quote=_Logistic(dict(data["quote"]["weights"]), float(data["quote"]["bias"])))


def quote_features(q: Quote, quotes: list[Quote]) -> list[str]:
    """What calibration knows of a quotation: how it was found, its type, the evidence for its
    speaker (the resolver's score, as a category), what kind of speaker that is, whether it has
    a cue and whether it shares its quotation with other parts. Not its length or ending:
    annotators of different house styles cut quotations differently (PolNeAR joins '"A," she
    said. "B."' into one; most newsrooms count two), and those features learnt one convention."""
    evidence = f"{q.confidence:.2f}"
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
