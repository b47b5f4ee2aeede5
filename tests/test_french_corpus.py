"""French in the corpus: a French article and an English one name the same minister, and the
directory holds one person; French quotes are found without their accents."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord import Corpus, read_paths

FR = Path(__file__).resolve().parent / "fixtures" / "fr"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    db = tmp_path_factory.mktemp("fr") / "news.db"
    with Corpus(db) as writable:
        summary = writable.ingest(read_paths([str(FR / "politique_travail.txt"),
                                              str(FR / "english_aubert.txt")]))
        assert summary.articles == 2 and summary.failed_count == 0
    with Corpus(db, read_only=True) as opened:
        yield opened  # type: ignore[misc]


def test_french_corpus_one_person_across_languages(corpus: Corpus) -> None:
    entries = [s for s in corpus.speakers(None) if "Aubert" in s.name]
    assert [s.name for s in entries] == ["Claire Aubert"]
    articles = {o.article_id for hit in corpus.quotes(speaker="Claire Aubert")
                for o in hit.occurrences}
    assert len(articles) == 2


def test_french_corpus_search_ignores_accents(corpus: Corpus) -> None:
    plain = corpus.search_page("reforme").hits
    accented = corpus.search_page("réforme").hits
    assert plain and [h.id for h in plain] == [h.id for h in accented]
    assert all("réforme" in h.text.lower() for h in plain)


def test_french_corpus_keeps_french_text_unchanged(corpus: Corpus) -> None:
    rows = list(corpus.rows(speaker="Claire Aubert"))
    texts = {r["text"] for r in rows}
    assert any("\u2019" in t or "é" in t for t in texts)
    for row in rows:
        article = corpus.article(row["article_id"])
        assert row["text"] in article.text
