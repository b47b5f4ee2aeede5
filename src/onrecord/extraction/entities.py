"""The people, organisations and groups of one article as the resolver knows them so far, and
the narrative events (who spoke, who a sentence was about) that pronouns and descriptions look
back on."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from onrecord.extraction.cleaning import date_words
from onrecord.gender import first_name_gender, is_first_name, news_gender, sure_of_first_name
from onrecord.lexicon import (
    lexicon,
    optional_lines,
    optional_pairs,
    optional_rows,
    optional_words,
    per_language,
    speech_verbs,
)
from onrecord.model import Speaker
from onrecord.names import (
    family_name_first_by_order,
    feminine_forms,
    folded,
    is_family_name_first,
    is_honorific,
    is_title_word,
    occupation_differs,
    role_words,
    spelt_out,
    surname_particles,
)

# Entity labels of the Universal Dependencies-trained pipelines (WikiNER: PER, LOC, ORG, MISC)
# as the engine names them (OntoNotes: PERSON, GPE).
_LABELS = {"PER": "PERSON", "LOC": "GPE"}
_WIKINER_LABELS = frozenset({"PER", "LOC", "ORG", "MISC"})


def normalise_entity_labels(
    docs: Sequence[Doc], agency: str | None = None, place: str | None = None
) -> None:
    """Rename a pipeline's person and place labels to the ones the engine reads, in place, and
    mend the person names such a pipeline runs into a neighbouring word (``_mended``) and the
    organisation names it cuts short (``_organisation``). ``docs`` are one article's paragraphs:
    a paragraph whose only entity is an organisation was tagged by the same pipeline as the
    others. In any pipeline, a person the tagger called an organisation after an office is
    made a person (``_people_after_office``), and a person's full name another paragraph
    tagged is the person wherever else it stands (``_people_named_elsewhere``). ``agency`` is
    the one the article's wire dateline names: never a person (``_no_agency_in_names``); nor is
    ``place``, the dateline's place, wherever the tagger called it one (``_no_place_as_person``)."""
    wikiner = _tagged_like_wikiner(docs)
    for doc in docs:
        if agency is not None:
            _no_agency_in_names(doc, agency)
        if place is not None:
            _no_place_as_person(doc, place)
        _people_after_office(doc)
        _honoured_names_taken_for_things(doc, "PER" if wikiner else "PERSON")
        _organisations_taken_for_things(doc)
        _names_with_a_final_apostrophe(doc)
        _surnames_cut_at_an_inner_apostrophe(doc)
        _no_opening_participles(doc)
        _no_adjectives_before_names(doc, "PER" if wikiner else "PERSON")
        _adjacent_people_joined(doc, "PER" if wikiner else "PERSON")
        _hyphenated_halves_left_out(doc, "PER" if wikiner else "PERSON")
        _bodies_before_their_officer(doc)
        _no_demonyms_in_names(doc)
        _given_names_left_out(doc)
        _surnames_left_out(doc)
        _no_offices_in_apposition(doc)
        _no_office_initials_as_people(doc)
        _people_set_off_inside_names(doc, "PER" if wikiner else "PERSON")
        _verbs_cut_from_names(doc)
        _names_set_off_untagged(doc)
        _opened_names_untagged(doc)
        _surnames_taken_for_things(doc)
        _first_names_taken_for_places(doc)
        _elided_initials_left_out(doc)
        _names_joined_by_and(doc)
        _names_cut_at_particles(doc)
        _patronymic_names_joined(doc)
        _bodies_of_a_place_and_district(doc)
        _legal_forms_in_brackets(doc)
        _legal_forms_left_out(doc)
        _self_introduced_names(doc, "PER" if wikiner else "PERSON")
        _roads_taken_for_people(doc)
        _places_named_by_their_kind(doc)
        _places_of_an_office(doc)
        _bodies_cut_before_their_kind(doc)
        _bodies_cut_at_a_preposition(doc)
    if wikiner:
        for doc in docs:
            _normalise(doc)
            _surname_after_honoured_first_name(doc)
        _things_named_as_organisations(docs)
    else:
        for doc in docs:
            _mend_ontonotes(doc)
            _names_split_at_commas(doc)
            _numbered_bodies(doc)
    for doc in docs:
        _abbreviated_given_names(doc)
        _people_by_age_or_office(doc)
    _people_named_elsewhere(docs)
    _places_set_off_elsewhere(docs)
    _places_taken_for_bodies(docs)
    _no_kicker_as_person(docs)


def _adjacent_people_joined(doc: Doc, person: str) -> None:
    """Two people the tagger found side by side, nothing between them but a capitalised word it
    left out, are one person ("Md Jashim" and "Uddin Howlader"; "Datuk Wan", "Hasnol" and "Wan
    Ismail"), unless the second opens with a title or an honorific."""
    out: list[SpacySpan] = []
    for ent in doc.ents:
        last = out[-1] if out else None
        gap = list(doc[last.end : ent.start]) if last is not None else []
        if last is not None and last.label_ == ent.label_ == person and len(gap) <= 1 and all(
            t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in gap
        ) and (
            len(last) + len(gap) + len(ent) <= 6 and not is_title_word(ent[0].text)
            and not is_honorific(ent[0].text) and doc[last.end - 1].whitespace_
        ):
            out[-1] = SpacySpan(doc, last.start, ent.end, label=person)
            continue
        out.append(ent)
    if len(out) < len(doc.ents):
        doc.ents = out


def _hyphenated_halves_left_out(doc: Doc, person: str) -> None:
    """"Village representative Tang Kwok-wing, 58, said": the lower-case half after a tight
    hyphen, which the tagger left out of the person and the parser made the phrase's head, the
    name's words hung on it, is the rest of the hyphenated given name; so is the name written
    onto initials the tagger took alone for a person ("Kh.Ganbold")."""
    out: list[SpacySpan] = []
    for ent in doc.ents:
        end = ent.end
        if ent.label_ == person and len(ent) == 1 and len(ent.text) <= 3 and ent[0].is_title and (
            end + 1 < len(doc) and doc[end].text == "." and not ent[0].whitespace_
            and not doc[end].whitespace_ and doc[end + 1].is_title and doc[end + 1].is_alpha
            and not doc[end + 1].ent_type_
        ):  # "This newspaper spoke to Kh.Ganbold": the initials the tagger took alone, the
            ent = SpacySpan(doc, ent.start, end + 2, label=person)  # name written onto them
        elif ent.label_ == person and end + 1 < len(doc) and joining_hyphen(doc[end]) and (
            doc[end + 1].is_lower and doc[end + 1].is_alpha and not doc[end + 1].ent_type_
            and doc[end - 1].head.i == end + 1
        ) and not (out and out[-1].end > end):
            ent = SpacySpan(doc, ent.start, end + 2, label=person)
        out.append(ent)
    if [(e.start, e.end) for e in out] != [(e.start, e.end) for e in doc.ents]:
        doc.ents = out


def _people_by_age_or_office(doc: Doc) -> None:
    """"Dingamadji X, 31 ans, conduit un clando": a name of two or more capitalised words that
    the tagger made a place or a body, with an age set off right after it, is a person; so is
    one the tagger made a place, set off between commas right after an office ("Pour le chef
    de canton de Ndolkara, Nodjimbaye X, « ... »"), and a first name alone given an age, opening
    its sentence or known as one ("Yanis, 12 ans, hausse les épaules")."""
    ents = list(doc.ents)
    out = [SpacySpan(doc, e.start, e.end, label="PERSON")
           if e.label_ in ("LOC", "GPE", "ORG", "MISC") and 1 <= len(e) <= 4
           and all(t.is_title and t.is_alpha for t in e) and e.end < len(doc)
           and doc[e.end].text == "," and (
               (age_after(doc.text, e.end_char) is not None
                and (len(e) > 1 or is_first_name(e.text) or e[0].is_sent_start))
               or (len(e) > 1 and _set_off_after_an_office(doc, e)))
           else e for e in ents]
    if out != ents:
        doc.ents = out


def _set_off_after_an_office(doc: Doc, ent: SpacySpan) -> bool:
    """A place for the tagger, set off between commas right after a noun phrase with a
    lower-case office or title in it, and no person right after its comma."""
    if ent.label_ not in ("LOC", "GPE", "MISC") or ent.start < 3 or doc[ent.start - 1].text != ",":
        return False
    if ent.end + 1 < len(doc) and doc[ent.end + 1].ent_type_ in ("PER", "PERSON"):
        return False  # ("le chef de daïra de Bir X, Mourad Y,": the place of the office)
    before = doc[max(0, ent.start - 7) : ent.start - 1]
    return not any(t.is_punct for t in before[-3:]) and any(
        t.is_lower and (is_title_word(t.text) or t.lower_ in lexicon().occupations)
        for t in before)


def _bodies_before_their_officer(doc: Doc) -> None:
    """"Skelderthorpe Market Traders' Association chairman Keith X", "Vrymansrust Rice Farmers'
    Association president Deonarine X": the capitalised words that end on an organisation noun
    right before an office and a person are that organisation, whether the tagger left them
    out or took some of them for a person."""
    kinds = lexicon().organisation_nouns
    ents = list(doc.ents)
    people = {e.start for e in ents if e.label_ in ("PER", "PERSON")}
    bodies: list[SpacySpan] = []
    for j in range(1, len(doc) - 2):
        if not (doc[j].is_title and doc[j].lower_ in kinds) or doc[j].ent_type_ not in (
                "", "PER", "PERSON"):
            continue
        k = j + 1
        while k < min(len(doc), j + 4) and doc[k].is_lower and is_title_word(doc[k].text):
            k += 1
        if k == j + 1 or k not in people:
            continue
        start = j
        while start > 0 and doc[start - 1].ent_type_ in ("", "PER", "PERSON") and (
            (doc[start - 1].is_title and doc[start - 1].is_alpha)
            or (doc[start - 1].text in ("'", "’") and start > 1 and not doc[start - 2].whitespace_)
        ):
            start -= 1
        if start < j and not is_title_word(doc[start].text) and not any(
            b.end > start for b in bodies
        ):
            bodies.append(SpacySpan(doc, start, j + 1, label="ORG"))
    if bodies:
        taken = {t for b in bodies for t in range(b.start, b.end)}
        doc.ents = sorted([e for e in ents if not taken & set(range(e.start, e.end))] + bodies,
                          key=lambda e: e.start)


def _names_split_at_commas(doc: Doc) -> None:
    """"A cart owner of Kalulu Compound, Davies Mwanza, said": a name the tagger ran over a comma
    is two; the capitalised words set off after the comma, closed by another, a person."""
    ents = list(doc.ents)
    out: list[SpacySpan] = []
    for ent in ents:
        comma = next((t.i for t in ent if t.text == ","), None)
        after = doc[comma + 1 : ent.end] if comma is not None else None
        if comma is None or after is None or comma == ent.start or ent.label_ not in (
            "ORG", "GPE", "PERSON"
        ) or not 2 <= len(after) <= 3 or not all(t.is_title and t.is_alpha for t in after) or (
            ent.end >= len(doc) or doc[ent.end].text != ","
        ):
            out.append(ent)
            continue
        out.append(SpacySpan(doc, ent.start, comma, label=ent.label_))
        out.append(SpacySpan(doc, comma + 1, ent.end, label="PERSON"))
    if len(out) > len(ents):
        doc.ents = out


def _numbered_bodies(doc: Doc) -> None:
    """"According to Interior Woodworkers Union Local 418, ...": the number the parser made the
    head of an organisation's name, the tagger a quantity after it, is part of the name."""
    ents = list(doc.ents)
    out: list[SpacySpan] = []
    for ent in ents:
        number = doc[ent.end] if ent.end < len(doc) else None
        if ent.label_ == "ORG" and number is not None and number.like_num and (
            number.is_digit and doc[ent.end - 1].head.i == number.i
            and doc[ent.end - 1].dep_ == "compound"
        ):
            out.append(SpacySpan(doc, ent.start, ent.end + 1, label="ORG"))
        elif not (out and ent.start < out[-1].end):
            out.append(ent)
    if out != ents:
        doc.ents = out


def _mend_ontonotes(doc: Doc) -> None:
    """The mending an OntoNotes pipeline's entities share with WikiNER's: a name spelt by the
    initials bracketed after it is an organisation ("the ruling Ambar Janata Manch (AJM)", a
    place and a person for the tagger); a person right after a noun for a place and its
    preposition is that place ("the village of Dhok Pathan"); and the people the steps for
    every pipeline found, labelled "PER" there, are "PERSON"."""
    _bodies_named_in_capitals(doc)
    _municipal_bodies(doc)
    ents = list(doc.ents)
    named = [SpacySpan(doc, e.start, e.end, label="GPE")
             if e.label_ in ("PER", "PERSON") and _after_place_noun(doc, e.start)
             else SpacySpan(doc, e.start, e.end, label="PERSON") if e.label_ == "PER" else e
             for e in _names_before_their_acronym(doc, ents)]
    if named != ents:
        doc.ents = named


def _municipal_bodies(doc: Doc) -> None:
    """"the Township of Alder Lake", a place for the tagger: a name that opens on a capitalised
    organisation noun and "of" is the body that governs the place, an organisation; so is one
    that closes on such a noun ("the Kirunguru Municipality")."""
    kinds = lexicon().organisation_nouns
    areas = optional_words(None, "area_words.txt")
    ents = list(doc.ents)
    out = []
    for ent in ents:
        k = ent.start + 1 if ent[0].pos_ == "DET" else ent.start
        noun, last = doc[k], doc[ent.end - 1]
        if ent.label_ == "GPE" and ent.end - k > 2 and noun.is_title and noun.lower_ in kinds and (
            doc[k + 1].dep_ == "prep" and doc[k + 1].head.i == k
        ):
            ent = SpacySpan(doc, k, ent.end, label="ORG")
        elif ent.label_ == "GPE" and ent.end - k >= 2 and last.is_title and (
            last.lower_ in kinds and last.tag_ != last.pos_ and last.lower_ not in areas
        ):  # (but "Dedza District" is a place: data/<lang>/area_words.txt)
            ent = SpacySpan(doc, k, ent.end, label="ORG")
        out.append(ent)
    if out != ents:
        doc.ents = out


def _names_cut_at_particles(doc: Doc) -> None:
    """"Cllr Pieter van der Merwe": a name with a first name that the tagger ended on a
    lower-case particle of data/<lang>/names.tsv ("Cllr Pieter van"), then at most two more
    particles ("der") and a person it found ("Merwe"), is one person."""
    particles = lexicon().name_particles
    ents = list(doc.ents)
    changed = False
    for k in range(len(ents) - 1, 0, -1):
        first, last = ents[k - 1], ents[k]
        gap = doc[first.end : last.start]
        if last.label_ in ("PERSON", "PER") and len(gap) <= 2 and (
            first.label_ in ("PERSON", "PER", "ORG") and doc[first.end - 1].is_lower
            and doc[first.end - 1].lower_ in particles
            and any(t.is_title and first_name_gender(t.text) for t in first)
        ) and all(t.is_lower and t.lower_ in particles for t in gap):
            ents[k - 1 : k + 1] = [SpacySpan(doc, first.start, last.end, label=last.label_)]
            changed = True
    if changed:
        doc.ents = ents


def _patronymic_names_joined(doc: Doc) -> None:
    """"Dayang Noraini binti Haji Sabtu", tagged a place, a nationality and a person: the
    capitalised words before a patronymic particle (data/<lang>/patronymic_particles.txt) and
    those after it (past a title such as "Haji") are one person, when the tagger found a person
    among them."""
    particles = _patronymic_particles()
    if not particles:
        return
    spans: list[SpacySpan] = []
    for tok in doc:
        if tok.lower_ not in particles or not tok.is_lower or tok.i == 0 or (
            spans and tok.i < spans[-1].end
        ):
            continue
        lo = tok.i
        while lo > 0 and tok.i - lo < 3 and doc[lo - 1].is_title and doc[lo - 1].is_alpha:
            lo -= 1
        hi = tok.i + 1
        if hi < len(doc) and is_title_word(doc[hi].text) and doc[hi].is_title:
            hi += 1  # "binti Haji Sabtu"
        start = hi
        while hi < len(doc) and hi - start < 3 and doc[hi].is_title and doc[hi].is_alpha:
            hi += 1
        while hi + 1 < len(doc) and doc[hi].lower_ in particles and doc[hi + 1].is_title:
            hi += 2  # "Ahmad bin Ali bin Hassan"
        if lo < tok.i and start < hi and any(
            t.ent_type_ in ("PERSON", "PER") for t in doc[lo:hi]
        ) and not (spans and lo < spans[-1].end):
            spans.append(SpacySpan(doc, lo, hi, label="PERSON"))
    if spans:
        taken = {i for s in spans for i in range(s.start, s.end)}
        doc.ents = sorted([e for e in doc.ents if not taken & set(range(e.start, e.end))]
                          + spans, key=lambda e: e.start)


@per_language
def _patronymic_particles() -> frozenset[str]:
    return optional_words(None, "patronymic_particles.txt")


def _bodies_of_a_place_and_district(doc: Doc) -> None:
    """"Members of Kilbarrow and District Credit Union": a place the tagger found, "and", then
    an organisation it found opening on a word of data/<lang>/area_words.txt are one
    organisation."""
    words = optional_words(None, "area_words.txt")
    ents = list(doc.ents)
    for k in range(len(ents) - 2, -1, -1):
        place, body = ents[k], ents[k + 1]
        if place.label_ in ("GPE", "LOC") and body.label_ == "ORG" and (
            body.start == place.end + 1 and doc[place.end].pos_ == "CCONJ"
            and doc[body.start].is_title and doc[body.start].lower_ in words
        ):
            ents[k : k + 2] = [SpacySpan(doc, place.start, body.end, label="ORG")]
    if len(ents) < len(doc.ents):
        doc.ents = ents


def _bodies_named_in_capitals(doc: Doc) -> None:
    """"The Velankara Lorry Owners' Welfare Association, which ...", "The Cradleigh and
    District Tramway Society": capitalised words after a definite article, joined at most by a
    lower-case conjunction, preposition or possessive, that end on a word only an organisation's
    name ends on, are one organisation's name, whatever the tagger made of them (nothing, a
    person and a shorter organisation, a work of art)."""
    ends = lexicon().organisation_name_words
    ents = list(doc.ents)
    changed = False
    i = 0
    while i < len(doc):
        if doc[i].pos_ != "DET" or "Def" not in doc[i].morph.get("Definite", []):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and ((doc[j].is_title and doc[j].is_alpha) or (
            (doc[j].pos_ in ("CCONJ", "ADP") or doc[j].tag_ == "POS") and doc[j].is_lower
            and j + 1 < len(doc) and doc[j + 1].is_title
        ) or (doc[j].text in ("'", "’") and doc[j - 1].text.endswith("s"))):
            j += 1
        capitals = [t for t in doc[i + 1 : j] if t.is_title]
        if len(capitals) >= 3 and doc[j - 1].lower_ in ends and not (
            j < len(doc) and doc[j].is_title
        ) and all(e.label_ != "ORG" or not (e.start <= i + 1 and e.end >= j) for e in ents):
            inside = [e for e in ents if e.start < j and e.end > i + 1]
            if all(e.start >= i and e.end <= j for e in inside):
                ents = [e for e in ents if e not in inside] + [
                    SpacySpan(doc, i + 1, j, label="ORG")]
                changed = True
        i = max(j, i + 1)
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)


def _tagged_like_wikiner(docs: Sequence[Doc]) -> bool:
    """Whether a WikiNER pipeline tagged the article (persons "PER"; places "LOC" and no label
    outside WikiNER's four), whose labels are renamed and names mended. An OntoNotes pipeline's
    "LOC" ("the Eastern Region", "Highland") is a place it tells from a country or a town, in
    articles that also hold its dates, numbers and people."""
    labels = {ent.label_ for doc in docs for ent in doc.ents}
    return "PER" in labels or ("LOC" in labels and labels <= _WIKINER_LABELS)


def _no_agency_in_names(doc: Doc, agency: str) -> None:
    """"LORIENT, 14 novembre (Hexapresse) - ..." then "a déclaré à Hexapresse Yannick Le
    Bihan": the agency of the dateline is told the words, never a person, nor the first word
    of one's name."""
    words = agency.split()
    size = len(words)
    ents, changed = [], False
    for ent in doc.ents:
        if ent.label_ in ("PER", "PERSON") and [t.text for t in ent[:size]] == words:
            changed = True
            if len(ent) > size:
                ents.append(SpacySpan(doc, ent.start + size, ent.end, label=ent.label_))
            continue
        ents.append(ent)
    if changed:
        doc.ents = ents


