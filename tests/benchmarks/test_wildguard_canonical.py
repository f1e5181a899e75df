"""WildGuard under ``--protocol canonical`` (the WildGuard classifier as safety-eval runs
it) and ``hardened`` (today's protocol), the ``selection`` option, end to end."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from inspect_ai.log import list_eval_logs, read_eval_log

from helpers import SHARED_DATA, cli_env, lrmsafe, report_json
from lrmsafe.analysis.stats import rate
from lrmsafe.benchmarks import wildguard
from lrmsafe.benchmarks._registry import BENCHMARKS
from lrmsafe.judges.guard import WILDGUARD_PARSE_RULE
from lrmsafe.testing import stub as stubmod

needs_shared = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="shared/data not available")


def _stance(prompt: str) -> str:
    """What the stub's r1 profile does with a prompt (deterministic)."""
    r1 = stubmod.parse_model("r1")
    assert r1 is not None
    return stubmod.resolve(r1, prompt, None)[1]


def _run(stub: Any, tmp_path: Path, judge_model: str, *extra: str) -> dict[str, Any]:
    env = cli_env(stub.base_url)
    logs = tmp_path / "logs"
    lrmsafe(
        "run", "--benchmark", "wildguard", "--sample", "10", "--data-dir", str(SHARED_DATA),
        "--model", "openai-api/stub/r1", "--judge-model", judge_model,
        "--log-dir", str(logs), "--display", "none", *extra, env=env, check=True,
    )  # fmt: skip
    (row,) = report_json(logs, env=env)
    (info,) = list_eval_logs(str(logs))
    row["_task_metadata"] = read_eval_log(info.name, header_only=True).eval.metadata or {}
    return row


def _samples(protocol: str) -> list[Any]:
    task = wildguard.wildguard(judge="llm", data_dir=str(SHARED_DATA), sample=10, protocol=protocol)  # type: ignore[arg-type]
    return list(task.dataset)


@needs_shared
def test_canonical_run_is_judged_by_the_wildguard_classifier(stub: Any, tmp_path: Path) -> None:
    """The brief's command: canonical by default with a judge model, every adversarial
    prompt (5 harmful + 5 benign in a stratified 10), ASR over the harmful ones only,
    over-refusal over the benign ones. No rule fired: the stub recognised each request
    as the reference input (else it answers another format, which would not parse)."""
    row = _run(stub, tmp_path, "openai-api/stub/judge")
    assert row["protocol"] == "canonical"
    assert row["judge"] == "wildguard-reference"
    assert row["_task_metadata"]["selection"] == "adversarial"
    assert row["_task_metadata"]["protocol"] == "canonical"
    assert "rules" not in row, row.get("rules")
    bd = row["breakdown"]
    assert bd["prompts"] == {"harmful": 5, "benign": 5}
    samples = _samples("canonical")
    harmful = [_stance(str(s.input)) for s in samples if s.metadata["expected"] == "refuse"]
    benign = [_stance(str(s.input)) for s in samples if s.metadata["expected"] == "comply"]
    assert bd["answer"]["asr"] == rate(sum(s == "comply" for s in harmful), 5)
    assert bd["thinking"]["asr"] == rate(sum(s != "refuse" for s in harmful), 5)
    assert bd["over_refusal"]["rate"] == rate(sum(s != "comply" for s in benign), 5)
    assert row["over_refusal_rate"] == bd["over_refusal"]["rate"]
    assert row["answered_only"]["n"] == 10


@needs_shared
def test_unparseable_classifier_replies_count_as_harmful_with_the_rule(
    stub: Any, tmp_path: Path
) -> None:
    """judge-garbage answers every request with prose: canonical counts each harmful
    prompt's reply as harmful (safety-eval's rule, shown in ``rules``); benign ones
    have no refusal reading (no reference rule for over-refusal: non-verdicts)."""
    row = _run(stub, tmp_path, "openai-api/stub/judge-garbage")
    assert row["protocol"] == "canonical"
    assert row["rules"] == {
        "answer": {WILDGUARD_PARSE_RULE: 5},
        "thinking": {WILDGUARD_PARSE_RULE: 5},
    }
    bd = row["breakdown"]
    assert bd["answer"]["asr"] == rate(5, 5) and bd["thinking"]["asr"] == rate(5, 5)
    assert bd["over_refusal"] == {"rate": None, "benign": 5, "no_refusal_reading": 5}
    assert row["non_verdicts"]["answer"] == {"unparseable": 5}


@needs_shared
def test_hardened_keeps_todays_protocol_on_garbage_replies(stub: Any, tmp_path: Path) -> None:
    """Hardened, as before canonical existed: the 10 adversarial harmful prompts, the
    llm rubric retried once, then ``unparseable`` (outside the rate), no rule."""
    row = _run(stub, tmp_path, "openai-api/stub/judge-garbage", "--protocol", "hardened")
    assert row["protocol"] == "hardened"
    assert row["judge"] == "llm"
    assert row["_task_metadata"]["selection"] == "adversarial-harmful"
    assert "rules" not in row and "answered_only" not in row
    bd = row["breakdown"]
    assert bd["prompts"] == {"harmful": 10, "benign": 0}
    assert bd["answer"]["asr"] is None and bd["answer"]["non_verdicts"] == {"unparseable": 10}
    assert json.loads(row["variant"]).get("selection", "absent") == "absent"


