"""Characters that show as nothing, or as other characters: one table for every reader.

Two readers need it. The display sanitiser (``report.text.sanitize``) drops
what a terminal or a viewer would hide or reorder (bidi controls, zero-width
characters); the judge's fence defang (``judges.llm.fence``) must see a
look-alike fence line as a fence line, so it reads text through
:func:`skeleton`: invisible characters and combining marks gone, every space
a space, every dash or horizontal stroke ``-`` and look-alike letters
(Cyrillic, Greek, Armenian, Cherokee, small capitals, fullwidth and other
compatibility forms) as ASCII.
"""

from __future__ import annotations

import functools
import unicodedata

INVISIBLE = (
    "\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u17b4\u17b5"
    "\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0"
    "\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0000-\U000e0fff"
)
"""A regex character class body: every Unicode format character (Cf: bidi
controls, zero-width space/joiners, word joiner, BOM, tags, soft hyphen) and
the fillers and selectors that render as nothing."""

_DASHES = (
    "\u00af\u02c9\u02d7\u1173\u1680\u2043\u203e\u2212\u23af\u23e4\u2500\u2501\u2504\u2505"
    "\u2508\u2509\u254c\u254d\u2550\u2574\u2576\u2578\u257a\u257c\u257e\u2796\u30fc\u31d0"
    "\u4e00\uff70\uffda"
)
"""Dash-like characters that are not in Unicode's dash category (Pd): minus
signs, box-drawing horizontals, macron, CJK/Hangul horizontal strokes,
katakana long-vowel marks, the ogham space mark."""

_LOOKALIKES = {
    "A": "\u0391\u0410\u13aa\u1d00",
    "B": "\u0392\u0412\u13f4\u0299\u15f7",
    "C": "\u0421\u03f9\u13df\u1d04",
    "D": "\u13a0\u15ea\u1d05",
    "E": "\u0395\u0415\u13ac\u1d07\u2d39",
    "G": "\u050c\u13c0\u0262\u13fb",
    "H": "\u0397\u041d\u13bb\u029c",
    "I": "\u0399\u0406\u04c0\u026a\u01c0l",
    "J": "\u0408\u13ab",
    "K": "\u039a\u041a\u13e6\u1d0b",
    "M": "\u039c\u041c\u13b7\u1d0d",
    "N": "\u039d\u0274\u2c9a",
    "O": "\u039f\u041e\u2c9e\u1d0f",
    "P": "\u03a1\u0420\u13e2\u1d18",
    "R": "\u13a1\u0280\u13d2\u1587",
    "S": "\u0405\u13da\u054f\ua731",
    "T": "\u03a4\u0422\u13a2\u1d1b\u0442",
    "U": "\u054d\u1d1c",
    "X": "\u03a7\u0425",
    "Y": "\u03a5\u04ae",
    "Z": "\u0396",
    "a": "\u0430\u0251\u03b1",
    "b": "\u044c",
    "c": "\u0441\u03f2",
    "d": "\u0501",
    "e": "\u0435\u04bd",
    "g": "\u0261\u0581",
    "h": "\u04bb\u0570",
    "i": "\u0456\u0131\u0269\u03b9\u04cf",
    "j": "\u0458\u03f3",
    "n": "\u0578",
    "o": "\u043e\u03bf\u0585",
    "p": "\u0440\u03c1",
    "r": "\u0433",
    "s": "\u0455",
    "u": "\u03c5\u057d",
    "v": "\u03bd\u0475",
    "w": "\u051d\u0461",
    "x": "\u0445",
    "y": "\u0443\u04af",
}
"""Letters read as ASCII ones (a subset of Unicode's confusables: every
letter of BEGIN, END and UNTRUSTED, and the common others)."""

_BRACKETS = {
    "<": "\u2039\u2329\u3008\u02c2\u1438\u276e",
    ">": "\u203a\u232a\u3009\u02c3\u1433\u276f",
}
"""Angle brackets read as ``<`` and ``>`` (fullwidth and small forms come from NFKD)."""

_ASCII_SPACES = {ord(c): " " for c in "\t\r\x0b\x0c\x1c\x1d\x1e\x1f"}


def _ranges(spec: str) -> list[int]:
    out: list[int] = []
    i = 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            out += range(ord(spec[i]), ord(spec[i + 2]) + 1)
            i += 3
        else:
            out.append(ord(spec[i]))
            i += 1
    return out


@functools.cache
def _table() -> dict[int, str | None]:
    """The skeleton's translation table (built once, on first use: ~0.05 s)."""
    table: dict[int, str | None] = dict(_ASCII_SPACES)
    for cp in [*range(0x80, 0x20000), *range(0xE0000, 0xE1000)]:
        cat = unicodedata.category(chr(cp))
        if cat in ("Mn", "Me", "Cf"):
            table[cp] = None
        elif cat in ("Zs", "Zl", "Zp") or cp == 0x85:
            table[cp] = " "
        elif cat == "Pd":
            table[cp] = "-"
    for cp in _ranges(INVISIBLE):
        table[cp] = None
    for c in _DASHES:
        table[ord(c)] = "-"
    for ascii_letter, lookalikes in [*_LOOKALIKES.items(), *_BRACKETS.items()]:
        for c in lookalikes:
            table[ord(c)] = ascii_letter
    return table


def skeleton(text: str) -> str:
    """``text`` as a reader sees it, for matching only (never shown).

    Keeps every ``\\n`` and adds none, so line ``i`` of the skeleton is line
    ``i`` of the text. Linear: one normalisation and one translation, in C.
    """
    if text.isascii():
        return text.translate(_ASCII_SPACES).replace("l", "I")
    return unicodedata.normalize("NFKD", text).translate(_table())
