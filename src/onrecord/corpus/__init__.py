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
from onrecord.corpus.corpus import EXPORT_COLUMNS, Corpus, IngestProgress, IngestSummary
from onrecord.corpus.dedupe import lookup_keys as quote_lookup_keys
from onrecord.corpus.dedupe import normalise
from onrecord.corpus.merging import lookup_keys as speaker_lookup_keys
from onrecord.corpus.store import iso_date, text_hash
from onrecord.corpus.variants import DiffPart, Variant

__all__ = [
    "BALANCE_GROUPS", "DISPUTE_KINDS", "MAX_PAGE", "MAX_QUERY", "QUOTE_TYPES", "SORTS",
    "BALANCE_NOTE", "EXPORT_COLUMNS", "ArticleView", "BalanceRow", "Corpus", "DayCount",
    "DiffPart", "DisputePage",
    "DisputeSummary", "MergeStep", "Occurrence", "Overview", "QuoteCluster", "QuoteHit",
    "SearchPage", "SpeakerExplanation", "SpeakerProfile", "SpeakerSummary", "Variant",
    "IngestProgress", "IngestSummary", "iso_date", "normalise", "quote_lookup_keys",
    "speaker_lookup_keys", "text_hash",
]
