"""Language per article: detection, routing to each language's pipeline and lexicon, ``--lang``,
``--model``, languages onrecord does not read, and the lexicon's current-language API. The
articles are our own invented news stories."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from spacy.language import Language

import onrecord
from onrecord.cli import cli
from onrecord.errors import UnknownLanguage
from onrecord.extraction import pipeline
from onrecord.extraction.language import LANGUAGE_MODELS, detect, supported_languages
from onrecord.lexicon import (
    current_language,
    data_text,
    known_languages,
    lexicon,
    per_language,
    using_language,
)

ENGLISH = (
    "The city council voted on Monday to extend the night bus network to the northern suburbs, "
    "after two years of complaints from shift workers.\n"
    '"People who clean our hospitals should not have to walk home at three in the morning," '
    "councillor Maya Lindqvist said after the vote.\n"
    "The new routes will start in September and cost about four million a year.\n"
)
FRENCH = (
    "Le conseil municipal a voté lundi le prolongement du réseau de bus de nuit vers les "
    "quartiers nord, après deux ans de plaintes des travailleurs de nuit.\n"
    "« Les gens qui nettoient nos hôpitaux ne devraient pas rentrer à pied à trois heures du "
    "matin », a déclaré la conseillère Maya Lindqvist après le vote.\n"
    "Les nouvelles lignes ouvriront en septembre et coûteront environ quatre millions par an.\n"
)
GERMAN = (
    "Der Stadtrat hat am Montag beschlossen, das Nachtbusnetz in die nördlichen Vororte zu "
    "verlängern, nach zwei Jahren voller Beschwerden von Schichtarbeitern.\n"
    "„Wer unsere Krankenhäuser putzt, sollte nicht um drei Uhr morgens nach Hause laufen "
    "müssen“, sagte die Stadträtin Maya Lindqvist nach der Abstimmung.\n"
    "Die neuen Linien starten im September und kosten rund vier Millionen im Jahr.\n"
)
FR_MODEL = LANGUAGE_MODELS["fr"]


@pytest.fixture(scope="module")
def fr_nlp() -> Language:
    return onrecord.load_model(FR_MODEL)


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


def jsonl(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


# --- detection ----------------------------------------------------------------------------------


def test_language_detect_tells_english_french_and_german_articles() -> None:
    assert detect(ENGLISH) == "en"
    assert detect(FRENCH) == "fr"
    assert detect(GERMAN) == "de"


@pytest.mark.parametrize("text", ["", "Short text.", '"We will appeal," the company said.',
                                  "« Nous ferons appel », a dit l'entreprise."])
def test_language_detect_is_unsure_on_texts_too_short_to_tell(text: str) -> None:
    assert detect(text) is None


def test_language_a_text_too_short_to_tell_is_read_as_english(nlp: Language) -> None:
    article = onrecord.extract('"We will appeal this ruling," the company said.', nlp)
    assert article.language == "en"
    assert [q.text for q in article.quotes] == ["We will appeal this ruling"]


def test_language_defaults_read_out_of_the_box() -> None:
    assert supported_languages() == ["en", "fr"]
    assert {"en", "fr"} <= set(known_languages())


# --- the lexicon's current language -------------------------------------------------------------


def test_language_using_language_sets_and_restores_the_current_language() -> None:
    assert current_language() == "en"
    assert lexicon() is lexicon("en")
    with using_language("fr"):
        assert current_language() == "fr"
        assert lexicon().language == "fr"
        assert lexicon("en").language == "en"  # an explicit language wins
        assert data_text(None, "titles.tsv") == data_text("fr", "titles.tsv")
        with using_language("en"):
            assert lexicon().language == "en"
        assert current_language() == "fr"
    assert current_language() == "en"
    assert lexicon("fr") is lexicon("fr")  # read once


def test_language_using_language_restores_after_an_error() -> None:
    with pytest.raises(RuntimeError), using_language("fr"):
        raise RuntimeError("boom")
    assert current_language() == "en"


def test_language_per_language_caches_once_per_language() -> None:
    calls: list[str] = []

    @per_language
    def table() -> str:
        calls.append(current_language())
        return lexicon().language

    assert table() == "en" and table() == "en"
    with using_language("fr"):
        assert table() == "fr" and table() == "fr"
    assert table() == "en"
    assert calls == ["en", "fr"]


def test_language_unknown_lexicon_names_the_languages_there_are() -> None:
    with pytest.raises(UnknownLanguage, match="en, fr"):
        lexicon("xx")


# --- routing ------------------------------------------------------------------------------------


def _spy_on_fill(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Record, for each article filled, the pipeline's language and what the lexicon sees."""
    seen: list[tuple[str, str, str]] = []
    fill = pipeline._fill

    def spy(article: Any, docs: Any) -> None:
        lang = docs[0][1].lang_ if docs else "-"
        seen.append((lang, current_language(), lexicon().language))
        fill(article, docs)

    monkeypatch.setattr(pipeline, "_fill", spy)
    return seen


