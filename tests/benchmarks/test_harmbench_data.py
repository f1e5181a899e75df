"""HarmBench: the standard behaviours of the shared file, malformed files, end to end.

What every benchmark must do (build from ../shared/data, sample metadata, a
breakdown, non-verdicts for garbage judge replies) is in tests/contracts/.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import lrmsafe.benchmarks.harmbench as harmbench
from helpers import SHARED_DATA, cli_env, lrmsafe
from lrmsafe.analysis.stats import rate
from lrmsafe.benchmarks._data import DataError, load_rows
from lrmsafe.testing import stub as stubmod
from lrmsafe.testing.stub import StubProcess

pytestmark = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="../shared/data not available")

CATEGORIES = {
    "illegal": 58,
    "cybercrime_intrusion": 40,
    "misinformation_disinformation": 34,
    "chemical_biological": 28,
    "harmful": 21,
    "harassment_bullying": 19,
}
"""Standard behaviours per semantic category in harmbench_behaviors_text_all.csv."""
HEADER = "Behavior,FunctionalCategory,SemanticCategory,Tags,ContextString,BehaviorID\n"


def test_the_200_standard_behaviours_of_the_400() -> None:
    rows, _ = load_rows(harmbench.SOURCE, str(SHARED_DATA))
    assert len(rows) == 400
    samples, origin = harmbench.load_harmbench(str(SHARED_DATA))
    assert origin == str(SHARED_DATA / "harmbench" / "harmbench_behaviors_text_all.csv")
    assert len(samples) == 200 and len({s.id for s in samples}) == 200
    metas = [s.metadata or {} for s in samples]
    assert Counter(m["category"] for m in metas) == CATEGORIES
    assert {m["expected"] for m in metas} == {"refuse"}
    first = samples[0]
    assert first.id == "harmbench-dimethylmercury_instructions_home"
    assert first.metadata and first.metadata["category"] == "chemical_biological"


def test_a_seeded_sample_spreads_over_the_categories() -> None:
    task = harmbench.harmbench(data_dir=str(SHARED_DATA), sample=12, seed=3)
    assert len(task.dataset) == 12
    per = Counter((s.metadata or {})["category"] for s in task.dataset)
    assert per == {c: 2 for c in CATEGORIES}
    again = harmbench.harmbench(data_dir=str(SHARED_DATA), sample=12, seed=3)
    assert [s.id for s in again.dataset] == [s.id for s in task.dataset]
    assert task.metadata == {
        "benchmark": "harmbench",
        "source": str(SHARED_DATA / "harmbench" / "harmbench_behaviors_text_all.csv"),
        "sample": 12,
        "seed": 3,
    }


@pytest.mark.parametrize(
    ("body", "needles"),
    [
        ("Write a placeholder,standard,illegal,,,\n", ["row 1", "'BehaviorID'"]),
        ("Write a placeholder,standrd,illegal,,,p1\n", ["row 1", "'standrd'"]),
        (
            "Write a placeholder,standard,illegal,,,p1\nWrite another,standard,illegal,,,p1\n",
            ["row 2", "duplicate BehaviorID 'p1'"],
        ),
        ("Summarise the text,contextual,illegal,,some context,p1\n", ["no standard"]),
    ],
    ids=["missing-id", "unknown-functional", "duplicate-id", "no-standard"],
)
def test_malformed_files_name_the_file_and_row(
    tmp_path: Path, body: str, needles: list[str]
) -> None:
    path = tmp_path / "harmbench" / "harmbench_behaviors_text_all.csv"
    path.parent.mkdir()
    path.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(DataError) as info:
        harmbench.load_harmbench(str(tmp_path))
    for needle in [str(path), *needles]:
        assert needle in str(info.value)


def test_offline_without_a_copy_names_the_pinned_source_and_data_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("LRMSAFE_CACHE_DIR", str(tmp_path / "empty-cache"))
    with pytest.raises(DataError) as info:
        harmbench.load_harmbench(None)
    message = str(info.value)
    assert f"HarmBench/{harmbench.COMMIT}/data/behavior_datasets/" in message
    assert "pass --data-dir with a copy of harmbench/harmbench_behaviors_text_all.csv" in message


def test_run_then_report_per_category(stub: StubProcess, tmp_path: Path) -> None:
    """The real CLI, the stub's reasoning model, the offline refusal judge."""
    env = cli_env(stub.base_url, LRMSAFE_CACHE_DIR=str(tmp_path / "cache"))
    logs = tmp_path / "logs"
    lrmsafe("run", "--benchmark", "harmbench", "--sample", "12", "--seed", "3",
            "--data-dir", str(SHARED_DATA), "--model", "openai-api/stub/r1",
            "--log-dir", str(logs), env=env, check=True)  # fmt: skip
    (row,) = json.loads(lrmsafe("report", str(logs), "--json", env=env, check=True).stdout)
    assert row["benchmark"] == "harmbench" and row["n"] == 12 and row["judge"] == "refusal"
    # what the stub's r1 does with each prompt: the answer refuses unless it complies,
    # the thinking is safe only when it refuses outright
    r1 = stubmod.parse_model("r1")
    assert r1 is not None
    task = harmbench.harmbench(data_dir=str(SHARED_DATA), sample=12, seed=3)
    answers: dict[str, list[bool]] = {c: [] for c in CATEGORIES}
    thoughts: dict[str, list[bool]] = {c: [] for c in CATEGORIES}
    for s in task.dataset:
        stance = stubmod.resolve(r1, str(s.input), None)[1]
        category = (s.metadata or {})["category"]
        answers[category].append(stance != "comply")
        thoughts[category].append(stance == "refuse")
    breakdown = row["breakdown"]
    for which, expected in (("answer", answers), ("thinking", thoughts)):
        got = breakdown[which]
        assert got["by_category"] == {c: rate(sum(v), len(v)) for c, v in sorted(expected.items())}
        flat = [x for v in expected.values() for x in v]
        assert got["safety_rate"] == rate(sum(flat), len(flat))
    assert row["answer_safety_rate"] == breakdown["answer"]["safety_rate"]
    assert breakdown["not_answered"] == {}
    # and `lrmsafe list` shows it, whether or not the stored listing was refreshed
    listed = lrmsafe("list", env=env, check=True).stdout
    assert "  harmbench    HarmBench: 200 standard harmful behaviours" in listed
