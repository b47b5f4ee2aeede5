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


class ModelNotFound(OnrecordError):
    """The requested spaCy pipeline is not installed."""

    code = "E010"


class GoldFormatError(OnrecordError):
    """An evaluation file that is not in the gold or prediction JSONL shape."""

    code = "E020"
