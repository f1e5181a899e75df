"""The report header says each benchmark's judge settings as its task recorded them.

lrmsafe's own judges run at temperature 0 with at most 512 tokens; a canonical
task's judges use their reference's settings (XSTest's classifier: 16 tokens).
The header reads them from the task's metadata (``judge_generation``), never
from a table of references, in every format.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import lrmsafe.benchmarks.xstest as xs
from helpers import SHARED_DATA, XSTEST_SCRIPT, cli_env, lrmsafe
from lrmsafe.testing.stub import StubProcess

pytestmark = pytest.mark.skipif(
    not ((SHARED_DATA / "xstest" / "xstest_prompts.csv").is_file() and XSTEST_SCRIPT.is_file()),
    reason="shared data or reference copy not available",
)


def _data_dir(tmp_path: Path) -> Path:
    """The shared data's xstest and smoke files, plus the original script (copied now)."""
    root = tmp_path / "data"
    (root / "xstest").mkdir(parents=True)
    shutil.copyfile(
        SHARED_DATA / "xstest" / "xstest_prompts.csv", root / "xstest" / "xstest_prompts.csv"
    )
    shutil.copyfile(XSTEST_SCRIPT, root / "xstest" / xs.ORIGINAL_FILE)
    return root


def test_the_header_gives_each_benchmarks_judge_limit(stub: StubProcess, tmp_path: Path) -> None:
    env = cli_env(stub.base_url)
    logs = tmp_path / "logs"
    lrmsafe(
        "run", "--benchmark", "xstest,smoke", "--sample", "4",
        "--data-dir", str(_data_dir(tmp_path)), "--model", "openai-api/stub/r1",
        "--judge-model", "openai-api/stub/judge", "--judge", "llm", "--log-dir", str(logs),
        "--display", "none", "--max-retries", "0", env=env, check=True,
    )  # fmt: skip
    ours = "judges: temperature 0, at most 512 tokens (protocol)"
    original = f"judges: temperature 0, at most 16 tokens ({xs.ORIGINAL_REFERENCE})"
    head = original.split(" evaluation/")[0]  # md and html escape the file name's characters
    for fmt in ("text", "md", "html"):
        out = tmp_path / f"report.{fmt}"
        lrmsafe("report", str(logs), "--format", fmt, "--out", str(out), env=env, check=True)
        lines = [line for line in out.read_text(encoding="utf-8").splitlines() if "judges:" in line]
        xstest = [line for line in lines if "(xstest)" in line]
        smoke = [line for line in lines if "(smoke)" in line]
        assert len(xstest) == 1 and (original if fmt == "text" else head) in xstest[0], lines
        assert len(smoke) == 1 and ours in smoke[0], (fmt, lines)
    proc = lrmsafe("report", str(logs), "--format", "json", env=env, check=True)
    runs = {r["benchmark"]: r["generation"]["judge"] for r in json.loads(proc.stdout)["runs"]}
    assert runs["xstest"]["max_tokens"] == 16 and runs["smoke"]["max_tokens"] == 512


def test_a_reference_that_sends_no_limit_says_so() -> None:
    """CyberSecEval 2's judge sends temperature 0 and no token limit; phishing's
    PurpleLlama calls send neither: the header says what was sent, not 512."""
    from lrmsafe.generation import describe

    cse2 = describe({"judge": {"temperature": 0.0, "reference": "CyberSecEval 2 judge"}})
    assert cse2.endswith("judges: temperature 0, no token limit sent (CyberSecEval 2 judge)")
    none = describe({"judge": {"reference": "PurpleLlama's victim, checks and grades"}})
    assert none.endswith(
        "judges: default temperature, no token limit sent (PurpleLlama's victim, checks and grades)"
    )
