"""The attribute ruler that looks its patterns up (onrecord.extraction.attributes) sets exactly
what spaCy's sets, on our own English and French articles, and stays a spaCy ruler otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

import onrecord
from onrecord.extraction.attributes import IndexedAttributeRuler
from onrecord.extraction.language import LANGUAGE_MODELS

FIXTURES = Path(__file__).resolve().parent / "fixtures"
LANGUAGES = {"en": sorted((FIXTURES / "articles").glob("*.txt")),
             "fr": sorted((FIXTURES / "fr").glob("*.txt"))}


def _before_ruler(nlp: Language, text: str) -> Doc:
    """``text`` as the pipeline leaves it just before its attribute ruler."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "attribute_ruler":
            return doc
        doc = proc(doc)
    raise AssertionError("the pipeline has no attribute ruler")


def _annotations(doc: Doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]


def _spacys(ruler: AttributeRuler) -> AttributeRuler:
    plain = AttributeRuler(ruler.vocab)
    plain.add_patterns(ruler.patterns)
    return plain


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_the_loaded_pipeline_sets_what_spacys_ruler_sets(lang: str) -> None:
    nlp = onrecord.load_model(LANGUAGE_MODELS[lang])
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, IndexedAttributeRuler)
    plain = _spacys(ruler)
    assert LANGUAGES[lang], f"no fixture articles for {lang}"
    for path in LANGUAGES[lang]:
        parsed = _before_ruler(nlp, path.read_text(encoding="utf-8"))
        ours, theirs = ruler(parsed.copy()), plain(parsed.copy())
        assert _annotations(ours) == _annotations(theirs), path.name
    sample = ruler(_before_ruler(nlp, LANGUAGES[lang][0].read_text(encoding="utf-8")))
    assert any(t.pos_ for t in sample), "the ruler set no part of speech"


def test_english_exceptions_are_applied_after_the_tag_map(nlp: Language) -> None:
    # The tag map makes every PRP a plain pronoun; the exceptions after it give "him" its case
    # and gender, "'d" its lemma: a later pattern wins.
    doc = nlp("Marta said they'd told him.")
    him = next(t for t in doc if t.text == "him")
    assert him.pos_ == "PRON" and "Case=Acc" in str(him.morph) and "Gender=Masc" in str(him.morph)
    would = next(t for t in doc if t.text == "'d")
    assert would.lemma_ == "would"


def test_a_pattern_beyond_the_lookup_falls_back_on_spacys_matcher(nlp: Language) -> None:
    text = "The very very old bridge was closed."
    pattern = [{"LOWER": "very", "OP": "+"}, {"LOWER": "old"}]
    ruler = IndexedAttributeRuler(nlp.vocab)
    ruler.add([pattern], {"TAG": "RB", "POS": "ADV"}, index=-1)
    plain = AttributeRuler(nlp.vocab)
    plain.add([pattern], {"TAG": "RB", "POS": "ADV"}, index=-1)
    ours, theirs = ruler(nlp.make_doc(text)), plain(nlp.make_doc(text))
    assert _annotations(ours) == _annotations(theirs)
    assert ours[3].pos_ == "ADV"


def test_a_pattern_added_later_is_looked_up_too(nlp: Language) -> None:
    ruler = IndexedAttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "quorble"}]], {"POS": "NOUN"})
    assert ruler(nlp.make_doc("A quorble, a zibbet."))[1].pos_ == "NOUN"
    ruler.add([[{"LOWER": "zibbet"}, {"ORTH": "."}]], {"POS": "PROPN"})
    doc = ruler(nlp.make_doc("A quorble, a zibbet."))
    assert (doc[1].pos_, doc[4].pos_) == ("NOUN", "PROPN")


def test_the_ruler_is_saved_and_loaded_as_spacys(nlp: Language) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    plain = AttributeRuler(nlp.vocab).from_bytes(ruler.to_bytes())
    assert plain.patterns == ruler.patterns
    assert nlp.config["components"]["attribute_ruler"]["factory"] == "attribute_ruler"
