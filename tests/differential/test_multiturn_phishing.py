"""Differential test: our canonical phishing task against inspect_evals' own solver and scorer.

inspect_evals 0.26.0 ports CyberSecEval's multi-turn phishing
(``cyberseceval_4/multiturn_phishing``); its dataset loader downloads at run
time, so its Task is built here from its own pieces: ``record_to_sample`` over
the same scenarios from the shared data (a ``MemoryDataset``),
``multiturn_phishing_solver`` and ``phishing_scorer``. Both tasks run against
the same stub target, victim and judge (one stub process). The target is
``unsafe-p70-plain``: it has no thinking, so the reference's completion is
exactly our answer (the reference grades the completions' dialogue; our
separate grading of the thinking has nothing to read here), and it refuses
some openings and answers others, so refused dialogues are in the average.

That comparison runs canonical without PurpleLlama's benchmark file (the shared
data lack it), so with inspect_evals' texts. With the file, canonical sends
PurpleLlama's own texts, where inspect_evals departs from all of them (the
original wins): those requests are compared with PurpleLlama's own code,
compiled from the reference copy, below.

Where inspect_evals' code departs from PurpleLlama our canonical task follows
PurpleLlama; on these stub replies the departures do not change a score:
the per-turn checks go to the judge model (PurpleLlama's ``judge_llm``;
inspect_evals asks the victim model: here one stub model plays both, as in
PurpleLlama, and answers the checks in their JSON), the transcript is joined
with PurpleLlama's ``/n`` (inspect_evals: newline), and the grading prompt is
PurpleLlama's system message (inspect_evals puts it in the user turn); the stub
grades the same dialogue either way.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from inspect_ai import Task
from inspect_ai import eval as inspect_eval
from inspect_ai.dataset import MemoryDataset
from inspect_ai.log import EvalLog

import lrmsafe.benchmarks.phishing as ph
import lrmsafe.benchmarks.phishing.canonical as ph_canonical
from helpers import PHISHING_SCRIPT, SHARED_DATA
from lrmsafe.analysis.metrics import summarize
from lrmsafe.analysis.records import records_from_log
from lrmsafe.testing.stub import StubProcess, parse_model, resolve

DATA_FILE = SHARED_DATA / "cyberseceval" / "multiturn_phishing_challenges.json"
needs_data = pytest.mark.skipif(not DATA_FILE.is_file(), reason="shared data not available")

TARGET = "openai-api/stub/unsafe-p70-plain"
JUDGE = "openai-api/stub/judge"
VICTIM = JUDGE
"""PurpleLlama's set-up: the judge LLM plays the victim and answers the checks (inspect_evals
asks its victim model for the checks; with one model for both, the two agree)."""
SKILLS = ("persuasion", "rapport", "argumentation")


@pytest.fixture
def stub_env(stub: StubProcess, monkeypatch: pytest.MonkeyPatch) -> StubProcess:
    monkeypatch.setenv("STUB_BASE_URL", stub.base_url)
    monkeypatch.setenv("STUB_API_KEY", "stub-key")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    return stub


def _rows(n_refuse: int, n_comply: int) -> list[dict[str, Any]]:
    """Scenarios whose opening the target refuses / answers (the first of each, in order)."""
    from inspect_evals.cyberseceval_4.multiturn_phishing.dataset import record_to_sample

    profile = parse_model(TARGET.rsplit("/", 1)[1])
    assert profile is not None
    rows = json.loads(DATA_FILE.read_text(encoding="utf-8"))[:60]
    stance = {
        r["prompt_id"]: resolve(profile, str(record_to_sample(r).input), None)[1] for r in rows
    }
    refuse = [r for r in rows if stance[r["prompt_id"]] == "refuse"][:n_refuse]
    comply = [r for r in rows if stance[r["prompt_id"]] == "comply"][:n_comply]
    assert len(refuse) == n_refuse and len(comply) == n_comply
    return refuse + comply


def _reference(rows: list[dict[str, Any]], logs: Path) -> EvalLog:
    from inspect_evals.cyberseceval_4.multiturn_phishing.dataset import record_to_sample
    from inspect_evals.cyberseceval_4.multiturn_phishing.scorers import phishing_scorer
    from inspect_evals.cyberseceval_4.multiturn_phishing.solver import multiturn_phishing_solver

    task = Task(
        dataset=MemoryDataset([record_to_sample(r) for r in rows]),
        solver=multiturn_phishing_solver(),
        scorer=phishing_scorer(),
    )
    (log,) = inspect_eval(
        task, model=TARGET, model_roles={"victim": VICTIM, "grader": JUDGE},
        log_dir=str(logs), display="none", log_level="warning",
    )  # fmt: skip
    return log


def _ours(rows: list[dict[str, Any]], logs: Path) -> EvalLog:
    task = ph.phishing(judge="llm", data_dir=str(SHARED_DATA), protocol="canonical")
    (log,) = inspect_eval(
        task, model=TARGET, model_roles={"victim": VICTIM, "judge": JUDGE},
        sample_id=[f"phishing-{r['prompt_id']}" for r in rows],
        log_dir=str(logs), display="none", log_level="warning",
    )  # fmt: skip
    return log


@needs_data
def test_phishing_canonical_matches_inspect_evals_follows_purplellama_checks_and_join(
    stub_env: StubProcess, tmp_path: Path
) -> None:
    """Identical per-dialogue grades and the identical headline (mean over all dialogues).

    Seen failing when one canonical detail was changed (the breakdown's average over
    dialogues not refused at the first turn, as the hardened protocol does):
    ``assert 4.0 == 1.6`` on ``b["average"]["value"] == round(headline, 3)``; and when
    dialogues refused at the first turn were left ungraded: ``assert {1: {'argumentation':
    None, ...}} == {1: {'argumentation': 0.0, ...}}`` on ``got == expected``.
    """
    rows = _rows(n_refuse=3, n_comply=2)
    ref = _reference(rows, tmp_path / "reference")
    ours = _ours(rows, tmp_path / "ours")
    assert ref.status == "success", ref.error
    assert ours.status == "success", ours.error
    assert ours.eval.metadata and ours.eval.metadata["protocol"] == "canonical"

    expected: dict[int, dict[str, Any]] = {}
    for s in ref.samples or []:
        (score,) = (s.scores or {}).values()
        assert isinstance(score.value, dict)
        expected[int((s.metadata or {})["prompt_id"])] = {
            **{k: float(score.value[k]) for k in SKILLS},
            "overall": float(score.value["overall_score"]),
            "is_success": bool(score.value["is_success"]),
            "dialogue": str((s.metadata or {})["dialogue_history"]),
        }
    got: dict[int, dict[str, Any]] = {}
    for s in ours.samples or []:
        (score,) = (s.scores or {}).values()
        m = score.metadata or {}
        got[int((s.metadata or {})["prompt_id"])] = {
            **{k: m[k] for k in SKILLS},
            "overall": m["average"],
            "is_success": m["is_success"],
            # the same dialogue, line for line (PurpleLlama's "/n" join read as newlines)
            "dialogue": str(m["transcript"]).replace("/n", "\n"),
        }
    assert got == expected
    # the refused dialogues are in both averages: some graded 0, some not
    assert {v["overall"] for v in expected.values()} == {0.0, 4.0}
    # six attacker turns each (no victim reply reads as refused); every check says complied
    assert all(v["dialogue"].count("Attacker: ") == 6 and v["is_success"] for v in got.values())

    ref_metrics = {k: m.value for s in ref.results.scores for k, m in s.metrics.items()}  # type: ignore[union-attr]
    our_metrics = {k: m.value for s in ours.results.scores for k, m in s.metrics.items()}  # type: ignore[union-attr]
    headline = ref_metrics["overall_score_average"]
    assert our_metrics["skill_average"] == headline
    for k in SKILLS:
        assert our_metrics[f"{k}_average"] == ref_metrics[f"{k}_average"]
    # the report's Table 4 figure (rounded to 3 places) is the same number
    (row,) = summarize(list(records_from_log(ours)))
    b = row["breakdown"]
    assert b["average"]["value"] == round(headline, 3)
    assert b["average"]["n"] == len(rows) and row["protocol"] == "canonical"
    assert b["prompt_texts"] == "inspect_evals"  # PurpleLlama's file is not in shared data


# --------------------------------------------------------------------------- #
# PurpleLlama's own code (its texts: where inspect_evals departs, the original wins)
# --------------------------------------------------------------------------- #


class _StubLLM:
    """PurpleLlama's ``LLM`` interface (the two calls its phishing code makes) on the
    stub's chat endpoint: the system prompt, then the history as alternating
    user/assistant turns, as its OpenAI wrapper sends them."""

    def __init__(self, base_url: str, model: str) -> None:
        self.base_url, self.model = base_url, model

    def _post(self, messages: list[dict[str, str]]) -> str:
        import urllib.request

        body = json.dumps({"model": self.model, "messages": messages}).encode()
        request = urllib.request.Request(
            f"{self.base_url}/chat/completions", data=body,
            headers={"Content-Type": "application/json", "Authorization": "Bearer stub-key"},
        )  # fmt: skip
        with urllib.request.urlopen(request, timeout=60) as response:
            return str(json.loads(response.read())["choices"][0]["message"]["content"] or "")

    def chat_with_system_prompt_with_retries(
        self, system_prompt: str, prompt_with_history: list[str], **_: object
    ) -> str:
        turns = [
            {"role": "user" if i % 2 == 0 else "assistant", "content": text}
            for i, text in enumerate(prompt_with_history)
        ]
        return self._post([{"role": "system", "content": system_prompt}, *turns])

    def query_with_system_prompt_with_retries(
        self, system_prompt: str, prompt: str, **_: object
    ) -> str:
        return self._post(
            [{"role": "system", "content": system_prompt}, {"role": "user", "content": prompt}]
        )


def purplellama_namespace(data_dir: Path) -> dict[str, Any]:
    """PurpleLlama's phishing module, compiled from its pinned source as lrmsafe loads
    it at run time (``load_text`` from the test's ``--data-dir``, where the reference
    copy was put at test time: never imported from ../shared/reference), without its
    package-relative imports (its benchmark base class, LLM wrappers and query runner
    are not needed by the functions called here)."""
    import ast
    import logging
    import re
    import statistics
    import typing

    from lrmsafe.benchmarks._data import load_text
    from lrmsafe.benchmarks.phishing.original import SOURCE

    text, origin = load_text(SOURCE, str(data_dir))
    tree = ast.parse(text)
    tree.body = [n for n in tree.body if not (isinstance(n, ast.ImportFrom) and n.level)]
    namespace: dict[str, Any] = {
        "__name__": "purplellama_phishing", "json": json, "re": re, "logging": logging,
        "typing": typing, "cast": typing.cast, "Dict": dict, "Optional": typing.Optional,
        "Union": typing.Union, "Path": Path, "mean": statistics.mean,
        "variance": statistics.variance, "Benchmark": object, "LLM": object,
        "query_llm_to_generate_responses": None,
    }  # fmt: skip
    exec(compile(tree, origin, "exec"), namespace)  # the reference's own code
    return namespace


def _with_texts(tmp_path: Path) -> Path:
    """A --data-dir with the scenarios and PurpleLlama's benchmark file (copied now)."""
    import shutil

    if not PHISHING_SCRIPT.is_file():
        pytest.skip("the PurpleLlama reference copy is not available")
    root = tmp_path / "data"
    (root / "cyberseceval").mkdir(parents=True)
    shutil.copyfile(DATA_FILE, root / "cyberseceval" / DATA_FILE.name)
    shutil.copyfile(PHISHING_SCRIPT, root / "cyberseceval" / PHISHING_SCRIPT.name)
    return root


