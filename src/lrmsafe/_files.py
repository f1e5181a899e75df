"""Reading user files: text that is not UTF-8 and JSON past Python's limits are user errors.

Why here and not in a catch-all: ``UnicodeDecodeError``, ``RecursionError``
and ``ValueError`` are also what real bugs raise, so only the code that
decodes a user's bytes or parses a user's JSON turns them into a one-line
:class:`~lrmsafe._errors.UserError` that names the file and the fix.
"""

from __future__ import annotations

import codecs
import json
import sys
from typing import Any

from lrmsafe._errors import UserError

_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),  # before UTF-16: its BOM starts with UTF-16-LE's
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)
MAX_DEPTH = 100
"""Nesting allowed in imported metadata. Past Python's recursion limit the JSON
does not parse; from a few hundred levels (400 tested) it parses, and the run
then fails in Inspect's serialiser ("Circular reference detected (depth
exceeded)"), after the work."""


def decode_utf8(data: bytes, origin: str, error: type[UserError] = UserError) -> str:
    """The file's text (UTF-8, with or without a BOM); other encodings are named.

    UTF-16/32 are recognised by their byte-order mark, or (without one) by NUL
    bytes, which UTF-8 text does not contain; anything else that does not
    decode is reported with its line, as probably Latin-1/Windows-1252.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            raise error(f"{origin}: not UTF-8 text but {name} (it starts with a {name} "
                        f"byte-order mark); convert it: iconv -f {name} -t UTF-8")  # fmt: skip
    head = data[:4096]
    if head and head.count(0) * 4 >= len(head):
        raise error(
            f"{origin}: not UTF-8 text: a quarter or more of its bytes are NUL, so it is "
            "probably UTF-16 (or UTF-32); convert it: iconv -f UTF-16 -t UTF-8"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as ex:
        line = data.count(b"\n", 0, ex.start) + 1
        raise error(
            f"{origin}: not UTF-8 text (line {line}, byte {ex.start}: 0x{data[ex.start]:02x}); "
            "probably Latin-1 or Windows-1252: convert it: iconv -f WINDOWS-1252 -t UTF-8"
        ) from None


def loads(text: str, where: str, error: type[UserError] = UserError) -> Any:
    """``json.loads``; JSON nested or numbered past Python's limits is an error naming ``where``.

    ``json.JSONDecodeError`` (bad syntax) is raised as it is: callers word it.
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise error(f"{where}: JSON nested too deeply (past Python's recursion limit)") from None
    except ValueError:  # an integer longer than Python converts (int_max_str_digits)
        raise error(
            f"{where}: a number in the JSON has more than {sys.get_int_max_str_digits()} digits"
        ) from None


def nesting_depth(value: object) -> int:
    """How deeply lists and objects nest in a decoded JSON value (iterative: any depth)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: list[object] = list(item.values())
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        stack += [(child, depth + 1) for child in children]
    return deepest
