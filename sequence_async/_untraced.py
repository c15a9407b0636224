"""What tracing falls back to, shared by ``_telemetry`` and ``_otel`` (which ``_telemetry``
imports only when the ``otel`` extra is installed, so these live in neither)."""

from __future__ import annotations

import logging
from collections.abc import Mapping

logger = logging.getLogger("sequence_async")


def ignore_attributes(attributes: Mapping[str, int]) -> None:
    """What :meth:`_telemetry.Telemetry.operation_span` yields when not tracing."""


def untraced(exc: Exception, step: str, warned: set[tuple[str, str]]) -> None:
    """Tell of a failing OpenTelemetry setup: WARNING the first time per client, DEBUG after."""
    told = (type(exc).__name__, step)
    level = logging.DEBUG if told in warned else logging.WARNING
    warned.add(told)
    logger.log(level, "OpenTelemetry raised %s (%s): the rest of this call is untraced", *told)
