"""onrecord: who said what in the news.

>>> from onrecord import extract
>>> article = extract('"We will appeal," the company said in a statement.')
>>> [(q.text, q.type, q.speaker_name) for q in article.quotes]
[('We will appeal', 'direct', 'the company')]
"""

from onrecord.corpus.corpus import Corpus
from onrecord.errors import OnrecordError
from onrecord.extraction.pipeline import DEFAULT_MODEL, extract, extract_many, load_model
from onrecord.extraction.reading import (
    MAX_ARTICLE_BYTES,
    Document,
    ReadFailure,
    read_bytes,
    read_paths,
    read_text,
)
from onrecord.model import Article, Dateline, Quote, Span, Speaker

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_MODEL",
    "MAX_ARTICLE_BYTES",
    "Article",
    "Corpus",
    "Dateline",
    "Document",
    "OnrecordError",
    "ReadFailure",
    "Quote",
    "Span",
    "Speaker",
    "__version__",
    "extract",
    "extract_many",
    "load_model",
    "read_bytes",
    "read_paths",
    "read_text",
]
