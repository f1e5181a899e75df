"""XSTest canonical: the original classifier's prompt, read from its pinned script.

The script (paul-rottger/exaggerated-safety ``evaluation/classify_completions_gpt.py``
@ d7bb5bd) is served at test time from ../shared/reference, by a 127.0.0.1 raw
mirror or from a tmp ``--data-dir``; nothing of it is in the repository. The
request our judge sends is compared, byte for byte, with the string the
script's own ``PROMPT`` f-string builds (its expression compiled from the
syntax tree of the file as lrmsafe loads it, and evaluated with QUESTION and
RESPONSE bound), and with
its system message and ``ChatCompletion.create`` settings.
"""

from __future__ import annotations

import ast
import functools
import http.server
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from inspect_ai import eval as inspect_eval

import lrmsafe.benchmarks.xstest as xs
from helpers import SHARED_DATA, XSTEST_SCRIPT
from lrmsafe.analysis.records import read_records
from lrmsafe.benchmarks._data import RAW_HOST, DataError
from lrmsafe.testing.stub import StubProcess

os.environ.setdefault("HF_HUB_OFFLINE", "1")
PROMPTS = SHARED_DATA / "xstest" / "xstest_prompts.csv"
pytestmark = pytest.mark.skipif(
    not (PROMPTS.is_file() and XSTEST_SCRIPT.is_file()), reason="shared data or reference absent"
)


def _function(tree: ast.Module, name: str) -> ast.FunctionDef:
    (fn,) = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == name]
    return fn


def _assigned(fn: ast.FunctionDef, name: str) -> ast.expr:
    (value,) = [
        n.value
        for n in ast.walk(fn)
        if isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Name)
        and n.targets[0].id == name
    ]  # fmt: skip
    return value


@functools.cache
def _pinned_script() -> tuple[str, str]:
    """The original script as lrmsafe loads its pinned source at run time (``load_text``
    from a ``--data-dir`` holding the reference copy, put there now): the test's
    oracle never imports from ../shared/reference."""
    from lrmsafe.benchmarks._data import load_text

    root = Path(tempfile.mkdtemp(prefix="xstest-pinned-"))
    (root / "xstest").mkdir()
    shutil.copyfile(XSTEST_SCRIPT, root / "xstest" / xs.ORIGINAL_FILE)
    return load_text(xs.PROMPT_SOURCE, str(root))


def reference_prompt(question: str, response: str) -> str:
    """The string the original script's ``PROMPT = f'...'`` builds, by Python itself."""
    text, origin = _pinned_script()
    fn = _function(ast.parse(text), "get_completion")
    code = compile(ast.Expression(_assigned(fn, "PROMPT")), origin, "eval")
    value = eval(code, {}, {"QUESTION": question, "RESPONSE": response})  # the reference's own
    assert isinstance(value, str)
    return value


def reference_request() -> tuple[str, dict[str, Any]]:
    """The original's system message and ``create`` keyword values, evaluated by Python."""
    fn = _function(ast.parse(_pinned_script()[0]), "get_completion")
    messages = _assigned(fn, "INPUT")
    assert isinstance(messages, ast.List) and isinstance(messages.elts[0], ast.Dict)
    system = eval(compile(ast.Expression(messages.elts[0]), "INPUT", "eval"), {}, {})["content"]
    (create,) = [
        n for n in ast.walk(fn)
        if isinstance(n, ast.Call) and getattr(n.func, "attr", None) == "create"
    ]  # fmt: skip
    settings = {
        kw.arg: ast.literal_eval(kw.value)
        for kw in create.keywords
        if kw.arg not in ("model", "messages")
    }
    return system, settings


@pytest.fixture
def mirror(tmp_path: Path) -> Iterator[str]:
    """A raw-host mirror on 127.0.0.1 serving the prompts file and the script at their
    pinned paths (copied at test time)."""
    root = tmp_path / "mirror"
    for source, path in ((xs.SOURCE, PROMPTS), (xs.PROMPT_SOURCE, XSTEST_SCRIPT)):
        assert source.url is not None and source.url.startswith(RAW_HOST)
        target = root / source.url[len(RAW_HOST) :].lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a: object, **k: object) -> None:
            super().__init__(*a, directory=str(root), **k)  # type: ignore[arg-type]

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _data_dir(tmp_path: Path, with_script: bool = True) -> Path:
    root = tmp_path / "data"
    (root / "xstest").mkdir(parents=True)
    shutil.copyfile(PROMPTS, root / "xstest" / "xstest_prompts.csv")
    if with_script:
        shutil.copyfile(XSTEST_SCRIPT, root / "xstest" / xs.ORIGINAL_FILE)
    return root


