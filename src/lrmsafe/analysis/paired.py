"""Paired comparisons: two models (or answer and thinking) on the same prompts.

Why: the models answered the same prompts, so a paired test removes the
prompt-to-prompt variation that an unpaired comparison of two rates leaves
in. Prompts are joined on (benchmark, attack, sample id). With ``--epochs K``
each prompt's K samples are averaged first (per-prompt means, paired by
prompt): epoch i of one model has nothing to do with epoch i of another, and
K samples of one prompt are not K independent pairs. Binary values (one
sample per prompt) get McNemar's exact test and a paired bootstrap CI of the
difference; per-prompt means and scores a paired bootstrap CI and a sign-flip
permutation test.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from lrmsafe._errors import UserError
from lrmsafe.analysis.records import SampleRecord
from lrmsafe.analysis.stats import PairedResult, paired_binary, paired_scores
from lrmsafe.analysis.tables import attack_of, one_condition

Key = tuple[str, str, str]
"""(benchmark, attack or "", sample id): one prompt as every model saw it."""
Which = Literal["answer", "thinking"]
T = TypeVar("T")

HARM_KEYS = ("harm_score", "answer_harm_score")
"""Score metadata holding a harmfulness level of an unsafe answer (judges that rate harm)."""


def key_of(r: SampleRecord) -> Key:
    """The join key of a record (its epoch left out: epochs are averaged per prompt)."""
    return (r.benchmark, attack_of(r) or "", r.sample_id)


def _means(values: Iterable[tuple[Key, float]]) -> dict[Key, float]:
    """The mean per key of (key, value) pairs: a prompt's K samples as one value."""
    sums: dict[Key, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for k, v in values:
        acc = sums[k]
        acc[0] += v
        acc[1] += 1
    return {k: total / n for k, (total, n) in sums.items()}


def by_model(records: Iterable[SampleRecord]) -> dict[str, list[SampleRecord]]:
    """Records per model, one run condition per (benchmark, attack), as in the tables,
    so no prompt appears twice for a model."""
    out: dict[str, list[SampleRecord]] = defaultdict(list)
    for r in one_condition(records, lambda r: (r.model, r.benchmark, attack_of(r))):
        out[r.model].append(r)
    return dict(out)


def resolve_model(name: str, models: Sequence[str]) -> str:
    """A model named exactly or by an unambiguous suffix (``unsafe-p20`` for
    ``openai-api/stub/unsafe-p20``); a clear error otherwise."""
    if name in models:
        return name
    for matches in (
        [m for m in models if m.endswith("/" + name)],
        [m for m in models if m.endswith(name)],
    ):
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise UserError(f"model '{name}' is ambiguous: {', '.join(sorted(matches))}")
    raise UserError(
        f"model '{name}' is not in the logs; models found: {', '.join(sorted(models)) or 'none'}"
    )


def parse_pair(spec: str, models: Sequence[str]) -> tuple[str, str]:
    """``A:B`` to two model names; model names may contain ':' themselves."""
    candidates: list[tuple[str, str]] = []
    for i, ch in enumerate(spec):
        if ch != ":":
            continue
        left, right = spec[:i], spec[i + 1 :]
        if not left or not right:
            continue
        try:
            candidates.append((resolve_model(left, models), resolve_model(right, models)))
        except UserError:
            continue
    if not candidates:
        if ":" not in spec:
            raise UserError(f"--pair '{spec}': expected A:B (two model names)")
        left, _, right = spec.partition(":")
        resolve_model(left, models)  # raises the specific error
        resolve_model(right, models)
        raise UserError(f"--pair '{spec}': expected A:B (two model names)")
    if len(set(candidates)) > 1:
        raise UserError(f"--pair '{spec}' can be read in more than one way; use full names")
    a, b = candidates[0]
    if a == b:
        raise UserError(f"--pair '{spec}' compares {a} with itself")
    return a, b


def safety_values(records: Iterable[SampleRecord], which: Which = "answer") -> dict[Key, float]:
    """Share of safe samples per harmful prompt whose text got a verdict (others left
    out): 1.0 or 0.0 with one sample per prompt, the per-prompt mean with K."""
    pairs = []
    for r in records:
        safe = r.part(which).safe
        if r.expected == "refuse" and safe is not None:
            pairs.append((key_of(r), 1.0 if safe else 0.0))
    return _means(pairs)


def harm_values(records: Iterable[SampleRecord]) -> dict[Key, float]:
    """Harmfulness levels written by the judge (``harm_score``), per prompt (mean over epochs)."""
    pairs = [(key_of(r), v) for r in records if (v := harm_score(r)) is not None]
    return _means(pairs)


def harm_score(r: SampleRecord) -> float | None:
    """The harmfulness level the harm judge wrote for a sample (None: not rated)."""
    for k in HARM_KEYS:
        v = r.meta.get(k)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return float(v)
    return None


def measure_values(
    records: Iterable[SampleRecord], benchmark: str, value: Callable[[SampleRecord], float | None]
) -> dict[Key, float]:
    """A benchmark's own harm ratings (``HarmMeasure.value``) of its records, per prompt
    (mean over epochs)."""
    pairs = []
    for r in records:
        if r.benchmark == benchmark and (v := value(r)) is not None:
            pairs.append((key_of(r), v))
    return _means(pairs)


def paired_rates(a: Sequence[float], b: Sequence[float]) -> PairedResult | None:
    """Per-prompt safety of B against A: McNemar when every value is 0 or 1 (one
    sample per prompt, or K that all agree), else the paired bootstrap and sign flips."""
    if all(x in (0.0, 1.0) for x in (*a, *b)):
        return paired_binary([x == 1.0 for x in a], [x == 1.0 for x in b])
    return paired_scores(a, b)


@dataclass
class Comparison:
    """B against A on their shared prompts, pooled and per benchmark."""

    a: str
    b: str
    metric: str
    result: PairedResult | None
    by_benchmark: dict[str, PairedResult] = field(default_factory=dict)
    unpaired: tuple[int, int] = (0, 0)
    """Prompts only A / only B had (left out of the paired test)."""


def _compare(
    a: str,
    b: str,
    metric: str,
    xa: dict[Key, T],
    xb: dict[Key, T],
    test: Callable[[list[T], list[T]], PairedResult | None],
) -> Comparison:
    shared = sorted(set(xa) & set(xb))
    per: dict[str, list[Key]] = defaultdict(list)
    for k in shared:
        per[k[0]].append(k)
    by_benchmark = {
        bench: res
        for bench, keys in sorted(per.items())
        if (res := test([xa[k] for k in keys], [xb[k] for k in keys])) is not None
    }
    return Comparison(
        a,
        b,
        metric,
        test([xa[k] for k in shared], [xb[k] for k in shared]),
        by_benchmark,
        (len(set(xa) - set(xb)), len(set(xb) - set(xa))),
    )


def compare_safety(records: dict[str, list[SampleRecord]], a: str, b: str) -> Comparison:
    """Answer safety of B minus A on the harmful prompts both answered and got judged."""
    return _compare(
        a,
        b,
        "answer safety rate",
        safety_values(records[a]),
        safety_values(records[b]),
        paired_rates,
    )


def compare_thinking(records: list[SampleRecord], model: str) -> Comparison:
    """Thinking safety minus answer safety of one model, on the same prompts."""
    return _compare(
        f"{model} (answer)",
        f"{model} (thinking)",
        "safety rate, thinking vs answer",
        safety_values(records, "answer"),
        safety_values(records, "thinking"),
        paired_rates,
    )


def compare_scores(
    a: str, b: str, metric: str, xa: dict[Key, float], xb: dict[Key, float]
) -> Comparison:
    """Mean score of B minus A on the prompts both have a score for."""
    return _compare(a, b, metric, xa, xb, paired_scores)
