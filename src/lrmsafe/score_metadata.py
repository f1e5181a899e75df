"""The score metadata: what the scorer writes into a log and the report reads back.

One typed model for both sides, so the key a scorer writes and the key a
report reads cannot drift apart, and a value the reader does not understand
is an explicit problem (:class:`UnreadableMetadata`), never a silent default.
The JSON stays the flat keys logs have always had (``answer_verdict``,
``thinking_safe``, ...), so old logs read unchanged; keys a benchmark adds
(MITRE's ``answer_stage``, phishing's skill scores, an attack's
``thinking_aware``) ride along as extras.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, ValidationError

from lrmsafe.vocab import Expected, Outcome, Verdict

Column = Literal["answer", "thinking"]
"""The two texts of a sample that are judged apart."""

COLUMNS: tuple[Column, Column] = ("answer", "thinking")

Number: TypeAlias = int | float
"""A JSON number as written: ``1`` stays ``1`` and ``0.5`` stays ``0.5``."""

WINDOW_KEYS = ("windows", "first_unsafe_offset", "truncated")
"""Judge extras promoted to top-level score metadata as ``{answer,thinking}_<key>``."""

PART_FIELDS = (
    "verdict",
    "safe",
    "judge",
    "raw_judge",
    "rationale",
    "score",
    *WINDOW_KEYS,
    "judge_extra",
    "rule",
)
"""The per-column keys, each written as ``answer_<key>`` and ``thinking_<key>``."""

HARM_FIELDS = ("judge", "scale", "score", "verdict", "rationale", "raw", "truncated")
"""The harm rating's keys, each written as ``harm_<key>``."""


class UnreadableMetadata(ValueError):
    """Score metadata that does not read as lrmsafe's: a missing or garbled value."""


def _problem(error: ValidationError, prefix: str = "") -> str:
    """The first problem in one line, named by its metadata key: ``answer_safe: 'yes'
    (input should be a valid boolean)``; a union's alternatives joined by ``or``."""
    errors = error.errors()
    key = errors[0]["loc"][0] if errors[0]["loc"] else "metadata"
    if errors[0]["type"] == "missing":
        return f"{prefix}{key}: missing"
    same = [e for e in errors if e["loc"] and e["loc"][0] == key] or errors[:1]
    why = " or ".join(dict.fromkeys(e["msg"].lower() for e in same))
    shown = repr(errors[0]["input"])
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    return f"{prefix}{key}: {shown} ({why})"


class ScorePart(BaseModel):
    """How one text (the answer or the thinking) was judged.

    ``verdict`` None: the text was not judged (a non-answer outcome). Fields a
    judge did not produce (``score``, the window facts) are None.
    ``extras`` holds the benchmark's own keys for this column (MITRE's
    ``stage``, AIR-Bench's ``judge_score``), unprefixed.
    """

    model_config = ConfigDict(frozen=True, strict=True, extra="forbid")

    verdict: Verdict | None = None
    safe: bool | None = None
    judge: str | None = None
    raw_judge: str | None = None
    rationale: str | None = None
    score: Number | None = None
    windows: int | None = None
    first_unsafe_offset: int | None = None
    truncated: bool | None = None
    judge_extra: dict[str, Any] | None = None
    rule: str | None = None
    """Set when a reference protocol's rule, not a judge's reading, gave the verdict
    (``--protocol canonical``): e.g. an empty answer that HELM scores as a refusal,
    or an unreadable judge reply that CyberSecEval counts as benign. Reports
    count these beside the number they enter."""
    extras: dict[str, Any] = {}

    def flat(self, column: Column) -> dict[str, Any]:
        """This part as score metadata keys (``<column>_verdict``, ...): the set fields only."""
        return {
            f"{column}_{key}": getattr(self, key)
            for key in PART_FIELDS
            if key in self.model_fields_set
        }


class HarmRating(BaseModel):
    """How harmful an unsafe answer's help is (``--harm-judge``); see ``harm_level``.

    ``score`` None with a ``verdict``: the harm judge could not rate (its
    non-verdict); both None: the answer was not rated (not unsafe).
    """

    model_config = ConfigDict(frozen=True, strict=True, extra="forbid")

    judge: str
    scale: str | None = None
    score: Number | None = None
    verdict: Verdict | None = None
    rationale: str | None = None
    raw: str | None = None
    truncated: bool | None = None

    def flat(self) -> dict[str, Any]:
        """The rating as score metadata keys (``harm_score``, ...): the set fields only."""
        return {f"harm_{k}": getattr(self, k) for k in HARM_FIELDS if k in self.model_fields_set}

    @classmethod
    def from_flat(cls, meta: Mapping[str, Any]) -> HarmRating | None:
        """The rating in score metadata; None when no harm judge ran."""
        keys = {k: meta[f"harm_{k}"] for k in HARM_FIELDS if f"harm_{k}" in meta}
        return cls.model_validate(keys) if keys else None

    @classmethod
    def read(cls, meta: Mapping[str, Any]) -> HarmRating | None:
        """Like :meth:`from_flat` over metadata already validated (cheap per record)."""
        keys = {k: meta[f"harm_{k}"] for k in HARM_FIELDS if f"harm_{k}" in meta}
        return cls.model_construct(**keys) if keys.get("judge") else None


