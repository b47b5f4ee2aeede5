"""Tests for ``onrecord.corpus.browse`` through ``Corpus``: the queries behind the web pages (a
page of search results, the overview, a speaker's page, a quote's variants, the disputes, the
balance of voices), read-only opening and the limits on what a request may ask."""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest
from corpus_data import REPOSTS, demo_paths, write_reposts
from spacy.language import Language

from onrecord import Corpus
from onrecord.corpus.browse import BALANCE_NOTE, NO_DATE, NO_OUTLET
from onrecord.corpus.store import MIGRATIONS, migrate
from onrecord.errors import CorpusError, NoSuchQuote, NoSuchSpeaker, NotACorpus, SearchSyntaxError
from onrecord.extraction.reading import read_paths

# A quote reposted by four outlets: straight instead of curly apostrophe, one word changed, and
# cut short with an ellipsis; and a quote two articles credit to two different people.
WALL = ("We\u2019ll rebuild the harbour wall before the winter storms arrive, and every family "
        "on the seafront will be back in a safe home by Christmas")
BRIDGE = ("The budget for the new bridge has doubled and nobody in the council can explain "
          "where the money went")
DISPUTED = [
    {"id": "ledger-wall", "outlet": "Daily Ledger", "date": "2024-05-06",
     "url": "https://ledger.example/wall", "title": "Mayor promises new harbour wall",
     "text": f"Porthaven's mayor spoke after the storm on Sunday.\n\u201c{WALL},\u201d Helena "
             "Brandt said.\n"},
    {"id": "harbour-wall", "outlet": "Harbour Post", "date": "2024-05-07",
     "url": "https://harbour.example/wall", "title": "Brandt: wall by winter",
     "text": "The storm damaged forty homes in Porthaven.\n\""
             + WALL.replace("\u2019", "'") + ",\" Helena Brandt said.\n"},
    {"id": "wire-wall", "outlet": "Morning Wire", "date": "2024-05-08",
     "url": "https://wire.example/wall", "title": "Porthaven to rebuild",
     "text": "PORTHAVEN (Morning Wire) - The town will rebuild its sea defences.\n\u201c"
             + WALL.replace("winter", "autumn") + ",\u201d Helena Brandt said.\n"},
    {"id": "gazette-wall", "outlet": "City Gazette", "date": "2024-05-09",
     "url": "https://gazette.example/wall", "title": "Harbour wall plan",
     "text": "Work on the harbour wall starts next month.\n\u201cWe\u2019ll rebuild the harbour "
             "wall before the winter storms arrive\u2026\u201d Helena Brandt said.\n"},
    {"id": "ledger-bridge", "outlet": "Daily Ledger", "date": "2024-06-03",
     "url": "https://ledger.example/bridge", "title": "Bridge costs double",
     "text": f"The council met on Monday to discuss the new bridge.\n\u201c{BRIDGE},\u201d "
             "Oskar Lind said.\n"},
    {"id": "no-outlet-ferry", "title": "Ferry timetable",  # no outlet, no date
     "text": "The ferry will run twice a day from March.\n\u201cWe listened to the islanders and "
             "doubled the crossings,\u201d Robin Osei said.\n"},
    {"id": "harbour-bridge", "outlet": "Harbour Post", "date": "2024-06-04",
     "url": "https://harbour.example/bridge", "title": "Bridge row",
     "text": f"Councillors argued about the bridge on Monday.\n\u201c{BRIDGE},\u201d Greta Voss "
             "said.\n"},
]


