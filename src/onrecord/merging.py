"""Merging speakers across articles: "Alexei Borodavkin" in one article and "Borodavkin,
Russia's envoy in Geneva" in another are one speaker; two John Smiths with different jobs are not.

The merge is conservative, because a wrong merge puts words in someone else's mouth while a
missed one only splits a speaker's quotes in two:

* Only persons and organisations merge. Groups ("police", "officials") and anonymous sources
  ("a person familiar with the talks") are different speakers in every article: the police of
  Lyon are not the police of Leeds.
* Persons with the same full name (titles, accents, case and possessives aside) merge unless
  their roles name occupations of different fields (a footballer and a senator). Different full
  names never merge ("John Smith", "Jane Smith").
* A person named by surname alone merges with a person of that surname only when their roles
  share a telling word, a place or an organisation rather than a job title ("Russia's envoy in
  Geneva" and "Russian envoy to the UN in Geneva" share Russia and Geneva; "a spokesman" and
  "spokesman for the club" share nothing telling), and do not conflict. The surname alone is
  no evidence: most people are named by surname after their first mention.
* Organisations merge when their names are the same, or one is an alias of the other.
* A user's alias file (``AliasTable``) overrides the name rules: names listed under one
  canonical name merge, names under different canonical names never do, and a name marked
  ``split`` (an ambiguous name shared by several people) never merges across articles.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from onrecord.errors import AliasFileError
from onrecord.names import (
    name_key,
    name_words,
    occupation_fields,
    roles_conflict,
    surname_key,
)

__all__ = ["AliasEntry", "AliasFileError", "AliasTable", "SpeakerRecord", "name_key",
           "roles_conflict", "same_speaker", "surname_key"]


@dataclass
class SpeakerRecord:
    """A speaker as stored across articles: every alias, role and outlet seen so far."""

    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)


# --- roles -----------------------------------------------------------------------------------

# Words that carry no identity in a role: "the spokesman for the ministry of health".
_ROLE_STOPWORDS = frozenset({
    "the", "a", "an", "of", "in", "to", "for", "and", "or", "at", "on", "with", "by", "from",
    "former", "new", "then", "who", "is", "was", "its", "his", "her", "their", "s", "said",
})
# Role words too common to tell two people apart on their own: "Smith, a spokesman" and "John
# Smith, spokesman for the club" may be two spokesmen. With the occupation words above they do
# not count as evidence for a surname-only merge; a place or an organisation does.
GENERIC_ROLE_WORDS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "official", "officials", "member", "head",
    "chief", "leader", "director", "manager", "deputy", "senior", "assistant", "adviser",
    "advisor", "aide", "owner", "resident", "local", "worker", "employee", "staff", "source",
    "told", "says", "added", "according", "general", "vice", "acting", "interim", "national",
    "party", "company", "group", "office", "department",
})
# Role words are compared by their first letters so that "Russia's" meets "Russian" and
# "envoys" meets "envoy".
_ROLE_STEM = 6
_MIN_ROLE_WORD = 3


def _role_words(roles: Iterable[str]) -> set[str]:
    """The stems of the words in the roles that can tell one person from another."""
    return {
        word[:_ROLE_STEM]
        for role in roles
        for word in name_words(role)
        if len(word) >= _MIN_ROLE_WORD and word not in _ROLE_STOPWORDS
    } - _UNTELLING_STEMS


_UNTELLING_STEMS = frozenset(
    word[:_ROLE_STEM]
    for word in GENERIC_ROLE_WORDS.union(*occupation_fields().values())
)


# --- the merge rule --------------------------------------------------------------------------

# Kinds that never merge across articles: "police" in Lyon and "police" in Leeds are two
# speakers, and so are two anonymous sources; an unknown kind is no evidence either way.
UNMERGED_KINDS = frozenset({"group", "anonymous", "unknown"})


def same_speaker(a: SpeakerRecord, b: SpeakerRecord, aliases: AliasTable | None = None) -> bool:
    """Whether two speaker records from different articles are one speaker (see module doc)."""
    if a.kind != b.kind or a.kind in UNMERGED_KINDS:
        return False
    if aliases is not None:
        decided = aliases.decide(_all_names(a), _all_names(b))
        if decided is not None:
            return decided
    if a.kind == "organisation":
        return _same_organisation(a, b)
    if a.kind == "person":
        return _same_person(a, b)
    return False


def _all_names(record: SpeakerRecord) -> list[str]:
    return [record.name, *record.aliases]


def _same_organisation(a: SpeakerRecord, b: SpeakerRecord) -> bool:
    keys_a = {name_key(n, "organisation") for n in _all_names(a)} - {""}
    keys_b = {name_key(n, "organisation") for n in _all_names(b)} - {""}
    return name_key(a.name, "organisation") in keys_b or name_key(b.name, "organisation") in keys_a


def _same_person(a: SpeakerRecord, b: SpeakerRecord) -> bool:
    if roles_conflict(a.roles, b.roles):
        return False
    full_a, full_b = _full_names(a), _full_names(b)
    if full_a and full_b:
        return bool(full_a & full_b)
    surname_a, surname_b = surname_key(a.name), surname_key(b.name)
    if not surname_a or surname_a != surname_b:
        return False
    # One of them (or both) is known by surname only: the roles must name the same place or
    # organisation.
    return bool(_role_words(a.roles) & _role_words(b.roles))


def _full_names(record: SpeakerRecord) -> set[str]:
    """The name keys of two or more words among the record's name and aliases."""
    keys = {name_key(n) for n in _all_names(record)}
    return {k for k in keys if len(k.split()) >= 2}


# --- alias files -----------------------------------------------------------------------------


