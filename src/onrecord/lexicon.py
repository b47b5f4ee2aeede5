"""The words a language's news uses to name and describe speakers, read from data files.

Each language has a folder ``data/<lang>/`` (English: ``data/en/``) holding:

* ``speech_verbs.txt``: reporting verbs ("say", "point out");
* ``frames.tsv``: verb frames learnt from annotated news (see ``frames.py``);
* ``titles.tsv``: honorifics and titles written before a name ("Mr", "Sen.", "Detective");
* ``occupations.tsv``: occupation words and their fields ("striker": sport);
* ``nouns.tsv``: head nouns of organisations, groups, anonymous sources and documents;
* ``pronouns.tsv``: the pronouns that can stand for a speaker and what they agree with;
* ``names.tsv``: name particles ("de", "van"), generational suffixes, transcript questioner and
  answerer labels;
* ``nicknames.tsv``: short first names that stand for one formal name ("Joe": Joseph);
* ``organisation_types.tsv``: the words of a name that show an organisation's kind ("FC": a club);
* ``determiners.txt``: words that open a noun phrase without being part of it ("the", "two");
* ``articles.txt``: articles dropped from a description compared or kept as a role ("the");
* ``speech_forms.txt``, ``after_quote.txt``: written forms of reporting verbs and the function
  words that can follow a closing quotation mark, for the stages that run before the parser.

Every file notes where its words come from. The engine holds no word list of its own: it asks
``lexicon()`` (docs/how-it-works.md says how to add a language).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache, wraps
from importlib import resources
from typing import Any, ParamSpec, TypeVar

from onrecord.errors import UnknownLanguage

DEFAULT_LANGUAGE = "en"

# The language of the article being read: every stage that asks ``lexicon()`` gets its words.
_CURRENT_LANGUAGE: ContextVar[str] = ContextVar("onrecord_language", default=DEFAULT_LANGUAGE)


def current_language() -> str:
    """The ISO 639-1 code of the language being read ("en" unless ``using_language`` says)."""
    return _CURRENT_LANGUAGE.get()


@contextmanager
def using_language(language: str) -> Iterator[str]:
    """Read in ``language`` inside the ``with`` block: ``lexicon()`` and every per-language
    table answer for it; the language before is restored on leaving (threads and asyncio tasks
    each keep their own)."""
    token = _CURRENT_LANGUAGE.set(language)
    try:
        yield language
    finally:
        _CURRENT_LANGUAGE.reset(token)


@dataclass(frozen=True)
class Lexicon:
    """One language's speaker vocabulary, every word in lower case."""

    language: str
    honorifics: dict[str, str | None]  # honorific -> gender it tells ("male", "female") or None
    titles: frozenset[str]  # offices and ranks kept as a role
    title_modifiers: frozenset[str]  # words that qualify a title ("former", "deputy")
    spelt_out: dict[str, str]  # abbreviation -> full word ("sen." -> "senator")
    occupations: dict[str, str]  # occupation word -> field ("-" when it names no field)
    # word -> "yes", "yes:<group>" or "<group>" (occupations.tsv): two of these that are not
    # of one group in one article are two people
    distinct_occupations: dict[str, str]
    organisation_nouns: frozenset[str]  # every organisation head noun, types included
    organisation_types: frozenset[str]  # "company", "club": stand for the article's organisation
    document_nouns: frozenset[str]  # "the report", "the statement": speak for their issuer
    message_nouns: frozenset[str]  # "the statement", "the letter": the last speaker's own words
    group_nouns: frozenset[str]
    anonymous_nouns: frozenset[str]
    pronouns: dict[str, str]  # pronoun -> "male", "female", "plural" or "organisation"
    name_particles: frozenset[str]
    name_suffixes: frozenset[str]
    questioner_labels: frozenset[str]
    answerer_labels: frozenset[str]  # "Réponse :": the guest the introduction names
    caller_labels: frozenset[str]  # "AUDITRICE :": the one the host's last line named
    regnal_titles: frozenset[str]  # titles that stay with a first name ("Prince Harry")
    postnominals: frozenset[str]  # "KC", "OBE": after a name, never part of it
    first_name_honorifics: frozenset[str]  # "Sir", "Dame": "Sir Geoffrey" is Geoffrey Pallister
    nicknames: dict[str, str]  # "joe" -> "joseph": short forms of one formal first name
    organisation_type_words: dict[str, frozenset[str]]  # "club" -> {"fc", "united", ...}
    speech_forms: frozenset[str]  # "said", "says", "told", "according": cues without a parse
    after_quote: frozenset[str]  # function words that can follow a closing quotation mark
    negations: frozenset[str]  # "not", "never": a variant that changes one is reworded
    determiners: frozenset[str]  # "the", "two": open a noun phrase, no part of a role or name
    articles: frozenset[str]  # "the", "a": dropped from a description compared or kept
    place_like_name_words: frozenset[str]  # "town", "air": end places' names too

    @cached_property
    def organisation_name_words(self) -> frozenset[str]:
        """Words that end only an organisation's name ("FC", "Ltd", "Constabulary")."""
        words = frozenset().union(*self.organisation_type_words.values())
        return (words | self.organisation_nouns) - self.place_like_name_words

    @property
    def title_words(self) -> frozenset[str]:
        """Every word that may stand before a name without being part of it."""
        return frozenset(self.honorifics) | self.titles | self.title_modifiers

    def occupation_fields(self) -> dict[str, frozenset[str]]:
        """Field -> its occupation words (words of no field left out)."""
        fields: dict[str, set[str]] = {}
        for word, field_name in self.occupations.items():
            if field_name != "-":
                fields.setdefault(field_name, set()).add(word)
        return {name: frozenset(words) for name, words in fields.items()}


