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
from spacy.tokens import Span as SpacySpan

from onrecord.attribution import Part
from onrecord.cues import is_relative_subject, mention_tokens
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
    "critics", "residents", "commuters", "passengers", "locals", "villagers", "witnesses",
    "observers", "economists", "lawmakers", "officers",
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
    "delegation", "side", "coalition", "alliance", "opposition", "prosecution",
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


# Abbreviated titles, spelt out so that "the senator" finds "Sen. Dale Harkin".
_TITLE_WORDS = {
    "sen.": "senator", "sen": "senator", "rep.": "representative", "gov.": "governor",
    "gen.": "general", "lt.": "lieutenant", "sgt.": "sergeant", "capt.": "captain",
    "prof.": "professor", "dr.": "doctor", "supt.": "superintendent", "insp.": "inspector",
    "det.": "detective", "col.": "colonel", "adm.": "admiral", "atty.": "attorney",
}

# Occupations that tell people apart: "the judge" is not the person introduced as a lawyer.
_OCCUPATIONS = frozenset({
    "judge", "lawyer", "attorney", "prosecutor", "senator", "governor", "mayor", "coach",
    "manager", "striker", "goalkeeper", "director", "founder", "minister", "president", "officer",
    "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "economist", "analyst",
    "doctor", "professor", "representative", "defendant", "witness", "victim", "detective",
    "reporter", "actor", "actress", "singer", "captain", "player", "chief", "executive",
    "rector", "dean", "principal", "historian", "curator", "novelist", "author",
})

# Transcript speaker labels that stand for the questioner, not a named person.
_QUESTIONER_LABELS = frozenset({"q", "question", "reporter", "journalist", "interviewer"})

# Organisation descriptions that stand for the organisation most talked about ("the company").
_GENERIC_ORG = frozenset({"company", "firm", "club", "group", "team", "business", "startup",
                          "start-up", "organisation", "organization", "airline", "bank"})


