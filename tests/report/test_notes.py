"""Notes come from what ran, once each.

"Judge 'refusal' measures refusal, not harm" is printed when (and only when) a
task's harmful prompts were judged by a judge that measures refusal, and once;
the study's WildGuard Table 5/7 note once, and only when WildGuard ran.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import SHARED_DATA, cli_env, lrmsafe
from lrmsafe.testing.stub import COMPLY_ANSWER, StubProcess

needs_shared = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="needs ../shared/data")

REFUSAL_NOTE = "measures refusal, not harm"
WILDGUARD_NOTE = "Table 5 (WildGuard ASR) and Table 7 (WildGuard answer safety) disagree"


def _run(stub: StubProcess, logs: Path, *args: str) -> str:
    proc = lrmsafe(
        "run", "--model", "openai-api/stub/r1", "--sample", "4", "--log-dir", str(logs),
        "--display", "none", "--data-dir", str(SHARED_DATA), *args,
        env=cli_env(stub.base_url), check=True,
    )  # fmt: skip
    return proc.stdout


@pytest.fixture(scope="module")
def llm_judged(stub: StubProcess, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """smoke, xstest and wildguard judged by the LLM judge (xstest by its refusal rubric)."""
    if not SHARED_DATA.is_dir():
        pytest.skip("needs ../shared/data")
    logs = tmp_path_factory.mktemp("notes") / "llm"
    out = _run(stub, logs, "--benchmark", "smoke,xstest,wildguard",
               "--judge-model", "openai-api/stub/judge")  # fmt: skip
    return logs, out


@pytest.fixture(scope="module")
def refusal_judged(stub: StubProcess, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """smoke judged by the offline refusal judge; the stub's r1 shows its thinking."""
    logs = tmp_path_factory.mktemp("notes") / "refusal"
    return logs, _run(stub, logs, "--benchmark", "smoke")


@needs_shared
def test_no_refusal_note_when_the_llm_judge_judged_every_harmful_prompt(
    llm_judged: tuple[Path, str],
) -> None:
    logs, out = llm_judged
    assert REFUSAL_NOTE not in out, out
    report = lrmsafe("report", str(logs), check=True).stdout
    assert REFUSAL_NOTE not in report


def test_refusal_note_once_when_the_refusal_judge_ran(refusal_judged: tuple[Path, str]) -> None:
    logs, out = refusal_judged
    assert out.count(REFUSAL_NOTE) == 1, out
    report = lrmsafe("report", str(logs), check=True).stdout
    assert report.count(REFUSAL_NOTE) == 1, report
    # the judge's measured accuracy on unseen text, and which way it errs, beside its numbers
    assert report.count("its safety rates are a lower bound") == 1, report


def test_refusal_note_once_after_judge_run(stub: StubProcess, tmp_path: Path) -> None:
    lines = [{"prompt": f"placeholder request {i}", "response": COMPLY_ANSWER} for i in range(3)]
    data = tmp_path / "r.jsonl"
    data.write_text("".join(json.dumps(x) + "\n" for x in lines))
    proc = lrmsafe(
        "judge", "run", str(data), "--model", "lab/m", "--log-dir", str(tmp_path / "logs"),
        "--display", "none", env=cli_env(stub.base_url), check=True,
    )  # fmt: skip
    assert proc.stdout.count(REFUSAL_NOTE) == 1, proc.stdout


@needs_shared
@pytest.mark.parametrize("fmt", ["text", "md"])
def test_wildguard_note_once_when_wildguard_ran(llm_judged: tuple[Path, str], fmt: str) -> None:
    logs, _ = llm_judged
    report = lrmsafe("report", str(logs), "--format", fmt, check=True).stdout
    assert report.count(WILDGUARD_NOTE) == 1, report


@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_no_wildguard_note_without_wildguard(
    refusal_judged: tuple[Path, str], fmt: str, tmp_path: Path
) -> None:
    logs, _ = refusal_judged
    out = tmp_path / f"report.{fmt}"
    lrmsafe("report", str(logs), "--format", fmt, "--out", str(out), check=True)
    report = out.read_text(encoding="utf-8")
    assert "thinking" in report  # Table 7 (answer vs thinking) is shown: r1's thinking is visible
    assert WILDGUARD_NOTE not in report, report
    # every format says beside the numbers what the offline judge measures and how well
    assert report.count(REFUSAL_NOTE) == 1, report
    assert report.count("its safety rates are a lower bound") == 1, report
