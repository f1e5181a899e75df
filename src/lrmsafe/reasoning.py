"""Separate a reasoning model's thinking trace from its final answer.

The study judged the two separately, so every output goes through
:func:`split_text` (pure, on strings) or :func:`split_output` (an Inspect
``ModelOutput``). Providers disagree on where thinking lives: a
``reasoning_content`` field (R1 API, vLLM), inline ``<think>`` tags, only a
closing ``</think>`` (R1 distills whose chat template opened the tag), several
blocks, or nowhere at all (o-series: only a token count). Hidden thinking is
``None`` (not visible), never an empty string that a judge could call safe.
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
_BLOCK = re.compile(
    r"<think(?:ing)?(?:\s[^<>]*)?>(.*?)</think(?:ing)?\s*>", re.IGNORECASE | re.DOTALL
)

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
) -> Split:
    """Split one generation into thinking and answer and name its outcome.

    ``text`` is the visible content; ``reasoning`` holds reasoning the provider
    already separated (``reasoning_content``, Inspect's ``ContentReasoning``).
    ``hidden_reasoning`` marks reasoning that happened but is not shown.
    """
    thinking_parts = [r for r in reasoning if r and r.strip()]
    notes: list[str] = []
    body = text or ""

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


def split_output(output: ModelOutput | None, error: str | None = None) -> Split:
    """Split an Inspect ``ModelOutput`` (None when generation failed)."""
    from inspect_ai._util.content import ContentReasoning, ContentText

    if output is None or not output.choices:
        return split_text(
            "", stop_reason=None, error=error or (output.error if output else None) or "no output"
        )
    choice = output.choices[0]
    message = choice.message
    reasoning: list[str] = []
    texts: list[str] = []
    hidden = False
    if isinstance(message.content, str):
        texts.append(message.content)
    else:
        for part in message.content:
            if isinstance(part, ContentReasoning):
                if part.redacted:
                    hidden = True
                    if part.summary:
                        reasoning.append(part.summary)
                else:
                    reasoning.append(part.reasoning)
            elif isinstance(part, ContentText):
                texts.append(part.text)
    tokens = output.usage.reasoning_tokens if output.usage else None
    return split_text(
        "".join(texts),
        reasoning,
        stop_reason=choice.stop_reason,
        reasoning_tokens=tokens,
        hidden_reasoning=hidden and not reasoning,
        error=error or output.error,
    )
