"""Client configuration: environments, credentials and their validation."""

from __future__ import annotations

import base64
import datetime
import enum
import http.cookiejar
import inspect
import math
import os
import re

import httpx

from ._checks import is_real, number
from ._secrets import Masked, Secret, secret
from .errors import ConfigurationError


class NotGiven(enum.Enum):
    """The type of :data:`NOT_GIVEN`, the default of a parameter whose ``None`` means something
    else ("off", "no timeout"): leaving it out gives the SDK's default, or in
    ``with_options`` the current client's value."""

    NOT_GIVEN = "NOT_GIVEN"

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN = NotGiven.NOT_GIVEN
"""The default of a parameter whose ``None`` means "off": leaving it out means the SDK's default."""

# The servers of openapi/sequence.yaml (a test keeps the two in step).
ENVIRONMENTS: dict[str, str] = {
    "production": "https://eu.sequencehq.com/api",
    "sandbox": "https://sandbox.sequencehq.com/api",
    "dev": "https://dev.seqhq.io/api",
}
"""The base URL of each of Sequence's environments (``environment=``)."""
DEFAULT_VERSION = "2024-07-30"
"""The API version this SDK is generated from, sent as ``Sequence-Version`` unless ``version=`` says otherwise."""
# The generator's default is no timeout at all; a hung socket must not hang a batch job.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""30 s per read, write and pool wait; 10 s to connect."""
# Connections kept open: at least the batch helper's default concurrency (16), with headroom
# for prefetching pages. Not more: httpcore's pool checks every open connection (a socket
# poll for each idle one) twice per request, so 64 callers on 64 kept-alive connections cost
# ~2x the client CPU per request of httpx's own default of 20 (make bench, row 1b).
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=30.0)
ENV_CLIENT_ID = "SEQUENCE_CLIENT_ID"
ENV_CLIENT_SECRET = "SEQUENCE_CLIENT_SECRET"
ENV_ENVIRONMENT = "SEQUENCE_ENVIRONMENT"
ENV_BASE_URL = "SEQUENCE_BASE_URL"

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def credential(value: object, env_name: str, label: str) -> str:
    """The given credential, else the environment's; validated (the value is never echoed)."""
    if value is None:
        value = os.environ.get(env_name)
    value = secret(value)  # masked in this frame's locals (a traceback of the errors below)
    if value is None or value == "":
        raise ConfigurationError(f"missing {label}: pass {label}=... or set the {env_name} environment variable")
    if isinstance(value, Masked):
        raise ConfigurationError(f"{label} must be a str, got {value.type_name}")
    assert isinstance(value, Secret)
    if value != value.strip():
        raise ConfigurationError(f"{label} has leading or trailing whitespace")
    if _CONTROL.search(value):
        raise ConfigurationError(f"{label} contains control characters")
    if not _encodable(value):
        raise ConfigurationError(f"{label} is not valid Unicode (a lone surrogate)")
    return value


def client_id(value: object) -> str:
    """A client id: a credential with no whitespace and no ':' (HTTP Basic's separator)."""
    text = credential(value, ENV_CLIENT_ID, "client_id")
    if any(char.isspace() for char in text):
        raise ConfigurationError("client_id must not contain whitespace")
    if ":" in text:
        raise ConfigurationError("client_id must not contain ':' (HTTP Basic uses it as the separator)")
    return str(text)  # not a secret: shown in the client's repr


def basic_auth_header(client_id: str, client_secret: str) -> Secret:
    """``Basic base64(client_id:client_secret)``, masked in reprs."""
    token = base64.b64encode(f"{client_id}:{client_secret}".encode()).decode("ascii")
    return Secret(f"Basic {token}")


def credential_forms(auth: str, client_secret: str) -> tuple[Secret, ...]:
    """Every form of the credentials a server might echo: secret, header value, token (padded or not)."""
    token = auth.removeprefix("Basic ")
    urlsafe = token.replace("+", "-").replace("/", "_")
    forms = {client_secret, auth, token, token.rstrip("="), urlsafe, urlsafe.rstrip("=")}
    return tuple(Secret(form) for form in forms if form)


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def resolve_base_url(environment: object, base_url: object) -> tuple[str, bool]:
    """``(base URL without trailing slash, is a Sequence environment)``; with neither argument,
    from ``SEQUENCE_BASE_URL`` or ``SEQUENCE_ENVIRONMENT`` (as the credentials come from theirs)."""
    if environment is None and base_url is None:
        environment, base_url = _from_environment()
    if environment is not None and not isinstance(environment, str):
        raise ConfigurationError(f"environment must be a str, got {type(environment).__name__}")
    if base_url is not None:
        if environment is not None:
            raise ConfigurationError("pass either environment or base_url, not both")
        url = _parse_url(base_url)
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


