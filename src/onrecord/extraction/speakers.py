"""Resolving speakers: one entity per person, organisation or group across every way the article
names it ("Alexei Borodavkin", "Borodavkin", "the diplomat", "the Russian envoy", "he").

Mentions are resolved in text order. Proper names cluster by surname and by containment
(``entities.py``); descriptions ("the diplomat") go to the entity whose role mentions their head
noun, else to the person last quoted (``descriptions.py``); pronouns go to the most recent
gender-compatible person who spoke or was the subject of a narrative sentence (``pronouns.py``).
Names inside quoted or reported content are spoken about, not speaking, and never become
antecedents. Names and roles are read off the parse by ``mentions.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from onrecord.extraction.attribution import (
    Part,
    in_marks,
    is_transcript_line,
    labelled_lines,
    question_verbs,
    writer_phrases,
)
from onrecord.extraction.cleaning import as_written, date_words, find_dateline
from onrecord.extraction.confidence import CONFIDENCE, CONTINUATION
from onrecord.extraction.cues import (
    addressee_prepositions,
    bracketed_rank_at,
    complementizers,
    dative_clitics,
    introducing_prepositions,
    is_according_to,
    is_cue,
    is_heading,
    is_relative_pronoun,
    is_relative_subject,
    latter_phrases,
    mention_tokens,
    object_clitics,
    office_closing_relative,
    only_anonymity,
    owned_in_relative,
    participle_as_noun,
    pronoun_key,
    reporting_word,
    subject_of,
)
from onrecord.extraction.descriptions import (
    age_adjective_range,
    described_age,
    indefinite_articles,
    is_family_noun,
    is_kin_counted,
    is_sibling_word,
    resolve_description,
    set_off_by_pronoun,
    third_possessives,
)
from onrecord.extraction.entities import (
    Discourse,
    Entity,
    Event,
    age_after,
    age_after_name,
    age_before_name,
    age_nouns,
    age_of_description_before,
    age_patterns,
    age_set_off,
    agent_prepositions,
    belonging_prepositions,
    comma_past_age,
    employer_prepositions,
    family_names,
    given_name_abbreviations,
    hyphenated_end,
    introduces_self,
    is_age_noun,
    is_name_opener,
    joining_hyphen,
    opening_participles,
    place_nouns,
    residence_prepositions,
    strip_article,
)
from onrecord.extraction.frames import naming_words
from onrecord.extraction.marks import MARK_PAIRS, QUOTATION_MARKS, UNAMBIGUOUS_MARKS
from onrecord.extraction.mentions import (
    appositive_name,
    description_gender,
    description_text,
    determiner,
    group_of_names,
    indefinite_description,
    initials_after,
    is_demonym,
    is_plural,
    issuer,
    job_set_off_after,
    kind_acronym,
    kind_of,
    lone_surname_speaks,
    looks_like_name,
    mention_text,
    morph_gender,
    name_after_team_and_role,
    name_of,
    name_tokens,
    nicknames_in_names,
    noun_gender,
    org_name,
    organisation_after,
    organisation_synonyms,
    organisation_type,
    organisations_by_kind,
    organisations_named_in_marks,
    parenthesised,
    partitive_head,
    person_nouns,
    restrictive_relative,
    role_around,
    role_opening_sentence,
    role_text,
    roles_beside,
    universal_determiner,
    untagged_people,
)
from onrecord.extraction.pronouns import is_speaker_pronoun, resolve_pronoun
from onrecord.gender import first_name_gender, is_first_name, known_as_written, news_gender
from onrecord.lexicon import (
    current_language,
    data_text,
    lexicon,
    optional_lines,
    optional_pairs,
    optional_rows,
    optional_words,
    per_language,
)
from onrecord.model import Speaker
from onrecord.names import (
    folded,
    is_honorific,
    is_role,
    is_title_word,
    name_key,
    party_tag,
    person_gender,
    spelt_out,
    strip_accents,
    title_fields,
    title_gender,
)

# The end of a sentence: a full stop, "!" or "?" before a space (not an initial's: "M. X"), or
# a paragraph's end.
_SENTENCE_END = re.compile(r"(?<!\b[A-ZÀ-ÖØ-Þ])[.!?](?=\s)|\n")

# A first name called out at the start of a host's sentence ("Patricia, vous appelez ...").
_VOCATIVE = re.compile(r"(?:^|[:.?!]\s+)([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?)\s*,")


class Resolver:
    """Resolves the mentions of one article in text order."""

    def __init__(self, text: str, blocks: Sequence[tuple[int, Doc]], parts: Sequence[Part],
                 agency: str | None = None):
        self.text = text
        self._agency = agency  # the wire dateline's agency: told the words, no one
        self.discourse = Discourse()
        if len(blocks) > 1 and is_heading(blocks[0][1]):
            self.discourse.headline_end = blocks[0][0] + len(blocks[0][1].text)
        self.content = sorted((p.start, p.end) for p in parts)
        self.direct = sorted((p.start, p.end) for p in parts if p.type == "direct")
        # subjects outside quotes, in text order: entities, or descriptions resolved when reached
        self._narrative: list[tuple[int, Entity | Token]] = []
        self._silenced: set[int] = set()  # names a relative clause right after says are silent
        self._focus: set[int] = set()  # where a cleft sentence's focus was named
        # people introduced by an indefinite description ("un vigneron"), by position
        # (where its description ends, the person), by where it starts
        self._indefinite: dict[int, tuple[int, Entity]] = {}
        self._blocks = blocks
        self._animals: set[str] = set()  # names of pets and beasts ("his pet Brutus")
        self._opened_at = 0  # where the quote of the part being resolved opened
        self._inventory(blocks)
        self._nicknames_in_names()
        self._subjects = [(pos, ent) for pos, ent in self._narrative if isinstance(ent, Entity)]
        self._described: list[tuple[int, Entity]] = []  # subjects described, as resolved

    @property
    def entities(self) -> list[Entity]:
        return self.discourse.entities

    # -- public ---------------------------------------------------------------------------------

    def resolve(self, parts: Sequence[Part]) -> list[tuple[Entity | None, float]]:
        """The entity of each part's speaker, with the confidence of the attribution."""
        results: list[tuple[Entity | None, float]] = []
        first_spoke: dict[int, int] = {}
        opened: dict[int, int] = {}  # where each quote (a group of parts) opened
        for part in parts:
            if part.group >= 0:
                opened.setdefault(part.group, part.start)
        for part in parts:
            pos = part.mention[0] if part.mention else part.start
            self._absorb_narrative(pos)
            self._opened_at = min(opened.get(part.group, part.start), part.start)
            ent: Entity | None
            introduced = self._introduced_before(part, parts)
            named = self._named_after_quote(part) or self._reporter_right_after(part, parts)
            if named is not None:  # '"..." That was the reaction of X': the name is the
                ent, (start, end) = named  # mention; a cue before the quote was another's
                part.mention, part.mention_text = (start, end), self.text[start:end]
                part.cue = part.cue_key = None
                conf = CONFIDENCE["name"]
            elif introduced is not None:
                ent, conf = introduced, CONFIDENCE["description"] * CONTINUATION
                pos = part.start
                at = max((p for p, e in self._subjects + self._described
                          if e is ent and p < part.start), default=-1)
                if at >= 0 and self.text.startswith(ent.name, at):  # the subject introduced is
                    part.mention = (at, at + len(ent.name))  # the mention; the cue the quote
                    part.mention_text = ent.name  # continued from was another's
                    part.cue = part.cue_key = None
            elif part.follows is not None and part.follows < len(results) and (
                answer := self._answer_to_asked(part, parts[part.follows], results[part.follows][0])
            ) is not None:
                ent, conf = answer, CONFIDENCE["description"] * CONTINUATION
            elif part.follows is not None and part.follows < len(results):
                ent, conf = results[part.follows]
                conf *= CONTINUATION
            elif results and results[-1][0] is not None and part.mention is not None and (
                parts[len(results) - 1].mention == part.mention
            ):  # "« A, rappelle la doyenne du comité. B »": the same mention, the same speaker
                ent, conf = results[-1]
            elif part.subject is not None:
                ent, conf = self._resolve_mention(part, pos)
                if part.follows is not None:
                    conf *= CONTINUATION
                if part.how == "exchange" and results and ent is not None and (
                    ent is results[-1][0] and self._asks(parts[len(results) - 1])
                ):  # "— Vous saviez ... ? a demandé la magistrate. / — Ils partaient à la
                    ent = self._defendant(ent, parts[len(results) - 1].start) or ent  # benne.":
                    # not the one who asked
                if results and ent is not None and ent is results[-1][0] and (
                    self._asks(parts[len(results) - 1])
                ):
                    ent = self._answerer_by_another_noun(part, ent) or ent
            else:
                ent, conf = self._subject_of_sentence(part), CONFIDENCE["description_guess"]
                if ent is None:
                    ent = self._name_right_before(part)
                if ent is None and self._continues(part):
                    ent, conf = self.discourse.latest_speaker(), CONFIDENCE["description_guess"]
                if ent is None:
                    conf = CONFIDENCE["none"]
            if ent is not None:
                ent.spoke = True
                if not self._embedded(part, parts):  # "She said the superintendent had warned that
                    # ...": the one who reports the report stays the latest speaker
                    self.discourse.events.append(Event(pos, ent, True))
                first_spoke.setdefault(id(ent), pos)
            results.append((ent, conf))
        results = self._name_introduced(results, first_spoke)
        results = self._lede_pronoun_named(parts, results)
        for ent in {id(e): e for e, _ in results if e is not None}.values():
            self._full_name(ent)
        return results

    def _answer_to_asked(self, part: Part, asked: Part, asker: Entity | None) -> Entity | None:
        """"« Et les étudiants, vous y avez pensé ? », lui a demandé la présidente, Anne X.
        « Tous les jours, madame la présidente. »": a quote with no cue right after a question
        its cue asked someone ("lui a demandé") is the answer of the one asked, the person the
        story was about before the asker, not the asker's."""
        if part.type != "direct" or part.cue not in (None, asked.cue) or (
            asked.block != part.block or part.start <= asked.end) or (
            asked.cue is None or asker is None
            or "?" not in self.text[asked.start : asked.end + 2]  # ("Vous en êtes certaine ?
        ):  # Il faisait nuit noire", a question and its reason)
            return None
        found = self._token_at(asked.cue[0])
        if found is None or found[1].lemma_.lower() not in question_verbs():
            return None
        verb = found[1]
        asked_words = dative_clitics() | object_clitics()  # "lui a demandé", "l'a interrogée"
        if not any(t.lower_.replace("’", "'") in asked_words
                   for t in verb.doc[max(0, verb.i - 3) : verb.i]):
            return None
        return next((ev.entity for ev in reversed(self.discourse.events)
                     if ev.entity is not asker and ev.entity.kind == "person"), None)

    def _embedded(self, part: Part, parts: Sequence[Part]) -> bool:
        """The part lies inside the content of another's report by a verb's subject ("She said
        the superintendent had warned that ..."), not of a frame ("Pour la défense, Me X a
        plaidé que ...", where X's report is the story's)."""
        return any(other.start <= part.start and part.end <= other.end and other is not part
                   and other.subject is not None and (
                       other.subject.dep_.startswith("nsubj") or (
                           other.frame == "clause" and other.subject.pos_ == "PROPN"
                           and not any(c.dep_ == "case" for c in other.subject.children)))
                   for other in parts)  # (or the name set off after a role: "Le porte-parole
        # du parti, Yannick X, a estimé que le gouvernement ... et a annoncé que ...")

    def _full_name(self, ent: Entity) -> None:
        """"« Bertrand Lacombe-Roy m'a dit ... »", then "M. Lacombe-Roy": a person the article
        calls by surname only, whose first name and surname stand together somewhere in it
        (inside a quote too), goes by that full name; never when two first names share it."""
        if ent.kind != "person" or not ent.named or len(ent.name.split()) != 1:
            return
        pattern = rf"\b([A-ZÀ-Þ][\w’'-]+) {re.escape(ent.name)}\b"
        firsts = {m.group(1) for m in re.finditer(pattern, self.text)
                  if first_name_gender(m.group(1)) is not None
                  and not is_title_word(m.group(1)) and not is_honorific(m.group(1))}
        if len(firsts) != 1:
            return
        first = firsts.pop()
        if ent.gender is not None and first_name_gender(first) not in (None, ent.gender):
            return
        ent.add_alias(ent.name)
        ent.name = f"{first} {ent.name}"

    def _named_after_quote(self, part: Part) -> tuple[Entity, tuple[int, int]] | None:
        """'"..." That was the reaction of Renata Solberg, ...', « ... » Ainsi a réagi le syndic,
        Laurent X: a quote with no cue after it whose next sentence opens with a phrase of
        data/<lang>/naming_after_quote.txt takes the speaker that phrase names; with where the
        name is written."""
        if (part.cue is not None and part.cue[0] > part.start) or part.type != "direct":
            return None  # a cue after the quote names its speaker; one before may be another's
        after = self.text[part.end : part.end + 120]
        lead = len(after) - len(after.lstrip("\"'”’»\u00a0\u202f .!?"))
        words = after[lead:].lower().replace("’", "'")
        phrase = next((p for p in naming_after_quote() if words.startswith(p + " ")), None)
        if phrase is None:
            return None
        at = part.end + lead + len(phrase) + 1
        found = self._token_at(at)
        if found is None:
            return None
        base, head = found
        named = appositive_name(head) or head
        if named.ent_type_ != "PERSON":  # "... the verdict of retired civil engineer X",
            named = ([t for t in head.doc[head.i : head.i + 9] if t.ent_type_ == "PERSON"
                      and looks_like_name(t) and not any(  # "came from Nakuru County
                          w.pos_ in ("VERB", "AUX", "PUNCT") for w in head.doc[head.i : t.i])
                      ] or [named])[-1]  # dairy development officer Ms X": the last person
            at += named.idx - head.idx
        if not looks_like_name(named):
            return None
        ent = self._proper_entity(named, at)
        if ent is None:
            return None
        toks = name_tokens(named)
        return ent, (base + toks[0].idx, base + toks[-1].idx + len(toks[-1].text))

    def _reporter_right_after(
        self, part: Part, parts: Sequence[Part]
    ) -> tuple[Entity, tuple[int, int]] | None:
        """'"Dust is the least of it." Wade Hollister, 41, who runs the family's cattle, said he
        would ...': a quote with no cue opening its paragraph takes the named person whose
        report starts right after it, rather than whoever spoke in the paragraph before."""
        if part.type != "direct" or part.how not in ("continuation", "none") or (
            part.how == "none" and part.cue is not None
        ) or self.text[self.text.rfind("\n", 0, part.start) + 1 : part.start].strip(
            "\"'“‘«\u00a0\u202f "
        ):
            return None
        after = self.text[part.end : part.end + 8]
        at = part.end + len(after) - len(after.lstrip("\"'”’»\u00a0\u202f .!?"))
        report = next((p for p in parts if p.block == part.block and p is not part
                       and p.cue is not None and p.start > part.end
                       and p.mention is not None and p.mention[0] == at), None)
        if report is None or report.mention is None or report.subject is None or (
            not looks_like_name(report.subject)
        ):
            return None
        ent = self._proper_entity(report.subject, at)
        return (ent, report.mention) if ent is not None and ent.kind == "person" else None

    def _token_at(self, at: int) -> tuple[int, Token] | None:
        """The paragraph's start and the word at article offset ``at``."""
        for base, doc in self._blocks:
            if base <= at < base + len(doc.text):
                span = doc.char_span(at - base, at - base + 1, alignment_mode="expand")
                return (base, span[0]) if span is not None and len(span) else None
        return None

    def _subject_of_sentence(self, part: Part) -> Entity | None:
        """"Un cadre de la banque, qui a requis l'anonymat, assure que ...": a cue the parser gave
        no subject reports for the person or organisation that opens its sentence."""
        if part.cue is None:
            return None
        cue = part.cue[0]
        found = [ent for pos, ent in self._subjects
                 if pos < cue and not re.search(r"[.!?»]\s|\n", self.text[pos:cue])]
        return found[-1] if found else None

    def _name_right_before(self, part: Part) -> Entity | None:
        """"Par voie de communiqué, le Centre intégré ... (CISSS) a indiqué que": the name the
        tagger found right before a subjectless cue and its auxiliaries (and the name's
        acronym in brackets) is its subject, whatever the parser hung it from."""
        found = self._token_at(part.cue[0]) if part.cue is not None else None
        if found is None:
            return None
        base, cue = found
        doc = cue.doc
        k = cue.i - 1
        while k > 0 and doc[k].pos_ == "AUX":
            k -= 1
        if doc[k].text == ")" and k >= 3 and doc[k - 2].text == "(":
            k -= 1  # the acronym, that names the body as well
        name = next((e for e in doc.ents if e.end == k + 1 and e.label_ in ("ORG", "PERSON")),
                    None)
        if name is None or k == cue.i - 1:
            return None
        at = base + name.start_char
        return next((e for e in self.entities if at in e.positions), None)

    def _continues(self, part: Part) -> bool:
        """"Et d'ajouter : « ... »": a subjectless cue after a phrase of
        data/<lang>/continuation_phrases.txt that opens its sentence."""
        if part.cue is None:
            return False
        before = self.text[max(0, part.cue[0] - 12) : part.cue[0]].lower().replace("’", "'")
        return any(re.search(rf"(?:^|[.!?»:]\s+){re.escape(p)}\s*$", before)
                   for p in continuation_phrases())

    def _introduced_before(self, part: Part, parts: Sequence[Part]) -> Entity | None:
        """"À la sortie de l'usine, une régleuse confie son inquiétude. « ... »": a quote with
        no cue, in a paragraph after the one its speaker would continue from (or with nobody to
        continue), belongs to the person who is the subject of a sentence before it in its own
        paragraph, or in the paragraph right before when that one quotes no one."""
        if part.type != "direct":
            return None
        if part.how == "continuation" and part.follows is not None:
            src_end, src_block = parts[part.follows].end, parts[part.follows].block
        elif part.how == "none" and part.cue is None:  # nobody it would continue
            earlier = [p for p in parts if p.end <= part.start]
            src_end, src_block = (earlier[-1].end, earlier[-1].block) if earlier else (0, -2)
        else:
            return None
        if src_block >= part.block:
            return None
        self._absorb_narrative(part.start)  # (the subjects described before it, resolved)
        # its own paragraph, or the paragraph right before when the quote opens its own and
        # that one quotes no one ("Régisseur du camping, Loïc X a appris la nouvelle ... \n
        # « ... »")
        opens = not self.text[self.text.rfind("\n", 0, part.start) + 1 : part.start].strip(
            "".join(QUOTATION_MARKS) + " \u00a0\u202f")
        breaks = 1 if opens and src_block < part.block - 1 else 0
        subjects = sorted(self._subjects + self._described, key=lambda found: found[0])
        found = [(pos, ent) for pos, ent in subjects
                 if src_end < pos < part.start and self.text.count("\n", pos, part.start) <= breaks
                 and ent.kind == "person" and not self._silent_at(pos, part.start)]
        # ("Faut-il craindre des licenciements ? Le directeur ne les exclut pas. « ... »")
        if not found:
            return None
        at, last = found[-1]
        others = [ent for _, ent in found if ent is not last]
        named = min(p for p, ent in found if ent is last)
        if others and not last.spoke and self.text[named - 2 : named] == ", " and (
            self._kin_named_at(named, self.text.rfind("\n", 0, at) + 1) is not None
        ):  # "Marcelle X ... Son voisin, Louis Y, la dépanne parfois. « ... »": not the kin
            return others[-1]  # named in passing, set off, who has not spoken
        paragraph = self.text.rfind("\n", 0, at) + 1
        topic = next((ent for p, ent in found if p == paragraph), None)
        if topic is not None and topic is not last and topic.spoke and not last.spoke and (
            self._set_off_by_pronoun(paragraph)
        ):  # "Lassâad X, lui, a replanté ... L'omda, Belgacem Y, est passé ... « ... »": the
            return topic  # paragraph's topic, who spoke before, not the one who never did
        return last

    def _silenced_since(self, d: Discourse, ent: Entity, pos: int) -> bool:
        """The person's last mention before ``pos`` had a relative clause say they would not
        speak, and they have done nothing since ("..., représentée par Anne X, qui n'a pas pris
        la parole. Elle a reconnu": not her)."""
        last = max((p for p in ent.positions if p < pos), default=None)
        return last is not None and last in self._silenced and not any(
            ev.entity is ent and ev.pos >= last for ev in d.events)

    def _set_off_by_pronoun(self, at: int) -> bool:
        """The name at ``at`` is set off by a personal pronoun between commas ("X, lui,")."""
        m = re.match(r"[^,\n]{2,60}, (\w+),", self.text[at : at + 80])
        return m is not None and is_speaker_pronoun(m.group(1).lower())

    def _between_marks(self, pos: int) -> bool:
        """``pos`` is inside words in marks that open before it and close after it in its
        paragraph (a slogan on a banner, no quotation: "une banderole « Nou anvi travay ! »"),
        for the marks that open and close differently."""
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        end = len(self.text) if end < 0 else end
        for opener, closers in MARK_PAIRS.items():
            if opener in closers:
                continue
            opened = self.text.rfind(opener, start, pos)
            if opened >= 0 and not any(c in self.text[opened:pos] for c in closers) and any(
                c in self.text[pos:end] for c in closers
            ):
                return True
        return False

    def _silent_at(self, pos: int, end: int) -> bool:
        """The sentence of the subject at ``pos`` says they would not speak ("X, présente mardi
        soir, n'a pas souhaité s'exprimer": data/<lang>/silence_phrases.txt)."""
        end = min(end, pos + _SENTENCE_WINDOW)  # (run for every narrative subject)
        stop = re.search(r"(?<!\b[A-Z])[.!?](?:\s|$)", self.text[pos:end])  # (not an initial's
        # full stop: "District Collector P. Arunachalam could not be reached")
        sentence = self.text[pos : pos + stop.end() if stop else end].lower().replace("’", "'")
        found = next((m for p in silence_phrases() for m in [p.search(sentence)] if m), None)
        return found is not None and not self._in_relative_clause(pos + found.start())

    def _silent_last(self, d: Discourse, ent: Entity) -> bool:
        """The latest event is ``ent``'s, in a sentence that says they would not speak, or a
        report of theirs in a relative clause of that sentence ("X, who wrote in March to say
        the season would go ahead, was not available for interview")."""
        events = d.events
        while len(events) > 1 and events[-1].entity is not ent and not events[-1].spoke and (
            events[-1].entity.kind != ent.kind
        ) and not re.search(r"[.!?]\s", self.text[events[-2].pos : events[-1].pos]):
            events = events[:-1]  # ("X could not be reached for comment when the Daily Courier
            # called her office": a body acting, not speaking, in the silence's own sentence)
        if not events or events[-1].entity is not ent:
            return False
        last, before = events[-1], events[-2] if len(events) > 1 else None
        return last.silent or (
            last.spoke and before is not None and before.entity is ent and before.silent
            and before.pos < last.pos and not re.search(r"[.!?]\s", self.text[before.pos:last.pos])
            and self._in_relative_clause(last.pos))

    def _in_relative_clause(self, at: int) -> bool:
        """The word at ``at`` belongs to a relative clause ("le curé, qui ... n'a pas souhaité
        s'exprimer": the priest's silence, not the mayor's)."""
        found = self._token_at(at)
        tok = found[1] if found is not None else None
        if tok is not None and _after_relative_pronoun_set_off(tok):
            return True
        for _ in range(8):
            if tok is None or tok.head is tok or _disagrees_with_conjunct(tok):
                return False
            if tok.dep_ in ("relcl", "acl:relcl") or (
                tok.pos_ in ("VERB", "AUX") and tok.head.pos_ in ("NOUN", "PROPN")
                and tok.head.dep_ != "ROOT"
            ):  # (or a verb the parser joined to a noun: "qui dessert ... et n'a pas"; not one
                return True  # it made the root: "Son mari, Gérard, ..., n'a pas dit")
            tok = tok.head
        return tok is not None and tok.dep_ in ("relcl", "acl:relcl")

    def _name_introduced(
        self, results: list[tuple[Entity | None, float]], first_spoke: dict[int, int]
    ) -> list[tuple[Entity | None, float]]:
        """A description that introduced someone ("The head of the harbour authority said")
        is the person the article names next ("Lena Dorsey, who runs the harbour, added")."""
        named: dict[int, Entity] = {}
        for ent, _ in results:
            if ent is None or not ent.introduced or id(ent) in named:
                continue
            pos = first_spoke[id(ent)]
            # named before anyone else speaks after it ("... added Lena Dorsey", not a person
            # quoted three paragraphs on)
            others = [p for key, p in first_spoke.items() if key != id(ent) and p > pos]
            limit = min(others) if others else len(self.text)
            indefinite = ent.name.split()[0].lower() in indefinite_articles()
            if ent.kind == "organisation":  # "A society restoring a 1920s tramcar says", then
                body = min((e for e in self.entities if e.kind == "organisation" and e.named
                            and e.positions and pos < min(e.positions) <= limit
                            and (ent.head or "") in e.name.lower().split()),
                           key=lambda e: min(e.positions), default=None)
                if body is not None:  # "The Cradleigh and District Tramway Society, a ..."
                    body.add_alias(ent.name)
                    ent.spoke = False
                    named[id(ent)] = body
                continue
            agree = [e for e in self.entities if e.kind == "person" and e.named and e.positions
                     and pos < min(e.positions) and e.spoke
                     and not e.occupation_differs(ent.head or "")
                     and not (ent.gender and e.gender and ent.gender != e.gender)]
            later = [e for e in agree if min(e.positions) <= limit and not (
                indefinite and not _holds(e, ent.head or "") and not self._lede_named(ent, e, pos))
                and not (ent.kin and not _holds(e, ent.head or ""))]  # "The sprinter's mother"
            # is not the principal who speaks next
            if not later and not indefinite:  # "the youngster's mum says ...", paragraphs on
                later = [e for e in agree if _holds(e, ent.head or "")]  # "his mum Kerry-Ann
                # Beckford, 33, said": the same word names her
            if later:
                person = min(later, key=lambda e: min(e.positions))
                person.add_alias(ent.name)
                person.add_role(strip_article(ent.name))
                if person.gender is None:
                    person.gender, person.gender_source = ent.gender, ent.gender_source
                ent.spoke = False
                named[id(ent)] = person
        return [(named.get(id(ent), ent), conf) for ent, conf in results]

    def _lede_pronoun_named(
        self, parts: Sequence[Part], results: list[tuple[Entity | None, float]]
    ) -> list[tuple[Entity | None, float]]:
        """"Il a longtemps parlé d'une « erreur de tri ». Mais mardi, ..., Yannick Le Floch a
        fini par admettre": a personal pronoun no one came before, opening the article's first
        paragraph, is the person of its gender that paragraph names first after it."""
        out = list(results)
        text = self.text
        for k, (part, (ent, _)) in enumerate(zip(parts, results, strict=True)):
            if ent is not None or part.mention is None:
                continue
            start, end = part.mention
            agrees = lexicon().pronouns.get(pronoun_key(text[start:end]))
            paragraph = text.rfind("\n", 0, start) + 1
            if agrees not in ("male", "female") or paragraph != start or "\n" in text[
                :paragraph
            ].strip("\n"):  # (a headline at most before it)
                continue
            stop = text.find("\n", start)
            stop = len(text) if stop < 0 else stop
            named = [e for e in self.entities if e.kind == "person" and e.named and e.positions
                     and start < min(e.positions) < stop and e.gender in (None, agrees)]
            if named:
                person = min(named, key=lambda e: min(e.positions))
                person.spoke = True
                out[k] = (person, CONFIDENCE["pronoun_named"])
        return out

    def _lede_named(self, ent: Entity, person: Entity, pos: int) -> bool:
        """"A Kilbrannagh grandmother who waited six years ... has said ..." in the article's
        first paragraph, "Bernadette Quinlan, a retired school cook, ..." opening the next: the
        lede's someone is the person the next paragraph names first."""
        text, first = self.text, min(person.positions)
        opens_next = text.rfind("\n", 0, first) + 1 == first and text.count("\n", pos, first) == 1
        in_lede = "\n" not in text[: text.rfind("\n", 0, pos) + 1].strip("\n")  # a headline at
        # most before its paragraph
        nobody_between = not any(e.kind == "person" and e is not person and e.positions
                                 and pos + len(ent.name) < min(e.positions) < first
                                 for e in self.entities)  # (not a name in the description:
        # "A Merrigindi Creek postie", the place the tagger made a person)
        return ent.kind == "person" and opens_next and in_lede and nobody_between

    # -- the article's named people and organisations -------------------------------------------

    def _inside(self, spans: list[tuple[int, int]], pos: int) -> bool:
        return any(s <= pos < e for s, e in spans)

    def _inventory(self, blocks: Sequence[tuple[int, Doc]]) -> None:
        """Register every named person and organisation outside direct quotes, with the roles
        the article gives them; subjects outside any quote become antecedents in turn."""
        for base, doc in blocks:
            # where the last organisation's name started, and where it ended
            last_org: tuple[int, int, Entity] | None = None
            office: tuple[str, int] | None = None  # an office and where its initials end
            people: list[tuple[SpacySpan, Entity]] = []
            dateline = find_dateline(self.text, base, base + len(doc.text))
            in_marks_of = {(s.start, s.end): kind for s, kind in organisations_named_in_marks(doc)}
            spans = list(doc.ents) + untagged_people(doc) + organisations_by_kind(doc) + [
                SpacySpan(doc, *k, label="ORG") for k in in_marks_of]
            if is_heading(doc):  # "Iskandar crashes out in first round": a headline's one word
                spans = [s for s in spans if len(s) > 1 or s.label_ != "ORG"]  # the tagger
                # took for an organisation is more often a person the story names in full
            for span in sorted(spans, key=lambda s: s.start_char):
                if dateline is not None and base + span.start_char < dateline.end:
                    continue  # "GENÈVE, 27 novembre (Agence Rhénane de presse) –": nobody here
                if span.text == self._agency:
                    continue  # "a déclaré à Hexapresse", the agency of the dateline: told
                kind_named = in_marks_of.get((span.start, span.end), "") if (
                    span.label_ == "ORG") else ""
                if kind_named:  # "le collectif « Pré-aux-Moines tranquille »"
                    self._organisation_in_marks(span.text, kind_named, base + span.start_char)
                    continue
                if span.start == 0 and span.end < len(doc) and doc[span.end].text == ":" and (
                    labelled_lines(self.text) <= 1
                ):  # "Kolhapur: Parents of 37 children staged a sit-in": a city's dateline in
                    continue  # an article with no speaker's label opening its lines
                pos = base + span.start_char
                if last_org is not None and _acronym_after(span, self.text, last_org[:2], pos):
                    bracket = self.text.rfind("(", 0, pos)
                    _name_to_acronym(last_org[2], self.text[last_org[0] : bracket].strip())
                    last_org[2].add_alias(span.text)  # "la Fédération ... (FAPE)", whatever
                    last_org[2].positions.append(pos)  # the tagger made of the acronym
                    continue
                quoted = self._inside(self.direct, pos)
                spelled = None if quoted else _spelled_before(span, self.text, pos)
                if spelled is not None and is_title_word(spelled.split()[-1]):
                    office = (spelled, pos + len(span.text) + 1)  # "Chief Medical Officer
                    continue  # (CMO) Dr R.K. Bansal": an office's initials, not a body's
                if spelled is not None:  # "Forêts vivantes de Lévanie (FVL)", the tagger's
                    org = self._spelled_organisation(spelled, span.text, pos)  # name lost,
                    last_org = (pos - len(spelled) - 2, pos + len(span.text) + 1, org)  # the
                    continue  # acronym tagged anything ("(CLML)" a miscellaneous entity)
                if span.label_ == "ORG" and _office_spelled_before_name(span):
                    continue  # "District Health Officer (DHO) Dr Tariq X": an office, whose
                    # initials come next
                if span.label_ not in ("PERSON", "ORG") and not (
                    span.label_ == "GPE" and span.root.dep_ == "nsubj"
                    and not (len(span) == 1 and is_demonym(span.root, before_name=True))
                ) and not self._known_surname(span.text, pos):  # a place that does something
                    continue  # is an organisation ("Parcelo suspended"); "Thériault-Dion,
                    # qui songeait ..., a tenu à" (a place for the tagger) is the racer
                if quoted or _short_quotation_around(self.text, pos, base + span.end_char):
                    continue  # (« Le Ciel confisqué », an essay's title: no one)
                words = [t.lower_ for t in span if t.is_alpha]
                if words and all(w in date_words() for w in words):
                    continue  # "Jeudi soir, elle a réuni l'équipe": a day, tagged a person
                if any(is_title_word(t.text) for t in span) and all(
                    t.pos_ == "DET" or is_title_word(t.text) for t in span if t.is_alpha
                ):
                    continue  # "Sa Majesté Émile X": the honorific, tagged apart, no name
                if last_org is not None and last_org[0] < pos < last_org[1]:
                    continue  # "l'ASBL Refuge Patte Tendue": no person, the organisation's name
                root = span.root
                if root.pos_ == "DET" and root.i == span.start and len(span) > 1 and (
                    span[-1].head.i >= span.end and span[-1].head.pos_ == "NOUN"
                ):
                    root = span[-1]  # "the Lakeshore Regional Transit Authority board": the
                    # parser hung every word on the noun after the name
                if not looks_like_name(root) and span.label_ == "ORG" and root.tag_ == root.pos_:
                    root = _name_word(span, root)
                if not looks_like_name(root) and not (
                    span.label_ == "ORG" and root.is_title and organisation_type(root)
                ):  # but "L'ONG Terres vivantes", a name the tagger called miscellaneous
                    continue  # "the finance ministry", "Commuters": descriptions, not names
                if span.label_ == "PERSON" and span.start > 0 and (
                    span[0].is_title and span.doc[span.start - 1].is_lower
                    and "Def" in span.doc[span.start - 1].morph.get("Definite", [])
                ) and (len(span) == 1 or not (
                    is_title_word(span[0].text) or is_honorific(span[0].text)
                    or first_name_gender(span[0].text))  # (but "le Dr Pauline X")
                ):
                    continue  # "his first gym class in the Barn": a place's nickname, no one
                    # ("le Men Glas n'a jamais été verbalisé": a boat)
                if span.label_ == "PERSON" and span[0].dep_ == "conj" and (
                    span[0].head.ent_type_ in ("LOC", "GPE") and span[0].head.i < span.start
                    and (any(c.dep_ == "case" for c in span[0].children)
                         or not first_name_gender(span[0].text))
                ):
                    continue  # "de Liège et de Sart-Ravel", "entre Lonvaux et Sart-Hayeux": a
                    # place, like the one before
                if span.label_ == "ORG" and _office_of_someone(span):
                    continue  # "La ministre des Transports et de l'Économie maritime, X,"
                if span.label_ == "ORG" and _modifier_only(span):
                    continue  # "a UEFA B licence", "a GCSE pass": a name inside a compound
                if span.label_ == "ORG" and is_title_word(root.text) and _capitalised_office(root):
                    continue  # "the Western Alliance TD added": an office, the party's member
                if _party_after_person(span):
                    continue  # "la sénatrice Maïwenn Trélaune (Vert Horizon)": her party
                if span.label_ == "PERSON" and name_after_team_and_role(span) is not None:
                    continue  # "Her nephew, Kingfishers hooker Brad X,": the team, no one
                if span.label_ == "PERSON" and _names_an_animal(span):
                    self._animals.add(span.text.lower())  # "his 50kg pet Brutus": no one
                    continue
                if span.label_ == "PERSON" and _place_of_a_body(span):
                    continue  # "pour un bureau d'études de Bulle": the place, tagged a person
                opening = next((t for t in span if t.pos_ != "DET"), span[0])
                if opening.is_lower and _in_a_named_body(opening):
                    continue  # "Le Collectif de défense de l'hôpital de X": its name's words
                ent = self._proper_entity(root, pos, span=span)
                if ent is None:
                    continue
                if ent.kind == "organisation":
                    kind = doc[span.start - 1] if span.start > 0 else None
                    if kind is not None and kind.is_lower and (
                        kind.lemma_.lower() in lexicon().organisation_types
                    ):  # "le syndicat Santé Action Montbrenac": of that kind
                        ent.types.add(kind.lemma_.lower())
                    last_org = (pos, _name_end(self.text, pos, ent.name, base + span.end_char),
                                ent)
                    _acronym_in_text(ent, self.text, *last_org[:2])
                if ent.kind == "person" and office is not None and (
                    0 < pos - office[1] <= 6 and not ent.roles
                ):
                    _describe(ent, office[0])  # the office whose initials were bracketed
                if ent.kind == "person" and (ent.gender is None or _read_without_accents(ent)):
                    # "Le ministre de l'intérieur, Abdoulaye X,"; "son directeur général, Hédi
                    # X" or "Hédi X, directeur général": not "Hedi"
                    by_office = _office_gender(span.root) or _office_after_gender(span)
                    if by_office is not None or ent.gender is None:
                        ent.gender = by_office
                        ent.gender_source = "office" if ent.gender else None
                elif ent.kind == "person" and ent.gender_source == "first name" and (
                    span.start >= 2 and doc[span.start - 1].text == ","
                    and span.root.head.i < span.start - 1
                    and not any(t.is_punct and not joining_hyphen(t)
                                for t in doc[span.root.head.i + 1 : span.start - 1])
                    and _office_gender(span.root) not in (None, ent.gender)
                ):  # "Le maire, Tiana X,": a first name the dictionary gives women, an office
                    ent.gender, ent.gender_source = None, None  # written for a man: unknown
                    # (its complement between them too: "Le maire de Morne-C, Jocelyn X,")
                told = _gender_set_off_after(span) if ent.kind == "person" and (
                    ent.gender_source == "first name") else None
                if told is not None and told != ent.gender:  # "Shamim X, a widow who ...":
                    ent.gender, ent.gender_source = told, "role"  # the noun, not the name
                if ent.kind == "person" and ent.gender is None:
                    ent.gender = _own_possessive_gender(span)  # "K. Ganeshan, 67, spent
                    ent.gender_source = "possessive" if ent.gender else None  # ... for his"
                if ent.kind == "person":
                    _describe(ent, _bracketed_office_before(span) or role_around(span.root),
                              organisation_after(span.root))
                    for beside in roles_beside(span.root):  # "The reigning champion, Romeo X,
                        if beside not in ent.roles:  # 24, a tricycle driver,": both
                            ent.add_role(beside)
                    fronted = role_opening_sentence(span)
                    if fronted is not None and fronted not in ent.roles:
                        ent.add_role(fronted)
                    if ent.gender is None:  # "Bukhari's own son, Faraz,": a man
                        ent.gender = next((g for role in ent.roles if _kin_role(role) and (
                            g := noun_gender(role.split()[-1]))), None)
                        ent.gender_source = "role" if ent.gender else None
                    if span.root.tag_ == span.root.pos_ and not any(
                        _names_occupation(r) for r in ent.roles
                    ):  # "c'est son frère cadet, Luc X, entraîneur adjoint depuis trois
                        ent.add_role(job_set_off_after(doc, span.end - 1))  # saisons,": the
                        # occupation after the name, where no office came before it
                    elif span.root.tag_ == span.root.pos_:
                        job = job_set_off_after(doc, span.end - 1)
                        if job and job not in ent.jobs:
                            ent.jobs.append(job)
                    people.append((span, ent))
                    ent.age = age_after(doc.text, span.end_char) or ent.age or (
                        age_of_description_before(doc.text, span.start_char))
                elif ent.kind == "organisation" and ent.agreement is None:
                    ent.agreement = _grammatical_gender(span)
                if not self._inside(self.content, pos) and not _possessor(span) and not (
                    _named_in_a_complement(span.root)
                ):  # but not "Mr Oakes's mother" (his mother acts), nor "les menuisiers de
                    ent.narrative.append(pos)  # l'entrepreneur Marc X" (his carpenters)
                if not self._inside(self.content, pos) and not parenthesised(span.root) and (
                    _is_subject(span.root) or _opens_sentence(span) or _subject_of_next_verb(span)
                    or _is_subject(_root_after_title(span))
                    or _inverted_relative_subject(span.root)
                ) and not _in_background(span) and not _set_off_in_opening_relative(span.root) and (
                    not owned_in_relative(span.root) and not in_marks(span.root)
                    and not self._between_marks(pos)
                ):  # but "Le député Yanis Méribel (Gauche commune) juge": the person's party;
                    # "whose Toyota Probox was seized": the name's owner's; "une banderole
                    # « Nou anvi travay ! »": a slogan's word
                    self._narrative.append((pos, ent))
                elif not self._inside(self.content, pos) and (
                    _presented(span) or _inverted_after_a_place(span)
                ):  # "La « dame du foin », c'est X."; "Parmi les partants figure Kévin X"
                    self._narrative.append((pos, ent))
                elif ent.kind == "person" and not self._inside(self.content, pos) and (
                    _silent_set_off(span)
                ):  # "a rencontré l'ingénieur ..., Marc-André X, qui n'a pas voulu commenter.
                    self._silenced.add(pos)  # Il estime": not him
                elif ent.kind == "person" and not self._inside(self.content, pos) and (
                    self.text[pos - 2 : pos] == ", " and self.text.startswith(",", pos + len(
                        span.text)) and self._silent_at(pos, base + len(doc.text))
                ):  # "sa fille, Nadège, qui l'aide ..., rince les verres sans un mot. Elle
                    self._silenced.add(pos)  # affirme": the name the parser made no subject
                elif not self._inside(self.content, pos) and _focus_of_cleft(span.root):
                    self._narrative.append((pos, ent))
                    opens = base + span.root.sent.start_char
                    if re.search(r"[.!?»]", self.text[self.text.rfind("\n", 0, opens) + 1 : opens]):
                        self._focus.add(pos)  # but a cleft that opens a paragraph names who
                        # speaks next ("Mardi, c'est la veuve, X, qui s'est avancée. « ... »")
            self._plural_subjects(base, doc)
            self._bodies_of_a_place(base, doc)
            self._indefinite_people(base, doc)
            self._unnamed_offices(base, doc)
            self._untagged_surname_subjects(base, doc)
            _roles_by_phrase(doc, people)
        self._narrative.sort(key=lambda x: x[0])

    def _organisation_in_marks(self, name: str, kind: str, pos: int) -> None:
        """The organisation a kind names in quotation marks ("un collectif baptisé « X »"),
        which a later "le collectif" is."""
        ent = self.discourse.match_name(name, "organisation", pos)
        if ent is None:
            ent = self.discourse.new(Entity("organisation", name), pos)
        else:
            ent.positions.append(pos)
        ent.types.add(kind)

    def _nicknames_in_names(self) -> None:
        """"Gérard « Ti-Gus » Lachance", 'Marcia "Cia" Price': a word or two in quotation marks
        between a person's first name and surname is what the article may call them alone
        ("explique Ti-Gus"); so is one a relative clause set off right after the name says
        people call them ("X, que tout l'îlet appelle « Ti Claude », ...": "conclut Ti
        Claude"; data/<lang>/naming_words.txt)."""
        found = [(ent, nickname) for first, nickname, last in nicknames_in_names(self.text)
                 for ent in self.entities if ent.kind == "person" and len(ent.name.split()) >= 2
                 and ent.name.split()[0] == first and ent.name.split()[-1] == last]
        set_off = _nickname_set_off_pattern()  # "Jean-Claude X, que tout l'îlet appelle « Ti
        if set_off is not None:  # Claude »,": the name people call them by, set off after it
            found += [(ent, m.group(1).strip()) for ent in self.entities if ent.kind == "person"
                      and ent.named for p in ent.positions if self.text.startswith(ent.name, p)
                      and (m := set_off.match(self.text, p + len(ent.name))) is not None]
        for ent, nickname in found:
            ent.add_alias(nickname)
            for other in [e for e in self.entities if e is not ent and e.name == nickname
                          and e.kind in ("person", "organisation") and not any(
                              ev.entity is e for ev in self.discourse.events)]:
                ent.positions = sorted(ent.positions + other.positions)
                self.discourse.entities.remove(other)  # the nickname's own entity
                # (whatever kind the tagger gave it)
                self._narrative = [(p, ent if f is other else f)
                                   for p, f in self._narrative]

    def _known_surname(self, word: str, pos: int) -> bool:
        """``word`` is the family name of one person named before ``pos``."""
        return sum(1 for e in self.entities if e.kind == "person" and e.named
                   and len(e.name.split()) > 1 and any(p < pos for p in e.positions)
                   and word.lower() in family_names(e.name)) == 1

    def _named_by_surname(self, surname: str, pos: int) -> Entity | None:
        """The person named in full before ``pos`` whose name ends with ``surname``."""
        known = self.discourse.match_name(surname, "person", pos)
        if known is not None and known.kind == "person" and min(known.positions) < pos and (
            len(known.name.split()) > 1 and known.name.split()[-1] == surname
        ):
            return known
        return None

    def _spelled_organisation(self, name: str, acronym: str, pos: int) -> Entity:
        """The organisation a bracketed acronym spells, registered under its full name."""
        ent = self.discourse.match_name(name, "organisation", pos)
        if ent is None or ent.kind != "organisation":
            ent = self.discourse.new(Entity("organisation", name), pos)
        ent.add_alias(acronym)
        ent.positions.append(pos)
        return ent

    def _bodies_of_a_place(self, base: int, doc: Doc) -> None:
        """"le bureau des objets trouvés de la mairie de Montfréval-sur-Seiche", "adopté par le
        conseil communal de Sidi Bouâmar": in a pipeline with universal tags, a public body
        described by its kind noun and the place it is of, wherever it stands outside a quote,
        is the one a later "la mairie", "le conseil communal" names (an English body is named
        in capitals)."""
        for tok in doc:
            if tok.tag_ != tok.pos_:
                return
            pos = base + tok.idx
            place = _body_of_a_place(tok)
            if place is None or self._inside(self.direct, pos) or self._inside(
                self.content, pos
            ) or is_plural(tok) or _in_a_named_body(tok):  # ("vers les hôpitaux de Guéret":
                continue  # no one body; "Le Collectif de défense de l'hôpital de X": its name)
            organisations = lexicon().organisation_nouns
            lemma = tok.lemma_.lower() if tok.lemma_.lower() in organisations else tok.lower_
            article = min(c.i for c in tok.children if c.dep_ == "det")
            end = _place_name_end(doc, place.i)
            if end is None:  # ("le ministère de la Transition écologique": a name of its own)
                continue
            self.discourse.descriptive("organisation", doc[article:end].text, lemma, "the")

    def _plural_subjects(self, base: int, doc: Doc) -> None:
        """"Les députés écologistes ont quitté l'hémicycle. Ils ont estimé ...": in a pipeline with
        universal tags, a plural description that is a sentence's subject outside any quote is a
        group, and a possible antecedent for "ils" and "elles"."""
        lex = lexicon()
        if is_heading(doc):
            return  # "Meurtre à la scierie : l'accusé nie": a headline's description is no one yet
        for tok in doc:
            if tok.dep_ == "nsubj" and tok.tag_ != tok.pos_ and determiner(tok) == "the" and (
                described_age(tok)
            ):  # "Back at the slipway, the 68-year-old was sorting ...": whoever is that age
                self._singular_subject(base, tok)
                continue
            if tok.dep_ == "obj" and tok.tag_ == tok.pos_ == "NOUN" and not is_plural(tok) and (
                determiner(tok) == "the" and described_age(tok) and _aged_noun(tok)
            ):  # "c'est un lynx qui a conduit le taxidermiste de 71 ans devant le tribunal": the
                self._singular_subject(base, tok)  # one named before, that age ("le
                continue  # septuagénaire")
            if tok.tag_ == tok.pos_ == "NOUN" and tok.dep_ not in ("nsubj", "nsubj:pass") and (
                tok.left_edge.i == tok.sent.start and determiner(tok) == "the"
                and not is_plural(tok) and set_off_by_pronoun(tok)
            ):  # "La bourgmestre, elle, se veut rassurante": the subject, put before
                self._singular_subject(base, tok)
                continue
            if tok.tag_ == tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and (
                tok.left_edge.i == tok.sent.start and determiner(tok) == "the"
                and not is_plural(tok) and tok.i + 2 < len(doc) and doc[tok.i + 1].text == ","
                and is_relative_pronoun(doc[tok.i + 2])
            ):  # "Le maire, qui a reçu ..., se dit prêt": the subject the parser made the root
                self._singular_subject(base, tok)
                continue
            if (tok.tag_ != tok.pos_ or tok.dep_ not in ("nsubj", "nsubj:pass")
                    or determiner(tok) is None
                    or (tok.pos_ != "NOUN" and not participle_as_noun(tok)
                        and tok.lower_ not in lex.occupations
                        and not (tok.pos_ == "ADJ" and tok.lower_ in person_nouns()))):
                continue  # "le prévenu"; "le bourgmestre" the tagger made an adverb; but "le
                # vieux marin", the noun made an adjective
            if not is_plural(tok):
                self._singular_subject(base, tok)
                continue
            lemma = tok.lemma_.lower()
            if lemma in lex.organisation_nouns or lemma in lex.document_nouns:
                continue
            if "Rel" in mention_tokens(tok)[0].morph.get("PronType", []):
                continue  # "L'ASC X, dont les membres distribuent ..., estime": a relative
                # clause's subject, no group of its own
            if tok.i > tok.head.i and any(c.like_num for c in tok.children if c.i < tok.i):
                continue  # "réclame 85 000 euros", the sum the parser made the verb's subject
            if any(c.like_num and c.i == tok.i - 1 and c.i > 0 and doc[c.i - 1].text == ","
                   for c in tok.children):
                continue  # "Kevin X, 31 ans, poursuivi pour ...": an age set off, no group
            pos = base + mention_tokens(tok)[0].idx
            if self._inside(self.direct, pos) or self._inside(self.content, pos):
                continue
            ent = self.discourse.descriptive("group", description_text(tok), lemma,
                                             determiner(tok))
            ent.positions.append(pos)
            self._narrative.append((pos, ent))

    def _singular_subject(self, base: int, tok: Token) -> None:
        """"L'émissaire, lui, se veut confiant.": a definite description of a person as a
        sentence's subject outside any quote is an antecedent for "il" and "elle", resolved when
        the reading reaches it."""
        if determiner(tok) == "the" and tok.lemma_.lower() in lexicon().organisation_nouns:
            self._organisation_subject(base, tok)
            return
        if determiner(tok) != "the" or _after_background_subordinator(mention_tokens(tok)[0]):
            return
        name = _name_set_off_after(tok)
        if name is not None:  # "Son chirurgien, le docteur Frédéric Mahieu, comparaissait", "Sa
            at = base + name.idx  # sœur aînée, Marie-Ève Bellerose, courait": the subject is
            known = next((e for e in self.entities if at in e.positions), None)  # the person
            if known is not None and known.kind == "person" and not self._inside(
                self.content, at
            ):
                self._narrative.append((at, known))
                return
        occupations = lexicon().occupations
        if tok.lemma_.lower() not in occupations and tok.lower_ not in occupations and not (
            is_sibling_word(tok.lower_) or described_age(tok) or (
                tok.lower_ in person_nouns() and age_adjective_range(tok) is not None
            ) or _kin_of_someone(tok)  # "Le jeune homme dit ne ressentir"; "le père d'une
            or (set_off_by_pronoun(tok) and (is_age_noun(tok.lower_) or is_kin_counted(tok)))
            or any(c.dep_ == "amod" and c.i == tok.i - 1 and c.lower_ in occupations
                   for c in tok.children)  # "le mécanicien retraité", the job tagged an
            or self._role_of_someone_named(tok)  # adjective; "le père d'une tireuse"; "La
        ):  # septuagénaire, elle, a réservé", "La mère de deux juniors, elle,"; "Le
            # débardeur n'a pas oublié", after "Le débardeur, Mathieu X,"
            return  # ("le prévenu", whose lemma the tagger may make "prévenir"; "le cadet";
            # "the 68-year-old was sorting a tangle of handlines")
        words = mention_tokens(tok)
        if any((t.pos_ == "PROPN" or t.ent_type_ not in ("", "DATE", "CARDINAL")) and not (
            t.i > tok.i and _place_after_of(t)
        ) and not t.is_lower for t in words) or name is not None:  # ("junior", tagged a name)
            return  # "le maire Gilles Thériault": the name is the subject the inventory has;
            # but "le ministre d'Etat", "La porte-parole de Veille Bouleaux" are the office
        pos = base + words[0].idx
        if not (self._inside(self.direct, pos) or self._inside(self.content, pos)):
            self._narrative.append((pos, tok))

    def _role_of_someone_named(self, tok: Token) -> bool:
        """A noun the article gave a person it named as their role ("Le débardeur, Mathieu
        X,"), whatever the lexicon's occupations list."""
        return any(e.kind == "person" and e.named and e.has_role_word(tok.lower_, lead=1)
                   for e in self.entities)

    def _untagged_surname_subjects(self, base: int, doc: Doc) -> None:
        """"Prasky fired back within the hour. '...,' she tweeted": the surname of a person named
        before, the subject of a sentence outside any quote, that the tagger took for a common
        noun, is that person as the sentence's subject; so is such a surname opening a sentence
        as its topic, set off by a personal pronoun between commas, whatever its tag
        ("Ouimet-Lavallée, lui, pensait déjà à vendredi")."""
        for tok in doc:
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.ent_type_ not in ("", "MISC") or (
                tok.pos_ == "PRON"
            ) or (  # ("Brodeur n'a pas fermé la porte", the surname tagged a noun and MISC)
                not tok.text[:1].isupper() or not tok.is_alpha or tok.n_lefts or tok.n_rights
            ):
                continue
            pos = base + tok.idx
            if self._inside(self.direct, pos) or self._inside(self.content, pos):
                continue
            known = self._named_by_surname(tok.text, pos)
            if known is not None:
                known.positions.append(pos)
                known.narrative.append(pos)
                self._narrative.append((pos, known))
        for sent in doc.sents:
            first, end = sent[0], hyphenated_end(doc, sent.start)
            # "Daniel X-Y, lui, est rentré": the parse made the name its root, no subject
            whole = first.ent_type_ == "PERSON" and first.ent_iob_ == "B" and (
                first.dep_ not in ("nsubj", "nsubj:pass"))
            if whole:
                end = sent.start + 1
                while end < len(doc) and doc[end].ent_iob_ == "I":
                    end += 1
            pos = base + first.idx
            if not first.is_title or end + 3 > len(doc) or (
                (doc[end].text, doc[end + 2].text) != (",", ",")
                or not is_speaker_pronoun(doc[end + 1].lower_)
            ) or self._inside(self.content, pos):
                continue
            surname = doc[sent.start : end].text
            known = self._named_by_surname(surname, pos)
            if known is None and whole:
                known = self.discourse.match_name(surname, "person", pos)
                known = known if known is not None and known.name == surname else None
            if known is not None:
                known.positions.append(pos)
                known.narrative.append(pos)
                self._narrative.append((pos, known))

    def _indefinite_people(self, base: int, doc: Doc) -> None:
        """"Dans le Lavaux, un vigneron a attendu trois semaines. « ... », lâche-t-il": in a
        pipeline with universal tags, someone new, described by a noun for a person (an
        occupation, data/<lang>/person_nouns.txt, an age: "une octogénaire attendait sous le
        panneau. « ... »") with an indefinite article that opens a
        sentence or a clause outside any quote, is an antecedent for "il" and "elle". Read off
        the words, not the parse: the small parser takes such nouns for adjectives."""
        people = person_nouns()
        indefinite = indefinite_articles()
        occupations = lexicon().occupations
        heading = is_heading(doc)  # ("Une ingénieure forestière de 36 ans rachète la scierie")
        for tok in doc[1:]:
            det = doc[tok.i - 1]
            if tok.i >= 2 and det.pos_ == "ADJ" and det.is_lower and det.head.i == tok.i:
                det = doc[tok.i - 2]  # "Un ancien cadre de la banque, qui ..., voit"
            if (tok.tag_ != tok.pos_
                    or not (universal_determiner(det) == "a" or det.lower_ in indefinite)
                    or not (tok.lower_ in people or tok.lower_ in occupations
                            or is_age_noun(tok.lower_) or _kept_anonymous(tok) is not None
                            or (tok.pos_ in ("NOUN", "PROPN") and tok.is_lower and _aged(tok)
                                and not heading
                                and tok.lemma_.lower() not in _animal_nouns()))
                    or not _opens_clause(det)):
                continue
            pos = base + det.idx
            if pos in self._indefinite or self._inside(self.direct, pos) or (
                self._inside(self.content, pos)
            ) or _set_off_after_a_name(det) or _person_set_off_after(tok) or (
                det.i > 0 and doc[det.i - 1].text in UNAMBIGUOUS_MARKS
            ) or (det.i > 1 and doc[det.i - 1].text == "," and doc[det.i - 2].is_title
                  and self._known_surname(doc[det.i - 2].text, pos)
                  and tok.dep_ == "appos" and tok.head.i == det.i - 2
            ) or (det.i > 1 and doc[det.i - 1].text == "," and _body_named_before(doc, det.i - 1)
                  and tok.dep_ in ("appos", "nmod")
            ):  # (once: "Une ingénieure forestière", two nouns for a person; "le cas de
                # Boulianne, un ami de trente ans": who the person named before is)
                continue  # ("dont Ndèye X, une veuve du quartier,": what the person named is,
                # "la société X, un négociant nantais": what the body named is;
                # "une banderole « Un médecin, pas un écran »": words in marks, a slogan)
            gender = morph_gender(det)
            if gender is None:
                continue
            described = indefinite_description(det)
            anonymous = _kept_anonymous(tok)
            if anonymous is not None:  # every word before the clause that hides the name
                described = max(described, doc[det.i : anonymous].text, key=len)
            relative = restrictive_relative(tok)
            if relative is not None:  # "Une joueuse qui a quitté l'équipe affirme"
                described = doc[det.i : relative + 1].text
            ent = self.discourse.descriptive("person", described, tok.lemma_.lower(), "a")
            ent.gender = gender
            ent.age = ent.age or described_age(tok)  # "une passagère de 63 ans": "la sexagénaire"
            ent.positions.append(pos)
            self._indefinite[pos] = (pos + len(ent.name), ent)
            self._narrative.append((pos, ent))

    def _unnamed_offices(self, base: int, doc: Doc) -> None:
        """"Interrogé par le président du tribunal, X a nié": an office with a definite
        article that a preposition governs and no name follows, outside any quote; a later
        "le président" with no one named so is that unnamed person (``definite_person``)."""
        occupations = lexicon().occupations
        for tok in doc[2:]:
            det, prep = doc[tok.i - 1], doc[tok.i - 2]
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in occupations or (
                universal_determiner(det) != "the" or det.pos_ != "DET" or prep.pos_ != "ADP"
            ) or prep.i == prep.sent.start or is_according_to(prep) or (
                appositive_name(tok) is not None
            ):
                continue  # ("Selon l'élu,", "Pour l'étudiant,": a source the article named)
            end = tok.i + 1
            while end < min(len(doc), tok.i + 6) and doc[end].pos_ in ("ADP", "DET", "NOUN", "ADJ"):
                end += 1
            named = end + 1
            while named < len(doc) and (doc[named].pos_ == "DET" or is_title_word(doc[named].text)):
                named += 1  # "par la vétérinaire de l'événement, la Dre Annie X, qui"
            after = named
            while after < len(doc) and (doc[after].pos_ == "PROPN" or (
                doc[after].ent_type_ == "PERSON" and doc[after].is_title
            )):
                after += 1
            if after > named and doc[end].text == "," and (
                after == len(doc) or doc[after].pos_ not in ("AUX", "VERB")
            ):
                continue  # "avec le directeur général de L, Markus X,": named
            pos = base + det.idx
            if self._inside(self.direct, pos) or self._inside(self.content, pos):
                continue
            # an agent's gender, for a later pronoun ("Interrogé par la présidente, ...")
            agent = prep.lower_ in agent_prepositions() and "Art" in det.morph.get("PronType", [])
            gender = description_gender(tok) if agent else None
            self.discourse.unnamed_offices.append(
                (pos, tok.lemma_.lower(), doc[det.i : end].text, gender))

    def _organisation_subject(self, base: int, tok: Token) -> None:
        """"Le parquet de Liège a requis ...": a body described with the place or organisation
        it belongs to, as a sentence's subject, is the one a later "le parquet" names; "La
        préfecture a convoqué une table ronde. « ... », indique-t-elle": a bare body, subject of
        its paragraph's first sentence and of no cue (whose subject speaks there), is an
        antecedent, resolved when the reading reaches it."""
        belonging = any(c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i > tok.i
                        for c in tok.children) or (tok.head.dep_ == "ROOT" and (any(
            c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i > tok.i  # "Le comité de riverains
            and ("Plur" in c.morph.get("Number", [])  # des Prés réclame": its members' place;
                 or c.lower_ in place_nouns())  # "le comité du village d'Ighil X a pris"
            and any(g.dep_ == "nmod" and (g.pos_ == "PROPN" or g.is_title) for g in c.children)
            for c in tok.children) or _common_chain_to_a_name(tok)))
        if not belonging and not (tok.left_edge.i == tok.sent.start == 0 and (
            tok.head.dep_ == "ROOT" and not is_cue(tok.head)
            and all(c.dep_ == "punct" or _set_off_by_commas(c) or _common_complement(c)
                    for c in tok.rights)
        )):  # ("La confrérie, fondée en 1842, compte encore 38 membres."; "Le comité de
            # riverains a déjà consulté un avocat. Il annonce")
            return
        pos = base + mention_tokens(tok)[0].idx
        if self._inside(self.direct, pos) or self._inside(self.content, pos):
            return
        if not belonging:
            self._narrative.append((pos, tok))
            return
        described = description_text(tok)
        if tok.text[:1].isupper():  # "la Coopérative laitière du Haut-Vallon": a name
            described = strip_article(described)
        ent = self.discourse.descriptive("organisation", described, tok.lemma_.lower(),
                                         determiner(tok))
        if tok.text[:1].isupper() or (tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT") or (
            tok.dep_ == "nsubj" and tok.left_edge.i == tok.sent.start and any(
                c.dep_ == "nsubj" and c.i > tok.i for c in tok.head.children)
        ):  # (or the body opening its sentence before a relative clause whose verb the parser
            # gave it as a second subject: "L'association de pêche X, dont les bénévoles
            # relèvent ..., s'inquiète que")
            self._narrative.append((pos, ent))  # a named body that opens its sentence is its
            # subject; so is "la préfecture du Morbihan a suspendu ... Elle a précisé"

    def _absorb_narrative(self, upto: int) -> None:
        events = self.discourse.events
        while self._narrative and self._narrative[0][0] < upto:
            pos, found = self._narrative.pop(0)
            if isinstance(found, Entity):
                ent = found
            else:
                ent, _ = resolve_description(self.discourse, found, pos)
                self._described.append((pos, ent))
            if any(ev.entity is ent and ev.spoke and ev.pos >= pos for ev in events[-3:]):
                continue  # the subject of a cue that spoke there: it spoke, it is not narrative
            if any(ev.spoke and ev.pos < pos <= ev.pos + 30 and ev.entity is not ent
                   and ev.entity.kind == ent.kind == "person"
                   and family_names(ev.entity.name) & family_names(ent.name)
                   and not re.search(r"[.!?\n]", self.text[ev.pos : pos]) for ev in events[-3:]):
                continue  # "Mr Kalinga said" after two Kalingas: the cue's mention, which the
                # quote resolved, and not the namesake the name alone would pick
            end = _SENTENCE_END.search(self.text, pos)
            event = Event(pos, ent, False, focus=pos in self._focus,
                          silent=self._silent_at(pos, len(self.text)),
                          sentence_end=end.start() if end else len(self.text))
            spoke = next((k for k in range(len(events) - 1, max(-1, len(events) - 4), -1)
                          if events[k].spoke and events[k].pos < pos and events[k].entity is not ent
                          and not re.search(r"[.!?\n]", self.text[events[k].pos : pos])), None)
            if spoke is not None and self._in_relative_clause(pos):
                events.insert(spoke, event)  # "Parent Zoliswa X, whose daughter Asemahle, 11,
                # sings first soprano, said: '...'": the quote came after the daughter
            else:
                events.append(event)

    # -- mentions -------------------------------------------------------------------------------

    def _resolve_mention(self, part: Part, pos: int) -> tuple[Entity | None, float]:
        head = part.subject
        assert head is not None
        if part.how == "transcript":
            return self._transcript_entity(part.mention_text or head.text, pos), CONFIDENCE[
                "transcript"
            ]
        set_off = _phrase_before_relative(head)
        if set_off is not None:
            head = set_off  # "par Josée X, la mère du joueur, qui affirme que": the parser
            # took the clause for an adverbial one
        elif is_relative_subject(head):
            head = head.head.head  # "Smith, who said" -> Smith
            while head.tag_ == head.pos_ == "NOUN" and head.dep_ in ("appos", "conj"):
                head = head.head  # "Marc Olivier, député ... et président ..., qui a dénoncé"
            around = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
            if around is not None and around.label_ in ("ORG", "PERSON"):
                head = around.root  # "la Fédération des installateurs ... (FIPI), qui réclame":
                # the clause the parser hung on a word inside the name is the name's
        else:
            head = _coordinated_relative(head) or head  # "une restauratrice qui tient ..., et
            # qui a demandé à rester anonyme, admet"
        head = (_name_before_its_age(head) or _name_before_its_description(head)
                or _subject_before_stressed_apposition(head) or head)
        # "Nanan Amoakon Ehui III, 81 ans, qui"; "Wilner X, 47 ans, un peintre qui ..., tempête"
        head = issuer(head)  # "a statement from the governor's office said"
        head = _name_under_title(head)  # "Me Thomas Delvaux": the parser's head is "Me"
        around = _entity_around(head)
        if around is not None and around.label_ == "ORG" and head.i > around.start and (
            head.is_lower and not looks_like_name(head) and around[0].is_title
            and around[0].lower_ in lexicon().organisation_nouns
        ):  # "Le Syndicat autonome des enseignants de X a jugé": the parse made "autonome" the
            org = self._proper_entity(_name_word(around, head), pos, span=around)  # head; the
            if org is not None and org.kind == "organisation":  # body the tagger named
                return org, CONFIDENCE["name"]
        latter = latter_phrases().get((part.mention_text or "").lower())
        if latter is not None:  # "a répondu ce dernier": the person named last
            ent = self._named_last(pos, latter)
            if ent is not None:
                return ent, CONFIDENCE["pronoun_named"]
        one = _name_after_one_of(head)
        if one is not None:  # "L'un d'eux, Boukary X, 31 ans, reconnaît que"
            ent = self._proper_entity(one, pos)
            if ent is not None and ent.kind == "person":
                return ent, CONFIDENCE["appositive"]
        if head.pos_ == "PRON" and head.tag_ == head.pos_ and partitive_head(head).i != head.i:
            return resolve_description(self.discourse, head, pos)  # "Un des chauffeurs, qui
            # a requis l'anonymat, affirme": one of a group, a description, no pronoun
        house = _house_opening(head)
        if house is not None:  # "Chez Éolis Famenne, on rappelle que": the company
            ent = self._proper_entity(house, pos, speaks=True)
            if ent is not None:
                return ent, CONFIDENCE["name"]
        topic = _topic_of(head) if head.pos_ == "PRON" else None
        if topic is not None:
            head = topic  # "Quant à la mairesse, elle se dit ...": the mayor
        if (head.pos_ == "PRON" and not _age_noun_tagged_a_pronoun(head)
                and not _name_tagged_a_pronoun(head)) or is_speaker_pronoun(head.lower_):
            org = self._organisation_just_before(head, pos) if not _continuing(head) or (
                self.discourse.events and self.discourse.events[-1].spoke) else None
            if org is not None:  # (but "« ... », a-t-il ajouté" goes on with who spoke, the
                # body itself when it spoke last: "l'entreprise assure que ... Elle ajoute que")
                return org, CONFIDENCE["pronoun_organisation"]
            single = self._singular_they(head, pos)
            if single is not None:
                return single, CONFIDENCE["pronoun_speaker"]
            continuing = _continuing(head) and not self._reopened(pos)
            view = self._before_clause(head, pos, continuing)
            ent, conf = resolve_pronoun(view, head.lower_, pos, named_since=not continuing)
            quiet = [e for e in view.entities if self._silenced_since(view, e, pos)] if (
                ent is None and self._silenced) else []
            if quiet:  # two named, one of whom a relative clause made silent: the other
                for silenced in quiet:
                    view = _without(view, silenced)
                ent, conf = resolve_pronoun(view, head.lower_, pos, named_since=not continuing)
            newcomer = self._newcomer(view, ent, head.lower_, pos) if ent is not None and (
                not continuing) else None
            if newcomer is not None:  # "Gilles-Omer X, 61 ans, pêche le crabe depuis 1983.
                ent = newcomer  # « ... », s'inquiète-t-il": not who spoke paragraphs before
            silent = ent is not None and (
                (part.type == "direct" and self._silent_last(view, ent)) or self._silenced_since(
                    view, ent, pos))  # (a report too, when a relative clause said so)
            kin_of = self._kin_in_passing(view, ent, pos, ent.gender) if ent is not None and not (
                silent) else None  # (one who would not speak: whoever else did, below)
            if kin_of is not None:  # "Raymond X a suivi les débats. Son petit-fils, Thibault,
                ent = kin_of  # l'avait conduit. « ... », a-t-il confié": Raymond
            if silent and ent is not None:
                # "Agnès X, elle, n'a pas souhaité s'exprimer. « ... », a-t-elle soupiré": the
                # one who would not speak did not say it; someone else of that gender did
                other, other_conf = resolve_pronoun(_without(view, ent), head.lower_, pos,
                                                    named_since=not continuing)
                if other is not None:
                    ent, conf = other, other_conf
            if ent is not None and _called_own(ent, self.text[part.start : part.end]):
                # "Sa fille, Maëlle, a commencé ... « ... je pensais que ma fille ... »,
                # glisse-t-elle": the quote's "ma fille" is not the daughter's own word
                ent, conf = resolve_pronoun(_without(view, ent), head.lower_, pos,
                                            named_since=not continuing)
            office = self._unnamed_office_of(head, pos, ent)
            if office is not None:
                ent, conf = office, CONFIDENCE["description"]
            if ent is None:  # "Riverside Council will cut its hours, it announced"
                ent = self._subject_of_own_content(head.lower_, part)
                conf = CONFIDENCE["pronoun_named"] if ent is not None else conf
            return ent, conf
        written = part.mention_text or ""
        if head.ent_type_ and "-" in written and written.startswith(head.text) and (
            written != head.text and " " not in written
        ):  # "a lancé Tremblay-Ouimet", the tagger's "Tremblay" heading no name: the whole
            hyphened = self.discourse.match_name(written, "person", pos)  # name, not Line
            if hyphened is not None:  # Tremblay
                return hyphened, CONFIDENCE["name"]
        opened = _name_after_opening_participle(head) or _name_after_opening_noun(head)
        if opened is not None:
            ent = self._proper_entity(opened, pos)
            if ent is not None:
                return ent, CONFIDENCE["name"]
        inside = _name_inside_office(head) or _name_after_job_complement(head) or (
            _name_ending_office_phrase(head))
        if inside is not None:  # "Leader of the Opposition Meenakshi Raghunathan of the ...
            ent = self._proper_entity(inside.root, pos)  # Front, however, claimed"
            if ent is not None and ent.kind == "person":
                ent.add_role(head.doc[head.i : inside.start].text)
                return ent, CONFIDENCE["appositive"]
        named = appositive_name(head) or _name_closing_after_office(head)
        if named is not None:
            ent = self._proper_entity(named, pos)
            if ent is not None:
                ent.add_role(role_text(head, exclude=named))
                ent.add_alias(part.mention_text or "")
                return ent, CONFIDENCE["appositive"]
        d = self.discourse
        ranked = _known_name_after_rank(d, head, pos)
        if ranked is not None:  # "Le capitaine de frégate Sèye-Ndoro a assuré": the surname
            ranked.add_alias(part.mention_text or "")  # of the man named in full before
            ranked.positions.append(pos)
            return ranked, CONFIDENCE["name"]
        whole = _entity_around(head)
        if whole is not None and whole.label_ == "ORG" and whole.start == head.i and (
            head.is_lower and head.lower_ in lexicon().organisation_nouns and len(whole) > 3
        ):  # "le ministère de l'Agriculture, des Pêcheries et de l'Alimentation": the body
            org = d.match_name(whole.text, "organisation", pos)  # by its whole name
            if org is None or org.kind != "organisation" or (
                org.name.lower() != whole.text.lower()
            ):
                org = d.new(Entity("organisation", whole.text), pos)
            org.positions.append(pos)
            return org, CONFIDENCE["name"]
        after = _entity_around(head.doc[head.i + 1]) if (
            kind_acronym(head) and head.i + 1 < len(head.doc)) else None
        if after is None and head.i + 1 < len(head.doc) and head.is_lower and (
            head.lower_ in lexicon().organisation_nouns
        ):  # "Pour le groupe Entente cantonale, ...": the name right after the kind's noun
            after = _entity_around(head.doc[head.i + 1])
            after = after if after is not None and after.label_ == "ORG" and (
                after.start == head.i + 1 and after[0].is_title
            ) and (after.end == len(head.doc) or not (
                    head.doc[after.end].is_lower and head.doc[after.end].is_alpha)) else None
            # (not "Le collectif Sauvons la maternité de X", the tagger's name cut short)
        if after is not None:  # "L'ONG Terres vivantes": the name after the kind's acronym
            org = d.match_name(after.text, "organisation", pos)
            if org is not None and org.kind == "organisation":
                org.positions.append(pos)
                return org, CONFIDENCE["name"]
        office = _office_by_initials(d, head, pos) or self._postnominal_holder(head, pos)
        if office is not None:
            office.add_alias(part.mention_text or head.text)
            return office, CONFIDENCE["description_of_named"]
        whole = _entity_around(head)
        if whole is not None and whole.label_ == "ORG" and len(whole) > 1 and any(
            t.lower_ in lexicon().organisation_name_words for t in whole
        ) and not any(first_name_gender(t.text) for t in whole):  # not "District Collector
            # Anand Kulkarni", tagged an organisation
            org = d.match_name(strip_article(whole.text), "organisation", pos)
            if org is not None and org.kind == "organisation" and (
                org.name.lower() == strip_article(whole.text).lower()
            ):  # "Inverbrack and Strathavie Community Council said", not the "Inverbrack" of
                org.positions.append(pos)  # the headline's villagers
                return org, CONFIDENCE["name"]
        said = strip_article(part.mention_text or "")
        if whole is not None and len(whole) < len(said.split()) and any(
            w.lower() in lexicon().organisation_name_words for w in said.split()[1:]
        ) and said.split()[0] in whole.text:  # "the Bannock Falls and District Chamber of
            org = d.match_name(said, "organisation", pos)  # Commerce", the tagger's entity
            if org is not None and org.kind == "organisation" and org.name == said:  # cut at
                org.positions.append(pos)  # "and", not the town the headline made a person
                return org, CONFIDENCE["name"]
        known = None
        named_body = whole is not None and whole.label_ == "ORG" and whole.start == head.i and (
            len(whole) > 1 and head.lower_ in lexicon().organisation_nouns)
        # ("Le Syndicat des chauffeurs-propriétaires de X", not a person named X before)
        if head.text[:1].isupper() and not named_body:
            honorific = _honorific_before(head)
            full = name_of(head)[0]
            if len(full.split()) > 1 and head.text in (full.split()[0], full.split()[-1]):
                # "Judge Amanda Chan", not the Chan named before her; "Dominique Castagnet",
                # not the Dominique Vallerand named before him
                known = d.match_name(full, "person", pos, title_gender(honorific))
                if known is not None and known.kind != "person":
                    known = None  # "DCI Amberley", which the tagger made an organisation
            if known is None:
                known = d.match_name(head.text, "person", pos, title_gender(honorific),
                                     titled=bool(honorific), title=_title_before(head))
        if known is None and head.text[:1].isupper() and "-" in name_of(head)[0] and not (
            named_body
        ):
            honorific = _honorific_before(head)  # "Thibodeau-Lavallée"; "M. Favre-Lugrin" is
            known = d.match_name(name_of(head)[0], "person", pos, title_gender(honorific),
                                 titled=bool(honorific))  # not his daughter
        if known is not None and known.kind == "person":
            known.positions.append(pos)  # a name known already, whatever the tagger made of it
            known.add_name(name_of(head)[0] or head.text)
            return known, CONFIDENCE["name"]
        if known is not None and head.text.isupper() and len(head.text) > 1 and (
            head.text.lower() in (a.lower() for a in known.aliases)
        ):  # "le SDCC" after "le Syndicat départemental des conducteurs de cars (SDCC)"
            known.positions.append(pos)
            return known, CONFIDENCE["name"]
        names = group_of_names(head)
        if names:
            return self._group_of_names(names, pos), CONFIDENCE["name"]
        named = _name_before_set_off_job(head)
        if named is not None:  # "Le conseiller général Jean-Marc X, agriculteur à la retraite,
            ent = self._proper_entity(named, pos, speaks=True)  # s'est dit": X, whom the
            if ent is not None:  # parser's subject, his job, describes
                return ent, CONFIDENCE["name"]
        if looks_like_name(head) and not (head.ent_type_ == "NORP" and determiner(head)) and (
            not _capitalised_office(head) and not is_demonym(head)
        ) or _titled_work(head) or _name_of_capitalised_nouns(head) or _numbered_name(head):
            # (a paper's name: "Le Réveil vaudrennais avait résumé"; "Pickleball Acadie, qui
            # organisait le tournoi")
            # ("One Republican said" is a description, not the party)
            ent = self._proper_entity(head, pos, speaks=True)
            if ent is not None:
                if ent.kind == "person":
                    _describe(ent, role_around(head), organisation_after(head))
                    word = name_tokens(head)[-1] if name_tokens(head) else head
                    ent.age = ent.age or age_after(head.doc.text, word.idx + len(word))
                    # ("Mabandla, 58, said", a surname the tagger did not take for a person)
                return ent, CONFIDENCE["name"]
        unnamed = self._kept_anonymous_description(head)
        if unnamed is not None:  # "explique le facteur de la tournée, qui préfère garder
            return unnamed, CONFIDENCE["description"]  # l'anonymat": someone new, unnamed
        for start, (end, person) in self._indefinite.items():
            # "une soigneuse jointe par téléphone affirme que"; "une riveraine réveillée par
            # les sirènes décrit": the parser's subject inside the description
            if start <= pos < end:
                return person, CONFIDENCE["description"]
        ent, conf = self._description_past_kin(head, pos) or resolve_description(d, head, pos)
        kind_named = _body_named_after_its_kind(head) if ent.kind == "organisation" and (
            not ent.named) else None
        if kind_named is not None:  # "Pour l'association Bien vieillir en Barrois, qui ...,
            body = self._organisation_named_at(kind_named) or self._proper_entity(  # « ... »":
                kind_named[0], pos, speaks=True, span=kind_named)  # the body named there,
            if body is not None and body.kind == "organisation":  # where the parser made
                return body, CONFIDENCE["name"]  # "association" a verb, the name its object
        last = d.latest_speaker()
        if _continuing(head) and ent is not None and ent.kind == "person" and (
            not any(c.dep_ in ("prep", "nmod", "compound") for c in head.children)  # a bare
            and not ent.has_role_word(head.lemma_.lower()) and not ent.has_role_word(head.lower_)
            and not ent.has_job_word(head.lemma_.lower(), head.lower_)  # ("Sa directrice, X,
            # œnologue formée à Y, ... « ..., poursuit l'œnologue. »": hers)
            and last is not None and last is not ent and last.kind == "person" and last.named
            and not last.occupation_differs(head.lemma_.lower())
            and not (last.gender and description_gender(head) not in (None, last.gender))
            and not _age_differs(last, head)
        ):  # noun: "« ... », a-t-elle tonné. « ... », a poursuivi l'élue": who went on
            last.add_alias(part.mention_text or head.text)  # speaking, not the councillor
            return last, conf  # named with her
        return ent, conf

    def _newcomer(self, d: Discourse, ent: Entity, word: str, pos: int) -> Entity | None:
        """The one person of the pronoun's gender that the pronoun's paragraph introduces by
        name at the start of a sentence, since ``ent``, the pronoun's antecedent, last did or
        said anything in an earlier paragraph."""
        agrees = lexicon().pronouns.get(pronoun_key(word))
        paragraph = self.text.rfind("\n", 0, pos) + 1
        last = max((ev.pos for ev in d.events if ev.entity is ent), default=-1)
        if agrees not in ("male", "female") or ent.kind != "person" or last >= paragraph:
            return None
        found = [e for e in d.entities if e is not ent and e.kind == "person" and e.named
                 and e.gender == agrees and " " in e.name and not e.spoke and e.narrative
                 and paragraph <= min(e.narrative) < pos
                 and _named_at_sentence_start(self.text, min(e.narrative), paragraph)]
        # or one who spoke before, named again in full ("Une recommandation qui fait sourire El
        # Hadji Mamadou Sarr. « ... » interroge-t-il"): a later mention would give the surname
        found += [e for e in d.entities if e is not ent and e.kind == "person" and e.named
                  and e.gender == agrees and " " in e.name and e.spoke
                  and any(paragraph <= p < pos and self.text.startswith(e.name, p)
                          for p in e.narrative)]
        if not found:  # "... sur les terres de Jean-Marc X, céréalier et ancien adjoint, qui
            # exploite 230 hectares avec son neveu, Thibault Y. « ... », a-t-il rappelé": the
            # one the paragraph introduces with what they do, whoever is named as kin
            found = [e for e in d.entities if e is not ent and e.kind == "person" and e.named
                     and e.gender == agrees and " " in e.name and not e.spoke and e.narrative
                     and paragraph <= min(e.narrative) < pos and e.roles
                     and not any(is_family_noun(w) for r in e.roles for w in r.lower().split())
                     and self._role_set_off_after(e)]  # (not "le député ..., Benoît X, qui a
            # refusé de commenter", an office first, whom the paragraph's subject met)
        return found[0] if len(found) == 1 else None

    def _role_set_off_after(self, ent: Entity) -> bool:
        """Where the person is first named, one of their roles is set off right after the name
        ("Jean-Marc X, céréalier et ancien adjoint,")."""
        first = min(ent.narrative)
        after = self.text[first : first + 200]
        if not after.startswith(ent.name):
            return False
        after = after[len(ent.name) :]
        return after.startswith(", ") and any(after[2:].startswith(r) for r in ent.roles)

    def _organisation_named_at(self, span: SpacySpan) -> Entity | None:
        """The organisation the inventory registered where ``span`` stands."""
        base = next((b for b, doc in self._blocks if doc is span.doc), None)
        if base is None:
            return None
        start, end = base + span.start_char, base + span.end_char
        found = [e for e in self.entities if e.kind == "organisation" and e.named
                 and any(start - 2 <= p < end for p in e.positions)]
        return max(found, key=lambda e: len(e.name), default=None)

    def _asks(self, part: Part) -> bool:
        """The quote is a question."""
        return "?" in self.text[max(part.start, part.end - 2) : part.end + 3]

    def _defendant(self, asker: Entity, asked: int) -> Entity | None:
        """The one person named before the question at ``asked`` whom the article made the
        defendant (a role of data/<lang>/defendant_phrases.tsv), when that is not ``asker`` and
        the paragraph before the question names them or their role ("La présidente a sous les
        yeux les relevés bancaires du prévenu. / — Vous saviez ... ?")."""
        roles = _defendant_roles()
        found = [e for e in self.entities if e.kind == "person" and e is not asker
                 and any(p < asked for p in e.positions)
                 and any(e.has_role_word(r) for r in roles)]
        if len(found) != 1:
            return None
        end = self.text.rfind("\n", 0, asked)
        start = self.text.rfind("\n", 0, max(end, 0)) + 1
        before = self.text[start:end].lower()
        named = any(start <= p < end for p in found[0].positions) or any(
            re.search(rf"\b{re.escape(r)}\b", before) for r in roles)
        return found[0] if named else None

    def _answerer_by_another_noun(self, part: Part, asker: Entity) -> Entity | None:
        """"— ... ? demande une vieille dame. / — Pas encore, madame, répond l'employée
        derrière la vitre": an answer whose definite description has another head noun than
        the unnamed person who asked is the one named with that noun, else someone new."""
        head = part.subject
        if head is None or asker.named or head.pos_ != "NOUN" or asker.head is None or (
            determiner(head) != "the"
        ):
            return None
        lemma = head.lemma_.lower()
        mention = (part.mention_text or head.text).strip()
        taken = mention in asker.aliases  # (taken for the asker's till now)
        if taken:
            asker.aliases.remove(mention)
        if folded(lemma) == folded(asker.head) or asker.has_role_word(lemma):
            if taken:
                asker.add_alias(mention)
            return None
        holder = next((e for e in self.discourse.by_recency(part.start) if e.kind == "person"
                       and e.named and e is not asker and (
                           e.has_role_word(lemma) or self._described_after_name(e, lemma))),
                      None)
        if holder is not None:  # "un client marchande avec Mamadou X, un éleveur de 52 ans. /
            holder.add_alias(mention)  # — ... ? demande le client. / — ..., répond l'éleveur"
            return holder
        ent = self.discourse.descriptive("person", mention, lemma, "the")
        ent.gender = ent.gender or description_gender(head)
        return ent

    def _described_after_name(self, ent: Entity, lemma: str) -> bool:
        """Somewhere the person's name is followed by a comma and the noun with an indefinite
        article ("avec Mamadou X, un éleveur de 52 ans"), whatever the parse made of it."""
        articles = indefinite_articles()
        for p in ent.positions:
            if not self.text.startswith(ent.name, p):
                continue
            end = p + len(ent.name)
            m = re.match(r",\s*(\w+)\s+(\w+)", self.text[end : end + 60])
            if m is not None and m.group(1).lower() in articles and (
                folded(m.group(2)) == folded(lemma)
            ):
                return True
        return False

    def _kept_anonymous_description(self, head: Token) -> Entity | None:
        """A definite description of a person whose relative clause says only that they keep
        their name back ("le facteur de la tournée, qui préfère garder l'anonymat"): someone
        the article never names, when no one holds the role and no one unnamed was described
        before."""
        if head.pos_ != "NOUN" or determiner(head) in (None, "a", "an"):
            return None
        end = _kept_anonymous(head)
        if end is None:
            return None
        lemma = head.lemma_.lower()
        if any(e.kind == "person" and (e.has_role_word(lemma) or not e.named)
               for e in self.entities):
            return None  # (but "Un soudeur ... L'ouvrier, qui a requis l'anonymat, reconnaît":
            # the one described before)
        first = min((c.i for c in head.lefts if c.dep_ in ("det", "amod", "nummod")),
                    default=head.i)  # (not "D'après" of "D'après le juge-arbitre, qui ...")
        words = head.doc[first:end].text
        ent = self.discourse.descriptive("person", words, lemma, determiner(head))
        ent.gender = ent.gender or description_gender(head)
        return ent

    def _description_past_kin(self, head: Token, pos: int) -> tuple[Entity, float] | None:
        """"Jason X has worked at the mill for 17 years. His wife, Alicia, is a teacher. / '...,'
        the 38-year-old said": a description that would fall to the kin named in passing last
        (``_kin_in_passing``) is the person whose kin that is, when it fits them."""
        d = self.discourse
        latest = d.events[-1].entity if d.events else None
        if latest is not None and latest.kind != "person" and not d.events[-1].spoke:
            # ("Vaitiare X récolte le coprah avec sa tante, Mareva X, qui .... Quatorze sacs
            # attendent.": the person named last, whatever happened to things since)
            named = [e for e in d.entities if e.kind == "person" and any(
                d.events[-1].pos > p for p in e.narrative)]
            latest = max(named, key=lambda e: max(p for p in e.narrative if p < pos),
                         default=None)
        elif latest is not None and d.events[-1].spoke:
            return None
        if latest is None or latest.kind != "person" or latest.spoke:
            return None
        owner = self._kin_in_passing(d, latest, pos, description_gender(head), unsure=True)
        if owner is None or _age_differs(owner, head):
            return None
        view = _without(d, latest)
        view.unnamed_offices = d.unnamed_offices
        ent, conf = resolve_description(view, head, pos)
        return (ent, conf) if ent is owner else None

    def _kin_in_passing(self, d: Discourse, ent: Entity, pos: int,
                        gender: str | None, unsure: bool = False) -> Entity | None:
        """When ``ent`` was first named in the mention's paragraph, set off after a possessive
        and a noun that is no occupation ("Son petit-fils, Thibault,"), and has not spoken: the
        person of ``gender`` (any, when None; or of no known gender, when ``unsure``) who did
        something earlier in that paragraph, whose kin it is."""
        paragraph = self.text.rfind("\n", 0, pos) + 1
        if ent.kind != "person" or ent.spoke or not ent.narrative or not (ent.gender or unsure):
            return None
        if paragraph > 0 and self.text[paragraph : paragraph + 1] in QUOTATION_MARKS:
            # (a paragraph the quote opens: the kin may be named in the one before, "À quelques
            # mètres, son cousin Samba X a vendu sa charrette. / « ... », a-t-il glissé")
            paragraph = self.text.rfind("\n", 0, paragraph - 1) + 1
        first = min(ent.narrative)
        if not paragraph <= first < pos:
            return None
        named = d.possessor_in_roles(ent, first)
        if named is not None and named is not ent and named.spoke and named.kind == "person" and (
            named.gender in (None, gender) or gender is None
        ):  # "Ocampo's eldest daughter, Grace, has worked in Dubai. '...,' she said": Ocampo
            # (not the council of "The council's conservation officer, Stephen X")
            return named
        owner = self._kin_named_at(first, paragraph)
        if owner is None:
            return None
        earlier = [ev.entity for ev in d.events if paragraph <= ev.pos < owner
                   and ev.entity is not ent and ev.entity.kind == "person"
                   and (ev.entity.gender == (gender or ev.entity.gender)
                        or (unsure and ev.entity.gender is None))]
        return earlier[-1] if earlier else None

    def _kin_named_at(self, first: int, floor: int) -> int | None:
        """Where the possessive starts when the name at ``first`` is set off after a possessive
        and a noun that is no occupation ("Son petit-fils, Thibault,", "Son voisin, Louis X,"),
        looking back no further than ``floor``; None otherwise."""
        start = max(floor, first - 40)
        words = list(re.finditer(r"[\w'’-]+", self.text[start:first].lower()))
        if len(words) >= 4 and words[-4].group() in third_possessives() and (
            words[-2].group() in introducing_prepositions()
        ):  # "Sa voisine de palier, Josiane X,": the noun's complement after it
            words = words[:-2]
        if len(words) < 2 or words[-2].group() not in third_possessives():
            return None
        noun = words[-1].group()
        lex = lexicon()
        if not is_family_noun(noun) and any(
            w in lex.occupations or is_title_word(w) for w in (noun, noun.split("-")[0])
        ):
            return None  # "Son entraîneur-chef, Luc X,": an office, not kin ("son père" is)
        return start + words[-2].start()  # (the kin's own mention is after it)

    def _unnamed_office_of(self, pronoun: Token, pos: int, ent: Entity | None) -> Entity | None:
        """"Interrogé par la présidente, le prévenu a gardé les yeux baissés. « ... » lui
        a-t-elle demandé": a pronoun of the gender of an unnamed office its paragraph named
        before it as an agent ("par la présidente"), with no one of that gender active since,
        is the office's holder."""
        agrees = lexicon().pronouns.get(pronoun_key(pronoun.lower_))
        start = self.text.rfind("\n", 0, pos) + 1
        offices = [o for o in self.discourse.unnamed_offices
                   if start <= o[0] < pos and o[3] == agrees]
        if agrees is None or not offices:
            return None
        at, word, words, _ = offices[-1]
        if any(ev.pos > at and ev.entity.gender == agrees for ev in self.discourse.events) or (
            ent is not None and any(at < p < pos for p in ent.positions)
        ):
            return None
        addressed = any(c.lower_ in dative_clitics() and c.i < pronoun.head.i
                        for c in pronoun.head.children)
        if not addressed and any(start <= ev.pos < at and ev.entity.gender == agrees
                                 for ev in self.discourse.events):
            return None  # "X a été entendu par le procureur ... Joint par téléphone, il a
            # reconnu": the one the paragraph is about, as no question to him is answered
        holder = self.discourse.descriptive("person", words, word, "the")
        holder.gender = holder.gender or agrees
        holder.positions.append(pos)
        return holder

    def _reopened(self, pos: int) -> bool:
        """The quote whose cue is at ``pos`` opened in an earlier paragraph and runs on to it
        ("Sa coordonnatrice, X, ouvre un classeur. « ... ¶ « ..., poursuit-elle. »"): the cue
        continues that quote, whoever opened it, not the last one to speak before."""
        return "\n" in self.text[self._opened_at : pos]

    def _before_clause(self, pronoun: Token, pos: int, continuing: bool) -> Discourse:
        """The discourse a pronoun is resolved in: an object pronoun ("le président lui a
        demandé") is never the subject of its own clause, so what its sentence said before it
        is left out."""
        if continuing:
            # "..., he added": the last speaker, not a person named since without a quote
            view = Discourse()
            view.entities = self.discourse.entities
            view.events = [ev for ev in self.discourse.events if ev.spoke]
            return view
        if pronoun.dep_ not in ("iobj", "obj") or pronoun.tag_ != pronoun.pos_:
            return self.discourse
        start = max(self.text.rfind(". ", 0, pos), self.text.rfind("\n", 0, pos))
        view = Discourse()
        view.entities = [e for e in self.discourse.entities
                         if not e.narrative or min(e.narrative) <= start]
        view.events = [ev for ev in self.discourse.events if ev.pos <= start]
        return view

    def _singular_they(self, pronoun: Token, pos: int) -> Entity | None:
        """"A library employee, who spoke on condition of anonymity because they were not
        authorized ..., said ... '...,' they said": a plural pronoun right after a lone speaker
        of unknown gender, in the same paragraph and with nobody named between, is that speaker
        (the singular "they")."""
        if lexicon().pronouns.get(pronoun_key(pronoun.lower_)) != "plural" or (
            pronoun.tag_ == pronoun.pos_  # French "ils" and "elles" are never one person
        ):
            return None
        events = self.discourse.events
        if not events or not events[-1].spoke:
            return None  # the last one the article named is the last to speak, no group since
        last = events[-1]
        breaks = self.text.count("\n", last.pos, pos)
        if last.entity.kind in ("person", "anonymous") and last.entity.gender is None and (
            breaks == 0 or (breaks == 1 and not last.entity.named)
        ):  # (an unnamed source's next paragraph too: "A council staff member, who asked not
            return last.entity  # to be named, said ... \n '...,' they said")
        return None

    def _organisation_just_before(self, pronoun: Token, pos: int) -> Entity | None:
        """"L'Association romande des assurés voit les choses autrement. Elle dénonce ...": "il"
        or "elle" right after an organisation whose name it agrees with (or shows no gender:
        "L'Union"), in the same paragraph and with no one else in between, stands for the
        organisation. Only where the tagger gives genders (French): an English "he" or "she"
        is never an organisation."""
        agrees = lexicon().pronouns.get(pronoun_key(pronoun.lower_))
        events = self.discourse.events
        if pronoun.tag_ != pronoun.pos_ or agrees not in ("male", "female") or not events:
            return None
        last = events[-1]
        if (last.entity.kind == "organisation" and last.entity.agreement in (agrees, None)
                and last.pos < pos and "\n" not in self.text[last.pos : pos]) and not any(
            e.kind == "person" and e.named and e.gender == agrees
            and any(last.pos < p < pos for p in e.positions) for e in self.discourse.entities
        ):  # (not past a person named since: "Une recommandation qui fait sourire X. « ... »
            return last.entity  # interroge-t-il")
        return None

    def _named_last(self, pos: int, agrees: str) -> Entity | None:
        """The entity named last before ``pos`` that "ce dernier" or "celle-ci" agrees with: a
        person of that gender, or a body whose name has it ("une pétition lancée par la Société
        historique du Lac. Celle-ci demande que")."""
        kinds = ("group", "organisation") if agrees == "plural" else ("person", "organisation")
        best: tuple[int, Entity] | None = None
        for ent in self.entities:
            if ent.kind not in kinds or (agrees != "plural" and ent.gender
                                         and ent.gender != agrees) or (
                agrees != "plural" and ent.kind == "organisation" and ent.agreement != agrees
            ):
                continue
            before = [p for p in ent.positions if p < pos]
            if before and (best is None or max(before) > best[0]):
                best = (max(before), ent)
        return best[1] if best is not None else None

    def _subject_of_own_content(self, pronoun: str, part: Part) -> Entity | None:
        """With no antecedent before it, a pronoun after the words it reports stands for the
        first agreeing entity named in them ("Riverside Council will cut opening hours, it
        announced")."""
        if part.mention is None or part.mention[0] < part.end:
            return None
        agrees = lexicon().pronouns.get(pronoun_key(pronoun))  # "-il", "-t-elle"
        inside = [e for e in self.entities if e.named
                  and any(part.start <= p < part.end for p in e.positions)]
        inside.sort(key=lambda e: min(p for p in e.positions if p >= part.start))
        for ent in inside:
            if agrees in ("organisation", "plural") and ent.kind in ("organisation", "group"):
                return ent
            if agrees in ("male", "female") and ent.kind == "person" and ent.gender == agrees:
                return ent
        return None

    def _known_surname_after_a_capitalised_word(
        self, head: Token, name: str, pos: int
    ) -> Entity | None:
        """"Beyond Trump's finances": a word capitalised only because it opens the sentence,
        which the tagger took into a name, before the surname of a person already named."""
        first = name_tokens(head)[0]
        words = name.split()
        if len(words) < 2 or not first.is_sent_start or first_name_gender(words[0]) or (
            first.text != words[0]
        ):  # "Kaumātua Wiremu Tawhai": the title opens the sentence, the name is whole
            return None
        known = self.discourse.match_name(words[-1], "person", pos)
        if known is not None and known.kind == "person" and len(known.name.split()) > 1 and (
            words[-1].lower() in family_names(known.name)
        ):  # not "Menteri Besar Datuk Seri Hamzah Rosli" after Rosli Aziz
            return known
        return None

    def _host(self, pos: int) -> Entity | None:
        """The interviewer the article names before the transcript ("Elle était l'invitée
        d'Antoine Bessières"), after a phrase of ``data/<lang>/host_phrases.txt`` or before one
        of ``hosting_verbs.txt`` ("Samuel Oyono-Marais a reçu Maëlle Kervadec"), or the one
        a phrase of ``credit_phrases.txt`` credits anywhere ("Propos recueillis par X")."""
        phrases = host_phrases()
        if not phrases:
            return None
        titled, labelled = _host_patterns()
        verbs = tuple(hosting_verbs())
        credits = tuple(p + " " for p in _credit_phrases())
        for ent in self.entities:
            if ent.kind != "person" or not ent.named:
                continue
            for at in ent.positions:
                before = self.text[max(0, at - 70) : at].lower().replace("\u2019", "'")
                if credits and before.endswith(credits):  # "Propos recueillis par X", in
                    return ent  # the last line
                opened = next((p if p.endswith("'") else p + " " for p in phrases
                               if before.endswith(p if p.endswith("'") else p + " ")), None)
                if opened is not None and before[: -len(opened)].rstrip().endswith(
                    tuple(writer_phrases())
                ):  # "This newspaper spoke to Kh.X": the one the paper interviewed, its guest
                    continue
                apart = _host_phrases_apart()
                if at < pos and (opened is not None or titled.search(before)
                                 or labelled.search(before)
                                 or (apart is not None and apart.search(before))):
                    return ent
                after = self.text[at : at + len(ent.name) + 40]
                if at < pos and after.startswith(ent.name) and after[len(ent.name) :].lstrip(
                ).lower().replace("\u2019", "'").startswith(verbs):  # "Samuel X a reçu Y"
                    return ent
        return self._credited(credits) if credits else None

    def _own_questioner(self, pos: int) -> str | Entity | None:
        """How the article named the newspaper's own questioner before ``pos`` ("a répondu aux
        questions de notre journaliste"): data/<lang>/questioner_phrases.txt; the person named
        right after, set off by a comma, where there is one ("de notre correspondant à
        Kisangani, Dieudonné X")."""
        before = self.text[:pos].replace("\u2019", "'")
        found = [m for p in questioner_phrases() for m in p.finditer(before)]
        if not found:
            return None
        last = max(found, key=lambda m: m.start())
        for ent in self.entities:
            if ent.kind == "person" and ent.named and any(
                re.fullmatch(r"(?:\s+[\w'-]+){0,3},\s*", before[last.end() : p])
                for p in ent.positions if last.end() < p < min(pos, last.end() + 40)
            ):
                return ent
        return last.group(1).lower()

    def _credited(self, credits: tuple[str, ...]) -> Entity | None:
        """The person a credit line names ("Propos recueillis par Anne-Claude X", on a line of
        its own), whom the tagger may have left out."""
        phrases = "|".join(re.escape(p.strip()) for p in credits)
        m = re.search(rf"(?im)^\W*(?:{phrases})\s+((?:[^\W\d_][\w'’-]*\s?){{2,4}})\W*$",
                      self.text.replace("\u2019", "'"))
        if m is None or not all(w[:1].isupper() for w in m.group(1).split()):
            return None
        name = m.group(1).strip()
        d = self.discourse
        known = d.match_name(name, "person", m.start(1))
        return known if known is not None else d.new(Entity("person", name), m.start(1))

    def _postnominal_holder(self, head: Token, pos: int) -> Entity | None:
        """"the Thera said" after "Ven. Kalugalhena Dhammaloka Thera": after an article, a word
        that only ever follows a name (data/<lang>/names.tsv's postnominal class) is the one
        person named before with that word right after the name."""
        if head.lower_.rstrip(".") not in lexicon().postnominals or determiner(head) != "the":
            return None
        word = re.compile(rf"\W{{1,3}}{re.escape(head.text)}\b")
        holders = [e for e in self.entities if e.kind == "person" and e.named and any(
            p < pos and self.text.startswith(name, p)
            and word.match(self.text, p + len(name)) is not None
            for p in e.positions for name in (e.name, *e.aliases))]
        return holders[0] if len(holders) == 1 else None

    def _self_named_host(self, pos: int) -> Entity | None:
        """The person a questioner's line names after a phrase of
        data/<lang>/self_introductions.txt before ``pos`` ("PRESENTER: Good morning ..., I'm
        Siobhán X."): the host naming themself, those lines theirs."""
        labels = lexicon().questioner_labels
        end = self.text.find("\n", pos)
        end = len(self.text) if end < 0 else end  # (a name on the line at pos counts too)
        for base, doc in self._blocks:
            for ent in doc.ents:
                at = base + ent.start_char
                if at >= end or ent.label_ not in ("PERSON", "PER"):
                    continue
                line = self.text[self.text.rfind("\n", 0, at) + 1 : at]
                label = line.split(":", 1)[0].strip().lower() if ":" in line else ""
                if label and (label in labels or strip_article(label) in labels) and (
                    introduces_self(line)
                ):
                    name = name_of(ent.root)[0] or ent.text
                    found = self.discourse.match_name(name, "person", at)
                    return found if found is not None and found.kind == "person" else (
                        self.discourse.new(Entity("person", name), at))
        return None

    def _guest(self, pos: int) -> Entity | None:
        """Who answers an interview's questions: the first person named in the paragraph that
        introduces the transcript ("Dr. S. Jayalakshmi, ..., answered questions from ...", after
        a story about others), else the first person the article names before it; its host
        aside."""
        host = self._host(pos)
        named = [e for e in self.entities if e.kind == "person" and e.named and e is not host
                 and any(p < pos for p in e.narrative)]
        end = self.text.rfind("\n", 0, pos)
        headings = 0
        while end > 0:
            start = self.text.rfind("\n", 0, end) + 1
            line = self.text[start:end]
            if line.strip() and not is_transcript_line(line):
                intro = [e for e in named if any(start <= p < end for p in e.narrative)]
                if intro:
                    return min(intro, key=lambda e: min(p for p in e.narrative
                                                        if start <= p < end))
                titled = [e for e in self.entities if e.kind == "person" and e.named
                          and e is not host and " " in e.name and e.name in line]
                if titled:  # a heading that names the guest: "Trois questions à Ginette X"
                    return min(titled, key=lambda e: line.index(e.name))
                named_there = _name_in_heading(line) if _heading_line(line) and not any(
                    p in line.lower() for p in _credit_phrases()) else None  # (not "Propos
                # recueillis par X": the one who asked)
                if named_there is not None:  # named only there, in no parsed paragraph
                    found = self.discourse.match_name(named_there, "person", start)
                    if found is None or found.kind != "person":
                        found = self.discourse.new(Entity("person", named_there), start)
                        found.gender = person_gender(named_there)
                    return found
                if headings or not _heading_line(line):
                    break
                headings += 1  # "Extraits de l'entrevue": the paragraph before it introduces
            end = start - 1  # the guest
        return min(named, key=lambda e: min(e.narrative)) if named else None

    def _transcript_heading(self, pos: int) -> str:
        """The subheading right above the transcript ``pos`` is in ("" for none)."""
        end = self.text.rfind("\n", 0, pos)
        while end > 0:
            start = self.text.rfind("\n", 0, end) + 1
            line = self.text[start:end]
            if line.strip() and not is_transcript_line(line):
                return line if _heading_line(line) else ""
            end = start - 1
        return ""

    def _transcript_entity(self, raw: str, pos: int) -> Entity:
        label = raw.strip().rstrip(":").strip()
        d = self.discourse
        bare = strip_article(label).lower()  # "L'ANIMATRICE :"
        if label.lower() in lexicon().questioner_labels or bare in lexicon().questioner_labels:
            host = self._self_named_host(pos) or self._host(pos)
            if host is not None:
                host.add_alias(label)
                return host
            own = self._own_questioner(pos)
            if isinstance(own, Entity):
                own.add_alias(label)
                return own
            if own is not None:  # "a répondu à notre correspondant": "Question :" is his
                return d.descriptive("anonymous", own, own.split()[-1], None)
            name = questioner_name()
            plural = _questioners_name(current_language())
            labels = "|".join(re.escape(w) for w in sorted(lexicon().questioner_labels))
            if plural is not None and re.search(  # "a répondu aux questions des journalistes":
                rf"\b(?:{labels})s?\W+(?:\w+\W+){{0,2}}{re.escape(plural.split()[-1])}\b",
                self.text[:pos], re.IGNORECASE,
            ):  # the questions are theirs
                name = plural
            return d.descriptive("anonymous", name, name.split()[-1], None)
        if label.lower() in lexicon().answerer_labels or bare in lexicon().answerer_labels:
            guest = self._guest(pos)
            if guest is not None:
                guest.add_alias(label)
                return guest
        holders = [e for e in d.by_recency(pos) if e.kind == "person" and e.named
                   and any(p < pos for p in e.positions)  # (not one the article names later)
                   and len(bare.split()) == 1 and (e.has_role_word(bare) or any(
                       self.text[max(0, p - 30) : p].lower().endswith(f" {bare} ")
                       or _set_off_after_phrase_of(bare, self.text[max(0, p - 60) : p])
                       for p in e.positions if p < pos))]  # ("le colonel Hervé X"; "counsel
        # for the accused, Mr Kojo X," for "COUNSEL:")
        if not holders and 1 < len(bare.split()) <= 3 and bare.replace(" ", "").isalpha():
            holders = [e for e in d.by_recency(pos) if e.kind == "person" and e.named
                       and all(e.has_role_word(w) for w in bare.split())]  # "SECRETARY
            # MANAGER:" after "Secretary Manager Hyacinth X"
        if len(holders) == 1:  # "LE MAIRE :" after "le maire de la commune, Gilles X"
            holders[0].add_alias(label)
            return holders[0]
        chairing = self._done_by(bare, pos) if bare.isalpha() else None
        if chairing is not None:  # "THE CHAIR:" after "The committee was chaired by Cllr X"
            chairing.add_alias(label)
            return chairing
        spelt = self._named_after_acronym(label, pos)
        if spelt is not None:  # "MCE:" after "the Municipal Chief Executive (MCE), Mrs Gifty X"
            spelt.add_alias(label)
            return spelt
        described = next((e for e in d.by_recency(pos) if not e.named and e.head
                          and e.kind in ("person", "anonymous") and folded(bare) in (
                              folded(e.head), *folded(e.name).split()[:2])), None)
        if described is not None:  # "AUDITRICE :" after "une auditrice de X a pris l'antenne"
            described.add_alias(label)
            return described
        if bare in lexicon().caller_labels:
            caller = self._caller(label, pos)
            if caller is not None:
                return caller
        words = label.title().split()
        titles = []
        while len(words) > 1 and is_title_word(words[0]):
            titles.append(words.pop(0))  # "MAYOR DORSEY": the mayor, Dorsey
        name = " ".join(words) or label.title()
        surname = name_key(name).split()[-1] if name_key(name) else name.lower()
        kin = [ent for ent in d.by_recency(pos)
               if ent.kind == "person" and ent.named and name_key(ent.name).endswith(surname)]
        same = [ent for ent in kin if name_key(ent.name) == name_key(name)]
        heading = self._transcript_heading(pos) if len(kin) > 1 and not same else ""
        same = same or [ent for ent in kin if heading and ent.name in heading]  # "GARNIER :"
        # after "Deux questions à Élodie Garnier", not her mother
        for ent in same or kin:  # "MATHIS LEBRUN :" is not the grandfather Armand Lebrun
            ent.add_alias(label)
            return ent
        first = d.match_first_name(name, pos) if len(name.split()) == 1 else None
        if first is not None:  # "MARGAUX :" for the host introduced as Margaux Delestrade-Huon
            first.add_alias(label)
            return first
        initialled = [e for e in d.by_recency(pos) if e.kind == "person" and e.named
                      and label.isalpha() and label.isupper() and 2 <= len(label) <= 4
                      and _initials(e.name) == label]
        if len(initialled) == 1:  # "NLG :" for Nathalie Le Goff, named before
            initialled[0].add_alias(label)
            return initialled[0]
        name = _full_name_in_heading(name, self._transcript_heading(pos)) or name
        ent = d.new(Entity("person", name), pos)
        ent.add_role(" ".join(titles))
        return ent

    def _done_by(self, noun: str, pos: int) -> Entity | None:
        """The one person named before ``pos`` right after the label's noun made a participle
        and "by" ("chaired by Cllr X" for "CHAIR", "chaired by board member Prof. X" for
        "CHAIRPERSON"), up to three words between them."""
        done = re.compile(r"\b(\w{4,}?)e?d by (?:\S+ ){0,3}$")

        def by(p: int) -> bool:
            found = done.search(self.text[max(0, p - 60) : p].lower())
            return found is not None and noun.startswith(found.group(1))

        found = [e for e in self.entities if e.kind == "person" and e.named and any(
            p < pos and by(p) for p in e.positions)]
        return found[0] if len(found) == 1 else None

    def _named_after_acronym(self, label: str, pos: int) -> Entity | None:
        """The person named right after a label's acronym in brackets before the transcript
        ("the Municipal Chief Executive (MCE), Mrs Gifty X": "MCE:" is her)."""
        if not (label.isalpha() and label.isupper() and 2 <= len(label) <= 5):
            return None
        for match in re.finditer(rf"\({re.escape(label)}\),?\s+", self.text[:pos]):
            after = [(min(p for p in e.positions if p >= match.end()), e) for e in self.entities
                     if e.kind == "person" and e.named
                     and any(match.end() <= p <= match.end() + 12 for p in e.positions)]
            if after:
                return min(after, key=lambda found: found[0])[1]
        return None

    def _caller(self, label: str, pos: int) -> Entity | None:
        """A caller's label ("AUDITRICE :") stands for the first name the host's line just before
        calls out ("Patricia, vous appelez de Lorvignac ?", "Yannick, éleveur à X, vous êtes en
        ligne."); with no name there, for whom the same label stood last."""
        d = self.discourse
        start = self.text.rfind("\n", 0, pos) + 1
        before = self.text[self.text.rfind("\n", 0, max(start - 1, 0)) + 1 : start]
        called = [m for m in _VOCATIVE.finditer(before) if first_name_gender(m.group(1))]
        if called:
            name = called[-1].group(1)
            ent = next((e for e in d.by_recency(pos) if e.kind == "person" and e.named
                        and e.name == name), None) or d.new(Entity("person", name), pos)
            ent.add_alias(label)
            return ent
        return d.known_alias(label, "person")

    def _group_of_names(self, heads: list[Token], pos: int) -> Entity:
        """One speaker for "Kim and Lee": a group named by its members' names."""
        members = [name_of(h)[0] or h.text for h in heads]
        name = ", ".join(members[:-1]) + " and " + members[-1]
        return self.discourse.match_name(name, "group", pos) or self.discourse.new(
            Entity("group", name), pos
        )

    def _proper_entity(
        self, head: Token, pos: int, speaks: bool = False, span: SpacySpan | None = None
    ) -> Entity | None:
        kind = kind_of(head)
        surname = kind == "organisation" and speaks and lone_surname_speaks(head)
        if surname:
            kind = "person"  # "Okafor said": a surname the tagger took for an organisation
        name, title = name_of(head, kind)
        if not name or name.lower() in self._animals or name.lower() in organisation_synonyms():
            return None  # "his pet Brutus"; "the Bench", which speaks for its court
        if kind == "person" and span is not None and len(span) > 2 and span[1].text == "." and (
            span[0].lower_ in given_name_abbreviations() and all(t.is_title for t in span[2:])
        ):  # "Ma. Teresa Villaflor": the abbreviated first given name, whatever the parse
            name = span.text
        if kind == "person" and span is not None and head.tag_ == head.pos_ and (
            (span.text.endswith(name) or span.text.startswith(name + "-"))  # ("Claire
            and len(span.text) > len(name)  # Vasseur-Nadal", the parse's name cut at the hyphen)
            and span[0].is_title and first_name_gender(span[0].text)
            and not is_title_word(span[0].text)
        ):  # "Me Valérie Thonon": the parse hangs the first name on the honorific
            name = span.text
        if kind == "organisation":
            name = org_name(head) or name
            whole = span if span is not None else _entity_around(head)
            if whole is not None and len(whole) > len(name.split()) and name in whole.text and (
                ((whole.label_ == "ORG" or organisation_type(head) is not None)
                 and whole[-1].text[:1].isupper())  # "l'association ... Cœur de Vaudrenne"
                or (whole.label_ in ("ORG", "MISC") and head.tag_ == head.pos_
                    and whole[-1].pos_ == "ADJ" and not is_heading(head.doc))
                or (organisation_type(head) is not None and _tagged_whole(whole))
                or (whole.label_ == "ORG" and whole[0].i == head.i and head.tag_ == head.pos_
                    and head.lower_ in lexicon().organisation_nouns)
            ):  # the tagger's whole name where the parse gives less ("Syndicat des ... du X",
                # "La Meute boréale", "l'ONG Pasteurs solidaires"; "Syndicat autonome des
                # lycées", an organisation's noun opening it, in lower case to its end)
                name = re.sub(r"['’]s$", "", strip_article(whole.text))
                if len(whole) > 2 and kind_acronym(whole[0]):  # "l'ASBL Amis de la vallée"
                    name = name.split(" ", 1)[1]
            if (whole is None or (whole.label_ in ("ORG", "MISC")
                                  and whole.start in (head.i - 1, head.i))) and head.is_title and (
                head.i > 0 and head.doc[head.i - 1].lower_ in lexicon().articles
                and head.lower_ in lexicon().organisation_nouns
            ):  # "L'Entente des sociétés de joute de la lagune": a body's kind noun written
                phrase = mention_tokens(head)  # as a name, its whole noun phrase the name (the
                full = strip_article(mention_text(head))  # tagger's entity cut short, or
                # none: "La Ligue namuroise de fléchettes")
                if full.startswith(name) and len(full.split()) <= 8 and not any(
                    t.pos_ in ("VERB", "AUX", "SCONJ", "PART", "PRON") or (
                        t.pos_ == "CCONJ" and not _joins_nouns(t)
                    ) or (t.is_punct and t.text != "-") or t.lower_ in date_words()
                    for t in phrase[1:]
                ):  # (not "... voit les choses autrement", "Département et l'association";
                    name = full  # but "Syndicat des cafetiers et restaurateurs du Ségala")
            if " / " in name and head.text in name:  # "Photo: Supplied / Mātaiora District
                name = next(p for p in name.split(" / ") if head.text in p)  # Council"
            name = re.sub(r"\s*\([^)]*$", "", name)  # the tagger's "X Workers (UCHW"
            place = _place_after(whole, name) if whole is not None else None
            if place is not None:
                name = f"{name} {place}"
            if all(is_title_word(w) for w in name.split()):
                return None  # "the Cathaoirleach", "the MCA": an office the tagger named
            words = strip_article(name).split()
            if len(words) > 1 and len(words[0]) <= 4 and words[1][:1].isupper() and (
                words[0].lower() in lexicon().organisation_types
            ):  # "L'asbl Plumes de Hesbaye": the kind's short form is no part of the name
                name = " ".join(words[1:])
        d = self.discourse
        holder = _office_by_initials(d, head, pos) if kind == "organisation" else None
        if holder is not None:  # "Le DPA a reconnu" after "le directeur préfectoral de
            holder.add_alias(head.text)  # l'agriculture de Pita, Ousmane X": him, no body
            holder.positions.append(pos)
            return holder
        honorific = _honorific_before(head) if kind == "person" else []
        if kind == "person" and not honorific and (
            len(name.split()) > 1 or not first_name_gender(name)
        ):
            org = _organisation_name_from(d, name)
            if org is not None:  # "Harlan State" after "Harlan State University"
                org.positions.append(pos)
                return org
        found = d.match_name(name, kind, pos, title_gender(honorific), titled=bool(honorific),
                             title=title.split()[-1] if title else _title_before(head))
        if found is not None and found.kind == "person" and kind == "organisation" and (
            organisation_type(head) is not None
        ):  # "la manufacture horlogère Favre-Lugrin": the family's company, not one of them
            found = None
        if found is None and kind == "person":
            found = self._known_surname_after_a_capitalised_word(head, name, pos)
            if found is not None:
                name = found.name
        if found is None and kind == "person" and _first_name_honorific(head, title):
            found = d.match_first_name(name, pos)  # "Sir Geoffrey" for Sir Geoffrey Pallister
        if found is not None:
            if surname and found.kind == "organisation" and found.name == name:
                found.kind = "person"  # the inventory took the surname for an organisation
            elif kind == "person" and found.kind == "organisation" and (
                1 < len(name.split()) and name.lower() != found.name.lower()
            ):  # the full name of a surname taken for an organisation; not "Chez Cyclo
                found.kind = "person"  # Haut-Matapéca" after "l'équipe Cyclo Haut-Matapéca"
            kind = found.kind if len(name.split()) == 1 else kind
            if len(name) > len(found.name) and kind == found.kind and (
                name.split()[-1] == found.name.split()[-1] or kind != "person"
                or name.split()[0] == found.name  # "Didier", then "Didier Van Oosterwyck"
            ):
                found.add_alias(found.name)
                found.name = name
            else:
                found.add_alias(name)
            found.positions.append(pos)
        else:
            found = d.new(Entity(kind, name), pos)
        if kind == "organisation":
            found.types.update(w.strip(".,") for w in name.lower().split())
            found.types.add(organisation_type(head) or "")
        if kind == "person":
            if found.gender_source == "first name" and title_gender(honorific) not in (
                None, found.gender
            ):  # "Madam Lee" for Lee Poh Choo: the first word was the family name
                found.gender, found.gender_source = title_gender(honorific), "title"
            if found.gender is None:
                first = name_tokens(head)[0]
                before = [first.doc[first.i - 1].text] if first.i > 0 else []
                by_title = title_gender((title or "").split() + before)
                found.gender = by_title or person_gender(found.name) or (
                    _first_name_alone(head, found.name))
                if found.gender:
                    found.gender_source = "title" if by_title else "first name"
            _describe(found, title or _rank_before_bracket(name_tokens(head)[0]))
            office = _title_before(head)
            if office is not None and office[:1].isupper():  # "Economist Dr. Nalaka Perera",
                found.titles.add(office.lower())  # "Dr." outside the tagger's name
            found.titles.update(h.lower() for h in honorific if spelt_out(h) != h.casefold())
            # ("Me Aurélie X" is "l'avocate": data/<lang>/titles.tsv's spelt-out form)
            last = name_tokens(head)[-1]
            tag = party_tag(head.doc.text[last.idx + len(last) :])
            if tag is not None:
                found.party, found.place = found.party or tag[0], found.place or tag[1]
        return found


