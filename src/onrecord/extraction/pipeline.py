"""The extraction pipeline: clean -> parse body paragraphs -> find marks -> attribute -> resolve.

``extract`` handles one article, ``extract_many`` streams a batch through spaCy's ``nlp.pipe``
(with ``n_process`` worker processes), and ``extract_from_doc`` serves the spaCy component.
"""

from __future__ import annotations

import multiprocessing
import os
import re
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import groupby
from multiprocessing.pool import AsyncResult

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from onrecord.errors import ModelNotFound, OnrecordError, UnknownLanguage
from onrecord.extraction import component  # noqa: F401  (registers onrecord_hyphens)
from onrecord.extraction.attributes import index_attribute_ruler
from onrecord.extraction.attribution import Part, attribute
from onrecord.extraction.calibration import calibration
from onrecord.extraction.cleaning import Cleaned, clean, for_parser
from onrecord.extraction.confidence import NO_SPEAKER_CEILING
from onrecord.extraction.language import (
    LANGUAGE_MODELS,
    detect,
    language_name,
    supported_languages,
    warm_up,
)
from onrecord.extraction.marks import APOSTROPHES, MARK_PAIRS, UNAMBIGUOUS_MARKS, Quoted, scan
from onrecord.extraction.reading import Document
from onrecord.extraction.speakers import Resolver, build_speakers
from onrecord.lexicon import (
    DEFAULT_LANGUAGE,
    has_lexicon,
    lexicon,
    optional_lines,
    using_language,
)
from onrecord.model import Article, Quote, Span

DEFAULT_MODEL = LANGUAGE_MODELS[DEFAULT_LANGUAGE]

# Longest paragraph parsed (spaCy refuses texts over nlp.max_length, 1,000,000 by default, and
# parsing time and memory grow with length); a longer one is left out with a warning.
MAX_PARAGRAPH_CHARS = 100_000

# Components of a spaCy pipeline that extraction reads; others are not run. (French pipelines
# tag with a morphologizer, English ones with a tagger.)
_NEEDED = ("tok2vec", "tagger", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "ner",
           "senter")


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name or path, once per process; never
    downloads."""
    return _load_model(name)


@lru_cache(maxsize=4)
def _load_model(name: str) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} is not installed; install it with pip "
            f"(the defaults are {', '.join(sorted(LANGUAGE_MODELS.values()))}; "
            "the README's set-up installs them)"
        ) from exc
    _split_on_quotation_marks(nlp)
    _keep_abbreviated_titles(nlp)
    _end_sentences_after_units(nlp)
    unused = [p for p in nlp.pipe_names if p not in _NEEDED]
    for pipe in unused:
        nlp.disable_pipe(pipe)
    if "parser" not in nlp.pipe_names:
        raise ModelNotFound(f"spaCy pipeline {name!r} has no parser; onrecord needs one")
    if "onrecord_hyphens" not in nlp.pipe_names:
        nlp.add_pipe("onrecord_hyphens", before="parser")
    index_attribute_ruler(nlp)
    return nlp


load_model.cache_clear = _load_model.cache_clear  # type: ignore[attr-defined]


def _split_on_quotation_marks(nlp: Language) -> None:
    """Make double quotation marks their own tokens even inside a word ('said,“Look' ->
    'said', ',', '“', 'Look'), so that a cue before a quote is found. Single marks are left
    alone: they are apostrophes too."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer: leave it as its author made it
    doubles = re.escape("".join(sorted(UNAMBIGUOUS_MARKS)))
    openers = re.escape("".join(sorted(set(MARK_PAIRS) - APOSTROPHES)))
    infixes = list(nlp.Defaults.infixes or []) + [rf"[{doubles}]", rf"(?<=\w)[,:;.](?=[{openers}])"]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _keep_abbreviated_titles(nlp: Language) -> None:
    """Keep a title abbreviated with a full stop one token ("Coun. Anika Brandvold", "Supt."),
    as spaCy keeps "Gov." and "Sen.": the titles of the pipeline's language
    (data/<lang>/titles.tsv) the tokenizer would split, and the other abbreviations news writes
    before a number (data/<lang>/abbreviations.txt: "invest Rs. 650 million"), at whose full
    stop the parser would end a sentence; and the hyphenated words whose parts the parser would
    take apart ("the co-operative said", data/<lang>/whole_words.txt), and the given names
    a house style abbreviates ("Ma. Teresa", data/<lang>/given_name_abbreviations.txt)."""
    if not isinstance(nlp.tokenizer, Tokenizer) or not nlp.lang or not has_lexicon(nlp.lang):
        return
    lex = lexicon(nlp.lang)
    titles = [word[0].upper() + word[1:] for word in sorted(lex.titles | lex.honorifics.keys())
              if word.endswith(".") and "." not in word[:-1] and word[:-1].isalpha()]
    others = [line.strip() for line in optional_lines(nlp.lang, "abbreviations.txt")]
    others += [line.strip() for line in optional_lines(nlp.lang, "whole_words.txt")]
    others += [f"{line.strip().capitalize()}." for line in optional_lines(
        nlp.lang, "given_name_abbreviations.txt")]  # "Councilor Ma. Teresa X"
    for written in titles + others:
        if len(nlp.tokenizer(written)) > 1:
            nlp.tokenizer.add_special_case(written, [{"ORTH": written}])


