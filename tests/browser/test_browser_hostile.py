"""A hostile article (tests/web_data.py: markup, a script, an image with an onerror handler, a
javascript: URL, a closing </textarea>) as a person would meet it: on its article page, in
search, on its quote page and pasted into Extract. Nothing in it may run or become an element:
no dialog ever opens, the markup shows as text, and every page carries the CSP."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import expect
from web_data import HOSTILE

from browser.browsing import Watch

SCRIPT = "<script>alert(1)</script>"


def follow(page: Any, link: Any) -> Any:
    """Click ``link`` and return the response of the page it opens."""
    with page.expect_navigation() as navigation:
        link.click()
    return navigation.value


def assert_inert(page: Any, response: Any, watch: Watch) -> None:
    """What the hostile text could have smuggled in is not in the page."""
    csp = response.headers.get("content-security-policy", "")
    assert "script-src 'self'" in csp and "default-src 'none'" in csp, csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, csp
    assert response.headers.get("x-content-type-options") == "nosniff"
    found = page.evaluate("""() => ({
        images: document.querySelectorAll('img, iframe, object, embed, base').length,
        scripts: [...document.scripts].map(s => s.getAttribute('src')),
        handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]
            .filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name)),
        links: [...document.querySelectorAll('[href], [src], [action]')]
            .map(e => e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action'))
            .filter(v => /^\\s*(javascript|data|vbscript):/i.test(v) && v !== 'data:,'),
        bold: [...document.querySelectorAll('b')].filter(b => /bold claim/.test(b.textContent))
            .length,
        styles: document.querySelectorAll('[style]:not(#popcard)').length,
    })""")
    assert found["images"] == 0, found
    assert len(found["scripts"]) == 1 and found["scripts"][0].startswith("/static/app.js"), found
    assert found["handlers"] == [] and found["links"] == [] and found["bold"] == 0, found
    assert found["styles"] == 0, found  # only app.js places its card with a style
    assert watch.dialogs == [], watch.dialogs


def test_hostile_article_search_and_quote_pages_show_the_markup_as_text(
        page: Any, ids: Any, watch: Watch) -> None:
    # Search from the box in the header: the quote with markup in it, found and highlighted.
    assert_inert(page, page.goto("/"), watch)  # the home page lists it among the newest
    expect(page.get_by_test_id("newest")).to_contain_text("<b>bold claim</b>")
    box = page.locator("#quick-q")
    box.fill("bold claim")
    with page.expect_navigation() as navigation:
        box.press("Enter")
    assert_inert(page, navigation.value, watch)
    hit = page.get_by_test_id("hit").filter(has_text="bold claim")
    expect(hit).to_have_count(1)
    expect(hit.get_by_test_id("hit-link")).to_contain_text("Someone pasted <b>bold claim</b> "
                                                           "and a javascript:alert(3) link")
    expect(hit.locator("mark")).to_have_text(["bold", "claim"])
    expect(hit).to_contain_text(HOSTILE["outlet"])
    # The outlet menu of every search page lists the hostile outlet's name as text.
    option = page.get_by_label("Outlet").locator("option", has_text="alert(4)")
    expect(option).to_have_text(re.compile(re.escape(HOSTILE["outlet"])))

    # Its quote page.
    response = follow(page, hit.get_by_test_id("hit-link"))
    assert int(page.url.rsplit("/", 1)[1]) in ids.hostile_quotes, page.url
    assert_inert(page, response, watch)
    expect(page.get_by_test_id("quote-text")).to_contain_text("<b>bold claim</b>")
    expect(page.get_by_test_id("quote-text")).to_contain_text("</textarea>")
    expect(page.get_by_test_id("occurrences")).to_contain_text(HOSTILE["outlet"])

    # The article: title, outlet, URL and text all as text.
    response = follow(page, page.get_by_test_id("occurrence-article"))
    expect(page).to_have_url(re.compile(rf"/articles/{ids.hostile_article}$"))
    assert_inert(page, response, watch)
    assert SCRIPT in page.title()
    expect(page.get_by_test_id("article-title")).to_have_text(HOSTILE["title"])
    expect(page.get_by_test_id("article-outlet")).to_have_text(HOSTILE["outlet"])
    expect(page.get_by_test_id("article-url-text")).to_have_text("javascript:alert(3)")
    expect(page.get_by_test_id("article-url")).to_have_count(0)  # no link for javascript:
    text = page.get_by_test_id("article-text")
    for markup in (SCRIPT, "<img src=x onerror=alert(2)>", "<b>bold claim</b>", "</textarea>"):
        expect(text).to_contain_text(markup)
    expect(page.get_by_text(SCRIPT).first).to_be_visible()
    # Its quotes are highlighted like any other; the card shows the markup as text too.
    mark = page.get_by_test_id("quote-mark").filter(has_text="bold claim")
    mark.hover()
    card = page.get_by_test_id("popcard")
    expect(card).to_contain_text("<b>bold claim</b>")
    expect(card).to_contain_text("Harriet Okonjo")
    assert card.locator("b", has_text="bold claim").count() == 0
    mark.click()
    expect(card).to_be_visible()
    page.keyboard.press("Escape")
    page.get_by_test_id("quote-mark").filter(has_text=SCRIPT).hover()
    expect(card).to_contain_text(SCRIPT)
    assert card.locator("script, img").count() == 0
    assert page.evaluate("document.scripts.length") == 1
    assert watch.dialogs == []


def test_hostile_text_pasted_into_extract_stays_text(page: Any, watch: Watch) -> None:
    page.goto("/extract")
    page.get_by_label("Article text").fill(HOSTILE["text"])
    page.get_by_text("Article details (optional)").click()
    page.get_by_label("Title").fill(HOSTILE["title"])
    response = follow(page, page.get_by_test_id("extract-submit"))
    assert response.status == 200
    # The text comes back in the form whole, "</textarea>" and all, not closing the form.
    expect(page.get_by_label("Article text")).to_have_value(HOSTILE["text"])
    expect(page.locator("textarea")).to_have_count(1)
    assert_inert(page, response, watch)
    expect(page.get_by_test_id("article-title")).to_have_text(HOSTILE["title"])
    expect(page.get_by_test_id("article-text")).to_contain_text(SCRIPT)
    expect(page.get_by_test_id("quote-mark").filter(has_text="bold claim")).to_have_count(1)
    assert watch.dialogs == []


def test_the_watch_would_see_a_dialog(browser: Any, server: Any) -> None:
    """The "no dialog" checks above mean something: a dialog that does open is recorded."""
    from browser.browsing import open_page

    watch = Watch()
    context, page = open_page(browser, server.url, watch)
    page.goto("/")
    page.evaluate("alert('seen')")
    context.close()
    assert watch.dialogs == ["alert: seen"]
