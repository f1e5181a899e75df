"""Contract over the attack registry, as it holds at test time: every attack
round-trips through a real run (the CLI, the stub's reasoning model).

Apply: the attack leaves its trace on each sample, and a registered prompt
transform is exactly what the target was sent. Undo: every sample keeps the
original request, which the judge reads; an encoding attack's prompt decodes
back to the request, and its reply decoder recovers the target's plain reply.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import pytest
from contract_harness import RUN_LIMIT, Run, attack_names, cli_run

from lrmsafe.analysis.records import read_records
from lrmsafe.attacks import ATTACKS, TRANSFORMS
from lrmsafe.attacks.encodings import DECODERS
from lrmsafe.benchmarks import build_task
from lrmsafe.testing.stub import COMPLY_ANSWER, REFUSE_ANSWER, StubProcess

NEED_ARGS: dict[str, tuple[str, ...]] = {
    "attacker_model": ("--attacker-model", "openai-api/stub/attacker"),
    "reasoning_effort": ("--budgets", "low,high"),
    "completions": (),  # the stub serves /v1/completions for openai-api/stub/r1
}
"""What the run adds for each need an attack declares (a new need: say it here)."""
PLAIN_REPLIES = (COMPLY_ANSWER.casefold(), REFUSE_ANSWER.casefold())
BENCHMARK = "smoke"


@pytest.fixture(scope="module")
def attacked(stub: StubProcess, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    """Every registered attack (beside ``none``) on the first smoke prompts."""
    needs = sorted({need for info in ATTACKS.values() for need in info.needs})
    extra = [arg for need in needs for arg in NEED_ARGS[need]]
    yield cli_run(
        stub,
        tmp_path_factory.mktemp("attacks"),
        "--benchmark", BENCHMARK,
        "--limit", str(RUN_LIMIT),
        "--model", "openai-api/stub/r1",
        "--attack", ",".join(attack_names()),
        *extra,
    )  # fmt: skip


@pytest.fixture(scope="module")
def by_attack(attacked: Run) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """(sample id, sample metadata) of every record, by attack name."""
    records, _ = read_records([attacked.log_dir])
    out: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for r in records:
        out[str(r.meta.get("attack"))].append((r.sample_id, r.meta))
    return out


def _originals() -> dict[str, str]:
    return {str(s.id): str(s.input) for s in build_task(BENCHMARK).dataset}


def test_every_need_has_run_arguments() -> None:
    needs = {need for info in ATTACKS.values() for need in info.needs}
    assert needs <= set(NEED_ARGS), "say in NEED_ARGS how the run provides each need"


@pytest.mark.parametrize("name", attack_names())
def test_every_attack_round_trips(
    name: str, attacked: Run, by_attack: dict[str, list[tuple[str, dict[str, Any]]]]
) -> None:
    mine = by_attack.get(name, [])
    assert len(mine) >= RUN_LIMIT, f"{name}: {len(mine)} records\n{attacked.stderr[-3000:]}"
    assert len(mine) % RUN_LIMIT == 0  # every variant ran every sample
    originals = _originals()
    baseline = {sid: meta for sid, meta in by_attack["none"]}
    for sid, meta in mine:
        original = originals[sid]
        # undo: the request before the attack is kept, and the judge reads it
        assert meta["original_prompt"] == original, (name, sid)
        # apply: the attack left a trace the baseline lacks
        if name != "none":
            assert set(meta) - set(baseline[sid]), f"{name} changed nothing on {sid}"
        attacked_prompt = meta.get("attacked_prompt")
        if name in TRANSFORMS:
            assert attacked_prompt == TRANSFORMS[name](original), (name, sid)
        if name in DECODERS:  # the encoded request decodes back to the request
            decoded_prompt, _ = DECODERS[name](str(attacked_prompt))
            assert original.casefold() in decoded_prompt.casefold(), (name, decoded_prompt)
        if "decode_status" in meta:  # the reply was decoded (or translated back) for the judge
            assert meta["decode_status"]["answer"] not in ("plain", "empty"), meta["decode_status"]
            decoded = str(meta["decoded_answer"]).casefold()
            assert any(reply in decoded for reply in PLAIN_REPLIES), (name, decoded)
            assert meta["raw_answer"] != meta["decoded_answer"]
        else:
            assert name not in DECODERS, f"{name} decodes replies but recorded no decoding"
