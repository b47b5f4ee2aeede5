"""Show what extraction misses and invents on a gold JSONL, article by article (a developer tool).

usage: python scripts/diagnose.py GOLD.jsonl PRED.jsonl [--limit N] [--ids a,b]
"""

from __future__ import annotations

import argparse

from onrecord.evaluation import load_jsonl


def overlap(a: dict, b: dict) -> float:
    inter = min(a["end"], b["end"]) - max(a["start"], b["start"])
    return inter / max(a["end"] - a["start"], b["end"] - b["start"], 1) if inter > 0 else 0.0


def speaker_right(gq: dict, ps: dict) -> bool:
    if gq.get("speaker"):
        return (ps.get("name") or "").lower() == gq["speaker"].lower()
    if ps.get("start") is None or gq.get("speaker_start") is None:
        return False
    return min(gq["speaker_end"], ps["end"]) > max(gq["speaker_start"], ps["start"])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--limit", type=int, default=5)
    ap.add_argument("--spk", action="store_true", help="show speaker errors")
    args = ap.parse_args()
    golds, preds = load_jsonl(args.gold), load_jsonl(args.pred)
    for n, (doc_id, g) in enumerate(golds.items()):
        if n >= args.limit:
            break
        text = g["text"]
        pq = preds.get(doc_id, {}).get("quotes", [])
        print(f"===== {doc_id}")
        for gq in g["quotes"]:
            if gq.get("duplicate") or gq.get("nested"):
                continue
            best = max(pq, key=lambda p: overlap(gq, p), default=None)
            ov = overlap(gq, best) if best else 0.0
            spk = gq.get("speaker") or gq.get("speaker_text")
            if ov < 0.3:
                print(f"  MISS {gq['type']:8} [{spk}] {text[gq['start']:gq['end']][:110]!r}")
            elif args.spk and best:
                ps = best.get("speaker") or {}
                ok = speaker_right(gq, ps)
                if not ok and (gq.get("speaker") or gq.get("speaker_start") is not None):
                    print(f"  SPK  gold={spk!r} pred={ps.get('name')!r}/{ps.get('mention')!r} "
                          f"{text[gq['start']:gq['end']][:70]!r}")
        for p in pq:
            if max((overlap(gq, p) for gq in g["quotes"]), default=0.0) < 0.3:
                print(f"  FP   {p['type']:8} [{(p.get('speaker') or {}).get('mention')}] "
                      f"{p['text'][:110]!r}")


if __name__ == "__main__":
    main()
