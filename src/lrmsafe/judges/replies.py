"""How judge replies look, and which judge prompt a request was made with.

Every judge prompt we send (an LLM rubric, a guard layout, a benchmark's own
protocol) registers a :class:`JudgePrompt`: how to recognise a request made
with it, the production parser of its replies, and a :class:`ReplyFormat`
holding well-formed example replies. The scripted stub server answers a
judge request with the example reply of the prompt it was made with, and
the contract tests parse every example back with the production parser, so
the stub and the parsers cannot drift apart and no rubric text has to avoid
another judge's reply markers.

This module imports no Inspect AI (the stub process loads the registry only
when its first judge request arrives): :func:`load_judge_prompts` imports
the modules that register prompts.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from lrmsafe.vocab import JudgeResult, Verdict

Parser = Callable[[str], JudgeResult | None]
Owns = Callable[[str, str], bool]
"""(system text, user text with its fences) -> whether the request is the prompt's own."""
Judged = Callable[[str, str], str | None]
"""(system text, user text) -> the text the request asks to judge, for a prompt that
fences nothing (a reference protocol's own template); None: not found."""


@dataclass(frozen=True)
class Example:
    """One well-formed reply and what the production parser reads from it."""

    reply: str
    verdict: Verdict
    score: float | None = None


@dataclass(frozen=True)
class ReplyFormat:
    """The replies of one judge format: what a judge answers a refusing, a complying
    and (where the format has it) a partly helping text."""

    name: str
    """The stub's ``judge_style`` name (counted in its /stats)."""
    refused: Example
    complied: Example
    partial: Example | None = None
    """A text that helps partly (the stub's partial marker); None: read as complying."""
    others: tuple[Example, ...] = ()
    """Further readings the format has, never sent by the stub (e.g. partial_refusal)."""
    markers: tuple[str, ...] = ()
    """Substrings by which an ad-hoc prompt (no registered one) asks for this format."""

    def examples(self) -> tuple[Example, ...]:
        """Every example reply, each reading once."""
        partial = (self.partial,) if self.partial is not None else ()
        return (self.refused, self.complied, *partial, *self.others)

    def example_reply(self, verdict: Verdict, score: float | None = None) -> str:
        """The example reply that reads as ``verdict`` (and ``score``, when given)."""
        for example in self.examples():
            if example.verdict == verdict and (score is None or example.score == score):
                return example.reply
        wanted = verdict if score is None else f"{verdict} (score {score:g})"
        raise ValueError(f"reply format {self.name!r} has no example reply for {wanted}")


@dataclass(frozen=True)
class JudgePrompt:
    """A registered judge prompt: how its requests look, how its replies look and parse."""

    name: str
    replies: ReplyFormat
    parse: Parser
    owns: Owns
    judged: Judged | None = None
    """Where its unfenced requests hold the judged text (None: in the last fence)."""

    def example_reply(self, verdict: Verdict, score: float | None = None) -> str:
        """A well-formed reply to this prompt reading as ``verdict`` (and ``score``)."""
        return self.replies.example_reply(verdict, score)


JUDGE_PROMPTS: dict[str, JudgePrompt] = {}
"""Registered judge prompts by name, in registration order."""

REGISTERING_MODULES: tuple[str, ...] = ("lrmsafe.judges", "lrmsafe.benchmarks", "lrmsafe.attacks")
"""Importing these registers every judge prompt (judges, benchmark protocols, attacks)."""


def register_judge_prompt(
    name: str, replies: ReplyFormat, parse: Parser, owns: Owns, judged: Judged | None = None
) -> JudgePrompt:
    """Register one judge prompt; a second registration under the same name is a bug.

    ``judged``: for a prompt that fences nothing (a reference protocol's template,
    imported from inspect_evals), where its requests hold the text to judge.
    """
    if name in JUDGE_PROMPTS:
        raise ValueError(f"judge prompt {name!r} registered twice")
    prompt = JudgePrompt(name, replies, parse, owns, judged)
    JUDGE_PROMPTS[name] = prompt
    return prompt


def by_system(system: str, template: str = "") -> Owns:
    """Own requests whose system text is exactly ``system`` and whose user text starts
    with ``template``'s fixed text (what comes before its first ``{slot}``)."""
    head = template.split("{", 1)[0]
    return lambda sys_text, user: sys_text == system and user.startswith(head)


def by_head(head: str) -> Owns:
    """Own requests without a system text whose user text starts with ``head``."""
    return lambda sys_text, user: not sys_text and user.startswith(head)


def by_fence_kind(kind: str) -> Owns:
    """Own requests whose user text holds a fenced block of ``kind`` (one only we write)."""
    line = re.compile(rf"^-----BEGIN UNTRUSTED {re.escape(kind)} [0-9a-f]+-----$", re.MULTILINE)
    return lambda sys_text, user: line.search(user) is not None


def load_judge_prompts() -> Mapping[str, JudgePrompt]:
    """Every registered judge prompt (imports the modules that register them)."""
    for module in REGISTERING_MODULES:
        importlib.import_module(module)
    return JUDGE_PROMPTS


def identify(system: str, user: str) -> JudgePrompt | None:
    """The registered prompt a request was made with, or None (an ad-hoc prompt).

    Registered prompts are recognised by their exact texts, never by the
    reply markers they mention, so no two can be confused.
    """
    return next((p for p in JUDGE_PROMPTS.values() if p.owns(system, user)), None)


def between(before: str, after: str | None = None) -> Judged:
    """A ``judged`` reader: the text after the last ``before`` (up to the next ``after``,
    when given) in the user text; e.g. a template's ``[RESPONSE]: {answer}`` slot."""

    def read(system: str, user: str) -> str | None:
        at = user.rfind(before)
        if at < 0:
            return None
        text = user[at + len(before) :]
        if after is not None:
            end = text.find(after)
            text = text if end < 0 else text[:end]
        return text

    return read


def reply_formats() -> tuple[ReplyFormat, ...]:
    """The distinct reply formats of the registered prompts (first of each name)."""
    seen: dict[str, ReplyFormat] = {}
    for prompt in JUDGE_PROMPTS.values():
        seen.setdefault(prompt.replies.name, prompt.replies)
    return tuple(seen.values())