def _no_place_as_person(doc: Doc, place: str) -> None:
    """"DERA SHAHPAL, March 11: ... blocked the Dera Shahpal-Multan road": the dateline's place,
    and a name that opens on it, is a place wherever the tagger called it a person."""
    words = place.casefold().split()
    size = len(words)
    ents, changed = [], False
    for ent in doc.ents:
        opening = [t.text.casefold() for t in ent[:size]]
        if size and ent.label_ in ("PER", "PERSON") and (opening == words or (
            len(ent) == size and opening[:-1] == words[:-1]
            and opening[-1].split("-")[0] == words[-1]
        )):
            ents.append(SpacySpan(doc, ent.start, ent.end, label="GPE"))
            changed = True
            continue
        ents.append(ent)
    if changed:
        doc.ents = ents


def _names_joined_by_and(doc: Doc) -> None:
    """"l'ONG Forêts et Villages", "l'association Terre et Mer": two capitalised names joined by
    the conjunction right after a kind of organisation (data/<lang>/nouns.tsv) are
    one organisation's name, not two places."""
    kinds = lexicon().organisation_types
    ents = list(doc.ents)
    out: list[SpacySpan] = []
    changed = False
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        before = doc[ent.start - 1] if ent.start > 0 else None
        if nxt is not None and before is not None and before.lower_ in kinds and (
            nxt.start == ent.end + 1 and doc[ent.end].pos_ == "CCONJ" and doc[ent.end].is_lower
            and ent[0].is_title and nxt[0].is_title
        ):
            out.append(SpacySpan(doc, ent.start, nxt.end, label="ORG"))
            changed = True
            k += 2
            continue
        out.append(ent)
        k += 1
    if changed:
        doc.ents = out


def _elided_initials_left_out(doc: Doc) -> None:
    """"Yao Kouadio N'Guessan", "le Dr N'Guessan": an initial and its apostrophe that open a
    surname (data/<lang>/elided_name_initials.txt), split off by the tokenizer, belong to the name
    after them, and join the person's name before them."""
    initials = elided_name_initials()
    if not initials:
        return
    out: list[SpacySpan] = []
    changed = False
    for ent in doc.ents:
        k = ent.start - 1
        if len(ent) >= 3 and ent.label_ not in ("PER", "PERSON") and (
            is_title_word(ent[0].text) or is_honorific(ent[0].text)
        ) and ent[1].text.lower().replace("’", "'") in initials:
            out.append(SpacySpan(doc, ent.start, ent.end, label="PER"))  # "le Dr N'Guessan"
            changed = True
            continue
        if k >= 0 and not doc[k].whitespace_ and doc[k].is_lower and ent[0].is_title and (
            doc[k].text.replace("’", "'") in initials and out and out[-1].end == k
            and out[-1].label_ in ("LOC", "GPE")
        ):  # "le col de Tizi n'Tamatert": a Berber place's name, tagged a person after it
            out.append(SpacySpan(doc, out.pop().start, ent.end, label="LOC"))
            changed = True
            continue
        if k < 0 or doc[k].whitespace_ or not doc[k].text[:1].isupper() or not ent[0].is_title or (
            doc[k].text.lower().replace("’", "'") not in initials
        ):
            out.append(ent)
            continue
        if out and out[-1].end > k and out[-1].label_ not in ("PER", "PERSON"):
            out.append(ent)  # the initial is another name's last word
            continue
        changed = True
        if out and out[-1].end >= k and out[-1].label_ in ("PER", "PERSON"):
            before = out.pop()  # "Yao Kouadio" + "N'" + "Guessan"
            out.append(SpacySpan(doc, before.start, ent.end, label=before.label_))
            continue
        titled = k > 0 and (is_title_word(doc[k - 1].text) or is_honorific(doc[k - 1].text))
        out.append(SpacySpan(doc, k, ent.end, label="PER" if titled else ent.label_))
    for i in range(len(out) - 1, 0, -1):  # "N'Guessan Amenan Clarisse": the family name the
        before, ent = out[i - 1], out[i]  # tagger called a place, the given names a person
        if ent.label_ in ("PER", "PERSON") and before.end == ent.start and len(before) == 2 and (
            before.label_ != ent.label_ and doc[before.start].lower_.replace("’", "'") in initials
        ):
            out[i - 1 : i + 1] = [SpacySpan(doc, before.start, ent.end, label=ent.label_)]
            changed = True
    if changed:
        doc.ents = out


@per_language
def elided_name_initials() -> frozenset[str]:
    """data/<lang>/elided_name_initials.txt ("n'" of "N'Guessan")."""
    return optional_words(None, "elided_name_initials.txt")


def _places_set_off_elsewhere(docs: Sequence[Doc]) -> None:
    """"le club de Hamoirval, un village du Condroz": a one-word name set off before an
    indefinite article and a noun for a place (place_nouns.txt) is that place, so no person
    wherever the tagger called it one (the headline's "club de Hamoirval"); so is a one-word
    place the tagger found after a preposition of residence ("à Kindia"), unless it is a first
    name or a word of a person's name."""
    places = {doc[j:k + 1].text for doc in docs for k in range(len(doc) - 3)
              if doc[k].text[:1].isupper() and doc[k + 1].text == ","
              and doc[k + 2].lower_ in indefinite_articles()
              and doc[k + 3].lower_ in place_nouns()
              for j in [_capitalised_run_start(doc, k)] if j is not None}
    surnames = {t.text for doc in docs for e in doc.ents if e.label_ in ("PER", "PERSON")
                and len(e) > 1 for t in e}
    places |= {e.text for doc in docs for e in doc.ents  # "seront accueillis à Kindia": the
               if len(e) == 1 and e.label_ in ("LOC", "GPE") and e.start > 0  # place "de
               and doc[e.start - 1].lower_ in residence_prepositions()  # Kindia" names too
               and e[0].is_title and not first_name_gender(e.text) and e.text not in surnames}
    if not places:
        return
    for doc in docs:
        ents = list(doc.ents)
        named = [SpacySpan(doc, e.start, e.end, label="GPE")
                 if e.label_ in ("PER", "PERSON") and e.text in places else e for e in ents]
        if named != ents:
            doc.ents = named


def _abbreviated_given_names(doc: Doc) -> None:
    """"Dr. Ma. Teresa Villaflor": a given name abbreviated with a full stop (data/<lang>/
    given_name_abbreviations.txt), which the tagger left a name of its own, opens the person's
    name after it."""
    short = given_name_abbreviations()
    ents = list(doc.ents)
    if not short or not ents:
        return
    out: list[SpacySpan] = []
    for ent in ents:
        if out and out[-1].label_ in ("PER", "PERSON") and ent.label_ in ("PER", "PERSON") and (
            len(out[-1]) == 1 and out[-1].text.lower() in short and out[-1].end + 1 == ent.start
            and doc[out[-1].end].text == "."
        ):
            out.append(SpacySpan(doc, out.pop().start, ent.end, label=ent.label_))
            continue
        before = doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and ent.label_ in ("PER", "PERSON") and (
            before.text.endswith(".") and before.text[:-1].lower() in short
            and not (out and out[-1].end > before.i)
        ):  # "Dr. Ma. Luisa X", the abbreviation one token the tagger left out
            out.append(SpacySpan(doc, before.i, ent.end, label=ent.label_))
            continue
        out.append(ent)
    if out != ents:
        doc.ents = out


@per_language
def given_name_abbreviations() -> frozenset[str]:
    """data/<lang>/given_name_abbreviations.txt ("ma" of "Ma. Teresa X")."""
    return optional_words(None, "given_name_abbreviations.txt")


def _places_taken_for_bodies(docs: Sequence[Doc]) -> None:
    """"the Solwezi road" then "for buyers in Solwezi", an organisation for the tagger: a
    one-word name the article's tagging made a place somewhere is that place wherever it
    stands after a preposition and the tagger called it an organisation."""
    places = {e.text for doc in docs for e in doc.ents if len(e) == 1
              and e.label_ in ("LOC", "GPE") and e[0].is_title}
    for doc in docs:
        ents = list(doc.ents)
        named = [SpacySpan(doc, e.start, e.end, label="GPE")
                 if e.label_ == "ORG" and e.text in places and e.start > 0
                 and doc[e.start - 1].pos_ == "ADP" else e for e in ents]
        if named != ents:
            doc.ents = named


def _capitalised_run_start(doc: Doc, k: int) -> int | None:
    """Where the run of capitalised words (three at most) that ends at ``k`` starts: "Nether
    Wyke, a village of ..."; None when a longer run ends there."""
    j = k
    while j > 0 and doc[j - 1].text[:1].isupper() and doc[j - 1].is_alpha and k - j < 2:
        j -= 1
    return None if j > 0 and doc[j - 1].text[:1].isupper() and doc[j - 1].is_alpha else j


def _people_named_elsewhere(docs: Sequence[Doc]) -> None:
    """"Abdelkrim El Ghazouani, 58 ans, martèle ..." then "Abdelkrim El Ghazouani, lui, a
    commencé ...": a person's full name (two words or more) that another paragraph tagged is
    the person wherever the tagger left it out or called it something else."""
    names = {tuple(t.text for t in e) for doc in docs for e in doc.ents
             if e.label_ in ("PER", "PERSON") and len(e) >= 2 and e[0].is_title
             and e[-1].text[:1].isupper() and first_name_gender(e[0].text)
             and not is_honorific(e[0].text)}  # (not "Nana X", a chief's honorific)
    for doc in docs:
        found = []
        for name in names:
            size = len(name)
            for i in range(len(doc) - size + 1):
                if doc[i].text != name[0] or tuple(t.text for t in doc[i : i + size]) != name:
                    continue
                if all(t.ent_type_ in ("PER", "PERSON") for t in doc[i : i + size]) and all(
                    t.ent_iob_ == "I" for t in doc[i + 1 : i + size]
                ):
                    continue  # tagged so already, or inside a longer name ("Mamadou Tall-Ndiaye")
                if any(e.start < i + size < e.end for e in doc.ents) or (
                    i + size < len(doc) and doc[i + size].is_title and doc[i + size].is_alpha
                ):
                    continue  # a longer name goes on after it ("Nurul Huda Zainal")
                if any(e.start < i < e.end and any(t.is_lower for t in doc[e.start : i])
                       for e in doc.ents) or any(
                    (e.start, e.end) == (i, i + size) and e.label_ == "ORG" for e in doc.ents
                ):  # the end of a name of something ("City of Kestrel Bay"); the same words
                    continue  # tagged an organisation here ("Mosa Distribution")
                found.append(SpacySpan(doc, i, i + size, label="PERSON"))
        if found:
            found.sort(key=lambda span: (span.start, -len(span)))
            found = [span for k, span in enumerate(found)
                     if not any(o.end > span.start for o in found[:k])]  # no two on one word
            taken = {i for span in found for i in range(span.start, span.end)}
            kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
            doc.ents = sorted([*kept, *found], key=lambda e: e.start)


def _no_kicker_as_person(docs: Sequence[Doc]) -> None:
    """"Ski alpin : faute de neige, ...": a headline's first word, a person for the tagger, that
    lower-case words and a colon follow (a section's kicker) is no one, when the word is no
    known first name and the article never uses it again."""
    if not docs or not docs[0].ents:
        return
    doc, ent = docs[0], docs[0].ents[0]
    if ent.start != 0 or len(ent) != 1 or ent.label_ not in ("PER", "PERSON"):
        return
    colon = next((t.i for t in doc[1:4] if t.text == ":"), None)
    uses = [t for other in docs[1:] for t in other if t.text == ent.text]
    if colon == 1 and any(t.ent_type_ in ("LOC", "GPE") for t in uses) and all(
        t.ent_type_ in ("LOC", "GPE") or (t.ent_type_ == "ORG" and t.ent_iob_ == "I")
        for t in uses
    ):  # "Bois-Laurier : les marchandes ... priées de ...": the place the article names (or
        # ends a body's name with: "l'Association des marchandes ... de Bois-Laurier")
        doc.ents = [SpacySpan(doc, e.start, e.end, label="GPE") if e == ent else e
                    for e in doc.ents]
        return
    if colon is None or colon == 1 or not all(t.is_lower and t.is_alpha for t in doc[1:colon]):
        return
    if first_name_gender(ent.text) is not None or any(
        t.text == ent.text for other in docs[1:] for t in other
    ):
        return
    doc.ents = [e for e in doc.ents if e != ent]


def _things_named_as_organisations(docs: Sequence[Doc]) -> None:
    """"l'association La Route partagée, qui ..." then "La Route partagée a fait savoir": a
    miscellaneous name the article names an organisation elsewhere is that organisation."""
    named = {e.text.casefold() for doc in docs for e in doc.ents if e.label_ == "ORG"}
    for doc in docs:
        if any(e.label_ == "MISC" and e.text.casefold() in named for e in doc.ents):
            doc.ents = [SpacySpan(doc, e.start, e.end, label="ORG")
                        if e.label_ == "MISC" and e.text.casefold() in named else e
                        for e in doc.ents]


def _honoured_names_taken_for_things(doc: Doc, person: str) -> None:
    """"Madam Comfort Adjei, a kenkey seller", "Me Gwenaëlle Rio": a name the tagger called a
    work, a product, an organisation or a miscellaneous name (a first name it does not know) is
    a person's (labelled ``person``) when an honorific opens it and two or more capitalised
    proper nouns follow (not "Mrs Doubtfire"), the last no word that ends an organisation's name
    ("Mr Price Group")."""
    ents = list(doc.ents)
    name_words = lexicon().organisation_name_words  # (but "Mr Price Group Ltd")
    mended = [SpacySpan(doc, e.start, e.end, label=person) if (
        e.label_ in ("WORK_OF_ART", "PRODUCT", "ORG", "MISC") and len(e) >= 3
        and is_honorific(e[0].text)
        and all(t.is_title and t.pos_ == "PROPN" for t in e[1:])
        and e[-1].lower_.rstrip(".") not in name_words) else _titled_person(e, person) or e
        for e in ents]
    if mended != ents:
        doc.ents = mended


def _titled_person(ent: SpacySpan, person: str) -> SpacySpan | None:
    """"le Lieutenant-colonel Ibrahim Sani", a place for the tagger: a name of another kind that
    a title opens, then a known first name and one or more capitalised proper nouns, is that
    person's name (the title kept with it, as the tagger's persons keep it)."""
    if ent.label_ in (person, "PERSON", "PER") or not is_title_word(ent[0].text) or (
        ent[-1].lower_ in lexicon().organisation_nouns and ent[-1].is_title
    ):  # (not "the Garda Press Office")
        return None
    first = next((t for t in ent[1:] if t.is_title and first_name_gender(t.text) is not None), None)
    if first is None and _set_off_after_office(ent) and len(ent) >= 3:
        first = ent[1]  # "Son président, Dah Gbènan X, a demandé": a first name it does not know
    if first is None or first.i + 1 >= ent.end or not all(
        t.is_title and t.pos_ == "PROPN" for t in ent.doc[first.i : ent.end]
    ) or not all(is_title_word(t.text) or not t.is_alpha for t in ent.doc[ent.start : first.i]):
        return None
    return SpacySpan(ent.doc, ent.start, ent.end, label=person)


def _set_off_after_office(ent: SpacySpan) -> bool:
    """The name is set off by commas right after a lower-case occupation ("Son président, X,")."""
    doc = ent.doc
    return ent.start >= 2 and ent.end < len(doc) and doc[ent.start - 1].text == "," and (
        doc[ent.end].text == ","
    ) and doc[ent.start - 2].is_lower and doc[ent.start - 2].lemma_.lower() in lexicon().occupations


def _organisations_taken_for_things(doc: Doc) -> None:
    """"The Ridgeport Comets fired coach Dale Whitford": a plural proper noun after "the",
    acting as a verb's subject, that the tagger called a work of art or a product or left out,
    is an organisation (a team, a band); so is a building whose last word is an organisation's
    ("the Great Lakes Crude Pipeline Company")."""
    ents = list(doc.ents)
    name_words = lexicon().organisation_name_words
    mended = [SpacySpan(doc, e.start, e.end, label="ORG") if (
        e.label_ in ("WORK_OF_ART", "PRODUCT") and e.root.tag_ == "NNPS"
        and e.root.dep_ == "nsubj") or (e.label_ == "FAC" and e[-1].lower_ in name_words)
        else e for e in ents]
    for tok in doc:
        if tok.tag_ != "NNPS" or tok.dep_ != "nsubj" or tok.ent_type_ or not tok.is_title:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].tag_ == "NNP" and doc[start - 1].is_title and (
            doc[start - 1].head.i == tok.i and not doc[start - 1].ent_type_
        ):
            start -= 1
        if start > 0 and doc[start - 1].lower_ in lexicon().determiners and (
            doc[start - 1].dep_ == "det"
        ):
            mended.append(SpacySpan(doc, start, tok.i + 1, label="ORG"))
    if mended != ents:
        doc.ents = sorted(mended, key=lambda e: e.start)


def _verbs_cut_from_names(doc: Doc) -> None:
    """"Judge Marangai gave Hoskins a discount": a person the tagger ran over a lower-case
    finite verb between two capitalised names is two people, one each side of the verb."""
    ents = list(doc.ents)
    out: list[SpacySpan] = []
    for ent in ents:
        verb = next((t.i for t in ent[1:-1] if t.is_lower and t.pos_ in ("VERB", "AUX")
                     and "Fin" in t.morph.get("VerbForm", [])), None)
        if ent.label_ not in ("PERSON", "PER") or verb is None or not all(
            t.is_title for t in (*doc[ent.start : verb], *doc[verb + 1 : ent.end])
        ):
            out.append(ent)
            continue
        out.append(SpacySpan(doc, ent.start, verb, label=ent.label_))
        out.append(SpacySpan(doc, verb + 1, ent.end, label=ent.label_))
    if out != ents:
        doc.ents = out


def _people_set_off_inside_names(doc: Doc, person: str) -> None:
    """"north of Bor, Nyabol Gatdet, 29, said": a name of another kind the tagger ran over a
    comma into a first name and the capitalised words after it is two names, the second a
    person's (labelled ``person``)."""
    ents = list(doc.ents)
    out: list[SpacySpan] = []
    for ent in ents:
        comma = next((t.i for t in ent if t.text == ","), None)
        if ent.label_ in ("PERSON", "PER") or comma is None or comma == ent.start or (
            comma + 2 >= ent.end or not (first_name_gender(doc[comma + 1].text) is not None
                                         or age_set_off(doc.text[ent.end_char :][:40]))
            or not all(t.is_title and t.is_alpha for t in doc[comma + 1 : ent.end])
        ):  # (a first name, or an age after the name)
            out.append(ent)
            continue
        out.append(SpacySpan(doc, ent.start, comma, label=ent.label_))
        out.append(SpacySpan(doc, comma + 1, ent.end, label=person))
    if out != ents:
        doc.ents = out