@dataclass
class _Entity:
    kind: str
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    affiliation: str | None = None
    head: str | None = None  # head noun of a descriptive entity
    positions: list[int] = field(default_factory=list)
    narrative: list[int] = field(default_factory=list)  # positions named outside any quote
    spoke: bool = False
    speaker: Speaker | None = None

    @property
    def role(self) -> str | None:
        return self.roles[0] if self.roles else None

    def add_alias(self, alias: str) -> None:
        alias = alias.strip()
        known = {self.name.lower()} | {a.lower() for a in self.aliases}
        if alias and alias.lower() not in known:
            self.aliases.append(alias)

    def add_role(self, role: str | None) -> None:
        role = (role or "").strip(" ,")
        if role and role not in self.roles and any(c.isalpha() for c in role):
            self.roles.append(role)

    def roles_conflict(self, word: str) -> bool:
        """Whether the article gave this person another occupation than ``word``."""
        if word not in _OCCUPATIONS or self.has_role_word(word):
            return False
        return any(self.has_role_word(other) for other in _OCCUPATIONS)

    def has_role_word(self, word: str) -> bool:
        for role in self.roles + [self.name] + self.aliases:
            words = [_TITLE_WORDS.get(w, w) for w in role.lower().replace("’s", " ").split()]
            if word in words or word + "s" in words:
                return True
        return False


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
        self.direct = sorted((p.start, p.end) for p in parts if p.type == "direct")
        self._narrative: list[tuple[int, _Entity]] = []
        self._inventory(blocks)

    # -- public ---------------------------------------------------------------------------------

    def resolve(self, parts: Sequence[Part]) -> list[tuple[_Entity | None, float]]:
        results: list[tuple[_Entity | None, float]] = []
        for part in parts:
            pos = part.mention[0] if part.mention else part.start
            self._absorb_narrative(pos)
            if part.follows is not None and part.follows < len(results):
                ent, conf = results[part.follows]
                conf *= 0.9
            elif part.subject is not None:
                ent, conf = self._resolve_mention(part, pos)
                if part.follows is not None:
                    conf *= 0.9
            else:
                ent, conf = None, 0.2
            if ent is not None:
                ent.spoke = True
                self.events.append(_Event(pos, ent, True))
            results.append((ent, conf))
        return results

    # -- the article's named people and organisations -------------------------------------------

    def _inside(self, spans: list[tuple[int, int]], pos: int) -> bool:
        return any(s <= pos < e for s, e in spans)

    def _inventory(self, blocks: Sequence[tuple[int, Doc]]) -> None:
        """Register every named person and organisation outside direct quotes, with the roles
        the article gives them; subjects outside any quote become antecedents in turn."""
        for base, doc in blocks:
            for span in list(doc.ents) + _untagged_people(doc):
                if span.label_ not in ("PERSON", "ORG"):
                    continue
                pos = base + span.start_char
                if self._inside(self.direct, pos):
                    continue
                if not _looks_like_name(span.root):
                    continue  # "the finance ministry", "Commuters": descriptions, not names
                ent = self._proper_entity(span.root, pos)
                if ent is None:
                    continue
                if ent.kind == "person":
                    ent.add_role(_role_around(span.root))
                if not self._inside(self.content, pos):
                    ent.narrative.append(pos)
                if not self._inside(self.content, pos) and span.root.dep_ in (
                    "nsubj", "nsubjpass"
                ):
                    self._narrative.append((pos, ent))
        self._narrative.sort(key=lambda x: x[0])

    def _absorb_narrative(self, upto: int) -> None:
        while self._narrative and self._narrative[0][0] < upto:
            pos, ent = self._narrative.pop(0)
            self.events.append(_Event(pos, ent, False))

    # -- mentions -------------------------------------------------------------------------------

    def _resolve_mention(self, part: Part, pos: int) -> tuple[_Entity | None, float]:
        head = part.subject
        assert head is not None
        low = head.lower_
        if part.how == "transcript":
            return self._transcript_entity(part.mention_text or head.text, pos), 0.9
        if is_relative_subject(head):
            head = head.head.head  # "Smith, who said" -> Smith
            low = head.lower_
        if head.pos_ == "PRON" or low in _PRONOUN_GENDER or low in _PRONOUN_PLURAL:
            return self._resolve_pronoun(low)
        named = _appositive_name(head)
        if named is not None:
            ent = self._proper_entity(named, pos)
            if ent is not None:
                ent.add_role(_mention_text(head, exclude=named))
                ent.add_alias(part.mention_text or "")
                return ent, 0.95
        known = self._match_name(head.text, "person", pos) if head.text[:1].isupper() else None
        if known is not None and known.kind == "person":
            known.positions.append(pos)  # a name known already, whatever the tagger made of it
            known.add_alias(_name_of(head)[0] or head.text)
            return known, 0.95
        if _looks_like_name(head):
            ent = self._proper_entity(head, pos)
            if ent is not None:
                if ent.kind == "person":
                    ent.add_role(_role_around(head))
                return ent, 0.95
        return self._resolve_description(head, part, pos)

    def _transcript_entity(self, raw: str, pos: int) -> _Entity:
        label = raw.strip().rstrip(":").strip()
        if label.lower() in _QUESTIONER_LABELS:
            return self._descriptive("anonymous", "a reporter", "reporter", None)
        name = label.title()
        surname = name.split()[-1].lower() if name.split() else name.lower()
        for ent in self._by_recency(pos):
            if ent.kind == "person" and ent.head is None and (
                ent.name.split()[-1].lower() == surname
            ):
                ent.add_alias(label)
                return ent
        return self._new(_Entity("person", name), pos)

    def _proper_entity(self, head: Token, pos: int) -> _Entity | None:
        name, title = _name_of(head)
        if not name:
            return None
        kind = _kind_of(head)
        if kind == "organisation":
            name = _org_name(head) or name
        found = self._match_name(name, kind, pos)
        if found is not None:
            kind = found.kind if len(name.split()) == 1 else kind
            if len(name) > len(found.name) and kind == found.kind and (
                name.split()[-1] == found.name.split()[-1] or kind != "person"
            ):
                found.add_alias(found.name)
                found.name = name
            else:
                found.add_alias(name)
            found.positions.append(pos)
        else:
            found = self._new(_Entity(kind, name), pos)
        if kind == "person":
            if found.gender is None:
                first = found.name.split()[0] if len(found.name.split()) > 1 else ""
                found.gender = _title_gender(title) or first_name_gender(first)
            if title:
                found.add_role(title)
        return found

    def _by_recency(self, pos: int) -> list[_Entity]:
        """Entities named before ``pos`` (latest first), then those named only after it."""
        before = [e for e in self.entities if e.positions and min(e.positions) <= pos]
        before.sort(key=lambda e: max(p for p in e.positions if p <= pos), reverse=True)
        seen = {id(e) for e in before}
        return before + [e for e in self.entities if id(e) not in seen]

    def _match_name(self, name: str, kind: str, pos: int) -> _Entity | None:
        words = name.lower().split()
        for ent in self._by_recency(pos):
            if ent.head is not None:
                continue
            if kind != "person" and ent.kind == "person" and len(words) == 1 and (
                words[0] == ent.name.lower().split()[-1]
            ):
                return ent  # a surname the tagger took for an organisation
            names = [ent.name.lower()] + [a.lower() for a in ent.aliases]
            if name.lower() in names:
                return ent
            if kind == "person" and ent.kind == "person":
                ewords = ent.name.lower().split()
                if words[-1] == ewords[-1] and (
                    len(words) == 1 or len(ewords) == 1 or words[0] == ewords[0]
                ):
                    return ent
            elif kind != "person" and ent.kind != "person":
                if _contains_words(name, ent.name) or _contains_words(ent.name, name):
                    return ent
        return None

    def _resolve_pronoun(self, low: str) -> tuple[_Entity | None, float]:
        gender = _PRONOUN_GENDER.get(low)
        if low in _PRONOUN_ORG:
            return self._latest(("organisation", "group"), 0.7)
        if low in _PRONOUN_PLURAL:
            return self._latest(("group", "organisation"), 0.6)
        if gender is None:
            return None, 0.2
        for ev in reversed(self.events):
            ent = ev.entity
            if ent.kind != "person":
                continue
            if ent.gender == gender:
                return ent, 0.85 if ev.spoke else 0.75
            if ent.gender is None:
                ent.gender = gender
                return ent, 0.5
        return None, 0.2

    def _latest(self, kinds: tuple[str, ...], conf: float) -> tuple[_Entity | None, float]:
        for ev in reversed(self.events):
            if ev.entity.kind in kinds:
                return ev.entity, conf
        return None, 0.2

    def _resolve_description(
        self, head: Token, part: Part, pos: int
    ) -> tuple[_Entity | None, float]:
        mention = _mention_text(head)
        lemma = head.lemma_.lower()
        low = head.lower_
        det = _determiner(head)
        if _named_institution(head) and lemma not in _OCCUPATIONS:
            return self._organisation(_strip_article(mention), lemma, det, pos)
        if lemma in _ORG_NOUNS or low in _ORG_NOUNS:
            return self._organisation(mention, lemma, det, pos)
        if low in _GROUP_NOUNS or (lemma in _GROUP_NOUNS and head.tag_ == "NNS"):
            org = self._org_named_like(low, pos)
            if org is not None:
                org.add_alias(mention)
                return org, 0.75
            kind = "anonymous" if lemma in _ANONYMOUS_NOUNS else "group"
            return self._descriptive(kind, mention, lemma, det), 0.8
        if lemma in _ANONYMOUS_NOUNS or (det in ("a", "an") and lemma in {"official", "aide"}):
            return self._descriptive("anonymous", mention, lemma, det), 0.8
        if head.tag_ in ("NNS", "NNPS"):
            return self._descriptive("group", mention, lemma, det), 0.6
        if det in ("a", "an"):
            ent = self._descriptive("person", mention, lemma, det, fresh=True)
            ent.affiliation = _affiliation(head)
            return ent, 0.8
        return self._definite_person(mention, lemma, pos)

    def _organisation(
        self, mention: str, lemma: str, det: str | None, pos: int
    ) -> tuple[_Entity, float]:
        org = self._known_alias(mention, "organisation") or self._org_named_like(lemma, pos)
        if org is None and lemma in _GENERIC_ORG:
            orgs = [e for e in self._by_recency(pos) if e.kind == "organisation" and e.head is None
                    and e.positions and min(e.positions) <= pos]
            if orgs:
                org = max(orgs, key=lambda e: sum(1 for p in e.positions if p <= pos))
        if org is not None:
            org.add_alias(mention)
            return org, 0.75
        return self._descriptive("organisation", mention, lemma, det), 0.7

    def _known_alias(self, mention: str, kind: str) -> _Entity | None:
        """The entity this very description already named ("the company" said before)."""
        low = _strip_article(mention).lower()
        for ent in reversed(self.entities):
            if ent.kind == kind and any(_strip_article(a).lower() == low for a in ent.aliases):
                return ent
        return None

    def _org_named_like(self, word: str, pos: int) -> _Entity | None:
        for ent in self._by_recency(pos):
            if ent.kind == "organisation" and ent.head is None and (
                word in ent.name.lower().split()
            ):
                return ent
        return None

    def _definite_person(self, mention: str, lemma: str, pos: int) -> tuple[_Entity, float]:
        words = [w for w in mention.lower().replace("’s", " ").replace("'s", " ").split()
                 if w not in _DETERMINERS and w != lemma]
        best, best_score = None, 0
        for ent in self._by_recency(pos):
            if ent.kind != "person" or not (ent.spoke or any(p <= pos for p in ent.narrative)):
                continue
            if ent.head == lemma or ent.has_role_word(lemma):
                score = 1 + sum(1 for w in words if ent.has_role_word(w))
                if score > best_score:
                    best, best_score = ent, score
        if best is not None:
            best.add_alias(mention)
            return best, 0.85
        for ev in reversed(self.events):
            if ev.spoke and ev.entity.kind == "person" and not ev.entity.roles_conflict(lemma):
                ev.entity.add_alias(mention)
                return ev.entity, 0.7
        for ev in reversed(self.events):
            if ev.entity.kind == "person" and not ev.entity.roles_conflict(lemma):
                ev.entity.add_alias(mention)
                return ev.entity, 0.6
        return self._descriptive("person", mention, lemma, "the"), 0.7

    def _descriptive(
        self, kind: str, mention: str, lemma: str, det: str | None, fresh: bool = False
    ) -> _Entity:
        if not fresh and det not in ("a", "an"):
            for ent in reversed(self.entities):
                if ent.head == lemma and ent.kind == kind:
                    ent.add_alias(mention)
                    return ent
        return self._new(_Entity(kind, mention, head=lemma), None)

    def _new(self, ent: _Entity, pos: int | None) -> _Entity:
        if pos is not None:
            ent.positions.append(pos)
        self.entities.append(ent)
        return ent


