"""Test data for the corpus tests: the demo articles plus reposts of one of their quotes by
other outlets, each with the small changes outlets make (straight or curly marks, case, an
ellipsis for a cut), and a helper that writes them where a test wants them."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

DEMO = Path(str(resources.files("onrecord").joinpath("demo")))

# The quote every repost carries, as the demo article wire_geneva.txt prints it.
QUOTE = "We came to Geneva to close this file, not to open a new one,"

REPOSTS = [
    {"id": "ledger-1", "outlet": "Daily Ledger", "date": "2024-03-03",
     "url": "https://ledger.example/geneva-talks",
     "title": "Kestria holds out on dam",
     "text": "Dariusz Kellerman spoke to reporters in Geneva on Tuesday.\n"
             "\u201cWe came to Geneva to close this file\u2026\u201d Kellerman said.\n"},
    {"id": "harbour-7", "outlet": "Harbour Post", "date": "2024-03-04",
     "url": "https://harbour.example/news/7",
     "title": "Loren River talks stall",
     "text": "Talks on the Loren River stalled in Geneva on Tuesday.\n"
             '"we came to geneva to close this file, not to open a new one," Dariusz Kellerman '
             "told journalists.\n"},
    {"id": "wire-22", "outlet": "Morning Wire", "date": "2024-03-06",
     "url": "https://wire.example/22",
     "title": "Envoy: dam is the biggest issue",
     "text": "GENEVA (Morning Wire) - Dariusz Kellerman said the dam was still the main "
             "obstacle.\n"
             "\u201cWE CAME TO GENEVA TO CLOSE THIS FILE - NOT TO OPEN A NEW ONE,\u201d the "
             "envoy said.\n"},
]

# The earliest repost: the first-seen date and outlet of the quote once all are ingested.
FIRST_SEEN = ("2024-03-03", "Daily Ledger")


def write_reposts(folder: Path) -> Path:
    path = folder / "reposts.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for article in REPOSTS:
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path


def demo_paths() -> list[str]:
    return sorted(str(p) for p in DEMO.glob("*.txt"))


def build_db(folder: Path, nlp: object) -> Path:
    """A corpus database of the demo articles and the reposts, in ``folder``."""
    from onrecord import Corpus
    from onrecord.extraction.reading import read_paths

    db = folder / "news.db"
    with Corpus(db) as corpus:
        corpus.ingest(read_paths([*demo_paths(), str(write_reposts(folder))]), nlp=nlp)
    return db