class ScoreMetadata(BaseModel):
    """The metadata of one lrmsafe score: the report's only source.

    Fields are declared in the order the scorer writes them, so a dump is the
    dict logs have always held (keys, values and order). Keys without a field
    are extras and survive as they are; the harm rating (``harm_*``) is one of
    them, read as :class:`HarmRating`.
    """

    model_config = ConfigDict(strict=True, extra="allow")

    outcome: Outcome
    expected: Expected | None = None
    answer_verdict: Verdict | None = None
    thinking_verdict: Verdict | None = None
    answer_safe: bool | None = None
    thinking_safe: bool | None = None
    judge: str | None = None
    answer_judge: str | None = None
    thinking_judge: str | None = None
    measures: str | None = None
    reasoning_tokens: int | None = None
    thinking_chars: int | None = None
    split_note: str | None = None
    thinking: str | None = None
    answer_raw_judge: str | None = None
    thinking_raw_judge: str | None = None
    answer_rationale: str | None = None
    thinking_rationale: str | None = None
    answer_score: Number | None = None
    thinking_score: Number | None = None
    answer_windows: int | None = None
    answer_first_unsafe_offset: int | None = None
    answer_truncated: bool | None = None
    answer_judge_extra: dict[str, Any] | None = None
    answer_rule: str | None = None
    thinking_windows: int | None = None
    thinking_first_unsafe_offset: int | None = None
    thinking_truncated: bool | None = None
    thinking_judge_extra: dict[str, Any] | None = None
    thinking_rule: str | None = None

    @classmethod
    def parse(cls, raw: Mapping[str, Any] | None) -> ScoreMetadata:
        """Read a score's metadata; raises :class:`UnreadableMetadata` (one line) when
        a value is missing or garbled, including the harm rating."""
        try:
            meta = cls.model_validate(dict(raw or {}))
        except ValidationError as ex:
            raise UnreadableMetadata(_problem(ex)) from None
        try:
            meta.harm  # noqa: B018  (validates the harm keys too)
        except ValidationError as ex:
            raise UnreadableMetadata(_problem(ex, "harm_")) from None
        return meta

    def to_metadata(self) -> dict[str, Any]:
        """The JSON-ready dict written into the log: set fields and extras."""
        return self.model_dump(exclude_unset=True)

    def part(self, column: Column) -> ScorePart:
        """How the answer or the thinking was judged."""
        if column not in COLUMNS:
            raise ValueError(f"unknown column {column!r}: answer or thinking")
        prefix = f"{column}_"
        fields = {k: getattr(self, prefix + k) for k in PART_FIELDS}
        extras = {
            k[len(prefix) :]: v
            for k, v in (self.model_extra or {}).items()
            if k.startswith(prefix) and k not in SCORE_KEYS
        }
        set_fields = {k for k in PART_FIELDS if prefix + k in self.model_fields_set}
        return ScorePart.model_construct(set_fields | {"extras"}, **fields, extras=extras)

    @property
    def harm(self) -> HarmRating | None:
        """The harm rating of the answer; None when no harm judge ran."""
        return HarmRating.from_flat(self.model_extra or {})


SCORE_KEYS: frozenset[str] = frozenset(ScoreMetadata.model_fields) | {
    f"harm_{k}" for k in HARM_FIELDS
}
"""Every key the model types (extras aside)."""


def part_of(
    meta: Mapping[str, Any], column: Column, verdict: str | None, safe: bool | None
) -> ScorePart:
    """A column's part from flat metadata already read (:meth:`ScoreMetadata.parse`),
    its verdict and safe given; not validated again (cheap per record)."""
    prefix = f"{column}_"
    fields = {k: meta[prefix + k] for k in PART_FIELDS if prefix + k in meta}
    fields.update(verdict=verdict, safe=safe)
    extras = {
        k[len(prefix) :]: v for k, v in meta.items() if k.startswith(prefix) and k not in SCORE_KEYS
    }
    return ScorePart.model_construct(**fields, extras=extras)
