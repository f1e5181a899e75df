"""One judge for answers, another for thinking traces (``run --thinking-judge``).

A benchmark's reference judge was written for answers; a guard trained on
reasoning traces (``reasoningshield``) was written for thinking. The
scorer judges both texts through one judge object, so this one routes each
text by its kind (``JudgeContext.kind``) to the judge chosen for it, and
the scorer records which judge made which column.

Name: ``kinds:ANSWER|THINKING``, or ``kinds:ANSWER|THINKING@ROLE`` when the
thinking judge's model is bound to its own Inspect role (the runner binds
:data:`THINKING_ROLE` for ``--thinking-judge-model``).
"""

from __future__ import annotations

from lrmsafe._errors import UserError
from lrmsafe.judges._base import (
    Judge,
    JudgeContext,
    JudgeInfo,
    Measures,
    get_judge_info,
    make_judge,
    register_parametric_judge,
)
from lrmsafe.judges.llm import LLMJudge
from lrmsafe.judges.windows import DEFAULT_WINDOWS, WindowConfig, WindowedJudge, wants_windows
from lrmsafe.vocab import JudgeResult

PREFIX = "kinds"
THINKING_ROLE = "thinking_judge"
"""The Inspect role of ``--thinking-judge-model``."""


def kinds_name(answer: str, thinking: str, role: str | None = None) -> str:
    """The judge name that routes answers to ``answer`` and thinking to ``thinking``."""
    return f"{PREFIX}:{answer}|{thinking}" + (f"@{role}" if role else "")


def parse_kinds(spec: str) -> tuple[str, str, str | None]:
    """``A|T[@ROLE]`` -> (answer judge, thinking judge, role of the thinking judge)."""
    answer, sep, rest = spec.partition("|")
    thinking, _, role = rest.rpartition("@") if "@" in rest else (rest, "", "")
    if not sep or not answer or not thinking:
        raise UserError(f"judge '{PREFIX}:{spec}': write {PREFIX}:ANSWER_JUDGE|THINKING_JUDGE")
    if role and not role.replace("_", "").isalnum():
        raise UserError(f"judge '{PREFIX}:{spec}': role {role!r} is not a role name")
    return answer, thinking, role or None


def bind_role(judge: Judge, role: str) -> None:
    """Point a model judge at another Inspect role (its own judge model)."""
    if isinstance(judge, LLMJudge):
        judge.role = role
        return
    inner = getattr(judge, "_llm", None)
    if isinstance(inner, LLMJudge):
        inner.role = role
        return
    raise UserError(
        f"judge '{judge.name}' cannot use a judge model of its own; "
        "drop --thinking-judge-model (it then uses --judge-model)"
    )


class PerKindJudge:
    """Answers to one judge, thinking traces to another."""

    windowed = False  # each member is windowed on its own

    def __init__(
        self, answer: Judge, thinking: Judge, name: str, windows: WindowConfig = DEFAULT_WINDOWS
    ) -> None:
        self.answer = answer
        self.thinking = thinking
        self.name = name
        # what the run's rates mean follows the answer column (the benchmark's judge)
        self.measures: Measures = answer.measures
        self.needs_model = answer.needs_model or thinking.needs_model
        self._judging: dict[str, Judge] = {}
        self.use_windows(windows)

    def use_windows(self, windows: WindowConfig) -> None:
        """Window each member that has a context limit."""
        self._judging = {
            kind: WindowedJudge(j, windows) if windows.size and wants_windows(j) else j
            for kind, j in (("answer", self.answer), ("thinking", self.thinking))
        }

    def judge_for(self, kind: str) -> Judge:
        """The judge that reads texts of this kind."""
        return self.thinking if kind == "thinking" else self.answer

    async def judge(self, text: str, context: JudgeContext) -> JudgeResult:
        """Judge the text with the judge chosen for its kind."""
        kind = "thinking" if context.kind == "thinking" else "answer"
        return await self._judging[kind].judge(text, context)


@register_parametric_judge(
    PREFIX,
    f"{PREFIX}:ANSWER|THINKING",
    "answers judged by one judge, thinking by another (run --thinking-judge)",
)
def _resolve_kinds(spec: str) -> JudgeInfo:
    answer, thinking, role = parse_kinds(spec)
    a_info = get_judge_info(answer)
    name = f"{PREFIX}:{spec}"

    def factory(windows: WindowConfig = DEFAULT_WINDOWS) -> PerKindJudge:
        thinking_judge = make_judge(thinking)
        if role:
            bind_role(thinking_judge, role)
        return PerKindJudge(make_judge(answer), thinking_judge, name, windows)

    get_judge_info(thinking)  # an unknown name fails here, before anything runs
    # needs_model follows the answer judge: it decides whether a benchmark runs
    # its own model protocol on the "judge" role; the thinking judge reaches its
    # model through its role and never falls back to the model under test
    return JudgeInfo(
        name=name,
        description=f"answers: {answer}; thinking: {thinking}",
        measures=a_info.measures,
        needs_model=a_info.needs_model,
        factory=factory,
    )
