"""Agreement between a judge and human labels (or between two judges).

Accuracy alone flatters a judge on skewed data (most completions of benign
look-alike prompts are compliant), so Cohen's kappa and macro-F1 are reported
beside it, each with a seeded percentile-bootstrap 95% CI so a reader can tell
a real difference between judges from resampling noise.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from itertools import combinations
from typing import Any

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]

DEFAULT_RESAMPLES = 2000


def label_order(
    gold: Sequence[str], pred: Sequence[str], preferred: Sequence[str] = ()
) -> list[str]:
    """Labels in a stable order: all preferred ones first, then any others sorted."""
    head = list(dict.fromkeys(preferred))
    return head + sorted((set(gold) | set(pred)) - set(head))


def confusion(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> IntArray:
    """Counts: rows are gold labels, columns predicted labels, in ``labels`` order."""
    if len(gold) != len(pred):
        raise ValueError(f"gold and pred differ in length: {len(gold)} != {len(pred)}")
    index = {label: i for i, label in enumerate(labels)}
    unknown = (set(gold) | set(pred)) - set(index)
    if unknown:
        raise ValueError(f"labels not in the label list: {sorted(unknown)}")
    k = len(labels)
    codes = np.array([index[g] * k + index[p] for g, p in zip(gold, pred, strict=True)], np.int64)
    return np.bincount(codes, minlength=k * k).reshape(k, k).astype(np.int64)


def _metrics(cm: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Accuracy, kappa and macro-F1 of a stack of confusion matrices (..., K, K).

    Kappa is NaN where it is undefined (chance agreement of 1: a single label
    on both sides). Macro-F1 averages over the labels that occur in gold or
    prediction of that matrix, as scikit-learn does by default.
    """
    n = cm.sum(axis=(-2, -1))
    diag = np.diagonal(cm, axis1=-2, axis2=-1)
    rows = cm.sum(axis=-1)
    cols = cm.sum(axis=-2)
    with np.errstate(divide="ignore", invalid="ignore"):
        po = diag.sum(axis=-1) / n
        pe = (rows * cols).sum(axis=-1) / (n * n)
        kappa = np.where(np.isclose(pe, 1.0), np.nan, (po - pe) / (1.0 - pe))
        denom = rows + cols
        f1 = np.where(denom > 0, 2.0 * diag / np.where(denom > 0, denom, 1.0), 0.0)
        present = (denom > 0).sum(axis=-1)
        macro = np.where(present > 0, f1.sum(axis=-1) / np.maximum(present, 1), np.nan)
    return po, kappa, macro


def accuracy(gold: Sequence[str], pred: Sequence[str]) -> float:
    """Share of items where the labels agree."""
    labels = label_order(gold, pred)
    return float(_metrics(confusion(gold, pred, labels).astype(np.float64))[0])


def cohen_kappa(a: Sequence[str], b: Sequence[str]) -> float:
    """Cohen's kappa between two labelings; NaN when undefined (one label only)."""
    labels = label_order(a, b)
    return float(_metrics(confusion(a, b, labels).astype(np.float64))[1])


def macro_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    """Unweighted mean of per-label F1 over the labels that occur."""
    labels = label_order(gold, pred)
    return float(_metrics(confusion(gold, pred, labels).astype(np.float64))[2])


def _num(x: float) -> float | None:
    """JSON-safe number: NaN (undefined) becomes None, others rounded."""
    return None if math.isnan(x) else round(float(x), 4)


def _ci(values: FloatArray) -> list[float | None]:
    finite = values[~np.isnan(values)]
    if finite.size == 0:
        return [None, None]
    lo, hi = np.percentile(finite, [2.5, 97.5])
    return [_num(float(lo)), _num(float(hi))]


