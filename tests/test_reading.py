"""Tests for onrecord.extraction.reading: paths, files, JSONL and stdin in; Documents or typed
failures out."""

from __future__ import annotations

import io
import json
import sys
import time
from pathlib import Path

import pytest

from onrecord.errors import (
    BadJsonl,
    BinaryInput,
    EmptyInput,
    EncodingError,
    InputNotFound,
    NoArticleText,
    TooLarge,
)
from onrecord.extraction.reading import (
    MAX_ARTICLE_BYTES,
    Document,
    ReadFailure,
    html_to_text,
    read_paths,
    read_text,
)

ARTICLE = (
    "LISBON (Reuters) - The city council approved the new budget on Tuesday.\r\n"
    '"This is a budget for people who cross that bridge every day," Mayor Ana Ruiz said.\n'
)

ARTICLE_HTML = """<!DOCTYPE html>
<html><head>
<title>Council passes budget | The Harbour Times</title>
<meta property="og:title" content="Council passes budget">
<meta property="og:site_name" content="The Harbour Times">
<meta property="article:published_time" content="2024-03-05">
<link rel="canonical" href="https://example.org/news/budget">
</head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article>
<h1>Council passes budget</h1>
<p>The city council approved the new budget on Tuesday after a four-hour debate, clearing the
way for long-delayed repairs to the harbour bridge.</p>
<p>"This is a budget for people who cross that bridge every day," Mayor Ana Ruiz said after
the vote. "We could not wait another year."</p>
<p>Opposition members said the plan left too little money for schools and promised to bring
an amendment to the council next month.</p>
</article>
<footer>All rights reserved.</footer>
</body></html>
"""


def read_all(*paths: str | Path, **kwargs: int) -> list[Document | ReadFailure]:
    return list(read_paths([str(p) for p in paths], **kwargs))


def only_failure(results: list[Document | ReadFailure]) -> ReadFailure:
    assert len(results) == 1
    failure = results[0]
    assert isinstance(failure, ReadFailure)
    message = str(failure.error)
    assert "\n" not in message
    assert message.startswith(f"[{failure.error.code}] {failure.source}: ")
    return failure


def documents(results: list[Document | ReadFailure]) -> list[Document]:
    return [r for r in results if isinstance(r, Document)]


def failures(results: list[Document | ReadFailure]) -> list[ReadFailure]:
    return [r for r in results if isinstance(r, ReadFailure)]


# --- text files -----------------------------------------------------------------------------


def test_reading_text_file_keeps_text_exactly(tmp_path: Path) -> None:
    path = tmp_path / "budget.txt"
    path.write_bytes(ARTICLE.encode("utf-8"))
    assert read_all(path) == [Document(id=str(path), text=ARTICLE)]


def test_reading_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "budget.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    assert documents(read_all(path))[0].text == ARTICLE


def test_reading_unknown_extension_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "budget.story"
    path.write_text(ARTICLE, encoding="utf-8", newline="")
    assert documents(read_all(path))[0].text == ARTICLE


def test_reading_missing_file_is_failure_and_reading_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    results = read_all(missing, good)
    failure = only_failure(results[:1])
    assert isinstance(failure.error, InputNotFound)
    assert failure.source == str(missing)
    assert "no such file" in str(failure.error)
    assert documents(results)[0].id == str(good)


