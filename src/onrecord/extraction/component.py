"""The spaCy components.

``nlp.add_pipe("onrecord")`` sets ``doc._.quotes`` (and ``doc._.onrecord``, the whole Article).
``nlp.add_pipe("onrecord_paragraphs", before="parser")`` makes every line break a sentence break,
so that the parser reads paragraphs as ``onrecord.extract`` does; with it the component gives the
same quotes as ``extract`` on articles with headlines and one-line paragraphs.
``nlp.add_pipe("onrecord_hyphens", before="parser")`` keeps a hyphenated word, and any word right
after another, in one sentence (``onrecord.extract`` adds it to every pipeline it loads).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)
if not Doc.has_extension("onrecord"):
    Doc.set_extension("onrecord", default=None)


class QuoteComponent:
    """Runs onrecord's extraction on a parsed Doc. The Doc must come from a pipeline with a
    parser (or senter) and NER; the component reuses their annotations."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from onrecord.extraction.pipeline import extract_from_doc

        article = extract_from_doc(doc)
        doc._.onrecord = article
        doc._.quotes = article.quotes
        return doc


@Language.factory(
    "onrecord",
    requires=["token.dep", "token.lemma", "doc.ents"],
    assigns=["doc._.quotes", "doc._.onrecord"],
)
def make_quote_component(nlp: Language, name: str) -> Any:
    return QuoteComponent(nlp, name)


@Language.component(
    "onrecord_paragraphs",
    assigns=["token.is_sent_start"],
)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break (a paragraph or a headline ends there)."""
    after_break = False
    for tok in doc:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            after_break = True
            if "\n" in tok.whitespace_ and not tok.is_space:
                continue
            if tok.is_space:
                continue
        if after_break and not tok.is_space and tok.i > 0:
            tok.is_sent_start = True
            after_break = False
        elif not tok.is_space:
            after_break = False
    return doc


@Language.component(
    "onrecord_hyphens",
    assigns=["token.is_sent_start"],
)
def hyphen_joins(doc: Doc) -> Doc:
    """Never start a sentence at a hyphen written between two words, nor right after it: the
    small French parser breaks "Selon Poulin-Drouin, ..." into three sentences at its hyphen.
    Nor at any word right after a word or a number on the same line ("où les commerçantes ont
    déposé plainte | le 12 juin", "Pierre-Claver | Mba X en fera partie", breaks the same
    parser made): a sentence opens after a stop, a mark or a line break."""
    for tok in doc[1:-1]:
        if tok.text == "-" and not doc[tok.i - 1].whitespace_ and not tok.whitespace_ and (
            doc[tok.i - 1].is_alpha and doc[tok.i + 1].is_alpha
        ):
            tok.is_sent_start = False
            doc[tok.i + 1].is_sent_start = False
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if (prev.is_alpha or prev.like_num) and "\n" not in prev.whitespace_:
            tok.is_sent_start = False
    return doc
