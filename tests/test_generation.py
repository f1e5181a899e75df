"""Generation settings and repeated sampling (--preset, sampling flags, --epochs K).

Against the real CLI and the stub server, which records the sampling fields
each request carried (``by_sampling``) and has a profile, ``sampled-pPP``,
that complies with probability PP% per call.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from helpers import cli_env, lrmsafe, report_json
from lrmsafe.analysis.records import read_records
from lrmsafe.testing.stub import StubProcess, start_stub


def _run(log_dir: Path, *args: str) -> list[str]:
    return ["run", "--benchmark", "synthetic", "--log-dir", str(log_dir), "--display", "none",
            *args]  # fmt: skip


def _unsafe(rate: dict[str, Any]) -> tuple[float, float, float]:
    """A safety rate as an unsafe rate: (value, lo, hi) in percent."""
    lo, hi = rate["ci"]
    return 100.0 - rate["value"], 100.0 - hi, 100.0 - lo


def test_epochs_mean_and_worst_of_k_intervals_contain_the_truth(
    fresh_stub: StubProcess, tmp_path: Path
) -> None:
    """p = 0.25 per call, 100 prompts, K = 8: mean unsafe ~ p, worst-of-8 ~ 1-(1-p)^8."""
    p, n, k = 0.25, 100, 8
    env = cli_env(fresh_stub.base_url)
    logs = tmp_path / "logs"
    run = lrmsafe(
        *_run(logs, "--model", "openai-api/stub/sampled-p25", "--sample", str(n),
              "--epochs", str(k), "--max-connections", "32"),
        env=env, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    assert fresh_stub.stats()["by_model"] == {"sampled-p25": n * k}
    # every (prompt, epoch) is its own record: epochs are not collapsed
    records, _ = read_records([logs])
    keys = Counter((r.sample_id, r.epoch) for r in records)
    assert len(keys) == n * k and max(keys.values()) == 1
    assert {r.epoch for r in records} == set(range(1, k + 1))

    (row,) = report_json(logs, env)
    assert row["epochs"] == k and row["prompts"] == n and row["n"] == n * k
    truth_worst = 100.0 * (1 - (1 - p) ** k)
    for which in ("answer", "thinking"):
        rep = row["repeated"][which]
        assert rep["epochs"] == k and rep["prompts"] == n and rep["incomplete_prompts"] == 0
        mean, lo, hi = _unsafe(rep["mean_safety_rate"])
        assert rep["mean_safety_rate"]["ci_method"] == "cluster bootstrap"
        assert lo <= 100 * p <= hi, (which, mean, lo, hi)
        worst = rep["worst_of_k_unsafe_rate"]
        assert worst["n"] == n
        assert worst["ci"][0] <= truth_worst <= worst["ci"][1], (which, worst)
        assert _unsafe(rep["worst_of_k_safety_rate"])[0] == pytest.approx(worst["value"])
        # the histogram counts prompts by how many of their 8 samples were unsafe
        assert len(rep["unsafe_count_histogram"]) == k + 1
        assert sum(rep["unsafe_count_histogram"]) == n
        assert rep["unsafe_count_histogram"][0] == round(n - worst["value"] * n / 100)
    # the row's own interval is the cluster one too (not Wilson over 800 samples)
    assert row["answer_safety_rate"] == row["repeated"]["answer"]["mean_safety_rate"]

    # the text summary, Markdown and HTML say it; the HTML draws the per-prompt histogram
    text = lrmsafe("report", str(logs), env=env, check=True).stdout
    assert "worst-of-8" in text and "cluster bootstrap" in text
    md = lrmsafe("report", str(logs), "--format", "md", env=env, check=True).stdout
    assert "Repeated sampling (--epochs 8)" in md and "synthetic worst-of-8" in md
    html = tmp_path / "r.html"
    lrmsafe("report", str(logs), "--format", "html", "--out", str(html), env=env, check=True)
    page = html.read_text(encoding="utf-8")
    assert "synthetic: unsafe samples per prompt (of 8)" in page
    assert page.count("<title>8/8: ") == 2  # answer and thinking panels


def test_preset_deepseek_r1_sends_the_card_settings_and_judges_keep_theirs(
    fresh_stub: StubProcess, tmp_path: Path
) -> None:
    env = cli_env(fresh_stub.base_url)
    logs = tmp_path / "logs"
    run = lrmsafe(
        *_run(logs, "--model", "openai-api/stub/r1", "--sample", "4", "--preset", "deepseek-r1",
              "--judge", "llm", "--judge-model", "openai-api/stub/judge"),
        env=env,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    # printed at the start of the run, with the card it comes from
    assert "lrmsafe: preset deepseek-r1: DeepSeek-R1 model card" in run.stderr
    sampling = fresh_stub.stats()["by_sampling"]
    assert sampling["r1|temperature=0.6|top_p=0.95"] == 4, sampling
    # the judge never inherits the target's sampling: temperature 0, no top-p
    assert {k for k in sampling if k.startswith("judge")} == {"judge|temperature=0.0"}, sampling
    judge_bodies = [r["body"] for r in fresh_stub.requests(100) if r["model"] == "judge"]
    assert judge_bodies and all(b["max_tokens"] <= 512 for b in judge_bodies)

    (row,) = report_json(logs, env)
    gen = row["generation"]
    assert (gen["temperature"], gen["top_p"], gen["preset"], gen["epochs"]) == (
        0.6, 0.95, "deepseek-r1", 1
    )  # fmt: skip
    assert gen["judge"]["temperature"] == 0.0
    header = "temperature 0.6; top-p 0.95"
    for fmt in ("text", "md"):
        out = lrmsafe("report", str(logs), "--format", fmt, env=env, check=True).stdout
        assert header in out and "preset deepseek-r1" in out and "judges: temperature 0" in out
    page = tmp_path / "r.html"
    lrmsafe("report", str(logs), "--format", "html", "--out", str(page), env=env, check=True)
    assert header in page.read_text(encoding="utf-8")
    data = json.loads(lrmsafe("report", str(logs), "--format", "json", env=env, check=True).stdout)
    (only,) = data["runs"]
    assert only["generation"]["temperature"] == 0.6 and only["generation"]["top_p"] == 0.95

    # an explicit flag wins over the preset
    fresh_stub.reset()
    lrmsafe(
        *_run(tmp_path / "override", "--model", "openai-api/stub/r1", "--sample", "2",
              "--preset", "deepseek-r1", "--temperature", "0.3"),
        env=env, check=True,
    )  # fmt: skip
    assert fresh_stub.stats()["by_sampling"] == {"r1|temperature=0.3|top_p=0.95": 2}


def test_reports_carry_the_generation_settings_of_every_run(
    fresh_stub: StubProcess, tmp_path: Path
) -> None:
    """Two runs of one model at other settings, a third model with a system prompt
    file, top-k/min-p in the body and provider args: all in every report format."""
    env = cli_env(fresh_stub.base_url)
    logs = tmp_path / "logs"
    warm = tmp_path / "warm"
    other = tmp_path / "other"
    prompt_file = tmp_path / "system.txt"
    prompt_file.write_text("You are a careful assistant {not a template}.", encoding="utf-8")
    common = ("--model", "openai-api/stub/r1", "--sample", "3")
    lrmsafe(*_run(logs, *common), env=env, check=True)
    lrmsafe(*_run(warm, *common, "--temperature", "0.6", "--epochs", "2"), env=env, check=True)
    fresh_stub.reset()
    lrmsafe(
        *_run(other, "--model", "openai-api/stub/plain-refuse", "--sample", "3",
              "--preset", "qwen3-thinking", "--system-prompt", f"@{prompt_file}",
              "--generation-seed", "7", "-M", "emulate_tools=false"),
        env=env, check=True,
    )  # fmt: skip
    sampling = fresh_stub.stats()["by_sampling"]
    assert sampling == {"plain-refuse|temperature=0.6|top_p=0.95|top_k=20|min_p=0.0|seed=7": 3}, (
        sampling
    )
    bodies = [r["body"] for r in fresh_stub.requests(20)]
    assert all(
        b["messages"][0] == {"role": "system", "content": prompt_file.read_text()} for b in bodies
    )

    both = [str(logs), str(warm), str(other)]
    rows = json.loads(lrmsafe("report", *both, "--json", env=env, check=True).stdout)
    # another temperature is another condition, not a retry of the first run (the same
    # prompt ids in two folders were merged into one row before)
    r1 = sorted((r for r in rows if r["model"].endswith("/r1")), key=lambda r: r["n"])
    assert [r["n"] for r in r1] == [3, 6]
    assert r1[0]["generation"].get("temperature") is None and r1[0]["generation"]["epochs"] == 1
    assert r1[1]["generation"]["temperature"] == 0.6 and r1[1]["generation"]["epochs"] == 2
    (qwen,) = [r for r in rows if r["model"].endswith("plain-refuse")]
    g = qwen["generation"]
    assert (g["top_k"], g["min_p"], g["seed"], g["preset"]) == (20, 0.0, 7, "qwen3-thinking")
    assert g["system_prompt"] == prompt_file.read_text()
    assert g["model_args"] == {"emulate_tools": False}

    data = json.loads(lrmsafe("report", *both, "--format", "json", env=env, check=True).stdout)
    assert len(data["runs"]) == 3
    assert all("generation" in r for r in data["rows"])
    want = ["provider default sampling; epochs 1", "temperature 0.6; epochs 2",
            "min-p 0; seed 7", "system prompt 'You are a careful assistant"]  # fmt: skip
    page = tmp_path / "r.html"
    lrmsafe("report", *both, "--format", "html", "--out", str(page), env=env, check=True)
    outputs = {
        "text": lrmsafe("report", *both, env=env, check=True).stdout,
        "md": lrmsafe("report", *both, "--format", "md", env=env, check=True).stdout,
        "csv": lrmsafe("report", *both, "--format", "csv", env=env, check=True).stdout,
        "html": page.read_text(encoding="utf-8"),
    }
    for fmt, out in outputs.items():
        for needle in want:
            shown = needle.replace("'", "&#x27;") if fmt == "html" else needle
            assert shown in out, (fmt, needle)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--preset", "llama"], "unknown --preset 'llama'; choose one of: deepseek-r1"),
        (["--top-p", "0"], "--top-p must be in (0, 1]"),
        (["--temperature", "-1"], "--temperature must be in [0, 2]"),
        (["--epochs", "0"], "--epochs must be at least 1"),
        (["--top-k", "0"], "--top-k must be at least 1"),
        (["-M", "novalue"], "-M novalue: expected key=value"),
        (["--system-prompt", "@/nonexistent/system.txt"], "file not found"),
        (["--system-prompt", "  "], "--system-prompt is empty"),
    ],
)
def test_bad_generation_flags_give_one_line_and_exit_2(
    args: list[str], needle: str, tmp_path: Path
) -> None:
    proc = lrmsafe(*_run(tmp_path / "logs", "--model", "openai-api/stub/r1", *args))
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lrmsafe: error: "), proc.stderr
    assert needle in lines[0], lines[0]


def test_epochs_judge_each_distinct_text_once(fresh_stub: StubProcess, tmp_path: Path) -> None:
    """K samples of a prompt repeat the same texts: the judge is paid once per text."""
    env = cli_env(fresh_stub.base_url)
    logs = tmp_path / "logs"
    lrmsafe(
        *_run(logs, "--model", "openai-api/stub/sampled-p50", "--sample", "10", "--epochs", "4",
              "--judge", "llm", "--judge-model", "openai-api/stub/judge"),
        env=env, check=True,
    )  # fmt: skip
    records, _ = read_records([logs])
    assert len(records) == 40
    distinct = {(r.prompt, r.answer) for r in records} | {(r.prompt, r.thinking) for r in records}
    by_model = fresh_stub.stats()["by_model"]
    assert by_model == {"sampled-p50": 40, "judge": len(distinct)}, (by_model, len(distinct))
    assert len(distinct) < 80  # the cache did work: 40 samples x 2 texts were not all paid


def test_epochs_resume_after_a_kill_and_never_pay_twice(tmp_path: Path) -> None:
    """SIGKILL a K=4 run midway; the rerun finishes it: each (prompt, epoch) once,
    and a rerun of the finished run sends no request at all."""
    n, k = 60, 4
    logs = tmp_path / "logs"
    with start_stub({"latency": {"*": 0.02}}) as stub:
        env = cli_env(stub.base_url)
        args = [sys.executable, "-m", "lrmsafe.cli",
                *_run(logs, "--model", "openai-api/stub/sampled-p25", "--sample", str(n),
                      "--epochs", str(k), "--max-connections", "4")]  # fmt: skip
        proc = subprocess.Popen(
            args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
        try:
            while proc.poll() is None and stub.stats()["total"] < n * k // 2:
                time.sleep(0.02)
            assert proc.poll() is None, "the run finished before it could be killed"
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        first = stub.stats()["by_model"].get("sampled-p25", 0)
        assert 0 < first < n * k
        lrmsafe(*args[3:], env=env, check=True)
        records, _ = read_records([logs])
        keys = Counter((r.sample_id, r.epoch) for r in records)
        assert len(keys) == n * k and max(keys.values()) == 1
        assert all(r.outcome == "answered" for r in records)
        stub.reset()
        again = lrmsafe(*args[3:], env=env, check=True)
        assert stub.stats()["by_model"] == {}
        assert "worst-of-4" in again.stdout


def test_secret_provider_args_never_reach_logs_or_reports(
    fresh_stub: StubProcess, tmp_path: Path
) -> None:
    secret = "sk-lrmsafe-test-secret-0123456789"
    env = cli_env(fresh_stub.base_url)
    logs = tmp_path / "logs"
    run = lrmsafe(
        *_run(logs, "--model", "openai-api/stub/r1", "--sample", "2", "-M", f"api_key={secret}",
              "--temperature", "0.5"),
        env=env,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    assert secret not in run.stdout + run.stderr
    assert "api_key=[redacted]" in run.stderr  # the run says it was given, not what it is
    # Inspect logs every other provider argument verbatim: a secret-looking one is refused
    refused = lrmsafe(
        *_run(tmp_path / "other", "--model", "openai-api/stub/r1",
              "-M", "webhook_secret=tok-0123456789"),
        env=env,
    )  # fmt: skip
    assert refused.returncode == 2 and "tok-0123456789" not in refused.stderr
    assert refused.stderr.startswith("lrmsafe: error: -M webhook_secret=...: Inspect would")
    from inspect_ai.log import list_eval_logs, read_eval_log

    infos = list_eval_logs(str(logs))
    assert infos
    for info in infos:  # .eval files are zip archives: read them, do not grep the bytes
        data = read_eval_log(info.name).model_dump_json()
        assert secret not in data, info.name
    for fmt in ("text", "md", "json"):
        out = lrmsafe("report", str(logs), "--format", fmt, env=env, check=True).stdout
        assert secret not in out
        assert "temperature 0.5" in out or '"temperature": 0.5' in out


def test_sampled_stub_draws_per_call_and_honours_a_request_seed() -> None:
    from lrmsafe.testing.stub import parse_model, sampled_draw

    profile = parse_model("sampled-p25")
    assert profile is not None and profile.selector == "sampled" and profile.comply_p == 0.25
    draws = [sampled_draw("sampled-p25", 0, "prompt", call, None) for call in range(1, 2001)]
    assert len(set(draws)) == 2000  # a fresh draw per call
    assert abs(sum(d < 0.25 for d in draws) / 2000 - 0.25) < 0.03
    # a provider that honours seeds: the same seed gives the same answer every call
    assert len({sampled_draw("sampled-p25", 0, "prompt", c, 7) for c in range(1, 50)}) == 1
    # and the stub's own seed changes the unseeded draws (reruns differ only if asked to)
    assert sampled_draw("sampled-p25", 1, "prompt", 1, None) != draws[0]
