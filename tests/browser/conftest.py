"""The web app in a real browser: ``onrecord serve``'s app on uvicorn in a thread, driven by
Playwright on Debian's Chromium (``/usr/bin/chromium``; Playwright's own browser download cannot
work offline). Without Chromium these tests skip with the reason, except in CI, where
``ONRECORD_REQUIRE_BROWSER=1`` makes a missing browser a failure. ``ONRECORD_CHROMIUM`` names
another Chromium binary.

One corpus, one browser and one server serve the whole session: the demo articles, reposts of
one of their quotes, a hostile article (tests/web_data.py), and articles written here whose
quotes are disputed (one reworded by an outlet, one credited to two different people)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from browser.browser_data import DISPUTED_ARTICLES
from browser.browsing import (
    CHROMIUM_ARGS,
    Server,
    Watch,
    chromium_path,
    open_page,
    serve,
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


# --- the corpus ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser_db(browser: Any, tmp_path_factory: pytest.TempPathFactory, nlp: Any) -> Path:
    """The demo articles, the reposts, the hostile article and the disputed quotes (built only
    once a browser is there to look at them: without Chromium the tests skip at once)."""
    from corpus_data import build_db
    from web_data import HOSTILE

    from onrecord import Corpus
    from onrecord.extraction.reading import Document

    db = build_db(tmp_path_factory.mktemp("browser"), nlp)
    with Corpus(db) as corpus:
        summary = corpus.ingest([Document(**HOSTILE)]
                                + [Document(**a) for a in DISPUTED_ARTICLES], nlp=nlp)
    assert summary.articles == 1 + len(DISPUTED_ARTICLES), summary.failures
    return db


@dataclass
class Ids:
    """What the tests open, found through the library (a test never guesses an id)."""

    repost_quote: int
    kellerman: int
    geneva_article: int
    hostile_article: int
    hostile_quotes: list[int]
    wording_quote: int
    attribution_quote: int
    counts: dict[str, int] = field(default_factory=dict)


@pytest.fixture(scope="session")
def ids(browser_db: Path) -> Ids:
    from corpus_data import QUOTE

    from onrecord import Corpus

    with Corpus(browser_db, read_only=True) as corpus:
        repost = corpus.search_page(f'"{QUOTE.rstrip(",")}"').hits[0]
        geneva = next(o.article_id for o in corpus.quote(repost.id).occurrences
                      if "wire_geneva" in (o.source or ""))
        hostile = corpus.article_view("hostile-1")
        wording = [d.quote_id for d in corpus.disputes("wording").items
                   if "breakwater" in d.text]
        attribution = [d.quote_id for d in corpus.disputes("attribution").items
                       if "library" in d.text]
        assert wording and attribution, "the corpus has no disputed wording or attribution"
        assert repost.speaker_id is not None
        return Ids(repost_quote=repost.id, kellerman=repost.speaker_id,
                   geneva_article=geneva, hostile_article=hostile.id,
                   hostile_quotes=[q for q in hostile.quote_ids if q is not None],
                   wording_quote=wording[0], attribution_quote=attribution[0],
                   counts=dict(corpus.counts()))


@pytest.fixture
def db_copy(browser_db: Path, tmp_path: Path) -> Path:
    """A copy of the session's corpus, for a test that writes to it."""
    copy = tmp_path / "copy.db"
    with sqlite3.connect(browser_db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    return copy


# --- the browser and the servers ---------------------------------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def server(browser_db: Path, nlp: Any) -> Iterator[Server]:
    """The app over the session's corpus."""
    with serve(browser_db, nlp) as running:
        yield running


@pytest.fixture
def watch() -> Watch:
    return Watch()


@pytest.fixture
def page(browser: Any, server: Server, watch: Watch) -> Iterator[Any]:
    """A fresh browser page on the session's server; JavaScript errors, CSP violations and
    dialogs fail the test (``watch`` records them as the test runs)."""
    context, page = open_page(browser, server.url, watch)
    yield page
    context.close()
    watch.check()


@pytest.fixture
def nojs_page(browser: Any, server: Server) -> Iterator[Any]:
    """A page with JavaScript turned off."""
    watch = Watch()
    context, page = open_page(browser, server.url, watch, java_script_enabled=False)
    yield page
    context.close()
    watch.check()
