"""The Spark ingest's pure parts, without Spark: articles as Parquet rows and back, lookup keys,
components, and one component decided by a corpus in memory."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from onrecord import Article, Corpus, Quote, Speaker, extract_many, read_paths
from onrecord.corpus import quote_lookup_keys, speaker_lookup_keys
from onrecord.spark.merge import decide_component, union_find
from onrecord.spark.tables import UNDATED, article_from_rows, article_rows, day


def demo_articles() -> list[Article]:
    return list(extract_many(read_paths([str(resources.files("onrecord") / "demo")])))


def test_an_article_comes_back_from_its_rows_exactly() -> None:
    for article in demo_articles():
        row, speakers, parts = article_rows(article, 0, article.id, 0)
        back = article_from_rows(row, reversed(speakers), reversed(parts))
        assert back.to_dict() == article.to_dict()
        assert back.text == article.text and back.dateline == article.dateline
        assert [q.speaker.to_dict() if q.speaker else None for q in back.quotes] == [
            q.speaker.to_dict() if q.speaker else None for q in article.quotes]
        # Quotes of one speaker share one Speaker object, as the writer expects.
        ids = {id(q.speaker) for q in back.quotes if q.speaker is not None}
        assert ids <= {id(sp) for sp in back.speakers}


def test_stored_from_rows_the_corpus_is_the_local_ingests(tmp_path: Path) -> None:
    demo = str(resources.files("onrecord") / "demo")
    with Corpus(tmp_path / "local.db") as local:
        local.ingest(read_paths([demo]))
        expected = [(r["text"], r["speaker"], r["quote_id"]) for r in local.rows()]
    articles = [article_from_rows(*article_rows(a, 0, a.id, n))
                for n, a in enumerate(demo_articles())]
    with Corpus(tmp_path / "rows.db") as rows:
        summary = rows.store(articles)
        assert [(r["text"], r["speaker"], r["quote_id"]) for r in rows.rows()] == expected
    assert summary.articles == len(articles) and summary.quotes == len(expected)


def test_ids_come_from_content_and_dates_make_partitions() -> None:
    article = demo_articles()[0]
    first, again = article_rows(article, 0, "a", 0), article_rows(article, 3, "b", 9)
    assert first[0]["article_id"] == again[0]["article_id"]
    assert [p["occurrence_id"] for p in first[2]] == [p["occurrence_id"] for p in again[2]]
    assert day("2026-03-05T10:00:00Z") == "2026-03-05"
    assert day("March 5, 2026") == day(None) == UNDATED


def test_lookup_keys_join_one_persons_names_and_keep_strangers_apart() -> None:
    full = set(speaker_lookup_keys(Speaker("s1", "Maren Tolliver", "person")))
    surname = set(speaker_lookup_keys(Speaker("s1", "Ms. Tolliver", "person")))
    titled = set(speaker_lookup_keys(Speaker("s1", "Finance Minister Maren Tolliver", "person")))
    other = set(speaker_lookup_keys(Speaker("s1", "Osric Pellham", "person")))
    assert full & surname and full & titled
    assert not full & other
    assert speaker_lookup_keys(Speaker("s1", "the residents", "group")) == []
    quote = "Our members have been patient for far too long and patience has limits"
    assert set(quote_lookup_keys(quote)) & set(quote_lookup_keys(quote[:40] + " ..."))
    assert not set(quote_lookup_keys(quote)) & set(quote_lookup_keys(
        "The river rose faster than any of our models predicted"))


def test_union_find_names_each_component_by_its_smallest_node() -> None:
    parent = union_find([("b", "c"), ("d", "e"), ("c", "a")])
    assert parent == {"a": "a", "b": "a", "c": "a", "d": "d", "e": "d"}


def _article(aid: str, order: int, speaker: str, quote: str) -> dict[str, object]:
    return {
        "article_id": aid, "order": (0, (), order), "outlet": "Valley Wire", "date": None,
        "speakers": [{"speaker_no": 0, "name": speaker, "kind": "person"}],
        "parts": [{"occurrence_id": f"{aid}-0", "start": 0, "end": len(quote), "text": quote,
                   "type": "direct", "confidence": 0.9, "speaker_no": 0}],
    }


def test_a_component_is_decided_as_a_local_ingest_decides_it() -> None:
    quote = "We will not be lectured by people who never built a single home"
    parts, entries = decide_component([
        _article("a1", 0, "Felix Brannigan", quote),
        _article("a2", 1, "Brannigan", quote.upper() + "!"),
    ])
    # One speaker (the surname joins the full name), one quote, named after first occurrences.
    assert [(p["speaker_id"], p["quote_id"]) for p in parts] == [("a1-0", "a1-0")] * 2
    speaker = next(e for e in entries if e["kind"] == "speaker")
    assert speaker["name"] == "Felix Brannigan" and speaker["occurrence_count"] == 2
    assert [e["text"] for e in entries if e["kind"] == "quote"] == [quote]


def test_a_quote_object_keeps_its_speaker_through_the_rows() -> None:
    text = "\u201cWe will see,\u201d Osric Pellham said."
    speaker = Speaker("s1", "Osric Pellham", "person")
    article = Article(id="x", text=text, speakers=[speaker],
                      quotes=[Quote(1, 12, text[1:12], "direct", 0, speaker=speaker)])
    back = article_from_rows(*article_rows(article, 0, "x", 0))
    assert back.quotes[0].speaker is back.speakers[0]


def test_load_names_a_folder_that_is_no_spark_output_in_one_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from onrecord.cli import cli

    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(cli, ["load", str(empty), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2
    assert result.output == (f"Error: [E001] {empty}: no articles/ table here: give the --out "
                             "directory of onrecord spark-ingest\n")
    broken = tmp_path / "broken"
    for table in ("articles", "article_speakers", "occurrences"):
        (broken / table).mkdir(parents=True)
    (broken / "articles" / "part-0.parquet").write_bytes(b"junk")
    result = CliRunner().invoke(cli, ["load", str(broken), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: [E001] {broken}: cannot read the articles table")
    assert result.output.count("\n") == 1
    assert not (tmp_path / "x.db").exists()  # nothing half-made
