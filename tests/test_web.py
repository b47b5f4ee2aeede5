"""Tests for the web app (``onrecord serve``) through Starlette's TestClient: what a person sees on
each page, the JSON API, and the security model (read-only corpus, token, headers, hostile
articles shown as text, limits, error pages that show an id and no traceback)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import re
import shutil
import threading
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from corpus_data import FIRST_SEEN, QUOTE, REPOSTS, build_db
from spacy.language import Language
from starlette.testclient import TestClient

from onrecord import Corpus
from onrecord.cli import cli
from onrecord.extraction.reading import MAX_ARTICLE_BYTES, Document
from onrecord.web import create_app
from onrecord.web.security import CSP

BASE = "http://127.0.0.1:8000"
TOKEN = "t0ken-for-tests"

HOSTILE_TITLE = '<script>alert("title")</script> Council'
HOSTILE = (
    "Mayor Jane Holloway spoke at the council meeting in Harsk on Monday.\n"
    '"<script>alert(1)</script> has no place in our city <img src=x onerror=alert(1)>," '
    "Holloway said.\n"
    'The council website showed a link, <a href="javascript:alert(1)">click here</a>, and a '
    "broken form </textarea> on its front page.\n"
    '"We will fix the <b>website</b> by Friday and nobody will lose data," she told '
    "reporters.\n"
)

# One long quotation reported by three outlets: one rewords it, one credits it to someone else.
LONG = ("The river belongs to everyone who lives along its banks, and no government should be "
        "allowed to close the sluice gates without asking the farmers downstream first")
REWORDED = LONG.replace("allowed", "permitted")
DISPUTED = [
    Document(id="valley-1", outlet="Valley Times", date="2024-04-01",
             url="https://valley.example/1", title="Farmers rally in Harsk",
             text="Farm leader Mira Castell spoke in Harsk on Monday.\n"
                  f'"{LONG}," Castell said.\n'),
    Document(id="herald-2", outlet="River Herald", date="2024-04-02",
             url="https://herald.example/2", title="Castell warns on sluice gates",
             text="Thousands of farmers gathered in Harsk on Monday.\n"
                  f'"{REWORDED}," Mira Castell told the crowd.\n'),
    Document(id="capital-3", outlet="Capital Daily", date="2024-04-03",
             url="https://capital.example/3", title="Minister on the river",
             text="The government spoke about the Loren River on Wednesday.\n"
                  f'"{LONG}," Energy Minister Pavel Drozd said on Wednesday.\n'),
]


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    """The demo articles, the reposts, the disputed quote and the hostile article."""
    db = build_db(tmp_path_factory.mktemp("web"), nlp)
    hostile = Document(id="hostile.txt", text=HOSTILE, title=HOSTILE_TITLE,
                       url="javascript:alert(1)", outlet="<b>Evil</b> Gazette",
                       date="2024-03-05")
    with Corpus(db) as corpus:
        summary = corpus.ingest([hostile, *DISPUTED], nlp=nlp)
    assert summary.articles == 4, summary.failures
    return db


@pytest.fixture(scope="session")
def client(web_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(web_db)), base_url=BASE) as c:
        yield c


@pytest.fixture(scope="session")
def corpus(web_db: Path) -> Iterator[Corpus]:
    with Corpus(web_db, read_only=True) as opened:
        yield opened


@pytest.fixture(scope="session")
def ids(corpus: Corpus) -> dict[str, int]:
    """Ids of the things the tests look at: the reposted quote, its speaker, the hostile
    article and its quote, the disputed quote."""
    repost = corpus.search_page('"close this file"').hits[0]
    hostile = corpus.article_view("hostile.txt")
    disputed = corpus.search_page("sluice gates farmers downstream").hits[0]
    return {"quote": repost.id, "speaker": repost.speaker_id,
            "article": repost.occurrences[0].article_id, "hostile": hostile.id,
            "hostile_quote": next(q for q in hostile.quote_ids if q is not None),
            "disputed": disputed.id}


# --- what a page shows -----------------------------------------------------------------------


BLOCKS = frozenset({"p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "br", "section",
                    "article", "header", "footer", "nav", "ul", "ol", "table", "dt", "dd",
                    "blockquote", "option", "figure", "label", "button", "main", "form"})


class _Page(HTMLParser):
    """The visible text of a page (a space where a block starts or ends), and every tag with
    its attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style", "title"):
            self.hidden += 1
        if tag in BLOCKS:
            self.text.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "title"):
            self.hidden -= 1
        if tag in BLOCKS:
            self.text.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.text.append(data)


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


