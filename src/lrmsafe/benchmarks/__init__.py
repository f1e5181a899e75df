"""Benchmarks: one module (or package) each, registered on import.

Every public module of this package is imported here, found by a directory
scan (:mod:`lrmsafe._discover`): adding a benchmark is adding its module, with
no list to edit. Suites are declared below.
"""

from importlib import import_module

from lrmsafe._discover import module_names
from lrmsafe.benchmarks._registry import (
    BENCHMARKS,
    BREAKDOWNS,
    SUITES,
    Benchmark,
    BenchmarkInfo,
    TaskOptions,
    build_task,
    get_benchmark,
    register_benchmark,
    register_suite,
    resolve_benchmarks,
    sample_size,
)

for _name in module_names(__path__):
    import_module(f"{__name__}.{_name}")

PAPER = ("airbench", "mitre", "interpreter", "phishing", "xstest", "wildguard", "injection")
register_suite("smoke", ("smoke",), "built-in ~60 prompts, offline, the default")
register_suite(
    "quick",
    (*PAPER, "frr"),
    "a seeded stratified sample of ~20 prompts from each of the study's benchmarks and FRR",
    sample=20,
)
register_suite("paper", PAPER, "the study's seven benchmarks at the study's sizes", sample="paper")

__all__ = [
    "BENCHMARKS",
    "BREAKDOWNS",
    "SUITES",
    "Benchmark",
    "BenchmarkInfo",
    "TaskOptions",
    "build_task",
    "get_benchmark",
    "register_benchmark",
    "register_suite",
    "resolve_benchmarks",
    "sample_size",
]
