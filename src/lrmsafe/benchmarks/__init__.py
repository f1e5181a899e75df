"""Benchmarks: one module each, registered on import."""

from lrmsafe.benchmarks import airbench as airbench
from lrmsafe.benchmarks import frr as frr
from lrmsafe.benchmarks import injection as injection
from lrmsafe.benchmarks import interpreter as interpreter
from lrmsafe.benchmarks import mitre as mitre
from lrmsafe.benchmarks import phishing as phishing
from lrmsafe.benchmarks import smoke as smoke
from lrmsafe.benchmarks import synthetic as synthetic
from lrmsafe.benchmarks import wildguard as wildguard
from lrmsafe.benchmarks import xstest as xstest
from lrmsafe.benchmarks._registry import (
    BENCHMARKS,
    BREAKDOWNS,
    SUITES,
    Benchmark,
    BenchmarkInfo,
    build_task,
    get_benchmark,
    register_benchmark,
    register_suite,
    resolve_benchmarks,
    sample_size,
)

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
    "build_task",
    "get_benchmark",
    "register_benchmark",
    "register_suite",
    "resolve_benchmarks",
    "sample_size",
]
