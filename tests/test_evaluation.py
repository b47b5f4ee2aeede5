"""Tests for onrecord.evaluation: the same numbers as the reference scorer, on random documents,
on perturbed real gold, and on small hand-written cases."""

from __future__ import annotations

import importlib.util
import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onrecord.errors import GoldFormatError
from onrecord.evaluation import (  # _match and _norm: checked one by one against the reference
    Scores,
    _match,
    _norm,
    _proper,
    evaluate,
    evaluate_files,
    format_report,
    load_jsonl,
    score,
)

SHARED = Path(__file__).parents[1].parent / "shared"
REFERENCE = SHARED / "tools" / "score.py"
SEED_GOLD = SHARED / "seed" / "gold.jsonl"
POLNEAR_DEV = SHARED / "data" / "polnear" / "dev.jsonl"

Doc = dict[str, Any]


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here: the shared evaluation data ships apart from the package")
    return path


@pytest.fixture(scope="module")
def reference() -> ModuleType:
    """The reference scorer, imported from the shared tools at test time only."""
    path = _need(REFERENCE)
    spec = importlib.util.spec_from_file_location("onrecord_reference_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- 1. random documents: the same numbers as the reference score() --------------------------

# Names that differ only in case, spacing, apostrophes or a leading determiner or count, proper
# and descriptive organisation aliases, and some that differ for real.
NAMES = [
    "Ann Lee",
    "ann \t lee",
    "The Minister",
    "minister",
    "the\nminister",
    "Lee",
    "",
    " The  Board",
    "A source",
    "two  sources",
    "sources",
    "the SNDP",
    "the union",
    "Students\u2019 Union",
    "students' union",
]
ABSENT = object()  # marks a key left out of the dict
FLAGS = st.sampled_from([ABSENT, ABSENT, ABSENT, False, True])
SHIFTS = st.sampled_from([0, 0, 0, 0, 0, 1, -1, 4, -9])


def _put(out: dict[str, Any], key: str, value: Any) -> None:
    if value is not ABSENT:
        out[key] = value


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.just(ABSENT), strategy)


@st.composite
def spans(draw: st.DrawFn, taken: list[Doc]) -> tuple[int, int]:
    """A random span, or (for ties) the span of an earlier quote."""
    if taken and draw(st.integers(0, 3)) == 0:
        earlier = draw(st.sampled_from(taken))
        return earlier["start"], earlier["end"]
    start = draw(st.integers(0, 40))
    if draw(st.integers(0, 9)) == 0:
        return start, start + draw(st.integers(-2, 0))  # empty or reversed
    return start, start + draw(st.integers(1, 25))


@st.composite
def gold_quotes(draw: st.DrawFn, taken: list[Doc], with_segments: bool) -> Doc:
    start, end = draw(spans(taken))
    quote: Doc = {"start": start, "end": end}
    _put(quote, "type", draw(_maybe(st.sampled_from(["direct", "mixed", "indirect", "?"]))))
    _put(quote, "speaker", draw(st.sampled_from([ABSENT, None, *NAMES])))
    if draw(st.booleans()):
        spk_start = draw(st.one_of(st.none(), st.integers(0, 40)))
        quote["speaker_start"] = spk_start
        quote["speaker_end"] = (spk_start or 0) + draw(st.integers(0, 8))
    for flag in ("ambiguous", "duplicate", "nested"):
        _put(quote, flag, draw(FLAGS))
    if with_segments and draw(st.booleans()):
        quote["segments"] = [[start, end]]
    return quote


@st.composite
def speaker_tables(draw: st.DrawFn) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for name in draw(st.lists(st.sampled_from(NAMES), max_size=4, unique=True)):
        info: dict[str, Any] = {}
        _put(info, "aliases", draw(_maybe(st.lists(st.sampled_from(NAMES), max_size=3))))
        _put(info, "descriptive", draw(st.sampled_from([ABSENT, False, True])))
        _put(info, "gender", draw(st.sampled_from([ABSENT, None, "org", "org", "male"])))
        table[name] = info
    return table


@st.composite
def gold_docs(draw: st.DrawFn) -> Doc:
    with_segments = draw(st.booleans())
    quotes: list[Doc] = []
    for _ in range(draw(st.integers(0, 6))):
        quotes.append(draw(gold_quotes(quotes, with_segments)))
    doc: Doc = {"quotes": quotes}
    _put(doc, "speakers", draw(_maybe(speaker_tables())))
    return doc


