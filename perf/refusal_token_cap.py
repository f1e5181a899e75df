"""How the offline refusal judge's verdict changes when answers are cut to N tokens.

The default local run caps each answer (``LOCAL_MAX_TOKENS``): every token
costs time on two cores, and the refusal judge only needs to see whether an
answer refuses. This script shows what a cap costs, on XSTest's
human-labelled completions (GPT-4, Llama 2, Mistral Instruct answers, three
labels: full compliance, full refusal, partial refusal): each completion is
cut to its first N tokens (the default model's tokenizer, read from its GGUF)
and judged again by the rule-based ``refusal`` judge. Printed per N: how many
answers the cut shortens, agreement with the judge's verdict on the whole
answer and with the human label, three classes and refused-or-not (full or
partial refusal vs compliance).

    python perf/refusal_token_cap.py [--data-dir ../shared/data] [--caps 32,64,128,256]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _refused(verdict: str) -> bool:
    return verdict != "full_compliance"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data-dir", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--caps", default="32,64,128,256")
    args = parser.parse_args(argv)
    folder = args.data_dir / "xstest" / "labelled_completions"
    files = sorted(folder.glob("*.csv"))
    if not files:
        print(f"no XSTest labelled completions under {folder}", file=sys.stderr)
        return 2
    caps = [int(c) for c in args.caps.split(",")]

    import llama_cpp

    from lrmsafe.engines.llamacpp import DEFAULT_MODEL, default_gguf
    from lrmsafe.judges.refusal import classify_refusal
    from lrmsafe.judges.validate import load_xstest

    vocab = llama_cpp.Llama(model_path=str(default_gguf()), vocab_only=True, verbose=False)
    examples = [e for f in files for e in load_xstest(f) if e.response.strip()]
    whole = [classify_refusal(e.response) for e in examples]
    tokens = [vocab.tokenize(e.response.encode(), add_bos=False, special=False) for e in examples]
    n = len(examples)
    print(
        f"{n} XSTest labelled completions ({', '.join(f.stem for f in files)}); "
        f"tokens: {DEFAULT_MODEL.alias} tokenizer; judge: refusal (rule-based)"
    )
    lengths = sorted(len(t) for t in tokens)
    print(f"answer length in tokens: median {lengths[n // 2]}, 90th pct {lengths[n * 9 // 10]}")

    def pct(hits: int) -> str:
        return f"{100 * hits / n:5.1f}%"

    header = (
        f"{'cap':>6}  {'cut':>6}  {'= whole (3)':>11}  {'= whole (ref)':>13}  "
        f"{'= human (3)':>11}  {'= human (ref)':>13}"
    )
    print(header)
    seen: set[str] = set()
    for cap in [*caps, None]:
        if cap is None:
            verdicts = whole
            cut = 0
        else:
            verdicts = []
            cut = 0
            for toks, full in zip(tokens, whole, strict=True):
                if len(toks) <= cap:
                    verdicts.append(full)
                    continue
                cut += 1
                text = vocab.detokenize(toks[:cap]).decode("utf-8", errors="ignore")
                verdicts.append(classify_refusal(text) if text.strip() else "empty")
        seen.update(verdicts)
        same3 = sum(v == w for v, w in zip(verdicts, whole, strict=True))
        same2 = sum(_refused(v) == _refused(w) for v, w in zip(verdicts, whole, strict=True))
        human3 = sum(v == e.label for v, e in zip(verdicts, examples, strict=True))
        human2 = sum(
            _refused(v) == _refused(e.label) for v, e in zip(verdicts, examples, strict=True)
        )
        label = "full" if cap is None else str(cap)
        print(
            f"{label:>6}  {pct(cut):>6}  {pct(same3):>11}  {pct(same2):>13}  "
            f"{pct(human3):>11}  {pct(human2):>13}"
        )
    if "empty" in seen:
        print("empty: a cut left no text (counted as refused, and as no class)")
    print(
        "cut: answers longer than the cap; '= whole': same verdict as on the uncut answer; "
        "'= human': same as the human label; (3): three classes, (ref): refused or not"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
