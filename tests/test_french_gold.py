"""Tests for the French gold (tests/fixtures/fr/gold.jsonl, built by make_gold_fr.py): the file
is current and consistent, every French convention of the issue is annotated at least once,
``onrecord evaluate`` scores it with the French determiners, and the engine's numbers on it are
recorded against the issue's bars."""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import FIXTURES

import onrecord
from onrecord.cli import cli
from onrecord.evaluation import _norm, _proper, evaluate, load_jsonl

FR = FIXTURES / "fr"
FR_GOLD = FR / "gold.jsonl"
# Issue 10's bars are quote F1@0.8 >= 0.85, speaker accuracy >= 0.85 and attribution F1@0.3 >=
# 0.80 on hidden French articles. The floors are what the engine scores on the French articles
# of our fixtures now (0.991, 0.948, 0.940), to the second decimal: a change that loses any of
# it fails. Not blind (the French rules were written against these articles);
# docs/evaluation.md has the held-out and blind sets' numbers.
FLOORS = {"quote_F1@0.8": 0.99, "speaker_acc@0.8": 0.94, "attribution_F1@0.3": 0.94}

Doc = dict[str, Any]


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_gold_fr", FR / "make_gold_fr.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def golds() -> list[Doc]:
    with FR_GOLD.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def fold(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'")


def quotes(golds: list[Doc], language: str | None = "fr") -> list[tuple[Doc, Doc]]:
    return [(d, q) for d in golds if language in (None, d["language"]) for q in d["quotes"]]


def before(doc: Doc, quote: Doc, n: int = 40) -> str:
    """The words just before the quote, in its paragraph, folded."""
    line_start = doc["text"].rfind("\n", 0, quote["start"]) + 1
    return fold(doc["text"][max(line_start, quote["start"] - n) : quote["start"]])


def after(doc: Doc, quote: Doc, n: int = 40) -> str:
    line_end = doc["text"].find("\n", quote["end"])
    return fold(doc["text"][quote["end"] : min(line_end, quote["end"] + n)])


def paragraph(doc: Doc, quote: Doc) -> tuple[int, int]:
    text = doc["text"]
    return text.rfind("\n", 0, quote["start"]) + 1, text.find("\n", quote["start"])


# --- the file ------------------------------------------------------------------------------


def test_french_gold_file_is_what_the_builder_makes(builder: ModuleType) -> None:
    assert builder.main(["--check"]) == 0


@pytest.mark.parametrize("folder, script", [
    ("fr_heldout", "make_gold_heldout.py"),
    ("fr_blind", "make_gold_blind.py"),
    ("fr_blind2", "make_gold_blind2.py"),
    ("fr_blind3", "make_gold_blind3.py"),
    ("fr_blind4", "make_gold_blind4.py"),
    ("fr_blind5", "make_gold_blind5.py"),
    ("fr_blind6", "make_gold_blind6.py"),
    ("fr_blind7", "make_gold_blind7.py"),
    ("fr_blind8", "make_gold_blind8.py"),
    ("fr_blind9", "make_gold_blind9.py"),
    ("fr_blind10", "make_gold_blind10.py"),
    ("fr_blind11", "make_gold_blind11.py"),
    ("fr_blind12", "make_gold_blind12.py"),
    ("fr_blind13", "make_gold_blind13.py"),
    ("fr_blind14", "make_gold_blind14.py"),
    ("fr_blind15", "make_gold_blind15.py"),
    ("fr_blind16", "make_gold_blind16.py"),
    ("fr_blind17", "make_gold_blind17.py"),
    ("fr_blind18", "make_gold_blind18.py"),
    ("fr_blind19", "make_gold_blind19.py"),
    ("fr_blind20", "make_gold_blind20.py"),
    ("fr_blind21", "make_gold_blind21.py"),
    ("fr_blind22", "make_gold_blind22.py"),
    ("fr_blind23", "make_gold_blind23.py"),
    ("fr_blind24", "make_gold_blind24.py"),
    ("fr_blind25", "make_gold_blind25.py"),
    ("fr_blind26", "make_gold_blind26.py"),
    ("fr_blind27", "make_gold_blind27.py"),
    ("fr_blind28", "make_gold_blind28.py"),
    ("fr_blind29", "make_gold_blind29.py"),
    ("fr_blind30", "make_gold_blind30.py"),
    ("fr_blind31", "make_gold_blind31.py"),
    ("fr_blind32", "make_gold_blind32.py"),
    ("fr_blind33", "make_gold_blind33.py"),
    ("fr_blind34", "make_gold_blind34.py"),
    ("fr_blind35", "make_gold_blind35.py"),
    ("fr_blind36", "make_gold_blind36.py"),
    ("fr_blind37", "make_gold_blind37.py"),
    ("fr_blind38", "make_gold_blind38.py"),
    ("fr_blind39", "make_gold_blind39.py"),
    ("fr_blind40", "make_gold_blind40.py"),
    ("fr_blind41", "make_gold_blind41.py"),
    ("fr_blind42", "make_gold_blind42.py"),
    ("fr_blind43", "make_gold_blind43.py"),
    ("fr_blind44", "make_gold_blind44.py"),
    ("fr_blind45", "make_gold_blind45.py"),
    ("fr_blind46", "make_gold_blind46.py"),
    ("fr_blind47", "make_gold_blind47.py"),
    ("fr_blind48", "make_gold_blind48.py"),
    ("fr_blind49", "make_gold_blind49.py"),
    ("fr_blind50", "make_gold_blind50.py"),
    ("fr_blind51", "make_gold_blind51.py"),
    ("fr_blind52", "make_gold_blind52.py"),
    ("fr_blind53", "make_gold_blind53.py"),
    ("fr_blind54", "make_gold_blind54.py"),
    ("fr_blind55", "make_gold_blind55.py"),
    ("fr_blind56", "make_gold_blind56.py"),
    ("fr_blind57", "make_gold_blind57.py"),
    ("fr_blind58", "make_gold_blind58.py"),
    ("fr_blind59", "make_gold_blind59.py"),
    ("fr_blind60", "make_gold_blind60.py"),
    ("fr_blind61", "make_gold_blind61.py"),
    ("fr_blind62", "make_gold_blind62.py"),
    ("fr_blind63", "make_gold_blind63.py"),
    ("fr_blind64", "make_gold_blind64.py"),
    ("fr_blind65", "make_gold_blind65.py"),
    ("fr_blind66", "make_gold_blind66.py"),
    ("fr_blind67", "make_gold_blind67.py"),
    ("fr_blind68", "make_gold_blind68.py"),
    ("fr_blind69", "make_gold_blind69.py"),
    ("fr_blind70", "make_gold_blind70.py"),
    ("fr_blind71", "make_gold_blind71.py"),
    ("fr_blind72", "make_gold_blind72.py"),
    ("fr_blind73", "make_gold_blind73.py"),
    ("fr_blind74", "make_gold_blind74.py"),
    ("fr_blind75", "make_gold_blind75.py"),
    ("fr_blind76", "make_gold_blind76.py"),
    ("fr_blind77", "make_gold_blind77.py"),
    ("fr_blind78", "make_gold_blind78.py"),
    ("fr_blind79", "make_gold_blind79.py"),
    ("fr_blind80", "make_gold_blind80.py"),
    ("fr_blind81", "make_gold_blind81.py"),
    ("fr_blind82", "make_gold_blind82.py"),
    ("fr_blind83", "make_gold_blind83.py"),
    ("fr_blind84", "make_gold_blind84.py"),
    ("fr_blind85", "make_gold_blind85.py"),
    ("fr_blind86", "make_gold_blind86.py"),
    ("fr_blind87", "make_gold_blind87.py"),
    ("fr_blind88", "make_gold_blind88.py"),
    ("fr_blind89", "make_gold_blind89.py"),
    ("fr_blind90", "make_gold_blind90.py"),
    ("fr_blind91", "make_gold_blind91.py"),
    ("fr_blind92", "make_gold_blind92.py"),
    ("fr_blind93", "make_gold_blind93.py"),
    ("fr_blind94", "make_gold_blind94.py"),
    ("fr_blind95", "make_gold_blind95.py"),
    ("fr_blind96", "make_gold_blind96.py"),
    ("fr_blind97", "make_gold_blind97.py"),
    ("fr_blind98", "make_gold_blind98.py"),
    ("fr_blind99", "make_gold_blind99.py"),
    ("fr_blind100", "make_gold_blind100.py"),
    ("fr_blind101", "make_gold_blind101.py"),
    ("fr_blind102", "make_gold_blind102.py"),
    ("fr_blind103", "make_gold_blind103.py"),
    ("fr_blind104", "make_gold_blind104.py"),
    ("fr_blind105", "make_gold_blind105.py"),
    ("fr_blind106", "make_gold_blind106.py"),
    ("fr_blind107", "make_gold_blind107.py"),
    ("fr_blind108", "make_gold_blind108.py"),
    ("fr_blind109", "make_gold_blind109.py"),
    ("fr_blind110", "make_gold_blind110.py"),
    ("fr_blind111", "make_gold_blind111.py"),
    ("fr_blind112", "make_gold_blind112.py"),
    ("fr_blind113", "make_gold_blind113.py"),
    ("fr_blind114", "make_gold_blind114.py"),
    ("fr_blind115", "make_gold_blind115.py"),
    ("fr_blind116", "make_gold_blind116.py"),
    ("fr_blind117", "make_gold_blind117.py"),
    ("fr_blind118", "make_gold_blind118.py"),
    ("fr_blind119", "make_gold_blind119.py"),
    ("fr_blind120", "make_gold_blind120.py"),
    ("fr_blind121", "make_gold_blind121.py"),
    ("fr_blind122", "make_gold_blind122.py"),
    ("fr_blind123", "make_gold_blind123.py"),
    ("fr_blind124", "make_gold_blind124.py"),
    ("fr_blind125", "make_gold_blind125.py"),
    ("fr_blind126", "make_gold_blind126.py"),
    ("fr_blind127", "make_gold_blind127.py"),
    ("fr_blind128", "make_gold_blind128.py"),
    ("fr_blind129", "make_gold_blind129.py"),
    ("fr_blind130", "make_gold_blind130.py"),
    ("fr_blind131", "make_gold_blind131.py"),
    ("fr_blind132", "make_gold_blind132.py"),
    ("fr_blind133", "make_gold_blind133.py"),
    ("fr_blind134", "make_gold_blind134.py"),
    ("fr_blind135", "make_gold_blind135.py"),
    ("fr_blind136", "make_gold_blind136.py"),
    ("fr_blind137", "make_gold_blind137.py"),
    ("fr_blind138", "make_gold_blind138.py"),
    ("fr_blind139", "make_gold_blind139.py"),
    ("fr_blind140", "make_gold_blind140.py"),
    ("fr_blind141", "make_gold_blind141.py"),
    ("fr_blind142", "make_gold_blind142.py"),
    ("fr_blind143", "make_gold_blind143.py"),
    ("fr_blind144", "make_gold_blind144.py"),
    ("fr_blind145", "make_gold_blind145.py"),
    ("fr_blind146", "make_gold_blind146.py"),
    ("fr_blind147", "make_gold_blind147.py"),
    ("fr_blind148", "make_gold_blind148.py"),
    ("fr_blind149", "make_gold_blind149.py"),
    ("fr_blind150", "make_gold_blind150.py"),
    ("fr_blind151", "make_gold_blind151.py"),
    ("fr_blind152", "make_gold_blind152.py"),
    ("fr_blind153", "make_gold_blind153.py"),
    ("fr_blind154", "make_gold_blind154.py"),
    ("fr_blind155", "make_gold_blind155.py"),
    ("fr_blind156", "make_gold_blind156.py"),
    ("fr_blind157", "make_gold_blind157.py"),
    ("fr_blind158", "make_gold_blind158.py"),
    ("fr_blind159", "make_gold_blind159.py"),
    ("fr_blind160", "make_gold_blind160.py"),
    ("fr_blind161", "make_gold_blind161.py"),
    ("fr_blind162", "make_gold_blind162.py"),
    ("fr_blind163", "make_gold_blind163.py"),
    ("fr_blind164", "make_gold_blind164.py"),
    ("fr_blind165", "make_gold_blind165.py"),
    ("fr_blind166", "make_gold_blind166.py"),
    ("fr_blind167", "make_gold_blind167.py"),
    ("fr_blind168", "make_gold_blind168.py"),
    ("fr_blind169", "make_gold_blind169.py"),
    ("fr_blind170", "make_gold_blind170.py"),
    ("fr_blind171", "make_gold_blind171.py"),
    ("fr_blind172", "make_gold_blind172.py"),
    ("fr_blind173", "make_gold_blind173.py"),
    ("fr_blind174", "make_gold_blind174.py"),
    ("fr_blind175", "make_gold_blind175.py"),
    ("fr_blind176", "make_gold_blind176.py"),
    ("fr_blind177", "make_gold_blind177.py"),
    ("fr_blind178", "make_gold_blind178.py"),
    ("fr_blind179", "make_gold_blind179.py"),
    ("fr_blind180", "make_gold_blind180.py"),
    ("fr_blind181", "make_gold_blind181.py"),
    ("fr_blind182", "make_gold_blind182.py"),
    ("fr_blind183", "make_gold_blind183.py"),
    ("fr_blind184", "make_gold_blind184.py"),
    ("fr_blind185", "make_gold_blind185.py"),
    ("fr_blind186", "make_gold_blind186.py"),
    ("fr_blind187", "make_gold_blind187.py"),
    ("fr_blind188", "make_gold_blind188.py"),
    ("fr_blind189", "make_gold_blind189.py"),
    ("fr_blind190", "make_gold_blind190.py"),
    ("fr_blind191", "make_gold_blind191.py"),
    ("fr_blind192", "make_gold_blind192.py"),
    ("fr_blind193", "make_gold_blind193.py"),
    ("fr_blind194", "make_gold_blind194.py"),
    ("fr_blind195", "make_gold_blind195.py"),
    ("fr_blind196", "make_gold_blind196.py"),
    ("fr_blind197", "make_gold_blind197.py"),
    ("fr_blind198", "make_gold_blind198.py"),
    ("fr_blind199", "make_gold_blind199.py"),
    ("fr_blind200", "make_gold_blind200.py"),
    ("fr_blind201", "make_gold_blind201.py"),
    ("fr_blind202", "make_gold_blind202.py"),
    ("fr_blind203", "make_gold_blind203.py"),
    ("fr_blind204", "make_gold_blind204.py"),
    ("fr_blind205", "make_gold_blind205.py"),
    ("fr_blind206", "make_gold_blind206.py"),
    ("fr_blind207", "make_gold_blind207.py"),
    ("fr_blind208", "make_gold_blind208.py"),
    ("fr_blind209", "make_gold_blind209.py"),
    ("fr_blind210", "make_gold_blind210.py"),
    ("fr_blind211", "make_gold_blind211.py"),
    ("fr_blind212", "make_gold_blind212.py"),
    ("fr_blind213", "make_gold_blind213.py"),
    ("fr_blind214", "make_gold_blind214.py"),
    ("fr_blind215", "make_gold_blind215.py"),
    ("fr_blind216", "make_gold_blind216.py"),
    ("fr_blind217", "make_gold_blind217.py"),
    ("fr_blind218", "make_gold_blind218.py"),
    ("fr_blind219", "make_gold_blind219.py"),
    ("fr_blind220", "make_gold_blind220.py"),
    ("fr_blind221", "make_gold_blind221.py"),
    ("fr_blind222", "make_gold_blind222.py"),
    ("fr_blind223", "make_gold_blind223.py"),
    ("fr_blind224", "make_gold_blind224.py"),
    ("fr_blind225", "make_gold_blind225.py"),
    ("fr_blind226", "make_gold_blind226.py"),
    ("fr_blind227", "make_gold_blind227.py"),
    ("fr_blind228", "make_gold_blind228.py"),
    ("fr_blind229", "make_gold_blind229.py"),
    ("fr_blind230", "make_gold_blind230.py"),
    ("fr_blind231", "make_gold_blind231.py"),
    ("fr_blind232", "make_gold_blind232.py"),
    ("fr_blind233", "make_gold_blind233.py"),
    ("fr_blind234", "make_gold_blind234.py"),
    ("fr_blind235", "make_gold_blind235.py"),
    ("fr_blind236", "make_gold_blind236.py"),
    ("fr_blind237", "make_gold_blind237.py"),
    ("fr_blind238", "make_gold_blind238.py"),
    ("fr_blind239", "make_gold_blind239.py"),
    ("fr_blind240", "make_gold_blind240.py"),
    ("fr_blind241", "make_gold_blind241.py"),
    ("fr_blind242", "make_gold_blind242.py"),
    ("fr_blind243", "make_gold_blind243.py"),
    ("fr_blind244", "make_gold_blind244.py"),
    ("fr_blind245", "make_gold_blind245.py"),
    ("fr_blind246", "make_gold_blind246.py"),
    ("fr_blind247", "make_gold_blind247.py"),
    ("fr_blind248", "make_gold_blind248.py"),
    ("fr_blind249", "make_gold_blind249.py"),
    ("fr_blind250", "make_gold_blind250.py"),
    ("fr_blind251", "make_gold_blind251.py"),
    ("fr_blind252", "make_gold_blind252.py"),
    ("fr_blind253", "make_gold_blind253.py"),
    ("fr_blind254", "make_gold_blind254.py"),
    ("fr_blind255", "make_gold_blind255.py"),
    ("fr_blind256", "make_gold_blind256.py"),
    ("fr_blind257", "make_gold_blind257.py"),
    ("fr_blind258", "make_gold_blind258.py"),
    ("fr_blind259", "make_gold_blind259.py"),
    ("fr_blind260", "make_gold_blind260.py"),
    ("fr_blind261", "make_gold_blind261.py"),
    ("fr_blind262", "make_gold_blind262.py"),
    ("fr_blind263", "make_gold_blind263.py"),
    ("fr_blind264", "make_gold_blind264.py"),
    ("fr_blind265", "make_gold_blind265.py"),
    ("fr_blind266", "make_gold_blind266.py"),
    ("fr_blind267", "make_gold_blind267.py"),
    ("fr_blind268", "make_gold_blind268.py"),
    ("fr_blind269", "make_gold_blind269.py"),
    ("fr_blind270", "make_gold_blind270.py"),
    ("fr_blind271", "make_gold_blind271.py"),
    ("fr_blind272", "make_gold_blind272.py"),
    ("fr_blind273", "make_gold_blind273.py"),
    ("fr_blind274", "make_gold_blind274.py"),
    ("fr_blind275", "make_gold_blind275.py"),
    ("fr_blind276", "make_gold_blind276.py"),
    ("fr_blind277", "make_gold_blind277.py"),
    ("fr_blind278", "make_gold_blind278.py"),
    ("fr_blind279", "make_gold_blind279.py"),
    ("fr_blind280", "make_gold_blind280.py"),
    ("fr_blind281", "make_gold_blind281.py"),
    ("fr_blind282", "make_gold_blind282.py"),
    ("fr_blind283", "make_gold_blind283.py"),
    ("fr_blind284", "make_gold_blind284.py"),
    ("fr_blind285", "make_gold_blind285.py"),
    ("fr_blind286", "make_gold_blind286.py"),
    ("fr_blind287", "make_gold_blind287.py"),
    ("fr_blind288", "make_gold_blind288.py"),
    ("fr_blind289", "make_gold_blind289.py"),
    ("fr_blind290", "make_gold_blind290.py"),
    ("fr_blind291", "make_gold_blind291.py"),
    ("fr_blind292", "make_gold_blind292.py"),
    ("fr_blind293", "make_gold_blind293.py"),
    ("fr_blind294", "make_gold_blind294.py"),
    ("fr_blind295", "make_gold_blind295.py"),
    ("fr_blind296", "make_gold_blind296.py"),
    ("fr_blind297", "make_gold_blind297.py"),
    ("fr_blind298", "make_gold_blind298.py"),
    ("fr_blind299", "make_gold_blind299.py"),
    ("fr_blind300", "make_gold_blind300.py"),
    ("fr_blind301", "make_gold_blind301.py"),
    ("fr_blind302", "make_gold_blind302.py"),
    ("fr_blind303", "make_gold_blind303.py"),
    ("fr_blind304", "make_gold_blind304.py"),
    ("fr_blind305", "make_gold_blind305.py"),
    ("fr_blind306", "make_gold_blind306.py"),
    ("fr_blind307", "make_gold_blind307.py"),
    ("fr_blind308", "make_gold_blind308.py"),
    ("fr_blind309", "make_gold_blind309.py"),
    ("fr_blind310", "make_gold_blind310.py"),
    ("fr_blind311", "make_gold_blind311.py"),
    ("fr_blind312", "make_gold_blind312.py"),
    ("fr_blind313", "make_gold_blind313.py"),
    ("fr_blind314", "make_gold_blind314.py"),
    ("fr_blind315", "make_gold_blind315.py"),
    ("fr_blind316", "make_gold_blind316.py"),
    ("fr_blind317", "make_gold_blind317.py"),
    ("fr_blind318", "make_gold_blind318.py"),
    ("fr_blind319", "make_gold_blind319.py"),
    ("fr_blind320", "make_gold_blind320.py"),
    ("fr_blind321", "make_gold_blind321.py"),
    ("fr_blind322", "make_gold_blind322.py"),
    ("fr_blind323", "make_gold_blind323.py"),
    ("fr_blind324", "make_gold_blind324.py"),
    ("fr_blind325", "make_gold_blind325.py"),
    ("fr_blind326", "make_gold_blind326.py"),
    ("fr_blind327", "make_gold_blind327.py"),
    ("fr_blind328", "make_gold_blind328.py"),
    ("fr_blind329", "make_gold_blind329.py"),
    ("fr_blind330", "make_gold_blind330.py"),
    ("fr_blind331", "make_gold_blind331.py"),
    ("fr_blind332", "make_gold_blind332.py"),
    ("fr_blind333", "make_gold_blind333.py"),
    ("fr_blind334", "make_gold_blind334.py"),
    ("fr_blind335", "make_gold_blind335.py"),
    ("fr_blind336", "make_gold_blind336.py"),
    ("fr_blind337", "make_gold_blind337.py"),
    ("fr_blind338", "make_gold_blind338.py"),
    ("fr_blind339", "make_gold_blind339.py"),
    ("fr_blind340", "make_gold_blind340.py"),
    ("fr_blind341", "make_gold_blind341.py"),
    ("fr_blind342", "make_gold_blind342.py"),
    ("fr_blind343", "make_gold_blind343.py"),
    ("fr_blind344", "make_gold_blind344.py"),
    ("fr_blind345", "make_gold_blind345.py"),
    ("fr_blind346", "make_gold_blind346.py"),
    ("fr_blind347", "make_gold_blind347.py"),
    ("fr_blind348", "make_gold_blind348.py"),
    ("fr_blind349", "make_gold_blind349.py"),
    ("fr_blind350", "make_gold_blind350.py"),
    ("fr_blind351", "make_gold_blind351.py"),
    ("fr_blind352", "make_gold_blind352.py"),
    ("fr_blind353", "make_gold_blind353.py"),
    ("fr_blind354", "make_gold_blind354.py"),
    ("fr_blind355", "make_gold_blind355.py"),
    ("fr_blind356", "make_gold_blind356.py"),
    ("fr_blind357", "make_gold_blind357.py"),
    ("fr_blind358", "make_gold_blind358.py"),
    ("fr_blind359", "make_gold_blind359.py"),
    ("fr_blind360", "make_gold_blind360.py"),
    ("fr_blind361", "make_gold_blind361.py"),
    ("fr_blind362", "make_gold_blind362.py"),
    ("fr_blind363", "make_gold_blind363.py"),
    ("fr_blind364", "make_gold_blind364.py"),
    ("fr_blind365", "make_gold_blind365.py"),
    ("fr_blind366", "make_gold_blind366.py"),
    ("fr_blind367", "make_gold_blind367.py"),
    ("fr_blind368", "make_gold_blind368.py"),
    ("fr_blind369", "make_gold_blind369.py"),
])
def test_french_evaluation_sets_are_what_their_builders_make(folder: str, script: str) -> None:
    path = FR.parent / folder / script
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0, f"run tests/fixtures/{folder}/{script}"


def test_french_gold_offsets_match_the_article_files(golds: list[Doc]) -> None:
    assert len(golds) >= 7
    for doc in golds:
        assert doc["text"] == (FR / doc["id"].split("/", 1)[1]).read_text(encoding="utf-8")
        for quote in doc["quotes"]:
            assert doc["text"][quote["start"] : quote["end"]] == quote["text"]
            assert quote["speaker"] is None or quote["speaker"] in doc["speakers"]


def test_french_gold_covers_six_house_styles_and_an_english_article(golds: list[Doc]) -> None:
    styles = {d["style"] for d in golds if d["language"] == "fr"}
    assert styles == {"wire", "politics", "quebec", "swiss", "belgian", "radio"}
    assert [d["language"] for d in golds].count("en") == 1


# --- every convention of the issue is annotated at least once ------------------------------


def _opened_by(doc: Doc, quote: Doc, padding: str) -> bool:
    return doc["text"][: quote["start"]].endswith("«" + padding)


def _closed_by(doc: Doc, quote: Doc, padding: str) -> bool:
    return doc["text"][quote["end"] :].lstrip(",").startswith(padding + "»")


def _split_inside(doc: Doc, a: Doc, b: Doc) -> bool:
    """Two parts of one quote in one paragraph, broken by an inverted cue inside the marks."""
    between = fold(doc["text"][a["end"] : b["start"]])
    return (
        paragraph(doc, a) == paragraph(doc, b)
        and "»" not in between
        and re.search(r"-t-(?:il|elle) \w+", between) is not None
    )


def _groups(doc: Doc) -> list[list[Doc]]:
    by_group: dict[str, list[Doc]] = {}
    for quote in doc["quotes"]:
        if quote.get("group"):
            by_group.setdefault(quote["group"], []).append(quote)
    return list(by_group.values())


def _multi_paragraph(doc: Doc, parts: list[Doc]) -> bool:
    paragraphs = {paragraph(doc, q) for q in parts}
    return len(paragraphs) == len(parts) > 1 and all(
        _opened_by(doc, q, "\u00a0") or _opened_by(doc, q, "\u202f") or _opened_by(doc, q, "")
        for q in parts
    )


def _cues(golds: list[Doc]) -> set[str]:
    return {fold(q["cue"]) for _, q in quotes(golds) if q["cue"]}


def _mentions(golds: list[Doc]) -> set[str]:
    return {fold(q["mention"]).casefold() for _, q in quotes(golds) if q["mention"]}


CONVENTIONS: dict[str, Callable[[list[Doc]], bool]] = {
    "« » with no-break spaces inside": lambda g: any(
        _opened_by(d, q, "\u00a0") and _closed_by(d, q, "\u00a0")
        for d, q in quotes(g)
    ),
    "« » with narrow no-break spaces inside": lambda g: any(
        _opened_by(d, q, "\u202f") and _closed_by(d, q, "\u202f")
        for d, q in quotes(g)
    ),
    "nested “ ” inside « »": lambda g: any(
        q.get("nested") and before(d, q).endswith("“") and "«" in d["text"][: q["start"]]
        for d, q in quotes(g)
    ),
    "a multi-paragraph quote reopened with « at each paragraph": lambda g: any(
        _multi_paragraph(d, parts) for d in g if d["language"] == "fr" for parts in _groups(d)
    ),
    "an inverted cue inside the quote (« A, a-t-elle ajouté. B »)": lambda g: any(
        _split_inside(d, parts[0], parts[1])
        for d in g
        if d["language"] == "fr"
        for parts in _groups(d)
        if len(parts) == 2 and _opened_by(d, parts[0], "\u00a0")
    ),
    "an inverted cue after the quote (« … », estime-t-il)": lambda g: any(
        re.match(r"\s?», \w+-t-(?:il|elle)\b", after(d, q)) for d, q in quotes(g)
    ),
    "selon X": lambda g: any(
        q["cue"] == "Selon" and before(d, q).startswith(("Selon", " ")) for d, q in quotes(g)
    ),
    "d'après X": lambda g: "D'après" in _cues(g),
    "pour X,": lambda g: any(
        q["cue"] == "Pour" and re.search(r"Pour [^,]+, $", before(d, q)) for d, q in quotes(g)
    ),
    "X s'est dit « … »": lambda g: any(
        q["cue"] == "s'est dit" and before(d, q).endswith("s'est dit « ") for d, q in quotes(g)
    ),
    "passé composé cues": lambda g: {
        "a déclaré", "a-t-il martelé", "a plaidé", "a requis", "a ironisé"
    } <= _cues(g),
    "indirect speech with que": lambda g: any(
        q["type"] == "indirect" and before(d, q).endswith(" que ") for d, q in quotes(g)
    ),
    "indirect speech with qu'": lambda g: any(
        q["type"] == "indirect" and before(d, q).endswith(" qu'") for d, q in quotes(g)
    ),
    "em-dash dialogue": lambda g: any(
        before(d, q) == "— " and q["type"] == "direct" for d, q in quotes(g)
    ),
    "transcript labels JOURNALISTE :, DUPONT :, Question :": lambda g: all(
        any(q["mention"] == label and before(d, q) in (label + " : ", label + ": ")
            for d, q in quotes(g))
        for label in ("JOURNALISTE", "DUPONT", "Question")
    ),
    "M., Mme and Me never in the name": lambda g: all(
        any(q["mention"].startswith(title + " ") and not q["speaker"].startswith(title)
            for _, q in quotes(g) if q["mention"] and q["speaker"])
        for title in ("M.", "Mme", "Me")
    ),
    "la ministre du travail, Claire Aubert (role ministre du travail)": lambda g: any(
        "La ministre du travail, Claire Aubert" in d["text"]
        and d["speakers"]["Claire Aubert"]["role"] == "ministre du travail"
        for d in g
        if d["language"] == "fr" and "Claire Aubert" in d["speakers"]
    ),
    "le directeur financier Marc Dubuis": lambda g: any(
        q["mention"] == "le directeur financier Marc Dubuis"
        and q["speaker"] == "Marc Dubuis"
        and d["speakers"]["Marc Dubuis"]["role"] == "directeur financier"
        for d, q in quotes(g)
    ),
    "descriptions and group nouns as mentions": lambda g: {
        "la diplomate", "l'ambassadrice", "le prévenu", "l'élu",
        "le groupe", "l'entreprise", "le syndicat",
    } <= _mentions(g),
    "il, elle, ils, elles as mentions": lambda g: {"il", "elle", "ils", "elles"} <= _mentions(g),
    "gender from agreement (Interrogée, elle ...)": lambda g: any(
        q["mention"] == "elle"
        and fold(d["text"][paragraph(d, q)[0] :]).startswith("Interrogée")
        and d["speakers"][q["speaker"]]["gender"] == "female"
        for d, q in quotes(g)
    ),
    "une source proche de … as a descriptive speaker": lambda g: any(
        q["speaker"].startswith("une source proche de")
        and d["speakers"][q["speaker"]].get("descriptive")
        for d, q in quotes(g)
        if q["speaker"]
    ),
    "Claire Aubert in an English article too": lambda g: any(
        "Claire Aubert" in d["speakers"] and any(q["speaker"] == "Claire Aubert"
                                                 for q in d["quotes"])
        for d in g
        if d["language"] == "en"
    ),
}


@pytest.mark.parametrize("convention", list(CONVENTIONS))
def test_french_gold_annotates_convention(golds: list[Doc], convention: str) -> None:
    assert CONVENTIONS[convention](golds), f"no gold quote shows: {convention}"


# --- scoring French names --------------------------------------------------------------------


def test_french_determiners_are_dropped_only_for_french_gold() -> None:
    for name, bare in [
        ("la diplomate", "diplomate"),
        ("L\u2019ambassadrice", "ambassadrice"),
        ("l'élu", "élu"),
        ("Les  députés écologistes", "députés écologistes"),
        ("une source proche de la ministre", "source proche de la ministre"),
        ("des syndicats", "syndicats"),
        ("le ministère des affaires étrangères", "ministère des affaires étrangères"),
    ]:
        assert _norm(name, "fr") == bare
        assert _norm(name) == _norm(name, "en") != bare  # English keeps the French article
    assert _norm("the diplomat", "fr") == "the diplomat"
    assert _norm("lac Léman", "fr") == "lac léman"  # "l" is a determiner only when elided


def test_french_proper_name_aliases_skip_french_articles() -> None:
    assert _proper("L'Union syndicale du travail", "fr")
    assert _proper("l'UST", "fr")
    assert not _proper("Le syndicat", "fr")
    assert not _proper("L'entreprise", "fr")
    assert _proper("Le syndicat")  # English rules: "Le" is a capitalised word


def _gold_as_predictions(
    golds: list[Doc], name: Callable[[Doc, Doc], str | None]
) -> dict[str, Doc]:
    out: dict[str, Doc] = {}
    for doc in golds:
        preds = []
        for q in doc["quotes"]:
            if q.get("nested"):
                continue
            said = name(doc, q)
            speaker = None if said is None else {"name": said, "start": None, "end": None}
            preds.append({"start": q["start"], "end": q["end"], "speaker": speaker})
        out[doc["id"]] = {"id": doc["id"], "quotes": preds}
    return out


def test_evaluate_gives_full_marks_to_the_gold_itself(golds: list[Doc]) -> None:
    preds = _gold_as_predictions(golds, lambda d, q: q["speaker"])
    for result in evaluate({d["id"]: d for d in golds}, preds):
        assert result.quote_F1 == result.speaker_acc == result.attribution_F1 == 1.0


def test_evaluate_accepts_a_french_name_with_its_determiner(golds: list[Doc]) -> None:
    """A prediction naming "la diplomate" or "le ministère des affaires étrangères" is scored as
    the gold alias "diplomate"/canonical name; English gold is untouched by the French rules."""

    def with_article(doc: Doc, q: Doc) -> str | None:
        speaker = q["speaker"]
        if speaker is None or doc["language"] != "fr":
            return speaker
        if doc["speakers"][speaker].get("descriptive"):
            return "Le " + speaker.split(" ", 1)[1] if speaker.startswith("les ") else speaker
        return speaker

    french = {d["id"]: d for d in golds}
    preds = _gold_as_predictions(golds, with_article)
    assert all(r.speaker_acc == 1.0 for r in evaluate(french, preds))
    # the same gold without its language is scored with English rules: "Le députés" is wrong
    english = {k: {kk: vv for kk, vv in d.items() if kk != "language"} for k, d in french.items()}
    assert all(r.speaker_acc < 1.0 for r in evaluate(english, preds))
    assert all(r.speaker_acc == 1.0 for r in evaluate(english, preds, language="fr"))


def test_cli_evaluate_prints_numbers_for_french_gold(tmp_path: Path, golds: list[Doc]) -> None:
    preds = _gold_as_predictions(golds, lambda d, q: q["speaker"])
    path = tmp_path / "pred.jsonl"
    path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds.values()),
                    encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(FR_GOLD), "--predictions", str(path)])
    assert result.exit_code == 0, result.output
    assert "quote_F1=1.000" in result.output and "attribution_F1=1.000" in result.output


