"""The checks every numeric option and argument shares (one place, one wording)."""

from __future__ import annotations

import math
from typing import TypeGuard

from .errors import ConfigurationError, SequenceError

# Large enough for any real count or duration, small enough that float arithmetic stays exact
# and finite (10**400 would overflow a float; 1e300 seconds would overflow a deadline's sum).
MAX_NUMBER = 1e12


def is_int(value: object) -> TypeGuard[int]:
    """An int that is not a bool (``True`` is an int in Python, never a count here)."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_real(value: object) -> TypeGuard[int | float]:
    """An int (not a bool) or a float: a number of seconds, a fraction."""
    return is_int(value) or isinstance(value, float)


def integer(value: object, name: str, *, minimum: int, error: type[SequenceError] = ConfigurationError) -> int:
    """``value`` as an int in ``minimum..MAX_NUMBER``, else ``error`` naming ``name``."""
    if not is_int(value) or not minimum <= value <= MAX_NUMBER:
        raise error(f"{name} must be an int between {minimum} and {MAX_NUMBER:.0e}, got {_shown(value)}")
    return value


def number(
    value: object,
    name: str,
    *,
    minimum: float = 0.0,
    inclusive: bool = True,
    error: type[SequenceError] = ConfigurationError,
) -> float:
    """``value`` as a finite float ``>= minimum`` (``> minimum`` unless ``inclusive``), at most MAX_NUMBER."""
    ok = is_real(value)
    if ok:
        try:
            as_float = float(value)  # type: ignore[arg-type]
        except OverflowError:
            ok = False
        else:
            above = as_float >= minimum if inclusive else as_float > minimum
            ok = math.isfinite(as_float) and above and as_float <= MAX_NUMBER
    if not ok:
        bound = f">= {minimum:g}" if inclusive else f"> {minimum:g}"
        raise error(f"{name} must be a finite number {bound} (at most {MAX_NUMBER:.0e}), got {_shown(value)}")
    return as_float


def _shown(value: object) -> str:
    if is_real(value):
        text = repr(value)
        return text if len(text) <= 24 else f"{text[:20]}..."
    return type(value).__name__
