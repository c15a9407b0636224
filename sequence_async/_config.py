"""Client configuration: environments, credentials and their validation."""

from __future__ import annotations

import base64
import os
import re

import httpx

from .errors import ConfigurationError

# The servers of openapi/sequence.yaml (a test keeps the two in step).
ENVIRONMENTS: dict[str, str] = {
    "production": "https://eu.sequencehq.com/api",
    "sandbox": "https://sandbox.sequencehq.com/api",
    "dev": "https://dev.seqhq.io/api",
}
DEFAULT_VERSION = "2024-07-30"
# The generator's default is no timeout at all; a hung socket must not hang a batch job.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# Connections kept open: at least the batch helper's default concurrency (16), with headroom
# for prefetching pages. Not more: httpcore's pool checks every open connection (a socket
# poll for each idle one) twice per request, so 64 callers on 64 kept-alive connections cost
# ~2x the client CPU per request of httpx's own default of 20 (make bench, row 1b).
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=30.0)
ENV_CLIENT_ID = "SEQUENCE_CLIENT_ID"
ENV_CLIENT_SECRET = "SEQUENCE_CLIENT_SECRET"

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def credential(value: str | None, env_name: str, label: str) -> str:
    """The given credential, else the environment's; validated (the value is never echoed)."""
    if value is None:
        value = os.environ.get(env_name)
    if value is None or value == "":
        raise ConfigurationError(f"missing {label}: pass {label}=... or set the {env_name} environment variable")
    if not isinstance(value, str):
        raise ConfigurationError(f"{label} must be a str, got {type(value).__name__}")
    if value != value.strip():
        raise ConfigurationError(f"{label} has leading or trailing whitespace")
    if _CONTROL.search(value):
        raise ConfigurationError(f"{label} contains control characters")
    return value


def basic_auth_header(client_id: str, client_secret: str) -> str:
    """``Basic base64(client_id:client_secret)``; a client id may not contain ':'."""
    if ":" in client_id:
        raise ConfigurationError("client_id must not contain ':' (HTTP Basic uses it as the separator)")
    token = base64.b64encode(f"{client_id}:{client_secret}".encode()).decode("ascii")
    return f"Basic {token}"


def resolve_base_url(environment: str | None, base_url: str | httpx.URL | None) -> tuple[str, bool]:
    """``(base URL without trailing slash, is a Sequence environment)``."""
    if base_url is not None:
        if environment is not None:
            raise ConfigurationError("pass either environment or base_url, not both")
        url = httpx.URL(str(base_url)) if not isinstance(base_url, httpx.URL) else base_url
        if url.scheme not in ("http", "https") or not url.host:
            raise ConfigurationError("base_url must be an absolute http:// or https:// URL")
        if url.userinfo:
            raise ConfigurationError("base_url must not contain credentials; pass client_id/client_secret")
        if url.query or url.fragment:
            raise ConfigurationError("base_url must not have a query or fragment")
        text = str(url).rstrip("/")
        return text, text in ENVIRONMENTS.values()
    name = (environment or "production").lower()
    if name not in ENVIRONMENTS:
        raise ConfigurationError(f"unknown environment {environment!r}; choose one of {', '.join(ENVIRONMENTS)}")
    return ENVIRONMENTS[name], True


def check_version(version: str) -> str:
    if not isinstance(version, str) or not version or version != version.strip() or _CONTROL.search(version):
        raise ConfigurationError(f"version must be a non-empty header-safe string like {DEFAULT_VERSION!r}")
    return version


def check_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0:
        raise ConfigurationError("timeout must be an httpx.Timeout, a number of seconds > 0, or None")
    return httpx.Timeout(float(timeout))
