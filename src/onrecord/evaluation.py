"""Scoring predicted quotations and speakers against a gold corpus.

The gold and the predictions are both JSONL, one article a line, matched by ``id``.

Gold quote: ``{"start", "end", "type", "speaker"?, "speaker_start"?, "speaker_end"?, "segments"?,
"ambiguous"?, "duplicate"?, "nested"?}``. ``speaker`` is a canonical name (looked up in the
article's ``"speakers"`` table for aliases and the ``descriptive`` flag); ``speaker_start`` and
``speaker_end`` are the offsets of the source span when the corpus has no speaker identity
(PolNeAR). Predicted quote: the output contract, ``{"start", "end", "group"?, "speaker": {"name",
"start", "end"} | null}``.

A predicted quote matches a gold quote when their overlap (shared characters divided by the length
of the longer span) reaches the threshold; pairs are taken one to one, best overlap first. The
definitions and numbers are exactly those of the project's reference scorer; docs/evaluation.md
explains them in words.

Names are compared after normalisation, which drops one leading determiner. A gold article may say
which language it is in (``"language": "fr"``); its names then lose that language's determiners
("la diplomate" == "diplomate", "l'UST" == "UST"). An article with no ``language`` (or one with no
rules here) is scored with the English rules, which are the reference scorer's, unchanged.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from onrecord.errors import GoldFormatError

__all__ = [
    "DEFAULT_THRESHOLDS",
    "Bin",
    "Judgement",
    "Scores",
    "calibration_error",
    "confidence_curve",
    "evaluate",
    "evaluate_files",
    "format_reliability",
    "format_report",
    "judge_document",
    "judgements",
    "load_jsonl",
    "reliability",
    "score",
]

Doc = Mapping[str, Any]
QuoteDict = Mapping[str, Any]

# 0.3 asks for the right stretch of text roughly found; 0.8 for nearly the exact span.
DEFAULT_THRESHOLDS: tuple[float, ...] = (0.3, 0.8)

# Quote types reported separately, in report order.
QUOTE_TYPES: tuple[str, ...] = ("direct", "mixed", "indirect")

_SPACES = re.compile(r"\s+")
# The language whose rules apply to a gold article that does not name one: the reference scorer's.
DEFAULT_LANGUAGE = "en"
# One leading determiner or count, after case-folding and squeezing: "A source" == "source". The
# English list is the reference scorer's; the French one holds the definite, indefinite and plural
# articles (the elided "l'" is glued to its word: "l'élu" == "élu") and the same small counts.
_LEADING_DETERMINER = re.compile(r"^(?:the|a|an|one|two|three|four|several|some)\s+")
_LEADING_DETERMINERS: dict[str, re.Pattern[str]] = {
    "en": _LEADING_DETERMINER,
    "fr": re.compile(
        r"^(?:(?:le|la|les|un|une|des|deux|trois|quatre|plusieurs|certains|certaines)\s+|l'(?=\w))"
    ),
}
# Words that do not make an alias a proper name ("the SNDP" is one, "the union" is not).
_ARTICLE_WORDS = frozenset({"the", "a", "an"})
_ARTICLES_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "en": _ARTICLE_WORDS,
    "fr": frozenset({"le", "la", "les", "un", "une", "des"}),
}
# French elides "le"/"la"/"de" before a vowel: "l'Union" is proper for its "Union".
_ELISION = re.compile(r"^[ld]['\u2019](?=\w)", re.IGNORECASE)


@dataclass
class Scores:
    """Every number for one overlap threshold."""

    threshold: float
    gold: int
    pred: int
    quote_P: float
    quote_R: float
    quote_F1: float
    speaker_acc: float
    speaker_alias_acc: float
    attribution_P: float
    attribution_R: float
    attribution_F1: float
    # Recall of gold quotes by type ("direct", "mixed", "indirect"); a type absent from gold is
    # absent here.
    recall_by_type: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The reference scorer's result dict: recall by type flattened to ``R_direct`` etc."""
        out: dict[str, Any] = {
            "threshold": self.threshold,
            "gold": self.gold,
            "pred": self.pred,
            "quote_P": self.quote_P,
            "quote_R": self.quote_R,
            "quote_F1": self.quote_F1,
            "speaker_acc": self.speaker_acc,
            "speaker_alias_acc": self.speaker_alias_acc,
            "attribution_P": self.attribution_P,
            "attribution_R": self.attribution_R,
            "attribution_F1": self.attribution_F1,
        }
        for kind in QUOTE_TYPES:
            if kind in self.recall_by_type:
                out["R_" + kind] = self.recall_by_type[kind]
        return out


