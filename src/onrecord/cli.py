"""The command line: each command parses its options, calls one library function, prints.

Errors are one line on stderr; a batch keeps going past bad inputs and says how many failed.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import IO, Any

import click

from onrecord import __version__
from onrecord.errors import OnrecordError
from onrecord.output import FORMATS, CsvWriter, to_jsonl, to_text
from onrecord.pipeline import DEFAULT_MODEL, extract_many, load_model
from onrecord.reading import MAX_ARTICLE_BYTES, Document, ReadFailure, read_paths


class FatalError(click.ClickException):
    """A problem that stops the command (no model, unreadable gold): exit code 2, while 1 means
    that some inputs of a batch failed and the rest were processed."""

    exit_code = 2


def model_option(f: Any) -> Any:
    return click.option(
        "--model", "-m", default=DEFAULT_MODEL, show_default=True,
        help="Any installed spaCy pipeline with a parser and NER (package name or path).",
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
@model_option
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default="-",
              help="Write here instead of stdout.")
@click.option("--n-process", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes (each extracts whole articles).")
@click.option("--max-bytes", type=click.IntRange(1), default=MAX_ARTICLE_BYTES,
              show_default=True, help="Largest article accepted, in bytes.")
def extract(inputs: tuple[str, ...], fmt: str, model: str, output: str, n_process: int,
            max_bytes: int) -> None:
    """Extract quotations from FILE... (.txt, .html, .jsonl, directories, or - for stdin).

    \b
    Examples:
      onrecord extract article.txt
      onrecord extract news/ --format jsonl -o quotes.jsonl
      cat feed.jsonl | onrecord extract - --format csv
    """
    nlp = _load(model)
    failures: Counter[str] = Counter()
    documents = _documents(inputs, max_bytes, failures)
    count = quotes = 0
    with click.open_file(output, "w", encoding="utf-8") as out:
        csv_writer = CsvWriter(out) if fmt == "csv" else None
        for article in extract_many(documents, nlp=nlp, n_process=n_process):
            count += 1
            quotes += len(article.quotes)
            _write(out, fmt, article, csv_writer)
    _summary(count, quotes, failures)
    if failures:
        sys.exit(1)


def _load(model: str) -> Any:
    try:
        return load_model(model)
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
@model_option
def demo(fmt: str, model: str) -> None:
    """Extract the demo articles bundled with onrecord (our own invented news stories).

    \b
    Example:
      onrecord demo
    """
    folder = resources.files("onrecord").joinpath("demo")
    paths = sorted(str(p) for p in Path(str(folder)).glob("*.txt"))
    nlp = _load(model)
    docs = (Document(id=Path(p).name, text=Path(p).read_text("utf-8")) for p in paths)
    out: IO[str] = sys.stdout
    csv_writer = CsvWriter(out) if fmt == "csv" else None
    count = quotes = 0
    for article in extract_many(docs, nlp=nlp):
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
def evaluate(gold: str, predictions: str | None, model: str, save: str | None,
             as_json: bool) -> None:
    """Score extraction against GOLD.jsonl with the reference metric.

    Prints quote P/R/F1 at overlaps 0.3 and 0.8, speaker accuracy and attribution F1, then recall
    by quote type.

    \b
    Examples:
      onrecord evaluate gold.jsonl
      onrecord evaluate gold.jsonl --predictions pred.jsonl
    """
    from onrecord.evaluation import evaluate as run_evaluation
    from onrecord.evaluation import format_report, load_jsonl

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


def _predict(golds: dict[str, dict[str, Any]], model: str, save: str | None) -> dict[str, Any]:
    nlp = _load(model)
    docs = (Document(id=doc_id, text=str(g.get("text", ""))) for doc_id, g in golds.items())
    preds = {}
    for article in extract_many(docs, nlp=nlp):
        preds[article.id] = article.to_dict()
    if save:
        with open(save, "w", encoding="utf-8") as fh:
            for d in preds.values():
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    return preds


def main() -> None:  # pragma: no cover - console entry point
    cli()
