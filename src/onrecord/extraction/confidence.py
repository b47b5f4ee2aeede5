"""How sure an attribution is, by the evidence that named its speaker: one table, read by the
resolver. The order is the point (a named cue subject > an appositive > a description > a
pronoun > a guess); the values are the hand-set scores reported as ``confidence``."""

from __future__ import annotations

CONFIDENCE: dict[str, float] = {
    # The cue's subject is the speaker's name ("Kowal said").
    "name": 0.95,
    # A transcript label ("DORSEY:").
    "transcript": 0.9,
    # A name next to the description ("a spokeswoman for the mayor, Ana Ruiz, said").
    "appositive": 0.9,
    # A description that matches a named person's role ("the diplomat" for the named envoy).
    "description_of_named": 0.85,
    # A description of someone never named ("a person familiar with the talks").
    "description": 0.8,
    # A description of an organisation ("the ministry", "the club").
    "organisation": 0.8,
    # A pronoun whose antecedent spoke last ("he added").
    "pronoun_speaker": 0.75,
    # A pronoun whose antecedent was the subject of a narrative sentence.
    "pronoun_subject": 0.7,
    # "it" for an organisation or group.
    "pronoun_organisation": 0.7,
    # A plural noun with no other evidence ("Shopkeepers said").
    "group": 0.7,
    # "they" for a group or organisation.
    "pronoun_plural": 0.65,
    # A description given to the last speaker without evidence from roles.
    "description_guess": 0.6,
    # A pronoun whose antecedent was only named, never a subject or a speaker.
    "pronoun_named": 0.6,
    # A pronoun given to a person whose gender nothing told.
    "guess": 0.5,
    # No speaker found.
    "none": 0.2,
}

# A quotation with no cue of its own takes the speaker of the one it continues, a little less
# surely.
CONTINUATION = 0.9
# Highest confidence a quotation with no speaker reports.
NO_SPEAKER_CEILING = 0.3
