"""Reading a speaker mention off the parse: where a name starts and ends, which words before or
after it are a title, role or affiliation, and what kind of speaker a noun phrase names.

The name is taken from the tagger's entity and the parse, not from a list of titles: the PERSON
span, trimmed of honorifics and of the capitalised job words a headline style puts before a name
("Chief Operating Officer Malik Osei"); the rest of the noun phrase is the role.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from onrecord.extraction.cleaning import date_words
from onrecord.extraction.cues import (
    anonymity_phrases,
    comma_before_name,
    is_relative_pronoun,
    mention_tokens,
    names_office_closing_relative,
    only_anonymity,
    reporting_word,
)
from onrecord.extraction.entities import (
    age_after,
    belonging_prepositions,
    comma_past_age,
    demonym_endings,
    elided_name_initials,
    family_nouns,
    former_words,
    given_name_abbreviations,
    given_name_openers,
    hyphenated_end,
    hyphenated_start,
    indefinite_articles,
    joining_hyphen,
    name_opener_at,
    person_nouns,
    place_name_openers,
)
from onrecord.extraction.frames import naming_words
from onrecord.extraction.marks import CLOSING_MARKS, QUOTATION_MARKS, is_apostrophe
from onrecord.gender import first_name_gender, listed_first_name
from onrecord.lexicon import current_language, lexicon, optional_pairs, optional_words, per_language
from onrecord.names import (
    feminine_endings,
    is_family_name_first,
    is_honorific,
    is_initial,
    is_title_word,
    spelt_out,
    surname_particles,
)


@per_language
def _new_referent() -> frozenset[str]:
    """Determiners that introduce someone new, as "a" does ("another parent said"):
    data/<lang>/new_referent_determiners.txt."""
    return optional_words(None, "new_referent_determiners.txt")


# Parts of speech of the words of a role written before a name ("the club's new manager").
_ROLE_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET", "PART", "PUNCT", "ADP", "CCONJ"})
_QUOTE_AND_BRACKETS = "".join(sorted(QUOTATION_MARKS)) + " ,.;:()[]"
# A name ending in an abbreviation keeps its full stop ("Eric H. Holder Jr.", "George W.").
_ABBREVIATED_END = re.compile(r"(?:\b(?:Jr|Sr)|\b[A-Z])\.$")
# A capital and an apostrophe opening a surname ("N'Guessan", "D'Almeida", "O'Brien").
_ELIDED_INITIAL = re.compile(r"[A-Z]['’]")


def name_tokens(head: Token) -> list[Token]:
    """The run of proper-noun tokens around ``head`` that forms a name ("Staffan de Mistura"),
    within the tagger's entity when there is one, and never taking in a verb after it. Left of
    a PERSON entity only a first name or an initial the tagger left out joins it ("Alexei" of
    "Alexei Borodavkin"), never a capitalised title ("Harbour Master Ines Kowal")."""
    doc = head.doc
    particles = lexicon().name_particles
    lo_bound, hi_bound, label = 0, len(doc) - 1, ""
    if head.ent_type_:
        for ent in doc.ents:
            if ent.start <= head.i < ent.end:
                lo_bound, hi_bound, label = ent.start, ent.end - 1, ent.label_
                break

    # universal tags: every capitalised word of the tagger's person ("Guennec", tagged a noun,
    # of "Hervé Le Guennec")
    whole_person = label == "PERSON" and head.tag_ == head.pos_

    def in_name(tok: Token) -> bool:
        if label == "PERSON" and tok.text in ("'", "’") and lo_bound < tok.i < hi_bound:
            return True  # "Rosemary Achieng' Otieno"
        if label == "PERSON" and lo_bound < tok.i <= hi_bound and len(tok.text) == 1 and (
            tok.is_lower and doc[tok.i - 1].text[-1:] in ("'", "’")
            and not doc[tok.i - 1].whitespace_
        ):
            return True  # "Anne-Sophie Kerbrac’h": the letter after the apostrophe
        if label == "PERSON" and lo_bound <= tok.i < hi_bound and _ELIDED_INITIAL.fullmatch(
            tok.text
        ):
            return True  # "Akissi N'Guessan-Yapo", "N'" tagged a negation
        if label == "PERSON" and lo_bound < tok.i - 1 < hi_bound and tok.is_alpha and (
            joining_hyphen(doc[tok.i - 1])
        ):
            return True  # "Paul Lam Kin-man": the half after the hyphen, tagged a noun
        if _plural_possessive(tok) and tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and (
            doc[tok.i - 1].is_title
        ):
            return True  # "Ogbere-Ile Residents' Forum", the tagger's entity missing
        if label == "PERSON" and lo_bound < tok.i == hi_bound and tok.is_title and (
            tok.is_alpha and tok.pos_ in ("ADV", "ADJ", "NOUN", "VERB", "X")
        ):
            return True  # "Mrs Mary Jeptoo": the tagger's last word, made an adverb
        if label == "PERSON" and lo_bound < tok.i < hi_bound and tok.is_title and tok.is_alpha:
            return True  # "Haji Mohd Nor Abdullah": a word inside, made a conjunction
        if label == "ORG" and lo_bound < tok.i == hi_bound and tok.is_digit:
            return True  # "Interior Woodworkers Union Local 418"
        return tok.pos_ == "PROPN" or tok.lower_ in particles or (
            tok.dep_ in ("compound", "flat:name") and tok.text[:1].isupper()
        ) or (tok.text in ("-", "’", "'", ".") and tok.whitespace_ == "") or (
            whole_person and tok.text[:1].isupper() and tok.text.replace("-", "").isalpha())
        # ("Pierre-Yves" of "Me Pierre-Yves Dumont", tagged X)

    if label in ("ORG", "GPE", "MISC") and head.tag_ == head.pos_ and (
        label == "ORG" or lo_bound == head.i
    ):
        # universal tags: an organisation's name is the tagger's whole entity ("Syndicat romand
        # de l'industrie"), lower-case words included
        whole = [doc[i] for i in range(lo_bound, hi_bound + 1)]
        while whole and (whole[0].dep_ == "det" or (len(whole) > 2 and kind_acronym(whole[0]))):
            whole.pop(0)  # (the article, and "ASBL" of "l'ASBL Amis de la vallée du Rambuc")
        if whole:
            return whole
    lo = hi = head.i
    while lo - 1 >= lo_bound and in_name(doc[lo - 1]):
        lo -= 1
    while lo - 1 >= 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].dep_ == "compound" and (
        doc[lo - 1].head.i >= lo
    ) and (label != "PERSON" or _first_name_like(doc[lo - 1])
           or is_family_name_first(doc[lo - 1].text)):
        lo -= 1  # "Alexei" left out of the tagger's entity "Borodavkin"; "Teoh" of "Datuk
        # Teoh" and "Kah Meng"
    if label == "PERSON" and lo == lo_bound and lo >= 2 and doc[lo - 2].ent_type_ == "PERSON" and (
        doc[lo - 2].is_title
    ):
        lo = hyphenated_start(doc, lo)  # "Kerry-Ann Beckford": the tagger's two entities
    if lo == lo_bound and lo >= 2 and doc[lo - 1].text == "." and not doc[lo - 1].whitespace_ and (
        not doc[lo - 2].whitespace_ and doc[lo - 2].is_alpha and doc[lo - 2].is_title
        and len(doc[lo - 2]) <= 3 and not is_title_word(doc[lo - 2].text + ".")
        and not is_honorific(doc[lo - 2].text + ".")
    ):
        lo -= 2  # "Ts.Oyunchimeg": an initial written onto the name, which the tokenizer split
    while hi + 1 <= hi_bound and in_name(doc[hi + 1]) and doc[hi + 1].tag_ != "POS":
        hi += 1
    if label == "PERSON" and hi == hi_bound and _nickname_then_surname(doc, hi + 1):
        hi += 4  # 'Sen. Ramon "Bong" Villareal': a nickname in quotes before the surname
    if (hi == head.i and hi + 1 < len(doc) and head.tag_ == head.pos_ and not label
            and doc[hi + 1].is_title and doc[hi + 1].is_alpha and first_name_gender(head.text)):
        hi += 1  # "a répondu Marc Dubreuil.": a surname the parser cut off as a sentence
    toks = [doc[i] for i in range(lo, hi + 1)]
    while toks and (toks[0].lower_ in particles or not toks[0].text[:1].isalnum()) and not (
        len(toks) > 2 and toks[0].is_title and is_family_name_first(toks[0].text)
        and toks[0].tag_ != toks[0].pos_
    ):  # (but "Le Van Hung": a family name written first, that is a particle elsewhere; not
        # with universal tags: "Le Landais Enzo X" is the article)
        toks.pop(0)
    while toks and not toks[-1].text[:1].isalnum():
        toks.pop()
    return toks or [head]


_MARKS = re.escape("".join(sorted(QUOTATION_MARKS)))
# A nickname in quotation marks, French spaces inside them allowed ('"Bong"', "« Ti-Gus »")
_WORD_IN_MARKS = rf"[^ \u00a0\u202f{_MARKS}]+"
_NICKNAME = (rf"[{_MARKS}][\u00a0\u202f ]?{_WORD_IN_MARKS}(?: {_WORD_IN_MARKS})?[\u00a0\u202f ]?"
             rf"[{_MARKS}]")  # (a word or two: 'Kaydene "Lady K" Pascall')
_NICKNAME_IN_NAME = re.compile(rf" {_NICKNAME} ")
# a first name, the nickname and the surname after it ('Ramon "Bong" Villareal')
NICKNAMED = re.compile(rf"\b(\w[\w-]*)[ \u00a0]+({_NICKNAME})[ \u00a0]+(\w[\w-]*)")


def nicknames_in_names(text: str) -> list[tuple[str, str, str]]:
    """(first name, nickname, surname) for each capitalised nickname in quotation marks between
    two capitalised words of ``text`` ("Gérard « Ti-Gus » Lachance")."""
    out = []
    for m in NICKNAMED.finditer(text):
        first, quoted, last = m.groups()
        nickname = quoted.strip("".join(QUOTATION_MARKS) + " \u00a0\u202f")
        if first[:1].isupper() and nickname[:1].isupper() and last[:1].isupper():
            out.append((first, nickname, last))
    return out


def _nickname_then_surname(doc: Doc, i: int) -> bool:
    """A capitalised word in quotation marks at ``i``, then a proper noun."""
    return i + 3 < len(doc) and doc[i].text in QUOTATION_MARKS and doc[i + 2].text in (
        QUOTATION_MARKS) and doc[i + 1].is_title and doc[i + 3].is_title and (
        doc[i + 3].pos_ == "PROPN")


def _first_name_like(tok: Token) -> bool:
    """A first name or an initial ("J.", "JR"), not a title word."""
    text = tok.text
    if is_title_word(text) or text.lower() in lexicon().occupations:
        return False
    return bool(first_name_gender(text)) or (len(text.rstrip(".")) == 1 and text[:1].isupper())


def mention_text(head: Token, exclude: Token | None = None) -> str:
    """The words naming a speaker, up to the first comma after the head ("a person familiar with
    the matter, who asked not to be named" -> "a person familiar with the matter")."""
    toks = mention_tokens(head)
    skip = {t.i for t in exclude.subtree} if exclude is not None else set()
    out = []
    for t in toks:
        if t.i > head.i and t.text == ",":
            break
        if t.i not in skip:
            out.append(t)
    while out and (out[-1].is_punct or out[-1].is_space):
        out.pop()
    if not out:
        return head.text
    return head.doc[out[0].i : out[-1].i + 1].text


def looks_like_name(head: Token) -> bool:
    """A proper name, not a description: capitalised, a proper noun or a tagged entity, and not a
    plural noun that is capitalised only because it starts the sentence ("Commuters said"). A
    given name's lower-case part after its hyphen counts as the word it ends ("Vincent Leung
    Tsz-hin", "Chan Ka-wai")."""
    if not written_word(head)[:1].isupper():
        return False
    if head.tag_ == "NNS" and (not head.ent_type_ or head.is_sent_start):
        return False
    return head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def named_institution(head: Token) -> bool:
    """"The Eastlake school district": a common noun with a proper-noun modifier, and no noun
    for a man or a woman ("A Kilbrannagh grandmother": data/<lang>/gendered_nouns.tsv)."""
    if head.lower_ in _gendered_nouns():
        return False
    lex = lexicon()
    if head.lemma_.lower() not in lex.organisation_nouns | lex.document_nouns:
        return False
    return head.pos_ == "NOUN" and head.tag_ != "NNS" and any(
        t.dep_ in ("compound", "nmod") and t.pos_ == "PROPN"
        for child in head.lefts if child.dep_ in ("compound", "nmod", "amod")
        for t in child.subtree
    )


def untagged_people(doc: Doc) -> list[SpacySpan]:
    """Names the tagger missed: a run of proper nouns starting with a known first name
    ("Presiding judge Sylvie Marchand questioned...", "faces Republican Curtis Vandermeer")."""
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.ent_type_ or tok.dep_ == "compound":
            continue
        lo = tok.i
        while lo > 0:
            if lo > 1 and joining_hyphen(doc[lo - 1]) and (
                doc[lo - 2].pos_ == "PROPN" and not doc[lo - 2].ent_type_
            ):
                lo -= 2  # "Agnes Tsang Wai-ling": the hyphen between two halves of a name
                continue
            if not (doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].dep_ == "compound" and (
                not doc[lo - 1].ent_type_ or doc[lo - 1].ent_type_ == "PERSON"
            )):
                break
            lo -= 1
        for first in range(lo, tok.i):  # "Rector Ilse Brunner": the name starts at "Ilse"
            if first_name_gender(doc[first].text) and not is_title_word(doc[first].text):
                out.append(SpacySpan(doc, first, tok.i + 1, label="PERSON"))
                break
            if is_honorific(doc[first].text) and first + 1 < tok.i and (
                not is_title_word(doc[first + 1].text)
            ):  # "Hon. Akosua Frempomaa Dankwa": first names the dictionary does not know
                out.append(SpacySpan(doc, first + 1, tok.i + 1, label="PERSON"))
                break
            if first == lo and is_title_word(doc[first].text) and first + 1 < tok.i and (
                _titled_name_of_someone(doc[first + 1 : tok.i + 1])
            ):  # "Councillor Mere Tipene, who chairs ...,"
                out.append(SpacySpan(doc, first + 1, tok.i + 1, label="PERSON"))
                break
    for tok in doc[1:-1]:  # universal tags: "Me Valérie Thonon", the first name tagged X
        nxt = doc[tok.i + 1]
        if (tok.tag_ == tok.pos_ and not tok.ent_type_ and not nxt.ent_type_
                and is_honorific(doc[tok.i - 1].text) and tok.is_title and nxt.is_title
                and nxt.is_alpha and first_name_gender(tok.text)):
            out.append(SpacySpan(doc, tok.i, tok.i + 2, label="PERSON"))
    for tok in doc[1:]:  # universal tags: "Me Vandamme-Hulin a interrogé", an honorific and a
        if not (tok.tag_ == tok.pos_ == "PROPN" and not tok.ent_type_ and tok.is_title  # surname
                and is_honorific(doc[tok.i - 1].text) and doc[tok.i - 1].is_title
                and not any(s.start <= tok.i < s.end for s in out)):
            continue
        end = tok.i + 1
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and (
            doc[end + 1].is_title and not doc[end + 1].ent_type_
        ):
            end += 2  # "Vandamme-Hulin"
        if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            continue  # "Me Valérie Thonon": the rule above, or the tagger's
        out.append(SpacySpan(doc, tok.i, end, label="PERSON"))
    for tok in doc[:-1]:  # universal tags: "..., Ingrid Pasquier publie", a first name and a
        nxt = doc[tok.i + 1]  # surname the parser left unjoined and the tagger missed (after
        # a comma or opening a sentence)
        if (tok.tag_ == tok.pos_ == "PROPN" and nxt.pos_ in ("PROPN", "NOUN")
                and not tok.ent_type_ and not nxt.ent_type_ and tok.is_title and nxt.is_title
                and nxt.is_alpha and (tok.i == 0 or doc[tok.i - 1].text in (",", ".", "!", "?"))
                and first_name_gender(tok.text) and not is_title_word(tok.text)
                and not is_title_word(nxt.text)
                and not any(s.start <= tok.i < s.end for s in out)):
            end = tok.i + 2  # "Khadija Aït Lhaj, qui tient un étal", "Claire Vasseur-Nadal a
            while end < min(len(doc), tok.i + 6) and not doc[end].ent_type_ and (  # répondu":
                (doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha)  # every
                or (doc[end].text == "-" and not doc[end - 1].whitespace_  # word of the name
                    and end + 1 < len(doc) and doc[end + 1].is_title)
            ):
                end += 2 if doc[end].text == "-" else 1
            out.append(SpacySpan(doc, tok.i, end, label="PERSON"))
    return out


