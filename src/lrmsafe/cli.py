"""The ``lrmsafe`` command line: run, report, list.

Errors the user can fix print one line and exit 2; ``--debug`` shows the
traceback. Nothing here computes metrics or judges: it calls the modules that do.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer

from lrmsafe._errors import EXIT_USER_ERROR, UserError

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Safety assessment of large reasoning models, on Inspect AI.",
)

T = TypeVar("T")
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")]


def _user_errors() -> tuple[type[BaseException], ...]:
    from inspect_ai._util.error import PrerequisiteError

    from lrmsafe.analysis.records import LogReadError
    from lrmsafe.engines.llamacpp import EngineError
    from lrmsafe.judges import UnknownNameError

    return (UserError, UnknownNameError, EngineError, LogReadError, PrerequisiteError)


def _guard(debug: bool, fn: Callable[[], T]) -> T:
    """Run a command body; turn known failures into one line and exit 2."""
    from lrmsafe.report.text import sanitize

    try:
        return fn()
    except typer.Exit:
        raise
    except KeyboardInterrupt:
        typer.echo("lrmsafe: interrupted", err=True)
        raise typer.Exit(130) from None
    except Exception as ex:
        if debug or os.environ.get("LRMSAFE_DEBUG"):
            traceback.print_exc()
        message = sanitize(str(ex).strip().splitlines()[0] if str(ex).strip() else "")
        if isinstance(ex, _user_errors()):
            typer.echo(f"lrmsafe: error: {message}", err=True)
            raise typer.Exit(EXIT_USER_ERROR) from None
        typer.echo(
            f"lrmsafe: error: {type(ex).__name__}: {message} (rerun with --debug for details)",
            err=True,
        )
        raise typer.Exit(1) from None


@app.command()
def run(
    model: Annotated[
        str | None,
        typer.Option(
            "--model", "-m", help="Inspect model string; default: local Gemma 3 270M (base model)."
        ),
    ] = None,
    suite: Annotated[str | None, typer.Option(help="Suite to run (see `lrmsafe list`).")] = None,
    benchmark: Annotated[
        str | None, typer.Option(help="Comma-separated benchmarks (overrides --suite).")
    ] = None,
    judge: Annotated[
        str | None, typer.Option(help="Judge name; default 'refusal' (offline) or 'llm'.")
    ] = None,
    judge_model: Annotated[
        str | None, typer.Option(help="Judge model (Inspect model string), role 'judge'.")
    ] = None,
    victim_model: Annotated[
        str | None, typer.Option(help="Phishing victim model (default: the judge model).")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="At most N samples per benchmark.")] = None,
    sample: Annotated[
        int | None, typer.Option(help="Seeded stratified sample of N prompts per benchmark.")
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed for sampling (recorded in the log).")] = 0,
    log_dir: Annotated[str, typer.Option(help="Where Inspect logs go.")] = "./lrmsafe-logs",
    data_dir: Annotated[
        str | None, typer.Option(help="Local benchmark data folder (layout of shared/data).")
    ] = None,
    max_connections: Annotated[
        int | None, typer.Option(help="Concurrent requests per model.")
    ] = None,
    max_tokens: Annotated[int | None, typer.Option(help="Max tokens per generation.")] = None,
    max_retries: Annotated[int, typer.Option(help="Retries per model call.")] = 3,
    timeout: Annotated[int, typer.Option(help="Seconds per model call.")] = 600,
    display: Annotated[
        str | None, typer.Option(help="Inspect display: full, rich, plain, log, none.")
    ] = None,
    debug: DebugOpt = False,
) -> None:
    """Run a suite on a model, judge thinking and answer, print a summary."""
    from lrmsafe.runner import RunOptions
    from lrmsafe.runner import run as do_run

    opts = RunOptions(
        model=model,
        suite=suite,
        benchmark=benchmark,
        judge=judge,
        judge_model=judge_model,
        victim_model=victim_model,
        limit=limit,
        sample=sample,
        seed=seed,
        log_dir=log_dir,
        data_dir=data_dir,
        max_connections=max_connections,
        max_tokens=max_tokens,
        max_retries=max_retries,
        timeout=timeout,
        display=display,
    )

    def body() -> None:
        from lrmsafe.analysis.metrics import summarize
        from lrmsafe.analysis.records import read_records
        from lrmsafe.report.text import render_table

        result = do_run(opts)
        records, warnings = read_records([log_dir])
        rows = [
            r for r in summarize(records)
            if r["model"] == result.model and r["benchmark"] in result.benchmarks
        ]  # fmt: skip
        typer.echo(render_table(rows, notes=result.notes + warnings))
        if not result.success:
            typer.echo(
                "lrmsafe: some tasks did not finish; run the same command again to resume",
                err=True,
            )
            raise typer.Exit(1)

    _guard(debug, body)


@app.command()
def report(
    log_dirs: Annotated[list[str], typer.Argument(help="Log directories to read.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON on stdout.")] = False,
    html: Annotated[str | None, typer.Option(help="Also write an HTML report here.")] = None,
    debug: DebugOpt = False,
) -> None:
    """Summarise logs per (model, benchmark): outcomes and safety rates with 95% CIs."""

    def body() -> None:
        from lrmsafe.analysis.metrics import summarize
        from lrmsafe.analysis.records import read_records
        from lrmsafe.report.text import render_table

        records, warnings = read_records(log_dirs)
        rows = summarize(records)
        if html:
            from lrmsafe.report.html import write_html

            write_html(rows, records, html)
        if as_json:
            sys.stdout.write(json.dumps(rows, indent=2) + "\n")
            for w in warnings:
                typer.echo(f"lrmsafe: warning: {w}", err=True)
        else:
            typer.echo(render_table(rows, notes=warnings))

    _guard(debug, body)


@app.command(name="list")
def list_(debug: DebugOpt = False) -> None:
    """Show the suites, benchmarks and judges available."""

    def body() -> None:
        from lrmsafe.benchmarks import BENCHMARKS, SUITES
        from lrmsafe.judges import JUDGES

        lines: list[str] = ["Suites:"]
        lines += [
            f"  {s.name:<10} {s.description}: {', '.join(s.benchmarks)}"
            for s in sorted(SUITES.values(), key=lambda s: s.name)
        ]
        lines.append("Benchmarks:")
        judging = {
            "refusal-or-model": "offline refusal judge or --judge-model",
            "model-required": "needs --judge-model",
            "no-judge": "no judge",
        }
        for b in sorted(BENCHMARKS.values(), key=lambda b: b.name):
            lines.append(f"  {b.name:<12} {b.description} [{judging[b.judging]}]")
        lines.append("Judges:")
        for j in sorted(JUDGES.values(), key=lambda j: j.name):
            need = " (needs --judge-model)" if j.needs_model else ""
            lines.append(f"  {j.name:<12} {j.description}{need}")
        typer.echo("\n".join(lines))

    _guard(debug, body)


def main(argv: list[str] | None = None) -> Any:
    """Entry point for the console script."""
    return app(args=argv)


if __name__ == "__main__":  # pragma: no cover
    main()
