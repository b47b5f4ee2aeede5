"""Reading: turn the paths a user gives into articles to extract.

A path is a text file, an HTML page, a JSONL file of articles (one JSON object per line), a WARC
archive of crawled pages (``.warc`` or ``.warc.gz``, as Common Crawl's CC-NEWS ships them), a
directory of those, or ``-`` for standard input. Bad input never stops a batch: ``read_paths``
yields a ``ReadFailure`` carrying a typed ``InputError`` for it and goes on with the next article.
Memory stays bounded: a file over the limit is refused from its size alone, and JSONL is streamed
line by line without ever holding an over-long line, and WARC record by record.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import shutil
import sys
import tempfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

import trafilatura
from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from onrecord.errors import (
    BadJsonl,
    BinaryInput,
    EmptyInput,
    EncodingError,
    InputError,
    InputNotFound,
    NoArticleText,
    OnrecordError,
    TooLarge,
)

# The largest article read, in bytes. Real news articles are well under 200 kB; five megabytes
# leaves room for long transcripts while refusing a misnamed log file or database dump.
MAX_ARTICLE_BYTES = 5_000_000

# Fewest words of main text that make an HTML page an article (a page of menus and links gives
# trafilatura a word or two).
MIN_ARTICLE_WORDS = 8

# Extensions read when a directory is given (a file named on the command line is read whatever
# its extension: JSONL and HTML by extension, everything else as plain text).
TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
WARC_SUFFIXES = frozenset({".warc", ".warc.gz"})
DIRECTORY_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES

# Optional string fields of a JSONL article, copied onto the Document as they are.
JSONL_OPTIONAL_FIELDS = ("title", "url", "date", "outlet")

# Share of control characters (other than tab, newline, carriage return, form feed) above which
# decoded text is taken for binary data: real text has next to none.
CONTROL_CHAR_SHARE = 0.3

# How far into an HTML file to look for a declared charset (browsers look at the first 1024
# bytes; a little more tolerates long <head> preambles).
CHARSET_SNIFF_BYTES = 4096

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)
_READ_CHUNK = 1 << 20


@dataclass
class Document:
    """One article to extract: its text exactly as read, and what the input said about it."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    outlet: str | None = None
    # The language it is written in, when already known (an ingest detects it before
    # extraction, which then does not detect it again).
    language: str | None = None


@dataclass
class ReadFailure:
    """An input that could not be read; ``source`` is the path, with ``:LINE`` for a JSONL line."""

    source: str
    error: OnrecordError


def read_paths(
    paths: Iterable[str], *, max_bytes: int = MAX_ARTICLE_BYTES
) -> Iterator[Document | ReadFailure]:
    """Yield one Document per article found under ``paths``, or a ReadFailure per bad input."""
    for path in paths:
        if path == "-":
            yield from _read_stdin(sys.stdin.buffer, max_bytes)
        elif os.path.isdir(path):
            yield from _read_directory(Path(path), max_bytes)
        else:
            yield from _read_file(Path(path), max_bytes)


