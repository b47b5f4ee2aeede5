"""Generated news articles for the Spark tests: a few hundred short wire stories about invented
people, written from templates with a fixed seed.

The same people come back across articles under different names (full name, surname with or
without an honorific, a title before the name), the same quotations are reported by several
outlets with small differences (case, punctuation, a cut), two people share a surname, and some
articles name a person by surname alone, so the speaker directory and the quote clusters have
real merging to do.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

PEOPLE = [
    # first, last, gender, office, organisation
    ("Maren", "Tolliver", "female", "Finance Minister", "the Treasury"),
    ("Osric", "Pellham", "male", "Mayor", "Dunmore City Council"),
    ("Ilse", "Varga", "female", "chief executive", "Northwind Rail"),
    ("Tobias", "Quenneville", "male", "union leader", "the Transit Workers Union"),
    ("Priya", "Anand", "female", "health commissioner", "the Regional Health Board"),
    ("Declan", "Morrow", "male", "opposition leader", "the Civic Party"),
    ("Helena", "Morrow", "female", "economist", "Lakeside University"),
    ("Samir", "Haddad", "male", "police chief", "the Dunmore Police Service"),
    ("Greta", "Lindqvist", "female", "senator", "the Senate"),
    ("Caleb", "Whitford", "male", "spokesman", "Northwind Rail"),
    ("Naomi", "Achebe", "female", "judge", "the High Court"),
    ("Rafael", "Ortega", "male", "coach", "the Dunmore Falcons"),
    ("Yuki", "Tanabe", "female", "researcher", "the Coastal Institute"),
    ("Bernard", "Oyelaran", "male", "fire chief", "the County Fire Service"),
    ("Ingrid", "Castellano", "female", "school superintendent", "the Dunmore School Board"),
    ("Felix", "Brannigan", "male", "developer", "Brannigan Homes"),
]

ORGANISATIONS = ["Northwind Rail", "Dunmore City Council", "the Regional Health Board",
                 "Brannigan Homes", "the Coastal Institute"]

OUTLETS = ["Dunmore Courier", "Valley Wire", "Harbour Times", "Metro Ledger", "Northern Post",
           "County Herald"]

TOPICS = ["the rail strike", "the new budget", "the flood defences", "the housing plan",
          "the hospital waiting lists", "the stadium vote", "the school closures",
          "the harbour dredging"]

QUOTES = [
    "We are not going to balance the books on the backs of working families",
    "This plan has been years in the making and it will finally deliver",
    "Nobody should have to wait eleven months for a hip replacement",
    "The trains will run, but they will run slowly until the repairs are finished",
    "Our members have been patient for far too long and patience has limits",
    "I have asked the auditors to look at every contract signed since January",
    "The river rose faster than any of our models predicted",
    "We will not be lectured by people who never built a single home",
    "The evidence points clearly to a failure of maintenance over many years",
    "Every child in this city deserves a school within walking distance",
    "The numbers simply do not add up and the council knows it",
    "We played with heart tonight and the result will come",
    "There is no quick fix for a problem that took a decade to create",
    "I want to thank the volunteers who worked through the night",
    "The court cannot rewrite a law that parliament chose to pass",
    "Fares will stay frozen for at least another twelve months",
    "We found traces of the chemical in three of the five samples",
    "This is a good day for the families who have waited so long",
    "The budget asks too much of those who have the least",
    "Our crews reached the warehouse within six minutes of the first call",
]

SHORT_QUOTES = ["No comment", "We will see", "It is too early to say"]

CLAUSES = [
    "the talks would resume next week", "the figures were worse than expected",
    "the project was on schedule", "more money would be needed", "the decision was final",
    "an inquiry would be opened", "the service would be restored by Friday",
]

BACKGROUND = [
    "The dispute over {topic} has dragged on since the spring.",
    "Residents have packed several public meetings about {topic} this month.",
    "A decision on {topic} is expected before the summer recess.",
    "Critics say the cost of {topic} has doubled since the first estimate.",
    "Officials declined to say when the next round of talks on {topic} would begin.",
    "Local businesses have warned that {topic} could cost them customers.",
    "The figures on {topic} were first published by the county in January.",
    "Several councillors have asked for an independent review of {topic}.",
]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _variant(rng: random.Random, quote: str) -> str:
    """The same quotation as another outlet prints it."""
    roll = rng.random()
    if roll < 0.25:
        words = quote.split()
        return " ".join(words[: max(6, len(words) * 2 // 3)]) + " ..."
    if roll < 0.4:
        return quote.replace(" and ", ", and ", 1)
    if roll < 0.5:
        return quote[0] + quote[1:].replace("We ", "we ")
    return quote


def _name(rng: random.Random, person: tuple[str, str, str, str, str], first: bool) -> str:
    first_name, last, gender, office, org = person
    if first:
        return rng.choice([f"{first_name} {last}", f"{office.title()} {first_name} {last}"
                           if office[0].isupper() else f"{first_name} {last}"])
    honorific = "Ms." if gender == "female" else "Mr."
    return rng.choice([last, f"{honorific} {last}", last])


def article(rng: random.Random, n: int) -> dict[str, object]:
    """One generated article with its metadata (the JSONL shape ``onrecord ingest`` reads)."""
    outlet = rng.choice(OUTLETS)
    topic = rng.choice(TOPICS)
    cast = rng.sample(PEOPLE, rng.choice([1, 2, 2, 3]))
    background = rng.sample(BACKGROUND, len(cast))
    paragraphs = []
    lead = cast[0]
    pronoun = "she" if lead[2] == "female" else "he"
    day = WEEKDAYS[n % len(WEEKDAYS)]
    paragraphs.append(f"{_name(rng, lead, True)}, the {lead[3]} of {lead[4]}, said on {day} "
                      f"that {rng.choice(CLAUSES)}, as the row over {topic} deepened.")
    for index, person in enumerate(cast):
        first = index > 0
        name = _name(rng, person, first)
        quote = _variant(rng, rng.choice(QUOTES))
        shape = rng.randrange(6)
        if shape == 0:
            paragraphs.append(f"\u201c{quote},\u201d {name} said.")
        elif shape == 1:
            paragraphs.append(f"\u201c{quote},\u201d said {name}.")
        elif shape == 2:
            paragraphs.append(f"{name} told reporters: \u201c{quote}.\u201d")
        elif shape == 3:
            second = rng.choice(QUOTES)
            paragraphs.append(f"\u201c{quote},\u201d {name} said. \u201c{second}.\u201d")
        elif shape == 4:
            paragraphs.append(f"{name} said {rng.choice(CLAUSES)}.")
            who = pronoun if index == 0 else f"the {person[3]}"
            paragraphs.append(f"\u201c{quote},\u201d {who} added.")
        else:
            paragraphs.append(f"\u201c{rng.choice(SHORT_QUOTES)},\u201d {name} said when asked "
                              f"about {topic}.")
        paragraphs.append(background[index].format(topic=topic))
    if rng.random() < 0.4:
        org = rng.choice(ORGANISATIONS)
        paragraphs.append(f"In a statement, {org} said \u201c{_variant(rng, rng.choice(QUOTES))}"
                          f".\u201d")
    return {
        "id": f"gen-{n:04d}",
        "url": f"https://{outlet.lower().replace(' ', '')}.example/{n:04d}",
        "outlet": outlet,
        "date": f"2026-03-{1 + n % 20:02d}",
        "title": f"{lead[0]} {lead[1]} speaks on {topic}",
        "text": "\n\n".join(paragraphs),
    }


def write_articles(folder: Path, count: int = 240, per_file: int = 60, seed: int = 7
                   ) -> list[Path]:
    """Write ``count`` generated articles as JSONL files of ``per_file`` under ``folder``; one
    article is written twice under another id (a repost a corpus keeps once)."""
    rng = random.Random(seed)
    items = [article(rng, n) for n in range(count)]
    repost = dict(items[3], id="gen-repost", url="https://repost.example/0003")
    items.append(repost)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for start in range(0, len(items), per_file):
        path = folder / f"generated-{start // per_file:02d}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for item in items[start:start + per_file]:
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
        paths.append(path)
    return paths