def visible(html: str) -> str:
    return " ".join("".join(parse(html).text).split())


def links(html: str) -> list[str]:
    return [a["href"] or "" for tag, a in parse(html).tags if tag == "a" and "href" in a]


def by_testid(html: str, name: str) -> list[dict[str, str | None]]:
    return [a for _, a in parse(html).tags if a.get("data-testid") == name]


def assert_inert(html: str) -> None:
    """No script but the app's own file, no inline style or event handler, no javascript:
    link, no image: what a hostile article could have smuggled in is not there."""
    for tag, attrs in parse(html).tags:
        if tag == "script":
            assert attrs.get("src", "").startswith("/static/"), attrs
        assert tag not in ("img", "iframe", "object", "embed", "base"), tag
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            assert name != "style", tag
            if name in ("href", "src", "action", "formaction"):
                assert not (value or "").strip().lower().startswith(("javascript:", "data:t")), \
                    (tag, value)


def get(client: TestClient, url: str, status: int = 200, **kwargs: Any) -> str:
    response = client.get(url, **kwargs)
    assert response.status_code == status, (url, response.status_code, response.text[:500])
    return response.text


MAIN_PAGES = ["/", "/search", "/search?q=Geneva", "/speakers", "/disputes",
              "/disputes?kind=wording", "/disputes?kind=attribution", "/balance",
              "/balance?by=month", "/extract"]


def all_pages(ids: dict[str, int]) -> list[str]:
    return [*MAIN_PAGES, f"/speakers/{ids['speaker']}", f"/quotes/{ids['quote']}",
            f"/quotes/{ids['disputed']}", f"/articles/{ids['article']}",
            f"/articles/{ids['hostile']}"]


# --- pages -----------------------------------------------------------------------------------


def test_web_home_shows_counts_chart_top_speakers_and_newest(client: TestClient,
                                                             corpus: Corpus) -> None:
    html = get(client, "/")
    counts = corpus.counts()
    text = visible(html)
    assert f"{counts['articles']:,} articles" in text
    assert f"{counts['occurrences']:,} quote occurrences" in text
    assert "2024-03-03 – 2024-04-03" in text  # the dated articles' range
    assert by_testid(html, "chart-per-day") and "<rect" in html and "<title>2024-03-03" in html
    top = by_testid(html, "top-speakers")
    assert top and "Dariusz Kellerman" in text
    assert any(h.startswith("/speakers/") for h in links(html))
    assert any(h.startswith("/quotes/") for h in links(html))
    assert "<nav" in html and "<h1>" in html


def test_web_home_period_filters_the_counts(client: TestClient) -> None:
    text = visible(get(client, "/?since=2024-04&until=2024-04-30"))
    assert "2024-04-01 – 2024-04-03" in text
    assert "Cannot do that" in visible(get(client, "/?since=yesterday", 400))


def test_web_search_highlights_matches_and_shows_where_reported(client: TestClient) -> None:
    html = get(client, "/search?q=Geneva")
    assert "<mark>Geneva</mark>" in html or "<mark>geneva</mark>" in html.lower()
    text = visible(html)
    assert "Dariusz Kellerman" in text
    assert f"first seen {FIRST_SEEN[1]} {FIRST_SEEN[0]}" in text
    hits = by_testid(html, "hit")
    assert hits
    for repost in REPOSTS[:2]:
        assert repost["outlet"] in text


def test_web_search_filters_sort_and_pagination(client: TestClient, corpus: Corpus) -> None:
    html = get(client, "/search?q=Geneva&outlet=Harbour+Post&speaker=Kellerman"
                       "&since=2024-03&until=2024-03-31")
    assert len(by_testid(html, "hit")) == 1
    assert "Harbour Post" in visible(html)
    total = corpus.search_page(None).total
    assert total > 4
    first = get(client, "/search?sort=date&limit=2")
    assert len(by_testid(first, "hit")) == 2
    assert f"1–2 of {total:,}" in visible(first)
    next_link = by_testid(first, "next")[0]["href"] or ""
    assert "page=2" in next_link and "limit=2" in next_link
    second = get(client, next_link)
    assert f"3–4 of {total:,}" in visible(second)
    assert set(links(first)) & {h for h in links(second) if h.startswith("/quotes/")} == set()
    oldest = get(client, "/search?sort=oldest&limit=100")
    newest = get(client, "/search?sort=date&limit=100")
    first_old = [h for h in links(oldest) if h.startswith("/quotes/")]
    first_new = [h for h in links(newest) if h.startswith("/quotes/")]
    assert first_old and first_new and first_old[0] != first_new[0]
    typed = get(client, "/search?type=indirect&limit=100")
    shown = re.findall(r'<span class="type">(\w+)</span>', typed)
    assert shown and set(shown) == {"indirect"}