def read_text(data: bytes, source: str, *, max_bytes: int = MAX_ARTICLE_BYTES) -> str:
    """Decode one article's bytes as UTF-8 text, refusing empty, binary or oversized data.

    A UTF-8 byte order mark is dropped; nothing else is changed (no newline or Unicode
    normalisation), so offsets into the returned string are offsets into the user's text.
    """
    if len(data) > max_bytes:
        raise TooLarge(_too_large("input", len(data), max_bytes), source=source)
    if not data.strip():
        raise EmptyInput("input is empty; give an article with some text", source=source)
    if b"\x00" in data:
        raise BinaryInput(
            "input contains NUL bytes, so it is binary or UTF-16; convert it to UTF-8 text",
            source=source,
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingError(_not_utf8(exc), source=source) from None
    _check_text(text, source)
    return text


def html_to_text(html: str, source: str) -> str:
    """The main article text of an HTML page, one paragraph per line (found by trafilatura)."""
    return _extract_html(html, source).text


# --- files and directories -------------------------------------------------------------------


def _read_directory(root: Path, max_bytes: int) -> Iterator[Document | ReadFailure]:
    files = _list_directory(root)
    if not files:
        names = ", ".join(sorted(DIRECTORY_SUFFIXES))
        error = EmptyInput(f"directory has no {names} files; check the path", source=str(root))
        yield ReadFailure(str(root), error)
    for path in files:
        yield from _read_file(path, max_bytes)


def _list_directory(root: Path) -> list[Path]:
    """Files under ``root`` with a readable extension, sorted, skipping hidden files and dirs."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            path = Path(folder, name)
            if not name.startswith(".") and _suffix(path) in DIRECTORY_SUFFIXES:
                found.append(path)
    return sorted(found)


def _suffix(path: Path) -> str:
    """The file's extension in lower case, ``.warc.gz`` counted as one."""
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()


def _read_file(path: Path, max_bytes: int) -> Iterator[Document | ReadFailure]:
    source = str(path)
    suffix = _suffix(path)
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as stream:
                yield from _read_jsonl(stream, source, max_bytes)
        elif suffix in WARC_SUFFIXES:
            with path.open("rb") as raw:
                yield from _read_warc(raw, source, max_bytes)
        else:
            yield _read_whole_file(path, source, max_bytes, html=suffix in HTML_SUFFIXES)
    except InputError as exc:
        yield ReadFailure(source, exc)
    except OSError as exc:
        yield ReadFailure(source, _os_error(exc, source))


def read_bytes(
    data: bytes, source: str, *, max_bytes: int = MAX_ARTICLE_BYTES
) -> Iterator[Document | ReadFailure]:
    """Like ``read_paths`` for one file already in memory (what Spark's ``binaryFiles`` gives):
    ``source`` names it, and its extension says how to read it (JSONL, WARC, HTML, text)."""
    suffix = _suffix(Path(source))
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(io.BytesIO(data), source, max_bytes)
        elif suffix in WARC_SUFFIXES:
            yield from _read_warc(io.BytesIO(data), source, max_bytes)
        elif len(data) > max_bytes:
            raise TooLarge(_too_large("file", len(data), max_bytes), source=source)
        elif suffix in HTML_SUFFIXES:
            yield _html_document(data, source, max_bytes)
        else:
            yield Document(id=source, text=read_text(data, source, max_bytes=max_bytes))
    except InputError as exc:
        yield ReadFailure(source, exc)


def _read_whole_file(path: Path, source: str, max_bytes: int, *, html: bool) -> Document:
    size = path.stat().st_size
    if size > max_bytes:
        raise TooLarge(_too_large("file", size, max_bytes), source=source)
    with path.open("rb") as stream:
        # Read one byte past the limit: a pipe or a growing file reports a size of 0 or less.
        data = stream.read(max_bytes + 1)
    if html:
        return _html_document(data, source, max_bytes)
    return Document(id=source, text=read_text(data, source, max_bytes=max_bytes))


def _os_error(exc: OSError, source: str) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputNotFound("no such file or directory; check the path", source=source)
    if isinstance(exc, PermissionError):
        return InputNotFound("permission denied; check the file's permissions", source=source)
    reason = exc.strerror or type(exc).__name__
    return InputNotFound(f"cannot be read ({reason}); check the path", source=source)


# --- standard input --------------------------------------------------------------------------


def _read_stdin(stream: IO[bytes], max_bytes: int) -> Iterator[Document | ReadFailure]:
    """Standard input is JSONL when every non-empty line is an article object, else one text.

    It is spooled to a temporary file (in memory while small) so it can be read twice: once
    to decide, once to read.
    """
    with tempfile.SpooledTemporaryFile(max_size=max_bytes) as spool:
        shutil.copyfileobj(stream, spool, _READ_CHUNK)
        size = spool.tell()
        spool.seek(0)
        is_jsonl = _looks_like_jsonl(spool, max_bytes)
        spool.seek(0)
        if is_jsonl:
            yield from _read_jsonl(spool, "-", max_bytes)
            return
        try:
            if size > max_bytes:
                raise TooLarge(_too_large("input", size, max_bytes), source="-")
            text = read_text(spool.read(max_bytes + 1), "-", max_bytes=max_bytes)
        except InputError as exc:
            yield ReadFailure("-", exc)
            return
        yield Document(id="-", text=text)


def _looks_like_jsonl(stream: IO[bytes], max_bytes: int) -> bool:
    """True when at least one line, and every non-empty line short enough to check, is a JSON
    object with a "text" field."""
    seen = False
    for _lineno, line in _lines(stream, max_bytes):
        if isinstance(line, int):
            continue
        if not line.strip():
            continue
        try:
            value = json.loads(line.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError):
            return False
        if not isinstance(value, dict) or "text" not in value:
            return False
        seen = True
    return seen


# --- JSONL -----------------------------------------------------------------------------------


def _read_jsonl(stream: IO[bytes], source: str, max_bytes: int) -> Iterator[Document | ReadFailure]:
    articles = 0
    for lineno, line in _lines(stream, max_bytes):
        where = f"{source}:{lineno}"
        if isinstance(line, int):
            articles += 1
            yield ReadFailure(where, TooLarge(_too_large("line", line, max_bytes), source=where))
        elif line.strip():
            articles += 1
            yield _jsonl_line(line, where)
    if not articles:
        message = "JSONL input has no lines; write one JSON object per line"
        yield ReadFailure(source, EmptyInput(message, source=source))


def _jsonl_line(line: bytes, where: str) -> Document | ReadFailure:
    try:
        return _jsonl_document(line, where)
    except InputError as exc:
        return ReadFailure(where, exc)


def _lines(stream: IO[bytes], max_bytes: int) -> Iterator[tuple[int, bytes | int]]:
    """Yield (line number, line without its newline), or (line number, length in bytes) for a
    line longer than ``max_bytes``, which is skipped without being held in memory."""
    limit = max_bytes + 2  # room for "\r\n"
    lineno = 0
    while True:
        line = stream.readline(limit)
        if not line:
            return
        lineno += 1
        if len(line) == limit and not line.endswith(b"\n"):
            yield lineno, len(line) + _skip_rest_of_line(stream)
            continue
        content = line.rstrip(b"\r\n")
        yield lineno, (len(content) if len(content) > max_bytes else content)


def _skip_rest_of_line(stream: IO[bytes]) -> int:
    skipped = 0
    while True:
        chunk = stream.readline(_READ_CHUNK)
        skipped += len(chunk.rstrip(b"\r\n"))
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _jsonl_document(line: bytes, where: str) -> Document:
    """One JSONL line as a Document; raises BadJsonl (or another InputError) naming the problem."""
    try:
        value = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise EncodingError(_not_utf8(exc), source=where) from None
    except json.JSONDecodeError as exc:
        message = f"line is not valid JSON ({exc.msg} at column {exc.colno}); "
        raise BadJsonl(message + "write one JSON object per line", source=where) from None
    if not isinstance(value, dict):
        raise BadJsonl(
            f"line is a JSON {_json_type(value)}, not an object; write one object per line "
            'with "id" and "text"',
            source=where,
        )
    text = _jsonl_text(value, where)
    fields = {name: _optional_string(value, name, where) for name in JSONL_OPTIONAL_FIELDS}
    return Document(id=_jsonl_id(value, where), text=text, **fields)


def _jsonl_text(value: dict[str, Any], where: str) -> str:
    if "text" not in value:
        raise BadJsonl('line has no "text" field; every line needs "id" and "text"', source=where)
    text = value["text"]
    if not isinstance(text, str):
        raise BadJsonl(
            f'"text" is a JSON {_json_type(text)}, not a string; put the article text in "text"',
            source=where,
        )
    if not text.strip():
        raise EmptyInput('"text" is empty; fill it in or remove the line', source=where)
    _check_text(text, where)
    return text


def _jsonl_id(value: dict[str, Any], where: str) -> str:
    if "id" not in value:
        raise BadJsonl('line has no "id" field; every line needs "id" and "text"', source=where)
    article_id = value["id"]
    if isinstance(article_id, bool) or not isinstance(article_id, (str, int)):
        raise BadJsonl(
            f'"id" is a JSON {_json_type(article_id)}; make it a string or a number',
            source=where,
        )
    if isinstance(article_id, str) and not article_id.strip():
        raise BadJsonl('"id" is empty; give every article an id', source=where)
    return str(article_id)


def _optional_string(value: dict[str, Any], name: str, where: str) -> str | None:
    field = value.get(name)
    if field is None or isinstance(field, str):
        return field
    raise BadJsonl(
        f'"{name}" is a JSON {_json_type(field)}, not a string; make it a string or leave it out',
        source=where,
    )


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


# --- HTML ------------------------------------------------------------------------------------


@dataclass
class _HtmlArticle:
    text: str
    title: str | None
    date: str | None
    url: str | None
    outlet: str | None


def _html_document(data: bytes, source: str, max_bytes: int) -> Document:
    article = _extract_html(_decode_html(data, source, max_bytes), source)
    return Document(
        id=source,
        text=article.text,
        title=article.title,
        url=article.url,
        date=article.date,
        outlet=article.outlet,
    )


def _decode_html(data: bytes, source: str, max_bytes: int) -> str:
    """UTF-8 first; if that fails, the charset the page declares in a <meta> tag, if any."""
    try:
        return read_text(data, source, max_bytes=max_bytes)
    except EncodingError:
        text = _decode_declared_charset(data)
        if text is None:
            raise
    _check_text(text, source)
    return text


def _decode_declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:CHARSET_SNIFF_BYTES])
    if match is None:
        return None
    try:
        return data.decode(match.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None


def _extract_html(html: str, source: str) -> _HtmlArticle:
    try:
        result = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            favor_recall=True,
            include_comments=False,
            include_tables=False,
        )
    except Exception:  # trafilatura and lxml raise many kinds on malformed pages
        result = None
    text = getattr(result, "text", None)
    if not isinstance(text, str) or len(text.split()) < MIN_ARTICLE_WORDS:
        raise NoArticleText(
            "found no article text in the HTML; check it is an article page, or give the "
            "article's text as a .txt file",
            source=source,
        )
    return _HtmlArticle(
        text=text,
        title=_metadata(result, "title"),
        date=_metadata(result, "date"),
        url=_metadata(result, "url"),
        outlet=_metadata(result, "sitename"),
    )