_LEXICONS: dict[str, Lexicon] = {}

_P = ParamSpec("_P")
_R = TypeVar("_R")


def per_language(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """Cache ``func`` like ``functools.cache`` but once per current language: a table built
    from ``lexicon()`` or ``data_text(None, ...)`` is built again for each language it is
    asked in (arguments must be hashable)."""
    cached: Callable[..., _R] = lru_cache(maxsize=None)(
        lambda language, *args, **kwargs: func(*args, **kwargs))

    @wraps(func)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        return cached(_CURRENT_LANGUAGE.get(), *args, **kwargs)

    wrapper.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    return wrapper


def lexicon(language: str | None = None) -> Lexicon:
    """The lexicon of ``language`` (an ISO 639-1 code), or of the current language (see
    ``using_language``) when None; read once per language from ``data/<language>/``. Raises
    UnknownLanguage when onrecord has no lexicon for it."""
    code = _CURRENT_LANGUAGE.get() if language is None else language
    lex = _LEXICONS.get(code)
    if lex is None:
        lex = _LEXICONS[code] = _load(code)
    return lex


def has_lexicon(language: str) -> bool:
    """Whether onrecord has a lexicon (a ``data/<language>/`` folder) for ``language``."""
    return language in _LEXICONS or (
        language.isalpha()
        and resources.files("onrecord").joinpath(f"data/{language}/titles.tsv").is_file()
    )


def known_languages() -> list[str]:
    """The codes of every language onrecord has a lexicon for, sorted."""
    return sorted(p.name for p in resources.files("onrecord").joinpath("data").iterdir()
                  if p.is_dir() and p.joinpath("titles.tsv").is_file())


def _load(language: str) -> Lexicon:
    if not has_lexicon(language):
        raise UnknownLanguage(
            f"no lexicon for language {language!r}; onrecord has {', '.join(known_languages())} "
            "(docs/languages.md says how to add one)"
        )
    titles = _table(language, "titles.tsv")
    nouns = _table(language, "nouns.tsv")
    names = _table(language, "names.tsv")
    occupations = _table(language, "occupations.tsv")

    def with_class(rows: list[list[str]], *classes: str) -> frozenset[str]:
        return frozenset(row[0] for row in rows if row[1] in classes)

    honorifics = {
        row[0]: {"honorific-male": "male", "honorific-female": "female"}.get(row[1])
        for row in titles if row[1].startswith("honorific")
    }
    return Lexicon(
        language=language,
        honorifics=honorifics,
        titles=with_class(titles, "title"),
        title_modifiers=with_class(titles, "modifier"),
        spelt_out={row[0]: row[2] for row in titles if len(row) > 2 and row[2]},
        occupations={row[0]: row[1] for row in occupations},
        distinct_occupations={row[0]: row[2] for row in occupations
                              if row[2:] and row[2] != "no"},
        organisation_nouns=with_class(nouns, "organisation", "organisation-type"),
        organisation_types=with_class(nouns, "organisation-type"),
        document_nouns=with_class(nouns, "document", "message"),
        message_nouns=with_class(nouns, "message"),
        group_nouns=with_class(nouns, "group"),
        anonymous_nouns=with_class(nouns, "anonymous"),
        pronouns={row[0]: row[1] for row in _table(language, "pronouns.tsv")},
        name_particles=with_class(names, "particle"),
        name_suffixes=with_class(names, "suffix"),
        questioner_labels=with_class(names, "questioner"),
        answerer_labels=with_class(names, "answerer"),
        caller_labels=with_class(names, "caller"),
        regnal_titles=with_class(names, "regnal"),
        postnominals=with_class(names, "postnominal"),
        first_name_honorifics=with_class(names, "first-name-honorific"),
        nicknames={row[0]: row[1] for row in _table(language, "nicknames.tsv")},
        speech_forms=_words(language, "speech_forms.txt"),
        after_quote=_words(language, "after_quote.txt"),
        negations=_words(language, "negations.txt"),
        determiners=_words(language, "determiners.txt"),
        articles=_words(language, "articles.txt"),
        place_like_name_words=optional_words(language, "place_like_name_words.txt"),
        organisation_type_words={
            row[0]: frozenset(row[1].split()) for row in _table(language, "organisation_types.tsv")
        },
    )


def data_text(language: str | None, filename: str) -> str:
    """The text of one of a language's data files (of the current language when None)."""
    if language is None:
        language = _CURRENT_LANGUAGE.get()
    path = resources.files("onrecord").joinpath(f"data/{language}/{filename}")
    return path.read_text("utf-8")


def speech_verbs() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """(single-word lemmas, lemma -> required particles) of the current language, read from
    ``data/<lang>/speech_verbs.txt``."""
    return _speech_verbs(current_language())


@lru_cache(maxsize=8)
def _speech_verbs(language: str) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    single: set[str] = set()
    particles: dict[str, set[str]] = {}
    text = data_text(language, "speech_verbs.txt")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        words = line.split()
        if len(words) == 1:
            single.add(words[0])
        else:
            particles.setdefault(words[0], set()).add(words[1])
    return frozenset(single), {k: frozenset(v) for k, v in particles.items()}


def optional_lines(language: str | None, filename: str) -> list[str]:
    """The lines of one of a language's optional data files, without comments and empty lines,
    as written (a line may map a space: ``parser_characters.tsv``); none when the language has
    no such file (English has no ``surname_particles.txt``)."""
    try:
        text = data_text(language, filename)
    except FileNotFoundError:
        return []
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def optional_json(language: str | None, filename: str) -> Any:
    """The parsed content of one of a language's optional JSON data files (a fitted model's
    weights); None when the language has no such file."""
    try:
        return json.loads(data_text(language, filename))
    except FileNotFoundError:
        return None


def optional_words(language: str | None, filename: str) -> frozenset[str]:
    """The entries of an optional one-entry-a-line data file, lower-cased (an entry may be a
    phrase: "ce dernier"); none when the language has no such file."""
    return frozenset(line.strip().lower() for line in optional_lines(language, filename))


@cache
def every_language_words(filename: str) -> frozenset[str]:
    """The entries of an optional one-entry-a-line data file of every language together: for
    words met whatever the article's language (names and roles cross languages in a corpus)."""
    return frozenset().union(*(optional_words(language, filename)
                               for language in known_languages()))


def optional_rows(language: str | None, filename: str, columns: int) -> list[tuple[str, ...]]:
    """The rows of ``columns`` cells of an optional tab-separated data file, after its header
    row, each cell stripped; none when the language has no such file."""
    rows = [line.split("\t") for line in optional_lines(language, filename)[1:]]
    return [tuple(cell.strip() for cell in row) for row in rows if len(row) == columns]


def optional_pairs(language: str | None, filename: str) -> list[tuple[str, str]]:
    """The two-column rows of an optional tab-separated data file, after its header row; none
    when the language has no such file."""
    return [(row[0], row[1]) for row in optional_rows(language, filename, 2)]


def _words(language: str, filename: str) -> frozenset[str]:
    """The words of a one-word-a-line data file."""
    return frozenset(row[0] for row in _rows(data_text(language, filename)))


def _table(language: str, filename: str) -> list[list[str]]:
    """The rows of a tab-separated data file, without comments and the header row."""
    rows = list(_rows(data_text(language, filename)))
    return rows[1:] if rows else rows


def _rows(text: str) -> Iterator[list[str]]:
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield [cell.strip().lower() for cell in line.split("\t")]
