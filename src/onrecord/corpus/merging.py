"""Merging speakers across articles: one pure decision per speaker, candidates in, one merge
decision out. "Alexei Borodavkin" in one article and "Borodavkin, Russia's envoy in Geneva" in
another are one speaker; two John Smiths with different jobs are not.

The store fetches the stored speakers that could be the same one (same full name, same surname
or an alias; ``store.Writer``) and asks ``decide`` once; the decision names the speaker joined
(or none), the rule and a reason a user can read (``onrecord speakers --explain``), and the
candidates kept apart with why. The rules, conservative because a wrong merge puts words in
someone else's mouth while a missed one only splits a speaker's quotes in two:

* Only persons and organisations merge. Groups ("police", "officials") and anonymous sources
  ("a person familiar with the talks") are different speakers in every article.
* A user's alias file (``AliasTable``) overrides every rule below: names listed under one
  canonical name merge, names under different canonical names never do, and a name marked
  ``split`` (an ambiguous name shared by several people) never merges across articles.
* Persons with the same full name merge unless their genders or their roles conflict (a
  footballer and a senator). The full name is the first and last name: titles, offices,
  parties and places before it ("Illinois Sen. Barack Obama", "Republican Donald Trump") and
  middle names and initials ("Donald J. Trump") do not split a person; different first names
  never merge ("John Smith", "Jane Smith").
* A person named by surname alone ("Obama", "Mr. Obama", "Sen. Obama") in an article that never
  spells the full name joins the one full-name person of the corpus with that surname when
  exactly one is plausible (gender compatible, roles not conflicting); when several are, a
  role that shares a telling word (a place, an organisation) with exactly one of them decides,
  then one quoted at least five times as often as any other (``DOMINANT_RATIO``), and otherwise
  it stays apart with every plausible person listed. Because articles arrive in
  any order, the store applies this rule when an ingest ends (``Writer.settle``), over the
  whole corpus, so the result does not depend on the order of the articles.
* Organisations merge when their names are the same, or one is an alias of the other.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from onrecord.errors import AliasFileError
from onrecord.lexicon import every_language_words, lexicon
from onrecord.model import Speaker
from onrecord.names import (
    clean_name,
    full_key,
    is_description,
    is_person_alias,
    is_role,
    is_title_word,
    name_gender,
    name_key,
    name_words,
    occupation_fields,
    person_name,
    roles_conflict,
    split_name_prefix,
    starts_with_determiner,
    surname_key,
    title_gender,
)

__all__ = ["MIXED", "AliasEntry", "AliasFileError", "AliasTable", "MergeDecision", "SpeakerRecord",
           "article_record", "decide", "is_organisation_name", "name_key", "persons_conflict",
           "roles_conflict", "same_speaker", "surname_key"]


# A stored speaker's gender when its articles disagreed (a pronoun resolved to the wrong person
# in one of them): no evidence either way.
MIXED = "mixed"


@dataclass
class SpeakerRecord:
    """A speaker as merging sees it: a stored one (with its ``id``) or one article's speaker
    (``id`` None), with every name, role and outlet seen so far."""

    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    id: int | None = None
    gender: str | None = None
    pinned: bool = False
    qid: str | None = None
    quotes: int = 0  # a stored speaker's quote occurrences so far
    # The gender the article's names tell ("Mrs. Obama", "Michelle"), apart from a pronoun the
    # extraction resolved to the speaker; known only for a record made from an article.
    named_gender: str | None = None

    def names(self) -> list[str]:
        return [self.name, *(a for a in self.aliases if a != self.name)]

    @property
    def full_keys(self) -> set[str]:
        """The first-and-last-name keys of the record's name and of the aliases that may be
        this person's ("Donald J. Trump" -> "donald trump")."""
        if self.kind != "person":
            return set()
        keys = {full_key(n) for n in self.names() if is_person_alias(n, self.name)}
        return keys - {""}

    @property
    def surname(self) -> str:
        return surname_key(person_name(self.name)) if self.kind == "person" else ""

    @property
    def surname_only(self) -> bool:
        """A person known by surname alone (with or without a title): no full name at all."""
        return self.kind == "person" and not self.full_keys and bool(self.surname)

    @property
    def known_gender(self) -> str | None:
        """The gender the names or the extraction tell ("Mrs. Clinton", "Michelle", "he");
        None when unknown or when articles disagreed (stored as ``mixed``)."""
        if self.gender in ("male", "female"):
            return self.gender
        if self.gender == MIXED:
            return None
        for name in self.names():
            gender = name_gender(name)
            if gender:
                return gender
        return None


