"""The study's published figures, shipped as package data, for the reference rows.

Why: a user's numbers mean more beside the study's. The figures are facts
transcribed from the paper's tables (arXiv 2502.12659 v1) into our own format
(``lrmsafe/data/reference_r1_study.json``); every place that shows them labels
them "reported by the study" and they never enter a statistical test.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

REFERENCE_FILE = "data/reference_r1_study.json"


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
    return Reference(
        label=str(raw["label"]),
        citation=str(raw["citation"]),
        url=str(raw["url"]),
        notes=tuple(str(n) for n in raw["notes"]),
        models={str(k): dict(v) for k, v in raw["models"].items()},
        tables={str(k): dict(v) for k, v in raw["tables"].items()},
        findings={str(k): str(v) for k, v in raw["findings"].items()},
    )
