"""Benchmarks: one module each, registered on import."""

from lrmsafe.benchmarks import phishing as phishing
from lrmsafe.benchmarks import smoke as smoke
from lrmsafe.benchmarks import synthetic as synthetic
from lrmsafe.benchmarks._registry import (
    BENCHMARKS,
    SUITES,
    BenchmarkInfo,
    build_task,
    get_benchmark,
    register_benchmark,
    register_suite,
    resolve_benchmarks,
    sample_size,
)

register_suite("smoke", ("smoke",), "built-in ~60 prompts, offline, the default")

__all__ = [
    "BENCHMARKS",
    "SUITES",
    "BenchmarkInfo",
    "build_task",
    "get_benchmark",
    "register_benchmark",
    "register_suite",
    "resolve_benchmarks",
    "sample_size",
]
