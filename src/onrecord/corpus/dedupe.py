"""Deduplicating quotes: the same quotation reported by many outlets is one quote.

Outlets copy a quotation with small differences: case, punctuation, curly or straight marks,
an ellipsis for an omitted passage, or only part of it. Three steps recognise them:

1. ``normalise`` maps every such variant of a text to the same string (casefolded, no
   punctuation, no ellipses, one space between words).
2. ``band_hashes`` gives each quote a few integer keys, so that the store finds the candidates
   for a new quote by looking its keys up in an index (``quote_bands(band_key, quote_id)``)
   instead of comparing it with every stored quote: the cost per quote does not grow with the
   corpus, apart from the candidates it really shares keys with. Two families of keys:

   * **MinHash bands** (near-duplicates). A signature of ``PERMUTATIONS`` = 64 minimum hash
     values over the quote's word 3-grams, cut into ``BANDS`` = 16 bands of ``ROWS`` = 4 rows,
     each band hashed to one key. Two quotes whose shingle sets have Jaccard similarity ``s``
     share at least one band with probability ``1 - (1 - s**4) ** 16`` (the LSH S-curve):

     ======= ====== ====== ====== ====== ======
     s        0.3    0.5    0.7    0.8    0.9
     P        0.12   0.64   0.988  0.9999 >0.9999
     ======= ====== ====== ====== ====== ======

     So reposts with different punctuation or a word changed (s >= 0.7) are almost always
     candidates, unrelated quotes (s < 0.2, P < 0.03) almost never. Four rows and sixteen bands
     put the curve's midpoint near s = 0.5: fewer rows would flood the store with candidates
     that the exact check then rejects, more bands would cost more index rows per quote.

   * **Fragment edges** (partial quotes). MinHash estimates Jaccard similarity, and the first
     half of a long quote has a Jaccard similarity of only about 0.5 with the whole (P = 0.64
     above), less for a shorter part. So the text is also cut into fragments at sentence ends
     and ellipses, and the first and last ``EDGE_WORDS`` (3) content words (``STOPWORDS``
     aside) of every fragment with at least that many are hashed to a key each. A quote
     truncated at its end shares its first words with the full version, one that starts at a
     sentence (or after an ellipsis) shares that sentence's first words, one that runs to a
     sentence end shares its last words. A part cut inside a sentence at both ends is found by
     MinHash alone, when it is long enough. Function words are left out so that quotes opening
     with the same stock phrase do not all share a key.

3. ``is_same_quote`` confirms a candidate exactly: a Jaccard similarity of the shingle sets of
   at least ``SAME_QUOTE`` (0.7), or the shorter quote's shingles at least ``CONTAINED`` (0.9)
   inside the longer's, so a part matches its whole (when the part has ``MIN_CONTENT_WORDS``
   content words, so that a bare stock phrase does not match every quote). ``similarity`` is
   the larger of the two measures, to rank candidates.

Every hash is blake2b with a fixed key, never Python's ``hash()``: keys are the same in every
process and every run, so they can be stored.
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from functools import lru_cache

# --- normalisation ---------------------------------------------------------------------------

# Apostrophes and single quotation marks (straight, curly, prime, modifier letter, backtick,
# acute): removed, so "don't", "don’t" and "dont" are one word, and 'single quotes' vanish.
_APOSTROPHES = "'\u2018\u2019\u201a\u201b\u2032\u2035\u02bc\u02bb\u0060\u00b4\uff07"

# Unicode categories kept by ``normalise``: letters, combining marks and digits. Everything else
# (punctuation of every kind, ellipses, double quotation marks, dashes and hyphens, symbols,
# controls) becomes a space. Hyphenated words thus become two words: "long-delayed" is "long
# delayed", as it is when another outlet writes it with a dash or a space.
_KEPT_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No"})


class _CharacterTable(dict[int, "str | None"]):
    """``str.translate`` table built as characters are met: apostrophes deleted, characters
    of the kept categories kept, every other character a space. At most ``LIMIT`` characters
    are remembered, so arbitrary input cannot grow it without bound."""

    LIMIT = 65536

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        if char in _APOSTROPHES:
            value: str | None = None
        elif unicodedata.category(char) in _KEPT_CATEGORIES:
            value = char
        else:
            value = " "
        if len(self) < self.LIMIT:
            self[code] = value
        return value


_CHARACTERS = _CharacterTable()


@lru_cache(maxsize=1024)
def normalise(text: str) -> str:
    """The text as compared for deduplication: every outlet's variant of a quote is the same.

    Casefolded, compatibility-normalised (NFKC: full-width letters, ligatures), apostrophes
    removed, ellipses and every other non-word character turned into a single space, and no
    space at either end. ``normalise(normalise(t)) == normalise(t)`` for every string.
    """
    result = text
    # Casefolding can produce strings NFKC changes again and the other way round ("ß", "ﬅ");
    # two rounds reach a fixed point for every character Unicode defines, and the loop makes
    # sure of it for any that do not.
    for _ in range(4):
        previous = result
        result = _normalise_once(result)
        if result == previous:
            break
    return result


def _normalise_once(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(text.translate(_CHARACTERS).split())


def words(text: str) -> list[str]:
    """The normalised words of ``text``."""
    return normalise(text).split()


# --- shingles and similarity -----------------------------------------------------------------

# Shingles are word 3-grams: long enough that two unrelated quotes share few of them, short
# enough that one changed word leaves most of a sentence's shingles intact.
SHINGLE_WORDS = 3


def shingles(text: str) -> set[str]:
    """Word 3-grams of the normalised text; the words themselves for quotes under three words.

    No 3-gram spans an ellipsis: it marks a passage an outlet left out, so the words on either
    side were never next to each other in what was said, and "A … B" is wholly inside "A X B".
    """
    return set(_text_shingles(text))


# Ellipses, written as one character or as dots: where an outlet left a passage out.
_ELLIPSIS = re.compile(r"\u2026|\.\s*\.\s*\.")


@lru_cache(maxsize=512)
def _text_shingles(text: str) -> frozenset[str]:
    parts = [normalise(part) for part in _ELLIPSIS.split(text)]
    parts = [part for part in parts if part]
    if len(parts) == 1:
        return _shingles(parts[0])
    # Fragments too short for a 3-gram are left out, unless no fragment is long enough.
    long_parts = [part for part in parts if part.count(" ") + 1 >= SHINGLE_WORDS]
    if not long_parts:
        return _shingles(" ".join(parts))
    return frozenset().union(*(_shingles(part) for part in long_parts))


# A small cache (bounded, so memory stays flat however big the corpus): a store compares a new
# quote with a few candidates, often the same ones.
@lru_cache(maxsize=512)
def _shingles(normalised: str) -> frozenset[str]:
    tokens = normalised.split()
    if len(tokens) < SHINGLE_WORDS:
        return frozenset(tokens)
    return frozenset(
        " ".join(tokens[i : i + SHINGLE_WORDS]) for i in range(len(tokens) - SHINGLE_WORDS + 1)
    )


# Function words and stock speech words. They are left out of the edge keys, so that the many
# different quotes opening with "I think it is fair to say that" or "At the end of the day" do
# not all share one key (a key shared by thousands of quotes makes every lookup of it slow), and
# they do not count as content words for MIN_CONTENT_WORDS. Compiled by the onrecord authors
# from the commonest words of English speech; normalised (no apostrophes).
STOPWORDS = frozenset("""
a about after again all also am an and any are as at be been before being but by can could did
do does doing dont for from going had has have having he her here him his how i if im in into
is it its itll ive just know let lets like me more most my no not now of on one only or our out
over really said say saying says she so some than that thats the their them then there these
they theyre think this those to too up us very was we well were weve what when where which who
will with would yes you your youre
""".split())

# Two quotes are the same when the Jaccard similarity of their shingles reaches 0.7: variants
# in case, marks and punctuation score 1.0, an ellipsis that drops a passage or one changed word
# keeps 0.75-0.9 on a quote of twenty words, while two different quotes that share a stock
# phrase of a third of their words score under 0.3. A lower threshold would merge quotes built
# on the same slogan; a higher one would miss a changed word.
SAME_QUOTE = 0.7
# A part of a quote (a truncation, one sentence of several) is the same quote when at least 90%
# of its shingles are in the other. Stricter than SAME_QUOTE because a short part can be mostly
# a stock phrase: "I think it is fair to say that, ships" has 6 of its 7 shingles (0.86) in
# every quote that opens with "I think it is fair to say that".
CONTAINED = 0.9
# And only when it has at least three content words (words not in STOPWORDS): a part that is
# only a stock phrase ("At the end of the day," "I think it is fair to say that") is wholly
# inside every quote that opens with it, and would chain them all into one.
MIN_CONTENT_WORDS = 3

# Quotes with fewer normalised words are never the same as another quote: "Thank you.", "We
# will see." or "No comment." are said by everyone, and a short quote contained in a long one
# is no evidence that they are one quotation. Six words is a short sentence.
MIN_WORDS = 6


def similarity(a: str, b: str) -> float:
    """max(Jaccard similarity, containment of the smaller in the larger) of the shingle sets.

    1.0 for two variants of one text and for a part of a text against the whole; 0.0 when
    either normalises to nothing.
    """
    return _similarity(_text_shingles(a), _text_shingles(b))


def _similarity(first: frozenset[str], second: frozenset[str]) -> float:
    return max(_overlaps(first, second))


def _overlaps(first: frozenset[str], second: frozenset[str]) -> tuple[float, float]:
    """(Jaccard similarity, containment of the smaller set in the larger)."""
    if not first or not second:
        return 0.0, 0.0
    shared = len(first & second)
    jaccard = shared / (len(first) + len(second) - shared)
    return jaccard, shared / min(len(first), len(second))


def is_same_quote(a: str, b: str) -> bool:
    """Whether two quote texts are one quotation: both at least ``MIN_WORDS`` words long, and
    a Jaccard similarity of at least ``SAME_QUOTE``, or the shorter, with at least
    ``MIN_CONTENT_WORDS`` content words, at least ``CONTAINED`` inside the longer."""
    first, second = normalise(a), normalise(b)
    if min(first.count(" "), second.count(" ")) + 1 < MIN_WORDS:
        return False
    jaccard, containment = _overlaps(_text_shingles(a), _text_shingles(b))
    if jaccard >= SAME_QUOTE:
        return True
    shorter = first if len(first) <= len(second) else second
    content = sum(word not in STOPWORDS for word in shorter.split())
    return containment >= CONTAINED and content >= MIN_CONTENT_WORDS


# --- index keys ------------------------------------------------------------------------------

PERMUTATIONS = 64
BANDS = 16
ROWS = PERMUTATIONS // BANDS  # 4

# Content words hashed at each end of a fragment for the partial-quote keys. Three content words
# ("seen ships year") are specific enough that unrelated quotes rarely share them, and few
# enough that a quote truncated after six or seven words still has them; with four, a tenth
# fewer truncated quotes were found in benchmarks/bench_dedupe.py.
EDGE_WORDS = 3


# Fragments end at a sentence end (., !, ? followed by a space or a closing mark) or at an
# ellipsis, which marks text an outlet left out.
_FRAGMENT_END = re.compile(r"\u2026|\.\s*\.\s*\.|[.!?;]+(?=[\s\"'\u201d\u2019)\]]|$)")

# blake2b keys: one fixed key per hash family, so keys never change across processes and runs.
# 64 bytes of digest are sixteen 32-bit hash values: four keyed digests give the 64 MinHash
# permutations of a shingle.
_MINHASH_KEYS = tuple(f"onrecord.minhash.v1.{i}".encode() for i in range(PERMUTATIONS // 16))
_BAND_KEY = b"onrecord.band.v1"
_EDGE_KEY = b"onrecord.edge.v1"
_SIXTEEN_UINT32 = struct.Struct("<16I")
_MAX_HASH = 0xFFFFFFFF


def band_hashes(text: str) -> list[int]:
    """The index keys of a quote: 16 MinHash band keys, then fragment-edge keys; no repeats.

    Each key is a signed 64-bit integer, so it fits an SQLite INTEGER column. Two quotes that
    share any key are candidates for ``is_same_quote``. Empty for a text with no words.
    """
    normalised = normalise(text)
    if not normalised:
        return []
    keys = _minhash_band_keys(_text_shingles(text))
    for key in _edge_keys(text):
        if key not in keys:
            keys.append(key)
    return keys


def minhash_signature(text: str) -> list[int]:
    """The 64 MinHash values (unsigned 32-bit) of the text's shingles; all 2**32-1 if none."""
    return _signature(_text_shingles(text))


