"""Prompt texts read, as data, out of a reference implementation's pinned source file.

Why: some original protocols' prompts (XSTest's classifier, PurpleLlama's
phishing attacker) ship in no dependency, and their text must never be copied
into this repository. The source file is fetched at run time from its pinned
commit (or found under ``--data-dir``, or in the cache: :mod:`._data`), parsed
with :mod:`ast` (never imported or executed), and each f-string becomes a
:class:`Template` whose slots are filled exactly as Python fills them.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from lrmsafe.benchmarks._data import DataError


@dataclass(frozen=True)
class Slot:
    """One ``{expression}`` of the f-string, by the name the caller gave it."""

    name: str


@dataclass(frozen=True)
class Template:
    """An f-string's literal parts and slots, in order."""

    parts: tuple[str | Slot, ...]

    @property
    def slots(self) -> tuple[str, ...]:
        """The slot names in order (a name may repeat)."""
        return tuple(p.name for p in self.parts if isinstance(p, Slot))

    def render(self, **values: object) -> str:
        """The string Python builds: ``format(value, "")`` per slot (no conversion,
        no format spec: :func:`fstring` refuses those)."""
        missing = set(self.slots) - set(values)
        if missing:
            raise KeyError(f"no value for slot(s) {sorted(missing)}")
        return "".join(format(values[p.name], "") if isinstance(p, Slot) else p for p in self.parts)

    def pattern(self) -> re.Pattern[str]:
        """A regex matching any rendering in full: each slot a named group of any
        text (a repeated slot must repeat the same text)."""
        seen: set[str] = set()
        out: list[str] = []
        for p in self.parts:
            if isinstance(p, Slot):
                out.append(f"(?P={p.name})" if p.name in seen else f"(?P<{p.name}>.*)")
                seen.add(p.name)
            else:
                out.append(re.escape(p))
        return re.compile("".join(out), re.DOTALL)


def fstring(node: ast.expr, slots: Mapping[str, str], origin: str) -> Template:
    """The template of an f-string (or a plain string) node; ``slots`` maps each
    expression's source (``self.platform``) to a slot name. Anything else in the
    f-string (an unknown expression, a conversion, a format spec) means the pinned
    file is not the one this code reads: a DataError, never a guessed text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return Template((node.value,))
    if not isinstance(node, ast.JoinedStr):
        raise DataError(f"{origin}: expected a string, found {type(node).__name__}")
    parts: list[str | Slot] = []
    for value in node.values:
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            parts.append(value.value)
        elif isinstance(value, ast.FormattedValue):
            expr = ast.unparse(value.value)
            if value.conversion != -1 or value.format_spec is not None or expr not in slots:
                raise DataError(
                    f"{origin}: unexpected f-string field {{{expr}}} (expected one of "
                    f"{', '.join(sorted(slots))}): not the pinned file?"
                )
            parts.append(Slot(slots[expr]))
        else:  # pragma: no cover - Python emits only these two inside a JoinedStr
            raise DataError(f"{origin}: unexpected f-string part {type(value).__name__}")
    return Template(tuple(parts))


def functions(tree: ast.AST, name: str, owner: str | None = None) -> Iterator[ast.FunctionDef]:
    """The ``def name`` functions of the module (methods of class ``owner`` when given)."""
    scopes: list[ast.AST] = [tree]
    if owner is not None:
        scopes = [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name == owner]
    for scope in scopes:
        for node in ast.walk(scope):
            if isinstance(node, ast.FunctionDef) and node.name == name:
                yield node


def one(found: list[Any], what: str, origin: str) -> Any:
    """The single node found, else a DataError naming what was looked for."""
    if len(found) != 1:
        raise DataError(f"{origin}: expected one {what}, found {len(found)}: not the pinned file?")
    return found[0]


def assigned(scope: ast.AST, target: str) -> list[ast.expr]:
    """The values assigned to the plain name ``target`` anywhere in ``scope``."""
    return [
        node.value
        for node in ast.walk(scope)
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and node.targets[0].id == target
    ]


def returned(function: ast.FunctionDef) -> list[ast.expr]:
    """The values the function returns."""
    return [n.value for n in ast.walk(function) if isinstance(n, ast.Return) and n.value]


def calls(scope: ast.AST, name: str) -> list[ast.Call]:
    """Calls whose function is ``name`` or ``something.name``."""
    out: list[ast.Call] = []
    for node in ast.walk(scope):
        if isinstance(node, ast.Call):
            func = node.func
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if called == name:
                out.append(node)
    return out


def literal(node: ast.expr, origin: str) -> Any:
    """A literal's value (a number, a string, a list of dicts), else a DataError."""
    try:
        return ast.literal_eval(node)
    except ValueError:
        raise DataError(f"{origin}: expected a literal, found {ast.unparse(node)[:80]}") from None


def parse(source: str, origin: str) -> ast.Module:
    """The module's syntax tree (checked Python already: :func:`._data.load_text`)."""
    try:
        return ast.parse(source, filename=origin)
    except SyntaxError as ex:
        raise DataError(f"{origin}: not Python source (line {ex.lineno}: {ex.msg})") from None
