"""What the learnt attribution model and the confidence calibration cost inside extraction:
cProfile over ``extract_many`` (single process), then the cumulative time of the model's scoring
and of the calibration against the whole. A share of one run, steadier than wall-clock ratios on
a shared machine; profiling inflates Python code against spaCy's compiled parser, so the real
shares are smaller.

    .venv/bin/python benchmarks/profile_model.py [GOLD_OR_ARTICLES.jsonl]

(default: PolNeAR dev, ../shared/data/polnear/dev.jsonl; any JSONL with "id" and "text").
"""

from __future__ import annotations

import cProfile
import json
import pstats
import sys
from pathlib import Path

from onrecord.extraction.pipeline import extract_many, load_model
from onrecord.extraction.reading import Document

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev.jsonl"
# (module file, function) -> what it is
MEASURED = {
    ("learnt.py", "reports"): "the model's scoring, features included",
    ("calibration.py", "apply"): "the calibration",
    ("frames.py", "reported_spans"): "all reported-clause finding (rules and model)",
}


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    docs = [Document(id=d["id"], text=d["text"])
            for d in map(json.loads, path.read_text("utf-8").splitlines())]
    nlp = load_model()
    list(extract_many(docs[:2], nlp))  # warm up
    profile = cProfile.Profile()
    profile.enable()
    list(extract_many(docs, nlp))
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = next(v[3] for k, v in stats.items() if k[2] == "extract_many")
    print(f"{len(docs)} articles from {path}: extract_many {total:.2f} s under cProfile")
    for (module, func), what in MEASURED.items():
        spent = sum(v[3] for k, v in stats.items() if k[0].endswith(module) and k[2] == func)
        print(f"  {what}: {spent:.2f} s ({100 * spent / total:.1f}%)")


if __name__ == "__main__":
    main()