@dataclass
class AliasEntry:
    """What a user's alias file says about a name: its canonical form, its Wikidata QID, and
    whether it is an ambiguous name that must never be merged across articles."""

    canonical: str
    qid: str | None = None
    split: bool = False


_QID = re.compile(r"^Q[1-9][0-9]*$")
_TRUE = frozenset({"1", "true", "yes", "y", "split"})
_FALSE = frozenset({"", "0", "false", "no", "n"})


class AliasTable:
    """Canonical names and their aliases from a user's CSV or JSON file, looked up by name key.

    CSV: a header row with ``canonical``, ``aliases`` (separated by ``|``), ``qid`` and an
    optional ``split`` column (true/false, yes/no, 1/0). JSON: a list of objects with the same
    keys, ``aliases`` a list of strings (or a ``|``-separated string).
    """

    def __init__(self, entries: Iterable[tuple[AliasEntry, Iterable[str]]] = ()) -> None:
        self._by_key: dict[str, AliasEntry] = {}
        for entry, names in entries:
            self.add(entry, names)

    def add(self, entry: AliasEntry, names: Iterable[str] = ()) -> None:
        """Register ``entry`` under its canonical name and each alias; a later entry wins."""
        for name in [entry.canonical, *names]:
            key = name_key(name)
            if key:
                self._by_key[key] = entry

    def __len__(self) -> int:
        return len({id(entry) for entry in self._by_key.values()})

    def lookup(self, name: str) -> AliasEntry | None:
        """The entry whose canonical name or an alias has the same ``name_key`` as ``name``."""
        return self._by_key.get(name_key(name))

    def decide(self, first: Iterable[str], second: Iterable[str]) -> bool | None:
        """True or False when the table settles whether two speakers' names are one speaker,
        None when it says nothing about one of them.

        A ``split`` entry on either side: False. Both found: whether it is the same entry.
        """
        entry_a, entry_b = self._find(first), self._find(second)
        if (entry_a is not None and entry_a.split) or (entry_b is not None and entry_b.split):
            return False
        if entry_a is None or entry_b is None:
            return None
        return entry_a.canonical == entry_b.canonical

    def _find(self, names: Iterable[str]) -> AliasEntry | None:
        for name in names:
            entry = self.lookup(name)
            if entry is not None:
                return entry
        return None

    @classmethod
    def load(cls, path: str | Path) -> AliasTable:
        """Read a ``.csv`` or ``.json`` alias file; raises AliasFileError naming the problem."""
        source = str(path)
        try:
            with open(path, encoding="utf-8-sig", newline="") as stream:
                if Path(path).suffix.lower() == ".json":
                    rows = list(_json_rows(stream.read(), source))
                else:
                    rows = list(_csv_rows(stream, source))
        except FileNotFoundError:
            raise AliasFileError("no such alias file; check the path", source=source) from None
        except UnicodeDecodeError:
            raise AliasFileError(
                "alias file is not UTF-8 text; save it as UTF-8 CSV or JSON", source=source
            ) from None
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise AliasFileError(f"cannot read alias file ({reason})", source=source) from None
        return cls(_entry(row, f"{source}:{where}") for where, row in rows)


def _csv_rows(stream: Any, source: str) -> Iterator[tuple[str, dict[str, Any]]]:
    reader = csv.DictReader(stream)
    header = [h.strip().casefold() for h in (reader.fieldnames or [])]
    if "canonical" not in header:
        raise AliasFileError(
            'alias CSV has no "canonical" column; the header must be canonical,aliases,qid'
            "[,split]",
            source=source,
        )
    reader.fieldnames = header
    try:
        for row in reader:
            if None in row:
                raise AliasFileError(
                    f"line {reader.line_num} has more fields than the header; put the aliases "
                    'in one field separated by "|"',
                    source=source,
                )
            if any((v or "").strip() for v in row.values()):
                yield f"line {reader.line_num}", row
    except csv.Error as exc:
        raise AliasFileError(f"alias CSV is malformed ({exc})", source=source) from None


def _json_rows(text: str, source: str) -> Iterator[tuple[str, dict[str, Any]]]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise AliasFileError(
            f"alias file is not valid JSON ({exc.msg} at line {exc.lineno}); write a list of "
            'objects with "canonical", "aliases" and "qid"',
            source=source,
        ) from None
    if not isinstance(value, list):
        raise AliasFileError(
            'alias JSON must be a list of objects with "canonical", "aliases" and "qid"',
            source=source,
        )
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            raise AliasFileError(
                f'item {index} is not an object; give {{"canonical": ..., "aliases": [...]}}',
                source=source,
            )
        yield f"item {index}", item


def _entry(row: dict[str, Any], where: str) -> tuple[AliasEntry, list[str]]:
    canonical = row.get("canonical")
    if not isinstance(canonical, str) or not canonical.strip():
        raise AliasFileError('"canonical" is missing or empty; give every entry a name',
                             source=where)
    entry = AliasEntry(canonical.strip(), _qid(row.get("qid"), where), _split(row.get("split"),
                                                                             where))
    return entry, _aliases(row.get("aliases"), where)


def _aliases(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [a.strip() for a in value.split("|") if a.strip()]
    if isinstance(value, list) and all(isinstance(a, str) for a in value):
        return [a.strip() for a in value if a.strip()]
    raise AliasFileError('"aliases" must be a list of strings or one string separated by "|"',
                         source=where)


def _qid(value: Any, where: str) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str) and _QID.match(value.strip()):
        return value.strip()
    raise AliasFileError(f'"qid" {value!r} is not a Wikidata ID like Q42; fix it or leave it '
                         "empty", source=where)


def _split(value: Any, where: str) -> bool:
    if value is None or isinstance(value, bool):
        return bool(value)
    text = str(value).strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise AliasFileError(f'"split" {value!r} is not true or false', source=where)
