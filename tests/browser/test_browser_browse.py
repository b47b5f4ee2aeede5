"""Browsing the record as a person would: home, search, a speaker, a quote, an article, the
disputes and the sources balance, clicking links and filling forms in Chromium, and reading
what the window shows."""

from __future__ import annotations

import re
from typing import Any

from corpus_data import FIRST_SEEN, QUOTE, REPOSTS
from playwright.sync_api import expect

from browser.browser_data import BREAKWATER, LIBRARIES
from browser.browsing import screenshot, words

# A search with more than one page of results (20 a page) in the session's corpus.
MANY = "we OR our"


def number(text: str) -> int:
    return int(text.replace(",", "").strip())


def test_click_through_home_search_speaker_quote_article(page: Any, ids: Any) -> None:
    # Home: the corpus at a glance.
    page.goto("/")
    expect(page).to_have_title(re.compile("The record at a glance"))
    assert number(page.get_by_test_id("count-articles").inner_text()) == ids.counts["articles"]
    assert number(page.get_by_test_id("count-quotes").inner_text()) == ids.counts["quotes"]
    assert number(page.get_by_test_id("count-speakers").inner_text()) == ids.counts["speakers"]
    expect(page.get_by_test_id("date-range")).to_contain_text("2024-03-03")
    chart = page.get_by_test_id("chart-per-day")
    expect(chart).to_be_visible()
    assert chart.locator("rect").count() > 0
    expect(page.get_by_test_id("top-speakers")).to_contain_text("Dariusz Kellerman")
    assert page.get_by_test_id("newest").locator("li").count() == 10
    screenshot(page, "home")

    # Search: type the words in the form and submit it.
    page.get_by_test_id("nav-search").click()
    expect(page).to_have_url(re.compile(r"/search$"))
    page.get_by_label("Words").fill("close this file")
    page.get_by_test_id("search-submit").click()
    expect(page).to_have_url(re.compile(r"q=close\+this\+file"))
    hit = page.get_by_test_id("hit").first
    marked = " ".join(hit.locator("mark").all_inner_texts()).lower()
    assert "close" in marked and "file" in marked, marked
    expect(hit.locator("mark").first).to_be_visible()
    expect(hit).to_contain_text(f"first seen {FIRST_SEEN[1]} {FIRST_SEEN[0]}")

    # The speaker: the name links to the page.
    hit.get_by_role("link", name="Dariusz Kellerman").click()
    expect(page).to_have_url(re.compile(rf"/speakers/{ids.kellerman}$"))
    expect(page.get_by_test_id("speaker-name")).to_have_text("Dariusz Kellerman")
    expect(page.get_by_test_id("speaker-kind")).to_have_text("person")
    gender = words(page.get_by_test_id("speaker-gender").inner_text())
    assert gender == "male (from a title, an honorific or a first name)", gender
    expect(page.get_by_test_id("speaker-aliases")).to_contain_text("Kellerman")
    timeline = page.get_by_test_id("chart-per-week")
    expect(timeline).to_be_visible()
    assert timeline.locator("rect").count() > 0
    quotes = page.get_by_test_id("speaker-quotes")
    assert quotes.locator("li").count() >= 10
    expect(page.get_by_test_id("speaker-outlets")).to_contain_text("Morning Wire")
    screenshot(page, "speaker")

    # The quote: every occurrence, first seen, the wordings side by side.
    quotes.get_by_role("link", name=re.compile("close this file, not to open")).first.click()
    expect(page).to_have_url(re.compile(rf"/quotes/{ids.repost_quote}$"))
    expect(page.get_by_test_id("quote-text")).to_contain_text("close this file")
    expect(page.get_by_test_id("first-seen")).to_have_text(f"{FIRST_SEEN[1]}, {FIRST_SEEN[0]}")
    rows = page.get_by_test_id("occurrences").locator("tbody tr")
    expect(rows).to_have_count(1 + len(REPOSTS))
    seen = [words(r) for r in rows.all_inner_texts()]
    for repost in REPOSTS:
        assert any(repost["date"] in r and repost["outlet"] in r for r in seen), seen
    dates = [d for d in (r.split()[0] for r in seen) if re.fullmatch(r"\d{4}-\d\d-\d\d", d)]
    assert dates == sorted(dates), dates  # earliest first
    variants = page.get_by_test_id("variant")
    assert variants.count() >= 3
    expect(page.get_by_test_id("original")).to_be_visible()
    diff = page.get_by_test_id("variants").locator("td.diff")
    assert diff.locator("ins").count() > 0  # the words a repost has that the first lacks
    expect(diff.locator("ins").first).to_be_visible()
    # Case, marks and a cut are no dispute: the reposted quote carries no flag.
    expect(page.get_by_test_id("flag-wording")).to_have_count(0)
    expect(page.get_by_test_id("flag-attribution")).to_have_count(0)
    screenshot(page, "quote")

    # The article: the demo wire story, whose repeated paragraph brings a warning.
    page.locator(f'[data-testid="occurrence-article"][href="/articles/{ids.geneva_article}"]'
                 ).click()
    expect(page).to_have_url(re.compile(rf"/articles/{ids.geneva_article}$"))
    expect(page.get_by_test_id("warnings")).to_contain_text("repeats text")
    check_article_colours(page)
    mark = page.get_by_test_id("quote-mark").filter(has_text=QUOTE.rstrip(",")).first
    card = page.get_by_test_id("popcard")
    mark.hover()
    expect(card).to_be_visible()
    expect(card).to_contain_text("Dariusz Kellerman")
    expect(card).to_contain_text(re.compile(r"direct · confidence \d\.\d\d"))
    page.mouse.move(5, 890)
    expect(card).to_be_hidden()
    mark.click()  # a click pins the card
    page.mouse.move(5, 890)
    expect(card).to_be_visible()
    expect(card).to_contain_text("Dariusz Kellerman")
    assert "#quote-" not in page.url  # the script handled the click
    screenshot(page, "article")
    page.keyboard.press("Escape")
    expect(card).to_be_hidden()


