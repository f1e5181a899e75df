"""Split a run into shards (benchmark x sample range), each with its own log folder.

A shard is a plain ``lrmsafe run`` of one benchmark restricted to samples
``[start, stop)`` (Inspect's ``limit=(start, stop)``), against one endpoint.
Each shard logs to ``<log dir>/shards/<benchmark>-<start>-<stop>``: Inspect's
eval set pairs tasks with logs by an identity that ignores the sample range,
so shards must not share a folder. The plan depends only on the benchmarks,
their sizes and the shard size, never on the cluster, so rerunning the same
command finds every finished shard (and every finished sample) again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

SHARDS_DIR = "shards"

FORWARDED_ENV_PREFIXES = ("INSPECT_", "LRMSAFE_", "HF_")
FORWARDED_ENV_SUFFIXES = ("_BASE_URL", "_API_KEY")
"""Environment a shard needs wherever it runs: endpoints, keys, offline flags."""


@dataclass(frozen=True)
class Shard:
    """Samples ``[start, stop)`` of one benchmark, sent to one endpoint."""

    benchmark: str
    start: int
    stop: int
    endpoint: str | None = None

    @property
    def name(self) -> str:
        """Folder name; zero-padded so folders list in run order."""
        return f"{self.benchmark}-{self.start:07d}-{self.stop:07d}"

    @property
    def size(self) -> int:
        """Samples in the shard (per epoch and per attack variant)."""
        return self.stop - self.start


def plan_shards(sizes: dict[str, int], shard_size: int, endpoints: list[str]) -> list[Shard]:
    """Cut each benchmark into ranges of ``shard_size``; endpoints round-robin."""
    if shard_size < 1:
        raise ValueError("shard size must be at least 1")
    shards: list[Shard] = []
    for benchmark, n in sizes.items():
        for start in range(0, n, shard_size):
            endpoint = endpoints[len(shards) % len(endpoints)] if endpoints else None
            shards.append(Shard(benchmark, start, min(n, start + shard_size), endpoint))
    return shards


def is_url(path: str) -> bool:
    """An fsspec URL (``s3://bucket/logs``) rather than a local path."""
    return "://" in path


def join(base: str, *parts: str) -> str:
    """Join a local path or an fsspec URL with ``/``."""
    return "/".join([base.rstrip("/"), *parts])


def shard_log_dir(log_dir: str, shard: Shard) -> str:
    """Where a shard's Inspect logs go."""
    return join(log_dir, SHARDS_DIR, shard.name)


def shared_log_dir(log_dir: str) -> str:
    """The log location every worker can reach: URLs as given, paths made absolute."""
    return log_dir if is_url(log_dir) else os.path.abspath(os.path.expanduser(log_dir))


def forwarded_env(environ: dict[str, str] | None = None) -> dict[str, str]:
    """The driver's endpoint, key and offline settings, for workers on other nodes.

    They travel as task arguments (Ray's object store), never on a command
    line or in a log.
    """
    env = os.environ if environ is None else environ
    return {
        k: v
        for k, v in env.items()
        if k.startswith(FORWARDED_ENV_PREFIXES) or k.endswith(FORWARDED_ENV_SUFFIXES)
    }