# -- names ---------------------------------------------------------------------------------------


# Lower-case words that belong inside names ("Staffan de Mistura", "Ludwig van Beethoven").
_NAME_PARTICLES = frozenset({"de", "da", "di", "del", "della", "van", "von", "der", "den", "la",
                             "le", "al", "el", "bin", "ibn", "ben", "du", "dos", "das", "y"})


def _name_tokens(head: Token) -> list[Token]:
    """The run of proper-noun tokens around ``head`` that forms a name ("Staffan de Mistura"),
    within the tagger's entity when there is one, and never taking in a verb after it."""
    doc = head.doc
    lo_bound, hi_bound = 0, len(doc) - 1
    if head.ent_type_:
        for ent in doc.ents:
            if ent.start <= head.i < ent.end:
                lo_bound, hi_bound = ent.start, ent.end - 1
                break

    def in_name(tok: Token) -> bool:
        return tok.pos_ == "PROPN" or tok.lower_ in _NAME_PARTICLES or (
            tok.dep_ == "compound" and tok.text[:1].isupper()
        ) or (tok.text in ("-", "’", "'", ".") and tok.whitespace_ == "")

    lo = hi = head.i
    while lo - 1 >= lo_bound and in_name(doc[lo - 1]):
        lo -= 1
    while lo - 1 >= 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].dep_ == "compound" and (
        doc[lo - 1].head.i >= lo
    ):  # "Alexei" left out of the tagger's entity "Borodavkin"
        lo -= 1
    while hi + 1 <= hi_bound and in_name(doc[hi + 1]) and doc[hi + 1].tag_ != "POS":
        hi += 1
    toks = [doc[i] for i in range(lo, hi + 1)]
    while toks and (toks[0].lower_ in _NAME_PARTICLES or not toks[0].text[:1].isalnum()):
        toks.pop(0)
    while toks and not toks[-1].text[:1].isalnum():
        toks.pop()
    return toks or [head]