def _titled_name_of_someone(name: SpacySpan) -> bool:
    """Capitalised words after a title that a relative "who" follows: a person's name the
    dictionary does not know the first name of."""
    head = name[-1]
    if not all(t.is_alpha and t.is_title and not is_title_word(t.text)
               and t.lower_ not in lexicon().organisation_nouns for t in name):
        return False
    return any(c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ == "nsubj"
                                         for w in c.children) for c in head.children)


def _place_after_place(tok: Token) -> bool:
    """"Women in Kamphata, Dedza District, say": a place set off after a place, whatever word
    the parser hung it from, is where that place is."""
    doc, left = tok.doc, tok.left_edge.i
    return tok.ent_type_ in ("GPE", "LOC") and left >= 2 and doc[left - 1].text == "," and (
        doc[left - 2].ent_type_ in ("GPE", "LOC"))


def appositive_name(head: Token) -> Token | None:
    """"Parcelo's founder, Devin Achebe, said" -> the token heading "Devin Achebe"; also when the
    parser hangs the name on a noun inside the description ("A spokeswoman for Ostmark
    Holdings, Marisol Achterberg, said"), and with no commas ("Official spokeswoman for the
    ministry Ana Ruiz said"), and after an office house style capitalises ("The Chief Executive
    of the CMA, Dr Efua Baidoo-Quaye, defended"), or a title before it ("The Queen Mother of
    Dunkwaben, Nana Adwoa Serwaa II, said")."""
    if head.pos_ == "PROPN" and not (
        head.lower_ in lexicon().occupations or is_title_word(head.text) or (
            head.ent_type_ not in ("PERSON", "PER") and any(
                c.dep_ == "compound" and c.i < head.i and is_title_word(c.text)
                for c in head.children))
        or (head.ent_type_ in ("GPE", "LOC") and head.head.i < head.i  # "le bourgmestre de
            and head.head.lower_ in lexicon().occupations)  # Ferlimont, Jean-Luc X": the
    ):  # office's place, that the parser made the head
        return None
    for child in head.children:
        if initials_after(head, child):
            continue  # "un sénateur ADT": the party's initials, no one's name
        if child.dep_ == "appos" and (child.pos_ == "PROPN" or child.ent_type_ == "PERSON" or (
            child.ent_type_ == "ORG" and child.ent_iob_ == "B"  # "Le promoteur du gala, Groupe
        )) and (  # Uppercut,"
            not parenthesised(child)  # "du Syndicat de l'industrie horlogère (SIHR), Nathalie
        ) and child.text[:1].isupper() and not (
            child.ent_type_ in ("GPE", "LOC")
            and any(t.pos_ == "VERB" for t in child.doc[head.i + 1 : child.i])
        ) and not _place_after_place(child):
            # Perrenoud,": the acronym; "rural, longuement applaudi"; not a place inside a
            # clause the parser hung there ("L'association de quartier Ennour, qui accompagne
            # les familles de Hay El Bordj")
            if is_title_word(child.text) or is_honorific(child.text):  # "Dr. (Mrs) Folake
                named = next((e.root for e in child.doc.ents if e.label_ == "PERSON"  # Okunola"
                              and child.i < e.start <= child.right_edge.i), None)
                if named is not None:
                    return named
            return _person_set_off_after(child) or child
    for tok in head.subtree:
        untagged = tok.pos_ == "PROPN" and not tok.ent_type_
        if tok.i > head.i and tok.dep_ == "appos" and untagged and any(
            c.dep_ == "compound" and first_name_gender(c.text) for c in tok.lefts
        ):
            return tok  # "Official spokeswoman for the ministry Ana Ruiz said": untagged
        if tok.i <= head.i or tok.ent_type_ != "PERSON" or tok.ent_iob_ != "B" or (
            not tok.text[:1].isupper() or tok.doc[tok.i - 1].text == "("
        ) or any(c.dep_ == "case" and c.i == tok.i - 1 for c in tok.children):
            continue  # "l'élu rural, longuement applaudi", "la sénatrice X (Vert Horizon)";
            # "le directeur général de Savenor, Arnaud X": the employer after "de", tagged a
            # person
        ent = next(e for e in tok.doc.ents if e.start == tok.i)
        if names_office_closing_relative(tok, head) or _after_a_phrase_set_off(head, tok):
            continue  # "Le patron, qui a négocié avec le directeur de L, Stefan X, assure"
        if tok.dep_ == "appos" or tok.head.dep_ == "appos" or (
            comma_before_name(tok.doc, tok.i) is not None
        ) or (ent.root.head.i == head.i and ent.root.dep_ != "nmod" and not any(
            t.is_punct or t.pos_ in ("ADP", "DET") for t in tok.doc[head.i + 1 : tok.i]
        )):  # "Veteran forward DeShawn Mabry, 34,": a name the parser hung on the description
            # right before it (not "le porte-parole d'Ardenvolt": its organisation)
            if tok.tag_ == tok.pos_ and ent.end < len(tok.doc) and (
                tok.doc[ent.end].pos_ in ("VERB", "AUX")
            ):
                continue  # "D'après un membre de la délégation, Tesko exigera": a new clause
            return name_after_team_and_role(ent) or ent.root
    return (_name_after_role(head) or _name_closing_description(head) or _name_after_phrase(head)
            or _body_set_off_after_its_kind(head))


def _body_set_off_after_its_kind(head: Token) -> Token | None:
    """"L'association des usagers du bac, Deux Rives Ensemble, a dénoncé", "Son armateur, la
    Société de navigation X (SNTE), indique": an organisation's name (after its article, before
    its acronym) set off by commas right after a description headed by an organisation noun (its
    complements only between them), whatever the parser hung it on; the head of that name."""
    doc = head.doc
    nouns = lexicon().organisation_nouns
    if not head.is_lower or (head.lemma_.lower() not in nouns and head.lower_ not in nouns):
        return None
    comma = next((t.i for t in doc[head.i + 1 : head.i + 8] if t.text == ","), None)
    if comma is None or any(t.pos_ in ("VERB", "AUX", "PRON") or t.is_punct
                            for t in doc[head.i + 1 : comma]):
        return None
    first = comma + 2 if comma + 2 < len(doc) and doc[comma + 1].pos_ == "DET" and (
        doc[comma + 1].is_lower) else comma + 1  # ("la Société X", past its article)
    ent = next((e for e in doc.ents if e.start == first and e.label_ == "ORG"), None)
    end = ent.end if ent is not None else len(doc)
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3  # its acronym in brackets: "(SNTE)"
    if ent is None or end >= len(doc) or doc[end].text != ",":
        return None
    return ent.root


def _after_a_phrase_set_off(head: Token, name: Token) -> bool:
    """"déplore le médecin, aux côtés de sa cheffe de service, Awa X": a phrase set off after
    the description that opens with a preposition; the name after it is that phrase's ("La
    mairie de X, dans un communiqué signé de son secrétaire général, Kouamé Y, explique": past
    the description's own complements too)."""
    doc = head.doc
    comma = next((t.i for t in doc[head.i + 1 : name.i] if t.text == ","), None)
    return comma is not None and name.i > comma + 1 and doc[comma + 1].pos_ == "ADP" and all(
        t.pos_ in ("ADP", "DET", "PROPN", "NOUN", "ADJ") or joining_hyphen(t)
        for t in doc[head.i + 1 : comma])


def initials_after(head: Token, child: Token) -> bool:
    """``child`` is initials in capitals right after ``head`` ("un sénateur ADT": a party's or a
    body's, no one's name)."""
    return child.i == head.i + 1 and child.text.isupper() and len(child.text) > 1 and (
        child.ent_type_ not in ("PERSON", "PER"))


def name_after_team_and_role(ent: SpacySpan) -> Token | None:
    """"Her nephew, Kingfishers hooker Brad Colquhoun, said": a person the tagger found next in
    the same stretch between commas, after a few lower-case words (a job), is the one named; the
    first was the team or firm before the job."""
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].text != ",":
        return None
    k = ent.end
    while k < min(len(doc), ent.end + 3) and doc[k].is_lower and doc[k].is_alpha and (
        doc[k].tag_ in ("NN", "VBP") or doc[k].tag_ == doc[k].pos_ == "NOUN"
    ):  # ("Kingfishers hooker", "hooker" tagged VBP; not "Kerry Roe told Brad Roe", nor
        k += 1  # "le capitaine X et le gardien Y")
    if k == ent.end or k >= len(doc) or doc[k].ent_type_ != "PERSON" or doc[k].ent_iob_ != "B":
        return None
    after = next(e for e in doc.ents if e.start == k)
    if after.end < len(doc) and doc[after.end].text not in (",", ")") and (
        doc[after.end].pos_ not in ("VERB", "AUX")
    ):
        return None
    return after.root


def _name_after_phrase(head: Token) -> Token | None:
    """"a précisé le commandant des sapeurs-pompiers de l'île, le colonel Bertrand Cadet": in a
    pipeline with universal tags, a person set off by a comma right after an office's phrase,
    the parser's sibling of it, with its article and title."""
    doc = head.doc
    k = head.right_edge.i + 1
    if head.tag_ != head.pos_ or not _is_office(head) or k + 1 >= len(doc) or doc[k].text != ",":
        return None
    if any(c.dep_ == "acl:relcl" for c in head.rights):
        return None  # "Le patron, qui a négocié avec le directeur de L, Markus X,": the name
        # of the office that closes the relative clause
    k += 1
    titled = False
    while k < len(doc) and (
        universal_determiner(doc[k]) == "the" or is_title_word(doc[k].text)
        or (titled and doc[k].is_lower and doc[k].pos_ in ("ADP", "NOUN", "PROPN"))
    ):
        titled = titled or is_title_word(doc[k].text)  # "le capitaine de frégate X": a rank's
        k += 1  # complement
    if k < len(doc) and doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B" and k > head.i:
        return doc[k]
    return None


def _person_set_off_after(title: Token) -> Token | None:
    """"A traditional ruler in the area, the Olu of Ogbere, Oba Adekunle Ajiboye-Ilori, said":
    a second name set off after a title that is no person is the person's."""
    if title.ent_type_ == "PERSON":
        return None
    doc = title.doc
    for tok in title.subtree:
        if tok.i > title.i and tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B" and (
            doc[tok.i - 1].text == ","
        ):
            return next(e for e in doc.ents if e.start == tok.i).root
    return None


def parenthesised(tok: Token) -> bool:
    """The phrase ``tok`` heads stands in brackets (the parser may hang the brackets on it:
    "(Vert Horizon)")."""
    doc = tok.doc
    left, right = tok.left_edge.i, tok.right_edge.i
    opening = left if doc[left].text == "(" else left - 1
    closing = right if doc[right].text == ")" and right > tok.i else right + 1
    return 0 <= opening < tok.i and closing < len(doc) and (
        doc[opening].text, doc[closing].text) == ("(", ")")


