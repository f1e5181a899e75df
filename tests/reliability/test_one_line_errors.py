"""More bad input that must end in one line ``lrmsafe: error: ...``, exit 2.

Each case is a mistake a user can make and fix (a file in another encoding,
JSON nested or numbered past Python's limits, a malformed or out-of-range
URL, a report path into a missing folder or onto a folder, a zero token
budget, an empty benchmark list, a full disk in the middle of a run). Cases
run the real entry point in-process, as in test_bad_input.py, with the stub
server on 127.0.0.1 where an endpoint must answer.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from test_bad_input import M, assert_one_line_error, checksums, env, existing_logs, run_cli

from helpers import cli_env, mounted
from lrmsafe.testing.stub import StubProcess

__all__ = ["env", "existing_logs"]  # fixtures shared with test_bad_input.py

ROW = {"prompt": "placeholder request", "response": "I can't help with that.", "model": "m"}
DEEP = "[" * 100_000 + "]" * 100_000
HUGE_INT = "1" + "0" * 5000


def _jsonl(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


IMPORTS: dict[str, tuple[bytes, tuple[str, ...]]] = {
    # id: (file bytes, words the one line must contain)
    "utf-16": ((json.dumps(ROW) + "\n").encode("utf-16"), ("not UTF-8", "UTF-16")),
    "utf-16-le no BOM": ((json.dumps(ROW) + "\n").encode("utf-16-le"), ("not UTF-8", "UTF-16")),
    "latin-1": (
        (json.dumps({**ROW, "response": "caf\u00e9"}, ensure_ascii=False) + "\n").encode("latin-1"),
        ("not UTF-8", "line 1"),
    ),
    "deep nesting": (
        (
            '{"prompt": "p", "response": "r", "model": "m", "metadata": {"x": ' + DEEP + "}}\n"
        ).encode(),
        (":1:", "nested too deeply"),
    ),
    "metadata 400 levels deep": (
        (
            '{"prompt": "p", "response": "r", "model": "m", "metadata": {"x": '
            + "[" * 400
            + "]" * 400
            + "}}\n"
        ).encode(),
        (":1:", "'metadata' nested too deeply"),
    ),
    "huge integer id": (
        ('{"prompt": "p", "response": "r", "model": "m", "id": ' + HUGE_INT + "}\n").encode(),
        (":1:", "number"),
    ),
}


@pytest.mark.usefixtures("env")
@pytest.mark.parametrize("case", sorted(IMPORTS))
def test_bad_import_file_is_one_line_exit_2(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, needles = IMPORTS[case]
    path = tmp_path / "responses.jsonl"
    path.write_bytes(data)
    code, out, err = run_cli(
        capsys, "judge", "run", str(path), "--log-dir", str(tmp_path / "logs"), "--display", "none"
    )
    line = assert_one_line_error(code, out, err, str(path), *needles)
    assert len(line) < 600, line
    assert not (tmp_path / "logs").exists()


@pytest.mark.usefixtures("env")
@pytest.mark.parametrize(
    ("line", "needles"),
    [(DEEP, ("nested too deeply",)), ('{"prompt": ' + HUGE_INT + "}", ("number",))],
    ids=["deep nesting", "huge integer"],
)
def test_bad_data_file_json_is_one_line_exit_2(
    line: str,
    needles: tuple[str, ...],
    tmp_path: Path,
    existing_logs: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = tmp_path / "data"
    (data / "wildguard").mkdir(parents=True)
    _jsonl(data / "wildguard" / "wildguardtest.jsonl", line)
    before = checksums(existing_logs)
    code, out, err = run_cli(
        capsys, "run", "--benchmark", "wildguard", "--data-dir", str(data), "--model", M,
        "--limit", "1", "--log-dir", str(existing_logs), "--display", "none",
    )  # fmt: skip
    assert_one_line_error(code, out, err, "wildguardtest.jsonl", *needles)
    assert checksums(existing_logs) == before


RUN_CASES: dict[str, tuple[list[str], dict[str, str], tuple[str, ...]]] = {
    # id: (arguments after `run`, environment, words the one line must contain)
    "port out of range": (
        ["--model", "openai-api/bigport/m"],
        {"BIGPORT_BASE_URL": "http://127.0.0.1:99999/v1", "BIGPORT_API_KEY": "x"},
        ("BIGPORT_BASE_URL", "port", "99999"),
    ),
    "port not a number": (
        ["--model", "openai-api/badport/m"],
        {"BADPORT_BASE_URL": "http://127.0.0.1:80a/v1", "BADPORT_API_KEY": "x"},
        ("BADPORT_BASE_URL", "port"),
    ),
    "malformed IPv6": (
        ["--model", "openai-api/v6/m"],
        {"V6_BASE_URL": "http://[::1/v1", "V6_API_KEY": "x"},
        ("V6_BASE_URL", "IPv6"),
    ),
    "malformed IPv6 endpoint": (
        ["--model", M, "--endpoints", "http://[::1:8000/v1"],
        {},
        ("--endpoints", "IPv6"),
    ),
    "endpoint port out of range": (
        ["--model", M, "--endpoints", "http://127.0.0.1:70000/v1"],
        {},
        ("--endpoints", "port", "70000"),
    ),
    "max tokens 0": (["--model", M, "--max-tokens", "0"], {}, ("--max-tokens", "at least 1")),
    "max tokens negative": (
        ["--model", M, "--max-tokens", "-5"],
        {},
        ("--max-tokens", "at least 1"),
    ),
    "empty benchmark": (["--model", M, "--benchmark", ""], {}, ("--benchmark", "lrmsafe list")),
    "empty suite": (["--model", M, "--suite", ""], {}, ("unknown suite ''", "choose from")),
    "benchmark of commas": (
        ["--model", M, "--benchmark", " , "],
        {},
        ("--benchmark", "lrmsafe list"),
    ),
}


@pytest.mark.usefixtures("env")
@pytest.mark.parametrize("case", sorted(RUN_CASES))
def test_bad_run_setting_is_one_line_exit_2(
    case: str,
    existing_logs: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args, environ, needles = RUN_CASES[case]
    for key, value in environ.items():
        monkeypatch.setenv(key, value)
    before = checksums(existing_logs)
    code, out, err = run_cli(
        capsys, "run", *args, "--log-dir", str(existing_logs), "--display", "none"
    )
    assert_one_line_error(code, out, err, *needles)
    assert checksums(existing_logs) == before


@pytest.mark.usefixtures("env")
@pytest.mark.parametrize(
    ("option", "target", "needles"),
    [
        ("--html", "{missing}/r.html", ("--html", "no such folder")),
        ("--html", "{folder}", ("--html", "is a folder")),
        ("--out", "{missing}/r.md", ("--out", "no such folder")),
        ("--out", "{folder}", ("--out", "is a folder")),
    ],
)
def test_report_path_into_a_missing_folder_or_onto_a_folder(
    option: str,
    target: str,
    needles: tuple[str, ...],
    existing_logs: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = target.replace("{missing}", str(tmp_path / "nope")).replace("{folder}", str(tmp_path))
    before = checksums(existing_logs)
    code, out, err = run_cli(capsys, "report", str(existing_logs), "--format", "md", option, path)
    assert_one_line_error(code, out, err, path, *needles)
    assert checksums(existing_logs) == before
    assert not (tmp_path / "nope").exists()


@pytest.mark.usefixtures("env")
def test_judge_run_on_a_folder_of_another_run_names_lrmsafe_options(
    existing_logs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _jsonl(tmp_path / "responses.jsonl", json.dumps(ROW))
    before = checksums(existing_logs)
    code, out, err = run_cli(
        capsys, "judge", "run", str(path), "--log-dir", str(existing_logs), "--display", "none"
    )
    line = assert_one_line_error(code, out, err, "holds logs of a different run", "own --log-dir")
    assert "allow-dirty" not in line, line
    assert checksums(existing_logs) == before


# --------------------------------------------------------------------------- #
# The disk fills up in the middle of a run
# --------------------------------------------------------------------------- #


def _fill(disk: Path) -> None:
    with contextlib.suppress(OSError), (disk / "filler").open("wb") as fh:
        while True:
            fh.write(b"\0" * 65536)
            fh.flush()


def test_disk_full_in_the_middle_of_a_run(fresh_stub: StubProcess, tmp_path: Path) -> None:
    """The log folder fills up once the run has started: say so, and how to resume."""
    fresh_stub.configure({"latency": {"judge*": 0.0, "*": 0.3}})  # a run that takes a while
    disk = tmp_path / "disk"
    with mounted(disk, "size=8m") as ok:
        if not ok:
            pytest.skip("a tmpfs needs root and mount (not available here)")
        logs = disk / "logs"
        proc = subprocess.Popen(
            [
                sys.executable, "-m", "lrmsafe.cli", "run", "--benchmark", "synthetic", "--sample",
                "40", "--model", M, "--max-connections", "1",
                "--log-dir", str(logs), "--display", "none",
            ],
            env=cli_env(fresh_stub.base_url), text=True,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        started = threading.Event()

        def fill_once_started() -> None:
            # the run has started when its first log file exists (it has passed every check)
            while proc.poll() is None and not list(logs.glob("*.eval")):
                started.wait(0.05)
            started.set()
            _fill(disk)

        filler = threading.Thread(target=fill_once_started, daemon=True)
        filler.start()
        try:
            out, err = proc.communicate(timeout=600)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        filler.join()
        assert started.is_set()
        line = assert_one_line_error(proc.returncode, out, err, "No space left", str(logs))
        assert "free" in line and "resume" in line, line


@pytest.mark.usefixtures("env")
@pytest.mark.parametrize(
    ("fmt", "data", "needles"),
    [
        ("jsonl", DEEP.encode(), ("line 1", "nested too deeply")),
        ("jsonl", ('{"prompt": ' + HUGE_INT + "}").encode(), ("line 1", "number")),
        ("jsonl", '{"prompt": "p"}\n'.encode("utf-16"), ("not UTF-8", "UTF-16")),
        ("harmbench", ("{" + '"a": ' * 1 + DEEP + "}").encode(), ("nested too deeply",)),
    ],
    ids=["deep nesting", "huge integer", "utf-16", "harmbench deep nesting"],
)
def test_bad_validation_file_is_one_line_exit_2(
    fmt: str,
    data: bytes,
    needles: tuple[str, ...],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / f"labels.{'json' if fmt == 'harmbench' else fmt}"
    path.write_bytes(data)
    code, out, err = run_cli(
        capsys, "judge", "validate", "--judge", "refusal", "--data", str(path), "--format", fmt
    )
    assert_one_line_error(code, out, err, str(path), *needles)
