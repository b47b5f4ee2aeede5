"""Tests for ``onrecord.Corpus``: ingesting the demo articles and reposts of one of their quotes,
rerunning an ingest, the queries (search, speakers, quotes, article), export and bad input."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from corpus_data import FIRST_SEEN, REPOSTS, demo_paths, write_reposts
from spacy.language import Language

from onrecord import Corpus
from onrecord.errors import CorpusError, NoSuchArticle, SearchSyntaxError
from onrecord.extraction.reading import read_paths

INJECTIONS = [
    "'; DROP TABLE quotes; --",
    '" OR 1=1 --',
    "Kellerman' OR '1'='1",
    "x); DELETE FROM articles; --",
]


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    db = folder / "news.db"
    with Corpus(db) as corpus:
        summary = corpus.ingest(read_paths([*demo_paths(), str(write_reposts(folder))]), nlp=nlp)
    assert summary.articles == 6 + len(REPOSTS)
    assert not summary.failed
    return db


@pytest.fixture
def corpus(corpus_db: Path) -> Corpus:
    with Corpus(corpus_db) as opened:
        yield opened  # type: ignore[misc]


def test_corpus_reposted_quote_is_one_quote_with_every_occurrence(corpus: Corpus) -> None:
    hits = corpus.search('"close this file"')
    assert len(hits) == 1
    hit = hits[0]
    assert hit.occurrence_count == 1 + len(REPOSTS)
    assert {o.outlet for o in hit.occurrences} == {None} | {r["outlet"] for r in REPOSTS}
    assert (hit.first_seen_date, hit.first_seen_outlet) == FIRST_SEEN
    assert hit.speaker == "Dariusz Kellerman"
    assert hit.text.startswith("We came to Geneva to close this file, not to open a new one")


def test_corpus_rerun_stores_nothing_new(corpus_db: Path, nlp: Language) -> None:
    with Corpus(corpus_db) as corpus:
        before = corpus.counts()
        folder = corpus_db.parent
        summary = corpus.ingest(read_paths([*demo_paths(), str(folder / "reposts.jsonl")]),
                                nlp=nlp)
        assert summary.articles == 0
        assert summary.skipped == 6 + len(REPOSTS)
        assert corpus.counts() == before


def test_corpus_search_finds_by_word_and_filters(corpus: Corpus) -> None:
    assert any("dam" in h.text.lower() for h in corpus.search("dam"))
    by_speaker = corpus.search("Geneva", speaker="Kellerman")
    assert by_speaker and all(h.speaker == "Dariusz Kellerman" for h in by_speaker)
    assert corpus.search("Geneva", speaker="Nobody Atall") == []
    dated = corpus.search("geneva", since="2024-03-04", until="2024-03-05")
    assert [o.outlet for h in dated for o in h.occurrences] == ["Harbour Post"]
    assert corpus.search("geneva", since="2025") == []
    wire = corpus.search("geneva", outlet="morning wire")
    assert [o.outlet for h in wire for o in h.occurrences] == ["Morning Wire"]


def test_corpus_search_syntax_error_is_a_clear_error(corpus: Corpus) -> None:
    for query in ['"unclosed', "dam AND", "(water", "NEAR("]:
        with pytest.raises(SearchSyntaxError, match="double quotes"):
            corpus.search(query)


def test_corpus_bad_date_filter_is_a_clear_error(corpus: Corpus) -> None:
    with pytest.raises(CorpusError, match="YYYY-MM-DD"):
        corpus.search("dam", since="last March")


@pytest.mark.parametrize("attack", INJECTIONS)
def test_corpus_sql_in_search_or_speaker_does_no_harm(corpus: Corpus, attack: str) -> None:
    before = corpus.counts()
    try:
        corpus.search(attack)
    except SearchSyntaxError:
        pass
    assert corpus.search("dam", speaker=attack) == []
    assert corpus.quotes(attack) == []
    assert list(corpus.rows(outlet=attack)) == []
    assert corpus.counts() == before
    assert corpus.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_corpus_speakers_most_quoted_first_with_roles_and_outlets(corpus: Corpus) -> None:
    top = corpus.speakers(top=3)
    assert len(top) == 3
    assert top[0].name == "Dariusz Kellerman"
    assert top[0].occurrences >= top[1].occurrences >= top[2].occurrences
    assert "Kellerman" in top[0].aliases
    assert {r["outlet"] for r in REPOSTS} <= set(top[0].outlets)
    assert top[0].roles


def test_corpus_quotes_timeline_is_earliest_first(corpus: Corpus) -> None:
    timeline = corpus.quotes("Dariusz Kellerman", since="2024-03-01")
    dates = [min(o.date for o in h.occurrences if o.date) for h in timeline]
    assert dates == sorted(dates) and dates


def test_corpus_article_round_trips_quotes_and_offsets(corpus: Corpus) -> None:
    url = REPOSTS[1]["url"]
    stored = corpus.article(url)
    assert stored.url == url and stored.outlet == "Harbour Post"
    assert stored.quotes
    for q in stored.quotes:
        assert stored.text[q.start:q.end] == q.text
        if q.mention is not None:
            assert stored.text[q.mention.start:q.mention.end] == q.mention.text
    assert corpus.article(int(stored.id)).text == stored.text
    with pytest.raises(NoSuchArticle):
        corpus.article("https://nowhere.example/")


def test_corpus_export_jsonl_csv_and_parquet(corpus: Corpus, tmp_path: Path) -> None:
    out = io.StringIO()
    n = corpus.export(out, "jsonl", speaker="Kellerman")
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert n == len(rows) > 0 and all(r["speaker"] == "Dariusz Kellerman" for r in rows)
    path = tmp_path / "q.csv"
    assert corpus.export(path, "csv", outlet="Daily Ledger") == 1
    with path.open(encoding="utf-8") as handle:
        assert next(csv.DictReader(handle))["outlet"] == "Daily Ledger"
    pq = pytest.importorskip("pyarrow.parquet")
    assert corpus.export(tmp_path / "q.parquet", "parquet") == corpus.counts()["occurrences"]
    assert pq.read_table(tmp_path / "q.parquet").num_rows == corpus.counts()["occurrences"]


def test_corpus_dataframes(corpus: Corpus) -> None:
    pytest.importorskip("pandas")
    frame = corpus.to_dataframe(speaker="Kellerman")
    assert len(frame) > 0 and set(frame["speaker"]) == {"Dariusz Kellerman"}
    assert list(corpus.speakers(top=2, as_frame=True)["name"])[0] == "Dariusz Kellerman"


def test_corpus_database_is_plain_sqlite_with_fts(corpus_db: Path) -> None:
    conn = sqlite3.connect(corpus_db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = conn.execute("SELECT * FROM quotes_fts WHERE quotes_fts MATCH ?",
                        ("hydrology",)).fetchall()
    assert rows
    conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
    joined = conn.execute(
        "SELECT q.text, a.outlet FROM quotes_fts f JOIN quotes q ON q.id = f.rowid "
        "JOIN occurrences o ON o.quote_id = q.id JOIN articles a ON a.id = o.article_id "
        "WHERE quotes_fts MATCH ? ORDER BY f.rank", ("close file",)).fetchall()
    assert len(joined) == 1 + len(REPOSTS)


def test_corpus_bad_inputs_are_counted_and_the_batch_goes_on(tmp_path: Path,
                                                             nlp: Language) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "feed.jsonl").write_text(
        '{"id": "ok", "text": "\\"We will appeal this ruling today,\\" Anna Berg said."}\n'
        "{not json\n", encoding="utf-8")
    with Corpus(":memory:") as corpus:
        summary = corpus.ingest(read_paths([str(tmp_path)]), nlp=nlp)
    assert summary.articles == 1
    assert summary.failed == {"EmptyInput": 1, "BinaryInput": 1, "BadJsonl": 1}
    assert any("feed.jsonl:2" in line for line in summary.failures)


def test_corpus_alias_file_forces_a_merge_and_a_wikidata_id(tmp_path: Path,
                                                           nlp: Language) -> None:
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("canonical,aliases,qid\nDariusz Kellerman,Kellerman|D. Kellerman,Q42\n",
                       encoding="utf-8")
    with Corpus(":memory:", aliases=aliases) as corpus:
        corpus.ingest(read_paths([p for p in demo_paths() if "geneva" in p]), nlp=nlp)
        corpus.ingest([
            '"This is a quotation long enough to keep," D. Kellerman said on Friday.'], nlp=nlp)
        top = corpus.speakers(top=1)[0]
    assert (top.name, top.qid) == ("Dariusz Kellerman", "Q42")
    assert "D. Kellerman" in top.aliases


# --- the speaker directory of a small multi-article corpus -----------------------------------

SPEAKER_CORPUS = Path(__file__).parent / "fixtures" / "speakers" / "corpus"


@pytest.fixture(scope="module")
def directory(nlp: Language) -> Corpus:
    with Corpus(":memory:") as corpus:
        corpus.ingest(read_paths([str(SPEAKER_CORPUS / "corpus.jsonl")]), nlp=nlp)
        yield corpus  # type: ignore[misc]


def _entry(corpus: Corpus, name: str) -> int | None:
    """The id of the directory entry named ``name`` (a person's name), or None."""
    for sp in corpus.speakers(None):
        if sp.name == name:
            return sp.id
    return None


def test_corpus_directory_names_each_person_once(directory: Corpus) -> None:
    expected = json.loads((SPEAKER_CORPUS / "expected_directory.json").read_text("utf-8"))
    names = {sp.name for sp in directory.speakers(None)}
    for person in expected["speakers"]:
        assert person["name"] in names, person["name"]
        for other in person["merged_names"]:
            if other != person["name"]:
                assert other not in names, f"{other} is an entry apart from {person['name']}"
    for first, second in expected["kept_apart"]:
        assert _entry(directory, first) != _entry(directory, second)


def test_corpus_directory_keeps_each_persons_roles(directory: Corpus) -> None:
    expected = json.loads((SPEAKER_CORPUS / "expected_directory.json").read_text("utf-8"))
    for person in expected["speakers"]:
        sp = next(s for s in directory.speakers(None) if s.name == person["name"])
        roles = " ".join(sp.roles).casefold()
        for word in person["roles_include"]:
            assert word in roles, (person["name"], sp.roles)


def test_corpus_explain_says_why_a_surname_joined_and_who_was_kept_apart(
        directory: Corpus) -> None:
    (kincaid, *_) = directory.explain("Roberta Kincaid")
    rules = {step.rule for step in kincaid.steps}
    assert "surname" in rules or "same-name" in rules
    (castellano,) = [e for e in directory.explain("Castellano") if e.speaker.name == "Castellano"]
    step = castellano.steps[-1]
    assert step.rule == "ambiguous"
    assert {name for name, _ in step.kept_apart} == {"Priya Castellano", "Leon Castellano"}
    with pytest.raises(CorpusError, match="no speaker named"):
        directory.explain("Nobody Atall")
