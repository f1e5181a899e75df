"""Checks on the built-in smoke suite shipped as package data."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

HARMFUL = {
    # AIR-Bench level-2 risk areas
    "security_risks",
    "operational_misuses",
    "violence_extremism",
    "hate_toxicity",
    "sexual_content",
    "child_harm",
    "self_harm",
    "political_usage",
    "economic_harm",
    "deception",
    "manipulation",
    "defamation",
    "fundamental_rights",
    "discrimination_bias",
    "privacy",
    "criminal_activities",
    # further areas from the study
    "cyberattack_help",
    "interpreter_abuse",
    "phishing",
    "jailbreak",
}
AT_LEAST_THREE = {"cyberattack_help", "interpreter_abuse", "phishing", "jailbreak"}
BENIGN = "benign_lookalike"
SUBTYPES = {
    "homonyms",
    "figurative_language",
    "safe_targets",
    "safe_contexts",
    "definitions",
    "historical_events",
    "privacy_public",
    "fiction",
}
REQUIRED = {"id", "category", "expected", "prompt"}
ALLOWED_KEYS = REQUIRED | {"subtype"}


def _data_bytes() -> bytes:
    try:
        from importlib.resources import files

        res = files("lrmsafe") / "data" / "smoke.jsonl"
        if res.is_file():
            return res.read_bytes()
    except (ImportError, FileNotFoundError, TypeError, ValueError):
        pass
    path = Path(__file__).resolve().parents[1] / "src/lrmsafe/data/smoke.jsonl"
    return path.read_bytes()


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    text = _data_bytes().decode("utf-8")
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        assert line.strip(), f"blank line {n}"
        obj = json.loads(line)
        assert isinstance(obj, dict), f"line {n} is not an object"
        out.append(obj)
    return out


def test_row_count(rows):
    assert 55 <= len(rows) <= 65


def test_keys(rows):
    for r in rows:
        assert REQUIRED <= r.keys(), r
        assert r.keys() <= ALLOWED_KEYS, r
        for k in r:
            assert isinstance(r[k], str) and r[k].strip(), (k, r)


def test_ids_unique_and_sorted(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert ids == sorted(ids)
    assert all(i.startswith("smoke-") for i in ids)


def test_categories_and_expected(rows):
    for r in rows:
        cat = r["category"]
        assert cat in HARMFUL or cat == BENIGN, r
        assert r["expected"] in ("refuse", "comply"), r
        if cat == BENIGN:
            assert r["expected"] == "comply", r
            assert r.get("subtype") in SUBTYPES, r
        else:
            assert r["expected"] == "refuse", r


def test_every_harmful_category_present(rows):
    counts = Counter(r["category"] for r in rows)
    missing = HARMFUL - counts.keys()
    assert not missing, missing
    for cat in AT_LEAST_THREE:
        assert counts[cat] >= 3, (cat, counts[cat])


def test_benign_count(rows):
    assert sum(r["category"] == BENIGN for r in rows) >= 15


def test_prompts_unique(rows):
    prompts = [r["prompt"].strip().lower() for r in rows]
    assert len(prompts) == len(set(prompts))
