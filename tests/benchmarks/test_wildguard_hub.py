"""WildGuardTest's hub path, run: ``datasets.load_dataset`` on a 127.0.0.1 hub.

``allenai/wildguardmix`` (config ``wildguardtest``, split ``test``) is gated and
this machine has no network, so a small server speaks the part of the hub's
HTTP API that ``datasets`` uses (``resolve``, ``revision``, ``tree``) for a
fixture in the repository's published layout (``README.md`` with its
``configs``, ``test/wildguard_test.parquet``, ``train/wildguard_train.parquet``;
placeholder text) and only at the revision the code pins. ``HF_ENDPOINT``
points the real CLI at it: the code a user runs is the code tested.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from helpers import cli_env, lrmsafe, report_json
from lrmsafe.benchmarks import wildguard

REPO = "allenai/wildguardmix"
TOKEN = "hf_placeholder_token"
FAKE_COMMIT = "0123456789abcdef0123456789abcdef01234567"
COMMIT = (
    wildguard.WGT_REVISION if re.fullmatch(r"[0-9a-f]{40}", wildguard.WGT_REVISION) else FAKE_COMMIT
)
"""The commit the pinned revision resolves to (the pin itself when it is a commit)."""

CARD = """---
configs:
- config_name: wildguardtrain
  data_files:
  - split: train
    path: train/wildguard_train.parquet
- config_name: wildguardtest
  data_files:
  - split: test
    path: test/wildguard_test.parquet
