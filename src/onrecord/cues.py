"""Finding cues: the reporting verb or phrase that ties a quotation to its speaker.

The verb lists are data (``data/en/speech_verbs.txt``), each with its origin noted there. This
module answers three questions about spaCy tokens: is this a cue, which words make up the cue,
and which noun phrase is its speaker.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from onrecord.lexicon import DEFAULT_LANGUAGE, data_text

# Lemmas that are cues only with a particle or preposition after them ("point out", "go on").
_PARTICLE_CUES: dict[str, frozenset[str]] = {
    "point": frozenset({"out", "to"}),
    "go": frozenset({"on"}),
}

# Quotation marks as spaCy tokens: a speaker's name never runs into a quotation.
_QUOTE_TOKENS = frozenset({'"', "“", "”", "«", "»", "„", "''", "``"})

# Subject dependency labels in spaCy's English pipelines (ClearNLP style).
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})

# Dependency labels that carry a verb's subject down to it from a governing verb ("Smith said and
# added that...", "the diplomat said, noting that...").
_INHERIT_SUBJECT_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep", "acomp"})

# Words that head a noun phrase but never speak: "it" in "it said" is kept (organisations), but
# expletive "there" and relative pronouns are not speakers.
_NOT_SPEAKER = frozenset({"there", "which", "that", "who", "what", "this", "these", "those"})


@lru_cache(maxsize=1)
def speech_verbs() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """(single-word lemmas, lemma -> required particles) read from ``data/en/speech_verbs.txt``."""
    single: set[str] = set()
    particles: dict[str, set[str]] = {}
    text = data_text(DEFAULT_LANGUAGE, "speech_verbs.txt")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        words = line.split()
        if len(words) == 1:
            single.add(words[0])
        else:
            particles.setdefault(words[0], set()).add(words[1])
    for lemma, parts in _PARTICLE_CUES.items():
        particles.setdefault(lemma, set()).update(parts)
    return frozenset(single), {k: frozenset(v) for k, v in particles.items()}


def cue_particle(tok: Token) -> Token | None:
    """The particle completing a phrasal cue ("pointed *out*", "went *on*"), if any."""
    _, particles = speech_verbs()
    wanted = particles.get(tok.lemma_.lower())
    if not wanted:
        return None
    for child in tok.children:
        if child.i > tok.i and child.lower_ in wanted and child.dep_ in ("prt", "prep", "advmod"):
            return child
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in wanted:
        return nxt
    return None


def is_cue(tok: Token) -> bool:
    """A reporting verb in a verbal use ("said", "went on", "pointed out")."""
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN"):
        return False
    lemma = tok.lemma_.lower()
    single, particles = speech_verbs()
    if lemma in particles and lemma not in single:
        return cue_particle(tok) is not None
    return lemma in single or tok.lower_ in single


def is_according_to(tok: Token) -> bool:
    """``according`` in "according to X"."""
    doc = tok.doc
    return tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to"


def cue_tokens(tok: Token) -> list[Token]:
    """The words of the cue starting at ``tok``: the verb and its particle, or "according to"."""
    if is_according_to(tok):
        return [tok, tok.doc[tok.i + 1]]
    particle = cue_particle(tok)
    return [tok, particle] if particle is not None else [tok]


def subject_of(tok: Token, depth: int = 0) -> Token | None:
    """The head of the speaker phrase of cue ``tok``: its subject, the object of "according to",
    or the subject of the verb it hangs from ("..., noting that" -> the main verb's subject)."""
    if is_according_to(tok):
        to = tok.doc[tok.i + 1]
        for child in to.children:
            if child.dep_ == "pobj":
                return child
        return None
    for child in tok.children:
        if child.dep_ in _SUBJECT_DEPS and (
            child.lower_ not in _NOT_SPEAKER or is_relative_subject(child)
        ):
            if child.dep_ == "nsubjpass":
                return _passive_agent(tok)
            return child
    if depth < 4 and tok.dep_ in _INHERIT_SUBJECT_DEPS and tok.head is not tok:
        if tok.dep_ == "xcomp":  # "prompted NATO to order": the object does the ordering
            for sib in tok.head.children:
                if sib.dep_ == "dobj" and sib.i < tok.i:
                    return sib
        return subject_of(tok.head, depth + 1)
    if tok.pos_ == "NOUN":
        return _holder_of(tok)
    if depth == 0:
        return _noun_phrase_before(tok)
    return None


def _holder_of(noun: Token) -> Token | None:
    """Who holds a reporting noun: "Trump's criticism of" -> Trump; "Cruz voiced support for" ->
    Cruz (the subject of the verb the noun is the object of)."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "PRON", "NOUN"):
            return child
    if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        for child in noun.head.children:
            if child.dep_ == "nsubj" and child.lower_ not in _NOT_SPEAKER:
                return child
    return None


# Parts of speech a misparsed subject is made of ("The 41-year-old added ...").
_NP_POS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN", "PUNCT"})


def _noun_phrase_before(tok: Token) -> Token | None:
    """The last word of a noun phrase that opens the sentence right before the verb, when the
    parser gave the verb no subject ("The 41-year-old added that ...")."""
    sent = tok.sent
    if tok.i == sent.start or tok.i - sent.start > 8:
        return None
    before = [tok.doc[i] for i in range(sent.start, tok.i)]
    if all(t.pos_ in _NP_POS for t in before) and before[-1].pos_ in ("NOUN", "PROPN", "ADJ"):
        return before[-1]
    return None


def is_relative_subject(tok: Token) -> bool:
    """"who" in "Smith, who said ..." and "which" in "the union, which says ..." (the antecedent
    is the noun the clause hangs from)."""
    return tok.lower_ in ("who", "that", "which") and tok.head.dep_ == "relcl" and (
        tok.i < tok.head.i
    )


def _passive_agent(tok: Token) -> Token | None:
    """"it was said by the minister" -> minister; a passive with no agent has no speaker."""
    for child in tok.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


def mention_tokens(head: Token) -> list[Token]:
    """The noun phrase naming a speaker, from its head: the head's subtree without relative
    clauses and appositions set off by commas, never reaching into a quotation or past the
    start of its sentence ("Republican pollster Daron Shaw", "Smith and Jones")."""
    doc = head.doc
    left = head.i
    for i in range(head.i - 1, max(head.left_edge.i, head.sent.start) - 1, -1):
        if doc[i].text in _QUOTE_TOKENS or doc[i].text in (".", "!", "?", ";", ":"):
            break
        left = i
    right = head.i
    for child in head.rights:
        if child.dep_ in ("relcl", "acl", "punct", "advcl") or child.text in _QUOTE_TOKENS:
            break
        if any(doc[i].text == "," for i in range(head.i + 1, child.left_edge.i)):
            break  # "analysts at Brenton & Howe, the Tulsa closure ...": a comma ends the name
        if child.dep_ == "appos" and doc[child.left_edge.i - 1].text == ",":
            break
        right = max(right, _right_edge_outside_quotes(child))
    toks = [doc[i] for i in range(left, right + 1)]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    return toks or [head]


def _right_edge_outside_quotes(tok: Token) -> int:
    doc = tok.doc
    right = tok.i
    for i in range(tok.i + 1, tok.right_edge.i + 1):
        if doc[i].text in _QUOTE_TOKENS:
            break
        right = i
    return right


def clause_tokens(head: Token, exclude: Iterable[Token] = ()) -> SpacySpan | None:
    """The span of the clause headed by ``head`` (its subtree), as a spaCy span."""
    excluded = {t.i for t in exclude}
    idx = [t.i for t in head.subtree if t.i not in excluded]
    if not idx:
        return None
    return head.doc[min(idx) : max(idx) + 1]