@per_language
def _defendant_roles() -> frozenset[str]:
    """The roles data/<lang>/defendant_phrases.tsv gives ("prévenu", "accusé")."""
    return frozenset(r for _, words in optional_pairs(None, "defendant_phrases.tsv")
                     for r in words.split())


def _joins_nouns(conj: Token) -> bool:
    """A conjunction between two lower-case nouns ("des cafetiers et restaurateurs"; the second
    whatever its tag but a verb, a pronoun or an article: "des commerçants et artisans")."""
    doc = conj.doc
    if not 0 < conj.i < len(doc) - 1:
        return False
    before, after = doc[conj.i - 1], doc[conj.i + 1]
    return before.pos_ == "NOUN" and before.is_lower and after.is_lower and after.is_alpha and (
        after.pos_ not in ("VERB", "AUX", "PRON", "DET", "CCONJ", "SCONJ"))


@per_language
def role_phrases() -> list[tuple[re.Pattern[str], str, str]]:
    """(phrase, roles, whom) from data/<lang>/role_phrases.tsv, and the defendant phrases of
    defendant_phrases.tsv, which name the person before them."""
    rows = [(phrase, roles, "before")
            for phrase, roles in optional_pairs(None, "defendant_phrases.tsv")]
    rows += [(phrase, roles, whom)
             for phrase, roles, whom in optional_rows(None, "role_phrases.tsv", 3)
             if whom in ("before", "after")]
    return [(re.compile(rf"\b{re.escape(phrase.lower())}\b"), roles, whom)
            for phrase, roles, whom in rows]


