"""AIR-Bench ``--protocol canonical`` against inspect_evals' own air_bench pieces.

inspect_evals 0.26.0 ports HELM's AIR-Bench annotator: its ``annotate()``
solver fills the category's template and asks for a reply, its
``air_bench_scorer()`` reads ``##short_reasoning: ... ##the_score: ...`` and
its ``accuracy_by_category()`` metric gives the headline (``all``: the mean
score, HELM's ``air_score``). Its loaders download at run time, so its Task is
built here from those pieces: a ``MemoryDataset`` of the same shared/data
prompts (through its own ``make_record_to_sample``), and its judge-prompt
loader (``get_judge_prompts``, a hub download) swapped for the same templates.

Same target and judge for both: the stub. inspect_evals asks the *model under
test* to annotate (it calls the task's ``generate`` with the judge prompt in
place of the user turn, the answer still after it); HELM asks a separate judge
with the filled template alone. Here inspect_evals' ``annotate`` gets a
``generate`` that sends its messages to the stub judge instead, which answers
from the last user turn (the filled template) alone, so both see the same
request text. Both judge the *answer*: the stub targets serve their thinking
apart (``reasoning_content``), so inspect_evals' ``completion`` is our answer
text; our separate thinking verdict is not part of the reference.

Templates: our own placeholders in the pinned hub revision's direction (a
refusal scores 1, HELM's ``Refusal Rate``); see ``_airbench_helpers``.

Where inspect_evals departs from HELM, HELM wins: inspect_evals scores an empty
answer 0.0 (``if not completion``), HELM 1.0 (``if not text.strip()``: a
blocked request or empty response is a refusal). The test expects HELM's 1.0
for exactly the samples inspect_evals marks ``BLOCKED_REQUEST_OR_EMPTY_RESPONSE``.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from _airbench_helpers import own_template_rows, shared_prompt_rows, write_data_dir
from inspect_ai import Task
from inspect_ai import eval as inspect_eval
from inspect_ai.dataset import MemoryDataset, Sample
from inspect_ai.log import EvalLog
from inspect_ai.model import get_model
from inspect_ai.solver import Generate, Solver, TaskState, generate, solver

from helpers import SHARED_DATA
from lrmsafe.analysis.records import SampleRecord, records_from_log
from lrmsafe.benchmarks import airbench
from lrmsafe.testing.stub import StubProcess

pytestmark = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="shared/data not available")

N_PROMPTS = 16
HELM_BLANK = "BLOCKED_REQUEST_OR_EMPTY_RESPONSE"


@pytest.fixture
def stub_env(fresh_stub: StubProcess, monkeypatch: pytest.MonkeyPatch) -> Iterator[StubProcess]:
    """The stub, the openai-api/stub provider pointed at it, judge replies uncached."""
    monkeypatch.setenv("STUB_BASE_URL", fresh_stub.base_url)
    monkeypatch.setenv("STUB_API_KEY", "stub-key")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("LRMSAFE_JUDGE_CACHE", "0")
    yield fresh_stub


def _reference_log(
    rows: list[dict[str, str]],
    templates: list[dict[str, str]],
    target: str,
    judge: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> EvalLog:
    """inspect_evals' air_bench solver and scorer on these prompts and templates."""
    # the module (the package's ``air_bench`` name is the task function)
    ref = importlib.import_module("inspect_evals.air_bench.air_bench")

    judge_prompts = MemoryDataset(
        [
            Sample(
                input=t["judge_prompt"],
                id=t["cate-idx"],
                metadata={k: t[k] for k in ("l2-name", "l3-name", "l4-name")},
            )
            for t in templates
        ]
    )  # what its get_judge_prompts() builds from the hub (FieldSpec input/id/metadata)
    monkeypatch.setattr(ref, "get_judge_prompts", lambda: judge_prompts)

    @solver
    def annotate_on_judge() -> Solver:
        inner = ref.annotate()

        async def solve(state: TaskState, generate: Generate) -> TaskState:
            async def on_judge(state: TaskState, *args: Any, **kwargs: Any) -> TaskState:
                state.output = await get_model(judge).generate(state.messages)
                state.messages.append(state.output.message)
                return state

            return await inner(state, cast(Generate, on_judge))

        return solve

    to_sample = ref.make_record_to_sample()
    task = Task(
        dataset=MemoryDataset([to_sample(dict(r)) for r in rows]),
        solver=[generate(), annotate_on_judge()],
        scorer=ref.air_bench_scorer(),
    )
    (log,) = inspect_eval(
        task, model=target, log_dir=str(tmp_path / "ref-logs"), display="none",
        log_level="warning", score_display=False,
    )  # fmt: skip
    assert log.status == "success", log.error
    return log


def _our_log(data_dir: Path, target: str, judge: str, tmp_path: Path) -> EvalLog:
    task = airbench.airbench(judge="llm", data_dir=str(data_dir), protocol="canonical")
    (log,) = inspect_eval(
        task, model=target, model_roles={"judge": judge}, log_dir=str(tmp_path / "our-logs"),
        display="none", log_level="warning", score_display=False,
    )  # fmt: skip
    assert log.status == "success", log.error
    assert (log.eval.metadata or {})["protocol"] == "canonical"
    return log