def _from_environment() -> tuple[str | None, str | None]:
    environment = os.environ.get(ENV_ENVIRONMENT) or None
    base_url = os.environ.get(ENV_BASE_URL) or None
    if environment is not None and base_url is not None:
        raise ConfigurationError(f"set either {ENV_ENVIRONMENT} or {ENV_BASE_URL}, not both")
    if environment is not None and environment.lower() not in ENVIRONMENTS:
        shown = environment[:40] + ("..." if len(environment) > 40 else "")
        raise ConfigurationError(
            f"{ENV_ENVIRONMENT}={shown!r} is not an environment; choose one of {', '.join(ENVIRONMENTS)}"
        )
    if base_url is not None:
        try:
            resolve_base_url(None, base_url)
        except ConfigurationError as exc:
            raise ConfigurationError(f"{ENV_BASE_URL}: {exc}") from None
    return environment, base_url


def _parse_url(base_url: object) -> httpx.URL:
    if isinstance(base_url, httpx.URL):
        return base_url
    if not isinstance(base_url, str):
        raise ConfigurationError(f"base_url must be a str or httpx.URL, got {type(base_url).__name__}")
    if not _encodable(base_url) or _CONTROL.search(base_url):
        raise ConfigurationError("base_url contains control characters or invalid Unicode")
    try:
        url = httpx.URL(base_url)
        _ = url.host  # IDNA decoding happens here (a hostile "xn--" label raises)
    except Exception:  # httpx.InvalidURL, idna's errors, ValueError...: all mean "not a URL we can use"
        url = None
    if url is None:
        raise ConfigurationError("base_url is not a valid URL")
    return url


# A header value the API documents as a date (2024-07-30): visible ASCII, inner spaces allowed.
_VERSION = re.compile(r"[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?")


def check_version(version: object) -> str:
    if not isinstance(version, str) or not _VERSION.fullmatch(version):
        raise ConfigurationError(f"version must be a non-empty printable ASCII string like {DEFAULT_VERSION!r}")
    return version


def check_timeout(timeout: object) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        for name in ("connect", "read", "write", "pool"):
            value = getattr(timeout, name)
            if value is not None:
                number(value, f"timeout.{name} (seconds, or None)", inclusive=False)
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    if not is_real(timeout):
        raise ConfigurationError("timeout must be an httpx.Timeout, a number of seconds > 0, or None")
    return httpx.Timeout(number(timeout, "timeout (seconds)", inclusive=False))


def check_hooks(*, sleep: object, random: object, clock: object, wall_clock: object) -> None:
    """The injected time and randomness: an async ``sleep``, a ``random()`` in [0, 1), a numeric
    ``clock()``, a ``wall_clock()`` giving a date (seconds since the epoch)."""
    call = type(sleep).__call__ if callable(sleep) else None  # an object with an async __call__ (a test fake)
    if not (inspect.iscoroutinefunction(sleep) or inspect.iscoroutinefunction(call)):
        raise ConfigurationError("sleep must be an async function like asyncio.sleep (time.sleep would block)")
    for name, function in (("random", random), ("clock", clock), ("wall_clock", wall_clock)):
        if not callable(function):
            raise ConfigurationError(f"{name} must be callable, got {type(function).__name__}")
    try:
        value = random()  # type: ignore[operator]
        ok = is_real(value) and 0 <= value < 1
    except Exception:  # a hook that raises is as broken as one returning junk
        ok = False
    if not ok:
        raise ConfigurationError("random() must return a float in [0, 1) like random.random")
    try:
        now = clock()  # type: ignore[operator]
        ok = is_real(now) and math.isfinite(now)
    except Exception:
        ok = False
    if not ok:
        raise ConfigurationError("clock() must return a finite number of seconds like time.monotonic")
    try:
        ok = datetime.datetime.fromtimestamp(wall_clock(), datetime.UTC).year > 1  # type: ignore[operator]
    except Exception:  # not a number, or not a date datetime can hold
        ok = False
    if not ok:
        raise ConfigurationError("wall_clock() must return seconds since the epoch like time.time")


class _RefuseAll(http.cookiejar.DefaultCookiePolicy):
    """Stores and sends no cookie: the API is stateless (HTTP Basic on every request)."""

    def set_ok(self, cookie: http.cookiejar.Cookie, request: object) -> bool:
        return False

    def return_ok(self, cookie: http.cookiejar.Cookie, request: object) -> bool:
        return False


def no_cookies() -> http.cookiejar.CookieJar:
    """A cookie jar that stays empty: a server's Set-Cookie (even a malformed one) changes nothing."""
    return http.cookiejar.CookieJar(policy=_RefuseAll())


def check_provider(provider: object, name: str, method: str) -> object:
    """An OpenTelemetry tracer or meter provider (anything with ``method``), or None."""
    if provider is not None and not callable(getattr(provider, method, None)):
        kind = "TracerProvider" if method == "get_tracer" else "MeterProvider"
        raise ConfigurationError(f"{name} must be an OpenTelemetry {kind} or None, got {type(provider).__name__}")
    return provider
