"""The corpus: articles, quotes and speakers stored in SQLite (``store``), speakers merged
across articles (``merging``), the same quote found across outlets (``dedupe``), the ``Corpus``
API over them, the results its queries return (``browse``) and the wording variants of a quote
(``variants``)."""

from onrecord.corpus.browse import (
    BALANCE_GROUPS,
    BALANCE_NOTE,
    DISPUTE_KINDS,
    MAX_PAGE,
    MAX_QUERY,
    QUOTE_TYPES,
    SORTS,
    ArticleView,
    BalanceRow,
    DayCount,
    DisputePage,
    DisputeSummary,
    MergeStep,
    Occurrence,
    Overview,
    QuoteCluster,
    QuoteHit,
    SearchPage,
    SpeakerExplanation,
    SpeakerProfile,
    SpeakerSummary,
)
from onrecord.corpus.corpus import EXPORT_COLUMNS, Corpus
from onrecord.corpus.variants import DiffPart, Variant

__all__ = [
    "BALANCE_GROUPS", "DISPUTE_KINDS", "MAX_PAGE", "MAX_QUERY", "QUOTE_TYPES", "SORTS",
    "BALANCE_NOTE", "EXPORT_COLUMNS", "ArticleView", "BalanceRow", "Corpus", "DayCount",
    "DiffPart", "DisputePage",
    "DisputeSummary", "MergeStep", "Occurrence", "Overview", "QuoteCluster", "QuoteHit",
    "SearchPage", "SpeakerExplanation", "SpeakerProfile", "SpeakerSummary", "Variant",
]