@pytest.fixture(scope="module")
def browse_db(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    folder = tmp_path_factory.mktemp("browse")
    disputed = folder / "disputed.jsonl"
    disputed.write_text("".join(json.dumps(a) + "\n" for a in DISPUTED), encoding="utf-8")
    db = folder / "news.db"
    with Corpus(db) as corpus:
        summary = corpus.ingest(read_paths([*demo_paths(), str(write_reposts(folder)),
                                            str(disputed)]), nlp=nlp)
    assert summary.articles == 6 + len(REPOSTS) + len(DISPUTED)
    return db


@pytest.fixture
def corpus(browse_db: Path) -> Corpus:
    with Corpus(browse_db, read_only=True) as opened:
        yield opened  # type: ignore[misc]


def _find(corpus: Corpus, text: str) -> int:
    (hit,) = corpus.search_page(text).hits
    return hit.id


def _dates(hit: object) -> list[str]:
    return [o.date for o in hit.occurrences if o.date]  # type: ignore[attr-defined]


# --- search pages --------------------------------------------------------------------------


def test_browse_search_pages_cover_every_quote_once(corpus: Corpus) -> None:
    total = corpus.counts()["quotes"]
    seen: list[int] = []
    for offset in range(0, total + 7, 7):
        page = corpus.search_page(offset=offset, limit=7)
        assert (page.total, page.offset, page.limit) == (total, offset, 7)
        seen += [h.id for h in page.hits]
    assert len(seen) == len(set(seen)) == total
    past = corpus.search_page(offset=total + 50, limit=5)
    assert past.hits == [] and past.total == total


def test_browse_search_sorts_newest_or_oldest_first(corpus: Corpus) -> None:
    newest = corpus.search_page(sort="date", limit=100).hits
    latest = [max(_dates(h), default=None) for h in newest]
    dated = [d for d in latest if d]
    assert dated == sorted(dated, reverse=True) and dated
    assert latest[: len(dated)] == dated  # undated quotes come last
    oldest = corpus.search_page(sort="oldest", limit=100).hits
    earliest = [min(_dates(h)) for h in oldest if _dates(h)]
    assert earliest == sorted(earliest)
    assert corpus.search_page(sort="relevance").sort == "date"  # no text: nothing to rank


def test_browse_search_matches_are_spans_of_the_words_found(corpus: Corpus) -> None:
    page = corpus.search_page("harbour wall")
    assert page.sort == "relevance" and page.total >= 1
    for hit in page.hits:
        assert hit.matches
        assert {hit.text[s:e].lower() for s, e in hit.matches} <= {"harbour", "wall"}
    (geneva,) = corpus.search_page('"close this file"').hits
    assert [geneva.text[s:e] for s, e in geneva.matches] == ["close this file"]
    assert corpus.search_page().hits[0].matches == []


def test_browse_search_filters_by_speaker_outlet_and_dates(corpus: Corpus) -> None:
    page = corpus.search_page(speaker="Helena Brandt")
    assert page.total and all(h.speaker == "Helena Brandt" for h in page.hits)
    wire = corpus.search_page("wall", outlet="morning wire").hits
    assert [o.outlet for h in wire for o in h.occurrences] == ["Morning Wire"]
    june = corpus.search_page(since="2024-06", until="2024-06")
    assert june.total and all(d.startswith("2024-06") for h in june.hits for d in _dates(h))


def test_browse_type_filter_keeps_only_that_type(corpus: Corpus) -> None:
    totals = {}
    for kind in ("direct", "indirect", "mixed"):
        page = corpus.search_page(type=kind, limit=100)
        totals[kind] = page.total
        assert all(o.type == kind for h in page.hits for o in h.occurrences)
        assert {r["type"] for r in corpus.rows(type=kind)} <= {kind}
        assert all(o.type == kind for h in corpus.search(type=kind) for o in h.occurrences)
    assert totals["direct"] and totals["indirect"]
    assert sum(totals.values()) >= corpus.search_page().total
    with pytest.raises(CorpusError, match="direct, indirect, mixed"):
        corpus.search_page(type="quoted")


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"limit": 101}, "1 to 100"),
    ({"limit": 0}, "1 to 100"),
    ({"offset": -1}, "negative"),
    ({"text": "dam " * 200}, "under 500"),
    ({"sort": "random"}, "relevance, date, oldest"),
])
def test_browse_search_refuses_pages_out_of_bounds(corpus: Corpus, kwargs: dict[str, object],
                                                    message: str) -> None:
    with pytest.raises(CorpusError, match=message):
        corpus.search_page(**kwargs)  # type: ignore[arg-type]


