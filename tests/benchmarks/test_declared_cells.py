"""Every cell a benchmark declares reads what its breakdown writes.

Why: the tables read the breakdowns only through the cells and tables each
benchmark declares (``Benchmark.results``); a key renamed on one side must
fail here, not render as "-". The records come from a real stub run of every
registered benchmark that declares results (a seeded sample of 20 each, as the
quick suite), so a new benchmark is checked without a test of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import SHARED_DATA, cli_env, lrmsafe
from lrmsafe.analysis.cells import EMPTY, Results
from lrmsafe.analysis.records import SampleRecord, read_records
from lrmsafe.analysis.reference import load_reference
from lrmsafe.analysis.tables import group_records
from lrmsafe.benchmarks import BENCHMARKS
from lrmsafe.testing.stub import start_stub

pytestmark = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="needs ../shared/data")

DECLARED = sorted(n for n, b in BENCHMARKS.items() if b.results is not None and not b.test_only)


def _results(name: str) -> Results[object]:
    results = BENCHMARKS[name].results
    assert results is not None
    return results


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[SampleRecord]:
    logs: Path = tmp_path_factory.mktemp("declared") / "logs"
    with start_stub() as stub:
        run = lrmsafe(
            "run", "--benchmark", ",".join(DECLARED), "--sample", "20",
            "--data-dir", str(SHARED_DATA), "--model", "openai-api/stub/r1",
            "--judge-model", "openai-api/stub/judge", "--log-dir", str(logs),
            "--display", "none", env=cli_env(stub.base_url), timeout=900,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
    recs, _ = read_records([logs])
    return recs


def test_the_study_benchmarks_declare_results() -> None:
    assert {"airbench", "mitre", "interpreter", "phishing", "xstest", "wildguard"} <= set(DECLARED)


@pytest.mark.parametrize("name", DECLARED)
def test_declared_cells_read_what_the_breakdown_writes(
    records: list[SampleRecord], name: str
) -> None:
    results = _results(name)
    recs = [r for r in records if r.benchmark == name]
    assert recs, name
    breakdown = results.breakdown(recs)
    if results.safety is not None:
        cell = results.safety.cell(recs, breakdown, "answer")
        assert not cell.empty, (name, "safety-rate column")
    if results.thinking is not None:
        for which in ("answer", "thinking"):
            cell = results.thinking.cell(recs, breakdown, which)
            assert not cell.empty, (name, "answer-vs-thinking column", which)
    g = group_records(recs, {name: results})
    ref = load_reference()
    for own in results.tables:
        table = own.build(g.view(name), ref)
        assert table.key == own.key
        if own.paper_table is not None:  # its place is the study's number for it
            assert ref.paper_table(own.key) == own.paper_table, own.key
        measured = [r for r in table.rows if r.source == "measured"]
        assert measured, (name, table.key)
        for row in measured:
            for key, _ in table.columns:
                assert not row.cells.get(key, EMPTY).empty, (name, table.key, row.label, key)
    for measure in results.harm:
        assert any(measure.value(r) is not None for r in recs), (name, measure.metric)