def _name_after_role(head: Token) -> Token | None:
    """"le directeur financier Jan De Smedt": in a pipeline with universal tags, a person the
    tagger found right after the description's noun and its adjectives, whatever the parse."""
    if head.tag_ != head.pos_ or head.pos_ != "NOUN":
        return None
    doc = head.doc
    k = head.i + 1
    while k < len(doc) and ((doc[k].pos_ == "ADJ" and not (
        doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B"  # "le géologue Pavel Dorn":
    )) or (  # a first name tagged an adjective still opens the name
        doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_
    )):
        k += 2 if doc[k].text == "-" else 1  # "l'entraîneur-chef Réjean Boulianne"
    if k >= len(doc):
        return None
    name = doc[k]
    if name.pos_ == "ADP" and k + 1 < len(doc) and doc[k + 1].ent_type_ in ("ORG", "GPE"):
        # "le défenseur du Boréal Kevin Ouimet": the team, then the person
        org = next(e for e in doc.ents if e.start <= k + 1 < e.end)
        if org.end < len(doc) and doc[org.end].ent_type_ == "PERSON" and (
            doc[org.end].ent_iob_ == "B"
        ):
            return doc[org.end]
    if name.ent_type_ == "PERSON" and name.ent_iob_ == "B":
        return name
    if name.pos_ == "ADP" and name.lower_ in lexicon().name_particles and (
        k + 1 < len(doc) and doc[k + 1].is_lower  # not "le porte-parole d'Ardenvolt"
    ):
        # "le capitaine de frégate Yves Kerdraon", "le chef de cabinet Marie Roy": a title of
        # several words, then the name
        for j in range(k + 2, min(len(doc), k + 4)):
            if doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B" and doc[j].is_title and (
                doc[j - 1].pos_ != "ADP"  # (not "un guide de montagne d'Arolaz", a place)
            ):
                return doc[j]  # (not "de l'archipel des Ombellines", "des" tagged a person)
            if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX") or doc[j].ent_type_:
                break
    if (name.pos_ == "PROPN" and name.is_title and name.ent_type_ != "ORG" and name.head.i == head.i
            and name.dep_ in ("flat:name", "appos", "nmod")):
        return name  # "le vice-amiral Lescure": a name the tagger left out
    return None


def _name_closing_description(head: Token) -> Token | None:
    """"a déclaré son ambassadrice auprès de l'Office des Nations unies, Nadia Keraval.": in a
    pipeline with universal tags, a person's name after a comma that ends the sentence or
    clause of a description with no finite verb between them names the person described,
    wherever the parser hung it."""
    doc = head.doc
    if head.tag_ != head.pos_:
        return None
    for ent in doc.ents:
        if ent.start <= head.i or ent.label_ != "PERSON" or ent.sent.start != head.sent.start:
            continue
        if doc[ent.start - 1].text != "," or (
            ent.end < len(doc) and not doc[ent.end].is_punct
        ) or not ent.text[:1].isupper():  # "a lancé l'élu rural, longuement applaudi"
            return None
        if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", [])
               for t in doc[head.i + 1 : ent.start]) or _after_a_phrase_set_off(head, ent.root):
            return None
        before = doc[ent.start - 2]
        if before.i > head.i and before.pos_ == "NOUN" and (
            before.lower_ in person_nouns() or noun_gender(before.lower_) is not None
        ):  # "a expliqué le prévenu, ..., sous le regard de son épouse, Monique X,": his wife
            return None
        return ent.root
    return None


def _plural_possessive(tok: Token) -> bool:
    """The apostrophe of a plural possessive ("Renters’"), which the tokenizer splits off."""
    return tok.text in ("'", "’") and tok.i > 0 and tok.doc[tok.i - 1].lower_.endswith("s") and (
        not tok.doc[tok.i - 1].whitespace_)


def _nickname_in_marks(tok: Token) -> bool:
    """The name stands in quotation marks ("a retired bus driver known to everyone as
    "Bertie""): a nickname, no other person."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1  # (back to the name's first word)
    return start > 0 and doc[start - 1].is_quote


def role_around(tok: Token) -> str | None:
    """The role the article gives a named person: words before the name in its noun phrase
    ("Presiding judge Sylvie Marchand"), an apposition after it ("Harkin, a Democrat who chairs
    the transportation committee,") or the noun phrase it is in apposition to ("His lawyer, Julien
    Ravel")."""
    doc = tok.doc
    names = {t.i for t in name_tokens(tok)}
    first = min(names) if names else tok.i
    # "« A, relève Jean-Daniel Rochat. B »", "..., said Md Rezaul Karim, officer-in-charge":
    # the words before the cue are the quote's, no role; one set off after the name may be
    incise = first >= 1 and _incise_verb_before(doc[first - 1], first)
    pseudonymous = _pseudonym_office(doc, first)
    if pseudonymous is not None:
        return pseudonymous
    start = first
    while start > tok.left_edge.i and (
        doc[start - 1].pos_ in _ROLE_POS or joining_hyphen(doc[start - 1])
    ):  # the noun phrase before the name, never a verb a misparse put there, but a
        start -= 2 if joining_hyphen(doc[start - 1]) and start - 2 >= tok.left_edge.i else 1
        # hyphenated word's first part ("fly-half Kit Marsh-Ellis")
    left = [t for t in doc[start:first] if t.i not in names]
    while left and (_is_article(left[0]) or left[0].is_punct or left[0].pos_ == "ADP"):
        left.pop(0)  # (not "Selon" of "Selon Mme X", "Pour" of "Pour le Pr X")
    if incise:
        left = []
    before = None
    if left and any(t.pos_ in ("NOUN", "PROPN") for t in left) and not any(
        t.is_punct and t.text != "." and t.text not in ("'s", "’s") and not joining_hyphen(t)
        and not _plural_possessive(t) for t in left
    ) and left[-1].pos_ != "ADP":  # not "face à Nora Delpech"; but "fly-half Kit Marsh-Ellis",
        # "Renters’ Alliance chief executive Leah Moffitt"
        before = doc[left[0].i : left[-1].i + 1].text
        if not all(is_title_word(t.text) for t in left):
            return before
    titles = split_title(name_tokens(tok))[1]
    if before is None and titles and left and left[-1].pos_ == "ADP" and left[0].is_title and (
        not any(t.is_punct for t in left)
    ):  # "Federal Minister for Energy Sardar Kamran Wattoo": the parse took the office's
        return doc[left[0].i : titles[-1].i + 1].text  # last words into the name
    universal = tok.tag_ == tok.pos_
    # with universal tags, a verb only in a relative clause keeps the apposition a role ("Denis
    # X, un retraité de la voirie qui tient ..."), unless an office came before the name: that
    # office is the role then ("Le président, Christian X, un ancien joueur qui ...")
    after_office = universal and _office_phrase_before_comma(doc, first) is not None
    for child in tok.children:
        if child.dep_ == "appos" and child.i > tok.i and child.pos_ != "NUM" and not (
            universal and (any(t.pos_ in ("VERB", "AUX") for t in child.subtree)
                           if after_office else _verb_outside_relative(child))
        ) and not any(t.ent_type_ == "PERSON" and not _nickname_in_marks(t)
                      and t.lower_ not in lexicon().occupations  # ("Mr X, the Headteacher,")
                      for t in child.subtree) and not any(
            t.text == ":" for t in doc[tok.i + 1 : child.left_edge.i]  # "MASSABIAU : Nadia,
        ) and not (universal and any(  # "leur capitaine X à l'Orignal de Rivière-Saint-Clair,
            t.pos_ == "ADP" for t in doc[max(names, default=tok.i) + 1 : child.left_edge.i]
        )) and (  # meneur de la section Est": the club's, not his
            before is None or child.pos_ == "NOUN" or _is_office(child)
        ):  # universal tags: "Selon Mme Roux, le dispositif prévoit ..." is no apposition;
            # "with Marchbanks, a spokesman, Eli Navarro-Kent, said": someone else's role;
            # "Sen. Corinne Haldane, R-Ohio,": the title, not the party; "Jane Whitaker, 43,":
            return phrase_without_article(child)  # her age
    if universal:
        jobs = lexicon().occupations
        for child in tok.children:  # "Thomas X, analyste chez Y,": a job the tagger made an
            if (child.i > tok.i and child.dep_ == "amod"  # adjective of the name
                    and child.doc[child.i - 1].text == "," and child.lower_ in jobs):
                return job_set_off_after(doc, max(names, default=tok.i)) or (
                    phrase_without_article(child))  # (up to its comma: not "..., juge que")
    if before is not None and tok.dep_ == "appos" and tok.head.i < first and _is_office(tok.head):
        # "the State Minister for Primary Health Care, Hon. Dr. Esther Nakiwala,": the office
        return role_text(tok.head, exclude=tok)  # the name is set off after, not the honorific
    if before is not None:  # "Dr. Naomi Feld" with no apposition after it: the title
        return before
    if tok.dep_ == "appos" and (
        tok.head.pos_ == "NOUN" or tok.head.lower_ in _gendered_nouns()
        or (tok.head.pos_ == "PROPN" and tok.head.i < first and _is_office(tok.head)
            and _set_off_right_after(tok.head, first))
    ) and not incise:  # ("the Mayor of Port Ambrose, Councillor Desmond X": a capitalised office)
        if universal and is_title_word(tok.head.text):  # ("his mum", "mum" tagged an adjective)
            office = _office_phrase_before_comma(doc, first)
            if office is not None:
                return office
        closer = doc[first - 2] if first >= 2 and doc[first - 1].text == "," else None
        if universal and closer is not None and closer.dep_ == "conj" and (
            closer.head.i == tok.head.i
        ):  # "le lanceur partant, Xavier X, et son receveur, Loïc Y,": the name the parser
            office = _person_noun_before_comma(doc, first, tok.head)  # hung on the first noun
            if office is not None:  # is the second's
                return office
        if universal and not _is_office(tok.head) and tok.head.lower_ not in _gendered_nouns():
            # (but "Le beau-frère du prévenu, Didier X,": the kin, not the noun before the comma)
            # "pris à partie par des habitants, en présence de la gouverneure de la région,
            # Ilona Petrescu-Varga": the parser hung the name on the wrong noun
            office = (_office_phrase_before_comma(doc, first)
                      or _person_noun_before_comma(doc, first, tok.head)
                      or _role_right_before(doc, first))
            if office is not None:
                return office
            if any((c.dep_ == "case" or c.pos_ == "ADP") and c.i < tok.head.i  # ("Au pupitre")
                   for c in tok.head.children) and (
                tok.head.lemma_.lower() not in lexicon().occupations
            ):  # "Sur le quai, Mathieu X, 29 ans, débarque": a place, no role
                return None
        role = role_text(tok.head, exclude=tok)
        between = doc[tok.head.i + 1 : first]
        if universal and 0 < len(between) <= 2 and role.endswith(tok.head.text) and all(
            t.is_alpha and t.is_lower for t in between
        ):  # "du défenseur recrue Anthony Ouimet": a word the tagger made a verb
            return f"{role} {between.text}"
        return role
    if incise:
        return job_set_off_after(doc, max(names) if names else tok.i) if universal else None
    if _subject_after_agent(doc, first, max(names) if names else tok.i):
        return _role_right_before(doc, first)
    return _role_right_before(doc, first) or _role_before_comma(doc, first) or (
        (_office_phrase_before_comma(doc, first) or _person_noun_before_comma(doc, first, tok)
         or job_set_off_after(doc, max(names) if names else tok.i))
        if universal else None)


def _verb_outside_relative(noun: Token) -> bool:
    """A verb in the noun's phrase that is not in a relative clause set off after it ("Le
    citoyen à l'origine de la pétition, Denis X, un retraité de la voirie qui tient une vente
    ..." has none: a role; but the office the name is set off after comes first: "Le président,
    Christian X, un ancien joueur qui ...")."""
    relatives = [c for c in noun.rights if c.dep_ == "acl:relcl" and any(
        is_relative_pronoun(t) and t.i == c.left_edge.i for t in c.subtree)]
    return any(t.pos_ in ("VERB", "AUX") and not any(t in r.subtree for r in relatives)
               for t in noun.subtree)


def _subject_after_agent(doc: Doc, first: int, last: int) -> bool:
    """"Interrogé par le président du tribunal, Abdou Karim X a nié": a name that a verb
    follows, after a comma closing an office that a preposition governs, is the sentence's
    subject, not that office's holder (who is set off by a second comma: "Interrogé par la
    présidente, Anne-Sophie X, le prévenu ...")."""
    comma = first - 1
    if comma < 2 or doc[comma].text != "," or last + 1 >= len(doc) or (
        doc[last + 1].pos_ not in ("AUX", "VERB")
    ):
        return False
    k = comma - 1
    while k > 0 and doc[k].pos_ in ("NOUN", "ADJ", "DET", "ADP", "PROPN") and (
        not _is_office(doc[k]) or doc[k - 1].pos_ not in ("DET",)
    ):
        k -= 1
    return k >= 2 and _is_office(doc[k]) and doc[k - 1].pos_ == "DET" and doc[k - 2].pos_ == "ADP"


def _incise_verb_before(word: Token, first: int) -> bool:
    """``word``, right before the name starting at ``first``, is an incise's reporting verb set
    off by a comma ("« A, relève Jean-Daniel Rochat. B »"), whatever its tag."""
    return word.i == first - 1 and word.is_lower and word.i > 0 and (
        word.doc[word.i - 1].text == ",") and reporting_word(word)


def roles_beside(tok: Token) -> list[str]:
    """With Penn tags, the roles set off on both sides of a name, which ``role_around`` reads
    one of: an office the name is in apposition to ("The barangay's reigning champion, Romeo
    X, 24, a tricycle driver whom ...": "reigning champion") and the noun phrase set off after
    it ("Trust chairman Alasdair X, a retired bank manager,": "retired bank manager")."""
    if tok.tag_ == tok.pos_:
        return _relative_role_after_office(tok)
    lex = lexicon()
    roles = []
    head = tok.head
    if tok.dep_ == "appos" and head.i < tok.i and head.pos_ == "NOUN" and head.is_lower and (
        head.lower_ in lex.occupations or _is_office(head)
    ) and tok.doc[tok.left_edge.i - 1].text == ",":
        roles.append(role_text(head, exclude=tok))
    for child in tok.children:
        if child.dep_ == "appos" and child.i > tok.i and child.pos_ == "NOUN" and (
            child.is_lower and tok.doc[child.left_edge.i - 1].text == ","
            and child.left_edge.lower_ in indefinite_articles()
            and not any(t.ent_type_ == "PERSON" and not any(
                r.dep_ == "relcl" and t in r.subtree for r in child.children)
                for t in child.subtree)  # (a name in its relative clause is a place's: "who
        ):  # has presided over the Waiyagu village court")
            roles.append(phrase_without_article(child))
    as_words = _role_prepositions()
    for child in tok.children:  # "Jimmy X, 29, who worked as a chainsaw operator at ...,"
        if child.dep_ != "relcl" or child.i < tok.i:
            continue
        for prep in child.children:
            obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
            if prep.lower_ in as_words and obj is not None and obj.left_edge.lower_ in (
                indefinite_articles()
            ):
                end = next((c.i for c in obj.rights if c.dep_ == "prep"), obj.i + 1)
                roles.append(tok.doc[obj.left_edge.i + 1 : max(end, obj.i + 1)].text)
    return roles


@per_language
def _role_prepositions() -> frozenset[str]:
    """The preposition that brings a job in a relative clause ("who worked *as* a chainsaw
    operator"): data/<lang>/role_prepositions.txt."""
    return optional_words(None, "role_prepositions.txt")


def _relative_role_after_office(tok: Token) -> list[str]:
    """With universal tags, a noun phrase with an indefinite article set off after a name that
    an office comes before, its verbs only in a relative clause ("Son entraîneur, Yannick X, un
    ancien trampoliniste qui l'a repérée à huit ans,"): a role besides the office, which
    ``role_around`` reads."""
    doc = tok.doc
    first = min([t.i for t in name_tokens(tok)] or [tok.i])
    if _office_phrase_before_comma(doc, first) is None:
        return []
    return [phrase_without_article(child) for child in tok.children
            if child.dep_ == "appos" and child.i > tok.i and child.pos_ == "NOUN"
            and child.is_lower and doc[child.left_edge.i - 1].text == ","
            and child.left_edge.lower_ in indefinite_articles()
            and not _verb_outside_relative(child)
            and not any(t.ent_type_ in ("PER", "PERSON") for t in child.subtree)]


def job_set_off_after(doc: Doc, last: int) -> str | None:
    """"..., a martelé Prosper Ilunga-Batéké, secrétaire général du Syndicat national des
    bateliers (SNBP), devant ...": in a pipeline with universal tags, an occupation set off by a
    comma right after a name, read off the words up to the next comma or bracket, whatever the
    parser hung it on."""
    if last + 1 < len(doc) and doc[last + 1].text == "(":  # "Jean X (divers droite), ancien
        last = next((t.i for t in doc[last + 2 : last + 8] if t.text == ")"), last)  # gendarme"
    k = comma_past_age(doc, last + 1)  # "Inès X, 27 ans, doctorante en biologie"
    lead = k + 2 if k + 2 < len(doc) and doc[k + 1].pos_ == "PRON" and (  # "X, elle-même
        "Rel" not in doc[k + 1].morph.get("PronType", [])) else k + 1
    past_former = lead + 2 if lead + 2 < len(doc) and doc[lead + 1].lower_ in former_words() else (
        lead + 1)  # ("L'amin, Mohand X, un ancien instituteur de 69 ans,")
    article = past_former < len(doc) and _is_article(doc[lead]) and doc[lead].pos_ == "DET" and (
        doc[past_former].lower_ in lexicon().occupations)
    if article:  # "Deux fois par semaine, Marcel X, le boulanger de Mollens, monte": the job
        lead += 1  # past its article, whatever the parser hung it on, when a comma closes it
    job = lead + 1 if lead + 1 < len(doc) and doc[lead].lower_ in former_words() else lead
    jobs, aged = lexicon().occupations, k > last + 1  # ancienne institutrice de l'école,"

    def is_job(word: str) -> bool:  # after an age, a noun for a person too ("Adjoua X, 52 ans,
        return word in jobs or (aged and word in person_nouns())  # veuve et mère de ...,")

    if job >= len(doc) or doc[k].text != "," or not doc[job].is_lower or (
        doc[job].pos_ not in ("NOUN", "ADJ", "VERB") and not is_job(doc[job].lower_)
    ) or not (is_job(doc[job].lower_) or (job + 1 < len(doc) and doc[job].pos_ == "NOUN"
                                          and is_job(doc[job + 1].lower_))):
        return None  # ("vigneronne" tagged an adjective, "boulanger" a verb; "ancien garde
        # forestier")
    j = lead
    while j < min(len(doc), k + 12) and doc[j].text not in (",", "(", ".", ";", ":", "!", "?") and (
        doc[j].text not in QUOTATION_MARKS
    ):
        j += 1
    if article and not _job_after_article_theirs(doc, lead, j, is_job):
        return None
    return doc[lead:j].text


def _job_after_article_theirs(doc: Doc, lead: int, end: int, is_job: Callable[[str], bool]
                              ) -> bool:
    """The words ``doc[lead:end]``, a job after its article set off after a name, are that
    person's role: a comma closes them (or a relative clause on them follows: "Roger X, un
    camionneur retraité que tout le village appelle « le père Roger »"), they have no verb of
    their own (not "Interrogé par le président, Jean X, le prévenu a reconnu": the subject), name
    no one else in a complement ("Me X, l'avocat du prévenu,", "l'avocate de Véronique Y,": a
    relation) and are
    no office of a name set off after them ("sur Télé Lozère, le maire de la commune, Henri X,")."""
    relative = next((t.i for t in doc[lead:end] if is_relative_pronoun(t)), None)
    own = doc[lead : relative if relative is not None else end]
    closed = end < len(doc) and doc[end].text == ","
    if (relative is None and not closed) or (
        closed and end + 1 < len(doc) and doc[end + 1].ent_type_ in ("PER", "PERSON")
    ):
        return False
    return not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", [])
                   for t in own) and not any(
        (is_job(t.lower_) or t.lower_ in person_nouns())
        and any(p.pos_ == "ADP" for p in doc[own.start + 1 : t.i])  # (but "un gendarme
        for t in own[1:]) and not any(  # retraité installé dans le village,": his own word)
        e.label_ in ("PER", "PERSON") and len(e) > 1 and own.start < e.start < own.end
        for e in doc.ents)


