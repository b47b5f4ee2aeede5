"""Shared fixtures: one spaCy pipeline per test session, our own gold articles, and the path of
the shared evaluation data (which ships apart from the package and may be absent)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

import onrecord
from onrecord import Article

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FIXTURES = TESTS / "fixtures"
GOLD = FIXTURES / "gold.jsonl"
# The team's shared folder next to the repository: the seed article, PolNeAR and the reference
# scorer. Tests read it at test time only and skip when it is not there.
SHARED = ROOT.parent / "shared"


def need_shared(*parts: str) -> Path:
    """The path under ../shared, or skip the test when it is not present."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{'/'.join(parts)}: ../shared not present")
    return path


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The default pipeline, loaded once for the whole session."""
    return onrecord.load_model()


@pytest.fixture(scope="session")
def extract_text(nlp: Language) -> Callable[..., Article]:
    """``extract(text, **kwargs)`` with the session's pipeline."""

    def run(text: str, **kwargs: Any) -> Article:
        return onrecord.extract(text, nlp=nlp, **kwargs)

    return run


@pytest.fixture(scope="session")
def gold_articles() -> list[dict[str, Any]]:
    """Our own annotated articles (tests/fixtures/gold.jsonl, built by make_gold.py)."""
    with GOLD.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def mended_entities(text: str, language: str, tagged: dict[str, str]) -> list[tuple[str, str]]:
    """The entities the engine makes of ``text`` where the language's default pipeline tagged
    only ``tagged`` (words and the label it gave them; none at all for ``{}``): the small taggers
    label the same words differently from one text to the next, so the entity mender is tested
    on the labels an article's tagging gave."""
    from spacy.tokens import Span

    from onrecord.extraction.entities import normalise_entity_labels
    from onrecord.extraction.language import LANGUAGE_MODELS
    from onrecord.extraction.pipeline import load_model
    from onrecord.lexicon import using_language

    with using_language(language):
        nlp = load_model(LANGUAGE_MODELS[language])
        doc = nlp(text)
        spans = []
        for words, label in tagged.items():
            size = len(nlp.tokenizer(words))
            start = next(t.i for t in doc if doc[t.i : t.i + size].text == words)
            spans.append(Span(doc, start, start + size, label=label))
        doc.ents = sorted(spans, key=lambda span: span.start)
        normalise_entity_labels([doc])
    return [(e.text, e.label_) for e in doc.ents]