def test_web_search_min_confidence_keeps_the_sure_quotes(client: TestClient,
                                                         corpus: Corpus) -> None:
    everything = corpus.search_page(None, limit=100)
    sure = corpus.search_page(None, limit=100, min_confidence=0.9)
    assert 0 < sure.total < everything.total
    html = get(client, "/search?min_confidence=0.9&limit=100")
    assert f"of {sure.total:,}" in visible(html) or f"{sure.total} quote" in visible(html)
    selected = [a for tag, a in parse(html).tags if tag == "option" and "selected" in a]
    assert {"value": "0.9", "selected": None} in selected
    rows = client.get("/search/download?format=csv&min_confidence=0.9").text.splitlines()
    assert len(rows) - 1 == sum(1 for _ in corpus.rows(min_confidence=0.9))
    get(client, "/search?min_confidence=1.5", status=400)


def test_web_search_outlet_dropdown_lists_outlets(client: TestClient) -> None:
    html = get(client, "/search")
    options = [a.get("value") for tag, a in parse(html).tags if tag == "option"]
    for repost in REPOSTS:
        assert repost["outlet"] in options


@pytest.mark.parametrize(("url", "message"), [
    ("/search?q=" + "a" * 501, "limit is 500"),
    ("/search?q=dam&limit=101", "limit must be a whole number from 1 to 100"),
    ("/search?q=dam&page=0", "page must be"),
    ("/search?q=%22unclosed", "double quotes"),
    ("/search?type=shouted", "type must be one of"),
    ("/search?since=last+week", "not a date"),
])
def test_web_search_bad_input_is_a_clear_400(client: TestClient, url: str, message: str) -> None:
    html = get(client, url, 400)
    assert message in visible(html)
    assert "Traceback" not in html
    assert by_testid(html, "search-form")  # the form is still there to fix the search


def test_web_api_limits_are_clear_json(client: TestClient) -> None:
    response = client.get("/api/search?q=" + "a" * 501)
    assert response.status_code == 400 and "500" in response.json()["error"]
    assert client.get("/api/search?limit=101").status_code == 400
    assert client.get("/api/speakers?limit=1000").status_code == 400
    assert client.get("/api/disputes?offset=-1").status_code == 400


def test_web_search_download_gives_the_export_rows(client: TestClient, corpus: Corpus) -> None:
    expected = list(corpus.rows(text="Geneva", speaker="Kellerman"))
    assert expected
    html = get(client, "/search?q=Geneva&speaker=Kellerman")
    href = by_testid(html, "download-csv")[0]["href"] or ""
    response = client.get(href)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [int(r["quote_id"]) for r in rows] == [r["quote_id"] for r in expected]
    jsonl = client.get(by_testid(html, "download-jsonl")[0]["href"] or "")
    assert [json.loads(line) for line in jsonl.text.splitlines()] == expected
    parquet = client.get(by_testid(html, "download-parquet")[0]["href"] or "")
    assert parquet.status_code == 200 and parquet.content[:4] == b"PAR1"
    assert client.get("/search/download?format=xlsx").status_code == 400
    bad = client.get("/search/download?format=csv&q=%22open")
    assert bad.status_code == 400 and "double quotes" in bad.json()["error"]


def test_web_speakers_list_and_speaker_page(client: TestClient, ids: dict[str, int]) -> None:
    html = get(client, "/speakers")
    assert "Dariusz Kellerman" in visible(html)
    assert f"/speakers/{ids['speaker']}" in links(html)
    found = get(client, "/speakers?name=Kellerman")
    assert [a["href"] for a in by_testid(found, "speaker-link")] == [f"/speakers/{ids['speaker']}"]
    page = get(client, f"/speakers/{ids['speaker']}")
    text = visible(page)
    assert by_testid(page, "speaker-name") and "Dariusz Kellerman" in text
    assert "person" in text
    assert "Gender" in text
    assert by_testid(page, "chart-per-week")
    outlets = by_testid(page, "speaker-outlets")
    assert outlets and "Harbour Post" in text and "Daily Ledger" in text
    assert by_testid(page, "merged-names") and "Kellerman" in text
    assert f"/quotes/{ids['quote']}" in links(page)
    small = get(client, "/speakers?limit=2")
    assert len(by_testid(small, "speaker-link")) == 2 and by_testid(small, "next")


