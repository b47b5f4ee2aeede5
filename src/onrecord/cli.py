"""The command line: each command parses its options, calls one library function, prints.

Errors are one line on stderr; a batch keeps going past bad inputs and says how many failed.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import IO, Any

import click

from onrecord import __version__
from onrecord.errors import ExtractionFailed, OnrecordError
from onrecord.extraction.language import LANGUAGE_MODELS
from onrecord.extraction.pipeline import DEFAULT_MODEL, Pipelines, extract_many, load_model
from onrecord.extraction.reading import MAX_ARTICLE_BYTES, Document, ReadFailure, read_paths
from onrecord.output import FORMATS, CsvWriter, to_jsonl, to_text


class FatalError(click.ClickException):
    """A problem that stops the command (no model, unreadable gold): exit code 2, while 1 means
    that some inputs of a batch failed and the rest were processed."""

    exit_code = 2


def model_option(f: Any) -> Any:
    return click.option(
        "--model", "-m", default=None,
        help="Any installed spaCy pipeline with a parser and NER (package name or path); it "
        "reads the articles in its own language (English: "
        f"{DEFAULT_MODEL}; French: {LANGUAGE_MODELS['fr']} by default).",
    )(f)


def min_confidence_option(f: Any) -> Any:
    return click.option(
        "--min-confidence", type=click.FloatRange(0, 1), default=None, metavar="P",
        help="Only quotes at least this sure (English confidence is calibrated: the share of "
        "quotes at P or above that are right is about P or more; see docs/evaluation.md).",
    )(f)


def lang_option(f: Any) -> Any:
    return click.option(
        "--lang", "-l", default=None, metavar="CODE",
        callback=lambda _ctx, _param, value: value.strip().lower() or None if value else None,
        help="Read every article in this language (ISO 639-1 code: en, fr) instead of "
        "detecting each article's.",
    )(f)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="onrecord")
def cli() -> None:
    """onrecord: who said what in the news.

    Finds every quotation in news articles (direct, indirect, mixed, split, multi-paragraph), its
    exact span and cue, and its speaker resolved across the ways the article names them.
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="text",
              show_default=True, help="text: readable, grouped by speaker; jsonl: one article a "
              "line (the stable contract); csv: one row per quote.")
@lang_option
@model_option
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default="-",
              help="Write here instead of stdout.")
@click.option("--n-process", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes (each extracts whole articles).")
@click.option("--max-bytes", type=click.IntRange(1), default=MAX_ARTICLE_BYTES,
              show_default=True, help="Largest article accepted, in bytes.")
@min_confidence_option
def extract(inputs: tuple[str, ...], fmt: str, lang: str | None, model: str | None, output: str,
            n_process: int, max_bytes: int, min_confidence: float | None) -> None:
    """Extract quotations from FILE... (.txt, .html, .jsonl, directories, or - for stdin).

    Each article's language is detected (English or French); --lang forces one.

    \b
    Examples:
      onrecord extract article.txt
      onrecord extract news/ --format jsonl -o quotes.jsonl
      onrecord extract article_fr.txt --lang fr
      cat feed.jsonl | onrecord extract - --format csv
      onrecord extract news/ --format jsonl --min-confidence 0.9
    """
    nlp = _load(model, lang)
    failures: Counter[str] = Counter()
    documents = _documents(inputs, max_bytes, failures)
    count = quotes = 0
    with click.open_file(output, "w", encoding="utf-8") as out:
        csv_writer = CsvWriter(out) if fmt == "csv" else None
        for article in extract_many(documents, nlp, lang=lang, n_process=n_process):
            if article.failure is not None:  # reported like an unreadable input, not written
                failures[ExtractionFailed.__name__] += 1
                click.echo(f"onrecord: {ExtractionFailed(article.failure, source=article.id)}",
                           err=True)
                continue
            article.drop_below(min_confidence or 0.0)
            count += 1
            quotes += len(article.quotes)
            _write(out, fmt, article, csv_writer)
    _summary(count, quotes, failures)
    if failures:
        sys.exit(1)


def _load(model: str | None, lang: str | None = None) -> Any:
    """The pipeline named by ``model`` (else the default of ``lang``, else English's), loaded
    now so that a missing one stops the command before any input is read; and ``lang``, if
    given, checked: a language onrecord cannot read stops it too."""
    try:
        nlp = load_model(model or LANGUAGE_MODELS.get(lang or "en", DEFAULT_MODEL))
        if lang is not None:
            Pipelines(nlp).check(lang)
        return nlp
    except OnrecordError as exc:
        raise FatalError(str(exc)) from None


def _documents(inputs: tuple[str, ...], max_bytes: int,
               failures: Counter[str]) -> Iterator[Document]:
    for item in read_paths(inputs, max_bytes=max_bytes):
        if isinstance(item, ReadFailure):
            failures[type(item.error).__name__] += 1
            click.echo(f"onrecord: {item.error}", err=True)
            continue
        yield item


def _write(out: IO[str], fmt: str, article: Any, csv_writer: CsvWriter | None) -> None:
    if csv_writer is not None:
        csv_writer.write(article)
    elif fmt == "jsonl":
        out.write(to_jsonl(article) + "\n")
    else:
        out.write(to_text(article) + "\n")
    out.flush()


def _summary(count: int, quotes: int, failures: Counter[str]) -> None:
    failed = sum(failures.values())
    msg = f"onrecord: {count} article(s), {quotes} quote(s)"
    if failed:
        reasons = ", ".join(f"{n} {reason}" for reason, n in failures.most_common())
        msg += f"; {failed} input(s) failed ({reasons})"
    click.echo(msg, err=True)


@cli.command()
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="text",
              show_default=True)