def agreement_report(
    gold: Sequence[str],
    pred: Sequence[str],
    labels: Sequence[str] | None = None,
    *,
    resamples: int = DEFAULT_RESAMPLES,
    seed: int = 0,
) -> dict[str, Any]:
    """Accuracy, kappa, macro-F1 and confusion matrix, each with a bootstrap 95% CI.

    Percentile bootstrap over items (``resamples`` draws from a generator seeded
    with ``seed``, so the same data always prints the same intervals).
    Confusion-cell intervals are intervals on the cell counts.
    """
    if len(gold) != len(pred):
        raise ValueError(f"gold and pred differ in length: {len(gold)} != {len(pred)}")
    n = len(gold)
    labels = list(labels) if labels is not None else label_order(gold, pred)
    k = len(labels)
    cm = confusion(gold, pred, labels)
    report: dict[str, Any] = {"n": n, "labels": labels}
    if n == 0:
        empty = {"value": None, "ci": [None, None]}
        report.update(accuracy=empty, kappa=dict(empty), macro_f1=dict(empty))
        report["confusion"] = {"labels": labels, "counts": cm.tolist(), "ci": []}
        report["bootstrap"] = {"resamples": resamples, "seed": seed}
        return report
    acc, kap, mf1 = _metrics(cm.astype(np.float64))
    index = {label: i for i, label in enumerate(labels)}
    codes = np.array([index[g] * k + index[p] for g, p in zip(gold, pred, strict=True)], np.int64)
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, n, size=(resamples, n))
    offsets = (np.arange(resamples, dtype=np.int64) * k * k)[:, None]
    flat = np.bincount((codes[draws] + offsets).ravel(), minlength=resamples * k * k)
    boot = flat.reshape(resamples, k, k).astype(np.float64)
    b_acc, b_kap, b_mf1 = _metrics(boot)
    cell_lo = np.percentile(boot, 2.5, axis=0)
    cell_hi = np.percentile(boot, 97.5, axis=0)
    report["accuracy"] = {"value": _num(float(acc)), "ci": _ci(b_acc)}
    report["kappa"] = {"value": _num(float(kap)), "ci": _ci(b_kap)}
    report["macro_f1"] = {"value": _num(float(mf1)), "ci": _ci(b_mf1)}
    report["confusion"] = {
        "labels": labels,
        "rows": "gold",
        "columns": "judge",
        "counts": cm.tolist(),
        "ci": [
            [[round(float(cell_lo[i, j]), 1), round(float(cell_hi[i, j]), 1)] for j in range(k)]
            for i in range(k)
        ],
    }
    report["bootstrap"] = {"resamples": resamples, "seed": seed}
    return report


def pairwise_kappa(labelings: Mapping[str, Sequence[str | None]]) -> dict[str, dict[str, Any]]:
    """Cohen's kappa for every pair of judges, over items both judged.

    ``labelings`` maps a judge name to its labels per item (None where that
    judge gave no verdict); keys of the result are ``"a|b"``.
    """
    out: dict[str, dict[str, Any]] = {}
    for a, b in combinations(sorted(labelings), 2):
        la, lb = labelings[a], labelings[b]
        if len(la) != len(lb):
            raise ValueError(f"judges {a} and {b} labelled different numbers of items")
        pairs = [(x, y) for x, y in zip(la, lb, strict=True) if x is not None and y is not None]
        if not pairs:
            out[f"{a}|{b}"] = {"kappa": None, "agreement": None, "n": 0}
            continue
        xs = [x for x, _ in pairs]
        ys = [y for _, y in pairs]
        out[f"{a}|{b}"] = {
            "kappa": _num(cohen_kappa(xs, ys)),
            "agreement": _num(accuracy(xs, ys)),
            "n": len(pairs),
        }
    return out


def ensemble_agreement(extras: Sequence[Mapping[str, Any] | None]) -> dict[str, dict[str, Any]]:
    """Pairwise kappa of an ensemble's members from per-item judge extras.

    Each item is the judge extra an ensemble wrote into the score metadata (a
    record's ``part(column).judge_extra``, see lrmsafe.score_metadata):
    ``member_votes`` (each member's verdict in the label space the ensemble
    voted in, so a refusal judge and a harm judge are comparable), else
    ``members`` (raw verdicts). Items without either are skipped;
    non-verdicts do not count as agreement.
    """
    from lrmsafe.vocab import NON_VERDICTS

    rows: list[Mapping[str, Any]] = []
    for e in extras:
        if not e:
            continue
        row = e.get("member_votes", e.get("members"))
        if isinstance(row, Mapping):
            rows.append(row)
    names = sorted({name for row in rows for name in row})
    labelings: dict[str, list[str | None]] = {
        name: [
            None if row.get(name) in NON_VERDICTS or row.get(name) is None else str(row[name])
            for row in rows
        ]
        for name in names
    }
    return pairwise_kappa(labelings)
