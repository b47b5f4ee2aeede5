"""Attributing: turn quotation marks and parsed paragraphs into quotations with a cue and a
speaker mention.

Three passes over each body paragraph:

1. direct quotes: every top-level quoted span, classified as speech (standalone) or a fragment
   inside a sentence, with the cue looked for in the words around it ("...," the diplomat said /
   X said: "...");
2. indirect and mixed quotes: the clause governed by a reporting verb ("X said (that) ...",
   "..., the diplomat noted", "according to X, ..."); a quoted fragment inside that clause makes
   the quote mixed;
3. continuation: a quote with no cue takes the speaker of the quote before it (or of the
   multi-paragraph quotation it belongs to).

Speaker mentions are resolved to entities later (``speakers.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from onrecord.extraction.cleaning import MAX_HEADLINE_WORDS, find_dateline
from onrecord.extraction.cues import (
    addressee_prepositions,
    asks_anonymity,
    before_verb_group,
    clitic_subject,
    complementizers,
    cue_particle,
    cue_tokens,
    inscription_words,
    inverted_noun_phrase,
    is_according_to,
    is_cue,
    is_relative_pronoun,
    joined_to_inverted_clitic,
    mention_tokens,
    object_clitics,
    present_participle,
    reflexive_clitics,
    reporting_word,
    set_off_after_opening_phrase,
    shown_on_a_sign,
    sign_nouns,
    subject_of,
    subject_of_when_clause,
)
from onrecord.extraction.entities import (
    age_after_name,
    is_age_noun,
    joining_hyphen,
    normalise_entity_labels,
    person_nouns,
)
from onrecord.extraction.frames import (
    MARK_CHARS,
    found_by,
    naming_words,
    postposed_reports,
    proper_name,
    reported_spans,
)
from onrecord.extraction.marks import UNAMBIGUOUS_MARKS, Quoted
from onrecord.extraction.mentions import is_plural, universal_determiner
from onrecord.lexicon import lexicon, optional_words, per_language
from onrecord.names import is_honorific, is_title_word, strip_accents

# Tokens that end the stretch of words around a quote in which its cue is looked for.
_FRAME_STOP = frozenset({".", "!", "?", ";"})
# Longest stretch of words (tokens) searched for a cue before or after a quote.
_FRAME_MAX = 40
# Characters that, inside the closing mark, show the quote was a sentence or clause of speech.
_SPEECH_END = frozenset(",.!?…—–-:;")
# Quote marks as spaCy tokens.

# A transcript line: "HALDANE: We will..." or "Q: ..." (speaker in capitals, then a colon); in
# French typography a space stands before the colon ("DUPONT : ...", "Question : ...").
_TRANSCRIPT = re.compile(
    r"[\"“]?([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’\- ]{0,40}[A-ZÀ-ÖØ-Þ.]|Q|A"
    r"|[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?=[ \u00a0\u202f]?:))"
    r"[ \u00a0\u202f]?:\s+(\S)"
)
# A dash and a capitalised name after a quote attribute it ("...” ― Sonya Herridge).
_DASH_NAME = re.compile(
    r"[\s\u00a0]*([―—–]|--?)[\s\u00a0]*([A-Z][\w.’'-]*(?:[ \u00a0][A-Z][\w.’'-]*){0,4})"
    r"[\s\u00a0.]*$"
)
# Fewest words a quote with no cue needs to count as speech rather than a title or scare quote.
_MIN_UNCUED_WORDS = 4


# Where each paragraph's Doc records its offset in the article (tokens of a neighbouring
# paragraph can serve as a quote's frame: 'He said:' closing the paragraph before).
_BASE_KEY = "onrecord_base"


def token_offset(tok: Token) -> int:
    """The article offset of a token of any body paragraph."""
    return int(tok.doc.user_data.get(_BASE_KEY, 0)) + tok.idx


@dataclass
class Part:
    """One contiguous quoted or reported span, before speakers are resolved."""

    start: int
    end: int
    type: str
    block: int
    cue: tuple[int, int] | None = None
    subject: Token | None = None
    mention: tuple[int, int] | None = None
    mention_text: str | None = None
    how: str = "cue"
    group: int = -1
    cue_key: tuple[int, int] | None = None
    follows: int | None = None  # index of the part whose speaker a cue-less part takes
    open_at: int | None = None  # the quotation marks of a direct part
    close_at: int | None = None
    frame: str | None = None  # direct: "before"/"after" the quote; else the frame ("clause")
    source: str = "marks"  # what found it: "marks", a reporting verb's "frame", the "model"
    repeats_body: bool = False  # a headline's quote the body gives again: read, not reported


@dataclass
class _Block:
    index: int
    base: int
    doc: Doc
    starts: list[int]
    text: str  # the paragraph's text (Doc.text rebuilds it from the tokens on every call)

    @property
    def end(self) -> int:
        return self.base + len(self.text)


def attribute(
    text: str,
    blocks: Sequence[tuple[int, Doc]],
    quoted: Sequence[Quoted],
    agency: str | None = None,
    place: str | None = None,
) -> list[Part]:
    """Every quote part in the article, in text order, with cue and mention where found.

    ``blocks`` are the body paragraphs as (offset of the paragraph in ``text``, its parsed Doc);
    ``quoted`` the quotation marks found by ``marks.scan`` over the same paragraphs; ``agency``
    the one the article's wire dateline names, if any (no one's name), ``place`` the dateline's
    place (no one either)."""
    parts: list[Part] = []
    block_of = [_Block(i, base, doc, [t.idx for t in doc], doc.text)
                for i, (base, doc) in enumerate(blocks)]
    for base, doc in blocks:
        doc.user_data[_BASE_KEY] = base
    normalise_entity_labels([doc for _, doc in blocks], agency, place)
    turns: list[tuple[int, int]] = []  # (block, index of its first part) of dialogue lines
    for blk in block_of:
        inside = [q for q in quoted if blk.base <= q.open_at < blk.end]
        transcript = _transcript_part(text, blk, block_of) or (
            _transcript_continued(text, blk, block_of, parts) if not inside else None)
        if transcript is not None:
            parts.append(transcript)
            continue
        # "— Combien vous a rapporté ce « club privé » ? a demandé le président.", "— C'est
        # moi. Le patron disait “on roule”.": marks inside a line of dialogue
        within = not inside or all(q.open_at > blk.base + 2 for q in inside)
        dialogue = _dialogue_parts(text, blk) if within else []
        if not dialogue and within:
            dialogue = (_dialogue_turn(text, blk, block_of, turns)
                        or _answer_to_question(text, blk, block_of, turns, parts)
                        or _opened_exchange(text, blk, block_of, parts)
                        or _turn_before_cued_line(text, blk, block_of, turns, parts))
        if dialogue:
            turns.append((blk.index, len(parts)))
            parts.extend(dialogue)
            continue
        direct, fragments = _direct_parts(text, blk, inside, block_of)
        parts.extend(_indirect_parts(text, blk, inside, direct, fragments))
        parts.extend(direct)
    parts.sort(key=lambda p: (p.start, p.end))
    _mark_headline_repeats(text, block_of, parts)
    _link_multi_paragraph(parts, quoted)
    _assign_groups(parts, text, block_of)
    return parts


# A headline's quote repeats the body's when this share of its words is in one body quote.
HEADLINE_REPEAT = 0.8


def _mark_headline_repeats(text: str, blocks: Sequence[_Block], parts: list[Part]) -> None:
    """Mark a headline's quote that repeats a quote of the body ("Boulangeries : « Le four ne
    s'éteint pas quand la facture monte », prévient X" over "« ... Le four, lui, ne s'éteint
    pas quand la facture monte. »"): the article reports each quote once, where the body gives
    it its context (the headline still names who the story is about)."""
    if len(blocks) < 2 or text[: blocks[0].base].strip() or not _headline(blocks[0].doc):
        return
    end = blocks[0].end
    body = [set(_folded_words(text[p.start : p.end])) for p in parts if p.start >= end]

    def repeated(part: Part) -> bool:
        words = _folded_words(text[part.start : part.end])
        return len(words) >= 3 and any(
            sum(1 for w in words if w in other) >= HEADLINE_REPEAT * len(words) for other in body)

    for part in parts:
        part.repeats_body = part.start < end and repeated(part)


def _headline(doc: Doc) -> bool:
    """A headline: a short first line that ends no sentence outside quotation marks."""
    words = [t for t in doc if not t.is_space]
    return 0 < len(words) <= MAX_HEADLINE_WORDS and words[-1].text not in (".", "!", "?", "…")


def _folded_words(text: str) -> list[str]:
    return re.findall(r"\w+", strip_accents(text).casefold())


# -- direct quotes -------------------------------------------------------------------------------


def _tokens_in(blk: _Block, start: int, end: int) -> list[Token]:
    """Tokens of the block lying within [start, end) in article offsets."""
    lo = bisect_left(blk.starts, start - blk.base)
    out = []
    for i in range(lo, len(blk.doc)):
        tok = blk.doc[i]
        if blk.base + tok.idx >= end:
            break
        out.append(tok)
    return out


def _after_frame(blk: _Block, q: Quoted, next_open: int) -> list[Token]:
    if q.close_at is None:
        return []
    out: list[Token] = []
    for tok in _tokens_in(blk, q.close_at + 1, next_open):
        if tok.text in _FRAME_STOP or len(out) >= _FRAME_MAX:
            break
        if tok.text in MARK_CHARS or tok.is_space:
            continue
        out.append(tok)
    return out


def _before_frame(blk: _Block, q: Quoted, prev_close: int) -> list[Token]:
    toks = _tokens_in(blk, prev_close, q.open_at)
    out: list[Token] = []
    for tok in reversed(toks):
        if tok.text in _FRAME_STOP or len(out) >= _FRAME_MAX:
            break
        if tok.text in MARK_CHARS or tok.is_space:
            continue
        out.append(tok)
    out.reverse()
    return out


def _find_cue(frame: list[Token], last: bool) -> Token | None:
    found = [t for t in frame if is_cue(t) or is_according_to(t)]
    if not found:
        return None
    return found[-1] if last else found[0]


def _speaker_head(cue: Token, frame: list[Token], q: Quoted) -> Token | None:
    """The head of the speaker phrase: the cue's subject when it lies outside the quote, else the
    nearest noun phrase beside the cue within the frame ("..., said Okafor")."""
    head = subject_of(cue)
    if head is not None:
        head = _name_before_description(head) or head
    if head is not None and in_marks(head):  # "The dad-of-three, whose van has the words
        # 'Pinnock's Dream Machine' painted down the side, fumed": a subject the parser found in
        # marks, no speaker; the verb's other subject before it, if any, is
        return next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")
                     and c.i < head.i and not in_marks(c)), None)
    if head is not None and not (q.open_at <= token_offset(head) <= (q.close_at or q.end)):
        return head
    in_frame = {t.i for t in frame}
    after = [t for t in frame if t.i > cue.i and t.pos_ in ("PROPN", "PRON", "NOUN")
             and not _object_of_preposition(t)]  # "a lancé depuis les bancs du public la fille"
    before = [t for t in frame if t.i < cue.i and t.pos_ in ("PROPN", "PRON", "NOUN")
              and not (t.pos_ == "PRON" and t.dep_ in ("iobj", "obj"))  # "», lui a rétorqué"
              and "Yes" not in t.morph.get("Reflex", [])  # "elle, se dit « ... »": not "se"
              and not _age_set_off(t)]  # "Loïc X, 41 ans, se dit « ... »": not "ans"
    # "une petite actionnaire, ancienne piqueuse de l'atelier, a lancé": not "atelier"
    heads = [t for t in before if not _object_of_preposition(t)]
    before = heads[-1:] or before[-1:]
    for cand in (after[:1] if cue.i == frame[0].i else []) + before + after[:1]:
        if cand.i in in_frame:
            # climb to the phrase head within the frame
            while cand.head.i in in_frame and cand.dep_ in ("compound", "amod", "poss", "det") and (
                not (cand.dep_ == "amod" and cand.pos_ == "NOUN"
                     and any(c.dep_ == "det" for c in cand.children))
            ):  # (not past a noun with its own article: "plaisantait à moitié une habitante")
                cand = cand.head
            prev = cand.doc[cand.left_edge.i - 2] if cand.left_edge.i >= 2 else None
            if cand.dep_ in ("conj", "appos") and prev is not None and prev.i in in_frame and (
                cand.doc[cand.left_edge.i - 1].text == "," and prev.pos_ in ("NOUN", "PROPN")
                and not _object_of_preposition(prev)
            ):  # "ancienne piqueuse", set off after the noun phrase it describes
                cand = prev
            return _name_opening_above(cand, frame) or cand
    return None


def _name_opening_above(cand: Token, frame: list[Token]) -> Token | None:
    """"Nathalie X, qui dirige les Écuries Y, une trentaine de chevaux et une école
    d'équitation, s'emporte : « ... »": a person's name that opens the frame, which the parser
    hung the noun nearest the cue under (through a relative clause or an apposition), is the
    speaker, not that noun."""
    opening = frame[0]
    while opening.is_punct and opening.i < cand.i:
        opening = opening.doc[opening.i + 1]
    if opening.ent_type_ not in ("PER", "PERSON") or opening.ent_iob_ != "B":
        return None
    above = cand
    while above.head.i != above.i and above.i != opening.i:
        above = above.head
    return opening if above.i == opening.i and opening.i < cand.i else None


def _name_before_description(head: Token) -> Token | None:
    """"Maurice X, 72 ans, l'un des derniers couvreurs ..., qui ..., prévient": a subject the
    parser found in a description set off after the person's name that opens the sentence (an
    age between them or not) stands for that name."""
    doc = head.doc
    name = next((e for e in doc.ents if e.start == head.sent.start
                 and e.label_ in ("PER", "PERSON")), None)
    if name is None or head.pos_ not in ("NOUN", "PRON") or not head.dep_.startswith("nsubj") or (
        head.left_edge.i <= name.end or head.ent_type_
    ):
        return None
    between = doc[name.end : head.left_edge.i]
    if between.text == "," or (len(between) <= 4 and between[0].text == between[-1].text == ","
                               and age_after_name(between.text) is not None):
        return name.root
    return None


def in_marks(tok: Token) -> bool:
    """The word's phrase stands alone in quotation marks (a name painted on a van, a title),
    no speaker."""
    doc = tok.doc
    first, last = tok.left_edge.i, tok.right_edge.i
    if doc[first].text not in UNAMBIGUOUS_MARKS:  # (the parser may hang the marks on it)
        first -= 1
    if doc[last].text not in UNAMBIGUOUS_MARKS:
        last += 1
    return first >= 0 and last < len(doc) and first < tok.i < last and (
        doc[first].text in UNAMBIGUOUS_MARKS and doc[last].text in UNAMBIGUOUS_MARKS)


def _age_set_off(tok: Token) -> bool:
    """A counted noun between commas right after a name, its age ("Loïc X, 41 ans,")."""
    doc = tok.doc
    number = next((c for c in tok.children if c.dep_ == "nummod" and c.i == tok.i - 1), None)
    return number is not None and number.i >= 2 and doc[number.i - 1].text == "," and (
        doc[number.i - 2].pos_ == "PROPN") and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ","


def _object_of_preposition(tok: Token) -> bool:
    """A noun a preposition introduces: a place, a time or an audience, not a speaker."""
    return tok.dep_ == "pobj" or any(c.dep_ == "case" and c.i < tok.i for c in tok.children)


def _is_fragment(before: list[Token], q: Quoted, text: str, blk: _Block) -> bool:
    """A quote inside a sentence ("was not "very optimistic"") rather than speech on its own."""
    if not before:
        return False
    last = before[-1]
    if last.text in (":", "—", "–", "-") or last.text.endswith(":"):
        return False
    if last.text == "," and _find_cue(before, last=True) is not None:
        return False
    if last.tag_ != last.pos_ and _runs_on(q, text) and last.dep_ == "ccomp" and is_cue(
        last.head
    ) and _opens_on_modifier(blk, q):  # "said it objected 'in the strongest possible terms' to
        return True  # the plan": words inside the clause a cue reports, no clause of their own
    if is_cue(last) or (last.dep_ == "dobj" and is_cue(last.head) and _addressee(last)):
        return False  # He says "..." / he told reporters "..."
    return not _object_of_cue(before)


def _opens_on_modifier(blk: _Block, q: Quoted) -> bool:
    """The quoted words open on a preposition, an adverb or an adjective (not a clause's
    subject: 'said "mi never mean fi kill him" as they drove')."""
    inside = _tokens_in(blk, q.start, q.end)
    return bool(inside) and inside[0].pos_ in ("ADP", "ADV", "ADJ")


def _runs_on(q: Quoted, text: str) -> bool:
    """Quoted words in lower case that the sentence goes on after with a word of its own, no
    punctuation between: words inside a sentence, not speech on its own."""
    if q.close_at is None:
        return False
    inner = text[q.start : q.end].strip()
    after = text[q.close_at + 1 : q.close_at + 3]
    return inner[:1].islower() and inner[-1:].isalnum() and after[:1] == " " and (
        after[1:2].isalpha())


def _a_name_not_speech(before: list[Token], quoted: list[Token]) -> bool:
    """The so-called 'grey belt', the amphitheatre locals call "the Bowl": quoted words right
    after a word of data/<lang>/naming_words.txt (or after it and an article: "ce que les
    enquêteurs appellent une « lessiveuse »") are a name, not what anyone said. A verb counts
    only with no object of its own, in a relative clause or after "what" ("what locals call"),
    or with a proper name after its object (the group "called itself "Exam Warriors""); "she
    called it 'a disgrace'" is speech."""
    words = naming_words()
    if not words or not before:
        return False
    if len(before) >= 2 and before[-1].pos_ == "ADV" and before[-2].lower_ in words:
        before = before[:-1]  # "que toute la région appelle encore « la cabane à Réjeanne »"
    last = before[-1]
    if len(before) >= 3 and last.lower_ in lexicon().articles and (
        before[-2].lower_ in words or " ".join(t.lower_ for t in before[-3:-1]) in words
    ):  # "ce que les enquêteurs appellent une « lessiveuse »", "se font appeler les « ... »"
        before = before[:-1]
        last = before[-1]
    two = " ".join(t.lower_ for t in before[-2:])
    if two in words or (last.lower_ in words and last.pos_ != "VERB"):
        return True  # "known as", "so-called" (the parser's adjective or its parts)
    if len(before) >= 3 and "".join(t.text for t in before[-3:]).lower() in words:
        return True  # "so", "-", "called" as three tokens
    verb = next((t for t in reversed(before[-4:-1])
                 if (t.lemma_.lower() in words or t.lower_ in words) and t.is_lower
                 and t.pos_ == "VERB" and any(c.dep_ in ("dobj", "obj") and c.i > t.i
                                              for c in t.children)),
                None)
    if verb is not None and last.lower_ not in words:
        return proper_name(quoted)
    if last.lower_ not in words or last.pos_ != "VERB":
        return False
    if any(c.dep_ == "obj" and c.pos_ == "PRON" and c.i < last.i for c in last.children) or (
        len(before) >= 2 and before[-2].pos_ == "DET" and before[-2].text[-1:] in "'’"
    ):  # "ce rectangle, les fondeurs l'appellent « la boîte »": a clitic object before the
        return True  # verb (universal dependencies; "on l'appelle", an elided clitic the
        # tagger made an article) is what the quoted words name
    inside = {t.i for t in before}
    relative = ("that", "which", "what")
    if any(c.dep_ in ("dobj", "dative") and c.i in inside and c.lower_ not in relative
           and c.tag_ not in ("WP", "WDT") for c in last.children):
        return False  # "she called it 'a disgrace'" (but "whom neighbors call "Tarzan"")
    # a relative clause, set off by a comma or after another ("..., et que toute la région
    # appelle « ... »")
    return last.dep_ in ("relcl", "acl", "acl:relcl") or any(
        c.lower_ in relative or c.tag_ in ("WP", "WDT")
        or (c.i < last.i and c.dep_ == "mark" and c.i > 0
            and c.lower_ in complementizers()
            and (c.doc[c.i - 1].text == ","
                 or c.doc[c.i - 1].pos_ == "CCONJ"
                 or _ends_compound_noun(c.doc[c.i - 1])))
        for c in last.children) or any(t.lower_ == "what" for t in before[-4:-1]) or any(
        t.lower_ in complementizers() and t.i > 0 and _antecedent_end(t.doc[t.i - 1])
        and not any(u.pos_ in ("VERB", "AUX") for u in t.doc[t.i + 1 : last.i])
        for t in before[-9:-1])  # "l'aréna, que tout le monde en ville appelle « le Gilles »",
    # "une prairie de 4 200 mètres carrés que tout le monde, au village, appelle « ... »": the
    # parser's "que" hung elsewhere


def _antecedent_end(tok: Token) -> bool:
    """The word before a relative "que": a comma, a noun, or an adjective or a participle that
    qualifies one (not "a expliqué que", a complement clause)."""
    return tok.text == "," or tok.pos_ in ("NOUN", "PROPN") or (
        (tok.pos_ == "ADJ" or "Part" in tok.morph.get("VerbForm", []))
        and tok.dep_ in ("acl", "amod"))


def _ends_compound_noun(tok: Token) -> bool:
    """The last part of a hyphenated noun, whatever its tag ("au lieu-dit que les anciens
    appellent « ... »": "dit", a relative clause's antecedent)."""
    return tok.i > 1 and joining_hyphen(tok.doc[tok.i - 1]) and tok.doc[tok.i - 2].pos_ == "NOUN"


def _object_of_cue(before: list[Token]) -> bool:
    """"Le syndicat dénonce une « trahison »", "a salué une « étape utile »", "a dénoncé une
    mesure « qui ... »", "décrit déjà comme « ... »", "a qualifié les résultats de « ... »",
    "qu'elle juge « ... »": in a pipeline with universal tags, quoted words that are a reporting
    verb's object or attribute (after its article, its noun, "comme" or "de") are what was said,
    however short."""
    if not before or before[-1].tag_ != before[-1].pos_:
        return False
    last = before[-1]
    if last.pos_ in ("NOUN", "VERB") and is_cue(last) and not (
        len(before) >= 2 and before[-2].pos_ == "DET"  # "Le prévenu « ... »": a noun
    ):  # "qu'elle juge « ... »", "s'est dit « sonné »"
        return True
    if len(before) < 2:
        return False
    if _particle_of_cue(before[-2], last) or (
        last.pos_ == "DET" and len(before) >= 3 and _particle_of_cue(before[-3], before[-2])
    ):  # "parle d'« un racket organisé »", "a parlé d'une « erreur de tri »": the particle
        return True  # that makes the verb a report (speech_verbs.txt), then the words
    if last.pos_ == "DET":  # "dénonce une « ... »", "dénonce de son côté un « ... »"
        if len(before) >= 3 and _infinitive(before[-2]) and is_cue(before[-3]):
            return True  # "a dit craindre une « ... »"
        return is_cue(before[-2]) or _cue_before_phrase(before[:-1]) or (
            len(before) >= 4 and before[-2].pos_ == "ADP" and before[-2].is_lower
            and is_cue(before[-3]) and before[-4].lower_ in reflexive_clitics()
        )  # "on se félicite d'une « solution responsable »" (not "relevait de la « ... »")
    if _infinitive(last) and is_cue(before[-2]):
        return True  # "dit vouloir « ... »"
    if _exhortation(before):
        return True
    if last.pos_ == "NOUN" and before[-2].pos_ == "DET" and len(before) >= 3 and (
        is_cue(before[-3]) or _cue_before_phrase(before[:-2]) or (
            len(before) >= 4 and _infinitive(before[-3]) and is_cue(before[-4]))
    ):  # "a défendu devant la presse une mesure « ... »": past the phrase after the verb;
        return True  # "dit suivre le dossier « de très près »"
    if last.pos_ == "NOUN" and len(before) >= 4 and before[-2].pos_ == "ADJ" and (
        before[-3].pos_ == "DET" and is_cue(before[-4])
    ):  # "juge le nouveau montant « disproportionné »": an adjective before the object's noun
        return True
    if len(before) >= 4 and (last.pos_ == "ADJ" or "Part" in last.morph.get("VerbForm", [])) and (
        before[-2].pos_ == "NOUN" and before[-3].pos_ == "DET" and is_cue(before[-4])
        and last.lower_ not in naming_words()  # (not "une pétition intitulée « ... »")
    ):  # "a dénoncé une décision prise « ... »": the object's participle before the words
        return True
    if last.lower_ not in _attribute_words() and not _adverbial_end(before):
        return False
    for tok in reversed(before[-6:-1]):
        if is_cue(tok):
            return True
        if tok.pos_ in ("VERB", "AUX") and tok.tag_ == tok.pos_ and set(
            tok.morph.get("VerbForm", [])
        ) & {"Inf", "Part"}:
            continue  # "dit avoir voté non « ... »": the verbs the report governs
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ", "PROPN"):
            return False
    return False


def _particle_of_cue(verb: Token, particle: Token) -> bool:
    """``particle`` completes ``verb`` as a phrasal reporting verb ("parle *de*")."""
    found = cue_particle(verb) if particle.i == verb.i + 1 and is_cue(verb) else None
    return found is not None and found.i == particle.i


def _infinitive(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and "Inf" in tok.morph.get("VerbForm", [])


def _infinitive_after(cue: Token | None, before: list[Token]) -> Token | None:
    """"a dit compter sur une adoption « avant l'été »": the infinitive right after the cue
    that the quoted words complete; the quote is the reported clause from it on (mixed)."""
    if cue is None or not before or before[-1].i - cue.i > _INFINITIVE_REACH:
        return None
    nxt = next((t for t in before if t.i == cue.i + 1), None)
    return nxt if nxt is not None and _infinitive(nxt) and nxt.tag_ == nxt.pos_ else None


_INFINITIVE_REACH = 6  # words between the cue and the opening mark, the infinitive's included


def _exhortation(before: list[Token]) -> bool:
    """"a appelé les planteurs à « ne pas brader » leur récolte": quoted words after a verb of
    data/<lang>/exhortation_verbs.txt, its object and its preposition are what it urged."""
    calls = _exhortation_verbs()
    last = before[-1]
    if not calls or last.pos_ != "ADP" or not last.is_lower:
        return False
    for tok in reversed(before[-_EXHORTATION_REACH:-1]):
        if f"{tok.lemma_.lower()} {last.lower_}" in calls and tok.pos_ == "VERB":
            return True
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ"):
            return False
    return False


_EXHORTATION_REACH = 7  # the preposition, and up to five words of object before it


@per_language
def _exhortation_verbs() -> frozenset[str]:
    """A verb and the preposition that brings what it urges ("appeler à", "exhorter à"):
    data/<lang>/exhortation_verbs.txt."""
    return optional_words(None, "exhortation_verbs.txt")


def _cue_before_phrase(before: list[Token]) -> bool:
    """The words end with a reporting verb and a short prepositional phrase after it ("a
    défendu devant la presse", "déplore dans un communiqué"), or with one and an aside set off
    by commas after it, with no finite verb ("dénonce, dans une déclaration transmise hier à
    notre rédaction,")."""
    k = len(before) - 1
    if k >= 3 and before[k].text == ",":
        j = next((m for m in range(k - 1, max(0, k - 12), -1) if before[m].text == ","), 0)
        verb = before[j - 1] if j > 0 else None
        return verb is not None and (
            is_cue(verb) or verb.tag_ == verb.pos_ and reporting_word(verb)
        ) and not any("Fin" in t.morph.get("VerbForm", []) for t in before[j + 1 : k])
    if k < 2 or before[k].pos_ not in ("NOUN", "PROPN"):
        return False
    k -= 1
    while k > 0 and before[k].pos_ in ("DET", "ADJ") and k > len(before) - 4:
        k -= 1
    return k > 0 and before[k].pos_ == "ADP" and before[k].is_lower and is_cue(before[k - 1])


def _adverbial_end(before: list[Token]) -> bool:
    """"a salué pour sa part « ... »", "a jugé lundi « ... »": a short adverbial phrase (a
    preposition and its noun, an adverb) between the reporting verb and the quote."""
    last = before[-1]
    return last.pos_ == "ADV" or (last.pos_ == "NOUN" and any(
        t.pos_ == "ADP" and t.head.i == last.i for t in before[-4:-1]))


@per_language
def _attribute_words() -> frozenset[str]:
    """Words between a reporting verb (and its object) and the quoted words that say what it is
    called ("décrit comme « ... »", "qualifié de « ... »"): data/<lang>/attribute_words.txt."""
    return optional_words(None, "attribute_words.txt")


@per_language
def _audiences() -> frozenset[str]:
    """Objects of a reporting verb that are its audience, not its content ("told reporters",
    "a-t-il dit aux journalistes"): data/<lang>/audience_nouns.txt."""
    return optional_words(None, "audience_nouns.txt")


@per_language
def _work_nouns() -> frozenset[str]:
    """Nouns for works whose title follows in quotation marks ("un essai remarqué, « ... »", "the
    documentary "..."): data/<lang>/work_nouns.txt."""
    return optional_words(None, "work_nouns.txt")


def _a_title_not_speech(before: list[Token], text: str, q: Quoted) -> bool:
    """"auteure d'un essai remarqué, « Le Ciel confisqué », a assuré": a few words without a
    full stop right after a noun for a work (and its adjectives, and a comma) are its title."""
    inner = text[q.start : q.end].strip()
    if not inner or len(inner.split()) > 10 or inner[-1:] in ".…" or q.close_at is None:
        return False
    k = len(before) - 1
    if k >= 0 and before[k].text == ",":
        k -= 1
    for _ in range(2):
        if k >= 0 and (before[k].pos_ == "ADJ" or "Part" in before[k].morph.get("VerbForm", [])
                       or before[k].tag_ == "VBN"):
            k -= 1
    return k >= 0 and before[k].pos_ == "NOUN" and (
        before[k].lower_ in _work_nouns() or before[k].lemma_.lower() in _work_nouns())


def _an_inscription(before: list[Token]) -> bool:
    """'placards reading "Beach for the people"', 'a laminated sign reading ‘Private
    Property’', 'un chandail marqué « Mon école »': the words a sign shows are no quotation."""
    k = len(before) - 1
    while k >= 0 and before[k].text in (":", ","):
        k -= 1
    if any(shown_on_a_sign(t) for t in before):  # "Sur un poteau, une affiche reprend le
        return True  # slogan de la campagne, en créole : « ... »": the sign's verb, past its
        # object (whatever its tag: "une banderole ... interpelle les automobilistes : « »")
    if k < 1 or before[k].lower_ not in inscription_words():
        return False
    verb, relative = before[k], before[k - 1]
    if relative.tag_ == "WDT" or "Rel" in relative.morph.get("PronType", []):
        k -= 1  # 'a sign that read "..."', "une banderole qui proclamait « ... »"
    return any(t.lower_ in sign_nouns() for t in before[max(0, k - 4) : k]) or any(
        c.dep_.startswith("nsubj") and c.lower_ in sign_nouns() for c in verb.children
    ) or (  # "A sign zip-tied to the front gate Wednesday morning read '...'"
        verb.dep_ == "relcl" and _sign_before_places(before, k)
    ) or any(  # 'a banner across the road at Boroghat bazaar that reads "..."'
        t.lower_ in sign_nouns() and t.i < verb.i and t.head.i in (verb.i, verb.head.i)
        for t in before[max(0, k - 14) : k]
    )  # "Sur une banderole tendue entre deux poteaux, on pouvait lire : « ... »"


def _sign_before_places(before: list[Token], k: int) -> bool:
    """A sign noun before the relative pronoun at ``k`` with only where it hangs between ("a
    banner across the road at the bazaar that reads"), no verb or clause break."""
    for tok in reversed(before[max(0, k - 12) : k]):
        if tok.lower_ in sign_nouns():
            return True
        if tok.pos_ in ("VERB", "AUX", "PUNCT", "PRON", "SCONJ", "CCONJ"):
            return False
    return False


def _addressee(tok: Token) -> bool:
    return tok.pos_ in ("PRON", "PROPN") or tok.lower_ in _audiences()


def _looks_like_speech(text: str, q: Quoted, has_cue: bool) -> bool:
    inner = text[q.start : q.end].strip()
    words = len(inner.split())
    if words == 0:
        return False
    if has_cue:
        return words >= 2 or inner[-1:] in _SPEECH_END
    if q.close_at is None or q.continues is not None:
        return words >= 2
    after = text[q.close_at + 1 : q.close_at + 3]
    ends_speech = inner.rstrip("”’\"' \u00a0\u202f")[-1:] in _SPEECH_END or after[:1] in (
        ",", ".", "!", "?", ":", ";", "")  # '« ... Il m'a dit : “Nous vous avions prévenus.” »'

    return words >= _MIN_UNCUED_WORDS and ends_speech and not _looks_like_title(inner)


def _looks_like_title(inner: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", inner)]
    if not words or len(words) > 10:
        return False
    small = {"a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "at", "by", "with"}
    return all(w[0].isupper() or w.lower() in small for w in words) and inner[-1:] not in ".!?,"


def _direct_parts(
    text: str, blk: _Block, inside: list[Quoted], blocks: list[_Block]
) -> tuple[list[Part], list[Quoted]]:
    parts: list[Part] = []
    fragments: list[Quoted] = []
    top = [q for q in inside if q.depth == 0]
    block_end = blk.end
    for k, q in enumerate(top):
        later = [n for n in top[k + 1 :] if not _is_nickname(text, n)]
        next_open = later[0].open_at if later else block_end
        prev = top[k - 1] if k > 0 else None
        prev_close = (prev.close_at + 1) if prev and prev.close_at is not None else blk.base
        after = _after_frame(blk, q, next_open)
        before = _before_frame(blk, q, prev_close)
        if not before and q.open_at - blk.base <= 1 and blk.index > 0:
            before = _colon_intro(blocks[blk.index - 1])
        part = _direct_part(text, blk, q, before, after)
        if part is None:
            continue
        if part.how == "fragment":
            fragments.append(q)
        else:
            parts.extend(_split_at_inner_cue(text, blk, q, part))
    _give_cues_forward(text, parts)
    return parts, fragments


def _split_at_inner_cue(text: str, blk: _Block, q: Quoted, part: Part) -> list[Part]:
    """'« A, a-t-elle ajouté. B »': a cue with an inverted subject pronoun joined by a hyphen,
    set off inside the quotation marks, splits the quote in two parts that it attributes both."""
    inner = _tokens_in(blk, part.start, part.end)
    for tok in inner:
        if not (is_cue(tok) or _reporting_word_set_off(tok)):
            continue
        if _inside_nested_quote(text, part.start, token_offset(tok)):
            continue  # '« ... elle m'a répondu : “Alors, emportez le piano.” ... »': the words
            # quoted inside, not an incise
        clitic = (clitic_subject(tok) or _inner_name(tok) or _inner_subject(tok)
                  or _inner_description(tok))
        if clitic is None and tok.dep_ == "xcomp" and tok.head.i < tok.i:
            clitic = clitic_subject(tok.head)  # "« A, a-t-il tenu à préciser. B »"
        if clitic is None:
            continue
        first = min(tok.i, clitic.i)
        while first > 0 and (tok.doc[first - 1].pos_ == "AUX"
                             or tok.doc[first - 1].text.startswith("-")
                             or tok.doc[first - 1].lower_ in reflexive_clitics()):
            first -= 1
        particle = cue_particle(tok)  # "a-t-elle fait valoir."
        last = max(tok.i, clitic.i, particle.i if particle is not None else tok.i)
        if clitic.i > tok.i and clitic.pos_ == "NOUN":  # "a assuré le directeur général
            phrase = mention_tokens(clitic)  # Martin Gisler-Kuhn.": the office and the name
            if phrase[-1].i < len(tok.doc) - 1 and not any(t.text in ",.!?" for t in phrase):
                last = max(last, phrase[-1].i)
        while clitic.i > tok.i and last + 1 < len(tok.doc) and (
            _name_part(tok.doc[last + 1])
            or tok.doc[last].text == "-" and tok.doc[last + 1].is_alpha  # "entraîneur-chef"
        ):
            last += 1
        if first == 0 or last + 1 >= len(tok.doc) or not (
            tok.doc[first - 1].text == "," or (
                tok.doc[first - 1].text in ("?", "!") and tok.doc[first].is_lower)
        ):  # ("« A ? a rétorqué X. B »": a question the cue follows in lower case)
            continue
        stop = tok.doc[last + 1]
        if stop.text not in (".", ",", "!", "?", "…"):
            continue
        comma = token_offset(tok.doc[first - 1])
        before = Part(part.start, comma, "direct", blk.index, how="cue", open_at=q.open_at,
                      close_at=q.close_at, frame="after")
        after_start, after_end = _trim(text, token_offset(stop) + 1, part.end)
        pieces = [before]
        if after_end > after_start:
            pieces.append(Part(after_start, after_end, "direct", blk.index, how="cue",
                               open_at=q.open_at, close_at=q.close_at, frame="inside"))
        for piece in pieces:
            _set_cue(piece, tok, inner, q, blk)
            _set_mention(piece, clitic)
            if piece.mention is not None and clitic.i > tok.i and clitic.ent_type_ and (
                last > clitic.i
            ):  # "a lancé Tremblay-Ouimet", the tagger's adverb "Tremblay" heading nothing
                words = tok.doc[clitic.i : last + 1]
                piece.mention = (piece.mention[0], token_offset(words[-1]) + len(words[-1]))
                piece.mention_text = words.text
        return pieces
    return [part]


def _inside_nested_quote(text: str, start: int, at: int) -> bool:
    """The character at ``at`` is inside a quotation nested in the one that opens at ``start``
    (between “ and ”, ‹ and ›, or a pair of straight double quotes)."""
    between = text[start:at]
    return between.count("“") > between.count("”") or between.count("‹") > between.count(
        "›") or between.count('"') % 2 == 1


def _reporting_word_set_off(tok: Token) -> bool:
    """'« A, ajoute Jean-Daniel Rochat. B »': in a pipeline with universal tags, a lower-case
    reporting word after a comma and before a name is the incise's verb, whatever its tag (the
    tagger took "ajoute" for a noun in apposition); so is one after a reflexive clitic and
    before an article ('« A, s'indigne la jeune femme. B »', "indigne" tagged an adjective)."""
    doc = tok.doc
    if tok.tag_ != tok.pos_ or not tok.is_lower or not 1 < tok.i < len(doc) - 1:
        return False
    if doc[tok.i - 1].lower_ in reflexive_clitics() and doc[tok.i - 2].text == ",":
        return doc[tok.i + 1].pos_ in ("DET", "PROPN") and reporting_word(tok)
    if doc[tok.i - 1].text == "," and doc[tok.i + 1].pos_ == "DET" and tok.i + 2 < len(doc) and (
        _person_word(doc[tok.i + 2]) or (tok.i + 3 < len(doc) and doc[tok.i + 2].is_lower
                                         and _person_word(doc[tok.i + 3]))
    ):  # '« A, soupire la vendeuse. B »', "soupire" tagged a noun; "lâche le vieil artisan"
        return reporting_word(tok)
    name = doc[tok.i + 2] if tok.i + 2 < len(doc) and is_honorific(doc[tok.i + 1].text) else (
        doc[tok.i + 1])  # (", résume M. Ollagnier.")
    return (doc[tok.i - 1].text == "," and name.pos_ == "PROPN"
            and name.is_title and reporting_word(tok))


def _inner_description(cue: Token) -> Token | None:
    """'« A, s'indigne la jeune femme. B »': the noun an article right after a reporting word
    set off inside the quote opens, its inverted subject."""
    doc = cue.doc
    k = cue.i + 1
    particle = cue_particle(cue)
    if particle is not None and particle.i == k:
        k += 1  # '« A, fait valoir la ministre. B »'
    if cue.tag_ != cue.pos_ or k >= len(doc) or doc[k].pos_ != "DET":
        return None
    noun = doc[k].head
    return noun if (noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.is_lower)) and (
        k < noun.i <= k + 3) else None  # ("soupire l'artisan", the noun tagged a name)


def _name_part(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or (tok.is_title and tok.is_alpha) or (
        tok.text == "-" and not tok.whitespace_)


def _inner_name(cue: Token) -> Token | None:
    """'« A, a raconté Gagnon-Roy. B »': in a pipeline with universal tags, a name right after
    a cue set off inside the quote is its inverted subject."""
    doc = cue.doc
    if cue.tag_ != cue.pos_ or cue.i + 1 >= len(doc):
        return None
    name = doc[cue.i + 1]
    if (is_title_word(name.text) or is_honorific(name.text)) and cue.i + 2 < len(doc):
        name = doc[cue.i + 2]  # "a plaidé Me Grégoire Wathelet": the honorific taken for an object
    return name if name.is_title and (name.pos_ == "PROPN" or name.ent_type_ in (
        "PER", "PERSON")) else None  # "a lancé Tremblay-Ouimet": "Tremblay" tagged an adverb


def _inner_subject(cue: Token) -> Token | None:
    """'« A, a déclaré le vice-amiral Lescure. B »': in a pipeline with universal tags, the
    cue's subject right after it, inside the quote."""
    if cue.tag_ != cue.pos_:
        return None
    subject = subject_of(cue)
    if subject is None or subject.i < cue.i:  # "« A, a déclaré la préfète. B »", the
        subject = inverted_noun_phrase(cue)  # parser taking a word of A for the subject (or
        # "a confié la quinquagénaire" for an object)
    return subject if subject is not None and cue.i < subject.i <= cue.i + 4 else None


# A nickname in quotation marks inside a name: 'Del. Marcia "Cia" Price'.
_NICKNAME = re.compile(r"[A-Z][\w.’'-]*[ \u00a0]$")
_NAME_AFTER = re.compile(r"[ \u00a0][A-Z]")


def _is_nickname(text: str, q: Quoted) -> bool:
    """A quoted word or two between the parts of a name is part of the name, so a quote's
    attribution can run past it ('"...!" Del. Marcia "Cia" Price shouted')."""
    if q.close_at is None:
        return False
    inner = text[q.start : q.end].strip()
    return (0 < len(inner.split()) <= 2 and inner[:1].isupper() and inner[-1:].isalpha()
            and _NICKNAME.search(text, max(0, q.open_at - 30), q.open_at) is not None
            and _NAME_AFTER.match(text, q.close_at + 1) is not None)


def _give_cues_forward(text: str, parts: list[Part]) -> None:
    """'"...hard." He adds, "In a campaign..."': a cue between a finished sentence and the next
    quote introduces the next quote; the first continues whoever spoke before it."""
    for first, second in zip(parts, parts[1:], strict=False):
        if (first.frame == "after" and second.frame == "before" and first.cue_key is not None
                and first.cue_key == second.cue_key
                and text[first.start : first.end].rstrip()[-1:] in ".!?"):
            first.how, first.frame, first.cue, first.cue_key = "none", None, None, None
            first.subject, first.mention, first.mention_text = None, None, None


def _colon_intro(prev: _Block) -> list[Token]:
    """"He said:" closing the previous paragraph introduces a quote opening this one."""
    doc = prev.doc
    toks = [t for t in doc if not t.is_space]
    if not toks or toks[-1].text != ":":
        return []
    sent = toks[-1].sent
    return [t for t in sent if not t.is_space]


def _direct_part(
    text: str, blk: _Block, q: Quoted, before: list[Token], after: list[Token]
) -> Part | None:
    start, end = _trim(text, q.start, q.end)
    quoted = _tokens_in(blk, q.open_at, (q.close_at if q.close_at is not None else q.end) + 1)
    if end <= start or _a_name_not_speech(before, quoted) or _a_title_not_speech(
        before, text, q
    ) or _an_inscription(before):
        return None
    fragment = _is_fragment(before, q, text, blk)
    cue, frame, side = None, after, None
    untagged: tuple[Token, Token] | None = None
    inner_last = text[q.start : q.end].rstrip()[-1:]
    after_cue = _find_cue(after, last=False)
    first = _incise_verb(after, inner_last)
    if first is not None and after_cue is not None and first.i < after_cue.i and (
        reporting_word(first)
    ):
        after_cue = first  # "« ... ? » lâche une relieuse, qui a requis l'anonymat"
    before_cue = _find_cue(before, last=True) if not fragment else None
    if before_cue is None and not fragment and _object_of_cue(before):
        before_cue = next((t for t in reversed(before) if t.tag_ == t.pos_ and reporting_word(t)),
                          None)  # "dénonce, dans une déclaration ..., une décision « ... »": the
        # verb the tagger took for a noun
    if before_cue is not None and before and before[-1].text == "," and (
        _in_relative_clause(before_cue)
    ):
        main = [t for t in before[:3] if t.i < before_cue.i and is_cue(t)
                and not _in_relative_clause(t) and t.i > 0 and t.doc[t.i - 1].is_quote]
        if main:  # '"A," said Mr X, 42, an engineer who started the petition, "B."': the
            before_cue = main[-1]  # split quote's cue, right after its first part's closing
            # mark, not the relative clause's verb
    if before_cue is not None and _object_of_cue(before):
        cue, frame, side = before_cue, before, "before"  # "a dénoncé une mesure « ... »"
    elif after_cue is not None and _after_cue_fits(after_cue, after, inner_last, before_cue or (
        _colon_verb(before) if not fragment and before and before[-1].text == ":" else None
    )):  # "un ancien facteur hausse les épaules : « ... » Le collectif a annoncé ...": opened
        cue, frame, side = after_cue, after, "after"
    elif before_cue is not None:
        cue, frame, side = before_cue, before, "before"
        intro = _colon_verb(before) if before[-1].text == ":" else None
        if intro is not None and intro.i > before_cue.i and "Inf" in before_cue.morph.get(
            "VerbForm", []
        ):  # "Invité à s'exprimer une dernière fois, le prévenu s'est tourné vers elle : « »"
            cue = intro
        elif intro is not None and intro.i < before_cue.i and _in_relative_clause(before_cue):
            cue = intro  # "Elle a rappelé l'épisode de 2013, où l'État avait ordonné ... : « »"
    elif not fragment and before and before[-1].text == ":":
        intro = _colon_verb(before)  # "17-year-old Jared Potts echoed: "..."
        if intro is not None and _in_relative_clause(intro):  # "Sa présidente, Nicole X, dont
            untagged = _colon_speech_word(before) or (  # le grand-père figure sur la plaque,
                _verb_after_relative(intro, before))  # raconte : « ... »"
            intro = None if untagged is not None else intro
        if intro is not None:
            cue, frame, side = intro, before, "before"
        elif untagged is None:
            untagged = _colon_speech_word(before)
    named = _colon_name(before) if not fragment and side != "after" else None
    if cue is None and not fragment and inner_last in ",?!":
        bare = _bare_speech_verb(after)  # '"...," Lund barked.'
        if bare is not None:
            cue, frame, side = bare, after, "after"
    if cue is None and not fragment:
        incise = _incise_verb(after, inner_last)
        if incise is not None:
            cue, frame, side = incise, after, "after"
    lead = _infinitive_after(cue, before) if side == "before" and not fragment else None
    if lead is not None:  # (a mixed quote ends on its closing mark)
        start, end = blk.base + lead.idx, end if q.close_at is None else q.close_at + 1
    part = Part(start, end, "direct" if lead is None else "mixed", blk.index, how="none",
                open_at=q.open_at, close_at=q.close_at, frame=side)
    if named is not None:
        _set_colon_name(part, named, blk)
        return part
    if fragment:
        part.how = "fragment"
        words = len(text[start:end].split())
        if (cue is not None and side == "after" and _closes_quote(cue, after)
                and (words >= 6 or (words >= 3 and before[-1].text == ","))):
            # "il se déplace à la canne, « comme sur un lac gelé », dit-il": set off by commas
            part.how = "cue"
            _set_cue(part, cue, frame, q, blk)
        return part
    if cue is None and _dash_attribution(part, q, blk, text):
        return part
    if cue is None and untagged is not None:
        part.how = "cue"
        _set_cue(part, untagged[0], before, q, blk)
        _set_mention(part, untagged[1])
        return part
    if not _looks_like_speech(text, q, cue is not None) and not _object_of_cue(before):
        return None
    if cue is not None:
        part.how = "cue"
        _set_cue(part, cue, frame, q, blk)
    return part


def _dash_attribution(part: Part, q: Quoted, blk: _Block, text: str) -> bool:
    """'“...” ― Sonya Herridge': a dash and a name after a quote name its speaker."""
    if q.close_at is None:
        return False
    m = _DASH_NAME.match(text, q.close_at + 1, blk.end)
    if m is None:
        return False
    toks = _tokens_in(blk, m.start(2), m.end(2))
    names = [t for t in toks if t.pos_ == "PROPN"]
    if not names:
        return False
    part.how = "cue"
    part.frame = "after"
    part.cue = (m.start(1), m.end(1))
    part.cue_key = (blk.base, -part.cue[0])
    _set_mention(part, names[-1])
    part.mention = (m.start(2), m.end(2))
    part.mention_text = m.group(2)
    return True


@per_language
def _colon_openers() -> frozenset[str]:
    """Words that may stand before a name introducing a quote with a colon ("More from
    Vance:"): data/<lang>/colon_openers.txt."""
    return optional_words(None, "colon_openers.txt")


# Dashes that separate a heading from the name after it ("POLLSTERS DISAGREE - Rita Vance:").
_DASHES = frozenset({"-", "—", "–", "--"})


def _colon_name(before: list[Token]) -> list[Token] | None:
    """'Rita Vance: "..."', 'HEADLINE - Rita Vance: "..."', 'More from the audit: "..."': a
    name (or, after "from", a noun phrase) alone before the colon that introduces a quote is its
    speaker, whatever verb a heading before it holds. The name must open the frame or follow a
    dash or "from"; "He told Channel 4:" is a clause, not a name."""
    if len(before) < 2 or before[-1].text != ":":
        return None
    openers = _colon_openers()
    words: list[Token] = []
    for tok in reversed(before[:-1]):
        if tok.text in _DASHES or tok.lower_ in openers or tok.text in MARK_CHARS:
            break
        if tok.pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "NUM", "PART") and not (
            tok.text in (".", "and", "&") or tok.text[:1].isupper()
        ):
            return None  # a verb or a preposition: a clause introduces the quote
        words.insert(0, tok)
    if not words or len(words) > 6:
        return None
    opener = before[len(before) - 2 - len(words)] if len(words) < len(before) - 1 else None
    if opener is not None and opener.lower_ in openers:
        if any(is_cue(t) for t in before if t.i < opener.i):
            return None  # "the accused shouted from the dock:": the verb has its speaker
        return words if words[-1].pos_ in ("PROPN", "NOUN") else None
    if opener is not None and opener.text not in _DASHES and opener.text not in MARK_CHARS:
        return None
    if words[-1].pos_ != "PROPN" and not words[-1].is_title:
        return None  # a name: "POLLS - Rita Vance:", not "The reason:"
    if any(w.is_upper and len(w) > 1 and not w.is_title for w in words) and len(words) > 1:
        return None  # a heading in capitals ("IOWA POLLS:"), not a name
    return words


def _set_colon_name(part: Part, words: list[Token], blk: _Block) -> None:
    colon_doc = words[-1].doc
    colon = colon_doc[words[-1].i + 1]
    part.how, part.frame = "cue", "before"
    part.cue = (token_offset(colon), token_offset(colon) + len(colon.text))
    part.cue_key = (int(colon_doc.user_data.get(_BASE_KEY, 0)), colon.i)
    _set_mention(part, words[-1])
    part.mention = (token_offset(words[0]), token_offset(words[-1]) + len(words[-1].text))
    part.mention_text = colon_doc[words[0].i : words[-1].i + 1].text


def _bare_speech_verb(after: list[Token]) -> Token | None:
    """'"...," Lund barked.' / '"...," an angry Halvorsen retaliated.': after a quote ending in
    a comma, a sentence made of just a subject and a verb (and adverbs) reports the quote, whether
    or not the verb is a reporting verb."""
    words = [t for t in after if not t.is_punct]
    if not words or len(words) > 8:
        return None
    verbs = [t for t in words if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP")]
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.text not in (".", "!", "?", ",") and nxt.text not in MARK_CHARS:
        return None  # the clause must end with the verb ("Lund barked.")
    subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subj or words[0].i < subj[0].left_edge.i:
        return None
    if any(t.i > verb.i or not (t in subj[0].subtree or t.dep_ == "advmod" or t == verb)
           for t in words):
        return None
    return verb


def _incise_verb(after: list[Token], inner_last: str) -> Token | None:
    """'« ... », sourit-elle.', '« ... », calcule un producteur.': right after a quote, a verb
    with its subject inverted (a pronoun, or a noun phrase after a finite verb) is an incise
    that reports the quote, whether or not the verb is a reporting verb."""
    lead = after[1:2] if after[:1] and after[0].text == "," else (
        after[:1] if inner_last in "?!" else [])
    if not lead or lead[0].tag_ != lead[0].pos_ or not lead[0].text[:1].islower():
        return None
    verb = lead[0]
    if joined_to_inverted_clitic(verb):
        k = verb.i + 1
        while k < len(verb.doc) and verb.doc[k].text.startswith("-"):
            k += 1
        after_clitic = verb.doc[k] if k < len(verb.doc) else None
        if verb.pos_ == "AUX" and after_clitic is not None and after_clitic.pos_ == "VERB" and (
            after_clitic.head.i == after_clitic.i or verb.head.i == after_clitic.i
        ):  # "« ... », a-t-il murmuré quand ...": the participle the auxiliary goes with
            return after_clitic
        return verb
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.pos_ == "ADP" and nxt.i + 2 < len(verb.doc) and (
        present_participle(verb.doc[nxt.i + 1])
    ):  # "« ... », lance en riant l'infirmière": the gerund before the subject
        nxt = verb.doc[nxt.i + 2]
    if (verb.pos_ == "VERB" and "Fin" in verb.morph.get("VerbForm", [])
            and "3" in verb.morph.get("Person", []) and nxt is not None
            and nxt.pos_ == "DET" and nxt.head.i > nxt.i and nxt.head.pos_ == "NOUN"):
        return verb  # "« ... », calcule un producteur de Prévondaz": its subject after it
    if nxt is not None and (nxt.pos_ == "DET" or nxt.lower_ in lexicon().articles) and (
        reporting_word(verb)
    ):  # "« ... ? » lâche une relieuse": a reporting word, tagged a noun; "», tempère l'élu",
        return verb  # its article tagged an adjective
    return None


def _colon_speech_word(before: list[Token]) -> tuple[Token, Token] | None:
    """'Un cadre de l'usine, sous couvert d'anonymat, dément : « ... »': in a pipeline with
    universal tags, a reporting verb right before the colon, whatever the tagger made of it,
    and the first subject of the sentence (the parser may have hung it on the quote's verb); or
    the word right after a name set off by commas, before its object ("Sa présidente, Moea X,
    chiffre les pertes : « ... »", "chiffre" tagged a noun)."""
    if len(before) < 3:
        return None
    word = before[-2]
    if word.tag_ != word.pos_ or not reporting_word(word):
        return _verb_after_set_off_name_in(before)
    return _with_first_subject(word, before)


def _verb_after_set_off_name_in(before: list[Token]) -> tuple[Token, Token] | None:
    """The verb right after a name set off by commas in the last words before a colon, and its
    speaker: the name when the parser made it the verb's subject, the noun the parser hung the
    verb on, else the sentence's first subject."""
    word = next((tok for k, tok in enumerate(before[2:-2], 2) if len(before) - k <= 6
                 and _verb_after_set_off_name(tok)), None)
    if word is None:
        return None
    name = word.doc[word.i - 2]
    while name.dep_ == "flat:name" and name.head.i < name.i:
        name = name.head
    if name.dep_.startswith("nsubj") and name.head.i == word.i:
        return word, name  # ("Sa présidente, Moea X, chiffre": both the verb's subjects)
    if word.head.i < word.i and word.head.pos_ in ("NOUN", "PROPN") and word.dep_ == "acl":
        return word, word.head  # "Le maire, Paul X, résume": the verb hung on its subject
    return _with_first_subject(word, before)


def _verb_after_relative(rel: Token, before: list[Token]) -> tuple[Token, Token] | None:
    """"Amani X, 32 ans, secrétaire général de ..., qui compte soixante membres, rejette
    l'accusation : « ... »": the verb right after a relative clause set off by commas, which
    the parser left with no subject, is the colon's, and the name opening the sentence its
    speaker."""
    doc = rel.doc
    end = max((c.right_edge.i for c in rel.children if c.dep_ not in ("parataxis", "punct")
               and c.i > rel.i), default=rel.i) + 1  # (not the verb it goes on to, which
    if end + 1 >= len(doc) or doc[end].text != ",":  # the parser hung on it)
        return None
    verb, first = doc[end + 1], rel.sent[0]
    if verb.pos_ != "VERB" or verb not in before or any(
        c.dep_.startswith("nsubj") for c in verb.children
    ) or first.pos_ != "PROPN" or first.ent_type_ not in ("PER", "PERSON"):
        return None
    return verb, first


def _with_first_subject(word: Token, before: list[Token]) -> tuple[Token, Token] | None:
    subjects = [t for t in before if t.i < word.i and t.dep_.startswith("nsubj")
                and t.pos_ in ("NOUN", "PROPN", "PRON")]
    if not subjects:
        return None
    subject = subjects[0]
    relative = "Rel" in subject.morph.get("PronType", []) and subject.head.dep_ in (
        "relcl", "acl:relcl")
    if relative and _age_set_off(subject.head.head):
        subject = subject.head.head  # (its antecedent)
    if _age_set_off(subject):  # "Mabrouka X, 52 ans, veuve ..., qui arrache l'alfa ...,
        subject = subject.doc[subject.i - 3]  # tranche :": the name, not the age
    return word, subject


def _verb_after_set_off_name(tok: Token) -> bool:
    """In a pipeline with universal tags, a lower-case word between a name set off by commas
    and an article is the sentence's verb, whatever its tag, when it is a reporting verb or
    has the subject ("Le maire, Paul X, *résume* la situation", "chiffre les pertes")."""
    doc = tok.doc
    return (tok.tag_ == tok.pos_ and tok.is_lower and tok.is_alpha
            and tok.pos_ in ("NOUN", "ADJ", "PRON", "ADV") and doc[tok.i - 1].text == ","
            and doc[tok.i - 2].pos_ == "PROPN" and doc[tok.i + 1].pos_ == "DET"
            and (reporting_word(tok) or any(c.dep_.startswith("nsubj") for c in tok.children)))


def _colon_verb(before: list[Token]) -> Token | None:
    """The verb of a clause that introduces a quote with a colon, when it has a subject: any
    verb will do there ("She addressed the supporters again: "...")."""
    verbs = [tok for tok in reversed(before) if not asks_anonymity(tok)  # "L'un d'eux, qui a
             and tok.pos_ in ("VERB", "AUX") and any(  # requis l'anonymat, rejette ... : « »"
                 c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and c in before
                 for c in tok.children)]
    main = [tok for tok in verbs if not _in_relative_clause(tok)]  # "Elle a rappelé l'épisode
    found = main or verbs  # de 2013, où l'État avait ordonné ... : « ... »"
    return found[0] if found else None


def _in_relative_clause(verb: Token) -> bool:
    """The verb heads a relative clause about something else ("où l'État avait ordonné", "who
    chairs the group"), not one whose object is what it says ("ce que le prévenu avait
    déclaré aux policiers : « ... »", where the clause's subject speaks)."""
    if any(c.dep_ in ("obj", "dobj") and c.i < verb.i for c in verb.children):
        return False  # (its object before it: the relative pronoun, however tagged)
    return verb.dep_ in ("relcl", "acl:relcl") or any(c.i < verb.i and (
        "Rel" in c.morph.get("PronType", []) or c.tag_ in ("WDT", "WP", "WRB") or (
            c.dep_.startswith("nsubj") and any(  # "dont la fille joue à l'aile", "whose
                g.i < c.i and ("Rel" in g.morph.get("PronType", []) or g.tag_ == "WP$")
                for g in c.children)))  # daughter plays": the relative in its subject
        for c in verb.children)


def _closes_quote(cue: Token, after: list[Token]) -> bool:
    """'...," he said' / '...," said Smith' / '...," the Russian envoy said': the cue comes right
    after the closing mark, with at most its subject before it."""
    lead = [t for t in after[:8] if not t.is_punct]
    if cue not in lead:
        return False
    before = lead[: lead.index(cue)]
    if not before:
        return True
    if any(t.pos_ == "CCONJ" for t in before):
        return False  # "juge que le site « coupe le moussem de son âme » et réclame": a second
        # verb, which the quote does not close on
    subj = subject_of(cue)
    return subj is not None and all(t in subj.subtree for t in before)


def _after_cue_fits(
    cue: Token, after: list[Token], inner_last: str, before_cue: Token | None
) -> bool:
    """Whether a cue after the quote closes it ("...," he said) rather than starting a new
    sentence of reported speech ("...". She added that the talks...)."""
    if subject_of_when_clause(cue) is None and any(
        c.dep_ == "ccomp" and c.i > cue.i and c.tag_ != "VBG"
        and any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)
        and not _opens_with_quote(cue, c) for c in cue.children
    ):
        return False  # the cue reports a clause of its own (not the next part of the quote)
    if after and after[0].lower_ in _subordinators():
        return False  # '"...," when Clinton blasted him': a clause about the scene, not a cue
    if any(t.dep_ == "neg" or "Neg" in t.morph.get("Polarity", []) or t.lower_ in _negations()
           for t in after if t.i < cue.i):
        return False  # "la hausse, « modeste ... », ne pouvait expliquer ...": the sentence
        # goes on, negated; no cue closes a quote so
    if inner_last in ".!?" and after and after[0].i == cue.i and after[0].text[:1].isupper() and (
        is_according_to(cue) and any(t.text == "," for t in after[1:6])
    ):  # "« ... qui le sait. » Selon lui, le premier juge avait ...": a sentence of its own
        return False
    if inner_last in ".!?" and after and after[0].text[:1].isupper():
        # a new sentence after the quote: its cue closes the quote only when none opened it
        # ('Smith said, "... found." He added, "..."': "said" is the cue, "added" the next one's)
        return before_cue is None
    return True


@per_language
def _subordinators() -> frozenset[str]:
    """Conjunctions opening a subordinate clause: a cue inside one, right after a quote, does not
    close the quote ('"That makes me smart," when Clinton blasted him'): subordinators.txt."""
    return optional_words(None, "subordinators.txt")


def _opens_with_quote(cue: Token, clause: Token) -> bool:
    """Whether the clause a cue governs is not a report of its own: a quotation mark stands
    between the cue and the clause's subject (or "that") ('he said, "We ..."': the clause is the
    next quote), or punctuation between the cue and the clause ('said, mentioning the album
    is ...')."""
    doc = cue.doc
    opener = min((g.i for g in clause.children if g.dep_ in ("nsubj", "nsubjpass", "mark")),
                 default=clause.i)
    if any(doc[i].is_punct for i in range(cue.i + 1, clause.left_edge.i)):
        return True
    subject = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and cue.i < subject.i and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in cue.children
    ) and any(doc[i].text[:1] in MARK_CHARS for i in range(subject.i + 1, clause.i)):
        return True  # '"...," said Michael X, whose family ..., "and the least ... is ...": the
        # cue's own subject, inverted, that the parser gave the next part's verb
    return any(doc[i].is_punct and doc[i].text[:1] in MARK_CHARS
               for i in range(cue.i + 1, opener + 1))


def _set_cue(part: Part, cue: Token, frame: list[Token], q: Quoted, blk: _Block) -> None:
    words = cue_tokens(cue)
    part.cue = (token_offset(words[0]), token_offset(words[-1]) + len(words[-1].text))
    part.cue_key = (int(cue.doc.user_data.get(_BASE_KEY, 0)), cue.i)
    head = _speaker_head(cue, frame, q)
    if head is not None:
        _set_mention(part, head)


def _set_mention(part: Part, head: Token) -> None:
    toks = mention_tokens(head)
    part.subject = head
    part.mention = (token_offset(toks[0]), token_offset(toks[-1]) + len(toks[-1].text))
    part.mention_text = head.doc[toks[0].i : toks[-1].i + 1].text
    if len(toks) == 1 and part.mention_text.startswith("-"):  # "estime-t-il": the pronoun
        part.mention = (part.mention[0] + 1, part.mention[1])
        part.mention_text = part.mention_text[1:]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip whitespace and a trailing comma from a span."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


# -- transcripts ---------------------------------------------------------------------------------


def _is_label(m: re.Match[str]) -> bool:
    """A transcript label looks like a speaker label: a name in capitals ("DUPONT"), or a
    questioner label ("Question", "Journaliste"). A capitalised ordinary word before a French
    colon ("Déneigement : bras de fer ...") is a headline's topic, not a speaker."""
    label = m.group(1)
    lex = lexicon()
    return label.upper() == label or label.lower() in lex.questioner_labels | lex.answerer_labels


def labelled_lines(text: str) -> int:
    """How many of ``text``'s lines open on a word and a colon, whether a transcript's speaker
    label ("DUPONT :", "Q:") or not ("Kolhapur: Parents of 37 children ...", a city's
    dateline)."""
    return sum(1 for line in text.splitlines() if _TRANSCRIPT.match(line))


def is_transcript_line(line: str) -> bool:
    """A line that opens with a speaker's label and a colon ("Q: ...", "DUPONT : ...")."""
    m = _TRANSCRIPT.match(line)
    return m is not None and _is_label(m)


def _transcript_match(blk: _Block) -> re.Match[str] | None:
    m = _TRANSCRIPT.match(blk.text)
    if m is None or len(blk.text.split()) < 3:
        return None
    return m


def _transcript_part(text: str, blk: _Block, block_of: Sequence[_Block] = ()) -> Part | None:
    m = _transcript_match(blk)
    if m is None:
        return None
    if not _is_label(m):
        # A mixed-case label ("Dupont :") counts only in a block of speaker-label lines.
        near = [b for b in block_of if abs(b.index - blk.index) == 1]
        if not any((n := _transcript_match(b)) is not None and _is_label(n) for b in near):
            return None
    name_end = m.end(1)
    colon = blk.text.index(":", name_end)
    start, end = _trim(text, blk.base + m.start(2), blk.base + len(blk.text.rstrip()))
    if text[start] in MARK_CHARS and text[end - 1] in MARK_CHARS:
        start, end = start + 1, end - 1
    part = Part(start, end, "direct", blk.index, how="transcript")
    part.cue = (blk.base + colon, blk.base + colon + 1)
    part.mention = (blk.base, blk.base + name_end)
    part.mention_text = blk.text[:name_end]
    toks = [t for t in blk.doc if t.idx < name_end]
    part.subject = toks[-1] if toks else None
    return part


def _transcript_continued(
    text: str, blk: _Block, block_of: Sequence[_Block], parts: Sequence[Part]
) -> Part | None:
    """A paragraph with no label between two labelled lines of a transcript, in the first
    person, goes on with the line before it ("KASONGO : C'est faux ... \n Les faux billets ne
    viennent pas de nos tables. ... \n JOURNALISTE : Que proposez-vous ?"): the same speaker's
    words (data/<lang>/first_person_words.txt)."""
    if not parts or parts[-1].how != "transcript" or parts[-1].block != blk.index - 1 or (
        blk.index + 1 >= len(block_of) or _transcript_match(blk) is not None
    ):
        return None
    following = _transcript_match(block_of[blk.index + 1])
    if blk.text.rstrip().endswith("?") or not any(
        t.lower_ in _first_person_words() for t in blk.doc
    ) or ((following is None or not _is_label(following)) and not _opens_in_first_person(blk)):
        # (not a question nor a stage direction: "Au standard, une auditrice a pris l'antenne.";
        # the transcript's last line, only a paragraph opening with "Je": "GIRARDOT : ... \n Je
        # ne demande pas qu'on extermine le loup. ... \n Le maire, qui ...")
        return None
    start, end = _trim(text, blk.base, blk.base + len(blk.text.rstrip()))
    if end <= start:
        return None
    line = parts[-1]
    part = Part(start, end, "direct", blk.index, how="transcript")
    part.cue, part.mention, part.mention_text = line.cue, line.mention, line.mention_text
    part.subject = line.subject
    return part


def _opens_in_first_person(blk: _Block) -> bool:
    """The paragraph opens with the first person singular's subject pronoun."""
    first = next((t for t in blk.doc if not t.is_space), None)
    return first is not None and first.pos_ == "PRON" and (
        first.lower_ in _first_person_words() and "1" in first.morph.get("Person", [])
        and "Sing" in first.morph.get("Number", []))


@per_language
def _first_person_words() -> frozenset[str]:
    """"je", "nos", "our": data/<lang>/first_person_words.txt."""
    return optional_words(None, "first_person_words.txt")


# Dashes that open a line of dialogue ("— On mérite ce qui nous arrive, a soupiré X.").
_DIALOGUE_DASHES = frozenset("—–―")
_DIALOGUE_SPACES = frozenset(" \u00a0\u202f")


def _dialogue_parts(text: str, blk: _Block) -> list[Part]:
    """'— On mérite ce qui nous arrive, a soupiré le capitaine X. On a mené ...': a paragraph
    opened by a dash and a space, with no quotation marks, is a line of dialogue. A reporting
    verb set off by a comma (or ? !) after the first words closes them; what follows the cue's
    sentence is the same speaker's next words."""
    body, doc = blk.text, blk.doc
    if not _dialogue_line(body):
        return []
    for tok in doc:
        untagged = tok.i >= 2 and not is_cue(tok) and _reporting_word_set_off(tok)
        if tok.i < 2 or not (untagged or is_cue(tok) or _incise_closing_line(tok)):
            continue  # ("— A, lance le vieux chef de gare.", "lance" tagged a noun)
        prev = before_verb_group(tok, 0)  # "lui a répondu", "a-t-il ajouté"
        if prev > 0 and doc[prev].pos_ == "PRON" and (
            doc[prev].lower_.replace("’", "'") in object_clitics()
        ):  # "... ? l'a interrompu la présidente", the pronoun the parser made the subject
            prev -= 1
        if doc[prev].text not in (",", "?", "!", "…"):
            continue
        close = doc[prev].idx + (0 if doc[prev].text == "," else len(doc[prev].text))
        start, end = _trim(text, blk.base + 1, blk.base + close)
        if len(text[start:end].split()) < 1:
            return []
        quoted = Quoted(start, end, blk.base, blk.base + close, 0)
        stop = next((t for t in doc[tok.i :] if t.text in (".", "!", "?")), None)
        frame = [t for t in doc[tok.i : stop.i if stop is not None else len(doc)]]
        pieces = [Part(start, end, "direct", blk.index, how="cue", frame="after")]
        if stop is not None:
            rest = _trim(text, blk.base + stop.idx + 1, blk.base + len(body.rstrip()))
            if len(text[rest[0] : rest[1]].split()) >= 2:
                pieces.append(Part(rest[0], rest[1], "direct", blk.index, how="cue",
                                   frame="inside"))
        named = _inner_name(tok) or _inner_description(tok) if untagged else None
        own = subject_of(tok) if named is None else None
        if own is not None and own.i < prev:  # "— ... Après, la mairie viendra fermer, a
            named = _inner_subject(tok)  # prévenu l'agent.": no word of the line's own
        for piece in pieces:
            _set_cue(piece, tok, frame, quoted, blk)
            if named is not None:
                _set_mention(piece, named)
        return pieces
    return []


def _incise_closing_line(verb: Token) -> bool:
    """"— Je passe vite, a tenté le cycliste.": in a line of dialogue, any verb after a comma
    with its subject right after it, a noun phrase that ends the sentence, is the incise."""
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.i + 2 >= len(doc) or (
        doc[verb.i + 1].pos_ not in ("DET", "PROPN")
    ):
        return False
    prev = verb.i - 1
    while prev > 0 and doc[prev].pos_ == "AUX":
        prev -= 1  # ("a tenté"; not "Après, c'est devenu une habitude.": its own subject)
    if doc[prev].text != ",":
        return False
    end = next((t.i for t in doc[verb.i + 1 : verb.i + 8] if t.is_punct), None)
    return end is not None and doc[end].text == "." and not any(
        t.pos_ in ("VERB", "AUX", "ADP") for t in doc[verb.i + 1 : end])


def _dialogue_line(body: str) -> bool:
    """A paragraph opened by a dash and a space: a line of dialogue."""
    return body[:1] in _DIALOGUE_DASHES and body[1:2] in _DIALOGUE_SPACES


def _dialogue_turn(
    text: str, blk: _Block, blocks: list[_Block], turns: list[tuple[int, int]]
) -> list[Part]:
    """'— Lui faire peur, avec une arme chargée ?' with no cue, after two lines of dialogue in
    the paragraphs right before: the speakers take turns, so it is the speaker of the line
    before the last."""
    body = blk.text
    if not _dialogue_line(body):
        return []
    if len(turns) < 2 or turns[-1][0] != blk.index - 1 or turns[-2][0] != blk.index - 2:
        return []
    start, end = _trim(text, blk.base + 2, blk.base + len(body.rstrip()))
    if end <= start:
        return []
    part = Part(start, end, "direct", blk.index, how="turn", frame=None, follows=turns[-2][1])
    called = _called_on(blocks[blk.index - 1])
    if called is not None:  # "— ... Monsieur Dehon-Masset, répondez." "— J'avais des dettes."
        part.follows = None
        _set_mention(part, called)
    return [part]


def _turn_before_cued_line(
    text: str, blk: _Block, blocks: list[_Block], turns: list[tuple[int, int]],
    parts: list[Part],
) -> list[Part]:
    """'— Vous avez jusqu'au 5 mars, madame, a prévenu l'agent.' '— Et qui va payer mon loyer ?'
    '— Ce n'est pas moi qui fais les lois.' '— Alors dites-le à ceux qui les font, a rétorqué
    la tenancière.': the second line of an exchange whose first line has a cue of its own,
    with no cue, is said by the one the cue of the line two after it names, when that is
    someone else (the speakers take turns)."""
    k = blk.index
    if not _dialogue_line(blk.text) or not turns or turns[-1][0] != k - 1 or (
        k < 2 or _dialogue_line(blocks[k - 2].text) or k + 2 >= len(blocks)
        or not _dialogue_line(blocks[k + 1].text)
    ):
        return []
    if any(t.pos_ == "VERB" and t.i + 1 < len(blk.doc) and blk.doc[t.i + 1].pos_ in ("DET", "PROPN")
           and _set_off_before(t) for t in blk.doc):
        return []  # an incise of a verb the lexicon does not know ("..., lui renvoie Pape X",
        # "... ? l'a interrompu la présidente")
    first = parts[turns[-1][1]]
    ahead = _dialogue_parts(text, blocks[k + 2])
    if first.cue is None or first.subject is None or not ahead or ahead[0].subject is None:
        return []
    other = ahead[0].subject
    if other.lemma_.lower() == first.subject.lemma_.lower() or other.pos_ == "PRON":
        return []  # (the same one again, or a pronoun: no one told apart)
    return _exchange_line(text, blk, other)


def _exchange_line(text: str, blk: _Block, who: Token) -> list[Part]:
    """The whole line of dialogue ``blk``, past its dash, as said by ``who``."""
    start, end = _trim(text, blk.base + 2, blk.base + len(blk.text.rstrip()))
    if end <= start:
        return []
    part = Part(start, end, "direct", blk.index, how="exchange", frame=None)
    _set_mention(part, who)
    return [part]


def _set_off_before(verb: Token) -> bool:
    """A comma, question or exclamation mark comes right before the verb, its auxiliaries and
    pronouns."""
    k = verb.i - 1
    while k > 0 and verb.doc[k].pos_ in ("AUX", "PRON"):
        k -= 1
    return verb.doc[k].text in (",", "?", "!")


def _answer_to_question(
    text: str, blk: _Block, blocks: list[_Block], turns: list[tuple[int, int]],
    parts: list[Part],
) -> list[Part]:
    """"Le prévenu a fixé ses mains." '— Combien de verres aviez-vous bus ? a demandé la
    présidente.' '— Trois, peut-être quatre.': a line of dialogue with no cue right after a
    question that opens the exchange answers it; the one who answers is the one asked (the
    question's object), else the subject of the sentence before the exchange."""
    k = blk.index - 1
    if not _dialogue_line(blk.text) or k < 1 or not turns or turns[-1][0] != k:
        return []
    if _dialogue_line(blocks[k - 1].text):
        return []  # inside an exchange the turns alternate (_dialogue_turn)
    question = parts[turns[-1][1]]
    if question.cue_key is None:
        return []
    doc = blocks[k].doc
    cue = doc[question.cue_key[1]]
    # "— Deux kilos pour trois euros, c'est cadeau! lance-t-elle à une automobiliste qui
    # ralentit.": the one the line is said to
    addressee = next((c for c in cue.children if c.i > cue.i and c.pos_ in ("NOUN", "PROPN")
                      and any(k.dep_ == "case" and k.lower_ in addressee_prepositions()
                              for k in c.children)
                      and (c.pos_ == "PROPN" or _person_word(c))), None)
    if cue.lemma_.lower() not in question_verbs() and not text[
            question.start : question.end].rstrip().endswith("?") and addressee is None:
        return []
    asker = question.subject
    asked = next((c for c in cue.children if c.dep_ in ("obj", "iobj", "dobj")
                  and c.pos_ in ("NOUN", "PROPN") and c.is_alpha and c.i < cue.i), None)
    # "lui a demandé" (not a quotation mark the tagger made a noun)
    asked = asked or addressee
    if asked is None:
        asked = _subject_before(blk.doc[0], blocks[k - 1].doc)
        if asked is None or (asked.pos_ == "NOUN" and not _person_word(asked)):
            asked = (_person_subject_before_last(blocks[k - 1].doc)  # "le prévenu écoute la
                     or _person_noun_of_last_sentence(blocks[k - 1].doc)  # présidente. Puis la
                     or asked)  # question tombe.": not the question
        if asked is not None and asker is not None and (
            asked.lower_ == asker.lower_ or asked.lemma_.lower() == asker.lemma_.lower()
            or any(t.text == asker.text and t.i != asked.i and t.is_title for t in asked.subtree)
        ):  # "Le président a longuement questionné le prévenu." then "a demandé le président"
            # (or "La procureure, Me X, l'a pressé de questions." then "a demandé Me X"):
            verb = asked.head  # the one questioned ("le prévenu", whatever its tag and its
            asked = next((c for c in verb.children if c.dep_ in ("obj", "dobj", "xcomp")
                          and c.i > asked.i and c.lower_ in lexicon().occupations), None)
            if asked is None and any(c.dep_ == "obj" and c.pos_ == "PRON" and c.i < verb.i
                                     for c in verb.children):  # label; "l'": the one the
                asked = _person_subject_before_last(blocks[k - 1].doc)  # sentence before named)
        if asked is None:  # but "Les journalistes ne l'ont pas ménagée." before "a demandé un
            return []  # journaliste": no one
        asked = _other_than_addressed(asked, blk.doc, blocks[k - 1].doc)
    return _exchange_line(text, blk, asked)


def _incise_subject(doc: Doc) -> Token | None:
    """The subject of the first reporting verb set off by a comma in a line of dialogue ("— Le
    nom du village, a répondu le prévenu.")."""
    cue = next((t for t in doc if t.i > 1 and is_cue(t)
                and doc[before_verb_group(t, 0)].text == ","), None)
    return subject_of(cue) if cue is not None else None


def _person_subject_of_last_sentence(doc: Doc) -> Token | None:
    """The subject of the main verb of the last sentence of ``doc``, when it is a person's name
    or a noun for a person ("La présidente ... a fait passer au prévenu", "fait" hung on
    "passer"; not "le trentenaire" of "a voulu savoir pourquoi le trentenaire ...")."""
    sents = list(doc.sents)
    return next((t for t in sents[-1] if t.dep_ in ("nsubj", "nsubj:pass")
                 and t.head.pos_ in ("VERB", "AUX") and (t.head.dep_ == "ROOT" or (
                     t.head.dep_ in ("dep", "xcomp") and t.head.head.dep_ == "ROOT"))
                 and ((t.pos_ == "PROPN" and t.ent_type_ in ("PER", "PERSON"))
                      or _person_word(t))), None) if sents else None


def _other_than_addressed(asked: Token, line: Doc, before: Doc) -> Token:
    """"X, un retraité, s'est avancé au micro devant la mairesse, Y." then "— ... ? a lancé le
    retraité." and "— Je comprends votre colère, monsieur X.": an answer that calls someone
    the paragraph before the exchange names by an honorific and their surname is not theirs,
    unless the question asked someone else by name; it is the other person that paragraph
    names last."""
    called = {t.text for k, t in enumerate(line) if k > 0 and t.pos_ == "PROPN"
              and is_honorific(line[k - 1].text) and line[k - 1].is_lower}
    if not called:
        return asked
    people = [e for e in before.ents if e.label_ in ("PER", "PERSON")]
    other = [e for e in people if not any(t.text in called for t in e)]
    if len(other) == len(people) or any(e.start <= asked.i < e.end for e in other) or (
        asked.doc is not before
    ):  # (the one asked named, and not the one called)
        return asked
    return other[-1].root if other else asked


def _person_noun_of_last_sentence(doc: Doc) -> Token | None:
    """"À la barre, sweat gris et mains croisées dans le dos, le prévenu peine à expliquer son
    geste.", whatever the parse made of it: the one noun for a person after a definite article
    in the last sentence of ``doc``."""
    sents = list(doc.sents)
    found = [t for t in sents[-1] if t.i > 0 and _person_word(t) and not is_plural(t)
             and universal_determiner(doc[t.i - 1]) == "the"] if sents else []
    return found[0] if len(found) == 1 else None


def _person_subject_before_last(doc: Doc) -> Token | None:
    """The subject of one of the two sentences before the last of ``doc`` that is a person (a
    name or a noun for a person), else the first person it names."""
    for sent in list(doc.sents)[-3:-1][::-1]:
        found = next((t for t in sent if t.dep_ in ("nsubj", "nsubj:pass")
                      and t.head.dep_ == "ROOT" and (t.pos_ == "PROPN" or _person_word(t))), None)
        found = found or next((t for t in sent if t.ent_type_ in ("PERSON", "PER")
                               and t.ent_iob_ == "B"), None)  # (the parse lost the subject)
        if found is not None:
            return found
    return None


def _called_on(blk: _Block) -> Token | None:
    """The person a line of dialogue ends by calling on by name ("Monsieur Dehon-Masset,
    répondez."): the last sentence opens with an honorific and a proper name, then a comma."""
    sents = list(blk.doc.sents)
    if not sents:
        return None
    words = [t for t in sents[-1] if not t.is_punct or t.text == ","]
    if len(words) < 3 or not is_honorific(words[0].text):
        return None
    k = 1
    while k < len(words) and (words[k].pos_ == "PROPN" or words[k].text == "-"):
        k += 1
    return words[k - 1] if k > 1 and k < len(words) and words[k].text == "," else None


def _opened_exchange(
    text: str, blk: _Block, blocks: list[_Block], parts: list[Part]
) -> list[Part]:
    """"Le président lui a demandé comment il s'y prenait." then '— Avec un petit boîtier.'
    '— Et vous n'avez jamais pensé aux acheteurs ?': lines of dialogue with no cue after a
    sentence in which someone questions someone (data/<lang>/question_verbs.txt) take turns,
    the one questioned first."""
    if not _dialogue_line(blk.text):
        return []
    j = blk.index - 1
    while j >= 0 and _dialogue_line(blocks[j].text):
        j -= 1
    if j < 0:
        return []
    between = [p for p in parts if j < p.block < blk.index]
    if len(between) != blk.index - j - 1:
        return []  # a line not read as dialogue came between
    pair = _cued_question(blocks, j, between[0]) if between else None
    if pair is None and any(p.how != "exchange" for p in between):
        return []  # a line with a cue of its own came between
    if pair is not None and any(p.how != "exchange" for p in between[1:]):
        return []
    # the first line is the answer, unless it asks a question itself ("a interrogé la prévenue
    # sur ses études. — Vous avez suivi une formation ?") or is the question, with its cue
    first = blocks[j + 1].text.rstrip()
    asker_first = pair is not None or first.endswith("?")
    pair = pair or _questioner_and_questioned(blocks[j], blocks[j - 1] if j > 0 else None)
    if pair is None and not between and first.endswith("?") and blk.index + 1 < len(blocks) and (
        _dialogue_line(blocks[blk.index + 1].text)
    ):  # "La présidente, Hélène X, a fait passer au prévenu l'un des couteaux saisis." then
        # "— Qu'est-ce qui est gravé sur la lame ?": the question opening the exchange is the
        # subject's of the sentence before it, whoever answers
        asker = _person_subject_of_last_sentence(blocks[j].doc)
        answerer = _incise_subject(blocks[blk.index + 1].doc)
        pair = (asker, asker) if asker is not None and answerer is not None and (
            answerer.lemma_.lower() != asker.lemma_.lower()
        ) else None  # (only when the line after it names who answers, someone else: not
        # "Le trentenaire baisse les yeux. — Vous avez vu le vélo ? — Non.", whom it asks)
    if pair is None:
        return []
    return _exchange_line(text, blk, pair[0] if (len(between) % 2 == 0) == asker_first
                          else pair[1])


def _cued_question(blocks: list[_Block], j: int, part: Part) -> tuple[Token, Token] | None:
    """"la prévenue ... a maintenu sa version." then "— Votre portail était-il fermé ? a demandé
    le président.": the first line of dialogue, a question with its own cue of questioning
    (data/<lang>/question_verbs.txt), asked by its cue's subject of the subject of the
    paragraph before, who answers the next line."""
    line = blocks[j + 1]
    if part.block != line.index or part.cue is None or part.subject is None:
        return None
    if not line.text[: part.end - line.base].rstrip(" »”\"").endswith("?"):
        return None
    cue = line.doc.char_span(part.cue[0] - line.base, part.cue[1] - line.base,
                             alignment_mode="expand")
    if cue is None or cue.root.lemma_.lower() not in question_verbs():
        return None
    asked = _subject_before(line.doc[0], blocks[j].doc)
    if asked is None or "Plur" in asked.morph.get("Number", []) or (
        asked.lemma_.lower() == part.subject.lemma_.lower()
    ):
        return None  # (not "Les journalistes ne l'ont pas ménagée. — ...? a demandé un
        # journaliste.": the questioners, not the one questioned)
    return part.subject, asked


def _questioner_and_questioned(
    blk: _Block, prev: _Block | None = None
) -> tuple[Token, Token] | None:
    """The subject and the object of the last verb of questioning in a paragraph ("le
    président lui a demandé", "la présidente a interrogé le prévenu")."""
    verbs = question_verbs()
    for tok in reversed(blk.doc):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
            continue
        asker = subject_of(tok)
        if asker is not None and asker.i > tok.i:
            asker = None  # "a interrogé le prévenu": the parser's subject is the one asked
        asker = asker or next(  # the parser may split the sentence at the name
            (e.root for e in reversed(blk.doc.ents) if e.label_ == "PERSON" and e.end <= tok.i
             and not any(t.text in (".", "!", "?") for t in blk.doc[e.end : tok.i])), None)
        asked = next((c for c in tok.children if c.dep_ in ("iobj", "obj")
                      and c.pos_ in ("PRON", "NOUN", "PROPN")), None)
        if asked is not None and asked.pos_ == "PRON" and (
            asked.lower_.replace("’", "'") not in lexicon().pronouns
        ):
            # "l'a questionné": whom the story was about, in the paragraph before if need be
            asked = _subject_before(asked, prev.doc if prev is not None else None) or asked
        return (asker, asked) if asker is not None and asked is not None else None
    return None


def _subject_before(pronoun: Token, prev: Doc | None = None) -> Token | None:
    """The noun or name subject of the sentence before the pronoun's (the last of the paragraph
    ``prev`` when the pronoun's sentence opens its own): what an object pronoun with no entry in
    data/<lang>/pronouns.tsv ("l'") stands for."""
    start = pronoun.sent.start
    if start == 0:
        sents = list(prev.sents) if prev is not None else []
        if not sents:
            return None
        before = sents[-1]
    else:
        before = pronoun.doc[start - 1].sent
    found = next((t for t in before if t.dep_ in ("nsubj", "nsubj:pass")
                  and t.head.dep_ == "ROOT"
                  and (t.pos_ in ("NOUN", "PROPN") or t.lower_ in lexicon().occupations)), None)
    if found is None and not any(c.dep_.startswith("nsubj") for c in before.root.children):
        found = next((t for t in before if t.dep_ == "appos"
                      and getattr(set_off_after_opening_phrase(t.head), "i", None) == t.i), None)
        # "À la barre, le prévenu, en chemise ..., a été interrogé": the subject set off after
        # the opening phrase, which the parser hung on its noun
    if found is None and before.root.pos_ in ("VERB", "AUX") and not any(
        c.dep_.startswith("nsubj") for c in before.root.children
    ):  # "Face au président du tribunal, Olivier X, la prévenue, tailleur gris ..., a maintenu
        # sa version": the last noun with its own article set off after a comma before the verb
        found = next((t for t in reversed(before) if t.i < before.root.i and t.pos_ == "NOUN"
                      and t.i >= 2 and t.doc[t.i - 1].dep_ == "det" and t.doc[t.i - 2].text == ","
                      and t.doc[t.i - 1].head.i == t.i
                      and not any(c.dep_ == "case" for c in t.children)), None)
    if found is None:  # "« ... », a plaidé la mairesse devant une salle pleine.": its speaker
        cue = next((t for t in reversed(before) if is_cue(t)), None)
        speaker = subject_of(cue) if cue is not None else None
        if speaker is not None and speaker.pos_ in ("NOUN", "PROPN"):
            found = speaker
    return found


@per_language
def question_verbs() -> frozenset[str]:
    return optional_words(None, "question_verbs.txt")


# -- indirect and mixed quotes -------------------------------------------------------------------


def _indirect_parts(
    text: str,
    blk: _Block,
    inside: list[Quoted],
    direct: list[Part],
    fragments: list[Quoted],
) -> list[Part]:
    quoted_spans = [(q.open_at, q.close_at + 1 if q.close_at is not None else q.end)
                    for q in inside if q.depth == 0]
    closing_cues = {d.cue_key[1] for d in direct if d.frame == "after" and d.cue_key}
    out: list[Part] = []
    untied: set[int] = set()  # parts whose cue is no finite verb and who says them no one
    for tok, frame, span in reported_spans(blk.doc):
        if frame != "clause" and (subject_of(tok) is None or _circumstance(tok)
                                  or _negated(tok)):
            continue  # a learnt frame with nobody reporting, setting the scene or denied
        if tok.tag_ == "VBN" and tok.dep_ in ("advcl", "ROOT") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children
        ):
            continue  # "Asked whether ..., she said": the question is not what she said
        if tok.i in closing_cues:
            continue  # '"...," he said' closes a quote; it reports nothing else
        if _the_writer(subject_of(tok)):
            continue  # "Our correspondent gathered that ...": the paper's own account
        at = blk.base + tok.idx
        if any(s <= at < e for s, e in quoted_spans):
            continue
        start, end = _strip_clause(text, blk.base + span[0], blk.base + span[1])
        _absorb_embedded(start, end, inside, direct, fragments, blk)
        clipped = _clip_at_direct(text, start, end, direct)
        if clipped is None:
            continue
        start, end = clipped
        part = _indirect_part(text, blk, tok, start, end, fragments)
        if part is not None:
            part.frame = frame
            part.source = found_by(frame)
            out.append(part)
            if part.subject is None and "Fin" not in tok.morph.get("VerbForm", []) or (
                "Inf" in tok.morph.get("VerbForm", []) and tok.dep_ == "advcl"
            ):  # "qu'il avait écrit au préfet pour demander que": the report he made, its
                # purpose (not "encouraging his supporters to ask why", theirs)
                untied.add(id(part))
    out.extend(_postposed_parts(text, blk, out, direct, inside, closing_cues, fragments))
    out = _drop_nested(out, untied)
    _merge_continuing_quotes(text, out, direct)
    return out


def _the_writer(head: Token | None) -> bool:
    """``head`` is how the paper names its own reporter ("Our correspondent", "this reporter":
    data/<lang>/writer_phrases.txt)."""
    if head is None:
        return False
    words = head.doc[head.left_edge.i : head.i + 1].text.lower()
    return words in writer_phrases()


@per_language
def writer_phrases() -> frozenset[str]:
    """How the paper names itself or its own reporter ("our correspondent", "this newspaper"):
    data/<lang>/writer_phrases.txt."""
    return optional_words(None, "writer_phrases.txt")


def _postposed_parts(
    text: str, blk: _Block, found: list[Part], direct: list[Part],
    inside: list[Quoted], closing_cues: set[int], fragments: list[Quoted],
) -> list[Part]:
    """Reports whose subject follows the verb at the sentence's end ("..., a annoncé jeudi
    l'entreprise"), where no other frame found the sentence's content."""
    quoted_spans = [(q.open_at, q.close_at + 1 if q.close_at is not None else q.end)
                    for q in inside if q.depth == 0]
    out: list[Part] = []
    for tok, subject, span in postposed_reports(blk.doc):
        if tok.i in closing_cues:
            continue
        start, end = _strip_clause(text, blk.base + span[0], blk.base + span[1])
        if any(s < end and start < e for s, e in quoted_spans if s < start) or any(
            p.start < end and start < p.end for p in found
        ):
            continue
        _absorb_embedded(start, end, inside, direct, fragments)
        clipped = _clip_at_direct(text, start, end, direct)
        if clipped is None:
            continue
        dateline = find_dateline(text, clipped[0], clipped[1])
        if dateline is not None:  # "GENÈVE, 27 novembre (ALI) - La Morévie ...": not reported
            clipped = _trim(text, dateline.end, clipped[1])
        part = _indirect_part(text, blk, tok, clipped[0], clipped[1], fragments)
        if part is not None:
            _set_mention(part, subject)
            part.frame, part.source = "clause", "frame"
            out.append(part)
    return out


@per_language
def _negations() -> frozenset[str]:
    """Negation words as tokens (the tagger sometimes misses "n’t" with a curly apostrophe):
    data/<lang>/negation_tokens.txt."""
    return optional_words(None, "negation_tokens.txt")


def _negated(tok: Token) -> bool:
    """"The owners didn't comment on the kit": nothing was said."""
    holders = [tok, tok.head] if tok.pos_ == "NOUN" else [tok]
    return any(c.dep_ == "neg" or c.lower_ in _negations() for h in holders for c in h.children)


def _circumstance(tok: Token) -> bool:
    """"When commenting on the talks, he said ...": a clause setting the scene."""
    return tok.dep_ in ("advcl", "pcomp") and any(
        c.dep_ == "mark" or c.lower_ in ("when", "while", "after", "before") for c in tok.children
    )


def _indirect_part(
    text: str, blk: _Block, tok: Token, start: int, end: int,
    fragments: list[Quoted],
) -> Part | None:
    if end - start < 8:
        return None
    kind = "indirect"
    absorbed = [q for q in fragments if start <= q.open_at and q.start < end]
    if absorbed:
        kind = "mixed"
        end = max(end, max((q.close_at + 1 if q.close_at is not None else q.end)
                           for q in absorbed))
        start, end = _unwrap(text, start, end, absorbed)
    part = Part(start, end, kind, blk.index, source="frame")
    words = cue_tokens(tok)
    part.cue = (blk.base + words[0].idx, blk.base + words[-1].idx + len(words[-1].text))
    part.cue_key = (blk.base, tok.i)
    head = subject_of(tok)
    cue_inside = start <= part.cue[0] < end
    if head is not None and (cue_inside or not (start <= blk.base + head.idx < end)):
        _set_mention(part, head)
    return part


def _absorb_embedded(
    start: int, end: int, inside: list[Quoted], direct: list[Part], fragments: list[Quoted],
    clause_in: _Block | None = None,
) -> None:
    """"Le chauffeur aurait signalé « un problème de freinage » juste avant, a confié un
    enquêteur": a quote whose cue and speaker lie inside a sentence that a cue after it reports
    whole is part of that report (a mixed quote, the reporter's), not a quote of its own: it
    moves from ``direct`` to the ``fragments`` a reported clause takes in. Inside a reported
    clause ("that ...", a verb's complement; ``clause_in`` is then its paragraph's block), only
    a quoted phrase with no verb of its own, whose cue opens no relative clause, is ("a assuré
    qu'il ne répondrait pas « aux attaques personnelles »"): 'testified that the accused said
    "mi never mean fi kill him"' keeps the accused's words his, and so does "..., ce que le
    syndicat a jugé « tardif »"."""
    for d in list(direct):
        if d.frame != "before" or d.cue is None or d.mention is None or d.open_at is None:
            continue
        close = d.close_at if d.close_at is not None else d.end
        if not (start <= d.mention[0] and d.cue[1] <= d.open_at and start <= d.cue[0]
                and close < end):
            continue
        if clause_in is not None and not _phrase_in_clause(clause_in, d):
            continue
        quoted = next((q for q in inside if q.open_at == d.open_at and q.depth == 0), None)
        if quoted is not None:
            direct.remove(d)
            fragments.append(quoted)


def _phrase_in_clause(blk: _Block, d: Part) -> bool:
    """A quote with no verb in it, whose cue is no relative clause's verb."""
    if d.cue_key is None or d.cue_key[0] != blk.base:
        return False
    cue = blk.doc[d.cue_key[1]]
    if cue.dep_ in ("acl:relcl", "relcl") or any(is_relative_pronoun(c) for c in cue.children):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in _tokens_in(blk, d.start, d.end))


