"""Resolving speakers: one entity per person, organisation or group across every way the article
names it ("Alexei Borodavkin", "Borodavkin", "the diplomat", "the Russian envoy", "he").

Mentions are resolved in text order. Proper names cluster by surname and by containment;
descriptions ("the diplomat") go to the entity whose role mentions their head noun, else to the
person last quoted; pronouns go to the most recent gender-compatible person who spoke or was the
subject of a narrative sentence (names inside quoted or reported content are spoken about, not
speaking, and never become antecedents).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from onrecord.attribution import Part
from onrecord.model import Speaker

# Honorifics and titles before a name: dropped from the canonical name, kept as role, and the
# first four tell gender. Compiled by the onrecord authors from AP and BBC style guides.
_TITLES_MALE = frozenset({"mr", "mr.", "sir", "lord"})
_TITLES_FEMALE = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "madam"})
_TITLES = _TITLES_MALE | _TITLES_FEMALE | frozenset({
    "dr", "dr.", "prof", "prof.", "professor", "president", "vice", "prime", "minister", "sen.",
    "sen", "senator", "rep.", "rep", "representative", "gov.", "gov", "governor", "mayor", "judge",
    "justice", "gen.", "gen", "general", "col.", "capt.", "captain", "lt.", "sgt.", "secretary",
    "chancellor", "king", "queen", "prince", "princess", "pope", "rev.", "father", "chief",
    "coach", "manager", "ambassador", "envoy", "commissioner", "director", "chairman",
    "chairwoman", "speaker", "leader", "deputy", "foreign", "defence", "defense", "finance",
    "interior", "state", "attorney", "inspector", "detective", "officer", "superintendent",
    "sheriff", "councillor", "councilman", "councilwoman", "mp", "mep", "former", "then",
})

# Pronouns that can name a speaker, with the gender or number they carry.
_PRONOUN_GENDER = {"he": "male", "him": "male", "she": "female", "her": "female"}
_PRONOUN_PLURAL = frozenset({"they", "them", "we"})
_PRONOUN_ORG = frozenset({"it"})

# Head nouns of plural or collective speakers ("police said", "officials said"). Compiled by the
# onrecord authors from the most frequent source nouns in wire copy.
_GROUP_NOUNS = frozenset({
    "police", "officials", "authorities", "analysts", "experts", "prosecutors", "investigators",
    "critics", "residents", "witnesses", "observers", "economists", "lawmakers", "officers",
    "protesters", "supporters", "opponents", "activists", "researchers", "scientists", "doctors",
    "campaigners", "organisers", "organizers", "lawyers", "diplomats", "aides", "voters", "fans",
    "workers", "democrats", "republicans", "leaders", "members", "people", "staff", "troops",
    "rescuers", "firefighters", "paramedics", "teachers", "parents", "students", "executives",
    "investors", "traders", "regulators", "ministers", "judges", "jurors", "defence", "defense",
    "prosecution", "agencies", "groups", "sources", "insiders",
})
# Head nouns of organisations ("the ministry said in a statement").
_ORG_NOUNS = frozenset({
    "ministry", "company", "firm", "government", "department", "agency", "office", "commission",
    "court", "council", "committee", "bank", "club", "party", "campaign", "union", "group",
    "organisation", "organization", "embassy", "administration", "team", "board", "army",
    "military", "kremlin", "federation", "association", "league", "institute", "university",
    "hospital", "airline", "carrier", "regulator", "watchdog", "charity", "foundation", "network",
    "newspaper", "paper", "website", "station", "broadcaster", "service", "force", "authority",
    "cabinet", "parliament", "congress", "senate", "white house", "statement", "report", "study",
    "survey", "poll", "lawsuit", "complaint", "filing", "memo", "letter", "document", "data",
})
# Heads of anonymous sources ("a source familiar with the talks", "a person close to him").
_ANONYMOUS_NOUNS = frozenset({"source", "sources", "person", "people", "insider", "insiders"})

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "another", "one", "two", "several"})


@lru_cache(maxsize=1)
def _gender_detector() -> object | None:
    try:
        import gender_guesser.detector as gd
    except ImportError:  # pragma: no cover - declared dependency
        return None
    return gd.Detector(case_sensitive=False)


def first_name_gender(name: str) -> str | None:
    """'male' / 'female' from a first name, or None when the name does not tell."""
    det = _gender_detector()
    if det is None or not name:
        return None
    guess = det.get_gender(name)  # type: ignore[attr-defined]
    if guess in ("male", "mostly_male"):
        return "male"
    if guess in ("female", "mostly_female"):
        return "female"
    return None


@dataclass
class _Entity:
    kind: str
    name: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    gender: str | None = None
    affiliation: str | None = None
    head: str | None = None  # head noun of a descriptive entity
    spoke: bool = False
    speaker: Speaker | None = None

    def add_alias(self, alias: str) -> None:
        alias = alias.strip()
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)


@dataclass
class _Event:
    """An entity in the narrative at a position: as a speaker or as a sentence's subject."""

    pos: int
    entity: _Entity
    spoke: bool


