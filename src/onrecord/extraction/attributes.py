"""spaCy's attribute ruler, with its patterns looked up by the token's tag or word.

The attribute ruler of spaCy's trained pipelines (the tag map and its exceptions: "the" is
``Definite=Def``, "that" a relative pronoun, "him" ``Case=Acc``) runs a ``Matcher`` with every
pattern at every token: on PolNeAR dev that is 15-20% of the small English pipeline's time, more
than its parser. Nearly all those patterns test one token for equality (its tag, its lower-case
form, its dependency), so they can be looked up by the value they test instead of tried one by
one. ``index_attribute_ruler`` makes a pipeline's ruler do that; it sets the very same
attributes, applied in the same order (a later pattern wins), and a ruler holding any pattern
the look-up cannot read (an operator such as ``?`` or ``>=``, an attribute it does not know) keeps
spaCy's ``Matcher``. Nothing else changes: the ruler is saved and loaded as spaCy's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# The token attributes a pattern may test, as ``Doc.to_array`` reads them.
_READ = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "TAG": TAG, "POS": POS, "DEP": DEP,
         "IS_SPACE": IS_SPACE}
_COLUMNS = tuple(dict.fromkeys(_READ.values()))
# The attributes a pattern is filed under, the most selective first.
_KEYS = (ORTH, LOWER, DEP, TAG, POS, IS_SPACE)


@dataclass(frozen=True)
class _Test:
    """One attribute test of a pattern token: the attribute's value is (``negate``: is not) one
    of ``values``, or its text has a match of ``regex``."""

    column: int
    values: frozenset[int] = frozenset()
    negate: bool = False
    regex: re.Pattern[str] | None = None

    def passes(self, row: Sequence[int], strings: StringStore) -> bool:
        value = row[self.column]
        if self.regex is not None:
            return self.regex.search(strings[value]) is not None
        return (value in self.values) != self.negate


@dataclass(frozen=True)
class _Pattern:
    """One Matcher pattern of the ruler, its tests token by token; ``order`` is the pattern's
    place in the ruler (a later one wins)."""

    order: int
    tokens: tuple[tuple[_Test, ...], ...]
    index: int

    def matches(self, rows: Sequence[Sequence[int]], start: int, strings: StringStore) -> bool:
        if start + len(self.tokens) > len(rows):
            return False
        for offset, tests in enumerate(self.tokens):
            row = rows[start + offset]
            for test in tests:
                if not test.passes(row, strings):
                    return False
        return True

    def target(self, start: int) -> int:
        """The token the pattern's attributes go to when it matches at ``start``."""
        return start + (self.index if self.index >= 0 else len(self.tokens) + self.index)


def _test(attr: str, value: Any) -> _Test | None:
    """A pattern's test of ``attr`` (``"NN"``, ``{"IN": [...]}``, ``{"NOT_IN": [...]}``,
    ``{"REGEX": "..."}``, ``True``), or None when it is anything else."""
    if attr not in _READ:
        return None
    column = _COLUMNS.index(_READ[attr])
    operator, choices = "IN", [value]
    if isinstance(value, dict):
        if len(value) != 1:
            return None
        ((operator, choices),) = value.items()
    if operator == "REGEX" and isinstance(choices, str) and attr != "IS_SPACE":
        return _Test(column, regex=re.compile(choices))
    if operator not in ("IN", "NOT_IN") or not isinstance(choices, list):
        return None
    kind = bool if attr == "IS_SPACE" else str
    if not all(type(choice) is kind for choice in choices):
        return None
    ids = frozenset(int(c) if kind is bool else get_string_id(c) for c in choices)
    return _Test(column, ids, negate=operator == "NOT_IN")


def _compile(ruler: AttributeRuler) -> list[_Pattern] | None:
    """The ruler's patterns as look-ups, or None when one of them is beyond ``_test``."""
    compiled = []
    entries: list[dict[str, Any]] = list(ruler.patterns)
    for order, entry in enumerate(entries):
        for pattern in entry["patterns"]:
            if not pattern:
                return None
            tokens = []
            for spec in pattern:
                tests = [_test(attr, value) for attr, value in spec.items()]
                if any(test is None for test in tests):
                    return None
                tokens.append(tuple(t for t in tests if t is not None))
            index = entry.get("index", 0)
            if not -len(tokens) <= index < len(tokens):
                return None  # spaCy's ruler raises on every match of such a pattern
            compiled.append(_Pattern(order, tuple(tokens), index))
    return compiled


class _Index:
    """The patterns filed under the value their first token tests, by the most selective
    attribute it tests; the rest are tried at every token."""

    def __init__(self, patterns: list[_Pattern]) -> None:
        self.filed: dict[tuple[int, int], list[_Pattern]] = defaultdict(list)
        self.everywhere: list[_Pattern] = []
        for pattern in patterns:
            tested = {test.column: test for test in pattern.tokens[0]
                      if not test.negate and test.regex is None}
            column = next((_COLUMNS.index(key) for key in _KEYS
                           if _COLUMNS.index(key) in tested), None)
            if column is None:
                self.everywhere.append(pattern)
                continue
            for value in tested[column].values:
                self.filed[(column, value)].append(pattern)
        self.columns = sorted({column for column, _ in self.filed})

    def matches(self, doc: Doc) -> list[tuple[int, int]]:
        """(pattern order, target token) of every match, in the order spaCy's ruler applies
        them: by pattern, then by position."""
        rows = doc.to_array(list(_COLUMNS)).tolist() if len(doc) else []
        found = []
        filed, strings = self.filed, doc.vocab.strings
        columns, everywhere = self.columns, self.everywhere
        for start, row in enumerate(rows):
            for candidates in [everywhere] + [filed.get((c, row[c]), ()) for c in columns]:
                for pattern in candidates:
                    if pattern.matches(rows, start, strings):
                        found.append((pattern.order, start, pattern.target(start)))
        found = sorted(set(found))
        return [(order, target) for order, _, target in found]


class IndexedAttributeRuler(AttributeRuler):
    """An ``AttributeRuler`` that finds its matches by look-up (see the module's doc). It falls
    back on spaCy's ``Matcher`` whenever a pattern is beyond the look-up."""

    _index: _Index | None = None
    _indexed = False

    def add(self, patterns: Any, attrs: dict, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._indexed = False

    def clear(self) -> None:
        super().clear()
        self._indexed = False

    def _lookup(self) -> _Index | None:
        if not self._indexed:
            compiled = _compile(self)
            self._index = _Index(compiled) if compiled is not None else None
            self._indexed = True
        return self._index

    def match(self, doc: Doc) -> Any:
        index = self._lookup()
        if index is None:
            return super().match(doc)
        return index.matches(doc)

    def set_annotations(self, doc: Doc, matches: Any) -> None:
        if self._lookup() is None:
            super().set_annotations(doc, matches)
            return
        for order, target in matches:
            set_token_attrs(doc[target], self.attrs[order])


def index_attribute_ruler(nlp: Language) -> None:
    """Make the pipeline's attribute ruler (spaCy's own, if it has one) find its matches by
    look-up. Its patterns, attributes and serialisation stay those of spaCy's ruler."""
    if "attribute_ruler" not in nlp.component_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if type(ruler) is AttributeRuler:
        ruler.__class__ = IndexedAttributeRuler
