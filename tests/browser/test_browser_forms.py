"""The app's own forms, posted by a plain Chromium page: the browser must send the page's origin
(with ``Referrer-Policy: no-referrer`` it would send ``Origin: null``, and the app's cross-site
check would refuse its own forms)."""

from __future__ import annotations

from typing import Any

from browser.browser_data import PASTED
from browser.browsing import Watch, open_page


def submit(page: Any, button: Any) -> Any:
    with page.expect_navigation() as navigation:
        button.click()
    return navigation.value


def test_extract_form_is_accepted_from_the_app_itself(browser: Any, server: Any) -> None:
    context, page = open_page(browser, server.url, Watch())
    try:
        page.goto("/extract")
        page.get_by_label("Article text").fill(PASTED)
        response = submit(page, page.get_by_test_id("extract-submit"))
        assert response.request.all_headers().get("origin") == server.url
        assert response.status == 200, page.locator("main").inner_text()
    finally:
        context.close()