def _clip_at_direct(
    text: str, start: int, end: int, direct: list[Part]
) -> tuple[int, int] | None:
    """A reported clause stops where a quote standing on its own begins; a clause starting inside
    such a quote is that quote, already found."""
    for d in direct:
        open_at = d.open_at if d.open_at is not None else d.start
        close = d.close_at if d.close_at is not None else d.end
        if open_at < end and start < close:
            if start >= open_at:
                return None
            start, end = _strip_clause(text, start, open_at)
    if end - start < 8:
        return None
    return start, end


def _merge_continuing_quotes(text: str, indirect: list[Part], direct: list[Part]) -> None:
    """"X pointed out that A, "B."": a quote continuing a reported clause after a comma makes
    one mixed quotation with it."""
    for ind in indirect:
        for d in direct:
            if d.open_at is None or d.open_at < ind.end or d.how == "transcript":
                continue
            gap = text[ind.end : d.open_at]
            if len(gap) > 4 or not any(c in gap for c in ",:") or gap.strip(" ,:;—–-"):
                continue
            if text[ind.end - 1 : ind.end] in MARK_CHARS:
                continue
            ind.type = "mixed"
            ind.end = (d.close_at + 1) if d.close_at is not None else d.end
            if d.how == "cue" and d.frame == "after":
                _copy_attribution(ind, d)
                ind.cue_key = d.cue_key
            d.how = "merged"
    direct[:] = [d for d in direct if d.how != "merged"]


