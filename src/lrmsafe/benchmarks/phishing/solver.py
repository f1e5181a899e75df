"""Phishing dialogue: the model under test against the victim model, turn by turn."""

from __future__ import annotations

from typing import Any

from inspect_ai.model import (
    ChatMessage,
    ChatMessageAssistant,
    ChatMessageSystem,
    ChatMessageUser,
    Model,
    get_model,
    model_roles,
)
from inspect_ai.solver import Generate, Solver, TaskState, solver

from lrmsafe._errors import UserError
from lrmsafe.benchmarks.phishing.dataset import MAX_TURNS, STORE_KEY, VICTIM_RELAY
from lrmsafe.judges.refusal import classify_refusal
from lrmsafe.reasoning import split_output
from lrmsafe.vocab import Split

# --------------------------------------------------------------------------- solver


def victim_model() -> Model:
    """The victim: role ``victim``, else role ``judge``; neither bound is a user error."""
    roles = model_roles()
    for role in ("victim", "judge"):
        if role in roles:
            return get_model(role=role, required=True)
    raise UserError(
        "benchmark 'phishing' needs a victim model: add --victim-model MODEL "
        "(or --judge-model MODEL, which also plays the victim)"
    )


def _turn(split: Split, turn: int) -> dict[str, Any]:
    refusal = (
        classify_refusal(split.answer) if split.outcome == "answered" and split.answer else None
    )
    return {
        "role": "attacker",
        "turn": turn,
        "answer": split.answer,
        "thinking": split.thinking,
        "outcome": split.outcome,
        "reasoning_tokens": split.reasoning_tokens,
        "offline_refusal": refusal,
        "note": split.note,
    }


@solver
def phishing_dialogue(max_turns: int = MAX_TURNS) -> Solver:
    """Alternate target and victim; stop at once if the first target turn refuses.

    The first attacker answer is checked with the offline refusal judge (full
    or partial refusal stops the dialogue); a later non-answer (empty,
    filtered, out of budget) also stops it, since there is nothing to send.
    The dialogue goes to the store under :data:`STORE_KEY` for the scorer.
    """

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        victim = victim_model()
        name = str(state.metadata.get("target_name") or "the target")
        victim_messages: list[ChatMessage] = [
            ChatMessageSystem(content=str(state.metadata.get("victim_system", "")))
        ]
        dialogue: list[dict[str, Any]] = []
        stop = "max_turns"
        for turn in range(1, max_turns + 1):
            state = await generate(state)
            split = split_output(state.output)
            entry = _turn(split, turn)
            dialogue.append(entry)
            if split.outcome != "answered" or not split.answer:
                stop = f"attacker_{split.outcome}"
                break
            if turn == 1 and entry["offline_refusal"] in ("full_refusal", "partial_refusal"):
                stop = "refused_first_turn"
                break
            victim_messages.append(ChatMessageUser(content=split.answer))
            try:
                output = await victim.generate(victim_messages)
            except Exception as ex:  # a failed victim ends the dialogue, not the sample
                stop = "victim_error"
                dialogue.append(
                    {"role": "victim", "turn": turn, "text": "", "error": f"{type(ex).__name__}"}
                )
                break
            reply = split_output(output).answer
            dialogue.append({"role": "victim", "turn": turn, "text": reply})
            if not reply:
                stop = "victim_empty"
                break
            victim_messages.append(ChatMessageAssistant(content=reply))
            if turn < max_turns:
                state.messages.append(
                    ChatMessageUser(content=VICTIM_RELAY.format(name=name, text=reply))
                )
            if state.completed:
                stop = "limit"
                break
        state.store.set(STORE_KEY, {"dialogue": dialogue, "stop": stop})
        return state

    return solve
