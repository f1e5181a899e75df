"""The ``lrmsafe`` command line: run, report, list.

Errors the user can fix print one line and exit 2; ``--debug`` shows the
traceback. Nothing here computes metrics or judges: it calls the modules that do.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import traceback
from collections.abc import Callable
from typing import Annotated, Any, NoReturn, TypeVar

import typer

from lrmsafe._errors import EXIT_USER_ERROR, UnknownNameError, UserError

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Safety assessment of large reasoning models, on Inspect AI.",
)

T = TypeVar("T")
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")]
DEFAULT_HTML = "lrmsafe-report.html"
"""Where ``report --format html`` writes without ``--out`` (the current folder)."""


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("lrmsafe")
    except PackageNotFoundError:  # run from a source tree
        from lrmsafe import __version__

        return __version__


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"lrmsafe {_version()}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Safety assessment of large reasoning models, on Inspect AI."""


def _user_errors() -> tuple[type[BaseException], ...]:
    from inspect_ai._util.error import PrerequisiteError  # no public name (Inspect 0.3.285)

    from lrmsafe.analysis.records import LogReadError
    from lrmsafe.engines.llamacpp import EngineError

    return (UserError, UnknownNameError, EngineError, LogReadError, PrerequisiteError)


def _guard(debug: bool, fn: Callable[[], T]) -> T:
    """Run a command body; turn known failures into one line and exit 2.

    What is printed (the line, and the traceback with --debug) has secrets masked.
    """
    from lrmsafe._redact import redact
    from lrmsafe.report.text import sanitize

    try:
        return fn()
    except typer.Exit:
        raise
    except KeyboardInterrupt:
        typer.echo("lrmsafe: interrupted; run the same command again to resume", err=True)
        raise typer.Exit(130) from None
    except Exception as ex:
        if debug or os.environ.get("LRMSAFE_DEBUG"):
            sys.stderr.write(redact(traceback.format_exc()))
        message = redact(sanitize(str(ex).strip().splitlines()[0] if str(ex).strip() else ""))
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
            "--model",
            "-m",
            help=(
                "Inspect model string; default (or 'local'): local SmolLM2 135M Instruct "
                "(tiny, no safety tuning); also local/gemma-3-270m (base model)."
            ),
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
    harm_judge: Annotated[
        str | None,
        typer.Option(help="Also rate unsafe answers' harmfulness: llm-harm or reward:..."),
    ] = None,
    thinking_judge: Annotated[
        str | None,
        typer.Option(help="Judge of thinking traces (e.g. reasoningshield); default: --judge."),
    ] = None,
    thinking_judge_model: Annotated[
        str | None,
        typer.Option(
            help="Model of --thinking-judge, role 'thinking_judge'; default: --judge-model."
        ),
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
    timeout: Annotated[
        int, typer.Option(help="Seconds per model request attempt; a slower one is retried.")
    ] = 600,
    display: Annotated[
        str | None, typer.Option(help="Inspect display: full, rich, plain, log, none.")
    ] = None,
    attack: Annotated[
        str | None,
        typer.Option(
            help="Attacks to run on harmful-prompt benchmarks, comma-separated, with "
            "options as name:key=value (see `lrmsafe list`); 'none' always runs too."
        ),
    ] = None,
    attacker_model: Annotated[
        str | None,
        typer.Option(help="Attacker model (role 'attacker') for translate and crescendo."),
    ] = None,
    budgets: Annotated[
        str | None,
        typer.Option(
            help="Reasoning budgets for --attack budget: efforts (low,medium,high) or "
            "thinking-token counts (1024,4096)."
        ),
    ] = None,
    judge_cascade: Annotated[
        bool,
        typer.Option(
            "--judge-cascade",
            help="Clear full refusals (offline rule) skip the model judge; the rest it judges.",
        ),
    ] = False,
    endpoints: Annotated[
        str | None,
        typer.Option(
            help="Comma-separated base URLs of replicas serving --model, used round-robin "
            "by --ray shards (one URL: just that endpoint)."
        ),
    ] = None,
    ray: Annotated[
        str | None,
        typer.Option(
            "--ray",
            metavar="[ADDRESS]",
            help="Shard the run (benchmark x sample range) over a Ray cluster: ADDRESS, "
            "or RAY_ADDRESS, or a local cluster when none is given.",
        ),
    ] = None,
    shard_size: Annotated[
        int, typer.Option(help="Samples per Ray shard (keep it fixed across reruns).")
    ] = 500,
    log_realtime: Annotated[
        bool | None,
        typer.Option(
            "--log-realtime/--no-log-realtime",
            help="Inspect's realtime sample log (default: on under 1,000 samples, off above). "
            "Off: about a fifth less harness CPU; a crash then re-runs up to 1% of a task's "
            "finished samples (at least 10).",
            show_default=False,
        ),
    ] = None,
    preset: Annotated[
        str | None,
        typer.Option(
            help="Target sampling recommended by a model card: deepseek-r1, qwq, "
            "qwen3-thinking or gpt-oss (printed at the start; explicit flags win)."
        ),
    ] = None,
    temperature: Annotated[
        float | None, typer.Option(help="Target sampling temperature (judges keep 0).")
    ] = None,
    top_p: Annotated[float | None, typer.Option(help="Target nucleus sampling top-p.")] = None,
    top_k: Annotated[
        int | None, typer.Option(help="Target top-k (request body on OpenAI-compatible servers).")
    ] = None,
    min_p: Annotated[
        float | None, typer.Option(help="Target min-p (OpenAI-compatible servers: vLLM, SGLang).")
    ] = None,
    generation_seed: Annotated[
        int | None,
        typer.Option(help="Seed sent with each target request (where the provider honours it)."),
    ] = None,
    system_prompt: Annotated[
        str | None,
        typer.Option(help="Target system prompt: the text, or @PATH to read a UTF-8 file."),
    ] = None,
    model_arg: Annotated[
        list[str] | None,
        typer.Option(
            "--model-arg",
            "-M",
            help="Provider argument for the target, key=value (repeatable), as Inspect's -M.",
        ),
    ] = None,
    epochs: Annotated[
        int | None,
        typer.Option(
            help="Sample each prompt K times (Inspect epochs): mean and worst-of-K rates."
        ),
    ] = None,
    protocol: Annotated[
        str,
        typer.Option(
            metavar="canonical|hardened",
            help="canonical: the study benchmarks' reference protocols (judge prompts, "
            "parsing, denominators, dataset variants; needs --judge-model), the numbers "
            "that stand beside the study's; hardened: lrmsafe's (fenced, forged-verdict-"
            "proof, non-answers outside the denominator).",
        ),
    ] = "canonical",
    benchmark_option: Annotated[
        list[str] | None,
        typer.Option(
            "--benchmark-option",
            metavar="NAME:KEY=VALUE",
            help="A benchmark's own option, repeatable (see `lrmsafe list`), e.g. "
            "wildguard:selection=adversarial.",
        ),
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
        harm_judge=harm_judge,
        thinking_judge=thinking_judge,
        thinking_judge_model=thinking_judge_model,
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
        attack=attack,
        attacker_model=attacker_model,
        budgets=budgets,
        judge_cascade=judge_cascade,
        endpoints=endpoints.split(",") if endpoints is not None else None,
        ray=ray,
        shard_size=shard_size,
        log_realtime=log_realtime,
        preset=preset,
        temperature=temperature,
        top_p=top_p,
        top_k=top_k,
        min_p=min_p,
        generation_seed=generation_seed,
        system_prompt=system_prompt,
        model_args=list(model_arg or []),
        epochs=epochs,
        protocol=protocol,
        benchmark_options=list(benchmark_option or []),
    )

    def body() -> None:
        from lrmsafe._checks import check_all_failed
        from lrmsafe.analysis.metrics import epoch_notes, summarize
        from lrmsafe.analysis.records import read_records
        from lrmsafe.attacks.metrics import annotate_rows, attack_notes
        from lrmsafe.report.text import render_table

        result = do_run(opts)
        if result.records is not None:  # read by the Ray shards, in parallel
            records, warnings = result.records, result.record_warnings
        else:
            records, warnings = read_records([log_dir])
        rows = [
            r for r in summarize(records)
            if r["model"] == result.model and r["benchmark"] in result.benchmarks
        ]  # fmt: skip
        check_all_failed(rows, records)  # e.g. a model name the endpoint does not serve
        annotate_rows(rows, records)
        notes = result.notes + warnings + attack_notes(rows) + epoch_notes(rows)
        typer.echo(render_table(rows, notes=notes))
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
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            help="text (terminal), md, csv, json (rows, tables, findings) or html "
            "(one self-contained file).",
        ),
    ] = "text",
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the per-(model, benchmark) rows as JSON.")
    ] = False,
    pair: Annotated[
        list[str] | None,
        typer.Option(
            "--pair",
            help="Declared comparison BASE:OTHER (base:distilled, chat:reasoning); model names "
            "or unambiguous suffixes; repeatable.",
        ),
    ] = None,
    out: Annotated[
        str | None,
        typer.Option(
            "--out",
            help=f"Write the report to this file, not stdout (html: default {DEFAULT_HTML}).",
        ),
    ] = None,
    html: Annotated[str | None, typer.Option(help="Also write an HTML report here.")] = None,
    redact: Annotated[
        bool,
        typer.Option(
            "--redact",
            help="HTML: mask the text of answers and thinking not judged safe (keeps verdicts).",
        ),
    ] = False,
    max_samples: Annotated[
        int,
        typer.Option(help="HTML sample browser: at most N per model and benchmark (0: all)."),
    ] = 1000,
    debug: DebugOpt = False,
) -> None:
    """Summarise logs: the study's tables with 95% CIs, the four findings tested, samples."""

    def body() -> None:
        from lrmsafe._checks import check_output_path
        from lrmsafe._files import check_not_input
        from lrmsafe.report.render import check_format

        chosen = check_format(fmt)
        for option, path in (("--out", out), ("--html", html)):
            if path:  # an input log first: that mistake would cost the run's results
                check_not_input(path, log_dirs, option)
                check_output_path(path, option)
        if as_json and fmt not in ("text", "json"):
            raise UserError("--json prints the rows as JSON; do not combine it with --format")
        if max_samples < 0:
            raise UserError("--max-samples must be 0 (all) or more")
        if as_json and not (html or pair):
            # the rows alone, as before: no tables, findings or bootstraps to compute
            from lrmsafe.analysis.metrics import summarize
            from lrmsafe.analysis.records import read_records
            from lrmsafe.report.build import annotate

            records, warnings = read_records(log_dirs)
            rows = summarize(records)
            annotate(rows, records)
            _emit(json.dumps(rows, indent=2) + "\n", out)
            for w in warnings:
                _warn(w)
            return
        from lrmsafe.report.build import build_report
        from lrmsafe.report.render import render

        data = build_report(log_dirs, pair or [])
        target = out
        if chosen == "html" and not out and not as_json:  # a file, not 200 KB on the terminal
            target = DEFAULT_HTML
        if html:
            from lrmsafe.report.html import write_html

            write_html(data, html, redact, max_samples)
        if as_json:
            _emit(json.dumps(data.rows, indent=2) + "\n", out)
        else:
            _emit(render(data, chosen, redact, max_samples), target)
        if as_json or chosen != "text":
            for w in data.warnings:
                _warn(w)

    _guard(debug, body)


