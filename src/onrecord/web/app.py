"""The web app: server-rendered pages over a corpus, and a JSON API behind each page.

``create_app("news.db")`` returns a Starlette app; ``onrecord serve`` runs it on uvicorn. Every
handler reads through ``Corpus`` (opened read-only, one connection per worker thread); only the
Extract page writes, and only when the user ticks "store in corpus". Pages work without
JavaScript: ``static/app.js`` only adds the hover card on an article's quotes.
"""

from __future__ import annotations

import csv
import io
import ipaddress
import json
import math
import os
import socket
import tempfile
import threading
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    JSONResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from onrecord import MAX_ARTICLE_BYTES, Corpus, Document, __version__, read_paths, read_text
from onrecord.corpus import (
    BALANCE_GROUPS,
    BALANCE_NOTE,
    DISPUTE_KINDS,
    EXPORT_COLUMNS,
    MAX_QUERY,
    QUOTE_TYPES,
    SORTS,
)
from onrecord.corpus import MAX_PAGE as MAX_PAGE_SIZE
from onrecord.errors import CorpusError, InputError, OnrecordError, TooLarge
from onrecord.output import csv_row
from onrecord.web import charts
from onrecord.web.highlight import article_cards, article_html, diff_html, mark_matches
from onrecord.web.security import (
    COOKIE,
    LOOPBACK_HOSTS,
    SecurityMiddleware,
    safe_next,
    session_value,
    token_matches,
)

HERE = Path(__file__).resolve().parent

# Limits: the longest search, the largest page, the deepest page, the largest article.
MAX_QUERY_CHARS = MAX_QUERY
MAX_PAGE = 10_000
MAX_UPLOAD_BYTES = MAX_ARTICLE_BYTES
# A request body may carry the article plus the form's other fields and multipart framing.
MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 256_000
MAX_URL_CHARS = 2000
FETCH_TIMEOUT = 20
# Most rows a page shows from a list the library returns whole.
MAX_OCCURRENCES_SHOWN = 100
MAX_VARIANTS_SHOWN = 50
MAX_BALANCE_ROWS = 200
MAX_BALANCE_CHARTED = 30
MAX_OUTLETS_LISTED = 200
MAX_MERGES_SHOWN = 50
HIT_OCCURRENCES_SHOWN = 3

BALANCE_BY = BALANCE_GROUPS
DOWNLOAD_FORMATS = {"csv": "text/csv; charset=utf-8",
                    "jsonl": "application/x-ndjson; charset=utf-8",
                    "parquet": "application/vnd.apache.parquet"}


# The minimum confidences offered on the search form (quote confidence is a calibrated
# probability for English: docs/evaluation.md).
MIN_CONFIDENCES = ("0.5", "0.7", "0.8", "0.9")

class BadRequest(Exception):
    """A request the app refuses with a clear message (400, or ``status``)."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


# --- state shared by the handlers -------------------------------------------------------------


class CorpusPool:
    """One read-only ``Corpus`` per worker thread: Starlette runs handlers in a thread pool,
    and a SQLite connection is best used by one thread at a time."""

    def __init__(self, db: str) -> None:
        self.db = db
        self.local = threading.local()

    def get(self) -> Corpus:
        corpus = getattr(self.local, "corpus", None)
        if corpus is None:
            corpus = Corpus(self.db, read_only=True)
            self.local.corpus = corpus
        return corpus

    def open_new(self) -> Corpus:
        """A read-only corpus of its own, for a download streamed across threads."""
        return Corpus(self.db, read_only=True)


class Extractor:
    """The spaCy pipeline, loaded on the first extraction and kept for the process; one
    extraction at a time (a pipeline is not safe to share between threads), one write at a
    time."""

    def __init__(self, model: str | None) -> None:
        self.model = model
        self.lock = threading.Lock()
        self.nlp: Any = None

    def pipeline(self) -> Any:
        from onrecord import load_model

        if self.nlp is None:
            self.nlp = load_model(self.model) if self.model else load_model()
        return self.nlp

    def extract(self, document: Document, lang: str | None = None) -> Any:
        """The article read in ``lang``, or in the language detected; a language other than
        the pipeline's loads its own pipeline once (``extract_many``)."""
        from onrecord import extract_many

        with self.lock:
            return next(extract_many([document], self.pipeline(), lang=lang))

    def store(self, db: str, document: Document, lang: str | None = None) -> Any:
        with self.lock, Corpus(db) as corpus:
            return corpus.ingest([document], nlp=self.pipeline(), lang=lang)


