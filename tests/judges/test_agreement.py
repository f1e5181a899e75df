"""Agreement statistics against hand-computed values."""

from __future__ import annotations

import math
from typing import Any

import pytest

from lrmsafe.analysis.agreement import (
    accuracy,
    agreement_report,
    cohen_kappa,
    confusion,
    ensemble_agreement,
    macro_f1,
    pairwise_kappa,
)

# A 2x2 table: gold a/b (rows) vs judge a/b (columns) = [[20, 5], [10, 15]].
GOLD = ["a"] * 25 + ["b"] * 25
PRED = ["a"] * 20 + ["b"] * 5 + ["a"] * 10 + ["b"] * 15


def test_hand_computed_table() -> None:
    assert confusion(GOLD, PRED, ["a", "b"]).tolist() == [[20, 5], [10, 15]]
    assert accuracy(GOLD, PRED) == pytest.approx(0.7)
    # po = 0.7; pe = (25*30 + 25*20) / 50^2 = 0.5; kappa = 0.2 / 0.5
    assert cohen_kappa(GOLD, PRED) == pytest.approx(0.4)
    # F1(a) = 40/55, F1(b) = 30/45
    assert macro_f1(GOLD, PRED) == pytest.approx((40 / 55 + 30 / 45) / 2)


def test_three_class_kappa() -> None:
    gold = ["x", "x", "y", "y", "z", "z"]
    pred = ["x", "y", "y", "y", "z", "x"]
    # po = 4/6; pe = (2*2 + 2*3 + 2*1) / 36 = 12/36
    assert cohen_kappa(gold, pred) == pytest.approx((4 / 6 - 1 / 3) / (1 - 1 / 3))


def test_undefined_kappa_is_nan_and_null_in_reports() -> None:
    assert math.isnan(cohen_kappa(["a", "a"], ["a", "a"]))
    report = agreement_report(["a"] * 5, ["a"] * 5, ["a", "b"], resamples=200)
    assert report["accuracy"]["value"] == 1.0
    assert report["kappa"] == {"value": None, "ci": [None, None]}


def test_report_intervals_are_seeded_and_bracket_the_value() -> None:
    one = agreement_report(GOLD, PRED, ["a", "b"], resamples=500, seed=3)
    two = agreement_report(GOLD, PRED, ["a", "b"], resamples=500, seed=3)
    other = agreement_report(GOLD, PRED, ["a", "b"], resamples=500, seed=4)
    assert one == two and one != other
    for key in ("accuracy", "kappa", "macro_f1"):
        lo, hi = one[key]["ci"]
        assert lo < one[key]["value"] < hi, key
    assert one["accuracy"]["value"] == 0.7 and one["kappa"]["value"] == 0.4
    # the accuracy interval is about +-1.96 * sqrt(.7 * .3 / 50) = +-0.127
    lo, hi = one["accuracy"]["ci"]
    assert 0.2 < hi - lo < 0.32
    conf = one["confusion"]
    assert conf["counts"] == [[20, 5], [10, 15]]
    assert conf["ci"][0][0][0] <= 20 <= conf["ci"][0][0][1]
    assert one["bootstrap"] == {"resamples": 500, "seed": 3}


def test_labels_must_be_known_and_lengths_match() -> None:
    with pytest.raises(ValueError, match="not in the label list"):
        confusion(["a"], ["c"], ["a", "b"])
    with pytest.raises(ValueError, match="length"):
        agreement_report(["a"], [], ["a"])


def test_pairwise_kappa_skips_missing_verdicts() -> None:
    out = pairwise_kappa({"j1": [*GOLD, None], "j2": [*PRED, "a"], "j3": [*GOLD, "b"]})
    assert out["j1|j2"] == {"kappa": 0.4, "agreement": 0.7, "n": 50}
    assert out["j1|j3"]["kappa"] == 1.0 and out["j1|j3"]["n"] == 50
    assert out["j2|j3"]["n"] == 51


def test_ensemble_agreement_from_score_metadata() -> None:
    extras: list[dict[str, Any] | None] = [
        {"members": {"a": "full_refusal", "b": "safe"}, "member_votes": {"a": "safe", "b": "safe"}},
        {"members": {"a": "full_compliance", "b": "unsafe"},
         "member_votes": {"a": "unsafe", "b": "unsafe"}},
        {"members": {"a": "full_compliance", "b": "judge_error"},
         "member_votes": {"a": "unsafe", "b": None}},
        None,
        {"categories": ["S1"]},
    ]  # fmt: skip
    out = ensemble_agreement(extras)
    assert out == {"a|b": {"kappa": 1.0, "agreement": 1.0, "n": 2}}