def _related_names(gold: Doc | None, table: dict[str, Any]) -> list[Any]:
    """The gold speaker's name and aliases, which a prediction often gives."""
    if not gold or "speaker" not in gold:
        return []
    entry = table.get(gold["speaker"], {}) if gold["speaker"] is not None else {}
    return [gold["speaker"], *entry.get("aliases", [])]


@st.composite
def pred_speakers(draw: st.DrawFn, gold: Doc | None, table: dict[str, Any]) -> Any:
    """None, or a name and mention span, often close to the gold speaker's."""
    if draw(st.integers(0, 5)) == 0:
        return None
    speaker: Doc = {}
    related = _related_names(gold, table)
    if len(related) > 0 and draw(st.booleans()):
        speaker["name"] = draw(st.sampled_from(related))
    else:
        _put(speaker, "name", draw(_maybe(st.one_of(st.none(), st.sampled_from(NAMES)))))
    gold_start = gold.get("speaker_start") if gold else None
    starts = st.integers(0, 40) if gold_start is None else SHIFTS.map(lambda d: gold_start + d)
    start = draw(_maybe(st.one_of(st.none(), starts)))
    _put(speaker, "start", start)
    if isinstance(start, int):
        speaker["end"] = start + draw(st.integers(0, 8))
    return speaker


@st.composite
def pred_quotes(draw: st.DrawFn, gold_doc: Doc, taken: list[Doc]) -> Doc:
    """A prediction near a gold quote (exact or shifted), on the span of an earlier prediction
    (for ties), or anywhere."""
    gold = gold_doc.get("quotes", [])
    near = draw(st.sampled_from(gold)) if gold and draw(st.integers(0, 3)) else None
    last = taken[-1] if taken else {}
    if isinstance(last.get("start"), int) and draw(st.integers(0, 3)) == 0:
        start, end = last["start"], last["end"]
    elif near is not None:
        start, end = near["start"] + draw(SHIFTS), near["end"] + draw(SHIFTS)
    else:
        start, end = draw(spans([]))
    quote: Doc = {"end": end}
    # A start that is missing, null or not an integer drops the prediction.
    _put(quote, "start", draw(st.sampled_from([start] * 5 + [None, ABSENT, "1"])))
    _put(quote, "group", draw(_maybe(st.one_of(st.none(), st.integers(0, 3), st.just("a")))))
    if draw(st.integers(0, 5)):
        quote["speaker"] = draw(pred_speakers(near, gold_doc.get("speakers", {})))
    return quote


@st.composite
def pred_docs(draw: st.DrawFn, gold_doc: Doc) -> Doc:
    quotes: list[Doc] = []
    for _ in range(draw(st.integers(0, 7))):
        quotes.append(draw(pred_quotes(gold_doc, quotes)))
    return {"quotes": quotes} if draw(st.integers(0, 9)) else {}


@st.composite
def corpora(draw: st.DrawFn) -> tuple[dict[str, Doc], dict[str, Doc]]:
    """Gold and predictions for a few articles; some articles have no prediction, some
    predictions no gold."""
    golds: dict[str, Doc] = {}
    preds: dict[str, Doc] = {}
    for doc_id in draw(st.lists(st.sampled_from("abc"), min_size=1, max_size=3, unique=True)):
        golds[doc_id] = draw(gold_docs())
        if draw(st.integers(0, 5)):
            preds[doc_id] = draw(pred_docs(golds[doc_id]))
    if draw(st.booleans()):
        preds["z"] = draw(pred_docs({}))
    return golds, preds


THRESHOLDS = st.one_of(st.sampled_from([0.0, 0.3, 0.5, 0.8, 1.0]), st.floats(0.0, 1.0))


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpus=corpora(), threshold=THRESHOLDS)
def test_score_equals_reference_on_random_documents(
    reference: ModuleType, corpus: tuple[dict[str, Doc], dict[str, Doc]], threshold: float
) -> None:
    golds, preds = corpus
    expected = reference.score(golds, preds, threshold)
    got = score(golds, preds, threshold).to_dict()
    assert got == expected
    assert list(got) == list(expected)


NAME_PIECES = [
    *["the", "The", "THE", "the ", " ", "\t", "\n", "\u00a0", "\u2003", "Lee", "ẞ", "ß"],
    *["a", "A ", "an", "An ", "one", "Two ", "three", "FOUR ", "several", "Some ", "someone"],
    *["\u2019", "'", "\u2018", "s"],
]
NAME_TEXT = st.one_of(st.none(), st.lists(st.sampled_from(NAME_PIECES), max_size=6).map("".join))