def test_web_quote_page_shows_occurrences_first_seen_and_variants(
        client: TestClient, ids: dict[str, int]) -> None:
    html = get(client, f"/quotes/{ids['quote']}")
    text = visible(html)
    assert QUOTE.rstrip(",") in text
    first = by_testid(html, "first-seen")
    assert first and f"{FIRST_SEEN[1]}, {FIRST_SEEN[0]}" in text
    for repost in REPOSTS:
        assert repost["outlet"] in text
        assert repost["url"] in links(html)
    articles = [a["href"] for a in by_testid(html, "occurrence-article")]
    assert len(articles) == 1 + len(REPOSTS)
    assert by_testid(html, "variants")
    assert not by_testid(html, "flag-wording")  # case, marks and a cut are not a rewording


def test_web_quote_page_flags_disputed_wording_and_attribution(
        client: TestClient, ids: dict[str, int]) -> None:
    html = get(client, f"/quotes/{ids['disputed']}")
    assert by_testid(html, "flag-wording") and by_testid(html, "flag-attribution")
    text = visible(html)
    assert "Pavel Drozd" in text and "Mira Castell" in text
    assert "<del>allowed</del>" in html and "<ins>permitted</ins>" in html
    for title in ("Farmers rally in Harsk", "Minister on the river"):
        assert title in text


def test_web_disputes_page_lists_the_clusters_by_kind(client: TestClient,
                                                      ids: dict[str, int]) -> None:
    for kind in ("", "?kind=wording", "?kind=attribution"):
        html = get(client, "/disputes" + kind)
        assert f"/quotes/{ids['disputed']}" in links(html)
    assert f"/quotes/{ids['quote']}" not in links(get(client, "/disputes"))
    assert "kind must be one of" in visible(get(client, "/disputes?kind=other", 400))


def test_web_article_page_highlights_quotes_with_cards_and_legend(
        client: TestClient, corpus: Corpus, ids: dict[str, int]) -> None:
    view = corpus.article_view(ids["article"])
    html = get(client, f"/articles/{ids['article']}")
    marks = by_testid(html, "quote-mark")
    assert len({m["data-card"] for m in marks}) == len(view.article.quotes)
    for m in marks:
        assert re.fullmatch(r"q sp(\d+|-none)", m["class"] or "")
        assert (m["href"] or "").startswith("#quote-")
    cards = by_testid(html, "card")
    assert len(cards) == len(view.article.quotes)
    assert {c["id"] for c in cards} == {m["data-card"] for m in marks}
    assert 'class="cue"' in html and 'class="mention"' in html
    legend = visible(html)
    assert "Dariusz Kellerman" in legend
    kellerman = [m for m, q in zip(marks, view.article.quotes, strict=True) if q.speaker_name ==
                 "Dariusz Kellerman"]
    assert len({m["class"] for m in kellerman}) == 1  # one speaker, one colour
    assert f"/quotes/{ids['quote']}" in links(html)
    assert f"/speakers/{ids['speaker']}" in links(html)


def test_web_article_text_is_the_stored_text(client: TestClient, corpus: Corpus,
                                             ids: dict[str, int]) -> None:
    html = get(client, f"/articles/{ids['article']}")
    start = html.index('data-testid="article-text">') + len('data-testid="article-text">')
    body = html[start: html.index("</div>", start)]
    assert visible(body) == " ".join(corpus.article_view(ids["article"]).article.text.split())


def test_web_balance_shows_unknown_and_the_note(client: TestClient) -> None:
    from onrecord.corpus.browse import BALANCE_NOTE

    html = get(client, "/balance")
    text = visible(html)
    assert " ".join(BALANCE_NOTE.split()) in text
    assert "unknown" in text and "female" in text and "male" in text
    rows = by_testid(html, "balance-row")
    assert rows and "all" in text
    for chart in ("chart-gender", "chart-people", "chart-kinds"):
        assert by_testid(html, chart)
    months = visible(get(client, "/balance?by=month"))
    assert "2024-03" in months and "2024-04" in months
    assert "by must be one of" in visible(get(client, "/balance?by=planet", 400))


