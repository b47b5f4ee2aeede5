"""The Extract page as a person uses it: paste an article, read the quotes it finds, check that
nothing was stored, then ask for it to be stored and find it in the corpus."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from browser.browser_data import PASTED, PASTED_SEARCH, PASTED_SPEAKERS, PASTED_TITLE
from browser.browsing import Watch, open_page, screenshot, serve


@pytest.fixture
def writable(browser: Any, db_copy: Path, nlp: Any, watch: Watch) -> Iterator[Any]:
    """A page on a server of its own, over a copy of the corpus this test may write to."""
    with serve(db_copy, nlp) as server:
        context, page = open_page(browser, server.url, watch)
        yield page
        context.close()
    watch.check()


def paste(page: Any, store: bool) -> None:
    page.get_by_test_id("nav-extract").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Extract quotes from an article")
    page.get_by_label("Article text").fill(PASTED)
    page.get_by_text("Article details (optional)").click()
    page.get_by_label("Title").fill(PASTED_TITLE)
    page.get_by_label("Outlet").fill("Tarnby Gazette")
    page.get_by_label("Date").fill("2024-03-20")
    store_box = page.get_by_test_id("extract-store")
    expect(store_box).not_to_be_checked()  # nothing is stored unless asked
    if store:
        store_box.check()
    page.get_by_test_id("extract-submit").click()


def search_finds(page: Any, words: str) -> int:
    page.locator("#quick-q").fill(words)
    page.locator("#quick-q").press("Enter")
    expect(page.get_by_test_id("result-count")).to_be_visible()
    return int(page.get_by_test_id("hit").count())


def test_extract_shows_the_quotes_stores_nothing_then_stores_when_asked(
        writable: Any, ids: Any) -> None:
    page = writable
    page.goto("/")
    paste(page, store=False)

    article = page.get_by_test_id("article")
    expect(page.get_by_test_id("article-title")).to_have_text(PASTED_TITLE)
    expect(article.locator(".meta")).to_contain_text("not stored")
    expect(page.get_by_test_id("extract-stored")).to_have_count(0)
    expect(page.get_by_label("Article text")).to_have_value(PASTED)  # the form keeps the text
    marks = page.get_by_test_id("quote-mark")
    assert marks.count() >= 4
    legend = page.get_by_test_id("legend")
    cards = page.get_by_test_id("card")
    for speaker in PASTED_SPEAKERS:
        expect(legend).to_contain_text(speaker)
        expect(cards.filter(has_text=speaker).first).to_be_visible()
    bottle = marks.filter(has_text="proud of every bottle")
    expect(bottle).to_have_count(1)
    assert re.fullmatch(r"q sp\d+", bottle.get_attribute("class") or "")
    bottle.scroll_into_view_if_needed()
    bottle.click()
    card = page.get_by_test_id("popcard")
    expect(card).to_contain_text("Selma Oukrid")
    expect(card).to_contain_text(re.compile(r"direct · confidence \d\.\d\d"))
    # The picture: the bottom of the form, the result under it, the card open.
    page.evaluate("window.scrollTo(0, document.querySelector('[data-testid=extract-store]')"
                  ".getBoundingClientRect().top + window.scrollY - 40)")
    bottle.click()
    bottle.click()  # closed, then open again where the quote now is
    expect(card).to_be_visible()
    screenshot(page, "extract")

    # Nothing was stored: the corpus has no such quote and no more articles.
    assert search_finds(page, PASTED_SEARCH) == 0
    expect(page.get_by_test_id("result-count")).to_have_text("No quotes found")
    page.get_by_test_id("nav-home").click()
    expect(page.get_by_test_id("count-articles")).to_have_text(str(ids.counts["articles"]))

    # Ticking "store in corpus" stores it.
    paste(page, store=True)
    stored = page.get_by_test_id("extract-stored")
    expect(stored).to_contain_text(re.compile(r"Stored as article \d+"))
    expect(page.get_by_test_id("extract-store")).to_be_checked()
    stored.get_by_role("link", name="Open it").click()
    expect(page).to_have_url(re.compile(r"/articles/\d+$"))
    expect(page.get_by_test_id("article-title")).to_have_text(PASTED_TITLE)
    expect(page.get_by_test_id("article-outlet")).to_have_text("Tarnby Gazette")
    expect(page.get_by_test_id("legend")).to_contain_text(PASTED_SPEAKERS[0])
    assert search_finds(page, PASTED_SEARCH) >= 1
    bottle = page.get_by_test_id("hit").filter(has_text="proud of every bottle")
    expect(bottle).to_contain_text("Selma Oukrid")
    expect(bottle.locator("mark")).to_have_text(PASTED_SEARCH)
    page.get_by_test_id("nav-home").click()
    expect(page.get_by_test_id("count-articles")).to_have_text(str(ids.counts["articles"] + 1))


def test_extract_with_nothing_pasted_says_what_to_do(page: Any, watch: Watch) -> None:
    watch.allow("the server responded with a status of 400")  # the refusal itself
    page.goto("/extract")
    page.get_by_test_id("extract-submit").click()
    expect(page.get_by_test_id("extract-error")).to_contain_text("Paste an article's text")
    expect(page.get_by_test_id("article")).to_have_count(0)