def _end_sentences_after_units(nlp: Language) -> None:
    """"... en 2 h 31 min 02 s. « Je me suis arrêtée ... »": spaCy keeps a lower-case letter and
    its full stop one token, as an abbreviation; for a unit of measure written as one letter
    (data/<lang>/units.txt) the full stop ends the sentence, and the quote after it opens the
    next one."""
    if not isinstance(nlp.tokenizer, Tokenizer) or not nlp.lang or not has_lexicon(nlp.lang):
        return
    units = {f"{line.strip()}." for line in optional_lines(nlp.lang, "units.txt")}
    rules = nlp.tokenizer.rules or {}
    if units & rules.keys():
        nlp.tokenizer.rules = {k: v for k, v in rules.items() if k not in units}


def extract(
    text: str,
    nlp: Language | None = None,
    *,
    lang: str | None = None,
    id: str = "-",
    model: str | None = None,
    title: str | None = None,
    url: str | None = None,
    date: str | None = None,
) -> Article:
    """Every quotation in ``text`` with its span, cue and resolved speaker. The article is read
    in ``lang`` when given, else in the language detected (see ``extract_many``)."""
    doc = Document(id=id, text=text, title=title, url=url, date=date)
    return next(extract_many([doc], nlp, lang=lang, model=model))


def extract_many(
    documents: Iterable[Document | str],
    nlp: Language | None = None,
    *,
    lang: str | None = None,
    model: str | None = None,
    n_process: int = 1,
    batch_size: int = 64,
) -> Iterator[Article]:
    """Extract a stream of articles, parsing their body paragraphs with ``nlp.pipe``.

    Each article is read in ``lang`` when given, else in the language ``detect`` finds (English
    when it is unsure, or the language of ``nlp`` or ``model`` when one is given), by that
    language's pipeline and lexicon. ``nlp`` (or the pipeline named by ``model``) serves the
    language it is for (``nlp.lang``); every other language's default pipeline
    (``LANGUAGE_MODELS``) is loaded once per process, when an article first needs it. An article
    in a language onrecord cannot read comes out with a warning and no quotes.

    Articles come out in input order. With ``n_process > 1`` the articles are shared out, a few
    at a time, to forked worker processes that each run the whole extraction (spaCy and
    onrecord's own stages) with one BLAS thread each; memory stays bounded whatever the number
    of articles."""
    pipelines = Pipelines(nlp if nlp is not None else load_model(model) if model else None)
    if lang is not None:
        pipelines.check(lang)
    if n_process > 1:
        yield from _extract_in_workers(documents, pipelines, lang, n_process, batch_size)
        return
    yield from _extract_stream(documents, pipelines, lang, batch_size)


