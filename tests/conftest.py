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
