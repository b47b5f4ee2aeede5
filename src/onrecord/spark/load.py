"""Loading a Spark ingest's Parquet into a corpus database (``onrecord load``).

The articles are read back as the executors extracted them (``tables.article_from_rows``) and
stored with ``Corpus.store`` in the order a local ingest of the same inputs reads them (input,
file, record): the database is the one ``onrecord ingest`` makes of those inputs, so the CLI,
the library and the web app work on a cluster's output.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from onrecord import Article, Corpus
from onrecord.corpus import IngestProgress, IngestSummary
from onrecord.errors import InputError
from onrecord.spark.tables import (
    ARTICLE_COLUMNS,
    OCCURRENCE_COLUMNS,
    SPEAKER_COLUMNS,
    article_from_rows,
)

TABLES = ("articles", "article_speakers", "occurrences")


def read_articles(out: str | Path) -> tuple[int, Iterator[Article]]:
    """The number of articles under ``out`` and the articles, in a local ingest's order."""
    rows = {name: _table(Path(out), name, columns) for name, columns in
            zip(TABLES, (ARTICLE_COLUMNS, SPEAKER_COLUMNS, OCCURRENCE_COLUMNS), strict=True)}
    speakers: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows["article_speakers"]:
        speakers[row["article_id"]].append(row)
    parts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows["occurrences"]:
        parts[row["article_id"]].append(row)
    articles = sorted(rows["articles"], key=lambda a: (
        a["input_no"], PurePosixPath(a["file"]).parts, a["record"]))

    def built() -> Iterator[Article]:
        for a in articles:
            yield article_from_rows(a, speakers.pop(a["article_id"], []),
                                    parts.pop(a["article_id"], []))

    return len(articles), built()


def load(out: str | Path, db: str | Path, *, aliases: Any = None,
         progress: Callable[[IngestProgress], None] | None = None) -> IngestSummary:
    """Store the articles of the Spark ingest under ``out`` in the corpus ``db``; articles
    already there (same URL or text) are skipped."""
    total, articles = read_articles(out)
    with Corpus(db, aliases=aliases) as corpus:
        return corpus.store(articles, progress=progress, total=total)


def _table(out: Path, name: str, columns: tuple[str, ...]) -> list[dict[str, Any]]:
    import pyarrow.dataset as ds

    path = out / name
    if not path.is_dir():
        raise InputError(f"no {name}/ table here: give the --out directory of onrecord "
                         "spark-ingest", source=str(out))
    try:
        table = ds.dataset(str(path), format="parquet", partitioning="hive").to_table(
            columns=list(columns))
    except Exception as exc:  # pyarrow raises several kinds on a broken or foreign table
        raise InputError(f"cannot read the {name} table ({type(exc).__name__}: {exc})"[:300],
                         source=str(out)) from None
    return table.to_pylist()