def role_opening_sentence(span: SpacySpan) -> str | None:
    """"Titulaire de la classe de 7H-8H, l'enseignante Nathalie X avait réservé ...": a post of
    no field (data/<lang>/occupations.tsv: "-") with no article opening the sentence, set off
    by a comma right before the sentence's subject (a name, or a name after its description),
    is that person's role (not "Auteur du deuxième but, X ...", a deed)."""
    doc = span.doc
    first = span.sent.start
    if first >= span.start or not doc[first].is_title or (
        lexicon().occupations.get(doc[first].lower_) != "-"
    ):
        return None
    comma = next((t.i for t in doc[first + 1 : span.start] if t.text == ","), None)
    if comma is None or not all(t.pos_ in ("DET", "NOUN", "ADJ") and t.is_lower
                                for t in doc[comma + 1 : span.start]):
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.text in QUOTATION_MARKS for t in doc[first:comma]):
        return None
    text = doc[first:comma].text
    return text[:1].lower() + text[1:]


def is_demonym(head: Token, before_name: bool = False) -> bool:
    """"..., a raconté le Sainte-Odilois": one capitalised word right after a lower-case definite
    article (or one opening the sentence), ending as the words for someone from a place end
    (data/<lang>/demonym_endings.txt), is a description of a person, not a name the tagger
    may have called a place or an organisation. With ``before_name``, also before a name the
    tagger found on its own ("la Limbourgeoise Elke X")."""
    endings = demonym_endings()
    doc = head.doc
    if not endings or head.i == 0 or not head.is_title or head.is_sent_start:
        return False
    article = doc[head.i - 1]
    if article.head.i != head.i or universal_determiner(article) != "the" or not (
        article.is_lower or article.is_sent_start
    ):
        return False  # "selon Le Parisien" is a newspaper
    if head.i + 1 < len(doc) and doc[head.i + 1].is_title and not (
        before_name and doc[head.i + 1].ent_iob_ == "B"
    ):
        return False  # part of a longer name
    return head.lower_.endswith(endings)


def _person_noun_before_comma(doc: Doc, first: int, head: Token) -> str | None:
    """"... le départ de son patron, ..., à sa fille, Aline Favre-Lugrin": in a pipeline with
    universal tags, a name the parser hung on a noun further back is in apposition to the
    person noun with its determiner right before the comma."""
    if first < 3 or doc[first - 1].text != ",":
        return None
    noun = doc[first - 2]
    if noun.i == head.i or noun.pos_ != "NOUN" or not any(
        c.dep_ == "det" and c.i < noun.i for c in noun.children
    ):
        return None
    if noun.lower_ in person_nouns() or noun.lemma_.lower() in person_nouns() or _is_office(noun):
        return noun.text
    return None


def _is_office(noun: Token) -> bool:
    lex = lexicon()
    return (noun.lemma_.lower() in lex.occupations or noun.lower_ in lex.occupations
            or noun.lower_ in lex.titles or noun.lemma_.lower() in lex.titles)


@per_language
def _pseudonym_phrases() -> frozenset[str]:
    """Words right before a first name that make it a pseudonym the paper gives someone it has
    just described: data/<lang>/pseudonym_phrases.txt."""
    return optional_words(None, "pseudonym_phrases.txt")


def _pseudonym_office(doc: Doc, first: int) -> str | None:
    """The office set off before the description a pseudonym names ("le contremaître du
    chantier, un Vaudois de 56 ans que nous appellerons Roland" -> "contremaître du chantier")."""
    phrases = _pseudonym_phrases()
    start = next((first - n for n in (4, 3, 2) if first >= n and " ".join(
        t.lower_ for t in doc[first - n : first]) in phrases), None)
    if start is None:
        return None
    comma = next((k for k in range(start - 1, max(0, start - 12), -1) if doc[k].text == ","),
                 None)
    return _office_phrase_before_comma(doc, comma + 1) if comma is not None else None


def _office_phrase_before_comma(doc: Doc, first: int) -> str | None:
    """The office right before the comma before a name, with its complement ("la gouverneure
    de la région, Ilona ..." -> "gouverneure de la région"; "un ministre délégué aux comptes
    publics, Arnaud ..."; "Une urgentiste de l'hôpital, le Dr Salomé ..."): an article (and an
    adjective: "L'ancien président du club, Fernand ..."), an occupation or title, then only
    nouns, adjectives, participles, articles and prepositions up to the comma."""
    comma = comma_before_name(doc, first)  # past "le Dr" between the comma and the name
    if comma is None or comma < 2:
        return None
    office = None
    end = comma
    if doc[comma - 1].text == ")":  # "... de la Société X (BGO), Jean-Claude ...": the office
        end = next((j for j in range(comma - 2, max(0, comma - 5), -1) if doc[j].text == "("),
                   comma)  # before its acronym
    for k in range(end - 1, max(0, end - 14), -1):
        noun = doc[k]
        participle = "Part" in noun.morph.get("VerbForm", [])  # "un ministre délégué aux"
        joined = noun.pos_ == "CCONJ" and (doc[k + 1].pos_ == "ADP" or (  # "de l'Énergie et de
            doc[k + 1].is_title and doc[k - 1].is_title) or (  # l'", "Basaltes et Granulats",
            doc[k + 1].pos_ == doc[k - 1].pos_ == "ADJ"))  # "aux poursuites criminelles et
        # pénales"
        hyphened = joining_hyphen(noun) or joining_hyphen(doc[k - 1]) or joining_hyphen(doc[k + 1])
        if (noun.is_punct and not hyphened) or (  # ("de Morne-Calebasse", "Fontenelle-lez-Y")
            noun.pos_ not in ("NOUN", "ADJ", "DET", "ADP", "PROPN") and not participle
            and not joined and not hyphened
            and not (noun.pos_ == "X" and noun.is_title)  # "Club" of "Royal Sporting Club X"
        ):
            break
        if noun.pos_ == "NOUN" and _is_office(noun) and (
            universal_determiner(doc[k - 1]) in ("the", "a")  # "face à un ministre délégué"
        ):  # the first office of the phrase: "la substitute du procureur du Roi"
            office = doc[k:end].text
        elif noun.pos_ == "NOUN" and _is_office(noun) and k >= 2 and doc[k - 1].pos_ == "ADJ" and (
            universal_determiner(doc[k - 2]) in ("the", "a")
        ):  # "L'ancien président du club, Fernand X,": the adjective is the office's
            office = doc[k - 1 : end].text
        elif noun.pos_ == "NOUN" and office is not None and k >= 1 and (
            universal_determiner(doc[k - 1]) in ("the", "a")
            and doc[k + 1].lower_ in belonging_prepositions()
            and noun.lower_ in family_nouns()
        ):  # "Le fils du câlleur, Denis X,": the office of the one whose son he is (but "aux
            office = None  # questions du président du tribunal, X": X's)
    return office


def _set_off_right_after(office: Token, first: int) -> bool:
    """The name starting at ``first`` (its titles before it) follows the office's phrase and
    one comma, with no other comma between them."""
    doc = office.doc
    j = first
    while j > office.i + 1 and is_title_word(doc[j - 1].text):
        j -= 1
    return doc[j - 1].text == "," and not any(t.text == "," for t in doc[office.i + 1 : j - 1])


def _role_before_comma(doc: Doc, first: int) -> str | None:
    """"La ministre du logement, Mathilde Garnier-Roux, a présenté ...": in a pipeline with
    universal tags, a noun phrase of an occupation or title opening the sentence, then a
    comma, then the name, whatever the parse."""
    if first < 3 or doc[first - 1].text != "," or doc[first].tag_ != doc[first].pos_:
        return None
    end = first - 1
    k = end - 1
    while k > 0 and not doc[k - 1].is_punct and end - k < 10:
        k -= 1
    if k > 0 and doc[k - 1].text not in ".!?:":
        return _office_before_comma(doc, end)
    words = doc[k:end]
    if any(t.pos_ in ("VERB", "AUX", "PRON") for t in words) or len(words) < 2:
        return _office_before_comma(doc, end)
    det, noun = words[0], words[1]
    lex = lexicon()
    if universal_determiner(det) != "the" or noun.pos_ != "NOUN" or not (
        noun.lemma_.lower() in lex.occupations or noun.lower_ in lex.titles
        or noun.lemma_.lower() in lex.titles
    ):  # ("Son échange avec le bourgmestre, Marc X, a donné le ton": the office closing it)
        return _office_before_comma(doc, end)
    return doc[noun.i : end].text


def _office_before_comma(doc: Doc, end: int) -> str | None:
    """"Interrogé par la présidente, Anne-Sophie Mertens, ...": an article and an occupation or
    title right before the comma before the name, inside the sentence."""
    if end < 2:
        return None
    det, noun = doc[end - 2], doc[end - 1]
    if det.pos_ == "ADP" and end > 2 and _is_office(doc[end - 3]):
        return None  # "... du procureur du Roi, X": the complement of an office
    if det.pos_ == "ADP" and end > 2 and doc[end - 3].pos_ == "NOUN" and (
        det.lower_ in belonging_prepositions()
    ):
        return None  # "Le fils du câlleur, Denis X": whose son he is, no office of his
    if universal_determiner(det) == "the" and (
        noun.pos_ == "NOUN" or (noun.is_lower and noun.pos_ in ("ADV", "ADJ"))
    ) and _is_office(noun):  # ("avec le bourgmestre, Marc X,": an adverb for the tagger)
        return noun.text
    return None


