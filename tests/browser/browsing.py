"""Helpers of the browser tests: finding Chromium, a uvicorn server in a thread, a watched
browser page, screenshots, and reading what a page shows."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path
from typing import Any

import pytest

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
VIEWPORT = {"width": 1280, "height": 900}
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]


def chromium_path() -> str:
    """The Chromium binary to drive, or skip (fail under ONRECORD_REQUIRE_BROWSER) with why.

    ``ONRECORD_CHROMIUM`` names a binary; given but missing, it counts as no browser (the
    reason says so) rather than falling back to another one."""
    given = os.environ.get("ONRECORD_CHROMIUM")
    if given:
        path = given if os.path.isfile(given) and os.access(given, os.X_OK) else ""
        reason = (f"ONRECORD_CHROMIUM={given} is not an executable file: point it at a Chromium "
                  "binary, or unset it to use Debian's chromium")
    else:
        path = shutil.which("chromium") or ""
        reason = "Debian's chromium is not installed (apt-get install chromium)"
    if not path:
        if os.environ.get("ONRECORD_REQUIRE_BROWSER"):
            pytest.fail(f"{reason}; ONRECORD_REQUIRE_BROWSER is set, so this is a failure",
                        pytrace=False)
        pytest.skip(reason)
    return path


class Server:
    """uvicorn serving ``app`` on a free loopback port, in a daemon thread."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.app = app
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the web app did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def serve(db: Path, nlp: Any, **options: Any) -> Server:
    """A server over ``db``; its Extract page uses the session's pipeline (no second load)."""
    from onrecord.web.app import create_app

    app = create_app(str(db), **options)
    app.state.extractor.nlp = nlp
    return Server(app)


class Watch:
    """What went wrong in a page: JavaScript errors, console errors (Chromium reports CSP
    violations there), and dialogs (alert, confirm, prompt: none may ever open)."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.allowed: list[str] = []

    def allow(self, text: str) -> None:
        """Let console errors containing ``text`` pass (a page answered 400 on purpose)."""
        self.allowed.append(text)

    def attach(self, page: Any) -> None:
        page.on("pageerror", lambda exc: self.errors.append(f"page error: {exc}"))
        page.on("console", lambda msg: self.errors.append(f"console: {msg.text}")
                if msg.type == "error" else None)
        page.on("dialog", self._dialog)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def check(self) -> None:
        assert not self.dialogs, f"a dialog opened: {self.dialogs}"
        errors = [e for e in self.errors if not any(a in e for a in self.allowed)]
        assert not errors, f"errors in the browser console: {errors}"


def open_page(browser: Any, base_url: str, watch: Watch, **options: Any) -> tuple[Any, Any]:
    """A new context (its own cookies) and page at 1280x900, watched by ``watch``."""
    context = browser.new_context(base_url=base_url, viewport=VIEWPORT, **options)
    context.set_default_timeout(10_000)
    page = context.new_page()
    watch.attach(page)
    return context, page


def screenshot(page: Any, name: str) -> Path:
    """Save what the window shows as docs/screenshots/NAME.png (the docs show these)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False, animations="disabled", caret="hide")
    return path


def words(text: str) -> str:
    """Text with its runs of whitespace made one space, as a reader takes it in."""
    return " ".join(text.split())
