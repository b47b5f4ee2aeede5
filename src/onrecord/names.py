"""Names and roles as strings: what is a person's name, what is a title, when two roles cannot be
one person's. Shared by the resolver (one article) and merging (across articles); the words come
from the language's lexicon (``lexicon.py``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from onrecord.gender import first_name_gender
from onrecord.lexicon import lexicon

# Articles before an organisation's name: "the Kremlin" is "Kremlin".
_ORGANISATION_ARTICLES = frozenset({"the"})

APOSTROPHES = "'\u2019\u2018\u02bc\u0060\u00b4"
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


@lru_cache(maxsize=1)
def _title_keys() -> frozenset[str]:
    """Title words as ``name_words`` leaves them ("sen." -> "sen"), with "the"."""
    return frozenset(w.rstrip(".") for w in lexicon().title_words) | {"the"}


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
    elif len(tokens) > 1 and tokens[0] in _ORGANISATION_ARTICLES:
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
    """The gender a person's first name tells, when the name has a first name."""
    words = name.split()
    return first_name_gender(words[0]) if len(words) > 1 else None


# --- roles -----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def occupation_fields() -> dict[str, frozenset[str]]:
    return lexicon().occupation_fields()


def role_fields(roles: Iterable[str]) -> set[str]:
    """The occupation fields the roles name ("Russia's envoy in Geneva" -> {"diplomacy"})."""
    words = {spelt_out(w) for role in roles for w in name_words(role)}
    return {name for name, occupations in occupation_fields().items() if words & occupations}


def roles_conflict(first: Iterable[str], second: Iterable[str]) -> bool:
    """Across articles: both sets of roles name occupations and share no occupation field (a
    footballer and a senator are two people; a senator and a governor may be one)."""
    a, b = role_fields(first), role_fields(second)
    return bool(a) and bool(b) and not (a & b)


def role_words(roles: Iterable[str]) -> set[str]:
    """Every word of the roles, abbreviations spelt out, plurals folded ("Sen." -> "senator")."""
    out = set()
    for role in roles:
        for word in name_words(role):
            word = spelt_out(word)
            out.add(word)
            if word.endswith("s"):
                out.add(word[:-1])
    return out


def occupation_differs(roles: Iterable[str], word: str) -> bool:
    """Within one article: ``word`` is an occupation and the roles name another occupation but
    not this one ("the judge" is not the person introduced as a lawyer)."""
    distinct = lexicon().distinct_occupations
    if word not in distinct:
        return False
    words = role_words(roles)
    return word not in words and any(w in distinct for w in words)