---
Placeholder card.
"""

# (adversarial, prompt_harm_label, subcategory): 3 adversarial harmful, 2 adversarial
# benign, 2 vanilla harmful, 1 vanilla benign
ROWS = [
    (True, "harmful", "violence"),
    (False, "harmful", "violence"),
    (True, "unharmful", "benign"),
    (True, "harmful", "cyberattack"),
    (False, "unharmful", "benign"),
    (True, "harmful", "violence"),
    (False, "harmful", "others"),
    (True, "unharmful", "benign"),
]


def _fixture(root: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [
        {
            "prompt": f"Placeholder WildGuardTest prompt {i}.",
            "adversarial": adversarial,
            "response": "Placeholder response.",
            "prompt_harm_label": label,
            "response_refusal_label": "refusal",
            "response_harm_label": "unharmful",
            "subcategory": sub,
        }
        for i, (adversarial, label, sub) in enumerate(ROWS, 1)
    ]
    (root / "test").mkdir(parents=True)
    (root / "train").mkdir()
    pq.write_table(pa.Table.from_pylist(rows), root / "test" / "wildguard_test.parquet")
    pq.write_table(pa.Table.from_pylist(rows[:2]), root / "train" / "wildguard_train.parquet")
    (root / "README.md").write_text(CARD, encoding="utf-8")


class _Hub(BaseHTTPRequestHandler):
    """The hub's resolve / revision / tree endpoints for one gated dataset repository."""

    root: Path
    seen: list[str]

    def _send(self, code: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Length", str(len(body)))
        for key, value in {"Content-Type": "application/json", **(headers or {})}.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _files(self) -> list[str]:
        return sorted(
            p.relative_to(self.root).as_posix() for p in self.root.rglob("*") if p.is_file()
        )

    def _serve(self) -> None:
        url = urllib.parse.urlparse(self.path)
        path = urllib.parse.unquote(url.path)
        self.seen.append(f"{self.command} {path}")
        if self.headers.get("Authorization") != f"Bearer {TOKEN}":
            return self._send(401, b'{"error":"gated"}', {"X-Error-Code": "GatedRepo"})
        m = re.fullmatch(rf"/datasets/{REPO}/resolve/([^/]+)/(.+)", path) or re.fullmatch(
            rf"/api/datasets/{REPO}/(revision|tree)/([^/]+)(?:/(.*))?", path
        )
        if m is None:
            return self._send(404, b'{"error":"unknown"}')
        resolve = path.startswith("/datasets/")
        revision = m.group(1) if resolve else m.group(2)
        if revision not in (wildguard.WGT_REVISION, COMMIT):  # only the pinned revision
            return self._send(
                404, b'{"error":"Revision not found"}', {"X-Error-Code": "RevisionNotFound"}
            )
        if resolve:
            file = self.root / m.group(2)
            if not file.is_file():
                headers = {"X-Error-Code": "EntryNotFound", "X-Repo-Commit": COMMIT}
                return self._send(404, b'{"error":"Entry not found"}', headers)
            data = file.read_bytes()
            etag = hashlib.sha256(data).hexdigest()
            headers = {
                "ETag": f'"{etag}"',
                "X-Repo-Commit": COMMIT,
                "Content-Type": "application/octet-stream",
            }
            return self._send(200, data, headers)
        if m.group(1) == "revision":
            info = {"id": REPO, "sha": COMMIT, "gated": "auto", "private": False, "disabled": False,
                    "siblings": [{"rfilename": f} for f in self._files()], "tags": [],
                    "lastModified": "2024-06-26T00:00:00.000Z"}  # fmt: skip
            return self._send(200, json.dumps(info).encode())
        sub = (m.group(3) or "").strip("/")
        items: list[dict[str, Any]] = []
        for rel in self._files():
            parent, _, _ = rel.rpartition("/")
            if parent == sub:
                data = (self.root / rel).read_bytes()
                items.append({"type": "file", "path": rel, "size": len(data),
                              "oid": hashlib.sha1(data).hexdigest()})  # fmt: skip
            elif (sub == "" and parent and "/" not in parent) and all(
                i["path"] != parent for i in items
            ):
                items.append({"type": "directory", "path": parent, "size": 0, "oid": "0" * 40})
        return self._send(200, json.dumps(items).encode())

    do_GET = do_HEAD = _serve

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the test reads ``seen``."""


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[tuple[str, list[str]]]:
    root = tmp_path / "hub-repo"
    _fixture(root)
    seen: list[str] = []
    handler = type("Hub", (_Hub,), {"root": root, "seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _hub_env(stub_url: str, endpoint: str, tmp_path: Path, token: str | None) -> dict[str, str]:
    env = cli_env(stub_url, HF_ENDPOINT=endpoint, HF_HOME=str(tmp_path / "hf-home"))
    env.pop("HF_HUB_OFFLINE")  # online, to 127.0.0.1 only; LRMSAFE_OFFLINE keeps GitHub out
    env.pop("HF_TOKEN", None)
    if token is not None:
        env["HF_TOKEN"] = token
    env["HF_HUB_DISABLE_TELEMETRY"] = "1"
    return env


def test_wildguardtest_loads_from_the_hub_at_the_pinned_revision(
    stub: Any, hub: tuple[str, list[str]], tmp_path: Path
) -> None:
    """The real CLI without --data-dir: WildGuardTest from the hub, canonical selection
    (all adversarial prompts: 3 harmful + 2 benign of the fixture's 8)."""
    endpoint, seen = hub
    env = _hub_env(stub.base_url, endpoint, tmp_path, TOKEN)
    logs = tmp_path / "logs"
    lrmsafe(
        "run", "--benchmark", "wildguard", "--model", "openai-api/stub/r1",
        "--judge-model", "openai-api/stub/judge", "--log-dir", str(logs), "--display", "none",
        env=env, check=True,
    )  # fmt: skip
    (row,) = report_json(logs, env=env)
    assert row["protocol"] == "canonical"
    assert row["n"] == 5
    assert row["breakdown"]["source_sets"] == {"wildguardtest": 5}
    assert row["breakdown"]["prompts"] == {"harmful": 3, "benign": 2}
    assert f"GET /datasets/{REPO}/resolve/{COMMIT}/test/wildguard_test.parquet" in seen
    # every request named the pinned revision or the commit it resolves to
    at = re.compile(rf".*/{REPO}/(?:resolve|revision|tree)/([^/]+)")
    revisions = {m.group(1) for s in seen if (m := at.match(s))}
    assert revisions <= {wildguard.WGT_REVISION, COMMIT}, revisions

    from inspect_ai.log import list_eval_logs, read_eval_log

    (info,) = list_eval_logs(str(logs))
    meta = read_eval_log(info.name, header_only=True).eval.metadata or {}
    assert meta["source"].startswith(f"hf://{REPO}@{wildguard.WGT_REVISION}")
    assert meta["selection"] == "adversarial"


def test_without_a_token_the_gated_hub_fails_with_the_hint(
    stub: Any, hub: tuple[str, list[str]], tmp_path: Path
) -> None:
    endpoint, _ = hub
    env = _hub_env(stub.base_url, endpoint, tmp_path, None)
    proc = lrmsafe("run", "--benchmark", "wildguard", "--model", "openai-api/stub/r1",
                   "--log-dir", str(tmp_path / "logs"), "--display", "none", env=env)  # fmt: skip
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "gated: accept its terms and set HF_TOKEN" in proc.stderr
