"""Shared pytest fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import Processes, fill_cache
from lrmsafe.testing.stub import StubProcess, default_config, start_stub


@pytest.fixture(autouse=True)
def _own_inspect_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fresh Inspect model cache per test: the LLM judge caches its replies
    (never paying twice for a judge call), which must not leak between tests."""
    monkeypatch.setenv("INSPECT_CACHE_DIR", str(tmp_path_factory.mktemp("inspect-cache")))


REASONINGSHIELD_TEST_PROMPT = (
    Path(__file__).parent / "judges" / "data" / "reasoningshield_prompt_ours.txt"
)
"""Our own stand-in for ReasoningShield's prompt file (same slots); tests are offline."""


@pytest.fixture(autouse=True)
def _reasoningshield_prompt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the reasoningshield judge at our test prompt (the real one is on the hub)."""
    monkeypatch.setenv("LRMSAFE_REASONINGSHIELD_PROMPT", str(REASONINGSHIELD_TEST_PROMPT))


@pytest.fixture(scope="session")
def reference_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A user cache (``LRMSAFE_CACHE_DIR``) holding the pinned reference source files
    (XSTest's classifier, PurpleLlama's phishing benchmark), copied at test time:
    the session stub reads their prompt texts from it to answer them (it never
    fetches), as a cluster that ran ``lrmsafe data pull`` or a run would have them."""
    cache = tmp_path_factory.mktemp("reference-cache")
    fill_cache(cache)
    return cache


@pytest.fixture(scope="session")
def stub(reference_cache: Path) -> Iterator[StubProcess]:
    """One scripted OpenAI-compatible stub server (a real process) for the session;
    its user cache holds the reference files (``reference_cache``)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LRMSAFE_CACHE_DIR", str(reference_cache))
        with start_stub() as proc:
            mp.undo()
            yield proc


@pytest.fixture
def fresh_stub(stub: StubProcess) -> Iterator[StubProcess]:
    """The session stub with zeroed stats/memory; its config is restored afterwards."""
    stub.reset()
    yield stub
    stub.configure(default_config())


@pytest.fixture
def processes() -> Iterator[Processes]:
    """Start processes through this; they and their descendants end with the test."""
    procs = Processes()
    try:
        yield procs
    finally:
        procs.cleanup()