def test_browse_search_syntax_error_is_clear(corpus: Corpus) -> None:
    with pytest.raises(SearchSyntaxError, match="double quotes"):
        corpus.search_page('"unclosed')


# --- overview, outlets and speakers --------------------------------------------------------


def test_browse_overview_counts_and_days(corpus: Corpus) -> None:
    counts = corpus.counts()
    view = corpus.overview()
    assert (view.articles, view.quotes, view.occurrences, view.speakers) == (
        counts["articles"], counts["quotes"], counts["occurrences"], counts["speakers"])
    assert view.outlets == len(corpus.outlets()) == 4  # the demo articles name no outlet
    assert (view.first_date, view.last_date) == ("2024-03-03", "2024-06-04")
    days = [d.date for d in view.per_day]
    assert days == sorted(days) and len(days) == len(set(days))
    dated = sum(1 for r in corpus.rows() if r["date"])
    assert sum(d.occurrences for d in view.per_day) == dated
    assert view.top_speakers[0].name == "Dariusz Kellerman"
    newest = [o.date for o in view.newest]
    assert newest == sorted(newest, reverse=True) and newest[0] == "2024-06-04"
    assert all(o.quote_id is not None for o in view.newest)


def test_browse_overview_within_dates(corpus: Corpus) -> None:
    may = corpus.overview(since="2024-05", until="2024-05")
    assert may.articles == 4 and may.outlets == 4
    assert [d.date for d in may.per_day] == ["2024-05-06", "2024-05-07", "2024-05-08",
                                             "2024-05-09"]
    assert [s.name for s in may.top_speakers] == ["Helena Brandt"]
    assert may.top_speakers[0].occurrences == may.occurrences


def test_browse_outlets_and_speaker_list(corpus: Corpus) -> None:
    assert dict(corpus.outlets())["Daily Ledger"] == 3
    first, second = corpus.speaker_list(limit=3), corpus.speaker_list(offset=3, limit=3)
    assert not {s.id for s in first} & {s.id for s in second}
    assert first[0].occurrences >= first[-1].occurrences >= second[0].occurrences
    assert [s.name for s in corpus.speaker_list(name="kellerm")] == ["Dariusz Kellerman"]
    assert corpus.speaker_list(name="Nobody Atall") == []


def test_browse_speaker_profile(corpus: Corpus) -> None:
    top = corpus.speaker_list(limit=1)[0]
    profile = corpus.speaker(top.id)
    assert profile.summary.name == "Dariusz Kellerman"
    assert (profile.gender, profile.gender_source) == ("male", "name")
    assert sum(n for _, n in profile.outlets) == profile.summary.occurrences
    assert NO_OUTLET in dict(profile.outlets)  # the demo articles give no outlet
    weeks = [date.fromisoformat(w.date) for w in profile.per_week]
    assert weeks == sorted(weeks) and all(w.weekday() == 0 for w in weeks)
    assert sum(w.occurrences for w in profile.per_week) == len(REPOSTS) + 1
    assert {step.rule for step in profile.merged_names} >= {"new", "same-name"}
    assert "Dariusz Kellerman" in {step.name for step in profile.merged_names}
    assert profile.quote_total == profile.summary.quotes == len(profile.quotes)
    latest = [max(_dates(h), default="") for h in profile.quotes]
    assert latest == sorted(latest, reverse=True)
    assert corpus.speaker(top.id, limit=2).quotes == profile.quotes[:2]
    assert corpus.speaker(top.id, offset=2, limit=2).quotes == profile.quotes[2:4]


def test_browse_search_by_speaker_id_keeps_that_speaker_only(corpus: Corpus) -> None:
    top = corpus.speaker_list(limit=1)[0]
    page = corpus.search_page(speaker_id=top.id, limit=100)
    assert page.total == top.quotes and page.total == corpus.speaker(top.id).quote_total
    assert all(o.speaker_id == top.id for h in page.hits for o in h.occurrences)
    assert {r["speaker_id"] for r in corpus.rows(speaker_id=top.id)} == {top.id}