@dataclass
class MergeDecision:
    """What to do with one article's speaker: join ``target_id`` or store it as a new speaker
    (``target_id`` None, named ``name``, ``pinned`` by the alias file with ``qid``).

    ``rule`` names the rule that decided ("alias-file", "same-name", "surname", "new",
    "ambiguous", "not-merged"), ``reason`` says why in words, and ``kept_apart`` lists the
    candidates that were not joined, each with why."""

    target_id: int | None
    rule: str
    reason: str
    kept_apart: list[tuple[int, str]] = field(default_factory=list)
    name: str | None = None
    qid: str | None = None
    pinned: bool = False

    @property
    def merged(self) -> bool:
        return self.target_id is not None


# --- one article's speaker as merging sees it ----------------------------------------------


def article_record(name: str | None, kind: str, aliases: Iterable[str] = (),
                   role: str | None = None, gender: str | None = None,
                   outlet: str | None = None, *,
                   gender_source: str | None = None) -> SpeakerRecord | None:
    """One article's speaker as the directory will store it, junk filtered out; None when the
    "name" is not a name at all ("the report", "An email", "my father", "A").

    A person's name loses glued quotation marks and the titles, offices, parties and places
    before it ('"Pence' -> "Pence", "FBI Director James Comey" -> "James Comey", the office kept
    as a role); a surname alone takes the article's full name when an alias spells it. Aliases
    are kept only when they are names of this speaker (never "Video" or another person's full
    name), roles only when they name an office or a job (never a clause or "Mr.")."""
    if not name or not clean_name(name) or kind in UNMERGED_KINDS:
        return None
    if kind == "person":
        named = gender if gender_source in ("title", "first name") else None
        return _person_record(name, list(aliases), role, gender, outlet, named)
    if kind == "organisation":
        if not is_organisation_name(name):
            return None
        cleaned = clean_name(name)
        kept = [clean_name(a) for a in aliases if _organisation_alias(a, cleaned)]
        roles = [clean_name(role)] if role and is_role(role) else []
        return SpeakerRecord(cleaned, kind, _unique([cleaned, *kept]), roles,
                             [outlet] if outlet else [])
    return None


def _person_record(name: str, aliases: list[str], role: str | None, gender: str | None,
                   outlet: str | None, named: str | None = None) -> SpeakerRecord | None:
    if starts_with_determiner(name) or len(name_key(clean_name(name)).replace(" ", "")) < 2:
        return None
    if is_description(person_name(name)):  # "officials"; "psychotherapist Fran Sherman" passes
        return None
    name, role = _rejoin_first_name(name, role)
    if not full_key(name):  # a surname alone: the article may spell the full name elsewhere
        fuller = [a for a in aliases if full_key(a) and is_person_alias(a, name)]
        if fuller:
            name = max(fuller, key=lambda a: len(person_name(a).split()))
    prefix = split_name_prefix(name)[1]
    main = person_name(name)
    names = [main, *(person_name(a) for a in aliases if is_person_alias(a, main))]
    roles = [clean_name(r) for r in (role, prefix) if r and is_role(r)]
    gender = gender if gender in ("male", "female") else None
    # A name's honorific or certain first name tells more than a resolved pronoun.
    named = name_gender(name) or _alias_gender(aliases) or (
        named if named in ("male", "female") else None)
    return SpeakerRecord(main, "person", _unique(names), _unique(roles),
                         [outlet] if outlet else [], gender=named or gender, named_gender=named)


def _rejoin_first_name(name: str, role: str | None) -> tuple[str, str | None]:
    """A first name the extraction left at the end of the role goes back to the surname:
    ("Carson", "Presidential candidate Ben") -> ("Ben Carson", "Presidential candidate")."""
    words = clean_name(role or "").split()
    if (len(words) < 2 or full_key(name) or not words[-1][:1].isupper()
            or not name_gender(f"{words[-1]} {clean_name(name)}")
            or title_gender([words[-1]]) or is_title_word(words[-1])):
        return name, role
    return f"{words[-1]} {clean_name(name)}", " ".join(words[:-1])


def _alias_gender(aliases: Iterable[str]) -> str | None:
    for alias in aliases:
        gender = name_gender(alias)
        if gender:
            return gender
    return None


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