# --- the JSON API ----------------------------------------------------------------------------


def test_web_api_returns_the_library_results(client: TestClient, corpus: Corpus,
                                             ids: dict[str, int]) -> None:
    overview = client.get("/api/overview").json()
    assert overview["articles"] == corpus.counts()["articles"]
    assert {"per_day", "top_speakers", "newest", "first_date"} <= set(overview)
    search = client.get("/api/search?q=Geneva&limit=2").json()
    assert {"hits", "total", "offset", "limit", "sort"} <= set(search)
    assert search["limit"] == 2 and len(search["hits"]) <= 2
    assert {"id", "text", "speaker", "matches", "occurrences"} <= set(search["hits"][0])
    assert client.get(f"/api/quotes/{ids['quote']}").json() == \
        json.loads(json.dumps(corpus.quote(ids["quote"]).to_dict()))
    speaker = client.get(f"/api/speakers/{ids['speaker']}").json()
    assert speaker["summary"]["name"] == "Dariusz Kellerman"
    assert "gender_source" in speaker and "per_week" in speaker
    article = client.get(f"/api/articles/{ids['article']}").json()
    assert article["id"] == ids["article"] and "quote_ids" in article
    disputes = client.get("/api/disputes?kind=attribution").json()
    assert ids["disputed"] in [d["quote_id"] for d in disputes["items"]]
    balance = client.get("/api/balance?by=month").json()
    assert balance["rows"][0]["group"] == "all" and "note" in balance
    outlets = client.get("/api/outlets").json()["outlets"]
    assert {"outlet": "Harbour Post", "articles": 1} in outlets
    speakers = client.get("/api/speakers?limit=1").json()
    assert len(speakers["speakers"]) == 1 and speakers["more"] is True


@pytest.mark.parametrize("url", ["/quotes/999999", "/speakers/999999", "/articles/999999",
                                 "/quotes/99999999999999999999999", "/nowhere",
                                 "/api/quotes/999999", "/api/articles/999999",
                                 "/api/speakers/999999"])
def test_web_unknown_ids_are_404(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    if url.startswith("/api/"):
        assert response.json()["status"] == 404
    else:
        assert "Not found" in visible(response.text)


# --- hostile articles --------------------------------------------------------------------


def test_web_hostile_article_shows_as_text_everywhere(client: TestClient,
                                                      ids: dict[str, int]) -> None:
    pages = {
        "article": get(client, f"/articles/{ids['hostile']}"),
        "search": get(client, "/search?q=script"),
        "quote": get(client, f"/quotes/{ids['hostile_quote']}"),
        "home": get(client, "/"),
        "extract": client.post("/extract", data={"text": HOSTILE},
                               files={"file": ("", b"")}).text,
    }
    for name, html in pages.items():
        assert_inert(html)
        text = visible(html)
        assert "<script>alert(1)</script>" in text, name
    article = visible(pages["article"])
    for piece in ("<img src=x onerror=alert(1)>", '<a href="javascript:alert(1)">click here</a>',
                  "</textarea>", "<b>website</b>", HOSTILE_TITLE, "<b>Evil</b> Gazette"):
        assert piece in article, piece
    # The javascript: URL is shown, never linked.
    assert by_testid(pages["article"], "article-url-text")
    assert not by_testid(pages["article"], "article-url")
    # The pasted text goes back into the textarea as text: </textarea> cannot close it.
    textarea = [a for t, a in parse(pages["extract"]).tags if t == "textarea"]
    assert len(textarea) == 1
    assert "&lt;/textarea&gt;" in pages["extract"]


def test_web_external_links_only_for_http_urls(client: TestClient,
                                               ids: dict[str, int]) -> None:
    html = get(client, f"/quotes/{ids['quote']}")
    external = [h for h in links(html) if not h.startswith(("/", "#", "?"))]
    assert external and all(h.startswith(("http://", "https://")) for h in external)


# --- security --------------------------------------------------------------------------------


def test_web_every_response_has_the_security_headers(client: TestClient,
                                                     ids: dict[str, int]) -> None:
    urls = [*all_pages(ids), "/static/app.css", "/static/app.js", "/api/overview",
            "/nowhere", "/search?q=%22bad", "/search/download?format=csv&q=dam"]
    for url in urls:
        response = client.get(url)
        assert response.headers["content-security-policy"] == CSP, url
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "same-origin"
    assert CSP == ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' "
                   "data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
                   "base-uri 'none'; frame-ancestors 'none'")