def _role_right_before(doc: Doc, first: int) -> str | None:
    """In a pipeline with universal tags, an article and a common noun right before the name,
    whatever the parse ("..., le maire Gilles Roy a durci le ton" -> "maire")."""
    if first < 2:
        return None
    noun, det = doc[first - 1], doc[first - 2]
    start = hyphenated_start(doc, first - 1, floor=1)  # "l'entraîneur-chef Normand Vézina"
    if start < first - 1 and doc[start].is_lower and noun.is_lower and (
        universal_determiner(doc[start - 1]) is not None
    ):
        return doc[start:first].text
    if first >= 5 and noun.tag_ == noun.pos_ == "NOUN" and noun.is_lower and (
        universal_determiner(det) is not None and doc[first - 3].pos_ == "ADP"
        and doc[first - 3].is_lower and _is_office(doc[first - 4]) and doc[first - 4].is_lower
        and universal_determiner(doc[first - 5]) is not None
    ):  # "La conseillère de l'opposition Carole X": the office and its complement
        return doc[first - 4 : first].text
    if (noun.tag_ == noun.pos_ == "NOUN" and noun.is_lower and noun.is_alpha
            and det.dep_ == "det" and universal_determiner(det) is not None):
        return noun.text
    if first >= 3 and _is_office(det) and det.tag_ == det.pos_ == "NOUN" and det.is_lower and (
        noun.is_lower and noun.is_alpha and noun.pos_ in ("NOUN", "ADJ", "VERB")
        and universal_determiner(doc[first - 3]) is not None
    ):  # "du défenseur recrue Olivier Tremblay": a word the tagger made a verb after the job
        return f"{det.text} {noun.text}"
    if first >= 4 and noun.tag_ == noun.pos_ == "NOUN" and noun.is_lower and noun.is_alpha and (
        det.pos_ == "ADP" and det.is_lower and _is_office(doc[first - 3])
        and doc[first - 3].is_lower and universal_determiner(doc[first - 4]) is not None
    ):  # "la conseillère d'opposition Lucie X": the office and its complement
        return doc[first - 3 : first].text
    return None


def _lower_article(head: Token, text: str) -> str:
    """"Une source proche de ..." opening a sentence is "une source proche de ...": a universal-tag
    article capitalised only because it starts the sentence."""
    first = mention_tokens(head)[0]
    if (first.dep_ == "det" and universal_determiner(first) is not None and first.is_sent_start
            and text.startswith(first.text)):
        return first.text.lower() + text[len(first.text) :]
    return text


def _is_article(tok: Token) -> bool:
    """A determiner that is no part of a role: "the", "a"; in a pipeline with universal tags any
    article, possessive or demonstrative ("la", "l'", "son")."""
    return tok.lower_ in lexicon().determiners or (
        tok.dep_ == "det" and universal_determiner(tok) is not None)


def role_text(head: Token, exclude: Token | None = None) -> str:
    """A description as a role: its words without a leading universal-tag article ("la
    ministre du Travail" -> "ministre du Travail"); as ``mention_text`` otherwise."""
    text = mention_text(head, exclude)
    first = mention_tokens(head)[0]
    if first.pos_ == "CCONJ" and first.dep_ == "cc" and first.i + 1 < len(first.doc) and (
        text.startswith(first.text)
    ):  # "..., et le directeur de l'entreprise X, Christian X,": the conjunction before it
        text, first = text[len(first.text) :].lstrip(), first.doc[first.i + 1]
    if first.dep_ == "det" and universal_determiner(first) is not None and text.startswith(
        first.text
    ):
        return text[len(first.text) :].lstrip()
    return text