@lang_option
@model_option
def demo(fmt: str, lang: str | None, model: str | None) -> None:
    """Extract the demo articles bundled with onrecord (our own invented news stories).

    \b
    Example:
      onrecord demo
    """
    folder = resources.files("onrecord").joinpath("demo")
    paths = sorted(str(p) for p in Path(str(folder)).glob("*.txt"))
    nlp = _load(model, lang)
    docs = (Document(id=Path(p).name, text=Path(p).read_text("utf-8")) for p in paths)
    out: IO[str] = sys.stdout
    csv_writer = CsvWriter(out) if fmt == "csv" else None
    count = quotes = 0
    for article in extract_many(docs, nlp, lang=lang):
        count += 1
        quotes += len(article.quotes)
        _write(out, fmt, article, csv_writer)
    _summary(count, quotes, Counter())


@cli.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--predictions", "-p", type=click.Path(exists=True, dir_okay=False),
              help="Score this JSONL instead of running extraction on the gold texts.")
@model_option
@click.option("--save", type=click.Path(dir_okay=False, writable=True),
              help="Also write the predictions made to this JSONL file.")
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as JSON.")
@click.option("--reliability", is_flag=True,
              help="Also print how often quotes and speakers of each confidence were right.")
def evaluate(gold: str, predictions: str | None, model: str | None, save: str | None,
             as_json: bool, reliability: bool) -> None:
    """Score extraction against GOLD.jsonl with the reference metric.

    Prints quote P/R/F1 at overlaps 0.3 and 0.8, speaker accuracy and attribution F1, then recall
    by quote type. With --reliability, a table per confidence bin: stated confidence against the
    share of quotes (matched at 0.3) and of speakers (of matched quotes) that were right, and the
    expected calibration error.

    \b
    Examples:
      onrecord evaluate gold.jsonl
      onrecord evaluate gold.jsonl --predictions pred.jsonl
      onrecord evaluate gold.jsonl --reliability
    """
    from onrecord.evaluation import evaluate as run_evaluation
    from onrecord.evaluation import format_reliability, format_report, judgements, load_jsonl

    try:
        golds = load_jsonl(gold)
        if predictions:
            preds = load_jsonl(predictions)
        else:
            preds = _predict(golds, model, save)
    except OnrecordError as exc:
        raise FatalError(str(exc)) from None
    if predictions and golds and not set(golds) & set(preds):
        raise FatalError(
            f"{predictions}: no article id matches an id in {gold}; predictions must use the gold "
            "ids (run extract on the gold JSONL itself, or evaluate without --predictions)"
        )
    missing = len(set(golds) - set(preds))
    if predictions and missing:
        click.echo(f"onrecord: warning: {missing} gold article(s) have no prediction and count "
                   "as found nothing", err=True)
    results = run_evaluation(golds, preds)
    if as_json:
        click.echo(json.dumps([r.to_dict() for r in results]))
    else:
        click.echo(format_report(results))
    if reliability:
        click.echo(format_reliability(judgements(golds, preds), results[0].gold))