def _reference_scores(log: EvalLog) -> dict[str, tuple[float | None, bool]]:
    """Per prompt: inspect_evals' score (None: unscored) and whether it was its blank rule."""
    out: dict[str, tuple[float | None, bool]] = {}
    for s in log.samples or []:
        (score,) = (s.scores or {}).values()
        value = float(cast(float, score.value))
        blank = (score.metadata or {}).get("reasoning") == HELM_BLANK
        out[str(s.input)] = (None if math.isnan(value) else value, blank)
    return out


def _ours(log: EvalLog) -> dict[str, SampleRecord]:
    return {r.prompt: r for r in records_from_log(log)}


def _judge_requests(stub: StubProcess) -> list[dict[str, Any]]:
    """The chat requests the stub's judge models got (their bodies), oldest first."""
    return [
        r["body"]
        for r in stub.requests(500)
        if str(r.get("model", "")).startswith("judge") and isinstance(r.get("body"), dict)
    ]


def _user_texts(bodies: list[dict[str, Any]]) -> list[str]:
    return sorted(
        str(m["content"]) for b in bodies for m in b["messages"] if m.get("role") == "user"
    )


CASES = [
    # (target, judge, the HELM scores seen): answers judged (refusals 1, help 0);
    # empty answers; blocked answers; a judge whose replies never parse (every
    # sample unscored by both)
    ("openai-api/stub/r1", "openai-api/stub/judge", {0.0, 1.0}),
    ("openai-api/stub/reasoning_content-refuse", "openai-api/stub/judge", {1.0}),
    ("openai-api/stub/empty", "openai-api/stub/judge", {1.0}),
    ("openai-api/stub/content_filter", "openai-api/stub/judge", {1.0}),
    ("openai-api/stub/r1", "openai-api/stub/judge-garbage", {None}),
]


@pytest.mark.parametrize(("target", "judge", "seen"), CASES)
def test_canonical_equals_inspect_evals_air_bench_with_helm_blank_answer_rule(
    stub_env: StubProcess,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    target: str,
    judge: str,
    seen: set[float | None],
) -> None:
    """Per-sample scores and the headline (mean score, HELM's air_score; our Table 2
    AIR-Bench cell / 100) are identical, empty answers following HELM (1.0), not
    inspect_evals (0.0)."""
    rows = shared_prompt_rows(N_PROMPTS)
    templates = own_template_rows(rows)
    ref_log = _reference_log(rows, templates, target, judge, tmp_path, monkeypatch)
    ref_requests = _judge_requests(stub_env)
    stub_env.reset()
    data_dir = write_data_dir(tmp_path / "data", rows, templates)
    our_log = _our_log(data_dir, target, judge, tmp_path)
    our_requests = _judge_requests(stub_env)

    # the judge saw the same filled templates (ours: alone, as HELM sends them, at
    # HELM's temperature 0 and 64 tokens; ours also asks about each thinking text)
    answer_requests = [b for b in our_requests if "[placeholder reasoning]" not in str(b)]
    answer_requests = [b for b in answer_requests if "I should decline" not in str(b)]
    assert _user_texts(answer_requests) == _user_texts(ref_requests)
    for body in our_requests:
        assert [m["role"] for m in body["messages"]] == ["user"]
        assert body.get("temperature") == 0.0 and body.get("max_tokens") == airbench.HELM_MAX_TOKENS

    reference = _reference_scores(ref_log)
    ours = _ours(our_log)
    assert sorted(reference) == sorted(ours) and len(ours) == N_PROMPTS
    # HELM's score per prompt: inspect_evals' own, except its blank answers (1.0 in HELM)
    helm = {p: (1.0 if blank else value) for p, (value, blank) in reference.items()}
    mine = {p: airbench.record_score(r, "answer") for p, r in ours.items()}
    assert mine == helm
    assert set(helm.values()) == seen
    for p, r in ours.items():  # a blank answer's 1.0 comes from the rule, visibly
        assert (r.part("answer").rule is not None) == reference[p][1]
        if reference[p][0] is None:  # unscored there: a non-verdict here, not a score
            assert r.answer_verdict == "unparseable"

    scored = [v for v in helm.values() if v is not None]
    records = list(ours.values())
    column = airbench.RESULTS.safety  # the study's Table 2 AIR-Bench column
    assert column is not None
    cell = column.cell(records, airbench.airbench_breakdown(records), "answer")
    if not scored:
        assert cell.value is None
        return
    assert cell.value == 100.0 * sum(scored) / len(scored)
    ours_scores = airbench.scores(records, "answer")
    assert sum(ours_scores) / len(ours_scores) == sum(scored) / len(scored)
    if not any(blank for _, blank in reference.values()):
        # no departure in play: inspect_evals' own headline metric, as it computed it
        metric = ref_log.results.scores[0].metrics["all"].value if ref_log.results else None
        assert sum(ours_scores) / len(ours_scores) == metric
