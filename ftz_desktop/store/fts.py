"""How text becomes FTS5 tokens: one token per character of the folded text, so any substring is a phrase.

The search index is an FTS5 table with the built-in ``ascii`` tokenizer and ``detail=full``.
Every character of the folded canonical text becomes its own token: non-ASCII characters are
token characters for that tokenizer, ASCII letters/digits are separated by spaces, and every
other ASCII character (space, newline, punctuation) is mapped to a private-use character so it
keeps its position. A string of any length then occurs in a document exactly when the phrase of
its characters matches, which gives exact recall from one character up, and bm25() ranks by
real phrase frequencies.

The index is contentless, so deleting a document's row needs the very same tokens that were
inserted: they are recomputed from the stored text with these functions. If this encoding or
``fold`` ever changes, bump INDEX_VERSION: the store then rebuilds the index.
"""

from __future__ import annotations

import re

from ftz_desktop.core.fold import fold

INDEX_VERSION = 2  # 2: fold() maps radical look-alikes (⼝ → 口)

_PUA = 0xE000
_ENCODE = tuple((chr(c), chr(_PUA + c)) for c in range(128) if not chr(c).isalnum())
_SURROGATES = re.compile("[\ud800-\udfff]")


def encode(text: str) -> str:
    """The folded text with every ASCII non-alphanumeric character moved to a private-use code point."""
    # lone surrogates (possible in typed queries, never in stored text) cannot be encoded
    s = fold(_SURROGATES.sub("", text))
    # str.replace per character is C-speed and skips absent ones; faster than str.translate here
    for ascii_char, private in _ENCODE:
        if ascii_char in s:
            s = s.replace(ascii_char, private)
    return s


_DECODE = str.maketrans({private: ascii_char for ascii_char, private in _ENCODE})
_PRIVATE = re.compile(f"[{chr(_PUA)}-{chr(_PUA + 127)}]")


def decode(encoded: str) -> str:
    """``encode``'s private-use characters back to the ASCII they stand for (folding stays)."""
    return encoded.translate(_DECODE)


def has_private(text: str) -> bool:
    """Whether ``text`` holds a character of the range ``encode`` moves ASCII signs to."""
    return _PRIVATE.search(text) is not None


def index_tokens(text: str) -> str:
    """The string inserted into the FTS5 table for ``text``: its characters separated by spaces."""
    return spaced(encode(text))


def spaced(s: str) -> str:
    """``" ".join(s)``: the characters of ``s`` separated by spaces; for a long text, as UTF-32
    code units interleaved by numpy (4x faster than creating a string per character)."""
    if len(s) < 256:
        return " ".join(s)
    import numpy as np  # (not at import time: searching never needs it)

    units = np.frombuffer(s.encode("utf-32-le"), dtype="<u4")
    out = np.full(2 * len(units) - 1, ord(" "), dtype="<u4")
    out[0::2] = units
    return out.tobytes().decode("utf-32-le")


def phrase(term: str) -> str | None:
    """An FTS5 phrase that matches exactly the documents containing ``term`` (after folding).

    Returns None for a term with no characters left.
    """
    e = encode(term)
    if not e:
        return None
    return '"' + " ".join(e) + '"'