def _predict(golds: dict[str, dict[str, Any]], model: str | None,
             save: str | None) -> dict[str, Any]:
    nlp = _load(model)
    docs = (Document(id=doc_id, text=str(g.get("text", ""))) for doc_id, g in golds.items())
    preds = {}
    for article in extract_many(docs, nlp=nlp):
        if article.failure is not None:
            click.echo(f"onrecord: {ExtractionFailed(article.failure, source=article.id)}; it "
                       "counts as found nothing", err=True)
        preds[article.id] = article.to_dict()
    if save:
        with open(save, "w", encoding="utf-8") as fh:
            for d in preds.values():
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    return preds


# --- the corpus commands: each opens the database and calls one Corpus method ------------------

DEFAULT_DB = "onrecord.db"


def db_option(f: Any) -> Any:
    return click.option(
        "--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
        help="The corpus database (SQLite; created by onrecord ingest).",
    )(f)


def filter_options(f: Any) -> Any:
    """--speaker, --since, --until, --outlet and --min-confidence, shared by search, quotes and
    export."""
    for option in reversed([
        click.option("--speaker", "-s", help="Only quotes by this speaker (name or alias)."),
        click.option("--since", help="Only occurrences on or after this date (YYYY[-MM[-DD]])."),
        click.option("--until", help="Only occurrences on or before this date (YYYY[-MM[-DD]])."),
        click.option("--outlet", help="Only occurrences in this outlet."),
        min_confidence_option,
    ]):
        f = option(f)
    return f


def _open_corpus(db: str, *, must_exist: bool = True, **kwargs: Any) -> Any:
    from onrecord.corpus.corpus import Corpus

    if must_exist and not Path(db).exists():
        raise FatalError(f"{db}: no such database; create it with onrecord ingest PATH --db {db}")
    try:
        return Corpus(db, **kwargs)
    except OnrecordError as exc:
        raise FatalError(str(exc)) from None


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--n-process", "-j", type=click.IntRange(1, 64), default=os.cpu_count() or 1,
              show_default="every core", help="Worker processes for extraction.")
@click.option("--aliases", type=click.Path(exists=True, dir_okay=False),
              help="Alias file (CSV or JSON: canonical name, aliases, optional Wikidata QID) "
              "forcing speaker merges, splits and ids.")
@lang_option
@model_option
@click.option("--max-bytes", type=click.IntRange(1), default=MAX_ARTICLE_BYTES,
              show_default=True, help="Largest article accepted, in bytes.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress line on stderr (default: when stderr is a terminal).")
@min_confidence_option
def ingest(inputs: tuple[str, ...], db: str, n_process: int, aliases: str | None,
           lang: str | None, model: str | None, max_bytes: int, progress: bool | None,
           min_confidence: float | None) -> None:
    """Extract articles from PATH... and store them in the corpus database.

    Reads .txt, .html, .jsonl and WARC files and directories of them (or - for stdin). Articles
    already stored (same URL or same text) are skipped, so rerunning an interrupted ingest
    finishes the rest. Each article's language is detected (English or French; --lang forces
    one); articles in other languages are counted as failed. Exit code 1 when some inputs
    failed.

    \b
    Examples:
      onrecord ingest news/ --db news.db
      onrecord ingest feed.jsonl crawl.warc.gz --db news.db -j 2 --aliases aliases.csv
    """
    from onrecord.corpus.corpus import estimate_total

    nlp = _load(model, lang)
    show = sys.stderr.isatty() if progress is None else progress
    total = estimate_total(inputs) if show else None
    bar = _ProgressLine(total) if show else None
    with _open_corpus(db, must_exist=False, aliases=aliases,
                      model=model or DEFAULT_MODEL) as corpus:
        try:
            summary = corpus.ingest(read_paths(inputs, max_bytes=max_bytes), n_process=n_process,
                                    progress=bar, total=total, nlp=nlp, lang=lang,
                                    min_confidence=min_confidence or 0.0)
        except OnrecordError as exc:
            raise FatalError(str(exc)) from None
    if bar is not None:
        bar.close()
    _ingest_summary(summary)
    if summary.failed_count:
        sys.exit(1)