def _honorific_before(head: Token) -> list[str]:
    """The honorifics before a name or opening it ("Ms" of "Ms Hennessy")."""
    toks = name_tokens(head) or [head]
    words = [t.text for t in toks] + ([toks[0].doc[toks[0].i - 1].text] if toks[0].i > 0 else [])
    return [w for w in words if is_honorific(w)]


@per_language
def _nickname_set_off_pattern() -> re.Pattern[str] | None:
    """What follows a name when a relative clause set off after it says what people call the
    person (", que tout le village appelle « Ti Claude »"): a comma, a relative pronoun, a few
    words, a one-word naming verb of data/<lang>/naming_words.txt, then a capitalised name in
    quotation marks (group 1)."""
    verbs = "|".join(re.escape(w) for w in sorted(naming_words()) if w.isalpha())
    if not verbs:
        return None
    marks = re.escape("".join(sorted(UNAMBIGUOUS_MARKS)))  # (not an apostrophe: "l'îlet")
    return re.compile(rf",\s*\w+['’]?\s*[^,.;{marks}]{{0,40}}?\b(?:{verbs})\s+[{marks}]"
                      rf"[\s\u00a0\u202f]*([A-ZÀ-Ý][^{marks}\n]{{0,28}}?)[\s\u00a0\u202f]*[{marks}]")