def _signature(shingle_set: frozenset[str]) -> list[int]:
    if not shingle_set:
        return [_MAX_HASH] * PERMUTATIONS
    columns: list[int] = []
    for key in _MINHASH_KEYS:
        rows: list[tuple[int, ...]] = [
            _SIXTEEN_UINT32.unpack(hashlib.blake2b(s.encode(), key=key).digest())
            for s in shingle_set
        ]
        columns.extend(min(column) for column in zip(*rows, strict=True))
    return columns


def _minhash_band_keys(shingle_set: frozenset[str]) -> list[int]:
    signature = _signature(shingle_set)
    keys: list[int] = []
    for band in range(BANDS):
        rows = signature[band * ROWS : (band + 1) * ROWS]
        key = _key(_BAND_KEY, struct.pack("<B4I", band, *rows))
        if key not in keys:
            keys.append(key)
    return keys


def _edge_keys(text: str) -> list[int]:
    keys: list[int] = []
    for fragment in _FRAGMENT_END.split(text):
        tokens = [t for t in normalise(fragment).split() if t not in STOPWORDS]
        if len(tokens) < EDGE_WORDS:
            continue
        for side, edge in (("head", tokens[:EDGE_WORDS]), ("tail", tokens[-EDGE_WORDS:])):
            key = _key(_EDGE_KEY, f"{side} {' '.join(edge)}".encode())
            if key not in keys:
                keys.append(key)
    return keys


def _key(family: bytes, data: bytes) -> int:
    digest = hashlib.blake2b(data, key=family, digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def lookup_keys(text: str) -> list[str]:
    """Every key the store may find a quote's candidates by (``store.Writer._find_quote``): its
    normalised text and its ``band_hashes``, as strings. Two quotes sharing none are never
    the same quote, whatever comes between them."""
    norm = normalise(text) or " ".join(text.lower().split())
    return [f"norm|{norm}", *(f"band|{key}" for key in sorted(set(band_hashes(text))))]
