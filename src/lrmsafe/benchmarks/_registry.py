"""The benchmark and suite registries that the CLI, suites and report discover.

Adding a benchmark is adding one module (or package) under ``benchmarks/``
that calls :func:`register_benchmark`; ``benchmarks/__init__.py`` imports it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, ParamSpec, Protocol, TypeVar, cast

from inspect_ai import Task
from inspect_ai.dataset import MemoryDataset, Sample
from inspect_ai.scorer import Scorer
from inspect_ai.solver import Solver, generate

from lrmsafe._errors import UnknownNameError, UserError
from lrmsafe._registry import Registry
from lrmsafe.judges._base import get_judge_info

if TYPE_CHECKING:
    from lrmsafe.analysis.cells import Results
    from lrmsafe.analysis.records import SampleRecord

Judging = Literal["refusal-based", "model"]
"""How a task's numbers were judged (task metadata "judging", the report's caveats)."""

ProtocolName = Literal["canonical", "hardened"]
"""Which measurement protocol a study benchmark runs (``--protocol``):

* ``canonical``: the reference implementation's (inspect_evals / PurpleLlama /
  HELM / safety-eval): its judge prompts, its parsing, what it counts as safe
  and what it counts in the denominator, its dataset variant. Needs a judge
  model; the study's reference rows sit only beside numbers made this way.
* ``hardened``: lrmsafe's own (nonce fences, forged-verdict stripping,
  retries, non-answers outside the denominator); the only protocol of the
  benchmarks that are not the study's.
"""

PROTOCOLS: tuple[ProtocolName, ...] = ("canonical", "hardened")

JudgePolicy = Literal["uses_chosen", "model_protocol", "refusal_protocol", "own_protocol"]
"""What scores a benchmark under the run's ``--judge``:

* ``uses_chosen``: the chosen judge, whatever it is.
* ``model_protocol``: with a judge that needs a model, the benchmark's own
  protocol on the judge model; otherwise the chosen (offline) judge.
* ``refusal_protocol``: the benchmark measures refusal. With a judge that needs
  a model, its own refusal protocol on the judge model; otherwise the offline
  refusal rule (a harm judge without a model cannot tell refusal).
* ``own_protocol``: always its own protocol, which needs a judge model.
"""


@dataclass(frozen=True)
class BenchmarkOption:
    """A benchmark's own option (``--benchmark-option NAME:KEY=VALUE``), e.g. which
    WildGuardTest prompts to run or which MITRE dataset variant."""

    key: str
    choices: tuple[str, ...]
    default: str
    help: str

    def describe(self) -> str:
        """``key=a|b|c (default a)``, for ``lrmsafe list``."""
        return f"{self.key}={'|'.join(self.choices)} (default {self.default})"


@dataclass(frozen=True)
class TaskOptions:
    """What a run gives every benchmark's task; each task takes those it has a use for."""

    judge: str = "refusal"
    harm_judge: str | None = None
    data_dir: str | None = None
    sample: int | None = None
    seed: int = 0
    protocol: ProtocolName = "canonical"
    """The protocol asked for (``--protocol``); a benchmark without a canonical one,
    or a judge without a model, runs ``hardened`` (see :func:`resolve_scoring`)."""
    options: tuple[tuple[str, str], ...] = ()
    """This benchmark's own options given (``--benchmark-option``), checked against
    its declared :class:`BenchmarkOption` s; (key, value) pairs, sorted."""

    def option(self, key: str) -> str | None:
        """The value given for one of the benchmark's options (None: not given)."""
        return dict(self.options).get(key)


P = ParamSpec("P")


def given(factory: Callable[P, Task], *args: P.args, **kwargs: P.kwargs) -> Task:
    """Call a task factory with its arguments (type-checked), leaving out those that are None.

    Why: Inspect records the arguments passed (``task_args_passed``: how eval
    sets find a task's log to resume) and the report's run condition
    ("variant") is read from them; an option not given must not appear there.
    """
    passed = {k: v for k, v in kwargs.items() if v is not None}
    return cast(Callable[..., Task], factory)(*args, **passed)


Factory = TypeVar("Factory", bound=Callable[..., Task])


class RatedFactory(Protocol):
    """A task factory taking the standard options plus ``harm_judge``."""

    def __call__(
        self,
        judge: str = ...,
        data_dir: str | None = ...,
        sample: int | None = ...,
        seed: int = ...,
        harm_judge: str | None = ...,
        protocol: ProtocolName = ...,
    ) -> Task: ...