@given(name=NAME_TEXT)
def test_name_normalisation_equals_reference(reference: ModuleType, name: str | None) -> None:
    assert _norm(name) == reference.norm(name)


@given(alias=st.lists(st.sampled_from(NAMES + NAME_PIECES), max_size=4).map(" ".join))
def test_proper_name_alias_equals_reference(reference: ModuleType, alias: str) -> None:
    assert _proper(alias) == reference.proper(alias)


SPAN_LISTS = st.lists(
    st.tuples(st.integers(0, 12), st.integers(-2, 12)).map(
        lambda se: {"start": se[0], "end": se[0] + se[1]}
    ),
    max_size=6,
)


@given(gold=SPAN_LISTS, pred=SPAN_LISTS, threshold=THRESHOLDS)
def test_matching_equals_reference(
    reference: ModuleType, gold: list[Doc], pred: list[Doc], threshold: float
) -> None:
    assert _match(gold, pred, threshold) == reference.match(gold, pred, threshold)


# --- 2. perturbed real gold: the same numbers as the reference scorer run as a program -------


def _pred_speaker_named(gold: Doc, speakers: dict[str, Any], rng: random.Random) -> Any:
    name = gold.get("speaker")
    if name is None or rng.random() < 0.1:
        return None
    aliases = speakers.get(name, {}).get("aliases", [])
    choices = [name, name, f"The {name.upper()}", "Someone Else", *aliases]
    return {"name": rng.choice(choices), "start": None, "end": None}


def _pred_speaker_span(gold: Doc, rng: random.Random) -> Any:
    if gold.get("speaker_start") is None or rng.random() < 0.1:
        return None
    shift = rng.choice([0, 0, 0, 3, -40])
    start, end = gold["speaker_start"] + shift, gold["speaker_end"] + shift
    return {"name": gold.get("speaker_text"), "start": start, "end": end}


def _parts(gold: Doc, rng: random.Random) -> list[tuple[int, int]]:
    """The gold span, its segments as separate parts, or the span shifted at either end."""
    segments = gold.get("segments") or []
    if len(segments) > 1 and rng.random() < 0.7:
        return [(s, e) for s, e in segments]
    if rng.random() < 0.5:
        return [(gold["start"], gold["end"])]
    shift = lambda: rng.choice([-60, -15, -3, 0, 4, 25])  # noqa: E731
    return [(max(0, gold["start"] + shift()), max(1, gold["end"] + shift()))]


def _perturb(gold_doc: Doc, rng: random.Random) -> Doc:
    """A prediction built from gold: some quotes dropped, spans shifted, speakers changed, split
    content predicted as parts of one group, some neighbours grouped, some spurious quotes."""
    speakers = gold_doc.get("speakers", {})
    quotes: list[Doc] = []
    group = 0
    for gold in gold_doc["quotes"]:
        if rng.random() < 0.15:
            continue
        if rng.random() > 0.1:  # otherwise joins the previous prediction's group
            group += 1
        if "speaker" in gold:
            speaker = _pred_speaker_named(gold, speakers, rng)
        else:
            speaker = _pred_speaker_span(gold, rng)
        for start, end in _parts(gold, rng):
            quotes.append({"start": start, "end": end, "group": group, "speaker": speaker})
        if rng.random() < 0.05:
            quotes.append({"start": gold["end"] + 5, "end": gold["end"] + 50, "speaker": None})
    return {"id": gold_doc["id"], "quotes": quotes}


def _write_jsonl(path: Path, docs: list[Doc]) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def _run_reference(gold: Path, pred: Path, *flags: str) -> str:
    cmd = [sys.executable, str(_need(REFERENCE)), str(gold), str(pred), *flags]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def _perturbed_file(gold: Path, out: Path, seed: int) -> Path:
    rng = random.Random(seed)
    return _write_jsonl(out, [_perturb(doc, rng) for doc in load_jsonl(gold).values()])


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("gold_path", [SEED_GOLD, POLNEAR_DEV], ids=["seed", "polnear-dev"])
def test_evaluate_files_equals_reference_program_on_perturbed_gold(
    tmp_path: Path, gold_path: Path, seed: int
) -> None:
    gold = _need(gold_path)
    pred = _perturbed_file(gold, tmp_path / "pred.jsonl", seed)
    expected = json.loads(_run_reference(gold, pred, "--json"))
    got = [s.to_dict() for s in evaluate_files(gold, pred)]
    assert got == expected
    assert 0.0 < got[0]["quote_F1"] < 1.0  # the perturbation leaves something to miss


