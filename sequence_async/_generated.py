"""The one place the SDK meets the generated package (``sequence_api``).

The generated modules stay the source of truth for each request's shape (method, path
template and percent-encoding, query names) and for the models. They load on first use, not
at ``import sequence_async``, and once: an ``import`` statement per call costs ~1 us.

The contract used here, checked by ``tests/test_generated_contract.py``: each endpoint module
has ``_get_kwargs(...)`` returning a dict with ``"method"``, ``"url"`` and optional ``"params"``.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
from collections.abc import Callable
from typing import Any, Generic, TypeVar

M = TypeVar("M")
REGENERATE = "make generate (then make check-generated)"
GENERATED = "sequence_api"


def check_generated_package() -> None:
    """Refuse at import, saying what to do, a ``sequence_api`` on ``sys.path`` that is not this SDK's.

    The generated package is a top-level name of its own (docs/contributing.md says why), so a
    project's own ``sequence_api.py`` or ``sequence_api/`` ahead of site-packages would shadow it
    and every call would fail later with a puzzling ImportError. Looked up without importing it,
    through the path hooks (a directory, a zip, a bundler's archive): a package holding
    ``models/customer_alias`` is taken as the SDK's. Two path lookups, ~50 us.
    """
    spec = importlib.util.find_spec(GENERATED)
    if spec is not None and spec.submodule_search_locations is not None:
        models = importlib.machinery.PathFinder.find_spec(f"{GENERATED}.models", list(spec.submodule_search_locations))
        if models is not None and models.submodule_search_locations is not None:
            marker = f"{GENERATED}.models.customer_alias"
            if importlib.machinery.PathFinder.find_spec(marker, list(models.submodule_search_locations)):
                return
    found = "it is missing" if spec is None else f"{spec.origin or 'a namespace package'} is not it"
    raise ImportError(
        f"sequence-async needs its generated package {GENERATED!r}, but {found}: a module or package of "
        f"that name earlier on sys.path shadows the one installed with sequence-async. Rename it, "
        f"or reinstall sequence-async if it is missing."
    )


class Endpoint:
    """A generated endpoint module's request shape: ``Endpoint("contacts.get_customers_by_customer_contacts")``."""

    __slots__ = ("_get_kwargs", "module")

    def __init__(self, module: str) -> None:
        self.module = f"sequence_api.api.{module}"
        self._get_kwargs: Callable[..., dict[str, Any]] | None = None

    def request(self, **arguments: Any) -> tuple[str, str, dict[str, Any] | None]:
        """``(METHOD, path, params)`` of the request the generated code would send."""
        get_kwargs = self._get_kwargs or self._load()
        shape = get_kwargs(**arguments)
        return shape["method"].upper(), shape["url"], shape.get("params")

    def _load(self) -> Callable[..., dict[str, Any]]:
        self._get_kwargs = importlib.import_module(self.module)._get_kwargs
        return self._get_kwargs


class ModelParser(Generic[M]):
    """``parse_model(<generated model>, data)``; the model is named here and imported on first use."""

    __slots__ = ("_parse", "name")

    def __init__(self, name: str) -> None:
        self.name = name
        self._parse: Callable[[Any], M] | None = None

    def __call__(self, data: Any) -> M:
        parse = self._parse or self._load()
        return parse(data)

    def _load(self) -> Callable[[Any], M]:
        import sequence_api.models

        from ._models import model_parser

        parse: Callable[[Any], M] = model_parser(getattr(sequence_api.models, self.name))
        self._parse = parse
        return parse


class UnionParser:
    """The first of several models (a ``oneOf``) that parses ``data``, tried in the document's order."""

    __slots__ = ("_parsers", "names")

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        self._parsers = tuple(ModelParser[Any](name) for name in names)

    def __call__(self, data: Any) -> Any:
        problems = []
        for parse in self._parsers:
            try:
                return parse(data)
            except ValueError as exc:  # ModelError: not this alternative
                problems.append(f"{parse.name}: {exc}")
        raise ValueError("fits none of " + ", ".join(self.names) + ": " + "; ".join(problems)[:500])


def unset() -> Any:
    """The generated package's "not given" marker (``sequence_api.types.UNSET``)."""
    from sequence_api.types import UNSET

    return UNSET
