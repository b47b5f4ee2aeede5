"""Names and roles as strings: what is a person's name, what is a title, when two roles cannot be
one person's. Shared by the resolver (one article) and merging (across articles); the words come
from the language's lexicon (``lexicon.py``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from onrecord.extraction.marks import APOSTROPHES as QUOTE_APOSTROPHES
from onrecord.extraction.marks import QUOTATION_MARKS
from onrecord.gender import first_name_gender, is_first_name, news_gender
from onrecord.lexicon import (
    current_language,
    data_text,
    every_language_words,
    known_languages,
    lexicon,
    optional_pairs,
    optional_words,
)

# Apostrophes in names (O'Brien, D’Amato): the quotation marks that serve as apostrophes, and
# the modifier letter and accents that keyboards put in their place.
APOSTROPHES = "".join(sorted(QUOTE_APOSTROPHES)) + "\u02bc\u0060\u00b4"
_POSSESSIVE = re.compile(rf"[{APOSTROPHES}]s?$")
_TOKEN = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


def name_words(name: str) -> list[str]:
    """A name's words as compared: casefolded, accents stripped, possessive and punctuation
    dropped ("Sen. José Núñez's" -> ["sen", "jose", "nunez"])."""
    text = strip_accents(unicodedata.normalize("NFKC", name)).casefold()
    tokens: list[str] = []
    for token in _TOKEN.findall(text.replace("\u2019", "'")):
        token = _POSSESSIVE.sub("", token) if token.endswith(("'s", "'")) else token
        token = token.replace("'", "")
        if token:
            tokens.append(token)
    return tokens


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _title_keys() -> frozenset[str]:
    """Title words as ``name_words`` leaves them ("sen." -> "sen"), with "the"."""
    return _title_keys_in(current_language())


@lru_cache(maxsize=8)
def _title_keys_in(language: str) -> frozenset[str]:
    return frozenset(w.rstrip(".") for w in lexicon(language).title_words) | {"the"}


def is_family_name_first(word: str) -> bool:
    """A family name of a tradition that writes it first ("Ong" of "Ong Kai Wen"), in any
    language's data/<lang>/family_names_first.txt."""
    return word.casefold() in every_language_words("family_names_first.txt")


def family_name_first_by_order(words: list[str]) -> bool:
    """"Kouamé N'Dri Séraphin", "Gueu Zoh Bertin": a name of three words or more whose words
    but the last no dictionary knows as first names, and whose last word is one, puts the
    family name first (as Ivorian and Cameroonian usage does; not "Nor Azlina Hashim")."""
    return len(words) >= 3 and is_first_name(words[-1]) and not is_title_word(words[0]) and (
        not any(is_first_name(word) or first_name_gender(word) or word.endswith(".")
                for word in words[:-1]))  # (no initials: "S. Rajendran"; no compound first
    # name: "Jean-Bosco")


def is_title_word(word: str) -> bool:
    """A title, honorific or title modifier ("Sen.", "Mr", "former", "Deputy")."""
    return word.casefold().rstrip(".") in _title_keys()


def name_key(name: str, kind: str = "person") -> str:
    """A name as compared across articles: casefolded, accents stripped, possessive dropped,
    and for a person the titles before the name dropped ("Sen. José Núñez's" -> "jose nunez").

    A name made only of title words keeps them ("the President" -> "president").
    """
    tokens = name_words(name)
    if kind == "person":
        start = 0
        while start < len(tokens) - 1 and tokens[start] in _title_keys():
            start += 1
        tokens = tokens[start:]
    elif len(tokens) > 1 and tokens[0] in every_language_words("organisation_articles.txt"):
        tokens = tokens[1:]
    return " ".join(tokens)


def surname_key(name: str, kind: str = "person") -> str:
    """A person's last name token, generational suffixes aside ("Martin Luther King Jr." ->
    "king"); for any other kind of speaker, its ``name_key``."""
    key = name_key(name, kind)
    if kind != "person":
        return key
    tokens = key.split()
    suffixes = {s.rstrip(".") for s in lexicon().name_suffixes}
    while len(tokens) > 1 and tokens[-1] in suffixes:
        tokens.pop()
    return tokens[-1] if tokens else ""


def title_gender(words: Iterable[str]) -> str | None:
    """The gender an honorific among ``words`` tells ("Mrs" -> "female")."""
    honorifics = lexicon().honorifics
    for word in words:
        gender = honorifics.get(word.casefold())
        if gender is None:
            gender = honorifics.get(word.casefold() + ".")
        if gender:
            return gender
    return None


