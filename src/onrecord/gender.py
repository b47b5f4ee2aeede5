"""Gender from a first name, with the gender-guesser package (an offline dictionary of about
40,000 first names by country). Used for pronoun agreement and the sources-balance counts: a
guess, so a name it does not know, or knows as both, tells nothing."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from onrecord.lexicon import known_languages, optional_lines, optional_rows, per_language


@lru_cache(maxsize=1)
def _gender_detector() -> object | None:
    try:
        import gender_guesser.detector as gd
    except ImportError:  # pragma: no cover - declared dependency
        return None
    return gd.Detector(case_sensitive=False)


@lru_cache(maxsize=4096)
def first_name_gender(name: str) -> str | None:
    """'male' / 'female' from a first name, or None when the name does not tell."""
    det = _gender_detector()
    if det is None or not name:
        return None
    if name.casefold() in _first_names():  # ours first: "Amel" is a woman in Tunisian news
        return _first_names()[name.casefold()]
    guess = det.get_gender(name)  # type: ignore[attr-defined]
    plain = _unaccented(name)
    if guess == "unknown" and plain != name:  # "Siobhán", "Maëva": the dictionary's spelling
        return first_name_gender(plain)
    if guess == "unknown" and "-" in name.strip("-"):
        # a compound first name the dictionary lacks ("Marie-Ève"): its parts, when they agree,
        # else its first part when that is a name of one gender only and the others are first
        # names too ("Marie-Claude"; not "Noble-Combe", a place)
        parts = [part for part in name.split("-") if part]
        genders = {first_name_gender(part) for part in parts}
        if len(genders) == 1:
            return genders.pop()
        first = det.get_gender(parts[0])  # type: ignore[attr-defined]
        others_named = all(det.get_gender(part) != "unknown"  # type: ignore[attr-defined]
                           for part in parts[1:])
        return first if first in ("male", "female") and others_named else None
    if guess.startswith("mostly_"):
        # A name mostly of one gender overall but not in the US or Britain ("Bernie") tells
        # nothing in English news.
        for country in _english_news_countries():
            local = det.get_gender(name, country)  # type: ignore[attr-defined]
            if local not in (guess, guess.removeprefix("mostly_"), "unknown"):
                return None
    if guess in ("male", "mostly_male"):
        return "male"
    if guess in ("female", "mostly_female"):
        return "female"
    return None


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """First names the dictionary lacks, with their gender, from every language's
    data/<lang>/first_names.tsv (names cross languages: "Ousmane" in English news too)."""
    return {row[0].casefold(): row[1] for language in known_languages()
            for row in optional_rows(language, "first_names.tsv", 2)}


def listed_first_name(name: str) -> bool:
    """``name`` is a first name our own lists have (data/<lang>/first_names.tsv), not only the
    dictionary: "Pape" (Senegal), not "Shri", an honorific the dictionary also knows as a name."""
    return name.casefold() in _first_names()


def _unaccented(name: str) -> str:
    """The name without its accents ("Siobhán" -> "Siobhan")."""
    return "".join(c for c in unicodedata.normalize("NFD", name)
                   if unicodedata.category(c) != "Mn")


@lru_cache(maxsize=1)
def _english_news_countries() -> tuple[str, ...]:
    """The countries whose first-name readings count for a name that is only mostly of one
    gender, in every language: English's (data/en/name_countries.txt)."""
    return tuple(optional_lines("en", "name_countries.txt"))


def news_gender(name: str) -> str | None:
    """The gender a first name tells in the current language's news: ``first_name_gender``,
    unless a country whose news the language reads (data/<lang>/name_countries.txt) gives the
    name mostly to the other gender ("Jean", a man's name overall, is mostly a woman's in the
    United States and Britain, and so tells nothing in English; in French it is a man's)."""
    gender = first_name_gender(name)
    if gender is None:
        return None
    return _news_gender(name, gender, _news_countries())


@per_language
def _news_countries() -> tuple[str, ...]:
    return tuple(optional_lines(None, "name_countries.txt"))


@lru_cache(maxsize=4096)
def _news_gender(name: str, gender: str, countries: tuple[str, ...]) -> str | None:
    det = _gender_detector()
    for country in countries:
        local = det.get_gender(name, country).removeprefix("mostly_")  # type: ignore[attr-defined]
        if local in ("male", "female") and local != gender:
            return None
    return gender


@lru_cache(maxsize=4096)
def also_a_name_of(name: str, gender: str) -> bool:
    """Whether some country gives the first name, mostly, to ``gender`` though the dictionary
    gives it to the other overall ("Rosario", a man's name, is mostly a woman's in Spain)."""
    det = _gender_detector()
    if det is None or name.casefold() in _first_names():
        return False
    return any(det.get_gender(name, country).removeprefix("mostly_") == gender  # type: ignore[attr-defined]
               for country in det.COUNTRIES)  # type: ignore[attr-defined]


def sure_of_first_name(name: str) -> bool:
    """Whether the gender a first name tells holds in every country the language's news reads:
    "John" is a man's everywhere, "Nat" only mostly a man's in the United States and "Alex"
    either in Britain, so "Ms Pham" may well be Nat Pham and not his wife."""
    if name.casefold() in _first_names():
        return True  # data/<lang>/first_names.tsv: compiled for the news the language reads
    det = _gender_detector()
    if det is None:
        return False
    gender = det.get_gender(name)  # type: ignore[attr-defined]
    if gender == "unknown" and _unaccented(name) != name:
        return sure_of_first_name(_unaccented(name))
    return gender in ("male", "female") and all(
        det.get_gender(name, country) in (gender, "unknown")  # type: ignore[attr-defined]
        for country in (*_news_countries(), *_doubting_countries()))


@per_language
def _doubting_countries() -> tuple[str, ...]:
    """Countries whose reading of a first name, where it differs, leaves the name's gender
    unsure without counting against it ("Mattie", a woman's name in the US, is a man's in
    Ireland: "Mr Conlon" may be Mattie Conlon): data/<lang>/doubting_name_countries.txt."""
    return tuple(optional_lines(None, "doubting_name_countries.txt"))


def known_as_written(name: str) -> bool:
    """Whether the dictionary knows a first name with the accents it is written with: "Hédi"
    (a Tunisian man's name) is only read through "Hedi", a German woman's."""
    det = _gender_detector()
    return name.casefold() in _first_names() or (
        det is not None and det.get_gender(name) != "unknown")  # type: ignore[attr-defined]


def is_first_name(name: str) -> bool:
    """Whether the dictionary knows ``name`` as a first name at all, of either gender or of
    both ("Camille", "Dominique")."""
    det = _gender_detector()
    if det is None or not name:
        return False
    if name.casefold() in _first_names() or (
        det.get_gender(name) != "unknown"  # type: ignore[attr-defined]
    ):
        return True
    return _unaccented(name) != name and is_first_name(_unaccented(name))
