"""Cross-article work cut into independent pieces, each decided by the corpus's own rules.

A local ingest merges speakers and deduplicates quotes one article at a time, against what is
stored. Those decisions only ever look at candidates that share a key with the newcomer: a
speaker's name, first-and-last-name, surname or alias key (``merging``), a quote's normalised
text or one of its ``dedupe.band_hashes``. So the articles' speakers (and, apart, their quote
parts) fall into connected components of "shares a key", and no decision in one component can
see another. Spark finds the components; each one is then stored, in input order, in a
``Corpus`` in memory, whose answers (which speaker entry, which quote) are the answers a local
ingest gives. The ids written are derived from content: a speaker or a quote is named after its
first occurrence.

Two approximations, both rare and neither met in the tests: a key shared by more than
``MAX_KEY_SHARE`` nodes links nothing (a component that large would be one task's work), and a
quote of fewer than six words, which matches only a quote of the same speaker, sees speakers
through the name the speaker pass gave them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from onrecord import Article, Corpus, Quote, Speaker
from onrecord.corpus import normalise, speaker_lookup_keys

# A key shared by more nodes than this connects none of them (see the module docstring).
MAX_KEY_SHARE = 5000


def speaker_keys(row: Mapping[str, Any], outlet: str | None) -> list[str]:
    """The lookup keys of an article speaker row (``corpus.speaker_lookup_keys``)."""
    return speaker_lookup_keys(_speaker(row), outlet)


def star_edges(nodes: Sequence[str]) -> Iterator[tuple[str, str]]:
    """Edges joining the nodes that share one key: the smallest to each other one."""
    if len(nodes) < 2 or len(nodes) > MAX_KEY_SHARE:
        return
    centre = min(nodes)
    for node in nodes:
        if node != centre:
            yield centre, node


def union_find(edges: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The component of every node an edge touches, named by its smallest node."""
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in edges:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {node: root(node) for node in list(parent)}


# --- one component, decided by a corpus in memory ------------------------------------------


def decide_component(articles: Iterable[Mapping[str, Any]], *, wording: bool = True
                     ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Store one component's articles in a corpus in memory, as a local ingest stores them, in
    the order given. Each article is a row with ``article_id``, ``outlet``, ``date``,
    ``speakers`` (speaker rows, ``tables.SPEAKER_COLUMNS``) and ``parts`` (quote part rows with
    their ``speaker_no``). Returns a row per part (``occurrence_id``, ``speaker_id``,
    ``quote_id``) and a row per entry, speaker or quote, with what the corpus says of it; ids
    are the ``occurrence_id`` of the entry's first occurrence.

    With ``wording=False`` (speakers only) each part stands in the corpus under its own id, a
    one-word text that matches no other: the speakers see the same occurrences, and the
    store spends nothing on finding the same quote."""
    order: list[str] = []
    built = []
    for row in articles:
        speakers = {int(sp["speaker_no"]): _speaker(sp) for sp in row["speakers"]}
        quotes = []
        for part in row["parts"]:
            no = part.get("speaker_no")
            quotes.append(Quote(start=int(part["start"]), end=int(part["end"]),
                                text=part["text"] if wording else part["occurrence_id"],
                                type=part["type"], group=0,
                                speaker=speakers.get(int(no)) if no is not None else None,
                                confidence=float(part["confidence"])))
            order.append(part["occurrence_id"])
        # The article's id stands in for its text: it is what makes an article a new one.
        built.append(Article(id=row["article_id"], text=row["article_id"], quotes=quotes,
                             speakers=list(speakers.values()), outlet=row["outlet"],
                             date=row["date"]))
    with Corpus(":memory:") as corpus:
        corpus.store(built)
        rows = list(corpus.rows())
        summaries = {s.id: s for s in corpus.speakers(top=None)}
    if len(rows) != len(order):
        raise RuntimeError(f"a component stored {len(rows)} occurrences of {len(order)}")
    speaker_ids: dict[int, str] = {}
    quote_ids: dict[int, str] = {}
    parts, entries = [], []
    for occurrence, row in zip(order, rows, strict=True):
        sid = row["speaker_id"]
        if sid is not None and sid not in speaker_ids:
            speaker_ids[sid] = occurrence
            s = summaries[sid]
            entries.append({"kind": "speaker", "id": occurrence, "name": s.name,
                            "speaker_kind": s.kind, "aliases": s.aliases, "roles": s.roles,
                            "outlets": s.outlets, "text": None, "normalised": None,
                            "first_seen_date": None, "first_seen_outlet": None,
                            "occurrence_count": s.occurrences})
        qid = row["quote_id"]
        if qid not in quote_ids:
            quote_ids[qid] = occurrence
            entries.append({"kind": "quote", "id": occurrence, "name": None,
                            "speaker_kind": None, "aliases": [], "roles": [], "outlets": [],
                            "text": row["quote"], "normalised": normalise(row["quote"]),
                            "first_seen_date": row["first_seen_date"],
                            "first_seen_outlet": row["first_seen_outlet"],
                            "occurrence_count": row["occurrence_count"]})
        parts.append({"occurrence_id": occurrence,
                      "speaker_id": speaker_ids.get(sid) if sid is not None else None,
                      "quote_id": quote_ids[qid]})
    return parts, entries


def _speaker(row: Mapping[str, Any]) -> Speaker:
    return Speaker(id=str(row["speaker_no"]), name=row["name"], kind=row["kind"],
                   aliases=list(row.get("aliases") or []), role=row.get("role"),
                   gender=row.get("gender"), gender_source=row.get("gender_source"))