@cli.command("spark-ingest")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", required=True, metavar="DIR",
              help="Where to write the Parquet tables (any path Spark writes: local, hdfs://, "
                   "s3a://); replaced if it exists.")
@click.option("--master", default="local[*]", show_default=True, metavar="URL",
              help="Spark master (local[2], spark://host:7077, yarn); empty: the one "
                   "spark-submit gives (see docs/spark.md).")
@click.option("--partitions", type=click.IntRange(1), default=None,
              help="Extraction tasks (default: twice the cores).")
@lang_option
@model_option
@min_confidence_option
def spark_ingest(inputs: tuple[str, ...], out: str, master: str | None, partitions: int | None,
                 lang: str | None, model: str | None, min_confidence: float | None) -> None:
    """Extract INPUT... on Spark and write Parquet tables under --out (docs/spark.md).

    Reads what ingest reads (.txt, .html, .jsonl, WARC/.warc.gz, directories of them) from any
    path Spark reads. Speakers and quotes are merged with a local ingest's rules; `onrecord
    load` puts the result in a corpus database. Needs PySpark and Java 17 (pip install
    'onrecord[spark]').

    \b
    Examples:
      onrecord spark-ingest news/ --out news.parquet --master 'local[2]'
      onrecord load news.parquet --db news.db
    """
    try:
        from onrecord.spark.job import session
        from onrecord.spark.job import spark_ingest as run
    except ImportError as exc:
        raise FatalError(f"spark-ingest needs PySpark ({exc}); install it with pip install "
                         "'onrecord[spark]'") from None
    for path in inputs:  # a local path is checked before a JVM starts
        if "://" not in path and not path.startswith("file:") and not os.path.exists(path):
            raise FatalError(f"{path}: no such file or directory")
    spark = session(master or None)
    spark.sparkContext.setLogLevel("ERROR")
    try:
        summary = run(spark, list(inputs), out, model=model, lang=lang, partitions=partitions,
                      min_confidence=min_confidence or 0.0)
    except OnrecordError as exc:
        raise FatalError(str(exc)) from None
    except Exception as exc:  # Spark's own errors (a path that does not exist) are one line
        raise FatalError(_spark_error(exc)) from None
    finally:
        spark.stop()
    msg = (f"onrecord: wrote {summary.articles} article(s), {summary.occurrences} quote "
           f"occurrence(s), {summary.quotes} quote(s) and {summary.speakers} speaker(s) to "
           f"{out} in {_duration(summary.seconds)}; skipped {summary.skipped} duplicate(s)")
    if summary.failed_count:
        msg += f"; {_failed(summary)[:-1]}; see {out}/failures)"
    click.echo(msg, err=True)
    if summary.failed_count:
        sys.exit(1)