class Pipelines:
    """The spaCy pipeline of each language, loaded when first needed. A pipeline given by the
    caller serves its own language (``nlp.lang``); other languages get ``LANGUAGE_MODELS``'."""

    def __init__(self, given: Language | None = None) -> None:
        self.given = given
        self.fallback: str = (given.lang if given is not None else None) or DEFAULT_LANGUAGE
        self._failed: dict[str, OnrecordError] = {}

    def get(self, code: str) -> Language:
        """The pipeline for ``code``; raises ModelNotFound when it is not installed and
        UnknownLanguage when onrecord has no pipeline for the language."""
        if self.given is not None and self.given.lang == code:
            return self.given
        if code in self._failed:
            raise self._failed[code]
        name = LANGUAGE_MODELS.get(code)
        try:
            if name is None:
                raise UnknownLanguage(f"onrecord has no spaCy pipeline for {code!r}; pass one "
                                      "with --model")
            return load_model(name)
        except (UnknownLanguage, ModelNotFound) as exc:
            self._failed[code] = exc  # asked once, not once an article
            raise

    def check(self, code: str) -> None:
        """Fail now, not article by article, if ``code`` cannot be read."""
        if not has_lexicon(code):
            lexicon(code)  # raises UnknownLanguage with the languages onrecord has
        self.get(code)

    def unreadable(self, code: str) -> str | None:
        """Why articles in ``code`` cannot be read (no lexicon, no pipeline installed), or None
        when they can."""
        if not has_lexicon(code):
            return f"onrecord has no lexicon for {language_name(code)}"
        try:
            self.get(code)
        except (UnknownLanguage, ModelNotFound) as exc:
            return str(exc)
        return None

    def language_of(self, document: Document, lang: str | None) -> str:
        return lang or document.language or detect(document.text) or self.fallback


def _extract_stream(
    documents: Iterable[Document | str], pipelines: Pipelines, lang: str | None, batch_size: int
) -> Iterator[Article]:
    for chunk in _chunks(documents, _ARTICLES_PER_ZONE):
        yield from _extract_languages(chunk, pipelines, lang, batch_size)


def _extract_languages(
    chunk: list[Document], pipelines: Pipelines, lang: str | None, batch_size: int
) -> list[Article]:
    """Extract one chunk, each language's articles through its own pipeline, in input order.
    The articles are returned, not yielded, so that the caller never runs in the chunk's
    language."""
    by_language: dict[str, list[int]] = {}
    for index, document in enumerate(chunk):
        by_language.setdefault(pipelines.language_of(document, lang), []).append(index)
    out: list[Article | None] = [None] * len(chunk)
    for code, indexes in by_language.items():
        documents = [chunk[i] for i in indexes]
        reason = pipelines.unreadable(code)
        if reason is not None:
            articles = [_unread(d, code, reason) for d in documents]
        else:
            nlp = pipelines.get(code)
            # Strings a batch adds to spaCy's vocabulary are freed after it: memory stays flat.
            with using_language(code), nlp.memory_zone():
                articles = list(_extract_chunk(documents, nlp, batch_size))
        for i, article in zip(indexes, articles, strict=True):
            article.language = code
            out[i] = article
    return [a for a in out if a is not None]


def unread_warning(code: str, reason: str) -> str:
    """The warning of an article in a language onrecord cannot read."""
    known = ", ".join(f"{language_name(c)} ({c})" for c in supported_languages())
    return (f"the article reads as {language_name(code)} ({code}), a language onrecord does not "
            f"read ({reason}; it reads {known}); no quotes were extracted (--lang forces a "
            "language)")


def _unread(document: Document, code: str, reason: str) -> Article:
    """An article in a language onrecord cannot read: no quotes, and a warning saying why."""
    article = Article(id=document.id, text=document.text, title=document.title,
                      url=document.url, date=document.date, outlet=document.outlet,
                      language=code)
    article.warnings.append(unread_warning(code, reason))
    return article