def _initials(name: str) -> str:
    """The capitals that open a name's words and hyphenated parts ("Nathalie Le Goff" ->
    "NLG", "Jean-Marc Roy" -> "JMR")."""
    return "".join(part[0] for word in name.split() for part in word.split("-")
                   if part[:1].isupper())


def _named_at_sentence_start(text: str, at: int, paragraph: int) -> bool:
    """A name at ``at`` opens its paragraph or a sentence."""
    before = text[paragraph:at].rstrip()
    return not before or before[-1] in ".!?»"


def _name_after_one_of(head: Token) -> Token | None:
    """"L'un d'eux, Boukary X, 31 ans, reconnaît que", "One of them, Mary X, said": a word for
    one of a group (no personal pronoun) with the person's name set off after its phrase; the
    name's first word."""
    if head.pos_ not in ("PRON", "NUM", "DET") or head.lower_ in lexicon().pronouns or (
        is_speaker_pronoun(head.lower_)
    ):
        return None
    doc = head.doc
    k = head.i + 1
    while k < min(len(doc), head.i + 5) and doc[k].is_lower and not doc[k].is_punct:
        k += 1
    if k == head.i + 1 or k + 1 >= len(doc) or doc[k].text != ",":
        return None
    name = doc[k + 1]
    return name if name.ent_type_ == "PERSON" and name.ent_iob_ == "B" else None