def _spark_error(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    if "PATH_NOT_FOUND" in text or "Path does not exist" in text:
        found = re.search(r"Path does not exist: (\S+?)\.?(?: SQLSTATE|$)", text)
        where = found.group(1) if found else "an input"
        return f"{where.removeprefix('file:')}: no such file or directory"
    return f"Spark failed: {type(exc).__name__}: {text[:300]}"


@cli.command()
@click.argument("out", type=click.Path(exists=True, file_okay=False))
@db_option
@click.option("--aliases", type=click.Path(exists=True, dir_okay=False),
              help="Alias file (CSV or JSON) forcing speaker merges, splits and Wikidata ids.")
def load(out: str, db: str, aliases: str | None) -> None:
    """Store the Parquet tables of a spark-ingest in the corpus database.

    The articles are stored as extracted on the cluster, in the order a local ingest of the
    same inputs reads them, with the same merge rules: the database is the one `onrecord
    ingest` would make. Articles already stored are skipped.

    \b
    Example:
      onrecord load news.parquet --db news.db
    """
    from onrecord.spark.load import load as run

    try:
        summary = run(out, db, aliases=aliases)
    except OnrecordError as exc:
        raise FatalError(str(exc)) from None
    _ingest_summary(summary)


class _ProgressLine:
    """One stderr line, rewritten at most a few times a second: articles, rate and ETA."""

    def __init__(self, total: int | None) -> None:
        self.total = total
        self.shown = 0.0
        self.text = ""

    def __call__(self, p: Any) -> None:
        import time

        now = time.monotonic()
        if now - self.shown < 0.25 and (self.total is None or p.done < self.total):
            return
        self.shown = now
        of = f"/{self.total}" if self.total is not None else ""
        eta = f", ETA {_duration(p.eta)}" if p.eta is not None else ""
        self.text = (f"ingest: {p.done}{of} articles ({p.stored} stored, {p.skipped} skipped, "
                     f"{p.failed} failed), {p.rate:.1f} articles/s{eta}")
        click.echo("\r" + self.text.ljust(100), nl=False, err=True)

    def close(self) -> None:
        if self.text:
            click.echo(err=True)


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{secs:02d}s"


def _failed(summary: Any) -> str:
    """"3 input(s) failed (2 NoArticleText, 1 InputError)": a summary's failures by reason."""
    reasons = ", ".join(f"{n} {reason}" for reason, n in summary.failed.most_common())
    return f"{summary.failed_count} input(s) failed ({reasons})"


def _ingest_summary(summary: Any) -> None:
    msg = (f"onrecord: stored {summary.articles} article(s) with {summary.quotes} quote(s) "
           f"({summary.new_quotes} new to the corpus) and {summary.speakers} new speaker(s); "
           f"skipped {summary.skipped} already stored")
    if summary.failed_count:
        msg += f"; {_failed(summary)}"
    click.echo(msg, err=True)
    for line in summary.failures:
        click.echo(f"onrecord: failed: {line}", err=True)
    hidden = summary.failed_count - len(summary.failures)
    if hidden > 0:
        click.echo(f"onrecord: ... and {hidden} more failure(s)", err=True)


def _query(call: Any) -> Any:
    try:
        return call()
    except OnrecordError as exc:
        raise FatalError(str(exc)) from None


@cli.command()
@click.argument("text")
@filter_options
@db_option
@click.option("--limit", "-n", type=click.IntRange(1), default=20, show_default=True,
              help="Most quotes shown.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per quote.")
def search(text: str, speaker: str | None, since: str | None, until: str | None,
           outlet: str | None, min_confidence: float | None, db: str, limit: int,
           as_json: bool) -> None:
    """Full-text search of the quotes in the corpus (SQLite FTS5 syntax: words, "a phrase",
    OR, NOT, prefix*), best match first, with where and when each was reported.

    \b
    Examples:
      onrecord search "water agreement" --db news.db
      onrecord search dam --speaker Kellerman --since 2024-03 --outlet Meridian
    """
    with _open_corpus(db) as corpus:
        hits = _query(lambda: corpus.search(text, speaker=speaker, since=since, until=until,
                                            outlet=outlet, min_confidence=min_confidence,
                                            limit=limit))
    _print_hits(hits, as_json)


@cli.command()
@filter_options
@db_option
@click.option("--limit", "-n", type=click.IntRange(1), default=None, help="Most quotes shown.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per quote.")
def quotes(speaker: str | None, since: str | None, until: str | None, outlet: str | None,
           min_confidence: float | None, db: str, limit: int | None, as_json: bool) -> None:
    """A timeline of quotes, earliest first: usually one speaker's, with --speaker NAME.

    \b
    Examples:
      onrecord quotes --speaker "Dariusz Kellerman" --db news.db
      onrecord quotes --speaker Kellerman --since 2024-03-01 --json
    """
    with _open_corpus(db) as corpus:
        hits = _query(lambda: corpus.quotes(speaker, since=since, until=until, outlet=outlet,
                                            min_confidence=min_confidence, limit=limit))
    _print_hits(hits, as_json)


def _print_hits(hits: list[Any], as_json: bool) -> None:
    if as_json:
        for hit in hits:
            click.echo(json.dumps(hit.to_dict(), ensure_ascii=False))
        return
    if not hits:
        click.echo("onrecord: no quotes found", err=True)
    for hit in hits:
        first = ", ".join(x for x in (hit.first_seen_date, hit.first_seen_outlet) if x)
        click.echo(click.style(f"[{hit.id}] ", fg="cyan") + _clean(hit.text))
        click.echo(f"    {hit.speaker or 'unknown speaker'}; {hit.occurrence_count} "
                   f"occurrence(s)" + (f"; first seen {first}" if first else ""))
        for occ in hit.occurrences:
            where = " ".join(x for x in (occ.date, occ.outlet,
                                         occ.url or occ.title or occ.source) if x)
            click.echo(f"      article {occ.article_id}: {_clean(where)}")


@cli.command()
@click.option("--top", "-n", type=click.IntRange(1), default=20, show_default=True,
              help="How many speakers.")
@click.option("--explain", "explain", metavar="NAME",
              help="Say why the entries named NAME were merged or kept apart.")
@db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per speaker.")
def speakers(top: int, explain: str | None, db: str, as_json: bool) -> None:
    """The most quoted speakers in the corpus, with their names, roles, outlets and counts.

    With --explain NAME: for each entry with that name, alias or surname, the names that joined
    it, by which rule and why, and the entries kept apart from it and why.

    \b
    Examples:
      onrecord speakers --db news.db
      onrecord speakers --top 50 --json
      onrecord speakers --explain Obama --db news.db
    """
    if explain is not None:
        with _open_corpus(db) as corpus:
            explanations = _query(lambda: corpus.explain(explain))
        _print_explanations(explanations, as_json)
        return
    with _open_corpus(db) as corpus:
        rows = _query(lambda: corpus.speakers(top))
    for sp in rows:
        if as_json:
            click.echo(json.dumps(sp.to_dict(), ensure_ascii=False))
            continue
        qid = f" {sp.qid}" if sp.qid else ""
        click.echo(click.style(_clean(sp.name), bold=True) + f" ({sp.kind}{qid}) - "
                   f"{sp.occurrences} quote occurrence(s), {sp.quotes} distinct quote(s)")
        for label, values in (("also", sp.aliases), ("roles", sp.roles),
                              ("outlets", sp.outlets)):
            shown = [v for v in values if v != sp.name][:8]
            if shown:
                click.echo(f"   {label}: " + _clean("; ".join(shown)))


def _print_explanations(explanations: list[Any], as_json: bool) -> None:
    for ex in explanations:
        if as_json:
            click.echo(json.dumps(ex.to_dict(), ensure_ascii=False))
            continue
        sp = ex.speaker
        click.echo(click.style(_clean(sp.name), bold=True) + f" ({sp.kind}, entry {sp.id}) - "
                   f"{sp.occurrences} quote occurrence(s)")
        if sp.aliases:
            click.echo("   names: " + _clean("; ".join(sp.aliases[:12])))
        for step in ex.steps:
            ids = step.article_ids
            where = (f" (article {ids[0]})" if len(ids) == 1 else
                     f" ({len(ids)} articles)" if ids else
                     " (when the ingest ended" + (f", {step.times} entries)" if step.times > 1
                                                  else ")"))
            click.echo(f"   {_clean(step.name)!r}{where}: {step.rule}: {_clean(step.reason)}")
            for other, why in step.kept_apart:
                click.echo(f"      kept apart from {_clean(other)}: {_clean(why)}")
        for other, why in ex.kept_apart:
            click.echo(f"   kept apart from it: {_clean(other)}: {_clean(why)}")


@cli.command()
@click.argument("article")
@db_option
def show(article: str, db: str) -> None:
    """Print a stored ARTICLE (its id, URL or source file) with its quotes and speaker mentions
    highlighted.

    \b
    Examples:
      onrecord show 12 --db news.db
      onrecord show https://example.com/news/geneva-talks
    """
    with _open_corpus(db) as corpus:
        stored = _query(lambda: corpus.article(article))
    heading = " | ".join(x for x in (stored.title, stored.date, stored.outlet, stored.url) if x)
    click.echo(click.style(f"== article {stored.id}" + (f": {_clean(heading)}" if heading
                                                         else ""), bold=True))
    click.echo(_highlight(stored))
    for q in stored.quotes:
        who = q.speaker_name or "unknown"
        click.echo(f"  [{q.type}] {who}: {_clean(q.text)[:90]}")


def _highlight(article: Any) -> str:
    """The article text with quotes (yellow) and speaker mentions (bold cyan) marked."""
    marks: dict[int, str] = {}
    spans: list[tuple[int, int, str]] = []
    for q in article.quotes:
        spans.append((q.start, q.end, "quote"))
        if q.mention is not None:
            spans.append((q.mention.start, q.mention.end, "mention"))
    text = article.text
    for start, end, kind in spans:
        for i in range(max(start, 0), min(end, len(text))):
            if kind == "mention" or i not in marks:
                marks[i] = kind
    out: list[str] = []
    i = 0
    while i < len(text):
        mark = marks.get(i)
        j = i
        while j < len(text) and marks.get(j) == mark:
            j += 1
        piece = _clean(text[i:j], keep_newlines=True)
        if mark == "quote":
            piece = click.style(piece, fg="yellow")
        elif mark == "mention":
            piece = click.style(piece, fg="cyan", bold=True)
        out.append(piece)
        i = j
    return "".join(out)


_CONTROL = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32), 127, *range(128, 160)])