def _warn(message: str) -> None:
    """One warning line on stderr; the message (often a file name from a log) made inert."""
    from lrmsafe.report.text import inline

    typer.echo(f"lrmsafe: warning: {inline(message)}", err=True)


def _emit(text: str, out: str | None) -> None:
    """Write a report to ``out`` (a file, atomically) or stdout."""
    if out:
        from lrmsafe._files import write_text_atomic

        write_text_atomic(out, text)  # a failed write keeps the previous file
        typer.echo(f"lrmsafe: report written to {out}", err=True)
    else:
        sys.stdout.write(text)


@app.command(name="list")
def list_(debug: DebugOpt = False) -> None:
    """Show the suites, benchmarks and judges available."""

    def body() -> None:
        # stored text: listing needs no Inspect AI (see lrmsafe/_listing.py)
        from lrmsafe._listing import listing

        typer.echo(listing())

    _guard(debug, body)


judge_app = typer.Typer(
    no_args_is_help=True, help="Judges: check them against human labels, run them on logs."
)
app.add_typer(judge_app, name="judge")
data_app = typer.Typer(no_args_is_help=True, help="Benchmark data: fetch it for --data-dir.")
app.add_typer(data_app, name="data")


@data_app.command("pull")
def data_pull(
    dest: Annotated[str, typer.Argument(help="Folder to fill in the --data-dir layout.")],
    hub: Annotated[
        bool,
        typer.Option(
            "--hub/--no-hub",
            help="Also fetch the Hugging Face hub sets (AIR-Bench, WildGuardTest; "
            "needs 'lrmsafe[hub]', WildGuardTest needs HF_TOKEN).",
        ),
    ] = True,
    debug: DebugOpt = False,
) -> None:
    """Download every pinned benchmark file into DEST, with checksums.

    Raw files come from their repositories at the pinned commits (or from the
    mirror named by LRMSAFE_RAW_MIRROR); hub sets at their pinned revisions
    (HF_ENDPOINT names a hub mirror). Then run with ``--data-dir DEST``.
    """

    def body() -> None:
        from lrmsafe.benchmarks._pull import MANIFEST, pull
        from lrmsafe.report.text import sanitize

        results = pull(dest, hub=hub)
        for r in results:
            if r.status == "fetched":
                line = f"fetched  {r.path}  {r.rows} rows  sha256 {r.sha256}  ({r.origin})"
            else:
                line = f"{r.status:<8} {r.path}  {r.reason}  ({r.origin})"
            typer.echo(sanitize(line))
        failed = [r for r in results if r.status == "failed"]
        fetched = sum(r.status == "fetched" for r in results)
        if fetched:
            typer.echo(f"lrmsafe: {fetched} files in {dest} (manifest: {MANIFEST})", err=True)
        if failed:
            raise UserError(
                f"{len(failed)} of {len(results)} files could not be fetched "
                f"({', '.join(r.path for r in failed)}); see the lines above"
            )

    _guard(debug, body)


