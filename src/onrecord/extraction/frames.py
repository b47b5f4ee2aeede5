"""Reported content: which words a cue reports, and which verb frames report at all.

A frame is a cue word with the kind of complement that holds what it reports: a clause ("said
(that) ..."), an infinitive ("promised to ..."), an object ("described crass behaviour") or a
prepositional object ("called for ..."). Reporting verbs (``data/en/speech_verbs.txt``) always
report the clause they govern; other frames come from ``data/en/frames.tsv``, learnt from
PolNeAR's train split by ``scripts/learn_frames.py``, and count when at least ``MIN_PRECISION``
of their occurrences there were annotated attributions.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import takewhile

from spacy.tokens import Doc, Token

from onrecord.extraction.cleaning import date_words
from onrecord.extraction.cues import (
    addressee_prepositions,
    appositive_name_end,
    clitic_subject,
    complementizers,
    cue_particle,
    cue_s_second_act,
    cue_s_second_report,
    cue_s_second_verb,
    finite_verb_made_modifier,
    first_cue_of,
    is_according_to,
    is_cue,
    is_heading,
    is_relative_pronoun,
    manner_participle,
    opening_phrase_end,
    opinion_phrases,
    phrasal_not_speech,
    phrase_end,
    present_before_quote,
    shown_on_a_sign,
    source_phrase_end,
    subject_of,
    subject_of_when_clause,
    trailing_cue_of_its_content,
)
from onrecord.extraction.entities import (
    belonging_prepositions,
    comma_past_age,
    indefinite_articles,
    person_nouns,
)
from onrecord.extraction.learnt import frame_model
from onrecord.extraction.marks import QUOTATION_MARKS
from onrecord.lexicon import current_language, data_text, lexicon, optional_words, per_language
from onrecord.names import is_title_word

# A learnt frame counts when this share of its occurrences in PolNeAR train were attributions
# (0.3 gave the best quote and attribution F1 on 150 train articles held out from learning),
# and it was seen at least MIN_HITS times as one.
MIN_PRECISION = 0.3
MIN_HITS = 3

# Quote marks as spaCy tokens (kept at the edges of a reported clause).
MARK_CHARS = QUOTATION_MARKS


@per_language
def _content_preps() -> frozenset[str]:
    """Prepositions whose object can be reported content ("called for", "talked about"):
    data/<lang>/content_prepositions.txt."""
    return optional_words(None, "content_prepositions.txt")


@per_language
def model_frames() -> frozenset[str]:
    """Frames the learnt model decides on (in a language with a model); others count by
    frames.tsv."""
    return frozenset({"ccomp", "xcomp"} | {f"prep:{p}" for p in _content_preps()})

# Complement labels that can follow an object and belong to the same content ("called the plan
# a disaster": dobj + oprd).
_OBJECT_TAIL = frozenset({"oprd", "xcomp", "ccomp", "advmod", "prep"})

Span = tuple[int, int]

# Entity labels of figures: an object holding one is not what anyone said.
_FIGURES = frozenset({"MONEY", "PERCENT"})


def learnt_frames() -> frozenset[tuple[str, str]]:
    """(lemma, frame) pairs from the current language's data/<lang>/frames.tsv that pass the
    precision bar."""
    return _learnt_frames(current_language())


@lru_cache(maxsize=8)
def _learnt_frames(language: str) -> frozenset[tuple[str, str]]:
    out = set()
    for line in data_text(language, "frames.tsv").splitlines():
        if line.startswith("#") or line.startswith("lemma\t") or not line.strip():
            continue
        lemma, frame, hits, total = line.split("\t")
        if int(hits) >= MIN_HITS and int(hits) / int(total) >= MIN_PRECISION:
            out.add((lemma, frame))
    return frozenset(out)


def reported_spans(doc: Doc) -> Iterator[tuple[Token, str, Span]]:
    """(cue, frame, character span of the content within the doc) for every report in ``doc``:
    the clause of every reporting verb, and the first complement of any other word that the
    learnt model (``learnt.frame_model``) takes for reported content or that is a counted frame
    (``learnt_frames``): the model decides on clauses, infinitives and prepositional objects,
    where reported content is said or thought ("wants the state to ..."); an object reports only
    in a counted frame, since the objects PolNeAR annotates ("signed a bill", "answered
    questions") are no quotation in other house styles."""
    model = frame_model()
    decided = model_frames()
    learnt = learnt_frames()
    acts = _act_verbs()
    for tok, candidates in framed_and_unframed(doc):
        if shown_on_a_sign(tok) or _title_before_name(tok):
            continue
        if isinstance(candidates, tuple):
            yield tok, "clause", candidates
            continue
        for frame, span in candidates:
            if model is not None and frame in decided:
                taken = tok.lemma_.lower() not in acts and (
                    model.reports(tok, frame, span) >= model.threshold)
            else:
                taken = (tok.lemma_.lower(), frame) in learnt
            if taken:
                yield tok, frame, span
                break


def _title_before_name(tok: Token) -> bool:
    """"Pemalung tshogpa Kezang Dorji said": a title (data/<lang>/titles.tsv) right before a
    proper noun is no verb, whatever the tagger made of a word it did not know."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.pos_ == "PROPN" and is_title_word(tok.text) and (
        tok.pos_ in ("VERB", "AUX"))


@per_language
def _act_verbs() -> frozenset[str]:
    """Verbs whose complement is an act, not words ("declined to comment"):
    data/<lang>/act_verbs.txt."""
    return optional_words(None, "act_verbs.txt")


def found_by(frame: str) -> str:
    """What found a report through ``frame`` (as ``reported_spans`` yields it): a reporting
    verb's ``"frame"``, or the learnt ``"model"`` where it decides that frame."""
    return "model" if frame in model_frames() and frame_model() is not None else "frame"


def framed_and_unframed(
    doc: Doc,
) -> Iterator[tuple[Token, Span | Iterator[tuple[str, Span]]]]:
    """Each word of ``doc`` with the clause it reports as a reporting verb, or else with its
    complements that may be reported content (what the learnt model decides on)."""
    for tok in doc:
        if is_cue(tok) or is_according_to(tok):
            span = reported_clause(tok)
            if span is not None:
                yield tok, span
                continue
        yield tok, _complements(tok)


def postposed_reports(doc: Doc) -> Iterator[tuple[Token, Token, Span]]:
    """(cue, speaker head, character span of the content) for each sentence that ends with its
    reporting clause, the subject after the verb: "La Morévie et le Karsland ont accepté de
    reprendre les négociations, a annoncé jeudi l'émissaire", "..., a-t-il soutenu", "...,
    indique l'entreprise dans un communiqué". The small French parser often makes nothing of such
    a sentence, so the words after a comma decide, whatever the parse. Only in a language that
    lists the words that may stand between such a verb and its subject
    (``data/<lang>/postposed_subject_words.txt``)."""
    between = _postposed_subject_words()
    if not between:
        return
    start = 0
    for tok in doc:  # sentences by their final stop: the parser may break one at the comma
        if tok.text in (".", "!", "?", "…") or tok.i == len(doc) - 1:
            found = _postposed(doc, start, tok.i + 1, between)
            if found is not None:
                yield found
            start = tok.i + 1


@per_language
def _postposed_subject_words() -> frozenset[str]:
    return optional_words(None, "postposed_subject_words.txt")


def _postposed(doc: Doc, start: int, end: int,
               between: frozenset[str]) -> tuple[Token, Token, Span] | None:
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if start < end and doc[start].text in MARK_CHARS:
        return None  # a sentence opening a quotation: the quote's own cue finds it
    for comma in range(start + 3, end - 1):
        if doc[comma].text != ",":
            continue
        j = comma + 1
        while j < end and (doc[j].pos_ == "AUX" and not is_cue(doc[j])
                           or doc[j].text.startswith("-")):
            j += 1  # "a", "a-t-il": the auxiliary and an inverted pronoun ("fait valoir": a cue)
        if j >= end or not is_cue(doc[j]) or doc[j].text.startswith("-"):
            continue
        verb = doc[j]
        if j == comma + 1 and "Part" in verb.morph.get("VerbForm", []):
            return None  # "la fermeture de la piscine, annoncée par le maire": no report
        if j == comma + 1 and "Inf" in verb.morph.get("VerbForm", []) and (
            verb.lower_ == verb.lemma_.lower()
        ):  # "a vu le Tribunal, siégeant à X, confirmer l'amende": the verb's infinitive (its
            continue  # lemma as written: not "promet", tagged one), no report after its clause
        opening = max((k for k in range(start, comma) if doc[k].text == ","), default=None)
        if opening is not None and (is_relative_pronoun(doc[opening + 1]) or (
            doc[opening + 1].lower_ in complementizers() and not is_cue(doc[opening - 1])
        )) and not _has_finite_verb(doc, start, opening):
            continue  # "La ferme X, qui élève ... et vend ..., avait lancé un avis": the
            # comma closes a relative clause set off after the verb's own subject (not
            # "L'argent financera une usine, qui doit ouvrir en 2028, indique la société"); so
            # does one on its object, whatever the tagger made of its pronoun ("X, 71 ans, que
            # tout le village appelle « Y », a repris le comptoir")
        clause_end = next((k for k in range(j + 1, end) if doc[k].text == ","), end)
        if any(t.text in MARK_CHARS for t in doc[j:clause_end]) or not _has_finite_verb(
            doc, start, comma
        ):
            # "..., Dana Korvel, a salué une « étape utile »": its own subject; a later comma
            continue  # may still end the sentence with its report ("..., a confié X")
        subject = clitic_subject(verb)
        if subject is None or subject.i < comma:
            particle = cue_particle(verb)  # "a fait savoir la direction"
            after = particle.i if particle is not None and particle.i > j else j
            subject = _subject_after(doc, after + 1, end, between)
        if subject is None:
            continue
        span = _token_chars(doc, start, comma - 1)
        return (verb, subject, span) if span is not None else None
    return None


def _has_finite_verb(doc: Doc, start: int, end: int) -> bool:
    """A finite verb of its own between ``start`` and ``end``: not one of a relative clause
    ("Me Caroline Dethier, qui représente la famille, réclame une provision" reports nothing)."""
    return any((t.pos_ == "AUX" or (t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm", [])))
               and not _in_relative_clause(t) for t in doc[start:end])


def _in_relative_clause(tok: Token) -> bool:
    """A verb of a relative clause: one the parser called so with a relative pronoun before it
    (not "Des nappes de fuel lourd ont commencé ...", which it called one with none), or one
    whose subject is a relative pronoun."""
    verb = tok.head if tok.pos_ == "AUX" and tok.dep_ != "acl:relcl" else tok  # "qui se fait"
    doc = verb.doc
    return (verb.dep_ == "acl:relcl" and any(
        "Rel" in t.morph.get("PronType", []) for t in doc[verb.left_edge.i : verb.i])) or any(
        "Rel" in c.morph.get("PronType", []) and (
            c.dep_.startswith("nsubj") or c.i == verb.left_edge.i)  # "un hiver où les pistes
        for c in verb.children)  # sont restées vertes": whatever the parser labelled "où"


def _subject_after(doc: Doc, k: int, end: int, between: frozenset[str]) -> Token | None:
    """The head of the subject after a reporting verb: past a few words of time ("jeudi soir",
    "également"), a noun phrase opened by an article or a name; a name in apposition at the
    sentence's end ("l'émissaire spécial de l'OCBF, Henrik Vallgren") rather than its role."""
    skipped = 0
    while k < end and skipped < 3 and (doc[k].lower_ in between or doc[k].pos_ == "ADV" or (
        doc[k].pos_ == "DET" and k + 1 < end and doc[k + 1].lower_ in date_words()
    )):  # ("a annoncé ce mardi le ministère")
        k, skipped = k + 1, skipped + 1
    k = _past_aside(doc, k, end)  # "a expliqué de son côté un guide"
    if k < end and doc[k].lower_ in addressee_prepositions() and doc[k].head.i > k:
        k = phrase_end(doc[k].head) + 1  # "a confié à l'Agence Atlantide un responsable ..."
        while k < end and doc[k].is_title:
            k += 1  # the rest of the addressee's name, however the parser tagged it
    if k >= end:
        return None
    first = doc[k]
    if not (first.pos_ == "PROPN" or first.lower_ in lexicon().determiners
            or first.lower_.endswith(("'", "’")) and first.pos_ == "DET"
            or first.lower_ in lexicon().honorifics):
        return None
    head = next((t for t in doc[k:end] if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None:
        return None
    for comma in range(head.i + 1, end - 1):
        run = doc[comma + 1 : end]
        if doc[comma].text == "," and all(t.pos_ == "PROPN" for t in run):
            return run[0]
    return head


@per_language
def aside_phrases() -> tuple[tuple[str, ...], ...]:
    """Asides that may stand between a reporting verb and its inverted subject ("de son côté",
    "pour sa part"): data/<lang>/aside_phrases.txt, as words."""
    return tuple(tuple(p.split()) for p in optional_words(None, "aside_phrases.txt"))


def _past_aside(doc: Doc, k: int, end: int) -> int:
    for words in aside_phrases():
        if k + len(words) < end and tuple(t.lower_ for t in doc[k : k + len(words)]) == words:
            return k + len(words)
    return k


def candidate_frames(doc: Doc) -> Iterator[tuple[Token, str, Span]]:
    """Every frame occurrence in ``doc``, reported or not (for learning the lexicon)."""
    for tok in doc:
        if tok.pos_ in ("VERB", "NOUN", "AUX"):
            if is_cue(tok) or is_according_to(tok):
                span = reported_clause(tok)
                if span is not None:
                    yield tok, "clause", span
                    continue
            yield from ((tok, f, s) for f, s in _complements(tok))


def _complements(tok: Token) -> Iterator[tuple[str, Span]]:
    if tok.pos_ not in ("VERB", "NOUN") or phrasal_not_speech(tok):
        return
    doc = tok.doc
    second = first_cue_of(tok) is not None  # "said it would oppose the plan and urged the
    # council to ...": the second verb reports a clause, not its appeal's object
    for child in tok.children:
        if child.i < tok.i or (second and child.dep_ != "ccomp"):
            continue
        if child.dep_ == "ccomp" and tok.pos_ == "VERB":
            span = reported_clause(tok)
            if span is not None:
                yield "ccomp", span
        elif child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX") and not any(
            c.dep_ == "auxpass" for c in child.children
        ) and not _told_in_a_headline(tok):  # "asked not to be named" reports nothing
            span = _right_span(doc, child.left_edge.i, child.right_edge.i)
            if span is not None:
                yield "xcomp", span
        elif child.dep_ == "dobj" and tok.pos_ == "VERB" and not _a_sum(child):
            hi = child.right_edge.i
            for sib in tok.children:
                if sib.i > child.i and sib.dep_ in _OBJECT_TAIL:
                    hi = max(hi, sib.right_edge.i)
            if _named(tok, list(doc[child.right_edge.i + 1 : hi + 1])):
                continue  # "Riders have long called the route the "Ghost Line."": a name
            span = _right_span(doc, child.left_edge.i, hi)
            if span is not None:
                yield "dobj", span
        elif child.dep_ == "prep" and child.lower_ in _content_preps():
            objs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                span = _right_span(doc, objs[0].left_edge.i, objs[0].right_edge.i)
                if span is not None:
                    yield f"prep:{child.lower_}", span


@per_language
def naming_words() -> frozenset[str]:
    """Words before quoted words that make them a name or a label ("so-called", "dubbed",
    "call"): data/<lang>/naming_words.txt."""
    return optional_words(None, "naming_words.txt")


def _named(verb: Token, tail: list[Token]) -> bool:
    """A naming verb (data/<lang>/naming_words.txt) whose object is given a proper name in
    quotation marks after it: every quoted word capitalised, and an article before the mark or
    two words at least ("called the route the "Ghost Line."", "called the plan "Operation Clean
    Sweep""); not "called Machado "disgusting"", which is speech."""
    if not verb.is_lower or verb.lemma_.lower() not in naming_words():
        return False  # (not in a headline's title case: "Christie Calls Clinton 'A Disgrace'")
    marks = [t.i for t in tail if t.text in QUOTATION_MARKS]
    if not marks:
        return False
    close = marks[1] if len(marks) > 1 else tail[-1].i + 1
    return proper_name(list(verb.doc[marks[0] : close + 1]))


def proper_name(quoted: Sequence[Token]) -> bool:
    """Quoted words, their marks included, that are a proper name: every word capitalised, and
    an article before the mark or two words at least ("the "Ghost Line."", "Exam Warriors"); an
    article inside the marks may open it ("« le Donjon »")."""
    words = [t for t in quoted if t.is_alpha]
    if len(words) > 1 and words[0].is_lower and words[0].lower_ in lexicon().articles:
        return all(t.text[0].isupper() for t in words[1:])
    if not quoted or not words or any(not t.text[0].isupper() for t in words):
        return False
    first = quoted[0]
    before = first.doc[first.i - 1] if first.i > 0 else None
    return len(words) >= 2 or (before is not None and before.lower_ in lexicon().articles)


def _a_sum(obj: Token) -> bool:
    """"expects revenue of $3.1 billion", "reported net income of $84 million": an object that
    holds a sum of money or a percentage is a figure, not reported speech."""
    return any(t.ent_type_ in _FIGURES for t in obj.subtree)


def _relative_before_its_verb(relative: Token) -> bool:
    """The relative clause sets off a subject whose own verb follows it, after a comma ("The
    council's head of leisure, Owain X, who wrote ..., was not available")."""
    noun = relative.head
    while noun.dep_ in ("appos", "compound") and noun.head is not noun:
        noun = noun.head
    end = relative.right_edge.i
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i > end and (
        end + 1 < len(relative.doc) and relative.doc[end + 1].text == ",")


def reported_clause(tok: Token) -> tuple[int, int] | None:
    """Character span (within the paragraph) of the clause a cue reports, or None."""
    doc = tok.doc
    sent = tok.sent
    if _open_question(tok):
        return None
    if is_according_to(tok):
        phrase = tok.head if tok.dep_ == "case" and tok.head.i > tok.i else tok  # "selon X"
        head = phrase.head
        comma = opening_phrase_end(tok) if phrase is not tok or (
            tok.tag_ == tok.pos_ and source_phrase_end(tok) is not tok  # "À en croire le
        ) else None  # responsable, ...": the phrase's verb, not its noun, heads it
        if comma is None and tok.head.i == tok.i and tok.i == sent.start:
            comma = _source_made_the_root(tok)
        if comma is not None and (head.pos_ not in ("VERB", "AUX") or head.i < comma):
            # "Selon l'entraîneur, ses joueurs ont « enfin compris ... »": the rest of the
            # sentence, whatever the parser made of it (its root "lancé" in "Pour la Gauche
            # sarvazienne, qui a lancé le référendum, ...")
            stop = next((j for j in range(comma + 1, len(doc)) if doc[j].text in ".!?"),
                        len(doc))
            first = next((j for j in range(tok.i + 1, comma) if doc[j].text == ","), comma)
            past_age = comma_past_age(doc, first, stop)  # (the phrase may end past the age)
            aged = past_age != first
            comma = max(comma, past_age)
            comma = (_source_described_after(doc, comma, stop, aged)
                     or _source_named_after(doc, comma, stop)
                     or _relative_after_source(doc, comma, stop)
                     or _participle_after_source(doc, comma, stop) or comma)
            return _token_chars(doc, comma + 1, _right_end(doc, comma + 1, stop))
        if phrase is not tok and comma is None and _closes_sentence(tok, phrase):
            # "Une vanne serait à l'origine de l'incident, selon une source proche du dossier."
            return _token_chars(doc, sent.start, tok.i - 1)
        if head is phrase or head.pos_ not in ("VERB", "AUX") or (
            tok.lower_ in opinion_phrases() and is_cue(head) and any(
                c.dep_.startswith("nsubj") and (c.pos_ == "PROPN" or c.lower_ in lexicon().pronouns)
                for c in head.children)
        ):  # ("Pour Jordan P., il a requis que ...": the clause reports its own speaker; but
            # "According to Yahoo News, Clinton spokesman X said" is what the source reports)
            return None
        acc = list(range(tok.i, comma)) if comma is not None else [t.i for t in phrase.subtree]
        if max(acc) < head.i:
            lo = max(acc) + 1
            commas = [j for j in acc if doc[j].text == "," and j > phrase.i]
            if phrase is tok and commas and commas[-1] < max(acc) and (
                doc[commas[-1] + 1].pos_ != "PROPN"
            ) and not any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in head.children
            ):  # "According to the X Forum, a lobby group, at least 17 children ... have been
                # treated": the verb's subject, that the parser hung from the source
                lo = commas[-1] + 1
            if doc[lo].text == ",":  # "according to its chief executive, Stephen Marlowe, ..."
                aged = any(comma_past_age(doc, j, sent.end) == lo for j in commas)
                lo = comma_past_age(doc, lo, sent.end)
                lo = (_source_described_after(doc, lo, sent.end, aged)
                      or _source_named_after(doc, lo, sent.end)
                      or _relative_after_source(doc, lo, sent.end)
                      or _participle_after_source(doc, lo, sent.end)
                      or appositive_name_end(doc, lo, sent.end)
                      or (lo if commas or tok.lower_ not in opinion_phrases() else lo - 1)
                      ) + 1  # (past the comma that closes the phrase: "According to her
            # petition, ..."; for an opinion, only a role set off: "Pour le Dr X, vétérinaire à
            # Y, la chaleur ...", not "Mais pour les distributeurs, la poudre ...")
            return _token_chars(doc, lo, _right_end(doc, lo, sent.end, head))
        return _token_chars(doc, sent.start, min(acc) - 1)
    content = _content_head(tok)
    if content is None:
        return _parenthetical(tok) or _as_reported(tok) or _scattered_clause(tok)
    if content.i > tok.i and _relative_on_the_object(tok, content):
        return None
    if content.i > tok.i:
        lo = max(_misattached_subject(tok, content), tok.i + 1)
        particle = cue_particle(tok)
        opener = particle if particle is not None and tok.i < particle.i < content.i else tok
        k = _complementizer_after(opener)
        if k is not None and lo <= k < content.i and (
            content.left_edge.i <= tok.i or any(doc[m].text == "," for m in range(lo, k))
        ):  # "a fait savoir par écrit qu'elle imposerait": the clause the parser made the
            lo = k + 1  # sentence's root starts after its complementizer, not at the cue's
            # particle; so does one after an aside set off by commas ("a indiqué, dans un
            # mémorandum remis au préfet, que"), which the parser hung on the clause
        if doc[lo].lower_ in complementizers() and lo < content.i and (
            content.i == tok.head.i or (content.dep_.startswith("acl") and content.head.i < lo)
        ):  # (the clause's verb heads the cue, or the parser hung the clause on the aside's
            lo += 1  # noun before it: its complementizer is no content)
        hi = _right_end(doc, content.right_edge.i + 1, sent.end)
        hi = min(hi, next((j - 1 for j in range(lo + 1, hi) if doc[j].text == "," and (
            (is_cue(doc[j + 1]) and doc[j + 1].tag_ == "VBG"
             and any(c.dep_ == "ccomp" for c in doc[j + 1].children))
            or _second_report(doc, j, hi))), hi))  # "has said he will challenge it, insisting
        # that ...": the participle reports its own clause, whatever the parser hung it from
        # (not "..., asking him to intervene")
        hi = min(hi, next((j - 1 for j in range(lo + 2, hi) if _second_cue(tok, doc, j)), hi))
        relative = next((a for a in (tok, *tok.ancestors) if a.dep_ == "relcl"), None)
        if relative is not None and relative.right_edge.i >= content.right_edge.i and (
            _relative_before_its_verb(relative)
        ):
            hi = min(hi, relative.right_edge.i)  # "X, who wrote in March to say the season
            # would go ahead, was not available": the relative clause ends the report
        if tok.dep_ == "advcl" and tok.head.i > tok.right_edge.i and content.i != tok.head.i:
            # "Noting that A, Schlafly put ...": the words after the cue's phrase are its
            # head's clause, not what it reports
            hi = min(hi, tok.right_edge.i)
        return _token_chars(doc, lo, min(hi, _sentence_stop(doc, lo, hi)))
    if any(t.text == ";" for t in doc[content.i + 1 : tok.i]):
        return None  # "... doses discarded after cold-chain failure; probe ordered": a clause
        # a semicolon closes is none a verb after it reports
    subj = subject_of(tok)
    boundary = tok.i
    if subj is not None and subj.i < tok.i:
        boundary = min(boundary, subj.left_edge.i)
    lo = min(sent.start, content.left_edge.i) if content.left_edge.i >= sent.start else sent.start
    commas = [j for j in range(content.i + 1, boundary) if doc[j].text == ","]
    hi = commas[-1] - 1 if commas else boundary - 1
    return _token_chars(doc, lo, hi)


def _relative_on_the_object(tok: Token, content: Token) -> bool:
    """"a glissé dans un carton le vieux tampon de la gare, qu'elle compte offrir à la commune":
    a clause opened by a complementizer after a comma right after the verb's own object, a
    thing, is a relative clause on that object, which the parser took for what the verb
    reports (not "told Gwen X, 58, that", nor "a informé le club, le 12 juin, qu'il")."""
    doc = tok.doc
    mark = next((c for c in content.children if c.dep_ == "mark" and c.i < content.i
                 and c.lower_.replace("’", "'") in complementizers()), None)
    return mark is not None and doc[mark.i - 1].text == "," and any(
        c.dep_ in ("obj", "dobj") and tok.i < c.i and c.right_edge.i == mark.i - 2
        and c.pos_ in ("NOUN", "ADJ") and not c.ent_type_ for c in tok.children)


def _source_made_the_root(tok: Token) -> int | None:
    """"According to the Eastern Bays Housing Trust, a charity that ..., at least six holiday
    parks ... have stopped": the comma after the source's phrase, where the parser made
    "According" the sentence's root and hung the report on the source."""
    doc = tok.doc
    source = next((c for c in tok.subtree if c.dep_ == "pobj" and c.head.head.i == tok.i), None)
    if source is None or source.i + 1 >= len(doc) or doc[source.i + 1].text != ",":
        return None
    return source.i + 1


def _source_described_after(doc: Doc, comma: int, stop: int, aged: bool = False) -> int | None:
    """"According to the Rural Roads Alliance, a campaign group set up by parents ..., more than
    900 miles ... have been dropped", "Selon Marc X, un éleveur installé à Y, les loups ont
    tué ...": a noun phrase an indefinite article opens right after the source's comma, with no
    verb of its own but in a relative clause, closed by a comma before a subject and its verb,
    describes the source; the comma that closes it, where the report starts (not "According to
    police, a man, 45, was arrested": no subject of its own after the second comma). So does a
    bare occupation ("D'après Luc X, restaurateur de manèges à Liège, qui ..., le carrousel
    est"), and an office after a definite article when a name comes right before it ("D'après
    Adama X, le trésorier du club, 212 000 FCFA ont été réunis"; not after a body, whose
    definite noun phrase writers keep in the report as often as not: "Selon la préfecture, la
    réunion ... se tiendra"). After a person's age (``aged``) any bare noun phrase describes
    them ("Pour Moussa X, 19 ans, milieu de terrain de l'ASC Y, qui ..., la suspension")."""
    if comma + 3 >= stop:
        return None
    opening = doc[comma + 1]
    bare = opening.is_lower and opening.pos_ in ("NOUN", "ADJ", "VERB") and (
        aged or _names_a_source(opening))  # ("étudiante en soins infirmiers", a verb for the
    # tagger)
    definite = opening.lower_ in lexicon().articles and (
        opening.lower_ not in indefinite_articles()) and doc[comma + 2].is_lower and (
        _names_a_source(doc[comma + 2])) and doc[comma - 1].is_title
    if opening.lower_ not in indefinite_articles() and not bare and not definite:
        return None
    close = next((j for j in range(comma + (2 if bare else 3), stop) if doc[j].text == ","),
                 None)
    if close is None:
        return None
    if close + 1 < stop and is_relative_pronoun(doc[close + 1]):
        close = next((j for j in range(close + 2, stop) if doc[j].text == ","), stop)
        if close >= stop:  # (the description's own relative clause, up to its comma)
            return None
    described = doc[comma + 1 : close]
    relative = next((t.i for t in described if is_relative_pronoun(t)), close)
    if any(_finite(t) for t in doc[comma + (2 if bare else 1) : relative]):
        return None
    if not aged and not any(_names_a_source(t) for t in takewhile(
        lambda t: t.pos_ != "ADP", described if bare else described[1:]
    )):
        return None  # a person or a body, not "Selon la préfecture, une réunion avec les élus,
        # la direction et les syndicats se tiendra", an enumeration
    return close if _subject_and_verb_after(doc, close, stop) else None


def _source_named_after(doc: Doc, comma: int, stop: int) -> int | None:
    """"Selon le maître fondeur, Luc X, dont la famille coule des cloches depuis 1860, trois
    cloches ont dû être refondues": a person's name set off after the source's office, with or
    without a relative clause after it, describes the source; the comma that closes it, where
    the report starts, when a subject and its verb follow."""
    close = appositive_name_end(doc, comma, stop) or next(
        (e.end for e in doc.ents if e.start == comma + 1 and e.label_ in ("PER", "PERSON")
         and e.end < stop and doc[e.end].text == "," and doc[comma - 1].pos_ in ("NOUN", "ADJ")),
        None)  # (the office's last word an adjective for the tagger: "le maître fondeur")
    if close is None:
        return None
    if close + 1 < stop and (is_relative_pronoun(doc[close + 1])
                             or doc[close + 1].lower_ in complementizers()):
        close = next((j for j in range(close + 2, stop) if doc[j].text == ","), stop)
        # ("Pour le propriétaire, Dieudonné X, que tout le quartier appelle « Papa », ...")
    elif close < stop and doc[close].text == ",":  # "Pour sa présidente, Mathilde X,
        close = _source_described_after(doc, close, stop) or close  # étudiante à Namur, une"
    return close if close < stop and _subject_and_verb_after(doc, close, stop) else None


def _relative_after_source(doc: Doc, comma: int, stop: int) -> int | None:
    """"D'après Luc X, restaurateur de manèges à Liège, qui a expertisé le manège en 2019, le
    carrousel est ...": a relative clause set off after the source's phrase describes the source;
    the comma that closes it, where the report starts, when a subject and its verb follow."""
    if comma + 2 >= stop or not (is_relative_pronoun(doc[comma + 1])
                                 or doc[comma + 1].lower_ in complementizers()):
        return None  # (or "que" the tagger made a conjunction: "Pour le propriétaire, X, que
        # tout le quartier appelle « Papa », la mairie ...")
    close = next((j for j in range(comma + 2, stop) if doc[j].text == ","), stop)
    return close if close < stop and _subject_and_verb_after(doc, close, stop) else None


def _participle_after_source(doc: Doc, comma: int, stop: int) -> int | None:
    """"D'après le bureau d'ingénieurs X, mandaté en urgence par la commune, le talus est ...":
    a past participle's phrase set off after the source describes the source; the comma that
    closes it, where the report starts, when a subject and its verb follow."""
    if comma + 2 >= stop or not (
        "Part" in doc[comma + 1].morph.get("VerbForm", []) and (
            "Past" in doc[comma + 1].morph.get("Tense", []) or doc[comma + 1].tag_ == "VBN")
    ):
        return None
    close = next((j for j in range(comma + 2, stop) if doc[j].text == ","), stop)
    return close if close < stop and _subject_and_verb_after(doc, close, stop) else None


def _subject_and_verb_after(doc: Doc, close: int, stop: int) -> bool:
    """A subject and its finite verb after the comma ``close``, nothing set off between them
    (not "Selon les gendarmes, un homme, âgé de 45 ans, a été interpellé", nor "..., un couple
    de hiboux niche dans la paroi de X, précisément là où ..."; but "at least six parks have
    stopped")."""
    verb = next((t for t in doc[close + 1 : stop] if _finite(t)), None)
    subject = list(doc[close + 1 : verb.i]) if verb is not None else []
    opening = subject[0].pos_ if subject else ""
    return not (opening not in ("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ") and not (
        opening in ("ADP", "ADV") and any(t.pos_ == "NUM" for t in subject[:4])
    ) or (
        not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in subject)
    ) or any(t.text == "," or is_relative_pronoun(t) or t.pos_ == "SCONJ" for t in subject))


def _names_a_source(tok: Token) -> bool:
    """An occupation, an organisation noun or a noun for a person ("éleveur", "group")."""
    lex = lexicon()
    return any(w in lex.occupations or w in lex.organisation_nouns or w in person_nouns()
               for w in (tok.lemma_.lower(), tok.lower_, tok.lower_.rsplit("-", 1)[-1]))
    # ("éco-conseillère": the compound's last word)


def _finite(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm", [])


def _open_question(tok: Token) -> bool:
    """"appelés aux urnes pour dire s'ils acceptent ...", "refused to say whether she would
    resign": a reporting verb in the infinitive before an indirect question
    (data/<lang>/open_question_words.txt) reports nothing anyone said."""
    if "Inf" not in tok.morph.get("VerbForm", []) or tok.i + 1 >= len(tok.doc):
        return False
    return tok.doc[tok.i + 1].lower_ in _open_question_words()


@per_language
def _open_question_words() -> frozenset[str]:
    return optional_words(None, "open_question_words.txt")


def _second_report(doc: Doc, comma: int, end: int) -> bool:
    """"said hospital parking "should be free" for everyone, and Health Secretary Sian Morgan
    told the Senedd she had ...": after a comma and a conjunction, a clause of its own whose verb
    reports what its named subject said ends the first report, wherever the parser hung it."""
    if comma + 2 >= end or doc[comma + 1].dep_ != "cc":
        return False
    for verb in doc[comma + 2 : end]:
        if verb.dep_ == "conj" and is_cue(verb) and any(c.dep_ == "ccomp" for c in verb.children):
            subj = subject_of(verb)
            return subj is not None and subj.i > comma and subj.pos_ == "PROPN"
    return False


def _second_cue(cue: Token, doc: Doc, cc: int) -> bool:
    """"said in a statement it would oppose the application and urged the council to ...": a
    conjunction, then the cue's second verb (``cue_s_second_verb``: a reporting verb with no
    subject in the cue's own tense and form, after a modal or copular clause), ends the first
    report; what the second verb says is no part of it."""
    if doc[cc].pos_ != "CCONJ" or cc + 1 >= len(doc):
        return False
    verb = next((t for t in doc[cc + 1 : cc + 4] if t.pos_ != "AUX"), None)
    return cue_s_second_verb(cue, doc[cc + 1]) or (
        verb is not None and (cue_s_second_report(cue, verb) or cue_s_second_act(cue, verb)))


def _closes_sentence(tok: Token, phrase: Token) -> bool:
    """"..., selon X.": the phrase follows a comma and runs to the end of the sentence."""
    doc, sent = tok.doc, tok.sent
    rest = doc[phrase.right_edge.i + 1 : sent.end]
    return tok.i > sent.start + 3 and doc[tok.i - 1].text == "," and all(
        t.is_punct or t.is_space for t in rest)


def _as_reported(tok: Token) -> tuple[int, int] | None:
    """"As Breitbart News reported, the White House was refusing ...": the main clause."""
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return None
    doc, sent = tok.doc, tok.sent
    left, right = tok.left_edge.i, tok.right_edge.i
    if left == sent.start and right + 1 < sent.end:
        return _token_chars(doc, right + 1, sent.end - 1)
    if left > sent.start and right + 1 >= sent.end - 1 and doc[left - 1].text == "," and not any(
        c.dep_ in ("dobj", "obj") for c in tok.children
    ):  # not "wept as Forbes described her son's final moments": a time, and what she described
        return _token_chars(doc, sent.start, left - 1)
    return None


def _parenthetical(tok: Token) -> tuple[int, int] | None:
    """"Climate change, Mr. Obama often says, is the greatest threat": a cue set off by commas
    inside the sentence it reports reports the whole sentence."""
    if tok.dep_ != "parataxis" or tok.head.i < tok.i:
        return None
    doc, sent = tok.doc, tok.sent
    subj = subject_of(tok)
    left = min(tok.i, subj.left_edge.i) if subj is not None else tok.i
    if left <= sent.start + 1 or tok.i + 1 >= sent.end:
        return None
    if doc[left - 1].text != ",":
        return None
    return _token_chars(doc, sent.start, sent.end - 1)


def _told_in_a_headline(tok: Token) -> bool:
    """"Cafe owner told to paint over pink shopfront": a headline's verb whose object is the
    audience (data/<lang>/addressee_verbs.txt), with no object, is a passive without its
    auxiliary: its subject was told, and said nothing."""
    return tok.lemma_.lower() in _addressee_verbs() and is_heading(tok.doc) and not any(
        c.dep_ in ("dobj", "dative", "obj", "iobj") for c in tok.children)


@per_language
def _addressee_verbs() -> frozenset[str]:
    """Reporting verbs whose object is the audience, not the subject of what they report:
    data/<lang>/addressee_verbs.txt."""
    return optional_words(None, "addressee_verbs.txt")


def _misattached_subject(tok: Token, content: Token) -> int:
    """Where the reported clause starts. "insisted her side are not finished": the parser makes
    "her side" the verb's object; an object right before the clause is the clause's subject
    (except after tell, warn, ...: "told reporters the talks were over")."""
    lo = content.left_edge.i
    if lo < content.i and content.doc[lo].lower_ in complementizers() and (
        content.doc[lo].pos_ == "ADV"
        or (content.doc[lo].pos_ == "SCONJ" and content.doc[lo].dep_ != "mark")
    ):
        lo += 1  # "qu'une réunion se tiendrait": a complementizer the tagger made an adverb
        # (or the parser an object)
    if tok.lemma_.lower() in _addressee_verbs():
        return lo
    for child in tok.children:
        if child.dep_ in ("dobj", "obj") and tok.i < child.i < content.i and (
            child.right_edge.i + 1 == lo and (
                child.dep_ == "dobj" or child.left_edge.lower_ in complementizers())
        ):  # ("a annoncé qu'une réunion avec l'association se tiendrait": "réunion" its object)
            first = child.left_edge
            return first.i + 1 if first.lower_ in complementizers() else first.i
    return lo


def _content_head(tok: Token) -> Token | None:
    if subject_of_when_clause(tok) is not None:
        return None  # '"...," said the father of six when met at the jetty'
    clauses = [c for c in tok.children if c.dep_ == "ccomp" and not _comparison(c)]
    if clauses:
        right = [c for c in clauses if c.i > tok.i]
        return right[0] if right else clauses[-1]
    misattached = _clause_under_prep(tok)
    if misattached is not None:
        return misattached
    particle = cue_particle(tok)
    if particle is not None and particle.pos_ == "VERB":  # "a fait savoir qu'il recevrait"
        clauses = [c for c in particle.children if c.dep_ == "ccomp" and c.i > particle.i]
        if clauses and manner_participle(clauses[0]):  # "a fait savoir par écrit qu'elle
            clauses = [c for c in clauses[0].children if c.dep_ == "ccomp"] or clauses  # ...":
            # the clause the parser hung on "écrit", not "écrit"
        if clauses:
            return clauses[0]
        after = _clause_after_complementizer(particle, verbal="Fin" in tok.morph.get(
            "VerbForm", []) or any(c.dep_.startswith("aux") and c.i < tok.i for c in tok.children)
            or (tok.i > 0 and tok.doc[tok.i - 1].pos_ == "AUX")
        ) if particle.i > tok.i else None  # (the cue a verb by its form or its auxiliary,
        # whatever the parser hung it from: "La Municipalité, qui ..., a fait savoir par écrit
        # qu'elle", "Le Groupement, qui ..., fait valoir dans un communiqué que")
        if after is not None:  # "a fait savoir dans la foulée qu'elle marcherait"
            return after
    if particle is not None and particle.lower_ == "to":
        for child in particle.children:
            if child.dep_ == "pobj":
                return child
    if tok.dep_ == "parataxis" and tok.head.pos_ in ("VERB", "AUX") and tok.head.i < tok.i:
        after = _clause_after_complementizer(tok)  # "..., « Le Ciel confisqué », a assuré que
        return after if after is not None else tok.head  # la loi serait ...": its own clause
    if trailing_cue_of_its_content(tok):
        return tok.head
    return _clause_after_complementizer(tok)



# What a verb the parser read as a verb hangs by.
_VERBAL_DEPS = frozenset({"ROOT", "advcl", "ccomp", "conj", "parataxis", "xcomp"})


def _verb_made_modifier_outside_a_source(tok: Token) -> bool:
    """A finite verb the parser hung as a modifier (``cues.finite_verb_made_modifier``), with no
    source phrase before it in its sentence: not "D'après un membre de la délégation, Tesko
    exigera que", what the source reports."""
    return finite_verb_made_modifier(tok) and not any(
        is_according_to(t) for t in tok.doc[tok.sent.start : tok.i])


def _clause_after_complementizer(tok: Token, verbal: bool = False) -> Token | None:
    """"en rappelant que le taux ... dépassait « ... »": a cue followed by its complementizer
    reports the clause the complementizer opens, however the parser attached that clause (it
    took "dépassait" for a noun); ``verbal`` when the cue is known to be a verb whatever the
    parser hung it from."""
    doc = tok.doc
    if not verbal and tok.dep_ not in _VERBAL_DEPS and not present_before_quote(tok) and not (
        _verb_made_modifier_outside_a_source(tok)
    ):
        return None  # a word the parser hung elsewhere is no verb of its own; but "Le syndicat
        # juge que" (a listed present form right after its subject) and "L'association estime
        # de son côté que" (a finite verb hung as a modifier) are
    k = _complementizer_after(tok)
    if k is None:
        return None
    if doc[k].pos_ == "PRON" and doc[k].head.pos_ == "VERB" and doc[k].head.i > k and (
        "Fin" in doc[k].head.morph.get("VerbForm", [])
    ):  # "qu'elle marcherait", the complementizer taken for a relative pronoun
        return doc[k].head
    if doc[k].pos_ == "SCONJ" and doc[k].dep_ != "mark" and (
        doc[k].head.pos_ == "VERB" or any(c.dep_.startswith("aux") for c in doc[k].head.children)
    ) and (
        doc[k].head.i > k and doc[k].head.sent.start == tok.sent.start
    ):  # "a assuré de son côté qu'il n'avait jamais touché", the parser's object of a clause
        return doc[k].head  # it hung on "côté" (or on the clause's verb it took for a name
        # after its auxiliary: "estime de son côté que la mairie a réagi « tard »")
    if doc[k].pos_ == "SCONJ" and doc[k].head.i == tok.i and doc[k].dep_ != "mark":
        noun = next((c for c in doc[k].children if c.i == k + 2 and c.pos_ == "NOUN"), None)
        if noun is not None and any(  # "Elle promet que les pieds qui ont gardé leurs racines
            t.pos_ == "VERB" and t.dep_ == "conj" and "Fin" in t.morph.get("VerbForm", [])
            and t.head.dep_ == "acl:relcl" for t in noun.subtree  # « repartiront »": the
        ):  # clause's subject hung on the complementizer, its verb on the subject's relative
            return noun
    if doc[k].dep_ != "mark":  # "a indiqué qu'une réunion se tiendrait": the complementizer
        if doc[k].pos_ not in ("ADV", "SCONJ") and not (
            doc[k].pos_ == "PRON" and doc[k].tag_ == doc[k].pos_ and k > tok.i + 1
        ):  # tagged an adverb, or a pronoun after an aside ("a annoncé dans un communiqué
            return None  # qu'une amende serait infligée"), or hung on the noun after it as the
            # clause's modifier (not "Having said that, there are ...")
        clause = next((c for c in tok.children if c.i > k and c.dep_ == "advcl"
                       and c.pos_ == "VERB" and "Inf" not in c.morph.get("VerbForm", [])
                       and not any(t.text in (",", ";", ":") for t in doc[k + 1 : c.i])), None)
        if clause is None:  # "a assuré qu'une entreprise de maçonnerie interviendrait ...": the
            clause = next((c for c in tok.children if c.i > k and c.dep_ in ("obj", "dobj") and any(
                g.pos_ == "VERB" and g.dep_ == "acl" and "Fin" in g.morph.get("VerbForm", [])
                for g in c.children)), None)  # clause's subject, the parser's object
        if clause is None:  # "a annoncé dans un communiqué qu'une amende serait infligée":
            clause = next((g for m in range(tok.i + 1, k) for g in doc[m].children  # the clause
                           if g.i > k and g.pos_ == "VERB" and g.dep_.startswith("acl") and (
                               "Fin" in g.morph.get("VerbForm", [])  # hung on the aside's noun
                               or any(a.dep_.startswith("aux") for a in g.children))
                           and not any(t.text in (",", ";", ":") for t in doc[k + 1 : g.i])),
                          None)
        if clause is None and tok.dep_ == "advcl" and tok.head.i > k and (
            tok.head.pos_ == "VERB" and tok.head.sent.start == tok.sent.start
        ):  # "a indiqué qu'une campagne ... serait lancée", the cue hung on the clause's verb
            clause = tok.head
        return clause
    head = doc[k].head
    return head if head.i > k and head.sent.start == tok.sent.start else None


def _complementizer_after(tok: Token) -> int | None:
    """Where the complementizer right after a cue is, past an adverb, a date, an addressee or
    an aside ("a annoncé jeudi que", "a rappelé aux candidats que", "assure de son côté que")."""
    doc = tok.doc
    k = tok.i + 1
    days = date_words()
    while k < min(len(doc), tok.i + 3) and doc[k].lower_ not in complementizers() and (
        doc[k].pos_ == "ADV" or doc[k].lower_ in days
        or (doc[k - 1].lower_ in days and doc[k].pos_ == "NOUN" and doc[k].is_lower)
    ):
        k += 1  # "a annoncé jeudi que ...", "a assuré lundi soir que"
    if k < len(doc) and doc[k].text == ",":  # "a fait savoir, dans un mémorandum remis au
        j = next((m for m in range(k + 2, min(len(doc) - 1, k + 16)) if doc[m].text == ","),
                 None)  # préfet, que ...": an aside set off by commas, with no verb of its own
        if j is not None and doc[j + 1].lower_ in complementizers() and not any(
            t.pos_ == "AUX" or "Fin" in t.morph.get("VerbForm", []) or t.text in MARK_CHARS
            for t in doc[k + 1 : j]
        ):
            k = j + 1
    if k < len(doc) and tok.lemma_.lower() in _addressee_verbs() and doc[k].pos_ == "DET":
        j = k + 1  # "a informé mardi les commerçants que ...": the audience, the verb's object
        while j < min(len(doc), k + 5) and doc[j].pos_ in ("NOUN", "PROPN", "ADJ"):
            j += 1
        k = j if j > k + 1 and j < len(doc) and doc[j].lower_ in complementizers() else k
    if k < len(doc) and doc[k].pos_ == "ADP" and doc[k].lower_ in addressee_prepositions():
        j = k + 1  # "a rappelé aux candidats que ...": whom it was said to
        while j < min(len(doc), k + 5) and doc[j].pos_ in ("DET", "NOUN", "PROPN", "ADJ"):
            j += 1
        if j > k + 1 and j < len(doc) and "Part" in doc[j].morph.get("VerbForm", []):
            m = j + 1  # "aux parents réunis dans le préau que": the audience's participle
            while m < min(len(doc), j + 5) and doc[m].pos_ in ("ADP", "DET", "NOUN", "ADJ"):
                m += 1
            j = m if m > j + 1 and m < len(doc) and doc[m].lower_ in complementizers() else j
        k = j if j < len(doc) and doc[j].lower_ in complementizers() else k
    if k < len(doc) and doc[k].pos_ == "ADP" and doc[k].lower_ not in complementizers():
        j = k + 1  # "assure de son côté que ...", "a fait savoir dans la foulée qu'elle ...":
        while j < min(len(doc), k + 6) and (doc[j].pos_ in ("DET", "NOUN", "ADJ") or (
            doc[j].lower_ in belonging_prepositions() and doc[j - 1].pos_ == "NOUN"
            and j + 1 < len(doc) and doc[j + 1].pos_ in ("DET", "NOUN")
        )):  # an aside between the verb and its clause ("a indiqué par voie de communiqué
            j += 1  # qu'il")
        if j > k + 1 and j + 1 < len(doc) and doc[j - 1].pos_ == "NOUN" and (
            doc[j].pos_ == "ADP" and doc[j].lower_ in addressee_prepositions()
        ):  # "a indiqué dans un courrier aux habitants qu'elle": whom the aside's letter went to
            m = j + 1
            while m < min(len(doc), j + 4) and doc[m].pos_ in ("DET", "NOUN", "ADJ"):
                m += 1
            j = m if m > j + 1 and m < len(doc) and doc[m].lower_ in complementizers() else j
        elif j > k + 1 and j + 2 < len(doc) and doc[j - 1].pos_ == "NOUN" and (
            doc[j].pos_ == "VERB" and "Part" in doc[j].morph.get("VerbForm", [])
        ):  # "rappelle dans un courrier versé au dossier que": the aside's own participle
            m = j + 1  # ("précise dans une note placardée à l'entrée de la mosquée que")
            while m < min(len(doc), j + 8) and doc[m].pos_ in ("ADP", "DET", "NOUN", "ADJ"):
                m += 1
            j = m if m > j + 1 and m < len(doc) and doc[m].lower_ in complementizers() else j
        if j == k + 1 and j + 1 < len(doc) and manner_participle(doc[j]):
            j += 1  # "a fait savoir par écrit qu'elle"
            k = j if doc[j].lower_ in complementizers() else k
        k = j if j > k + 1 and j < len(doc) and doc[j].lower_ in complementizers() and any(
            doc[m].pos_ == "NOUN" and (_oblique(doc[m]) or (
                doc[m].dep_ in ("nmod", "amod") and doc[m].tag_ == doc[m].pos_))
            for m in range(k + 1, j)
        ) else k  # the aside's noun hangs from the verb ("sur la radio nationale", "pour sa
        # part", which the parser may hang on the subject); not "to rule out the possibility
        # that ..."
    if k >= len(doc) or doc[k].lower_ not in complementizers():
        return None
    return k


def _scattered_clause(tok: Token) -> tuple[int, int] | None:
    """"Il estime que les fusions imposées « d'en haut » affaiblissent la démocratie locale":
    a complementizer the parser hung straight on the cue as punctuation (or as an adverb:
    "assure toutefois que le groupe « reste attaché à la Suisse »"), the clause's words
    scattered under it, still opens what the cue reports, to the end of the sentence (or a
    colon: what follows it is the writer's), when a finite verb follows it there."""
    if tok.dep_ != "ROOT" or tok.pos_ != "VERB":
        return None
    k = _complementizer_after(tok)
    doc, end = tok.doc, tok.sent.end
    if k is None or doc[k].head != tok or doc[k].dep_ not in ("punct", "advmod") or (
        doc[k].pos_ != "SCONJ"
    ):
        return None
    end = next((t.i for t in doc[k + 1 : end] if t.text in (":", ";")), end)
    if not any("Fin" in t.morph.get("VerbForm", []) for t in doc[k + 1 : end]):
        return None
    return _token_chars(doc, k + 1, end - 1)


def _comparison(clause: Token) -> bool:
    """"a lancé le ballon aussi loin qu'il le pouvait": a clause whose complementizer follows a
    comparative adverb (``data/<lang>/comparatives.txt``) compares; it reports nothing."""
    doc = clause.doc
    marks = [c for c in clause.children if c.dep_ == "mark" and c.i < clause.i]
    if not marks or marks[0].i < 2:
        return False
    return any(doc[k].lower_ in _comparatives() for k in range(marks[0].i - 2, marks[0].i))


@per_language
def _comparatives() -> frozenset[str]:
    return optional_words(None, "comparatives.txt")


def _clause_under_prep(tok: Token) -> Token | None:
    """"said in a statement that ...": the parser often hangs the that-clause on the noun (in
    universal dependencies the noun itself is the verb's "obl": "a estimé dans un communiqué
    que ...", even where it calls the noun the object: "a indiqué par courriel qu'aucune ...")."""
    for obl in tok.children:
        if _oblique(obl) and obl.i > tok.i:
            for clause in obl.children:
                if clause.dep_ in ("acl", "ccomp", "acl:relcl") and any(
                    m.dep_ == "mark" and m.lower_ in complementizers() for m in clause.children
                ):
                    return clause
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.i < tok.i:
            continue
        found = _that_clause_below(prep, 2)
        if found is not None:
            return found
    return None


def _oblique(tok: Token) -> bool:
    """``tok`` is a verb's oblique: so labelled, or an object with its own preposition (the
    parser's object "courriel" of "a indiqué par courriel")."""
    return tok.dep_.startswith("obl") or (tok.dep_ in ("obj", "xcomp") and any(
        c.dep_ == "case" and c.i < tok.i for c in tok.children))  # (or its "xcomp")


def _that_clause_below(prep: Token, depth: int) -> Token | None:
    """A that-clause hung on the object of ``prep``, or on the object of a preposition inside it
    ("said on a conference call with analysts that ...")."""
    for obj in prep.children:
        for clause in obj.children:
            if clause.dep_ in ("acl", "ccomp", "relcl") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in clause.children
            ):
                return clause
        if depth > 1:
            for inner in obj.children:
                if inner.dep_ == "prep" and inner.i > obj.i:
                    found = _that_clause_below(inner, depth - 1)
                    if found is not None:
                        return found
    return None


def _right_span(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    return _token_chars(doc, lo, _sentence_stop(doc, lo, hi))


def _sentence_stop(doc: Doc, lo: int, hi: int) -> int:
    """The last token before a sentence end the parser ran past ('... battle. "The number ...'),
    or ``hi``."""
    for j in range(lo, hi):
        if doc[j].text in (".", "!", "?") and (
            doc[j + 1].text in MARK_CHARS or doc[j + 1].text[:1].isupper()
        ):
            return j - 1
    return hi


def _right_end(doc: Doc, start: int, sent_end: int, own: Token | None = None) -> int:
    """Last token of a clause reported to the right of its cue: the sentence runs on to its end
    unless a semicolon, "..., adding that", "..., according to" or "..., he said" comes first;
    ``own`` is the verb a source phrase hangs from: when it only has an object ("Selon une
    source, les pirates ont exigé une rançon") it is the content's own verb, not a "he said"
    ("According to her petition, the student had complained about threats": his report), nor
    when it is passive."""
    if own is not None and not (any(c.dep_ in ("obj", "dobj") for c in own.children) and not any(
        c.dep_ in ("ccomp", "xcomp", "prep", "obl:arg") for c in own.children
    )) and not any(c.dep_ in ("aux:pass", "auxpass") for c in own.children):
        own = None  # a passive ("Selon la magistrate, l'argent était glissé ...") says nothing
    for j in range(start, sent_end):
        tok = doc[j]
        if tok.text == ";":
            return j - 1
        if tok.text == "," and j + 1 < sent_end:
            nxt = doc[j + 1]
            if (is_cue(nxt) and nxt.tag_ == "VBG") or is_according_to(nxt):
                return j - 1
            if nxt.pos_ in ("PRON", "PROPN", "DET") and any(
                is_cue(doc[k]) and (own is None or k != own.i)
                for k in range(j + 2, min(j + 5, sent_end))
            ) and nxt.head.i != j - 1:
                return j - 1
    return sent_end - 1


def _token_chars(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    while lo <= hi and (doc[lo].is_space or doc[lo].is_punct and doc[lo].text not in MARK_CHARS
                        or doc[lo].dep_ == "mark" and doc[lo].lower_ in complementizers()):
        lo += 1
    while hi >= lo and (doc[hi].is_space or doc[hi].is_punct and doc[hi].text not in MARK_CHARS):
        hi -= 1
    if hi - lo < 2:
        return None
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