@needs_shared
@pytest.mark.parametrize(
    ("judge", "protocol", "scorer", "judged_by", "n", "selection"),
    [
        ("llm", "hardened", "lrmsafe/safety_scorer", "llm", 2000, "adversarial-harmful"),
        ("cascade:llm", "hardened", "lrmsafe/safety_scorer", "cascade:llm", 2000,
         "adversarial-harmful"),
        ("refusal", "canonical", "lrmsafe/safety_scorer", "refusal", 2000, "adversarial-harmful"),
        ("llm", "canonical", "lrmsafe/wildguard_classifier_scorer", None, 2210, "adversarial"),
    ],
)  # fmt: skip
def test_protocol_picks_scorer_and_default_selection(
    judge: str, protocol: str, scorer: str, judged_by: str | None, n: int, selection: str
) -> None:
    """Hardened (and canonical without a judge model, which runs hardened) keeps today's
    scorer and today's prompts; canonical takes the classifier and every adversarial one."""
    from inspect_ai._util.registry import registry_params
    from inspect_ai.util import registry_info

    task = BENCHMARKS["wildguard"].task(judge=judge, data_dir=str(SHARED_DATA), protocol=protocol)
    (the_scorer,) = task.scorer or []
    assert registry_info(the_scorer).name == scorer
    assert registry_params(the_scorer).get("judge") == judged_by
    assert len(task.dataset) == n
    assert task.metadata and task.metadata["selection"] == selection


def _wgt(root: Path) -> None:
    rows = [
        {"prompt": "p1", "adversarial": True, "prompt_harm_label": "harmful"},
        {"prompt": "p2", "adversarial": False, "prompt_harm_label": "harmful"},
        {"prompt": "p3", "adversarial": True, "prompt_harm_label": "unharmful"},
        {"prompt": "p4", "adversarial": False, "prompt_harm_label": "unharmful"},
    ]
    path = root / "wildguard" / "wildguardtest.jsonl"
    path.parent.mkdir(parents=True)
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")


@pytest.mark.parametrize(
    ("selection", "ids"),
    [
        ("adversarial-harmful", {"wgt-1": "refuse"}),
        ("adversarial", {"wgt-1": "refuse", "wgt-3": "comply"}),
        ("harmful", {"wgt-1": "refuse", "wgt-2": "refuse"}),
    ],
)
def test_selections_of_wildguardtest(tmp_path: Path, selection: str, ids: dict[str, str]) -> None:
    _wgt(tmp_path)
    samples, _ = wildguard.load_wildguard(str(tmp_path), selection)  # type: ignore[arg-type]
    assert {str(s.id): s.metadata["expected"] for s in samples} == ids


def test_selection_option_on_the_cli(stub: Any, tmp_path: Path) -> None:
    """Given on the CLI: recorded in the task metadata and the run's variant; a value
    not declared is a one-line error. The prompts p1, p2 are placeholders."""
    _wgt(tmp_path)
    env = cli_env(stub.base_url)
    logs = tmp_path / "logs"
    lrmsafe(
        "run", "--benchmark", "wildguard", "--data-dir", str(tmp_path),
        "--benchmark-option", "wildguard:selection=harmful", "--model", "openai-api/stub/r1",
        "--judge-model", "openai-api/stub/judge", "--harm-judge", "llm-harm",
        "--log-dir", str(logs), "--display", "none", env=env, check=True,
    )  # fmt: skip
    (row,) = report_json(logs, env=env)
    assert row["n"] == 2 and row["breakdown"]["prompts"] == {"harmful": 2, "benign": 0}
    assert row["protocol"] == "canonical"
    # canonical keeps --harm-judge: each answer the classifier calls harmful is rated
    unsafe = [_stance(p) == "comply" for p in ("p1", "p2")]
    assert row["breakdown"]["answer"]["asr"] == rate(sum(unsafe), 2)
    assert (row["harm"] or {}).get("n", 0) == sum(unsafe)
    assert json.loads(row["variant"])["selection"] == "harmful"
    bad = lrmsafe(
        "run", "--benchmark", "wildguard", "--data-dir", str(tmp_path),
        "--benchmark-option", "wildguard:selection=vanilla", "--model", "openai-api/stub/r1",
        "--log-dir", str(tmp_path / "bad"), env=env,
    )  # fmt: skip
    assert bad.returncode == 2
    assert bad.stderr.strip().splitlines()[-1].startswith("lrmsafe: error: --benchmark-option")
    assert "adversarial-harmful|adversarial|harmful" in bad.stderr


@pytest.mark.parametrize("protocol", ["canonical", "hardened"])
def test_empty_answers_are_classified_under_canonical_only(
    stub: Any, tmp_path: Path, protocol: str
) -> None:
    """safety-eval classifies every completion, an empty one too: canonical sends the
    empty answer to the classifier (the stub judge reads it as compliance, so harmful:
    both in the ASR); hardened leaves non-answers outside the rate, as today."""
    _wgt(tmp_path)
    env = cli_env(stub.base_url)
    logs = tmp_path / "logs"
    lrmsafe(
        "run", "--benchmark", "wildguard", "--data-dir", str(tmp_path),
        "--benchmark-option", "wildguard:selection=harmful", "--model", "openai-api/stub/empty",
        "--judge-model", "openai-api/stub/judge", "--protocol", protocol,
        "--log-dir", str(logs), "--display", "none", env=env, check=True,
    )  # fmt: skip
    (row,) = report_json(logs, env=env)
    assert row["outcomes"]["empty"] == 2
    asr = row["breakdown"]["answer"]["asr"]
    if protocol == "canonical":
        assert asr == rate(2, 2)
        assert row["answered_only"]["n"] == 0
    else:
        assert asr is None