def check_article_colours(page: Any) -> None:
    """Each quote is in its speaker's colour: one colour per speaker, a different one for each
    speaker, the same as the legend's swatch, and the card below says who."""
    marks = page.get_by_test_id("quote-mark")
    assert marks.count() > 5
    seen = marks.evaluate_all("""marks => marks.map(m => ({
        card: m.dataset.card, colour: m.className.replace(/\\b(q|open)\\b/g, '').trim(),
        background: getComputedStyle(m).backgroundColor,
        border: getComputedStyle(m).borderBottomColor}))""")
    speaker_of = dict(page.get_by_test_id("card").evaluate_all("""cards => cards.map(c => [
        c.id, c.querySelector('.card-speaker a, .card-speaker b').textContent.trim()])"""))
    colour_of: dict[str, str] = {}
    for mark in seen:
        speaker = speaker_of[mark["card"]]
        assert mark["background"] not in ("", "rgba(0, 0, 0, 0)"), mark
        assert colour_of.setdefault(speaker, mark["background"]) == mark["background"], mark
    named = {s: c for s, c in colour_of.items() if s != "no speaker found"}
    assert len(set(named.values())) == len(named), colour_of  # one colour per speaker
    legend = page.get_by_test_id("legend")
    expect(legend).to_be_visible()
    swatches = legend.locator("li").evaluate_all("""items => items.map(li => ({
        text: li.innerText, swatch: li.querySelector('.swatch') &&
              getComputedStyle(li.querySelector('.swatch')).backgroundColor}))""")
    borders = {speaker_of[m["card"]]: m["border"] for m in seen}
    for speaker, border in borders.items():
        entry = [s for s in swatches if s["swatch"] and s["text"].startswith(speaker)]
        assert entry and entry[0]["swatch"] == border, (speaker, border, swatches)