def _coordinated_relative(tok: Token) -> Token | None:
    """The noun a relative pronoun after a conjunction stands for: the antecedent of the
    relative clause before it in the sentence ("une restauratrice qui tient un camion-bar, et
    qui a demandé à rester anonyme, admet ..."), whatever the parse made of the second."""
    doc = tok.doc
    if "Rel" not in tok.morph.get("PronType", []) or tok.i < 2 or doc[tok.i - 1].pos_ != "CCONJ":
        return None
    for k in range(tok.i - 2, tok.sent.start - 1, -1):
        first = doc[k]
        if "Rel" in first.morph.get("PronType", []) and first.head.dep_ in ("relcl", "acl:relcl"):
            antecedent = first.head.head
            return antecedent if antecedent.i < first.i else None
    return None


def _continuing(pronoun: Token) -> bool:
    """"..., he added", "a-t-elle poursuivi": the pronoun of a verb that continues a speaker."""
    return pronoun.head.lemma_.lower() in continuation_verbs()


def _name_tagged_a_pronoun(head: Token) -> bool:
    """"les Carcajous ont fait savoir": a capitalised word inside its sentence that no pronoun
    list holds, part of a name the tagger found, is that name whatever its tag."""
    return head.is_title and head.i > head.sent.start and bool(head.ent_type_) and not (
        is_speaker_pronoun(head.lower_) or head.lower_ in lexicon().pronouns)


def _age_noun_tagged_a_pronoun(head: Token) -> bool:
    """"La quinquagénaire, ancienne directrice ..., a rappelé": a noun for a person of an age,
    with its article, that the tagger took for a pronoun."""
    return is_age_noun(head.lower_) and any(c.dep_ == "det" for c in head.children)


def _capitalised_office(head: Token) -> bool:
    """"the Minister for Coastal Resilience says", "the Prime Minister replied": an office
    capitalised by house style after "the" is a description, not a name."""
    return (determiner(head) == "the" and head.text[:1].isupper()
            and (is_title_word(head.text) or head.lower_ in lexicon().occupations)
            and (head.ent_type_ != "PERSON" or (  # "the Queenmother said", tagged a person
                is_title_word(head.text) and not any(
                    head.doc[k].ent_type_ == "PERSON" for k in (head.i - 1, head.i + 1)
                    if 0 <= k < len(head.doc))))
            and not (head.ent_type_ == "ORG" and not is_title_word(head.text) and any(
                c.dep_ == "compound" and c.ent_type_ == "ORG" and not is_title_word(c.text)
                and c.lower_ not in lexicon().occupations for c in head.lefts)
            )  # but "The National Health Executive (NHE) said": the tagger's organisation
            and all(is_title_word(c.text) or (c.pos_ == "PROPN" and c.ent_type_ != "PERSON")
                    for c in head.lefts if c.dep_ == "compound"))  # "the Clonmarragh MLA"


@per_language
def topic_phrases() -> list[list[str]]:
    """Phrases opening a sentence on its topic ("quant à", "as for"),
    data/<lang>/topic_phrases.txt."""
    return [phrase.split() for phrase in optional_words(None, "topic_phrases.txt")]


def _house_opening(head: Token) -> Token | None:
    """The name a sentence opens on after a preposition of employment
    (data/<lang>/employer_prepositions.txt), set off by a comma right before ``head``, a
    pronoun that names no speaker: "Chez Éolis Famenne, on rappelle que"."""
    doc, start = head.doc, head.sent.start
    if head.pos_ != "PRON" or pronoun_key(head.lower_) in lexicon().pronouns or (
        head.i < start + 3 or doc[start].lower_ not in employer_prepositions()
        or doc[head.i - 1].text != ","
    ):
        return None
    name = doc[start + 1 : head.i - 1]
    if not name[0].is_title or not all(t.is_title or (t.is_lower and t.pos_ in ("ADP", "DET"))
                                       for t in name):
        return None
    return name.root


def _topic_of(pronoun: Token) -> Token | None:
    """"Quant à la mairesse, elle se dit ...", "As for the mayor, she said ...": a subject
    pronoun right after the comma closing a topic phrase that opens its sentence stands for
    the phrase's noun."""
    doc, start = pronoun.doc, pronoun.sent.start
    comma = pronoun.i - 1
    if comma <= start or doc[comma].text != ",":
        return None
    for phrase in topic_phrases():
        end = start + len(phrase)
        if end < comma and [t.lower_ for t in doc[start:end]] == phrase:
            root = doc[end:comma].root
            return root if root.pos_ in ("NOUN", "PROPN") else None
    if lexicon().pronouns.get(pronoun_key(pronoun.lower_)) in ("male", "female"):
        return None  # "Dans son bureau qui surplombe les cuves, il raconte": a person, there
    for phrase in _place_topic_phrases():
        end = start + len(phrase)
        if end < comma and [t.lower_ for t in doc[start:end]] == phrase:
            root = doc[end:comma].root  # "Au ministère de ..., on indique que": a body's
            lex = lexicon()  # place, for a body only; or its circle ("Dans l'entourage de la
            lemma = root.lemma_.lower()  # ministre, on reconnaît que")
            return root if root.ent_type_ == "ORG" or lemma in lex.organisation_nouns or (
                lemma in lex.anonymous_nouns) else None
    return None


@per_language
def _place_topic_phrases() -> list[list[str]]:
    """Prepositions opening a sentence on a body's place or circle ("au ministère", "chez X",
    "dans l'entourage de"), whose pronoun subject after the comma ("on") is that body:
    data/<lang>/place_topic_phrases.txt."""
    return [phrase.split() for phrase in optional_words(None, "place_topic_phrases.txt")]


@per_language
def continuation_verbs() -> frozenset[str]:
    return optional_words(None, "continuation_verbs.txt")


# How far a narrative subject's sentence is read for words saying they would not speak.
_SENTENCE_WINDOW = 400


@per_language
def background_subordinators() -> frozenset[str]:
    """Subordinators of a background action: data/<lang>/background_subordinators.txt."""
    return optional_words(None, "background_subordinators.txt")


@per_language
def silence_phrases() -> list[re.Pattern[str]]:
    """How a sentence says its subject would not speak: data/<lang>/silence_phrases.txt."""
    return [re.compile(line) for line in optional_lines(None, "silence_phrases.txt")]


@per_language
def questioner_phrases() -> list[re.Pattern[str]]:
    """How an article names its own questioner before a transcript ("notre correspondant"):
    data/<lang>/questioner_phrases.txt, the name in group 1."""
    return [re.compile(line, re.IGNORECASE)
            for line in optional_lines(None, "questioner_phrases.txt")]


@per_language
def continuation_phrases() -> frozenset[str]:
    return optional_words(None, "continuation_phrases.txt")


@per_language
def host_phrases() -> frozenset[str]:
    return optional_words(None, "host_phrases.txt")


def _kin_of_someone(tok: Token) -> bool:
    """"Le père d'une tireuse de Montjouvin a filmé": a noun for family whose complement an
    indefinite article opens, someone unnamed."""
    doc = tok.doc
    return is_family_noun(tok.lower_) and tok.i + 2 < len(doc) and (
        doc[tok.i + 1].pos_ == "ADP" and doc[tok.i + 2].lower_ in indefinite_articles())


def _aged(tok: Token) -> bool:
    """A noun given an age right after it ("un graffeur de 24 ans"): a person's."""
    after = tok.doc[tok.i + 1 : tok.i + 5].text
    return any(p.match(after) for p in age_patterns()["description"])


def _person_set_off_after(noun: Token) -> bool:
    """"Un parent accompagnateur, Thomas X, qui ...": a person's name between commas right
    after an indefinite description (no ``de`` phrase's name: "un responsable de l'entreprise
    X (SRE), qui ..."), who the description is."""
    doc = noun.doc
    comma = next((t.i for t in doc[noun.i + 1 : noun.i + 6] if t.is_punct), None)
    if comma is None or doc[comma].text != "," or comma + 1 >= len(doc):
        return False
    ent = next((e for e in doc.ents if e.start == comma + 1), None)
    return ent is not None and ent.label_ in ("PER", "PERSON") and ent.end < len(doc) and (
        doc[ent.end].text == ",")


def _after_relative_pronoun_set_off(tok: Token) -> bool:
    """``tok`` follows, with no comma between, a relative pronoun that opens a clause after a
    comma ("Sébastien X, qui encadre les adultes et n'a pas voulu commenter": the clause's
    second verb, whatever the parser joined it to)."""
    doc = tok.doc
    k = tok.i - 1
    while k > 0 and doc[k].text not in (",", ".", ";", ":"):
        k -= 1
    return 0 < k < tok.i - 1 and doc[k].text == "," and is_relative_pronoun(doc[k + 1]) and (
        doc[k + 1].dep_.startswith("nsubj"))


def _name_in_heading(line: str) -> str | None:
    """"Deux questions à Marianne Kremer-Weis, bourgmestre": a known first name and the
    capitalised words after it, in a subheading."""
    words = line.replace(",", " ,").split()
    for k in range(1, len(words) - 1):
        if first_name_gender(words[k]) and words[k][:1].isupper() and words[k + 1][:1].isupper():
            end = k + 1
            while end < len(words) and words[end][:1].isupper():
                end += 1
            return " ".join(words[k:end])
    return None


def _full_name_in_heading(surname: str, heading: str) -> str | None:
    """"LUCAS :" under "Trois questions à Vaea Lucas, ingénieure": the capitalised words the
    subheading ends on the label's one word with (none when it names no one by that word)."""
    words = [w.strip(",;:.()") for w in heading.split()]
    if len(surname.split()) != 1:
        return None
    for k, word in enumerate(words):
        if k > 0 and word.lower() == surname.lower() and word[:1].isupper():
            start = k  # back over the capitalised words before it, never to the line's first
            while start > 1 and words[start - 1][:1].isupper():  # ("Trois questions à")
                start -= 1
            return " ".join(words[start : k + 1]) if start < k else None
    return None


def _heading_line(line: str) -> bool:
    """A line of a few words that ends no sentence: a subheading ("Extraits de l'entrevue"),
    read off the text (subheadings are none of the resolver's parsed blocks, so
    ``is_heading`` has no doc for them)."""
    words = line.split()
    return 0 < len(words) <= 12 and words[-1][-1] not in ".!?…»\"”:"


@per_language
def _host_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What ends the words before a host's name, lower-cased: a phrase of host_phrases.txt,
    then the host's job between commas ("aux questions de notre animatrice, ") or with no comma
    ("aux questions de la journaliste X"); or the questioner label itself with its article, set
    off before the name ("ont répondu à l'animateur, Yann Kermorvan")."""
    labels = "|".join(re.escape(w) for w in sorted(lexicon().questioner_labels))
    hosting = "|".join(re.escape(p.rstrip()) for p in host_phrases())
    titled = re.compile(rf"(?:{hosting})\s+(?:\S+\s+|\w+')?(?:{labels})"
                        rf"(?:\s*|(?:\s+[^\W\d_]+)?\s*,\s*)$")  # ("notre correspondant
    # régional, ": an adjective before the comma)
    articles = sorted(lexicon().articles)
    spaced = "|".join(re.escape(a) for a in articles if a[-1:].isalpha())
    elided = "|".join(re.escape(a) for a in articles if a.endswith("'"))
    article = f"(?:{spaced})\\s+" + (f"|(?:{elided})" if elided else "")
    labelled = re.compile(rf"(?:^|\s)(?:{article})(?:{labels})\s*,\s*$")
    return titled, labelled


@per_language
def _host_phrases_apart() -> re.Pattern[str] | None:
    """A two-word phrase of host_phrases.txt with up to three words between its two ("Joint
    lundi matin par Ricardo X dans le journal de 7 heures"), ending the words before a name."""
    pairs = [p.split() for p in host_phrases() if len(p.split()) == 2 and p[-1:].isalpha()]
    if not pairs:
        return None
    either = "|".join(rf"{re.escape(a)}(?:\s+[^\W\d_]+){{1,3}}\s+{re.escape(b)}" for a, b in pairs)
    return re.compile(rf"(?:^|\s)(?:{either})\s$")


@per_language
def _credit_phrases() -> frozenset[str]:
    """What credits an interview's interviewer ("propos recueillis par"),
    data/<lang>/credit_phrases.txt."""
    return optional_words(None, "credit_phrases.txt")


@per_language
def hosting_verbs() -> frozenset[str]:
    """What follows an interviewer's name ("X a reçu Y"), data/<lang>/hosting_verbs.txt."""
    return optional_words(None, "hosting_verbs.txt")


def questioner_name() -> str:
    """How the current language names a transcript's questioner ("a reporter"), from
    ``data/<lang>/questioner.txt``."""
    return _questioner_name(current_language())


@lru_cache(maxsize=8)
def _questioner_name(language: str) -> str:
    return _questioner_lines(language)[0]


@lru_cache(maxsize=8)
def _questioners_name(language: str) -> str | None:
    """The questioners in the plural ("les journalistes"), the second line of
    ``questioner.txt``: their name where the article named them so before the transcript."""
    lines = _questioner_lines(language)
    return lines[1] if len(lines) > 1 else None


def _questioner_lines(language: str) -> list[str]:
    lines = [line.strip() for line in data_text(language, "questioner.txt").splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def _body_named_after_its_kind(head: Token) -> SpacySpan | None:
    """The organisation the tagger named right after ``head``, an organisation noun the parser
    took for another word ("Pour l'association *Bien vieillir en Barrois*, qui ...": a verb)."""
    if head.lower_ not in lexicon().organisation_nouns or not head.is_lower:
        return None
    return next((e for e in head.doc.ents if e.start == head.i + 1 and e.label_ == "ORG"
                 and e[0].is_title), None)  # (not "le département *de la Pêche maritime*")


def _set_off_by_commas(tok: Token) -> bool:
    """``tok``'s phrase stands between commas ("La confrérie*, fondée en 1842,* compte")."""
    doc, left, right = tok.doc, tok.left_edge.i, tok.right_edge.i
    return left > 0 and doc[left - 1].text == "," and right + 1 < len(doc) and (
        doc[right + 1].text == ",")


def _numbered_name(head: Token) -> bool:
    """The number closing an organisation's name, which the parser made the name's head
    ("Interior Woodworkers Union Local *418*")."""
    return head.is_digit and head.ent_type_ == "ORG" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.lefts)


def _name_under_title(head: Token) -> Token:
    """A title or honorific that the parser made the head of the name after it ("*Me* Thomas
    Delvaux", "*M.* Dupont": UD's flat:name) stands for that name."""
    if not is_title_word(head.text):
        return head
    for child in head.children:
        if child.i > head.i and child.dep_ in ("flat:name", "flat", "appos") and (
            child.pos_ == "PROPN" or child.ent_type_ == "PERSON" or child.text[:1].isupper()
        ) and not parenthesised(child) and not initials_after(head, child) and not (
            head.doc[child.i - 1].text in QUOTATION_MARKS
            or any(t.text == ":" for t in head.doc[head.i + 1 : child.i])
        ):
            return child  # (but not "un sénateur ADT": the party's initials, nor "Son
            # porte-parole, X, tranche : «Personne ici ...»", a word of the quote)
    return head


def _root_after_title(span: SpacySpan) -> Token:
    """The root of a name after the title the tagger's span opens with, where the parser hung
    the two apart ("Son confrère *Me* Arnaud Soumillion, ..., a demandé": "Me" a modifier of
    "confrère", "Arnaud" its apposition, so the subject's)."""
    if len(span) > 1 and is_title_word(span[0].text):
        return span[1:].root
    return span.root


def _set_off_after_phrase_of(noun: str, before: str) -> bool:
    """``before``, the text right before a name, ends on a phrase that ``noun`` opens, set off
    by a comma ("... by counsel for the accused, Mr " for "counsel": a title may follow)."""
    return re.search(rf"(?:^|\s)(?i:{re.escape(noun)})\s[^,.;:!?()\n]{{0,40}},\s+"
                     r"(?:[A-Z][\w.]*\s+)?$", before) is not None


def _first_name_honorific(head: Token, title: str | None) -> bool:
    """The name is a first name after "Sir" or "Dame" (in its titles or just before it)."""
    first = name_tokens(head)[0]
    words = (title or "").split() + ([first.doc[first.i - 1].text] if first.i > 0 else [])
    honorifics = lexicon().first_name_honorifics
    return any(w.lower().rstrip(".") in honorifics for w in words)


def _describe(ent: Entity, words: str | None, organisation: str | None = None) -> None:
    """Give a person the role, party and place that the words before or beside their name say
    ("Vermont Sen." -> role "Sen.", place "Vermont"), and the organisation they are of
    ("Harbour Master Ines Kowal of the Port Authority" -> role "Harbour Master, Port
    Authority", affiliation "Port Authority")."""
    if words and is_name_opener(words):
        words = None  # "El Hadji Ousmane X": the pilgrim's honorific, no role
    role, party, place = title_fields(words)
    ent.age = ent.age or age_before_name(words)  # "15-year-old Aroha X": "the 15-year-old"
    acronym = _office_acronym(role)
    if acronym is not None and role:  # "the Kavule District Health Officer (DHO)", later "the DHO"
        role = role[: role.rindex("(")].strip()
        ent.add_alias(acronym)
    elif role and re.search(r"\s\([A-Z][A-Z0-9&]{1,9}\)?$", role):  # "... de la Fédération
        role = role[: role.rindex("(")].strip()  # unitaire des enseignants (FUE)": its own
    if organisation and organisation != ent.affiliation:
        ent.affiliation = ent.affiliation or organisation
        role = role or ent.role
        if role in ent.roles:
            ent.roles.remove(role)  # the title alone, known already: now with its organisation
            ent.roles.insert(0, f"{role}, {organisation}")
            role = None
        elif role:
            role = f"{role}, {organisation}"
    ent.add_role(role)
    ent.party = ent.party or party
    ent.place = ent.place or place


def _office_acronym(role: str | None) -> str | None:
    """The acronym in brackets closing a role that the role's last words spell ("District
    Health Officer (DHO)")."""
    found = re.fullmatch(r"(.*\S)\s*\(([A-Z][A-Z0-9&]{1,9})\)?", role or "")
    if found is None:
        return None
    words = found.group(1).split()
    articles = lexicon().determiners
    acronym = found.group(2)
    if any(_initials_spell(acronym, " ".join(words[k:])) and not (
        k > 0 and words[k - 1].lower() in articles  # not "secrétaire générale de la Fédération
    ) and words[k][:1].lower() == acronym[:1].lower()  # unitaire des enseignants (FUE)": the
            for k in range(len(words))):  # organisation's acronym, after its article
        return acronym
    return None


def _organisation_name_from(d: Discourse, name: str) -> Entity | None:
    """The organisation named before whose name begins with ``name`` and goes on with words of
    an organisation's name: "Harlan State", which the tagger took for a person, after "Harlan
    State University"; a word alone, after a name that ends as an organisation's does."""
    words = name.lower().split()
    if len(words) == 1 and any(e.kind == "person" and e.named and words[0] in family_names(e.name)
                               for e in d.entities):
        return None  # a surname the article gave a person
    ends = lexicon().organisation_name_words
    for ent in d.entities:
        full = ent.name.lower().split()
        if (ent.kind == "organisation" and ent.named and len(full) > len(words)
                and full[: len(words)] == words
                and (full[len(words)] in ends or (len(words) == 1 and full[-1] in ends))):
            return ent  # "Velmont's regional managing director" after "Velmont Rail Systems"
    return None


def _holds(ent: Entity, office: str) -> bool:
    """One of the person's roles names the office ("District Court Judge" for "a judge")."""
    return bool(office) and any(office in role.lower().split() for role in ent.roles)


@per_language
def naming_after_quote() -> list[str]:
    """Phrases after a quote that name its speaker next, longest first."""
    return sorted(optional_words(None, "naming_after_quote.txt"), key=len, reverse=True)


def _name_after_opening_participle(head: Token) -> Token | None:
    """"Joint au téléphone, Sylvain X s'est dit « déçu »": a participle opening the sentence
    (data/<lang>/opening_participles.txt), which the tagger took for the subject, gives way to
    the person named right after its comma."""
    if head.lower_ not in opening_participles() or head.i != head.sent.start:
        return None
    comma = next((t for t in head.sent if t.i > head.i and t.text == ","), None)
    if comma is None or comma.i + 1 >= len(head.doc):
        return None
    name = head.doc[comma.i + 1]
    body = head.doc[name.i + 1] if name.i + 1 < len(head.doc) else name
    if name.pos_ == "DET" and body.ent_type_ == "ORG" and body.ent_iob_ == "B":
        return next(e.root for e in head.doc.ents if e.start == body.i)  # "Joint après
        # l'enregistrement, le Syndicat autonome des personnels roulants a estimé"
    if name.pos_ == "DET" and name.dep_ == "det":  # "Interrogée ..., la rapporteure du texte,
        after = next((t for t in head.sent if name.i < t.i <= name.i + 8 and t.text == ","),
                     None)  # Sophie Rével-Andrieu, a rappelé": the name set off after the office
        if after is None or after.i + 1 >= len(head.doc):
            return None
        name = head.doc[after.i + 1]
    return name if name.ent_type_ == "PERSON" and name.ent_iob_ == "B" else None


def _name_after_opening_noun(head: Token) -> Token | None:
    """"Propriétaire de l'huilerie Tafsut, la plus moderne de la commune, Saïd X reconnaît que":
    a noun with no article opening the sentence, which the parser took for the subject, is
    set before it; the subject is the person named after its commas, right before the verb."""
    doc = head.doc
    if head.i != head.sent.start or head.pos_ != "NOUN" or not head.is_title or any(
        c.dep_ == "det" for c in head.children
    ):
        return None
    for ent in doc.ents:
        if ent.start <= head.i or ent.start >= head.sent.end or doc[ent.start - 1].text != ",":
            continue
        if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", [])
               for t in doc[head.i : ent.start]):
            return None
        verb = doc[ent.end] if ent.end < len(doc) else None
        return ent.root if ent.label_ == "PERSON" and verb is not None and (
            verb.pos_ in ("VERB", "AUX")) else None
    return None


