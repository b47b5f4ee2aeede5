"""onrecord: who said what in the news."""

from onrecord.model import Article, Dateline, Quote, Span, Speaker

__version__ = "0.1.0"

__all__ = ["Article", "Dateline", "Quote", "Span", "Speaker", "__version__"]