def _clean(text: str, keep_newlines: bool = False) -> str:
    """Text safe to print in a terminal: control characters (escape sequences too) removed."""
    cleaned = text.translate(_CONTROL)
    return cleaned if keep_newlines else " ".join(cleaned.split())


@cli.command()
@click.option("--format", "-f", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]),
              default="jsonl", show_default=True,
              help="jsonl or csv (one row per quote occurrence), parquet (needs pyarrow).")
@click.option("--output", "-o", default="-", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write here instead of stdout (parquet needs a file).")
@click.option("--text", "-q", help="Only quotes matching this full-text search.")
@filter_options
@db_option
def export(fmt: str, output: str, text: str | None, speaker: str | None, since: str | None,
           until: str | None, outlet: str | None, min_confidence: float | None,
           db: str) -> None:
    """Export quote occurrences (quote, speaker, article, outlet, date, first seen) for pandas,
    spreadsheets or Datasette.

    \b
    Examples:
      onrecord export --format csv -o quotes.csv --db news.db
      onrecord export --format parquet -o quotes.parquet --speaker Kellerman --since 2024
      onrecord export --format csv --min-confidence 0.9 -o sure.csv --db news.db
    """
    if fmt == "parquet" and output == "-":
        raise click.UsageError("parquet is binary: give a file with -o FILE")
    filters = {"text": text, "speaker": speaker, "since": since, "until": until,
               "outlet": outlet, "min_confidence": min_confidence}
    with _open_corpus(db) as corpus:
        if output == "-":
            count = _query(lambda: corpus.export(sys.stdout, fmt, **filters))
        else:
            count = _query(lambda: corpus.export(output, fmt, **filters))
    click.echo(f"onrecord: exported {count} row(s)", err=True)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but this machine needs --token.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--token", envvar="ONRECORD_TOKEN", show_envvar=True,
              help="Require this token (Authorization: Bearer TOKEN, or log in at /login) on "
              "every page and API call.")
