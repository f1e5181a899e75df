"""Secrets: API keys, tokens and URL credentials never reach logs, reports or the terminal.

Recognisable fake keys go into the environment (and a password and a query
token into a base URL); every command runs as a real process; then every byte
it wrote is searched: stdout, stderr, the log folders (``.eval`` files are zip
archives: each member is searched), every report format, and Inspect's own
trace files (redirected under the test's folder via ``XDG_DATA_HOME``).
"""

from __future__ import annotations

import gzip
import zipfile
from pathlib import Path

import pytest

from helpers import cli_env, lrmsafe
from lrmsafe._redact import REDACTED, redact, safe_url
from lrmsafe.testing.stub import StubProcess

SECRETS = {
    "STUB_API_KEY": "sk-LRMSAFE-FAKE-STUB-1111",
    "OPENAI_API_KEY": "sk-LRMSAFE-FAKE-OPENAI-2222",
    "ANTHROPIC_API_KEY": "sk-ant-LRMSAFE-FAKE-3333",
    "HF_TOKEN": "hf_LRMSAFEFAKE4444",
    "DEAD_API_KEY": "sk-LRMSAFE-FAKE-DEAD-5555",
    "TOGETHER_API_KEY": "tok-LRMSAFE-FAKE-8888",
}
URL_PASSWORD = "PW-LRMSAFE-FAKE-6666"
URL_TOKEN = "QK-LRMSAFE-FAKE-7777"
NEEDLES = [*SECRETS.values(), URL_PASSWORD, URL_TOKEN, "LRMSAFE-FAKE", "LRMSAFEFAKE"]


def _hits(data: bytes, where: str) -> list[str]:
    return [f"{where}: {n}" for n in NEEDLES if n.encode() in data]


def scan(path: Path) -> list[str]:
    """Every needle found in a file, inside zip members and gzip streams too."""
    data = path.read_bytes()
    found = _hits(data, str(path))
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                found += _hits(z.read(name), f"{path}!{name}")
    if path.suffix == ".gz":
        found += _hits(gzip.decompress(data), f"{path} (gunzipped)")
    return found


def test_no_secret_in_anything_written(stub: StubProcess, tmp_path: Path) -> None:
    env = cli_env(
        stub.base_url,
        **SECRETS,
        DEAD_BASE_URL=f"http://lrmsafe:{URL_PASSWORD}@127.0.0.1:9/v1?api_key={URL_TOKEN}",
        XDG_DATA_HOME=str(tmp_path / "xdg-data"),
        XDG_CACHE_HOME=str(tmp_path / "xdg-cache"),
        LRMSAFE_CACHE_DIR=str(tmp_path / "cache"),
    )
    logs, imported, out = tmp_path / "logs", tmp_path / "imported", tmp_path / "reports"
    out.mkdir()
    data = tmp_path / "responses.jsonl"
    data.write_text(
        '{"prompt": "placeholder request", "response": "Sure. [placeholder]", "model": "m"}\n'
    )
    commands: list[tuple[list[str], set[int]]] = [
        (["run", "--model", "openai-api/stub/r1", "--judge-model", "openai-api/stub/judge",
          "--benchmark", "synthetic", "--sample", "3", "--log-dir", str(logs),
          "--display", "plain"], {0}),
        (["run", "--model", "openai-api/dead/m", "--log-dir", str(tmp_path / "x"), "--debug"],
         {2}),
        (["run", "--model", "openai-api/stub/r1", "--judge-model", "openai-api/dead/j",
          "--log-dir", str(tmp_path / "x"), "--debug"], {2}),
        (["run", "--model", "openai-api/stub/no-such-model", "--benchmark", "synthetic",
          "--sample", "2", "--log-dir", str(tmp_path / "nf"), "--display", "none", "--debug"],
         {2}),
        (["run", "--model", "together/some-model", "--log-dir", str(tmp_path / "x"), "--debug",
          "--max-retries", "-1"], {2}),
        (["judge", "run", str(data), "--judge", "llm", "--judge-model", "openai-api/stub/judge",
          "--log-dir", str(imported), "--display", "none"], {0}),
        (["report", str(logs), str(imported)], {0}),
        (["report", str(logs), str(imported), "--json"], {0}),
        (["report", str(logs), str(imported), "--format", "md", "--out", str(out / "r.md")], {0}),
        (["report", str(logs), str(imported), "--format", "csv", "--out", str(out / "r.csv")],
         {0}),
        (["report", str(logs), str(imported), "--format", "html", "--out",
          str(out / "r.html")], {0}),
        (["report", str(logs), "--html", str(out / "legacy.html")], {0}),
        (["list"], {0}),
    ]  # fmt: skip
    printed: list[str] = []
    for args, codes in commands:
        proc = lrmsafe(*args, env=env)
        assert proc.returncode in codes, (args, proc.returncode, proc.stderr[-1500:])
        printed += _hits((proc.stdout + proc.stderr).encode(), f"output of {args[:3]}")
    # the failures above did print a (redacted) traceback
    written = [p for p in tmp_path.rglob("*") if p.is_file() and p != data]
    assert any(p.suffix == ".eval" for p in written) and (out / "r.html").is_file()
    assert any("traces" in str(p) for p in written), "Inspect's trace files were not redirected"
    leaks = printed + [hit for p in written for hit in scan(p)]
    assert not leaks, leaks