def test_language_a_french_article_is_read_by_the_french_pipeline_and_lexicon(
        nlp: Language, fr_nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _spy_on_fill(monkeypatch)
    article = onrecord.extract(FRENCH, nlp)  # an English pipeline given: French still routed
    assert article.language == "fr"
    assert seen == [("fr", "fr", "fr")]
    assert current_language() == "en"  # restored after the article
    assert article.to_dict()["language"] == "fr"


def test_language_mixed_batch_keeps_order_and_each_language(
        nlp: Language, fr_nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _spy_on_fill(monkeypatch)
    texts = [ENGLISH, FRENCH, GERMAN, FRENCH, ENGLISH]
    docs = [onrecord.Document(id=f"a{i}", text=t) for i, t in enumerate(texts)]
    articles = list(onrecord.extract_many(docs, nlp))
    assert [a.id for a in articles] == ["a0", "a1", "a2", "a3", "a4"]
    assert [a.language for a in articles] == ["en", "fr", "de", "fr", "en"]
    assert sorted(seen) == sorted([("en", "en", "en")] * 2 + [("fr", "fr", "fr")] * 2)
    english = onrecord.extract(ENGLISH, nlp)
    assert [q.to_dict() for q in articles[0].quotes] == [q.to_dict() for q in english.quotes]


@pytest.fixture
def load_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every spaCy pipeline load, as "pid name" lines (forked workers inherit the patch)."""
    log = tmp_path / "loads.log"
    load = pipeline.spacy.load

    def logged(name: str, *args: Any, **kwargs: Any) -> Any:
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"{os.getpid()} {name}\n")
        return load(name, *args, **kwargs)

    monkeypatch.setattr(pipeline.spacy, "load", logged)
    monkeypatch.setattr(pipeline, "_ARTICLES_PER_ZONE", 2)  # several chunks in one process
    monkeypatch.setattr(pipeline, "_ARTICLES_PER_TASK", 2)  # several tasks per worker
    pipeline.load_model.cache_clear()
    log.touch()
    yield log
    pipeline.load_model.cache_clear()


@pytest.mark.parametrize("n_process", [1, 2])
def test_language_mixed_batch_loads_each_pipeline_once_per_process(
        nlp: Language, load_log: Path, n_process: int) -> None:
    texts = [ENGLISH, FRENCH] * 6
    docs = [onrecord.Document(id=f"a{i}", text=t) for i, t in enumerate(texts)]
    articles = list(onrecord.extract_many(docs, nlp, n_process=n_process))
    assert [a.id for a in articles] == [d.id for d in docs]
    assert [a.language for a in articles] == ["en", "fr"] * 6
    assert all(a.quotes for a in articles[::2])
    loads = Counter(tuple(line.split()) for line in load_log.read_text().splitlines())
    assert loads, "the French pipeline was never loaded"
    assert {name for _, name in loads} == {FR_MODEL}  # English: the pipeline given
    assert set(loads.values()) == {1}, loads  # once per process
    if n_process == 1:
        assert {pid for pid, _ in loads} == {str(os.getpid())}


def test_language_forced_language_wins_over_detection(nlp: Language,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _spy_on_fill(monkeypatch)
    article = onrecord.extract(FRENCH, nlp, lang="en")
    assert article.language == "en"
    assert seen == [("en", "en", "en")]


def test_language_unsupported_language_gives_a_warning_and_no_quotes(nlp: Language) -> None:
    article = onrecord.extract(GERMAN, nlp)
    assert article.language == "de"
    assert article.quotes == [] and article.speakers == []
    assert len(article.warnings) == 1
    assert "German" in article.warnings[0] and "English" in article.warnings[0]


def test_language_a_given_pipeline_serves_its_own_language(nlp: Language,
                                                           fr_nlp: Language) -> None:
    pipes = pipeline.Pipelines(fr_nlp)
    assert pipes.get("fr") is fr_nlp
    assert pipes.get("en") is onrecord.load_model()  # the default for the other language
    assert pipeline.Pipelines(nlp).get("en") is nlp
    article = onrecord.extract(FRENCH, fr_nlp)
    assert article.language == "fr"
    # Unsure of a short text: the given pipeline's language, not English.
    assert onrecord.extract("« Nous ferons appel », a dit l'entreprise.", fr_nlp).language == "fr"


def test_language_forcing_a_language_onrecord_cannot_read_fails_at_once(nlp: Language) -> None:
    with pytest.raises(UnknownLanguage):
        list(onrecord.extract_many([ENGLISH], nlp, lang="xx"))


def test_language_component_reads_in_the_pipelines_language(fr_nlp: Language) -> None:
    from onrecord.extraction.pipeline import extract_from_doc

    article = extract_from_doc(fr_nlp(FRENCH))
    assert article.language == "fr"
    assert current_language() == "en"


# --- command line -------------------------------------------------------------------------------


@pytest.fixture
def articles(tmp_path: Path) -> dict[str, Path]:
    paths = {}
    for name, text in (("en", ENGLISH), ("fr", FRENCH), ("de", GERMAN)):
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
    return paths


def test_language_cli_extract_detects_each_articles_language(articles: dict[str, Path]) -> None:
    result = run("extract", str(articles["en"]), str(articles["fr"]), str(articles["de"]),
                 "-f", "jsonl")
    assert result.exit_code == 0, result.output
    lines = jsonl(result)
    assert [line["language"] for line in lines] == ["en", "fr", "de"]
    assert lines[0]["quotes"] and not lines[2]["quotes"]
    assert "German" in lines[2]["warnings"][0]
    assert list(lines[0])[:5] == ["id", "quotes", "speakers", "warnings", "language"]


def test_language_cli_lang_en_forces_english(articles: dict[str, Path]) -> None:
    result = run("extract", str(articles["fr"]), "--lang", "en", "-f", "jsonl")
    assert result.exit_code == 0, result.output
    assert jsonl(result)[0]["language"] == "en"


def test_language_cli_lang_unknown_stops_the_command(articles: dict[str, Path]) -> None:
    result = run("extract", str(articles["en"]), "--lang", "xx")
    assert result.exit_code == 2
    assert "E041" in result.output and "Traceback" not in result.output


def test_language_cli_model_reads_its_own_language(articles: dict[str, Path]) -> None:
    result = run("extract", str(articles["fr"]), str(articles["en"]), "--model", FR_MODEL,
                 "-f", "jsonl")
    assert result.exit_code == 0, result.output
    assert [line["language"] for line in jsonl(result)] == ["fr", "en"]
    missing = run("extract", str(articles["fr"]), "--model", "no_such_pipeline")
    assert missing.exit_code == 2 and "E010" in missing.output


def test_language_cli_ingest_counts_unsupported_languages_and_stores_french(
        tmp_path: Path, articles: dict[str, Path]) -> None:
    db = tmp_path / "news.db"
    result = run("ingest", str(articles["en"]), str(articles["fr"]), str(articles["de"]),
                 "--db", str(db), "-j", "1")
    assert result.exit_code == 1, result.output
    assert "stored 2 article(s)" in result.stderr
    assert "1 input(s) failed (1 UnsupportedLanguage)" in result.stderr
    failed = [line for line in result.stderr.splitlines() if line.startswith("onrecord: failed:")]
    assert len(failed) == 1 and "E042" in failed[0] and "de.txt" in failed[0]
    forced = run("ingest", str(articles["de"]), "--db", str(tmp_path / "forced.db"), "-j", "1",
                 "--lang", "en")
    assert forced.exit_code == 0, forced.output
    assert "stored 1 article(s)" in forced.stderr


def test_language_cli_demo_takes_lang() -> None:
    result = run("demo", "--lang", "en", "-f", "jsonl")
    assert result.exit_code == 0, result.output
    assert {line["language"] for line in jsonl(result)} == {"en"}


# --- web ----------------------------------------------------------------------------------------


def test_language_web_extract_reads_french_and_takes_a_language(tmp_path: Path,
                                                                nlp: Language) -> None:
    from starlette.testclient import TestClient

    from onrecord.corpus.corpus import Corpus
    from onrecord.web import create_app

    db = tmp_path / "web.db"
    with Corpus(db) as corpus:
        corpus.ingest([onrecord.Document(id="en.txt", text=ENGLISH)], nlp=nlp)
    app = create_app(str(db))
    app.state.extractor.nlp = nlp
    with TestClient(app, base_url="http://127.0.0.1") as client:
        api = client.post("/api/extract", json={"text": FRENCH}).json()
        assert api["article"]["language"] == "fr"
        assert api["article"]["text"] == FRENCH
        forced = client.post("/api/extract", json={"text": FRENCH, "lang": "en"}).json()
        assert forced["article"]["language"] == "en"
        assert client.post("/api/extract", json={"text": FRENCH, "lang": "xx"}).status_code == 400
        page = client.get("/extract").text
        assert 'data-testid="extract-lang"' in page and ">French</option>" in page
        posted = client.post("/extract", data={"text": FRENCH, "lang": "fr"})
        assert posted.status_code == 200 and "Lindqvist" in posted.text
