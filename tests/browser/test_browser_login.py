"""A server that needs a token (``onrecord serve --token``): a person is sent to the login
page, logs in through the form, reaches the page they asked for, and logs out."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from browser.browsing import Server, Watch, open_page, screenshot, serve

TOKEN = "browser-test-t0ken"


@pytest.fixture(scope="module")
def guarded(browser_db: Path, nlp: Any) -> Iterator[Server]:
    with serve(browser_db, nlp, token=TOKEN) as running:
        yield running


@pytest.fixture
def visitor(browser: Any, guarded: Server, watch: Watch) -> Iterator[Any]:
    """A page on the token server, no cookie yet."""
    context, page = open_page(browser, guarded.url, watch)
    yield page
    context.close()
    watch.check()


def test_login_page_then_home(visitor: Any, ids: Any, watch: Watch) -> None:
    page = visitor
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/login\?next=%2F$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Log in")
    expect(page.get_by_test_id("count-articles")).to_have_count(0)  # nothing of the corpus
    screenshot(page, "login")

    watch.allow("status of 401")  # the wrong token's answer
    page.get_by_label("Token").fill("not-the-token")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_test_id("login-error")).to_have_text("That token is not right.")

    page.get_by_label("Token").fill(TOKEN)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_test_id("count-articles")).to_have_text(str(ids.counts["articles"]))
    expect(page.get_by_test_id("logout")).to_be_visible()
    page.get_by_test_id("nav-speakers").click()  # the cookie opens the other pages too
    expect(page.get_by_test_id("speakers")).to_contain_text("Dariusz Kellerman")

    page.get_by_test_id("logout").click()
    expect(page).to_have_url(re.compile(r"/login"))
    page.goto("/speakers")
    expect(page).to_have_url(re.compile(r"/login\?next=%2Fspeakers$"))


def test_login_leads_to_the_page_asked_for(visitor: Any, ids: Any) -> None:
    page = visitor
    page.goto(f"/speakers/{ids.kellerman}")
    expect(page).to_have_url(re.compile(r"/login\?next="))
    page.get_by_label("Token").fill(TOKEN)
    page.get_by_label("Token").press("Enter")
    expect(page).to_have_url(re.compile(rf"/speakers/{ids.kellerman}$"))
    expect(page.get_by_test_id("speaker-name")).to_have_text("Dariusz Kellerman")


def test_login_form_is_accepted_from_the_app_itself(browser: Any, guarded: Server) -> None:
    context, page = open_page(browser, guarded.url, Watch())
    try:
        page.goto("/login")
        page.get_by_label("Token").fill(TOKEN)
        with page.expect_navigation() as navigation:
            page.get_by_role("button", name="Log in").click()
        assert navigation.value.status == 200, page.locator("main").inner_text()
        assert page.get_by_test_id("count-articles").count() == 1
    finally:
        context.close()
