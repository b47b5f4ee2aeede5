"""The pages with JavaScript turned off: everything is rendered on the server, so home, search
and an article show their content, forms work, and each quote in an article links to its card
in the list under the text."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import expect


def test_home_search_and_article_work_without_javascript(nojs_page: Any, ids: Any) -> None:
    page = nojs_page
    page.goto("/")
    expect(page.get_by_test_id("count-articles")).to_have_text(str(ids.counts["articles"]))
    expect(page.get_by_test_id("chart-per-day")).to_be_visible()  # an SVG from the server
    expect(page.get_by_test_id("top-speakers")).to_contain_text("Dariusz Kellerman")
    expect(page.get_by_test_id("newest").locator("li")).to_have_count(10)

    # The search form submits without a script.
    page.get_by_test_id("nav-search").click()
    page.get_by_label("Words").fill("reservoir")
    page.get_by_test_id("search-submit").click()
    expect(page).to_have_url(re.compile(r"q=reservoir"))
    hits = page.get_by_test_id("hit")
    assert hits.count() >= 1
    expect(hits.first.locator("mark").first).to_have_text(re.compile("reservoir", re.I))
    page.get_by_label("Sort").select_option("oldest")
    page.get_by_test_id("search-submit").click()
    expect(page).to_have_url(re.compile(r"sort=oldest"))
    assert hits.count() >= 1

    # The article: highlighted quotes, the legend, the warnings, and the cards as a list.
    page.goto(f"/articles/{ids.geneva_article}")
    expect(page.get_by_test_id("warnings")).to_be_visible()
    expect(page.get_by_test_id("legend")).to_contain_text("Dariusz Kellerman")
    marks = page.get_by_test_id("quote-mark")
    assert marks.count() > 5
    first = marks.first
    assert first.get_attribute("aria-expanded") is None  # no script touched the page
    cards = page.get_by_test_id("card")
    expect(cards.first).to_contain_text(re.compile(r"confidence \d\.\d\d"))
    target = first.get_attribute("data-card")
    first.click()  # a plain link: to the quote's card
    expect(page).to_have_url(re.compile(rf"#{target}$"))
    card = page.locator(f"#{target}")
    expect(card).to_be_in_viewport()
    expect(card.locator(".card-meta")).to_contain_text(re.compile(r"(direct|indirect|mixed)"))
    expect(page.get_by_test_id("popcard")).to_have_count(0)
    # And back from the card to the text.
    card.get_by_role("link", name="back to the text").click()
    expect(page).to_have_url(re.compile(r"#qt-\d+$"))


def test_speaker_quote_and_balance_pages_without_javascript(nojs_page: Any, ids: Any) -> None:
    page = nojs_page
    page.goto(f"/speakers/{ids.kellerman}")
    expect(page.get_by_test_id("speaker-name")).to_have_text("Dariusz Kellerman")
    expect(page.get_by_test_id("chart-per-week")).to_be_visible()
    page.goto(f"/quotes/{ids.wording_quote}")
    expect(page.locator("[data-testid=variant].reworded ins")).to_have_text("shelter")
    page.goto("/balance")
    expect(page.get_by_test_id("chart-gender")).to_be_visible()
    expect(page.get_by_test_id("balance-row").first).to_contain_text("all")