def build_rated(factory: RatedFactory, o: TaskOptions) -> Task:
    """Build a task whose factory takes judge, data_dir, sample, seed, harm_judge and
    protocol (mypy checks it against :class:`RatedFactory`): the one copy of that
    ``build``. The benchmark's own options given (``--benchmark-option``, checked
    against its declared ones) are passed too, each as the parameter of its key."""
    options: dict[str, Any] = dict(o.options)
    return given(
        cast(Callable[..., Task], factory),
        judge=o.judge,
        data_dir=o.data_dir,
        sample=o.sample,
        seed=o.seed,
        harm_judge=o.harm_judge,
        protocol=o.protocol,
        **options,
    )


def benchmark_task(
    name: str,
    samples: Sequence[Sample],
    scorer: Scorer,
    metadata: Mapping[str, Any] | None = None,
    solver: Solver | None = None,
) -> Task:
    """The task every benchmark builds: its samples as a dataset named after it, a
    plain generate (or its own solver), its scorer, and metadata naming it first."""
    return Task(
        dataset=MemoryDataset(list(samples), name=name),
        solver=solver if solver is not None else generate(),
        scorer=scorer,
        metadata={"benchmark": name, **(metadata or {})},
    )


TaskBuilder = Callable[[TaskOptions], Task]
"""A benchmark's task from the run's options (its module passes the ones it takes)."""

ScoredBy = Literal["chosen", "protocol", "refusal"]


@dataclass(frozen=True)
class Scoring:
    """What scores one benchmark under one ``--judge``: the one answer to that question."""

    by: ScoredBy
    """``chosen``: the run's judge; ``protocol``: the benchmark's own judging
    protocol on the judge model; ``refusal``: the offline refusal rule."""
    judge: str
    """The run's judge (what ``chosen`` means)."""
    label: Judging
    """The task metadata's "judging" value."""
    note: str | None
    """Why the run's judge is not what scores it (None when it is)."""
    protocol_name: ProtocolName = "hardened"
    """The protocol that runs: ``canonical`` only for a benchmark that has one, asked
    for, with a judge that has a model (the reference protocols all judge with one)."""

    @property
    def protocol(self) -> bool:
        """The benchmark's own protocol scores it (on the judge model)."""
        return self.by == "protocol"


_PROTOCOL_NOTE = "their own judging protocol (on the judge model) scores"
_REFUSAL_NOTE = "they measure refusal, so the offline refusal rule scores"
_CANONICAL_NOTE = "their reference protocol (--protocol canonical, on the judge model) scores"


def _chosen_label(judge: str) -> Judging:
    return "refusal-based" if judge == "refusal" else "model"


def resolve_scoring(benchmark: str, judge: str, protocol: ProtocolName = "hardened") -> Scoring:
    """What scores ``benchmark`` under the run's ``judge`` and ``protocol``, its label,
    and a note.

    Under ``canonical`` a benchmark that has a canonical protocol is scored by it
    (on the judge model) whatever its policy; without a judge model it runs
    ``hardened``. Unknown judges fail here, with the choices; a benchmark whose
    own protocol needs a judge model fails without one, with a one-line error.
    """
    info = get_benchmark(benchmark)
    needs_model = get_judge_info(judge).needs_model
    check_protocol(protocol)
    if protocol == "canonical" and info.canonical and needs_model:
        why = _CANONICAL_NOTE if info.judge_policy == "uses_chosen" else _PROTOCOL_NOTE
        return Scoring("protocol", judge, "model", why, "canonical")
    policy = info.judge_policy
    if policy == "uses_chosen" or (policy == "model_protocol" and not needs_model):
        return Scoring("chosen", judge, _chosen_label(judge), None)
    if needs_model:
        return Scoring("protocol", judge, "model", _PROTOCOL_NOTE)
    if policy == "refusal_protocol":
        note = None if judge == "refusal" else _REFUSAL_NOTE
        return Scoring("chosen" if note is None else "refusal", judge, "refusal-based", note)
    why = f"{info.protocol}; " if info.protocol else ""
    raise UserError(
        f"benchmark '{benchmark}' needs a judge model ({why}judge '{judge}' cannot): "
        "add --judge-model MODEL"
    )


def judging_note(judge: str, scorings: Mapping[str, Scoring], explicit: bool = True) -> str | None:
    """One line: which benchmarks the run's judge scores and which it does not (None: all).

    A judge the user did not name is called the default one: a note that says
    ``--judge llm`` to someone who never typed it reads as a misunderstanding.
    """
    if all(s.note is None for s in scorings.values()):
        return None
    chosen = [n for n, s in scorings.items() if s.note is None]
    who = f"--judge {judge}" if explicit else f"the default judge ({judge})"
    parts = [f"{who} scores {_names(chosen) if chosen else 'none of these benchmarks'}"]
    for note in dict.fromkeys(s.note for s in scorings.values() if s.note):
        parts.append(f"{note} {_names(n for n, s in scorings.items() if s.note == note)}")
    return "; ".join(parts)


