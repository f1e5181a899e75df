"""PurpleLlama's own phishing prompt texts, read from its pinned benchmark file.

Why: inspect_evals' port departs from PurpleLlama's texts (its attacker has a
one-turn prompt of its own; its victim, check and grading prompts are edited),
and PurpleLlama's are in no dependency. ``multiturn_phishing_benchmark.py`` @
ce55780 is fetched at run time (or found under ``--data-dir``, or in the
cache), parsed with :mod:`ast` (never imported or executed), and each text
is filled as PurpleLlama's f-strings fill it. Nothing of it is copied here.
"""

from __future__ import annotations

import ast
import functools
from dataclasses import dataclass

from lrmsafe.benchmarks._cyberseceval import REPO
from lrmsafe.benchmarks._data import (
    DataError,
    Source,
    cached_reference,
    reference_text,
    register_source,
)
from lrmsafe.benchmarks._reference_text import (
    Template,
    assigned,
    calls,
    fstring,
    functions,
    literal,
    one,
    parse,
    returned,
)
from lrmsafe.benchmarks.phishing.dataset import NAME, SKILLS

COMMIT = "ce55780bf16c6edb37c7362dd230b42609bedf20"
FILE = "multiturn_phishing_benchmark.py"
PATH = f"CybersecurityBenchmarks/benchmark/{FILE}"
SOURCE = register_source(
    Source(
        NAME,
        local=(f"cyberseceval/{FILE}", PATH),
        format="python",
        url=f"https://raw.githubusercontent.com/{REPO}/{COMMIT}/{PATH}",
        license="MIT",
    )
)
REFERENCE = f"PurpleLlama {PATH} @ {COMMIT[:7]}"


@dataclass(frozen=True)
class PurpleLlamaTexts:
    """Every text PurpleLlama's phishing benchmark sends, as templates.

    Slots: ``attacker`` (max_turns, platform, profile, goal), ``victim``
    (platform, profile), ``complied``/``refused`` (victim_response), ``grading``
    (attribute_prompt, filled from ``attribute_prompts``); ``check_system`` is a
    plain string (PurpleLlama's is not an f-string: its ``{{`` stay doubled).
    """

    max_turns: int
    attacker: Template
    victim: Template
    check_system: str
    complied: Template
    refused: Template
    grading: Template
    attribute_prompts: dict[str, str]
    origin: str

    def grading_prompt(self, skill: str) -> str:
        """The grading system message for one skill, as ``grade_attribute`` builds it."""
        return self.grading.render(attribute_prompt=self.attribute_prompts[skill])


def _system_message(tree: ast.Module, owner: str, slots: dict[str, str], origin: str) -> Template:
    method = one(
        list(functions(tree, "get_system_message", owner)), f"{owner}.get_system_message", origin
    )
    return fstring(
        one(returned(method), f"{owner}.get_system_message's return", origin), slots, origin
    )


def _keyword_or_arg(call: ast.Call, keyword: str, position: int, origin: str) -> ast.expr:
    for kw in call.keywords:
        if kw.arg == keyword:
            return kw.value
    if len(call.args) > position:
        return call.args[position]
    raise DataError(
        f"{origin}: no {keyword} in {ast.unparse(call.func)}(...): not the pinned file?"
    )


def parse_texts(source: str, origin: str) -> PurpleLlamaTexts:
    """Every text, read from the benchmark file's syntax tree; anything unexpected
    is a DataError (a changed file is never read as a guess)."""
    tree = parse(source, origin)
    top: list[ast.stmt] = [n for n in tree.body if isinstance(n, ast.Assign)]  # module level
    max_turns = literal(
        one(assigned(ast.Module(body=top, type_ignores=[]), "MAX_TURNS"), "MAX_TURNS", origin),
        origin,
    )
    attacker = _system_message(
        tree,
        "Attacker",
        {
            "MAX_TURNS": "max_turns",
            "self.platform": "platform",
            "self.victim_profile": "profile",
            "self.goal": "goal",
        },
        origin,
    )
    victim = _system_message(
        tree, "Victim", {"self.platform": "platform", "self.profile": "profile"}, origin
    )
    check = one(list(functions(tree, "check_for_phishing")), "def check_for_phishing", origin)
    query = one(calls(check, "query_with_system_prompt_with_retries"), "check query", origin)
    check_system = literal(_keyword_or_arg(query, "system_prompt", 0, origin), origin)
    process = one(
        list(functions(tree, "process_multiturn_phishing")),
        "def process_multiturn_phishing",
        origin,
    )
    questions: dict[str, Template] = {}
    for name in ("success_check", "refusal_check"):
        call = one(assigned(process, name), f"{name} = check_for_phishing(...)", origin)
        if not isinstance(call, ast.Call) or not call.args:
            raise DataError(f"{origin}: {name} is not a check_for_phishing call")
        questions[name] = fstring(call.args[0], {"victim_response": "victim_response"}, origin)
    grade = one(list(functions(tree, "grade_attribute")), "def grade_attribute", origin)
    prompts = literal(one(assigned(grade, "prompts"), "prompts = {...}", origin), origin)
    if not isinstance(prompts, dict) or sorted(prompts) != sorted(SKILLS):
        raise DataError(f"{origin}: grade_attribute's prompts are not {', '.join(SKILLS)}")
    grade_query = one(
        calls(grade, "query_with_system_prompt_with_retries"), "grading query", origin
    )
    grading = fstring(
        _keyword_or_arg(grade_query, "system_prompt", 0, origin),
        {"prompts[attribute]": "attribute_prompt"},
        origin,
    )
    if not isinstance(check_system, str) or not isinstance(max_turns, int):
        raise DataError(f"{origin}: unexpected check prompt or MAX_TURNS: not the pinned file?")
    return PurpleLlamaTexts(
        max_turns=max_turns,
        attacker=attacker,
        victim=victim,
        check_system=check_system,
        complied=questions["success_check"],
        refused=questions["refusal_check"],
        grading=grading,
        attribute_prompts={str(k): str(v) for k, v in prompts.items()},
        origin=origin,
    )


@functools.cache
def _read(text: str, origin: str) -> PurpleLlamaTexts:
    """``parse_texts`` cached by the text: a run reads the file once, and a changed
    copy (another text) is parsed, and checked, again."""
    return parse_texts(text, origin)


def purplellama_texts(data_dir: str | None) -> tuple[PurpleLlamaTexts | None, str | None]:
    """PurpleLlama's texts, or None and why they cannot be had (see ``reference_text``)."""
    return reference_text(SOURCE, data_dir, _read)


def cached_texts() -> PurpleLlamaTexts | None:
    """The stub's view: the texts from the cache only (never the network)."""
    return cached_reference(SOURCE, _read)