def _metadata(result: object, name: str) -> str | None:
    value = getattr(result, name, None)
    return value if isinstance(value, str) and value.strip() else None


# --- WARC ------------------------------------------------------------------------------------

# HTTP content types read as web pages; every other record (images, PDFs, feeds, robots.txt) is
# skipped without a word, as are requests, metadata, revisits and responses other than 200 OK.
WARC_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


class _WarcTruncated(Exception):
    """Raised through warcio, which takes an EOFError for the normal end of an archive."""


class _StrictGzip:
    """A streaming gzip reader that raises ``_WarcTruncated`` when the data stops mid-member."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._gzip = gzip.GzipFile(fileobj=stream, mode="rb")

    def read(self, size: int = -1) -> bytes:
        try:
            # read1: one decompressed block at a time, so a block read before the cut is
            # returned before the error (read() would drop it with the error)
            return self._gzip.read1(size)
        except EOFError:
            raise _WarcTruncated("the gzip data ends in the middle of a record") from None

    def tell(self) -> int:
        return self._gzip.tell()


def _read_warc(raw: IO[bytes], source: str, max_bytes: int) -> Iterator[Document | ReadFailure]:
    """One Document per HTML page in a WARC file's HTTP 200 responses, read record by record.

    Failures are named ``FILE:OFFSET``, the byte offset of the record in the uncompressed
    archive. An archive that ends in the middle of a record (a download cut short) yields
    the pages before the cut, then one failure for the file.
    """
    gzipped = _is_gzip(raw)
    try:
        _check_warc_start(raw, gzipped, source)
    except InputError as exc:
        yield ReadFailure(source, exc)
        return
    stream: IO[bytes] | _StrictGzip = _StrictGzip(raw) if gzipped else raw
    records = ArchiveIterator(stream, arc2warc=True)
    try:
        for record in records:
            # (get_record_offset() would read the record to its end before we do)
            where = f"{source}:{records.offset}"
            result = _warc_record(record, where, max_bytes)
            _drain(record)
            if result is not None:
                yield result
        # warcio ends quietly when the data stops inside a record's headers: then the end
        # of the last record it read is not the end of the data.
        if records.offset < stream.tell():
            raise _WarcTruncated(f"the data ends inside a record header at {records.offset}")
    except _WarcTruncated as exc:
        yield ReadFailure(source, _cut_warc(f"truncated gzip/WARC: {exc}", source))
    except (zlib.error, gzip.BadGzipFile) as exc:
        yield ReadFailure(source, _cut_warc(f"corrupt gzip data ({exc})", source))
    except Exception as exc:  # warcio raises many kinds on broken headers
        reason = f"{type(exc).__name__}: {exc}"[:120]
        yield ReadFailure(source, _cut_warc(f"truncated gzip/WARC or a broken record "
                                            f"({reason})", source))


def _is_gzip(stream: IO[bytes]) -> bool:
    magic = stream.read(2)
    stream.seek(0)
    return magic == b"\x1f\x8b"


def _check_warc_start(raw: IO[bytes], gzipped: bool, source: str) -> None:
    """Refuse a file that does not start with a WARC record, before warcio guesses at it."""
    try:
        start = gzip.GzipFile(fileobj=raw, mode="rb").read(5) if gzipped else raw.read(5)
    except (EOFError, OSError, zlib.error):
        start = b""
    finally:
        raw.seek(0)
    if not start and not gzipped:
        raise EmptyInput("WARC file is empty; check the download", source=source)
    if start != b"WARC/":
        what = "gzip data" if gzipped else "file"
        raise InputError(
            f'not a WARC file (the {what} does not start with "WARC/"); give a .warc or '
            ".warc.gz archive, or rename the file",
            source=source,
        )


def _cut_warc(reason: str, source: str) -> InputError:
    return InputError(
        f"{reason}; the pages before it were read, download the file again for the rest",
        source=source,
    )


def _warc_record(
    record: ArcWarcRecord, where: str, max_bytes: int
) -> Document | ReadFailure | None:
    """The Document of one record, a failure, or None for a record that is not a web page."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if content_type.split(";")[0].strip().lower() not in WARC_HTML_TYPES:
        return None
    data = record.content_stream().read(max_bytes + 1)
    _drain(record)
    try:
        if len(data) > max_bytes:
            raise TooLarge(_too_large("page", len(data), max_bytes), source=where)
        if not data.strip():
            raise EmptyInput("the page is empty", source=where)
        html = _decode_web_page(data, _header_charset(content_type))
        _check_text(html, where)
        article = _extract_html(html, where)
    except InputError as exc:
        return ReadFailure(where, exc)
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
    return Document(
        id=record_id or url or where,
        text=article.text,
        title=article.title,
        url=url,
        date=record.rec_headers.get_header("WARC-Date") or None,
        outlet=_outlet(url),
    )