def is_honorific(word: str) -> bool:
    low = word.casefold()
    return low in lexicon().honorifics or low + "." in lexicon().honorifics


def spelt_out(word: str) -> str:
    """An abbreviated title spelt out ("Sen." -> "senator"); any other word in lower case."""
    low = word.casefold()
    return lexicon().spelt_out.get(low, low)


def person_gender(name: str) -> str | None:
    """The gender a person's first name tells, when the name has a first name (the word after
    the family name in "Tan Kai Ming")."""
    words = name.split()
    for size in (2, 1):  # "El Hadji Modou Sarr": the first name after the name's opener
        if len(words) > size + 1 and " ".join(words[:size]).lower() in every_language_words(
            "name_openers.txt"
        ):
            words = words[size:]
            break
    if len(words) > 2 and is_family_name_first(words[0]) and not first_name_gender(words[0]):
        return news_gender(words[1])
    if family_name_first_by_order(words):
        return news_gender(words[-1])
    if len(words) < 2:
        return None
    gender = news_gender(words[0])
    if gender and len(words) > 2 and not any(news_gender(word) == gender for word in words[1:-1]):
        # "Dré Kpan Odette", "Adjo Kossi Edmond": a family name written first may read as a
        # first name; a last word of the other gender, past no middle name of the first word's
        # gender ("Mary Beth Thomas"), leaves the order, and so the gender, unsure
        last = news_gender(words[-1])
        if last and last != gender:
            return None
    return gender


# --- roles -----------------------------------------------------------------------------------


def occupation_fields() -> dict[str, frozenset[str]]:
    return _occupation_fields_in(current_language())


@lru_cache(maxsize=8)
def _occupation_fields_in(language: str) -> dict[str, frozenset[str]]:
    """Each field's words folded as ``name_words`` folds a role ("émissaire" -> "emissaire")."""
    return {field: frozenset(folded(w) for w in words)
            for field, words in lexicon(language).occupation_fields().items()}


@lru_cache(maxsize=8)
def _distinct_occupations_in(language: str) -> dict[str, tuple[bool, str | None]]:
    """Each distinct occupation word: whether it names one post of its group ("yes:player", a
    striker) or the whole group ("player"), and the group (None for a word of its own)."""
    out: dict[str, tuple[bool, str | None]] = {}
    for word, value in lexicon(language).distinct_occupations.items():
        specific, _, group = value.partition(":") if value.startswith("yes") else ("", "", value)
        out[folded(word)] = (bool(specific), folded(group) or None)
    return out


def _same_person_may_be(a: tuple[bool, str | None], b: tuple[bool, str | None]) -> bool:
    """Two different occupation words of one group may name one person unless each names a
    post of its own ("l'attaquant" may be the captain, not the goalkeeper)."""
    return a[1] is not None and a[1] == b[1] and not (a[0] and b[0])


def folded(word: str) -> str:
    """A word as ``name_words`` compares it: casefolded, accents stripped."""
    return strip_accents(word).casefold()


def role_fields(roles: Iterable[str]) -> set[str]:
    """The occupation fields the roles name ("Russia's envoy in Geneva" -> {"diplomacy"})."""
    words = {spelt_out(w) for role in roles for w in name_words(role)}
    return {name for name, occupations in occupation_fields().items() if words & occupations}


def roles_conflict(first: Iterable[str], second: Iterable[str]) -> bool:
    """Across articles: both sets of roles name occupations and share no occupation field (a
    footballer and a senator are two people; a senator and a governor may be one)."""
    a, b = role_fields(first), role_fields(second)
    return bool(a) and bool(b) and not (a & b)


@cache
def feminine_endings(language: str) -> tuple[tuple[str, str], ...]:
    """(masculine, feminine) noun endings from ``data/<language>/feminine_endings.tsv``."""
    return tuple(optional_pairs(language, "feminine_endings.tsv"))


def feminine_forms(word: str) -> set[str]:
    """The feminine forms the current language's endings make of a masculine noun ("avocat"
    -> "avocate")."""
    return {word[: len(word) - len(m)] + f for m, f in feminine_endings(current_language())
            if word.endswith(m)}