def _strip_clause(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = _trim(text, start, end)
    while end > start and text[end - 1] in ".;:—–- ":
        end -= 1
    return _trim(text, start, end)


def _unwrap(text: str, start: int, end: int, absorbed: list[Quoted]) -> tuple[int, int]:
    """A reported clause that is wholly one quote (said that "...") is the words inside it."""
    if len(absorbed) == 1:
        q = absorbed[0]
        close = q.close_at if q.close_at is not None else q.end
        if start >= q.open_at and close + 1 >= end:
            return _trim(text, q.start, q.end)
    return start, end


def _drop_nested(parts: list[Part], untied: set[int]) -> list[Part]:
    """Keep one part where two cues report (nearly) the same clause, and drop a learnt frame
    inside another report's content ("X said the delegation refused to discuss ..."), or one
    of ``untied`` (no finite cue, no one to say it: "she was told the bird had to go", "Pour
    X, reprendre les chicons serait « une folie »"; a purpose infinitive's, whose report is
    the one around it: "a indiqué qu'il avait écrit au préfet pour demander que")."""
    parts.sort(key=lambda p: (p.start, -p.end))
    out: list[Part] = []
    for p in parts:
        if (p.frame != "clause" or id(p) in untied) and any(
            o.start <= p.start and p.end <= o.end and o is not p for o in parts
        ):
            continue
        if out and p.start >= out[-1].start and p.end <= out[-1].end and (
            (p.end - p.start) > 0.9 * (out[-1].end - out[-1].start)
        ):
            continue
        out.append(p)
    return out


# -- linking parts into quotations ---------------------------------------------------------------


def _link_multi_paragraph(parts: list[Part], quoted: Sequence[Quoted]) -> None:
    """Parts of one multi-paragraph quotation share a cue: whichever paragraph carries it."""
    by_start = {p.start: i for i, p in enumerate(parts)}
    chains: dict[int, list[int]] = {}
    for qi, q in enumerate(quoted):
        if q.continues is None:
            continue
        root = q.continues
        while quoted[root].continues is not None:
            root = quoted[root].continues  # type: ignore[assignment]
        chains.setdefault(root, [root]).append(qi)
    for chain in chains.values():
        members = [_part_at(parts, by_start, quoted[qi]) for qi in chain]
        found = [m for m in members if m is not None]
        cued = [parts[m] for m in found if parts[m].cue is not None]
        if not cued:
            continue
        for m in found:
            part = parts[m]
            part.how = "multi-paragraph" if part.cue is None else part.how
            if part.cue is None:
                _copy_attribution(part, cued[0])
            part.cue_key = cued[0].cue_key


def _part_at(parts: list[Part], by_start: dict[int, int], q: Quoted) -> int | None:
    for offset in (0, 1, 2, 3):
        if q.start + offset in by_start:
            return by_start[q.start + offset]
    return None


def _copy_attribution(part: Part, src: Part) -> None:
    part.cue, part.subject, part.mention, part.mention_text = (
        src.cue, src.subject, src.mention, src.mention_text
    )


def _assign_groups(parts: list[Part], text: str, blocks: Sequence[_Block]) -> None:
    """Group ids: parts sharing a cue (split quotes, multi-paragraph quotes) or a cue-less part
    continuing the quote before it in the same paragraph share a group."""
    group_of_cue: dict[tuple[int, int], int] = {}
    next_group = 0
    for i, part in enumerate(parts):
        answering = _answerer(parts, i, text, blocks) if part.cue is None else None
        if answering is not None:
            _set_mention(part, answering)
            part.how = "exchange"
        if part.cue is None and part.how in ("none", "fragment"):
            src = _introduced_next(parts, i, text)
            if src is None:
                src = _continuation_source(parts, i)
            if src is not None:
                _copy_attribution(part, parts[src])
                part.how = "continuation"
                part.follows = src
                if src < i and parts[src].block == part.block:
                    part.group = parts[src].group
                    continue
        key = part.cue_key
        if key is not None and key in group_of_cue and part.type == "direct":
            part.group = group_of_cue[key]
            continue
        part.group = next_group
        if key is not None:
            group_of_cue[key] = next_group
        next_group += 1


def _answerer(parts: list[Part], i: int, text: str, blocks: Sequence[_Block]) -> Token | None:
    """"Le président, X, s'est tourné vers le principal prévenu. « Qui coupait les câbles ? »
    Un long silence. « C'était moi. »": a quote with no cue right after a question with none
    in its paragraph answers it; the one who answers is the person the sentence before the
    question turned to or questioned (its subject's verb's object or complement)."""
    part = parts[i]
    if i == 0 or part.type != "direct" or part.how not in ("none", "fragment"):
        return None
    asked = parts[i - 1]
    if asked.block != part.block or asked.how not in ("none", "continuation") or (
        asked.type != "direct" or not text[asked.start : asked.end].rstrip().endswith("?")
    ):
        return None
    blk = blocks[part.block]
    before = [t for t in blk.doc if blk.base + t.idx < asked.start and not t.is_punct]
    if not before:
        return None
    sent = before[-1].sent
    verb = sent.root
    if verb.pos_ != "VERB" or not any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    # (whatever the parse made of it: "vers le principal prévenu", the noun tagged a verb)
    found = [c for c in verb.children if c.i > verb.i and not c.dep_.startswith(("nsubj", "conj"))
             and (c.ent_type_ in ("PER", "PERSON") or _person_word(c))
             and (c.pos_ == "PROPN" or any(k.dep_ in ("det", "case") for k in c.children))
             and not is_plural(c)]
    return found[0] if len(found) == 1 else None


def _person_word(tok: Token) -> bool:
    """A noun for a person, as written or by its lemma, whatever its tag: an occupation, a
    word of data/<lang>/person_nouns.txt ("la vendeuse", "le prévenu", "une automobiliste") or
    of a person's age ("la sexagénaire")."""
    people, jobs = person_nouns(), lexicon().occupations
    return any(word in people or word in jobs or is_age_noun(word)
               for word in (tok.lower_, tok.lemma_.lower()))


def _introduced_next(parts: list[Part], i: int, text: str) -> int | None:
    """'"I thought it was thunder." Ray Chartrand, who lives across the street, said he heard
    ...': a cue-less quote that opens its paragraph, followed at once by a sentence whose
    subject is a name the article had not given before, is that person's."""
    part = parts[i]
    if part.type != "direct" or part.close_at is None or (
        i > 0 and parts[i - 1].block == part.block
    ) or i + 1 >= len(parts):
        return None
    nxt = parts[i + 1]
    subject = nxt.subject
    if nxt.block != part.block or nxt.cue is None or nxt.mention is None or subject is None or (
        subject.pos_ != "PROPN" or nxt.frame == "after" or text[part.close_at - 1] not in ".!?"
    ):
        return None
    between = text[part.close_at + 1 : nxt.mention[0]]
    if between.strip() or len(between) > 2:
        return None
    surname = text[nxt.mention[0] : nxt.mention[1]].split()[-1]
    return None if surname in text[: part.start] else i + 1


def _continuation_source(parts: list[Part], i: int) -> int | None:
    """The quote whose speaker a cue-less quote continues: the previous quote in its paragraph or
    the paragraph before; failing that, the next cued direct quote of its paragraph."""
    part = parts[i]
    if i > 0 and parts[i - 1].block >= part.block - 1 and parts[i - 1].cue is not None:
        return i - 1
    if i > 0 and parts[i - 1].block >= part.block - 1 and parts[i - 1].follows is not None:
        return i - 1
    for j in range(i + 1, len(parts)):
        if parts[j].block != part.block:
            break
        if parts[j].cue is not None and parts[j].type == "direct":
            return j
    return None
