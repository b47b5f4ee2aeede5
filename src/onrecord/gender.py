"""Gender from a first name, with the gender-guesser package (an offline dictionary of about
40,000 first names by country). Used for pronoun agreement and the sources-balance counts: a
guess, so a name it does not know, or knows as both, tells nothing."""

from __future__ import annotations

from functools import lru_cache


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
    guess = det.get_gender(name)  # type: ignore[attr-defined]
    if guess == "unknown" and "-" in name.strip("-"):
        # a compound first name the dictionary lacks ("Marie-Ève"): its parts, when they agree
        genders = {first_name_gender(part) for part in name.split("-") if part}
        return genders.pop() if len(genders) == 1 else None
    if guess.startswith("mostly_"):
        # A name mostly of one gender overall but not in the US or Britain ("Bernie") tells
        # nothing in English news.
        for country in _ENGLISH_NEWS_COUNTRIES:
            local = det.get_gender(name, country)  # type: ignore[attr-defined]
            if local not in (guess, guess.removeprefix("mostly_"), "unknown"):
                return None
    if guess in ("male", "mostly_male"):
        return "male"
    if guess in ("female", "mostly_female"):
        return "female"
    return None


# The countries whose first-name readings count for a name that is only mostly of one gender.
_ENGLISH_NEWS_COUNTRIES = ("usa", "great_britain")