@dataclass
class _Counts:
    """Tallies summed over all articles for one threshold."""

    gold: int = 0
    pred: int = 0
    tp: int = 0
    gold_spk: int = 0
    pred_spk: int = 0
    matched_spk: int = 0
    spk_ok: int = 0
    alias_ok: int = 0
    gold_by_type: Counter[str] = field(default_factory=Counter)
    tp_by_type: Counter[str] = field(default_factory=Counter)


# --- reading ---------------------------------------------------------------------------------


def load_jsonl(path: str | Path) -> dict[str, dict[str, Any]]:
    """Read a gold or prediction JSONL file into ``{str(id): article}``; blank lines are skipped.

    Raises GoldFormatError naming the file and line when a line is not a JSON object with an id.
    """
    out: dict[str, dict[str, Any]] = {}
    with open(path, encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if line.strip():
                doc = _parse_line(line, f"{path}:{lineno}")
                out[str(doc["id"])] = doc
    return out


def _parse_line(line: str, where: str) -> dict[str, Any]:
    try:
        doc = json.loads(line)
    except json.JSONDecodeError as err:
        raise GoldFormatError(
            f"not valid JSON ({err.msg} at column {err.colno}); write one JSON object per line",
            source=where,
        ) from None
    if not isinstance(doc, dict):
        raise GoldFormatError(
            f"expected a JSON object, found {type(doc).__name__}; write one article per line",
            source=where,
        )
    if "id" not in doc:
        raise GoldFormatError('article has no "id"; give every line an "id" field', source=where)
    return doc


# --- speaker names ---------------------------------------------------------------------------


def _language(gold_doc: Doc, default: str | None = None) -> str:
    """The language whose name rules apply to a gold article: its ``language`` field, else the
    given default, else English; a language with no rules here falls back to English."""
    code = gold_doc.get("language") or default or DEFAULT_LANGUAGE
    return code if code in _LEADING_DETERMINERS else DEFAULT_LANGUAGE


def _norm(name: str | None, language: str = DEFAULT_LANGUAGE) -> str:
    """Case-fold, squeeze whitespace, make curly apostrophes straight and drop one leading
    determiner or count of the language ("The Post" == "post", "A source" == "source", "two
    officials" == "officials"; in French "la diplomate" == "diplomate", "l'élu" == "élu")."""
    squeezed = _SPACES.sub(" ", (name or "").casefold().replace("\u2019", "'")).strip()
    return _LEADING_DETERMINERS.get(language, _LEADING_DETERMINER).sub("", squeezed)


def _proper(alias: str, language: str = DEFAULT_LANGUAGE) -> bool:
    """An alias that is a name, not a description: it has a capitalised word other than an
    article ("the SNDP" and "The National Bank" are, "the union" is not; in French "l'Union
    syndicale" is, "le syndicat" is not)."""
    if language == DEFAULT_LANGUAGE:
        return any(w[:1].isupper() for w in alias.split() if w.casefold() not in _ARTICLE_WORDS)
    articles = _ARTICLES_BY_LANGUAGE.get(language, _ARTICLE_WORDS)
    words = (_ELISION.sub("", w) for w in alias.split())
    return any(w[:1].isupper() for w in words if w.casefold() not in articles)


def _names(
    gold_speaker: str, info: Mapping[str, Any], language: str = DEFAULT_LANGUAGE
) -> set[str]:
    """The names that count as right under the strict rule: the canonical name and, for an
    organisation (gender "org"), any of its aliases that is a proper name."""
    names = {_norm(gold_speaker, language)}
    if info.get("gender") == "org":
        aliases = info.get("aliases", [])
        names |= {_norm(alias, language) for alias in aliases if _proper(alias, language)}
    return names


def _pred_speaker(pred: QuoteDict | None) -> Mapping[str, Any]:
    return (pred or {}).get("speaker") or {}


def _alias_ok(
    gold: QuoteDict,
    pred: QuoteDict | None,
    speakers: Mapping[str, Any],
    language: str = DEFAULT_LANGUAGE,
) -> bool:
    """Lenient: the predicted name is the gold canonical name or one of its aliases."""
    name = _norm(_pred_speaker(pred).get("name"), language)
    if not name:
        return False
    aliases = speakers.get(gold["speaker"], {}).get("aliases", [])
    accepted = {_norm(gold["speaker"], language)} | {_norm(a, language) for a in aliases}
    return name in accepted


def _spans_touch(gold: QuoteDict, speaker: Mapping[str, Any]) -> bool:
    """The predicted mention shares at least one character with the gold source span."""
    return bool(
        min(gold["speaker_end"], speaker["end"]) > max(gold["speaker_start"], speaker["start"])
    )


def _speaker_ok(
    gold: QuoteDict,
    pred: QuoteDict | None,
    speakers: Mapping[str, Any],
    language: str = DEFAULT_LANGUAGE,
) -> bool:
    """Strict: the same canonical name, any alias for a descriptive speaker, any proper-name
    alias for an organisation, or, for gold with only a source span, a predicted mention
    overlapping it."""
    predicted = _pred_speaker(pred)
    if gold.get("speaker") is not None:
        info = speakers.get(gold["speaker"], {})
        if info.get("descriptive"):
            return _alias_ok(gold, pred, speakers, language)
        return _norm(predicted.get("name"), language) in _names(gold["speaker"], info, language)
    if gold.get("speaker_start") is not None and predicted.get("start") is not None:
        return _spans_touch(gold, predicted)
    return False


def _has_speaker(gold: QuoteDict) -> bool:
    """Gold that names a speaker, by name or span, and is not marked ambiguous."""
    if gold.get("ambiguous"):
        return False
    return gold.get("speaker") is not None or gold.get("speaker_start") is not None


def _excluded(gold: QuoteDict) -> bool:
    """Duplicate and nested gold quotes are neither counted nor held against a prediction."""
    return bool(gold.get("duplicate") or gold.get("nested"))


# --- matching --------------------------------------------------------------------------------


def _overlap(gold: QuoteDict, pred: QuoteDict) -> float:
    """Shared characters divided by the longer span; 0.0 when the spans do not meet."""
    inter = min(gold["end"], pred["end"]) - max(gold["start"], pred["start"])
    if inter <= 0:
        return 0.0
    longer = max(gold["end"] - gold["start"], pred["end"] - pred["start"], 1)
    return float(inter / longer)


def _match(
    gold: Sequence[QuoteDict], pred: Sequence[QuoteDict], threshold: float
) -> dict[int, int]:
    """One-to-one matching, best overlap first; ties go to the later gold, then the later pred."""
    pairs: list[tuple[float, int, int]] = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            ov = _overlap(g, p)
            if ov > 0 and ov >= threshold:
                pairs.append((ov, i, j))
    pairs.sort(reverse=True)
    used_pred: set[int] = set()
    out: dict[int, int] = {}
    for _, i, j in pairs:
        if i not in out and j not in used_pred:
            used_pred.add(j)
            out[i] = j
    return out


def _collapse_groups(pred: Iterable[QuoteDict]) -> list[QuoteDict]:
    """Join the parts of each predicted quotation (same ``group``) into one span from the first
    start to the last end, keeping the first part's speaker; parts with no group stay apart."""
    first_part: dict[Any, int] = {}
    out: list[QuoteDict] = []
    for quote in pred:
        group = quote.get("group")
        if group is None:
            out.append(quote)
        elif group in first_part:
            j = first_part[group]
            start = min(out[j]["start"], quote["start"])
            end = max(out[j]["end"], quote["end"])
            out[j] = dict(out[j], start=start, end=end)
        else:
            first_part[group] = len(out)
            out.append(quote)
    return out


def _checked_preds(doc_id: str, pred_doc: Doc) -> list[QuoteDict]:
    """The article's predicted quotes, each an object whose speaker is an object or null."""
    quotes = pred_doc.get("quotes", [])
    where = f"prediction for article {doc_id}"
    if not isinstance(quotes, list) or not all(isinstance(q, dict) for q in quotes):
        raise GoldFormatError('"quotes" must be a list of objects', source=where)
    if not all(isinstance(q.get("speaker") or {}, dict) for q in quotes):
        raise GoldFormatError(
            'a quote\'s "speaker" must be {"name", "start", "end"} or null; '
            "was a gold file given as the predictions?",
            source=where,
        )
    return quotes


def _scorable_preds(gold_doc: Doc, quotes: list[QuoteDict]) -> list[QuoteDict]:
    """Predicted quotes with an integer start; collapsed by group when gold has split content."""
    pred = [q for q in quotes if isinstance(q.get("start"), int)]
    if any("segments" in g for g in gold_doc["quotes"]):
        return _collapse_groups(pred)
    return pred


# --- counting --------------------------------------------------------------------------------


def _count_gold(
    gold: QuoteDict,
    pred: QuoteDict | None,
    speakers: Mapping[str, Any],
    counts: _Counts,
    language: str = DEFAULT_LANGUAGE,
) -> None:
    """Tally one counted gold quote and, when matched, its predicted partner."""
    kind = gold.get("type", "?")
    counts.gold += 1
    counts.gold_by_type[kind] += 1
    named = _has_speaker(gold)
    counts.gold_spk += named
    if pred is None:
        return
    counts.tp += 1
    counts.tp_by_type[kind] += 1
    if named:
        counts.matched_spk += 1
        counts.spk_ok += _speaker_ok(gold, pred, speakers, language)
        if gold.get("speaker") is not None:
            counts.alias_ok += _alias_ok(gold, pred, speakers, language)


def _count_document(
    gold_doc: Doc,
    pred_quotes: list[QuoteDict],
    threshold: float,
    counts: _Counts,
    language: str | None = None,
) -> None:
    code = _language(gold_doc, language)
    gold = gold_doc["quotes"]
    pred = _scorable_preds(gold_doc, pred_quotes)
    matched = _match(gold, pred, threshold)
    speakers = gold_doc.get("speakers", {})
    for i, g in enumerate(gold):
        if not _excluded(g):
            partner = pred[matched[i]] if i in matched else None
            _count_gold(g, partner, speakers, counts, code)
    # A prediction matched to a duplicate or nested gold quote is not counted at all; one matched
    # to an ambiguous gold quote is not counted against attribution.
    duplicate = {j for i, j in matched.items() if _excluded(gold[i])}
    ambiguous = {j for i, j in matched.items() if gold[i].get("ambiguous")}
    counts.pred += len(pred) - len(duplicate)
    counts.pred_spk += len(pred) - len(duplicate) - len(ambiguous)


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(precision: float, recall: float) -> float:
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def _scores(counts: _Counts, threshold: float) -> Scores:
    quote_p = _ratio(counts.tp, counts.pred)
    quote_r = _ratio(counts.tp, counts.gold)
    attr_p = _ratio(counts.spk_ok, counts.pred_spk)
    attr_r = _ratio(counts.spk_ok, counts.gold_spk)
    by_type = {
        kind: counts.tp_by_type[kind] / counts.gold_by_type[kind]
        for kind in QUOTE_TYPES
        if counts.gold_by_type[kind]
    }
    return Scores(
        threshold=threshold,
        gold=counts.gold,
        pred=counts.pred,
        quote_P=quote_p,
        quote_R=quote_r,
        quote_F1=_f1(quote_p, quote_r),
        speaker_acc=_ratio(counts.spk_ok, counts.matched_spk),
        speaker_alias_acc=_ratio(counts.alias_ok, counts.matched_spk),
        attribution_P=attr_p,
        attribution_R=attr_r,
        attribution_F1=_f1(attr_p, attr_r),
        recall_by_type=by_type,
    )


# --- public entry points ---------------------------------------------------------------------


def score(
    golds: Mapping[str, Doc],
    preds: Mapping[str, Doc],
    threshold: float,
    *,
    language: str | None = None,
) -> Scores:
    """Score predictions against gold at one overlap threshold.

    Only articles in ``golds`` count; a gold article with no prediction has all its quotes missed.
    ``language`` is the language of gold articles that carry no ``"language"`` field (English
    when None); it decides which leading determiners names lose.
    """
    counts = _Counts()
    for doc_id, gold_doc in golds.items():
        if not isinstance(gold_doc.get("quotes"), list):
            raise GoldFormatError('gold article has no "quotes" list', source=f"article {doc_id}")
        pred_quotes = _checked_preds(doc_id, preds.get(doc_id, {}))
        _count_document(gold_doc, pred_quotes, threshold, counts, language)
    return _scores(counts, threshold)


def evaluate(
    golds: Mapping[str, Doc],
    preds: Mapping[str, Doc],
    thresholds: Iterable[float] = DEFAULT_THRESHOLDS,
    *,
    language: str | None = None,
) -> list[Scores]:
    """Score at each threshold, loosest first as given (``language`` as in ``score``)."""
    return [score(golds, preds, threshold, language=language) for threshold in thresholds]


def evaluate_files(
    gold_path: str | Path,
    pred_path: str | Path,
    thresholds: Iterable[float] = DEFAULT_THRESHOLDS,
    *,
    language: str | None = None,
) -> list[Scores]:
    """Read a gold and a prediction JSONL file and score them."""
    return evaluate(load_jsonl(gold_path), load_jsonl(pred_path), thresholds, language=language)


def _format_value(key: str, value: Any) -> str:
    return f"{key}={value:.3f}" if isinstance(value, float) else f"{key}={value}"


def _recall_table(results: Sequence[Scores]) -> list[str]:
    kinds = [k for k in QUOTE_TYPES if any(k in r.recall_by_type for r in results)]
    if not kinds:
        return []
    header = "recall by type " + "".join(f"{'@' + format(r.threshold, 'g'):>8}" for r in results)
    rows = [header]
    for kind in kinds:
        cells = [r.recall_by_type.get(kind) for r in results]
        rows.append(f"  {kind:<13}" + "".join(_cell(value) for value in cells))
    return rows


def _cell(value: float | None) -> str:
    return f"{'-':>8}" if value is None else f"{value:>8.3f}"


def format_report(results: Sequence[Scores]) -> str:
    """One ``key=value`` line per threshold (the reference scorer's format), then a small table
    of recall by quote type."""
    lines = [" ".join(_format_value(k, v) for k, v in r.to_dict().items()) for r in results]
    table = _recall_table(results)
    if table:
        lines += ["", *table]
    return "\n".join(lines)


# --- calibration: is a stated confidence the observed rate? -----------------------------------


@dataclass(frozen=True)
class Judgement:
    """One predicted quote judged against gold at one threshold: its confidence and whether it
    matched, and for a quote matched to gold that names a speaker, its speaker confidence and
    whether the speaker was right (else None)."""

    confidence: float
    right: bool
    speaker_confidence: float | None = None
    speaker_right: bool | None = None


def judgements(
    golds: Mapping[str, Doc],
    preds: Mapping[str, Doc],
    threshold: float = DEFAULT_THRESHOLDS[0],
    *,
    language: str | None = None,
) -> list[Judgement]:
    """Every scorable predicted quote of the gold articles, judged (see ``judge_document``)."""
    return [
        j
        for doc_id, gold_doc in golds.items()
        for _, j in judge_document(gold_doc, _checked_preds(doc_id, preds.get(doc_id, {})),
                                   threshold, language=language)
    ]


def judge_document(
    gold_doc: Doc,
    pred_quotes: Sequence[QuoteDict],
    threshold: float = DEFAULT_THRESHOLDS[0],
    *,
    language: str | None = None,
) -> list[tuple[QuoteDict, Judgement]]:
    """Each scorable predicted quote of one article (its parts joined where gold has split
    content, as in ``score``) with its judgement; a quote matched to duplicate or nested gold is
    left out, and one with no ``confidence`` counts as 0."""
    code = _language(gold_doc, language)
    gold = gold_doc["quotes"]
    pred = _scorable_preds(gold_doc, list(pred_quotes))
    partner = {j: i for i, j in _match(gold, pred, threshold).items()}
    speakers = gold_doc.get("speakers", {})
    out: list[tuple[QuoteDict, Judgement]] = []
    for j, p in enumerate(pred):
        i = partner.get(j)
        if i is not None and _excluded(gold[i]):
            continue
        conf = float(p.get("confidence") or 0.0)
        if i is None or not _has_speaker(gold[i]):
            out.append((p, Judgement(conf, i is not None)))
            continue
        spk_conf = (p.get("speaker") or {}).get("confidence")
        out.append((p, Judgement(conf, True, float(spk_conf or 0.0),
                                 _speaker_ok(gold[i], p, speakers, code))))
    return out


@dataclass(frozen=True)
class Bin:
    """Predictions whose confidence fell in [low, high): how many, their mean confidence and the
    share of them that were right."""

    low: float
    high: float
    count: int
    confidence: float
    observed: float


def reliability(pairs: Iterable[tuple[float, bool]], bins: int = 10) -> list[Bin]:
    """(confidence, right) pairs in ``bins`` equal-width confidence bins; empty bins left out."""
    sums: list[list[float]] = [[0, 0.0, 0] for _ in range(bins)]
    for conf, right in pairs:
        k = min(bins - 1, max(0, int(conf * bins)))
        sums[k][0] += 1
        sums[k][1] += conf
        sums[k][2] += right
    return [Bin(k / bins, (k + 1) / bins, int(n), c / n, r / n)
            for k, (n, c, r) in enumerate(sums) if n]


def calibration_error(table: Sequence[Bin]) -> float:
    """Expected calibration error: the count-weighted mean gap between stated confidence and
    observed rate."""
    total = sum(b.count for b in table)
    return sum(b.count * abs(b.confidence - b.observed) for b in table) / total if total else 0.0


# Minimum confidences of the precision/recall table (what --min-confidence keeps).
CONFIDENCE_CUTS: tuple[float, ...] = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def confidence_curve(
    judged: Sequence[Judgement], gold: int, cuts: Sequence[float] = CONFIDENCE_CUTS
) -> list[tuple[float, int, float, float]]:
    """(minimum confidence, quotes kept, their precision, recall against ``gold`` quotes) for
    each cut: what keeping only the quotes at or above it gives."""
    out = []
    for cut in cuts:
        kept = [j for j in judged if j.confidence >= cut]
        right = sum(j.right for j in kept)
        out.append((cut, len(kept), _ratio(right, len(kept)), _ratio(right, gold)))
    return out


def format_reliability(judged: Sequence[Judgement], gold: int | None = None) -> str:
    """Reliability tables for quotes and speakers, each with its expected calibration error,
    and, given the number of ``gold`` quotes, precision and recall at each minimum confidence."""
    lines: list[str] = []
    quotes = [(j.confidence, j.right) for j in judged]
    speakers = [(j.speaker_confidence, j.speaker_right) for j in judged
                if j.speaker_confidence is not None and j.speaker_right is not None]
    for name, pairs in (("quote", quotes), ("speaker", speakers)):
        table = reliability(pairs)
        lines += ["", f"{name} confidence  count  stated  observed",
                  *(f"  {b.low:.1f}-{b.high:.1f}     {b.count:>6}  {b.confidence:>6.3f}"
                    f"  {b.observed:>8.3f}" for b in table),
                  f"  expected calibration error {calibration_error(table):.3f}"]
    if gold is not None:
        lines += ["", "min confidence  quotes  precision  recall",
                  *(f"  {cut:<12.2f}  {kept:>6}  {p:>9.3f}  {r:>6.3f}"
                    for cut, kept, p, r in confidence_curve(judged, gold))]
    return "\n".join(lines)
