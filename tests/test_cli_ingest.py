"""Tests for ``onrecord ingest``: the summary, rerunning, bad inputs, and killing the process
(SIGKILL) part-way through an ingest at several points, then finishing it."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from corpus_data import REPOSTS, demo_paths, write_reposts

from onrecord.cli import cli

FIXTURE_ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "quotes", "occurrences", "speakers")}
    finally:
        conn.close()


def test_cli_ingest_prints_a_summary_and_rerun_skips_everything(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    reposts = str(write_reposts(tmp_path))
    first = run("ingest", *demo_paths(), reposts, "--db", db)
    assert first.exit_code == 0, first.output
    assert f"stored {6 + len(REPOSTS)} article(s)" in first.stderr
    before = counts(Path(db))
    again = run("ingest", *demo_paths(), reposts, "--db", db)
    assert again.exit_code == 0
    assert "stored 0 article(s)" in again.stderr
    assert f"skipped {6 + len(REPOSTS)} already stored" in again.stderr
    assert counts(Path(db)) == before


def test_cli_ingest_bad_inputs_are_reported_one_line_each_and_exit_1(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "feed.jsonl").write_text(
        '{"id": 1, "text": "\\"We will appeal this ruling today,\\" Anna Berg said."}\n[1, 2\n',
        encoding="utf-8")
    result = run("ingest", str(tmp_path), "--db", str(tmp_path / "news.db"))
    assert result.exit_code == 1
    assert "stored 1 article(s)" in result.stderr
    assert "3 input(s) failed" in result.stderr
    failed = [line for line in result.stderr.splitlines() if line.startswith("onrecord: failed:")]
    assert len(failed) == 3
    assert any("empty.txt" in line for line in failed)
    assert any("feed.jsonl:2" in line for line in failed)


def test_cli_ingest_progress_line_shows_rate_and_eta(tmp_path: Path) -> None:
    result = run("ingest", *demo_paths(), "--db", str(tmp_path / "n.db"), "--progress")
    assert result.exit_code == 0
    assert "articles/s" in result.stderr and "ETA" in result.stderr and "6/6" in result.stderr


def test_cli_ingest_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 200)
    result = run("ingest", *demo_paths()[:1], "--db", str(junk))
    assert result.exit_code == 2
    assert "E031" in result.stderr


# --- kill -9 -----------------------------------------------------------------------------------


def _feed(path: Path, n: int = 40) -> Path:
    """``n`` short distinct articles: our fixture articles with a line that makes each unique,
    three outlets and dates, so quotes repeat across articles as reposts do."""
    texts = sorted(FIXTURE_ARTICLES.glob("*.txt"))
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            text = texts[i % len(texts)].read_text(encoding="utf-8")
            text += f"\nThis copy was filed as item {i}.\n"
            out.write(json.dumps({"id": f"a{i}", "text": text, "outlet": f"Outlet {i % 3}",
                                  "date": f"2024-04-{1 + i % 28:02d}",
                                  "url": f"https://news.example/{i}"}) + "\n")
    return path


def _consistent(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
        half_stored = conn.execute(
            "SELECT a.id FROM articles a WHERE a.quote_count != "
            "(SELECT count(*) FROM occurrences o WHERE o.article_id = a.id)").fetchall()
        assert half_stored == []
        miscounted = conn.execute(
            "SELECT q.id FROM quotes q WHERE q.occurrence_count != "
            "(SELECT count(*) FROM occurrences o WHERE o.quote_id = q.id)").fetchall()
        assert miscounted == []
        dup = conn.execute("SELECT source_id FROM articles GROUP BY source_id "
                           "HAVING count(*) > 1").fetchall()
        assert dup == []
        dup_occ = conn.execute("SELECT article_id, start, end FROM occurrences "
                               "GROUP BY article_id, start, end HAVING count(*) > 1").fetchall()
        assert dup_occ == []
    finally:
        conn.close()


def _stored(db: Path) -> int:
    try:
        conn = sqlite3.connect(db, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_cli_ingest_killed_at_any_point_leaves_a_consistent_db_and_rerun_finishes(
        tmp_path: Path) -> None:
    feed = str(_feed(tmp_path / "feed.jsonl"))
    reference = tmp_path / "reference.db"
    assert run("ingest", feed, "--db", str(reference)).exit_code == 0
    expected = counts(reference)
    assert expected["articles"] == 40
    command = [sys.executable, "-c", "from onrecord.cli import cli; cli()", "ingest", feed,
               "--no-progress", "-j", "1"]
    killed_at = []
    for n, kill_after in enumerate((2, 14, 30)):
        db = tmp_path / f"killed{n}.db"
        proc = subprocess.Popen([*command, "--db", str(db)], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline:
            if db.exists() and _stored(db) >= kill_after:
                os.kill(proc.pid, signal.SIGKILL)
                break
            time.sleep(0.005)
        proc.wait()
        killed_at.append(_stored(db))
        _consistent(db)
        rerun = run("ingest", feed, "--db", str(db))
        assert rerun.exit_code == 0
        assert f"skipped {killed_at[-1]} already stored" in rerun.stderr
        _consistent(db)
        assert counts(db) == expected
    assert sum(0 < k < 40 for k in killed_at) >= 2, killed_at


GERMAN = (
    "Die Stadt hat am Montag beschlossen, die Buslinien im Sommer auszubauen. Der Bürgermeister "
    "sagte, man wolle damit vor allem die Pendler aus den Vororten entlasten, die seit Jahren "
    "über überfüllte Busse klagen. „Wir haben zugehört“, sagte er. Die Opposition kritisierte die "
    "Kosten und forderte eine genaue Prüfung der Pläne durch den Rechnungshof."
)


def test_cli_ingest_bad_and_foreign_inputs_are_counted_by_reason_and_the_rest_stored(
    tmp_path: Path,
) -> None:
    from test_reading import news_records, write_warc

    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(
        '"We will appeal this ruling today," Anna Berg said outside the court.', encoding="utf-8")
    (src / "empty.txt").write_text("", encoding="utf-8")
    (src / "german.txt").write_text(GERMAN, encoding="utf-8")
    (src / "nothing.html").write_text("<html><body><nav>Home</nav></body></html>",
                                      encoding="utf-8")
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, news_records(), gz=True)
    data = whole.read_bytes()
    (src / "cut.warc.gz").write_bytes(data[: len(data) - 200])
    with (src / "huge.jsonl").open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "big", "text": "word " * 10_500_000}) + "\n")
        fh.write(json.dumps({"id": "ok", "text": "Police said the road would reopen at noon."})
                 + "\n")
    result = run("ingest", str(src), "--db", str(tmp_path / "news.db"))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    failed = [line for line in result.stderr.splitlines() if line.startswith("onrecord: failed:")]
    assert any("empty.txt" in line for line in failed)
    assert any("german.txt" in line and "English" in line for line in failed)
    assert any("nothing.html" in line for line in failed)
    assert any("cut.warc.gz" in line and "truncated" in line for line in failed)
    assert any("huge.jsonl:1" in line for line in failed)
    stored = counts(tmp_path / "news.db")
    assert stored["articles"] >= 3  # good.txt, the jsonl "ok" line, the WARC pages before the cut


@pytest.mark.parametrize("n_process", ["1", "2"], ids=["one-process", "two-processes"])
def test_cli_ingest_extraction_error_mid_batch_fails_that_article_only_and_a_rerun_stores_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, n_process: str) -> None:
    """Extraction raises on the 3rd article of a batch: that article is counted as failed (exit
    1), every other article is stored, and a rerun stores the failed one, once."""
    from onrecord.extraction import pipeline

    paths = demo_paths()
    clean = tmp_path / "clean.db"
    assert run("ingest", *paths, "--db", str(clean), "-j", "1").exit_code == 0
    bad = Path(paths[2]).read_text(encoding="utf-8")
    finish = pipeline._finish

    def finish_or_fail(job: Any, docs: Any) -> Any:
        if job.document.text == bad:  # the forked workers inherit this patch
            raise RuntimeError("the parser fell over")
        return finish(job, docs)

    monkeypatch.setattr(pipeline, "_finish", finish_or_fail)
    db = tmp_path / "news.db"
    first = run("ingest", *paths, "--db", str(db), "-j", n_process)
    assert first.exit_code == 1, first.output
    failed = [line for line in first.stderr.splitlines() if line.startswith("onrecord: failed:")]
    assert len(failed) == 1, failed
    assert "E036" in failed[0] and "RuntimeError: the parser fell over" in failed[0]
    assert Path(paths[2]).name in failed[0]
    stored = counts(db)["articles"]
    assert stored == len(paths) - 1
    assert f"stored {stored} article(s)" in first.stderr
    assert "1 input(s) failed (1 ExtractionFailed)" in first.stderr
    _consistent(db)

    monkeypatch.undo()
    again = run("ingest", *paths, "--db", str(db), "-j", n_process)
    assert again.exit_code == 0, again.output
    assert "stored 1 article(s)" in again.stderr
    assert f"skipped {stored} already stored" in again.stderr
    _consistent(db)
    assert counts(db) == counts(clean)


def test_cli_ingest_fault_inside_extraction_counts_that_article_and_stores_the_rest(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fault inside onrecord's own stages on one article (extraction caught it and marked the
    article) is counted as that article's failure: nothing of it is stored, the rest is."""
    from onrecord.extraction import pipeline

    paths = demo_paths()
    bad = Path(paths[1]).read_text(encoding="utf-8")
    fill = pipeline._fill

    def fill_or_fail(article: Any, docs: Any) -> None:
        if article.text == bad:
            raise KeyError("no such token")
        fill(article, docs)

    monkeypatch.setattr(pipeline, "_fill", fill_or_fail)
    db = tmp_path / "news.db"
    result = run("ingest", *paths, "--db", str(db), "-j", "1")
    assert result.exit_code == 1, result.output
    failed = [line for line in result.stderr.splitlines() if line.startswith("onrecord: failed:")]
    assert len(failed) == 1 and Path(paths[1]).name in failed[0], failed
    assert "E036" in failed[0] and "KeyError" in failed[0]
    assert counts(db)["articles"] == len(paths) - 1
    _consistent(db)
