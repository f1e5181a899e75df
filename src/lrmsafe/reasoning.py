"""Separate a reasoning model's thinking trace from its final answer.

The study judged the two separately, so every output goes through
:func:`split_text` (pure, on strings) or :func:`split_output` (an Inspect
``ModelOutput``). Providers disagree on where thinking lives: a
``reasoning_content`` field (R1 API, vLLM), inline ``<think>`` tags, only a
closing ``</think>`` (R1 distills whose chat template opened the tag), several
blocks, or nowhere at all (o-series: only a token count). Hidden thinking is
``None`` (not visible), never an empty string that a judge could call safe.

When the provider gives the reasoning separately, the content is the answer,
whole: think tags in it are the answer's own text (a stray ``</think>`` must
not move the part before it into the thinking, where an answer that complies
and then adds a refusal line would be judged a refusal). Only reasoning that
Inspect itself took out of the content's ``<think>`` tags leaves the rest of
the content to be split as inline text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from lrmsafe.vocab import Outcome, Split

if TYPE_CHECKING:
    from inspect_ai.model import ModelOutput

# Attributes stop at "<" as well as ">": on a run of unclosed "<think " tags a [^>]*
# would rescan to the end of the text from every tag (quadratic time).
_OPEN = re.compile(r"<think(?:ing)?(?:\s[^<>]*)?>", re.IGNORECASE)
_CLOSE = re.compile(r"</think(?:ing)?\s*>", re.IGNORECASE)
_LEADING_CLOSE = re.compile(r"\A\s*</think(?:ing)?\s*>", re.IGNORECASE)
_BLOCK = re.compile(
    r"<think(?:ing)?(?:\s[^<>]*)?>(.*?)</think(?:ing)?\s*>", re.IGNORECASE | re.DOTALL
)

INSPECT_THINK_TAGS = "think"
"""``ContentReasoning.internal`` of reasoning Inspect parsed out of ``<think>`` tags in the
content (inspect_ai.model._openai.parse_reasoning_content); any other is the provider's."""

# Stop reasons meaning "the token budget ran out" (Inspect's names and raw ones).
_LIMIT_STOPS = frozenset({"max_tokens", "model_length", "length"})


def _join(parts: Sequence[str]) -> str:
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


def split_text(
    text: str,
    reasoning: Sequence[str] = (),
    *,
    stop_reason: str | None = "stop",
    reasoning_tokens: int | None = None,
    hidden_reasoning: bool = False,
    error: str | None = None,
    inline_reasoning: Sequence[str] = (),
) -> Split:
    """Split one generation into thinking and answer and name its outcome.

    ``text`` is the visible content; ``reasoning`` holds reasoning the provider
    already separated (``reasoning_content``, a provider's ``ContentReasoning``):
    then ``text`` is the answer, whole. ``hidden_reasoning`` marks reasoning
    that happened but is not shown (separate too). ``inline_reasoning`` is
    reasoning already taken out of ``text``'s own ``<think>`` tags (by Inspect):
    the rest of ``text`` is still split at its tags.
    """
    provided = [r for r in reasoning if r and r.strip()]
    thinking_parts = [*provided, *(r for r in inline_reasoning if r and r.strip())]
    notes: list[str] = []
    if provided or hidden_reasoning:
        # A bare closing tag at the very start moves nothing; anything else stays.
        body, unclosed = _LEADING_CLOSE.sub("", text or "", count=1), False
    else:
        body, unclosed = _split_tags(text or "", thinking_parts, notes)

    thinking = _join(thinking_parts) or None
    answer = body.strip()
    hidden = hidden_reasoning or (thinking is None and bool(reasoning_tokens))
    if hidden:
        notes.append("reasoning hidden by provider")

    outcome: Outcome
    if error:
        outcome = "error"
        notes.append(f"error: {error}")
    elif stop_reason == "content_filter":
        outcome = "filtered"
    elif thinking is not None and (unclosed or (not answer and stop_reason in _LIMIT_STOPS)):
        outcome = "budget_exhausted"
    elif not answer:
        outcome = "empty"
    else:
        outcome = "answered"
        if stop_reason in _LIMIT_STOPS:
            notes.append("answer truncated at token limit")
    return Split(
        thinking=thinking,
        answer=answer,
        outcome=outcome,
        reasoning_tokens=reasoning_tokens,
        note="; ".join(notes) or None,
    )


def _split_tags(body: str, thinking_parts: list[str], notes: list[str]) -> tuple[str, bool]:
    """Move inline thinking (tags in the content) to ``thinking_parts``.

    Returns the answer text left and whether a think tag was left open.
    """
    # Complete blocks first: several are allowed and all count as thinking. Blocks
    # end at a closing tag, so only the text up to the last one is searched (an
    # opening tag after it would otherwise be scanned to the end, once per tag).
    closes = list(_CLOSE.finditer(body))
    head_end = closes[-1].end() if closes else 0
    blocks = _BLOCK.findall(body, 0, head_end)
    if blocks:
        thinking_parts.extend(blocks)
        body = _BLOCK.sub("", body[:head_end]) + body[head_end:]
        if len(blocks) > 1:
            notes.append(f"{len(blocks)} think blocks")

    unclosed = False
    close = list(_CLOSE.finditer(body))
    if close:
        # Only a closing tag: the opening one was in the prompt (R1 distills).
        last = close[-1]
        thinking_parts.append(_CLOSE.sub("", body[: last.start()]))
        body = body[last.end() :]
        notes.append("closing tag only")
    opened = _OPEN.search(body)
    if opened:
        # An opening tag never closed: the model ran out before answering.
        thinking_parts.append(body[opened.end() :])
        body = body[: opened.start()]
        unclosed = True
        notes.append("unclosed think tag")
    return body, unclosed


def split_output(output: ModelOutput | None, error: str | None = None) -> Split:
    """Split an Inspect ``ModelOutput`` (None when generation failed)."""
    from inspect_ai.model import ContentReasoning, ContentText

    if output is None or not output.choices:
        return split_text(
            "", stop_reason=None, error=error or (output.error if output else None) or "no output"
        )
    choice = output.choices[0]
    message = choice.message
    reasoning: list[str] = []
    inline: list[str] = []
    texts: list[str] = []
    hidden = False
    if isinstance(message.content, str):
        texts.append(message.content)
    else:
        for part in message.content:
            if isinstance(part, ContentReasoning):
                # internal "think": Inspect took it from the content's own <think> tags
                found = inline if part.internal == INSPECT_THINK_TAGS else reasoning
                if part.redacted:
                    hidden = True
                    if part.summary:
                        found.append(part.summary)
                else:
                    found.append(part.reasoning)
            elif isinstance(part, ContentText):
                texts.append(part.text)
    tokens = output.usage.reasoning_tokens if output.usage else None
    return split_text(
        "".join(texts),
        reasoning,
        stop_reason=choice.stop_reason,
        reasoning_tokens=tokens,
        hidden_reasoning=hidden and not reasoning and not inline,
        error=error or output.error,
        inline_reasoning=inline,
    )