# Only lower-case words after "the" make a description, not an organisation's name ("the
# campaign", "The statement"); so does any other determiner ("A new poll"). A capitalised word
# makes a name ("The Kremlin", "The New York Times").
def is_organisation_name(name: str) -> bool:
    """Whether an organisation speaker's "name" is a name, not a description."""
    words = clean_name(name).split()
    if not words:
        return False
    first = words[0].casefold()
    if first != "the" and is_description(name):
        return False
    rest = words[1:] if first == "the" else words
    return any(w[:1].isupper() for w in rest)


def _organisation_alias(alias: str, name: str) -> bool:
    """An organisation's alias shares a telling word with its name (not a head noun such as
    "campaign") or is its acronym ("Times" for "New York Times", "UN" for "United Nations"),
    and is itself a name."""
    if not is_organisation_name(alias):
        return False
    generic = {"the", "of", "and", "for"} | lexicon().organisation_nouns
    mine, theirs = set(name_words(alias)) - generic, set(name_words(name)) - generic
    if mine & theirs:  # a telling word: "Trump campaign" is no alias of "Clinton campaign"
        return True
    initials = "".join(w[0] for w in name_words(name) if w not in ("the", "of", "and", "for"))
    return name_key(alias, "organisation").replace(" ", "") == initials


# --- roles -----------------------------------------------------------------------------------

# Words that carry no identity in a role: "the spokesman for the ministry of health".
_ROLE_STOPWORDS = frozenset({
    "the", "a", "an", "of", "in", "to", "for", "and", "or", "at", "on", "with", "by", "from",
    "former", "new", "then", "who", "is", "was", "its", "his", "her", "their", "s", "said",
})
# Role words too common to tell two people apart on their own: "Smith, a spokesman" and "John
# Smith, spokesman for the club" may be two spokesmen. With the occupation words they do not
# count as evidence for a surname-only merge; a place or an organisation does.
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


# --- the decision ----------------------------------------------------------------------------

# Kinds that never merge across articles: "police" in Lyon and "police" in Leeds are two
# speakers, and so are two anonymous sources; an unknown kind is no evidence either way.
UNMERGED_KINDS = frozenset({"group", "anonymous", "unknown"})


def candidate_keys(record: SpeakerRecord) -> tuple[list[str], list[str], str]:
    """The name keys, first-and-last-name keys and surname key that a record's candidates are
    looked up by (``store.Writer._candidates``, and ``lookup_keys`` for Spark)."""
    names = sorted({name_key(n, record.kind) for n in record.names()} - {""})
    return names, sorted(record.full_keys), record.surname


def lookup_keys(speaker: Speaker, outlet: str | None = None) -> list[str]:
    """Every key the store may find an article speaker's candidates by (``store.Writer.
    _candidates``: name, first-and-last-name, surname and alias keys, with the kind), as
    strings. Two speakers sharing none can never be merged, whatever comes between them; empty
    for a speaker the directory does not store (a group, a description)."""
    record = article_record(speaker.name, speaker.kind, speaker.aliases, speaker.role,
                            speaker.gender, outlet, gender_source=speaker.gender_source)
    if record is None or record.kind not in ("person", "organisation"):
        return []
    # The keys the newcomer is looked up by, and those a stored entry gets from any of its
    # names (its name is one of its records' names): a superset of what the store compares.
    kind = record.kind
    names, fulls, surname = candidate_keys(record)
    keys = {f"{kind}|name|{key}" for key in names}
    keys |= {f"{kind}|full|{key}" for key in fulls}
    keys |= {f"{kind}|surname|{surname}"}
    for n in record.names():
        keys |= {f"{kind}|surname|{surname_key(n, kind)}"}
        if kind == "person":
            keys |= {f"{kind}|full|{full_key(n)}", f"{kind}|surname|{surname_key(person_name(n))}"}
    return sorted(k for k in keys if not k.endswith("|"))


