"""Bad input: one line naming the problem and the fix, exit 2, existing logs untouched.

Every case runs the real CLI entry point (``lrmsafe.cli.main``) in-process
(fast: the matrix has ~90 cases) with the stub server on 127.0.0.1 for the
endpoints that must be reachable; a few run as real processes. Each case
points ``--log-dir`` at a folder holding a finished run's logs, checksummed
before and after.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import inspect
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import SHARED_DATA, cli_env, lrmsafe, mounted
from lrmsafe.benchmarks import BENCHMARKS
from lrmsafe.cli import main
from lrmsafe.testing.stub import StubProcess

M = "openai-api/stub/r1"
FORMATS = {".json": "json", ".jsonl": "jsonl", ".csv": "csv", ".tsv": "tsv"}
DATA_BENCHMARKS = sorted(
    name for name, b in BENCHMARKS.items() if "data_dir" in inspect.signature(b.task).parameters
)


def checksums(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (names and contents)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def existing_logs(stub: StubProcess, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A log folder with a finished run in it (real Inspect logs)."""
    logs = tmp_path_factory.mktemp("existing") / "logs"
    lrmsafe(
        "run", "--benchmark", "synthetic", "--sample", "3", "--model", M,
        "--log-dir", str(logs), "--display", "none", env=cli_env(stub.base_url), check=True,
    )  # fmt: skip
    assert list(logs.glob("*.eval"))
    return logs


