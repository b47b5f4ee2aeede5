"""Speaker directory check: ingest PolNeAR dev + train and count the directory's problems.

The issue's bar: among the 100 most quoted speakers and the best-known people of those articles,
at most 5 problems of three kinds:

* split person: two entries that are one person (same surname and compatible first names, or a
  surname-only entry when the corpus has exactly one full-name person of that surname);
* misnamed person: a title, office, party, place, description or quotation mark in the name;
* junk name: an entry whose name is not a speaker's name ("the report", "An email", "A", a
  common word such as "Analysis").

    .venv/bin/python benchmarks/bench_directory.py                    # ingest (a few minutes)
    .venv/bin/python benchmarks/bench_directory.py --db dir.db --keep # keep the database
    .venv/bin/python benchmarks/bench_directory.py --db dir.db --check-only

The ingest uses the Corpus API with 2 processes. PolNeAR is read at run time from
``../shared/data/polnear`` and never copied here. The check is automatic and independent of the
merge rules' code paths where it can be: common words are words the corpus itself writes in lower
case more often than capitalised. The exit code is 0 whatever the count: this is a measurement.
"""

from __future__ import annotations

import argparse
import platform
import re
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from onrecord import Corpus
from onrecord.extraction.reading import read_paths
from onrecord.names import (
    clean_name,
    first_names_compatible,
    is_description,
    is_title_word,
    name_key,
    split_name_prefix,
    surname_key,
)

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
RESULTS = Path(__file__).resolve().parent / "DIRECTORY_RESULTS.md"
TOP = 100
BAR = 5
# The best-known people of PolNeAR's 2016 campaign articles: each should be one entry.
WELL_KNOWN = [
    "Barack Obama", "Hillary Clinton", "Donald Trump", "Bernie Sanders", "Ted Cruz",
    "Marco Rubio", "Jeb Bush", "Paul Ryan", "Mitch McConnell", "John Kasich", "Ben Carson",
    "Chris Christie", "Mike Pence", "Tim Kaine", "James Comey", "Joe Biden", "Bill Clinton",
    "Michelle Obama", "Carly Fiorina", "Elizabeth Warren", "Harry Reid", "Rand Paul",
]
QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb<>()[]"


@dataclass
class Entry:
    id: int
    name: str
    kind: str
    occurrences: int


@dataclass
class Problem:
    kind: str  # "split", "misnamed", "junk"
    entry: Entry
    why: str


def ingest(db: Path, n_process: int) -> float:
    paths = [str(POLNEAR / "dev.jsonl"), str(POLNEAR / "train.jsonl")]
    started = time.monotonic()
    with Corpus(db) as corpus:
        summary = corpus.ingest(read_paths(paths), n_process=n_process)
    print(f"ingested {summary.articles} articles, {summary.quotes} quotes, "
          f"{summary.speakers} new speakers in {time.monotonic() - started:.0f}s", file=sys.stderr)
    return time.monotonic() - started


def entries(conn: sqlite3.Connection) -> list[Entry]:
    rows = conn.execute(
        "SELECT s.id, s.name, s.kind, count(o.id) AS n FROM speakers s "
        "JOIN occurrences o ON o.speaker_id = s.id GROUP BY s.id ORDER BY n DESC, s.id")
    return [Entry(int(r[0]), r[1], r[2], int(r[3])) for r in rows]


