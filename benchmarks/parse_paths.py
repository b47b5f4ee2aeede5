"""How much text could skip the parser (issue 8, part 2): the share of body sentences, and of
their words, that have no quotation mark, no reporting cue and no name or pronoun.

A sentence is put on the first path that fits:

- ``marks``: it has a quotation mark (straight or curly double marks, guillemets, or a curly
  single mark that is not an apostrophe);
- ``cue``: a word is a written form of a reporting verb (any inflection of a lemma in
  data/en/speech_verbs.txt, checked on the lowercased word with a few suffixes stripped) or
  "according";
- ``mention``: a capitalised word after the first, or a personal pronoun: something speaker
  resolution may need (an antecedent, a description's referent);
- ``none``: nothing a quotation or a speaker needs.

This is a measurement to plan with, not the feature: it takes no parse, so it over-counts cues
(a "says" in "what the law says") and mentions. The English texts are PolNeAR dev (read from
``../shared`` at run time, never copied) or, without it, the demo articles.

    .venv/bin/python benchmarks/parse_paths.py
"""

from __future__ import annotations

import json
import re
from collections import Counter
from importlib import resources
from pathlib import Path

from onrecord.extraction.cleaning import clean

POLNEAR_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev.jsonl"
_MARKS = re.compile("[\"\u201c\u201d\u00ab\u00bb\u201e]|(?<!\\w)\u2018|\u2019(?!\\w)")
_SENTENCE = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"\u201d\u2019)]))\s+(?=[\"\u201c\u2018(]?[A-Z0-9])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_PRONOUNS = frozenset("he she they him her them his hers their it its we i you".split())
_SUFFIXES = ("ing", "ed", "es", "s", "d", "")


def speech_lemmas() -> set[str]:
    path = resources.files("onrecord") / "data" / "en" / "speech_verbs.txt"
    lemmas = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lemmas.add(line.split()[0].lower())
    forms = resources.files("onrecord") / "data" / "en" / "speech_forms.txt"
    for line in forms.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lemmas.add(line.split()[0].lower())
    return lemmas


def is_cue(word: str, lemmas: set[str]) -> bool:
    word = word.lower()
    if word in lemmas or word == "according":
        return True
    for suffix in _SUFFIXES[:-1]:
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            if stem in lemmas or stem + "e" in lemmas or (len(stem) > 2 and stem[-1] == stem[-2]
                                                         and stem[:-1] in lemmas):
                return True
    return False


def path_of(sentence: str, lemmas: set[str]) -> str:
    if _MARKS.search(sentence):
        return "marks"
    words = _WORD.findall(sentence)
    if any(is_cue(w, lemmas) for w in words):
        return "cue"
    if any(w[0].isupper() for w in words[1:]) or any(w.lower() in _PRONOUNS for w in words):
        return "mention"
    return "none"


def texts() -> tuple[str, list[str]]:
    if POLNEAR_DEV.exists():
        with POLNEAR_DEV.open(encoding="utf-8") as handle:
            return "PolNeAR dev", [json.loads(line)["text"] for line in handle]
    demo = Path(str(resources.files("onrecord") / "demo"))
    return "demo articles", [p.read_text(encoding="utf-8") for p in sorted(demo.glob("*.txt"))]


def main() -> int:
    lemmas = speech_lemmas()
    name, articles = texts()
    sentences: Counter[str] = Counter()
    words: Counter[str] = Counter()
    for text in articles:
        for block in clean(text).body():
            for sentence in _SENTENCE.split(text[block.start:block.end]):
                path = path_of(sentence, lemmas)
                sentences[path] += 1
                words[path] += len(sentence.split())
    total_s, total_w = sum(sentences.values()), sum(words.values())
    print(f"# Parse paths, {name}: {len(articles)} articles, {total_s:,} body sentences, "
          f"{total_w:,} words\n")
    print("| path | sentences | share | words | share |")
    print("|---|---|---|---|---|")
    for path in ("marks", "cue", "mention", "none"):
        print(f"| {path} | {sentences[path]:,} | {sentences[path] / total_s:.1%} | "
              f"{words[path]:,} | {words[path] / total_w:.1%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
