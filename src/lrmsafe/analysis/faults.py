"""Retries and errors per kind, read from what Inspect logged for each sample.

Why: a run against a flaky endpoint must say what went wrong and how often,
not only how many samples ended in error. Inspect records, per model call, the
HTTP retries made inside the provider client (``ModelEvent.retries``) with the
status of every response that carried a request id (``request_ids``); each
failed attempt as a ``ModelEvent`` with ``error``; sample re-runs in
``error_retries``; and the final ``sample.error``. This module only reads them.

Kinds: ``rate_limit`` (HTTP 429), ``server_error`` (5xx), ``auth`` (401,
403), ``not_found`` (404), ``client_error`` (other 4xx), ``timeout``,
``connection``, ``malformed_reply``, ``no_response`` (retried before any
response arrived: a dropped connection or a client-side timeout),
``unclassified`` (the provider sent no request ids, so the kind of its
client's retries is unknown), or the exception's class name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from inspect_ai.log import EvalSample

_NAME_KINDS: dict[str, str] = {
    "RateLimitError": "rate_limit",
    "InternalServerError": "server_error",
    "ServiceUnavailableError": "server_error",
    "AttemptTimeoutError": "timeout",
    "StreamIdleTimeoutError": "timeout",
    "APITimeoutError": "timeout",
    "TimeoutError": "timeout",
    "TimeoutException": "timeout",
    "ReadTimeout": "timeout",
    "ConnectTimeout": "timeout",
    "APIConnectionError": "connection",
    "ConnectError": "connection",
    "ReadError": "connection",
    "RemoteProtocolError": "connection",
    "JSONDecodeError": "malformed_reply",
    "APIResponseValidationError": "malformed_reply",
    "ValidationError": "malformed_reply",
}
_RAISED = re.compile(r"raised (\w+)>")
_STATUS = re.compile(r"\bError code: (\d{3})\b")
_LEADING_NAME = re.compile(r"^\s*([A-Za-z_][\w.]*)\s*[(:]")


def status_kind(status: int) -> str:
    """Kind of an HTTP error status."""
    if status == 429:
        return "rate_limit"
    if status in (401, 403):
        return "auth"
    if status == 404:
        return "not_found"
    if status >= 500:
        return "server_error"
    return "client_error"


def error_kind(message: str | None) -> str:
    """Kind of an error from its logged text (``RetryError(... raised X>)``, ``X('...')``)."""
    text = message or ""
    status = _STATUS.search(text)
    if status:
        return status_kind(int(status.group(1)))
    raised = _RAISED.search(text)
    name_match = raised or _LEADING_NAME.match(text)
    if not name_match:
        return "other"
    name = name_match.group(1).rsplit(".", 1)[-1]
    return _NAME_KINDS.get(name, name)


@dataclass
class SampleFaults:
    """What went wrong for one sample on its way to a result."""

    retries_by_kind: dict[str, int] = field(default_factory=dict)
    """Retries by kind (HTTP retries, retried attempts, sample re-runs)."""
    error_kind: str | None = None
    """Kind of the error that ended the sample, if it ended in one."""


def sample_faults(sample: EvalSample) -> SampleFaults:
    """Count one sample's retries by kind and name the kind of its final error."""
    retries: Counter[str] = Counter()
    model_events = [e for e in sample.events if getattr(e, "event", None) == "model"]
    for i, event in enumerate(model_events):
        inner = int(getattr(event, "retries", None) or 0)
        err = getattr(event, "error", None)
        ids = getattr(event, "request_ids", None) or []
        statuses = [int(r.status) for r in ids]
        if inner:
            if not ids:
                retries["unclassified"] += inner
            else:
                bad = [s for s in statuses if s >= 400]
                # an attempt that failed on an error status did not retry that last response
                if err and statuses and statuses[-1] >= 400 and error_kind(err) != "timeout":
                    bad = bad[:-1]
                for status in bad[:inner]:
                    retries[status_kind(status)] += 1
                if inner > len(bad):
                    retries["no_response"] += inner - len(bad)
        final = sample.error is not None and i == len(model_events) - 1
        if err and not final:
            retries[error_kind(err)] += 1
    for retried in sample.error_retries or []:
        retries[error_kind(retried.message)] += 1
    return SampleFaults(
        retries_by_kind=dict(retries),
        error_kind=error_kind(sample.error.message) if sample.error else None,
    )


class _Faulty(Protocol):
    """What :func:`fault_summary` reads of a record (a SampleRecord)."""

    @property
    def outcome(self) -> str: ...
    @property
    def retries_by_kind(self) -> dict[str, int]: ...
    @property
    def error_kind(self) -> str | None: ...


def fault_summary(records: Iterable[_Faulty]) -> dict[str, Any]:
    """Retries and errors per kind over records; errors add up to the ``error`` outcomes."""
    retries: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    for r in records:
        retries.update(r.retries_by_kind)
        if r.outcome == "error":
            errors[r.error_kind or "model_error"] += 1
    return {
        "retries": sum(retries.values()),
        "retries_by_kind": dict(sorted(retries.items())),
        "errors": sum(errors.values()),
        "errors_by_kind": dict(sorted(errors.items())),
    }