def organisation_after(tok: Token) -> str | None:
    """The organisation a named person is "of" or "at" ("Ines Kowal of the Port Authority")."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "at", "from"):
            for grand in child.children:
                if grand.dep_ == "pobj" and grand.ent_type_ == "ORG":
                    return org_name(grand) or None
    return None


def phrase_without_article(tok: Token) -> str:
    toks = list(tok.subtree)
    while toks and (_is_article(toks[0]) or toks[0].is_punct):
        toks.pop(0)
    while toks and toks[-1].is_punct:
        toks.pop()
    if not toks:
        return ""
    return tok.doc[toks[0].i : toks[-1].i + 1].text


def name_of(head: Token, kind: str = "person") -> tuple[str, str | None]:
    """(name without titles, the titles) for a proper-name head; an organisation's name keeps
    every word."""
    toks, titles = name_tokens(head), list[Token]()
    if kind == "person":
        toks, titles = split_title(toks)
        if titles and titles[0].i > 0:
            before = titles[0].doc[titles[0].i - 1]
            if before.lower_ in lexicon().title_modifiers:
                titles.insert(0, before)  # "Former Gov. Tess Harlan": a former governor
        if not titles and toks and toks[0].i > 0 and _first_name_only(toks):
            before = toks[0].doc[toks[0].i - 1]
            if before.lower_ in lexicon().regnal_titles:
                toks = [before, *toks]  # "Prince Harry", the tagger's entity being "Harry"
    while toks and toks[-1].text in ("'s", "’s", "'", "’"):
        toks.pop()
    postnominals = lexicon().postnominals
    while len(toks) > 2 - (len(toks[-1].text) > 3 and toks[-1].text.istitle()) and (
        toks[-1].lower_.rstrip(".") in postnominals
    ):
        toks.pop()  # "Peter Quennell KC"; "Dhammaloka Thero", a monk's honorific
    if not toks:
        return "", None
    doc = head.doc
    name = doc[toks[0].i : toks[-1].i + 1].text
    if kind == "person":  # 'Ramon "Bong" Villareal' is Ramon Villareal
        name = _NICKNAME_IN_NAME.sub(" ", name)
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.isupper() and len(name) > 3 and (" " in name or set(name.lower()) & set("aeiouy")):
        name = name.title()  # (not an acronym with no vowel: "DDTM")
    if name.lower().startswith("the "):
        name = name[4:]
    abbreviated = name.endswith(".") and (_ABBREVIATED_END.search(name) is not None or (
        kind == "organisation"  # "Harlow Kitchenworks Inc."
        and name.split()[-1].lower().rstrip(".") in lexicon().organisation_name_words))
    initial = toks[0].text == "’" and toks[0] is not toks[-1] and not toks[0].whitespace_ and (
        is_apostrophe(doc.text, toks[0].idx))  # "’Mathabo X": the name's own apostrophe
    name = name.strip(_QUOTE_AND_BRACKETS) + ("." if abbreviated else "")
    return ("’" if initial else "") + name.strip(), " ".join(t.text for t in titles) or None


def split_title(toks: list[Token]) -> tuple[list[Token], list[Token]]:
    """(the name, the words before it that are a title, office, job or place): "Chief Operating
    Officer Malik Osei" -> (Malik Osei, Chief Operating Officer); "Vermont Sen. Bernie Sanders"
    -> (Bernie Sanders, Vermont Sen.); "Local MP Nkechi Brampton" -> (Nkechi Brampton, Local MP).
    Title words come off the front; a name starts after the last title or occupation word that
    is followed by two words, unless a first name stands before it ("Martin Luther King Jr.")
    and it is no capitalised title ("Felisa Mayor Arnel Buencamino");
    when a known first name follows other capitalised words, the name starts at the first name."""
    titles: list[Token] = []
    toks = list(toks)
    occupations = lexicon().occupations
    opener = name_opener_at(toks[0].doc, toks[0].i) if toks else 0
    if opener and len(toks) > opener + 1 and is_honorific(toks[opener - 1].text):
        titles, toks = toks[:opener], toks[opener:]  # "El Hadji Moussa X", "Hadja Mariama X":
        # the pilgrim's honorific that opens the name is no part of it

    def is_title(tok: Token) -> bool:
        return is_title_word(tok.text) or tok.lower_ in occupations

    def first_name_not_job(first: Token, rest: list[Token]) -> bool:
        # "Dean Papadakis, 44": a job word that is also a first name, before a lone surname
        # "Pape Modou Faye": a title that is also a first name, before a first name and more
        # (or, a regnal title, before two capitalised words: "Pape Samba Faye")
        # "Pape Mbaye": a regnal title ("le pape François") that is also a first name, before
        # a lone word that is no first name
        return first_name_gender(first.text) is not None and (
            (len(rest) == 1 and (not is_title_word(first.text) or (
                first.is_title and first.lower_ in lexicon().regnal_titles
                and listed_first_name(first.text) and first_name_gender(rest[0].text) is None)))
            or (len(rest) > 1 and first.is_title and listed_first_name(first.text) and (
                first_name_gender(rest[0].text) is not None
                or (first.lower_ in lexicon().regnal_titles and all(t.is_title for t in rest))))
        )  # ("Pape Samba Faye": a regnal title before two capitalised words, a given name)

    while len(toks) > 1 and is_title(toks[0]) and not first_name_not_job(toks[0], toks[1:]) and (
        not joining_hyphen(toks[1])
    ):  # (not "Marchand" of "Mme Marchand-Roy": a job word joined to the rest of the name)
        titles.append(toks.pop(0))
    after_office = False
    for k in range(len(toks) - 3, -1, -1):
        if is_title(toks[k]) and not (k == 0 and first_name_not_job(toks[0], toks[1:])) and (
            not joining_hyphen(toks[k + 1])
        ) and (
            not any(first_name_gender(t.text) for t in toks[:k])
            or (k > 0 and is_title_word(toks[k].text) and (toks[k].is_title or toks[k].is_upper))
        ):  # "Felisa Mayor Arnel Buencamino": a town that is also a first name; "Civic Unity
            # MLA Orla Devlin": a party's word that is one too
            titles.extend(toks[: k + 1])
            toks = toks[k + 1 :]
            after_office = True
            break
    if len(toks) > 2 and not first_name_gender(toks[0].text) and not after_office and (
        toks[0].lower_ not in given_name_openers()  # "Md Rafiqul Islam X": the opener's name
        and toks[0].lower_.rstrip(".") not in given_name_abbreviations()  # "Ma. Teresa X"
    ) and not (
        is_family_name_first(toks[0].text)  # "Ong Kai Wen": the family name first
    ) and not _one_person_entity(toks) and not _family_name_opening(toks) and not (
        name_opener_at(toks[0].doc, toks[0].i)  # "El Hadji Ousmane Diagne": its opener kept
    ):
        # "Mei Lin Chow", the tagger's one person; "Gbané Aya Rosalie", the family name first
        # (right after an office the name is whole: "Asst Comm Zulkifli Mat Daud")
        for k in range(1, len(toks) - 1):
            if first_name_gender(toks[k].text) and toks[k].whitespace_ and not (
                joining_hyphen(toks[k - 1])  # "Kerry-Ann Beckford": one first name
            ) and not (  # "Marites Dela Peña": the capitalised particle opening the surname
                toks[k].is_title and toks[k].lower_ in surname_particles() and k + 1 < len(toks)
            ) and not all(is_initial(t.text) for t in toks[:k]):  # not "Gordon-Blake", nor
                # "R. Kamala Devi", whose initial is part of her name
                titles.extend(toks[:k])
                toks = toks[k:]
                break
    regnal = lexicon().regnal_titles
    if titles and titles[-1].lower_ in regnal and _first_name_only(toks):
        toks = [titles.pop(), *toks]  # "Prince Harry", "Pope Francis", "King Charles III"
    return toks, titles


def _family_name_opening(toks: list[Token]) -> bool:
    """"Mme Gbané Aya Rosalie": with universal tags, a proper noun opening one person the tagger
    found is the family name written first (such a pipeline's news writes no job capitalised)."""
    first = toks[1] if len(toks) > 2 and not toks[0].whitespace_ and (
        toks[0].lower_.replace("\u2019", "'") in elided_name_initials()
    ) else toks[0]  # ("Mme N'Dri Amenan Pélagie": the initial split off the family name)
    return all(t.tag_ == t.pos_ and t.ent_type_ == "PERSON" for t in toks) and (
        first.pos_ == "PROPN" or (  # "se désole Echati Ali X": a family name tagged otherwise
            first.is_title and not first.is_sent_start and first.pos_ in ("ADJ", "NOUN", "X")))


def _one_person_entity(toks: list[Token]) -> bool:
    """Three words that are one person the tagger found, from its first, a short syllable
    ("Mei Lin Chow"; not a job word the lexicon lacks: "Retiree Lee Poh Choo")."""
    return len(toks) == 3 and toks[0].is_title and len(toks[0]) <= 4 and (
        toks[0].ent_iob_ == "B" and all(t.ent_type_ == "PERSON" for t in toks)
        and all(t.ent_iob_ == "I" for t in toks[1:]))


def _first_name_only(toks: list[Token]) -> bool:
    """A first name alone, or with a regnal number ("Harry", "Charles III")."""
    words = [t.text for t in toks]
    if words and re.fullmatch(r"[IVX]+", words[-1]):
        words = words[:-1]
    return len(words) == 1 and first_name_gender(words[0]) is not None


def org_name(head: Token) -> str:
    """An organisation's name is its whole noun phrase: "Vallonia's Foreign Ministry", "the
    Dunmore County Sheriff's Office"; a lower-case possessor before it is not part of it ("the
    state's Department of Health Services")."""
    words = re.sub(r"\s*\([^()]*\)$", "", mention_text(head)).split()  # "(MCM)" after it
    if len(words) == 1 and "-" in written_word(head):
        words = [written_word(head)]  # "M. Lacombe-Vidal": the parser hung "-Vidal" elsewhere
    while words and words[0].lower() in lexicon().determiners:
        words.pop(0)
    edge = head.left_edge
    if words and edge.pos_ == "ADP" and edge.is_sent_start and words[0] == edge.text:
        words.pop(0)  # "Chez Delessert Affinage SA, qui ..., on se veut beau joueur"
    for k, word in enumerate(words[:-1]):
        if word[:1].islower() and word.endswith(("'s", "’s")):
            words = words[k + 1 :]
            break
    if not words or len(words) > 8 or not all(w[:1].isupper() or w[:1] in "&'’" or
                                                 w.lower() in ("of", "for", "and", "de", "'s")
                                                 or (w.isdigit() and k > 0)  # "Local 1127"
                                                 for k, w in enumerate(words)):
        return ""
    for suffix in ("'s", "’s"):  # "Kilcarrig County Council’s district members"
        if words[-1].endswith(suffix) and len(words[-1]) > len(suffix):
            words[-1] = words[-1][: -len(suffix)]
    return " ".join(words)


def written_word(tok: Token) -> str:
    """The word as written around a token the tokenizer split at its hyphens ("Lacombe-Vidal",
    three tokens)."""
    doc, start, end = tok.doc, tok.i, tok.i
    while start > 0 and not doc[start - 1].whitespace_ and (
        doc[start - 1].text == "-" or doc[start].text == "-"
    ):
        start -= 1
    while end + 1 < len(doc) and not doc[end].whitespace_ and (
        doc[end + 1].text == "-" or doc[end].text == "-"
    ):
        end += 1
    return doc[start : end + 1].text.strip("-")


def group_of_names(head: Token) -> list[Token]:
    """The names of a subject that names several people ("replied Kim and Lee"): the heads of
    the conjoined proper names, or nothing."""
    conj = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    if head.pos_ != "PROPN" or not conj or not any(c.lower_ == "and" for c in head.children):
        return []
    if _names_one_organisation(head):
        return []  # "Kennet and Alder Constabulary": one organisation
    return [head, *conj]


def _names_one_organisation(head: Token) -> bool:
    """Conjoined proper nouns that end in an organisation's noun are one organisation's name
    ("Kennet and Alder Constabulary", "Devon and Cornwall Police")."""
    lex = lexicon()
    nouns = lex.organisation_nouns | lex.group_nouns
    return any(
        c.dep_ == "conj" and c.text[:1].isupper()
        and (c.lower_ in nouns or (c.ent_type_ == "ORG" and c.ent_iob_ == "I"))
        for c in head.children
    )


def description_text(head: Token) -> str:
    """A description as a speaker's name: the mention with a participle phrase after it ("two
    people briefed on the negotiations"), never a relative clause or what follows a comma, nor
    a bracket and what follows it ("A senior official of the National Redemption Party (NRP) in
    the state")."""
    text = _lower_article(head, mention_text(head))
    toks = mention_tokens(head)
    days = date_words()
    dated = next((t.i for t in toks if t.i > head.i and (
        (t.pos_ == "ADP" and t.i + 1 < len(t.doc)
         and (t.doc[t.i + 1].lower_ in days or _occasion_after(t)))
        or (t.lower_ in days and t.i > head.i + 1 and t.doc[t.i - 1].pos_ != "ADP")
    )), None)  # ("un charpentier de la Vallée de Joux samedi": the day, bare)
    if dated is not None:  # "Fish processors at Abonkosu on Monday staged ...": when, no who
        return _lower_article(head, head.doc[toks[0].i : dated].text.rstrip())
    bracket = next((t.i for t in toks if t.text == "(" and t.i > head.i), None)
    if bracket is not None:
        return _lower_article(head, head.doc[toks[0].i : bracket].text.rstrip())
    for child in head.rights:
        if child.dep_ == "acl" and child.tag_ in ("VBN", "VBG") and not any(
            t.text == "," for t in head.doc[head.i : child.i]
        ):
            end = child.right_edge.i
            comma = next((t.i for t in head.doc[child.i : end + 1] if t.text == ","), None)
            if comma is not None:  # "helping to co-ordinate the flights, who asked not to be
                end = comma - 1  # named": the relative clause the parser hung inside
            while end > child.i and head.doc[end].is_punct:
                end -= 1
            start = mention_tokens(head)[0].i
            return head.doc[start : end + 1].text
    relative = restrictive_relative(head)
    if relative is not None:  # "one board member who voted for the increase", "une joueuse
        start = mention_tokens(head)[0].i  # qui a quitté l'équipe": who they are
        return _lower_article(head, head.doc[start : relative + 1].text)
    if not any(t.text == "," for t in toks):
        end = _modifiers_before_verb(head.doc, toks[0].i, toks[-1].i + 1)
        if end > toks[-1].i + 1:
            return _lower_article(head, head.doc[toks[0].i : end].text)
    return _without_anonymity(text)


def _modifiers_before_verb(doc: Doc, first: int, end: int) -> int:
    """"un signaleur retraité range ...", "une vendeuse de poisson séché attend ...": adjectives
    and participles right after a description ``doc[first:end]``, which the parser hung
    elsewhere, are part of it when the sentence's finite verb comes right after them: where
    they end (``end`` when there are none)."""
    k = end
    while k < min(len(doc), end + 3) and doc[k].is_lower and doc[k].is_alpha and (
        doc[k].pos_ == "ADJ"
        or ("Part" in doc[k].morph.get("VerbForm", []) and doc[k].dep_ != "ROOT")
        or (doc[k].pos_ == "NOUN" and any(doc[j].head.i == k and doc[j].dep_ == "amod"
                                          for j in range(first, end)))
    ):
        k += 1
    if k == end or k >= len(doc) or doc[k].pos_ not in ("VERB", "AUX") or (
        "Fin" not in doc[k].morph.get("VerbForm", []) and doc[k].dep_ != "ROOT"
    ):
        return end
    return k  # (the verb a participle for the tagger: "range")


def _occasion_after(prep: Token) -> bool:
    """"à la sortie de la réunion", "at the end of the meeting": a preposition, an article and a
    noun of data/<lang>/occasion_nouns.txt say when the source spoke, not who they are."""
    doc = prep.doc
    k = prep.i + 1
    if k < len(doc) and doc[k].pos_ == "DET":
        k += 1
    return k < len(doc) and doc[k].lower_ in _occasion_nouns()


@per_language
def _occasion_nouns() -> frozenset[str]:
    return optional_words(None, "occasion_nouns.txt")


def _without_anonymity(text: str) -> str:
    """"un sénateur ADT sous le couvert de l'anonymat" is "un sénateur ADT": a phrase that only
    says the source is unnamed (data/<lang>/anonymity_phrases.txt) stays out of its name."""
    low = text.lower().replace("’", "'")
    cut = min((k for k in (low.find(" " + p) for p in anonymity_phrases()) if k > 0),
              default=len(text))
    return text[:cut].rstrip(" ,")


def restrictive_relative(head: Token) -> int | None:
    """The last word of a short relative clause right after the description, with no comma
    before it ("a firefighter who was on the fireground that day"), that ends at a comma or at
    the verb it is the subject of, and says who the source is, not only that it is unnamed."""
    doc = head.doc
    for child in head.rights:
        if child.dep_ not in ("relcl", "acl:relcl"):
            continue
        first, last = child.left_edge.i, child.right_edge.i
        comma = next((t.i for t in doc[child.i + 1 : last + 1] if t.text == ","), None)
        if comma is not None and comma > child.i + 1 and any(
            t.dep_ in ("relcl", "acl:relcl") and t.i > comma for t in doc[comma : last + 1]
        ):  # "A man who lives on Chapel Street, who asked not to be named,": the second
            last = comma - 1  # clause the parser hung inside the first
        words = doc[first : last + 1]
        if any(t.text == "," or t.text in QUOTATION_MARKS for t in doc[head.i : last + 1]) or (
            len(words) > 8 or not (doc[first].tag_ in ("WP", "WDT")
                                   or "Rel" in doc[first].morph.get("PronType", []))
        ):
            return None
        nxt = doc[last + 1] if last + 1 < len(doc) else None
        if nxt is not None and nxt.text != "," and nxt.i != head.head.i:
            return None
        if only_anonymity(doc[first + 1 : last + 1].text):
            return None  # "un cadre qui a requis l'anonymat": no more than that
        return last
    return None


def indefinite_description(det: Token) -> str:
    """"une opératrice de tri", "un cadre de l'usine", "un courtier lausannois": a description
    opened by an indefinite article, read off the words (the noun, adjectives after it, then one
    "de" phrase), for a pipeline whose parser takes such nouns for adjectives. It stops at a
    participle ("une soigneuse jointe par téléphone"), a comma, a verb, and at a word that is
    a reporting verb whatever its tag ("une ouvrière raconte")."""
    doc = det.doc
    end = _through_hyphens(doc, det.i + 2)  # the article and its noun ("un sapeur-pompier")
    occupations, people = lexicon().occupations, person_nouns()
    if end < len(doc) and doc[end - 1].is_lower and (
        (doc[end - 1].pos_ == "ADJ" and doc[end].pos_ == "NOUN") or (
            doc[end].is_lower and (doc[end].lower_ in occupations or doc[end].lower_ in people)
            and doc[end - 1].lower_ not in occupations and doc[end - 1].lower_ not in people)
    ):  # (not "un chauffeur routier", whose first noun is the person)
        end += 1  # "une jeune mère de famille", "Un vieux client" (the noun tagged an adverb)
    if end < len(doc) and doc[end].is_upper and doc[end].is_alpha and 2 <= len(doc[end]) <= 5:
        end += 1  # "un médecin ORL": the specialty's initials
        if end < len(doc) and doc[end].is_lower and doc[end].is_alpha and (
            doc[end].lower_.endswith(demonym_endings())
        ):
            end += 1  # "un médecin ORL lausannois", the place's adjective tagged no adjective
    adjectives = 0
    while end < len(doc) and adjectives < 2 and _plain_adjective(doc[end]):
        end, adjectives = end + 1, adjectives + 1
    if end + 2 < len(doc) and doc[end].lower_ in _OF and doc[end + 1].pos_ == "NUM":
        return doc[det.i : end + 3].text  # "une habitante de 81 ans"
    if end < len(doc) and _participle(doc[end]) and not _disagrees(det, doc[end]):
        # "une passagère assise à l'avant" (not "une retraitée marseillaise fait provision")
        return doc[det.i : _through_hyphens(doc, _phrase_end(doc, end))].text
    if end < len(doc) and (doc[end].lower_ in _OF or _in_a_field(doc, end)):
        k = end + 1
        nouns: tuple[str, ...] = ("NOUN", "PROPN")
        if k < len(doc) and doc[k].pos_ == "DET":
            k, nouns = k + 1, ("NOUN", "PROPN", "ADJ")  # "de l'exécutif", tagged an adjective
            if k + 1 < len(doc) and doc[k].pos_ == "ADJ" and doc[k + 1].pos_ == "NOUN":
                k += 1  # "d'une grande chaîne"
        elif k + 1 < len(doc) and doc[k].pos_ == "ADJ" and doc[k + 1].pos_ == "NOUN" and (
            doc[k + 1].dep_ not in ("ROOT", "conj")
            and not any(c.dep_.startswith("nsubj") for c in doc[k + 1].children)
        ):
            k += 1  # "un paroissien de longue date" (not "une vendeuse de macabo surveille
            # ses tas", the sentence's verb the tagger made a noun)
        article = doc[k - 1].pos_ == "DET" or "Art" in doc[k - 1].morph.get("PronType", [])
        if k < len(doc) and (doc[k].pos_ in nouns or (
            k + 1 < len(doc) and joining_hyphen(doc[k + 1])  # "de taxi-brousse", whatever
        ) or (doc[k].is_lower and (doc[k].lower_ in occupations or doc[k].lower_ in people
                                   or "Part" in doc[k].morph.get("VerbForm", [])
                                   or (doc[k].dep_ == "nmod" and doc[k].head.i < k
                                       and doc[k].is_alpha)))) and (
            article or not reporting_word(doc[k])  # the tagger made of its first half; "une
        ):  # mère de joueuse", "un éleveur de brebis", the noun tagged a verb (no participle
            end = k + 1  # follows "de"); "un proche du prévenu", a noun after its article
            # whatever verb it could also be
            if doc[k].ent_type_ == "PERSON" and (
                doc[k].pos_ == "PROPN" or is_honorific(doc[k].text)  # "un voisin de Mme X"
            ):
                while end < len(doc) and doc[end].ent_iob_ == "I" and (
                    doc[end].ent_type_ == "PERSON"
                ):
                    end += 1  # "un proche de Modou Ba": the whole name
            if end < len(doc) and (_plain_adjective(doc[end]) or (
                doc[end].dep_ == "amod" and doc[end].head.i == k and doc[end].is_lower
                and doc[end].pos_ == "NOUN"  # "du pavillon adulte", the adjective tagged a noun
            )):
                end += 1
            while doc[k].pos_ == "NOUN" and end < len(doc) and doc[end].pos_ == "PROPN" and (
                doc[end].ent_type_ != "PERSON"
            ):
                end += 1  # "une citoyenne du rang Saint-Oscar", "un cadre de l'usine Renault"
            if end + 1 < len(doc) and doc[end].lower_ in _OF and (
                doc[end + 1].pos_ == "PROPN" or (doc[end + 1].pos_ == "NOUN"
                                                 and doc[end + 1].is_title)
            ):  # "un producteur des hauts d'Ercheval": the place of the place; "un responsable
                end += 2  # de l'Autorité maritime de Sorandie", the place tagged a noun
            elif end + 1 < len(doc) and doc[end].lower_ in _OF and (
                doc[k].lemma_.lower() in lexicon().organisation_nouns
            ):  # "un cadre du ministère de l'agriculture": the body's own "de" phrase
                j = end + 2 if doc[end + 1].pos_ == "DET" else end + 1
                if j < len(doc) and doc[j].pos_ == "NOUN" and not reporting_word(doc[j]):
                    end = j + 1
            if end + 1 < len(doc) and doc[end].lower_ in _OF and (
                doc[end + 1].pos_ == "NOUN" or doc[end + 1].dep_ == "nmod"
            ) and doc[end + 1].is_lower and not reporting_word(doc[end + 1]):
                end += 2  # "un opérateur de la ligne de décapage": the bare noun naming it
                # (whatever its tag: "un gramoun en chapeau de paille")
            elif end + 2 < len(doc) and doc[end].lower_ in _OF and doc[k].pos_ == "NOUN" and (
                doc[end + 1].pos_ == "DET" and doc[end + 2].pos_ == "NOUN"
                and doc[end + 2].is_lower and not reporting_word(doc[end + 2])
            ):
                end += 3  # "un proche d'une patiente de l'unité": the place of the person
            if end + 1 < len(doc) and doc[end].lower_ in _OF and (
                doc[end - 2].text[-1:] in "'’" and doc[end - 2].is_lower
            ):  # "un membre du conseil d'administration de la compagnie": a compound's own
                j = end + 2 if doc[end + 1].pos_ == "DET" else end + 1  # "de" phrase
                if j < len(doc) and doc[j].pos_ == "NOUN" and not reporting_word(doc[j]):
                    end = j + 1
    if end < len(doc) and doc[end - 1].like_num and doc[end].pos_ == "NOUN" and (
        doc[end].is_lower
    ) and (doc[end].head.i == end - 1 or doc[end - 1].head.i == end):
        end += 1  # "une élève de douze ans": the number's noun
    return doc[det.i : _modifiers_before_verb(doc, det.i, _through_hyphens(doc, end))].text


def _in_a_field(doc: Doc, i: int) -> bool:
    """"un grossiste en céréales", "un étudiant en licence de droit": a preposition of
    data/<lang>/field_prepositions.txt before a bare lower-case noun says what the person deals
    in or studies (whatever the tagger made of the noun: "céréales" a proper noun), unlike "en"
    before a verb ("en sortant")."""
    return i + 1 < len(doc) and doc[i].lower_ in _field_prepositions() and doc[i + 1].is_lower and (
        doc[i + 1].pos_ in ("NOUN", "PROPN"))


@per_language
def _field_prepositions() -> frozenset[str]:
    return optional_words(None, "field_prepositions.txt")


def _through_hyphens(doc: Doc, end: int) -> int:
    """``end`` past the rest of a word the tokenizer split at its hyphens ("Lac-Dorval")."""
    while 0 < end < len(doc) and not doc[end - 1].whitespace_ and (
        doc[end].text.startswith("-") or doc[end - 1].text.endswith("-")
    ):
        end += 1
    return end


_OF = frozenset({"de", "d'", "d’", "du", "des"})


def _disagrees(det: Token, word: Token) -> bool:
    """The article and a verb's participle after its noun have different genders (an adjective's
    gender the small tagger often gets wrong: "une source proche du dossier")."""
    gender, other = det.morph.get("Gender", []), word.morph.get("Gender", [])
    return word.pos_ == "VERB" and bool(gender and other and gender != other)


def _participle(tok: Token) -> bool:
    """A participle after a noun ("employée", "venue de"), or an adjective with a complement,
    which acts as one ("assise à l'avant", "jointe par téléphone")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.pos_ in ("VERB", "ADJ") and not reporting_word(tok) and (
        "Part" in tok.morph.get("VerbForm", [])
        or (nxt is not None and nxt.pos_ == "ADP" and "Fin" not in tok.morph.get("VerbForm", [])))
    # ("un guide touristique attend devant son 4x4": a finite verb, the sentence's)


def _phrase_end(doc: Doc, start: int) -> int:
    """Where a participle phrase ends: at a comma or other punctuation, a relative pronoun, a
    finite verb or a reporting verb, at most six words on."""
    end = start + 1
    complements = 0  # "posté au ravitaillement de la Baie-Noire": two at most
    while end < len(doc) and end < start + 7:
        tok = doc[end]
        if (tok.is_punct or tok.pos_ in ("PRON", "AUX", "SCONJ", "CCONJ") or reporting_word(tok)
                or (tok.pos_ == "VERB" and "Fin" in tok.morph.get("VerbForm", []))
                or (tok.pos_ in ("ADJ", "NOUN") and doc[end - 1].pos_ == "PROPN"
                    and end + 1 < len(doc) and doc[end + 1].pos_ == "DET")):
            break  # ("venu de Brive hausse les épaules": the sentence's verb, tagged otherwise)
        if tok.pos_ == "ADP":
            complements += 1
            if complements > 2 or (complements == 2 and tok.lower_ not in _OF):
                break
        elif doc[end - 1].pos_ in ("NOUN", "PROPN") and tok.pos_ not in ("PROPN", "ADJ", "NUM"):
            break  # "venu de Sainte-Gervaise applaudit": the complement's noun ends it
        end += 1
    return end


def _plain_adjective(tok: Token) -> bool:
    """An adjective, not a participle ("employée"; "jointe par téléphone": an adjective with a
    complement acts as one) nor a reporting verb the tagger took for one."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (tok.pos_ == "ADJ" and "Part" not in tok.morph.get("VerbForm", [])
            and not reporting_word(tok)
            and not (nxt is not None and nxt.pos_ == "ADP" and nxt.lower_ not in _OF))


