"""Learn which verb frames report speech or thought, from PolNeAR's train split.

A frame is a verb lemma with the kind of complement that holds the reported content: a clause
(ccomp), an infinitive (xcomp), an object (dobj) or a prepositional object (prep:for, prep:about).
For each frame seen at least MIN_COUNT times, counts how often its complement matches an annotated
attribution's content with that verb in its cue. Writes lemma, frame, hits, total to
src/onrecord/data/en/frames.tsv: counts only, no article text.

usage: python scripts/learn_frames.py ../shared/data/polnear/train.jsonl [--skip N] [--out F]
(--skip N leaves the first N articles out, to choose MIN_PRECISION on them as held-out data.)
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from onrecord.extraction.frames import candidate_frames
from onrecord.extraction.pipeline import load_model

MIN_COUNT = 4
OUT = Path(__file__).resolve().parents[1] / "src" / "onrecord" / "data" / "en" / "frames.tsv"


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / max(a[1] - a[0], b[1] - b[0], 1) if inter > 0 else 0.0


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each non-blank line: extraction parses paragraph by paragraph too."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out


def main(path: str, skip: int = 0, out: Path = OUT) -> None:
    nlp = load_model()  # onrecord's pipeline, with its tokenizer change
    arts = [json.loads(line) for line in open(path, encoding="utf-8")][skip:]
    hits: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    with nlp.select_pipes(disable=["ner"]):
        for art in arts:
            gold = [((q["start"], q["end"]), set((q.get("cue") or "").lower().split()))
                    for q in art["quotes"]]
            paras = paragraphs(art["text"])
            for (base, _), doc in zip(paras, nlp.pipe(p for _, p in paras), strict=True):
                for tok, frame, (s, e) in candidate_frames(doc):
                    key = (tok.lemma_.lower(), frame)
                    total[key] += 1
                    span = (base + s, base + e)
                    if any(tok.lower_ in cue and overlap(span, g) >= 0.5 for g, cue in gold):
                        hits[key] += 1
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# Verb frames that report speech, writing or thought, learnt from PolNeAR\n"
                 "# (Newell et al., LREC 2018) train split by scripts/learn_frames.py: how often\n"
                 "# the frame's complement is an annotated attribution's content (hits) out of\n"
                 "# how often the frame occurs (total). Counts only; no article text.\n"
                 "lemma\tframe\thits\ttotal\n")
        for key, n in sorted(total.items(), key=lambda kv: (-hits[kv[0]], kv[0])):
            if n >= MIN_COUNT and hits[key] > 0:
                fh.write(f"{key[0]}\t{key[1]}\t{hits[key]}\t{n}\n")


if __name__ == "__main__":
    args = sys.argv[1:]
    skip = int(args[args.index("--skip") + 1]) if "--skip" in args else 0
    out = Path(args[args.index("--out") + 1]) if "--out" in args else OUT
    main(args[0], skip, out)