def parse_benchmark_options(
    specs: Sequence[str], names: Sequence[str]
) -> dict[str, tuple[tuple[str, str], ...]]:
    """``--benchmark-option NAME:KEY=VALUE`` values, checked: the benchmark runs, the
    key is one of its options and the value one of the key's choices (one-line
    errors that list what is allowed). Returns each benchmark's (key, value) pairs."""
    given_: dict[str, dict[str, str]] = {}
    for spec in specs:
        name, sep, rest = spec.partition(":")
        key, eq, value = rest.partition("=")
        name, key, value = name.strip(), key.strip(), value.strip()
        if not (sep and eq and name and key and value):
            raise UserError(f"--benchmark-option '{spec}': write NAME:KEY=VALUE")
        if name not in names:
            raise UserError(
                f"--benchmark-option '{spec}': benchmark '{name}' is not in this run "
                f"({_names(names)})"
            )
        declared = {o.key: o for o in get_benchmark(name).options}
        if key not in declared:
            known = _names(o.describe() for o in declared.values()) or "none"
            raise UserError(
                f"--benchmark-option '{spec}': '{name}' has no option '{key}' ({known})"
            )
        if value not in declared[key].choices:
            raise UserError(
                f"--benchmark-option '{spec}': choose {key}={'|'.join(declared[key].choices)}"
            )
        if given_.setdefault(name, {}).setdefault(key, value) != value:
            raise UserError(f"--benchmark-option: '{name}:{key}' given twice")
    return {n: tuple(sorted(kv.items())) for n, kv in given_.items()}


def check_protocol(protocol: str) -> ProtocolName:
    """``--protocol`` checked: canonical or hardened, else a one-line error."""
    if protocol not in PROTOCOLS:
        raise UserError(f"--protocol '{protocol}': choose {' or '.join(PROTOCOLS)}")
    return protocol


def protocol_note(protocol: ProtocolName, scorings: Mapping[str, Scoring]) -> str | None:
    """One line naming the study benchmarks that cannot run the canonical protocol
    asked for (the judge has no model), so run hardened (None: no such benchmark)."""
    if protocol != "canonical":
        return None
    fallen = [
        n
        for n, s in scorings.items()
        if get_benchmark(n).canonical and s.protocol_name != "canonical"
    ]
    if not fallen:
        return None
    return (
        f"--protocol canonical needs a judge model (--judge-model); {_names(fallen)} "
        "run the hardened protocol with the offline judge, and the study's rows are "
        "not shown beside them"
    )


def _names(names: Iterable[str]) -> str:
    return ", ".join(names)


@dataclass(frozen=True)
class Benchmark:
    """A registered benchmark: its task factory and what a reader must know."""

    name: str
    description: str
    source: str
    license: str
    judge_policy: JudgePolicy
    """What scores it under the run's --judge (see :func:`resolve_scoring`)."""
    task: Callable[..., Task]
    harmful_prompts: bool = True
    """True when its prompts are harmful requests (attacks apply to them)."""
    paper_size: int | None = None
    """How many prompts the study used (None: all of them)."""
    test_only: bool = False
    """For testing lrmsafe itself (scale, faults), not a safety benchmark."""
    protocol: str | None = None
    """What its own judging protocol does, for messages (``own_protocol``)."""
    build: TaskBuilder | None = None
    """Its task from the run's options (None: the factory with ``judge`` only)."""
    rates_harm: bool = False
    """``--harm-judge`` rates how harmful its unsafe answers are."""
    roles: tuple[str, ...] = ()
    """Model roles it cannot run without (e.g. ``victim``)."""
    results_of: Callable[[], Results[Any]] | None = None
    """Its results' declaration; a thunk because the module defines it below the
    task factory it decorates (None: the common metrics only)."""
    canonical: bool = False
    """It has a canonical protocol (the study's benchmarks): ``--protocol canonical``
    reproduces its reference implementation; its factory takes ``protocol``."""
    reference: str | None = None
    """The reference implementation its canonical protocol follows (file @ commit)."""
    options: tuple[BenchmarkOption, ...] = ()
    """Its own options (``--benchmark-option NAME:KEY=VALUE``); its build passes them."""

    @property
    def judging(self) -> Literal["refusal-or-model", "model-required"]:
        """What ``lrmsafe list`` says it needs: derived from the policy, not a second one."""
        return "model-required" if self.judge_policy == "own_protocol" else "refusal-or-model"

    @property
    def results(self) -> Results[Any] | None:
        """Breakdown, table columns, own tables and harm measures (analysis.cells)."""
        return None if self.results_of is None else self.results_of()


