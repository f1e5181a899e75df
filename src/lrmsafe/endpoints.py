"""Check a model endpoint before a run, so mistakes fail in one line, fast.

Inspect would otherwise retry an unreachable server for minutes and then
print a long traceback. Only providers whose address we can know are probed.
"""

from __future__ import annotations

import base64
import os
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

import httpx

from lrmsafe._errors import UserError
from lrmsafe._redact import safe_url, scrub_provider_errors

# provider -> (base URL env var, default base URL, API key env var or None)
_KNOWN: dict[str, tuple[str, str | None, str | None]] = {
    "openai": ("OPENAI_BASE_URL", None, "OPENAI_API_KEY"),
    "anthropic": ("ANTHROPIC_BASE_URL", None, "ANTHROPIC_API_KEY"),
    "vllm": ("VLLM_BASE_URL", None, None),
    "ollama": ("OLLAMA_BASE_URL", "http://localhost:11434/v1", None),
    "together": ("TOGETHER_BASE_URL", None, "TOGETHER_API_KEY"),
    "deepseek": ("DEEPSEEK_BASE_URL", None, "DEEPSEEK_API_KEY"),
}


def endpoint_for(model: str, base_url: str | None = None) -> tuple[str | None, str | None]:
    """Return (base URL to probe or None, missing API key variable or None)."""
    parts = model.split("/")
    provider = parts[0]
    if provider == "openai-api":
        if len(parts) < 3:
            raise UserError(
                f"model '{model}': openai-api models are written openai-api/<service>/<model>"
            )
        env = parts[1].upper().replace("-", "_")
        url = base_url or os.environ.get(f"{env}_BASE_URL")
        if not url:
            raise UserError(
                f"model '{model}': set {env}_BASE_URL to the endpoint "
                f"(e.g. http://127.0.0.1:8000/v1) and {env}_API_KEY"
            )
        check_url(url, "--endpoints" if base_url else f"{env}_BASE_URL")
        missing = None if os.environ.get(f"{env}_API_KEY") else f"{env}_API_KEY"
        return url, missing
    if provider in _KNOWN:
        url_var, default, key_var = _KNOWN[provider]
        url = base_url or os.environ.get(url_var) or default
        if url:
            check_url(url, "--endpoints" if base_url else url_var)
        missing = key_var if key_var and not os.environ.get(key_var) else None
        return url, missing
    return base_url, None


def check_provider(model: str, role: str = "model") -> None:
    """Fail in one line if Inspect has no provider of that name (it would fail mid-run)."""
    from inspect_ai._util.registry import (  # no public names (Inspect 0.3.285)
        registry_find,
        registry_unqualified_name,
    )
    from inspect_ai.util import RegistryInfo, registry_info

    provider = model.split("/", 1)[0] if "/" in model else ""

    def is_provider(info: RegistryInfo) -> bool:
        return info.type == "modelapi" and registry_unqualified_name(info) == provider

    if provider and registry_find(is_provider):
        return
    known = sorted(
        registry_unqualified_name(registry_info(p))
        for p in registry_find(lambda i: i.type == "modelapi")
    )
    raise UserError(
        f"{role} '{model}': unknown provider '{provider or model}'; write PROVIDER/MODEL "
        f"with a provider from: {', '.join(known)}"
    )


def preflight(model: str, role: str = "model", base_url: str | None = None) -> None:
    """Fail fast with one line if the endpoint is unreachable or a key is missing.

    Every command that calls a model passes here first, so this is also where the
    provider SDK's error texts get their secrets masked (keys echoed by a server).
    """
    scrub_provider_errors()
    check_provider(model, role)
    url, missing_key = endpoint_for(model, base_url)
    if missing_key:
        raise UserError(f"{role} '{model}': API key missing; set {missing_key}")
    if not url:
        return
    probe = url.rstrip("/") + "/models"
    try:
        httpx.get(probe, timeout=10.0)
    except httpx.HTTPError as ex:
        raise UserError(
            f"{role} '{model}': cannot reach {safe_url(url)} ({type(ex).__name__}); "
            "is the server running and the URL right?"
        ) from None


def split_credentials(url: str) -> tuple[str, dict[str, str]]:
    """(``url`` without ``user:password@``, headers carrying them as HTTP basic auth).

    Why: Inspect stores the base URL it is given in every log header
    (``model_base_url``) and in ``logs.json``; credentials written into an
    ``--endpoints`` URL must reach the server, never those files.
    """
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url, {}
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    user, password = unquote(parts.username or ""), unquote(parts.password or "")
    token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    clean = urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))
    return clean, {"Authorization": f"Basic {token}"}


def model_for(model: str, base_url: str | None) -> tuple[Any, str | None]:
    """The model to give Inspect for ``model`` at ``base_url``, and the URL to record.

    Without credentials in the URL: the model string and the URL, unchanged. With
    them: a model whose client sends them as a header; its ``model_args`` (which
    Inspect copies into the log) leave the header out.
    """
    if base_url is None:
        return model, None
    clean, headers = split_credentials(base_url)
    if not headers:
        return model, base_url
    from inspect_ai.model import get_model

    target = get_model(model, base_url=clean, memoize=False, default_headers=headers)
    target.model_args = {k: v for k, v in target.model_args.items() if k != "default_headers"}
    return target, clean


def check_url(url: str, where: str) -> None:
    """A base URL that cannot be parsed (bad port, malformed IPv6 host) fails in one line.

    ``where`` names the variable or option it came from, which is what to fix.
    """
    fix = "write it as http(s)://HOST[:PORT]/PATH"
    try:
        parts = urlsplit(url)
    except ValueError as ex:  # e.g. "Invalid IPv6 URL": an unclosed [ or ]
        raise UserError(f"{where}: '{url}' is not a valid URL ({ex}); {fix}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UserError(f"{where}: '{url}' is not an http(s) URL with a host; {fix}")
    port = parts.netloc.rpartition("@")[2].rpartition("]")[2].partition(":")[2]
    if port and (not port.isdigit() or not 0 < int(port) < 65536):
        raise UserError(f"{where}: '{url}': port '{port}' is not a number from 1 to 65535; {fix}")
    try:
        httpx.URL(url)
    except httpx.InvalidURL as ex:
        raise UserError(f"{where}: '{url}' is not a valid URL ({ex}); {fix}") from None