@pytest.fixture
def env(stub: StubProcess, monkeypatch: pytest.MonkeyPatch) -> None:
    """The in-process CLI's environment: offline, the stub, dead and key-less services."""
    for key in [k for k in os.environ if k.startswith("INSPECT_")]:
        monkeypatch.delenv(key)
    for key, value in cli_env(stub.base_url).items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("DEAD_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("DEAD_API_KEY", "x")
    monkeypatch.setenv("NOKEY_BASE_URL", stub.base_url)
    monkeypatch.delenv("NOKEY_API_KEY", raising=False)
    monkeypatch.delenv("NOURL_BASE_URL", raising=False)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``lrmsafe ARGS`` through the console-script entry point; (status, stdout, stderr)."""
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out, err = capsys.readouterr()
    code = exit_info.value.code
    return (code if isinstance(code, int) else 1), out, err


def assert_one_line_error(code: int, out: str, err: str, *needles: str) -> str:
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert code == 2, (code, err[-2000:])
    assert len(lines) == 1, err[-2000:]
    assert lines[0].startswith("lrmsafe: error: "), lines[0]
    assert "Traceback" not in err and not out.strip(), (out[-500:], err[-500:])
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


# --------------------------------------------------------------------------- #
# Malformed data files through --data-dir, for every benchmark that reads data
# --------------------------------------------------------------------------- #


def _longest_string_column(row: dict[str, object]) -> str:
    return max((k for k, v in row.items() if isinstance(v, str)), key=lambda k: len(str(row[k])))


def corrupt(path: Path, kind: str) -> bytes:
    """A broken version of a benchmark file (same name, same layout)."""
    fmt = FORMATS[path.suffix]
    if kind == "empty":
        return b""
    if kind == "syntax":
        return {
            "json": b'[{"prompt": "x",', "jsonl": b'{"prompt": "x"}\n{"prompt": ',
            "csv": b'"a","b\n"x",\x00"', "tsv": b'"a"\t"b\n"x"\t\x00"',
        }[fmt]  # fmt: skip
    if kind == "columns":
        body = {"json": b'[{"unexpected": "x"}]', "jsonl": b'{"unexpected": "x"}\n'}
        return body.get(fmt, b"unexpected\nx\n")
    if kind == "not_a_table":
        return {"json": b'{"rows": 3}', "jsonl": b'["a", "b"]\n'}.get(fmt, b"\n\n\n")
    if kind == "utf16":
        return path.read_text(encoding="utf-8").encode("utf-16")
    if kind == "latin1":
        return ("caf\u00e9 " + path.read_text(encoding="utf-8")[:2000]).encode("latin-1", "replace")
    if kind == "huge_row":
        text = path.read_text(encoding="utf-8")
        if fmt in ("json", "jsonl"):
            rows = json.loads(text) if fmt == "json" else [json.loads(text.splitlines()[0])]
            if not isinstance(rows, list) or not rows or not isinstance(rows[0], dict):
                return text.encode()
            rows[0][_longest_string_column(rows[0])] = "x" * 300_000
            if fmt == "json":
                return json.dumps(rows).encode()
            return (json.dumps(rows[0]) + "\n" + "\n".join(text.splitlines()[1:])).encode()
        delim = "\t" if fmt == "tsv" else ","
        table = list(csv.DictReader(io.StringIO(text), delimiter=delim))
        table[0][_longest_string_column(dict(table[0]))] = "x" * 300_000
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(table[0]), delimiter=delim)
        writer.writeheader()
        writer.writerows(table)
        return out.getvalue().encode()
    raise ValueError(kind)


KINDS = {
    # kind: words of which one must name the problem (empty: the file path is enough, as
    # what a benchmark makes of a broken table depends on its columns)
    "empty": ("empty",),
    "syntax": (),
    "columns": (),
    "not_a_table": (),
    "utf16": ("not UTF-8",),
    "latin1": ("not UTF-8",),
    "huge_row": ("too long", "field larger than field limit"),
    "missing": ("--data-dir",),
}


@pytest.fixture(scope="module")
def bad_data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One copy of the shared data layout per kind of damage, every data file damaged."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    root = tmp_path_factory.mktemp("bad-data")
    dirs: dict[str, Path] = {}
    for kind in KINDS:
        dirs[kind] = root / kind
        dirs[kind].mkdir()
        if kind == "missing":
            continue
        for src in SHARED_DATA.rglob("*"):
            if src.is_file() and src.suffix in FORMATS:
                dst = dirs[kind] / src.relative_to(SHARED_DATA)
                dst.parent.mkdir(parents=True, exist_ok=True)
                dst.write_bytes(corrupt(src, kind))
    return dirs


@pytest.mark.usefixtures("env")
@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("bench", DATA_BENCHMARKS)
def test_malformed_data_file_is_one_line_exit_2(
    bench: str,
    kind: str,
    bad_data: dict[str, Path],
    existing_logs: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = checksums(existing_logs)
    data_dir = bad_data[kind]
    code, out, err = run_cli(
        capsys, "run", "--benchmark", bench, "--data-dir", str(data_dir), "--model", M,
        "--judge-model", "openai-api/stub/judge", "--victim-model", "openai-api/stub/victim",
        "--limit", "1", "--log-dir", str(existing_logs), "--display", "none",
    )  # fmt: skip
    line = assert_one_line_error(code, out, err)
    # the problem: which file (or that none was found) and what is wrong with it
    assert str(data_dir) in line, line
    assert not KINDS[kind] or any(word in line for word in KINDS[kind]), (kind, line)
    assert len(line) < 600, line  # a huge field is never echoed
    assert checksums(existing_logs) == before


# --------------------------------------------------------------------------- #
# Names, flags, endpoints, keys
# --------------------------------------------------------------------------- #

J = "--judge-model"
CASES: dict[str, tuple[list[str], tuple[str, ...]]] = {
    # id: (arguments after `run`, words the one line must contain: the problem and the fix)
    "unknown benchmark": (
        ["--benchmark", "nope", "--model", M],
        ("unknown benchmark 'nope'", "choose from"),
    ),
    "unknown suite": (["--suite", "nope", "--model", M], ("unknown suite 'nope'", "choose from")),
    "unknown judge": (["--judge", "nope", "--model", M], ("unknown judge 'nope'", "choose one of")),
    "unknown attack": (
        ["--attack", "nope", "--model", M, "--benchmark", "synthetic"],
        ("unknown attack 'nope'", "choose from"),
    ),
    "unknown provider": (
        ["--model", "nosuchprovider/x"],
        ("unknown provider 'nosuchprovider'", "PROVIDER/MODEL"),
    ),
    "no provider": (["--model", "gpt-4o"], ("unknown provider", "PROVIDER/MODEL")),
    "unknown local model": (["--model", "local/nope"], ("unknown local model", "use local/")),
    "missing gguf": (["--model", "/nonexistent/model.gguf"], ("GGUF file not found",)),
    "judge needs model": (["--judge", "llm", "--model", M], ("--judge-model",)),
    "limit 0": (["--limit", "0", "--model", M], ("--limit must be at least 1",)),
    "sample 0": (["--sample", "0", "--model", M], ("--sample must be at least 1",)),
    "connections 0": (["--max-connections", "0", "--model", M], ("--max-connections must",)),
    "retries -1": (["--max-retries", "-1", "--model", M], ("--max-retries", "0 or more")),
    "timeout 0": (["--timeout", "0", "--model", M], ("--timeout must be at least 1",)),
    "bad display": (["--display", "bogus", "--model", M], ("--display 'bogus'", "choose one of")),
    "limit not a number": (
        ["--limit", "abc", "--model", M],
        ("Invalid value for '--limit'", "--help"),
    ),
    "unknown option": (["--no-such-flag", "--model", M], ("No such option", "--help")),
    "unreachable target": (
        ["--model", "openai-api/dead/m"],
        ("cannot reach", "is the server running"),
    ),
    "unreachable judge": (["--model", M, J, "openai-api/dead/j"], ("judge model", "cannot reach")),
    "target key missing": (
        ["--model", "openai-api/nokey/m"],
        ("API key missing", "set NOKEY_API_KEY"),
    ),
    "judge key missing": (
        ["--model", M, J, "openai-api/nokey/j"],
        ("judge model", "set NOKEY_API_KEY"),
    ),
    "base url missing": (["--model", "openai-api/nourl/m"], ("set NOURL_BASE_URL",)),
    "openai key missing": (["--model", "openai/gpt-4o"], ("set OPENAI_API_KEY",)),
    "log dir is a file": (["--model", M, "--log-dir", "{file}"], ("is a file", "choose a folder")),
    "log dir of another run": (
        ["--model", "openai-api/stub/plain", "--benchmark", "synthetic", "--sample", "3"],
        ("holds logs of a different run", "own --log-dir"),
    ),
}


@pytest.mark.usefixtures("env")
@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_run_input_is_one_line_exit_2(
    case: str, existing_logs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args, needles = CASES[case]
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    args = [a.replace("{file}", str(a_file)) for a in args]
    if "--log-dir" not in args:
        args += ["--log-dir", str(existing_logs)]
    before = checksums(existing_logs)
    if "--display" not in args:
        args += ["--display", "none"]
    code, out, err = run_cli(capsys, "run", *args)
    assert_one_line_error(code, out, err, *needles)
    assert checksums(existing_logs) == before


@pytest.mark.usefixtures("env")
@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (["bogus"], ("No such command 'bogus'", "--help")),
        (["report", "/nonexistent/logs"], ("log directory not found",)),
        (["report", "{empty}"], ("no Inspect logs found",)),
        (["report", "{logs}", "--format", "bogus"], ("unknown report format", "choose one of")),
    ],
)
def test_bad_other_commands_are_one_line_exit_2(
    args: list[str],
    needles: tuple[str, ...],
    existing_logs: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = [a.replace("{empty}", str(tmp_path)).replace("{logs}", str(existing_logs)) for a in args]
    before = checksums(existing_logs)
    code, out, err = run_cli(capsys, *args)
    assert_one_line_error(code, out, err, *needles)
    assert checksums(existing_logs) == before


# --------------------------------------------------------------------------- #
# A read-only or full log disk
# --------------------------------------------------------------------------- #


def _copy_logs(src: Path, dst: Path) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    for p in src.iterdir():
        if p.is_file():
            shutil.copy2(p, dst / p.name)


@pytest.mark.usefixtures("env")
def test_read_only_log_dir(
    existing_logs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    disk = tmp_path / "ro"
    with mounted(disk, "size=16m") as ok:
        logs = disk / "logs"
        _copy_logs(existing_logs, logs)
        if ok:
            subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        elif os.geteuid() != 0:
            logs.chmod(0o555)
        else:
            pytest.skip("cannot mount a tmpfs here and root ignores file modes")
        before = checksums(logs)
        code, out, err = run_cli(
            capsys, "run", "--benchmark", "synthetic", "--sample", "3", "--model", M,
            "--log-dir", str(logs), "--display", "none",
        )  # fmt: skip
        assert_one_line_error(code, out, err, "cannot write logs there", "--log-dir")
        assert checksums(logs) == before


@pytest.mark.usefixtures("env")
def test_full_log_disk(
    existing_logs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    disk = tmp_path / "full"
    with mounted(disk, "size=2m") as ok:
        if not ok:
            pytest.skip("a tiny tmpfs needs root and mount (not available here)")
        logs = disk / "logs"
        _copy_logs(existing_logs, logs)
        with contextlib.suppress(OSError), (disk / "filler").open("wb") as fh:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        before = checksums(logs)
        code, out, err = run_cli(
            capsys, "run", "--benchmark", "synthetic", "--sample", "3", "--model", M,
            "--log-dir", str(logs), "--display", "none",
        )  # fmt: skip
        assert_one_line_error(code, out, err, "No space left", "free some space")
        assert checksums(logs) == before


# --------------------------------------------------------------------------- #
# A model or judge name the endpoint does not serve (found after the calls)
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize(
    ("extra", "needles"),
    [
        (["--model", "openai-api/stub/no-such-model"], ("all 2 samples", "HTTP 404", "model name")),
        (
            ["--model", M, "--judge-model", "openai-api/stub/no-such-judge"],
            ("judge model", "HTTP 404", "model name"),
        ),
    ],
    ids=["target", "judge"],
)
def test_model_the_endpoint_does_not_serve(
    extra: list[str], needles: tuple[str, ...], stub: StubProcess, tmp_path: Path
) -> None:
    proc = lrmsafe(
        "run", "--benchmark", "synthetic", "--sample", "2", *extra,
        "--log-dir", str(tmp_path / "logs"), "--display", "none", env=cli_env(stub.base_url),
    )  # fmt: skip
    assert_one_line_error(proc.returncode, proc.stdout, proc.stderr, *needles)