BenchmarkInfo = Benchmark
"""The former name."""
BENCHMARKS: Registry[Benchmark] = Registry("benchmark")
SuiteSample = int | Literal["paper"] | None


@dataclass(frozen=True)
class SuiteInfo:
    """A named list of benchmarks and how many prompts of each to run."""

    name: str
    benchmarks: tuple[str, ...]
    description: str
    sample: SuiteSample = None
    """An int: a seeded stratified sample of that size; "paper": the study's size."""


SUITES: Registry[SuiteInfo] = Registry("suite")


def register_benchmark(
    name: str,
    *,
    description: str,
    source: str,
    license: str,
    judge_policy: JudgePolicy,
    harmful_prompts: bool = True,
    paper_size: int | None = None,
    test_only: bool = False,
    protocol: str | None = None,
    build: TaskBuilder | None = None,
    rates_harm: bool = False,
    roles: tuple[str, ...] = (),
    results: Callable[[], Results[Any]] | None = None,
    canonical: bool = False,
    reference: str | None = None,
    options: tuple[BenchmarkOption, ...] = (),
) -> Callable[[Factory], Factory]:
    """Register a task factory as a benchmark under ``name`` (its signature kept for mypy).

    ``results`` returns what the analysis and reports need to know about its
    results (``analysis.cells.Results``: breakdown, table columns, own tables,
    harm measures); without it only the common metrics are reported.
    """

    def wrap(task: Factory) -> Factory:
        BENCHMARKS[name] = Benchmark(
            name,
            description,
            source,
            license,
            judge_policy,
            task,
            harmful_prompts,
            paper_size,
            test_only,
            protocol=protocol,
            build=build,
            rates_harm=rates_harm,
            roles=roles,
            results_of=results,
            canonical=canonical,
            reference=reference,
            options=options,
        )
        return task

    return wrap


class _Breakdowns(Mapping[str, "Callable[[list[SampleRecord]], Any]"]):
    """Each registered benchmark's breakdown by name: a view of ``BENCHMARKS``."""

    def _items(self) -> dict[str, Callable[[list[SampleRecord]], Any]]:
        return {n: r.breakdown for n, b in BENCHMARKS.items() if (r := b.results) is not None}

    def __getitem__(self, name: str) -> Callable[[list[SampleRecord]], Any]:
        return self._items()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items())

    def __len__(self) -> int:
        return len(self._items())


BREAKDOWNS: Mapping[str, Callable[[list[SampleRecord]], Any]] = _Breakdowns()


def register_suite(
    name: str, benchmarks: tuple[str, ...], description: str, sample: SuiteSample = None
) -> None:
    """Declare a named list of benchmarks."""
    SUITES.add(name, SuiteInfo(name, benchmarks, description, sample))


def sample_size(suite: str | None, benchmark: str) -> int | None:
    """Prompts to draw from ``benchmark`` under ``suite`` (None: all)."""
    info = SUITES.get(suite or "")
    if info is None or info.sample is None:
        return None
    if info.sample == "paper":
        return get_benchmark(benchmark).paper_size
    return info.sample


def get_benchmark(name: str) -> Benchmark:
    """Look a benchmark up, with a message that lists the known ones."""
    return BENCHMARKS.lookup(name)


def resolve_benchmarks(suite: str | None, benchmarks: str | None) -> list[str]:
    """Turn ``--suite``/``--benchmark`` into benchmark names, checking each."""
    if benchmarks is not None:  # "" is a mistake, not "the default suite"
        names = [b.strip() for b in benchmarks.split(",") if b.strip()]
        if not names:
            raise UnknownNameError(
                f"--benchmark '{benchmarks}' names no benchmark; give one or more, "
                "comma-separated (see: lrmsafe list)"
            )
    else:
        key = "smoke" if suite is None else suite
        names = list(SUITES.lookup(key).benchmarks)
    for name in names:
        get_benchmark(name)
    return names


def build_task(name: str, options: TaskOptions | None = None) -> Task:
    """Build a benchmark's Inspect task from the run's options (those it takes)."""
    info = get_benchmark(name)
    opts = options or TaskOptions()
    task = info.build(opts) if info.build else given(info.task, judge=opts.judge)
    if len(task.dataset) == 0:  # Inspect would fail later, with a traceback
        raise UserError(f"benchmark '{name}': no samples to run; check its data (--data-dir)")
    return task