@judge_app.command("validate")
def judge_validate(
    judge: Annotated[str, typer.Option(help="Judge name (see `lrmsafe list`).")],
    data: Annotated[str, typer.Option(help="Labelled data file.")],
    fmt: Annotated[
        str,
        typer.Option("--format", help="Data format: xstest, harmbench, reasoningshield or jsonl."),
    ],
    judge_model: Annotated[
        str | None, typer.Option(help="Judge model (Inspect model string), role 'judge'.")
    ] = None,
    behaviors: Annotated[
        str | None, typer.Option(help="HarmBench behaviours CSV (harmbench format).")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Judge only the first N examples.")] = None,
    seed: Annotated[int, typer.Option(help="Bootstrap seed.")] = 0,
    resamples: Annotated[int, typer.Option(help="Bootstrap resamples.")] = 2000,
    max_connections: Annotated[int | None, typer.Option(help="Concurrent judge requests.")] = None,
    log_dir: Annotated[
        str | None, typer.Option(help="Keep the Inspect log of the judge calls here.")
    ] = None,
    display: Annotated[
        str | None, typer.Option(help="Inspect display: full, rich, plain, log, none.")
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            help="What the texts are, answer or thinking (default: as the format says; "
            "reasoningshield: thinking)."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON on stdout.")] = False,
    debug: DebugOpt = False,
) -> None:
    """Agreement of a judge with human labels: accuracy, kappa, macro-F1, confusion (95% CIs)."""

    def body() -> None:
        from lrmsafe.judges.validate import render_validation, validate

        result = validate(
            judge,
            data,
            fmt,
            judge_model=judge_model,
            behaviors=behaviors,
            limit=limit,
            seed=seed,
            resamples=resamples,
            log_dir=log_dir,
            max_connections=max_connections,
            display="none" if as_json else display,
            kind=kind,
        )
        if as_json:
            sys.stdout.write(json.dumps(result, indent=2) + "\n")
        else:
            typer.echo(render_validation(result))

    _guard(debug, body)


@judge_app.command("run")
def judge_run(
    file: Annotated[str, typer.Argument(help="JSONL of responses: prompt, response, ...")],
    judge: Annotated[
        str | None, typer.Option(help="Judge name; default 'refusal' (offline) or 'llm'.")
    ] = None,
    judge_model: Annotated[
        str | None, typer.Option(help="Judge model (Inspect model string), role 'judge'.")
    ] = None,
    harm_judge: Annotated[
        str | None, typer.Option(help="Also rate unsafe answers' harmfulness (llm-harm, reward).")
    ] = None,
    model: Annotated[
        str | None, typer.Option("--model", "-m", help="Model name for lines without 'model'.")
    ] = None,
    log_dir: Annotated[str, typer.Option(help="Where Inspect logs go.")] = "./lrmsafe-logs",
    max_connections: Annotated[int | None, typer.Option(help="Concurrent judge requests.")] = None,
    display: Annotated[
        str | None, typer.Option(help="Inspect display: full, rich, plain, log, none.")
    ] = None,
    debug: DebugOpt = False,
) -> None:
    """Judge responses generated elsewhere (JSONL) and log them for `lrmsafe report`.

    Each line: prompt, response, and optionally thinking, model, benchmark, id,
    category, expected (refuse|comply), finish_reason, metadata. No model is called.
    """

    def body() -> None:
        from lrmsafe.analysis.metrics import summarize
        from lrmsafe.analysis.records import read_records
        from lrmsafe.importer import run_import
        from lrmsafe.report.text import render_table

        result = run_import(
            file,
            judge=judge,
            judge_model=judge_model,
            harm_judge=harm_judge,
            default_model=model,
            log_dir=log_dir,
            max_connections=max_connections,
            display=display,
        )
        records, warnings = read_records([log_dir])
        rows = [
            r for r in summarize(records)
            if r["model"] in result.models and r["benchmark"] in result.benchmarks
        ]  # fmt: skip
        typer.echo(render_table(rows, notes=result.notes + warnings))
        if not result.success:
            typer.echo(
                "lrmsafe: some samples were not judged; run the same command again to resume",
                err=True,
            )
            raise typer.Exit(1)

    _guard(debug, body)


@judge_app.command("rescore")
def judge_rescore(
    log_dir: Annotated[str, typer.Argument(help="Log folder of a finished run.")],
    judge: Annotated[str, typer.Option(help="The new judge (see `lrmsafe list`).")],
    judge_model: Annotated[
        str | None, typer.Option(help="Judge model (Inspect model string), role 'judge'.")
    ] = None,
    out: Annotated[
        str | None,
        typer.Option(help="Where the re-judged logs go (default: LOG_DIR-rejudged-JUDGE)."),
    ] = None,
    max_connections: Annotated[int | None, typer.Option(help="Concurrent judge requests.")] = None,
    debug: DebugOpt = False,
) -> None:
    """Judge a run's stored responses again with another judge; the target is not called."""

    def body() -> None:
        from lrmsafe.analysis.metrics import summarize
        from lrmsafe.analysis.records import read_records
        from lrmsafe.report.text import render_table
        from lrmsafe.scale.rescore import rescore

        result = rescore(log_dir, judge, judge_model, out, max_connections)
        for w in result.warnings:
            _warn(w)
        typer.echo(
            f"lrmsafe: {len(result.written)} logs re-judged, {len(result.skipped)} already "
            f"done, in {result.out_dir}",
            err=True,
        )
        if result.written or result.skipped:
            records, warnings = read_records([result.out_dir])
            typer.echo(render_table(summarize(records), notes=warnings))
        if result.incomplete:
            typer.echo(
                "lrmsafe: some judge calls failed; run the same command again to retry them",
                err=True,
            )
            raise typer.Exit(1)

    _guard(debug, body)


def _optional_ray_address(argv: list[str] | None) -> list[str]:
    """``--ray`` with no address (last, or before another option) means "" (local/auto)."""
    args = list(sys.argv[1:] if argv is None else argv)
    out: list[str] = []
    for i, arg in enumerate(args):
        out.append(arg)
        if arg == "--ray" and (i + 1 == len(args) or args[i + 1].startswith("-")):
            out.append("")
    return out


def _on_sigterm(signum: int, frame: object) -> None:
    """SIGTERM stops a run as Ctrl-C does (the event loop cancels, the server stops)."""
    signal.raise_signal(signal.SIGINT)


def own_signals() -> None:
    """SIGINT raises KeyboardInterrupt and SIGTERM acts as SIGINT, whatever we inherited.

    Why: a process started with SIGINT ignored (``lrmsafe run &`` in a
    non-interactive script, ``nohup``) keeps it ignored, and Python then never
    installs its own handler: Ctrl-C or ``kill -INT`` was lost and the run, and
    its llama.cpp server, carried on. With Python's own handler in place,
    asyncio's runner cancels the run gracefully as on a terminal.
    """
    with_handler = {signal.SIGINT: signal.default_int_handler, signal.SIGTERM: _on_sigterm}
    for sig, handler in with_handler.items():
        with contextlib.suppress(ValueError):  # not the main thread (embedded use)
            signal.signal(sig, handler)


def main(argv: list[str] | None = None) -> Any:
    """Entry point for the console script; exits with the command's status.

    ``argv`` None (the process's own command line): the process then ends as
    soon as the command is done (see :func:`_end_process`); with ``argv``
    given (callers in-process) it raises SystemExit as usual.
    """
    if argv is not None:
        return _interruptible_main(argv)
    try:
        _interruptible_main(None)
    except SystemExit as ex:
        _end_process(ex.code)
    _end_process(0)


def _end_process(code: object) -> NoReturn:
    """End the process now: exit handlers and flushed output, no interpreter teardown.

    Why: after a large run the interpreter's teardown frees every object the
    run left (collected by the garbage collector, with Inspect's and the HTTP
    clients' state): about a second or more after the summary is printed. The
    steps of a normal exit that matter are kept, in order: other non-daemon
    threads are joined, exit handlers run (logging's flush, Inspect's trace
    log, temp folders), stdout and stderr are flushed.
    """
    import atexit
    import threading

    for thread in threading.enumerate():
        if thread is not threading.main_thread() and not thread.daemon:
            thread.join()
    atexit._run_exitfuncs()
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("message"): printed, status 1, as Python does
        sys.stderr.write(f"{code}\n")
        status = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # closed, or a closed pipe: nothing more to say
            status = status or 1
    os._exit(status)


def _interruptible_main(argv: list[str] | None) -> Any:
    """The command line's work; exits (SystemExit) with the command's status.

    Usage errors (unknown option or command, a flag value of the wrong type)
    print one line and exit 2 like every other error the user can fix, instead
    of Click's boxed usage text. An interrupt anywhere prints one line, exit 130.
    """
    own_signals()
    try:
        return _main(argv)
    except KeyboardInterrupt:
        typer.echo("lrmsafe: interrupted", err=True)
        sys.exit(130)


def _metavar(param: Any) -> str:
    """The value placeholder --help shows: MODEL, DIR, N; nothing for a flag."""
    kind = str(param.bare_type())
    if param.is_flag or kind == "bool":
        return ""
    if kind in ("int", "float"):
        return "N"
    return str(max(param.opts, key=len)).lstrip("-").split("-")[-1].upper()


def label_options(command: Any) -> Any:
    """Replace Typer's Python type labels (``<str>``, ``<bool>``) in --help.

    Why: a user reads ``--model MODEL`` and ``--log-dir DIR``; a flag shows
    no value at all. An option's own ``metavar`` (``--ray [ADDRESS]``) is kept.
    """
    import typer.core
    from typer._click import Context

    help_option = command.get_help_option(Context(command))  # made once, then cached
    for param in [*command.params, *([help_option] if help_option else [])]:
        if isinstance(param, typer.core.TyperOption) and param.metavar is None:
            param.metavar = _metavar(param)
        elif isinstance(param, typer.core.TyperArgument):  # its name says it: LOG_DIRS...
            if param.metavar is None and param.name:
                param.metavar = param.name.upper()
            setattr(param, "display_type_rich", lambda ctx: None)  # noqa: B010
    for sub in getattr(command, "commands", {}).values():
        label_options(sub)
    return command


def _main(argv: list[str] | None) -> Any:
    # typer vendors Click (typer._click); its exceptions are not re-exported
    from typer._click import exceptions as click_errors

    from lrmsafe._redact import redact
    from lrmsafe.report.text import sanitize

    try:
        command = label_options(typer.main.get_command(app))
        code = command.main(args=_optional_ray_address(argv), standalone_mode=False)
    except click_errors.NoArgsIsHelpError as ex:
        ex.show()
        sys.exit(ex.exit_code)
    except click_errors.UsageError as ex:
        message = " ".join(redact(sanitize(ex.format_message())).split())
        hint = f" (see: {ex.ctx.command_path} --help)" if ex.ctx is not None else ""
        typer.echo(f"lrmsafe: error: {message}{hint}", err=True)
        sys.exit(ex.exit_code)
    except click_errors.ClickException as ex:
        message = " ".join(redact(sanitize(ex.format_message())).split())
        typer.echo(f"lrmsafe: error: {message}", err=True)
        sys.exit(ex.exit_code)
    except typer.Abort:
        typer.echo("lrmsafe: interrupted", err=True)
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
