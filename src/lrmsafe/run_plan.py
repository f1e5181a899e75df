"""The data of a run: what the user asked for, the checked plan, what it did.

Kept apart from ``lrmsafe.runner`` (which plans and executes) so that
``lrmsafe.scale.ray_run`` can shard a plan without importing the runner.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lrmsafe.analysis.records import SampleRecord
    from lrmsafe.benchmarks._registry import TaskOptions
    from lrmsafe.generation import GenerationSettings


@dataclass
class RunOptions:
    """Everything ``lrmsafe run`` accepts, with the CLI's defaults."""

    model: str | None = None
    suite: str | None = None
    benchmark: str | None = None
    judge: str | None = None
    judge_model: str | None = None
    harm_judge: str | None = None
    thinking_judge: str | None = None
    """Judge of the thinking column (default: the answer judge)."""
    thinking_judge_model: str | None = None
    """Model of the thinking judge, role ``thinking_judge`` (default: ``judge_model``)."""
    victim_model: str | None = None
    sample: int | None = None
    limit: int | None = None
    log_dir: str = "./lrmsafe-logs"
    data_dir: str | None = None
    max_connections: int | None = None
    max_tokens: int | None = None
    max_retries: int = 3
    timeout: int = 600
    display: str | None = None
    seed: int = 0
    attack: str | None = None
    attacker_model: str | None = None
    budgets: str | None = None
    judge_cascade: bool = False
    endpoints: list[str] | None = None
    """Base URLs of replicas serving ``model`` (several need ``ray``)."""
    ray: str | None = None
    """Ray cluster address to shard the run over ("" = local or RAY_ADDRESS)."""
    shard_size: int = 500
    log_realtime: bool | None = None
    """Inspect's realtime sample buffer (crash recovery keeps every finished
    sample); None: on for runs under :data:`LARGE_RUN` samples, off above."""
    preset: str | None = None
    """Sampling preset of a model family (lrmsafe.generation.PRESETS); flags win."""
    temperature: float | None = None
    top_p: float | None = None
    top_k: int | None = None
    min_p: float | None = None
    generation_seed: int | None = None
    system_prompt: str | None = None
    """The target's system prompt: text, or ``@PATH`` to read a UTF-8 file."""
    model_args: list[str] = field(default_factory=list)
    """Provider arguments ``key=value`` (``-M``), for the target model only."""
    epochs: int | None = None
    """Samples per prompt (Inspect epochs); None: one."""
    protocol: str = "canonical"
    """``canonical`` (the reference implementations' protocols) or ``hardened``
    (lrmsafe's); see :data:`lrmsafe.benchmarks._registry.ProtocolName`."""
    benchmark_options: list[str] = field(default_factory=list)
    """``NAME:KEY=VALUE`` benchmark options (``--benchmark-option``)."""


@dataclass
class RunPlan:
    """A checked run, ready to execute: benchmarks, judge, roles, notes and tasks.

    ``lrmsafe.runner.plan`` makes it (every user error is raised there) and
    ``execute`` runs it. Ray sends shards of it to its workers
    (``lrmsafe.scale.ray_run.shard_of``), so all but ``tasks`` is plain data;
    a shard's tasks are built again where it runs.
    """

    options: RunOptions
    names: list[str]
    """The benchmarks, in run order."""
    judge: str
    """The judge every task is given (``kinds:A|T`` with --thinking-judge)."""
    gen: GenerationSettings
    """The target's generation settings (the system prompt already read)."""
    roles: dict[str, str]
    """Inspect model roles (judge, victim, attacker, thinking judge)."""
    endpoints: list[str]
    """``--endpoints``, checked."""
    start_notes: list[str]
    """Printed when the run starts (stderr, ``lrmsafe: ...``)."""
    notes: list[str]
    """Shown under the summary."""
    task_options: dict[str, TaskOptions]
    """What each benchmark's task is built from."""
    shard: tuple[int, int] | None = None
    """A shard's samples [start, stop) of its one benchmark (None: all)."""
    base_url: str | None = None
    """The endpoint a shard talks to (None: the first of ``endpoints``)."""
    tasks: list[Any] | None = field(default=None, repr=False, compare=False)
    """The Inspect tasks (None: build them from the plan)."""


@dataclass
class RunResult:
    """What the run did: the model string Inspect saw, notes for the user."""

    success: bool
    model: str
    benchmarks: list[str]
    notes: list[str]
    records: list[SampleRecord] | None = None
    """The run's records when already read (Ray shards read their own logs in
    parallel); None: read them from the log dir."""
    record_warnings: list[str] = field(default_factory=list)
