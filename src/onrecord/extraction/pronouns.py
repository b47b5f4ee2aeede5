"""Resolving pronouns: "he", "she", "they", "it" go to the latest entity in the narrative that
agrees in gender and number (a person who spoke, or the subject of a narrative sentence), never
to a name inside quoted or reported content."""

from __future__ import annotations

from onrecord.extraction.confidence import CONFIDENCE
from onrecord.extraction.cues import pronoun_key
from onrecord.extraction.entities import Discourse, Entity, Event
from onrecord.extraction.mentions import indefinite_articles
from onrecord.gender import also_a_name_of
from onrecord.lexicon import lexicon


def is_speaker_pronoun(word: str) -> bool:
    return pronoun_key(word) in lexicon().pronouns


def resolve_pronoun(
    d: Discourse, word: str, pos: int, named_since: bool = True
) -> tuple[Entity | None, float]:
    """The entity a pronoun stands for, and how sure that is. ``named_since=False`` for a pronoun
    that continues the last speaker ("..., he added"): a person named since without a quote
    does not take it from a speaker whose gender is unknown."""
    agrees = lexicon().pronouns.get(pronoun_key(word))
    if agrees == "organisation":
        ent = d.latest(("organisation", "group"))
        return ent, CONFIDENCE["pronoun_organisation"] if ent else CONFIDENCE["none"]
    if agrees == "plural":
        ent = d.latest(("group", "organisation"))
        return ent, CONFIDENCE["pronoun_plural"] if ent else CONFIDENCE["none"]
    if agrees not in ("male", "female"):
        return None, CONFIDENCE["none"]
    events = [ev for k, ev in enumerate(d.events) if not (ev.focus and _topic_before(
        d.events[:k], ev, agrees))]  # "Y, un pêcheur, a fouillé les décombres. C'est le pompier
    # X qui a dégagé sa fille. « ... », raconte-t-il": the father the story is about, not the
    # cleft's focus; but a cleft that opens a paragraph names who speaks next
    last = next((ev for ev in reversed(events) if ev.entity.kind == "person"), None)
    if last is not None and last.entity.gender not in (None, agrees):
        # "Me Vandamme a interrogé le commissaire Paul Gérardy. Il a reconnu ...": the subject
        # does not agree, so the person of the pronoun's gender the sentence named since; or
        # named since the last person of that gender did something ("Laure Dambrine ... était
        # assise. Le chauffeur lui avait demandé ... « ... », raconte-t-elle")
        mate = next((ev.pos for ev in reversed(events) if ev.entity.kind == "person"
                     and ev.entity.gender == agrees), -1)
        since = [e for e in d.entities if e.kind == "person" and e.named
                 and e.gender == agrees and any(mate < p < pos for p in e.narrative)]
        if since:
            latest = max(since, key=lambda e: max(p for p in e.narrative if p < pos))
            return latest, CONFIDENCE["pronoun_named"]
        guessed = (last.entity.gender_source == "first name" and last.entity.named
                   and also_a_name_of(last.entity.name.split()[0], agrees)) or (
            last.entity.gender_source == "office" and agrees == "female")
        if guessed and not any(
            e.kind == "person" and e.gender == agrees and any(p < pos for p in e.positions)
            for e in d.entities
        ):  # "Le chef fokontany, Voahangy X, ... reconnaît qu'elle avait": a masculine office
            # held by a woman; "Rosario X, 56, a widow ... She said": a first name the
            # dictionary gives the other gender; no one of the pronoun's gender named before
            last.entity.gender, last.entity.gender_source = agrees, "pronoun"
            return last.entity, CONFIDENCE["pronoun_subject"]
    for ev in reversed(events):
        ent = ev.entity
        if ent.kind != "person" and not _one_unnamed(ent):
            continue
        if ent.gender == agrees:
            return ent, CONFIDENCE["pronoun_speaker" if ev.spoke else "pronoun_subject"]
        if ent.gender is None:
            # a person of the pronoun's gender named since is a surer antecedent than one
            # whose gender is unknown ("X spoke. Anne Y, 74, waited. '...', she said")
            since = [e for e in d.entities if e.kind == "person" and e.named and named_since
                     and e.gender == agrees
                     and any(max(ev.pos, ev.sentence_end) < p < pos for p in e.narrative)]
            # not one the subject's own sentence named ("Lundi, le préfet a reçu le chef, en
            # présence du directeur ..., Komla X. Il a promis que"): the subject is the topic
            if since:
                latest = max(since, key=lambda e: max(p for p in e.narrative if p < pos))
                return latest, CONFIDENCE["pronoun_named"]
            ent.gender, ent.gender_source = agrees, "pronoun"
            return ent, CONFIDENCE["guess"]
    # No person spoke or was a sentence's subject: one person of that gender named before is
    # the antecedent ("The court heard from Mark Ellis. He said ...").
    named = [e for e in d.entities if e.kind == "person" and e.named and e.gender == agrees
             and any(p < pos for p in e.narrative)]
    if len(named) == 1:
        return named[0], CONFIDENCE["pronoun_named"]
    return None, CONFIDENCE["none"]


def _topic_before(earlier: list[Event], focus: Event, agrees: str | None) -> bool:
    """A person of the pronoun's gender was the subject just before a cleft's focus, in the
    same stretch of text (a few sentences)."""
    last = next((ev for ev in reversed(earlier) if ev.entity.kind == "person"), None)
    return last is not None and last.entity.gender == agrees and focus.pos - last.pos < 300 and (
        last.entity is not focus.entity)


def _one_unnamed(ent: Entity) -> bool:
    """An anonymous speaker introduced as one person ("A senior official of the party ...
    told our correspondent"): "he" may continue it."""
    words = ent.name.lower().split()
    return ent.kind == "anonymous" and len(words) > 1 and words[0] in indefinite_articles()