def test_browse_speaker_gender_sources_say_what_told_them(corpus: Corpus) -> None:
    sources = {"name", "pronouns", "articles disagree", "unknown"}
    for summary in corpus.speaker_list(limit=100):
        profile = corpus.speaker(summary.id)
        assert profile.gender_source in sources
        assert (profile.gender is None) == (profile.gender_source == "unknown")
        if summary.kind == "organisation":
            assert profile.gender is None


def test_browse_missing_speaker_and_quote_are_clear_errors(corpus: Corpus) -> None:
    with pytest.raises(NoSuchSpeaker, match="no speaker 999999"):
        corpus.speaker(999999)
    with pytest.raises(NoSuchQuote, match="no quote 999999"):
        corpus.quote(999999)


# --- quote clusters and disputes -----------------------------------------------------------


def test_browse_quote_cluster_names_each_variant(corpus: Corpus) -> None:
    cluster = corpus.quote(_find(corpus, '"harbour wall" autumn OR winter'))
    kinds = {v.outlets[0]: v.kind for v in cluster.variants}
    assert kinds == {"Daily Ledger": "original", "Harbour Post": "punctuation",
                     "Morning Wire": "reworded", "City Gazette": "shortened"}
    assert cluster.disputed_wording and not cluster.disputed_attribution
    reworded = next(v for v in cluster.variants if v.kind == "reworded")
    assert [(p.op, p.text) for p in reworded.diff if p.op != "equal"] == [
        ("delete", "winter"), ("insert", "autumn")]
    assert [o.date for o in cluster.occurrences] == ["2024-05-06", "2024-05-07", "2024-05-08",
                                                    "2024-05-09"]
    assert (cluster.first_seen_date, cluster.first_seen_outlet) == ("2024-05-06", "Daily Ledger")
    assert cluster.speakers == [("Helena Brandt", 4)]


def test_browse_reposts_with_marks_case_and_a_cut_are_not_disputed(corpus: Corpus) -> None:
    cluster = corpus.quote(_find(corpus, '"close this file"'))
    assert len(cluster.occurrences) == 1 + len(REPOSTS)
    assert cluster.variants[0].kind == "original"
    assert cluster.variants[0].text.endswith("\u2026")  # the Daily Ledger's cut came first
    assert {v.kind for v in cluster.variants[1:]} == {"shortened"}
    assert not cluster.disputed_wording and not cluster.disputed_attribution


def test_browse_same_words_from_two_speakers_is_disputed_attribution(corpus: Corpus) -> None:
    cluster = corpus.quote(_find(corpus, "bridge budget doubled"))
    assert cluster.disputed_attribution and not cluster.disputed_wording
    assert sorted(cluster.speakers) == [("Greta Voss", 1), ("Oskar Lind", 1)]
    assert [v.kind for v in cluster.variants] == ["original"]


def test_browse_disputes_lists_each_disputed_quote_with_the_right_total(corpus: Corpus) -> None:
    every = [corpus.quote(r[0]) for r in corpus.conn.execute("SELECT id FROM quotes")]
    wording = {c.id for c in every if c.disputed_wording}
    attribution = {c.id for c in every if c.disputed_attribution}
    assert wording and attribution
    listed = corpus.disputes(limit=100)
    assert listed.total == len(listed.items) == len(wording | attribution)
    assert {d.quote_id for d in listed.items} == wording | attribution
    assert {d.quote_id for d in corpus.disputes("wording").items} == wording
    assert {d.quote_id for d in corpus.disputes("attribution").items} == attribution
    counts = [d.occurrence_count for d in listed.items]
    assert counts == sorted(counts, reverse=True)
    bridge = next(d for d in listed.items if d.text.startswith("The budget"))
    assert sorted(bridge.speakers) == ["Greta Voss", "Oskar Lind"] and bridge.variants == 1
    wall = next(d for d in listed.items if "harbour wall" in d.text)
    assert wall.disputed_wording and wall.variants == 4