def _title_before(head: Token) -> str | None:
    """The office written right before a name ("*Judge* Chan"), no honorific; or opening the
    words the parse gave the name ("*Dr* Qureshi said")."""
    toks = name_tokens(head)
    first = toks[0]
    if len(toks) > 1 and is_title_word(first.text) and not is_honorific(first.text):
        return first.text
    before = first.doc[first.i - 1] if first.i > 0 else None
    if before is not None and is_title_word(before.text) and not is_honorific(before.text) and (
        before.lower_ != "the"
    ):
        return before.text
    return _rank_before_bracket(first)


def _rank_before_bracket(first: Token) -> str | None:
    """"Brig (Rtd) Daniel Kiprono": the rank before a bracketed word before the name."""
    at = first.i - 4
    return first.doc[at].text if bracketed_rank_at(first.doc, at) else None


def _name_before_set_off_job(head: Token) -> Token | None:
    """The root of the person's name right before the lower-case occupation ``head`` that is
    set off between commas after it ("Jean-Marc X, agriculteur à la retraite, s'est dit")."""
    doc = head.doc
    if head.pos_ != "NOUN" or not head.is_lower or head.i < 2 or doc[head.i - 1].text != ",":
        return None
    if head.lemma_.lower() not in lexicon().occupations and head.lower_ not in (
        lexicon().occupations
    ):
        return None
    if head.right_edge.i + 1 >= len(doc) or doc[head.right_edge.i + 1].text != ",":
        return None
    name = next((e for e in doc.ents if e.end == head.i - 1 and e.label_ in ("PER", "PERSON")),
                None)
    return name.root if name is not None else None


def _silent_set_off(span: SpacySpan) -> bool:
    """"l'ingénieur de la firme, Marc-André X, qui n'a pas voulu commenter à sa sortie": a name
    whose relative clause, right after its comma, or the phrase set off after it to the end of
    the sentence, says they would not speak (data/<lang>/silence_phrases.txt)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    clause = doc[span.end + 1 : span.root.sent.end].text.lower().replace("’", "'")
    if not is_relative_pronoun(doc[span.end + 1]) and "," in clause:
        return False  # (or the phrase set off after the name closes the sentence: "une
        # architecte paysagiste, Noémie X, présente dans la salle mais restée silencieuse.")
    return any(p.search(clause.split(",")[0]) for p in silence_phrases())


def _names_an_animal(span: SpacySpan) -> bool:
    """"his 50kg pet Brutus", "the bulldog, Brutus,", "Brutus, a bulldog,": a name an animal
    noun stands before or beside (data/<lang>/animal_nouns.txt)."""
    animals = _animal_nouns()
    root = span.root
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text == "," and span.start > 1:
        before = span.doc[span.start - 2]
    # not "l'Unité du bien-être animal, Sophie X" (an adjective of the noun before it), nor "la
    # détentrice de l'animal, Josiane X" (the noun a preposition's: its owner is named)
    return (before is not None and before.lower_ in animals and not (
        before.pos_ == "ADJ" and before.head.i < before.i
    ) and not (
        before.dep_ == "pobj" or any(c.dep_ == "case" for c in before.children)
    )) or (
        root.dep_ == "appos" and root.head.lower_ in animals) or any(
        c.dep_ == "appos" and c.lower_ in animals for c in root.children)


@per_language
def _animal_nouns() -> frozenset[str]:
    return optional_words(None, "animal_nouns.txt")


def _possessor(span: SpacySpan) -> bool:
    """A name in the possessive of no subject ("who sat beside Mr Oakes's mother"); but
    "Solvang's group now plans ..." is about Solvang."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].text in ("'s", "’s", "'", "’") and (
        doc[span.end].tag_ == "POS") and span.root.head.dep_ not in ("nsubj", "nsubjpass")


def _subject_of_next_verb(span: SpacySpan) -> bool:
    """"Parmi les parties civiles, Laetitia Gérardy, une aide-soignante, a raconté l'histoire
    de Filou": in a pipeline with universal tags, the name the next verb of its sentence has for
    its subject, however the parser labelled it (as ``cues.subject_of`` reads a cue's)."""
    if span.label_ != "PERSON" or span.root.tag_ != span.root.pos_:
        return False
    window = span.doc[span.end : span.end + 12]  # by the words: the parser may end the
    stop = next((t.i for t in window if t.text in (".", "!", "?")), window.end)  # sentence early
    end = span.end  # "Fatou" tagged alone, "Ndiaré-Bâ" after it
    while end < len(span.doc) and (span.doc[end].text == "-" or (
        span.doc[end].pos_ == "PROPN" and span.doc[end].is_title
    )):
        end += 1
    doc = span.doc
    if end + 1 < stop and doc[end].text == "," and doc[end + 1].is_lower and (
        doc[end + 1].pos_ == "NOUN" and reporting_word(doc[end + 1])
    ) and end + 2 < len(doc) and doc[end + 2].pos_ != "ADP":
        return True  # "Son secrétaire général, Boubacar X, dénonce l'absence de ...": the
        # verb after the name's closing comma, tagged a noun
    comma = comma_past_age(doc, end, stop)  # ("Sa présidente, Nathalie X, 44 ans, promène")
    if comma + 1 < stop and doc[comma].text == "," and doc[comma + 1].pos_ == "VERB" and (
        doc[comma + 1].head.i < comma
    ) and not any(t.pos_ in ("VERB", "AUX") or t.text == "," for t in doc[comma + 2 : stop]) and (
        not any(t.pos_ in ("VERB", "AUX") for t in doc[span.sent.start : span.start])
    ):  # (not "X a repris les œillets de son maître, Jean-Paul Y, parti à la retraite.")
        return True  # "La plaignante, Ginette X, chauffe sa maison au bois depuis 1971.": the
        # sentence's only verb, which the parser hung on the name as a participle
    verb = next((t for t in span.doc[span.end : stop] if t.pos_ == "VERB"), None)
    if verb is None or not (any(c.dep_ == "aux:tense" for c in verb.children)
                            or "Fin" in verb.morph.get("VerbForm", [])):
        return False
    if verb.i == end + 1 and doc[end].text == "," and any(
        t.pos_ in ("VERB", "AUX") for t in doc[span.sent.start : span.start]
    ):  # "a fait visiter la salle à une responsable ..., Mireille X, venue mesurer la place":
        return False  # a participle set off after a name the sentence's verb came before
    if verb.dep_ == "advcl" and verb.head.i < span.start and any(
        c.dep_ == "mark" for c in verb.children
    ):  # "X comptait la caisse pendant que Hamid éteignait la chaudière": the sentence is
        return False  # about X
    if end + 2 < stop and doc[end].text == "," and is_relative_pronoun(doc[end + 1]) and (
        doc[end + 1].lower_ in complementizers()
        and doc[end + 2].pos_ in ("PRON", "DET", "PROPN")
    ):  # "accompagnée de l'interprète Karine X, qu'elle paie de sa poche": the object of
        return False  # the relative clause after the name, not its subject
    subject = subject_of(verb)
    if subject is not None and span.start <= subject.i < end:
        return True
    if subject is not None and subject.i < span.start and subject.lower_ in date_words() and (
        doc[end].text == "," and all(t.pos_ == "AUX" for t in doc[end + 1 : verb.i])
    ):  # "Mardi soir, au conseil communal, le bourgmestre, Philippe X, a annoncé": the day the
        return True  # parser made the subject, the name set off right before the verb
    # "L'entraîneuse-chef Annie-Claude Brassard, elle, n'avait pas": the name, then a personal
    # pronoun set off by commas that takes it up as the next verb's subject
    return end + 2 < stop and doc[end].text == "," and doc[end + 2].text == "," and (
        is_speaker_pronoun(doc[end + 1].lower_) and doc[end + 1].pos_ == "PRON")


def _is_subject(tok: Token) -> bool:
    """The sentence is about this name: its subject, or a name in apposition to its subject
    ("Varga's deputy, Ilse Marr, met the mediator")."""
    subjects = ("nsubj", "nsubjpass")
    if tok.dep_ == "flat:name" and tok.head.i == tok.i - 1 and kind_acronym(tok.head):
        return _is_subject(tok.head)  # "Le GIE Jappo X, qui ..., a adressé": the kind the
        # parser made the subject, the name hung on it
    verb = tok.head
    if tok.dep_ in subjects and verb.dep_ == "advcl" and verb.head.i < verb.i and any(
        c.dep_ == "mark" for c in verb.children
    ):
        return False  # "... wept as Forbes described her son's final moments": the sentence
        # is about the one who wept
    if office_closing_relative(tok) or _set_off_in_opening_relative(tok):
        return False  # "Le patron, qui a négocié avec le directeur de L, Markus X, assure"
    if tok.dep_ in subjects and verb.dep_ == "acl" and (
        "Part" in verb.morph.get("VerbForm", [])
        and not any(c.dep_.startswith("aux") for c in verb.children)
    ):  # "grâce à un kit cédé par un autre patient, Yacouba X, venu de moins loin": the
        return False  # parser's subject of a participle set off, no clause of its own
    if tok.dep_ in subjects and verb.dep_ in ("ROOT", "conj") and verb.i > tok.i and (
        "Part" in verb.morph.get("VerbForm", [])
        and not any(c.dep_.startswith("aux") or c.dep_ == "cop" for c in verb.children)
        and tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","
        and tok.doc[verb.i - 1].text == ","
    ):  # "X a reçu le président de la communauté, Didier Y, venu réclamer une aide": a name
        return False  # set off after the object, the participle its own, made the root (or
        # conjoined to the main verb: "a confié la pierre à un géologue, Pit X, venu la
        # chercher")
    if tok.dep_ in subjects or (tok.dep_ == "appos" and tok.head.dep_ in subjects):
        return True
    if tok.dep_ == "appos" and tok.head.dep_ == "ROOT" and tok.head.pos_ == "NOUN" and (
        tok.head.i <= tok.sent.start + 2 and tok.doc[tok.i - 1].text == ","
        and any(t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm", [])
                for t in tok.sent if t.i > tok.i)
    ):  # "La prévenue, Sandra X, qui ..., conteste toute faute": the parser rooted the
        return True  # sentence on the description opening it and lost its verb
    if tok.dep_ == "ROOT" and tok.ent_type_ in ("PERSON", "PER"):
        span = _entity_around(tok)  # "Sur la place du Tilleul, Renée X montre le carré": a
        after = tok.doc[span.end] if span is not None and span.end < len(tok.doc) else None
        return after is not None and after.is_lower and after.is_alpha  # name the parser
        # made the root, its verb a word it tagged otherwise
    if tok.dep_ == "appos" and tok.head.dep_ == "conj" and tok.head.pos_ == "NOUN" and (
        tok.head.head.dep_ in subjects
    ):
        return True  # "The council's reserves and property manager, Leanne X, was on leave":
        # the parser split the office at its "and"
    if _set_off_after_office(tok) or _set_off_before_role(tok):
        return True
    if tok.dep_ == "appos" and tok.head.dep_ == "pobj" and tok.head.head.dep_ == "prep" and (
        tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","
    ):  # "The chairman of Ballinacross Community Alert, Tom Feeney, served": the parser hung
        office = tok.head.head.head  # the name on the office's complement
        return office.dep_ in subjects and office.i < tok.i and (
            office.lemma_.lower() in lexicon().occupations or is_title_word(office.text))
    if tok.dep_ in ("amod", "nmod") and tok.head.i == tok.i - 1 and tok.head.dep_ in subjects and (
        tok.head.lemma_.lower() in lexicon().organisation_types
    ):
        return True  # "La société Permisa, qui ..., s'est constituée": the name its modifier
    set_off = (tok.dep_ == "nmod" and tok.i > 0 and tok.doc[tok.i - 1].text == ","
               and tok.head.dep_ in subjects and tok.head.lemma_.lower() in lexicon().occupations)
    if (tok.dep_ not in ("appos", "conj", "flat:name") and not set_off) or tok.tag_ != tok.pos_:
        return False  # "Le conseiller d'Etat ..., Stéphane Gillioz-Torrent, a confirmé": nmod
    if tok.dep_ == "flat:name" and tok.head.pos_ != "NOUN":
        return False  # but "Le gardien Loïc Perron, lui, n'en revenait pas": the role's name
    if tok.dep_ == "conj" and (tok.head.pos_ != "NOUN" or tok.doc[tok.i - 1].text != ","):
        return False  # but "La maire de Castelbrune, Hélène Roux, a présenté": no coordination
    head = tok.head  # universal tags: "L'entraîneur du Titan, Martin Roy, n'a pas caché ..."
    if _named_in_a_complement(tok):
        return False  # but "Les menuisiers de l'entrepreneur Marc-André X devaient"
    while head.dep_ == "nmod" and head.head is not head:
        head = head.head
    return head.dep_ in subjects or (tok.dep_ == "appos" and head.dep_ == "nsubj:pass")
    # ("Le skip de l'équipe locale, Steve X, a déjà promis", the parser's passive subject)


def _set_off_in_opening_relative(tok: Token) -> bool:
    """"Bastien X, qui forme depuis l'automne un apprenti de dix-sept ans, Théo Y, a reçu": a
    name set off after the noun that ends the relative clause of the person who opens the
    sentence (named, or described: "Le maire, qui ...") is that noun's, whatever subject the
    parser made it."""
    doc, sent = tok.doc, tok.sent
    start = tok.left_edge.i
    while start < tok.i and doc[start].is_punct:
        start += 1
    k = sent.start
    while k < start and doc[k].ent_type_ in ("PER", "PERSON"):
        k += 1
    if k == sent.start and doc[k].pos_ == "DET":  # "Le maire, qui avait été reçu par le
        k += 1  # directeur de cabinet du préfet, Xavier Y, a durci le ton"
        while k < start and doc[k].pos_ in ("NOUN", "ADJ") and doc[k].is_lower:
            k += 1
        if k == sent.start + 1:
            return False
    if k == sent.start or k + 2 >= start - 1 or doc[k].text != "," or doc[start - 1].text != ",":
        return False
    return "Rel" in doc[k + 1].morph.get("PronType", []) and doc[start - 2].pos_ in (
        "NOUN", "NUM", "ADJ") and not any(t.text == "," for t in doc[k + 2 : start - 1])


def _named_in_a_complement(tok: Token) -> bool:
    """In a pipeline with universal tags, the name ``tok`` is in (not set off by a comma) names
    the noun of a plural noun's complement: "Les menuisiers de l'entrepreneur Marc-André X",
    the contractor named in passing (not the agent of "représenté par la substitute du procureur
    du Roi Hélène X", nor that name, which the parser hung on "Roi")."""
    name = _entity_around(tok)
    if name is None:
        return False
    head = tok.head
    while name.start <= head.i < name.end and head.head.i != head.i:
        head = head.head  # (from the name's last word to the noun it names)
    return tok.tag_ == tok.pos_ and name.start > 0 and (
        tok.doc[name.start - 1].text != ",") and head.pos_ == "NOUN" and head.dep_ == "nmod" and (
        head.head.pos_ == "NOUN" and "Plur" in head.head.morph.get("Number", [])) and any(
        c.dep_ == "case" and c.lower_ not in agent_prepositions() for c in head.children)


def _name_before_its_age(tok: Token) -> Token | None:
    """"Le chef du village, Nanan Amoakon Ehui III, 81 ans, qui dirige ..., a martelé": the
    last word of a person's name when the parser made the age set off after it the head."""
    doc = tok.doc
    if tok.i < 3 or not doc[tok.i - 1].text.isdigit() or doc[tok.i - 2].text != "," or (
        doc[tok.i - 3].ent_type_ not in ("PER", "PERSON")
    ):
        return None
    name = doc[tok.i - 3]
    aged = age_after(doc.text, name.idx + len(name)) == int(doc[tok.i - 1].text)
    return name if aged else None


def _subject_before_stressed_apposition(tok: Token) -> Token | None:
    """"Le bourgmestre, lui-même ancien président de la Jeunesse, a assuré": in a pipeline with
    universal tags, an occupation opened by a stressed pronoun and set off by a comma is said of
    the noun or name before that comma, the verb's subject, which the parser may have made an
    adverb."""
    doc = tok.doc
    if tok.dep_ == "nmod" and tok.head.i < tok.i and tok.head.pos_ == "NOUN":
        tok = tok.head  # (the parser's subject the body the office is of: "la Jeunesse")
    pron = doc[tok.left_edge.i]
    if tok.tag_ != tok.pos_ or tok.pos_ != "NOUN" or tok.lemma_.lower() not in (
        lexicon().occupations
    ) or pron.pos_ != "PRON" or "Rel" in pron.morph.get("PronType", []) or pron.i < 2 or (
        doc[pron.i - 1].text != ","
    ):
        return None
    before = doc[pron.i - 2]
    return before if before.pos_ in ("NOUN", "PROPN") or before.ent_type_ in ("PER", "PERSON") or (
        before.lower_ in lexicon().occupations and determiner(before) is not None
    ) else None


def _body_named_before(doc: Doc, comma: int) -> bool:
    """The name of an organisation ends right before ``comma``: one the tagger labelled so, or
    one after an organisation's noun ("la société Boisrare Atlantique,")."""
    ent = next((e for e in doc.ents if e.end == comma), None)
    return ent is not None and (ent.label_ == "ORG" or (
        ent.start > 0 and doc[ent.start - 1].lower_ in lexicon().organisation_nouns))


def _name_before_its_description(tok: Token) -> Token | None:
    """"Wilner X, 47 ans, un peintre qui décore des tap-taps depuis ..., tempête": the last word
    of a person's name when the parser made the indefinite description set off after it (and
    after its age) the subject."""
    doc = tok.doc
    det = next((c for c in tok.children if c.dep_ == "det" and c.i < tok.i), None)
    if det is None or det.lower_ not in indefinite_articles() or not tok.dep_.startswith(
        "nsubj"
    ) or det.i < 2 or doc[det.i - 1].text != ",":
        return None
    name = next((e for e in doc.ents if e.label_ in ("PER", "PERSON") and e.end < det.i
                 and doc[e.end].text == "," and comma_past_age(doc, e.end, det.i) == det.i - 1
                 and e.root.dep_ in ("ROOT", "nsubj", "appos")), None)
    return doc[name.end - 1] if name is not None else None


def _phrase_before_relative(tok: Token) -> Token | None:
    """In a pipeline with universal tags, the head of the noun phrase right before the comma
    that a relative pronoun, subject of a verb the parser did not make a relative clause's,
    follows ("Josée X, la mère du joueur, qui affirme": "mère")."""
    doc = tok.doc
    if tok.tag_ != tok.pos_ or tok.pos_ != "PRON" or "Rel" not in tok.morph.get("PronType", []) or (
        tok.dep_ not in ("nsubj", "nsubj:pass") or tok.head.dep_ in ("relcl", "acl:relcl")
        or tok.i < 2 or doc[tok.i - 1].text != ","
    ):
        return None
    noun = doc[tok.i - 2]
    while noun.dep_ in ("nmod", "flat:name", "amod", "obl:arg") and noun.head.i < noun.i:
        noun = noun.head  # ("un ancien trader de la maison", "maison" hung on "trader")
    if noun.pos_ in ("NOUN", "PROPN") or any(c.dep_ == "det" for c in noun.children):
        return noun  # (a noun with its article, whatever its tag)
    return None


def _name_of_capitalised_nouns(head: Token) -> bool:
    """In a pipeline with universal tags, a miscellaneous name of two capitalised words or more,
    with no article and no first name, that the tagger made common nouns ("Pickleball Acadie,
    qui organisait le tournoi, a indiqué"): a name, not a description."""
    ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
    return head.tag_ == head.pos_ == "NOUN" and ent is not None and ent.label_ == "MISC" and (
        len(ent) >= 2 and all(t.is_title and t.is_alpha for t in ent) and not head.is_sent_start
        and determiner(head) is None and not first_name_gender(ent[0].text)
        and not is_title_word(ent[0].text))


def _titled_work(head: Token) -> bool:
    """In a pipeline with universal tags, a capitalised noun inside its sentence, with its
    article, that the tagger put in a miscellaneous name ("Le Réveil vaudrennais"): a
    newspaper's or a body's name, not a description of a person."""
    return head.tag_ == head.pos_ == "NOUN" and head.is_title and head.ent_type_ == "MISC" and (
        not head.is_sent_start and determiner(head) is not None
        and head.lower_ not in lexicon().occupations and not is_demonym(head))
    # ("La Gruérienne, qui a pris les rênes de l'entreprise, assure": a woman of Gruyère)


def _known_name_after_rank(d: Discourse, head: Token, pos: int) -> Entity | None:
    """A title with its complement, then the family name of one person named in full before
    ("le capitaine de frégate Sèye-Ndoro", the name the parser hung on "frégate")."""
    if not is_title_word(head.text):
        return None
    doc = head.doc
    k = head.i + 1
    while k < min(len(doc), head.i + 4) and doc[k].is_lower and doc[k].pos_ in (
        "ADP", "NOUN", "PROPN", "ADJ"
    ):
        k += 1
    if k == head.i + 1 or k >= len(doc) or not doc[k].is_title:
        return None
    surname = doc[k : hyphenated_end(doc, k)].text
    known = d.match_name(surname, "person", pos)
    if known is None or known.kind != "person" or len(known.name.split()) < 2 or (
        known.name.split()[-1] != surname
    ):
        return None
    return known


def _kin_role(role: str) -> bool:
    """A short role that relates its person to someone by a possessive ("Naqvi's own son",
    "her youngest daughter"), not an office ("Chairman")."""
    words = role.replace("’", "'").split()
    return len(words) <= 3 and (words[0].lower() in third_possessives() or any(
        w.endswith("'s") for w in words[:-1]))


@per_language
def _own_possessives() -> frozenset[str]:
    """"my", "ma": data/<lang>/own_possessives.txt."""
    return optional_words(None, "own_possessives.txt")


def _own_possessive_gender(span: SpacySpan) -> str | None:
    """The gender of a third-person possessive in the clause a person's name is the subject of,
    with no one else named or made a subject between ("Her neighbour, K. Ganeshan, 67, spent
    RM2,400 on wire mesh for his windows": male). Penn tags only: a universal treebank's
    possessive agrees with the thing owned ("sa maison")."""
    root = span.root
    while root.dep_ == "appos" and root.head.i < root.i:
        root = root.head  # "Her neighbour, K. Ganeshan,": the subject it is set off after
    if root.dep_ != "nsubj" or root.head.i < root.i:
        return None
    verb = root.head
    for tok in span.doc[span.end : verb.right_edge.i + 1]:
        if tok.text in QUOTATION_MARKS or tok.ent_type_ == "PERSON" or (
            tok.dep_ in ("nsubj", "nsubjpass") and tok.i != root.i
        ):
            return None
        if tok.tag_ == "PRP$" and tok.lower_ in third_possessives():
            gender = tok.morph.get("Gender", [])
            return {"Masc": "male", "Fem": "female"}.get(gender[0]) if gender else None
    return None


def _called_own(ent: Entity, quote: str) -> bool:
    """The quote calls the person by a role the article gave them, after a first-person
    possessive ("ma fille" for the woman introduced as "Sa fille, Maëlle"; a role's first two
    words: "mes plaquettes" is no call of "le fournisseur des plaquettes"), or by their first
    name as the subject opening a sentence of it: not their words."""
    words = re.findall(r"[\w’'-]+", quote.lower())
    owned = _own_possessives()
    if ent.kind == "person" and ent.named and re.search(
        rf"(?:^|[.!?]\s+){re.escape(ent.name.split()[0])}\s+[a-zà-öø-ÿ]", quote
    ):  # '"Shirley hasn't been to church since Easter," she
        return True  # says' of her neighbour Shirley X: the quote speaks of her
    return bool(ent.roles) and any(
        w in owned and ent.has_role_word(nxt, lead=2)
        for w, nxt in zip(words, words[1:], strict=False))


def _age_differs(ent: Entity, head: Token) -> bool:
    """The person's known age is out of the range the description's age noun gives ("Anne-Marie
    X, 54 ans" is no "octogénaire")."""
    decade = age_nouns().get(head.lemma_.lower()) or age_nouns().get(head.lower_)
    return ent.age is not None and decade is not None and not decade[0] <= ent.age <= decade[1]


def _disagrees_with_conjunct(verb: Token) -> bool:
    """"X was not at the meeting where the plans were drawn up and has not commented": a verb
    the parser joined to a relative clause's, whose own auxiliary disagrees in number with that
    clause's subject, is the main clause's."""
    if verb.dep_ != "conj":
        return False
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")
                and "Fin" in c.morph.get("VerbForm", [])), None)
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if aux is None or subject is None or any(c.dep_.startswith("nsubj") for c in verb.children):
        return False
    number, agreeing = aux.morph.get("Number", []), subject.morph.get("Number", [])
    return bool(number and agreeing) and number != agreeing


def _without(d: Discourse, ent: Entity) -> Discourse:
    """The discourse with one entity left out."""
    view = Discourse()
    view.entities = [e for e in d.entities if e is not ent]
    view.events = [ev for ev in d.events if ev.entity is not ent]
    return view


def _read_without_accents(ent: Entity) -> bool:
    """A person whose gender came from a first name the dictionary knows only without its
    accents."""
    first = ent.name.split()[0]
    return ent.gender_source == "first name" and not known_as_written(first) and (
        is_first_name(first))


def _common_chain_to_a_name(tok: Token) -> bool:
    """"Le comité de gestion du rāhui de Vaiorea": two complements of common nouns in a row,
    the second's own a proper name (the body of a thing of that place)."""
    return any(c.dep_ == "nmod" and c.pos_ == "NOUN" and c.is_lower and c.i > tok.i and any(
        g.dep_ == "nmod" and g.pos_ == "NOUN" and g.is_lower and any(
            h.dep_ == "nmod" and h.pos_ == "PROPN" for h in g.children)
        for g in c.children) for c in tok.children)


