"""Fit the confidence calibration (onrecord/extraction/calibration.py) on held-out annotated
articles.

Runs extraction, uncalibrated, on the last HELD_OUT share of PolNeAR's train split (the articles
scripts/train_attribution.py leaves out of fitting: neither the model nor its threshold saw them
in fitting, and dev and our fixtures are what calibration is then checked on), judges every
predicted quote with the reference metric at overlap 0.3 (``evaluation.judge_document``), and
fits a logistic regression over ``calibration.quote_features``: is the quote right. Full-batch,
from zero: the same file on every run.

Writes src/onrecord/data/en/calibration.json (feature weights only).

usage: python scripts/calibrate.py ../shared/data/polnear/train.jsonl [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from train_attribution import HELD_OUT, fit

import onrecord.extraction.calibration as calibration
from onrecord.evaluation import judge_document
from onrecord.extraction.pipeline import extract_many
from onrecord.extraction.reading import Document

OUT = (Path(__file__).resolve().parents[1] / "src" / "onrecord" / "data" / "en"
       / calibration.CALIBRATION_FILE)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("train")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    arts = [json.loads(line) for line in open(args.train, encoding="utf-8")]
    held = arts[int(len(arts) * (1 - HELD_OUT)):]
    calibration._calibration = lambda: None  # type: ignore[assignment]  # the evidence scores
    docs = [Document(id=a["id"], text=a["text"]) for a in held]
    features: list[list[str]] = []
    labels: list[int] = []
    for gold, article in zip(held, extract_many(docs), strict=True):
        preds = [dict(q.to_dict(), index=k) for k, q in enumerate(article.quotes)]
        judged = {pred["index"]: j for pred, j in judge_document(gold, preds)}
        by_group = {article.quotes[k].group: j for k, j in judged.items()}
        for k, q in enumerate(article.quotes):
            j = judged.get(k) or by_group.get(q.group)
            if j is None:
                continue  # matched to a duplicate or nested gold quote: not counted
            features.append(calibration.quote_features(q, article.quotes))
            labels.append(int(j.right))
    weights, bias = fit(features, labels)
    out = {"about": "Confidence calibration (onrecord/extraction/calibration.py), fitted on the "
                    f"last {len(held)} articles of PolNeAR train by scripts/calibrate.py; "
                    "feature weights only.",
           "quotes": len(labels),
           "quote": {"bias": round(bias, 4), "weights": dict(sorted(weights.items()))}}
    print(f"{len(labels)} quotes judged, {sum(labels) / max(1, len(labels)):.3f} right, "
          f"{len(weights)} features", file=sys.stderr)
    args.out.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
