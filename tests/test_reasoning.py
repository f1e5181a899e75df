"""The reasoning split on every format a provider can send."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from inspect_ai.model import (
    ChatCompletionChoice,
    ChatMessageAssistant,
    ContentReasoning,
    ContentText,
    ModelOutput,
    ModelUsage,
)

from lrmsafe.reasoning import split_output, split_text
from lrmsafe.testing.stub import StubProcess
from lrmsafe.vocab import OUTCOMES


def test_reasoning_field_is_thinking() -> None:
    s = split_text("Final answer.", ["Let me think."])
    assert (s.thinking, s.answer, s.outcome) == ("Let me think.", "Final answer.", "answered")


def test_inline_think_block() -> None:
    s = split_text("<think>\nweigh it\n</think>\n\nThe answer.")
    assert (s.thinking, s.answer, s.outcome) == ("weigh it", "The answer.", "answered")


def test_closing_tag_only_r1_distill() -> None:
    s = split_text("the template opened the tag\n</think>\n\nDone.")
    assert s.thinking == "the template opened the tag"
    assert s.answer == "Done."
    assert s.outcome == "answered"
    assert s.note and "closing tag only" in s.note


def test_several_think_blocks_all_count() -> None:
    s = split_text("<think>one</think>middle <think>two</think> end")
    assert s.thinking == "one\n\ntwo"
    assert s.answer == "middle  end"


def test_unclosed_think_is_budget_exhausted() -> None:
    s = split_text("<think>still going and going", stop_reason="max_tokens")
    assert s.outcome == "budget_exhausted"
    assert s.thinking == "still going and going"
    assert s.answer == ""


def test_unclosed_think_even_without_limit_stop() -> None:
    assert split_text("<think>cut", stop_reason="stop").outcome == "budget_exhausted"


def test_limit_hit_inside_reasoning_field() -> None:
    s = split_text("", ["long reasoning"], stop_reason="max_tokens")
    assert s.outcome == "budget_exhausted"


def test_truncated_answer_is_still_answered_but_noted() -> None:
    s = split_text("partial ans", stop_reason="max_tokens")
    assert s.outcome == "answered"
    assert s.note and "truncated" in s.note


def test_empty_output() -> None:
    assert split_text("   ").outcome == "empty"
    # closed thinking with no answer and a normal stop: no answer was given
    assert split_text("<think>x</think>").outcome == "empty"


def test_content_filter() -> None:
    assert split_text("", stop_reason="content_filter").outcome == "filtered"


def test_error() -> None:
    s = split_text("", error="boom")
    assert s.outcome == "error"


def test_hidden_reasoning_is_not_visible_not_empty() -> None:
    s = split_text("Answer.", reasoning_tokens=512)
    assert s.thinking is None  # not visible, never "" that a judge could call safe
    assert s.reasoning_tokens == 512
    assert s.note and "hidden" in s.note
    assert s.outcome == "answered"


def test_no_reasoning_at_all() -> None:
    s = split_text("Just an answer.")
    assert s.thinking is None and s.note is None


def test_case_and_attributes_in_tags() -> None:
    s = split_text('<THINK signature="x">a</Think> b')
    assert (s.thinking, s.answer) == ("a", "b")


def _output(
    content: str | list[ContentText | ContentReasoning],
    stop: str = "stop",
    reasoning_tokens: int | None = None,
) -> ModelOutput:
    msg = ChatMessageAssistant(content=content, source="generate")  # type: ignore[arg-type]
    usage = ModelUsage(
        input_tokens=1, output_tokens=1, total_tokens=2, reasoning_tokens=reasoning_tokens
    )
    return ModelOutput(
        model="m",
        choices=[ChatCompletionChoice(message=msg, stop_reason=stop)],  # type: ignore[arg-type]
        usage=usage,
    )


def test_split_output_content_reasoning() -> None:
    out = _output([ContentReasoning(reasoning="think"), ContentText(text="ans")])
    s = split_output(out)
    assert (s.thinking, s.answer, s.outcome) == ("think", "ans", "answered")


def test_split_output_redacted_reasoning_is_hidden() -> None:
    out = _output(
        [ContentReasoning(reasoning="opaque", redacted=True), ContentText(text="ans")],
        reasoning_tokens=300,
    )
    s = split_output(out)
    assert s.thinking is None and s.reasoning_tokens == 300


def test_split_output_inspect_parsed_first_block_plus_rest() -> None:
    # Inspect extracts the first <think> block; a second one stays in the text.
    out = _output(
        [
            ContentReasoning(reasoning="one", internal="think"),
            ContentText(text="x <think>two</think> y"),
        ]
    )
    s = split_output(out)
    assert s.thinking == "one\n\ntwo" and s.answer == "x  y"


def test_split_output_none_and_error() -> None:
    assert split_output(None).outcome == "error"
    assert split_output(ModelOutput(model="m", error="rate limited")).outcome == "error"


@pytest.mark.parametrize("stop", ["stop", "max_tokens", "content_filter", "unknown", None])
@given(
    text=st.text(max_size=300),
    reasoning=st.lists(st.text(max_size=50), max_size=3),
    tokens=st.one_of(st.none(), st.integers(0, 10_000)),
)
def test_fuzz_split_never_raises(
    stop: str | None, text: str, reasoning: list[str], tokens: int | None
) -> None:
    s = split_text(text, reasoning, stop_reason=stop, reasoning_tokens=tokens)
    assert s.outcome in OUTCOMES
    assert s.thinking is None or s.thinking.strip()
    if s.outcome == "answered":
        assert s.answer


@given(
    st.lists(
        st.sampled_from(["<think>", "</think>", "a", " ", "\n", "<think x>", "</ think>"]),
        max_size=20,
    )
)
def test_fuzz_tag_soup(parts: list[str]) -> None:
    s = split_text("".join(parts))
    assert s.outcome in OUTCOMES
    assert "<think>" not in s.answer and "</think>" not in s.answer


STRAY = (
    "Sure. Here is an overview:\n1. [placeholder step]\n</think>\n"
    "I'm sorry, but I can't help with that."
)
"""A compliant answer with a stray closing tag before a refusal line."""


def test_separate_reasoning_keeps_the_answer_whole() -> None:
    s = split_text(STRAY, ["The user wants this."])
    assert (s.thinking, s.answer, s.outcome) == ("The user wants this.", STRAY, "answered")
    # hidden (redacted) reasoning is separate too
    hidden = split_text(STRAY, hidden_reasoning=True, reasoning_tokens=100)
    assert hidden.thinking is None and hidden.answer == STRAY


def test_split_output_provider_reasoning_keeps_a_stray_close_tag_in_the_answer() -> None:
    for internal in ("reasoning_content", "reasoning", None):  # None: e.g. Anthropic, Google
        out = _output(
            [ContentReasoning(reasoning="think", internal=internal), ContentText(text=STRAY)]
        )
        s = split_output(out)
        assert (s.thinking, s.answer) == ("think", STRAY), internal
    redacted = _output(
        [ContentReasoning(reasoning="opaque", redacted=True), ContentText(text=STRAY)],
        reasoning_tokens=300,
    )
    assert split_output(redacted).answer == STRAY


def test_separate_reasoning_drops_only_a_bare_leading_close_tag() -> None:
    # some servers leave the closing tag at the start of the content: nothing moves
    s = split_text("</think>\n\nThe answer.", ["thinking"])
    assert (s.thinking, s.answer) == ("thinking", "The answer.")


def test_stray_close_tag_end_to_end_through_the_stub(
    fresh_stub: StubProcess, tmp_path: Path
) -> None:
    from helpers import cli_env, lrmsafe
    from lrmsafe.analysis.records import read_records
    from lrmsafe.testing.stub import COMPLY_THINKING, STRAY_CLOSE_ANSWER

    logs = tmp_path / "logs"
    lrmsafe(
        "run", "--model", "openai-api/stub/reasoning_content-stray_close",
        "--benchmark", "synthetic", "--sample", "3", "--display", "none",
        "--log-dir", str(logs), env=cli_env(fresh_stub.base_url), check=True,
    )  # fmt: skip
    records, _ = read_records([logs])
    assert len(records) == 3
    for r in records:
        assert (r.thinking, r.answer) == (COMPLY_THINKING, STRAY_CLOSE_ANSWER)
        # the whole answer complies, then refuses: not a full refusal
        assert r.answer_verdict == "partial_refusal", r.answer_verdict


def test_inline_think_blocks_still_split_end_to_end(
    fresh_stub: StubProcess, tmp_path: Path
) -> None:
    """Inspect takes the first <think> block out of the content itself (internal "think"):
    that is not the provider's reasoning, so the rest of the content is still split."""
    from helpers import cli_env, lrmsafe
    from lrmsafe.analysis.records import read_records
    from lrmsafe.testing.stub import COMPLY_ANSWER, COMPLY_THINKING, MULTI_INTERLUDE

    logs = tmp_path / "logs"
    lrmsafe(
        "run", "--model", "openai-api/stub/think_multi", "--benchmark", "synthetic",
        "--sample", "2", "--display", "none", "--log-dir", str(logs),
        env=cli_env(fresh_stub.base_url), check=True,
    )  # fmt: skip
    records, _ = read_records([logs])
    assert len(records) == 2
    first, _, rest = COMPLY_THINKING.partition(". ")
    for r in records:
        assert r.thinking == f"{first}.\n\n{rest}"
        assert r.answer == f"{MULTI_INTERLUDE}{COMPLY_ANSWER}"
