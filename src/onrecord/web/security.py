"""The web app's guard, one ASGI middleware around every request:

* **Headers** on every response: a strict Content-Security-Policy (scripts and styles only from
  the app's own static files, no inline script, no inline style, no framing), ``nosniff``,
  no referrer.
* **Host check**: without a token the app answers only to loopback names (``127.0.0.1``,
  ``localhost``, ``[::1]``), so a web page cannot reach it through DNS rebinding.
* **Token**: with a token, every route but ``/login`` and ``/static/`` needs
  ``Authorization: Bearer TOKEN`` or the login cookie set by ``POST /login`` (an HMAC of the
  token, ``HttpOnly``, ``SameSite=Strict``); tokens are compared with ``hmac.compare_digest``.
* **Cross-site posts**: a POST whose ``Origin`` header names another site is refused.
* **Body size**: a request body over the limit is refused with 413 before it is all read.
* **Errors**: an unexpected exception gives a 500 page that shows only an error id; the
  traceback goes to the server log under that id.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import time
from collections.abc import Callable, Iterable
from http.cookies import SimpleCookie
from urllib.parse import quote, urlsplit

from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("onrecord.web")

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
       "frame-ancestors 'none'")

SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    # same-origin, not no-referrer: with no-referrer a browser posts forms with "Origin: null",
    # which the cross-site check must refuse; links to other sites still carry no referrer.
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}

COOKIE = "onrecord_session"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
# Paths open without a token: the login form and the app's own CSS and JS (no corpus data).
OPEN_PATHS = ("/login",)
OPEN_PREFIXES = ("/static/",)
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

# (request, status, title, message, error_id) -> a page or JSON response.
ErrorRenderer = Callable[[Request, int, str, str, "str | None"], Response]


class BodyTooLarge(Exception):
    """A request body over the limit (raised while it is received)."""


def session_value(token: str) -> str:
    """The login cookie's value: an HMAC of the token, so the cookie never holds the token."""
    return hmac.new(token.encode(), b"onrecord web session", hashlib.sha256).hexdigest()


def token_matches(given: str | None, token: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), token.encode())


def is_loopback(host: str) -> bool:
    """True for a name or address that only this machine can reach.

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("0.0.0.0")
    (True, True, False)
    """
    import ipaddress

    host = host.strip("[]")
    if host in LOOPBACK_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def safe_next(target: str | None) -> str:
    """A local path to go to after login, never another site.

    >>> safe_next("/search?q=dam"), safe_next("//evil.example/"), safe_next("https://x.y/")
    ('/search?q=dam', '/', '/')
    """
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return "/"
    return target


class SecurityMiddleware:
    def __init__(self, app: ASGIApp, *, token: str | None,
                 allowed_hosts: Iterable[str] | None, max_body: int,
                 render_error: ErrorRenderer) -> None:
        self.app = app
        self.token = token
        self.allowed_hosts = None if allowed_hosts is None else {h.lower() for h in allowed_hosts}
        self.max_body = max_body
        self.render_error = render_error
        self.session = session_value(token) if token else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False
        arrived = time.perf_counter()

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = MutableHeaders(scope=message)
                # The app's own time for the response, from arrival to its headers (the body of
                # every page is built by then): what benchmarks/bench_web.py reports.
                elapsed = (time.perf_counter() - arrived) * 1000
                headers["server-timing"] = f"app;dur={elapsed:.2f}"
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
                if not scope["path"].startswith(OPEN_PREFIXES):
                    headers.setdefault("cache-control", "no-store")
            await send(message)

        request = Request(scope)
        refusal = self._refuse(request)
        if refusal is not None:
            await refusal(scope, receive, send_with_headers)
            return

        received = 0
        length = Headers(scope=scope).get("content-length", "")
        too_big = length.isdigit() and int(length) > self.max_body

        async def limited_receive() -> Message:
            nonlocal received
            if too_big:
                raise BodyTooLarge
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise BodyTooLarge
            return message

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except BodyTooLarge:
            if started:
                raise
            mb = self.max_body / 1_000_000
            response = self.render_error(
                request, 413, "Too large",
                f"The request is larger than the {mb:.0f} MB limit; send a smaller article.",
                None)
            await response(scope, receive, send_with_headers)
        except Exception:
            error_id = secrets.token_hex(6)
            log.exception("error %s on %s %s", error_id, scope.get("method"), scope["path"])
            if started:
                return
            try:
                response = self.render_error(
                    request, 500, "Something went wrong",
                    "The server could not answer this request.", error_id)
            except Exception:
                log.exception("error %s: the error page failed too", error_id)
                response = Response(f"Internal error; error id {error_id}\n", 500,
                                    media_type="text/plain")
            await response(scope, receive, send_with_headers)

    def _refuse(self, request: Request) -> Response | None:
        """A response refusing the request (host, origin or token), or None to let it in."""
        host = (request.url.hostname or "").lower()
        if self.allowed_hosts is not None and host not in self.allowed_hosts:
            return self.render_error(
                request, 400, "Unknown host",
                "This server answers only to its own local address; open it at "
                "http://127.0.0.1 (serve with --token to reach it under another name).", None)
        if request.method not in SAFE_METHODS and not self._same_origin(request):
            return self.render_error(request, 403, "Refused",
                                     "A form from another site cannot post here.", None)
        if self.token is None or self._open(request.url.path) or self._authorised(request):
            return None
        if request.method in ("GET", "HEAD") and not _wants_json(request):
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return Response(status_code=303,
                            headers={"location": "/login?next=" + quote(target, safe="")})
        response = self.render_error(request, 401, "Log in",
                                     "This server needs a token: send Authorization: Bearer "
                                     "TOKEN, or log in at /login.", None)
        response.headers["www-authenticate"] = 'Bearer realm="onrecord"'
        return response

    @staticmethod
    def _open(path: str) -> bool:
        return path in OPEN_PATHS or path.startswith(OPEN_PREFIXES)

    def _authorised(self, request: Request) -> bool:
        assert self.token is not None and self.session is not None
        auth = request.headers.get("authorization", "")
        scheme, _, value = auth.partition(" ")
        if scheme.lower() == "bearer" and token_matches(value.strip(), self.token):
            return True
        cookie = _cookie(request.headers.get("cookie", ""), COOKIE)
        return token_matches(cookie, self.session)

    @staticmethod
    def _same_origin(request: Request) -> bool:
        origin = request.headers.get("origin")
        if origin is None:
            return True  # not sent by a browser for this request; SameSite cookies still hold
        if origin == "null":  # privacy settings hide the origin; the browser's own word decides
            return request.headers.get("sec-fetch-site") == "same-origin"
        parts = urlsplit(origin)
        return bool(parts.netloc) and parts.netloc.lower() == request.headers.get(
            "host", "").lower()


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path.endswith("/download")


def _cookie(header: str, name: str) -> str | None:
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(header)
    except Exception:  # a malformed Cookie header counts as none
        return None
    morsel = jar.get(name)
    return morsel.value if morsel is not None else None