def role_words(roles: Iterable[str]) -> set[str]:
    """Every word of the roles, abbreviations spelt out, plurals folded ("Sen." -> "senator"),
    and the head of a hyphenated title ("entraîneur-chef" -> "entraineur")."""
    out = set()
    for role in roles:
        for word in name_words(role):
            word = spelt_out(word)
            out.add(word)
            if word.endswith("s"):
                out.add(word[:-1])
            if "-" in word.strip("-"):
                out.add(word.split("-")[0])
    return out


def is_distinct_occupation(word: str) -> bool:
    """``word`` names an occupation that tells its holder apart ("juge", "présidente")."""
    return folded(word) in _distinct_occupations_in(current_language())


def occupation_differs(roles: Iterable[str], word: str) -> bool:
    """Within one article: ``word`` is an occupation and the roles name another occupation but
    not this one nor one of its group ("the judge" is not the person introduced as a lawyer;
    "l'attaquant" may be the one introduced as the team's captain)."""
    distinct = _distinct_occupations_in(current_language())
    word = folded(word)
    if word not in distinct:
        return False
    words = [w for w in role_words(roles) if w in distinct]
    return bool(words) and not any(
        w == word or _same_person_may_be(distinct[word], distinct[w]) for w in words)


# --- names across the corpus: clean names, prefixes, full-name keys, roles and aliases ----------
# Used by merging (``merging.decide``) and the store's write-time filters. Each function answers
# one question about one string; none changes the behaviour of the functions above.

# Quotation marks and brackets glued to a name by a bad span ('"Pence', "Trump'”").
_GLUED = "".join(sorted(QUOTATION_MARKS)) + "<>()[]{}*-\u2013\u2014,;:"


def clean_name(name: str) -> str:
    """A name with quotation marks, brackets and dashes glued to its ends removed and its spaces
    collapsed ('"Pence' -> "Pence", "Trump'”" -> "Trump")."""
    text = " ".join(name.split())
    previous = None
    while previous != text:
        previous = text
        text = text.strip(_GLUED + " ")
        if text.endswith(("'s", "\u2019s")) is False and text[-1:] in "'\u2019":
            text = text[:-1]
    return text


def is_description(name: str) -> bool:
    """A speaker "name" that is a description or a pronoun, not a name: it starts with a
    determiner, possessive or pronoun, or with a lower-case word ("the report", "An email",
    "my father", "officials")."""
    words = clean_name(name).split()
    return not words or starts_with_determiner(name) or not words[0][:1].isupper()


def starts_with_determiner(name: str) -> bool:
    """The name's first word is a determiner, possessive or pronoun ("the", "An", "my")."""
    words = clean_name(name).split()
    if not words:
        return False
    first = words[0]
    if len(first) > 1 and first.isupper():  # an acronym ("US President ..."), not "us"
        return False
    return first.casefold() in every_language_words("description_starts.txt")


def _prefix_words() -> dict[str, str]:
    """Party and place words written before names (data/<lang>/name_prefixes.tsv), by class."""
    return _prefix_words_in(current_language())


