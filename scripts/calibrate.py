"""Fit the confidence calibration (onrecord/extraction/calibration.py) on held-out annotated
articles.

Runs extraction, uncalibrated, on the last HELD_OUT share of PolNeAR's train split (the articles
scripts/train_attribution.py leaves out of fitting: neither the model nor its threshold saw them
in fitting) and on the house-style gold files given with --house (articles in the conventions of
tests/fixtures/make_gold.py that no rule was written against), judges every predicted quote with
the reference metric at overlap 0.3 (``evaluation.judge_document``), and fits two logistic
regressions: over ``calibration.quote_features``, is the quote right; over
``calibration.speaker_features``, for a quote matched to gold that names a speaker, is its
speaker right. PolNeAR judges a speaker by the words at the cue; the house-style gold by the
person they resolve to, which is what a user reads, so the house-style quotes count as much as
all of PolNeAR's together (--house-share). Dev and our fixtures are what calibration is then
checked on. Full-batch, from zero: the same file on every run.

Writes src/onrecord/data/en/calibration.json (feature weights only).

usage: python scripts/calibrate.py ../shared/data/polnear/train.jsonl
           [--house tests/fixtures/en_blind1/gold.jsonl ...] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from train_attribution import HELD_OUT, fit

import onrecord.extraction.calibration as calibration
from onrecord.evaluation import judge_document
from onrecord.extraction.pipeline import extract_many
from onrecord.extraction.reading import Document

OUT = (Path(__file__).resolve().parents[1] / "src" / "onrecord" / "data" / "en"
       / calibration.CALIBRATION_FILE)

Examples = tuple[list[list[str]], list[int], list[float]]

# Calibration fits few examples of some kinds (a transcript's questioner, a group named by a
# pronoun): a stronger pull towards zero than the attribution model's keeps one article's habit
# from deciding a kind's confidence.
L2 = 3e-3


def judged_examples(
    golds: list[dict[str, Any]], speakers_by_name: bool
) -> tuple[Examples, Examples]:
    """(quote examples, speaker examples) of the gold articles: features, label, weight 1. Gold
    that names no speaker (PolNeAR: only the words at the cue) judges the speakers of quotes
    with a cue of their own only: it cannot tell who a quote that continues another is by."""
    quotes: Examples = ([], [], [])
    speakers: Examples = ([], [], [])
    docs = [Document(id=g["id"], text=g["text"]) for g in golds]
    for gold, article in zip(golds, extract_many(docs), strict=True):
        preds = [dict(q.to_dict(), index=k) for k, q in enumerate(article.quotes)]
        judged = {pred["index"]: j for pred, j in judge_document(gold, preds)}
        by_group = {article.quotes[k].group: j for k, j in judged.items()}
        for k, q in enumerate(article.quotes):
            j = judged.get(k) or by_group.get(q.group)
            if j is None:
                continue  # matched to a duplicate or nested gold quote: not counted
            _add(quotes, calibration.quote_features(q, article.quotes), j.right)
            if j.speaker_right is not None and q.speaker is not None and (
                speakers_by_name or q.cue is not None
            ):
                _add(speakers, calibration.speaker_features(q), j.speaker_right)
    return quotes, speakers


def _add(examples: Examples, features: list[str], label: bool) -> None:
    examples[0].append(features)
    examples[1].append(int(label))
    examples[2].append(1.0)


def _weighed(examples: Examples, share: float, others: int) -> Examples:
    """The examples, each weighed so that together they count ``share`` of a fit in which
    ``others`` examples of weight 1 make up the rest."""
    n = max(1, len(examples[1]))
    return examples[0], examples[1], [share / (1 - share) * others / n] * len(examples[1])


def _pooled(parts: list[Examples]) -> Examples:
    return ([f for p in parts for f in p[0]], [y for p in parts for y in p[1]],
            [w for p in parts for w in p[2]])


def _read(path: str | Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def _fitted(name: str, examples: Examples) -> dict[str, Any]:
    features, labels, weights = examples
    w, bias = fit(features, labels, weights, l2=L2)
    print(f"{name}: {len(labels)} judged, {sum(labels) / max(1, len(labels)):.3f} right, "
          f"{len(w)} features", file=sys.stderr)
    return {"examples": len(labels), "bias": round(bias, 4), "weights": dict(sorted(w.items()))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("train")
    ap.add_argument("--house", action="append", default=[], help="a house-style gold file")
    ap.add_argument("--house-share", type=float, default=0.25,
                    help="the house-style articles' share of the quote fit (default 0.25)")
    ap.add_argument("--house-speaker-share", type=float, default=0.5,
                    help="the house-style articles' share of the speaker fit (default 0.5)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    arts = _read(args.train)
    held = arts[int(len(arts) * (1 - HELD_OUT)):]
    house = [doc for path in args.house for doc in _read(path)]
    calibration._calibration = lambda: None  # type: ignore[assignment]  # the evidence scores
    quote_ex, speaker_ex = judged_examples(held, speakers_by_name=False)
    if house:
        house_quotes, house_speakers = judged_examples(house, speakers_by_name=True)
        quote_ex = _pooled([quote_ex, _weighed(house_quotes, args.house_share, len(quote_ex[1]))])
        speaker_ex = _pooled([speaker_ex, _weighed(house_speakers, args.house_speaker_share,
                                                   len(speaker_ex[1]))])
    out = {"about": "Confidence calibration (onrecord/extraction/calibration.py), fitted by "
                    f"scripts/calibrate.py on the last {len(held)} articles of PolNeAR train"
                    + (f" and {len(house)} house-style articles ("
                       + ", ".join(Path(p).parent.name for p in args.house) + ")"
                       if house else "")
                    + "; feature weights only.",
           "quote": _fitted("quotes", quote_ex),
           "speaker": _fitted("speakers", speaker_ex)}
    args.out.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
