"""The learnt attribution model: where no reporting verb frames a clause, it decides whether a
word's complement is reported content ("Trump wants the wall paid for", "the poll shows her
ahead").

A candidate is a word with a complement (``frames.complements``: a clause, an infinitive, an
object, a prepositional object). The model is a logistic regression over the candidate's parse
features (the word's lemma and frame, its tense and place in the sentence, who its subject is,
how its complement begins), trained on PolNeAR's train split by
``scripts/train_attribution.py``; its weights are data (``data/<lang>/attribution_model.json``)
and a language without that file keeps the counted frames of ``data/<lang>/frames.tsv``. The
features are spaCy's universal attributes (lemma, part of speech, dependency label, entity
type), so any pipeline of the language can feed it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from onrecord.extraction.cues import subject_of
from onrecord.lexicon import optional_json, per_language

MODEL_FILE = "attribution_model.json"

# Entity types that name who can say something.
_PERSON_ENTS = frozenset({"PERSON", "PER"})
_GROUP_ENTS = frozenset({"ORG", "NORP", "GPE", "ORG_", "LOC"})


@dataclass(frozen=True)
class FrameModel:
    """Feature weights of a logistic regression, its bias, and the probability from which a
    candidate is taken as reported content."""

    weights: dict[str, float]
    bias: float
    threshold: float
    # "lemma|frame" -> (times its complement was reported content, times seen) in training
    counts: dict[str, tuple[int, int]]

    def probability(self, features: Iterable[str]) -> float:
        """The model's probability that a candidate with these features is reported content."""
        return logistic(self.bias, self.weights, features)

    def reports(self, tok: Token, frame: str, span: tuple[int, int]) -> float:
        """The probability that ``tok``'s complement at ``span`` through ``frame`` is reported
        content."""
        lemma = tok.lemma_.lower()
        hits, total = self.counts.get(f"{lemma}|{frame}", (0, 0))
        return self.probability(frame_features(tok, frame, span) + [prior_feature(hits, total)])


def prior_feature(hits: int, total: int) -> str:
    """How often a lemma's frame reported in training, binned: the model's weight on each bin
    is shared by every lemma, so a frame seen 1 time in 15 as a report is unlikely to report
    now however the rest of the sentence looks."""
    if total < 2:
        return "prior=unseen"
    rate = min(9, int(10 * hits / total))
    return f"prior={rate}" + ("" if total >= 5 else "?")


def logistic(bias: float, weights: dict[str, float], features: Iterable[str]) -> float:
    """A logistic regression's probability for binary ``features`` (absent ones weigh 0)."""
    z = bias + sum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def frame_model() -> FrameModel | None:
    """The current language's model, or None when the language has none."""
    return _frame_model()


@per_language
def _frame_model() -> FrameModel | None:
    data = optional_json(None, MODEL_FILE)
    if data is None:
        return None
    counts = {key: (int(hits), int(total)) for key, (hits, total) in data["counts"].items()}
    return FrameModel(weights=dict(data["weights"]), bias=float(data["bias"]),
                      threshold=float(data["threshold"]), counts=counts)


def frame_features(tok: Token, frame: str, span: tuple[int, int]) -> list[str]:
    """The features of word ``tok`` reporting the words at character ``span`` (in its doc)
    through ``frame``, as strings; the model's weights are keyed by them."""
    doc = tok.doc
    lemma = tok.lemma_.lower()
    subj = subject_of(tok)
    who = _subject_kind(subj)
    first = _first_token(tok, span)
    length = min(4, int(math.log2(1 + (span[1] - span[0]) // 8)))
    features = [
        f"lemma={lemma}",
        f"lemma&frame={lemma}|{frame}",
        f"frame={frame}",
        f"pos&frame={tok.pos_}|{frame}",
        f"tag={tok.tag_}",
        f"dep={tok.dep_}",
        f"dep&frame={tok.dep_}|{frame}",
        f"subject={who}",
        f"subject&frame={who}|{frame}",
        f"subject&lemma={who}|{lemma}",
        f"length={length}",
        f"first={first}",
        f"first&frame={first}|{frame}",
        f"lemma&first={lemma}|{first}",
        f"lemma&tag={lemma}|{tok.tag_}",
    ]
    if subj is not None:
        features.append(f"subject_lemma={subj.lemma_.lower()}")
    # "painted him as a liar" reports, "painted the fence" does not
    preps = sorted({c.lower_ for c in tok.children if c.dep_ in ("prep", "dative") and c.i > tok.i})
    features.append(f"lemma&frame&preps={lemma}|{frame}|{'+'.join(preps)}")
    features.extend(f"prep={p}" for p in preps)
    for child in tok.children:
        if child.dep_ in ("aux", "auxpass", "neg") or child.lower_ in ("not", "n't", "never"):
            features.append(f"aux={child.lemma_.lower()}")
    if tok.dep_ != "ROOT":
        features.append(f"head={tok.head.lemma_.lower()}")
        features.append(f"head_pos&dep={tok.head.pos_}|{tok.dep_}")
    if any(t.is_quote for t in doc[tok.sent.start : tok.sent.end]):
        features.append("sentence_has_marks")
    if tok.i == tok.sent.root.i:
        features.append("sentence_root")
    return features


def _subject_kind(subj: Token | None) -> str:
    if subj is None:
        return "none"
    if subj.pos_ == "PRON":
        return "pronoun:" + subj.lower_
    if subj.ent_type_ in _PERSON_ENTS:
        return "person"
    if subj.ent_type_ in _GROUP_ENTS:
        return "group"
    return subj.pos_.lower()


def _first_token(tok: Token, span: tuple[int, int]) -> str:
    """The first word of the complement, lower-cased, or its part of speech when it is a content
    word ("that", "to", "for" stay words; "the plan" is DET)."""
    doc = tok.doc
    for t in doc[tok.i if tok.idx <= span[0] else 0 :]:
        if t.idx >= span[0]:
            return t.lower_ if t.pos_ in ("SCONJ", "PART", "ADP", "PRON") else t.pos_
    return "-"
