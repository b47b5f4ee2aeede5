"""Resolving descriptions: "the diplomat", "the Russian envoy", "a person familiar with the
talks", "police", "the ministry", "the club".

A definite description goes to the person whose roles name its head noun, else to the person last
quoted; an indefinite one is a new, unnamed speaker; a plural one a group; an organisation noun
the organisation of that kind the article is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from onrecord.extraction.confidence import CONFIDENCE
from onrecord.extraction.cues import (
    asks_anonymity,
    introducing_prepositions,
    is_according_to,
    mention_tokens,
    pronoun_key,
    source_phrase_end,
)
from onrecord.extraction.entities import (
    Discourse,
    Entity,
    age_adjectives,
    age_after_name,
    age_nouns,
    age_of_description_before,
    age_patterns,
    company_forms,
    elided_particles,
    family_names,
    family_nouns,
    former_words,
    hyphenated_start,
    new_words,
    person_nouns,
    strip_article,
)
from onrecord.extraction.mentions import (
    affiliation,
    description_gender,
    description_text,
    determiner,
    feminine_form,
    indefinite_articles,
    indefinite_description,
    is_plural,
    mention_text,
    named_institution,
    organisation_synonyms,
    partitive_head,
    universal_determiner,
)
from onrecord.gender import first_name_gender
from onrecord.lexicon import lexicon, optional_pairs, optional_words, per_language
from onrecord.names import (
    folded,
    is_distinct_occupation,
    is_title_word,
    role_fields,
    roles_conflict,
)


def resolve_description(d: Discourse, head: Token, pos: int) -> tuple[Entity, float]:
    """The entity a description names, and how sure that is. An age set off after the
    description, or one it gives ("La lycéenne de 17 ans"), becomes that person's
    ("L'associé-gérant, 63 ans, ...": "le sexagénaire")."""
    ent, confidence = _resolve_description(d, head, pos)
    if ent.kind == "person" and ent.age is None:
        ent.age = _age_set_off_after(head) or age_of_description_before(
            head.doc.text, _determined_start(head).idx) or (
            described_age(head) if ent.named and not _indefinite(head) else None)
    return ent, confidence


def _kind_noun_opening(head: Token) -> Token | None:
    """The organisation noun in lower case right after the article that opens the mention of a
    proper name ``head`` ("Le collectif Papye pou tout moun", "moun" the parser's head)."""
    if head.pos_ != "PROPN":
        return None
    toks = mention_tokens(head)
    if len(toks) < 3 or toks[0].pos_ != "DET":
        return None
    kind = toks[1]
    return kind if kind.is_lower and kind.i < head.i and (
        kind.lemma_.lower() in lexicon().organisation_nouns) else None


def _determined_start(head: Token) -> Token:
    """The first word of a description: its head's determiners before it ("le" of "le
    président")."""
    j = head.i
    while j > 0 and head.doc[j - 1].head == head and head.doc[j - 1].dep_ == "det":
        j -= 1
    return head.doc[j]


def _age_set_off_after(head: Token) -> int | None:
    """The age right after the description ``head`` heads, set off by a comma."""
    doc = head.doc
    j = head.i + 1
    while j < min(len(doc), head.i + 6) and doc[j].text != "," and doc[j].pos_ not in (
        "VERB", "AUX", "PUNCT", "PRON", "SCONJ", "CCONJ"
    ):
        j += 1
    if j >= len(doc) or doc[j].text != "," or j + 1 >= len(doc) or not doc[j + 1].like_num:
        return None
    return age_after_name(doc.text[doc[j].idx : doc[j].idx + 12])


def _resolve_description(d: Discourse, head: Token, pos: int) -> tuple[Entity, float]:
    lex = lexicon()
    whole, head = head, partitive_head(head)  # "one of the people" is one of "the people"
    if head is not whole and whole.lower_ in indefinite_articles() and not any(
        e.head == head.lemma_.lower() and e.kind in ("group", "anonymous") for e in d.entities
    ):  # "One of the company's drivers, who asked not to be named, said": one person, new
        return (d.descriptive("person", mention_text(whole), head.lemma_.lower(), "a"),
                CONFIDENCE["description"])
    mention = mention_text(head)
    lemma = head.lemma_.lower()
    kind_noun = _kind_noun_opening(head)
    if kind_noun is not None:  # "Le collectif Papye pou tout moun": the body its kind noun
        lemma = kind_noun.lemma_.lower()  # opens, whatever word of its name the parser made
        # the head
    # "le ministère public" is the parquet, "the Bench" the court
    lemma = organisation_synonyms().get(strip_article(mention).lower(), lemma)
    low = head.lower_
    if lemma not in lex.occupations and low in lex.occupations:
        lemma = low  # "le prévenu" the tagger took for the verb "prévenir"
    joined = hyphenated_start(head.doc, head.i)
    if joined < head.i and head.doc[joined].is_lower:  # "l'entraîneur-chef", split in three
        lemma = f"{head.doc[joined : head.i].text.lower()}{lemma}"
    lemma = _without_former(lemma)  # "l'ex-ministre": who held the office
    former = next((c for c in head.children if c.i < head.i and c.lower_ in former_words()), None)
    if former is not None:  # "L'ancienne lanceuse" may be the coach: a past occupation
        lemma = f"{former.lower_} {lemma}"  # contradicts no present one
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is not None and before.dep_ == "compound" and (
        f"{before.lower_} {lemma}" in lex.occupations
    ):
        lemma = low = f"{before.lower_} {lemma}"  # "the police image maker": a spokesman
    det = determiner(head)
    rank = _sibling_words().get(low)
    if rank is not None and det == "the":
        sibling = d.sibling(rank == "younger", pos)  # (the tagger's gender for "l'aîné" errs)
        if sibling is not None:  # "le cadet" after "Alain Delvigne, 56 ans, et son frère
            sibling.add_alias(mention)  # cadet, Benoît Delvigne, 49 ans,"
            return sibling, CONFIDENCE["description_of_named"]
    decade = (age_nouns().get(lemma) or age_nouns().get(low)
              or age_nouns().get(strip_article(mention).lower()))  # "le vieil homme"
    if decade is not None and not _indefinite(head):
        told = description_gender(head)
        aged = next((e for e in d.by_recency(pos) if e.kind == "person" and e.named
                     and any(p < pos for p in e.positions) and e.has_role_word(lemma)
                     and (told is None or e.gender in (None, told))), None) or (
            d.aged_between(decade[0], decade[1], pos, told))  # (the one the article called
        # so first: "Retiree Goh X, 71," for "the retiree", not the chairman, 64, who spoke
        # last; "le sexagénaire" is not the woman called "la sexagénaire")
        if aged is not None:  # "le quinquagénaire" after "Gérald Vanhoutte-Mersch, 58 ans,"
            aged.add_alias(mention)
            if told is not None and aged.gender != told and aged.gender_source == "first name":
                aged.gender, aged.gender_source = told, "role"  # ("Léonce", "la septuagénaire")
            return aged, CONFIDENCE["description_of_named"]
    counted = _kin_counted(head, lemma) if det == "the" else False
    phrase = strip_article(mention).lower()  # "Gitonga X, a father of six who has traded
    introduced = next((e for e in d.by_recency(pos) if e.kind == "person" and e.named  # since
                       and any(_opens_role(r, phrase) for r in e.roles)), None) if (
        counted) else None  # 1994," for "the father of six", whoever acted last
    if introduced is not None:
        introduced.add_alias(mention)
        return introduced, CONFIDENCE["description_of_named"]
    person = next((ev.entity for ev in reversed(d.events) if ev.entity.kind == "person"
                   and ev.pos < pos), None) if counted else None
    if person is not None and _whose_kin(d, lemma, pos, description_gender(head)) is None:
        gender = description_gender(head)  # "The grandmother of five, who chairs the
        if gender is not None and person.gender in (None, gender):  # association, said": the
            person.add_alias(mention)  # woman the story was just about, by the kin she has
            return person, CONFIDENCE["description_of_named"]  # (unless someone was
            # introduced as her grandchild)
    age = described_age(head) if not _indefinite(head) else None  # "un facteur de 78 ans"
    if age is not None:
        aged = d.aged(age, pos)
        if aged is not None:  # "the 44-year-old" after "Dean Papadakis, 44,"
            aged.add_alias(mention)
            return aged, CONFIDENCE["description_of_named"]
        # an age the article gave some other way ("He's 19"): whom the story is about
        return definite_person(d, mention, lemma, pos, gender=description_gender(head))
    if named_institution(head) and lemma not in lex.occupations:
        return organisation(d, strip_article(mention), lemma, det, pos)
    if lemma in lex.message_nouns and det == "the":
        # "The statement said": the statement someone just made
        for ev in reversed(d.events):
            if ev.spoke and ev.entity.kind in ("person", "organisation"):
                ev.entity.add_alias(mention)
                return ev.entity, CONFIDENCE["description_guess"]
    if (lemma in lex.organisation_nouns or low in lex.organisation_nouns) and not (
        _someone_s_trade(d, low, pos) or _someone_s_trade(d, phrase, pos, listed=False)
    ) or (
        lemma in lex.document_nouns
    ) or (det == "the" and head.tag_ == "NN" and lemma not in lex.occupations
          and not is_title_word(lemma) and org_named_like(d, lemma, pos) is not None):
        # "the trust" after "Northfield Teaching Hospitals NHS Trust"
        if head.tag_ == head.pos_ and head.text[:1].isupper() and not head.is_sent_start and (
            len(strip_article(mention).split()) > 1
        ):  # universal tags: "La Coopérative fruitière du Val-Brun" is a name, not "la ..."
            mention = strip_article(mention)
        elif head.tag_ == head.pos_ and _acronym_after(head, mention):
            mention = strip_article(mention)  # "la direction départementale des territoires
            # et de la mer (DDTM)": a body's name, its acronym given
        if _indefinite(head):  # "One rival operator, who asked not to be named, said": a new
            # one; "A society restoring a tramcar says" in the lede, by its name in the next
            ent = d.descriptive("organisation", mention, lemma, "a", fresh=True)  # paragraph
            ent.introduced = not d.told_after_headline()
            return ent, CONFIDENCE["organisation"]
        return organisation(d, mention, lemma, det, pos)
    described = description_text(head)
    if low in lex.group_nouns or (lemma in lex.group_nouns and head.tag_ == "NNS"):
        org = org_named_like(d, low, pos) if len(mention.split()) <= 2 else None
        if org is not None:
            org.add_alias(mention)
            return org, CONFIDENCE["organisation"]
        kind = "anonymous" if lemma in lex.anonymous_nouns else "group"
        fresh = kind == "group" and mention.split()[0].lower() in _quantifiers()
        return d.descriptive(kind, described, lemma, det, fresh=fresh), CONFIDENCE["description"]
    talking = d.latest_speaker() if mention.lower() in _interviewee_phrases() else None
    if talking is not None and talking.kind == "person" and talking.named:
        talking.add_alias(mention)  # "Selon notre interlocuteur": the one just quoted
        return talking, CONFIDENCE["description_of_named"]
    if lemma in lex.anonymous_nouns or (det in ("a", "an") and lemma in {"official", "aide"}):
        return d.descriptive("anonymous", described, lemma, det), CONFIDENCE["description"]
    if is_plural(head):
        return d.descriptive("group", described, lemma, det), CONFIDENCE["group"]
    gender = description_gender(head)
    if det in ("a", "an"):
        article = next((c for c in head.children if c.dep_ == "det" and c.i == head.i - 1), None)
        if article is not None and head.tag_ == head.pos_:
            # read off the words too ("un père venu de Sainte-Gervaise"): the longer reading
            described = max(described, indefinite_description(article), key=len)
        ent = d.descriptive("person", described, lemma, det, fresh=True)
        ent.affiliation = affiliation(head)
        ent.gender = ent.gender or gender
        # "..., with a judge saying ...": the article may name her later by that office; "A
        # Kilbrannagh grandmother ... has said" in the lede, by her name in the next paragraph
        ent.introduced = not d.told_after_headline()
        return ent, CONFIDENCE["description"]
    parent = _whose_kin(d, lemma, pos, gender) if not _indefinite(head) else None
    if parent is not None:  # "His son Ciaran (20) ... '...,' his father said": the one Ciaran
        parent.add_alias(mention)  # was introduced as the son of, not a new person
        return parent, CONFIDENCE["description_of_named"]
    if _kin_of_someone_unnamed(head, lemma):  # "plaide la mère d'un voltigeur des
        ent = d.descriptive("person", described, lemma, "a", fresh=True)  # Bûcherons": new
        ent.gender = ent.gender or gender
        return ent, CONFIDENCE["description"]
    if _kin_of_someone(head, lemma):
        # "Son voisin, lui, s'en félicite", "her daughter said": someone else, new unless the
        # same words named them before ("à sa fille, Aline Favre-Lugrin": Aline)
        kin = next((e for e in d.by_recency(pos) if e.kind == "person" and e.named
                    and e.has_role_word(lemma)
                    and not (gender and e.gender and e.gender != gender)), None)
        kin = kin or _namesake_kin(d, lemma, pos, gender)
        if kin is not None:
            kin.add_alias(mention)
            return kin, CONFIDENCE["description_of_named"]
        ent = d.descriptive("person", described, lemma, "the")
        ent.gender = ent.gender or gender
        ent.introduced = ent.kin = True  # "the youngster's mum", later "his mum Kerry-Ann
        # Beckford"
        return ent, CONFIDENCE["description"]
    if det == "the" and any(asks_anonymity(c) for c in head.rights):
        # "Un menuisier de 58 ans ... « ... » L'ouvrier, qui a requis l'anonymat, reconnaît":
        # the one who gave no name, not the foreman named beside him
        unnamed = next((e for e in d.by_recency(pos) if e.kind in ("person", "anonymous")
                        and not e.named and e.spoke
                        and not (gender and e.gender and e.gender != gender)), None)
        if unnamed is not None:
            unnamed.add_alias(mention)
            return unnamed, CONFIDENCE["description_guess"]
    span = age_adjective_range(head) if det == "the" else None
    if span is not None:
        aged = d.aged_between(span[0], span[1], pos, gender)
        latest = d.events[-1] if d.events else None
        if aged is not None and latest is not None and (not latest.spoke or not aged.named) and (
            latest.entity.named and latest.entity.age is None
            and max(p for p in aged.positions if p <= pos) < latest.pos
            and (not aged.named  # ("un apprenti de 17 ans avait chuté ... Kevin X a pris la
                 or next((ev.spoke for ev in reversed(d.events) if ev.entity is aged), False))
            and _may_be(latest.entity, lemma, (mention,), gender)  # parole": Kevin, named)
            and not roles_conflict(latest.entity.roles, [lemma])
        ):  # "Le receveur Anthony X, lui, n'en revenait pas. « ... », a admis le jeune
            aged = None  # homme": the one the narrative is about, not the quarterback of 20
            # who spoke before him (but "la championne junior" is not the mayor just named)
        if aged is not None and not aged.occupation_differs(lemma):
            aged.add_alias(mention)  # "le jeune patron" after "Mathieu X, 29 ans", not the
            return aged, CONFIDENCE["description_of_named"]  # older "patron du caseyeur"
    # "Le groupe X a voté le texte. Son porte-parole a salué ...": someone's office holder is
    # not whoever the story was about (the possessor), so no guess
    return definite_person(d, mention, lemma, pos, cataphoric=_introduces(head) or (
        _possessed(head)), gender=gender, contrasted=set_off_by_pronoun(head),
        sentence_end=pos + head.sent.end_char - head.idx)


def _last_described(d: Discourse, ent: Entity, pos: int, gender: str | None) -> bool:
    """``ent``, someone the article described without a name before ``pos``, and no person
    who may be them named since ("une commerçante en a empilé une dizaine. Mariam X, 44 ans,
    ne s'en cache pas" is Mariam)."""
    last = max((p for p in ent.positions if p < pos), default=None)
    return last is not None and not any(
        e.kind == "person" and e.named and not (gender and e.gender and e.gender != gender)
        and any(last < p < pos for p in e.positions) for e in d.entities)


def _someone_s_trade(d: Discourse, word: str, pos: int, listed: bool = True) -> bool:
    """``word``, an occupation that also names firms ("l'horloger" in Swiss business news), is
    the role of a person named before ``pos`` ("X, président du Ski-Club et ancien horloger" ...
    "promet l'ancien horloger"): that person, no firm. With ``listed=False``, any words of two
    or more ("the harness maker" for "X, 61, a harness maker whose shop ...")."""
    if not listed:  # (the role itself, not one of it: "secretary of the festival committee")
        return len(word.split()) > 1 and any(
            e.kind == "person" and any(_opens_role(r, word) for r in e.roles)
            and any(p < pos for p in e.positions) for e in d.entities)
    return word in lexicon().occupations and any(
        e.kind == "person" and e.has_role_word(word) and any(p < pos for p in e.positions)
        for e in d.entities)


def age_adjective_range(head: Token) -> tuple[int, int] | None:
    """The age range an adjective of the description's noun tells ("le jeune patron", "la
    championne junior")."""
    ages = age_adjectives()
    return next((ages[c.lower_] for c in head.children
                 if (c.dep_ == "amod" or (c.dep_ == "nmod" and c.i == head.i + 1 and c.is_lower))
                 and c.lower_ in ages), None)  # ("junior" tagged a name the noun governs)


def set_off_by_pronoun(head: Token) -> bool:
    """"Le joueur, lui, a assuré": a description set off by a stressed pronoun between commas
    sets its person against the one the narrative was just about."""
    doc = head.doc
    end = mention_tokens(head)[-1].i
    return end + 3 < len(doc) and doc[end + 1].text == "," and doc[end + 3].text == "," and (
        pronoun_key(doc[end + 2].lower_) in lexicon().pronouns)


def _without_former(lemma: str) -> str:
    """"ex-ministre" -> "ministre": an office with a prefix that makes its holder a former one
    (data/<lang>/former_prefixes.txt), one word for the tagger."""
    for prefix in _former_prefixes():
        if lemma.startswith(prefix) and len(lemma) > len(prefix) + 2:
            return lemma[len(prefix) :]
    return lemma


@per_language
def _former_prefixes() -> frozenset[str]:
    return optional_words(None, "former_prefixes.txt")


def _retired_from(ent: Entity, lemma: str, mention: str) -> bool:
    """"L'ancien agriculteur" for the person set off as "agriculteur à la retraite": a role
    or job that opens with the past occupation and says it was left (retirement_phrases.txt);
    "l'ancien employé de la voirie" for "un retraité de la voirie": one that opens with a word
    for a retiree and then the description's complement."""
    former, _, past = lemma.partition(" ")
    if not past or former not in former_words():
        return False
    phrases = [folded(p) for p in _retirement_phrases()]
    roles = [folded(role) for role in (*ent.roles, *ent.jobs)]
    if any(role.split()[:len(past.split())] == folded(past).split()
           and any(f" {p}" in f" {role}" for p in phrases) for role in roles):
        return True
    words = folded(strip_article(mention)).split()
    complement = words[2:] if len(words) > 3 and words[0] == folded(former) else []
    return bool(complement) and any(
        role.split()[:1] == [p] and role.split()[1 : 1 + len(complement)] == complement
        for role in roles for p in phrases)


@per_language
def _retirement_phrases() -> frozenset[str]:
    return optional_words(None, "retirement_phrases.txt")


@per_language
def _sibling_words() -> dict[str, str]:
    """Nouns for one of two siblings by rank ("le cadet": the younger),
    data/<lang>/sibling_words.tsv."""
    return {word.lower(): rank.lower() for word, rank in optional_pairs(None, "sibling_words.tsv")}


def is_sibling_word(word: str) -> bool:
    return word.lower() in _sibling_words()


def _indefinite(head: Token) -> bool:
    """The description opens with an indefinite article ("a", "un"): someone new."""
    articles = indefinite_articles()
    return any(c.dep_ in ("det", "nummod") and c.i < head.i and (  # "One rival operator"
        c.lower_ in articles or universal_determiner(c) == "a") for c in head.children) or (
        determiner(head) == "a" and head.i > 0 and head.doc[head.i - 1].lower_ in articles)


def is_family_noun(word: str) -> bool:
    """A noun for close family ("père", "daughter"): data/<lang>/family_nouns.txt."""
    return word.lower() in family_nouns()


def _namesake_kin(d: Discourse, lemma: str, pos: int, gender: str | None) -> Entity | None:
    """"son fils, Kevin Mailloux, ... — ..., a lancé Kevin. — ..., a rétorqué son père": the one
    other person named before who shares the family name of whoever was last in the narrative."""
    if lemma not in family_nouns() or not d.events:
        return None
    possessor = d.events[-1].entity
    if possessor.kind != "person" or not possessor.named:
        return None
    names = family_names(possessor.name)
    kin = [e for e in d.entities if e is not possessor and e.kind == "person" and e.named
           and any(p < pos for p in e.positions) and family_names(e.name) & names
           and not (gender and e.gender and e.gender != gender)]
    return kin[0] if len(kin) == 1 else None


@per_language
def _kin_generations() -> dict[str, int]:
    """Kin nouns and the generation each names ("grandfather" 2, "son" -1):
    data/<lang>/kin_generations.tsv."""
    return {word.lower(): int(n) for word, n in optional_pairs(None, "kin_generations.tsv")}


def _whose_kin(d: Discourse, lemma: str, pos: int, gender: str | None) -> Entity | None:
    """"His grandson, Toby, 12, ... '...,' said the grandfather of seven": the person the
    narrative was about when it introduced someone as their kin of the inverse generation
    (Toby, "His grandson", makes "the grandfather" whoever "His" was), passing over others
    introduced as kin ("Carla Dufresne's daughter, Mia, 12, ..., and her son, Eli, ... the
    mother of two said")."""
    generation = _kin_generations().get(lemma)
    if generation is None:
        return None
    kin = [e for e in d.by_recency(pos)
           if e.kind == "person" and e.named and -generation in _kin_roles(e)]
    for ent in kin:  # the one whose kin role names them first ("Carla Dufresne's daughter")
        first = min(ent.positions)
        owner = d.possessor_in_roles(ent, first)
        if owner is not None and owner is not ent and _may_own(owner, gender):
            return owner
    if not kin:
        return None
    first = min(kin[0].positions)
    return next((ev.entity for ev in reversed(d.events) if ev.pos < first
                 and ev.entity is not kin[0] and _may_own(ev.entity, gender)), None)


def _may_own(ent: Entity, gender: str | None) -> bool:
    """A named person of the gender, not introduced as someone's kin themselves."""
    return ent.kind == "person" and ent.named and not _kin_roles(ent) and not (
        gender and ent.gender and ent.gender != gender)


def _kin_roles(ent: Entity) -> set[int]:
    """The generations of the kin roles a person was introduced by ("His grandson": -2)."""
    return {generation for role in ent.roles if len(role.split()) <= 3 and (
        generation := _kin_generations().get(role.split()[-1].lower())) is not None}


def _kin_of_someone(head: Token, lemma: str) -> bool:
    """A description that relates its person to someone named by a possessive ("son voisin",
    "her daughter", "the sprinter's mother") and is no office: another person than the
    possessor."""
    if lemma in lexicon().occupations or (is_title_word(lemma) and lemma not in person_nouns()):
        return False  # ("son président"; but "son père", a title too, is kin)
    return _possessed(head)


def _kin_counted(head: Token, lemma: str) -> bool:
    """"the grandmother of five", "la mère de trois enfants": a parent's or grandparent's noun
    whose complement counts the kin (a number, no article), which describes a person rather than
    relating them to someone."""
    if (_kin_generations().get(lemma) or 0) <= 0:
        return False  # (a parent's or grandparent's word: "the grandmother of five")
    for child in head.rights:
        counted = next((g for g in child.children if g.dep_ == "pobj"), None) if (
            child.dep_ == "prep") else child if child.dep_ == "nmod" else None
        if counted is not None and (counted.like_num or any(
            g.dep_ == "nummod" for g in counted.children
        )) and not any(g.dep_ == "det" for g in counted.children):
            return True
    return False


def _kin_of_someone_unnamed(head: Token, lemma: str) -> bool:
    """"la mère d'un voltigeur", "the father of a pupil": kin of someone the description
    itself leaves unnamed (an indefinite article), so a person of their own."""
    if lemma not in family_nouns():
        return False
    for child in head.rights:
        noun = child if child.dep_ == "nmod" else next(
            (g for g in child.children if g.dep_ == "pobj"), None) if child.dep_ == "prep" else None
        if noun is not None and any(k.dep_ == "det" and k.i < noun.i and (
                k.lower_ in indefinite_articles()) for k in noun.children):
            return True
    return False


def is_kin_counted(head: Token) -> bool:
    """"la mère de trois enfants": a parent's noun whose complement counts the kin."""
    return _kin_counted(head, head.lemma_.lower()) or _kin_counted(head, head.lower_)


def _possessed(head: Token) -> bool:
    """The description has a possessive before its noun ("son", "her", "the sprinter's")."""
    return any(c.i < head.i and (
        (c.dep_ == "poss" and c.pos_ in ("PRON", "NOUN"))
        or (c.dep_ == "det" and c.tag_ == c.pos_ and "Yes" in c.morph.get("Poss", []))
    ) for c in head.children)


@per_language
def _quantifiers() -> frozenset[str]:
    """Words that make a plural description a new group ("several teachers at the rally")."""
    return optional_words(None, "quantifiers.txt")


def _opens_role(role: str, phrase: str) -> bool:
    """The role opens with the description's words, or does after an age ("a 47-year-old
    mother of three who has ..." for "the mother of three")."""
    words = role.lower().split(" ", 1)
    return role.lower().startswith(phrase) or (
        len(words) == 2 and any(c.isdigit() for c in words[0]) and words[1].startswith(phrase))


def described_age(head: Token) -> int | None:
    """The age a definite description calls someone by ("the 44-year-old"), if it does."""
    first, last = head.left_edge, head.right_edge
    words = head.doc.text[max(0, first.idx - 4) : last.idx + len(last) + 8]
    for pattern in age_patterns()["description"]:
        match = pattern.search(words)
        if match:
            return int(match.group(1))
    return None


def _without_elision(word: str) -> str:
    """``word`` without the elided article or preposition it opens with ("l'avocate" ->
    "avocate", "d'opposition" -> "opposition": ``entities.elided_particles``)."""
    straight = word.replace("’", "'")
    return next((word[len(p):] for p in elided_particles()
                 if straight.startswith(p) and len(word) > len(p)), word)


@per_language
def _interviewee_phrases() -> frozenset[str]:
    """Descriptions of the person the reporter was just talking to ("notre interlocuteur"):
    data/<lang>/interviewee_phrases.txt."""
    return optional_words(None, "interviewee_phrases.txt")


def _synonymous_role(ent: Entity, lemma: str, words: list[str]) -> bool:
    """A role of the person's that the description's noun names by another word
    (data/<lang>/role_synonyms.tsv: "patron" for "directeur général"; "le magistrat" for the
    court's "président" no one named)."""
    phrases = [role for word, role in _role_synonyms()
               if words and word in (f"{words[0]} {lemma}", f"{words[0]} {lemma}e",
                                     " ".join([lemma, *words[:2]]))]  # ("l'homme de loi")
    # "la première magistrate" of a town is its mayor, not a judge
    phrases = phrases or [role for word, role in _role_synonyms()
                          if word == lemma or word in words[:1]]
    # an unnamed person known by a noun alone that opens one of those roles ("le président"
    # of a court report: "président du tribunal"); not a description that holds a name ("le
    # substitut du procureur du Roi Bertrand X", the name's own office)
    plain = not ent.named and ent.head is not None and not any(
        w[:1].isupper() for w in ent.name.split()[1:])
    if plain and any(phrase.split()[0] == ent.head for phrase in phrases):
        return True
    return any(phrase in role.lower() for phrase in phrases for role in ent.roles)


def _of_party(ent: Entity, lemma: str) -> bool:
    """"The Democrat" for a person whose party tag or title says Democrat
    (data/<lang>/party_words.tsv)."""
    if ent.party is None:
        return False
    return any(word == lemma and mark == ent.party.lower() for word, mark in _party_words())


@per_language
def _party_words() -> list[tuple[str, str]]:
    return [(word.lower(), mark.lower()) for word, mark in optional_pairs(None, "party_words.tsv")]


@per_language
def _role_synonyms() -> list[tuple[str, str]]:
    return [(word.lower(), role.lower())
            for word, role in optional_pairs(None, "role_synonyms.tsv")]




def _introduces(head: Token) -> bool:
    """A definite description that introduces someone rather than refers back: it opens its
    sentence and says who the person is with a phrase after the noun ("The head of the
    company's confectionery division told analysts")."""
    first = mention_tokens(head)[0]
    opening = first.sent[0]
    sourced = first.i != opening.i  # "According to the head of ...", "D'après le ..."
    if sourced and not (
        is_according_to(opening) and source_phrase_end(opening).i == first.i - 1
    ):
        return False
    introducing = introducing_prepositions()
    return any(
        c.i > head.i and (c.dep_ == "acl" or (c.dep_ == "prep" and c.lower_ in introducing) or (
            # universal dependencies, after a source phrase only: "Le président de la FCTM, maire
            # de Valcombe, a annoncé" right after Réveillon spoke is Réveillon
            sourced and c.dep_ == "nmod" and any(
                k.dep_ == "case" and k.lower_ in introducing for k in c.children)))
        and not any(t.text == "," for t in head.doc[head.i : c.i])
        and not _counts_only(c)
        for c in head.children
    )


def _counts_only(phrase: Token) -> bool:
    """"The mother of three", "father-of-two": a phrase after the noun that only counts
    (someone's children), which says nothing new about who the person is."""
    objects = [t for t in phrase.subtree if t.i != phrase.i]
    return bool(objects) and all(t.like_num for t in objects)


_ACRONYM_AFTER = re.compile(r"\s*\([A-ZÀ-Þ][A-ZÀ-Þ0-9&]{1,9}\)")


def _acronym_after(head: Token, mention: str) -> bool:
    """An acronym in brackets right after the description ``head`` heads."""
    text = head.doc.text
    start = text.find(mention, max(0, head.left_edge.idx - 2))
    return start >= 0 and _ACRONYM_AFTER.match(text, start + len(mention)) is not None


def organisation(
    d: Discourse, mention: str, lemma: str, det: str | None, pos: int
) -> tuple[Entity, float]:
    """An organisation named by a description: the one this description named before, one whose
    name has the noun ("the ministry" -> "Foreign Ministry") or a word showing its kind ("the
    club" -> "Wexley Rovers FC"), else for a kind noun ("the company") the organisation the
    article is most about so far (a name inside the description counts: "le syndicat
    Interjura")."""
    pos += len(mention)
    own = [w for w in folded(strip_article(mention)).split()
           if w.isalpha() and len(w) > 3 and w != folded(lemma)]
    nouns = _folded_organisation_nouns()
    if own and own[0] in nouns and lemma not in lexicon().organisation_nouns and (
        own[0].startswith(folded(lemma))
    ):  # "l'intercommunale", which the lemmatizer made the adjective "intercommunal"
        lemma, own = nouns[own[0]], own[1:]
    org = d.known_alias(mention, "organisation") or org_named_like(d, lemma, pos, own, True)
    if org is None and det == "the" and not own:  # "Le collectif" after "Pour le collectif des
        # riverains de La Bessette, ...": the body that description named, not a company
        org = next((e for e in reversed(d.entities)
                    if e.kind == "organisation" and e.head == lemma), None)
    if org is None:  # "the hospital" after "X Medical Center", before "Hospital spokeswoman"
        org = _organisation_of_type(d, lemma, pos, own, typed_only=True)
    if org is None and det == "the" and not own:  # "La collectivité assure" after "Selon la
        # région": the body last described by a noun of the kind's
        signals = lexicon().organisation_type_words.get(lemma, frozenset())
        org = next((e for e in reversed(d.entities) if e.kind == "organisation"
                    and not e.named and e.head in signals), None)
    if org is None:  # "..., a confirmé le syndicat" before the union's name; "according to
        # the county's largest co-operative" before "Lisdrum Co-op, the largest in the county"
        org = org_named_like(d, lemma, pos, own) or _organisation_of_type(
            d, lemma, pos, own) or _organisation_of_type(
            d, lemma, pos, own, typed_only=True, later=True)
    if org is not None:
        rest = strip_article(mention)
        rest = rest[len(lemma) + 1 :] if rest.lower().startswith(lemma + " ") else rest
        if org.named and rest.startswith(org.name + " ") and rest[:1].isupper():
            org.add_alias(org.name)  # "Le collectif Sauvons la maternité de X" for the
            org.name = rest  # tagger's "Sauvons": the description spells the whole name
        org.add_alias(mention)
        return org, CONFIDENCE["organisation"]
    named = _body_in_a_role(d, lemma, pos) if det == "the" and not own else None
    if named is not None:
        org = d.match_name(named, "organisation", pos) or d.new(
            Entity("organisation", named, head=lemma), None)
        org.add_alias(mention)
        return org, CONFIDENCE["organisation"]
    acronym = re.search(r" \(([A-Z][A-Z0-9&]{1,9})\)(?= \w)", mention)
    if acronym is None:
        return d.descriptive("organisation", mention, lemma, det), CONFIDENCE["organisation"]
    # "le service départemental d'incendie et de secours (SDIS) du Cantal": the body's name
    # without the acronym set in it, which names it too
    ent = d.descriptive("organisation", mention[: acronym.start()] + mention[acronym.end() :],
                        lemma, det)
    ent.add_alias(acronym.group(1))
    return ent, CONFIDENCE["organisation"]


@per_language
def _folded_organisation_nouns() -> dict[str, str]:
    """The language's organisation nouns by their accentless form."""
    return {folded(n): n for n in lexicon().organisation_nouns}


def _body_in_a_role(d: Discourse, lemma: str, pos: int) -> str | None:
    """"Le comité estime" after "Erwan X, ..., président du comité local des pêches de
    Ploumerven": the body a role of someone named before names, from the description's noun on,
    when a capitalised word makes it a name."""
    for ent in d.by_recency(pos):
        if ent.kind != "person" or not ent.positions or min(ent.positions) > pos:
            continue
        for role in ent.roles:
            words = role.split()
            k = next((i for i, w in enumerate(words) if folded(w) == folded(lemma)), None)
            if k is not None and 0 < k and any(w[:1].isupper() for w in words[k + 1 :]):
                return " ".join(words[k:])
    return None


def _formerly(ent: Entity, lemma: str) -> bool:
    """The article called the entity the former holder of the occupation ("l'ancien
    entraîneur")."""
    return any(lemma in words and set(words) & former_words()
               for words in ([_without_elision(w) for w in a.lower().split()]
                             for a in ent.aliases))


def _role_headed_by(ent: Entity, lemma: str) -> bool:
    """One of the entity's roles is headed by ``lemma`` ("chirurgien" for "chirurgien", not for
    "avocat du chirurgien"; "principal" for "Another principal")."""
    opening = lexicon().determiners
    heads = [next((w for w in role.lower().split() if w not in opening), "") for role in ent.roles]
    return any(word and word.split("-")[0] == lemma.split("-")[0] for word in heads)


def _organisation_of_type(
    d: Discourse, lemma: str, pos: int, own: Sequence[str], typed_only: bool = False,
    later: bool = False,
) -> Entity | None:
    """The named organisation of the kind ``lemma`` names (not one whose name has the noun but
    not the description's ``own`` words: "l'agence régionale de santé" is no "Agence Rhénane de
    presse"); failing one, for a bare kind noun ("the company", not "the county council"), the
    organisation named most so far, or first (not with ``typed_only``). With ``later``, one
    named only after ``pos`` too."""
    lex = lexicon()
    signals = lex.organisation_type_words.get(lemma, frozenset())
    orgs = [e for e in d.by_recency(pos) if e.kind == "organisation" and e.named
            and e.positions and (later or min(e.positions) <= pos)]
    typed = [e for e in orgs if lemma in e.types and not _named_otherwise(e, lemma, own)
             and not _overseeing(e, lemma)] or [
        e for e in orgs if signals & e.types and not _overseeing(e, lemma)
        and not _of_other_members(e, own)]
    forms = signals & company_forms()
    typed = [e for e in typed if e.types & forms] or typed  # "the company": "Zanmarine Exports
    # Ltd" rather than "Mbuyuni Women Seaweed Farmers Group", named more
    if typed:
        orgs = typed
    elif typed_only or lemma not in lex.organisation_types or own:
        return None
    else:  # "le syndicat" is no organisation the article gave another kind ("le groupe X");
        # "la société" may be one it called "le fabricant"
        others = lex.organisation_types - {lemma} - signals
        orgs = [e for e in orgs if not (e.types & others)] or orgs
    if not orgs:  # "Les Autocars Brémond ... L'entreprise": a name the tagger called a
        orgs = [e for e in d.entities if e.kind == "person" and e.named  # person's, with a
                and e.positions and min(e.positions) <= pos  # word of the kind's names
                and signals & set(folded(e.name).split())]
    if not orgs:
        orgs = [e for e in d.entities if _company_taken_for_person(e, pos)]
        for ent in orgs:
            ent.kind = "organisation"
    if not orgs:
        return None
    last = d.events[-1].entity if d.events else None
    if last is not None and any(e is last for e in orgs) and not (
        last.types & (lex.organisation_nouns | set(lex.organisation_types))
    ):  # "Crestline said in a statement ... '...,' the company said"; not "the district"
        return last
    return max(orgs, key=lambda e: (sum(1 for p in e.positions if p <= pos),
                                    -min(e.positions, default=pos)))  # or named first


def _of_other_members(ent: Entity, own: Sequence[str]) -> bool:
    """"le syndicat des transporteurs" is no "Union des femmes commerçantes": a description
    that names its members by their trade, in the plural, for an organisation whose name has
    none of the description's words."""
    trades = _folded_occupations()
    return any(w[-1:] in ("s", "x") and w[:-1] in trades for w in own) and not (
        set(own) & set(folded(ent.name).split()))


@per_language
def _folded_occupations() -> frozenset[str]:
    return frozenset(folded(w) for w in lexicon().occupations)


def _named_otherwise(ent: Entity, lemma: str, own: Sequence[str]) -> bool:
    """The organisation's name has the description's noun but not its own words."""
    words = folded(ent.name).split()
    return folded(lemma) in words and any(w not in words for w in own)


def _company_taken_for_person(ent: Entity, pos: int) -> bool:
    """"Le spécialiste wallon du recyclage de batteries Ardenvolt ..., a fait savoir
    l'entreprise": with no organisation named, a one-word name the tagger called a person, with
    no occupation or title, no gender and no first name, is the company the article is about."""
    occupations = lexicon().occupations
    personal = any(w in occupations or is_title_word(w)
                   for role in ent.roles for w in role.lower().split())
    return (ent.kind == "person" and ent.named and len(ent.name.split()) == 1 and not personal
            and ent.gender is None and not ent.aliases and bool(ent.positions)
            and min(ent.positions) <= pos and first_name_gender(ent.name) is None)


def org_named_like(d: Discourse, word: str, pos: int, own: Sequence[str] = (),
                   named_before: bool = False) -> Entity | None:
    """The organisation last named with ``word`` in its name ("the trust" -> "Northfield NHS
    Trust"), and with each of the description's ``own`` words ("l'agence régionale de santé" is
    not the "Agence Rhénane de presse"), unless its name makes it a body over ``word``; with
    ``named_before``, only one named before ``pos``."""
    for ent in d.by_recency(pos):
        if named_before and not any(p <= pos for p in ent.positions):
            break  # (by recency: the rest were named only after it)
        if ent.kind == "organisation" and ent.named and word in ent.name.lower().split() and (
            all(w in folded(ent.name).split() for w in own)
        ) and not _overseeing(ent, word):
            return ent
    return None


@per_language
def _oversight_words() -> frozenset[str]:
    """data/<lang>/oversight_words.txt."""
    return optional_words(None, "oversight_words.txt")


def _overseeing(ent: Entity, word: str) -> bool:
    """"The police" is not the "Police Conduct Commission": a name with the description's noun
    and a word of ``oversight_words.txt`` names a body over what the noun names ("the agency"
    is still the "Lakeshore Regional Transit Authority")."""
    words = set(ent.name.lower().split())
    low = word.lower()
    return low in words and low not in _oversight_words() and bool(words & _oversight_words())


def definite_person(
    d: Discourse, mention: str, lemma: str, pos: int, cataphoric: bool = False,
    gender: str | None = None, contrasted: bool = False, sentence_end: int | None = None,
) -> tuple[Entity, float]:
    """"The diplomat": the person whose roles name the head noun (the more of the description's
    words the roles share, the better), else the person last quoted whose occupation does not
    contradict it, else a new unnamed person. A description that introduces someone ("The head
    of the harbour authority said") is a new person unless the roles name it."""
    determiners = lexicon().determiners
    # the words besides the noun, less an age ("la gardienne de 19 ans" shares nothing with
    # "l'arrière gauche de 24 ans")
    ageless = mention.lower()
    for pattern in age_patterns()["description"]:
        ageless = pattern.sub(" ", ageless)
    words = [w if (bare := _without_elision(w)) == lemma else bare
             for w in ageless.replace("’s", " ").replace("'s", " ").split()
             if w not in determiners and w != lemma]  # ("de l'opposition" shares "opposition";
    # "l'éleveur" whole, the words an alias of the same description has)
    # the description's own words, an elided article dropped ("l'avocate" -> "avocate")
    surface = [_without_elision(w) for w in mention.lower().split()]
    surface = [w for w in surface if w not in determiners and w != lemma]
    noun = [w for w in surface if w not in former_words()][:1]  # the job's noun, not "ancien"
    # of "ancien marchand de bestiaux" ("l'ancienne factrice")
    # the description, and the same with a body's short name spelt out ("le directeur général
    # de la Sehon" for the holder of "directeur général de la Société des entrepôts ...")
    spelt = _acronyms_spelt_out(d, mention)
    placed = (mention,) if spelt == mention else (mention, spelt)
    phrase = folded(strip_article(mention))  # the description's words in a row
    field: str | None = lexicon().occupations.get(lemma, "-")
    field = None if field == "-" else field
    best: Entity | None = None
    best_score = 0.0
    current = d.latest_speaker()
    latest = max(d.events, key=lambda ev: ev.pos) if d.events else None
    if latest is not None and latest.entity.kind in ("person", "anonymous"):
        # "Councillor Mere Tipene, who chairs ..., rejected that. '...,' the councillor said":
        # the one the narrative is about now, after another councillor spoke
        current = latest.entity
    ranked = d.by_recency(pos)
    # "D'après son avocate": someone's, not the one a title alone makes a lawyer ("Me X")
    titled = mention.split()[0].lower() not in third_possessives()
    if any(w in new_words() for w in surface):  # "le nouvel entraîneur" is not the one the
        ranked = [e for e in ranked if not _formerly(e, lemma)]  # article called the former
    for ent in ranked:
        holder = _role_headed_by(ent, lemma)
        if ent.kind not in ("person", "anonymous") or not (
            ent.spoke or any(p <= pos for p in ent.narrative) or (
                not ent.named and ent.head == lemma and _last_described(d, ent, pos, gender))
        ):  # (or someone new the article described by that noun: "un cycliste en tenue fluo
            continue  # a tenté de négocier ... — ..., a tenté le cycliste.")
        if (_other_place_in(placed, ent) and not _of_party(ent, lemma)) or (
            gender and ent.gender and ent.gender != gender
            and not (gender == "male" and ent is current and ent.has_role_word(lemma))
        ):  # "the Harlow manager" is not Wexley's; "the Democrat" names a party; but "le
            continue  # substitut" for the woman just introduced as "Le substitut ..., Catherine X"
        if sentence_end is not None and pos < min(ent.positions, default=pos) < sentence_end:
            continue  # "Le patron, qui a négocié avec le directeur général de L, Markus X,
            # assure": not someone the rest of its own sentence names first
        if gender and ent.kind == "anonymous" and ent.head != lemma:
            continue  # "la ministre" is not "une source proche de la ministre"
        if ent.head == lemma or ent.has_role_word(lemma, titled=titled) or (
            gender == "female" and any(
                feminine_form(w, lemma.rpartition(" ")[2]) and ent.has_role_word(w, titled=titled)
                for w in noun)
        ) or _synonymous_role(ent, lemma, surface[:2]) or _of_party(ent, lemma) or (
            _retired_from(ent, lemma, mention)
        ):
            # "l'avocate générale" for the person whose role is "avocate générale"; "le patron"
            # for the directeur général
            score = 1.0
        elif field and ent.kind == "person" and field in role_fields(ent.roles) and (
            not ent.occupation_differs(lemma)
        ):
            score = 0.5  # "the diplomat" for the envoy: the same field, another word
        else:
            continue
        shared = sum(1 for w in words if len(w) > 3 and (ent.has_role_word(w) or any(
            ent.has_role_word(p + w) for p in elided_particles())))  # (no "de"; "opposition"
        # of "conseiller d'opposition")
        score += shared if score >= 1 else 0.45 * min(shared, 1)  # a role of the same field
        # that shares the description's words ranks above one that does not, below one that
        # is the noun itself ("the development minister" for the Secretary for Development,
        # not a lawmaker; "le président du comité" is not "le secrétaire du comité")
        if ent is current:  # "A coach at a rival school ... said. '...,' the coach said": who
            score += 0.25  # just spoke, not the head coach before; "X, vice-président, ... « ...
            # », a-t-il martelé. L'élu a admis": not the president beside him, of that field too
        if holder:  # "le chirurgien" is the surgeon more than "l'avocat du chirurgien"
            score += 0.5
        if len(phrase.split()) > 1 and any(
            re.search(rf"\b{re.escape(phrase)}\b", folded(role)) for role in ent.roles
        ):  # "the village chief" is the "Village chief", not "the village's tanod chief"
            score += 0.3
        if score > best_score:
            best, best_score = ent, score
    if 0 < best_score <= 0.5 and not cataphoric and latest is not None and not latest.spoke and (
        latest.entity is not best and latest.entity.named and not latest.entity.roles
        and _may_be(latest.entity, lemma, placed, gender)
    ):  # "Dans les buts, Manon X a signé neuf arrêts. La gardienne de 19 ans dit ...": the
        best = latest.entity  # person the sentence before was about, not the captain, whose
        # post is only of the same field
    elif 0 < best_score <= 0.5 and current is not None and current is not best and (
        current.kind == "person" and current.spoke and current.named
        and any(ev.spoke and ev.entity is current for ev in d.events[-2:])
        and all(role[:1].isupper() for role in current.roles)
        and not (gender and current.gender != gender)
    ):  # "Kevin X (Alternative citoyenne) a lancé ... Selon le conseiller, ...": who just
        best = current  # spoke, given no role but a party's name, rather than the mayor, whose
        # office is only of the same field
    called = best is not None and any(folded(a).split()[-1:] == [folded(lemma)]
                                      for a in best.aliases)
    if best_score < 1.5 and not called:  # no one who spoke or acted holds the role itself: one
        # named with it ("Son chirurgien, le docteur X, ..."); but "the envoy" again for the
        # one the article called so
        holders = [e for e in ranked if e.kind == "person" and e.named
                   and _role_headed_by(e, lemma) and any(p <= pos for p in e.positions)
                   and not (gender and e.gender and e.gender != gender)
                   and not _other_place_in(placed, e)]
        best = holders[0] if holders else best
    if best is not None:
        best.add_alias(mention)
        return best, CONFIDENCE["description_of_named"]
    by_job = next((e for e in ranked if e.kind == "person" and e.named and not cataphoric
                   and any(p <= pos for p in e.positions) and e.has_job_word(lemma, *noun)
                   and not (gender and e.gender and e.gender != gender)), None)
    if by_job is not None:  # "Sa présidente, X, vigneronne à Y, ... Jointe hors antenne, la
        by_job.add_alias(mention)  # vigneronne a précisé": the one the article called so
        return by_job, CONFIDENCE["description_of_named"]
    seen = next((words for at, word, words, _ in reversed(d.unnamed_offices)
                 if word == lemma and at < pos), None)
    if seen is not None and any(e.named and folded(seen) in map(folded, e.aliases)
                                for e in d.entities):
        seen = None  # the words someone named was called by
    if seen is not None and not cataphoric:  # "Interrogé par le président du tribunal, X a
        ent = d.descriptive("person", seen, lemma, "the")  # nié. — ..., a demandé le
        ent.add_alias(mention)  # président": the judge, whom no one named
        ent.gender = ent.gender or gender
        return ent, CONFIDENCE["description"]
    if not cataphoric:
        latest = d.events[-1] if d.events else None
        # "Son agent, Luc X, était injoignable. Le joueur, lui, a assuré": not the agent
        since = _named_since_last_event(d, pos)
        other = (since[0] if since else latest.entity if latest is not None else None) if (
            contrasted) else None
        if latest is not None and not latest.spoke and latest.entity is not other and _may_be(
            latest.entity, lemma, placed, gender
        ):
            # "Le receveur Anthony Maltais, lui, n'en revenait pas. « ... », a admis le jeune
            # homme": the person the narrative is about right now
            latest.entity.add_alias(mention)
            return latest.entity, CONFIDENCE["description_guess"]
        named = next((e for e in since
                      if e is not other and _may_be(e, lemma, placed, gender)), None)
        if named is not None:  # "Le but est venu du bâton de Xavier Thibodeau, 17 ans. Le
            # jeune attaquant ...": the person the narrative named last, as no subject (or
            # before, whom the description fits: "Nathalie X ... avec son collègue Ahmed. « ... »
            # lâche l'ouvrière")
            named.add_alias(mention)
            return named, CONFIDENCE["description_guess"]
        for ev in reversed(d.events):  # "Amanda Sinclair has three children at the school.
            if ev.spoke:  # Her youngest, Noah, started ... '...,' the mother of three said":
                break  # who the narrative was about before, since anyone last spoke
            if ev.entity is not other and _may_be(ev.entity, lemma, placed, gender) and (
                ev.entity.named
            ):
                ev.entity.add_alias(mention)
                return ev.entity, CONFIDENCE["description_guess"]
        for spoke_only in (True, False):
            for ev in reversed(d.events):
                if (spoke_only and not ev.spoke) or ev.entity is other:
                    continue
                if _may_be(ev.entity, lemma, placed, gender):
                    ev.entity.add_alias(mention)
                    return ev.entity, CONFIDENCE["description_guess"]
        only = _only_one_of_gender(d, lemma, placed, gender, pos)
        if only is not None:  # "le prévenu" in a story that named one man, Kevin Delhaye, in
            only.add_alias(mention)  # a phrase that made him no subject ("vendus par ...")
            return only, CONFIDENCE["description_guess"]
    ent = d.descriptive("person", mention, lemma, "the")
    ent.gender = ent.gender or gender
    ent.introduced = True  # nobody it could be yet: the article may name the person later
    return ent, CONFIDENCE["description"]


@per_language
def third_possessives() -> frozenset[str]:
    """"son", "his": data/<lang>/third_possessives.txt."""
    return optional_words(None, "third_possessives.txt")


def _acronyms_spelt_out(d: Discourse, mention: str) -> str:
    """The description with each organisation's short name the article gave it in brackets
    written out ("le directeur général de la Sehon" -> "... de la Société des entrepôts
    horticoles des Niayes"), so that it names the place the holder's role names."""
    words = mention.split()
    for k, word in enumerate(words[1:], 1):
        if word[:1].isupper():
            org = next((e for e in d.entities if e.kind == "organisation" and e.named
                        and word in e.aliases and word != e.name), None)
            if org is not None:
                words[k] = org.name
    return " ".join(words)


def _named_since_last_event(d: Discourse, pos: int) -> list[Entity]:
    """The people the narrative named, outside any subject, after the latest event of a person
    (a team that "had won only 8 % of its games" does not end the story's focus), the last
    named first."""
    since = next((ev.pos for ev in reversed(d.events) if ev.entity.kind == "person"), -1)
    named = [(max(p for p in e.narrative if since < p < pos), e) for e in d.entities
             if e.kind == "person" and e.named and any(since < p < pos for p in e.narrative)]
    return [e for _, e in sorted(named, key=lambda x: x[0], reverse=True)]


def _only_one_of_gender(
    d: Discourse, lemma: str, mention: tuple[str, ...], gender: str | None, pos: int
) -> Entity | None:
    """The one person of the description's gender the article named before it, when it named
    exactly one (and the description does not contradict them)."""
    if gender is None:
        return None
    named = [e for e in d.entities if e.kind == "person" and e.named and e.gender == gender
             and any(p < pos for p in e.positions)]
    return named[0] if len(named) == 1 and _may_be(named[0], lemma, mention, gender) else None


def _may_be(ent: Entity, lemma: str, mention: tuple[str, ...], gender: str | None) -> bool:
    """A person the description does not contradict (occupation, place, gender, age: "le
    retraité" is not the locataire of 31)."""
    decade = age_nouns().get(lemma)
    return ent.kind == "person" and not ent.occupation_differs(lemma) and not _other_place_in(
        mention, ent) and not (gender and ent.gender and ent.gender != gender) and not (
        _known_by_other_noun(ent, lemma)) and not (
        decade is not None and ent.age is not None and not decade[0] <= ent.age <= decade[1]
    )


def _known_by_other_noun(ent: Entity, lemma: str) -> bool:
    """An unnamed person the article knows only by another noun ("Une conductrice avait été
    blessée") does not hold an office no one was said to hold ("lui demande la présidente de
    la chambre")."""
    return not ent.named and ent.head is not None and folded(ent.head) != folded(lemma) and (
        is_distinct_occupation(lemma)) and not ent.has_role_word(lemma)


def _other_place_in(mentions: tuple[str, ...], ent: Entity) -> bool:
    """Every way of writing the description names a place the person's roles do not."""
    return all(_other_place(mention, ent) for mention in mentions)


# Letters that tell a proper word's stem ("Russian" and "Russia's" share "russi").
_STEM = 5


def _other_place(mention: str, ent: Entity) -> bool:
    """The description names a place or organisation (a capitalised word after its first)
    that the person's roles do not, while the roles name another: "the Harlow manager" is not
    the "Wexley Rovers manager"."""
    proper = [w.lower()[:_STEM] for w in mention.split()[1:] if w[:1].isupper()]
    if not proper:
        return False
    role_words = [w for role in ent.roles
                  for w in role.replace("’s", " ").replace("'s", " ").split()]
    stems = {w.lower()[:_STEM] for w in role_words}
    if any(p in stems for p in proper):
        return False
    spelled = {"".join(w[0] for w in piece.split() if w[:1].isupper()).lower()
               for role in ent.roles for piece in role.split(",")}
    if any(w.isupper() and len(w) > 1 and w.lower() in spelled for w in mention.split()[1:]):
        return False  # "the NJF leader" for "Leader of the Opposition, Nandavan Janata Front"
    return any(w[:1].isupper() and not is_title_word(w) and w.lower() not in lexicon().occupations
               for w in role_words[1:])