def test_browse_disputes_pages_and_kinds(corpus: Corpus) -> None:
    whole = corpus.disputes(limit=100)
    second = corpus.disputes(offset=1, limit=1)
    assert second.total == whole.total and second.items == whole.items[1:2]
    assert corpus.disputes(limit=100) == whole  # the second call is served from the cache
    with pytest.raises(CorpusError, match="wording, attribution"):
        corpus.disputes("spelling")
    with pytest.raises(CorpusError, match="1 to 100"):
        corpus.disputes(limit=500)


# --- balance -------------------------------------------------------------------------------


@pytest.mark.parametrize("by", ["outlet", "month"])
def test_browse_balance_rows_add_up(corpus: Corpus, by: str) -> None:
    rows = corpus.balance(by)
    total, groups = rows[0], rows[1:]
    assert total.group == "all" and groups
    assert total.occurrences == corpus.counts()["occurrences"]
    assert sum(r.occurrences for r in groups) == total.occurrences
    for r in rows:
        assert r.female + r.male + r.unknown == r.persons
        assert r.persons + r.organisations + r.other == r.occurrences
        assert r.people_female + r.people_male + r.people_unknown == r.people
    assert total.people >= max(r.people for r in groups)
    assert total.female and total.male and total.other


def test_browse_balance_groups_in_order_with_unknown_shown(corpus: Corpus) -> None:
    months = [r.group for r in corpus.balance("month")[1:]]
    assert months == ["2024-03", "2024-05", "2024-06", NO_DATE]
    outlets = corpus.balance("outlet")
    assert outlets[-1].group == NO_OUTLET
    assert outlets[-1].unknown >= 1  # a person no name or pronoun tells the gender of
    ledger = corpus.balance("outlet", outlet="Daily Ledger")
    assert [r.group for r in ledger] == ["all", "Daily Ledger"]
    assert ledger[0].occurrences == ledger[1].occurrences
    assert "unknown" in BALANCE_NOTE and "pronouns" in BALANCE_NOTE
    with pytest.raises(CorpusError, match="outlet, month"):
        corpus.balance("weekday")


# --- articles ------------------------------------------------------------------------------


def test_browse_article_view_links_each_quote_to_its_cluster(corpus: Corpus) -> None:
    view = corpus.article_view("https://wire.example/wall")
    assert view.article.outlet == "Morning Wire" and view.id == int(view.article.id)
    assert len(view.quote_ids) == len(view.speaker_ids) == len(view.article.quotes)
    for quote, quote_id in zip(view.article.quotes, view.quote_ids, strict=True):
        assert quote_id is not None
        assert any(o.article_id == view.id and o.text == quote.text
                   for o in corpus.quote(quote_id).occurrences)


def test_browse_results_are_json(corpus: Corpus) -> None:
    top = corpus.speaker_list(limit=1)[0]
    results = [corpus.search_page("wall"), corpus.overview(), corpus.speaker(top.id),
               corpus.quote(_find(corpus, "bridge budget doubled")), corpus.disputes(),
               *corpus.balance("month"), corpus.article_view(1), top]
    for result in results:
        assert json.loads(json.dumps(result.to_dict()))


# --- read-only opening ---------------------------------------------------------------------


def test_browse_read_only_refuses_writes(corpus: Corpus, nlp: Language) -> None:
    before = corpus.counts()
    with pytest.raises(CorpusError, match="read-only"):
        corpus.ingest(['"We will appeal this ruling today," Anna Berg said.'], nlp=nlp)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        corpus.conn.execute("DELETE FROM quotes")
    assert corpus.counts() == before


def test_browse_read_only_corpus_serves_another_thread(browse_db: Path) -> None:
    found: list[int] = []
    with Corpus(browse_db, read_only=True) as opened:
        worker = threading.Thread(target=lambda: found.append(opened.search_page().total))
        worker.start()
        worker.join()
        assert found == [opened.counts()["quotes"]]


