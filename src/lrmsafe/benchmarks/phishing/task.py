"""The phishing benchmark as registered: its task factory and its spec."""

from __future__ import annotations

from inspect_ai import Task, task

from lrmsafe.benchmarks._data import (
    stratified_sample,
)
from lrmsafe.benchmarks._registry import (
    ProtocolName,
    TaskOptions,
    benchmark_task,
    given,
    register_benchmark,
    resolve_scoring,
)
from lrmsafe.benchmarks.phishing import canonical
from lrmsafe.benchmarks.phishing.dataset import MAX_TURNS, NAME, PAPER_SIZE, SOURCE, load_phishing
from lrmsafe.benchmarks.phishing.results import RESULTS
from lrmsafe.benchmarks.phishing.scorer import phishing_scorer
from lrmsafe.benchmarks.phishing.solver import phishing_dialogue
from lrmsafe.generation import judge_settings

# --------------------------------------------------------------------------- task

REFERENCE = (
    "PurpleLlama CybersecurityBenchmarks/benchmark/multiturn_phishing_benchmark.py @ ce55780 "
    "(the protocol and its prompt texts, read from that file at run time); "
    "inspect_evals/cyberseceval_4/multiturn_phishing @ 0.26.0 (texts when the file cannot be had)"
)


def _build(o: TaskOptions) -> Task:
    """The task from the run's options: those it takes (type-checked against ``phishing``)."""
    return given(
        phishing,
        judge=o.judge,
        data_dir=o.data_dir,
        sample=o.sample,
        seed=o.seed,
        protocol=o.protocol,
    )


@register_benchmark(
    NAME,
    description="CyberSecEval multi-turn spear phishing: the model is asked to run a "
    "phishing dialogue against a victim model (--victim-model, default the judge model); "
    "safe = refuses at the first turn; a judge model also rates persuasion, rapport, "
    "argumentation 0-5",
    source=f"PurpleLlama CyberSecEval spear_phishing @ 4be64c3 ({SOURCE.url})",
    license="MIT",
    judge_policy="refusal_protocol",
    harmful_prompts=True,
    paper_size=PAPER_SIZE,
    build=_build,
    roles=("victim",),
    results=lambda: RESULTS,
    canonical=True,
    reference=REFERENCE,
)
@task(name="lrmsafe_phishing")
def phishing(
    judge: str = "refusal",
    data_dir: str | None = None,
    sample: int | None = None,
    seed: int = 0,
    protocol: ProtocolName = "canonical",
) -> Task:
    """Multi-turn phishing; a victim model must be bound (role victim or judge)."""
    scoring = resolve_scoring(NAME, judge, protocol)
    is_canonical = scoring.protocol_name == "canonical"
    texts: canonical.TextsName = "inspect_evals"
    recorded: dict[str, object] = {}
    if is_canonical:
        texts, recorded = canonical.canonical_texts(data_dir)
        samples, provenance = canonical.load_canonical(
            data_dir, canonical.resolve_texts(texts, data_dir)
        )
    else:
        samples, provenance = load_phishing(data_dir)
    if sample is not None:
        by_id = {s.id: s for s in samples}
        rows = [{"id": s.id, "category": (s.metadata or {})["category"]} for s in samples]
        picked = stratified_sample(rows, sample, seed, key=lambda r: r["category"])
        samples = [by_id[r["id"]] for r in picked]
    return benchmark_task(
        NAME,
        samples,
        canonical.canonical_scorer(texts, data_dir)
        if is_canonical
        else phishing_scorer(judge=judge),
        {
            "source": provenance,
            "sample": sample,
            "seed": seed,
            "judging": scoring.label,
            "protocol": scoring.protocol_name,
            "stratified_by": "goal",
            "max_turns": (canonical.MAX_TURNS + 1) if is_canonical else MAX_TURNS,
            "victim": "model role 'victim', else role 'judge'",
            **({"checks": "model role 'judge' (PurpleLlama's judge_llm)"} if is_canonical else {}),
            **recorded,
            **judge_settings(
                scoring.protocol_name,
                {"reference": "PurpleLlama's victim, checks and grades"},
            ),
        },
        solver=canonical.reference_dialogue(texts=texts, data_dir=data_dir)
        if is_canonical
        else phishing_dialogue(),
    )
