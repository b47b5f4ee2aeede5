"""Train the attribution model (onrecord/extraction/learnt.py) on PolNeAR's train split.

Every word with a complement that no reporting verb frames is a candidate (``frames.
framed_and_unframed``; a clause, an infinitive or a prepositional object:
``frames.model_frames()``); it is a positive when its complement overlaps an annotated content by
half or more and the word is in that attribution's cue. A logistic regression over the candidates'
features (``learnt.frame_features``) is fitted by full-batch gradient descent (Adam, L2), from zero
weights: no randomness, the same model on every run. The last HELD_OUT share of the train articles
is left out of fitting and chooses the threshold: the probability above which taking a candidate
raises quote F1 most. Besides the parse, each candidate has its lemma and frame's prior: how often
that frame reported in training (counted over the other folds of the fitting articles, so that no
row's prior knows its own label). Dev is not read.

Writes src/onrecord/data/en/attribution_model.json (feature weights; no article text).

usage: python scripts/train_attribution.py ../shared/data/polnear/train.jsonl
           [--fraction F] [--out FILE] [--cache DIR]
(--fraction 0.25 fits on the first quarter of the fitting articles: the learning curve;
--cache keeps the parsed paragraphs so a second run does not parse again.)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from learn_frames import overlap, paragraphs
from spacy.tokens import DocBin

from onrecord.extraction.frames import framed_and_unframed, model_frames
from onrecord.extraction.learnt import MODEL_FILE, frame_features, logistic, prior_feature
from onrecord.extraction.pipeline import load_model

OUT = Path(__file__).resolve().parents[1] / "src" / "onrecord" / "data" / "en" / MODEL_FILE
HELD_OUT = 0.15  # of the train articles, for the threshold (dev stays for model selection)
MIN_COUNT = 2  # a feature seen fewer times in fitting is dropped
L2 = 1e-4  # per candidate
EPOCHS = 400
FOLDS = 5  # the fitting articles' priors are counted over the other folds
BASE_F1 = 0.7  # quote F1 of the rules alone, about: a candidate pays if P(right) > BASE_F1 / 2


@dataclass
class Row:
    """One candidate: its features, whether it was reported content, its "lemma|frame" and the
    index of its article."""

    features: list[str]
    label: int
    key: str
    article: int


def candidates(articles: list[dict], cache: Path | None) -> list[Row]:
    """Every candidate in ``articles``."""
    nlp = load_model()
    rows: list[Row] = []
    for n, art in enumerate(articles):
        gold = [((q["start"], q["end"]), set((q.get("cue") or "").lower().split()))
                for q in art["quotes"]]
        paras = paragraphs(art["text"])
        for (base, _), doc in zip(paras, _parsed(nlp, art["id"], paras, cache), strict=True):
            for tok, found in framed_and_unframed(doc):
                if isinstance(found, tuple):
                    continue
                for frame, (s, e) in found:
                    span = (base + s, base + e)
                    label = any(tok.lower_ in cue and overlap(span, g) >= 0.5 for g, cue in gold)
                    rows.append(Row(frame_features(tok, frame, (s, e)), int(label),
                                    f"{tok.lemma_.lower()}|{frame}", n))
        if n % 100 == 99:
            print(f"  {n + 1} articles, {len(rows)} candidates", file=sys.stderr)
    return rows


def count(rows: list[Row]) -> dict[str, tuple[int, int]]:
    """"lemma|frame" -> (reported, seen) over ``rows``."""
    hits: Counter[str] = Counter(r.key for r in rows if r.label)
    total: Counter[str] = Counter(r.key for r in rows)
    return {key: (hits[key], n) for key, n in total.items()}


def with_priors(rows: list[Row], folds: int | None, counts: dict[str, tuple[int, int]]
                ) -> list[list[str]]:
    """Each row's features and its frame's prior (``learnt.prior_feature``): counted over the
    other FOLDS of the fitting articles when ``folds`` is given (so a row's own label never
    tells its prior), else from ``counts``."""
    if folds is None:
        return [r.features + [prior_feature(*counts.get(r.key, (0, 0)))] for r in rows]
    by_fold = [count([r for r in rows if r.article % folds != k]) for k in range(folds)]
    return [r.features + [prior_feature(*by_fold[r.article % folds].get(r.key, (0, 0)))]
            for r in rows]


def _parsed(nlp, key: str, paras: list[tuple[int, str]], cache: Path | None):
    path = cache / f"{key}.spacy" if cache is not None else None
    if path is not None and path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(p for _, p in paras))
    if path is not None:
        DocBin(store_user_data=False, docs=docs).to_disk(path)
    return docs


def fit(
    features: list[list[str]], labels: list[int], weights: list[float] | None = None,
    l2: float = L2,
) -> tuple[dict[str, float], float]:
    """Logistic regression weights and bias by full-batch Adam from zero; ``weights`` (one per
    example, default 1) say how much each example counts, ``l2`` how much large weights cost."""
    counts = Counter(f for feats in features for f in set(feats))
    names = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    index = {f: i for i, f in enumerate(names)}
    cols, row_of = [], []
    for r, feats in enumerate(features):
        for f in set(feats):
            if f in index:
                cols.append(index[f])
                row_of.append(r)
    cols_a, rows_a = np.array(cols), np.array(row_of)
    y = np.array(labels, dtype=np.float64)
    n = len(features)
    share = None if weights is None else np.array(weights, dtype=np.float64)
    if share is not None:
        share = share / share.sum()
    w = np.zeros(len(names))
    b = 0.0
    m, v = np.zeros(len(names) + 1), np.zeros(len(names) + 1)
    lr, beta1, beta2 = 0.05, 0.9, 0.999
    for step in range(1, EPOCHS + 1):
        z = np.bincount(rows_a, weights=w[cols_a], minlength=n) + b
        p = 1.0 / (1.0 + np.exp(-z))
        err = (p - y) / n if share is None else (p - y) * share
        grad = np.append(np.bincount(cols_a, weights=err[rows_a], minlength=len(names))
                         + l2 * w, err.sum())
        m = beta1 * m + (1 - beta1) * grad
        v = beta2 * v + (1 - beta2) * grad * grad
        upd = lr * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + 1e-8)
        w -= upd[:-1]
        b -= upd[-1]
    return {f: round(float(x), 4) for f, x in zip(names, w, strict=True) if abs(x) >= 1e-3}, b


def threshold(scored: list[tuple[float, int]]) -> float:
    """The probability above which the held-out candidates add most to quote F1: a candidate
    adds 2*label - BASE_F1 to F1's numerator for one more in its denominator."""
    best, best_gain, gain = 1.0, 0.0, 0.0
    for p, label in sorted(scored, reverse=True):
        gain += 2 * label - BASE_F1
        if gain > best_gain:
            best, best_gain = p, gain
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("train")
    ap.add_argument("--fraction", type=float, default=1.0)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--cache", type=Path)
    args = ap.parse_args()
    if args.cache is not None:
        args.cache.mkdir(parents=True, exist_ok=True)
    arts = [json.loads(line) for line in open(args.train, encoding="utf-8")]
    cut = int(len(arts) * (1 - HELD_OUT))
    fitting = arts[: max(1, int(cut * args.fraction))]
    held = arts[cut:]
    t0 = time.time()
    # objects report by the counted frames alone (frames.model_frames())
    rows = [r for r in candidates(fitting, args.cache) if r.key.split("|")[-1] in model_frames()]
    held_rows = [r for r in candidates(held, args.cache) if r.key.split("|")[-1] in model_frames()]
    print(f"{len(fitting)} articles, {len(rows)} candidates ({sum(r.label for r in rows)} "
          f"positive); held out {len(held)} articles, {len(held_rows)} candidates; "
          f"{time.time() - t0:.0f} s", file=sys.stderr)
    counts = count(rows)
    weights, bias = fit(with_priors(rows, FOLDS, counts), [r.label for r in rows])
    scored = [(logistic(bias, weights, f), r.label)
              for f, r in zip(with_priors(held_rows, None, counts), held_rows, strict=True)]
    t = threshold(scored)
    taken = [label for p, label in scored if p >= t]
    print(f"threshold {t:.3f}: of {len(scored)} held-out candidates "
          f"({sum(label for _, label in scored)} right) the model takes {len(taken)} "
          f"({sum(taken)} right, precision {sum(taken) / max(1, len(taken)):.3f}); "
          f"{len(weights)} features; {time.time() - t0:.0f} s", file=sys.stderr)
    model = {
        "about": "Logistic regression over frame candidates (onrecord/extraction/learnt.py), "
                 "fitted on PolNeAR train by scripts/train_attribution.py; feature weights only.",
        "fitted_on_articles": len(fitting),
        "threshold": round(t, 4),
        "bias": round(bias, 4),
        "weights": dict(sorted(weights.items())),
        "counts": {key: list(c) for key, c in sorted(counts.items()) if c[1] >= 2},
    }
    args.out.write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