def kind_of(head: Token) -> str:
    """"person" or "organisation" for a proper-name head: the tagger's label, except that a first
    name or a title makes a person, and an organisation noun or a word that ends only
    organisations' names ("Sheriff's Office", "Constabulary", "FC") an organisation."""
    lex = lexicon()
    last = name_tokens(head)[-1]
    if _names_one_organisation(head) or (
        last.i > 0 and last.lower_.rstrip(".") in lex.organisation_name_words  # "Inc."
    ):
        return "organisation"  # "Devon and Cornwall Police", "Harlow Town FC"
    if any(is_honorific(t.text) for t in split_title(name_tokens(head))[1]):
        return "person"  # "Me Sophie Verhaegen, conseil de la société,": not a council
    if organisation_type(head):
        return "organisation"  # "Unite, the union that represents ..."
    if _described_as_a_thing(head):
        return "organisation"  # "Bellbrook Leisure, which took over the hall in January, said"
    label = head.ent_type_
    if label == "PERSON":
        return "person"
    if label == "ORG" and head.ent_iob_ != "O":
        whole = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
        if whole is not None and len(whole) > 1 and whole[-1].is_title and (
            whole[-1].lower_ in lex.organisation_nouns
        ):  # "Kamuyembi Pineapple Growers Cooperative chairperson Stephen X": the body's own
            return "organisation"  # noun ends the name, whatever office follows
    if label in ("ORG", "GPE", "NORP", "FAC") and age_after(
        last.doc.text, last.idx + len(last.text)
    ) is not None:  # "Thabo X (27), a qualified welder": a person's age after the name
        return "person"
    if label in ("ORG", "GPE", "NORP", "FAC"):
        words, titles = split_title(name_tokens(head))
        if len(words) >= 2 and words[0].pos_ == "PROPN" and (
            (not titles and first_name_gender(words[0].text)
             and words[0].lower_ not in place_name_openers())  # (not "Santa Isabel de X")
            or any(is_title_word(t.text) or t.lower_ in lex.occupations for t in titles)
        ):
            return "person"  # "Anne-Laure Dufresne", "Local MP Nkechi Brampton" tagged ORG
        if words and words[0].pos_ == "PROPN" and head.tag_ == head.pos_ and any(
            spelt_out(t.text) != t.lower_ for t in titles
        ):  # universal tags: "le Dr Zermatten" tagged ORG; an abbreviated title is a person's
            return "person"
        if len(words) >= 2 and any(
            c.dep_ == "appos" and c.i > head.i and c.lemma_.lower() in lex.occupations
            and c.lemma_.lower() not in lex.organisation_nouns for c in head.children
        ):
            return "person"  # "Chioma Ezeh, a fintech analyst at Harbourline Capital"
        return "organisation"
    if head.lower_ in lex.organisation_nouns or head.lemma_.lower() in lex.organisation_nouns:
        return "organisation"
    if label == "MISC" and any(c.dep_ == "det" and c.i < head.i for c in head.children) and (
        not any(spelt_out(t.text) != t.lower_ for t in split_title(name_tokens(head))[1])
    ):  # "La Meute boréale a qualifié ...": a name with an article; not "le Dr Zermatten"
        return "organisation"
    return "person"


def _described_as_a_thing(head: Token) -> bool:
    """A name with no title and no first name, no person for the tagger, its sentence's subject,
    whose relative clause opens on a wh-determiner (Penn WDT: "which", for things, not "who")
    and closes before the verb (not "..., said X, which surprised many", the clause's)."""
    words, titles = split_title(name_tokens(head))
    return bool(words) and not titles and head.dep_ in ("nsubj", "nsubjpass") and (
        head.ent_type_ not in ("PERSON", "PER") and first_name_gender(words[0].text) is None
    ) and any(
        c.dep_ == "relcl" and head.i < c.i and c.right_edge.i < head.head.i and any(
            g.dep_ in ("nsubj", "nsubjpass") and g.tag_ == "WDT" for g in c.children)
        for c in head.children)


def organisation_type(head: Token) -> str | None:
    """The kind of organisation an apposition says a name is ("Unite, the union that
    represents ..." -> "union"; "the campaign group Save Northmere Rivers" -> "group")."""
    for child in head.children:  # a common noun, not a name's word ("Aisha Hassan Omar, a
        if child.dep_ == "appos" and child.lemma_.lower() in lexicon().organisation_nouns and (
            child.is_lower  # member of the governor's own Mwangaza Alliance,": misparsed)
        ):
            return child.lemma_.lower()
        if child.dep_ == "appos" and child.i > head.i and (
            child.like_num or child.lemma_.lower() in lexicon().occupations
        ):  # "Dale X, 72, a retired miner who chairs Friends of Y, the volunteer group that
            break  # ...": a person's age or trade first; the group after is the club's
    kind = head.head.lemma_.lower()
    first = head.left_edge
    if head.dep_ == "appos" and kind in lexicon().organisation_types and (
        head.ent_type_ not in ("PERSON", "PER")
        or (head.head.i == first.i - 1 and any(
            t.pos_ in ("PRON", "DET", "ADP", "VERB") for t in head.doc[first.i : head.i]))
    ):  # "the campaign group Save Northmere Rivers", "Residents' group Save Our Shores Aird"
        return kind  # (tagged a person, but holding words no person's name holds)
    if _kind_set_off_after(head):  # "Nopalia, une huilerie installée à ...", whatever the parse
        return head.doc[head.i + 3].lower_
    return _kind_before(head)


def _kind_before(head: Token) -> str | None:
    """In a pipeline with universal tags, the organisation noun of the noun phrase a name ends
    ("le syndicat Interjura", "le fabricant valaisan d'emballages Helvetal"), read from the words
    before it, whatever the parse; never for a first name ("l'équipe Jean Roy" is not a club)."""
    doc = head.doc
    if not _name_like(head) and not (head.i >= 1 and (
            doc[head.i - 1].pos_ == "PROPN" or doc[head.i - 1].text == "-")):
        return None  # (the same answer as below, sooner: this runs on every word)
    for _ in range(4):  # "Rochat-Mévaux", "Interpro Alimentation": the parse's head its last
        if head.i >= 2 and joining_hyphen(doc[head.i - 1]) and doc[head.i - 2].is_title:
            head = doc[head.i - 2]  # part
        elif head.i >= 1 and doc[head.i - 1].pos_ == "PROPN" and doc[head.i - 1].is_title and (
            doc[head.i - 1].ent_type_ == head.ent_type_
        ):
            head = doc[head.i - 1]
    name = _name_like(head)
    types = lexicon().organisation_types
    if (head.tag_ != head.pos_ or not name or head.i == 0
            or not (doc[head.i - 1].pos_ in ("NOUN", "ADJ") or _noun_participle(doc[head.i - 1])
                    or kind_acronym(doc[head.i - 1]))
            or _opens_with_first_name(head)):
        return None
    adjective = None  # "La coopérative viticole Noble-Combe", the noun tagged an adjective; but
    for k in range(head.i - 1, max(head.i - 8, -1), -1):  # "le groupe horloger X": a group
        tok = doc[k]
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in types:
            return tok.lemma_.lower()
        if kind_acronym(tok):
            return tok.lower_  # "L'ONG Terres vivantes"
        if tok.pos_ == "ADJ" and tok.lower_ in types:
            adjective = adjective or tok.lower_
        if tok.text == "-" and not tok.whitespace_:
            continue  # "machines-outils"
        if (tok.pos_ not in ("NOUN", "ADJ", "ADP") and not _noun_participle(tok)) or tok.is_punct:
            return adjective
    return adjective


def _name_like(head: Token) -> bool:
    """A proper noun, a title-case foreign word ("Interpro"), or a name tagged a pronoun ("La
    compagnie régionale Vallair"), a noun ("Terres vivantes") or an adjective ("Voisins en
    alerte")."""
    return head.pos_ == "PROPN" or (head.pos_ == "X" and head.is_title) or (
        head.pos_ == "PRON" and head.is_title and head.i > head.sent.start
        and head.lower_ not in lexicon().pronouns) or (
        head.pos_ in ("NOUN", "ADJ") and head.is_title and head.ent_iob_ == "B")  # "Voisins"


def kind_acronym(tok: Token) -> bool:
    """A kind of organisation written in capitals ("ONG", "GIE": data/<lang>/nouns.tsv or
    organisation_types.tsv), whatever the tagger made of it."""
    lex = lexicon()
    return tok.is_upper and len(tok.text) > 1 and (
        tok.lower_ in lex.organisation_types or tok.lower_ in lex.organisation_type_words)


def _noun_participle(tok: Token) -> bool:
    """A past participle the tagger made a verb where it qualifies a noun ("la banque privée")."""
    return tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm", []) and tok.dep_ == "acl"


def _opens_with_first_name(head: Token) -> bool:
    """A first name starts here: the word, or the hyphenated word it begins ("Jean-Marc"), is
    one, or a hyphenated word the dictionary does not know is followed by a surname ("Marie-
    Claude Roy"); not "Noble-Combe"."""
    doc = head.doc
    j = hyphenated_end(doc, head.i)
    word = doc[head.i : j].text
    if word == head.text:
        return first_name_gender(word) is not None
    return first_name_gender(word) is not None or (
        j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title)


def organisations_by_kind(doc: Doc) -> list[SpacySpan]:
    """Names the tagger missed, or took for a place, that an organisation noun introduces ("le
    syndicat Interjura")."""
    out = []
    for tok in doc:
        if _kind_set_off_after(tok):  # "gérante de Nopalia, une huilerie installée à ...": a
            out.append(SpacySpan(doc, tok.i, tok.i + 1, label="ORG"))  # name its kind follows
            continue
        if tok.ent_type_ in ("PERSON", "PER", "ORG") or _kind_before(tok) is None:
            continue
        end = tok.i + 1
        if tok.ent_iob_ == "B":  # "Terres vivantes", which the tagger found whole
            end = next(e.end for e in doc.ents if e.start == tok.i)
        while end < len(doc) and (
            (doc[end].dep_ == "flat:name" and doc[end].head.i == tok.i)
            or (joining_hyphen(doc[end]) and end + 1 < len(doc) and doc[end + 1].is_title)
            or (doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_
                and doc[end].lower_ in lexicon().organisation_name_words)  # "le négociant
        ):  # Morenza Commodities"
            end += 2 if doc[end].text == "-" else 1  # "la manufacture horlogère Favre-Lugrin"
        out.append(SpacySpan(doc, tok.i, end, label="ORG"))
    return out


