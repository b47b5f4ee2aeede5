"""onrecord on Spark (local[2]): the same quotes, speakers and quote clusters as a local ingest
of the same inputs, failures counted with their file, retried tasks leaving no duplicate, and
the Parquet output loaded into a corpus database.

These tests start a JVM: they need PySpark and Java 17 and skip with the reason when either is
missing (they fail instead under ONRECORD_REQUIRE_SPARK=1, as CI sets it).
"""

from __future__ import annotations

import collections
import os
import re
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from spark_data import write_articles
from test_reading import news_records, warc_page, write_warc

from onrecord import Corpus, read_paths
from onrecord.cli import cli
from onrecord.corpus import text_hash

pytestmark = [pytest.mark.spark, pytest.mark.slow]


def _require_spark() -> None:
    reason = None
    try:
        import pyspark  # noqa: F401
    except ImportError:
        reason = "PySpark is not installed (pip install 'onrecord[spark]')"
    if reason is None and shutil.which("java") is None:
        reason = "Java is not installed (apt-get install openjdk-17-jre-headless)"
    if reason is None:
        return
    if os.environ.get("ONRECORD_REQUIRE_SPARK"):
        pytest.fail(f"{reason}; ONRECORD_REQUIRE_SPARK is set, so this is a failure",
                    pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def spark() -> Any:
    _require_spark()
    from onrecord.spark.job import session

    # local[2, 3]: two cores, and a failed task is tried up to three times (as on a cluster).
    session_ = session("local[2,3]", app="onrecord-tests")
    session_.sparkContext.setLogLevel("ERROR")
    yield session_
    session_.stop()


def demo_folder() -> Path:
    return Path(str(resources.files("onrecord") / "demo"))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo articles, 241 generated ones (one a repost), and a WARC crawl with a page
    that has no article text and an archive cut short inside its last record."""
    root = tmp_path_factory.mktemp("inputs")
    for path in demo_folder().iterdir():
        if path.suffix in (".txt", ".jsonl"):
            shutil.copy(path, root / path.name)
    write_articles(root / "generated")
    blank = b"<html><body><nav>Home</nav></body></html>"
    write_warc(root / "crawl.warc.gz",
               [("https://blank.example/", "200 OK", blank, "text/html"), *news_records()],
               gz=True)
    whole = root / "whole.warc.gz"
    write_warc(whole, news_records(), gz=True)
    data = whole.read_bytes()
    whole.unlink()
    (root / "cut.warc.gz").write_bytes(data[: len(data) - 40])
    return root


@pytest.fixture(scope="module")
def local_ingest(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    db = tmp_path_factory.mktemp("local") / "local.db"
    with Corpus(db) as corpus:
        summary = corpus.ingest(read_paths([str(inputs)]))
    assert summary.articles > 250
    return db, summary


@pytest.fixture(scope="module")
def local_db(local_ingest: tuple[Path, Any]) -> Path:
    return local_ingest[0]


@pytest.fixture(scope="module")
def spark_run(spark: Any, inputs: Path, tmp_path_factory: pytest.TempPathFactory
              ) -> tuple[Path, Any]:
    from onrecord.spark.job import spark_ingest

    out = tmp_path_factory.mktemp("spark") / "out"
    summary = spark_ingest(spark, [str(inputs)], str(out))
    return out, summary


def parquet(out: Path, table: str) -> list[dict[str, Any]]:
    import pyarrow.dataset as ds

    return ds.dataset(str(out / table), format="parquet", partitioning="hive").to_table(
        ).to_pylist()


def occurrences(db: Path) -> dict[tuple[str, int, int], dict[str, Any]]:
    """Every occurrence of the corpus by (article text hash, start, end)."""
    with Corpus(db) as corpus:
        rows = corpus.conn.execute(
            "SELECT a.text AS article, o.start, o.end, o.text, o.type, o.cue, o.mention, "
            "o.speaker_name, o.quote_id, o.speaker_id, s.name AS speaker, q.text AS quote "
            "FROM occurrences o JOIN articles a ON a.id = o.article_id "
            "JOIN quotes q ON q.id = o.quote_id LEFT JOIN speakers s ON s.id = o.speaker_id"
        ).fetchall()
    return {(text_hash(r["article"]), r["start"], r["end"]): dict(r) for r in rows}


def groups(rows: dict[Any, dict[str, Any]], key: str) -> list[list[Any]]:
    """The partition of the occurrences that ``key`` (a quote or speaker id) makes."""
    found: dict[Any, list[Any]] = collections.defaultdict(list)
    for where, row in rows.items():
        if row[key] is not None:
            found[row[key]].append(where)
    return sorted(sorted(members) for members in found.values())


def test_spark_finds_the_same_quotes_speakers_and_clusters_as_a_local_ingest(
        spark_run: tuple[Path, Any], local_db: Path) -> None:
    out, summary = spark_run
    local = occurrences(local_db)
    spark_side = {(r["article_id"], r["start"], r["end"]): r for r in parquet(out, "occurrences")}
    assert summary.occurrences == len(local) > 1000
    assert set(spark_side) == set(local)
    for where, row in local.items():
        theirs = spark_side[where]
        assert (theirs["text"], theirs["type"], theirs["cue"], theirs["mention"],
                theirs["speaker_name"]) == (row["text"], row["type"], row["cue"],
                                            row["mention"], row["speaker_name"]), where
    # Quote clusters and the speaker directory, decided in Spark: the same partitions.
    assert groups(spark_side, "quote_id") == groups(local, "quote_id")
    assert groups(spark_side, "speaker_id") == groups(local, "speaker_id")
    speakers = {r["speaker_id"]: r for r in parquet(out, "speakers")}
    for where, row in local.items():
        if row["speaker_id"] is not None:
            assert speakers[spark_side[where]["speaker_id"]]["name"] == row["speaker"], where
    quotes = {r["quote_id"]: r for r in parquet(out, "quotes")}
    assert {quotes[r["quote_id"]]["text"] for r in spark_side.values()} == {
        r["quote"] for r in local.values()}
    with Corpus(local_db) as corpus:
        counts = corpus.counts()
    assert (summary.quotes, summary.speakers) == (counts["quotes"], counts["speakers"])
    # Reposted under several outlets, merged: real clustering and merging happened.
    assert counts["quotes"] < counts["occurrences"] / 2
    assert max(r["occurrence_count"] for r in quotes.values()) > 10


def test_loading_the_parquet_gives_the_local_ingests_database(
        spark_run: tuple[Path, Any], local_db: Path, tmp_path: Path) -> None:
    out, _ = spark_run
    db = tmp_path / "loaded.db"
    with Corpus(local_db) as corpus:
        stored = corpus.counts()["articles"]
    result = CliRunner().invoke(cli, ["load", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert f"stored {stored} article(s)" in result.output
    loaded, local = occurrences(db), occurrences(local_db)
    assert {k: {**v, "quote_id": None, "speaker_id": None} for k, v in loaded.items()} == {
        k: {**v, "quote_id": None, "speaker_id": None} for k, v in local.items()}
    assert groups(loaded, "quote_id") == groups(local, "quote_id")
    assert groups(loaded, "speaker_id") == groups(local, "speaker_id")
    with Corpus(db) as a, Corpus(local_db) as b:
        assert a.counts() == b.counts()
        assert [(s.name, s.kind, s.aliases, s.occurrences) for s in a.speakers(top=None)] == [
            (s.name, s.kind, s.aliases, s.occurrences) for s in b.speakers(top=None)]
    # Loading again stores nothing twice.
    again = CliRunner().invoke(cli, ["load", str(out), "--db", str(db)])
    assert "stored 0 article(s)" in again.output and f"skipped {stored}" in again.output


def test_bad_records_are_counted_with_their_file_and_reason(
        spark_run: tuple[Path, Any], inputs: Path, local_ingest: tuple[Path, Any]) -> None:
    out, summary = spark_run
    failures = parquet(out, "failures")
    by_file = {Path(f["file"]).name: f for f in failures}
    assert set(by_file) == {"crawl.warc.gz", "cut.warc.gz"}
    assert by_file["crawl.warc.gz"]["error"] == "NoArticleText"
    assert by_file["crawl.warc.gz"]["source"].startswith(str(inputs / "crawl.warc.gz") + ":")
    assert "truncated gzip/WARC" in by_file["cut.warc.gz"]["message"]
    assert summary.failed == collections.Counter({"NoArticleText": 1, "InputError": 1})
    assert summary.failed == local_ingest[1].failed
    # The pages around the blank one were read; the repost and the cut crawl's pages (the same
    # URLs) were skipped, as a local ingest skips them.
    urls = {a["url"] for a in parquet(out, "articles")}
    assert {url for url, _, _, _ in news_records()} <= urls
    assert summary.skipped == local_ingest[1].skipped >= 2


def test_a_task_killed_mid_partition_is_retried_and_leaves_no_duplicate(
        spark: Any, tmp_path: Path) -> None:
    from onrecord.spark.job import KILL_FIRST_ATTEMPT, spark_ingest

    folder = tmp_path / "in"
    write_articles(folder, count=40, per_file=20, seed=3)
    local = tmp_path / "local.db"
    with Corpus(local) as corpus:
        corpus.ingest(read_paths([str(folder)]))
    sc = spark.sparkContext
    sc.setJobGroup("kill-test", "the first attempt of every extraction task dies")
    sc.setLocalProperty(KILL_FIRST_ATTEMPT, "1")
    try:
        summary = spark_ingest(spark, [str(folder)], str(tmp_path / "out"), partitions=2)
    finally:
        sc.setLocalProperty(KILL_FIRST_ATTEMPT, None)
        sc.setLocalProperty("spark.jobGroup.id", None)
    tracker = sc.statusTracker()
    stages = [stage for job in tracker.getJobIdsForGroup("kill-test")
              for stage in (tracker.getJobInfo(job).stageIds if tracker.getJobInfo(job) else [])]
    failed = sum(info.numFailedTasks for info in map(tracker.getStageInfo, stages) if info)
    assert failed >= 2  # both extraction tasks died once, and were retried
    rows = parquet(tmp_path / "out", "occurrences")
    ids = [r["occurrence_id"] for r in rows]
    assert len(ids) == len(set(ids)) == summary.occurrences
    assert len(parquet(tmp_path / "out", "articles")) == 41 - 1
    with Corpus(local) as corpus:
        assert corpus.counts()["occurrences"] == len(ids)


def test_spark_ingest_command_runs_and_names_a_missing_input(tmp_path: Path) -> None:
    _require_spark()
    out = tmp_path / "out"
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable}
    onrecord = str(Path(sys.executable).with_name("onrecord"))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.html").write_bytes(warc_page("Port traffic at record",
                                                  "We have never seen so many ships"))
    run = subprocess.run(
        [onrecord, "spark-ingest", str(folder), "--out", str(out),
         "--master", "local[1]"], capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    assert re.search(r"wrote 1 article\(s\), [1-9]\d* quote occurrence\(s\)", run.stderr)
    assert (out / "articles").is_dir()
    missing = subprocess.run(
        [onrecord, "spark-ingest", str(tmp_path / "nowhere"),
         "--out", str(out), "--master", "local[1]"], capture_output=True, text=True, env=env,
        timeout=600)
    assert missing.returncode == 2
    assert missing.stderr == f"Error: {tmp_path / 'nowhere'}: no such file or directory\n"
