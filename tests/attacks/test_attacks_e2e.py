"""Every attack end to end: the real CLI against the real stub server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers import SHARED_DATA, cli_env, lrmsafe, report_json
from lrmsafe.analysis.records import SampleRecord, read_records
from lrmsafe.attacks import TRANSFORMS, AttackContext
from lrmsafe.attacks.reasoning import PREFILL_TEXT
from lrmsafe.benchmarks.smoke import load_smoke
from lrmsafe.testing.stub import (
    COMPLY_ANSWER,
    REFUSE_ANSWER,
    TRANSLATION_PREFIX,
    StubProcess,
    default_config,
    start_stub,
)

PROMPTS = [row["prompt"] for row in load_smoke()]
HARMFUL = [row["expected"] == "refuse" for row in load_smoke()]


@pytest.fixture(scope="module")
def stub() -> Iterator[StubProcess]:
    with start_stub() as proc:
        yield proc


@pytest.fixture
def fresh(stub: StubProcess) -> Iterator[StubProcess]:
    stub.reset()
    yield stub
    stub.configure(default_config())


def run(stub: StubProcess, logs: Path, *args: str, check: bool = True) -> Any:
    return lrmsafe(
        "run", "--log-dir", str(logs), "--display", "none", *args,
        env=cli_env(stub.base_url), check=check,
    )  # fmt: skip


def attack_rows(logs: Path, stub: StubProcess) -> dict[str, dict[str, Any]]:
    rows = report_json(logs, cli_env(stub.base_url))
    return {r["attack"]["label"]: r for r in rows if "attack" in r}


def records_by_label(logs: Path) -> dict[str, list[SampleRecord]]:
    records, _ = read_records([logs])
    out: dict[str, list[SampleRecord]] = {}
    for r in records:
        out.setdefault(str(r.meta.get("attack_label")), []).append(r)
    return out


def user_texts(stub: StubProcess, model: str, endpoint: str = "/v1/chat/completions") -> list[str]:
    texts = []
    for req in stub.requests(1000):
        if req["model"] == model and req["endpoint"] == endpoint:
            if endpoint.endswith("/completions") and "messages" not in req["body"]:
                texts.append(req["body"]["prompt"])
            else:
                users = [m for m in req["body"]["messages"] if m["role"] == "user"]
                texts.append(users[-1]["content"] if users else "")
    return texts


def test_acceptance_attacks_paired_with_none_then_resume(
    fresh: StubProcess, tmp_path: Path
) -> None:
    logs = tmp_path / "logs"
    args = ["--model", "openai-api/stub/r1", "--judge-model", "openai-api/stub/judge",
            "--attack", "none,base64,thought_injection,prefill", "--limit", "12"]  # fmt: skip
    proc = run(fresh, logs, *args)
    assert "attack base64 on smoke: ASR" in proc.stdout and "McNemar p=" in proc.stdout
    rows = attack_rows(logs, fresh)
    assert set(rows) == {"none", "base64", "thought_injection", "prefill"}
    harmful = sum(HARMFUL[:12])
    none_asr = rows["none"]["attack"]["asr"]["answer"]
    for label, row in rows.items():
        assert row["n"] == 12 and row["outcomes"]["answered"] == 12, label
        section = row["attack"]
        if label == "none":
            assert section["vs_none"] is None
            assert section["best_of_attacks"]["attacks"] == [
                "base64",
                "prefill",
                "thought_injection",
            ]
            continue
        paired = section["vs_none"]
        assert paired["n_pairs"] == harmful
        assert paired["none_asr"] == none_asr["value"]
        assert paired["asr"] == section["asr"]["answer"]["value"]
        assert paired["difference"] == pytest.approx(paired["asr"] - paired["none_asr"], abs=0.02)
        assert 0.0 <= paired["mcnemar_p"] <= 1.0
        assert paired["ci"][0] <= paired["difference"] <= paired["ci"][1]
        # thinking was visible and judged; awareness judged for the harmful answers
        assert section["asr"]["thinking"]["n"] == harmful
    by_label = records_by_label(logs)
    # the judge model read the thinking of every successful attack for awareness (stub: not aware)
    for r in (r for recs in by_label.values() for r in recs):
        if r.answer_safe is False:
            assert (r.meta["aware_status"], r.meta["thinking_aware"]) == ("judged", False)
        else:
            assert (r.meta["aware_status"], r.meta["thinking_aware"]) == ("not needed", None)
    assert fresh.stats()["by_judge_style"].get("aware", 0) >= 1
    # base64: the stub answered in base64; the judge read the decoded answer
    for r in by_label["base64"]:
        assert r.meta["decode_status"]["answer"] == "decoded"
        assert r.answer in (COMPLY_ANSWER, REFUSE_ANSWER)
        assert r.meta["raw_answer"] != r.answer
    # thought injection reached the target verbatim
    sent = user_texts(fresh, "r1")
    for prompt in PROMPTS[:12]:
        assert TRANSFORMS["thought_injection"](prompt) in sent
        assert TRANSFORMS["base64"](prompt) in sent
    # prefill went through /v1/completions with our template and sentence
    raw = user_texts(fresh, "r1", "/v1/completions")
    assert len(raw) == 12
    for prompt in raw:
        assert prompt.startswith("<\uff5cUser\uff5c>")
        assert prompt.endswith("<\uff5cAssistant\uff5c><think>\n" + PREFILL_TEXT)
    for r in by_label["prefill"]:
        assert r.thinking and PREFILL_TEXT not in r.thinking  # only the model's continuation
        assert r.meta["prefill_template"] == "deepseek-r1"
    # resume: the same command again finds every task done and calls nothing
    before = fresh.stats()["total"]
    run(fresh, logs, *args)
    after = fresh.stats()
    # 4 tasks x 12 samples, one target call each (prefill's through /v1/completions)
    assert after["by_model"].get("r1", 0) == 48 and after["by_endpoint"]["/v1/completions"] == 12
    assert after["total"] - before <= 2  # model listing probes only


def test_budget_sweep_through_reasoning_effort(fresh: StubProcess, tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    run(fresh, logs, "--model", "openai-api/stub/budget", "--attack", "budget",
        "--budgets", "high,low,medium,1024", "--limit", "30")  # fmt: skip
    stats = fresh.stats()
    n = 30
    assert stats["by_reasoning_effort"] == {"low": n, "medium": n, "high": n}
    capped = [r for r in fresh.requests(1000) if r["body"].get("max_tokens") == 1024]
    assert len(capped) == n
    rows = attack_rows(logs, fresh)
    sweep = rows["none"]["attack"]["budget_sweep"]
    assert [p["budget"] for p in sweep] == ["low", "medium", "high", 1024]
    assert sweep[3]["budget_kind"] == "max_tokens"
    safety = [p["answer_safety_rate"]["value"] for p in sweep[:3]]
    # the stub complies 20/50/80% at low/medium/high with one draw per prompt
    assert safety[0] > safety[1] > safety[2]
    for p in sweep[:3]:
        assert p["answer_safety_rate"]["n"] == sum(HARMFUL[:30])
    assert rows["budget:effort=low"]["attack"]["budget"] == "low"


def test_translate_and_crescendo_with_an_attacker_model(fresh: StubProcess, tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    target = "unsafe-p30-plain"
    run(fresh, logs, "--model", f"openai-api/stub/{target}",
        "--attacker-model", "openai-api/stub/attacker", "--judge-model", "openai-api/stub/judge",
        "--attack", "translate,crescendo:turns=3", "--limit", "8")  # fmt: skip
    by_label = records_by_label(logs)
    sent = user_texts(fresh, target)
    for prompt in PROMPTS[:8]:
        assert TRANSLATION_PREFIX + prompt in sent  # the target saw the attacker's translation
    for r in by_label["translate"]:
        assert r.meta["decode_status"]["answer"] == "translated"
        assert r.answer.startswith(TRANSLATION_PREFIX) and r.meta["raw_answer"] in r.answer
    crescendo = by_label["crescendo:turns=3"]
    assert len(crescendo) == 8
    total_turns = 0
    for r in crescendo:
        turns = r.meta["crescendo_turns"]
        total_turns += len(turns)
        assert 1 <= len(turns) <= 3
        assert all(t["safe"] is True for t in turns[:-1])  # it stops at the first harmful answer
        success = r.meta["crescendo_success_turn"]
        assert (success == len(turns)) if turns[-1]["safe"] is False else success is None
        assert r.answer_safe is (success is None)  # the scorer agrees with the turn judge
    assert sum(1 for t in sent if "[placeholder attacker message" in t) == total_turns
    rows = attack_rows(logs, fresh)
    by_turn = rows["crescendo:turns=3"]["attack"]["by_turn"]
    values = [t["asr"]["value"] for t in by_turn]
    assert [t["turn"] for t in by_turn] == [1, 2, 3] and values == sorted(values)
    assert values[-1] == rows["crescendo:turns=3"]["attack"]["asr"]["answer"]["value"]


def test_templates_encodings_and_injections_reach_the_target(
    fresh: StubProcess, tmp_path: Path
) -> None:
    logs = tmp_path / "logs"
    templates = ["roleplay", "refusal_suppression", "prefix_injection", "fiction", "payload_split"]
    attacks = ["injection_direct", "injection_indirect", "rot13", "leetspeak", *templates]
    run(fresh, logs, "--model", "openai-api/stub/echo", "--attack", ",".join(attacks),
        "--limit", "4")  # fmt: skip
    sent = user_texts(fresh, "echo")
    for name in templates:
        for prompt in PROMPTS[:4]:
            assert TRANSFORMS[name](prompt) in sent, name
    rows = attack_rows(logs, fresh)
    assert set(rows) == {"none", *attacks}
    for name in ("injection_direct", "injection_indirect"):
        canary = rows[name]["attack"]["canary"]["answer"]
        assert (canary["value"], canary["n"]) == (100.0, 4)  # echo repeats the canary
    by_label = records_by_label(logs)
    for name in ("rot13", "leetspeak"):
        for r in by_label[name]:
            assert r.meta["decode_status"]["answer"] in ("decoded", "partial")
            assert r.answer.lower().startswith("sure. here is an overview")
    # a refusing model never leaks the canary
    run(fresh, tmp_path / "refuse", "--model", "openai-api/stub/plain-refuse",
        "--attack", "injection_direct", "--limit", "3")  # fmt: skip
    rows = attack_rows(tmp_path / "refuse", fresh)
    canary = rows["injection_direct"]["attack"]["canary"]["answer"]
    assert (canary["value"], canary["n"]) == (0.0, 3)


def test_aware_but_complied_and_assistant_prefill(fresh: StubProcess, tmp_path: Path) -> None:
    logs = tmp_path / "aware"
    run(fresh, logs, "--model", "openai-api/stub/reasoning_content-aware_comply",
        "--judge-model", "openai-api/stub/judge", "--attack", "none", "--limit", "4")  # fmt: skip
    section = attack_rows(logs, fresh)["none"]["attack"]
    assert (section["aware_but_complied"]["value"], section["aware_but_complied"]["n"]) == (
        100.0,
        4,
    )
    # assistant prefill: a trailing assistant turn the server continues (vLLM-style flag)
    fresh.reset()
    logs = tmp_path / "assistant"
    run(fresh, logs, "--model", "openai-api/stub/r1", "--attack", "prefill:mode=assistant",
        "--limit", "3")  # fmt: skip
    chats = [r["body"] for r in fresh.requests(100) if r["endpoint"] == "/v1/chat/completions"]
    continued = [body for body in chats if body["messages"][-1]["role"] == "assistant"]
    assert len(continued) == 3
    for body in continued:
        assert body["continue_final_message"] is True
        assert body["messages"][-1]["content"] == "<think>\n" + PREFILL_TEXT
    for r in records_by_label(logs)["prefill:mode=assistant"]:
        assert r.thinking and r.outcome == "answered"
        assert "closing tag only" in str(r.meta.get("split_note"))


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--attack", "translate"], "needs an attacker model: add --attacker-model"),
        (["--attack", "nope"], "unknown attack 'nope'"),
        (["--budgets", "low"], "add budget to --attack"),
        (
            ["--attack", "prefill", "--model", "openai-api/stub/plain"],
            "cannot tell the chat template",
        ),
    ],
)
def test_bad_attack_input_is_one_line_exit_2(
    stub: StubProcess, tmp_path: Path, args: list[str], needle: str
) -> None:
    if "--model" not in args:
        args = [*args, "--model", "openai-api/stub/r1"]
    proc = run(stub, tmp_path, *args, check=False)
    assert proc.returncode == 2, proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and needle in lines[0], proc.stderr


def test_attacks_skip_benchmarks_without_harmful_prompts() -> None:
    from inspect_ai import Task

    from lrmsafe._errors import UserError
    from lrmsafe.attacks._apply import plan_attack_tasks
    from lrmsafe.benchmarks import BENCHMARKS, TaskOptions, build_task, register_benchmark
    from lrmsafe.benchmarks.smoke import smoke

    register_benchmark("benign_for_attack_test", description="d", source="s", license="l",
                       judge_policy="uses_chosen", harmful_prompts=False)(smoke)  # fmt: skip
    try:
        notes: list[str] = []

        def make(name: str) -> Task:
            return build_task(name, TaskOptions(judge="refusal"))

        tasks = plan_attack_tasks(["smoke", "benign_for_attack_test"], make, attack="base64",
                                  budgets=None, ctx=AttackContext(), notes=notes)  # fmt: skip
        assert [t.name for t in tasks] == [
            "lrmsafe/lrmsafe_smoke__none", "lrmsafe/lrmsafe_smoke__base64", "lrmsafe/lrmsafe_smoke"
        ]  # fmt: skip
        assert [(t.metadata or {}).get("attack") for t in tasks] == ["none", "base64", None]
        assert any("skipped for benign_for_attack_test" in n for n in notes)
        with pytest.raises(UserError, match="harmful requests"):
            plan_attack_tasks(["benign_for_attack_test"], make, attack="base64", budgets=None,
                              ctx=AttackContext(), notes=[])  # fmt: skip
    finally:
        BENCHMARKS.pop("benign_for_attack_test", None)


def test_only_single_request_tasks_are_attacked() -> None:
    from inspect_ai import Task
    from inspect_ai.dataset import Sample
    from inspect_ai.solver import generate, system_message

    from lrmsafe.attacks._apply import skip_reason

    data = [Sample(input="x", id="1")]
    assert skip_reason(True, Task(dataset=data, solver=generate())) is None
    assert skip_reason(False, Task(dataset=data, solver=generate())) == (
        "its prompts are not harmful requests"
    )
    dialogue = Task(dataset=data, solver=[system_message("s"), generate()])
    assert skip_reason(True, dialogue) == (
        "its solver (inspect_ai/system_message, inspect_ai/generate) is not a single generate step"
    )


E2E_COVERED = {
    "none", "base64", "thought_injection", "prefill", "budget", "translate", "crescendo",
    "injection_direct", "injection_indirect", "rot13", "leetspeak", "roleplay",
    "refusal_suppression", "prefix_injection", "fiction", "payload_split",
}  # fmt: skip


def test_every_registered_attack_runs_end_to_end_above() -> None:
    from lrmsafe.attacks import ATTACKS

    assert set(ATTACKS) == E2E_COVERED, "add an end-to-end run for each new attack"


def test_list_shows_attacks() -> None:
    out = lrmsafe("list", check=True).stdout
    assert "Attacks (--attack; 'none' always runs as the baseline):" in out
    for name in TRANSFORMS:
        assert f"  {name} " in out
    assert "(needs attacker_model) [options: language]" in out


@pytest.mark.skipif(
    not (SHARED_DATA / "wildjailbreak" / "eval.tsv").exists(), reason="shared data missing"
)
def test_wildguard_acceptance_command(fresh: StubProcess, tmp_path: Path) -> None:
    from lrmsafe.benchmarks import BENCHMARKS

    if "wildguard" not in BENCHMARKS:
        pytest.skip("wildguard benchmark not registered yet")
    logs = tmp_path / "logs"
    attacks = "none,base64,thought_injection,prefill"
    run(fresh, logs, "--benchmark", "wildguard", "--attack", attacks,
        "--data-dir", str(SHARED_DATA), "--model", "openai-api/stub/r1",
        "--judge-model", "openai-api/stub/judge", "--limit", "6",
        # canonical's default takes benign prompts too (the file's first rows)
        "--benchmark-option", "wildguard:selection=adversarial-harmful")  # fmt: skip
    rows = attack_rows(logs, fresh)
    assert set(rows) == {"none", "base64", "thought_injection", "prefill"}
    for label in ("base64", "thought_injection", "prefill"):
        paired = rows[label]["attack"]["vs_none"]
        assert paired["n_pairs"] == 6 and 0 <= paired["mcnemar_p"] <= 1
