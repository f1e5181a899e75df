"""The study's published figures, shipped as package data, for the reference rows.

Why: a user's numbers mean more beside the study's. The figures are facts
transcribed from the paper's tables (arXiv 2502.12659 v1) into our own format
(``lrmsafe/data/reference_r1_study.json``); every place that shows them labels
them "reported by the study" and they never enter a statistical test.

Some published cells do not fit their own counts (a figure repeated from the
next column, a percentage that is no k/n). They stay as published and carry
a mark with the reason; the marks are data (each table's ``marks``), and
:func:`check_counts` recomputes from a table's declared ``counts`` (its
denominators and sums) which cells are inconsistent, so a test holds the
typed-in marks to the arithmetic.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from importlib.resources import files
from typing import Any

REFERENCE_FILE = "data/reference_r1_study.json"


@dataclass(frozen=True)
class Mark:
    """A published cell that is inconsistent with its own counts, and why."""

    table: str
    row: str
    """The model (for Table 7, ``"answer"``/``"thinking"`` is ``part``)."""
    column: str
    reason: str
    part: str | None = None


@dataclass(frozen=True)
class Reference:
    """The study's figures: citation, notes, models and one dict per table."""

    label: str
    citation: str
    url: str
    notes: tuple[str, ...]
    models: dict[str, dict[str, str]]
    tables: dict[str, dict[str, Any]]
    findings: dict[str, str]
    marks: tuple[Mark, ...] = ()

    def mark(self, table: str, row: str, column: str, part: str | None = None) -> str | None:
        """The reason a published cell is marked inconsistent (None: not marked)."""
        for m in self.marks:
            if (m.table, m.row, m.column, m.part) == (table, row, column, part):
                return m.reason
        return None

    def values(self, table: str) -> dict[str, Any]:
        """``{model: {column: value}}`` for a table (empty when the study had none)."""
        entry = self.tables.get(table)
        return dict(entry["values"]) if entry else {}

    def paper_table(self, table: str) -> int | None:
        """The paper's table number for one of our table keys."""
        entry = self.tables.get(table)
        return int(entry["paper_table"]) if entry else None


@functools.cache
def load_reference() -> Reference:
    """Read the packaged reference file (cached: it never changes at run time)."""
    raw = json.loads(files("lrmsafe").joinpath(REFERENCE_FILE).read_text(encoding="utf-8"))
    return parse_reference(raw)


def parse_reference(raw: Mapping[str, Any]) -> Reference:
    """A reference from its JSON; a mark naming no published cell is an error (a
    typo would otherwise leave the cell silently unmarked)."""
    tables = {str(k): dict(v) for k, v in raw["tables"].items()}
    marks: list[Mark] = []
    for key, entry in tables.items():
        for m in entry.get("marks", []):
            mark = Mark(key, str(m["row"]), str(m["column"]), str(m["reason"]), m.get("part"))
            values = entry["values"]
            row = (values.get(mark.part) or {}) if mark.part else values
            if mark.column not in row.get(mark.row, {}):
                raise ValueError(f"reference mark names no published cell: {mark}")
            marks.append(mark)
    return Reference(
        label=str(raw["label"]),
        citation=str(raw["citation"]),
        url=str(raw["url"]),
        notes=tuple(str(n) for n in raw["notes"]),
        models={str(k): dict(v) for k, v in raw["models"].items()},
        tables=tables,
        findings={str(k): str(v) for k, v in raw["findings"].items()},
        marks=tuple(marks),
    )


# --------------------------------------------------------------------------- #
# Checking published percentages against their counts
# --------------------------------------------------------------------------- #


def counts_for(percent: float, n: int, decimals: int) -> list[int]:
    """Every count k with 100k/n printed as ``percent`` at ``decimals`` places.

    Both conventions are accepted, rounding half up and truncating: the
    study's Table 6 uses both (34/55 = 61.818 shown 61.82; 63/251 = 25.0996
    shown 25.09), so only a figure that fits neither is inconsistent.
    """
    scale = 10**decimals
    shown = Fraction(Decimal(repr(percent))) * scale
    if shown.denominator != 1:  # more places than declared: no k/n prints as it
        return []
    out = []
    for k in range(n + 1):
        exact = Fraction(100 * k * scale, n)
        if shown in (math.floor(exact + Fraction(1, 2)), math.floor(exact)):
            out.append(k)
    return out


@dataclass(frozen=True)
class CountCheck:
    """A published cell (or a sum of cells) that no counts fit."""

    row: str
    column: str
    """The cell's column; for a sum that fails, ``"all = direct + indirect"``."""
    published: float | None
    implied: float | None
    """100k/n for the k the row's other cells imply through a sum (None: undetermined)."""


def check_counts(ref: Reference, table: str) -> list[CountCheck]:
    """The cells of ``table`` inconsistent with its declared ``counts``.

    ``counts`` gives each column's denominator, the published ``decimals`` and
    ``sums`` (``{"total": "all", "parts": ["direct", "indirect"]}``: the parts'
    counts add up to the total's). A cell no k/n prints as is inconsistent, and
    so is a sum that no choice of fitting counts satisfies; for an inconsistent
    cell, the count its row's other cells imply is given when they fix it.
    """
    spec = ref.tables[table]["counts"]
    n: dict[str, int] = {str(c): int(v) for c, v in spec["denominators"].items()}
    decimals = int(spec["decimals"])
    sums = [(str(s["total"]), [str(p) for p in s["parts"]]) for s in spec["sums"]]
    out: list[CountCheck] = []
    for row, values in ref.values(table).items():
        fits = {c: counts_for(float(values[c]), n[c], decimals) for c in n if c in values}
        for c, ks in fits.items():
            if not ks:
                out.append(CountCheck(row, c, float(values[c]), _implied(c, fits, sums, n)))
        for total, parts in sums:
            members = [total, *parts]
            if any(not fits.get(m) for m in members):
                continue
            combos = itertools.product(*(fits[m] for m in members))
            if not any(ks[0] == sum(ks[1:]) for ks in combos):
                out.append(CountCheck(row, f"{total} = {' + '.join(parts)}", None, None))
    return out


def _implied(
    column: str, fits: dict[str, list[int]], sums: list[tuple[str, list[str]]], n: dict[str, int]
) -> float | None:
    """100k/n for the one k the sums give ``column`` from cells with one fitting count."""
    found: set[int] = set()
    for total, parts in sums:
        members = [total, *parts]
        if column not in members:
            continue
        others = [m for m in members if m != column]
        if any(len(fits.get(m, [])) != 1 for m in others):
            continue
        k_of = {m: fits[m][0] for m in others}
        if column == total:
            found.add(sum(k_of.values()))
        else:
            found.add(k_of[total] - sum(k_of[p] for p in parts if p != column))
    if len(found) != 1:
        return None
    k = found.pop()
    return 100.0 * k / n[column] if 0 <= k <= n[column] else None