def test_reading_empty_file_is_empty_input(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert isinstance(only_failure(read_all(path)).error, EmptyInput)


def test_reading_whitespace_only_file_is_empty_input(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \n\r\n\t\n")
    assert isinstance(only_failure(read_all(path)).error, EmptyInput)


def test_reading_file_with_nul_bytes_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(ARTICLE.encode("utf-16"))
    failure = only_failure(read_all(path))
    assert isinstance(failure.error, BinaryInput)
    assert "UTF-8" in str(failure.error)


def test_reading_file_of_control_characters_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(bytes(range(1, 9)) * 50 + b"some text")
    assert isinstance(only_failure(read_all(path)).error, BinaryInput)


def test_reading_invalid_utf8_is_one_line_error_naming_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("The café on the harbour said it would close.".encode("latin-1"))
    failure = only_failure(read_all(path))
    assert isinstance(failure.error, EncodingError)
    message = str(failure.error)
    assert str(path) in message
    assert "not valid UTF-8" in message
    assert "0xe9" in message
    assert "convert it to UTF-8" in message


def test_reading_huge_file_is_refused_quickly_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(52_400_000)  # sparse: nothing is written, and nothing should be read
    started = time.perf_counter()
    failure = only_failure(read_all(path))
    assert time.perf_counter() - started < 5  # generous: the point is "not read at all"
    assert isinstance(failure.error, TooLarge)
    assert failure.error.reason == (
        "file is 52.4 MB, over the 5 MB limit per article; split it or raise --max-bytes"
    )


def test_reading_max_bytes_sets_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "budget.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert isinstance(only_failure(read_all(path, max_bytes=20)).error, TooLarge)
    assert documents(read_all(path, max_bytes=len(ARTICLE.encode()) + 5))


def test_reading_read_text_keeps_newlines_and_checks_input() -> None:
    assert read_text(ARTICLE.encode(), "x.txt") == ARTICLE
    with pytest.raises(EncodingError):
        read_text(b"caf\xe9", "x.txt")
    with pytest.raises(EmptyInput):
        read_text(b"", "x.txt")
    with pytest.raises(TooLarge):
        read_text(b"x" * 11, "x.txt", max_bytes=10)
    assert MAX_ARTICLE_BYTES == 5_000_000


# --- directories ----------------------------------------------------------------------------


def test_reading_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in [
        "b.txt",
        "a.txt",
        "b/c.htm",
        "b/a.jsonl",
        "notes.csv",
        ".hidden.txt",
        ".git/x.txt",
    ]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    results = read_all(tmp_path)
    sources = [r.id if isinstance(r, Document) else r.source for r in results]
    # Sorted by path components: a folder's files come before a sibling named like it plus ".txt".
    assert sources == [
        str(tmp_path / "a.txt"),
        f"{tmp_path / 'b' / 'a.jsonl'}:1",
        str(tmp_path / "b" / "c.htm"),
        str(tmp_path / "b.txt"),
    ]


def test_reading_directory_without_articles_is_failure(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("not,an,article", encoding="utf-8")
    assert isinstance(only_failure(read_all(tmp_path)).error, EmptyInput)


# --- JSONL ----------------------------------------------------------------------------------


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_reading_jsonl_gives_one_document_per_line_with_metadata(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "articles.jsonl",
        [
            json.dumps({"id": "a1", "text": ARTICLE, "title": "Budget", "outlet": "Harbour"}),
            "",
            json.dumps(
                {
                    "id": 7,
                    "text": "Second article.",
                    "url": "https://example.org/7",
                    "date": "2024-03-05",
                }
            ),
        ],
    )
    assert read_all(path) == [
        Document(id="a1", text=ARTICLE, title="Budget", outlet="Harbour"),
        Document(id="7", text="Second article.", url="https://example.org/7", date="2024-03-05"),
    ]


@pytest.mark.parametrize(
    ("line", "error", "words"),
    [
        ('{"id": "a", "text": "ok"', BadJsonl, "not valid JSON"),
        ('["id", "text"]', BadJsonl, "JSON array, not an object"),
        ('{"id": "a"}', BadJsonl, 'no "text"'),
        ('{"id": "a", "text": 42}', BadJsonl, '"text" is a JSON number'),
        ('{"text": "An article."}', BadJsonl, 'no "id"'),
        ('{"id": null, "text": "An article."}', BadJsonl, '"id" is a JSON null'),
        ('{"id": "a", "text": "An article.", "title": ["x"]}', BadJsonl, '"title" is a JSON array'),
        ('{"id": "a", "text": "  "}', EmptyInput, '"text" is empty'),
    ],
)
def test_reading_bad_jsonl_line_is_failure_naming_line_and_reading_goes_on(
    tmp_path: Path, line: str, error: type, words: str
) -> None:
    good = json.dumps({"id": "good", "text": "The council met on Tuesday."})
    path = write_jsonl(tmp_path / "articles.jsonl", [good, line, good])
    results = read_all(path)
    assert [type(r) for r in results] == [Document, ReadFailure, Document]
    failure = only_failure(results[1:2])
    assert failure.source == f"{path}:2"
    assert isinstance(failure.error, error)
    assert words in str(failure.error)


def test_reading_jsonl_line_over_limit_is_skipped_without_stopping(tmp_path: Path) -> None:
    big = json.dumps({"id": "big", "text": "word " * 400})
    small = json.dumps({"id": "small", "text": "The council met."})
    path = write_jsonl(tmp_path / "articles.jsonl", [big, small])
    results = read_all(path, max_bytes=1000)
    failure = only_failure(results[:1])
    assert isinstance(failure.error, TooLarge)
    assert failure.source == f"{path}:1"
    assert "line is 2,0" in failure.error.reason
    assert [d.id for d in documents(results)] == ["small"]


def test_reading_jsonl_invalid_utf8_line_is_encoding_error(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_bytes(b'{"id": "a", "text": "caf\xe9"}\n{"id": "b", "text": "Fine."}\n')
    results = read_all(path)
    assert isinstance(only_failure(results[:1]).error, EncodingError)
    assert [d.id for d in documents(results)] == ["b"]


def test_reading_empty_jsonl_file_is_empty_input(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    assert isinstance(only_failure(read_all(path)).error, EmptyInput)


# --- HTML -----------------------------------------------------------------------------------


def test_reading_html_gives_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "budget.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    (document,) = documents(read_all(path))
    assert document.id == str(path)
    assert "Mayor Ana Ruiz said" in document.text
    assert "All rights reserved" not in document.text
    assert "Home" not in document.text
    assert document.title == "Council passes budget"
    assert document.url == "https://example.org/news/budget"
    assert document.date == "2024-03-05"
    assert document.outlet == "The Harbour Times"


def test_reading_html_paragraphs_are_separate_lines() -> None:
    text = html_to_text(ARTICLE_HTML, "budget.html")
    lines = text.split("\n")
    assert any(line.startswith("The city council approved") for line in lines)
    assert any(line.startswith('"This is a budget') for line in lines)
    assert any(line.startswith("Opposition members") for line in lines)


def test_reading_html_without_article_is_no_article_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.htm"
    path.write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    failure = only_failure(read_all(path))
    assert isinstance(failure.error, NoArticleText)
    with pytest.raises(NoArticleText):
        html_to_text("<html><body><script>var x = 1;</script></body></html>", "page.html")


def test_reading_html_in_declared_legacy_charset_is_decoded(tmp_path: Path) -> None:
    page = ARTICLE_HTML.replace("<head>", '<head><meta charset="iso-8859-1">').replace(
        "Mayor Ana Ruiz", "Mayor Inês Ruiz"
    )
    path = tmp_path / "latin1.html"
    path.write_bytes(page.encode("iso-8859-1"))
    (document,) = documents(read_all(path))
    assert "Mayor Inês Ruiz said" in document.text


# --- standard input -------------------------------------------------------------------------


def set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_reading_stdin_text_is_one_article(monkeypatch: pytest.MonkeyPatch) -> None:
    set_stdin(monkeypatch, ARTICLE.encode("utf-8"))
    assert read_all("-") == [Document(id="-", text=ARTICLE)]


def test_reading_stdin_jsonl_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [json.dumps({"id": "a", "text": "First."}), "", json.dumps({"id": "b", "text": "2."})]
    set_stdin(monkeypatch, "\n".join(lines).encode("utf-8"))
    assert read_all("-") == [Document(id="a", text="First."), Document(id="b", text="2.")]


def test_reading_stdin_with_one_non_json_line_is_text(monkeypatch: pytest.MonkeyPatch) -> None:
    data = json.dumps({"id": "a", "text": "First."}) + "\nThe council met on Tuesday.\n"
    set_stdin(monkeypatch, data.encode("utf-8"))
    assert read_all("-") == [Document(id="-", text=data)]


def test_reading_stdin_jsonl_bad_line_names_stdin_and_line(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [json.dumps({"id": "a", "text": "First."}), json.dumps({"text": "No id."})]
    set_stdin(monkeypatch, "\n".join(lines).encode("utf-8"))
    results = read_all("-")
    assert only_failure(results[1:]).source == "-:2"


def test_reading_empty_stdin_is_empty_input(monkeypatch: pytest.MonkeyPatch) -> None:
    set_stdin(monkeypatch, b"")
    assert isinstance(only_failure(read_all("-")).error, EmptyInput)


def test_reading_stdin_over_limit_is_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    set_stdin(monkeypatch, b"The council met. " * 100)
    failure = only_failure(read_all("-", max_bytes=500))
    assert isinstance(failure.error, TooLarge)
    assert failure.error.reason.startswith("input is 1,700 bytes, over the 500 bytes limit")


# --- WARC ------------------------------------------------------------------------------------


def warc_page(headline: str, quote: str) -> bytes:
    return f"""<!DOCTYPE html>
<html><head><title>{headline}</title></head><body>
<nav><a href="/">Home</a></nav>
<article>
<h1>{headline}</h1>
<p>The harbour authority published its annual report on Monday, showing record traffic through
the port and a sharp rise in the number of cruise ships calling at the city.</p>
<p>"{quote}," the authority's director, Marta Silva, told reporters at the quayside.</p>
<p>Residents have complained about crowding in the old town during the summer months, and the
council is considering a tax on day visitors.</p>
</article>
<footer>All rights reserved.</footer>
</body></html>
""".encode()


PAGES = [
    ("https://www.harbourtimes.example/news/port", "Port traffic at record",
     "We have never seen so many ships in one year"),
    ("https://coastpost.example/2024/port-report", "Cruise ships crowd the port",
     "The port is full from April to October"),
]


def write_warc(path: Path, records: list[tuple[str, str, bytes, str]], *, gz: bool) -> None:
    """Write a WARC of (url, HTTP status line, body, content type) responses, after a warcinfo
    record and with a request record before each response, as crawlers write them."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for url, status, body, content_type in records:
            request = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "x")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Date": "2024-03-05T10:00:00Z"},
                )
            )


def news_records() -> list[tuple[str, str, bytes, str]]:
    return [
        (url, "200 OK", warc_page(title, quote), "text/html; charset=utf-8")
        for url, title, quote in PAGES
    ]


@pytest.mark.parametrize("name, gz", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_reading_warc_responses_are_documents_with_warc_metadata(
    tmp_path: Path, name: str, gz: bool
) -> None:
    path = tmp_path / name
    write_warc(path, news_records(), gz=gz)
    results = read_all(path)
    assert failures(results) == []
    docs = documents(results)
    assert [d.url for d in docs] == [url for url, _, _ in PAGES]
    assert [d.outlet for d in docs] == ["harbourtimes.example", "coastpost.example"]
    assert all(d.date == "2024-03-05T10:00:00Z" for d in docs)
    assert all(d.id.startswith("urn:uuid:") for d in docs)
    assert len({d.id for d in docs}) == 2
    assert PAGES[0][2] in docs[0].text
    assert "Home" not in docs[0].text.splitlines()
    assert docs[1].title == "Cruise ships crowd the port"


def test_reading_warc_skips_non_html_and_non_200_records_silently(tmp_path: Path) -> None:
    path = tmp_path / "mixed.warc.gz"
    page = news_records()[0]
    write_warc(
        path,
        [
            ("https://www.harbourtimes.example/logo.png", "200 OK", b"\x89PNG\r\n\x1a\n\0\0",
             "image/png"),
            ("https://www.harbourtimes.example/missing", "404 Not Found", warc_page("x", "y"),
             "text/html"),
            ("https://www.harbourtimes.example/old", "301 Moved Permanently", b"", "text/html"),
            ("https://www.harbourtimes.example/feed", "200 OK", b"<rss></rss>",
             "application/rss+xml"),
            page,
        ],
        gz=True,
    )
    results = read_all(path)
    assert failures(results) == []
    assert [d.url for d in documents(results)] == [page[0]]


def test_reading_warc_charset_comes_from_http_header_then_meta(tmp_path: Path) -> None:
    path = tmp_path / "latin.warc"
    header_page = warc_page("Café owners protest", "Our café cannot pay this rent").decode()
    meta_page = header_page.replace("<head>", '<head><meta charset="iso-8859-1">')
    write_warc(
        path,
        [
            ("https://a.example/1", "200 OK", header_page.encode("latin-1"),
             "text/html; charset=ISO-8859-1"),
            ("https://a.example/2", "200 OK", meta_page.encode("latin-1"), "text/html"),
        ],
        gz=False,
    )
    docs = documents(read_all(path))
    assert len(docs) == 2
    assert all("Our café cannot pay this rent" in d.text for d in docs)


def test_reading_warc_page_without_article_text_is_failure_naming_record(tmp_path: Path) -> None:
    path = tmp_path / "empty-page.warc.gz"
    blank = b"<html><head><title>Home</title></head><body></body></html>"
    write_warc(path, [("https://a.example/", "200 OK", blank, "text/html"), *news_records()],
               gz=True)
    results = read_all(path)
    failure = results[0]
    assert isinstance(failure, ReadFailure)
    assert isinstance(failure.error, NoArticleText)
    assert failure.source.startswith(f"{path}:")
    assert len(documents(results)) == 2


@pytest.mark.parametrize("gz", [True, False])
def test_reading_truncated_warc_yields_pages_before_cut_then_one_failure(
    tmp_path: Path, gz: bool
) -> None:
    whole = tmp_path / ("whole.warc.gz" if gz else "whole.warc")
    write_warc(whole, news_records(), gz=gz)
    data = whole.read_bytes()
    first, second = PAGES[0][0], PAGES[1][0]
    only_first = 0
    # Cut inside the last response record (before its closing blank lines) at many points.
    for cut in range(len(data) - 8, len(data) * 3 // 4, -37):
        path = tmp_path / (f"cut{cut}.warc.gz" if gz else f"cut{cut}.warc")
        path.write_bytes(data[:cut])
        results = read_all(path)
        urls = [d.url for d in documents(results)]
        # The last page is read only when the cut falls in the gzip trailer after it.
        assert urls in ([first], [first, second]), cut
        only_first += urls == [first]
        failure = results[-1]
        assert isinstance(failure, ReadFailure), cut
        assert failure.source == str(path)
        assert "truncated gzip/WARC" in str(failure.error)
        assert "\n" not in str(failure.error)
        assert len(failures(results)) == 1
    assert only_first > 0


def test_reading_file_named_warc_that_is_not_one_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc"
    path.write_text("these are my notes, not an archive\n" * 20, encoding="utf-8")
    gz_path = tmp_path / "notes.warc.gz"
    gz_path.write_bytes(b"\x1f\x8b\x08\x00garbage that is not deflate data" * 4)
    empty = tmp_path / "empty.warc"
    empty.write_bytes(b"")
    for bad in (path, gz_path, empty):
        failure = only_failure(read_all(bad))
        assert failure.source == str(bad)
    assert "not a WARC file" in str(only_failure(read_all(path)).error)
    assert isinstance(only_failure(read_all(empty)).error, EmptyInput)


def test_reading_directory_includes_warc_files(tmp_path: Path) -> None:
    write_warc(tmp_path / "CC-NEWS-20240305.warc.gz", news_records(), gz=True)
    (tmp_path / "other.gz").write_bytes(b"not read")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    docs = documents(read_all(tmp_path))
    assert [d.outlet for d in docs] == ["harbourtimes.example", "coastpost.example", None]