def _drain(record: ArcWarcRecord) -> None:
    """Read the rest of the record; raise _WarcTruncated if the archive ends before it does."""
    raw = record.raw_stream
    while raw.read(_READ_CHUNK):
        pass
    if getattr(raw, "limit", 0) > 0:
        raise _WarcTruncated(f"the last record is {raw.limit:,} bytes short")


_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)


def _header_charset(content_type: str) -> str | None:
    match = _HEADER_CHARSET.search(content_type)
    return match.group(1) if match else None


def _decode_web_page(data: bytes, header_charset: str | None) -> str:
    """The charset of the HTTP header, else the one the page declares, else UTF-8; a page that
    none of them decode is read as UTF-8 with replacement characters (a crawl has many)."""
    meta = _META_CHARSET.search(data[:CHARSET_SNIFF_BYTES])
    declared = meta.group(1).decode("ascii") if meta else None
    for charset in (header_charset, declared, "utf-8"):
        if charset:
            try:
                return data.decode(charset)
            except (LookupError, UnicodeDecodeError):
                continue
    return data.decode("utf-8", errors="replace")


def _outlet(url: str | None) -> str | None:
    """The host of the URL without "www." ("https://www.example.org/a" -> "example.org")."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


# --- checks and messages ---------------------------------------------------------------------


def _check_text(text: str, source: str) -> None:
    """Refuse decoded text that is mostly control characters or only whitespace."""
    if not text.strip():
        raise EmptyInput("input has only whitespace; give an article with some text", source=source)
    controls = len(_CONTROL_CHARS.findall(text))
    if controls > CONTROL_CHAR_SHARE * len(text):
        raise BinaryInput(
            f"{controls} of {len(text)} characters are control characters, so this looks like "
            "binary data; give a text, HTML or JSONL file",
            source=source,
        )


def _not_utf8(exc: UnicodeDecodeError) -> str:
    byte = exc.object[exc.start : exc.start + 1].hex()
    return (
        f"not valid UTF-8 (byte 0x{byte} at offset {exc.start}); convert it to UTF-8, "
        "e.g. iconv -f latin1 -t utf-8"
    )


def _too_large(what: str, size: int, max_bytes: int) -> str:
    return (
        f"{what} is {_megabytes(size)}, over the {_megabytes(max_bytes)} limit per article; "
        "split it or raise --max-bytes"
    )


def _megabytes(size: int) -> str:
    megabytes = size / 1_000_000
    if megabytes >= 0.1:
        return f"{megabytes:.1f}".removesuffix(".0") + " MB"
    return f"{size:,} bytes"
