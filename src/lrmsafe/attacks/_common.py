"""Solver pieces every attack shares: stamping metadata, rewriting the prompt,
replacing the judged output while the raw one stays in the log.

The scorer judges ``state.output`` against ``metadata["original_prompt"]``;
``state.messages`` keeps what the target really saw and said.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from inspect_ai.model import (
    ChatMessageAssistant,
    ChatMessageUser,
    ContentReasoning,
    ContentText,
    ModelOutput,
)
from inspect_ai.solver import Generate, Solver, TaskState, solver

from lrmsafe.reasoning import split_output
from lrmsafe.vocab import Split

Transform = Callable[[str], str]


def original_prompt(state: TaskState) -> str:
    """The request before any attack rewrote it."""
    return str(state.metadata.get("original_prompt") or state.input_text)


def last_user_index(state: TaskState) -> int:
    """Index of the last user message (the request an attack rewrites)."""
    for i in range(len(state.messages) - 1, -1, -1):
        if isinstance(state.messages[i], ChatMessageUser):
            return i
    raise ValueError("attack: the sample has no user message to rewrite")


def set_user_text(state: TaskState, text: str) -> None:
    """Replace the last user message by a copy with ``text`` (the sample's own
    message objects are never mutated, so the logged input stays original)."""
    i = last_user_index(state)
    state.messages[i] = ChatMessageUser(content=text, source="input")
    state.metadata["attacked_prompt"] = text


TRANSFORMS: dict[str, Transform] = {}
"""Pure prompt rewrites by name (templates, encodings, thought injection)."""


def register_transform(name: str) -> Callable[[Transform], Transform]:
    """Register a pure ``str -> str`` prompt rewrite under ``name``."""

    def wrap(fn: Transform) -> Transform:
        TRANSFORMS[name] = fn
        return fn

    return wrap


@solver
def attack_stamp(attack: str, label: str, params: dict[str, Any]) -> Solver:
    """Record the attack and the original prompt in the sample metadata.

    The report groups by ``attack_label`` and pairs attacks with ``none`` by
    sample id; the scorer judges against ``original_prompt``.
    """

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        state.metadata.setdefault("original_prompt", state.input_text)
        state.metadata["attack"] = attack
        state.metadata["attack_label"] = label
        state.metadata["attack_params"] = dict(params)
        return state

    return solve


@solver
def rewrite_prompt(transform: str) -> Solver:
    """Replace the last user message's text by the named transform of it."""
    fn = TRANSFORMS[transform]

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        text = state.messages[last_user_index(state)].text
        set_user_text(state, fn(text))
        return state

    return solve


def replace_output(state: TaskState, thinking: str | None, answer: str) -> None:
    """Make ``state.output`` carry new thinking/answer texts for the judge.

    A new message object is built, so the assistant message already in
    ``state.messages`` (the target's raw reply) is left as it was. Stop
    reason, usage and errors are kept, so outcomes stay what they were.
    """
    old = state.output
    if not old.choices:
        return
    choice = old.choices[0]
    content: list[ContentReasoning | ContentText] = []
    if thinking is not None:
        content.append(ContentReasoning(reasoning=thinking))
    content.append(ContentText(text=answer))
    message = ChatMessageAssistant(
        content=list(content), model=choice.message.model, source="generate"
    )
    new_choice = choice.model_copy(update={"message": message})
    state.output = ModelOutput(
        model=old.model,
        choices=[new_choice],
        usage=old.usage,
        time=old.time,
        metadata=old.metadata,
        error=old.error,
    )


def current_split(state: TaskState) -> Split:
    """The split of the output as the scorer will see it."""
    return split_output(state.output)