def _requests(stub: StubProcess) -> list[str]:
    """Every chat request the stub saw (model and messages), as sortable text."""
    return [
        json.dumps([r["model"], r["body"]["messages"]], sort_keys=True)
        for r in stub.requests(2000)
        if r["endpoint"].endswith("chat/completions")
    ]


@needs_data
def test_phishing_canonical_sends_purplellamas_own_requests_original_wins(
    stub_env: StubProcess, tmp_path: Path
) -> None:
    """With PurpleLlama's benchmark file at hand, canonical runs PurpleLlama's texts:
    PurpleLlama's own ``process_multiturn_phishing`` and ``process_judge_prompt``
    (compiled from the reference copy, on the same stub models) send exactly the
    requests ours sends (every attacker, victim, check and grading request, byte for
    byte: its attacker system prompt with the goal as first turn, its victim persona,
    its check texts, its grading prompts; slots filled as its f-strings fill them,
    platform None and the profile's ``str``), and give the same transcripts,
    successes and grades. inspect_evals departs on every one of these texts."""
    rows = _rows(n_refuse=2, n_comply=2)
    data_dir = _with_texts(tmp_path)
    pl = purplellama_namespace(data_dir)
    attacker = _StubLLM(stub_env.base_url, TARGET.rsplit("/", 1)[1])
    judge = _StubLLM(stub_env.base_url, JUDGE.rsplit("/", 1)[1])
    stub_env.reset()
    expected: dict[int, dict[str, Any]] = {}
    for i, row in enumerate(rows):
        response = pl["process_multiturn_phishing"](
            i, 0, {"initial_query_llm": attacker, "judge_llm": judge}, dict(row)
        )
        graded = pl["process_judge_prompt"](i, 0, {"judge_llm": judge}, response)
        expected[int(row["prompt_id"])] = {
            "transcript": response["dialogue_history"],
            "is_success": response["is_success"],
            **{k: float(graded["grade"]["scores"][k]) for k in SKILLS},
            "overall": float(graded["grade"]["overall_score"]),
        }
    theirs = _requests(stub_env)

    stub_env.reset()
    task = ph.phishing(judge="llm", data_dir=str(data_dir), protocol="canonical")
    assert (task.metadata or {})["prompt_texts"] == "purplellama"
    (ours,) = inspect_eval(
        task, model=TARGET, model_roles={"victim": VICTIM, "judge": JUDGE},
        sample_id=[f"phishing-{r['prompt_id']}" for r in rows],
        log_dir=str(tmp_path / "ours"), display="none", log_level="warning",
    )  # fmt: skip
    assert ours.status == "success", ours.error
    # ours also asks lrmsafe's refusal rubric about each first answer (fenced; Table 2)
    mine = [r for r in _requests(stub_env) if "BEGIN UNTRUSTED" not in r]
    assert len(mine) == len(theirs) > 4 * 20
    assert sorted(mine) == sorted(theirs)
    got: dict[int, dict[str, Any]] = {}
    for s in ours.samples or []:
        (score,) = (s.scores or {}).values()
        m = score.metadata or {}
        got[int((s.metadata or {})["prompt_id"])] = {
            "transcript": m["transcript"],
            "is_success": m["is_success"],
            **{k: m[k] for k in SKILLS},
            "overall": m["average"],
        }
    assert got == expected
    assert {v["overall"] for v in expected.values()} == {0.0, 4.0}
    (row,) = summarize(list(records_from_log(ours)))
    assert row["breakdown"]["prompt_texts"] == "purplellama"  # the report tells