def decide(speaker: SpeakerRecord, candidates: Sequence[SpeakerRecord],
           aliases: AliasTable | None = None, *, surnames: bool = True) -> MergeDecision:
    """The one merge decision for ``speaker`` among the stored ``candidates`` (most quoted
    first). ``surnames=False`` leaves a surname-only person apart (the store applies the
    surname rule when the ingest ends, over the whole corpus). See the module doc."""
    if speaker.kind in UNMERGED_KINDS:
        return MergeDecision(None, "not-merged", f"a {speaker.kind} speaker is never merged "
                             "across articles")
    candidates = [c for c in candidates if c.kind == speaker.kind and c.id is not None]
    if aliases is not None:
        by_file = _by_alias_file(speaker, candidates, aliases)
        if by_file is not None:
            return by_file
        candidates = [c for c in candidates if aliases.decide(speaker.names(), c.names()) is None]
    candidates = [c for c in candidates if not c.pinned]
    if speaker.kind == "organisation":
        return _organisation(speaker, candidates)
    if speaker.surname_only:
        if not surnames:
            return MergeDecision(None, "new", "named by surname alone; decided when the ingest "
                                 "ends, against every full name of the corpus")
        return _surname_only(speaker, candidates)
    return _full_name(speaker, candidates)


def same_speaker(a: SpeakerRecord, b: SpeakerRecord, aliases: AliasTable | None = None) -> bool:
    """Whether two speaker records from different articles are one speaker, either way round."""
    first = SpeakerRecord(**{**a.__dict__, "id": -1})
    second = SpeakerRecord(**{**b.__dict__, "id": -2})
    return decide(first, [second], aliases).merged or decide(second, [first], aliases).merged


def _by_alias_file(speaker: SpeakerRecord, candidates: list[SpeakerRecord],
                   aliases: AliasTable) -> MergeDecision | None:
    entry = aliases.find(speaker.names())
    if entry is None:
        return None
    if entry.split:
        return MergeDecision(None, "alias-file", f"the alias file marks {entry.canonical!r} "
                             "as a name several people share: never merged", name=speaker.name)
    for c in candidates:
        if c.pinned and ((entry.qid and c.qid == entry.qid) or c.name == entry.canonical):
            return MergeDecision(c.id, "alias-file", f"the alias file lists this name under "
                                 f"{entry.canonical!r}", name=entry.canonical, qid=entry.qid,
                                 pinned=True)
    for c in candidates:  # an unpinned speaker the table names the same: it pins it
        if not c.pinned and aliases.decide(speaker.names(), c.names()):
            return MergeDecision(c.id, "alias-file", f"the alias file lists both names under "
                                 f"{entry.canonical!r}", name=entry.canonical, qid=entry.qid,
                                 pinned=True)
    return MergeDecision(None, "alias-file", f"the alias file names this speaker "
                         f"{entry.canonical!r}", name=entry.canonical, qid=entry.qid, pinned=True)


def _organisation(speaker: SpeakerRecord, candidates: list[SpeakerRecord]) -> MergeDecision:
    keys = {name_key(n, "organisation") for n in speaker.names()} - {""}
    own = name_key(speaker.name, "organisation")
    for c in candidates:
        theirs = {name_key(n, "organisation") for n in c.names()} - {""}
        if own in theirs or name_key(c.name, "organisation") in keys:
            return MergeDecision(c.id, "same-name", f"same organisation name as {c.name!r}")
    return MergeDecision(None, "new", "no stored organisation has this name")


def _roles_conflict(first: Iterable[str], second: Iterable[str]) -> bool:
    # Offices found in every field, and "Dr.": they tell no field apart across articles.
    words = every_language_words("cross_field_words.txt")

    def bare(roles: Iterable[str]) -> list[str]:
        return [" ".join(w for w in name_words(r) if w not in words) for r in roles]

    return roles_conflict(bare(first), bare(second))


def persons_conflict(speaker: SpeakerRecord, candidate: SpeakerRecord, *,
                     gender: bool = True) -> str | None:
    """Why two persons cannot be one, or None. ``gender=False`` for two persons of one full
    name: their first name tells the same gender, and a disagreement can only come from a
    pronoun resolved to the wrong person."""
    mine, theirs = speaker.known_gender, candidate.known_gender
    if gender and mine and theirs and mine != theirs:
        return f"gender differs ({mine} here, {theirs} for {candidate.name!r})"
    if _roles_conflict(speaker.roles, candidate.roles):
        return (f"roles conflict ({'; '.join(speaker.roles[:2])} against "
                f"{'; '.join(candidate.roles[:2])})")
    return None