def test_browse_read_only_missing_or_foreign_file_is_not_a_corpus(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.db"
    with pytest.raises(NotACorpus, match="nowhere.db"):
        Corpus(missing, read_only=True)
    assert not missing.exists()
    text = tmp_path / "notes.db"
    text.write_text("not a database at all " * 100, encoding="utf-8")
    with pytest.raises(NotACorpus, match="notes.db"):
        Corpus(text, read_only=True)
    foreign = tmp_path / "foreign.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(NotACorpus, match="foreign.db"):
        Corpus(foreign, read_only=True)


def test_browse_read_only_older_schema_asks_for_an_upgrade(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    conn = sqlite3.connect(old, isolation_level=None)
    migrate(conn, MIGRATIONS[:2])
    conn.close()
    with pytest.raises(CorpusError, match="upgrade it"):
        Corpus(old, read_only=True)
    with Corpus(old):  # opening it for writing upgrades it
        pass
    with Corpus(old, read_only=True) as opened:
        assert opened.counts()["quotes"] == 0


def test_browse_disputes_follow_a_later_ingest(browse_db: Path, tmp_path: Path,
                                               nlp: Language) -> None:
    copy = tmp_path / "news.db"
    with Corpus(browse_db) as source, Corpus(copy) as target:
        source.conn.backup(target.conn)
    with Corpus(copy, read_only=True) as reader:
        before = reader.disputes("attribution").total
        with Corpus(copy) as writer:
            writer.ingest([f"\u201c{BRIDGE},\u201d Walter Hume said on Tuesday."], nlp=nlp)
        after = reader.disputes("attribution")
    assert after.total == before
    bridge = next(d for d in after.items if d.text.startswith("The budget"))
    assert sorted(bridge.speakers) == ["Greta Voss", "Oskar Lind", "Walter Hume"]


def test_browse_read_only_reads_a_schema_3_database_without_the_browsing_indexes(
        browse_db: Path, tmp_path: Path) -> None:
    old = tmp_path / "v3.db"
    with Corpus(browse_db) as source, Corpus(old) as target:
        source.conn.backup(target.conn)
    conn = sqlite3.connect(old, isolation_level=None)
    conn.executescript("DELETE FROM schema_version WHERE version > 3; DROP INDEX articles_date; "
                       "CREATE INDEX articles_date ON articles(date);")
    conn.close()
    with Corpus(old, read_only=True) as opened, Corpus(browse_db, read_only=True) as current:
        assert opened.search_page(limit=100) == current.search_page(limit=100)
        assert opened.overview() == current.overview()
        assert opened.balance("month") == current.balance("month")
        assert opened.disputes().total == current.disputes().total


def test_browse_parts_of_a_split_quote_are_cuts_of_the_whole_not_rewordings(
        tmp_path: Path, nlp: Language) -> None:
    first = "The tunnel will be finished by the spring of next year"
    second = "Nobody should expect the trains to run before the autumn"
    # The whole quote, undated, is stored first; the dated article that splits it around its
    # cue is where the quote is first seen, so its first part is the "original" wording.
    articles = [
        {"id": "whole", "outlet": "Daily Ledger",
         "text": f"Lena Holm spoke at the depot.\n\u201c{first}. {second},\u201d Holm told "
                 "reporters.\n"},
        {"id": "split", "outlet": "Morning Wire", "date": "2024-07-01",
         "text": f"The works went on through June.\n\u201c{first},\u201d Lena Holm said. "
                 f"\u201c{second}.\u201d\n"},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    with Corpus(tmp_path / "news.db") as corpus:
        corpus.ingest(read_paths([str(feed)]), nlp=nlp)
        cluster = corpus.quote(_find(corpus, "tunnel spring"))
        assert len(cluster.occurrences) == 3
        assert not cluster.disputed_wording
        kinds = {v.text.rstrip("."): (v.kind, v.compared_with) for v in cluster.variants}
        assert kinds[first] == ("original", None)
        assert kinds[second][0] == "shortened"
        assert kinds[second][1] is not None and kinds[second][1].startswith(first)
        assert corpus.disputes("wording").total == 0
