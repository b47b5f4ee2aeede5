"""The corpus: articles, quotes and speakers stored in SQLite (``store``), speakers merged
across articles (``merging``), the same quote found across outlets (``dedupe``), and the
``Corpus`` API over them."""

from onrecord.corpus.corpus import Corpus

__all__ = ["Corpus"]
