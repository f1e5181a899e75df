"""Keep secrets out of what lrmsafe prints: API keys, tokens, credentials in URLs.

Why: error messages and ``--debug`` tracebacks end up in bug reports, CI logs
and shared terminals. Exception text can carry a base URL with a password in
it (``https://user:pass@host``), a query token (``?api_key=...``), a bearer
header, or the value of a ``*_API_KEY`` variable. Everything lrmsafe prints on
an error passes through :func:`redact`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

REDACTED = "[redacted]"
_SECRET_NAME = re.compile(r"(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIALS?)$|^HF_TOKEN", re.I)
_MIN_SECRET_LEN = 6
"""Shorter values (e.g. "x", "none") would redact ordinary words."""
_USERINFO = re.compile(r"(?<=://)[^/\s@:]+:[^/\s@]+@")
_QUERY_SECRET = re.compile(
    r"(?i)([?&](?:api[_-]?key|key|token|access[_-]?token|auth|sig|signature|password)=)[^&\s#'\"]+"
)
_BEARER = re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{6,}")
_KEY_SHAPES = re.compile(r"\b(?:sk-[A-Za-z0-9_-]{8,}|hf_[A-Za-z0-9]{8,}|sk-ant-[A-Za-z0-9_-]{8,})")
"""Well-known key formats (OpenAI/Anthropic ``sk-...``, Hugging Face ``hf_...``)."""


def secret_values(environ: Mapping[str, str] | None = None) -> list[str]:
    """Values of environment variables whose names say they are secrets, longest first."""
    env = os.environ if environ is None else environ
    values = {
        v for k, v in env.items() if _SECRET_NAME.search(k) and len(v.strip()) >= _MIN_SECRET_LEN
    }
    return sorted(values, key=len, reverse=True)


def redact(text: str, environ: Mapping[str, str] | None = None) -> str:
    """``text`` with secret values, URL credentials, query tokens and bearer tokens masked."""
    for value in secret_values(environ):
        text = text.replace(value, REDACTED)
    text = _USERINFO.sub(REDACTED + "@", text)
    text = _QUERY_SECRET.sub(lambda m: m.group(1) + REDACTED, text)
    text = _BEARER.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    return _KEY_SHAPES.sub(REDACTED, text)


def safe_url(url: str) -> str:
    """A URL fit to print: no user, password, query or fragment."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return redact(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def redact_json(value: object) -> object:
    """``value`` (JSON-like: dicts, lists, strings) with :func:`redact` applied to every string."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {k: redact_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_json(v) for v in value]
    return value


def scrub_provider_errors() -> None:
    """Mask secrets in HTTP error replies where the SDK turns them into exceptions.

    Why here: a server may echo the request's Authorization header in a 400/401/500
    body ("Incorrect API key provided: Bearer sk-..."). The exception built from it
    is what Inspect stores (sample error, events, tracebacks, summaries), prints
    (``--display plain``) and traces, and what lrmsafe's judges record: masking it
    once, as it is created, keeps the key out of all of them. Idempotent.
    """
    try:
        from openai import _base_client
    except ImportError:  # pragma: no cover - openai is a dependency of every provider we use
        return
    cls: Any = _base_client.BaseClient
    original = cls._make_status_error_from_response
    if getattr(original, "_lrmsafe_scrubbed", False):
        return

    def scrubbed(self: Any, response: Any) -> Any:
        err = original(self, response)
        err.message = redact(str(err.message))
        err.args = tuple(redact(a) if isinstance(a, str) else a for a in err.args)
        err.body = redact_json(err.body)
        return err

    scrubbed._lrmsafe_scrubbed = True  # type: ignore[attr-defined]
    cls._make_status_error_from_response = scrubbed