def test_evaluate_equals_reference_with_descriptive_speakers(tmp_path: Path) -> None:
    """The seed gold with every speaker marked descriptive: any alias counts as right."""
    golds = load_jsonl(_need(SEED_GOLD))
    for doc in golds.values():
        for info in doc.get("speakers", {}).values():
            info["descriptive"] = True
    gold = _write_jsonl(tmp_path / "gold.jsonl", list(golds.values()))
    pred = _perturbed_file(gold, tmp_path / "pred.jsonl", 7)
    expected = json.loads(_run_reference(gold, pred, "--json"))
    assert [s.to_dict() for s in evaluate_files(gold, pred)] == expected


# An organisation that speaks in the seed article's text, for the hand-made parity check below.
MISSION = "Permanent Mission of Russia"
MISSION_INFO = {
    "aliases": ["the Russian Mission", "the mission", "Moscow", "the Russian diplomats"],
    "gender": "org",
}
SOURCE = "a source"
SOURCE_INFO = {"aliases": ["the source", "sources"], "descriptive": True}


def _seed_with_an_organisation(seed: Doc) -> Doc:
    """A second article on the seed's text whose quotes are spoken in turn by Borodavkin, an
    organisation and a descriptive source."""
    speakers = [*seed["speakers"], MISSION, SOURCE]
    quotes = [dict(q, speaker=speakers[i % 3]) for i, q in enumerate(seed["quotes"][:15])]
    table = {**seed["speakers"], MISSION: MISSION_INFO, SOURCE: SOURCE_INFO}
    return {"id": "seed-org", "text": seed["text"], "quotes": quotes, "speakers": table}


# Predicted names for each gold speaker, used in turn: determiners and counts, curly apostrophes,
# proper and descriptive organisation aliases, a person's alias, and wrong names.
HAND_NAMES = {
    "Alexei Borodavkin": ["The Alexei Borodavkin", "Borodavkin", "an Alexei  Borodavkin", None],
    MISSION: ["Moscow", "the Russian mission", "The Mission", "the Russian diplomats", "Russia"],
    SOURCE: ["A source", "two sources", "Sources", "several officials"],
}


def _hand_predictions(gold_doc: Doc) -> Doc:
    """One prediction per gold quote (every fifth shifted off its span), named from HAND_NAMES."""
    used: Counter[str] = Counter()
    quotes: list[Doc] = []
    for i, gold in enumerate(gold_doc["quotes"]):
        name = gold.get("speaker")
        choices = HAND_NAMES.get(name, [name, "Someone Else"])
        speaker = choices[used[str(name)] % len(choices)]
        used[str(name)] += 1
        shift = 60 if i % 5 == 4 else 0
        start, end = gold["start"] + shift, gold["end"] + shift
        said_by = None if speaker is None else {"name": speaker, "start": None, "end": None}
        quotes.append({"start": start, "end": end, "speaker": said_by})
    return {"id": gold_doc["id"], "quotes": quotes}


def test_evaluate_equals_reference_program_on_hand_made_names(tmp_path: Path) -> None:
    """Determiners, counts and organisation aliases in predicted names: onrecord's numbers are
    the reference program's, and the hand-made names do count as intended."""
    seed = next(iter(load_jsonl(_need(SEED_GOLD)).values()))
    golds = [seed, _seed_with_an_organisation(seed)]
    gold = _write_jsonl(tmp_path / "gold.jsonl", golds)
    pred = _write_jsonl(tmp_path / "pred.jsonl", [_hand_predictions(g) for g in golds])
    expected = json.loads(_run_reference(gold, pred, "--json"))
    got = [s.to_dict() for s in evaluate_files(gold, pred)]
    assert got == expected
    # Under the old rules (only "the" dropped, no organisation aliases) 4 of 11 were right.
    org_doc = load_jsonl(gold)["seed-org"]
    strict = score({"seed-org": org_doc}, load_jsonl(pred), 0.8)
    assert strict.speaker_acc == pytest.approx(8 / 11)


