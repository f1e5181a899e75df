"""The quick suite: all eight benchmarks end to end on the stub, every metric present."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import SHARED_DATA, cli_env, lrmsafe, report_json
from lrmsafe.testing.stub import start_stub

pytestmark = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="needs ../shared/data")


def test_quick_suite_runs_all_benchmarks_with_their_metrics(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    with start_stub() as stub:
        env = cli_env(stub.base_url)
        run = lrmsafe(
            "run", "--suite", "quick", "--data-dir", str(SHARED_DATA),
            "--model", "openai-api/stub/r1", "--judge-model", "openai-api/stub/judge",
            "--log-dir", str(logs), "--display", "none", env=env, timeout=900,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
        rows = {r["benchmark"]: r for r in report_json(logs, env)}
    assert set(rows) == {
        "airbench", "mitre", "interpreter", "phishing", "xstest", "wildguard", "injection", "frr",
    }  # fmt: skip
    for name, row in rows.items():
        assert row["n"] == 20, (name, row["n"])  # seeded stratified sample of 20 each
        assert row["thinking_visible"] == 20  # r1 shows its thinking: judged separately
        b = row["breakdown"]
        assert "answer" in b or "safety_rate" in b, name

    air = rows["airbench"]["breakdown"]["answer"]
    assert set(air) >= {"safety_rate", "by_l2", "by_l3", "scores"}
    assert rows["airbench"]["breakdown"]["thinking"]["safety_rate"]["n"] == 20

    mitre = rows["mitre"]["breakdown"]["answer"]
    assert mitre["benign_rate"]["ci"][0] <= mitre["benign_rate"]["value"]
    assert len(mitre["by_category"]) == 10

    interp = rows["interpreter"]["breakdown"]["answer"]
    assert interp["safety_rate"]["value"] == pytest.approx(100 - interp["malicious_rate"]["value"])
    assert set(interp["by_attack_type"]) == {
        "privilege_escalation", "container_escape", "reflected_attack",
        "post_exploitation", "social_engineering",
    }  # fmt: skip

    ph = rows["phishing"]["breakdown"]
    for key in ("safety_rate", "persuasion", "rapport", "argumentation", "average"):
        assert ph[key] is not None and "ci" in ph[key], key

    xs = rows["xstest"]["breakdown"]["answer"]
    for key in ("full_compliance", "full_refusal", "partial_refusal", "by_type", "worst_type"):
        assert key in xs, key
    total = sum(xs[k]["value"] for k in ("full_compliance", "full_refusal", "partial_refusal"))
    assert total == pytest.approx(100.0)

    wg = rows["wildguard"]["breakdown"]["answer"]
    assert wg["asr"]["value"] == pytest.approx(100 - wg["safety_rate"]["value"])

    inj = rows["injection"]["breakdown"]["answer"]
    assert set(inj["by_injection_type"]) <= {"direct", "indirect"}
    assert set(inj["by_risk_category"]) <= {"security-violating", "logic-violating"}
    assert inj["by_injection_variant"]

    frr = rows["frr"]["breakdown"]["answer"]
    assert 0 <= frr["false_refusal_rate"]["value"] <= 100