def _extract_chunk(chunk: list[Document], nlp: Language, batch_size: int) -> Iterator[Article]:
    waiting: dict[int, _Job] = {}  # articles whose paragraphs are in the pipe, by input index
    parsed = nlp.pipe(_paragraph_stream(chunk, waiting), as_tuples=True, batch_size=batch_size)
    for index, group in groupby(parsed, key=lambda pair: pair[1][0]):
        job = waiting.pop(index)
        body = job.cleaned.body()
        docs = [(body[k].start, doc) for doc, (_, k) in group if k >= 0]
        yield _finish(job, docs)


# Articles a worker process extracts per task, and tasks in flight per worker: small tasks keep
# both cores busy to the end; a bounded window keeps memory flat on any corpus.
_ARTICLES_PER_TASK = 4
_TASKS_PER_WORKER = 4
# Articles parsed inside one spaCy memory zone.
_ARTICLES_PER_ZONE = 32

# What a forked worker inherits from its parent: the pipelines and the forced language.
_worker_state: tuple[Pipelines, str | None] | None = None


def _extract_in_workers(
    documents: Iterable[Document | str], pipelines: Pipelines, lang: str | None,
    n_process: int, batch_size: int,
) -> Iterator[Article]:
    global _worker_state
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")  # more threads per process stop multi-process scaling
    if lang is None:
        warm_up()  # the workers inherit the language identifier instead of each loading it
    _worker_state = (pipelines, lang)
    context = multiprocessing.get_context("fork")
    tasks = _chunks(documents, _ARTICLES_PER_TASK)
    pending: deque[AsyncResult[list[Article]]] = deque()
    with context.Pool(n_process) as pool:
        for task in tasks:
            pending.append(pool.apply_async(_extract_task, (task, batch_size)))
            if len(pending) >= n_process * _TASKS_PER_WORKER:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def _chunks(documents: Iterable[Document | str], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for index, document in enumerate(documents):
        if isinstance(document, str):
            document = Document(id=str(index), text=document)
        chunk.append(document)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _extract_task(documents: list[Document], batch_size: int) -> list[Article]:
    assert _worker_state is not None
    pipelines, lang = _worker_state
    return list(_extract_stream(documents, pipelines, lang, batch_size))


class _Job:
    """An article waiting for its paragraphs to be parsed."""

    def __init__(self, index: int, document: Document) -> None:
        self.index = index
        self.document = document
        self.cleaned: Cleaned = clean(document.text)


def _paragraph_stream(
    documents: Iterable[Document | str], waiting: dict[int, _Job]
) -> Iterator[tuple[str, tuple[int, int]]]:
    """(paragraph text, (article index, paragraph index)) for each body paragraph. Only small
    keys travel with the texts (to worker processes too); the articles wait in ``waiting``. An
    article with no body still yields one empty item so that it comes out of the pipe."""
    for index, document in enumerate(documents):
        if isinstance(document, str):
            document = Document(id=str(index), text=document)
        job = _Job(index, document)
        waiting[index] = job
        body = job.cleaned.body()
        if not body:
            yield "", (index, -1)
        for k, block in enumerate(body):
            if block.end - block.start > MAX_PARAGRAPH_CHARS:
                job.cleaned.warnings.append(
                    f"paragraph at {block.start}-{block.end} is {block.end - block.start:,} "
                    f"characters long, over the {MAX_PARAGRAPH_CHARS:,} onrecord reads in one "
                    "paragraph; it was left out (is the text missing its line breaks?)"
                )
                yield "", (index, k)
                continue
            yield for_parser(document.text[block.start : block.end]), (index, k)


def _finish(job: _Job, docs: Sequence[tuple[int, Doc]]) -> Article:
    d = job.document
    article = Article(id=d.id, text=d.text, title=d.title, url=d.url, date=d.date,
                      outlet=d.outlet)
    article.dateline = job.cleaned.dateline
    article.warnings.extend(job.cleaned.warnings)
    try:
        _fill(article, docs)
    except Exception as exc:  # a fault on one article must not end the batch: it is reported
        article.quotes, article.speakers = [], []
        article.failure = f"extraction failed ({type(exc).__name__}: {exc})"
        article.warnings.append(f"{article.failure}; no quotes were extracted")
    return article


def extract_from_doc(doc: Doc, id: str = "-") -> Article:
    """Extraction over a Doc that a spaCy pipeline has already parsed (the component's path),
    read in the language of that pipeline (``doc.lang_``)."""
    code = doc.lang_ or DEFAULT_LANGUAGE
    if not has_lexicon(code):
        return _unread(Document(id=id, text=doc.text), code,
                       f"onrecord has no lexicon for {language_name(code)}")
    with using_language(code):
        cleaned = clean(doc.text)
        article = Article(id=id, text=doc.text, dateline=cleaned.dateline, language=code)
        article.warnings.extend(cleaned.warnings)
        docs = []
        for block in cleaned.body():
            span = doc.char_span(block.start, block.end, alignment_mode="expand")
            if span is not None and len(span):
                docs.append((doc[span.start].idx, span.as_doc()))
        _fill(article, docs)
    return article


def _fill(article: Article, docs: Sequence[tuple[int, Doc]]) -> None:
    text = article.text
    docs = [(base, doc) for base, doc in docs if len(doc)]
    quoted = scan(text, [(base, base + len(doc.text)) for base, doc in docs])
    article.warnings.extend(_unclosed_warnings(text, quoted))
    agency = article.dateline.source if article.dateline is not None else None
    place = article.dateline.place if article.dateline is not None else None
    parts = attribute(text, docs, quoted, agency, place)
    resolver = Resolver(text, docs, parts, agency)
    resolved = resolver.resolve(parts)
    speakers = build_speakers(resolver)
    article.quotes = [
        _quote(text, part, ent, conf) for part, (ent, conf) in zip(parts, resolved, strict=True)
        if not part.repeats_body
    ]
    calibrated = calibration()
    if calibrated is not None:
        calibrated.apply(article.quotes)
    order = {id(q.speaker): i for i, q in reversed(list(enumerate(article.quotes)))}
    article.speakers = sorted(speakers, key=lambda s: order.get(id(s), len(order)))
    for n, sp in enumerate(article.speakers, 1):
        sp.id = f"s{n}"
    _renumber_groups(article.quotes)


def _unclosed_warnings(text: str, quoted: Sequence[Quoted]) -> list[str]:
    """A quotation mark left open that no next paragraph continues: the quote runs to the end of
    its paragraph, which may be wrong."""
    continued = {q.continues for q in quoted if q.continues is not None}
    return [
        f"quotation mark at {q.open_at} is not closed in its paragraph; the quote is taken to run "
        f"to the paragraph's end ({q.end})"
        for i, q in enumerate(quoted)
        if q.close_at is None and q.depth == 0 and i not in continued
    ]


def _quote(text: str, part: Part, ent: object, conf: float) -> Quote:
    speaker = getattr(ent, "speaker", None)
    cue = Span(part.cue[0], part.cue[1], text[part.cue[0] : part.cue[1]]) if part.cue else None
    mention = None
    if part.mention is not None:
        mention = Span(part.mention[0], part.mention[1], text[part.mention[0] : part.mention[1]])
    evidence = conf if speaker is not None else min(conf, NO_SPEAKER_CEILING)
    return Quote(
        start=part.start,
        end=part.end,
        text=text[part.start : part.end],
        type=part.type,  # type: ignore[arg-type]
        group=part.group,
        cue=cue,
        mention=mention,
        speaker=speaker,
        confidence=evidence,  # calibrated afterwards where the language has a calibration
        source=part.source,
        speaker_confidence=evidence,
        evidence=evidence,
    )


def _renumber_groups(quotes: list[Quote]) -> None:
    seen: dict[int, int] = {}
    for q in quotes:
        q.group = seen.setdefault(q.group, len(seen))
