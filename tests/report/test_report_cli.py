"""`lrmsafe judge run` + `lrmsafe report` end to end on responses with planted rates.

The responses are generated here with a fixed seed: three models answer the
same 300 harmful placeholder prompts; ``base`` is unsafe 20% of the time,
``distill`` 60% (and its thinking more often still), ``twin`` 20% drawn
independently of ``base`` (a planted null). The real CLI imports them through
Inspect (offline refusal judge), then reports.
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
from pathlib import Path
from typing import Any

import pytest

from helpers import lrmsafe
from lrmsafe.testing.stub import COMPLY_ANSWER, COMPLY_THINKING, REFUSE_ANSWER, REFUSE_THINKING

N = 300
PLANTED_SAFE = {"lab/base": 80.0, "lab/distill": 40.0, "lab/twin": 80.0}
PLANTED_THINKING_SAFE = {"lab/distill": 40.0 * 0.75, "lab/twin": 80.0}


def planted_rows(seed: int = 2025) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    for i in range(N):
        prompt = f"placeholder harmful request #{i}"
        base_safe = rng.random() < 0.8
        distill_safe = rng.random() < 0.4
        distill_think_safe = distill_safe and rng.random() < 0.75
        twin_safe = rng.random() < 0.8
        for model, safe, think in (
            ("lab/base", base_safe, None),
            ("lab/distill", distill_safe, distill_think_safe),
            ("lab/twin", twin_safe, twin_safe),
        ):
            row: dict[str, Any] = {
                "prompt": prompt,
                "response": REFUSE_ANSWER if safe else COMPLY_ANSWER,
                "model": model,
                "benchmark": "planted",
                "id": i,
                "category": f"cat-{i % 3}",
            }
            if think is not None:
                row["thinking"] = REFUSE_THINKING if think else COMPLY_THINKING
            rows.append(row)
    return rows


@pytest.fixture(scope="module")
def planted_logs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("planted")
    src = d / "responses.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in planted_rows()), encoding="utf-8")
    logs = d / "logs"
    proc = lrmsafe("judge", "run", str(src), "--log-dir", str(logs), "--display", "none")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "lab/distill" in proc.stdout and "planted" in proc.stdout
    return logs


def report(logs: Path, *args: str) -> Any:
    proc = lrmsafe("report", str(logs), *args)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc


def cell_of(table: dict[str, Any], label: str, column: str) -> dict[str, Any]:
    row = next(r for r in table["rows"] if r["label"] == label)
    cell: dict[str, Any] = row["cells"][column]
    return cell


def test_tables_recover_planted_rates_and_findings_call_them(planted_logs: Path) -> None:
    data = json.loads(
        report(
            planted_logs, "--format", "json", "--pair", "base:distill", "--pair", "base:twin"
        ).stdout
    )
    tables = {t["key"]: t for t in data["tables"]}
    for model, rate in PLANTED_SAFE.items():
        c = cell_of(tables["overview"], model, "planted")
        assert c["n"] == N
        assert c["ci"][0] <= rate <= c["ci"][1], (model, c)
        assert c["ci"][1] - c["ci"][0] < 15
    for model, rate in PLANTED_THINKING_SAFE.items():
        c = cell_of(tables["table7_answer_vs_thinking"], f"{model} - thinking", "planted")
        assert c["ci"][0] <= rate <= c["ci"][1], (model, c)
    # the study's tables are all there, with the reference rows beside the models
    t2 = tables["table2_safety_rate"]
    assert cell_of(t2, "DS-R1 (reported by the study)", "airbench")["value"] == 51.6
    assert cell_of(t2, "lab/base", "airbench") == {"value": None}

    findings = {f["number"]: f for f in data["findings"]}
    status = {t["claim"]: t["status"] for f in findings.values() for t in f["tests"]}
    assert status["lab/distill is less safe than lab/base"] == "supported"
    assert status["lab/twin is less safe than lab/base"] == "not significant"
    assert status["lab/distill: the thinking is less safe than the answer"] == "supported"
    assert status["lab/twin: the thinking is less safe than the answer"] == "not significant"
    planted = next(t for t in findings[2]["tests"] if t["b"] == "lab/distill")
    assert planted["n"] == N and planted["test"] == "McNemar exact"
    assert planted["ci"][0] <= -40 <= planted["ci"][1]
    assert planted["p_holm"] < 1e-6
    assert findings[3]["status"] == "not tested"
    assert any("no harmfulness scores" in n for n in findings[3]["notes"])
    # rows are the same list that --json prints
    rows = json.loads(report(planted_logs, "--json").stdout)
    assert isinstance(rows, list) and rows == data["rows"]
    for r in rows:
        assert {"model", "benchmark", "n", "outcomes", "answer_safety_rate"} <= set(r)
        assert set(r["answer_safety_rate"]) >= {"value", "ci"}


def test_markdown_and_csv_carry_tables_reference_rows_and_findings(
    planted_logs: Path, tmp_path: Path
) -> None:
    md = report(planted_logs, "--format", "md", "--pair", "base:distill").stdout
    assert "### Safety rate per benchmark (study Table 2)" in md
    assert "| *o3-mini (reported by the study)* | 70.1 | 80.9 | 95.4 | 95.0 |" in md
    assert "| lab/base | - | - | - | - |" in md
    assert "### Finding 2: Distilled (or reasoning) model vs its base - **supported**" in md
    assert "Table 5" in md and "Table 7" in md
    out = tmp_path / "report.csv"
    proc = report(planted_logs, "--format", "csv", "--out", str(out))
    assert proc.stdout == "" and "written to" in proc.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    measured = [r for r in rows if r["table"] == "overview" and r["row"] == "lab/distill"]
    assert len(measured) == 1 and float(measured[0]["value"]) == pytest.approx(40.0, abs=8)
    assert int(measured[0]["n"]) == N
    assert any(r["source"] == "reported by the study" for r in rows)
    assert any(r["kind"] == "finding" and r["status"] == "supported" for r in rows)


def test_bad_input_gets_one_line_errors(planted_logs: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"prompt": "p", "response": "r", "model": "m"}\n{"prompt": "p"}\n')
    cases = [
        (["report", str(planted_logs), "--format", "pdf"], "unknown report format"),
        (["report", str(planted_logs), "--pair", "base:nobody"], "not in the logs"),
        (["judge", "run", str(bad), "--log-dir", str(tmp_path / "l")],
         f"{bad}:2: 'response' must be a string"),
    ]  # fmt: skip
    for args, message in cases:
        proc = lrmsafe(*args)
        assert proc.returncode == 2, (args, proc.stderr)
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and message in lines[0], (args, proc.stderr)
    assert not (tmp_path / "l").exists()  # nothing was run


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"prompt": "p", "response": "r", "model": "m", "id": 1}\n' * 2, "duplicate id '1'"),
        ('{"prompt": "p", "response": "r"}\n', "--model NAME"),
        ('{"prompt": "", "response": "r", "model": "m"}\n', "'prompt' must be a non-empty"),
        ('{"prompt": "p", "response": "r", "model": "m", "expected": "x"}\n', "'expected'"),
        ('{"prompt": "p", "response": "r", "model": "m", "metadata": {"model": "y"}}\n',
         "may not set model"),
        ('{"prompt": "p", "response": "r", "model": "m", "finish_reason": "??"}\n',
         "'finish_reason'"),
        ("not json\n", ":1: not valid JSON"),
        ("[1, 2]\n", "JSON object"),
        ("\n\n", "no responses"),
    ],
)  # fmt: skip
def test_import_rejects_bad_lines(tmp_path: Path, text: str, message: str) -> None:
    from lrmsafe._errors import UserError
    from lrmsafe.importer import read_jsonl

    path = tmp_path / "r.jsonl"
    path.write_text(text)
    with pytest.raises(UserError, match=re.escape(message)):
        read_jsonl(str(path))


def test_import_defaults_and_replay_output(tmp_path: Path) -> None:
    from lrmsafe.importer import read_jsonl, replay_output
    from lrmsafe.reasoning import split_output

    path = tmp_path / "r.jsonl"
    path.write_text(
        '{"prompt": "p", "response": "the answer", "thinking": "the thinking", "id": 7}\n'
        '{"prompt": "q", "response": "", "thinking": "still thinking", "model": "x", '
        '"finish_reason": "length"}\n'
    )
    first, second = read_jsonl(str(path), default_model="given")
    assert (first.model, first.benchmark, first.id, first.expected) == (
        "given",
        "imported",
        "7",
        "refuse",
    )
    assert second.id == "line-2" and second.model == "x"
    split = split_output(replay_output(first))
    assert (split.thinking, split.answer, split.outcome) == (
        "the thinking",
        "the answer",
        "answered",
    )
    assert split_output(replay_output(second)).outcome == "budget_exhausted"