class _Replying:
    """An LLM that answers every chat with one fixed reply."""

    def __init__(self, reply: str) -> None:
        self.reply, self.model = reply, "fixed"

    def chat_with_system_prompt_with_retries(self, **_: object) -> str:
        return self.reply


R_REPLIES = [
    "Thought: be friendly.\nR: Hi Aisha, quick question about the survey.\nStrategy: rapport",
    "R:Hello",
    "R: \nThe message on the next line",
    "R:",
    "R:   ",
    "No marker at all.",
    "",
    "r: lower case is no marker",
    "R: first\nR: second",
]


@needs_data
@pytest.mark.parametrize("reply", R_REPLIES)
def test_attacker_message_is_what_purplellamas_compose_message_keeps(
    reply: str, tmp_path: Path
) -> None:
    """PurpleLlama's own ``Attacker.compose_message`` (its pinned source's code) and
    ours keep the same part of an attacker reply: the rest of the first ``R:`` line,
    else the whole reply."""
    pl = purplellama_namespace(_with_texts(tmp_path))
    attacker = pl["Attacker"]("goal", "profile", _Replying(reply), "SMS")
    assert ph_canonical.attacker_message(reply) == attacker.compose_message("prompt")


@needs_data
def test_the_victim_hears_the_r_line_and_the_attacker_history_holds_it(
    stub_env: StubProcess, tmp_path: Path
) -> None:
    """A scripted attacker (Inspect's mockllm) that answers in PurpleLlama's
    ``R: <message>`` format: the victim is sent the message only, the transcript
    records it, and the attacker's own history holds it (PurpleLlama's
    ``compose_message``), while the first answer stays whole for the refusal judge."""
    from inspect_ai.model import ModelOutput, ModelUsage, get_model

    def output(text: str) -> ModelOutput:
        out = ModelOutput.from_content("mockllm/model", text)
        out.usage = ModelUsage(input_tokens=1, output_tokens=1, total_tokens=2)  # no tokenizer
        return out

    replies = [f"Thought: step {i}.\nR: Message number {i}.\nStrategy: urgency" for i in range(6)]
    target = get_model("mockllm/model", custom_outputs=[output(r) for r in replies])
    row = json.loads(DATA_FILE.read_text(encoding="utf-8"))[0]
    task = ph.phishing(judge="llm", data_dir=str(_with_texts(tmp_path)), protocol="canonical")
    stub_env.reset()
    (log,) = inspect_eval(
        task, model=target, model_roles={"victim": VICTIM, "judge": JUDGE},
        sample_id=[f"phishing-{row['prompt_id']}"], log_dir=str(tmp_path / "logs"),
        display="none", log_level="warning",
    )  # fmt: skip
    assert log.status == "success", log.error
    (sample,) = log.samples or []
    victim_system = str((sample.metadata or {})["victim_system"])
    heard = [
        r["body"]["messages"][-1]["content"]
        for r in stub_env.requests(500)
        if r["body"]["messages"][0]["content"] == victim_system
    ]
    assert heard == [f"Message number {i}." for i in range(len(heard))] and len(heard) == 6
    said = [m.text for m in sample.messages if m.role == "assistant"]
    assert said == [f"Message number {i}." for i in range(6)]
    (score,) = (sample.scores or {}).values()
    transcript = str((score.metadata or {})["transcript"])
    assert transcript.startswith("Attacker: Message number 0./nVictim: ")
    assert str((score.metadata or {})["dialogue"][0]["answer"]) == replies[0]


@needs_data
def test_without_purplellamas_file_the_ported_texts_run_and_say_so(tmp_path: Path) -> None:
    """An air-gapped --data-dir without the benchmark file (as ../shared/data):
    canonical still runs, with inspect_evals' texts, a one-line start note and the
    texts recorded; a file that is there but changed is an error, never a guess."""
    task = ph.phishing(judge="llm", data_dir=str(SHARED_DATA), protocol="canonical", sample=2)
    meta = task.metadata or {}
    assert meta["prompt_texts"] == "inspect_evals"
    assert "cannot be had" in meta["start_note"] and "\n" not in meta["start_note"]
    assert {(s.metadata or {})["prompt_texts"] for s in task.dataset} == {"inspect_evals"}
    root = _with_texts(tmp_path)
    script = root / "cyberseceval" / PHISHING_SCRIPT.name
    script.write_text(
        PHISHING_SCRIPT.read_text(encoding="utf-8").replace("{self.goal}", "{self.goal!r}"),
        encoding="utf-8",
    )
    from lrmsafe.benchmarks._data import DataError

    with pytest.raises(DataError, match=r"unexpected f-string field \{self\.goal\}"):
        ph.phishing(judge="llm", data_dir=str(root), protocol="canonical", sample=2)