def test_web_pages_have_no_inline_script_style_or_handlers(client: TestClient,
                                                           ids: dict[str, int]) -> None:
    for url in all_pages(ids):
        html = get(client, url)
        assert_inert(html)
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), url
        assert "<style" not in html
    static = Path(__file__).resolve().parents[1] / "src" / "onrecord" / "web" / "templates"
    for template in static.glob("*.html"):
        source = template.read_text(encoding="utf-8")
        assert not re.search(r"\sstyle=|\son[a-z]+=|<script>", source), template.name


def test_web_links_on_every_page_work(client: TestClient, ids: dict[str, int]) -> None:
    seen: set[str] = set()
    for url in all_pages(ids):
        for href in links(get(client, url)):
            if href.startswith("/") and not href.startswith("//"):
                seen.add(href.replace("&amp;", "&"))
    assert len(seen) > 20
    for href in sorted(seen):
        response = client.get(href, follow_redirects=False)
        assert response.status_code == 200, (href, response.status_code)


def test_web_corpus_is_read_only_one_per_thread(client: TestClient, web_db: Path,
                                                ids: dict[str, int]) -> None:
    import sqlite3

    before = hashlib.sha256(web_db.read_bytes()).hexdigest()
    for url in all_pages(ids):
        client.get(url)
    assert hashlib.sha256(web_db.read_bytes()).hexdigest() == before
    pool = client.app.state.pool  # type: ignore[attr-defined]
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        pool.get().conn.execute("DELETE FROM quotes")
    seen: list[Any] = []
    thread = threading.Thread(target=lambda: seen.append(pool.get()))
    thread.start()
    thread.join()
    assert seen[0] is not pool.get() and pool.get() is pool.get()


def test_web_unexpected_error_shows_only_an_error_id(web_db: Path, caplog: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret detail of the failure")

    app = create_app(str(web_db))
    monkeypatch.setattr(Corpus, "overview", boom)
    with caplog.at_level(logging.ERROR, logger="onrecord.web"):
        with TestClient(app, base_url=BASE, raise_server_exceptions=False) as c:
            response = c.get("/")
            api = c.get("/api/overview")
    assert response.status_code == 500
    assert "secret detail" not in response.text and "Traceback" not in response.text
    error_id = by_testid(response.text, "error-id")
    assert error_id
    shown = re.search(r'data-testid="error-id">([0-9a-f]+)<', response.text)
    assert shown is not None
    assert response.headers["content-security-policy"] == CSP
    assert api.status_code == 500 and "secret" not in api.text and api.json()["error_id"]
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert shown.group(1) in logged
    assert "secret detail of the failure" in caplog.text


def test_web_answers_only_to_loopback_names_without_a_token(web_db: Path) -> None:
    with TestClient(create_app(str(web_db)), base_url="http://evil.example") as c:
        response = c.get("/")
    assert response.status_code == 400 and "Unknown host" in visible(response.text)
    with TestClient(create_app(str(web_db)), base_url="http://localhost:8000") as c:
        assert c.get("/").status_code == 200


@pytest.fixture(scope="session")
def guarded(web_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(web_db), token=TOKEN), base_url="http://news.example") as c:
        yield c


@pytest.mark.parametrize("url", ["/", "/search?q=dam", "/speakers", "/disputes", "/balance",
                                 "/extract", "/quotes/1", "/articles/1", "/speakers/1"])