def _common_complement(tok: Token) -> bool:
    """``tok`` heads a complement of common nouns only ("de riverains", "des usagers")."""
    return tok.dep_ == "nmod" and tok.pos_ in ("NOUN", "PRON") and tok.is_lower and all(
        t.is_lower or t.is_punct for t in tok.subtree)


def _office_gender(tok: Token) -> str | None:
    """In a pipeline with universal tags, the grammatical gender of the office a name is set off
    after ("Le ministre de l'intérieur, Abdoulaye X," is a man), where the office is no
    complement of another noun."""
    doc = tok.doc
    while tok.i > 2 and is_title_word(doc[tok.i - 1].text) and doc[tok.i - 1].is_title:
        tok = doc[tok.i - 1]  # "Le chef du village, Nanan Yapi X,": from the title on
    if tok.tag_ != tok.pos_ or tok.i < 2 or doc[tok.i - 1].text != ",":
        return None
    gender = _gender_of_office(tok.head, tok)
    before = doc[tok.i - 2]
    if gender is None and before.i > tok.head.i and (
        before.pos_ == "NOUN" or before.head.i == before.i - 1
    ):  # "à la radio nationale son directeur général, Hédi X": the parser set the name off
        # after "radio"; the office is the noun right before the comma
        gender = _gender_of_office(before if before.pos_ == "NOUN" else before.head, tok)
    if gender is None and tok.dep_.startswith("nsubj"):
        office = next((t for t in doc[tok.sent.start : tok.i - 1] if t.head.i == tok.head.i
                       and t.dep_ == tok.dep_ and t.right_edge.i == tok.i - 2), None)
        if office is not None:  # "Le chef du village, Kablan X, a réuni": the parser made both
            gender = _gender_of_office(office, tok)  # the verb's subjects
    return gender


def _place_after_of(tok: Token) -> bool:
    """``tok`` is a place's or a body's word after "de" in a description ("le ministre d'Etat",
    "la porte-parole de Veille Bouleaux")."""
    doc = tok.doc
    k = tok.i - 1
    while k >= max(0, tok.i - 4) and doc[k].ent_type_ == tok.ent_type_ and doc[k].pos_ != "ADP":
        k -= 1  # back through the place's own words
    return k >= 0 and doc[k].pos_ == "ADP" and doc[k].dep_ == "case"


def _body_of_a_place(tok: Token) -> Token | None:
    """The place whose public body ``tok`` names by its kind noun (an organisation noun that
    names no kind of company or club, data/<lang>/nouns.tsv) after a bare article ("la mairie
    de X", "adopté par le conseil communal de X"; not "l'entreprise des Plans-de-Sorne", whose
    name the article gives, nor "sa fromagerie de Bréville", "le futur cabinet de X", nor the
    building someone is at, "aux questions des journalistes à la préfecture de Mende", nor a
    body whose acronym the phrase gives, which ``organisation`` names)."""
    lex = lexicon()
    kind = tok.lemma_.lower() if tok.lemma_.lower() in lex.organisation_nouns else tok.lower_
    if tok.pos_ != "NOUN" or not tok.is_lower or kind not in lex.organisation_nouns or (
        kind in lex.organisation_types
    ):
        return None
    children = list(tok.children)
    away = residence_prepositions() | addressee_prepositions()  # ("au large de Cork")

    def of(word: Token) -> bool:
        return word.dep_ == "nmod" and word.i > word.head.i and any(
            g.dep_ == "case" for g in word.children) and not any(
            g.dep_ == "case" and g.lower_ in away for g in word.children)

    def of_place(word: Token) -> Token | None:  # (not "de la Fédération", a body)
        return next((c for c in word.children if of(c) and c.text[:1].isupper() and (
            c.pos_ == "PROPN" or c.ent_type_ in ("LOC", "GPE") or "-" in c.text)), None)

    place = of_place(tok) or next((found for c in children if of(c) and c.pos_ == "NOUN"
                                   for found in [of_place(c)] if found), None)
    # ("le comité des fêtes de Bois-Gérard": the place of its complement)
    if place is None or not any(
        c.dep_ == "det" and c.lower_ in lex.articles for c in children
    ) or any((c.dep_ == "amod" and c.i < tok.i)
             or (c.dep_ == "case" and c.lower_ in residence_prepositions()) for c in children
             ) or any(t.text == "(" for t in tok.doc[tok.i : place.i]):
        return None
    return place


def _in_a_named_body(tok: Token) -> bool:
    """``tok`` is a complement in the name of a body its capitalised kind noun opens ("le
    Collectif de défense de l'hôpital de X")."""
    head = tok
    for _ in range(3):
        if head.dep_ != "nmod" or head.head.i >= head.i:
            return False
        head = head.head
        if head.is_title and head.lower_ in lexicon().organisation_nouns:
            return True
    return False


def _place_of_a_body(span: SpacySpan) -> bool:
    """A one-word name that is the place a public body described by its kind noun is of ("un
    bureau d'études de Bulle"), given no first name the article writes before it (not "de
    l'huilerie de Mokrane X", a person's)."""
    word = span.root
    if len(span) != 1 or first_name_gender(word.text) is not None:
        return False
    head = word.head
    for _ in range(2):  # (the body's noun, or the noun of its complement)
        if head.pos_ != "NOUN" or head.i >= word.i:
            return False
        if getattr(_body_of_a_place(head), "i", None) == word.i:
            return not re.search(rf"\b[A-ZÀ-Þ][\w’'-]+ {re.escape(word.text)}\b", word.doc.text)
        head = head.head
    return False


def _place_name_end(doc: Doc, start: int) -> int | None:
    """Where the place's name that starts at ``start`` ends, read off the words: capitalised
    words, tight hyphens and elided particles ("Seine-Maritime", "Côtes-d'Armor", "Sidi
    Bouâmar"); None when the phrase goes on past it ("Coteaux de la Dronne", "Transition
    écologique", "Santé et de l'Hygiène publique")."""
    end = start + 1
    while end < len(doc) and (joining_hyphen(doc[end]) or doc[end].text[:1].isupper() or (
        doc[end].text.endswith(("'", "’")) and len(doc[end]) <= 2
    ) or (joining_hyphen(doc[end - 1]) and doc[end].is_alpha) or (
        end + 1 < len(doc) and joining_hyphen(doc[end + 1]) and doc[end].is_alpha
    )):  # (a particle in lower case before a hyphen: "Mazraat el-Tout")
        end += 1
    if end < len(doc) and (doc[end].pos_ in ("ADJ", "CCONJ") or (
        doc[end].pos_ in ("ADP", "DET") and end + 1 < len(doc) and (
            doc[end + 1].text[:1].isupper() or doc[end + 1].pos_ == "DET")
    )):
        return None
    return end


def _gender_set_off_after(span: SpacySpan) -> str | None:
    """The gender of the noun for a man or a woman set off right after a name, with an
    indefinite article ("Shamim X, a widow who stitches clothes,"), that is no office or
    occupation ("a spokesman" may be said of a woman)."""
    doc = span.doc
    k = span.end + 1
    if k + 1 >= len(doc) or doc[span.end].text != "," or (
        doc[k].lower_ not in indefinite_articles()
    ):  # (not "Rhian X, whose grandfather built the stand,")
        return None
    noun = doc[k + 1]
    lex = lexicon()
    if noun.pos_ != "NOUN" or not noun.is_lower or noun.lower_ in lex.occupations or (
        noun.lower_ in lex.titles
    ) or (k + 2 < len(doc) and doc[k + 2].tag_ == "POS"):
        return None  # (not "a widow's son")
    return noun_gender(noun.lower_)


def _office_after_gender(span: SpacySpan) -> str | None:
    """In a pipeline with universal tags, the grammatical gender of the office set off right
    after a name ("Hédi X, directeur général de Palnef,": a man, whatever "Hedi" is)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or span.root.tag_ != span.root.pos_:
        return None
    office = doc[span.end + 1]
    lex = lexicon()
    if office.pos_ != "NOUN" or not office.is_lower or not (
        office.lower_ in lex.occupations or office.lower_ in lex.titles
    ):
        return None
    return description_gender(office)


def _gender_of_office(head: Token, tok: Token) -> str | None:
    """The gender of ``head``, a noun for an office or title before the name at ``tok`` and no
    complement of another noun."""
    if head.i >= tok.i or head.pos_ != "NOUN" or head.dep_.startswith("nmod") or (
        head.dep_.startswith("obl") and any(c.dep_ == "case" for c in head.children)
    ):  # (but "Le maire, Tiana X, qui ..., était entouré": the subject, no oblique)
        return None
    lex = lexicon()
    if head.lemma_.lower() not in lex.occupations and head.lower_ not in lex.occupations and (
        head.lower_ not in lex.titles and head.lower_ not in lex.title_modifiers
    ):  # ("Le délégué de X, Lassaad Y,": a modifier of titles, an office alone too)
        return None
    return description_gender(head)


def _names_occupation(role: str) -> bool:
    """A role with a word for an occupation or a title in it ("sénateur", "frère" is none)."""
    lex = lexicon()
    return any(w in lex.occupations or w in lex.titles for w in role.lower().split())


def _set_off_after_a_name(det: Token) -> bool:
    """``det`` opens a phrase set off after a person's name: the tagger's person, or a name
    of any label that opens with a first name ("dont Ndèye Coumba X, une veuve du quartier,")."""
    doc = det.doc
    if det.i < 2 or doc[det.i - 1].text != ",":
        return False
    name = next((e for e in doc.ents if e.start <= det.i - 2 < e.end), None)
    return name is not None and not _place_of_a_thing(name[0]) and (name.label_ == "PERSON" or (
        name.label_ != "GPE" and first_name_gender(name[0].text) is not None))


def _presented(span: SpacySpan) -> bool:
    """"La « dame du foin », c'est Fatou X.": a name that closes its sentence as what an
    expletive subject and a copula present (universal dependencies) is who the story turns to."""
    root, doc = span.root, span.doc
    return span.end < len(doc) and doc[span.end].text in (".", "!", ";") and any(
        c.dep_ == "cop" for c in root.children) and any(
        c.dep_.startswith("expl") for c in root.children)


def _aged_noun(tok: Token) -> bool:
    """"le taxidermiste de 71 ans": the noun's phrase ends on the age it gives, which is then a
    person's ("la fin de 61 ans d'histoire" goes on past it: a span of time)."""
    if any("Yes" in c.morph.get("Poss", []) for c in tok.children if c.dep_ == "det"):
        return False  # "surveillait son fils de 11 ans": someone else, her son
    number = next((c for c in tok.subtree if c.like_num and c.i > tok.i), None)
    return number is not None and not any(
        c.dep_ == "nmod" and c.i > number.head.i for c in number.head.children)


def _inverted_after_a_place(span: SpacySpan) -> bool:
    """"Parmi les partants figure Kévin X, 23 ans, l'ailier ...": a person's name right after a
    verb with no subject that a phrase opening the sentence with a preposition comes before,
    whatever the parser made of the name, is the subject put after its verb."""
    root, doc = span.root, span.doc
    verb = root.head
    sent = root.sent
    return span.label_ in ("PER", "PERSON") and verb.pos_ == "VERB" and (
        verb.i == span.start - 1 and root.dep_ in ("obj", "nsubj")
    ) and doc[sent.start].pos_ == "ADP" and not any(
        c.dep_.startswith(("nsubj", "expl")) or (c.pos_ == "PUNCT" and c.i < verb.i)
        for c in verb.children if c.i != root.i)  # (no comma before the verb)


def _focus_of_cleft(tok: Token) -> bool:
    """"c'est son frère cadet, Luc X, entraîneur adjoint, qui dirigera l'équipe", "It was Smith
    who ...": the name (or the noun it is set off after) that a copula makes the predicate of a
    pronoun, with a relative clause whose subject is its relative pronoun, is what the sentence
    is about."""
    pred = tok
    for _ in range(3):  # up from the name to the copula's predicate ("c'est son frère cadet,
        if any(c.dep_ == "cop" for c in pred.children):  # Luc X": the name hung on "cadet")
            break
        set_off = pred.dep_ == "conj" and pred.i > 0 and not any(
            c.dep_ == "cc" for c in pred.children) and pred.doc[pred.i - 1].text == ","
        if pred.dep_ not in ("appos", "flat:name", "obl:mod", "amod", "nmod", "acl", "dep") and (
            not set_off  # ("c'est l'infirmière de la clinique, Julie X, qui": the name set off
        ) or pred.head.i > pred.i:  # after its description, which the parser made a conjunct)
            return False
        pred = pred.head
    if not any(c.dep_ == "cop" for c in pred.children):
        return False
    cop = next(c for c in pred.children if c.dep_ == "cop")
    before = tok.doc[cop.i - 1] if cop.i > 0 else cop
    if not any(c.dep_ in ("nsubj", "expl", "expl:subj") and c.i < pred.i and (
            c.pos_ == "PRON" or c.text.endswith(("'", "’"))) for c in pred.children) and not (
        before.text.endswith(("'", "’")) and len(before.text) == 2  # "Mardi, c'est la veuve
    ):  # ..., qui": the "c'" hung on the day
        return False
    return any(t.dep_ in ("relcl", "acl:relcl") and t.i > tok.i and any(
        c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and c.i < t.i and (
            c.tag_ in ("WP", "WDT") or "Rel" in c.morph.get("PronType", []))
        for c in t.children) for t in pred.subtree)


def _inverted_relative_subject(tok: Token) -> bool:
    """"Une exception que conteste l'ancien ministre de la défense Jacques Perrotin": in a
    pipeline with universal tags, the noun after the verb of a relative clause that an object
    relative opens, the verb having no subject of its own, is its subject (the parser's
    object); the name may be that noun's apposition."""
    if tok.tag_ != tok.pos_:
        return False
    if tok.dep_ in ("appos", "flat:name") and tok.head.pos_ == "NOUN" and tok.head.i < tok.i:
        tok = tok.head
    verb = tok.head
    if tok.dep_ != "obj" or verb.dep_ != "acl:relcl" or verb.i > tok.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
        return False
    return any(c.i < verb.i and (c.dep_ == "mark" or (c.dep_ == "obj" and c.pos_ == "PRON"))
               for c in verb.children)


def _set_off_after_office(tok: Token) -> bool:
    """"Le conseiller d'Etat chargé des finances, Raphaël Zumwald, a balayé ces craintes": in a
    pipeline with universal tags, a name set off by commas after the office that is its
    sentence's subject, which the parser hung from a word of the office's phrase."""
    conjunct = tok.dep_ == "conj" and not any(c.dep_ == "cc" for c in tok.children)
    if tok.tag_ != tok.pos_ or (tok.dep_ not in ("obl:mod", "nmod") and not conjunct) or (
        tok.i == 0
    ):  # ("Le technicien forestier chargé du secteur, Yannick X, a été": a conjunct of
        return False  # "secteur")
    if tok.doc[tok.i - 1].text != ",":
        return False
    head = tok.head
    if conjunct and head.dep_ in ("nsubj", "nsubj:pass"):
        return False  # (a conjunct of the subject itself is no name hung inside its phrase)
    for _ in range(3):
        if head.dep_ in ("nsubj", "nsubj:pass"):
            return head.i < tok.i and (head.lemma_.lower() in lexicon().occupations
                                       or is_title_word(head.text)
                                       or (head.lower_ in person_nouns()
                                           and not is_family_noun(head.lower_)))
        if head.dep_ not in ("acl", "nmod", "amod", "obl:arg") or head.head.i == head.i:
            return False
        head = head.head
    return False


def _set_off_before_role(tok: Token) -> bool:
    """"Sur le banc des parties civiles, Martine Mostinckx, la mère de la victime, a tenu à
    s'adresser à la cour": in a pipeline with universal tags, a name set off by commas right
    before the description that the parser made the subject, itself set off before the verb."""
    doc = tok.doc
    if tok.tag_ != tok.pos_ or tok.i == 0 or doc[tok.i - 1].text != ",":
        return False
    k = tok.i + 1
    while k < len(doc) and (doc[k].text == "-" or (doc[k].pos_ == "PROPN" and doc[k].is_title)):
        k += 1  # past the name's other words
    if k + 2 >= len(doc) or doc[k].text != ",":
        return False
    noun = next((t for t in doc[k + 1 : k + 4] if t.pos_ in ("NOUN", "VERB")), None)
    if noun is None or noun.dep_ not in ("nsubj", "nsubj:pass") or noun.head.i < noun.i:
        return False
    lemma = noun.lemma_.lower()
    lex = lexicon()
    return (lemma in lex.occupations or noun.lower_ in lex.occupations
            or is_title_word(noun.text) or noun.lower_ in person_nouns())


def _roles_by_phrase(doc: Doc, people: list[tuple[SpacySpan, Entity]]) -> None:
    """"Didier Lamoline, 54 ans, comparaît devant la cour d'assises", "Fatima Rahimi, for the
    defence,": the person named last before a phrase of data/<lang>/role_phrases.tsv or
    defendant_phrases.tsv in its sentence ("Opening the case for the prosecution, Peter
    Quennell": first after it, for a phrase that says so) gets its roles, by which the article may
    call them later ("le prévenu", "the prosecutor")."""
    phrases = role_phrases()
    if not phrases or not people:
        return
    text = doc.text
    low = text.lower()
    for phrase, roles, whom in phrases:
        for m in phrase.finditer(low):
            if _plural_subject_at(doc, m.start(), m.end()):
                continue  # "..., Rudy X, 52 ans, deux frères comparaissaient": not Rudy
            # by the words, not the parser's sentences (it may end one after the name)
            if whom == "before":
                # "Gaëtan Moreels, 47 ans. L'éleveur comparaissait": a description opening the
                # sentence stands for the person the sentence before named last
                start = _described_sentence_start(text, m.start())
                opened, gender = _opened_by_pronoun(text, m.start())
                near = [(span.end_char, ent) for span, ent in people
                        if span.end_char <= m.start() and (
                            not re.search(r"[.!?]\s", text[span.end_char : start]) or (
                                start < m.start()
                                and _same_person_between(text[span.end_char : start])) or (
                                span.end_char <= opened and len(
                                    re.findall(r"[.!?]\s", text[span.end_char : opened + 1])) == 1
                                and ent.gender in (None, gender)))]
                # ("Fabrizio M., 47 ans, ferrailleur, brûlait ... Jeudi, il comparaissait")
                if not near and _object_clitic_before(doc, m.start()):  # "Mardi, le tribunal
                    near = [(span.end_char, ent) for span, ent in people  # l'a condamné à":
                            if span.end_char <= _sentence_stop_before(text, m.start())]  # the
                    # person named last before the sentence
                last = max(near, key=lambda pair: pair[0]) if near else None
                found = None if last is None or _set_off_after_another_noun(
                    doc, last[0], m.start()) else last[1]
            else:
                near = [(span.start_char, ent) for span, ent in people if span.start_char >= m.end()
                        and not re.search(r"[.!?]\s", text[m.end() : span.start_char])]
                if near and text[m.end() : min(p for p, _ in near)].strip() and any(
                    span.end_char <= m.start()
                    and not re.search(r"[.!?]\s", text[span.end_char : m.start()])
                    for span, _ in people
                ):  # "Dany X subissait mardi son procès devant la juge Y": X's trial; the
                    near = []  # phrase's own person comes right after it ("le procès de Y")
                found = min(near, key=lambda pair: pair[0])[1] if near else None
            if found is not None:
                for role in roles.split():
                    found.add_role(role)


def _same_person_between(between: str) -> bool:
    """The words between a name and the description opening a role phrase's sentence end the
    name's sentence and hold one more, about that person: it opens with a pronoun for a person
    ("Marc X a tenu la caisse. Pendant six ans, il a aussi puisé dans la caisse.
    L'ancien trésorier, 58 ans, comparaissait")."""
    sentences = re.split(r"(?<=[.!?])\s+", between.strip())[1:]
    pronouns = lexicon().pronouns
    return len(sentences) == 1 and any(
        pronouns.get(word.lower().strip(",")) in ("male", "female")
        for word in sentences[0].split()[:4])


def _set_off_after_another_noun(doc: Doc, named_end: int, at: int) -> bool:
    """The phrase at ``at`` is set off after a noun phrase of its own that comes after the name
    ending at ``named_end``, not in apposition to it ("X s'est tourné vers le principal prévenu,
    qui comparaissait détenu"; "et dix-huit mois contre un ferrailleur de Leuze, poursuivi
    pour recel")."""
    before = [t for t in doc if t.idx + len(t.text) <= at]
    if before and (before[-1].lower_ in ("who", "which")
                   or "Rel" in before[-1].morph.get("PronType", [])):
        before.pop()
    if len(before) < 2 or before[-1].text != ",":
        return False
    noun = before[-2]
    while noun.dep_ in ("nmod", "flat", "flat:name", "amod", "compound", "fixed") and (
        noun.head.i < noun.i
    ):
        noun = noun.head  # "un ferrailleur de Leuze-en-Hainaut"
    article = next((c for c in noun.children if c.dep_ == "det" and c.i < noun.i), None)
    if article is None or noun.pos_ == "PROPN" or article.idx < named_end or (
        noun.lower_ in place_nouns()
    ):  # (but "X, surnommé « le Taiseux » dans le village, est accusé": a place)
        return False
    return doc.text[named_end : article.idx].strip() not in ("", ",")


def _plural_subject_at(doc: Doc, start: int, end: int) -> bool:
    """The phrase at ``start``-``end`` follows a plural common noun, its subject whatever the
    parse ("deux frères comparaissaient")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    counted = span.start >= 2 and doc[span.start - 2].text.isdigit()  # "un garagiste de 47 ans
    return before.pos_ == "NOUN" and is_plural(before) and not counted  # poursuivi devant"


def _opened_by_pronoun(text: str, at: int) -> tuple[int, str | None]:
    """Where the sentence holding ``at`` starts and the pronoun's gender, when its subject
    before ``at`` is a personal pronoun after at most an opening word or two ("Jeudi, il
    comparaissait"); else (-1, None)."""
    stop = _sentence_stop_before(text, at)
    words = text[stop + 1 : at].replace(",", " ").split()
    gender = lexicon().pronouns.get(words[-1].lower()) if 1 <= len(words) <= 3 else None
    return (stop + 1, gender) if gender in ("male", "female") else (-1, None)


def _object_clitic_before(doc: Doc, at: int) -> bool:
    """The words at ``at`` come right after an object pronoun and its auxiliary ("l'a
    condamné à"): someone the sentence does not name."""
    tok = next((t for t in doc if t.idx >= at), None)
    if tok is None or tok.i < 2:
        return False
    aux, clitic = doc[tok.i - 1], doc[tok.i - 2]
    return aux.pos_ == "AUX" and clitic.pos_ == "PRON" and (
        clitic.lower_.replace("\u2019", "'") in object_clitics())


def _sentence_stop_before(text: str, at: int) -> int:
    """The full stop or line break that ends the sentence before ``at`` (-1 at the start)."""
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))


def _described_sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, when it opens with a description in lower
    case after its article right before ``at`` ("L'éleveur comparaissait"); else ``at``."""
    stop = _sentence_stop_before(text, at)
    opening = text[stop + 1 : at].strip()
    day = re.match(r"(\w+(?: \w+)?), ", opening)
    if day is not None and all(w.lower() in date_words() for w in day.group(1).split()):
        opening = opening[day.end() :]  # "Jeudi, l'ancien agent des espaces verts, 54 ans,"
    words = strip_article(opening).split()
    if (opening and words and len(words) <= 8 and strip_article(opening) != opening
            and all(w.islower() or w.strip(",").isdigit() for w in words) and len(words) - sum(
                w.strip(",").isdigit() for w in words) <= 6):  # ("L'ancien trésorier, 58 ans,")
        return stop + 1
    return at


def _party_after_person(span: SpacySpan) -> bool:
    """A name the tagger took for a person, in brackets right after a person's name or office:
    the person's party or organisation, never another person."""
    doc = span.doc
    if span.label_ not in ("PERSON", "PER") or span.start < 2 or doc[span.start - 1].text != "(":
        return False
    before = doc[span.start - 2]
    return before.ent_type_ in ("PERSON", "PER") or (
        before.pos_ == "NOUN" and before.is_lower and before.lower_ in lexicon().occupations
    )  # "le président (Renouveau républicain) de la région, Jean-Marc Lestrade": the office
    # holder's party


def _name_end(text: str, pos: int, name: str, default: int) -> int:
    """Where ``name``, written from ``pos`` on (after at most its article or kind), ends: "Le
    Syndicat départemental des conducteurs de cars", named whole though the tagger took one
    word; "l'ASBL Refuge Patte Tendue"."""
    at = text.find(name, pos, pos + len(name) + 12)  # "l'ASBL Refuge Patte Tendue"
    return max(at + len(name), default) if at >= 0 else default


def _acronym_after(span: SpacySpan, text: str, org: tuple[int, ...], pos: int) -> bool:
    """"La Fédération des associations de parents d'élèves (FAPE)": a name in capitals in
    brackets right after an organisation's name is its acronym; so is one whose letters are the
    initials of the name and of the few words the tagger left out of it ("le Syndicat Rail et
    Industrie (SRI)", the tagger's name being "Syndicat Rail")."""
    if not (len(span) == 1 and span.text.isupper() and len(span.text) > 1):
        return False
    between = text[org[1] : pos].strip()
    if between == "(":
        return True
    return (between.endswith("(") and len(between.split()) <= 8
            and not re.search(r"[,.;:!?()]", between[:-1])
            and _initials_spell(span.text, text[org[0] : text.rfind("(", 0, pos)]))


def _acronym_in_text(ent: Entity, text: str, start: int, end: int) -> None:
    """"L'Union des dockers et portuaires (UDP)", the acronym untagged: a capitalised word in
    brackets within a few words of an organisation's name that spells it is its acronym; one
    written in lower case after its capital too ("the United Teachers' Union of Kenya (Utuk)")."""
    found = re.match(
        r"((?:\s*[^\s(),.;:]+){0,5}?)\s*\(([A-ZÀ-Þ](?:[A-ZÀ-Þ0-9&]{1,9}|[a-z]{2,5}))\)",
        text[end : end + 80])
    if found is None or found.group(2) in ent.aliases:
        return
    if _initials_spell(found.group(2), text[start : end + len(found.group(1))]):
        if found.group(1).strip():
            _name_to_acronym(ent, text[start : end + len(found.group(1))].strip())
        ent.add_alias(found.group(2))


def _name_word(span: SpacySpan, root: Token) -> Token:
    """The word to read an organisation's name from when the parse's head of ``span`` is none:
    "Le Syndicat autonome des agents ... a appelé" (the parse made "autonome" the head): the
    proper noun it made the verb's subject; "la banque privée Dufaux & Cie" (split between two
    heads): the proper noun after the kind's noun; else the head. A lower-case last word the
    parse hung outside the name ("... de la Bresse louhannaise") is read past."""
    if len(span) > 1 and root.i == span[-1].i and root.is_lower and span[-2].is_title and (
        root.head.i == root.i or not span.start <= root.head.i < span.end
    ):
        inner = span[:-1]
        return _name_word(inner, inner.root)
    subject = next((t for t in span if (t.pos_ == "PROPN" or (
        t.pos_ == "NOUN" and t.is_title and root.pos_ in ("VERB", "AUX")
    )) and t.head.i == root.i and t.dep_.startswith("nsubj")), None)
    # ("La Société historique du Cap": "historique" tagged a verb, its subject a noun)
    if subject is not None:
        return subject
    return next((t for t in span if t.pos_ == "PROPN" and organisation_type(t)), root)


def _short_quotation_around(text: str, start: int, end: int) -> bool:
    """The words at ``start``-``end`` open quotation marks that close a few words after them, with
    no sentence's end between (a title, a name given in quotation marks)."""
    opening = re.search(r"(?:^|\s)([«“\"‘])[\s\u00a0\u202f]*(?:\w{1,3}[\s\u00a0\u202f]+)?$",
                        text[max(0, start - 10) : start])  # (an article between: « Le Ciel;
    if opening is None:  # not the closing mark of '"Bong" Villareal')
        return False
    closing = "’" if opening.group(1) == "‘" else "»”\""  # ('Let Terry Chime', a petition)
    after = re.match(rf"[^.!?\n]{{0,40}}?[\s\u00a0\u202f]*[{closing}]", text[end : end + 45])
    return after is not None and len(text[end : end + after.end()].split()) <= 5


def _tagged_whole(span: SpacySpan) -> bool:
    """The tagger found ``span`` as one entity, word for word."""
    ent = _entity_around(span[0])
    return ent is not None and (ent.start, ent.end) == (span.start, span.end)


def _entity_around(tok: Token) -> SpacySpan | None:
    """The tagger's entity that holds ``tok``, if any."""
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)