@dataclass
class Pager:
    """Where a page of results stands: "21-40 of 1,234", previous and next."""

    page: int
    limit: int
    total: int | None
    shown: int
    has_next: bool

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.limit

    @property
    def first(self) -> int:
        return self.offset + 1 if self.shown else 0

    @property
    def last(self) -> int:
        return self.offset + self.shown

    @property
    def pages(self) -> int | None:
        if self.total is None:
            return None
        return max(1, math.ceil(self.total / self.limit))


# --- reading request parameters ----------------------------------------------------------------


class Params:
    """A request's query parameters, read with limits and clear messages."""

    def __init__(self, request: Request) -> None:
        self.values = request.query_params

    def text(self, name: str, limit: int = 200) -> str | None:
        value = self.values.get(name, "").strip()
        if len(value) > limit:
            raise BadRequest(f"{name} is {len(value)} characters long; the limit is {limit}.")
        return value or None

    def query(self) -> str | None:
        return self.text("q", MAX_QUERY_CHARS)

    def choice(self, name: str, choices: tuple[str, ...], default: str | None) -> str | None:
        value = self.values.get(name, "").strip()
        if not value:
            return default
        if value not in choices:
            raise BadRequest(f"{name} must be one of {', '.join(choices)}, not {value[:40]!r}.")
        return value

    def integer(self, name: str, default: int, low: int, high: int) -> int:
        raw = self.values.get(name, "").strip()
        if not raw:
            return default
        if not raw.isdigit() or not low <= int(raw) <= high:
            raise BadRequest(f"{name} must be a whole number from {low} to {high}.")
        return int(raw)

    def limit(self, default: int) -> int:
        return self.integer("limit", default, 1, MAX_PAGE_SIZE)

    def page(self) -> int:
        return self.integer("page", 1, 1, MAX_PAGE)

    def offset(self) -> int:
        return self.integer("offset", 0, 0, MAX_PAGE * MAX_PAGE_SIZE)

    def confidence(self, name: str) -> float | None:
        """A probability from 0 to 1, or None when absent."""
        raw = self.values.get(name, "").strip()
        if not raw:
            return None
        try:
            value = float(raw)
        except ValueError:
            value = -1.0
        if not 0.0 <= value <= 1.0:
            raise BadRequest(f"{name} must be a number from 0 to 1, not {raw[:40]!r}.")
        return value

    def filters(self) -> dict[str, Any]:
        return {"text": self.query(), "speaker": self.text("speaker"),
                "outlet": self.text("outlet"), "since": self.text("since", 10),
                "until": self.text("until", 10),
                "type": self.choice("type", QUOTE_TYPES, None),
                "min_confidence": self.confidence("min_confidence")}


def check_id(value: int) -> int:
    if value > 2**63 - 1:
        raise HTTPException(404, "No such id.")
    return value


def http_url(url: str | None) -> str | None:
    """The URL when it is http(s) (to show as a link), else None (to show as text).

    >>> http_url("https://example.org/a"), http_url("javascript:alert(1)")
    ('https://example.org/a', None)
    """
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


# --- the app --------------------------------------------------------------------------------


