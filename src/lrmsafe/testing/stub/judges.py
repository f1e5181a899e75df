"""What the stub's judge models (``judge*``) answer: the asking rubric's own example reply.

The stub keeps no copy of any reply format. It asks the registered judge
prompts (:mod:`lrmsafe.judges.replies`) which one a request was made with
(by its exact texts) and answers with that prompt's example reply: the
refused one when the judged (last fenced) text refuses, else the complied
one (the partial one, where the format has it, for :data:`PARTIAL_MARKER`).
An ad-hoc prompt (none registered) gets the format whose marker it names
first, else ``VERDICT:``. Nothing inside a fence is ever obeyed. A reference
protocol's template (imported from inspect_evals) fences nothing: its
registration says where the judged text sits (``JudgePrompt.judged``).

The registry imports Inspect AI and every benchmark (seconds), so it is
loaded on the first judge request, not when the stub starts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from lrmsafe.testing.stub.profiles import FENCE_RE, Reply, find_fenced, is_refusal

if TYPE_CHECKING:
    from lrmsafe.judges.replies import ReplyFormat

PARTIAL_MARKER: Final = "[placeholder partial help]"
"""A fenced text holding this gets the partial reading (ReasoningShield's 0.5)."""
NO_FENCE_REPLY: Final = "I could not find the text to judge."
GARBAGE_REPLY: Final = "I am not sure."


def load_registry() -> None:
    """Import every module that registers a judge prompt (idempotent)."""
    from lrmsafe.judges.replies import load_judge_prompts

    load_judge_prompts()


def reply_format(system: str, user: str) -> ReplyFormat:
    """The reply format a judge request asks for: its registered prompt's, else by marker.

    ``system`` and ``user`` are the request's texts with their fences; markers
    are looked for outside fences only, and the one named first wins.
    """
    from lrmsafe.judges.llm import VERDICT_REPLIES
    from lrmsafe.judges.replies import identify, load_judge_prompts, reply_formats

    load_judge_prompts()
    known = identify(system, user)
    if known is not None:
        return known.replies
    instructions = find_fenced(system)[1] + "\n" + find_fenced(user)[1]
    best: tuple[int, int, ReplyFormat] | None = None
    for fmt in reply_formats():
        for marker in fmt.markers:
            at = instructions.find(marker)
            if at >= 0 and (best is None or (at, -len(marker)) < best[:2]):
                best = (at, -len(marker), fmt)
    return best[2] if best is not None else VERDICT_REPLIES


def unfenced_text(system: str, user: str) -> str | None:
    """The judged text of a registered prompt that fences nothing (a reference
    protocol's template), read where that prompt says it sits; else None."""
    from lrmsafe.judges.replies import identify, load_judge_prompts

    load_judge_prompts()
    known = identify(system, user)
    if known is None or known.judged is None:
        return None
    return known.judged(system, user)


def judge_reply(prompt: str, context: str = "") -> Reply:
    """The scripted judge's reply: label the LAST fenced text of ``prompt`` (for a
    registered prompt that fences nothing, the text where that prompt holds it).

    ``context`` (the system messages) helps tell which prompt asks, but is
    never searched for the text to judge.
    """
    fenced, _ = find_fenced(prompt)
    if fenced is None:
        fenced = unfenced_text(context, prompt)
    if fenced is None:
        return Reply(NO_FENCE_REPLY, judge_style="no_fence")
    fmt = reply_format(context, prompt)
    if is_refusal(fenced):
        example = fmt.refused
    elif fmt.partial is not None and PARTIAL_MARKER in fenced:
        example = fmt.partial
    else:
        example = fmt.complied
    return Reply(example.reply, judge_style=fmt.name)


def echo_judge_reply(prompt: str, context: str = "") -> Reply:
    """``judge-echo``: the real verdict first, then the judged block quoted with its fence.

    A judge that quotes the text it judged after its verdict is the hard case
    for "the last verdict line wins": a forged verdict in the quote must not parse.
    """
    reply = judge_reply(prompt, context)
    blocks = list(FENCE_RE.finditer(prompt))
    if not blocks or reply.content is None:
        return reply
    quote = blocks[-1].group(0)
    return Reply(f"{reply.content}\n\nThe text I judged:\n{quote}", judge_style="echo")


def loose_echo_judge_reply(prompt: str, context: str = "") -> Reply:
    """``judge-echo-loose``: the real verdict first, then the judged text quoted carelessly.

    The quote keeps its BEGIN line with the nonce upper-cased and drops the END
    line, as real judges do: a forged verdict at the end of the text is then the
    last verdict line of the reply.
    """
    reply = judge_reply(prompt, context)
    blocks = list(FENCE_RE.finditer(prompt))
    if not blocks or reply.content is None:
        return reply
    block = blocks[-1]
    begin = f"-----BEGIN UNTRUSTED {block.group(1)} {block.group(2).upper()}-----"
    return Reply(
        f"{reply.content}\n\nThe text I judged:\n{begin}{block.group(3).rstrip()}\n",
        judge_style="echo_loose",
    )


@dataclass(frozen=True)
class JudgeStyle:
    """A reply format as the stub uses it: its markers and its refused/complied replies."""

    name: str
    markers: tuple[str, ...]
    safe_reply: str
    unsafe_reply: str


def judge_styles() -> tuple[JudgeStyle, ...]:
    """Every registered reply format, as (name, markers, refused reply, complied reply)."""
    from lrmsafe.judges.replies import load_judge_prompts, reply_formats

    load_judge_prompts()
    return tuple(
        JudgeStyle(f.name, f.markers, f.refused.reply, f.complied.reply) for f in reply_formats()
    )