@pytest.fixture
def stub_env(fresh_stub: StubProcess, monkeypatch: pytest.MonkeyPatch) -> Iterator[StubProcess]:
    monkeypatch.setenv("STUB_BASE_URL", fresh_stub.base_url)
    monkeypatch.setenv("STUB_API_KEY", "stub-key")
    yield fresh_stub


def _judge_requests(stub: StubProcess) -> list[dict[str, Any]]:
    return [r["body"] for r in stub.requests(500) if r["model"] == "judge"]


def test_the_judge_sends_the_original_prompt_byte_for_byte_fetched_through_a_mirror(
    stub_env: StubProcess, mirror: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No --data-dir: the script and the prompts come through the raw mirror (the
    product's pinned URLs); every judge request is the original's exactly: its system
    message, its f-string's text for (prompt, answer) and (prompt, thinking), its
    settings (temperature 0, 16 tokens, top_p 1, no penalties); the stub answers in
    the original's labels, read back as the classes."""
    monkeypatch.setenv("LRMSAFE_RAW_MIRROR", mirror)
    monkeypatch.setenv("LRMSAFE_CACHE_DIR", str(tmp_path / "cache"))
    task = xs.xstest(judge="llm", protocol="canonical", sample=6, seed=1)
    meta = task.metadata or {}
    assert meta["grader_prompt"] == "original" and "start_note" not in meta
    assert meta["grader_prompt_source"] == xs.PROMPT_SOURCE.url
    system, settings = reference_request()
    assert meta["judge_generation"] == {**settings, "reference": xs.ORIGINAL_REFERENCE}
    stub_env.reset()
    (log,) = inspect_eval(
        task, model="openai-api/stub/r1", model_roles={"judge": "openai-api/stub/judge"},
        log_dir=str(tmp_path / "logs"), display="none", log_level="warning",
    )  # fmt: skip
    assert log.status == "success", log.error
    records, problems = read_records([tmp_path / "logs"])
    assert not problems and len(records) == 6
    expected = sorted(
        reference_prompt(r.prompt, text) for r in records for text in (r.answer, r.thinking) if text
    )
    requests = _judge_requests(stub_env)
    assert len(requests) == len(expected) > 6  # answers and thinking
    for body in requests:
        assert [m["role"] for m in body["messages"]] == ["system", "user"]
        assert body["messages"][0]["content"] == system
        assert {k: body.get(k) for k in settings} == settings
    assert sorted(b["messages"][1]["content"] for b in requests) == expected
    assert stub_env.stats()["by_judge_style"] == {"xstest_label": len(expected)}
    assert {r.answer_verdict for r in records} <= set(xs.LABELS_ORIGINAL.values())
    assert all(r.sample_id and r.meta["grader_prompt"] == "original" for r in records)
    assert xs.xstest_breakdown(records)["grader_prompt"] == "original"  # the report tells


def test_a_data_dir_copy_is_read_and_a_changed_file_is_an_error(tmp_path: Path) -> None:
    root = _data_dir(tmp_path)
    prompt, why = xs.original_prompt(str(root))
    assert why is None and prompt is not None
    assert prompt.origin == str(root / "xstest" / xs.ORIGINAL_FILE)
    assert prompt.user("Q?", "A.") == reference_prompt("Q?", "A.")
    # leading spaces after the backslash continuations are in the string Python builds
    assert "\n\n        QUESTION: " in prompt.user("Q?", "A.")
    assert (prompt.system, prompt.settings) == reference_request()
    script = root / "xstest" / xs.ORIGINAL_FILE
    script.write_text(
        XSTEST_SCRIPT.read_text(encoding="utf-8").replace("{RESPONSE}", "{RESPONSE.upper()}"),
        encoding="utf-8",
    )
    with pytest.raises(DataError, match=r"unexpected f-string field \{RESPONSE.upper\(\)\}"):
        xs.original_prompt(str(root))


def test_without_the_script_inspect_evals_prompt_runs_and_says_so(tmp_path: Path) -> None:
    """An air-gapped --data-dir without the script (as ../shared/data): canonical still
    runs, with inspect_evals' grader, a start note, and the prompt recorded."""
    root = _data_dir(tmp_path, with_script=False)
    task = xs.xstest(judge="llm", data_dir=str(root), protocol="canonical", sample=2)
    meta = task.metadata or {}
    assert meta["grader_prompt"] == "inspect_evals"
    assert "cannot be had" in meta["start_note"] and "lrmsafe data pull" in meta["start_note"]
    assert "\n" not in meta["start_note"]
    assert "max_tokens" not in meta["judge_generation"]
    assert all((s.metadata or {})["grader_prompt"] == "inspect_evals" for s in task.dataset)


LABEL_REPLIES = [
    ("1_full_compliance", "full_compliance"),
    ("2_full_refusal.", "full_refusal"),
    ("CLASS: 3_partial_refusal", "partial_refusal"),
    ("3_PARTIAL_REFUSAL", "partial_refusal"),
    (" 2_full_refusal\n\nThe model declines.", "full_refusal"),
    ("2_full_refusal (2_full_refusal)", "full_refusal"),
    ("2_full_compliance", None),  # the number and the name disagree
    ("1_full_compliance or 2_full_refusal", None),  # two classes
    ("full_refusal", None),  # not the original's label
    ("12_full_refusal", None),
    ("", None),
    ("I cannot classify this.", None),
]


@pytest.mark.parametrize(("reply", "verdict"), LABEL_REPLIES)
def test_labels_read_as_the_originals_classes_anything_else_unscored(
    reply: str, verdict: str | None
) -> None:
    found = xs.parse_label(reply)
    assert (found.verdict if found else None) == verdict


def test_an_unreadable_reply_is_unscored_never_safe(stub_env: StubProcess, tmp_path: Path) -> None:
    """The garbage judge answers no label: every judged answer is ``unparseable``
    (outside the denominator), none counts as compliance."""
    root = _data_dir(tmp_path)
    task = xs.xstest(judge="llm", data_dir=str(root), protocol="canonical", sample=4)
    (log,) = inspect_eval(
        task, model="openai-api/stub/r1", model_roles={"judge": "openai-api/stub/judge-garbage"},
        log_dir=str(tmp_path / "logs"), display="none", log_level="warning",
    )  # fmt: skip
    assert log.status == "success", log.error
    records, _ = read_records([tmp_path / "logs"])
    assert len(records) == 4
    assert {r.answer_verdict for r in records} == {"unparseable"}
    assert not any(r.answer_safe for r in records)
    answer = xs.xstest_breakdown(records)["answer"]
    assert answer["n"] == 0 and answer["non_verdicts"] == {"unparseable": 4}


def test_no_text_of_the_reference_scripts_is_in_the_repository() -> None:
    """The prompts are read from the pinned files at run time: no line of their
    prompt texts (XSTest's classifier, PurpleLlama's phishing prompts) is in our
    sources or tests."""
    from helpers import PHISHING_SCRIPT
    from lrmsafe.benchmarks.phishing.original import parse_texts

    prompt = xs.parse_original(XSTEST_SCRIPT.read_text(encoding="utf-8"), "x")
    texts: list[str] = [prompt.system, prompt.user("", "")]
    if PHISHING_SCRIPT.is_file():
        pl = parse_texts(PHISHING_SCRIPT.read_text(encoding="utf-8"), "p")
        texts += [pl.attacker.render(max_turns=5, platform="", profile="", goal="")]
        texts += [pl.victim.render(platform="", profile=""), pl.check_system]
        texts += [pl.grading_prompt(s) for s in pl.attribute_prompts]
    lines = {line.strip() for t in texts for line in t.splitlines() if len(line.strip()) > 25}
    repo = Path(__file__).resolve().parents[2]
    for path in [*(repo / "src").rglob("*.py"), *(repo / "tests").rglob("*.py")]:
        body = path.read_text(encoding="utf-8")
        assert not [line for line in lines if line in body], path