def test_search_filters_sort_and_pages(page: Any) -> None:
    page.goto("/search")
    page.get_by_label("Words").fill(MANY)
    page.get_by_label("Words").press("Enter")
    count = page.get_by_test_id("result-count")
    expect(count).to_contain_text(re.compile(r"1–20 of \d+ quotes"))
    total = number(re.search(r"of (\S+) quotes", count.inner_text()).group(1))
    assert total > 20
    hits = page.get_by_test_id("hit")
    expect(hits).to_have_count(20)
    for text in hits.locator("[data-testid=hit-link]").all_inner_texts()[:5]:
        assert re.search(r"\b(we|our)\b", text, re.I), text
    assert all(m.lower() in ("we", "our") for m in hits.locator("mark").all_inner_texts())
    screenshot(page, "search")

    # Sort by date: the form keeps the words and the choice, the hits come newest first.
    page.get_by_label("Sort").select_option(label="newest first")
    page.get_by_test_id("search-submit").click()
    expect(page).to_have_url(re.compile("sort=date"))
    expect(page.get_by_label("Sort")).to_have_value("date")
    expect(page.get_by_label("Words")).to_have_value(MANY)
    expect(count).to_contain_text(f"of {total} quotes")
    dates = [re.findall(r"\d{4}-\d\d-\d\d", t)
             for t in hits.locator(".occurrences").all_inner_texts()]
    newest = [max(d) for d in dates if d]
    assert newest == sorted(newest, reverse=True), newest

    # Page 2, and back.
    pager = page.get_by_test_id("pager")
    expect(pager).to_contain_text("Page 1 of 2")
    pager.get_by_test_id("next").click()
    expect(page).to_have_url(re.compile("page=2"))
    expect(pager).to_contain_text("Page 2 of 2")
    expect(count).to_contain_text(f"21–{total} of {total} quotes")
    expect(hits).to_have_count(total - 20)
    expect(page.get_by_label("Sort")).to_have_value("date")
    pager.get_by_test_id("prev").click()
    expect(pager).to_contain_text("Page 1 of 2")

    # A filter: one outlet, then one type.
    page.get_by_label("Outlet").select_option(value="Morning Wire")
    page.get_by_test_id("search-submit").click()
    expect(page).to_have_url(re.compile("outlet=Morning\\+Wire"))
    assert 0 < hits.count() < total
    for occurrences in hits.locator(".occurrences").all_inner_texts():
        assert "Morning Wire" in occurrences
    page.get_by_label("Outlet").select_option(value="")
    page.get_by_label("Type").select_option("indirect")
    page.get_by_test_id("search-submit").click()
    for types in hits.locator(".occurrences .type").all_inner_texts():
        assert types == "indirect"

    # A minimum confidence: kept in the form and the address, fewer or as many quotes.
    page.get_by_label("Type").select_option(value="")
    page.get_by_label("Confidence").select_option(label="at least 0.9")
    page.get_by_test_id("search-submit").click()
    expect(page).to_have_url(re.compile("min_confidence=0.9"))
    expect(page.get_by_label("Confidence")).to_have_value("0.9")
    sure = re.search(r"of (\S+) quotes?|No quotes found", count.inner_text())
    assert sure and (sure.group(1) is None or number(sure.group(1)) <= total)
    page.get_by_label("Confidence").select_option(value="")

    # Nothing found says so.
    page.get_by_label("Words").fill("zeppelin")
    page.get_by_test_id("search-submit").click()
    expect(count).to_have_text("No quotes found")
    expect(hits).to_have_count(0)


def test_quote_with_disputed_wording_shows_the_changed_word(page: Any, ids: Any) -> None:
    page.goto("/")
    page.get_by_test_id("nav-disputes").click()
    rows = page.get_by_test_id("dispute")
    assert rows.count() >= 2
    expect(rows.filter(has_text="breakwater").get_by_test_id("flag-wording")).to_be_visible()
    expect(rows.filter(has_text="library").get_by_test_id("flag-attribution")).to_be_visible()
    expect(page.get_by_text("We came to Geneva")).to_have_count(0)
    screenshot(page, "disputes")

    tabs = page.get_by_test_id("dispute-tabs")
    tabs.get_by_role("link", name="Wording").click()
    expect(rows.filter(has_text="breakwater")).to_have_count(1)
    expect(rows.filter(has_text="library")).to_have_count(0)
    tabs.get_by_role("link", name="Attribution").click()
    expect(rows.filter(has_text="breakwater")).to_have_count(0)
    expect(rows.filter(has_text="library")).to_have_count(1)
    tabs.get_by_role("link", name="All").click()

    rows.filter(has_text="breakwater").get_by_role("link").click()
    expect(page).to_have_url(re.compile(rf"/quotes/{ids.wording_quote}$"))
    expect(page.get_by_test_id("flag-wording")).to_be_visible()
    expect(page.get_by_test_id("flag-wording")).to_have_text("disputed wording")
    expect(page.get_by_test_id("flag-attribution")).to_have_count(0)
    expect(page.get_by_test_id("first-seen")).to_have_text("Bay Courier, 2024-04-08")
    # Side by side: the first-seen wording, and the reworded one with the change marked.
    original = page.get_by_test_id("original")
    expect(original).to_contain_text(BREAKWATER)
    reworded = page.locator("[data-testid=variant].reworded")
    expect(reworded).to_have_count(1)
    expect(reworded.locator("del")).to_have_text("protect")
    expect(reworded.locator("ins")).to_have_text("shelter")
    expect(reworded).to_contain_text("Coastline News")
    expect(reworded.locator(".badge")).to_have_text("reworded")
    box_original, box_variant = original.bounding_box(), reworded.locator("td.diff").bounding_box()
    assert box_original["x"] + box_original["width"] <= box_variant["x"] + 1  # beside it
    struck = reworded.locator("del").evaluate("e => getComputedStyle(e).textDecorationLine")
    assert "line-through" in struck
    occurrences = page.get_by_test_id("occurrences").locator("tbody tr")
    expect(occurrences).to_have_count(2)
    expect(occurrences.nth(0)).to_contain_text("2024-04-08")
    expect(occurrences.nth(0)).to_contain_text("Bay Courier")
    expect(occurrences.nth(1)).to_contain_text("2024-04-09")
    expect(occurrences.nth(1)).to_contain_text("Coastline News")
    screenshot(page, "quote-disputed")