class Resolver:
    """Resolves the mentions of one article in text order."""

    def __init__(self, text: str, blocks: Sequence[tuple[int, Doc]], parts: Sequence[Part]):
        self.text = text
        self.entities: list[_Entity] = []
        self.events: list[_Event] = []
        self.content = sorted((p.start, p.end) for p in parts)
        self._narrative = self._narrative_people(blocks)

    # -- public ---------------------------------------------------------------------------------

    def resolve(self, parts: Sequence[Part]) -> list[tuple[_Entity | None, float]]:
        results: list[tuple[_Entity | None, float]] = []
        resolved_at: dict[int, tuple[_Entity | None, float]] = {}
        for i, part in enumerate(parts):
            pos = part.mention[0] if part.mention else part.start
            self._absorb_narrative(pos)
            if part.follows is not None and part.follows in resolved_at:
                ent, conf = resolved_at[part.follows]
                conf *= 0.9
            elif part.follows is not None and part.subject is not None:
                ent, conf = self._resolve_mention(part)
                conf *= 0.9
            elif part.subject is not None:
                ent, conf = self._resolve_mention(part)
            else:
                ent, conf = None, 0.2
            if ent is not None:
                ent.spoke = True
                self.events.append(_Event(pos, ent, True))
            resolved_at[i] = (ent, conf)
            results.append((ent, conf))
        return results

    def speakers(self) -> list[Speaker]:
        return [e.speaker for e in self.entities if e.speaker is not None]

    # -- narrative mentions ---------------------------------------------------------------------

    def _inside_content(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.content)

    def _narrative_people(self, blocks: Sequence[tuple[int, Doc]]) -> list[tuple[int, Token, str]]:
        out = []
        for base, doc in blocks:
            for ent in doc.ents:
                if ent.label_ != "PERSON":
                    continue
                pos = base + ent.start_char
                if self._inside_content(pos):
                    continue
                out.append((pos, ent.root, base))
        return out

    def _absorb_narrative(self, upto: int) -> None:
        """Record named people outside quotes up to ``upto``; subjects become antecedents."""
        while self._narrative and self._narrative[0][0] < upto:
            pos, root, _ = self._narrative.pop(0)
            ent = self._proper_entity(root, register=True)
            if ent is not None and root.dep_ in ("nsubj", "nsubjpass"):
                self.events.append(_Event(pos, ent, False))

    # -- mentions -------------------------------------------------------------------------------

    def _resolve_mention(self, part: Part) -> tuple[_Entity | None, float]:
        head = part.subject
        assert head is not None
        low = head.lower_
        if part.how == "transcript":
            return self._transcript_entity(part.mention_text or head.text), 0.9
        if head.pos_ == "PRON" or low in _PRONOUN_GENDER or low in _PRONOUN_PLURAL:
            return self._resolve_pronoun(low, part.mention[0] if part.mention else part.start)
        if head.pos_ == "PROPN" or (head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")):
            ent = self._proper_entity(head, register=True)
            if ent is not None:
                self._note_role(ent, head, part)
                return ent, 0.95
        return self._resolve_description(head, part)

    def _transcript_entity(self, raw: str) -> _Entity:
        name = raw.strip().title()
        surname = name.split()[-1].lower() if name.split() else name.lower()
        for ent in reversed(self.entities):
            if ent.kind == "person" and ent.name.split()[-1].lower() == surname:
                ent.add_alias(raw.strip())
                return ent
        return self._new(_Entity("person", name))

    def _proper_entity(self, head: Token, register: bool) -> _Entity | None:
        name, title = _name_of(head)
        if not name:
            return None
        kind = _kind_of(head)
        found = self._match_name(name, kind)
        if found is not None:
            if len(name) > len(found.name) and kind == found.kind:
                found.add_alias(found.name)
                found.name = name
            else:
                found.add_alias(name)
            if found.gender is None and kind == "person":
                found.gender = _title_gender(title) or first_name_gender(name.split()[0])
            return found
        if not register:
            return None
        ent = _Entity(kind, name)
        if kind == "person":
            ent.gender = _title_gender(title) or (
                first_name_gender(name.split()[0]) if len(name.split()) > 1 else None
            )
            if title:
                ent.role = title
        return self._new(ent)

    def _match_name(self, name: str, kind: str) -> _Entity | None:
        words = name.lower().split()
        for ent in reversed(self.entities):
            if ent.head is not None:
                continue
            names = [ent.name.lower()] + [a.lower() for a in ent.aliases]
            if name.lower() in names:
                return ent
            if kind == "person" and ent.kind == "person":
                ewords = ent.name.lower().split()
                if words[-1] == ewords[-1] and (len(words) == 1 or len(ewords) == 1
                                                or words[0] == ewords[0]):
                    return ent
            elif kind != "person" and ent.kind != "person":
                if name.lower() in ent.name.lower() or ent.name.lower() in name.lower():
                    return ent
        return None

    def _note_role(self, ent: _Entity, head: Token, part: Part) -> None:
        """The words of the mention that are not the name are the role the article gives."""
        name_toks = {t.i for t in _name_tokens(head)}
        doc = head.doc
        if part.mention is None:
            return
        base = part.base
        toks = [t for t in doc if part.mention[0] <= base + t.idx < part.mention[1]]
        role_toks = [t for t in toks if t.i not in name_toks]
        while role_toks and role_toks[0].lower_ in _DETERMINERS:
            role_toks.pop(0)
        for child in head.children:
            if child.dep_ == "appos":
                role_toks = list(child.subtree)
        role = doc.text[role_toks[0].idx : role_toks[-1].idx + len(role_toks[-1].text)] if (
            role_toks and len(role_toks) > 0
        ) else None
        if role and (ent.role is None or len(role) > len(ent.role)) and any(
            t.pos_ in ("NOUN", "PROPN") for t in role_toks
        ):
            ent.role = role.strip(" ,")

    def _resolve_pronoun(self, low: str, pos: int) -> tuple[_Entity | None, float]:
        gender = _PRONOUN_GENDER.get(low)
        if low in _PRONOUN_ORG:
            return self._latest(lambda e: e.kind in ("organisation", "group"), 0.7)
        if low in _PRONOUN_PLURAL:
            return self._latest(lambda e: e.kind in ("group", "organisation"), 0.6)
        if gender is None:
            return None, 0.2
        for ev in reversed(self.events):
            ent = ev.entity
            if ent.kind != "person":
                continue
            if ent.gender == gender:
                return ent, 0.85 if ev.spoke else 0.75
            if ent.gender is None:
                if ent.head is None:
                    ent.gender = gender
                return ent, 0.5
        return None, 0.2

    def _latest(self, ok: object, conf: float) -> tuple[_Entity | None, float]:
        for ev in reversed(self.events):
            if ok(ev.entity):  # type: ignore[operator]
                return ev.entity, conf
        return None, 0.2

    def _resolve_description(self, head: Token, part: Part) -> tuple[_Entity | None, float]:
        mention = (part.mention_text or head.text).strip()
        lemma = head.lemma_.lower()
        low = head.lower_
        det = _determiner(head)
        if low in _GROUP_NOUNS or lemma in _GROUP_NOUNS and head.tag_ == "NNS":
            kind = "anonymous" if lemma in _ANONYMOUS_NOUNS else "group"
            return self._descriptive(kind, mention, lemma, det), 0.8
        if lemma in _ANONYMOUS_NOUNS or det in ("a", "an") and lemma in {"official", "aide"}:
            return self._descriptive("anonymous", mention, lemma, det), 0.8
        if lemma in _ORG_NOUNS:
            for ev in reversed(self.events):
                if ev.entity.kind == "organisation" and (
                    lemma in ev.entity.name.lower() or lemma in {"company", "firm", "club"}
                ):
                    ev.entity.add_alias(mention)
                    return ev.entity, 0.75
            for ent in reversed(self.entities):
                if ent.kind == "organisation" and lemma in ent.name.lower():
                    ent.add_alias(mention)
                    return ent, 0.7
            return self._descriptive("organisation", mention, lemma, det), 0.7
        if det in ("a", "an"):
            ent = self._descriptive("person", mention, lemma, det, fresh=True)
            ent.affiliation = _affiliation(head)
            return ent, 0.8
        return self._definite_person(mention, lemma, head), 0.8

    def _definite_person(self, mention: str, lemma: str, head: Token) -> _Entity:
        for ent in reversed(self.entities):
            if ent.kind == "person" and (
                (ent.role and lemma in ent.role.lower()) or (ent.head == lemma)
            ):
                ent.add_alias(mention)
                return ent
        for ev in reversed(self.events):
            if ev.spoke and ev.entity.kind == "person":
                ev.entity.add_alias(mention)
                return ev.entity
        for ev in reversed(self.events):
            if ev.entity.kind == "person":
                ev.entity.add_alias(mention)
                return ev.entity
        return self._descriptive("person", mention, lemma, "the")

    def _descriptive(
        self, kind: str, mention: str, lemma: str, det: str | None, fresh: bool = False
    ) -> _Entity:
        if not fresh and det not in ("a", "an"):
            for ent in reversed(self.entities):
                if ent.head == lemma and ent.kind == kind:
                    ent.add_alias(mention)
                    return ent
        ent = _Entity(kind, mention, head=lemma)
        return self._new(ent)

    def _new(self, ent: _Entity) -> _Entity:
        self.entities.append(ent)
        return ent


# -- names ---------------------------------------------------------------------------------------


def _name_tokens(head: Token) -> list[Token]:
    """The run of proper-noun tokens around ``head`` that forms a name ("Staffan de Mistura")."""
    doc = head.doc
    if head.ent_type_:
        for ent in doc.ents:
            if ent.start <= head.i < ent.end:
                return [t for t in ent if t.tag_ != "POS"]
    lo = hi = head.i
    while lo > 0 and (doc[lo - 1].pos_ == "PROPN" or doc[lo - 1].dep_ == "compound"
                      and doc[lo - 1].text[:1].isupper()):
        lo -= 1
    while hi + 1 < len(doc) and doc[hi + 1].pos_ == "PROPN" and doc[hi + 1].dep_ == "flat":
        hi += 1
    return [doc[i] for i in range(lo, hi + 1)]


def _name_of(head: Token) -> tuple[str, str | None]:
    """(name without titles, the titles) for a proper-name head."""
    toks = _name_tokens(head)
    titles = []
    while toks and toks[0].lower_ in _TITLES:
        titles.append(toks.pop(0).text)
    while toks and toks[-1].text in ("'s", "’s", "'", "’"):
        toks.pop()
    if not toks:
        return "", None
    doc = head.doc
    name = doc.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.isupper() and len(name) > 3:
        name = name.title()
    return name.strip(), " ".join(titles) or None


def _kind_of(head: Token) -> str:
    label = head.ent_type_
    if label == "PERSON":
        return "person"
    if label in ("ORG", "GPE", "NORP", "FAC"):
        return "organisation"
    return "person"


def _title_gender(title: str | None) -> str | None:
    if not title:
        return None
    words = {w.lower() for w in title.split()}
    if words & _TITLES_MALE:
        return "male"
    if words & _TITLES_FEMALE:
        return "female"
    return None


def _determiner(head: Token) -> str | None:
    for child in head.children:
        if child.dep_ in ("det", "predet") and child.i < head.i:
            return child.lower_
        if child.dep_ == "poss":
            return "the"
    return None


def _affiliation(head: Token) -> str | None:
    """"a spokesman for the ministry" -> "the ministry"."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "at", "of", "from", "with"):
            for grand in child.children:
                if grand.dep_ == "pobj":
                    toks = list(grand.subtree)
                    return head.doc.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
    return None


def build_speakers(resolver: Resolver) -> list[Speaker]:
    """Speaker objects for the entities that speak, numbered in order of first quote."""
    out: list[Speaker] = []
    for ent in resolver.entities:
        if not ent.spoke:
            continue
        gender = ent.gender if ent.gender in ("male", "female") else None
        sp = Speaker(
            id=f"s{len(out) + 1}",
            name=ent.name,
            kind=ent.kind,  # type: ignore[arg-type]
            aliases=list(ent.aliases),
            role=ent.role,
            gender=gender,  # type: ignore[arg-type]
            affiliation=ent.affiliation,
        )
        ent.speaker = sp
        out.append(sp)
    return out