def _full_name(speaker: SpeakerRecord, candidates: list[SpeakerRecord]) -> MergeDecision:
    keys = speaker.full_keys
    apart: list[tuple[int, str]] = []
    for c in candidates:
        shared = keys & c.full_keys
        if not shared or c.id is None:
            continue
        conflict = persons_conflict(speaker, c, gender=False)
        if conflict:
            apart.append((c.id, f"same name but {conflict}"))
            continue
        how = ("same full name" if name_key(person_name(speaker.name)) == name_key(
            person_name(c.name)) else "same first and last name (titles, prefixes, middle "
            "names and initials aside)")
        return MergeDecision(c.id, "same-name", f"{how}: {sorted(shared)[0]!r}", apart)
    return MergeDecision(None, "new", "no stored person has this first and last name"
                         + ("; kept apart from those that do" if apart else ""), apart)


# When several persons with a surname are plausible and nothing else tells them apart, a bare
# surname means the one quoted this many times as often as any other: news names the dominant
# figure by surname alone ("Obama said" in 2016 is Barack Obama, not Michelle Obama), as an
# editor would read it. Below the ratio the surname stays apart.
DOMINANT_RATIO = 5


def _surname_only(speaker: SpeakerRecord, candidates: list[SpeakerRecord]) -> MergeDecision:
    plausible: list[SpeakerRecord] = []
    apart: list[tuple[int, str]] = []
    for c in candidates:
        if c.id is None or c.surname != speaker.surname or not c.full_keys:
            continue
        # A surname's gender counts only when its names tell it ("Mrs. Obama"): a "she" that
        # the extraction resolved to a surname alone is too often someone else's pronoun.
        conflict = persons_conflict(speaker, c, gender=speaker.named_gender is not None)
        if conflict:
            apart.append((c.id, conflict))
        else:
            plausible.append(c)
    surname = person_name(speaker.name)
    if len(plausible) == 1:
        only = plausible[0]
        return MergeDecision(only.id, "surname", f"named {surname!r} alone; {only.name!r} is the "
                             f"one plausible person of the corpus with that surname", apart)
    if not plausible:
        return MergeDecision(None, "new", f"named {surname!r} alone; no plausible person of the "
                             "corpus has that surname", apart)
    telling = _role_words(speaker.roles)
    sharing = [c for c in plausible if telling & _role_words(c.roles)]
    if len(sharing) == 1:
        chosen = sharing[0]
        others = [(c.id, f"also named {surname!r}, but its roles share nothing telling")
                  for c in plausible if c is not chosen and c.id is not None]
        words = ", ".join(sorted(telling & _role_words(chosen.roles)))
        return MergeDecision(chosen.id, "surname", f"named {surname!r} alone; of "
                             f"{len(plausible)} plausible persons only {chosen.name!r} has a "
                             f"role sharing {words!r}", apart + others)
    gender = speaker.named_gender
    same_gender = [c for c in plausible if gender and c.known_gender == gender]
    if len(same_gender) == 1:
        chosen = same_gender[0]
        others = [(c.id, f"also named {surname!r}, but only {chosen.name!r} is known to be "
                   f"{gender}") for c in plausible if c is not chosen and c.id is not None]
        return MergeDecision(chosen.id, "surname", f"named {surname!r} alone ({gender}); of "
                             f"{len(plausible)} plausible persons only {chosen.name!r} is known "
                             f"to be {gender}", apart + others)
    ranked = sorted(plausible, key=lambda c: -c.quotes)
    if ranked[0].quotes >= DOMINANT_RATIO * max(ranked[1].quotes, 1):
        chosen = ranked[0]
        others = [(c.id, f"also named {surname!r}, but quoted {c.quotes} times against "
                   f"{chosen.quotes}") for c in ranked[1:] if c.id is not None]
        return MergeDecision(chosen.id, "surname", f"named {surname!r} alone; of "
                             f"{len(plausible)} plausible persons {chosen.name!r} is quoted at "
                             f"least {DOMINANT_RATIO} times as often as any other", apart + others)
    listed = [(c.id, f"one of {len(plausible)} plausible persons named {surname!r}")
              for c in plausible if c.id is not None]
    return MergeDecision(None, "ambiguous", f"named {surname!r} alone, and "
                         f"{len(plausible)} persons of the corpus could be meant: "
                         + ", ".join(c.name for c in plausible), apart + listed)


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
        entry_a, entry_b = self.find(first), self.find(second)
        if (entry_a is not None and entry_a.split) or (entry_b is not None and entry_b.split):
            return False
        if entry_a is None or entry_b is None:
            return None
        return entry_a.canonical == entry_b.canonical

    def find(self, names: Iterable[str]) -> AliasEntry | None:
        """The entry of the first of ``names`` the table knows."""
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
