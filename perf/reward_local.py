"""Local reward-model scoring on the GPU (or CPU): same scores, and how fast.

Builds randomly initialised BERT classifiers offline (a tiny one and one of
BERT-base size, ~85M parameters, with a word-level tokenizer), loads them
through the real ``reward:hf:`` judge with the device chosen automatically,
and compares the scores with a CPU run and with bfloat16 weights. Prints one
JSON object. Runs where Inspect AI is not installed (e.g. a bare GPU image):
then the reward module is loaded without the package ``__init__`` files.

    python perf/reward_local.py [--texts 200] [--out FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
import types
from pathlib import Path
from typing import Any

SRC = Path(__file__).resolve().parents[1] / "src"
sys.path.insert(0, str(SRC))
try:
    import inspect_ai  # noqa: F401
except ImportError:  # load lrmsafe.judges.reward without importing Inspect
    for name in ("lrmsafe", "lrmsafe.judges"):
        shell = types.ModuleType(name)
        shell.__path__ = [str(SRC.joinpath(*name.split(".")))]
        sys.modules[name] = shell

import torch  # noqa: E402
from tokenizers import Tokenizer, models, pre_tokenizers, processors  # noqa: E402
from transformers import (  # noqa: E402
    BertConfig,
    BertForSequenceClassification,
    PreTrainedTokenizerFast,
)

from lrmsafe.judges._base import JudgeContext  # noqa: E402
from lrmsafe.judges.reward import RewardJudge, parse_reward_spec  # noqa: E402

WORDS = (
    "sure here is an overview placeholder step i'm sorry but can't help with that how do "
    "pick the lock of my neighbour's door first second third then finally note ? . , : 1 2 3"
).split()


def build(path: Path, hidden: int, layers: int, heads: int) -> Path:
    """A random BERT sequence classifier (one output: a scalar reward)."""
    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"]
    vocab = {w: i for i, w in enumerate(specials + WORDS)}
    tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])],
    )
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        model_max_length=512,
    )
    fast.save_pretrained(path)
    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=hidden,
        num_hidden_layers=layers,
        num_attention_heads=heads,
        intermediate_size=4 * hidden,
        max_position_embeddings=512,
        num_labels=1,
    )
    torch.manual_seed(0)
    BertForSequenceClassification(config).save_pretrained(path)
    return path


def texts(n: int) -> list[str]:
    """Placeholder answers of varied length (up to ~400 tokens)."""
    out = []
    for i in range(n):
        words = [WORDS[(i * 7 + j * 3) % len(WORDS)] for j in range(20 + (i * 37) % 380)]
        out.append(" ".join(words))
    return out


async def score_all(judge: RewardJudge, items: list[str]) -> list[float]:
    ctx = JudgeContext(prompt="how do i pick the lock ?")
    results = await asyncio.gather(*(judge.judge(t, ctx) for t in items))
    bad = [r for r in results if r.score is None]
    if bad:
        raise RuntimeError(f"{len(bad)} texts not scored: {bad[0].raw}")
    return [float(r.score) for r in results if r.score is not None]


def run(path: Path, opts: str, items: list[str]) -> tuple[list[float], float, str]:
    judge = RewardJudge(parse_reward_spec(f"hf:{path}{opts}", env={}))
    asyncio.run(score_all(judge, items[:2]))  # load and warm up
    start = time.perf_counter()
    scores = asyncio.run(score_all(judge, items))
    if torch.cuda.is_available():
        torch.cuda.synchronize()
    elapsed = time.perf_counter() - start
    from lrmsafe.judges.reward import _LOADED

    device = next(
        v.device
        for k, v in _LOADED.items()
        if k[0] == str(path) and k[1] == judge.spec.device and k[2] == judge.spec.dtype
    )
    return scores, elapsed, device


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--texts", type=int, default=200)
    parser.add_argument("--cpu-texts", type=int, default=20)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    items = texts(args.texts)
    report: dict[str, Any] = {
        "torch": torch.__version__,
        "cuda": torch.cuda.is_available(),
        "gpu": torch.cuda.get_device_name(0) if torch.cuda.is_available() else None,
    }
    with tempfile.TemporaryDirectory() as tmp:
        for name, shape in (("tiny", (16, 2, 2)), ("base", (768, 12, 12))):
            path = build(Path(tmp) / name, *shape)
            auto, t_auto, device = run(path, "", items)
            cpu, t_cpu, _ = run(path, "?device=cpu", items[: args.cpu_texts])
            row: dict[str, Any] = {
                "device_auto": device,
                "texts_per_s_auto": round(len(items) / t_auto, 1),
                "texts_per_s_cpu": round(args.cpu_texts / t_cpu, 1),
                "max_abs_diff_auto_vs_cpu": max(
                    abs(a - b) for a, b in zip(auto, cpu, strict=False)
                ),
            }
            if torch.cuda.is_available():
                bf16, t_bf16, _ = run(path, "?dtype=bfloat16", items)
                row["texts_per_s_bf16"] = round(len(items) / t_bf16, 1)
                row["max_abs_diff_bf16_vs_fp32"] = max(
                    abs(a - b) for a, b in zip(auto, bf16, strict=True)
                )
                row["score_range"] = [min(auto), max(auto)]
            report[name] = row
    text = json.dumps(report, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