# --- the engine on the French gold: recorded against the bars --------------------------


@pytest.fixture(scope="module")
def engine_scores(golds: list[Doc]) -> dict[str, float]:
    """The default extraction (language detected, no ``lang``) of the French articles, scored."""
    french = {d["id"]: d for d in golds if d["language"] == "fr"}
    docs = [onrecord.Document(id=k, text=d["text"]) for k, d in french.items()]
    preds = {a.id: a.to_dict() for a in onrecord.extract_many(docs)}
    loose, strict = evaluate(french, preds)
    return {
        "quote_F1@0.3": loose.quote_F1,
        "quote_F1@0.8": strict.quote_F1,
        "speaker_acc@0.8": strict.speaker_acc,
        "attribution_F1@0.3": loose.attribution_F1,
    }


def test_cli_evaluate_extracts_and_scores_french_gold() -> None:
    result = CliRunner().invoke(cli, ["evaluate", str(FR_GOLD), "--json"])
    assert result.exit_code == 0, result.output
    numbers = json.loads(result.stdout)
    assert [r["threshold"] for r in numbers] == [0.3, 0.8]
    assert numbers[0]["gold"] == sum(
        1 for d in load_jsonl(FR_GOLD).values() for q in d["quotes"] if not q.get("nested")
    )


def test_engine_keeps_its_french_fixture_floors(
    engine_scores: dict[str, float], record_property: Callable[[str, object], None]
) -> None:
    for key, value in engine_scores.items():
        record_property(key, round(value, 3))
    shown = ", ".join(f"{k}={v:.3f}" for k, v in engine_scores.items())
    print(f"French fixtures: {shown}")
    below = [k for k, floor in FLOORS.items() if engine_scores[k] < floor]
    assert not below, f"below the bar on {below}: {shown}"
