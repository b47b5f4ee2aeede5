"""Every error a user can see, in one place, each with a code and a hint on what to do.

The CLI turns these into one-line messages; a batch counts them by kind and keeps going.
"""

from __future__ import annotations


class OnrecordError(Exception):
    """Base class. ``str(error)`` is a complete one-line message."""

    code = "E000"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        prefix = f"{source}: " if source else ""
        super().__init__(f"[{self.code}] {prefix}{message}")
        self.reason = message


class InputError(OnrecordError):
    """An input file or article that cannot be read as text."""

    code = "E001"


class EmptyInput(InputError):
    code = "E002"


class BinaryInput(InputError):
    code = "E003"


class EncodingError(InputError):
    code = "E004"


class TooLarge(InputError):
    code = "E005"


class NoArticleText(InputError):
    """HTML with no main text that trafilatura can find."""

    code = "E006"


class BadJsonl(InputError):
    code = "E007"


class InputNotFound(InputError):
    """A path that names no file or directory, or one that cannot be opened."""

    code = "E008"


class NotEnglish(InputError):
    """No longer raised (onrecord reads more than English): see UnsupportedLanguage. Kept so that
    code catching it still imports; its code stays E009."""

    code = "E009"


class UnsupportedLanguage(InputError):
    """An article in a language onrecord does not read (no lexicon or no spaCy pipeline for it):
    ``ingest`` counts it and goes on."""

    code = "E042"


class ModelNotFound(OnrecordError):
    """The requested spaCy pipeline is not installed."""

    code = "E010"


class GoldFormatError(OnrecordError):
    """An evaluation file that is not in the gold or prediction JSONL shape."""

    code = "E020"


# --- the corpus database (store.py, corpus.py) -------------------------------------------------


class CorpusError(OnrecordError):
    """A problem with a corpus database or a query on it."""

    code = "E030"


class NotACorpus(CorpusError):
    """A file that is not an onrecord SQLite database."""

    code = "E031"


class SchemaTooNew(CorpusError):
    """A database written by a newer onrecord than this one."""

    code = "E032"


class SearchSyntaxError(CorpusError):
    """A search that SQLite FTS5 cannot parse."""

    code = "E033"


class NoSuchArticle(CorpusError):
    code = "E034"


class MissingExtra(CorpusError):
    """An optional dependency (pandas, pyarrow) that a feature needs and is not installed."""

    code = "E035"


class ExtractionFailed(CorpusError):
    """An article that extraction could not process; the batch goes on without it."""

    code = "E036"


class NoSuchSpeaker(CorpusError):
    """A speaker id that is not in the corpus (merged into another, or never there)."""

    code = "E037"


class NoSuchQuote(CorpusError):
    """A quote id that is not in the corpus."""

    code = "E038"


class SchemaTooOld(CorpusError):
    """A database of an older schema opened read-only, so it cannot be upgraded."""

    code = "E039"


class UnknownLanguage(OnrecordError):
    """No lexicon for a language (``data/<code>/``)."""

    code = "E041"


class AliasFileError(OnrecordError):
    """An alias file that cannot be read as CSV or JSON of canonical names and aliases."""

    code = "E040"