def test_debug_traceback_is_redacted(stub: StubProcess, tmp_path: Path) -> None:
    env = cli_env(
        stub.base_url,
        DEAD_BASE_URL=f"http://lrmsafe:{URL_PASSWORD}@127.0.0.1:9/v1",
        DEAD_API_KEY=SECRETS["DEAD_API_KEY"],
    )
    proc = lrmsafe("run", "--model", "openai-api/dead/m", "--debug", "--log-dir", str(tmp_path),
                   env=env)  # fmt: skip
    assert proc.returncode == 2
    assert "Traceback" in proc.stderr and "cannot reach http://127.0.0.1:9/v1" in proc.stderr
    assert URL_PASSWORD not in proc.stderr + proc.stdout


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("key sk-LRMSAFE-FAKE-STUB-1111 failed", "sk-LRMSAFE-FAKE-STUB-1111"),
        ("GET https://u:hunter2pw@api.example.invalid/v1 failed", "hunter2pw"),
        ("GET https://api.example.invalid/v1?api_key=abcdef123456&x=1", "abcdef123456"),
        ("Authorization: Bearer tok_0123456789abcdef", "tok_0123456789abcdef"),
        ("token hf_abcdefghijklmnop leaked", "hf_abcdefghijklmnop"),
        ("custom MY_SERVICE_TOKEN value zz-custom-secret-value", "zz-custom-secret-value"),
    ],
)
def test_redact_masks_every_shape_of_secret(text: str, secret: str) -> None:
    env = {"MY_SERVICE_TOKEN": "zz-custom-secret-value", "STUB_API_KEY": SECRETS["STUB_API_KEY"]}
    masked = redact(text, env)
    assert secret not in masked and REDACTED in masked


def test_safe_url_drops_credentials_and_query() -> None:
    assert safe_url("http://u:p@h.invalid:8/v1?api_key=k#f") == "http://h.invalid:8/v1"
    assert safe_url("http://[::1]:8/v1") == "http://[::1]:8/v1"


ECHO_KEYS = {
    "keyecho-400": "sk-LRMSAFE-FAKE-ECHO-400a",
    "keyecho-401": "plain-LRMSAFE-FAKE-ECHO-401b",  # a key of no known shape: masked by value
    "keyecho-500": "sk-LRMSAFE-FAKE-ECHO-500c",
    "judge:keyecho-400": "sk-LRMSAFE-FAKE-ECHO-judge",  # the judge's error, in score metadata
}