def _mention_text(head: Token, exclude: Token | None = None) -> str:
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


def _looks_like_name(head: Token) -> bool:
    """A proper name, not a description: capitalised, a proper noun or a tagged entity, and not a
    plural noun that is capitalised only because it starts the sentence ("Commuters said")."""
    if not head.text[:1].isupper():
        return False
    if head.tag_ == "NNS" and (not head.ent_type_ or head.is_sent_start):
        return False
    return head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def _named_institution(head: Token) -> bool:
    """"The Eastlake school district": a common noun with a proper-noun modifier."""
    return head.pos_ == "NOUN" and head.tag_ != "NNS" and any(
        t.dep_ in ("compound", "nmod") and t.pos_ == "PROPN"
        for child in head.lefts if child.dep_ in ("compound", "nmod", "amod")
        for t in child.subtree
    )


def _strip_article(text: str) -> str:
    words = text.split()
    return " ".join(words[1:]) if words and words[0].lower() in ("the", "a", "an") else text


def _untagged_people(doc: Doc) -> list[SpacySpan]:
    """Names the tagger missed: a subject made of proper nouns starting with a known first name
    ("Presiding judge Sylvie Marchand questioned...")."""
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.ent_type_ or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        lo = tok.i
        while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].dep_ == "compound":
            lo -= 1
        for first in range(lo, tok.i):  # "Rector Ilse Brunner": the name starts at "Ilse"
            if first_name_gender(doc[first].text):
                out.append(SpacySpan(doc, first, tok.i + 1, label="PERSON"))
                break
    return out


