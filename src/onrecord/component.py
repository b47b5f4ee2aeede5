"""The spaCy component: ``nlp.add_pipe("onrecord")`` sets ``doc._.quotes``."""

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
        from onrecord.pipeline import extract_from_doc

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