def test_format_report_starts_with_the_reference_program_lines(tmp_path: Path) -> None:
    gold = _need(POLNEAR_DEV)
    pred = _perturbed_file(gold, tmp_path / "pred.jsonl", 5)
    expected = _run_reference(gold, pred).splitlines()
    report = format_report(evaluate_files(gold, pred)).splitlines()
    assert report[: len(expected)] == expected
    assert any(line.strip().startswith("indirect") for line in report[len(expected) :])


# --- 3. hand-written cases with known numbers -------------------------------------------------

TEXT = (
    'Mayor Ada Park said the bridge would reopen in May. "We are nearly done," she added, '
    '"and the crews worked all winter." A city spokesperson declined to comment.'
)


def _span(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


REOPEN = _span("the bridge would reopen in May")
DONE = _span("We are nearly done,")
CREWS = _span("and the crews worked all winter.")
PARK = _span("Mayor Ada Park")
SHE = _span("she")


def _gold(*quotes: Doc, speakers: dict[str, Any] | None = None) -> dict[str, Doc]:
    return {"1": {"id": "1", "text": TEXT, "quotes": list(quotes), "speakers": speakers or {}}}


def _pred(*quotes: Doc) -> dict[str, Doc]:
    return {"1": {"id": "1", "quotes": list(quotes)}}


def _q(span: tuple[int, int], kind: str = "direct", **extra: Any) -> Doc:
    return {"start": span[0], "end": span[1], "type": kind, **extra}


def _said_by(span: tuple[int, int], name: str | None, group: int | None = None) -> Doc:
    return {"start": span[0], "end": span[1], "group": group, "speaker": {"name": name}}


NAMED_GOLD = _gold(
    _q(REOPEN, "indirect", speaker="Ada Park"),
    _q(DONE, speaker="Ada Park"),
    _q(CREWS, speaker="Ada Park"),
    speakers={"Ada Park": {"aliases": ["Park", "the mayor"]}},
)


def test_score_perfect_prediction_is_all_ones() -> None:
    pred = _pred(*(_said_by(s, "Ada Park", i) for i, s in enumerate([REOPEN, DONE, CREWS])))
    result = score(NAMED_GOLD, pred, 0.8)
    assert (result.gold, result.pred) == (3, 3)
    assert result.quote_F1 == result.speaker_acc == result.attribution_F1 == 1.0
    assert result.recall_by_type == {"direct": 1.0, "indirect": 1.0}


@pytest.mark.parametrize("pred", [_pred(), {}], ids=["no-quotes", "article-missing"])
def test_score_empty_prediction_is_all_zeros(pred: dict[str, Doc]) -> None:
    result = score(NAMED_GOLD, pred, 0.3)
    assert (result.gold, result.pred) == (3, 0)
    assert result.quote_P == result.quote_R == result.quote_F1 == 0.0
    assert result.attribution_F1 == result.speaker_acc == 0.0
    assert result.recall_by_type == {"direct": 0.0, "indirect": 0.0}


def test_score_alias_counts_only_for_alias_accuracy() -> None:
    pred = _pred(_said_by(REOPEN, "the Mayor"), _said_by(DONE, "ada  PARK"), _said_by(CREWS, None))
    result = score(NAMED_GOLD, pred, 0.8)
    assert result.speaker_acc == pytest.approx(1 / 3)  # only the case-folded full name
    assert result.speaker_alias_acc == pytest.approx(2 / 3)
    assert result.attribution_P == result.attribution_R == pytest.approx(1 / 3)


def test_score_descriptive_speaker_accepts_any_alias() -> None:
    gold = _gold(
        _q(DONE, speaker="a city official"),
        speakers={"a city official": {"descriptive": True, "aliases": ["the spokesperson"]}},
    )
    assert score(gold, _pred(_said_by(DONE, "Spokesperson")), 0.8).speaker_acc == 1.0
    assert score(gold, _pred(_said_by(DONE, "official")), 0.8).speaker_acc == 0.0


@pytest.mark.parametrize(
    ("name", "normalised"),
    [
        ("A source", "source"),
        ("an  Official", "official"),
        ("The Post", "post"),
        ("two officials", "officials"),
        ("Several\tanalysts", "analysts"),
        ("some residents", "residents"),
        ("One witness", "witness"),
        ("the union\u2019s  leader", "union's leader"),
        ("the the Post", "the post"),  # one determiner only
        ("Anne Lee", "anne lee"),  # "an" only as a word of its own
        ("Someone", "someone"),
        ("a", "a"),  # nothing after it: kept
    ],
)
def test_norm_drops_one_leading_determiner_or_count(name: str, normalised: str) -> None:
    assert _norm(name) == normalised


def test_score_determiner_in_a_name_does_not_matter() -> None:
    gold = _gold(_q(DONE, speaker="a city spokesperson"), _q(CREWS, speaker="Ada Park"))
    pred = _pred(_said_by(DONE, "The City Spokesperson"), _said_by(CREWS, "A ada park"))
    result = score(gold, pred, 0.8)
    assert result.speaker_acc == result.attribution_F1 == 1.0


@pytest.mark.parametrize(
    ("name", "right"),
    [
        ("Sree Narayana Dharma Paripalana Yogam", True),
        ("SNDP", True),  # "the SNDP": a proper-name alias
        ("the sndp", True),  # compared normalised, as every name
        ("Yogam", True),
        ("the union", False),  # a description, not a name
        ("union", False),
        ("Someone Else", False),
    ],
)
def test_score_organisation_goes_by_any_proper_name_alias(name: str, right: bool) -> None:
    org = "Sree Narayana Dharma Paripalana Yogam"
    info = {"aliases": ["the SNDP", "the union", "Yogam"], "gender": "org"}
    gold = _gold(_q(DONE, speaker=org), speakers={org: info})
    result = score(gold, _pred(_said_by(DONE, name)), 0.8)
    assert result.speaker_acc == (1.0 if right else 0.0)
    assert result.speaker_alias_acc == (0.0 if name == "Someone Else" else 1.0)


def test_score_person_does_not_go_by_a_proper_name_alias() -> None:
    """Only an organisation's proper-name aliases count under the strict rule; a person's
    surname still counts for alias accuracy only."""
    result = score(NAMED_GOLD, _pred(_said_by(DONE, "Park")), 0.8)
    assert (result.speaker_acc, result.speaker_alias_acc) == (0.0, 1.0)


def test_score_overlap_is_shared_characters_over_longer_span() -> None:
    start, end = REOPEN
    length = end - start
    shifted = _said_by((start + length // 2, end + length // 2), "Ada Park")
    gold = _gold(_q(REOPEN, "indirect", speaker="Ada Park"))
    overlap = (length - length // 2) / length  # about one half
    assert score(gold, _pred(shifted), overlap).quote_F1 == 1.0
    assert score(gold, _pred(shifted), overlap + 1e-9).quote_F1 == 0.0


def test_score_matches_one_to_one_best_overlap_first() -> None:
    gold = _gold(_q(CREWS, speaker="Ada Park"))
    close = _said_by((CREWS[0] + 2, CREWS[1]), "Someone Else")  # listed first, overlaps less
    exact = _said_by(CREWS, "Ada Park")
    result = score(gold, _pred(close, exact), 0.8)
    assert (result.gold, result.pred, result.quote_P, result.quote_R) == (1, 2, 0.5, 1.0)
    assert result.speaker_acc == 1.0  # the exact prediction took the gold quote


def test_score_equal_overlap_goes_to_the_later_gold_quote() -> None:
    gold = _gold(_q(DONE, "direct"), _q(DONE, "indirect"))
    result = score(gold, _pred(_said_by(DONE, None)), 0.8)
    assert result.recall_by_type == {"direct": 0.0, "indirect": 1.0}


SPLIT = {"start": DONE[0], "end": CREWS[1], "segments": [list(DONE), list(CREWS)]}
SPLIT_GOLD = _gold(dict(SPLIT, type="direct", speaker_start=SHE[0], speaker_end=SHE[1]))


def test_score_split_quote_parts_in_one_group_match_gold_with_segments() -> None:
    she = {"name": "Ada Park", "start": SHE[0], "end": SHE[1]}
    parts = [dict(_q(DONE), group=4, speaker=she), dict(_q(CREWS), group=4, speaker=she)]
    result = score(SPLIT_GOLD, _pred(*parts), 0.8)
    assert (result.gold, result.pred, result.quote_F1) == (1, 1, 1.0)
    assert result.attribution_F1 == 1.0


def test_score_split_quote_parts_in_separate_groups_stay_apart() -> None:
    parts = [dict(_q(DONE), group=1), dict(_q(CREWS), group=2)]
    loose, strict = evaluate(SPLIT_GOLD, _pred(*parts))
    assert (loose.pred, loose.quote_P, loose.quote_R) == (2, 0.5, 1.0)
    assert strict.quote_F1 == 0.0


def test_score_groups_are_not_collapsed_without_gold_segments() -> None:
    gold = _gold(_q(DONE), _q(CREWS))
    parts = [dict(_q(DONE), group=1), dict(_q(CREWS), group=1)]
    assert score(gold, _pred(*parts), 0.8).quote_F1 == 1.0


def test_score_duplicate_gold_neither_counts_nor_penalises() -> None:
    gold = _gold(_q(DONE, speaker="Ada Park"), _q(CREWS, duplicate=True, speaker="Ada Park"))
    result = score(gold, _pred(_said_by(DONE, "Ada Park"), _said_by(CREWS, "Ada Park")), 0.8)
    assert (result.gold, result.pred, result.quote_P) == (1, 1, 1.0)
    missed = score(gold, _pred(_said_by(DONE, "Ada Park")), 0.8)
    assert (missed.gold, missed.quote_R) == (1, 1.0)


def test_score_ambiguous_gold_counts_for_quotes_not_attribution() -> None:
    gold = _gold(_q(DONE, speaker="Ada Park"), _q(CREWS, speaker=None, ambiguous=True))
    result = score(gold, _pred(_said_by(DONE, "Ada Park"), _said_by(CREWS, "Someone")), 0.8)
    assert (result.gold, result.pred, result.quote_F1) == (2, 2, 1.0)
    assert (result.attribution_P, result.attribution_R, result.speaker_acc) == (1.0, 1.0, 1.0)


def test_score_speaker_span_must_overlap_gold_source() -> None:
    gold = _gold(_q(REOPEN, "indirect", speaker_start=PARK[0], speaker_end=PARK[1]))
    near = {"start": REOPEN[0], "end": REOPEN[1], "speaker": {"start": PARK[1] - 4, "end": PARK[1]}}
    far = {"start": REOPEN[0], "end": REOPEN[1], "speaker": {"start": SHE[0], "end": SHE[1]}}
    assert score(gold, _pred(near), 0.8).speaker_acc == 1.0
    assert score(gold, _pred(far), 0.8).speaker_acc == 0.0


def test_scores_to_dict_keys_follow_the_reference_order() -> None:
    result = score(NAMED_GOLD, _pred(), 0.3).to_dict()
    assert list(result)[:3] == ["threshold", "gold", "pred"]
    assert list(result)[-2:] == ["R_direct", "R_indirect"]


def test_format_report_has_one_line_per_threshold_and_a_recall_table() -> None:
    results: list[Scores] = evaluate(NAMED_GOLD, _pred(_said_by(DONE, "Ada Park")))
    lines = format_report(results).splitlines()
    assert lines[0].startswith("threshold=0.300 gold=3 pred=1 quote_P=1.000")
    assert lines[1].startswith("threshold=0.800 ")
    assert "recall by type" in lines[3]
    assert lines[4].split() == ["direct", "0.500", "0.500"]


# --- 4. bad files -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bad_line", "reason"),
    [
        ('{"id": "2", "quotes": [', "not valid JSON"),
        ('{"quotes": []}', 'no "id"'),
        ("[1]", "object"),
    ],
    ids=["broken-json", "missing-id", "not-an-object"],
)
def test_load_jsonl_bad_line_names_file_and_line(
    tmp_path: Path, bad_line: str, reason: str
) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(f'{{"id": "1", "quotes": []}}\n\n{bad_line}\n', encoding="utf-8")
    with pytest.raises(GoldFormatError) as caught:
        load_jsonl(path)
    message = str(caught.value)
    assert f"{path}:3" in message and reason in message
    assert "\n" not in message and message.startswith("[E020]")


def test_load_jsonl_keys_articles_by_string_id(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": 7, "quotes": []}\n\n', encoding="utf-8")
    assert list(load_jsonl(path)) == ["7"]


def test_score_gold_without_quotes_is_a_gold_format_error() -> None:
    with pytest.raises(GoldFormatError, match="article 1"):
        score({"1": {"id": "1"}}, {}, 0.3)


def test_score_gold_given_as_predictions_is_a_gold_format_error() -> None:
    gold = _gold(_q(DONE, speaker="Ada Park"))
    with pytest.raises(GoldFormatError, match="prediction for article 1.*speaker"):
        score(gold, gold, 0.3)