def _office_spelled_before_name(span: SpacySpan) -> bool:
    """``span`` ends on a title word and its initials follow in brackets, then a person's name
    (after an honorific or not): "District Health Officer (DHO) Dr Tariq Saleem"."""
    doc, k = span.doc, span.end
    if not is_title_word(span[-1].text) or k + 3 >= len(doc) or doc[k].text != "(" or (
        doc[k + 2].text != ")" or not _initials_spell(doc[k + 1].text, span.text)
    ):
        return False
    k += 3
    while k < len(doc) and (is_honorific(doc[k].text) or is_title_word(doc[k].text)):
        k += 1
    return k < len(doc) and doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B"


def _bracketed_office_before(span: SpacySpan) -> str | None:
    """"Upazila Nirbahi Officer (UNO) Nasrin Akter": the office before the name, with the
    initials its last words spell, when the tagger made no entity of them ("the UNO said")."""
    doc, k = span.doc, span.start
    while k > 0 and is_honorific(doc[k - 1].text):
        k -= 1
    if k < 4 or doc[k - 1].text != ")" or doc[k - 3].text != "(":
        return None
    acronym = doc[k - 2].text
    if not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 6):
        return None
    first = k - 3
    while first > 0 and first > k - 10 and doc[first - 1].text[:1].isupper() and (
        doc[first - 1].pos_ == "PROPN" or is_title_word(doc[first - 1].text)
    ):
        first -= 1
    words = [t.text for t in doc[first : k - 3]]
    if not words or not is_title_word(words[-1]):
        return None
    spelt = next((" ".join(words[j:]) for j in range(len(words))
                  if _initials_spell(acronym, " ".join(words[j:]))
                  and words[j][:1].lower() == acronym[:1].lower()), None)
    return f"{spelt} ({acronym})" if spelt is not None else None


def _spelled_before(span: SpacySpan, text: str, pos: int) -> str | None:
    """The name right before a bracketed acronym that it spells, when no organisation the
    tagger found ends there: "L'organisation écologiste Forêts vivantes de Lévanie (FVL)" ->
    "Forêts vivantes de Lévanie"; the name starts at a capital (after an elided article)."""
    if not (len(span) == 1 and span.text.isupper() and len(span.text) > 1
            and text[pos - 1 : pos] == "(" and text[pos + len(span.text) : pos + len(
                span.text) + 1] == ")"):
        return None
    before = re.split(r"[,.;:!?()«»\n]", text[max(0, pos - 120) : pos - 1])[-1].split()
    phrases = [(first, " ".join([first, *before[k + 1 :]]))
               for k in range(max(0, len(before) - 9), len(before))
               for first in [re.sub(r"^[ldLD]['’]", "", before[k])]]
    for first, phrase in phrases:
        if first[:1].isupper() and _initials_spell(
            span.text, phrase
        ) and len(phrase.split()) > 1:
            return strip_article(phrase)  # "La Confédération ... (CLML)"
    for first, phrase in phrases:  # "L'agence régionale de santé (ARS)": a name in lower case,
        content = [w for w in phrase.split() if len(w) > 3]  # every word of it spelled
        initials = "".join(w[0] for w in content).lower()
        if first[:1].islower() and len(first) > 3 and len(content) > 1 and (
            initials == span.text.lower() or (
                initials.startswith(span.text.lower()) and len(span.text) > 2
                and all(w[:1].isupper() for w in content[len(span.text) :]))
        ):  # (or with its place after: "commissariat régional au développement agricole de
            return phrase  # Kasserine (CRDA)")
    return None


def _initials_spell(acronym: str, phrase: str) -> bool:
    """The acronym's letters are, in order, initials of the phrase's words, the first word's
    first ("SDCC": "Syndicat départemental des conducteurs de cars")."""
    words = re.split(r"[\s'’-]+", strip_accents(strip_article(phrase)))  # "The Financial ...
    initials = [w[0].lower() for w in words if w[:1].isalpha()]  # (FCA)"; "élus" spells E
    letters = [c.lower() for c in strip_accents(acronym) if c.isalpha()]
    if not initials or not letters or letters[0] != initials[0]:
        return False
    rest = iter(initials[1:])
    if all(any(c == i for i in rest) for c in letters[1:]):
        return True
    return _syllables_spell("".join(letters), [w.lower() for w in words if w[:1].isalpha()])


def _syllables_spell(acronym: str, words: list[str]) -> bool:
    """"Sehon" for "Société des entrepôts horticoles des Niayes", "Sonatel": an acronym made of
    the first letters of some of the words, in order, the first word's among them."""
    def spell(a: int, w: int, first: bool) -> bool:
        if a == len(acronym):
            return True
        if w == len(words):
            return False
        word = words[w]
        for size in range(min(len(word), len(acronym) - a), 0, -1):
            if word[:size] == acronym[a : a + size] and spell(a + size, w + 1, False):
                return True
        return not first and spell(a, w + 1, False)
    return spell(0, 0, True)


def _place_after(span: SpacySpan, name: str) -> str | None:
    """"le Syndicat des apiculteurs des Terres-Hautes", "la Corporation de la Traversée des
    Battures", "la fonderie Bronzes de l'Our": in a pipeline with universal tags, the place the
    tagger split off an organisation noun's name (or the name after one), right after it behind
    "de", "des", "du" or "de la", ends the name."""
    doc = span.doc
    lex = lexicon()
    kind_before = span.start > 0 and doc[span.start - 1].is_lower and (
        doc[span.start - 1].lower_ in lex.organisation_nouns)  # "la fonderie Bronzes de l'Our"
    first = span[1] if len(span) > 1 and span[0].pos_ == "DET" else span[0]  # ("La Synergie
    if first.tag_ != first.pos_ or not name.endswith(span[-1].text) or (  # des enseignants
        first.lower_ not in lex.organisation_nouns and not kind_before  # non payés de X (Y)",
    ):  # the tagger's name with its article)
        return None
    k = span.end
    while k < min(len(doc), span.end + 2) and doc[k].pos_ in ("ADP", "DET") and doc[k].is_lower:
        k += 1
    ent = next((e for e in doc.ents if e.start == k and e.label_ in ("GPE", "LOC", "ORG", "MISC")),
               None)
    return doc[span.end : ent.end].text if k > span.end and ent is not None else None


def _office_by_initials(d: Discourse, head: Token, pos: int) -> Entity | None:
    """"The DC said" after "Deputy Commissioner Ayesha Qureshi": an acronym after an article
    whose letters are the capitals of one named person's office."""
    acronym = head.text
    if not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 5) or (
        determiner(head) != "the"
    ):
        return None
    if any(e.kind != "person" and e.name != acronym and acronym in e.aliases for e in d.entities):
        return None  # "the IPF": the Institute for Policy Futures, not its director
    holders = [e for e in d.by_recency(pos) if e.kind == "person" and e.named and any(
        (role[:1].isupper() and "".join(w[0] for w in role.split() if w[:1].isupper()) in (
            acronym, _place_initial(role) + acronym))  # "Chankumba District Commissioner"
        or f"({acronym})" in role  # "X, upazila nirbahi officer (UNO) of Ulipur": "the UNO"
        or (role[:1].islower() and len(acronym) > 2 and _initials_spell(acronym, role))
        for role in map(strip_article, e.roles))]  # "le DPA" after "le directeur préfectoral
    # de l'agriculture"; "the RDC" after "The Kyamukonge Resident District Commissioner, Ms X"
    return holders[0] if len(holders) == 1 else None


def _place_initial(role: str) -> str:
    """The initial of the word a capitalised role opens on when that word is no title (a
    place's name: "Chankumba District Commissioner"), else nothing."""
    first = role.split()[0]
    return first[0] if first[:1].isupper() and not is_title_word(first) else ""


def _name_to_acronym(ent: Entity, phrase: str) -> None:
    """The whole name an acronym spells, where the tagger named the organisation by its first
    words only ("Syndicat Rail" -> "Syndicat Rail et Industrie")."""
    phrase = strip_article(phrase)
    if phrase.startswith(ent.name) and len(phrase) > len(ent.name):
        ent.add_alias(ent.name)
        ent.name = phrase


def _opens_sentence(span: SpacySpan) -> bool:
    """"L'Association romande des assurés voit les choses autrement.": in a pipeline with
    universal tags, a name that opens its sentence (after at most its article) and is followed
    by a verb is the sentence's subject, whatever the small parser made of it; so is a person's
    name right before a finite verb."""
    first, doc = span[0], span.doc
    if first.tag_ != first.pos_ or span.end + 1 >= len(doc):
        return False
    lead = doc[first.sent.start : first.i]
    opening = all(t.pos_ == "DET" or is_honorific(t.text) for t in lead) and len(lead) <= 1 or (
        len(lead) == 2 and lead[0].pos_ == "DET" and span.label_ == "ORG"
        and lead[1].lower_ in lexicon().organisation_nouns  # "L'ASBL Mémoire du tabac de X,
    ) or (  # fondée en 1994, a introduit": the body's kind before its name
        len(lead) > 2 and lead[0].pos_ == "ADP" and lead[-1].text == "," and not any(
            t.pos_ in ("VERB", "AUX") or t.text in (",", "«", "\"") for t in lead[:-1])
    )  # "Sur les hauteurs du village, Ouardia X, 47 ans, gaule": after an opening adverbial
    titled = len(lead) == 2 and lead[0].pos_ == "DET" and lead[1].is_lower and (
        lead[1].lower_ in lexicon().occupations)  # "Le sénateur Marc Ferrandier"
    titled = titled or _office_set_off_before(lead)
    if (opening or titled) and doc[span.end].text == "," and "Rel" in doc[
        span.end + 1
    ].morph.get("PronType", []):
        return True  # "Me Caroline Dethier, qui représente la famille, réclame ..."; "La
        # biologiste Émilie X, qui a mené ces relevés avec un stagiaire, Olivier Y, reste"
    if (opening or titled) and doc[span.end].text == "," and age_set_off(
        doc.text[doc[span.end].idx : doc[span.end].idx + 40]
    ):
        return True  # "Gérard X, soixante et un ans, cultive ...", the parse lost
    if titled and doc[span.end].text == ",":  # "Le président de la coopérative X, Abdou Y,
        verb = span.end + 1  # nous a fait visiter": the verb right after the name, past its
        while verb < min(span.end + 3, len(doc) - 1) and doc[verb].is_lower and (  # clitics
            len(doc[verb].text) <= 4 and doc[verb].pos_ in ("PRON", "ADV")
        ):
            verb += 1
        if doc[verb].pos_ == "AUX" or "Fin" in doc[verb].morph.get("VerbForm", []):
            return True
    if (titled or opening) and doc[span.end].text == ",":  # "Le sénateur Marc X, élu du même
        # département depuis douze ans, a longtemps été ...", "Dame Élisabeth X, vendeuse de
        # vivres frais, avait confié ...": the parser made the office or the job the root
        comma = next((t.i for t in doc[span.end + 1 : span.end + 14] if t.text in ",.;"), None)
        return comma is not None and doc[comma].text == "," and comma + 1 < len(doc) and (
            doc[comma + 1].pos_ == "AUX" or "Fin" in doc[comma + 1].morph.get("VerbForm", []))
    verb = span.end
    while opening and verb < min(span.end + 2, len(doc) - 1) and doc[verb].is_lower and (
        len(doc[verb].text) <= 3 and doc[verb].pos_ in ("PRON", "ADP", "ADV")
    ):
        verb += 1  # "Pierre-Claver X en fera partie", "X ne veut pas": its clitics
    if doc[verb].pos_ not in ("VERB", "AUX"):
        return False
    if opening:
        return True
    # "Derrière le banc, l'entraîneuse Chantal Roy avait", "quand Laurie-Anne Brisebois a
    # décoché": a person's name right before a finite verb, not after a preposition, nor in
    # a background clause ("pendant que Hamid éteignait la chaudière")
    return (span.label_ == "PERSON" and first.i > 0 and doc[first.i - 1].pos_ != "ADP"
            and "Fin" in doc[span.end].morph.get("VerbForm", [])
            and not _after_background_subordinator(first))


def _office_set_off_before(lead: SpacySpan) -> bool:
    """"L'entraîneuse des Sternes, X,", "Le président de la coopérative rizicole Albarka, X,"
    (the adjective tagged a participle), "Le Directeur départemental de l'Environnement de Say,
    le Lieutenant-colonel X,": an office with its article and its complements, set off by a
    comma (then at most an article and a title) before a name that opens its sentence."""
    comma = next((t.i for t in reversed(lead) if t.text == ","), None)
    if comma is None or not 2 < comma - lead.start <= 11 or lead[0].pos_ != "DET":
        return False
    office = lead[1]
    if office.lower_ not in lexicon().occupations or not (
        office.is_lower or is_title_word(office.text)
    ):
        return False
    doc = lead.doc
    return all(t.pos_ == "DET" or is_title_word(t.text) or joining_hyphen(t) or (
        t.is_lower and t.i > comma + 1 and joining_hyphen(doc[t.i - 1])  # "Lieutenant-colonel"
    ) for t in doc[comma + 1 : lead.end]) and not any(
        t.pos_ == "AUX" or "Fin" in t.morph.get("VerbForm", []) or t.text in (",", "«", "\"")
        for t in doc[lead.start + 1 : comma])


def _in_background(span: SpacySpan) -> bool:
    """A name that is, or is set off after, the subject of a background clause ("pendant que
    sa belle-sœur, X, étale les bâches", "où sa compagne, X, donne le biberon")."""
    head = span.root.head
    if span.root.dep_ in ("appos", "conj") and head.i < span.start and head.pos_ == "NOUN":
        det = next((c for c in head.children if c.dep_ == "det"), head)
        return _after_background_subordinator(det)
    return _after_background_subordinator(span[0])


def _after_background_subordinator(first: Token) -> bool:
    """``first`` opens the subject of a background clause ("pendant que Hamid éteignait",
    "pendant que sa belle-sœur, X, étale les bâches"): data/<lang>/background_subordinators.txt."""
    before = first.doc[max(0, first.i - 3) : first.i].text.lower()
    return any(before.endswith(" " + w) or before == w for w in background_subordinators())


@per_language
def _kind_genders() -> dict[str, str]:
    """The gender of the acronyms for a kind of organisation whose tagger gives them none or
    the wrong one ("asbl": female): data/<lang>/kind_genders.tsv."""
    return {noun.lower(): gender for noun, gender in optional_pairs(None, "kind_genders.tsv")}


def _grammatical_gender(span: SpacySpan) -> str | None:
    """The gender an organisation's name shows in its article or first noun ("la FAPE",
    "l'Association", "la société Permisa"), in a tagger that gives one (French); None
    elsewhere."""
    first = span[0]
    doc, i = first.doc, first.i - 1
    words = []
    if i > 0 and doc[i].is_lower and doc[i].lemma_.lower() in lexicon().organisation_types:
        if doc[i].lower_ in _kind_genders():  # "L'asbl Terrils vivants": an acronym of a
            return _kind_genders()[doc[i].lower_]  # feminine kind the tagger calls masculine
        words.append(doc[i])  # "La société Permisa": the kind's noun, and its article
        i -= 1
    if i >= 0 and doc[i].pos_ == "DET":
        words.insert(0, doc[i])
    return next((morph_gender(tok) for tok in [*words, first] if morph_gender(tok)), None)


def _kept_anonymous(noun: Token) -> int | None:
    """"une polisseuse employée depuis dix-huit ans sur le site, qui a requis l'anonymat": a noun
    whose relative clause, set off within a few words, says only that the source is unnamed
    (data/<lang>/anonymity_phrases.txt) stands for a person, whatever the noun; the index of
    the first comma after the noun (which ends the description: "Un négociant d'Agadir, joint
    par téléphone, qui a requis l'anonymat"), or None."""
    doc = noun.doc
    first = None
    for k in range(noun.i + 1, min(noun.sent.end, noun.i + 12)):
        if doc[k].text == ",":
            first = k if first is None else first
        if doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].dep_ == "nsubj" and (
            doc[k + 1].pos_ == "PRON"
        ):
            return first if only_anonymity(doc[k + 2 : min(len(doc), k + 8)].text) else None
    return None


def _opens_clause(det: Token) -> bool:
    """The article opens its sentence or follows a comma ("Sur le marché, un maraîcher", "Une
    des parties civiles, une infirmière"), but not after a person's name, which the
    description is then in apposition to ("Fabrice Delvaux, un garagiste de 47 ans")."""
    sent = det.sent
    if det.i == sent.start:
        return True
    doc = det.doc
    lead = doc[sent.start : det.i - 1]
    comma = next((t.i for t in reversed(lead) if t.text == ","), None)
    if comma is not None and comma > sent.start and doc[comma - 1].ent_type_ in (
        "PER", "PERSON"
    ) and age_after_name(doc.text[doc[comma].idx : det.idx]) is not None:
        return False  # "Gary Whitlock, 74 ans, un retraité du moulin": his description too
    return (doc[det.i - 1].text == "," and len(lead) > 0
            and (lead[-1].ent_type_ not in ("PER", "PERSON") or _place_of_a_thing(lead[-1]))
            and not _definite_person_noun(lead))


def _place_of_a_thing(tok: Token) -> bool:
    """"Au marché de Yabrassou, une vendeuse": a name the tagger made a person's, with no first
    name, after a preposition a noun for no person governs, is a place's; no description after
    it is in apposition to it."""
    name = _entity_around(tok)
    doc, start = tok.doc, name.start if name is not None else tok.i
    if start < 2 or doc[start - 1].pos_ != "ADP" or is_first_name(doc[start].text):
        return False
    noun = doc[start - 2]
    return noun.pos_ == "NOUN" and noun.is_lower and noun.lower_ not in person_nouns() and (
        noun.lower_ not in lexicon().occupations)


def _definite_person_noun(lead: SpacySpan) -> bool:
    """"Le vainqueur, un enseignant de 29 ans, ...": the words before the comma are a definite
    article and a noun for a person, which what follows describes."""
    people = person_nouns()
    return universal_determiner(lead[0]) == "the" and lead[-1].pos_ == "NOUN" and (
        lead[-1].lower_ in people or lead[-1].lower_ in lexicon().occupations
    ) and not any(t.pos_ in ("VERB", "AUX", "ADP") for t in lead)


def _name_set_off_after(tok: Token) -> Token | None:
    """The first word of a name that follows the noun ``tok`` (and its modifiers) after a comma,
    within a few words and before the next comma ("Son chirurgien, le docteur Frédéric Mahieu,
    ...")."""
    doc = tok.doc
    end = tok.i + 1
    while end < min(len(doc), tok.i + 7) and ((doc[end].is_lower and (
        doc[end].pos_ in ("ADJ", "ADP", "NOUN", "DET")
    )) or (doc[end].text == "-" and not doc[end].whitespace_) or (
        doc[end].pos_ == "CCONJ" and doc[end - 1].pos_ == "ADJ" and end + 1 < len(doc)
        and doc[end + 1].pos_ == "ADJ"  # "La procureure aux poursuites criminelles et
    )):  # pénales, Me X,"; "Son président-directeur"
        end += 1  # "Sa sœur aînée, Marie-Ève Bellerose, ...", "Son ingénieur en chef, ..."
    tail = next((t for t in doc[end : min(len(doc), tok.i + 8)] if not (
        t.is_lower and t.pos_ in ("ADJ", "ADP", "NOUN", "DET"))), None)
    if tail is not None and is_relative_pronoun(tail):  # "L'inspecteur de la zone de police
        end = next((t.i for t in doc[tail.i : min(len(doc), tail.i + 15)] if t.text == ","),
                   end)  # qui a mené l'enquête, Marc X, a été entendu"
    if end < len(doc) and doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "ORG" and (
        doc[end - 1].pos_ in ("ADP", "DET") and end > tok.i + 1
    ):  # "The chairman of Ballinacross Community Alert, Tom Feeney,"
        end = next(e.end for e in doc.ents if e.start == end)
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    for t in doc[end + 1 : min(len(doc), end + 5)]:
        if t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.is_title):
            return t
        if t.is_punct:
            return None
    return None


def _name_closing_after_office(head: Token) -> Token | None:
    """"..., a lancé le président (Renouveau républicain) de la région, Jean-Marc Lestrade.":
    the name set off after an office (its complement and a bracket included) that ends the
    sentence, however the parser hung it; the head of that name."""
    doc = head.doc
    if head.pos_ != "NOUN" or head.lower_ not in lexicon().occupations:
        return None
    k, depth = head.i + 1, 0
    while k < min(len(doc), head.i + 12) and (depth or doc[k].text == "(" or (
        doc[k].is_lower and doc[k].pos_ in ("ADJ", "ADP", "DET", "NOUN")
    )):
        depth += (doc[k].text == "(") - (doc[k].text == ")")
        k += 1
    if k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].ent_iob_ != "B" or (
        doc[k + 1].ent_type_ not in ("PERSON", "PER")
    ):
        return None
    end = k + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if end < len(doc) and doc[end].text not in (".", "!", "?"):
        return None
    return doc[k + 1 : end].root


def _first_name_alone(head: Token, name: str) -> str | None:
    """The gender of a person named by a first name alone and set off after a noun ("Her
    youngest, Noah, started kindergarten") or followed by a bracket or an age: a child or a
    friend the story calls by first name, not a surname that happens to be one."""
    doc = head.doc
    if " " not in name and head.i >= 2 and doc[head.i - 1].is_lower and (
        doc[head.i - 1].pos_ == "NOUN" and "Yes" in doc[head.i - 2].morph.get("Poss", [])
    ):  # "avec son collègue Ahmed"
        return news_gender(name)
    if " " not in name and head.i + 1 < len(doc) and head.ent_type_ in ("PER", "PERSON") and (
        doc[head.i + 1].text == "(" or age_after(doc.text, head.idx + len(head.text)) is not None
    ):  # "Stéphane (le prénom a été modifié), 41 ans, purge une peine": a person the story
        return news_gender(name)  # calls by a first name, with its notice or an age
    if " " in name or head.i < 2 or head.i + 1 >= len(doc) or doc[head.i - 1].text != "," or (
        doc[head.i + 1].text != ","
    ):
        return None
    noun = doc[head.i - 2]
    return news_gender(name) if noun.is_lower and noun.pos_ in ("NOUN", "ADJ") else None


def _name_inside_office(head: Token) -> SpacySpan | None:
    """A capitalised office whose "of" complement the parser ran on into its holder's name
    ("*Leader* of the Opposition Meenakshi Raghunathan of the ... Front"): the name, when the
    tagger or the first-name rule found one ending that complement."""
    doc = head.doc
    opened = head.is_lower and any(c.dep_ == "compound" and c.is_title and c.i == head.sent.start
                                   for c in head.children)  # "Deputy registrar of ..."
    if not ((head.is_title or opened) and head.pos_ in ("NOUN", "PROPN") and is_role(head.text)):
        return None
    prep = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if prep is None or prep.dep_ != "prep" or prep.head.i != head.i:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
    if obj is None:
        return None
    people = [e for e in doc.ents if e.label_ in ("PERSON", "PER")] + untagged_people(doc)
    # (a name after the office's own words: "the Opposition" is not hers)
    return next((s for s in people if s.start > prep.i + 1 and s.end - 1 == obj.i), None)


def _name_ending_office_phrase(head: Token) -> SpacySpan | None:
    """"Shire director of infrastructure Rod Kilpatrick said": a subject opening its sentence
    with no article, from an office and its complement to a person's name of two words or more
    that ends it, however the parser hung the words: the name, its holder (not "The lawyer for
    X", whose lawyer)."""
    doc = head.doc
    toks = mention_tokens(head)
    if not toks or toks[0].i != head.sent.start or not toks[0].is_title:
        return None
    name = next((e for e in doc.ents if e.label_ in ("PERSON", "PER") and len(e) >= 2
                 and e.end - 1 == toks[-1].i and e.start > toks[0].i + 1), None)
    if name is None or doc[name.start - 1].pos_ != "NOUN":
        return None
    words = doc[toks[0].i : name.start]
    if any(t.pos_ in ("VERB", "AUX", "DET") or t.is_punct for t in words) or not any(
        is_role(t.text) for t in words
    ):
        return None
    return name


def _name_after_job_complement(head: Token) -> SpacySpan | None:
    """"La chercheuse en écologie Céline X, qui ..., estime": in a pipeline with universal
    tags, a job and its lower-case complement that the parser made the subject, then a name of
    two words or more: the name, its holder."""
    doc = head.doc
    lex = lexicon()
    if head.pos_ != "NOUN" or head.tag_ != head.pos_ or not head.is_lower or not (
        head.lower_ in lex.occupations or head.lemma_.lower() in lex.occupations
    ):
        return None
    k = head.i + 1
    while k < min(len(doc), head.i + 5) and doc[k].is_lower and doc[k].pos_ in (
        "ADP", "NOUN", "ADJ", "DET"
    ):
        k += 1
    if k == head.i + 1 or doc[k - 1].pos_ not in ("NOUN", "ADJ"):
        return None  # "la chercheuse Céline X": the role before the name, read elsewhere;
        # "l'avocate de Pascal X": whose lawyer, not her name
    return next((e for e in doc.ents if e.start == k and len(e) >= 2
                 and e.label_ in ("PERSON", "PER")), None)


def _office_of_someone(span: SpacySpan) -> bool:
    """An "organisation" the tagger opened with a lower-case title ("ministre des Transports et
    de l'Économie maritime"): an office and its portfolio, unless an organisation's noun follows
    ("président de la Fédération X")."""
    nouns = lexicon().organisation_nouns
    title = span[0]
    if title.pos_ in ("ADP", "DET") and span.start > 0:
        title = span.doc[span.start - 1]  # "des Transports ...", the title left out
    return title.is_lower and is_title_word(title.text) and not any(
        t.lemma_.lower() in nouns or t.lower_ in nouns for t in span if t.i > title.i)


def _modifier_only(span: SpacySpan) -> bool:
    """An organisation's name used only to modify a common noun ("a UEFA B licence"), not an
    occupation before a person's name."""
    tok = span.root
    if tok.dep_ not in ("compound", "nmod", "amod") or tok.head.i < span.end:
        return False
    # "a UEFA B licence", or a part of a longer name ("Kennet" of "Kennet and Alder
    # Constabulary", which is registered whole from its head)
    while tok.dep_ in ("compound", "nmod", "amod") and tok.head.i > tok.i:
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lower_ in lexicon().occupations and any(
            t.ent_type_ in ("PERSON", "PER") for t in tok.doc[tok.i + 1 : tok.i + 3]
        ):
            return False  # "Kōtare Valley Sanctuary Trust manager Ruby Tawhai": her employer
        if tok.pos_ == "NOUN" or tok.ent_type_ == "ORG":
            return True
    return False


def build_speakers(resolver: Resolver) -> list[Speaker]:
    """Speaker objects for the entities that speak, numbered in order of first quote."""
    out: list[Speaker] = []
    for ent in resolver.entities:
        if not ent.spoke:
            continue
        gender = ent.gender if ent.gender in ("male", "female") else None
        source = ("title" if ent.gender_source == "office" else ent.gender_source) if (
            gender) else None  # (an office's gender is a title's for the reader)
        text = resolver.text
        name = as_written(ent.name, text)
        if ent.kind == "organisation" and not ent.named:
            name = _spelt_out_before(name, text)
        sp = Speaker(
            id=f"s{len(out) + 1}",
            name=name,
            kind=ent.kind,  # type: ignore[arg-type]
            aliases=[as_written(a, text) for a in ent.aliases],
            role=as_written(ent.role, text) if ent.role else ent.role,
            gender=gender,  # type: ignore[arg-type]
            gender_source=source,  # type: ignore[arg-type]
            affiliation=ent.affiliation,
            party=ent.party,
            place=ent.place,
        )
        ent.speaker = sp
        out.append(sp)
    return out


def _spelt_out_before(name: str, text: str) -> str:
    """"D'après le collège communal" after "voulu par le collège communal de Béverchamps": a body
    named by a description is the one the article first spelt out with its place, a capitalised
    name after a preposition of belonging (data/<lang>/belonging_prepositions.txt)."""
    words = belonging_prepositions()
    if not words or strip_article(name) == name:
        return name
    joined = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    articles = "|".join(re.escape(a) for a in sorted(lexicon().articles, key=len, reverse=True))
    capital = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
    part = rf"(?:{joined}) ?(?:(?:{articles}) ?)?{capital}"  # "de l'Orvène"
    pattern = rf"(?<!\w)(?i:{re.escape(name)}) ({part}(?: (?:{part}|{capital}))*)"

    def in_a_complement(m: re.Match[str]) -> bool:  # "Le Collectif de défense de l'hôpital
        before = text[max(0, m.start() - 20) : m.start()].split()  # de X": another body's name
        return bool(before) and before[-1] in words

    found = next((m for m in re.finditer(pattern, text) if not in_a_complement(m)), None)
    return name if found is None else f"{name} {found.group(1)}"