def organisations_named_in_marks(doc: Doc) -> list[tuple[SpacySpan, str]]:
    """"le collectif « Pré-aux-Moines tranquille »", "un collectif baptisé « Dòmi an lapé »",
    "l'asbl « La Louche solidaire »": the words in quotation marks right after a kind of
    organisation (its complement or a naming word between) are that organisation's name,
    which opens with a capital and holds no verb of its own; each with its kind."""
    out = []
    kinds, naming = lexicon().organisation_nouns, naming_words()
    for tok in doc[1:]:
        if tok.text not in QUOTATION_MARKS or (tok.text in CLOSING_MARKS and tok.text != '"'):
            continue  # (an opening mark, or the straight one that both opens and closes)
        k = tok.i - 1 - (doc[tok.i - 1].lower_ in naming)  # "baptisé"
        j = k
        while j > max(0, k - 3) and doc[j].is_lower and doc[j].is_alpha and (
            doc[j].lower_ not in kinds and doc[j].pos_ in ("ADJ", "NOUN", "ADP", "DET")
        ):  # "le collectif citoyen « ... »", "du comité de riverains « ... »"
            j -= 1
        kind = doc[j]
        if not kind.is_lower or kind.lower_ not in kinds:
            continue
        close = next((m for m in range(tok.i + 1, min(len(doc), tok.i + 9))
                      if doc[m].text in QUOTATION_MARKS), None)
        if close is None or close == tok.i + 1:
            continue
        words = doc[tok.i + 1 : close]
        if not words[0].text[:1].isupper() or any(
            t.pos_ == "AUX" or (t.is_punct and not joining_hyphen(t)) for t in words
        ):
            continue
        out.append((SpacySpan(doc, words.start, words.end, label="ORG"), kind.lower_))
    return out


def _kind_set_off_after(tok: Token) -> bool:
    """A capitalised word the tagger named no person or organisation, followed by a comma, an
    indefinite article and a kind of organisation ("Nopalia, une huilerie"): the name of an
    organisation of that kind. Universal tags only (a French pipeline)."""
    doc = tok.doc
    if tok.ent_type_ in ("PERSON", "PER", "ORG") or not tok.is_title or not tok.is_alpha or (
        tok.tag_ != tok.pos_ or tok.i + 3 >= len(doc) or tok.is_sent_start
    ):
        return False
    if doc[tok.i - 1].is_title and doc[tok.i - 1].is_alpha:
        return False  # one word only: not the surname of "Rym Ben Amor, une gérante"
    article, kind = doc[tok.i + 2], doc[tok.i + 3]
    return doc[tok.i + 1].text == "," and article.lower_ in indefinite_articles() and (
        kind.lower_ in lexicon().organisation_types)


def lone_surname_speaks(head: Token) -> bool:
    """A single capitalised word the tagger took for an organisation or place that is a person:
    a title or an age goes with it ("Mr Okafor", "Okafor, 34,"), a relative "who" or a job in
    apposition follows it ("Okafor, the club's captain,"), it speaks in the first person
    singular nearby, or the paragraph goes on about "he" or "she"."""
    if head.text.isupper() or len({written_word(t) for t in name_tokens(head)}) > 1:
        return False  # one word, "Garnier-Saulx" too
    doc = head.doc
    nxt = doc[head.i + 1 : head.i + 4]
    if len(nxt) >= 2 and nxt[0].text == "," and (nxt[1].lower_ == "who" or nxt[1].like_num):
        return True
    if head.i > 0 and is_honorific(doc[head.i - 1].text):
        return True
    occupations = lexicon().occupations
    if any(c.dep_ == "appos" and c.lemma_.lower() in occupations for c in head.children):
        return True
    if any(t.text in ("I", "my", "me") for t in head.sent):
        return True
    pronouns = lexicon().pronouns
    for t in doc[head.sent.end :]:
        if t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if t.lemma_.lower() in lexicon().organisation_nouns:
            return False  # "Distrinergie reconnaît ... L'entreprise assure qu'elle a recruté":
            # the pronoun is the company's
        if pronouns.get(t.lower_) in ("male", "female"):
            return True
    return False


def determiner(head: Token) -> str | None:
    """The head's determiner in lower case; "the" for a possessor ("the ministry's"), "a" for a
    count ("one senior official", "two people") and for "another" (someone new)."""
    for child in head.children:
        if child.dep_ in ("det", "predet") and child.i < head.i:
            if child.lower_ in _new_referent():
                return "a"
            return universal_determiner(child) or child.lower_
        if child.dep_ == "poss":
            return "the"
        if child.dep_ == "nummod" and child.i < head.i:
            return "a"
    if head.i > 0 and head.doc[head.i - 1].head.i == head.i and head.doc[head.i - 1].pos_ == "DET":
        # universal tags: an article right before its noun the parser labelled otherwise ("une"
        # made the object in "raconte une ingénieure logiciel de 29 ans")
        return universal_determiner(head.doc[head.i - 1])
    return None


def universal_determiner(det: Token) -> str | None:
    """A determiner of a pipeline with universal tags ("la", "l'", "son", "une"; the tag is
    the part of speech) as the engine compares them: "the" when definite, possessive or
    demonstrative, "a" when indefinite; None for a pipeline with its own tag set."""
    if det.tag_ != det.pos_:
        return None
    morph = det.morph
    key = str(morph)  # the analysis read once per distinct morphology: this runs on every word
    if key not in _DETERMINERS:
        _DETERMINERS[key] = _determiner_of(morph.to_dict())
    return _DETERMINERS[key]


_DETERMINERS: dict[str, str | None] = {}


def _determiner_of(features: dict[str, str]) -> str | None:
    def has(name: str, value: str) -> bool:
        return value in features.get(name, "").split(",")

    if has("Definite", "Ind") or has("NumType", "Card"):
        return "a"
    if has("Definite", "Def") or has("Poss", "Yes") or has("PronType", "Dem"):
        return "the"
    return None


def is_plural(tok: Token) -> bool:
    """A plural noun: by its tag ("NNS") or, in a pipeline with universal tags, its morphology
    unless its article is singular."""
    if tok.tag_ in ("NNS", "NNPS"):  # (but "The kaumātua says": a word the tagger did not
        # know, its lemma the word itself, before a singular verb)
        return not (tok.dep_ == "nsubj" and tok.head.tag_ == "VBZ"
                    and tok.lemma_.lower() == tok.lower_)
    if tok.tag_ != tok.pos_ or "Plur" not in tok.morph.get("Number", []):
        return False
    # "Sa sœur aînée": the tagger may take a noun for a plural its singular article belies
    return not any(c.dep_ == "det" and c.i < tok.i and c.morph.get("Number", []) == ["Sing"]
                   for c in tok.children)


def noun_gender(word: str) -> str | None:
    """The gender a noun for a man or a woman tells ("son", "grandmother"), else None."""
    return _gendered_nouns().get(word.lower())


@per_language
def _gendered_nouns() -> dict[str, str]:
    return {noun.lower(): gender for noun, gender in optional_pairs(None, "gendered_nouns.tsv")}


@per_language
def _fixed_gender_nouns() -> frozenset[str]:
    return optional_words(None, "fixed_gender_nouns.txt")


def description_gender(head: Token) -> str | None:
    """The grammatical gender a description shows in a pipeline with universal tags ("la
    diplomate": female): its determiner's, else its noun's; elsewhere the gender the noun
    itself tells ("One young man": data/<lang>/gendered_nouns.tsv), if any."""
    if head.tag_ != head.pos_:
        return _gendered_nouns().get(head.lower_)
    if head.lower_ in _fixed_gender_nouns() or head.lemma_.lower() in _fixed_gender_nouns():
        return None  # "la recrue" may be a man
    if head.lower_ in _gendered_nouns():
        return _gendered_nouns()[head.lower_]  # "l'homme", whose "-e" tells nothing
    words = [c for c in head.children if c.i < head.i and (
        c.dep_ == "det" or (c.pos_ == "DET" and c.i == head.i - 1))]  # "le" the parser made
    if not any(tok.morph.get("Gender", []) for tok in words) and (  # an object
        head.lower_ + "e" in lexicon().occupations
    ):
        return "male"  # "l'accusé", whose feminine "accusée" is another word of the list
    epicene = head.lower_.endswith("e") and head.lower_[:-1] not in lexicon().occupations
    if head.lemma_.lower() == head.lower_ and not epicene:
        # "ambassadrice" (lemma "ambassadeur"): not its own; "l'analyste" tells nothing
        words.append(head)
    for tok in words:
        if morph_gender(tok):
            return morph_gender(tok)
    if feminine_form(head.lower_, head.lemma_.lower()) or _feminine_of_a_known_noun(head.lower_):
        return "female"  # "l'avocate" (lemma "avocat"): the elided article tells nothing;
        # "l'ouvrière", which the lemmatizer left as it is, of "ouvrier"
    # an adjective agreeing with it ("l'avocate générale", "l'ancien ministre")
    for adj in head.children:
        if adj.dep_ == "amod" and adj.pos_ == "ADJ" and morph_gender(adj) and not (
            adj.i < head.i and reporting_word(adj)  # "», raconte le quinquagénaire": the cue
        ):
            return morph_gender(adj)
    return None


def morph_gender(tok: Token) -> str | None:
    """The one grammatical gender the tagger gives a word ("une": female), as the engine names
    genders; None when it gives none or both."""
    gender = tok.morph.get("Gender", [])
    return _GENDERS.get(gender[0]) if len(gender) == 1 else None


_GENDERS = {"Masc": "male", "Fem": "female"}


def feminine_form(word: str, lemma: str) -> bool:
    """A noun written in its feminine form: the current language's feminine ending for the
    masculine one its lemma ends in ("avocate" for "avocat", "directrice" for "directeur";
    ``data/<lang>/feminine_endings.tsv``, none for a language without the file)."""
    if word == lemma:
        return False
    return any(lemma.endswith(m) and word.endswith(f) and word[: len(word) - len(f)]
               == lemma[: len(lemma) - len(m)] for m, f in feminine_endings(current_language()))


def _feminine_of_a_known_noun(word: str) -> bool:
    """A noun whose masculine form, by the language's feminine endings, is a person noun or an
    occupation the lexicon lists ("ouvrière" of "ouvrier")."""
    known = _person_words()
    return any(
        f and word.endswith(f) and word[: len(word) - len(f)] + m in known
        for m, f in feminine_endings(current_language()))


@per_language
def _person_words() -> frozenset[str]:
    """The occupations and person nouns of the lexicon together."""
    return frozenset(lexicon().occupations) | person_nouns()


@per_language
def organisation_synonyms() -> dict[str, str]:
    """Descriptions that name the body another head noun names (data/<lang>/
    organisation_synonyms.tsv: "ministère public" -> "parquet", "bench" -> "court")."""
    return {description.lower(): head.lower()
            for description, head in optional_pairs(None, "organisation_synonyms.tsv")}


def issuer(head: Token) -> Token:
    """"A statement from the governor's office", "a letter by Delta Foods", "the council's
    report": a document speaks for whoever issued it; "a Division Bench of the Kalindi High
    Court" speaks for the court."""
    body = organisation_synonyms().get(head.lower_)
    if body is not None:
        of = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
        if of is not None and of.lower_ == body:
            return of
    documents = lexicon().document_nouns
    if head.lemma_.lower() in documents or head.lower_ in documents:  # "data", lemma "datum"
        owner = next((c for c in head.children if c.dep_ == "poss" and (
            c.pos_ in ("NOUN", "PROPN") or c.lower_ in lexicon().pronouns)), None)
        if owner is not None:  # "The council's 2022 report ... warned": the council's words;
            # "According to her petition": hers
            return owner
        of = next((c for c in head.children if c.dep_ == "nmod" and c.i > head.i and (
            c.ent_type_ == "ORG" or c.lemma_.lower() in lexicon().organisation_nouns
        ) and any(k.dep_ == "case" for k in c.children)), None)
        if of is not None:  # universal dependencies: "un premier recensement du commissariat
            return of  # régional", "une étude de l'Insee": the body's
        for child in head.children:
            agent = next((c for c in child.children if c.dep_ == "obl:agent"
                          and c.pos_ in ("NOUN", "PROPN")), None) if child.dep_ == "acl" else None
            if agent is not None:  # universal dependencies: "un bilan publié mardi par l'ASAC"
                return agent
            preps = [child] if child.dep_ == "prep" else [
                c for c in child.children if c.dep_ == "agent"] if child.dep_ == "acl" else []
            for prep in preps:  # "an email sent to students by Provost X": the sender
                if prep.lower_ not in ("from", "by"):
                    continue
                for grand in prep.children:
                    if grand.dep_ == "pobj" and grand.pos_ in ("NOUN", "PROPN"):
                        return grand
    return head


def partitive_head(head: Token) -> Token:
    """"one of the people", "the second of the two people": the noun the part is taken from;
    "One regular," the noun after the count."""
    if head.pos_ in ("NUM", "ADJ", "PRON") or head.lower_ in ("one", "second", "other", "first"):
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for grand in child.children:
                    if grand.dep_ == "pobj" and grand.pos_ == "NOUN":
                        return grand
    if head.pos_ == "NUM" and head.tag_ != head.pos_ and head.i + 1 < len(head.doc):
        noun = head.doc[head.i + 1]  # "One regular, a bricklayer, said": the noun the parser
        if noun.dep_ == "amod" and noun.head.i == head.i and noun.is_lower:  # took for the
            return noun  # count's adjective
    if head.tag_ == head.pos_ and head.pos_ in ("NUM", "PRON", "DET") and (
        head.lower_ not in person_nouns()  # (not "un cousin du marié", the noun tagged a
    ):  # determiner)
        for child in head.children:  # universal tags: "Une de ses animatrices"
            if child.dep_ == "nmod" and child.pos_ == "NOUN" and child.i > head.i and any(
                c.dep_ == "case" and c.lower_ in _OF for c in child.children
            ):
                return child
    return head


def affiliation(head: Token) -> str | None:
    """"a spokesman for the ministry" -> "the ministry"."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "at", "of", "from", "with"):
            for grand in child.children:
                if grand.dep_ == "pobj":
                    toks = list(grand.subtree)
                    return head.doc[toks[0].i : toks[-1].i + 1].text
    return None