@lru_cache(maxsize=8)
def _prefix_words_in(language: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in data_text(language, "name_prefixes.tsv").splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 2 or cells[0] == "word":
            continue
        out[cells[0].strip().casefold()] = cells[1].strip()
    return out


def _is_prefix_word(word: str) -> bool:
    """A word that can stand before a person's name without being part of it: a title or
    honorific (singular or plural: "Reps.", "Senators"), an occupation ("Director"), a party or
    place word, an acronym of an organisation ("FBI", "U.N.") or a lower-case word."""
    low = word.casefold()
    bare = low.rstrip(".")
    if not word[:1].isupper():
        return low not in lexicon().name_particles
    if is_title_word(word) or low in _prefix_words() or bare in _prefix_words():
        return True
    if bare.endswith("s") and (is_title_word(bare[:-1]) or is_title_word(bare[:-1] + ".")):
        return True
    if bare in lexicon().occupations:
        return True
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def split_name_prefix(name: str) -> tuple[str, str]:
    """A person's name and the words before it that are no part of it: titles, offices, parties,
    places, organisation acronyms and lower-case descriptions ("Illinois Sen. Barack Obama" ->
    ("Barack Obama", "Illinois Sen."); "FBI Director James Comey" -> ("James Comey", "FBI
    Director"); "psychotherapist Fran Sherman" -> ("Fran Sherman", "psychotherapist")).

    Office names between titles ("House Speaker", "Senate Majority Leader") go with them: every
    word up to the last title or occupation word is prefix. Two words of name must remain, so a
    one-word name after a title ("Sen. Obama") keeps its title (``name_key`` drops it) and a
    name that is also a place ("Virginia Foxx") stays whole."""
    words = clean_name(name).split()
    cut = 0
    for index, word in enumerate(words[:-2]):
        low = word.casefold().rstrip(".")
        if is_title_word(word) or low in lexicon().occupations or low in _role_words()[1] or (
                low.endswith("s") and is_title_word(low[:-1])):
            cut = index + 1
    while cut < len(words) - 2 and _is_prefix_word(words[cut]):
        cut += 1
    if cut and words[cut].casefold() in _prefix_words():
        cut = 0  # the cut would split a place or party name ("New York Times")
    if cut and not all(_is_prefix_word(w) or w[:1].isupper() for w in words[:cut]):
        cut = 0
    return " ".join(words[cut:]), " ".join(words[:cut])


def person_name(name: str) -> str:
    """A person's name as the directory shows it: cleaned, prefix words stripped, and the titles
    before a surname alone dropped ("Sen. Obama" -> "Obama")."""
    words = split_name_prefix(name)[0].split()
    while len(words) > 1 and is_title_word(words[0]):
        words.pop(0)
    return " ".join(words)


def is_initial(word: str) -> bool:
    """A middle initial ("J.", "E", "W."): one letter, with or without its full stop."""
    return len(word.rstrip(".")) == 1 and word[:1].isalpha()


def full_key(name: str) -> str:
    """A person's first and last name as compared across articles, prefixes, titles, middle
    names and initials and suffixes dropped, a short first name spelt out ("Donald J. Trump" and
    "Republican Donald Trump" -> "donald trump"; "Joe Biden" -> "joseph biden"); "" for a name
    of one word (a surname alone)."""
    key = name_key(person_name(name)).split()
    suffixes = {s.rstrip(".") for s in lexicon().name_suffixes}
    while len(key) > 1 and key[-1] in suffixes:
        key.pop()
    if len(key) < 2:
        return ""
    first = lexicon().nicknames.get(key[0], key[0])  # "Joe Biden" is "Joseph R. Biden Jr."
    return f"{first} {key[-1]}"


def first_names_compatible(first: str, second: str) -> bool:
    """Two first names that may be one person's: equal, one the other's short form ("Joe",
    "Joseph"), or one the other's initial."""
    nicknames = lexicon().nicknames
    a, b = first.casefold().rstrip("."), second.casefold().rstrip(".")
    if a == b or nicknames.get(a, a) == nicknames.get(b, b):
        return True
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def name_gender(name: str) -> str | None:
    """The gender a person's name tells for certain: by its honorific ("Mrs. Clinton") or by a
    first name the name dictionary knows as only male or only female ("Bernie", mostly female
    in the dictionary, tells nothing)."""
    words = clean_name(name).split()
    by_title = title_gender(words)
    if by_title:
        return by_title
    bare = person_name(name).split()
    if len(bare) < 2 or is_initial(bare[0]):
        return None
    return _certain_gender(bare[0]) if first_name_gender(bare[0]) else None


@lru_cache(maxsize=4096)
def _certain_gender(first: str) -> str | None:
    try:
        import gender_guesser.detector as gd
    except ImportError:  # pragma: no cover - declared dependency
        return None
    guess = _detector(gd).get_gender(first)
    return guess if guess in ("male", "female") else None


@lru_cache(maxsize=1)
def _detector(module: Any) -> Any:
    return module.Detector(case_sensitive=False)


# Most words a role may have: longer ones are sentences or clauses caught by a bad span (the
# longest office in our fixtures, "Kestria's Permanent Representative to the UN Office in
# Geneva", has 9).
MAX_ROLE_WORDS = 12


@cache
def _role_words() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """Role heads that name what someone is without an occupation suffix, office words that end
    a prefix before a name with the titles ("Senate Majority Leader Harry Reid") and the
    suffixes of words that name what someone is (data/<lang>/role_heads.tsv and
    role_suffixes.txt, every language's)."""
    rows = [row for language in known_languages()
            for row in optional_pairs(language, "role_heads.tsv")]
    heads = frozenset(word for word, kind in rows if kind == "head")
    offices = heads | frozenset(word for word, kind in rows if kind == "office")
    suffixes = tuple(sorted(every_language_words("role_suffixes.txt")))
    return heads, offices, suffixes


def is_role(role: str) -> bool:
    """Whether ``role`` names an office or a job ("former Florida governor", "Clinton campaign
    chairman"), not a sentence, a verb phrase, an honorific or a party tag ("close loopholes",
    "himself", "Mr.", "R-Wis.")."""
    words = clean_name(role).split()
    if not words or len(words) > MAX_ROLE_WORDS:
        return False
    bare = [w.casefold().strip(".,;:") for w in words]
    clause_words = every_language_words("clause_words.txt")
    if any(w in clause_words for w in bare):
        return False
    if all(is_honorific(w) or w.rstrip(".") in _prefix_words() or is_initial(w)
           or w.rstrip(".") in lexicon().title_modifiers for w in bare):
        return False
    if re.fullmatch(r"\(?[RDI](-[A-Za-z.]+)?\)?", words[0]) and len(words) == 1:
        return False  # a party-state tag ("R-Wis.", "D-Nev."): an affiliation, not a role
    heads, _, suffixes = _role_words()
    return any(
        (is_title_word(w) and w.rstrip(".") not in lexicon().title_modifiers)
        or w in lexicon().occupations or w in heads
        or (w.endswith(suffixes) and len(w) > 4)
        for w in (b.rstrip("s") if b.endswith("s") and len(b) > 4 else b for b in bare)
    )


def is_person_alias(alias: str, name: str) -> bool:
    """Whether ``alias`` may name the person called ``name``: the same surname (alone, with a
    title, or with a compatible first name) or the same full name. Common words ("Video"),
    other people's names ("Bill Clinton" for Hillary Clinton) and fragments ("-H") are not."""
    if is_description(alias) or not any(c.isalpha() for c in alias):
        return False
    alias_words = name_key(person_name(alias)).split()
    name_words_ = name_key(person_name(name)).split()
    if not alias_words or not name_words_:
        return False
    if surname_key(person_name(alias)) != surname_key(person_name(name)):
        return False
    if len(alias_words) == 1 or len(name_words_) == 1:
        return True
    if (len(alias_words) < len(name_words_) and alias_words[0] in surname_particles()
            and name_words_[-len(alias_words):] == alias_words):
        return True  # "Le Floch" for "Anne Le Floch"
    return first_names_compatible(alias_words[0], name_words_[0])


def surname_particles() -> frozenset[str]:
    """The current language's words that open a surname ("Le Floch", "De Smet")."""
    return _surname_particles_in(current_language())


@cache
def _surname_particles_in(language: str) -> frozenset[str]:
    """``data/<lang>/surname_particles.txt``: words that open a surname ("Le Floch"); none for
    a language without the file."""
    return optional_words(language, "surname_particles.txt")


# --- the words before a name: role, party and place ----------------------------------------------

# A party-state tag after a US legislator's name: "Rep. Jim Clyburn (D-S.C.)".
_PARTY_TAG = re.compile(r"\s*(?:\(\s*|,\s*)([RDIL])\s*[-–]\s*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)"
                        r"\s*(?:\)|,|\.(?:\s|$))")


def title_fields(title: str | None) -> tuple[str | None, str | None, str | None]:
    """(role, party, place) from the words written before a name: "Vermont Sen." -> ("Sen.",
    None, "Vermont"); "Republican" -> (None, "Republican", None); "Mr." -> (None, None, None)."""
    role: list[str] = []
    party: list[str] = []
    place: list[str] = []
    for word in (title or "").split():
        kind = _prefix_words().get(word.casefold(), _prefix_words().get(word.casefold() + "."))
        if is_honorific(word):
            if spelt_out(word) != word.casefold() and not role:
                role.append(spelt_out(word))  # "Me" (Maître): a lawyer
            continue
        if kind == "party" and not role:
            party.append(word)
        elif kind == "place" and not role:
            place.append(word)
        else:
            role.append(word)
    return (" ".join(role) or None, " ".join(party) or None, " ".join(place) or None)


def party_tag(text_after: str) -> tuple[str, str] | None:
    """(party, place) from a party-state tag opening ``text_after`` ("(D-S.C.)" -> ("D",
    "S.C."))."""
    match = _PARTY_TAG.match(text_after)
    return (match.group(1), match.group(2)) if match else None
