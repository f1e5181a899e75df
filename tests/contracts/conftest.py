"""Contract-test fixtures: one stub run over every benchmark, shared by the tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from contract_harness import Run, benchmark_run

from lrmsafe.testing.stub import StubProcess


@pytest.fixture(scope="session")
def garbage_run(stub: StubProcess, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    """Every benchmark judged by the stub's garbage judge (replies it cannot parse)."""
    yield benchmark_run(stub, tmp_path_factory.mktemp("garbage-run"), "judge-garbage")


@pytest.fixture(scope="session")
def judged_run(stub: StubProcess, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    """Every benchmark judged by the stub's well-formed judge."""
    yield benchmark_run(stub, tmp_path_factory.mktemp("judged-run"), "judge")