def test_quote_with_disputed_attribution_names_both_speakers(page: Any, ids: Any) -> None:
    page.goto("/disputes?kind=attribution")
    page.get_by_test_id("dispute").filter(has_text="library").get_by_role("link").click()
    expect(page).to_have_url(re.compile(rf"/quotes/{ids.attribution_quote}$"))
    expect(page.get_by_test_id("quote-text")).to_contain_text(LIBRARIES)
    expect(page.get_by_test_id("flag-attribution")).to_have_text("disputed attribution")
    expect(page.get_by_test_id("flag-wording")).to_have_count(0)
    credited = page.get_by_test_id("credited")
    expect(credited).to_contain_text("Olwen Brask (1)")
    expect(credited).to_contain_text("Tobias Renn (1)")
    rows = page.get_by_test_id("occurrences").locator("tbody tr")
    expect(rows.filter(has_text="Evening Lantern")).to_contain_text("Tobias Renn")
    expect(rows.filter(has_text="Bay Courier")).to_contain_text("Olwen Brask")
    # The Evening Lantern's article, in its speaker's colour, with its card.
    rows.filter(has_text="Evening Lantern").get_by_test_id("occurrence-article").click()
    expect(page.get_by_test_id("article-title")).to_have_text("Mayor promises school libraries")
    expect(page.get_by_test_id("article-outlet")).to_have_text("Evening Lantern")
    mark = page.get_by_test_id("quote-mark")
    expect(mark).to_have_count(1)
    mark.click()
    expect(page.get_by_test_id("popcard")).to_contain_text("Tobias Renn")


def test_article_quote_card_opens_from_the_keyboard(page: Any, ids: Any) -> None:
    page.goto(f"/articles/{ids.geneva_article}")
    card = page.get_by_test_id("popcard")
    for _ in range(80):  # Tab through the header, the legend's links, to the first quote
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('a.q')"):
            break
    else:
        raise AssertionError("Tab never reached a quote in the article text")
    focused = page.locator("a.q:focus")
    expect(card).to_be_visible()  # focus alone shows the card
    expect(focused).to_have_attribute("aria-expanded", "true")
    speaker = words(page.locator(f"#{focused.get_attribute('data-card')} .card-speaker"
                                 ).inner_text())
    expect(card).to_contain_text(speaker)
    expect(card).to_contain_text("confidence")
    page.keyboard.press("Enter")  # pins it
    expect(card).to_be_visible()
    page.keyboard.press("Escape")
    expect(card).to_be_hidden()
    expect(focused).to_be_focused()
    # The next quote, with Tab again.
    first = focused.get_attribute("data-card")
    page.keyboard.press("Tab")
    expect(card).to_be_visible()
    assert page.evaluate("document.activeElement.dataset.card") != first


def test_sources_balance_shows_charts_and_the_gender_table(page: Any) -> None:
    page.goto("/")
    page.get_by_test_id("nav-balance").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sources balance")
    for chart in ("chart-gender", "chart-people", "chart-kinds"):
        expect(page.get_by_test_id(chart)).to_be_visible()
        assert page.get_by_test_id(chart).locator("rect").count() > 0
    expect(page.get_by_test_id("balance-note")).to_contain_text("gender")
    table = page.get_by_test_id("balance-table")
    headers = [words(h) for h in table.locator("thead tr").nth(1).locator("th").all_inner_texts()]
    assert headers[:3] == ["female", "male", "unknown"], headers
    assert headers[4:7] == ["female", "male", "unknown"], headers
    rows = page.get_by_test_id("balance-row")
    expect(rows.first.locator("th")).to_have_text("all")
    groups = rows.locator("th").all_inner_texts()
    for outlet in ("Daily Ledger", "Bay Courier", "Evening Lantern"):
        assert outlet in groups, groups
    cells = rows.evaluate_all("rows => rows.map(r => r.querySelectorAll('td').length)")
    assert set(cells) == {11}, cells
    screenshot(page, "balance")

    page.get_by_label("Per").select_option("month")
    page.get_by_role("button", name="Show").click()
    expect(page).to_have_url(re.compile("by=month"))
    groups = rows.locator("th").all_inner_texts()
    assert groups[0] == "all" and "2024-03" in groups and "2024-04" in groups, groups
