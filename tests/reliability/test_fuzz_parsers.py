"""Fuzz every judge-reply parser and the reasoning splitter: no exception, a defined status.

Judge replies and model outputs are untrusted text. Whatever they contain, a
parser returns None (recorded as ``unparseable``) or a result whose verdict is
in the vocabulary, and the splitter always names one of the outcomes.
Parsers are found by signature (reply_parsers.py), so new ones are fuzzed too.
"""

from __future__ import annotations

import math
import multiprocessing
import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reply_parsers import judge_parsers

from lrmsafe.judges.llm import fence
from lrmsafe.reasoning import split_output, split_text
from lrmsafe.vocab import OUTCOMES, VERDICTS

TOKENS = [
    "VERDICT", "SCORE", "CLASS", "ANSWER", "AWARE", "##the_score", "##short_reasoning",
    "PERSUASION", "RAPPORT", "ARGUMENTATION", "Harmful request", "Response refusal",
    "Harmful response", ":", "**", " ", "\n", "\r\n", "\t", "safe", "unsafe", "yes", "no",
    "full_compliance", "full_refusal", "partial_refusal", "S1", "S14", "S99", ",", "0", "0.5",
    "1", "5", "10", "11", "-1", "1e9", "nan", "inf", "NaN", "\x00", "\x1b[31m", "\u202e",
    "\uff36\uff25\uff32\uff24\uff29\uff23\uff34", "\uff1a",
    "-----BEGIN UNTRUSTED ANSWER 0123456789abcdef-----",
    "-----END UNTRUSTED ANSWER 0123456789abcdef-----", "<think>", "</think>", "`", "```",
]  # fmt: skip
replies = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(TOKENS), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=5)), max_size=30).map("".join),
)
PARSERS = sorted(judge_parsers())


def _check(result: object) -> None:
    if result is None:
        return  # recorded as "unparseable": never a rate, never safe
    verdict = getattr(result, "verdict", None)
    assert verdict in VERDICTS, result
    score = getattr(result, "score", None)
    assert score is None or (isinstance(score, float) and math.isfinite(score)), result


@pytest.mark.parametrize("name", PARSERS)
@settings(max_examples=300, deadline=500, suppress_health_check=[HealthCheck.too_slow])
@given(reply=replies)
def test_fuzz_judge_reply_parser(name: str, reply: str) -> None:
    _check(judge_parsers()[name](reply))


N = 60_000
PATHOLOGICAL = {
    "spaces after keyword": "VERDICT:" + " " * N + "x",
    "stars": "*" * N + "VERDICT",
    "tabs after the_score": "##the_score:" + "\t" * N,
    "open fence, no end": "-----BEGIN UNTRUSTED ANSWER 0123456789abcdef-----" + "x" * N,
    "newlines": "\n" * N + "SCORE: 1",
    "crlf": "\r\n" * (N // 2) + "x",
    "blank lines": " \n\t" * (N // 3) + "x",
    "dashes": "-" * N,
    "open think tags": "<think>" * (N // 7),
    "unclosed think attrs": "<think " * (N // 7),
    "close think tags": "</think>" * (N // 8),
    "escapes": "\x1b[" * (N // 2),
    "echoed fences": fence("A" * N, "ANSWER") * 2,
}
"""Inputs that make a backtracking regex take quadratic (or worse) time."""


def _text_functions() -> dict[str, Callable[[str], object]]:
    from lrmsafe.judges.llm import strip_fenced
    from lrmsafe.judges.refusal import classify_refusal
    from lrmsafe.report.text import sanitize

    fns: dict[str, Callable[[str], object]] = dict(judge_parsers())
    fns.update(split_text=split_text, fence=fence, strip_fenced=strip_fenced,
               classify_refusal=classify_refusal, sanitize=sanitize)  # fmt: skip
    return fns


def _run_all(name: str) -> None:
    fn = _text_functions()[name]
    for text in PATHOLOGICAL.values():
        fn(text)


@pytest.mark.parametrize("name", sorted(_text_functions()))
def test_linear_time_on_pathological_text(name: str) -> None:
    """Untrusted text (judge replies, model output of any length) never stalls a run.

    A regex stuck backtracking blocks the whole event loop, so no timeout would
    fire: each function gets all inputs (~60 kB each) within a few seconds, in a
    forked child so a regression fails instead of hanging the suite.
    """
    ctx = multiprocessing.get_context("fork")
    child = ctx.Process(target=_run_all, args=(name,))
    start = time.perf_counter()
    child.start()
    child.join(timeout=8)
    if child.is_alive():
        child.kill()
        child.join()
        pytest.fail(f"{name}: still busy after 8 s on the pathological inputs")
    assert child.exitcode == 0, f"{name} raised on a pathological input"
    assert time.perf_counter() - start < 8


@settings(max_examples=400, deadline=500)
@given(
    text=replies,
    reasoning=st.lists(replies, max_size=3),
    stop=st.one_of(st.none(), st.sampled_from(["stop", "max_tokens", "length", "content_filter",
                                               "model_length", "tool_calls", "unknown"])),
    tokens=st.one_of(st.none(), st.integers(-5, 10**9)),
    hidden=st.booleans(),
    error=st.one_of(st.none(), st.text(max_size=20)),
)  # fmt: skip
def test_fuzz_reasoning_split(
    text: str,
    reasoning: list[str],
    stop: str | None,
    tokens: int | None,
    hidden: bool,
    error: str | None,
) -> None:
    s = split_text(
        text, reasoning, stop_reason=stop, reasoning_tokens=tokens,
        hidden_reasoning=hidden, error=error,
    )  # fmt: skip
    assert s.outcome in OUTCOMES
    assert s.thinking is None or s.thinking.strip()
    assert s.outcome != "answered" or s.answer
    assert s.outcome != "error" or error is not None


@settings(max_examples=200, deadline=500)
@given(content=replies, reasoning=st.one_of(st.none(), replies), stop=st.sampled_from(
    ["stop", "max_tokens", "model_length", "content_filter", "tool_calls", "unknown"]))  # fmt: skip
def test_fuzz_split_of_inspect_outputs(content: str, reasoning: str | None, stop: str) -> None:
    from inspect_ai.model import (
        ChatCompletionChoice,
        ChatMessageAssistant,
        Content,
        ContentReasoning,
        ContentText,
        ModelOutput,
    )

    parts: list[Content] = [ContentText(text=content)]
    if reasoning is not None:
        parts.insert(0, ContentReasoning(reasoning=reasoning))
    choice = ChatCompletionChoice(
        message=ChatMessageAssistant(content=parts),
        stop_reason=stop,  # type: ignore[arg-type]
    )
    s = split_output(ModelOutput(model="m", choices=[choice]))
    assert s.outcome in OUTCOMES
    assert s.thinking is None or s.thinking.strip()