def case_counts(conn: sqlite3.Connection) -> tuple[Counter[str], Counter[str]]:
    """How often each word is written in lower case and capitalised inside a sentence."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for (text,) in conn.execute("SELECT text FROM articles"):
        for match in re.finditer(r"(?<=[a-z,;] )([A-Za-z][a-z]+)\b", text):
            word = match.group(1)
            (upper if word[0].isupper() else lower)[word.casefold()] += 1
    return lower, upper


def first_name(entry: Entry) -> str:
    words = name_key(split_name_prefix(entry.name)[0]).split()
    return words[0] if len(words) > 1 else ""


def people(full: list[Entry]) -> list[Entry]:
    """Full-name entries of one surname grouped into people by compatible first names: one
    entry per person (a split person counts once here; the split itself is counted apart)."""
    out: list[Entry] = []
    for e in full:
        if not any(first_names_compatible(first_name(e), first_name(o)) for o in out):
            out.append(e)
    return out


def check(conn: sqlite3.Connection) -> tuple[list[Problem], list[str], int]:
    """The problems among the top entries and the well-known people, notes, entries checked."""
    everyone = entries(conn)
    persons = [e for e in everyone if e.kind == "person" and e.occurrences >= 2]
    checked = {e.id: e for e in everyone[:TOP]}
    notes: list[str] = []
    for known in WELL_KNOWN:
        surname, first = surname_key(known), name_key(known).split()[0]
        found = [e for e in persons if surname_key(split_name_prefix(e.name)[0]) == surname
                 and (not first_name(e) or first_names_compatible(first_name(e), first))]
        if not any(first_name(e) for e in found):
            notes.append(f"{known}: no full-name entry")
        for e in found:
            checked.setdefault(e.id, e)
    lower, upper = case_counts(conn)
    problems: list[Problem] = []
    by_surname: dict[str, list[Entry]] = {}
    for e in persons:
        by_surname.setdefault(surname_key(split_name_prefix(e.name)[0]), []).append(e)
    for e in checked.values():
        name = e.name
        words = clean_name(name).split()
        if not words or is_description(name) or len(name.replace(".", "")) < 2 or any(
                c.isdigit() for c in name):
            problems.append(Problem("junk", e, "not a name"))
            continue
        if len(words) == 1 and lower[name.casefold()] > upper[name.casefold()]:
            problems.append(Problem("junk", e, f"a common word ({lower[name.casefold()]}x in "
                                    "lower case in the corpus)"))
            continue
        if e.kind != "person":
            continue
        if any(c in name for c in QUOTE_MARKS) and not re.search(r"\w['\u2019]\w", name):
            problems.append(Problem("misnamed", e, "quotation mark or bracket in the name"))
        elif split_name_prefix(name)[1] or (len(words) > 1 and is_title_word(words[0])):
            problems.append(Problem("misnamed", e, "title, office, party or place in the name"))
        same = [o for o in by_surname.get(surname_key(split_name_prefix(name)[0]), [])
                if o.id != e.id]
        mine = first_name(e)
        if mine:
            twins = [o for o in same if first_name(o)
                     and first_names_compatible(first_name(o), mine)]
            if twins and e.id > min(o.id for o in twins):  # count each split pair once
                problems.append(Problem("split", e, "same person as "
                                        + ", ".join(repr(o.name) for o in twins)))
        else:
            full = people([o for o in same if first_name(o)])
            if len(full) == 1:
                problems.append(Problem("split", e, f"surname alone; {full[0].name!r} is the "
                                        "corpus's only full-name person of that surname"))
            elif len(full) > 1:
                notes.append(f"{name!r} ({e.occurrences}) kept apart among "
                             + ", ".join(repr(o.name) for o in full[:4]))
            elif any(o for o in same if not first_name(o)):
                problems.append(Problem("split", e, "another surname-only entry of that name"))
    for e in checked.values():  # not one of the three kinds, but worth seeing: wrong merges
        if e.kind != "person" or not first_name(e):
            continue
        others = [a for (a,) in conn.execute(
            "SELECT alias FROM speaker_aliases WHERE speaker_id = ?", (e.id,))
            if len(name_key(split_name_prefix(a)[0]).split()) > 1
            and not first_names_compatible(name_key(split_name_prefix(a)[0]).split()[0],
                                           first_name(e))]
        if others:
            notes.append(f"{e.name!r} holds other people's names: " + ", ".join(others[:4]))
    return problems, notes, len(checked)


def report(problems: list[Problem], notes: list[str], checked: int, command: str,
           label: str, seconds: float | None) -> str:
    counts = Counter(p.kind for p in problems)
    lines = [f"## {label}", "", f"`{command}`", "",
             f"{date.today().isoformat()}, {platform.machine()} {platform.system()}, "
             f"Python {platform.python_version()}"
             + (f"; ingest {seconds:.0f}s" if seconds else ""), "",
             f"Entries checked: {checked} (the {TOP} most quoted and the entries of "
             f"{len(WELL_KNOWN)} well-known people).", "",
             f"**Problems: {len(problems)}** (bar: at most {BAR}): split person "
             f"{counts['split']}, misnamed person {counts['misnamed']}, junk name "
             f"{counts['junk']}.", ""]
    for p in sorted(problems, key=lambda p: (p.kind, -p.entry.occurrences)):
        lines.append(f"- {p.kind}: {p.entry.name!r} ({p.entry.kind}, {p.entry.occurrences} "
                     f"occurrences): {p.why}")
    if notes:
        lines += ["", "Notes (not counted):", ""] + [f"- {n}" for n in notes]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="database to build (or check with --check-only)")
    parser.add_argument("--check-only", action="store_true", help="check an existing database")
    parser.add_argument("--keep", action="store_true", help="keep the database (with --db)")
    parser.add_argument("--n-process", type=int, default=2)
    parser.add_argument("--label", default="Directory check")
    parser.add_argument("--write", action="store_true",
                        help=f"append the report to {RESULTS.name}")
    args = parser.parse_args()
    command = "python benchmarks/bench_directory.py " + " ".join(sys.argv[1:])
    seconds = None
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "directory.db"
        if not args.check_only:
            if db.exists():
                sys.exit(f"{db} exists; remove it or add --check-only")
            seconds = ingest(db, args.n_process)
        conn = sqlite3.connect(db)
        problems, notes, checked = check(conn)
        conn.close()
        if args.db and not args.keep and not args.check_only:
            db.unlink()
    text = report(problems, notes, checked, command, args.label, seconds)
    print(text)
    if args.write:
        with RESULTS.open("a", encoding="utf-8") as out:
            out.write("\n" + text)


if __name__ == "__main__":
    main()