def _appositive_name(head: Token) -> Token | None:
    """"Parcelo's founder, Devin Achebe, said" -> the token heading "Devin Achebe"."""
    if head.pos_ == "PROPN":
        return None
    for child in head.children:
        if child.dep_ == "appos" and (child.pos_ == "PROPN" or child.ent_type_ == "PERSON"):
            return child
    return None


def _role_around(tok: Token) -> str | None:
    """The role the article gives a named person: words before the name in its noun phrase
    ("Presiding judge Sylvie Marchand"), an apposition after it ("Harkin, a Democrat who chairs
    the transportation committee,") or the noun phrase it is in apposition to ("His lawyer, Julien
    Ravel")."""
    doc = tok.doc
    names = {t.i for t in _name_tokens(tok)}
    first = min(names) if names else tok.i
    left = [t for t in doc[tok.left_edge.i : first] if t.i not in names]
    while left and (left[0].lower_ in _DETERMINERS or left[0].is_punct):
        left.pop(0)
    if left and any(t.pos_ in ("NOUN", "PROPN") for t in left) and not any(
        t.is_punct and t.text != "." and t.text not in ("'s", "’s") for t in left
    ):
        return doc[left[0].i : left[-1].i + 1].text
    for child in tok.children:
        if child.dep_ == "appos" and child.i > tok.i:
            return _phrase_without_article(child)
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN":
        return _mention_text(tok.head, exclude=tok)
    return None


def _phrase_without_article(tok: Token) -> str:
    toks = [t for t in tok.subtree]
    while toks and (toks[0].lower_ in _DETERMINERS or toks[0].is_punct):
        toks.pop(0)
    while toks and toks[-1].is_punct:
        toks.pop()
    if not toks:
        return ""
    return tok.doc[toks[0].i : toks[-1].i + 1].text


def _contains_words(longer: str, shorter: str) -> bool:
    """Every word of ``shorter`` (but "the") is a word of ``longer``."""
    long_words = set(longer.lower().split())
    short_words = [w for w in shorter.lower().split() if w != "the"]
    return bool(short_words) and all(w in long_words for w in short_words)


def _name_of(head: Token) -> tuple[str, str | None]:
    """(name without titles, the titles) for a proper-name head."""
    toks = _name_tokens(head)
    titles = []
    while toks and toks[0].lower_ in _TITLES:
        titles.append(toks.pop(0).text)
    if len(toks) > 2 and (toks[0].lower_ in _OCCUPATIONS or toks[0].pos_ == "NOUN"):
        # "Rector Ilse Brunner": words before a known first name are a title
        for k in range(1, len(toks) - 1):
            if first_name_gender(toks[k].text) and not first_name_gender(toks[0].text):
                titles.extend(t.text for t in toks[:k])
                toks = toks[k:]
                break
    while toks and toks[-1].text in ("'s", "’s", "'", "’"):
        toks.pop()
    if not toks:
        return "", None
    doc = head.doc
    name = doc[toks[0].i : toks[-1].i + 1].text
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.isupper() and len(name) > 3:
        name = name.title()
    if name.lower().startswith("the "):
        name = name[4:]
    name = name.strip(" \"'“”‘’«»„‚‹›,.;:()[]")
    return name.strip(), " ".join(titles) or None


def _org_name(head: Token) -> str:
    """An organisation's name is its whole noun phrase: "Vallonia's Foreign Ministry"."""
    text = _mention_text(head)
    words = text.split()
    while words and words[0].lower() in _DETERMINERS:
        words.pop(0)
    if not words or len(words) > 8 or not all(w[:1].isupper() or w[:1] in "&'’" or
                                                 w.lower() in ("of", "for", "and", "de", "'s")
                                                 for w in words):
        return ""
    return " ".join(words)


def _kind_of(head: Token) -> str:
    label = head.ent_type_
    if label == "PERSON":
        return "person"
    if label in ("ORG", "GPE", "NORP", "FAC"):
        words = [t for t in _name_tokens(head) if t.lower_ not in _TITLES]
        if len(words) >= 2 and words[0].pos_ == "PROPN" and first_name_gender(words[0].text):
            return "person"  # "Anne-Laure Dufresne" tagged as an organisation
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
                    return head.doc[toks[0].i : toks[-1].i + 1].text
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