def test_web_token_pages_redirect_to_login(guarded: TestClient, url: str) -> None:
    response = guarded.get(url, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login?next=")
    assert response.headers["content-security-policy"] == CSP


@pytest.mark.parametrize("url", ["/api/overview", "/api/search?q=dam", "/api/quotes/1",
                                 "/search/download?format=csv"])
def test_web_token_api_needs_the_bearer_token(guarded: TestClient, url: str) -> None:
    assert guarded.get(url).status_code == 401
    wrong = guarded.get(url, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"].startswith("Bearer")
    ok = guarded.get(url, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code in (200, 404)


def test_web_token_extract_post_needs_the_token(guarded: TestClient) -> None:
    response = guarded.post("/extract", data={"text": "x"}, files={"file": ("", b"")})
    assert response.status_code == 401
    assert guarded.post("/api/extract", json={"text": "x"}).status_code == 401


def test_web_token_login_sets_a_strict_httponly_cookie(web_db: Path) -> None:
    with TestClient(create_app(str(web_db), token=TOKEN), base_url="http://news.example") as c:
        assert c.get("/static/app.css").status_code == 200  # the app's own CSS stays open
        login = c.get("/login?next=/speakers")
        assert login.status_code == 200 and by_testid(login.text, "login-form")
        wrong = c.post("/login", data={"token": "guess", "next": "/speakers"})
        assert wrong.status_code == 401 and "not right" in visible(wrong.text)
        assert "set-cookie" not in wrong.headers
        right = c.post("/login", data={"token": TOKEN, "next": "/speakers"},
                       follow_redirects=False)
        assert right.status_code == 303 and right.headers["location"] == "/speakers"
        cookie = right.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
        assert TOKEN not in cookie
        assert c.get("/speakers").status_code == 200
        assert c.get("/api/overview").status_code == 200
        away = c.post("/login", data={"token": TOKEN, "next": "//evil.example/"},
                      follow_redirects=False)
        assert away.headers["location"] == "/"
        out = c.post("/logout", follow_redirects=False)
        assert out.status_code == 303
        c.cookies.clear()
        assert c.get("/speakers", follow_redirects=False).status_code == 303


def test_web_cross_site_posts_are_refused(client: TestClient) -> None:
    response = client.post("/extract", data={"text": "x", "store": "1"},
                           files={"file": ("", b"")},
                           headers={"Origin": "https://evil.example"})
    assert response.status_code == 403
    same = client.post("/extract", data={"text": HOSTILE}, files={"file": ("", b"")},
                       headers={"Origin": BASE})
    assert same.status_code == 200


# --- extract ---------------------------------------------------------------------------------


def test_web_extract_pasted_text_shows_the_article_and_stores_nothing(
        client: TestClient, corpus: Corpus) -> None:
    before = corpus.counts()
    html = get(client, "/extract")
    assert by_testid(html, "extract-form")
    text = ('"We will appeal," the company said in a statement on Friday.\n'
            "Chief executive Ana Ruiz said the ruling was wrong.\n")
    response = client.post("/extract", data={"text": text, "title": "Appeal"},
                           files={"file": ("", b"")})
    assert response.status_code == 200
    page = response.text
    assert len(by_testid(page, "quote-mark")) >= 2 and "the company" in visible(page)
    assert "Appeal" in visible(page)
    assert not by_testid(page, "extract-stored")
    assert corpus.counts() == before
    api = client.post("/api/extract", json={"text": text}).json()
    assert api["stored"] is False and api["article"]["quotes"][0]["text"] == "We will appeal"


def test_web_extract_store_writes_only_when_asked(web_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    with Corpus(web_db, read_only=True) as source:
        before = source.counts()["articles"]
    for suffix in ("", "-wal", "-shm"):
        if Path(str(web_db) + suffix).exists():
            shutil.copy(str(web_db) + suffix, str(db) + suffix)
    text = ('"The bridge will open in May," Transport Minister Karl Aubert said on Tuesday.\n'
            "He added that the budget had been kept.\n")
    with TestClient(create_app(str(db)), base_url=BASE) as c:
        response = c.post("/extract", data={"text": text, "store": "1", "outlet": "Test Post"},
                          files={"file": ("", b"")})
        assert response.status_code == 200
        stored = by_testid(response.text, "extract-stored")
        assert stored and "Stored as article" in visible(response.text)
        article_link = [h for h in links(response.text) if h.startswith("/articles/")][0]
        assert "Karl Aubert" in visible(c.get(article_link).text)
        again = c.post("/extract", data={"text": text, "store": "1"}, files={"file": ("", b"")})
        assert "already holds this article" in visible(again.text)
    with Corpus(db, read_only=True) as copy:
        assert copy.counts()["articles"] == before + 1


def test_web_extract_upload_txt_and_html(client: TestClient) -> None:
    txt = b'"Prices will fall," the minister said.\n'
    page = client.post("/extract", files={"file": ("note.txt", txt)})
    assert page.status_code == 200 and by_testid(page.text, "quote-mark")
    html = ("<html><head><title>Budget day</title></head><body><article><h1>Budget day</h1>"
            "<p>The finance minister presented the budget to parliament on Wednesday "
            "afternoon.</p><p>\u201cThis budget protects families and pays down the debt,\u201d "
            "the minister said.</p><p>The opposition said the plan would not work at all "
            "for most ordinary people.</p></article></body></html>").encode()
    page = client.post("/extract", files={"file": ("budget.html", html)})
    assert page.status_code == 200, page.text[:300]
    assert "This budget protects families" in visible(page.text)
    binary = client.post("/extract", files={"file": ("x.txt", b"\x00\x01\x02" * 10)})
    assert binary.status_code == 400 and by_testid(binary.text, "extract-error")


def test_web_extract_size_limits_are_clear(client: TestClient) -> None:
    big = "a" * (MAX_ARTICLE_BYTES + 10)
    pasted = client.post("/extract", data={"text": big[: MAX_ARTICLE_BYTES + 1]},
                         files={"file": ("", b"")})
    assert pasted.status_code == 413 and "5 MB" in visible(pasted.text)
    uploaded = client.post("/extract", files={"file": ("big.txt", big.encode())})
    assert uploaded.status_code == 413 and "5 MB" in visible(uploaded.text)
    huge = client.post("/extract", files={"file": ("huge.txt", b"a" * (MAX_ARTICLE_BYTES * 2))})
    assert huge.status_code == 413 and "Traceback" not in huge.text
    api = client.post("/api/extract", json={"text": big})
    assert api.status_code == 413 and "limit" in api.json()["error"]
    empty = client.post("/extract", data={"text": "  "}, files={"file": ("", b"")})
    assert empty.status_code == 400 and "Paste an article" in visible(empty.text)


def test_web_extract_url_fetch_failure_is_clear(client: TestClient,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import socket
    import urllib.error
    import urllib.request

    def offline(*args: Any, **kwargs: Any) -> Any:
        raise urllib.error.URLError("Network is unreachable")

    monkeypatch.setattr(urllib.request.OpenerDirector, "open", offline)
    monkeypatch.setattr(socket, "getaddrinfo",
                        lambda *a, **kw: [(2, 1, 6, "", ("93.184.215.14", 0))])
    response = client.post("/extract", data={"fetch_url": "https://news.example/a"},
                           files={"file": ("", b"")})
    assert response.status_code == 502
    text = visible(response.text)
    assert "Could not fetch https://news.example/a (Network is unreachable)" in text
    assert "offline" in text and "upload it instead" in text
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **kw: [(2, 1, 6, "", ("127.0.0.1", 0))])
    local = client.post("/extract", data={"fetch_url": "http://localhost:8000/admin"},
                        files={"file": ("", b"")})
    assert local.status_code == 400 and "local or private" in visible(local.text)
    scheme = client.post("/extract", data={"fetch_url": "file:///etc/passwd"},
                         files={"file": ("", b"")})
    assert scheme.status_code == 400 and "http" in visible(scheme.text)


def test_web_extract_fetch_follows_no_redirect_to_a_private_address(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import socket
    import urllib.request

    from onrecord.web.app import BadRequest, _CheckedRedirects

    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **kw: [(2, 1, 6, "", ("10.0.0.5", 0))])
    request = urllib.request.Request("https://news.example/a")
    with pytest.raises(BadRequest, match="local or private"):
        _CheckedRedirects().redirect_request(request, None, 302, "Found", {},
                                             "http://intranet.example/secrets")


# --- onrecord serve --------------------------------------------------------------------------


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    import uvicorn

    calls: dict[str, Any] = {}

    def run(app: Any, **kwargs: Any) -> None:
        calls.update(kwargs, app=app)

    monkeypatch.setattr(uvicorn, "run", run)
    monkeypatch.delenv("ONRECORD_TOKEN", raising=False)
    return calls


def test_web_serve_binds_localhost_by_default(web_db: Path, served: dict[str, Any]) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(web_db)])
    assert result.exit_code == 0, result.output
    assert served["host"] == "127.0.0.1" and served["port"] == 8000


def test_web_serve_refuses_the_network_without_a_token(web_db: Path,
                                                       served: dict[str, Any]) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(web_db), "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "without a token" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not served


def test_web_serve_token_from_the_environment(web_db: Path, served: dict[str, Any]) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(web_db), "--host", "0.0.0.0",
                                      "--port", "8123"], env={"ONRECORD_TOKEN": TOKEN})
    assert result.exit_code == 0, result.output
    assert served["host"] == "0.0.0.0" and served["port"] == 8123
    with TestClient(served["app"], base_url="http://news.example") as c:
        assert c.get("/", follow_redirects=False).status_code == 303
        assert c.get("/", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200


def test_web_serve_missing_database_is_one_line(tmp_path: Path, served: dict[str, Any]) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "onrecord ingest" in result.stderr
    assert not (tmp_path / "none.db").exists()