@model_option
def serve(db: str, host: str, port: int, token: str | None, model: str | None) -> None:
    """Serve the corpus as a web app: search, speakers, quotes and their variants, disputes,
    sources balance, article views, an Extract page, and a JSON API (docs/web.md).

    The database is opened read-only; the Extract page writes to it only when asked.

    \b
    Examples:
      onrecord serve --db news.db
      ONRECORD_TOKEN=s3cret onrecord serve --db news.db --host 0.0.0.0 --port 8080
    """
    import logging

    from onrecord.web.security import is_loopback

    token = token or None
    if token is None and not is_loopback(host):
        raise FatalError(f"refusing to serve on {host} without a token: anyone on the network "
                         "could read the corpus; add --token TOKEN (or set ONRECORD_TOKEN)")
    if not Path(db).exists():
        raise FatalError(f"{db}: no such database; create it with onrecord ingest PATH --db {db}")
    import uvicorn

    from onrecord.web import create_app

    try:
        app = create_app(db, token=token, model=model)
    except OnrecordError as exc:
        raise FatalError(str(exc)) from None
    logging.basicConfig(level=logging.INFO, format="%(levelname)s: %(name)s: %(message)s")
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"onrecord: serving {db} at http://{shown}:{port}/"
               + (" (token required)" if token else ""), err=True)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False,
                proxy_headers=False)


def main() -> None:  # pragma: no cover - console entry point
    cli()
