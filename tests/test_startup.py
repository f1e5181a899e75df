"""Start-up cost, asserted by structure: what the CLI imports, not how long it takes.

``lrmsafe --help``, ``lrmsafe list`` and a usage error must answer without
importing Inspect AI (about a second of imports on a loaded 2-core machine);
only the commands that run or read something pay for it.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from helpers import cli_env

HEAVY = ("inspect_ai", "lrmsafe.runner", "lrmsafe.benchmarks", "lrmsafe.judges")

PROBE = """
import atexit, sys
heavy = {heavy!r}
def report():
    loaded = sorted(m for m in heavy if m in sys.modules)
    sys.stderr.write("LOADED=" + ",".join(loaded) + "\\n")
atexit.register(report)
{body}
"""


def _loaded(body: str) -> tuple[list[str], subprocess.CompletedProcess[str]]:
    """Run ``body`` in a fresh interpreter; the heavy modules it had imported at exit."""
    code = PROBE.format(heavy=HEAVY, body=body)
    proc = subprocess.run(
        [sys.executable, "-c", code], env=cli_env(), capture_output=True, text=True, timeout=120
    )
    line = [x for x in proc.stderr.splitlines() if x.startswith("LOADED=")]
    assert line, f"no report from the probe: {proc.stderr[-2000:]}"
    found = line[-1].removeprefix("LOADED=")
    return [m for m in found.split(",") if m], proc


def test_import_cli_does_not_import_inspect() -> None:
    loaded, _ = _loaded("import lrmsafe.cli")
    assert loaded == []


def test_import_package_does_not_import_inspect() -> None:
    loaded, _ = _loaded("import lrmsafe; lrmsafe.__version__")
    assert loaded == []


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        [],
        ["run", "--help"],
        ["list"],
        ["run", "--max-connections", "many"],
        ["no-such-command"],
    ],
    ids=["help", "no-args", "run-help", "list", "bad-value", "bad-command"],
)
def test_cheap_commands_do_not_import_inspect(argv: list[str]) -> None:
    if argv == ["list"]:
        _skip_unless_stored_listing_is_used()
    loaded, proc = _loaded(f"from lrmsafe.cli import main\nmain({argv!r})")
    assert loaded == [], proc.stderr[-2000:]
    assert proc.returncode in (0, 2), proc.stderr[-2000:]


def test_run_does_import_inspect() -> None:
    """The probe can see an import: a command that runs something loads Inspect."""
    loaded, proc = _loaded(
        "from lrmsafe.cli import main\nmain(['run', '--benchmark', 'no-such-benchmark'])"
    )
    assert "inspect_ai" in loaded, proc.stderr[-2000:]
    assert "lrmsafe: error: unknown benchmark 'no-such-benchmark'" in proc.stderr


def test_public_names_resolve_lazily() -> None:
    import lrmsafe
    from lrmsafe.analysis.metrics import summarize
    from lrmsafe.runner import RunOptions, run

    assert lrmsafe.run is run
    assert lrmsafe.RunOptions is RunOptions
    assert lrmsafe.summarize is summarize
    assert set(lrmsafe.__all__) <= set(dir(lrmsafe))
    for name in lrmsafe.__all__:
        assert getattr(lrmsafe, name) is not None
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = lrmsafe.no_such_name  # type: ignore[attr-defined]


def _skip_unless_stored_listing_is_used() -> None:
    """A benchmark module added or removed since the listing was stored makes
    ``lrmsafe list`` build it live (right, not fast): nothing stored to check."""
    from lrmsafe._listing import stored_is_current

    if not stored_is_current():
        pytest.skip(
            "the stored listing predates the benchmark modules present (lrmsafe list builds "
            "it live); for start-up speed run `python -m lrmsafe._listing --write`"
        )


def test_stored_listing_is_current() -> None:
    """``lrmsafe list`` prints stored text; it must be what the registries say now."""
    from lrmsafe._listing import STORED, live_listing

    _skip_unless_stored_listing_is_used()

    assert STORED.read_text(encoding="utf-8") == live_listing() + "\n", (
        "the stored listing is stale: run `python -m lrmsafe._listing --write`"
    )


def test_list_prints_the_registries() -> None:
    from lrmsafe._listing import live_listing

    proc = subprocess.run(
        [sys.executable, "-m", "lrmsafe.cli", "list"],
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout == live_listing() + "\n"
    assert "synthetic" in proc.stdout and "cascade:" in proc.stdout


def test_all_names_have_a_home() -> None:
    import lrmsafe

    assert sorted(lrmsafe.__all__) == sorted(lrmsafe._HOMES)


TEARDOWN_PROBE = """
import atexit, sys
class Marker:
    def __del__(self):
        sys.stderr.write("TEARDOWN\\n")
marker = Marker()
atexit.register(lambda: sys.stderr.write("ATEXIT\\n"))
from lrmsafe.cli import main
main()
"""


@pytest.mark.parametrize(("argv", "code"), [(["list"], 0), (["run", "--limit", "x"], 2)])
def test_the_process_skips_teardown_but_runs_exit_handlers(argv: list[str], code: int) -> None:
    """A finished command ends its process at once: the interpreter's teardown
    (freeing every object of a large run, seconds) is skipped; exit handlers,
    the exit status and all output are kept."""
    proc = subprocess.run(
        [sys.executable, "-c", TEARDOWN_PROBE, *argv],
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == code, proc.stderr[-2000:]
    assert "ATEXIT" in proc.stderr
    assert "TEARDOWN" not in proc.stderr
    if code == 0:
        from lrmsafe._listing import listing

        assert proc.stdout == listing() + "\n"  # all of it: flushed before the end
    else:
        assert "lrmsafe: error: " in proc.stderr