def create_app(db: str, *, token: str | None = None, model: str | None = None,
               allowed_hosts: list[str] | None = None) -> Starlette:
    """The web app over the corpus ``db`` (opened read-only; raises ``NotACorpus`` or
    ``CorpusError`` now if it cannot be read).

    ``token``: when set, every route but ``/login`` and ``/static`` needs ``Authorization:
    Bearer TOKEN`` or the login cookie. ``allowed_hosts``: the Host names answered; by default
    only loopback names without a token, any with one. ``model``: the spaCy pipeline for the
    Extract page (loaded on first use)."""
    pool = CorpusPool(db)
    pool.get()  # fail now, with the library's message, when the database cannot be read
    extractor = Extractor(model)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=True, trim_blocks=True, lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals.update(version=__version__, login_required=token is not None,
                       http_url=http_url, percent=charts.percent)
    env.filters["num"] = lambda n: f"{n:,}" if isinstance(n, int) else ("-" if n is None else n)
    env.filters["conf"] = lambda x: f"{float(x):.2f}"

    def page(request: Request, name: str, context: dict[str, Any], status: int = 200
             ) -> Response:
        context.setdefault("active", "")
        html = env.get_template(name).render(request=request, url_with=_url_with(request),
                                             **context)
        return Response(html, status_code=status, media_type="text/html; charset=utf-8")

    def render_error(request: Request, status: int, title: str, message: str,
                     error_id: str | None) -> Response:
        if _is_api(request):
            body: dict[str, Any] = {"error": message, "status": status}
            if error_id:
                body["error_id"] = error_id
            return JSONResponse(body, status_code=status)
        return page(request, "error.html", {"status": status, "title": title,
                                            "message": message, "error_id": error_id}, status)

    def on_bad_request(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, BadRequest)
        title = "Too large" if exc.status == 413 else "Cannot do that"
        return render_error(request, exc.status, title, exc.message, None)

    def on_library_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, OnrecordError)
        if type(exc).__name__.startswith("NoSuch"):
            return render_error(request, 404, "Not found", exc.reason, None)
        status = 413 if isinstance(exc, TooLarge) else 400
        return render_error(request, status, "Cannot do that", exc.reason, None)

    def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code == 404:
            message = exc.detail if exc.detail != "Not Found" else "There is no page here."
            return render_error(request, 404, "Not found", message, None)
        return render_error(request, exc.status_code, "Cannot do that", str(exc.detail), None)

    handlers = Handlers(pool, extractor, page, db, token)
    routes = [
        Route("/", handlers.home, name="home"),
        Route("/search", handlers.search, name="search"),
        Route("/search/download", handlers.download, name="download"),
        Route("/speakers", handlers.speakers, name="speakers"),
        Route("/speakers/{id:int}", handlers.speaker, name="speaker"),
        Route("/quotes/{id:int}", handlers.quote, name="quote"),
        Route("/articles/{id:int}", handlers.article, name="article"),
        Route("/disputes", handlers.disputes, name="disputes"),
        Route("/balance", handlers.balance, name="balance"),
        Route("/extract", handlers.extract, methods=["GET", "POST"], name="extract"),
        Route("/login", handlers.login, methods=["GET", "POST"], name="login"),
        Route("/logout", handlers.logout, methods=["POST"], name="logout"),
        Route("/api/overview", handlers.api_overview),
        Route("/api/search", handlers.api_search),
        Route("/api/outlets", handlers.api_outlets),
        Route("/api/speakers", handlers.api_speakers),
        Route("/api/speakers/{id:int}", handlers.api_speaker),
        Route("/api/quotes/{id:int}", handlers.api_quote),
        Route("/api/articles/{id:int}", handlers.api_article),
        Route("/api/disputes", handlers.api_disputes),
        Route("/api/balance", handlers.api_balance),
        Route("/api/extract", handlers.api_extract, methods=["POST"]),
        Mount("/static", app=StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    if allowed_hosts is None and token is None:
        allowed_hosts = sorted(LOOPBACK_HOSTS)
    app = Starlette(
        routes=routes,
        middleware=[Middleware(SecurityMiddleware, token=token, allowed_hosts=allowed_hosts,
                               max_body=MAX_BODY_BYTES, render_error=render_error)],
        exception_handlers={BadRequest: on_bad_request, OnrecordError: on_library_error,
                            HTTPException: on_http},
    )
    app.state.pool = pool
    app.state.extractor = extractor
    return app


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path.endswith("/download")


def _url_with(request: Request) -> Callable[..., str]:
    """``url_with(page=2)``: this page's URL with some parameters changed (None removes one)."""

    def build(_path: str | None = None, **changes: Any) -> str:
        params = {k: v for k, v in request.query_params.items() if v != ""}
        for key, value in changes.items():
            if value is None or value == "":
                params.pop(key, None)
            else:
                params[key] = str(value)
        query = urlencode(params)
        return (_path or request.url.path) + (f"?{query}" if query else "")

    return build


# --- handlers --------------------------------------------------------------------------------


class Handlers:
    def __init__(self, pool: CorpusPool, extractor: Extractor,
                 page: Callable[..., Response], db: str, token: str | None) -> None:
        self.pool = pool
        self.extractor = extractor
        self.page = page
        self.db = db
        self.token = token

    @property
    def corpus(self) -> Corpus:
        return self.pool.get()

    # --- home ---

    def home(self, request: Request) -> Response:
        p = Params(request)
        since, until = p.text("since", 10), p.text("until", 10)
        overview = self.corpus.overview(since=since, until=until, top=10, newest=10)
        points, unit = charts.bucket_days([(d.date, d.occurrences) for d in overview.per_day])
        chart = charts.bar_chart(points, label=f"Quote occurrences per {unit}",
                                 unit="occurrences", testid="chart-per-day")
        return self.page(request, "home.html", {
            "active": "home", "o": overview, "chart": chart, "unit": unit,
            "since": since or "", "until": until or ""})

    def api_overview(self, request: Request) -> Response:
        p = Params(request)
        overview = self.corpus.overview(since=p.text("since", 10), until=p.text("until", 10),
                                        top=p.integer("top", 10, 1, 100),
                                        newest=p.integer("newest", 10, 1, 100))
        return JSONResponse(overview.to_dict())

    # --- search ---

    def _search(self, p: Params, page_no: int | None = None) -> tuple[dict[str, Any], Any, Pager]:
        filters = p.filters()
        sort = p.choice("sort", SORTS, "relevance") or "relevance"
        limit = p.limit(20)
        offset = (page_no - 1) * limit if page_no is not None else p.offset()
        result = self.corpus.search_page(filters["text"], speaker=filters["speaker"],
                                         since=filters["since"], until=filters["until"],
                                         outlet=filters["outlet"], type=filters["type"],
                                         min_confidence=filters["min_confidence"],
                                         sort=sort, offset=offset, limit=limit)
        pager = Pager(page_no or offset // limit + 1, limit, result.total, len(result.hits),
                      offset + len(result.hits) < result.total)
        return {**filters, "sort": sort}, result, pager

    def search(self, request: Request) -> Response:
        p = Params(request)
        context: dict[str, Any] = {"active": "search", "outlets": self._outlets(p),
                                   "types": QUOTE_TYPES, "sorts": SORTS, "error": None,
                                   "result": None, "hits": [], "pager": None,
                                   "form": {k: request.query_params.get(k, "")[:600]
                                            for k in ("q", "speaker", "outlet", "since",
                                                      "until", "type", "sort",
                                                      "min_confidence")},
                                   "confidences": MIN_CONFIDENCES}
        try:
            filters, result, pager = self._search(p, p.page())
        except BadRequest as exc:
            context["error"] = exc.message
            return self.page(request, "search.html", context, 400)
        except CorpusError as exc:
            if type(exc).__name__.startswith("NoSuch"):
                raise
            context["error"] = exc.reason
            return self.page(request, "search.html", context, 400)
        context.update(result=result, pager=pager, filters=filters, hits=[
            {"hit": h, "html": mark_matches(h.text, getattr(h, "matches", []) or []),
             "shown": h.occurrences[:HIT_OCCURRENCES_SHOWN]} for h in result.hits])
        context["downloads"] = {fmt: _url_with(request)("/search/download", format=fmt,
                                                        page=None, limit=None)
                                for fmt in DOWNLOAD_FORMATS}
        return self.page(request, "search.html", context)

    def _outlets(self, p: Params) -> list[tuple[str, int]]:
        outlets = list(self.corpus.outlets())[:MAX_OUTLETS_LISTED]
        current = p.values.get("outlet", "").strip()[:200]
        if current and current.lower() not in {o.lower() for o, _ in outlets}:
            outlets.append((current, 0))
        return outlets

    def api_search(self, request: Request) -> Response:
        _, result, _ = self._search(Params(request))
        return JSONResponse(result.to_dict())

    def api_outlets(self, request: Request) -> Response:
        p = Params(request)
        offset, limit = p.offset(), p.limit(100)
        outlets = list(self.corpus.outlets())
        return JSONResponse({"outlets": [{"outlet": o, "articles": n}
                                         for o, n in outlets[offset: offset + limit]],
                             "total": len(outlets), "offset": offset, "limit": limit})

    def download(self, request: Request) -> Response:
        p = Params(request)
        fmt = p.choice("format", tuple(DOWNLOAD_FORMATS), None)
        if fmt is None:
            raise BadRequest("give format=csv, jsonl or parquet.")
        filters = p.filters()
        corpus = self.pool.open_new()
        name = f"onrecord-quotes.{fmt}"
        headers = {"content-disposition": f'attachment; filename="{name}"'}
        try:
            rows = corpus.rows(**filters)
            first = next(rows, None)  # a bad search fails here, before the response starts
        except BaseException:
            corpus.close()
            raise
        if fmt == "parquet":
            return self._parquet(corpus, filters, headers)
        return StreamingResponse(_stream_rows(corpus, first, rows, fmt),
                                 media_type=DOWNLOAD_FORMATS[fmt], headers=headers)

    def _parquet(self, corpus: Corpus, filters: dict[str, Any], headers: dict[str, str]
                 ) -> Response:
        from starlette.background import BackgroundTask

        handle, path = tempfile.mkstemp(prefix="onrecord-", suffix=".parquet")
        os.close(handle)
        try:
            corpus.export(path, "parquet", **filters)
        except BaseException:
            os.unlink(path)
            raise
        finally:
            corpus.close()
        return FileResponse(path, media_type=DOWNLOAD_FORMATS["parquet"], headers=headers,
                            background=BackgroundTask(os.unlink, path))

    # --- speakers ---

    def _speaker_list(self, p: Params, offset: int, limit: int) -> list[Any]:
        return list(self.corpus.speaker_list(offset=offset, limit=limit + 1,
                                             name=p.text("name")))

    def speakers(self, request: Request) -> Response:
        p = Params(request)
        limit, page_no = p.limit(50), p.page()
        rows = self._speaker_list(p, (page_no - 1) * limit, limit)
        pager = Pager(page_no, limit, None, min(len(rows), limit), len(rows) > limit)
        return self.page(request, "speakers.html", {
            "active": "speakers", "speakers": rows[:limit], "pager": pager,
            "name": request.query_params.get("name", "")[:200]})

    def api_speakers(self, request: Request) -> Response:
        p = Params(request)
        limit, offset = p.limit(50), p.offset()
        rows = self._speaker_list(p, offset, limit)
        return JSONResponse({"speakers": [s.to_dict() for s in rows[:limit]],
                             "offset": offset, "limit": limit, "more": len(rows) > limit})

    def speaker(self, request: Request) -> Response:
        profile = self.corpus.speaker(check_id(request.path_params["id"]))
        points, unit = charts.bucket_days([(d.date, d.occurrences) for d in profile.per_week],
                                          finest="week")
        chart = charts.bar_chart(points, label=f"Quote occurrences per {unit}",
                                 unit="occurrences", testid="chart-per-week")
        quotes = [{"hit": h, "html": mark_matches(h.text, [])} for h in profile.quotes]
        return self.page(request, "speaker.html", {
            "active": "speakers", "s": profile, "sp": profile.summary, "chart": chart,
            "unit": unit,
            "quotes": quotes, "merges": profile.merged_names[:MAX_MERGES_SHOWN],
            "outlets": profile.outlets[:MAX_OUTLETS_LISTED]})

    def api_speaker(self, request: Request) -> Response:
        profile = self.corpus.speaker(check_id(request.path_params["id"]))
        return JSONResponse(profile.to_dict())

    # --- quotes, disputes ---

    def quote(self, request: Request) -> Response:
        cluster = self.corpus.quote(check_id(request.path_params["id"]))
        p = Params(request)
        page_no = p.page()
        limit = MAX_OCCURRENCES_SHOWN
        occurrences = cluster.occurrences[(page_no - 1) * limit: page_no * limit]
        pager = Pager(page_no, limit, len(cluster.occurrences), len(occurrences),
                      page_no * limit < len(cluster.occurrences))
        variants = [{"v": v, "diff": diff_html(v.diff)}
                    for v in cluster.variants[:MAX_VARIANTS_SHOWN]]
        original = next((v.text for v in cluster.variants if v.kind == "original"),
                        cluster.text)
        return self.page(request, "quote.html", {
            "active": "", "c": cluster, "occurrences": occurrences, "pager": pager,
            "variants": variants, "original": original})

    def api_quote(self, request: Request) -> Response:
        cluster = self.corpus.quote(check_id(request.path_params["id"]))
        return JSONResponse(cluster.to_dict())

    def _disputes(self, p: Params, offset: int, limit: int) -> tuple[str | None, Any]:
        kind = p.choice("kind", DISPUTE_KINDS, None)
        return kind, self.corpus.disputes(kind, offset=offset, limit=limit)

    def disputes(self, request: Request) -> Response:
        p = Params(request)
        limit, page_no = p.limit(50), p.page()
        kind, result = self._disputes(p, (page_no - 1) * limit, limit)
        pager = Pager(page_no, limit, result.total, len(result.items),
                      (page_no - 1) * limit + len(result.items) < result.total)
        return self.page(request, "disputes.html", {
            "active": "disputes", "kind": kind, "result": result, "pager": pager})

    def api_disputes(self, request: Request) -> Response:
        p = Params(request)
        _, result = self._disputes(p, p.offset(), p.limit(50))
        return JSONResponse(result.to_dict())

    # --- articles ---

    def article(self, request: Request) -> Response:
        view = self.corpus.article_view(check_id(request.path_params["id"]))
        return self.page(request, "article.html", {
            "active": "", **_article_context(view.article, view.quote_ids, view.speaker_ids),
            "article_id": view.id})

    def api_article(self, request: Request) -> Response:
        view = self.corpus.article_view(check_id(request.path_params["id"]))
        return JSONResponse(view.to_dict())

    # --- balance ---

    def _balance(self, p: Params) -> tuple[dict[str, Any], list[Any]]:
        by = p.choice("by", BALANCE_BY, "outlet") or "outlet"
        options = {"since": p.text("since", 10), "until": p.text("until", 10),
                   "outlet": p.text("outlet")}
        rows = list(self.corpus.balance(by, **options))
        return {"by": by, **options}, rows

    def balance(self, request: Request) -> Response:

        options, rows = self._balance(Params(request))
        shown = rows[:MAX_BALANCE_ROWS + 1]  # the "all" row and the groups
        charted = rows[:MAX_BALANCE_CHARTED + 1]
        gender = charts.stacked_bars(
            [(r.group, (r.female, r.male, r.unknown)) for r in charted], charts.GENDER_SERIES,
            label="Quotes by gender of the speaker", testid="chart-gender")
        people = charts.stacked_bars(
            [(r.group, (r.people_female, r.people_male, r.people_unknown)) for r in charted],
            charts.GENDER_SERIES, label="People quoted, by gender", testid="chart-people")
        kinds = charts.stacked_bars(
            [(r.group, (r.persons, r.organisations, r.other)) for r in charted],
            charts.KIND_SERIES, label="Quotes by kind of speaker", testid="chart-kinds")
        return self.page(request, "balance.html", {
            "active": "balance", "options": options, "rows": shown, "total_rows": len(rows),
            "charted": len(charted),
            "gender_chart": gender, "people_chart": people, "kind_chart": kinds,
            "note": BALANCE_NOTE})

    def api_balance(self, request: Request) -> Response:

        options, rows = self._balance(Params(request))
        return JSONResponse({**options, "rows": [r.to_dict() for r in rows],
                             "note": BALANCE_NOTE})

    # --- extract ---

    async def extract(self, request: Request) -> Response:
        form_fields = ("text", "fetch_url", "title", "url", "date", "outlet", "lang")
        context: dict[str, Any] = {"active": "extract", "error": None,
                                   "form": {**dict.fromkeys(form_fields, ""), "store": False},
                                   "view": None, "stored": None, "max_mb": _mb(MAX_UPLOAD_BYTES),
                                   "languages": _languages()}
        if request.method == "GET":
            return self.page(request, "extract.html", context)
        form = await request.form(max_files=1, max_fields=20, max_part_size=MAX_BODY_BYTES)
        fields = {k: v for k, v in form.items() if isinstance(v, str)}
        context["form"] = {k: fields.get(k, "") for k in form_fields}
        context["form"]["store"] = bool(fields.get("store"))
        upload = form.get("file")
        try:
            lang = _lang(fields)
            document = await self._document(fields, upload if isinstance(upload, UploadFile)
                                            else None)
            outcome = await run_in_threadpool(self._run_extraction, document,
                                              bool(fields.get("store")), lang)
        except BadRequest as exc:
            context["error"] = exc.message
            return self.page(request, "extract.html", context, exc.status)
        except InputError as exc:
            context["error"] = exc.reason
            return self.page(request, "extract.html", context,
                             413 if isinstance(exc, TooLarge) else 400)
        context.update(outcome)
        return self.page(request, "extract.html", context)

    async def api_extract(self, request: Request) -> Response:
        if request.headers.get("content-type", "").startswith("application/json"):
            try:
                body = json.loads(await request.body())
            except ValueError:
                raise BadRequest("the body is not valid JSON.") from None
            if not isinstance(body, dict):
                raise BadRequest("send a JSON object with \"text\" (or \"fetch_url\").")
            fields = {k: v for k, v in body.items() if isinstance(v, str)}
            store = body.get("store") is True
            upload = None
        else:
            form = await request.form(max_files=1, max_fields=20, max_part_size=MAX_BODY_BYTES)
            fields = {k: v for k, v in form.items() if isinstance(v, str)}
            store = bool(fields.get("store"))
            file = form.get("file")
            upload = file if isinstance(file, UploadFile) else None
        lang = _lang(fields)
        try:
            document = await self._document(fields, upload)
        except InputError as exc:
            raise BadRequest(exc.reason, 413 if isinstance(exc, TooLarge) else 400) from None
        outcome = await run_in_threadpool(self._run_extraction, document, store, lang)
        article = outcome["view"]["article"]
        return JSONResponse({
            "article": {**article.to_dict(), "text": article.text},
            "stored": outcome["stored"] is not None and outcome["stored"]["article_id"] is not None,
            "article_id": outcome["stored"]["article_id"] if outcome["stored"] else None,
            "message": outcome["stored"]["message"] if outcome["stored"] else None,
        })

    async def _document(self, fields: dict[str, str], upload: UploadFile | None) -> Document:
        """The article to extract: an uploaded file, else a URL to fetch, else pasted text."""
        meta = {k: (fields.get(k) or "").strip()[:500] or None
                for k in ("title", "url", "date", "outlet")}
        source = f"web-{uuid.uuid4().hex[:12]}"
        if upload is not None and upload.filename:
            data = await upload.read(MAX_UPLOAD_BYTES + 1)
            if len(data) > MAX_UPLOAD_BYTES:
                raise BadRequest(f"The file is over the {_mb(MAX_UPLOAD_BYTES)} limit per "
                                 "article; split it or send a shorter one.", 413)
            name = Path(upload.filename).name[:200]
            html = name.lower().endswith((".html", ".htm"))
            document = await run_in_threadpool(_read_upload, data, name, html)
            meta["title"] = meta["title"] or document.title or name
        elif fields.get("fetch_url", "").strip():
            url = fields["fetch_url"].strip()
            document = await run_in_threadpool(_fetch, url)
            meta["url"] = meta["url"] or document.url or url
        else:
            text = fields.get("text", "")
            if len(text.encode("utf-8")) > MAX_UPLOAD_BYTES:
                raise BadRequest(f"The text is over the {_mb(MAX_UPLOAD_BYTES)} limit per "
                                 "article; paste a shorter one.", 413)
            if not text.strip():
                raise BadRequest("Paste an article's text, upload a .txt or .html file, or "
                                 "give a URL to fetch.")
            document = Document(id=source, text=read_text(text.encode("utf-8"), "pasted text"))
        return Document(id=source, text=document.text,
                        title=meta["title"] or document.title, url=meta["url"] or document.url,
                        date=meta["date"] or document.date,
                        outlet=meta["outlet"] or document.outlet)

    def _run_extraction(self, document: Document, store: bool,
                        lang: str | None = None) -> dict[str, Any]:
        stored: dict[str, Any] | None = None
        if store:
            summary = self.extractor.store(self.db, document, lang)
            if summary.articles:
                view = self.corpus.article_view(document.id)
                return {"view": _article_context(view.article, view.quote_ids,
                                                 view.speaker_ids),
                        "stored": {"article_id": view.id,
                                   "message": f"Stored as article {view.id}."}}
            if summary.skipped:
                message = ("Not stored: the corpus already holds this article (same URL or "
                           "same text).")
            else:
                message = "Not stored: " + "; ".join(summary.failures[:3])
            stored = {"article_id": None, "message": message}
        article = self.extractor.extract(document, lang)
        article.title, article.url = document.title, document.url
        article.date, article.outlet = document.date, document.outlet
        return {"view": _article_context(article, None, None), "stored": stored}

    # --- login ---

    async def login(self, request: Request) -> Response:
        if self.token is None:
            return RedirectResponse("/", status_code=303)
        target = safe_next(request.query_params.get("next"))
        if request.method == "GET":
            return self.page(request, "login.html", {"next": target, "error": None, "bare": True})
        form = await request.form(max_files=0, max_fields=5)
        target = safe_next(str(form.get("next") or "/"))
        given = form.get("token")
        if not isinstance(given, str) or not token_matches(given, self.token):
            return self.page(request, "login.html", {"next": target, "bare": True,
                                                     "error": "That token is not right."}, 401)
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(COOKIE, session_value(self.token), httponly=True, samesite="strict",
                            secure=request.url.scheme == "https", path="/")
        return response

    async def logout(self, request: Request) -> Response:
        response = RedirectResponse("/login" if self.token else "/", status_code=303)
        response.delete_cookie(COOKIE, path="/", httponly=True, samesite="strict")
        return response


# --- helpers ---------------------------------------------------------------------------------


def _article_context(article: Any, quote_ids: Any, speaker_ids: Any) -> dict[str, Any]:
    cards, legend = article_cards(article, quote_ids, speaker_ids)
    return {"article": article, "cards": cards, "legend": legend,
            "html": article_html(article.text, article.quotes, cards),
            "url": http_url(article.url)}


def _stream_rows(corpus: Corpus, first: dict[str, Any] | None,
                 rows: Iterator[dict[str, Any]], fmt: str) -> Iterator[str]:
    """The export rows as CSV or JSONL text, a chunk at a time, as ``onrecord export`` writes
    them; the corpus (opened for this download) is closed at the end."""
    try:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS) if fmt == "csv" else None
        if writer is not None:
            writer.writeheader()
        count = 0
        for row in ([first] if first is not None else []):
            _write_row(buffer, writer, row)
        for row in rows:
            _write_row(buffer, writer, row)
            count += 1
            if count % 500 == 0:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()
    finally:
        corpus.close()


def _write_row(buffer: io.StringIO, writer: csv.DictWriter[str] | None,
               row: dict[str, Any]) -> None:
    if writer is not None:
        writer.writerow(csv_row(row))
    else:
        buffer.write(json.dumps(row, ensure_ascii=False) + "\n")


def _read_upload(data: bytes, name: str, html: bool) -> Document:
    if not html:
        return Document(id=name, text=read_text(data, name, max_bytes=MAX_UPLOAD_BYTES))
    return _read_html(data, name)


def _read_html(data: bytes, name: str) -> Document:
    """An HTML page's article text and metadata, read as ``onrecord extract page.html`` would."""
    with tempfile.TemporaryDirectory(prefix="onrecord-") as folder:
        path = Path(folder, "page.html")
        path.write_bytes(data)
        for item in read_paths([str(path)], max_bytes=MAX_UPLOAD_BYTES):
            if isinstance(item, Document):
                return item
            raise type(item.error)(item.error.reason, source=name)
    raise BadRequest("found no article in the page.")


def _fetch(url: str) -> Document:
    """Download a page and read its article with trafilatura; a clear message when it fails."""
    if len(url) > MAX_URL_CHARS:
        raise BadRequest(f"The URL is over {MAX_URL_CHARS} characters.")
    _check_fetchable(url)
    data = download(url)
    if len(data) > MAX_UPLOAD_BYTES:
        raise BadRequest(f"The page is over the {_mb(MAX_UPLOAD_BYTES)} limit per article.", 413)
    return _read_html(data, url)


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to another public http(s) address."""

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any,
                         newurl: str) -> Any:
        _check_fetchable(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def download(url: str) -> bytes:
    """The page at ``url`` (at most one byte over the article limit), following redirects
    only to public addresses."""
    opener = urllib.request.build_opener(_CheckedRedirects())
    request = urllib.request.Request(url, headers={"User-Agent": f"onrecord/{__version__}"})
    try:
        with opener.open(request, timeout=FETCH_TIMEOUT) as response:
            data: bytes = response.read(MAX_UPLOAD_BYTES + 1)
    except BadRequest:
        raise
    except Exception as exc:  # network errors of every kind: one clear message
        reason = getattr(exc, "reason", None) or getattr(exc, "code", None) or type(exc).__name__
        raise BadRequest(f"Could not fetch {url} ({reason}): is this machine offline, or the "
                         "page gone? Save the page and upload it instead.", 502) from None
    if not data:
        raise BadRequest(f"Could not fetch {url}: the page is empty.", 502)
    return data


def _check_fetchable(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadRequest("Give an http:// or https:// URL to fetch.")
    _refuse_local(parts.hostname)


def _refuse_local(host: str) -> None:
    """Refuse to fetch from this machine or its private network (the server must not become a
    way into it)."""
    try:
        infos = socket.getaddrinfo(host, None)
    except (OSError, UnicodeError):
        raise BadRequest(f"Could not fetch from {host}: the name does not resolve (is this "
                         "machine offline?). Save the page and upload it instead.", 502) from None
    if not infos:
        raise BadRequest(f"Could not fetch from {host}: the name does not resolve.", 502)
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not address.is_global:
            raise BadRequest(f"Will not fetch from {host}: it is a local or private address.")


def _mb(size: int) -> str:
    return f"{size / 1_000_000:g} MB"


def _languages() -> list[tuple[str, str]]:
    """(code, name) of each language the Extract page offers."""
    from onrecord.extraction.language import language_name, supported_languages

    return [(code, language_name(code)) for code in supported_languages()]


def _lang(fields: dict[str, str]) -> str | None:
    """The language a form or JSON body asks for ("lang"), or None to detect it."""
    lang = (fields.get("lang") or "").strip().lower()
    if lang in ("", "auto"):
        return None
    if lang not in dict(_languages()):
        known = ", ".join(code for code, _ in _languages())
        raise BadRequest(f"unknown language {lang!r}: choose one of {known}, or leave it out to "
                         "detect the article's language.")
    return lang