def _given_names_left_out(doc: Doc) -> None:
    """"Dr. (Mrs) Folake Okunola", "Dr Shanthi Perera": a capitalised word the parser joined to
    a person's name but the tagger left out of it, after an honorific or a title, is the name's
    first word; so is a first name right after a comma that the tagger made a common noun
    (", Hortense Ngo Bilong,")."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        before = doc[ent.start - 1] if ent.start >= 1 else None
        if ent.label_ in ("LOC", "GPE") and len(ent) == 1 and before is not None and (
            before.is_title and not before.ent_type_ and sure_of_first_name(before.text)
            and (before.is_sent_start or doc[before.i - 1].text == ",")
            and ent.end + 1 < len(doc) and doc[ent.end].text == ","
            and "Rel" in doc[ent.end + 1].morph.get("PronType", [])
        ):  # "Sylvain Boudreault, que les gens du village surnomment ...": the surname the
            ents[k] = SpacySpan(doc, before.i, ent.end, label="PER")  # tagger made a place
            changed = True
            continue
        if ent.label_ not in ("PERSON", "PER"):
            continue
        start = _name_words_left_out(doc, ent.start, ent.end)
        opening = start == 0 or not doc[start - 1].is_alpha
        if start < ent.start and (
            (opening and first_name_gender(doc[start].text) is not None)
            or (doc[ent.start].lower_ in surname_particles() and doc[start].pos_ == "PROPN"
                and not is_title_word(doc[start].text))  # "Marites Dela Peña": the surname
            or (start > 0 and (doc[start - 1].text == ")" or is_honorific(doc[start - 1].text)
                               or is_title_word(doc[start - 1].text)))
        ):  # "Dr Shanthi Perera", the tagger's person being "Perera"; '"..." Elijah Mabior
            # Chol, a hydrologist, said', a first name opening the name; a name the tagger
            # began at its surname's particle, the given name before it
            ents[k] = SpacySpan(doc, start, ent.end, label=ent.label_)
            changed = True
            continue
        first = doc[ent.start - 1] if ent.start >= 1 else None
        if first is not None and not first.ent_type_ and first.is_title and first.is_alpha and (
            (first.i > 0 and doc[first.i - 1].is_lower and doc[first.i - 1].pos_ == "VERB"
             and first.pos_ == "PROPN" and news_gender(first.text) is not None)
            or (first.i > 0 and doc[first.i - 1].text == "," and (
                news_gender(first.text) is not None
                or (doc[ent.start].dep_ == "flat:name" and doc[ent.start].head.i == first.i)))
            or (first.is_sent_start and first.pos_ in ("NOUN", "PROPN")
                and news_gender(first.text) is not None)
            or (first.i > 1 and doc[first.i - 1].text == "," and len(ent) == 1
                and first.pos_ == "PROPN" and first.dep_ == "compound"
                and first.head.i == ent.start and (
                    doc[first.i - 2].lower_ in lexicon().occupations
                    or is_title_word(doc[first.i - 2].text)))
        ) and not is_title_word(first.text) and not is_honorific(first.text):
            # ", Hortense Ngo Bilong,": a first name the tagger made a common noun (not the
            # title "Nana"), or opening the sentence ("Dieudonné X, 81 ans, a porté"); ", Gueu
            # Zoh Bertin,": a family name written first, the head the parser hung the tagger's
            # name on; "The association's president, Dilbai X,": a proper noun the parser joined
            # to a one-word name set off after an office
            ents[k] = SpacySpan(doc, first.i, ent.end, label=ent.label_)
            changed = True
    if changed:
        doc.ents = ents


def _surnames_left_out(doc: Doc) -> None:
    """"Kaumātua Wiremu Tawhai, Ruby Tawhai's uncle, said": a capitalised proper noun right
    after a person's name, outside every entity, that the name's last word hangs from in the
    parse (the name's head), is the name's last word. So are letters after a name the tagger
    made a person of their own ("Eluned Prydderch MS told the Senedd"; the name leaves them out),
    a person right after it that the name's last word hangs from ("Hajji Swaibu" and "Kasozi")
    or that ends on a name's suffix ("Nana Kwasi" and "Amoako III"), the name after a person
    made of an honorific and titles alone ("HRH Oba" and "Adewale X"), a one-word place right
    after a lone first name ("Claudia" and "Meierhans"), and, in a pipeline with universal tags,
    a capitalised word of another kind before a comma or a full stop ("Colette" and "Savoie", a
    verb for the tagger)."""
    ents = list(doc.ents)
    changed = False
    postnominals = lexicon().postnominals
    for k, ent in enumerate(ents):
        end = ent.end
        if ent.label_ not in ("PERSON", "PER") or end >= len(doc):
            continue
        nxt = doc[end]
        after = ents[k + 1] if k + 1 < len(ents) else None
        if after is not None and after.start == end and after.label_ == ent.label_ and (
            (len(after) == 1 and nxt.is_upper and nxt.lower_ in postnominals)
            or (doc[end - 1].dep_ == "compound" and doc[end - 1].head.i in range(end, after.end)
                and _capitalised_words(after))
            or after[-1].lower_ in lexicon().name_suffixes
        ):  # "Hajji Swaibu" and "Kasozi", the tagger's two persons, are one; so are "Nana
            # Kwasi" and "Amoako III", the second ending on a name's suffix
            ents[k] = SpacySpan(doc, ent.start, after.end, label=ent.label_)
            ents[k + 1] = ents[k]
            changed = True
            continue
        if after is not None and after.start == end and after.label_ in ("GPE", "LOC") and (
            len(ent) == 1 and len(after) == 1 and _capitalised_words(after)
            and first_name_gender(ent.text) and doc[end - 1].whitespace_ == " "
        ):  # "tranche Claudia Meierhans, analyste": a first name, then its surname the tagger
            ents[k] = SpacySpan(doc, ent.start, after.end, label=ent.label_)  # took for a place
            ents[k + 1] = ents[k]
            changed = True
            continue
        if is_honorific(ent[0].text) and all(is_title_word(t.text) or is_honorific(t.text)
                                             for t in ent):
            j = end  # "HRH Oba" and "Adewale X": titles the tagger took for the person,
            while j < min(len(doc), end + 4) and doc[j].pos_ == "PROPN" and doc[j].is_title and (
                not doc[j].ent_type_ and not is_title_word(doc[j].text)
            ):
                j += 1
            if j > end:  # the name after them
                ents[k] = SpacySpan(doc, ent.start, j, label=ent.label_)
                changed = True
                continue
        if (nxt.pos_ == "PROPN" and nxt.is_title and not nxt.ent_type_
                and doc[end - 1].head.i == end and doc[end - 1].dep_ in ("compound", "flat:name")
                and nxt.dep_ not in ("compound", "flat:name")  # the name's head, its last word
                and not all(is_title_word(t.text) for t in ent)):  # not "Asst Comm"
            ents[k] = SpacySpan(doc, ent.start, end + 1, label=ent.label_)
            changed = True
            continue
        if (len(ent) == 1 and first_name_gender(ent.text) and nxt.is_title and nxt.is_alpha
                and not nxt.ent_type_ and nxt.pos_ in ("VERB", "AUX", "ADJ", "NOUN")
                and nxt.tag_ == nxt.pos_ and end + 1 < len(doc) and doc[end + 1].text in (",", ".")
                and doc[end - 1].whitespace_ == " "):  # "l'enseignante retraitée Colette
            ents[k] = SpacySpan(doc, ent.start, end + 1, label=ent.label_)  # Savoie, le club":
            changed = True  # a lone first name, then its surname the tagger took for a verb
    if changed:
        doc.ents = list(dict.fromkeys(ents))


def _surname_after_honoured_first_name(doc: Doc) -> None:
    """"Pour la défense, Me Gwenaëlle Rio a plaidé": an honorific and a first name (a person
    once the honorific joined them), then a one-word place right after, is the person's
    surname."""
    ents = list(doc.ents)
    changed = False
    for k in range(len(ents) - 1):
        ent, after = ents[k], ents[k + 1]
        if ent.label_ == "PERSON" and len(ent) == 2 and after.label_ == "GPE" and (
            after.start == ent.end and len(after) == 1 and _capitalised_words(after)
            and is_honorific(ent[0].text) and first_name_gender(ent[1].text)
            and doc[ent.end - 1].whitespace_ == " "
        ):
            ents[k] = ents[k + 1] = SpacySpan(doc, ent.start, after.end, label="PERSON")
            changed = True
    if changed:
        doc.ents = list(dict.fromkeys(ents))


def _names_set_off_untagged(doc: Doc) -> None:
    """"Laure Dambrine, professeure de sciences, était assise": a first name whose gender every
    country the language's news reads agrees on, then a capitalised word that is no first name,
    set off by a comma before a lower-case word, that the tagger left out of every entity, is a
    person, and any first name so set off before an occupation ("Camille Roussange, conseillère
    du ministre"); so is any first name and such a word after an article and a noun for a
    person, set off or followed by a verb ("L'attaquante Kaïla Desrosiers a été nommée", "la
    pharmacienne Sophie Jaquier a vu"), and any two such words after an honorific ("Ms Hyacinth
    Boyce, 74, was born")."""
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    found = []
    for i in range(len(doc) - 3):
        first, last, comma = doc[i], doc[i + 1], doc[i + 2]
        if i in taken or i + 1 in taken:
            continue
        if not (first.is_title and first.text.replace("-", "").isalpha() and last.is_title
                and last.is_alpha):  # ("Jean-Luc X, qui ...")
            continue
        set_off = comma.text == "," and (doc[i + 3].is_lower or (  # "Abdoulaye Sow, 52 ans,"
            age_after(doc.text, last.idx + len(last)) is not None))
        honoured = i > 0 and is_honorific(doc[i - 1].text) and not is_title_word(first.text) and (
            not (i > 1 and doc[i - 2].is_title) and doc[i - 1].is_title
        )  # "Ms Hyacinth Boyce, 74, was born": after "Ms", whatever the first-name lists say
        if honoured and not is_title_word(last.text) and (
            set_off or comma.pos_ in ("AUX", "VERB")
        ):
            found.append(SpacySpan(doc, i, i + 2, label="PERSON"))
            taken.update((i, i + 1))
            continue
        if i > 0 and not first.is_sent_start and doc[i - 1].is_title:
            continue  # the end of a longer run of capitalised words
        aged_after_job = i > 0 and doc[i - 1].is_lower and (
            doc[i - 1].lower_ in lexicon().occupations or doc[i - 1].lower_ in person_nouns()
        ) and age_after(doc.text, last.idx + len(last)) is not None
        if first_name_gender(last.text) and not aged_after_job:
            continue  # (but "Retired nurse Hyacinth Samuel, 70,": a surname that is a first
            # name too, after a job and before an age)
        if (set_off and (sure_of_first_name(first.text) or (
            is_first_name(first.text) and doc[i + 3].lower_ in lexicon().occupations
        ))) or (
            _after_occupation(doc, i) and first_name_gender(first.text)
            and (set_off or comma.pos_ in ("AUX", "VERB"))
        ) or (aged_after_job and not is_title_word(first.text) and not is_title_word(last.text)):
            # "L'attaquante Kaïla Desrosiers a été nommée"; "Retired nurse Hyacinth X, 70,"
            found.append(SpacySpan(doc, i, i + 2, label="PERSON"))
            taken.update((i, i + 1))  # no two names on one word
    for tok in doc:  # "Léa, 22 ans, étudiante en droit,": a first name alone, given an age
        if tok.i in taken or not (tok.is_title and tok.is_alpha) or (
            tok.i > 0 and doc[tok.i - 1].is_title
        ) or is_title_word(tok.text) or is_honorific(tok.text) or not first_name_gender(tok.text):
            continue
        if age_after(doc.text, tok.idx + len(tok)) is not None:
            found.append(SpacySpan(doc, tok.i, tok.i + 1, label="PERSON"))
            taken.add(tok.i)
    if found:
        doc.ents = sorted([*doc.ents, *found], key=lambda e: e.start)


def _surnames_taken_for_things(doc: Doc) -> None:
    """"Pierre-Claver Mba X, 63 ans, retraité des Postes": a known first name the tagger left
    out, right before capitalised words it called a miscellaneous name and a comma or a verb,
    is a person, the first name and those words."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        first = doc[ent.start - 1] if ent.start > 0 else None
        if ent.label_ != "MISC" or first is None or first.ent_type_ or not first.is_title or (
            first_name_gender(first.text) is None or is_title_word(first.text)
            or is_honorific(first.text) or len(ent) > 3
            or not all(t.is_title and t.is_alpha for t in ent) or ent.end >= len(doc)
            or not (doc[ent.end].text == "," or doc[ent.end].pos_ in ("VERB", "AUX", "PRON"))
        ):
            continue
        ents[k] = SpacySpan(doc, first.i, ent.end, label="PER")
        changed = True
    if changed:
        doc.ents = ents


def _first_names_taken_for_places(doc: Doc) -> None:
    """"la députée de la circonscription, Soizic Le Bihan (Alliance océane), a réclamé": a first
    name the tagger called a place, set off by a comma a few words after a noun for a person,
    then a surname it left out (after its particle, if any) and a comma or a bracket, is the
    person."""
    ents = list(doc.ents)
    lex = lexicon()
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ in ("LOC", "GPE") and len(ent) > 1 and ent.start >= 2 and (
            doc[ent.start - 1].text == "," and is_first_name(ent[0].text)
            and all(t.is_title or joining_hyphen(t) for t in ent)
            and ent.end < len(doc) and doc[ent.end].text in (",", "(")
            and any(t.is_lower and (t.lower_ in lex.occupations or t.lower_ in person_nouns())
                    for t in doc[max(0, ent.start - 7) : ent.start - 1])
        ):  # "vers une recrue de 17 ans, Loïc Beaudry, qui": the whole name tagged a place
            ents[k] = SpacySpan(doc, ent.start, ent.end, label="PERSON")
            changed = True
            continue
        named_next = k + 1 < len(ents) and ents[k + 1].start == ent.end and (
            ents[k + 1].label_ in ("PER", "PERSON"))
        opening = bool(doc[ent.start].is_sent_start) and (sure_of_first_name(ent.text) or (
            named_next and (is_first_name(ent.text) or age_after(
                doc.text, ents[k + 1].end_char) is not None))
        )  # ("Fatima Zahra X, 61 ans,": a first name some country gives a place, then a
        # person's name; "Ananya X, 26, a software tester": one the dictionary lacks, then a
        # person's name and an age)
        if ent.label_ not in ("LOC", "GPE") or len(ent) != 1 or (not opening and (
            ent.start < 2 or doc[ent.start - 1].text != "," or not is_first_name(ent.text)
        )):
            continue
        end = ent.end + (1 if ent.end < len(doc) and doc[ent.end].lower_ in surname_particles()
                         else 0)
        # "Kamel Aït Ouarab": the surname tagged a person on its own
        surname = ents[k + 1] if k + 1 < len(ents) and ents[k + 1].start == end and (
            ents[k + 1].label_ in ("PER", "PERSON")) else None
        untagged = end < len(doc) and doc[end].is_title and doc[end].is_alpha and (
            not doc[end].ent_type_
            or (doc[end].ent_type_ in ("LOC", "GPE") and doc[end].ent_iob_ == "B"))
        if surname is None and not untagged:
            continue
        last = end if surname is None else surname.end - 1
        while surname is None and doc[end].ent_type_ and last + 1 < len(doc) and (
            doc[last + 1].ent_iob_ == "I" and doc[last + 1].is_title
        ):
            last += 1  # "Gervais Kouamé N'Guessan": the surnames tagged a place of their own
        while surname is None and last + 1 < len(doc) and last - end < 2 and (
            doc[last + 1].is_title and doc[last + 1].is_alpha and not doc[last + 1].ent_type_
        ):
            last += 1  # "Abdelkrim El Ghazouani": a surname of two words, both untagged
        after = next((e for e in ents[k + 1 :] if e.start > last), None)
        if surname is None and after is not None and after.start == last + 1 and (
            after.label_ in ("PER", "PERSON")
        ):
            last = after.end - 1  # "Gervais Kouamé N'Guessan": only the surname tagged
        while last + 2 < len(doc) and joining_hyphen(doc[last + 1]) and doc[last + 2].is_title:
            last += 2  # "Gwenaëlle Le Bihan-Marec": a surname tagged a place, through its hyphens
        closing = doc[last + 1].text if last + 1 < len(doc) else ""
        if closing not in (",", "(", ".") or (
            doc[last].ent_type_ and doc[last + 1].ent_iob_ == "I"
        ):
            continue
        before = doc[max(0, ent.start - 9) : ent.start - 1]  # ("la directrice de l'armement
        # Le Bihan-Corlay, Gwenaëlle Le Bihan.": the employer's name between)
        aged = age_after(doc.text, doc[last].idx + len(doc[last])) is not None
        after_job = any(t.is_lower and (t.lower_ in lex.occupations or t.lower_ in person_nouns())
                        for t in before)
        if after_job or (closing != "." and (surname is not None or (opening and aged))):
            # ("Abdelkrim El Ghazouani, 58 ans,"; a sentence may end on the name after a job)
            ents[k] = SpacySpan(doc, ent.start, last + 1, label="PERSON")
            changed = True
    if changed:
        kept: list[SpacySpan] = []
        for span in ents:  # (the surname's own entity is inside the person now)
            if kept and span.start < kept[-1].end:
                continue
            kept.append(span)
        doc.ents = kept


def _after_occupation(doc: Doc, i: int) -> bool:
    """An article and a lower-case occupation or other noun for a person stand right before
    ``doc[i]`` ("L'attaquante", "la pharmacienne")."""
    noun = doc[i - 1].lower_ if i >= 2 else ""
    return doc[i - 1].is_lower and (noun in lexicon().occupations or noun in person_nouns()) and (
        doc[i - 2].pos_ == "DET")


@per_language
def person_nouns() -> frozenset[str]:
    """Nouns for a person beyond occupations: kin, neighbours, witnesses (data/<lang>/
    person_nouns.txt)."""
    return optional_words(None, "person_nouns.txt")


def _no_offices_in_apposition(doc: Doc) -> None:
    """"Dr. Sarah Okurut, the Kavule District Health Officer (DHO), said": an organisation the
    tagger found in apposition to a person, whose last word is an occupation or a title, is
    the person's office, and so is the acronym in brackets after it."""
    jobs = lexicon().occupations
    dropped: set[int] = set()
    for ent in doc.ents:
        root = ent.root
        if ent.label_ == "ORG" and root.dep_ == "appos" and root.head.ent_type_ in (
            "PERSON", "PER"
        ) and root.head.i < ent.start and (ent[-1].lower_ in jobs or is_title_word(ent[-1].text)):
            dropped.add(ent.start)
            if ent.end + 2 < len(doc) and doc[ent.end].text == "(" and (
                doc[ent.end + 2].text == ")" and doc[ent.end + 1].is_upper
            ):
                dropped.add(ent.end + 1)
    if dropped:
        doc.ents = [e for e in doc.ents if e.start not in dropped]


def _no_office_initials_as_people(doc: Doc) -> None:
    """"The area's MLA, Karen X, did not respond": an office's initials the tagger made a person
    are no one's name."""
    ents = [e for e in doc.ents if not (
        e.label_ in ("PERSON", "PER") and len(e) == 1 and len(e.text) > 1 and e.text.isupper()
        and is_title_word(e.text))]
    if len(ents) < len(doc.ents):
        doc.ents = ents


@per_language
def opening_participles() -> frozenset[str]:
    """Participles that open a sentence before its subject ("Jointe", "Interrogée"),
    data/<lang>/opening_participles.txt."""
    return optional_words(None, "opening_participles.txt")


def _no_demonyms_in_names(doc: Doc) -> None:
    """"Le Landais Enzo Lacoste, arrivé mardi": a word for someone from a place, after a
    definite article and before a first name, that the tagger ran into the person's name is
    no part of it."""
    endings = demonym_endings()
    if not endings:
        return
    ents = list(doc.ents)
    out = []
    for ent in ents:
        first = ent[0]
        if ent.label_ in ("PER", "PERSON", "LOC", "MISC") and len(ent) >= 3 and ent.start > 0 and (
            first.is_title and first.is_alpha and first.lower_.endswith(endings)
            and doc[ent.start - 1].lower_ in lexicon().articles
            and "Def" in doc[ent.start - 1].morph.get("Definite", [])
            and first_name_gender(ent[1].text) and not first_name_gender(first.text)
        ):
            ent = SpacySpan(doc, ent.start + 1, ent.end, label=ent.label_)
        elif len(ent) == 1 and ent.label_ in ("PER", "PERSON", "MISC") and ent.start > 0 and (
            doc[ent.start - 1].text == "," and first.is_title and first.lower_.endswith(endings)
            and ent.end < len(doc) and doc[ent.end].is_lower and not is_first_name(first.text)
        ):
            continue  # "Anouk X, Genevoise d'origine et ingénieure ...": where she is from
        elif len(ent) == 1 and ent.label_ in ("PER", "PERSON") and ent.start > 1 and (
            first.is_title and first.lower_.endswith(endings) and not is_first_name(first.text)
            and doc[ent.start - 1].is_lower and doc[ent.start - 1].pos_ == "ADJ"
            and "Def" in doc[ent.start - 2].morph.get("Definite", [])
        ):
            continue  # "souligne le jeune Guatémaltèque": someone from there, described
        out.append(ent)
    if len(out) < len(ents) or any(a.start != b.start for a, b in zip(ents, out, strict=True)):
        doc.ents = out


@per_language
def demonym_endings() -> tuple[str, ...]:
    """How the words for someone from a place end ("Montréalaise", "Sainte-Odilois"):
    data/<lang>/demonym_endings.txt."""
    return tuple(optional_words(None, "demonym_endings.txt"))


def _no_opening_participles(doc: Doc) -> None:
    """"Invitée mardi du « Grand Soir », la directrice ... a répondu": a participle opening the
    sentence (data/<lang>/opening_participles.txt) that the tagger took for a name is none."""
    words = opening_participles()
    kept = [e for e in doc.ents if not (len(e) == 1 and e.start == e.sent.start and (
        e.text.lower() in words or _attribute_before_its_subject(doc, e)))]
    if len(kept) < len(doc.ents):
        doc.ents = kept


def _no_adjectives_before_names(doc: Doc, person: str) -> None:
    """"Heartbroken Joan told the Daily Comet": an adjective of data/<lang>/name_adjectives.txt
    opening a person's name the tagger found is no part of it; nor is an occupation that opens
    the sentence before a first name ("Trapper Gilles X, who holds the trapline, says")."""
    words = _name_adjectives()
    ents = list(doc.ents)
    out = [SpacySpan(doc, e.start + 1, e.end, label=e.label_)
           if e.label_ in ("PER", "PERSON") and len(e) > 1 and e[0].lower_ in words
           and e[1].text[:1].isupper() else _occupation_opening(e, person) or e for e in ents]
    if out != ents:
        doc.ents = out


def _occupation_opening(ent: SpacySpan, person: str) -> SpacySpan | None:
    """"Trapper Gilles X, who holds the trapline, says", "Retiree Tan Boon X said": an
    occupation or an age noun that opens the sentence and a person's name (a first name or a
    family name written first, then capitalised words) the tagger ran together, as a person or
    an organisation: the person, without the occupation."""
    first = ent[0]
    if ent.label_ not in ("PER", "PERSON", "ORG") or len(ent) < 3 or not first.is_sent_start or (
        (first.lower_ not in lexicon().occupations and not is_age_noun(first.lower_))
        or first_name_gender(first.text)
        or (first_name_gender(ent[1].text) is None and not is_family_name_first(ent[1].lower_))
        or not all(t.text[:1].isupper() for t in ent[1:])
    ):  # ("Retiree Tan Boon Huat said": an age noun, a name its family name opens)
        return None
    return SpacySpan(ent.doc, ent.start + 1, ent.end,
                     label=person if ent.label_ == "ORG" else ent.label_)


@per_language
def _name_adjectives() -> frozenset[str]:
    return optional_words(None, "name_adjectives.txt")


def _attribute_before_its_subject(doc: Doc, ent: SpacySpan) -> bool:
    """"Aveugle depuis l'âge de 19 ans, ce standardiste de 38 ans a dû ...": a word opening the
    sentence, a preposition (not one opening a surname or an affiliation, "Dupont de la CGT"),
    then after a comma a determiner or a name: the word is an attribute set before its
    subject, not a name."""
    following = doc[ent.end] if ent.end < len(doc) else None
    if following is None or following.pos_ != "ADP" or not following.is_lower or (
        following.lower_ in surname_particles() or is_first_name(ent.text)
    ):
        return False
    comma = next((t for t in ent.sent if t.i > ent.end and t.text == ","), None)
    if comma is None or comma.i + 1 >= ent.sent.end:
        return False
    subject = doc[comma.i + 1]
    return subject.pos_ == "DET" or (subject.ent_iob_ == "B" and subject.is_title)


def _names_with_a_final_apostrophe(doc: Doc) -> None:
    """"Governor Rosemary Achieng' Otieno": a name with an apostrophe at a word's end (Kenyan
    spellings), which the tagger cut into two people there, is one person."""
    ents = list(doc.ents)
    out: list[SpacySpan] = []
    for ent in ents:
        last = out[-1] if out else None
        if (last is not None and last.label_ == ent.label_ == "PERSON" and last.end == ent.start
                and len(last) > 1 and last[-1].text in ("'", "’") and last[-1].whitespace_
                and not last[-2].whitespace_ and len(ent) == 1):
            out[-1] = SpacySpan(doc, last.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    if len(out) < len(ents):
        doc.ents = out


def _surnames_cut_at_an_inner_apostrophe(doc: Doc) -> None:
    """"La maire, Anne-Sophie Kerbrac’h,": a Breton surname with "c’h" inside, which the
    tokenizer cut at the apostrophe and the tagger left out of the name (all of it, or its
    last letter), belongs to it."""
    ents = list(doc.ents)
    out = []
    for ent in ents:
        end = ent.end
        if ent.label_ in ("PER", "PERSON") and end < len(doc):
            if _cut_at_an_apostrophe(doc, end - 1):
                end += 1  # ("Kerbrac’" tagged, "h" not)
            elif end + 1 < len(doc) and not doc[end].ent_type_ and _cut_at_an_apostrophe(doc, end):
                end += 2
        out.append(ent if end == ent.end else SpacySpan(doc, ent.start, end, label=ent.label_))
    if out != ents:
        doc.ents = out


def _cut_at_an_apostrophe(doc: Doc, k: int) -> bool:
    """The words at ``k`` are a capitalised word ending on an apostrophe and one lower-case
    letter written against it that the tagger left out ("Kerbrac’" "h")."""
    return _inner_apostrophe_cut(doc, k) and not doc[k + 1].ent_type_


def _inner_apostrophe_cut(doc: Doc, k: int) -> bool:
    """The words at ``k`` are a capitalised word ending on an apostrophe and one lower-case
    letter written against it ("Guivarc’" "h")."""
    return (doc[k].text[:1].isupper() and doc[k].text[-1:] in ("'", "’")
            and not doc[k].whitespace_ and doc[k + 1].is_lower and len(doc[k + 1].text) == 1)


def _people_after_office(doc: Doc) -> None:
    """"Ngāti Rangiwai chair Huia Pōtae said": a name the tagger called an organisation, right
    after a lower-case occupation word that modifies it, with no word of an organisation's
    name in it, is a person."""
    lex = lexicon()
    kinds = lex.organisation_nouns  # the kind nouns ("company", "club") included
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        inner = next((t.i for t in ent[1:-2] if (t.is_title or t.is_upper)  # "MP", "MLA"
                      and is_title_word(t.text) and t.lower_ not in kinds),
                     None) if ent.label_ == "ORG" else None
        if inner is None and ent.label_ == "ORG" and len(ent) >= 3 and ent[0].is_title and (
            is_title_word(ent[0].text) and 0 < ent.start and ent.end < len(doc)
            and doc[ent.start - 1].text == doc[ent.end].text == ","
        ):  # ", Nanan Assamoi Koffi,": a title, then the person's name, set off by commas
            inner = ent.start
        if inner is not None and _capitalised_words(doc[inner + 1 : ent.end]) and not (
            ent[-1].lower_ in kinds and ent[-1].is_title
        ):
            # "Lakiri Senator Aisha Hassan Omar": a place, an office, then the person
            ents[k] = SpacySpan(doc, inner + 1, ent.end, label="PERSON")
            changed = True
            continue
        person = (_person_after_portfolio(doc, ent) or _person_taken_for_a_place(doc, ent)
                  or _person_taken_for_a_thing(doc, ent) or _person_set_off_after_office(doc, ent)
                  or _place_naming_an_office(doc, ent) or _place_given_an_age(doc, ent)
                  or _first_name_after_office(doc, ent)
                  or _person_run_into_an_office(doc, ent))
        if person is not None and person[-1].lower_ in kinds and person[-1].is_title:
            person = None  # "the Garda Press Office": a body, whatever title opens it
        if person is None and ent.label_ in ("DATE", "TIME"):
            person = _name_run_into_a_date(doc, ent)
            if person is not None:  # the date keeps its own words
                ents.append(SpacySpan(doc, person.end, ent.end, label=ent.label_))
        if person is not None:  # "Minister for Agriculture Declan Mulhare"
            ents[k] = person
            changed = True
            continue
        before = doc[ent.start - 1] if ent.start > 0 else None
        if ent.label_ != "ORG" or before is None or len(ent) not in (2, 3):
            continue
        abbreviated = before.is_upper and len(before) > 1 and (
            before.lower_ in lex.occupations or is_title_word(before.text))
        if not (before.is_lower or abbreviated):  # "MD & CEO Anirudh Mehrotra said"
            continue
        given = before.pos_ == "NOUN" and before.head.i in range(ent.start, ent.end) and (
            first_name_gender(ent[0].text) is not None)  # "Deputy registrar of co-operative
        # societies Meena Gokhale stated": a first name, after the office's last noun
        if not (before.lower_ in lex.occupations or is_title_word(before.text) or given) or (
            before.head.i not in range(ent.start, ent.end) and not abbreviated
            and ent.root.head.i != before.i  # ("l'agronome Wilner X", the name hung on the job)
        ):
            continue
        if _capitalised_words(ent) and not any(
            t.lower_ in kinds for t in ent
        ):
            ents[k] = SpacySpan(doc, ent.start, ent.end, label="PERSON")
            changed = True
    if changed:
        doc.ents = _without_overlaps(ents)


def _without_overlaps(ents: list[SpacySpan]) -> list[SpacySpan]:
    """The entities in order, each dropped that overlaps one kept before it: a person made of a
    first name and a surname the tagger called two places ("prosecutor Amelia Dunstan") leaves
    no place behind on either word."""
    kept: list[SpacySpan] = []
    taken: set[int] = set()
    for ent in sorted(ents, key=lambda e: (e.start, -len(e))):
        if not taken.intersection(range(ent.start, ent.end)):
            kept.append(ent)
            taken.update(range(ent.start, ent.end))
    return kept


def _name_run_into_a_date(doc: Doc, ent: SpacySpan) -> SpacySpan | None:
    """"MEC Nomvula Sithebe two weeks ago": a surname the tagger ran into the date after it
    (its given name left untagged before it) is a person's name."""
    k = ent.start
    days = date_words()
    while k < ent.end and doc[k].pos_ == "PROPN" and doc[k].is_title and (
        doc[k].lower_ not in days
    ):
        k += 1
    if k == ent.start or k == ent.end:
        return None
    start = _name_words_left_out(doc, ent.start, k)
    return SpacySpan(doc, start, k, label="PERSON") if k - start >= 2 else None


def _capitalised_words(span: SpacySpan) -> bool:
    """Every word of ``span`` is capitalised and alphabetic, the second half of a hyphenated
    name too ("Agnes Tsang Wai-ling", "Moon Jae-in")."""
    doc = span.doc
    for tok in span:
        tight_hyphen = span.start < tok.i < span.end - 1 and joining_hyphen(tok)
        after_hyphen = tok.i - 1 > span.start and joining_hyphen(doc[tok.i - 1])
        elided = tok.i + 1 < span.end and tok.text[:1].isupper() and (
            tok.lower_.replace("\u2019", "'") in elided_name_initials())  # "N'Guessan"
        if (tok.i + 1 < span.end and _inner_apostrophe_cut(doc, tok.i)) or (
            tok.i > span.start and _inner_apostrophe_cut(doc, tok.i - 1)
        ):  # "Guivarc’h": the word cut at its inner apostrophe, and its last letter
            continue
        if not (tight_hyphen or elided or (tok.is_alpha and (tok.is_title or after_hyphen))):
            return False
    return True


def _person_after_portfolio(doc: Doc, ent: SpacySpan) -> SpacySpan | None:
    """"Minister for Agriculture Declan Mulhare said": an office, a preposition, its portfolio
    and a name, which the tagger ran together into one organisation; from a known first name on
    (then capitalised words only) it is a person."""
    if ent.label_ != "ORG" or ent.start < 2 or len(ent) < 3:
        return None
    prep, office = doc[ent.start - 1], doc[ent.start - 2]
    if prep.pos_ != "ADP" or not is_title_word(office.text):
        return None
    first = next((t.i for t in ent[1:-1] if t.is_title and first_name_gender(t.text)), None)
    if first is None or not _capitalised_words(doc[first : ent.end]):
        return None
    return SpacySpan(doc, first, ent.end, label="PERSON")


def _person_taken_for_a_place(doc: Doc, ent: SpacySpan) -> SpacySpan | None:
    """"le maire Petros Alvanidis": a surname the tagger called a place, after a first name and
    a lower-case occupation or title, is a person with that first name; so is one after a first
    name opening the sentence, set off by an occupation ("Awa X, commerçante au marché, a")."""
    if ent.label_ not in ("LOC", "GPE") or len(ent) != 1 or ent.start < 1:
        return None
    first = doc[ent.start - 1]
    if not (first.is_title and first.is_alpha and first_name_gender(first.text)):
        return None
    if first.is_sent_start and ent.end + 1 < len(doc) and doc[ent.end].text == "," and (
        doc[ent.end + 1].is_lower and doc[ent.end + 1].lower_ in lexicon().occupations
    ):
        return SpacySpan(doc, ent.start - 1, ent.end, label="PERSON")
    if ent.start < 2:
        return None
    office = doc[ent.start - 2]
    if not (office.is_lower and (office.lower_ in lexicon().occupations
                                 or is_title_word(office.text))):
        return None
    return SpacySpan(doc, ent.start - 1, ent.end, label="PERSON")


def _first_name_after_office(doc: Doc, ent: SpacySpan) -> SpacySpan | None:
    """"District Magistrate Anupama Rathore has ordered": a first name the tagger called a place,
    right after a title or an occupation, and the capitalised word it left out after it, are a
    person."""
    if ent.label_ not in ("LOC", "GPE") or len(ent) != 1 or ent.start < 1 or ent.end >= len(doc):
        return None
    office, surname = doc[ent.start - 1], doc[ent.end]
    if not (is_title_word(office.text) or office.lower_ in lexicon().occupations) or not (
        is_first_name(ent.text) and surname.is_title and surname.is_alpha
        and not surname.ent_type_
    ):
        return None
    return SpacySpan(doc, ent.start, ent.end + 1, label="PERSON")


def _person_taken_for_a_thing(doc: Doc, ent: SpacySpan) -> SpacySpan | None:
    """"Le riziculteur Bakary Konaté-Diallo, 63 ans,": a name of capitalised words the tagger
    called miscellaneous, right after an article and a lower-case occupation, is a person."""
    if ent.label_ != "MISC" or ent.start < 2 or len(ent) < 2 or not _capitalised_words(ent):
        return None
    job, article = doc[ent.start - 1], doc[ent.start - 2]
    if ent.start >= 3 and job.is_lower and job.pos_ in ("ADJ", "VERB") and (
        first_name_gender(ent[0].text)
    ):  # "l'enseignante retraitée Colette Savoie": an adjective after the job, a first name
        job, article = doc[ent.start - 2], doc[ent.start - 3]
    if not (job.is_lower and job.lower_ in lexicon().occupations and article.pos_ == "DET"):
        return None
    return SpacySpan(doc, ent.start, ent.end, label="PERSON")


def _person_set_off_after_office(doc: Doc, ent: SpacySpan) -> SpacySpan | None:
    """"The union coordinator in the state, Emeka Okonkwo, said": capitalised words the tagger
    called an organisation, set off by a comma in apposition to a lower-case occupation, with no
    kind noun of an organisation in them, are a person; so are two or more it called a place
    ("Le gouverneur de la région du Kessoum, Yacouba Dembélé-Sanou, s'est rendu ...") or a
    miscellaneous name the parser may join to the office ("un élu de la rive droite, Bréhima
    Dansoko, a interpellé")."""
    lex = lexicon()
    thing = ent.label_ == "MISC" and len(ent) >= 2
    place = ent.label_ in ("GPE", "LOC") and len(ent) >= 2
    set_off = len(ent) >= 2 and ent.end < len(doc) and doc[ent.end].text == ","
    subject = (thing or (ent.label_ == "ORG" and len(ent) >= 2)) and set_off and (
        ent.root.dep_.startswith("nsubj") and ent.start >= 2 and doc[ent.start - 1].text == ","
    )  # "Le maire, N'Guessan Kouamé X, a reçu la presse", "Son président, Kavish X, a
    # embarqué": the sentence's subject for the parser, the office before it a modifier
    if (ent.label_ != "ORG" and not place and not thing) or (
        ent.root.dep_ != "appos" and not ((thing or set_off) and ent.root.dep_ == "conj")
        and not subject and not (set_off and ent.root.dep_ == "nmod" and ent.start > 0
                                 and doc[ent.start - 1].text == ",")  # (", Kouamé N'Dri X,")
    ) or not _capitalised_words(ent):  # ("Son président, Vikash X, ne conteste pas": a
        # conjunct for the parser, set off on both sides)
        return None
    office = doc[ent.start - 2] if subject else ent.root.head
    start = ent.start
    while start > office.i + 1 and doc[start - 1].dep_ == "compound" and (
        doc[start - 1].head.i in range(ent.start, ent.end)
    ):
        start -= 1  # "Comrade Emeka", a title or a given name the tagger left out
    if doc[start - 1].text != "," or not office.is_lower or not (
        office.lower_ in lex.occupations or is_title_word(office.text)
    ) or any(t.lower_ in lex.organisation_nouns for t in ent):
        return None
    while start < ent.start and is_title_word(doc[start].text):
        start += 1  # "Comrade" stays out of the name
    return SpacySpan(doc, start, ent.end, label="PERSON")


def _person_run_into_an_office(doc: Doc, ent: SpacySpan) -> SpacySpan | None:
    """"The Queen Mother of Dunkwaben, Nana Adwoa Serwaa II, said": one entity the tagger ran
    from a capitalised office across a comma into the name set off after it. The words after
    the comma, opened by an honorific and all capitalised, are the person (the honorific stays
    out of the name); the office before the comma holds a title word."""
    if ent.label_ in ("PERSON", "PER"):
        return None
    comma = next((t.i for t in ent if t.text == ","), None)
    if comma is None or comma + 2 >= ent.end or not is_honorific(doc[comma + 1].text):
        return None
    if not any(is_title_word(t.text) for t in doc[ent.start : comma]):
        return None
    name = doc[comma + 2 : ent.end]
    if not all(t.pos_ == "PROPN" and (t.is_title or t.is_upper) for t in name):
        return None
    return SpacySpan(doc, name.start, name.end, label="PERSON")


def _place_naming_an_office(doc: Doc, ent: SpacySpan) -> SpacySpan | None:
    """"La ministre brastave des affaires étrangères, Ilvana Drohmir, a salué": a name of two
    or more capitalised words the tagger called a place, set off in apposition to an office or
    an occupation, is the person who holds it; so is one it called an organisation ("le
    ministre des transports, Idriss Ramdhany"), unless a word of it names a kind of body."""
    if ent.label_ not in ("LOC", "GPE", "ORG") or len(ent) < 2 or ent.root.dep_ != "appos":
        return None
    if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in ent):
        return None
    if ent.label_ == "ORG" and any(t.lower_ in lexicon().organisation_nouns for t in ent):
        return None
    office = ent.root.head  # "The Minister for Health, Siobhán Tierney, said": a capitalised
    if office.pos_ not in ("NOUN", "PROPN") or not (  # office too
            office.lower_ in lexicon().occupations or is_title_word(office.text)):
        return None
    return SpacySpan(doc, ent.start, ent.end, label="PERSON")


def _place_given_an_age(doc: Doc, ent: SpacySpan) -> SpacySpan | None:
    """"Allah Ditta, 58, who grows wheat ..., said": a name the tagger called a place (with the
    capitalised words it left out before it) that an age set off by commas follows is a
    person's; so is one it called an organisation ("Yvrose Pierre-Louis, 46 ans, attend"), whose
    words name no kind of organisation."""
    if ent.label_ not in ("LOC", "GPE", "ORG") or ent.end + 3 > len(doc):
        return None
    if ent.label_ == "ORG":  # (the language's own ages: ", 46 ans,"; "Pierre-Louis" one word)
        named = all(part.isalpha() and part[:1].isupper()
                    for tok in ent for part in tok.text.split("-"))
        return SpacySpan(doc, ent.start, ent.end, label="PERSON") if named and not any(
            t.lower_ in lexicon().organisation_name_words for t in ent
        ) and age_after(doc.text, ent.end_char) is not None else None
    comma, age, close = doc[ent.end], doc[ent.end + 1], doc[ent.end + 2]
    start = _name_words_left_out(doc, ent.start, ent.end)
    particle = start >= 2 and doc[start - 1].is_title and (
        doc[start - 1].lower_ in surname_particles()
    ) and doc[start - 2].is_title and first_name_gender(doc[start - 2].text) is not None
    if particle:  # "Erwan Le Bihan, 19 ans,": the given name and the particle, which the
        start -= 2  # tagger left out (an age in the language's own words: not "le notaire de
        # Wanzoul, 61 ans,", a place)
    if (comma.text != "," or close.text != "," or not (
        age.like_num and age.text.isdigit() and 1 <= int(age.text) <= 110
    )) and not (particle and age_after(doc.text, ent.end_char) is not None):
        return None
    if not _capitalised_words(doc[start : ent.end]):
        return None
    return SpacySpan(doc, start, ent.end, label="PERSON")


def _name_words_left_out(doc: Doc, start: int, end: int) -> int:
    """Where a name the tagger found at ``start:end`` really starts: past the capitalised words
    before it that it left out and the parser joined to it ("Shanthi" of "Dr Shanthi Perera",
    "Allah" of "Allah Ditta"), never past a title, an honorific or a date word."""
    days = date_words()
    while start > 0 and (
        (prev := doc[start - 1]).pos_ == "PROPN" and prev.dep_ == "compound"
        and start <= prev.head.i < end and prev.is_title and prev.is_alpha
        and not prev.ent_type_ and not is_title_word(prev.text)
        and not is_honorific(prev.text) and prev.lower_ not in days
    ):
        start -= 1
    return start


def _normalise(doc: Doc) -> None:
    if doc.ents:
        ents = [m for e in _cut_names_joined(doc, _honorifics_joined(doc))
                for m in _mended(doc, e) if not _office_word(doc, e)]
        ents = _acronyms_set_off_by_their_kind(doc, _untagged_organisations(doc, ents))
        ents = _names_after_their_kind_acronym(doc, ents)
        ents = _portfolios_enumerated(doc, _names_before_their_acronym(doc, ents))
        ents = _partners_in_the_name(doc, ents)
        out: list[SpacySpan] = []
        for k, e in enumerate(ents):
            if out and e.start < out[-1].end:
                continue  # the place an organisation's name ended on ("... du Koulandé")
            out.append(_organisation(doc, e, ents[k + 1:k + 2]) or SpacySpan(
                doc, e.start, _name_end(doc, e, ents[k + 1:k + 2]),
                label=_LABELS.get(e.label_, e.label_)))
        doc.ents = out


def _office_word(doc: Doc, ent: SpacySpan) -> bool:
    """"la substitute du procureur du *Roi*": a title alone after a preposition is part of an
    office's name, not a person the tagger found."""
    return (ent.label_ == "PER" and len(ent) == 1 and ent.start > 0 and is_title_word(ent.text)
            and doc[ent.start - 1].pos_ == "ADP")


def _organisation(doc: Doc, ent: SpacySpan, following: list[SpacySpan]) -> SpacySpan | None:
    """An organisation's whole name where a WikiNER pipeline stopped it at its first word: only
    that word is capitalised ("Aide alpine internationale", "le Syndicat interprofessionnel des
    métallos romands"). Lower-case adjectives of the name carry it on; after an organisation
    noun ("Syndicat", "Fédération"), so do its "des"/"de l'" complements, up to a verb or a
    punctuation mark. None when the entity needs no mending."""
    first = doc[ent.start]
    acronym = len(ent) > 1 and first.is_upper and len(first.text) > 1 and (
        first.lower_ in lexicon().organisation_types)  # "L'ASBL Crinières en détresse"
    kinds = lexicon().organisation_nouns
    kind = doc[ent.start - 1] if ent.start > 0 else None
    if kind is not None and kind.pos_ in ("ADJ", "VERB") and kind.is_lower and ent.start > 1 and (
        doc[ent.start - 2].lower_ in kinds and doc[ent.start - 2].is_lower
    ):
        kind = doc[ent.start - 2]  # "la coopérative rizicole Albarka", the adjective tagged
        # either way
    elif kind is not None and kind.pos_ == "NOUN" and kind.is_lower and ent.start > 2 and (
        doc[ent.start - 2].lower_ in ("de", "d'", "d’") and doc[ent.start - 3].is_lower
        and doc[ent.start - 3].lower_ in kinds
    ):
        kind = doc[ent.start - 3]  # "l'association de quartier Ennour"
    if ent.label_ == "PER" and not acronym and not (
        kind is not None and kind.i == ent.start - 2 and kind.is_lower and kind.lower_ in kinds
        and first_name_gender(first.text) is None
    ):  # (but "la coopérative rizicole Albarka de X", a person for the tagger, is its name: a
        return None  # kind and its adjective before it)
    if len(ent) > 1 and ent[-1].text[:1].isupper() and ent[-1].lower_ in company_forms():
        return None  # "Dorsaz & Cie renonce à ...": a company's legal form ends its name
    if ent.label_ in ("ORG", "LOC", "MISC", "PER") and (acronym or (
        kind is not None and kind.is_lower and kind.lower_ in kinds
    )):  # ("l'association Vivre en basse Vaudrenne", "Vivre" tagged a place)
        j = ent.end  # "le syndicat Santé Action Montbrenac": capitalised words after the kind
        while j < len(doc) and doc[j].is_title and doc[j].is_alpha and (
            doc[j].ent_type_ not in ("PER", "PERSON", "ORG")
        ):
            j += 1
        j = _lower_case_name_end(doc, j)
        if j > ent.end or ent.label_ == "PER" or (not acronym and len(ent) == 1 and (
            kind is not None and kind.i in (ent.start - 1, ent.start - 3)
            and (j >= len(doc) or not doc[j].is_lower)
        )):  # ("l'intercommunale Aquavalle", "l'association de quartier Ennour": one word
            # after its kind, a place for the tagger, that ends the name)
            return SpacySpan(doc, ent.start, j, label="ORG")
    if first.pos_ == "DET" and len(ent) > 1 and first.is_title:
        first = doc[ent.start + 1]  # "La Ligue junior de ...": the tagger took the article in
    named = first.is_title and (folded(first.lemma_) in kinds or first.lower_ in kinds)  # "Comité"
    verb = next((t.i for t in ent[1:] if t.is_lower and "Fin" in t.morph.get("VerbForm", [])
                 and t.pos_ in ("VERB", "AUX")
                 and (first.head.i == t.i or t.lower_ in speech_verbs()[0])
                 and not (t.lower_ not in speech_verbs()[0]
                          and any(u.is_title for u in doc[t.i + 1 : ent.end]))), None)
    # (not "historique" of "La Société historique du Cap a lancé", tagged the name's verb)
    final = doc[ent.end - 1]
    if verb is None and named and len(ent) > 3 and final.pos_ == "VERB" and final.is_lower and (
        final.head.i == first.i and final.dep_ == "acl"
    ):  # "L'Amicale des arbitres de basket de la province salue", the tagger's name run on
        verb = final.i  # to a present it took for a participle of the name's head
    if verb is not None:  # "L'Union des producteurs de lait affirme que": the name's verb,
        # not its word (but "Le Syndicat mixte des transports", "mixte" tagged a verb)
        return SpacySpan(doc, ent.start, verb, label="ORG" if named else ent.label_)
    place_next = bool(following) and following[0].start > 1 and sum(
        1 for t in following[0] if not joining_hyphen(t)) <= 2 and (  # ("des Deux-Monts")
        doc[following[0].start - 1].pos_ == "ADP" or (  # "du Koulandé", whatever it was tagged
            doc[following[0].start - 1].lower_ in ("l'", "l’")  # "de l'Atlantique Sud"
            and doc[following[0].start - 2].pos_ == "ADP"))
    if named and following and 0 < following[0].start - ent.end <= 2 and (
        len(following[0]) == 1 and following[0][0].is_title
        and first_name_gender(following[0].text) is None
        and all(t.is_lower and t.is_alpha and t.pos_ in ("NOUN", "ADV", "ADJ")
                for t in doc[ent.end : following[0].start])
    ):  # "Le Comité logement Beauvallon": the place closing the name, no preposition before it
        return SpacySpan(doc, ent.start, following[0].end, label="ORG")
    if named and following and not place_next and _place_after_name(doc, ent, following[0]):
        # "la Fédération des sociétés de fromagerie du Sud fribourgeois", the tagger's place
        # opening on its preposition; "... du souk de Khemis Aït Tagharine", a place it made
        place_next = True  # a person
    limit = min(following[0].end if following and named and place_next
                else following[0].start if following else len(doc), ent.end + 7)
    i = last = ent.end
    while i < limit:
        tok = doc[i]
        if named and tok.text[:1].isupper() and (
            tok.pos_ in ("PROPN", "NOUN") or (place_next and i == following[0].start)
        ) and (
            i - 1 >= ent.end
            and (doc[i - 1].pos_ == "ADP" or doc[i - 1].lower_ in surname_particles()
                 or doc[i - 1].lower_ in ("l'", "l’"))
        ):  # "le Syndicat des travailleurs portuaires du Koulandé": its place ends the name
            i = last = following[0].end if place_next and i == following[0].start else i + 1
            break
        if joining_hyphen(tok) and last == i and i + 1 < len(doc) and doc[i + 1].is_lower and (
            doc[i + 1].is_alpha
        ):
            i = last = i + 2  # "des entreprises de titres-services": the word after a hyphen
            continue
        if not (tok.is_lower and tok.is_alpha) and not (
            named and tok.lower_ in ("l'", "l’", "d'", "d’")  # ("du fromage d'alpage")
        ):
            break
        if tok.lower_ in speech_verbs()[0]:  # "La Fédération ... des transporteurs de voyageurs
            break  # affirme que ...": its verb, tagged a noun
        if tok.lower_ in agent_prepositions():
            break  # "reçu à Matignon par le premier ministre": a passive's agent
        if tok.dep_ == "amod" and ent.start <= tok.head.i < i and tok.pos_ in ("ADJ", "NOUN") and (
            "Fin" not in tok.morph.get("VerbForm", [])
        ):
            i = last = i + 1  # "Aide alpine internationale"
            continue
        if named and tok.pos_ == "ADV" and tok.dep_ in ("nmod", "amod", "advmod") and (
            ent.start <= tok.head.i < i and i + 1 < len(doc) and doc[i + 1].pos_ == "ADP"
        ):
            i = last = i + 1  # "Le Comité logement du Haut-Saguenay": a noun tagged an adverb
            continue  # that the parser hung on the name
        if not named or tok.pos_ in ("VERB", "AUX", "ADV", "PRON", "SCONJ", "CCONJ") or (
            "Ind" in tok.morph.get("Definite", [])
        ):  # "à l'Agence Atlantide un responsable ...": someone else
            break
        i += 1
        if tok.pos_ in ("NOUN", "ADJ", "DET") and tok.lower_ not in ("la", "le", "les", "l'", "l’"):
            last = i  # "des métallos romands", "de l'aérien": the name ends on a content word
    if named and last < len(doc) - 1 and doc[last - 1].is_title and (
        doc[last].is_lower and doc[last].is_alpha and bool(demonym_endings())
        and doc[last].lower_.endswith(demonym_endings()) and doc[last + 1].text in (",", "(", ".")
    ):
        last += 1  # "le Syndicat ... de la Bresse louhannaise (Sicobel)": the place's adjective
    if last == ent.end and not (named and ent.label_ != "ORG"):
        return None
    return SpacySpan(doc, ent.start, last, label="ORG" if named else ent.label_)


def _place_after_name(doc: Doc, ent: SpacySpan, place: SpacySpan) -> bool:
    """A place of up to three words right after an organisation's name and its preposition,
    which the tagger began on the preposition or took for a person with no known first name."""
    if place.start == ent.end and doc[place.start].pos_ == "ADP" and len(place) <= 3:
        return True
    return place.start == ent.end + 1 and doc[ent.end].pos_ == "ADP" and len(place) <= 3 and (
        place.label_ in ("PER", "PERSON") and first_name_gender(place[0].text) is None
        and all(t.is_title for t in place))


def _lower_case_name_end(doc: Doc, j: int) -> int:
    """"l'association Voisins en alerte, qui ...": after the capitalised words of a name a kind
    noun introduces, a preposition and a noun (with an article or not) that close the noun
    phrase, before a comma, a bracket or a verb, are the name's (not "dès samedi")."""
    k = j
    if k + 1 < len(doc) and doc[k].is_lower and doc[k].is_alpha and (
        doc[k].pos_ == "ADJ" or "Part" in doc[k].morph.get("VerbForm", [])
    ) and doc[k + 1].text in (",", "(", "."):
        return k + 1  # "l'association La Route partagée, qui ...": its adjective ends it
    if k + 1 < len(doc) and doc[k].is_lower and doc[k].pos_ == "ADJ" and (
        doc[k + 1].pos_ == "ADP" and doc[k + 1].is_lower
    ):
        k += 1  # "Voie libre en Marche"
    if k + 2 < len(doc) and doc[k].pos_ == "ADP" and doc[k].is_lower and (
        doc[k + 1].is_title and doc[k + 1].pos_ == "PROPN"
    ):
        end = hyphenated_end(doc, k + 1)  # "l'asbl Lire en Condroz, qui": a place closes it
        if end < len(doc) and (doc[end].text in (",", "(") or doc[end].pos_ in ("VERB", "AUX")):
            return end
    if k < len(doc) and doc[k].pos_ == "ADP" and doc[k].is_lower:
        k += 1
        if k < len(doc) and doc[k].pos_ == "DET" and doc[k].is_lower:
            k += 1
        if k < len(doc) and doc[k].pos_ in ("NOUN", "ADJ", "PROPN") and doc[k].is_lower and (
            doc[k].is_alpha and doc[k].lower_ not in date_words()
        ):
            k += 1
            if k < len(doc) and doc[k].is_title and doc[k].pos_ == "PROPN":
                k = hyphenated_end(doc, k)  # "Vivre en basse Vaudrenne": a place ends it
            if k < len(doc) and (doc[k].text in (",", "(") or doc[k].pos_ in ("VERB", "AUX")):
                return k
    return j


def _honorifics_joined(doc: Doc) -> list[SpacySpan]:
    """The entities, an honorific tagged on its own joined to the name right after it ("M." and
    "Gagnon-Rioux" are the person "M. Gagnon-Rioux"); an honorific alone, with no name after it,
    names nobody."""
    out: list[SpacySpan] = []
    ents = list(doc.ents)
    skip = False
    for k, ent in enumerate(ents):
        if skip:
            skip = False
            continue
        if not all(is_honorific(t.text) for t in ent):
            out.append(ent)
            continue
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if nxt is not None and nxt.start == ent.end and doc[nxt.start].is_title:
            out.append(SpacySpan(doc, ent.start, nxt.end, label="PER"))
            skip = True
    return out


def _untagged_organisations(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """The entities, with an organisation the tagger left out where its name opens on a
    capitalised kind noun after an article and runs on in lower-case words to a place ("La Ligue
    junior de crosse du Bas-Montclair", only "Bas-Montclair" tagged, and as a person)."""
    kinds = lexicon().organisation_nouns
    tagged = {i for e in ents for i in range(e.start, e.end)}
    out = list(ents)
    for tok in doc:
        if tok.i in tagged or tok.i == 0 or not tok.is_title or tok.is_sent_start or not (
            folded(tok.lemma_) in kinds or tok.lower_ in kinds
        ) or doc[tok.i - 1].pos_ != "DET":
            continue
        following = [e for e in ents if e.start > tok.i][:1]
        org = _organisation(doc, SpacySpan(doc, tok.i, tok.i + 1, label="ORG"), following)
        if org is None or len(org) < 3 or not following or org.end != following[0].end:
            continue  # only a name that ends on the place the tagger found
        out = [e for e in out if e is not following[0]] + [org]
        tagged.update(range(org.start, org.end))
    return sorted(out, key=lambda e: e.start)


def _acronyms_set_off_by_their_kind(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"Le président de l'AAPPMA de l'Orvaine, l'association locale de pêche,": an acronym the
    tagger left out, after a definite article, with the place it names after a preposition,
    set off before an article and an organisation's kind noun, is that organisation."""
    kinds = lexicon().organisation_nouns
    tagged = {i for e in ents for i in range(e.start, e.end)}
    out = list(ents)
    for tok in doc:
        acronym = tok.is_upper and tok.is_alpha and len(tok) >= 3
        if tok.i in tagged or tok.i == 0 or not acronym or doc[tok.i - 1].pos_ != "DET" or (
            "Def" not in doc[tok.i - 1].morph.get("Definite", [])
        ):
            continue
        end = tok.i + 1
        if end < len(doc) and doc[end].pos_ == "ADP" and doc[end].is_lower:
            k = end + 1
            while k < len(doc) and doc[k].pos_ == "DET" and doc[k].is_lower:
                k += 1
            place = next((e for e in ents if e.start == k and e.label_ in ("LOC", "GPE")), None)
            end = place.end if place is not None else end
        if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ == "DET" and (
            doc[end + 2].lower_ in kinds or folded(doc[end + 2].lemma_) in kinds
        ):
            out = [e for e in out if not tok.i <= e.start < end] + [
                SpacySpan(doc, tok.i, end, label="ORG")]
    return sorted(out, key=lambda e: e.start)


def _names_after_their_kind_acronym(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"L'ASC Dooley Sambadior": an acronym for a kind of organisation or a word of its names
    (data/<lang>/organisation_types.tsv) after a definite article, which the tagger found as an
    organisation of its own, right before a name it called a person or anything else, is that
    organisation's name from the acronym on."""
    lex = lexicon()
    kinds = lex.organisation_types | frozenset().union(*lex.organisation_type_words.values())
    out: list[SpacySpan] = []
    for e in ents:
        kind = doc[e.start - 1] if e.start > 1 else None
        if kind is None or e.label_ == "ORG" or len(e) < 2 or not (
            kind.is_upper and kind.is_alpha and len(kind) > 1 and kind.lower_ in kinds
        ) or "Def" not in doc[kind.i - 1].morph.get("Definite", []) or not (
            out and out[-1].start == kind.i and out[-1].end == e.start
        ):
            out.append(e)
            continue
        out[-1] = SpacySpan(doc, kind.i, e.end, label="ORG")  # (the acronym tagged apart)
    return out


def _names_before_their_acronym(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"L'ONG Santé Mère-Enfant Bénin (SMEB)": capitalised words right before an acronym in
    brackets whose letters are their initials, in order, are an organisation's name, whatever
    the tagger made of them (nothing, or a place at its end)."""
    out = list(ents)
    for tok in doc:
        if tok.text != "(" or tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")" or not (
            (doc[tok.i + 1].is_upper or doc[tok.i + 1].is_title) and doc[tok.i + 1].is_alpha
            and 2 <= len(doc[tok.i + 1].text) <= 6
        ):  # (an acronym written as a word too: "(Cevmd)", its letters the initials still)
            continue
        letters = doc[tok.i + 1].text.lower()
        start, initials = tok.i, ""
        while start > 0 and len(initials) < len(letters) and (
            doc[start - 1].is_title or joining_hyphen(doc[start - 1])
        ) and not is_title_word(doc[start - 1].text):
            start -= 1
            if doc[start].is_title:
                initials = doc[start].text[0].lower() + initials
        if initials != letters or start == tok.i or start == doc[start].sent.start:
            cut = next((e for e in out if e.label_ in ("ORG", "LOC", "MISC", "GPE")
                        and e.end < tok.i <= e.end + 8), None)
            if cut is not None and _spelt_by(doc[cut.start : tok.i], letters) and (
                doc[tok.i - 1].is_title and not any(t.is_punct for t in doc[cut.end : tok.i])
            ):  # "l'Association des revendeuses de pagnes d'Assigamé (ARPA)": the name the
                out = [e for e in out if not cut.start <= e.start < tok.i]  # tagger cut before
                out.append(SpacySpan(doc, cut.start, tok.i, label="ORG"))  # its place
            continue
        if any(e.start < start < e.end or start <= e.start < tok.i < e.end for e in out):
            continue  # (a name the tagger found across its first word, or past it)
        out = [e for e in out if not start <= e.start < tok.i]
        out.append(SpacySpan(doc, start, tok.i, label="ORG"))
    return sorted(out, key=lambda e: e.start)


def _portfolios_enumerated(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"le ministère de l'Agriculture, des Pêcheries et de l'Alimentation": a body's name in
    lower case whose capitalised complements go on after commas and a conjunction ("des", "de
    l'", by their tags), which the tagger cut into a name and places, is one organisation."""
    whole: list[SpacySpan] = []
    for e in ents:
        if e.label_ != "ORG" or not doc[e.start].is_lower or (
            doc[e.start].lower_ not in lexicon().organisation_nouns
        ):
            continue
        end, j = e.end, e.end
        while j + 2 < len(doc) and (doc[j].text == "," or (
            doc[j].pos_ == "CCONJ" and doc[j].is_lower
        )):
            k = j + 1  # past the complement's preposition and article ("des", "de l'")
            while k < min(len(doc), j + 4) and doc[k].is_lower and doc[k].pos_ in ("ADP", "DET"):
                k += 1
            if k == j + 1 or k >= len(doc) or not doc[k].is_title:
                break
            end = j = k + 1
        if end > e.end and doc[end - 1].sent.start == e.sent.start and any(
            t.pos_ == "CCONJ" for t in doc[e.end : end]
        ):
            whole.append(SpacySpan(doc, e.start, end, label="ORG"))
    return _without_overlaps(ents + whole) if whole else ents


def _partners_in_the_name(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """"Autobus Ouellet et Fils": a company's name, a conjunction (or "&") and a capitalised form
    that ends such a name (data/<lang>/company_forms.txt), which the tagger took for a person,
    are one organisation; so are a person's name and that form ("Déneigement Bouchard et Fils",
    both tagged persons)."""
    whole = [SpacySpan(doc, e.start, e.end + 2, label="ORG") for e in ents
             if e.label_ in ("ORG", "PER") and e.end + 1 < len(doc) and (
                 (doc[e.end].pos_ == "CCONJ" and doc[e.end].is_lower) or doc[e.end].text == "&")
             and doc[e.end + 1].is_title and doc[e.end + 1].lower_ in company_forms()]
    return _without_overlaps(ents + whole) if whole else ents


def introduces_self(before: str) -> bool:
    """``before``, the text right before a name, ends on words with which a speaker names
    themself ("..., I'm", "je suis"; data/<lang>/self_introductions.txt)."""
    phrases = tuple(f" {p} " for p in optional_words(None, "self_introductions.txt"))
    return bool(phrases) and (" " + before[-20:].lower()).replace("\u2019", "'").endswith(phrases)


def _self_introduced_names(doc: Doc, person: str) -> None:
    """"..., I'm Siobhán X.": a name after a self-introduction that opens on a first name is a
    person, whatever the tagger called it."""
    ents = list(doc.ents)
    mended = [SpacySpan(doc, e.start, e.end, label=person)
              if e.label_ not in (person, "PER", "PERSON") and len(e) > 1
              and first_name_gender(e[0].text) and introduces_self(doc.text[: e.start_char])
              else e for e in ents]
    if mended != ents:
        doc.ents = mended


def _roads_taken_for_people(doc: Doc) -> None:
    """"who has lived on Cutler Line for 31 years": a person's name for the tagger that ends on
    a word ending roads' names (data/<lang>/road_words.txt) and opens on no first name is a
    place; so is one that opens on a word opening them ("whose house on Stryd y Bont":
    data/<lang>/road_openers.txt)."""
    roads = optional_words(None, "road_words.txt")
    openers = optional_words(None, "road_openers.txt")
    ents = list(doc.ents)
    mended = [SpacySpan(doc, e.start, e.end, label="FAC")
              if e.label_ in ("PERSON", "PER") and (
                  (len(e) > 1 and e[-1].is_title and e[-1].lower_ in roads
                   and not first_name_gender(e[0].text))
                  or (e[0].is_title and e[0].lower_ in openers)) else e
              for e in ents]
    if mended != ents:
        doc.ents = mended


def _places_named_by_their_kind(doc: Doc) -> None:
    """"un deux-pièces de Hay El Bordj": a name opening on a word of data/<lang>/
    place_name_openers.txt ("hay", a neighbourhood) is a place, not a person."""
    openers = place_name_openers()
    if not openers:
        return
    merged: list[SpacySpan] = []
    for e in doc.ents:  # "la mairie de Keur Samba X": the opener left out of the person's name
        k = e.start - 1
        if e.label_ in ("PER", "PERSON") and k >= 0 and doc[k].is_title and (
            doc[k].lower_ in openers) and (not doc[k].ent_type_ or (
                merged and merged[-1].start == k and merged[-1].end == e.start)):
            if merged and merged[-1].end == e.start:
                merged.pop()
            merged.append(SpacySpan(doc, k, e.end, label="LOC"))
        else:
            merged.append(e)
    if merged != list(doc.ents):
        doc.ents = merged
    if any(e.label_ in ("PER", "PERSON") and len(e) > 1 and e[0].is_title
           and e[0].lower_ in openers for e in doc.ents):
        doc.ents = [SpacySpan(doc, e.start, e.end, label="LOC")
                    if e.label_ in ("PER", "PERSON") and len(e) > 1 and e[0].is_title
                    and e[0].lower_ in openers else e for e in doc.ents]
    found = []
    for tok in doc[:-1]:
        if tok.lower_ in openers and tok.is_title and not tok.ent_type_ and (
            doc[tok.i + 1].is_title and doc[tok.i + 1].is_alpha and not doc[tok.i + 1].ent_type_
        ):  # "Residents of Taman Desa Kenari", untagged: no "Desa Kenari" for a woman
            end = tok.i + 1
            while end < min(len(doc), tok.i + 5) and doc[end].is_title and doc[end].is_alpha and (
                not doc[end].ent_type_
            ):
                end += 1
            found.append(SpacySpan(doc, tok.i, end, label="LOC"))
    if found:
        doc.ents = sorted([*doc.ents, *found], key=lambda e: e.start)


@per_language
def place_name_openers() -> frozenset[str]:
    """data/<lang>/place_name_openers.txt ("taman", "hay")."""
    return optional_words(None, "place_name_openers.txt")


def _bodies_cut_before_their_kind(doc: Doc) -> None:
    """"Kamuyembi Pineapple Growers Cooperative chairperson Stephen X": a person for the tagger,
    cut before a capitalised organisation noun, is that organisation, the noun included."""
    kinds = lexicon().organisation_nouns
    ents = list(doc.ents)
    mended = []
    for e in ents:
        j = e.end
        while j < min(len(doc), e.end + 2) and doc[j].is_title and doc[j].is_alpha and (
            doc[j].lower_ not in kinds and not doc[j].ent_type_
        ):
            j += 1  # ("Growers", capitalised words of the name before its noun)
        if e.label_ in ("PER", "PERSON") and len(e) > 1 and j < len(doc) and (
            doc[j].is_title and doc[j].lower_ in kinds and not doc[j].ent_type_
        ):
            mended.append(SpacySpan(doc, e.start, j + 1, label="ORG"))
        else:
            mended.append(e)
    if mended != ents:
        doc.ents = mended


def _bodies_cut_at_a_preposition(doc: Doc) -> None:
    """"La Mutuelle des ressortissants de Kangrassou": an organisation the tagger ended on a
    preposition, the place after it tagged apart, is one organisation up to the place's end; so
    is one it ended before the words in lower case that lead to its place ("La Mutuelle de
    développement de X"), and one that opens on its own capitalised article after the body's
    kind noun, to its place or to the comma ("L'ASBL Les Amis du petit train de X, qui ...")."""
    kinds = lexicon().organisation_nouns
    ents = list(doc.ents)
    mended: list[SpacySpan] = []
    k = 0
    while k < len(ents):
        e = ents[k]
        after = ents[k + 1] if k + 1 < len(ents) else None
        if after is not None and e.label_ in ("ORG", "MISC") and len(e) >= 3 and (
            e[-1].pos_ == "ADP" and e[-1].is_lower and after.start == e.end
            and any(t.text[:1].isupper() for t in e if t.pos_ != "DET")
        ):
            mended.append(SpacySpan(doc, e.start, after.end, label="ORG"))
            k += 2
            continue
        if after is not None and e.label_ == "ORG" and _second_place_after(doc, e, after):
            mended.append(SpacySpan(doc, e.start, after.end, label="ORG"))  # "Le Syndicat
            k += 2  # intercommunal de collecte des Noues et de la Sèvre, qui ...": both places
            continue
        between = doc[e.end : after.start] if after is not None else doc[0:0]
        if after is not None and e.label_ in ("ORG", "MISC") and len(e) >= 3 and (
            1 <= len(between) <= 4
            and all(t.is_lower and t.pos_ in ("ADP", "NOUN", "ADJ", "DET") for t in between)
            and after.label_ in ("LOC", "GPE", "PER", "PERSON") and (
                (after[0].is_lower and after[0].pos_ == "ADP")
                or (between[-1].pos_ == "ADP" and after[0].is_title and e[-1].is_lower
                    and e[-1].is_alpha
                    and any(t.lower_ in kinds for t in e)))
        ):  # "l'Association des meneurs de chevaux de trait de l'Est", the region a name for
            # the tagger; "La Mutuelle de développement de Blékoumassou", the place a person
            mended.append(SpacySpan(doc, e.start, after.end, label="ORG"))
            k += 2
            continue
        j = e.end
        while j < min(len(doc), e.end + 6) and doc[j].is_lower and doc[j].pos_ in (
            "ADP", "DET", "NOUN", "ADJ"
        ):
            j += 1
        place = after is not None and after.start == j and after.label_ in (
            "GPE", "LOC", "PER", "PERSON")  # (a place the tagger may call a person)
        end = after.end if place and after is not None else j
        if e.label_ == "ORG" and e.start > 0 and doc[e.start - 1].lower_ in kinds and (
            e[0].pos_ == "DET" and e[0].is_title and j > e.end and doc[e.end].pos_ == "ADP"
        ) and end < len(doc) and doc[end].text == ",":
            mended.append(SpacySpan(doc, e.start, end, label="ORG"))
            k += 2 if place else 1
            continue
        mended.append(e)
        k += 1
    if mended != ents:
        doc.ents = mended


def _second_place_after(doc: Doc, body: SpacySpan, place: SpacySpan) -> bool:
    """A place the tagger found right after an organisation's name that holds a preposition,
    a conjunction and a preposition (and an article) between them, the place then closed by
    punctuation: the name's second place ("... des Noues et de la Sèvre,")."""
    k = body.end
    if not any(t.pos_ == "ADP" for t in body) or k + 2 >= len(doc) or not (
        doc[k].pos_ == "CCONJ" and doc[k].is_lower and doc[k + 1].pos_ == "ADP"
        and doc[k + 1].is_lower
    ):
        return False
    k += 2
    if doc[k].pos_ == "DET" and doc[k].is_lower:
        k += 1
    return place.start == k and place.label_ in ("GPE", "LOC") and place.end < len(doc) and (
        doc[place.end].is_punct)


def _places_of_an_office(doc: Doc) -> None:
    """"le chef de daïra de Bir Safsaf, Mourad Hamidi, a assuré": a name the tagger made a
    person, after a preposition that ends an office's words and before a comma and another
    person's name, is the office's place: the person is the one set off after it."""
    ents = list(doc.ents)
    places = set()
    for k, ent in enumerate(ents[:-1]):
        after = ents[k + 1]
        if ent.label_ not in ("PER", "PERSON") or after.label_ not in ("PER", "PERSON"):
            continue
        honorific = after.start == ent.end + 2 and is_honorific(doc[ent.end + 1].text)
        if (after.start != ent.end + 1 and not honorific) or doc[ent.end].text != "," or (
            ent.start < 3
        ):  # (", M. Traoré X": an honorific before the name)
            continue
        if doc[ent.start - 1].pos_ != "ADP" or first_name_gender(ent[0].text) is not None:
            continue
        if any(is_title_word(t.text) and t.is_lower
               for t in doc[max(0, ent.start - 5) : ent.start]):
            places.add(k)
    if places:
        doc.ents = [SpacySpan(doc, e.start, e.end, label="LOC") if k in places else e
                    for k, e in enumerate(ents)]


def _legal_forms_in_brackets(doc: Doc) -> None:
    """"Ruhuna Coco Pith (Pvt) Ltd": a name, a capitalised word in brackets and a legal form
    that ends a company's name (data/<lang>/company_forms.txt) are one organisation, whatever
    the tagger made of the name."""
    ents = list(doc.ents)
    whole = [SpacySpan(doc, e.start, e.end + 4, label="ORG") for e in ents
             if e.end + 3 < len(doc) and doc[e.end].text == "(" and doc[e.end + 1].is_title
             and doc[e.end + 2].text == ")" and doc[e.end + 3].is_title
             and doc[e.end + 3].lower_ in company_forms()]
    if whole:
        doc.ents = _without_overlaps(ents + whole)


def _legal_forms_left_out(doc: Doc) -> None:
    """"Dans un communiqué, Funiculaire Sorvillaz-Léman SA précise": a name the tagger took for
    a person and the capitalised legal form right after it, which it left out
    (data/<lang>/company_forms.txt), are one organisation."""
    ents = list(doc.ents)
    whole = [SpacySpan(doc, e.start, e.end + 1, label="ORG") for e in ents
             if e.label_ in ("PER", "PERSON") and e.end < len(doc) and not doc[e.end].ent_type_
             and (doc[e.end].is_title or doc[e.end].is_upper) and doc[e.end].is_alpha
             and doc[e.end].lower_ in company_forms()]
    if whole:
        doc.ents = _without_overlaps(ents + whole)


def _spelt_by(words: SpacySpan, letters: str) -> bool:
    """The initials of ``words`` but its articles, prepositions and conjunctions are
    ``letters`` ("Collectif des éleveurs et vendeurs de moutons du Djolof": "cevmd")."""
    return folded("".join(t.text[0] for t in words
                          if t.is_alpha and t.pos_ not in ("ADP", "DET", "CCONJ"))) == folded(
        letters)  # ("éleveurs": "e")


def _cut_names_joined(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """A name the tagger cut after a preposition or an article ("Eaux minérales de la" and
    "Vrenaz SA") is one with the entity right after it, an organisation if that one is."""
    out: list[SpacySpan] = []
    for ent in ents:
        last = out[-1] if out else None
        gap = doc[last.end : ent.start] if last is not None else None
        if last is not None and gap is not None and last.label_ != "PER" and (
            doc[last.end - 1].is_lower and doc[last.end - 1].pos_ in ("ADP", "DET")
        ) and (not len(gap) or (
            len(gap) == 1 and gap[0].is_lower and gap[0].pos_ == "DET"
            and doc[last.end - 1].pos_ == "ADP"
        )):  # ("Syndicat des producteurs de lait de" and "Marmette", "la" left out)
            label = "ORG" if "ORG" in (last.label_, ent.label_) else last.label_
            out[-1] = SpacySpan(doc, last.start, ent.end, label=label)
            continue
        if last is not None and last.end == ent.start and ent.label_ == "PER" and (
            name_opener_at(doc, last.start) == len(last)
        ):
            out[-1] = SpacySpan(doc, last.start, ent.end, label="PER")
            continue  # "El Hadji" and "Moussa Ndiaye": one person
        if last is not None and _first_name_then_particle(doc, last, ent):
            out[-1] = SpacySpan(doc, last.start, hyphenated_end(doc, ent.end - 1), label="PER")
            continue  # "Annaïg" and "Le Bihan-Cornec": one person
        out.append(ent)
    return out


def _first_name_then_particle(doc: Doc, first: SpacySpan, ent: SpacySpan) -> bool:
    """A lone first name the tagger ended right before a name opened by a capitalised particle
    ("Annaïg" then "Le Bihan-Cornec", "Pieter" then "De Smet")."""
    opening = doc[ent.start]
    return (first.end == ent.start and len(first) == 1 and first.label_ != "ORG"
            and first_name_gender(first.text) is not None and len(ent) >= 2
            and opening.is_title and opening.lower_ in surname_particles()
            and doc[ent.start + 1].is_title)


def _mended(doc: Doc, ent: SpacySpan) -> list[SpacySpan]:
    """A WikiNER pipeline's entity, or the entities it really is: "la substitute Marie-Laure
    Hennaut" tagged a place from "substitute" on is the person Marie-Laure Hennaut; "le défenseur
    du Boréal Kevin Ouimet" tagged one organisation is the club and, from the first name on, the
    player (after a role word only: "Paris Saint-Germain" stays one club)."""
    start = ent.start
    if ent.label_ == "ORG" and len(ent) > 2 and doc[start].is_lower and (
        doc[start].lower_ in lexicon().organisation_nouns
    ) and doc[start + 1].lower_ in surname_particles():
        return [ent]  # "le ministère des Transports": the body, not a name "des Transports"
    while start < ent.end and doc[start].is_lower and doc[start].is_alpha and (
        doc[start].lower_ not in surname_particles()
    ):
        start += 1
    if start == ent.end:
        return []
    if start > ent.start:
        label = "PER" if _first_name_at(doc, start, ent.end) and not _after_place_noun(
            doc, start) else ent.label_  # but "au parc Rosaire-Gendron": the park
        return [SpacySpan(doc, start, ent.end, label=label)]
    opener = name_opener_at(doc, start)
    if opener and ent.end - start > opener and _capitalised_words(doc[start + opener : ent.end]):
        return [SpacySpan(doc, start, ent.end, label="PER")]  # "El Hadji Ousmane Diagne"
    if ent.label_ == "PER" and (_saint_place(doc, start) or _after_place_noun(doc, start)):
        return [SpacySpan(doc, start, ent.end, label="LOC")]  # "du rang Sainte-Luce": a place
    if len(ent) > 1 and ent[-1].lower_ in company_forms() and (
        ent.label_ == "MISC" or (ent.label_ in ("PER", "LOC") and ent[-1].text[:1].isupper())
    ):  # "Dorsaz & Cie", "Valtex SA"; "Saphirane SA", tagged a person
        return [SpacySpan(doc, start, ent.end, label="ORG")]
    if ent.label_ == "PER" and _place_after_job(doc, ent):
        return [SpacySpan(doc, start, ent.end, label="LOC")]  # "colombophile à Fléronsart"
    if ent.label_ == "PER" and _employer_after_job(doc, start):
        return [SpacySpan(doc, start, ent.end, label="ORG")]  # "analyste chez Helvion Capital"
    if ent.label_ == "PER" and ent.end - start >= 2 and doc[start].is_title and (
        doc[start].lower_ in company_openers()
    ) and not first_name_gender(doc[start].text):
        return [SpacySpan(doc, start, ent.end, label="ORG")]  # "Excavation R. Bolduc"
    if ent.label_ == "PER":
        return [ent]
    if ent.label_ == "MISC" and ent.start > 0 and doc[ent.start - 1].is_lower and (
        doc[ent.start - 1].lower_ in lexicon().organisation_types
    ):
        return [SpacySpan(doc, start, ent.end, label="ORG")]  # "l'association La Route ..."
    if ent.label_ == "MISC" and ent.end - start >= 2 and doc[start].is_title and (
        doc[start].lower_ in company_openers()
    ):
        return [SpacySpan(doc, start, ent.end, label="ORG")]  # "Gestion Valcourt-Mainville"
    if ent.label_ == "MISC" and _first_name_at(doc, start, ent.end):
        return [SpacySpan(doc, start, ent.end, label="PER")]  # "Léa-Rose Gagné" tagged MISC
    if is_honorific(doc[start].text) and (
        _first_name_at(doc, start + 1, ent.end, titled=True)
        or _surname_after(doc, start + 1, ent.end)
        or (ent.end - start == 2 and doc[start + 1].is_title and doc[start + 1].is_alpha)
    ):  # "Me Sophie Verhaegen"; "Me Gavillet n'exclut pas un recours", a surname alone
        return [SpacySpan(doc, start, ent.end, label="PER")]
    if is_title_word(doc[start].text) and _first_name_at(doc, start + 1, ent.end, titled=True):
        return [SpacySpan(doc, start, ent.end, label="PER")]  # "le Dr Samuel Okafor-Lind"
    if ent.end - start >= 2 and doc[start].text.casefold() in lexicon().spelt_out and (
        not is_honorific(doc[start].text) and _capitalised_words(doc[start + 1 : ent.end])
    ):
        return [SpacySpan(doc, start, ent.end, label="PER")]  # "la Dre Pittet-Aebischer"
    if _set_off_by_commas(doc, ent) and _first_name_at(doc, ent.start, ent.end):
        return [SpacySpan(doc, ent.start, ent.end, label="PER")]  # "Le maire, Fabien Roux,"
    if len(ent) == 1 and first_name_gender(ent.text) and (
        age_after(doc.text, ent.end_char) is not None
    ):
        return [SpacySpan(doc, ent.start, ent.end, label="PER")]  # "Inès, 15 ans,", a place
    if _first_name_at(doc, ent.start, ent.end) and age_after(doc.text, ent.end_char) is not None:
        return [SpacySpan(doc, ent.start, ent.end, label="PER")]  # "Xavier Thibodeau, 17 ans,"
    if not _after_role_word(doc, ent.start):
        return [ent]
    if _after_role_word(doc, ent.start, 1) and _first_name_at(doc, ent.start, ent.end):
        return [SpacySpan(doc, ent.start, ent.end, label="PER")]  # "le gardien Loïc Perron"
    if ent.label_ == "PERSON" or is_honorific(doc[ent.start].text):
        return [ent]  # "Me Seydina Oumar Fall": one person, whatever first name is inside
    for k in range(ent.start + 1, ent.end - 1):
        if doc[k - 1].is_title and _first_name_at(doc, k, ent.end):
            return [SpacySpan(doc, ent.start, k, label=ent.label_),
                    SpacySpan(doc, k, ent.end, label="PER")]
    return [ent]


def _opened_names_untagged(doc: Doc) -> None:
    """"qui fait sourire El Hadji Mamadou Sarr": capitalised words after a name's opener
    (data/<lang>/name_openers.txt), or after an honorific and a known first name, or after a
    known first name and a capitalised particle ("Yannick Le Floch"), that the tagger left out
    are a person."""
    ents = list(doc.ents)
    for k in range(len(ents) - 1):
        opener, person = ents[k], ents[k + 1]
        if opener.label_ not in ("PER", "PERSON") and person.label_ in ("PER", "PERSON") and (
            person.start == opener.end and name_opener_at(doc, opener.start) == len(opener)
        ):  # "El Hadji" tagged apart from "Moussa Ndiaye": one name
            ents[k] = ents[k + 1] = SpacySpan(doc, opener.start, person.end, label=person.label_)
    taken = {i for e in ents for i in range(e.start, e.end)}
    for k, ent in enumerate(ents):
        size = next((n for n in (2, 1) if ent.start >= n and name_opener_at(doc, ent.start - n) == n
                     and not taken & set(range(ent.start - n, ent.start))), 0)
        if size and ent.label_ in ("PER", "PERSON"):
            ents[k] = SpacySpan(doc, ent.start - size, ent.end, label=ent.label_)
            # "Siti Aminah Yusof, 52,": the opener the tagger left out of the person
    ents = [SpacySpan(doc, e.start, e.end, label="PER") if e.label_ == "MISC" and (
        0 < name_opener_at(doc, e.start) < len(e)) else e  # "El Hadji Moussa Ndiaye", all
        for e in dict.fromkeys(ents)]  # of it a miscellaneous name for the tagger
    if ents != list(doc.ents):
        doc.ents = ents
    tagged = {i for e in ents for i in range(e.start, e.end)}
    for tok in doc:
        size = name_opener_at(doc, tok.i) if tok.i not in tagged else 0
        if not size and tok.i not in tagged and tok.is_title and is_honorific(tok.text) and (
            tok.i + 1 < len(doc) and first_name_gender(doc[tok.i + 1].text) is not None
        ):
            size = 1  # "Lalla Fadma Ouchen, 54 ans,": an honorific, a first name, untagged
        if not size and tok.i not in tagged and tok.pos_ == "PROPN" and tok.is_title and (
            tok.i + 2 < len(doc) and first_name_gender(tok.text) is not None
            and doc[tok.i + 1].is_title and doc[tok.i + 1].lower_ in surname_particles()
            and doc[tok.i + 2].is_title and doc[tok.i + 2].is_alpha
        ):
            size = 2  # "Yannick Le Floch a fini par admettre": a first name, a capitalised
            # particle, then the surname, all untagged
        end = tok.i + size
        while size and end < len(doc) and end not in tagged and (
            (doc[end].is_title and doc[end].is_alpha) or joining_hyphen(doc[end])
        ):
            end += 1
        if size and end - tok.i > size and not any(i in tagged for i in range(tok.i, end)):
            ents.append(SpacySpan(doc, tok.i, end, label="PER"))
            tagged.update(range(tok.i, end))
    if len(ents) > len(doc.ents):
        doc.ents = sorted(ents, key=lambda e: e.start)


def name_opener_at(doc: Doc, k: int) -> int:
    """How many words at ``k`` open a person's name and belong to it ("El Hadji"): data/<lang>/
    name_openers.txt; 0 for none."""
    openers = _name_openers()
    for size in (2, 1):
        if k + size <= len(doc) and doc[k].is_title and " ".join(
            t.lower_ for t in doc[k : k + size]
        ) in openers:
            return size
    return 0


def _given_name_of(words: list[str]) -> str:
    """The word of a full name the press calls a person by alone: the first, after an opener
    of data/<lang>/given_name_openers.txt ("Mohd Hafiz Rahman" -> "hafiz")."""
    if len(words) > 2 and words[0] in given_name_openers():
        return words[1]
    return words[0]


@per_language
def given_name_openers() -> frozenset[str]:
    return optional_words(None, "given_name_openers.txt")


@per_language
def _name_openers() -> frozenset[str]:
    return optional_words(None, "name_openers.txt")


def is_name_opener(words: str) -> bool:
    """``words`` are one of data/<lang>/name_openers.txt ("El Hadji"), whatever the case."""
    return " ".join(words.lower().split()) in _name_openers()


@per_language
def agent_prepositions() -> frozenset[str]:
    """The prepositions that bring a passive verb's agent ("par"), which no organisation's name
    runs on through: data/<lang>/agent_prepositions.txt."""
    return optional_words(None, "agent_prepositions.txt")


@per_language
def company_openers() -> frozenset[str]:
    """Words that open a company's name ("Gestion", "Groupe"): data/<lang>/company_openers.txt."""
    return optional_words(None, "company_openers.txt")


@per_language
def company_forms() -> frozenset[str]:
    """Legal forms that end a company's name ("Cie", "SA"): data/<lang>/company_forms.txt."""
    return optional_words(None, "company_forms.txt")


@per_language
def _place_prefixes() -> frozenset[str]:
    """How place names begin ("saint-"), data/<lang>/place_prefixes.txt."""
    return optional_words(None, "place_prefixes.txt")


def _saint_place(doc: Doc, start: int) -> bool:
    """"à Sainte-Luce", "du rang Saint-Oscar": a name that begins like a place
    (data/<lang>/place_prefixes.txt) after a preposition or a common noun that is no office (not
    "la ministre Saint-Pierre")."""
    if start == 0 or not doc[start].lower_.startswith(tuple(_place_prefixes())):
        return False
    prev = doc[start - 1]
    return prev.pos_ == "ADP" or (prev.pos_ == "NOUN" and prev.is_lower
                                  and not _after_role_word(doc, start, 1))


@per_language
def indefinite_articles() -> frozenset[str]:
    """The indefinite articles ("a", "un"), data/<lang>/indefinite_articles.txt."""
    return optional_words(None, "indefinite_articles.txt")


@per_language
def place_nouns() -> frozenset[str]:
    """Nouns for a place that a name after "de" or "of" names, data/<lang>/place_nouns.txt."""
    return optional_words(None, "place_nouns.txt")


@per_language
def _facility_nouns() -> frozenset[str]:
    """Nouns for a place the name right after them names, data/<lang>/facility_nouns.txt."""
    return optional_words(None, "facility_nouns.txt")


def _after_place_noun(doc: Doc, start: int) -> bool:
    """"dans le village de Kessarine", "the hamlet of Glenbrack": a name after a noun for a
    place (data/<lang>/place_nouns.txt) and its preposition is that place; "au parc
    Rosaire-Gendron": a name right after a noun for a facility or a street
    (facility_nouns.txt)."""
    return (start >= 2 and doc[start - 1].pos_ == "ADP"
            and doc[start - 2].lower_ in place_nouns()) or (
        start >= 1 and doc[start - 1].lower_ in _facility_nouns())


@per_language
def employer_prepositions() -> frozenset[str]:
    """Prepositions between a job and its employer, data/<lang>/employer_prepositions.txt."""
    return optional_words(None, "employer_prepositions.txt")


def _employer_after_job(doc: Doc, start: int) -> bool:
    """"Thomas Gubler-Roth, analyste chez Helvion Capital": a name after a job word and a
    preposition of employment (data/<lang>/employer_prepositions.txt) is the employer."""
    return (start >= 2 and doc[start - 1].lower_ in employer_prepositions()
            and doc[start - 2].lower_ in lexicon().occupations)


@per_language
def residence_prepositions() -> frozenset[str]:
    """Prepositions between a job and its place, data/<lang>/residence_prepositions.txt."""
    return optional_words(None, "residence_prepositions.txt")


def _place_after_job(doc: Doc, ent: SpacySpan) -> bool:
    """"Fernand X, 67 ans, colombophile à Fléronsart,", "maçon à Ndieukou Mbaye": a word or
    two after a job word and a preposition of place (data/<lang>/residence_prepositions.txt),
    opening on no first name, are a place."""
    start = ent.start
    return (len(ent) <= 2 and start >= 2 and doc[start - 1].lower_ in residence_prepositions()
            and (doc[start - 2].lower_ in lexicon().occupations
                 or doc[start - 2].lower_ in person_nouns())
            and not first_name_gender(doc[start].text))


def _set_off_by_commas(doc: Doc, ent: SpacySpan) -> bool:
    """A name between commas (or before a bracket or a full stop), in apposition: "Son
    conducteur, Loïc Dethy, 29 ans", "Le maire de Vallerosse, Fabien Roumégoux, a prévenu"."""
    return (ent.start > 0 and doc[ent.start - 1].text == ","
            and ent.end < len(doc) and doc[ent.end].text in (",", "(", "."))


@per_language
def age_patterns() -> dict[str, list[re.Pattern[str]]]:
    """How articles give a person's age (data/<lang>/ages.tsv): patterns for the words right
    after a name ("after_name") and in a description ("description"), the age in group 1."""
    out: dict[str, list[re.Pattern[str]]] = {"after_name": [], "description": []}
    for where, pattern in optional_pairs(None, "ages.tsv"):
        out.setdefault(where, []).append(re.compile(pattern))
    return out


def age_of_description_before(text: str, start: int) -> int | None:
    """"vers une recrue de 17 ans, Loïc X, qui", "Âgé de 61 ans, le président": the age the
    description a mention starting at ``start`` is set off after gives (data/<lang>/ages.tsv,
    "description")."""
    before = text[max(0, start - 60) : start].rstrip()
    if not before.endswith(","):
        return None
    phrase = re.split(r"[,.;:!?«»]", before[:-1])[-1].rstrip()
    for pattern in age_patterns()["description"]:
        found = pattern.search(phrase)
        if found is not None and found.end() == len(phrase):
            return int(found.group(1))
    return None


def age_set_off(following: str) -> bool:
    """An age in figures or in words set off right after a name (", 44,", ", soixante et un
    ans,")."""
    return age_after_name(following) is not None or any(
        p.search(following) for p in age_patterns().get("spelled_after_name", []))


@per_language
def age_nouns() -> dict[str, tuple[int, int]]:
    """Nouns for a person of an age range ("quinquagénaire": 50-59), data/<lang>/age_nouns.tsv."""
    return {noun.lower(): (int(lo), int(hi))
            for noun, lo, hi in optional_rows(None, "age_nouns.tsv", 3)}


@per_language
def age_adjectives() -> dict[str, tuple[int, int]]:
    """Adjectives for a person of an age range ("jeune": 15-35), data/<lang>/age_adjectives.tsv."""
    return {word.lower(): (int(lo), int(hi))
            for word, lo, hi in optional_rows(None, "age_adjectives.tsv", 3)}


def is_age_noun(word: str) -> bool:
    """A noun for a person of an age range ("quinquagénaire", "septuagenarian")."""
    return word.lower() in age_nouns()


def age_before_name(words: str | None) -> int | None:
    """The age the words right before a name give ("15-year-old" of "a petition started by
    15-year-old Aroha X": data/<lang>/ages.tsv, "before_name"), if any."""
    for pattern in age_patterns().get("before_name", []) if words else []:
        match = pattern.search(words or "")
        if match:
            return int(match.group(1))
    return None


def age_after_name(following: str) -> int | None:
    """The age given right after a person's name (", 44," in data/<lang>/ages.tsv, or ",
    cinquante-quatre ans," in the language's number words), if any."""
    for pattern in age_patterns()["after_name"]:
        match = pattern.search(following)
        if match:
            return int(match.group(1))
    for pattern in age_patterns().get("spelled_after_name", []):
        match = pattern.search(following)
        if match:
            return spelled_number(match.group(1))
    return None


@per_language
def family_nouns() -> frozenset[str]:
    """Nouns for close family, who usually share a family name ("father", "sœur"):
    data/<lang>/family_nouns.txt."""
    return optional_words(None, "family_nouns.txt")


@per_language
def belonging_prepositions() -> frozenset[str]:
    """Prepositions of belonging ("de", "du": "le fils du câlleur"):
    data/<lang>/belonging_prepositions.txt."""
    return optional_words(None, "belonging_prepositions.txt")


@per_language
def elided_particles() -> tuple[str, ...]:
    """The articles and prepositions of belonging written elided ("l'", "d'"), apostrophe
    straight: data/<lang>/articles.txt, belonging_prepositions.txt."""
    words = lexicon().articles | belonging_prepositions()
    return tuple(sorted({w.replace("\u2019", "'") for w in words if w.endswith(("'", "\u2019"))}))


@per_language
def former_words() -> frozenset[str]:
    """Adjectives that make an occupation a past one ("ancienne", "former";
    data/<lang>/former_words.txt)."""
    return optional_words(None, "former_words.txt")


@per_language
def new_words() -> frozenset[str]:
    """Adjectives that make an occupation's holder the one who just took it ("nouvel";
    data/<lang>/new_words.txt)."""
    return optional_words(None, "new_words.txt")


def comma_past_age(doc: Doc, comma: int, end: int | None = None) -> int:
    """The comma that closes an age set off after a name ("Inès X, 27 ans, doctorante"), where
    the words set off after it go on; ``comma`` itself, the one right after the name, when no age
    follows it (``end``: where to stop looking, the text's end by default)."""
    end = len(doc) if end is None else end
    if not 0 < comma < end or doc[comma].text != "," or age_after(
        doc.text, doc[comma - 1].idx + len(doc[comma - 1])
    ) is None:
        return comma
    return next((t.i for t in doc[comma + 2 : min(end, comma + 5)] if t.text == ","), comma)


# How far after a name its age may run: ", quatre-vingt-dix-neuf ans," in words.
_AGE_WINDOW = 40


def age_after(text: str, end: int) -> int | None:
    """The age given right after a name that ends at character ``end`` of ``text``."""
    return age_after_name(text[end : end + _AGE_WINDOW])


@per_language
def _number_words() -> dict[str, tuple[int, bool]]:
    """Number word -> its value, and whether it multiplies a lone digit before it
    (data/<lang>/number_words.tsv)."""
    rows = [line.split("\t") for line in optional_lines(None, "number_words.tsv")[1:]]
    return {row[0].strip(): (int(row[1]), row[2:3] == ["times"]) for row in rows
            if len(row) >= 2}


def spelled_number(words: str) -> int | None:
    """A number written in words ("cinquante-quatre" -> 54, "quatre-vingt-douze" -> 92), or
    None where a word is no number word of the language."""
    table = _number_words()
    total = count = 0
    for word in re.split(r"[\s-]+", words.lower().strip()):
        if word not in table:
            return None
        value, times = table[word]
        total = total * value if times and count == 1 and 1 < total < 10 else total + value
        count += 1
    return total or None


def _surname_after(doc: Doc, k: int, end: int) -> bool:
    """A lone first name at ``k`` that ends the entity, a capitalised proper noun right after
    it: the tagger stopped before the surname ("Me Olivier" of "Me Olivier Stassart-Moreau")."""
    return end == k + 1 and end < len(doc) and bool(first_name_gender(doc[k].text)) and (
        doc[end].is_title and doc[end].pos_ == "PROPN")


def _first_name_at(doc: Doc, k: int, end: int, titled: bool = False) -> bool:
    """A known first name at ``k`` ("Kevin", "Marie-Laure") and only capitalised words after it
    up to ``end``, at least one; after a title or an honorific, a compound first name whose
    first part is one ("le Dr Jean-Bosco X")."""
    parts = doc[k].text.split("-")
    known = parts[:1] if titled else parts
    return end - k >= 2 and doc[k].text[:1].isupper() and all(  # (not "des", "Des" a name)
        first_name_gender(p) for p in known) and all(
        (t.is_title and t.text.replace("-", "").isalpha()) or joining_hyphen(t)
        for t in doc[k + 1:end])


def joining_hyphen(tok: Token) -> bool:
    """A hyphen the tokenizer split off inside a name ("Ménard - Lachapelle")."""
    doc = tok.doc
    return (tok.text == "-" and tok.i > 0 and not doc[tok.i - 1].whitespace_
            and not tok.whitespace_)


def hyphenated_start(doc: Doc, i: int, floor: int = 0) -> int:
    """Where the word at ``i`` starts, with the words tight hyphens join before it, not before
    ``floor`` ("chef" of "entraîneur-chef": the index of "entraîneur")."""
    while i - 2 >= floor and joining_hyphen(doc[i - 1]) and doc[i - 2].is_alpha:
        i -= 2
    return i


def hyphenated_end(doc: Doc, i: int) -> int:
    """Where the word at ``i`` ends (exclusive), with the words tight hyphens join after it
    ("Ouimet" of "Ouimet-Lavallée")."""
    end = i + 1
    while end + 1 < len(doc) and joining_hyphen(doc[end]) and doc[end + 1].is_alpha:
        end += 2
    return end


def _after_role_word(doc: Doc, start: int, within: int = 3) -> bool:
    """An occupation or title among the ``within`` words before ``start`` ("le défenseur du")."""
    occupations = lexicon().occupations
    return any(folded(t.lemma_) in occupations or t.lower_ in occupations or is_title_word(t.text)
               for t in doc[max(0, start - within):start] if t.is_alpha)


def _name_end(doc: Doc, ent: SpacySpan, following: list[SpacySpan]) -> int:
    """Where a person's name really ends: the WikiNER pipelines often stop a name before a
    capitalised particle ("Agnès" of "Agnès Le Floch", "Jan" of "Jan De Smedt"); capitalised
    words right after it, a particle among them followed by a capitalised word, carry it on."""
    end = ent.end
    if ent.label_ != "PER":
        return end
    limit = following[0].start if following else len(doc)
    i = end
    while i < min(limit, end + 3):
        tok = doc[i]
        if tok.text == "-" and not doc[i - 1].whitespace_ and not tok.whitespace_ and (
            i + 1 < limit and doc[i + 1].is_title
        ):  # "Garnier-Roux" cut at its hyphen
            i += 2
            continue
        if not (tok.is_title and tok.text.replace("-", "").isalpha()):
            break
        nxt = doc[i + 1] if i + 1 < limit else None
        if tok.pos_ != "PROPN" and not (
            len(tok.text) <= 3 and nxt is not None and nxt.is_title and nxt.pos_ == "PROPN"
        ):
            break
        i += 1
    # a particle left hanging at the end ("Agnès Le") is no part of the name
    while i > end and len(doc[i - 1].text) <= 3 and doc[i - 1].pos_ != "PROPN":
        i -= 1
    return i


@dataclass
class Entity:
    """One speaker candidate: its fullest name, every other name, the roles the article gives."""

    kind: str
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    gender_source: str | None = None  # "title", "office", "first name" or "pronoun"
    affiliation: str | None = None
    party: str | None = None
    place: str | None = None
    head: str | None = None  # head noun of a descriptive entity ("diplomat")
    # the grammatical gender of an organisation's name ("la FAPE": female), which "il" or
    # "elle" agrees with in French; None where the language's tagger shows none
    agreement: str | None = None
    positions: list[int] = field(default_factory=list)
    narrative: list[int] = field(default_factory=list)  # positions named outside any quote
    # occupations set off after the name where an office came first ("Sa présidente, X,
    # vigneronne à Y"): no role, but what "la vigneronne" may call them when no one holds it
    jobs: list[str] = field(default_factory=list)
    spoke: bool = False
    speaker: Speaker | None = None
    introduced: bool = False  # a description that may be named later ("The head of ...")
    kin: bool = False  # someone's relative ("the youngster's mum"): named later by that word
    types: set[str] = field(default_factory=set)  # what the article calls an organisation
    age: int | None = None  # "Dean Papadakis, 44,": what "the 44-year-old" will call him
    titles: set[str] = field(default_factory=set)  # written before the name, lower-cased: "dr."

    @property
    def role(self) -> str | None:
        return self.roles[0] if self.roles else None

    @property
    def named(self) -> bool:
        """A proper name, not a description."""
        return self.head is None

    def add_alias(self, alias: str) -> None:
        alias = alias.strip()
        known = {self.name.lower()} | {a.lower() for a in self.aliases}
        if alias and alias.lower() not in known:
            self.aliases.append(alias)

    def add_name(self, name: str) -> None:
        """Another name of a known person: the fuller one with the same surname becomes their
        name ("Chidzikwe" in the inventory, then "Cde Ruvimbo Chidzikwe" at a cue), or with the
        first name the person was known by alone ("Nusrat", then "Dr Nusrat Jahan"), or the same
        with an initial written onto it ("Oyunbileg", then "D.Oyunbileg"), the other an alias."""
        words, known = name.split(), self.name.split()
        glued = _GLUED_INITIAL.fullmatch(words[-1]) if len(words) == len(known) == 1 else None
        if len(words) > len(known) and (words[-1] == known[-1] or known == words[:1]) or (
            glued is not None and glued.group(1) == known[0]
        ):  # ("Oyunbileg", then "D.Oyunbileg", her initial written onto her name)
            self.add_alias(self.name)
            self.name = name
        else:
            self.add_alias(name)

    def add_role(self, role: str | None) -> None:
        role = (role or "").strip(" ,")
        if self.name and role.endswith(" " + self.name):
            # a role the parse ran on into the name ("directeur financier Jan De Wachter")
            role = role[: -len(self.name) - 1].strip(" ,")
        if role and role not in self.roles and any(c.isalpha() for c in role):
            self.roles.append(role)

    def _descriptions(self) -> list[str]:
        return self.roles + [self.name] + self.aliases

    def has_role_word(self, word: str, lead: int | None = None, titled: bool = True) -> bool:
        """The article called this entity ``word`` ("diplomat", "senator" for "Sen.", "council
        member" for "Council Member"); with ``lead``, in the first ``lead`` words of a
        description ("autorickshaw driver whose daughter ..." is no daughter). A description
        opening on a noun for close family stops before its complement ("le fils du câlleur"
        is no "câlleur": data/<lang>/family_nouns.txt, belonging_prepositions.txt). Not
        ``titled``: by the descriptions alone, not a title before the name ("Me X")."""
        parts = [w.replace("'", "") for w in folded(word).replace("\u2019", "'").split()]
        described = [" ".join(_before_kin_complement(_article_apart(d).split())[:lead])
                     for d in self._descriptions()]  # ("l'armailli" is an "armailli")
        titles = sorted(self.titles) if titled else []
        words = role_words(described + titles)  # "Chief Rena Wilkinson"
        if self.gender == "female":  # "Me Aurélie X" is "l'avocate"
            words |= {f for w in role_words(titles) for f in feminine_forms(w)}
        return bool(parts) and all(part in words for part in parts)

    def has_job_word(self, *words: str) -> bool:
        """A job set off after the name opens on one of ``words``, past a word of
        former_words.txt ("Sa présidente, X, vigneronne à Y" for "la vigneronne"; "ancien
        marchand de bestiaux" for "le marchand")."""
        wanted = {folded(w) for w in words}
        return any(folded(next((w for w in job.split() if w.lower() not in former_words()), ""))
                   in wanted for job in self.jobs)

    def occupation_differs(self, word: str) -> bool:
        """The article gave this person another occupation than ``word``."""
        return occupation_differs(self._descriptions(), word)


@dataclass
class Event:
    """An entity in the narrative at a position: as a speaker or as a sentence's subject."""

    pos: int
    entity: Entity
    spoke: bool
    # the focus of a cleft sentence ("c'est X qui ..."): new to the story, no pronoun's antecedent
    focus: bool = False
    # a sentence that says its subject would not speak ("X n'a pas souhaité s'exprimer")
    silent: bool = False
    # where the subject's sentence ends (-1: not known)
    sentence_end: int = -1


class Discourse:
    """The entities of one article and the events so far, with the look-ups resolution needs."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.events: list[Event] = []
        # offices named with no one's name ("devant la présidente du tribunal"): position,
        # lemma, words and, for an agent ("par la présidente"), the gender the words give
        self.unnamed_offices: list[tuple[int, str, str, str | None]] = []
        self.headline_end = 0  # where the article's headline ends (0: none)

    def told_after_headline(self) -> bool:
        """Anyone spoke or acted yet, the headline aside ("Ice cream man ordered to silence his
        chimes", then "An ice cream man ... says" introduces him)."""
        return any(ev.pos >= self.headline_end for ev in self.events)

    def new(self, ent: Entity, pos: int | None) -> Entity:
        if pos is not None:
            ent.positions.append(pos)
        self.entities.append(ent)
        return ent

    def by_recency(self, pos: int) -> list[Entity]:
        """Entities named before ``pos`` (latest first), then those named only after it."""
        before = [e for e in self.entities if e.positions and min(e.positions) <= pos]
        before.sort(key=lambda e: max(p for p in e.positions if p <= pos), reverse=True)
        seen = {id(e) for e in before}
        return before + [e for e in self.entities if id(e) not in seen]

    def latest_speaker(self) -> Entity | None:
        """The entity that spoke last."""
        return next((ev.entity for ev in reversed(self.events) if ev.spoke), None)

    def latest(self, kinds: tuple[str, ...]) -> Entity | None:
        """The entity of one of ``kinds`` in the latest event."""
        for ev in reversed(self.events):
            if ev.entity.kind in kinds:
                return ev.entity
        return None

    def match_name(
        self, name: str, kind: str, pos: int, gender: str | None = None, titled: bool = False,
        title: str | None = None,
    ) -> Entity | None:
        """The named entity ``name`` refers to: the same name or alias, a person's surname or
        first and last name, an organisation's name within another's. ``gender`` is what an
        honorific before the name tells ("Ms Hennessy" is not Pádraig Hennessy); ``titled``
        says an honorific stands before it ("Mr Lim" for Gerard Lim Teck Seng); ``title`` is
        the office before it ("Judge Chan" is the judge of two Chans)."""
        words = name.lower().split()
        if not words:
            return None
        ranked = self.by_recency(pos)
        shared: list[Entity] = []
        if kind == "person" and len(words) == 1:
            shared = [e for e in ranked if e.named and e.kind == "person" and e.positions
                      and min(e.positions) <= pos and (
                          len(e.name.split()) > 1 or _GLUED_INITIAL.fullmatch(e.name))
                      and words[0] in family_names(e.name)]
            if len(shared) == 1 and len(shared[0].name.split()) == 2 and (
                shared[0].name.split()[0].lower() in (a.lower() for a in shared[0].aliases)
            ):  # "Harun" after "Ismail Harun", whom the article calls "Ismail": not his
                given = self._given_name(words[0], ranked, pos, family=False)  # family name
                if given is not None:  # but Harun Yusof's first
                    return given
            agreeing = [e for e in shared if gender is not None and e.gender == gender]
            if len(shared) > 1 and len(agreeing) == 1:
                return agreeing[0]  # "Ms Hennessy" after Pádraig and Aoife Hennessy
            possible = [e for e in shared if not (gender and e.gender and e.gender != gender)]
            if len(shared) > 1 and len(possible) == 1:
                return possible[0]  # "Mr Otieno" after Rosemary and Kennedy (a first name
                # the gender list does not tell) Otieno
            holding = [e for e in shared if title and (any(
                {title.lower(), spelt_out(title)} & set(role.lower().split()) for role in e.roles)
                or title.lower() in e.titles)]  # "Dr. Perera": "Economist Dr. Nalaka Perera"
            if len(shared) > 1 and len(holding) == 1:
                return holding[0]  # "Judge Chan" after Chan Ka-wai and Judge Amanda Chan
            surnamed = [e for e in possible if e.spoke or not any(
                e.name.split()[0].lower() == a.lower() and a.lower() not in family_names(e.name)
                for a in e.aliases)]
            if len(shared) > 1 and len(surnamed) == 1:
                return surnamed[0]  # "Walters" after Andre Walters, whom the article calls
                # "Andre" and who never speaks, and his mother Marcia Walters
            last = next((ev.entity for ev in reversed(self.events)
                         if ev.spoke and ev.pos < pos), None)
            if len(shared) > 1 and (titled or title) and last is not None and last in possible:
                return last  # "Mme Mostinckx a ajouté" right after the mother's quote, not the
                # daughter the story named first; "Brig Kiprono said" after his own
            if len(shared) > 1 and titled and len(possible) > 1 and all(
                e.gender is None for e in possible
            ):  # "Mrs Okunola told journalists" right after "Dr. (Mrs) Folake Okunola": with
                return max(possible, key=lambda e: max(p for p in e.positions if p <= pos)
                           if any(p <= pos for p in e.positions) else -1)  # no gender known,
                # the namesake named last
            if len(shared) > 1:  # "Vance" after Odile Vance and her nephew Laurent Vance: the
                return min(shared, key=lambda e: min(e.positions))  # one the story began with
        if kind != "person" and len(words) == 1:
            for ent in ranked:  # a surname the tagger took for an organisation ("Trump"), even
                if ent.named and ent.kind == "person" and (  # after "Trump University"
                    words[0] in family_names(ent.name)
                ):
                    return ent
            given = self._given_name(words[0], ranked, pos)
            if given is not None and not any(
                e.kind != "person" and words[0] in [e.name.lower(), *map(str.lower, e.aliases)]
                for e in ranked if e.named
            ):  # "Iskandar" tagged an organisation after Iskandar Mohd Fahmi, but not "Lumera"
                return given  # after the company Lumera and its "Lumera Mini" lock
        for ent in ranked:
            if not ent.named:
                continue
            names = [ent.name.lower()] + [a.lower() for a in ent.aliases]
            if name.lower() in names:
                return ent
            if kind == "person" and ent.kind == "person":
                ewords = ent.name.lower().split()
                if len(words) == 1 and gender and ent.gender and ent.gender != gender and not (
                    ent.gender_source == "first name" and shared == [ent]
                    and not sure_of_first_name(ewords[0])
                ):  # "Ms Pham" is Nat Pham (a first name mostly a man's), not John Pham's wife
                    continue
                if len(words) == 1 and (len(ewords) > 1 or _GLUED_INITIAL.fullmatch(ent.name)) and (
                    words[0] in family_names(ent.name)
                ):  # "Ho" for Rebecca Ho Man-yee, "Chan" for Chan Ka-wai, "Batsaikhan" for
                    return ent  # D.Batsaikhan
                if len(ewords) == 1 and len(words) > 1 and ent.gender and (
                    ent.gender_source != "first name"
                    and first_name_gender(words[0]) not in (None, ent.gender)
                ):  # "Ms Tierney" is not Conor Tierney, named later
                    continue
                if len(ewords) == 1 and len(words) > 1 and words[0] == ewords[0] and (
                    first_name_gender(ent.name) is not None and ent.name not in family_names(name)
                ):  # "son frère cadet, Didier", then "Didier Van Oosterwyck": his full name
                    return ent
                if (words[-1] == ewords[-1] or (
                    len(ewords) == 1 and ewords[0] in family_names(name)  # "Oyunbileg", then
                )) and (  # "D.Oyunbileg"
                    len(words) == 1 or len(ewords) == 1 or words[0] == ewords[0]
                    or (words[0] in surname_particles() and len(words) < len(ewords)
                        and ewords[-len(words):] == words)  # "Le Floch": "Anne Le Floch"
                    or (len(ewords) >= 3 and ewords[-len(words):] == words)  # "Jun Hao" of
                ):  # "Teh Jun Hao": a given name after the family name
                    return ent
                if len(words) >= 2 and len(ewords) > len(words) and ewords[: len(words)] == words:
                    return ent  # "Dr Nurul Huda" for Nurul Huda Zainal: given names alone
            elif kind != "person" and ent.kind != "person":
                if _contains_words(name, ent.name) or _contains_words(ent.name, name):
                    return ent
            elif kind == "person" and len(words) > 1 and names == [words[-1]] and not (
                ent.types & lexicon().organisation_types
            ):  # "Ines Carrow" after a "Carrow" the tagger took for an organisation, not
                return ent  # "Jean-Daniel Favre-Lugrin" after "la manufacture Favre-Lugrin"
        if kind == "person" and len(words) == 1 and not titled:
            given = self._given_name(words[0], ranked, pos)
            if given is not None:
                return given
        if kind == "person" and len(words) == 1 and titled:
            # "Mr Lim" for Gerard Lim Teck Seng, "Madam Lee" for Lee Poh Choo: a name whose
            # family name is not last; "Mr Zulkifli" for Zulkifli Ahmad: a Malay given name
            inner = [e for e in ranked if e.named and e.kind == "person"
                     and len(e.name.split()) >= 2 and words[0] in e.name.lower().split()[:-1]
                     and not (gender and e.gender and e.gender != gender
                              and e.gender_source != "first name")]
            if len(inner) == 1:
                return inner[0]
        return None

    @staticmethod
    def _given_name(
        word: str, ranked: list[Entity], pos: int, family: bool = True
    ) -> Entity | None:
        """"Iskandar" for Iskandar Mohd Fahmi, "Ravindran" for Ravindran Selvaraj: a sports
        page's given name, when it is one person's first word and (unless ``family`` is
        False) nobody's family name."""
        first = [e for e in ranked if e.named and e.kind == "person" and e.positions
                 and min(e.positions) <= pos and len(e.name.split()) > 1
                 and _given_name_of(e.name.lower().split()) == word]
        bearers = [e for e in ranked if e.kind == "person" and len(e.name.split()) > 1
                   and word in family_names(e.name)] if family else []
        return first[0] if len(first) == 1 and not bearers else None

    def aged_between(
        self, low: int, high: int, pos: int, gender: str | None = None
    ) -> Entity | None:
        """The person of an age from ``low`` to ``high`` named latest before ``pos``, of
        ``gender`` when the description tells it ("la septuagénaire")."""
        aged = [ent for ent in self.by_recency(pos) if ent.kind == "person"
                and ent.age is not None and low <= ent.age <= high and min(ent.positions) <= pos]
        agreeing = [ent for ent in aged if not (gender and ent.gender and ent.gender != gender)]
        if agreeing:
            return agreeing[0]
        # "Léonce X, 74 ans, ... a averti la septuagénaire": the one person of that age, whose
        # gender only a dictionary of first names gave, when the article named no one of the
        # description's gender (else "la quadragénaire" is that woman, her age untold)
        if len(aged) != 1 or aged[0].gender_source != "first name" or any(
            e.kind == "person" and e.named and e.gender == gender and e.positions
            and min(e.positions) <= pos for e in self.entities
        ):
            return None
        return aged[0]

    def sibling(self, younger: bool, pos: int) -> Entity | None:
        """The younger (or elder) of the people named before ``pos`` who share a family name, by
        the ages the article gave them ("Alain Delvigne, 56 ans, et son frère cadet, Benoît
        Delvigne, 49 ans"). None unless the article names one such family, each of them with a
        different age."""
        people = [e for e in self.entities if e.kind == "person" and e.named and e.positions
                  and min(e.positions) <= pos]
        families: dict[str, list[Entity]] = {}
        for ent in people:
            for family in family_names(ent.name):
                families.setdefault(family, []).append(ent)
        pairs = [group for group in families.values() if len(group) >= 2]
        if len(pairs) != 1:
            return None
        group = pairs[0]
        if all(e.age is not None for e in group):
            ages = sorted({e.age for e in group if e.age is not None})
            if len(ages) == len(group):
                wanted = ages[0] if younger else ages[-1]
                return next(e for e in group if e.age == wanted)
        return None

    def aged(self, age: int, pos: int) -> Entity | None:
        """The person of that age named latest before ``pos``."""
        for ent in self.by_recency(pos):
            if ent.kind == "person" and ent.age == age and min(ent.positions) <= pos:
                return ent
        return None

    def possessor_in_roles(self, ent: Entity, pos: int) -> Entity | None:
        """The person a role of ``ent`` names as its possessor ("Carla Dufresne's daughter" ->
        Carla Dufresne), as named before ``pos``."""
        return next((self.match_name(role.replace("’", "'").split("'s ")[0], "person", pos)
                     for role in ent.roles if "'s " in role.replace("’", "'")), None)

    def match_first_name(self, name: str, pos: int) -> Entity | None:
        """The person named before ``pos`` whose first name is ``name`` (a lone first name after
        "Sir" or "Dame"), the latest first."""
        for ent in self.by_recency(pos):
            words = ent.name.split()
            if (ent.named and ent.kind == "person" and len(words) > 1 and min(ent.positions) <= pos
                    and words[0].lower() == name.lower()):
                return ent
        return None

    def known_alias(self, mention: str, kind: str) -> Entity | None:
        """The entity this very description already named ("the company" said before)."""
        low = strip_article(mention).lower()
        for ent in reversed(self.entities):
            if ent.kind == kind and any(strip_article(a).lower() == low for a in ent.aliases):
                return ent
        return None

    def descriptive(
        self, kind: str, mention: str, lemma: str, det: str | None, fresh: bool = False
    ) -> Entity:
        """The unnamed entity a description stands for: the one this head noun described
        before, unless the description is indefinite ("a diplomat") or ``fresh``."""
        if not fresh and det not in ("a", "an"):
            for ent in reversed(self.entities):
                if ent.head == lemma and ent.kind == kind:
                    if kind == "organisation" and _other_complements(ent.name, mention, lemma):
                        continue  # "le comité de quartier de la Pointe" after "le comité des
                        # fêtes d'Anse-Galabé": another body of the same kind
                    if kind == "organisation" and (
                        folded(mention).startswith(folded(ent.name) + " ")
                    ):  # "a fait savoir la préfecture", then "a précisé la préfecture de
                        ent.name, mention = mention, ent.name  # la Creuse": the longer one
                        # (and "du Jura-Nord vaudois" after "du Jura-Nord")
                    ent.add_alias(mention)
                    return ent
        return self.new(Entity(kind, mention, head=lemma), None)


def _article_apart(description: str) -> str:
    """A description less the elided article written joined to its first word ("l'armailli"
    -> "armailli": data/<lang>/articles.txt)."""
    elided = _elided_articles()
    if not elided:
        return description
    first = description.replace("\u2019", "'")
    lead = next((a for a in elided if first.lower().startswith(a)), None)
    return description[len(lead):] if lead is not None and len(first) > len(lead) else description


@per_language
def _elided_articles() -> tuple[str, ...]:
    """The articles written elided ("l'"), apostrophe straight: data/<lang>/articles.txt."""
    return tuple(sorted({a.replace("\u2019", "'") for a in lexicon().articles
                         if a.endswith(("'", "\u2019"))}))


def _before_kin_complement(words: list[str]) -> list[str]:
    """A description's words, up to the complement of a noun for close family that opens it
    ("fils du câlleur" -> "fils"; "sœur cadette" whole)."""
    if not words or words[0].lower() not in family_nouns():
        return words
    belonging = belonging_prepositions()
    elided = tuple(p for p in belonging if p.endswith(("'", "’")))  # written joined to the noun
    end = next((k for k, w in enumerate(words) if w.lower() in belonging
                or (elided and w.lower().startswith(elided))), len(words))
    return words[:end]


def _other_complements(name: str, mention: str, lemma: str) -> bool:
    """Two descriptions of organisations by the same noun whose own words (past the noun and
    the short words) differ both ways: "le comité des fêtes de Lavaur", "le comité de quartier
    de la Pointe"."""
    def own(words: str) -> set[str]:
        return {w for w in re.findall(r"\w+", folded(words)) if len(w) > 3} - {folded(lemma)}

    if folded(lemma) not in re.findall(r"\w+", folded(mention)) or folded(lemma) not in (
        re.findall(r"\w+", folded(name))
    ):
        return False  # ("le ministère public" for "le parquet de Namur": a synonym, no other)
    first, second = own(name), own(mention)
    return bool(first) and bool(second) and not first <= second and not second <= first


# A name with its initial (or two) written onto it ("D.Batsaikhan", "Ts.Oyunchimeg"): the name
# after the initials in group 1
_GLUED_INITIAL = re.compile(r"(?:[^\W\d_]{1,3}\.)+([^\W\d_][\w'’-]+)")


def family_names(name: str) -> set[str]:
    """The words of a person's full name an article may call them by alone, lower-cased: the
    last; in a Chinese name written with a hyphenated given name, the word before it ("Ho" of
    "Rebecca Ho Man-yee", "Chan" of "Chan Ka-wai")."""
    words = name.lower().split()
    found = {words[-1]} if words else set()
    glued = _GLUED_INITIAL.fullmatch(words[-1]) if words else None
    if glued is not None:
        found.add(glued.group(1))  # "Batsaikhan" of "D.Batsaikhan"
    if len(words) >= 3 and (is_family_name_first(words[0])
                            or family_name_first_by_order(name.split())):
        found.add(words[0])  # "Ong" of "Ong Hui Min", "Kouamé" of "Kouamé N'Dri Séraphin"
    if len(words) >= 2 and "-" in words[-1].strip("-") and words[-1].split("-")[-1].isalpha() and (
        name.split()[-1].split("-")[-1][:1].islower()
    ):
        found.add(words[-2])
    return found


def strip_article(text: str) -> str:
    """``text`` without its leading article ("the company" -> "company", "l'entreprise" ->
    "entreprise"; data/<lang>/articles.txt)."""
    words = text.split()
    if not words:
        return text
    articles = lexicon().articles
    if words[0].lower() in articles:
        return " ".join(words[1:])
    elided = next((a for a in articles if a.endswith(("'", "’")) and len(words[0]) > len(a)
                   and words[0].lower().startswith(a)), None)
    if elided is not None:
        return " ".join([words[0][len(elided):], *words[1:]])
    return text


def _contains_words(longer: str, shorter: str) -> bool:
    """Every word of ``shorter`` (but "the") is a word of ``longer``."""
    words = longer.split()
    long_words = {w.lower() for w in words}
    articles = lexicon().articles
    short_words = [w for w in shorter.lower().split() if w not in articles]
    if len(short_words) == 1 and len(words) > 1 and all(
        k > 0 and words[k - 1][:1].islower() for k, w in enumerate(words)
        if w.lower() == short_words[0]
    ):  # "Vallair" is not "Association du personnel de Vallair", nor "Ireland" "Bank of Ireland"
        return False
    return bool(short_words) and all(w in long_words for w in short_words)