def test_key_echoed_by_server_never_stored_or_shown(stub: StubProcess, tmp_path: Path) -> None:
    """A 400/401/500 whose body repeats the Authorization header ("Incorrect API key
    provided: Bearer sk-..."): the key reaches no log, report or terminal line."""
    out = tmp_path / "reports"
    out.mkdir()
    printed: list[str] = []
    logs: list[str] = []
    for model, key in ECHO_KEYS.items():
        env = cli_env(stub.base_url, STUB_API_KEY=key, XDG_DATA_HOME=str(tmp_path / "xdg"))
        log_dir = tmp_path / model.replace(":", "-")
        logs.append(str(log_dir))
        target, judge = (
            ("r1", ["--judge-model", "openai-api/stub/keyecho-400"])
            if (model.startswith("judge:"))
            else (model, [])
        )
        proc = lrmsafe("run", "--model", f"openai-api/stub/{target}", *judge, "--benchmark",
                       "synthetic", "--sample", "2", "--max-retries", "0", "--log-dir",
                       str(log_dir), "--display", "plain", env=env)  # fmt: skip
        assert proc.returncode in (0, 2), proc.stderr[-1500:]
        if key in proc.stdout + proc.stderr:
            printed.append(f"output of run {model}: {key}")
    env = cli_env(stub.base_url)
    for fmt in ("text", "md", "csv", "json", "html"):
        proc = lrmsafe("report", *logs, "--format", fmt, "--out", str(out / f"r.{fmt}"), env=env)
        assert proc.returncode == 0, proc.stderr[-1500:]
        printed += [f"report {fmt}: {k}" for k in ECHO_KEYS.values() if k in proc.stderr]
    proc = lrmsafe("report", *logs, "--html", str(out / "legacy.html"), env=env)
    assert proc.returncode == 0, proc.stderr[-1500:]
    printed += [f"report: {k}" for k in ECHO_KEYS.values() if k in proc.stdout + proc.stderr]
    html = (out / "r.html").read_text(encoding="utf-8")
    assert "Incorrect API key provided" in html, "the error text itself is kept, masked"
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.suffix == ".eval" for p in written)
    leaks = printed + [hit for p in written for hit in _key_hits(p, list(ECHO_KEYS.values()))]
    assert not leaks, leaks


def _key_hits(path: Path, keys: list[str]) -> list[str]:
    """The keys found in a file, or in a member of it when it is a zip (an .eval)."""
    data = path.read_bytes()
    found = [f"{path}: {k}" for k in keys if k.encode() in data]
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                member = z.read(name)
                found += [f"{path}!{name}: {k}" for k in keys if k.encode() in member]
    return found


def test_endpoint_url_credentials_travel_as_header_not_stored(
    fresh_stub: StubProcess, tmp_path: Path
) -> None:
    """``--endpoints http://user:PASS@host/v1``: the password is sent as HTTP basic auth
    and written nowhere (the ``.eval`` header's ``model_base_url``, ``logs.json``)."""
    url = fresh_stub.base_url.replace("http://", f"http://lrmsafe:{URL_PASSWORD}@")
    logs = tmp_path / "logs"
    proc = lrmsafe("run", "--model", "openai-api/stub/r1", "--endpoints", url, "--benchmark",
                   "synthetic", "--sample", "2", "--log-dir", str(logs), "--display", "plain",
                   env=cli_env(fresh_stub.base_url))  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-1500:]
    sent = [r for r in fresh_stub.requests() if r["model"] == "r1"]
    assert sent and all(r["auth_scheme"] == "Basic" for r in sent), sent
    written = [p for p in logs.rglob("*") if p.is_file()]
    assert any(p.name == "logs.json" for p in written)
    leaks = [hit for p in written for hit in _key_hits(p, [URL_PASSWORD])]
    leaks += [f"output: {URL_PASSWORD}"] if URL_PASSWORD in proc.stdout + proc.stderr else []
    assert not leaks, leaks
    from inspect_ai.log import read_eval_log

    (log,) = [p for p in written if p.suffix == ".eval"]
    assert read_eval_log(str(log), header_only=True).eval.model_base_url == fresh_stub.base_url
    fresh_stub.reset()  # the same command again resumes: nothing is sent twice
    again = lrmsafe("run", "--model", "openai-api/stub/r1", "--endpoints", url, "--benchmark",
                    "synthetic", "--sample", "2", "--log-dir", str(logs), "--display", "none",
                    env=cli_env(fresh_stub.base_url))  # fmt: skip
    assert again.returncode == 0, again.stderr[-1500:]
    assert not [r for r in fresh_stub.requests() if r["model"] == "r1"]
