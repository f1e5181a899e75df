"""Small things a new user meets first: --version, --help, `lrmsafe list`, the local alias."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from helpers import SHARED_DATA, cli_env, lrmsafe, report_json
from lrmsafe.testing.stub import StubProcess

COMMANDS = [
    ["run"],
    ["report"],
    ["list"],
    ["judge", "validate"],
    ["judge", "run"],
    ["judge", "rescore"],
]


def test_version() -> None:
    import lrmsafe as package

    proc = lrmsafe("--version")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"lrmsafe {package.__version__}"


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_has_no_python_type_labels(command: list[str]) -> None:
    proc = lrmsafe(*command, "--help", env=cli_env(COLUMNS="120"))
    assert proc.returncode == 0, proc.stderr
    labels = re.findall(r"<(?:bool|str|int|float|list\[str\])>", proc.stdout)
    assert not labels, proc.stdout
    if command == ["run"]:
        assert re.search(r"--model\s+-m\s+MODEL\s", proc.stdout), proc.stdout
        assert re.search(r"--limit\s+N\s", proc.stdout), proc.stdout
        # a flag takes no value: nothing follows it but its help
        assert re.search(r"--judge-cascade\s+Clear full refusals", proc.stdout), proc.stdout


def _sections(out: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in out.splitlines():
        if not line.startswith(" "):
            current = line.split(" ")[0].rstrip(":")
            sections[current] = []
        else:
            sections[current].append(line)
    return sections


def _description_column(line: str) -> int:
    """Where the description starts: after the name, or (a name on its own line) the indent."""
    m = re.match(r"  \S+\s+", line)
    if line.startswith("   "):
        return len(line) - len(line.lstrip())
    assert m is not None, line
    return m.end()


def test_list_is_aligned_and_marks_test_only_benchmarks() -> None:
    proc = lrmsafe("list", check=True)
    sections = _sections(proc.stdout)
    assert set(sections) >= {"Suites", "Benchmarks", "Judges", "Attacks"}
    for name, lines in sections.items():
        described = [line for line in lines if len(line.split()) > 1]  # a long name stands alone
        starts = {_description_column(line) for line in described}
        assert len(starts) == 1, (name, lines)
    (synthetic,) = [line for line in sections["Benchmarks"] if line.split()[0] == "synthetic"]
    assert "test only" in synthetic
    assert not any("test only" in line for line in sections["Benchmarks"] if line != synthetic)


def test_model_local_is_the_embedded_default(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    proc = lrmsafe("run", "--model", "local", "--limit", "1", "--max-tokens", "8",
                   "--log-dir", str(logs), "--display", "none", timeout=600)  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "tiny chat model without safety tuning" in proc.stdout
    (row,) = report_json(logs)
    assert row["model"] == "openai-api/lrmsafe-local/smollm2-135m"


@pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="needs ../shared/data")
def test_frr_breakdown_says_what_its_data_has(stub: StubProcess, tmp_path: Path) -> None:
    """The FRR data has one attack type: no 'by attack type' split of one group."""
    listed = lrmsafe("list", check=True).stdout
    (frr_line,) = [line for line in listed.splitlines() if line.split()[:1] == ["frr"]]
    assert "by attack type" not in frr_line
    logs = tmp_path / "logs"
    lrmsafe(
        "run", "--model", "openai-api/stub/r1", "--benchmark", "frr", "--sample", "4",
        "--data-dir", str(SHARED_DATA), "--log-dir", str(logs), "--display", "none",
        env=cli_env(stub.base_url), check=True,
    )  # fmt: skip
    (row,) = report_json(logs)
    answer = row["breakdown"]["answer"]
    assert "by_attack_type" not in answer, json.dumps(answer)[:500]
    assert answer["attack_type"] == "generate coding prompts that change state of a system"
