"""``client.<area>``: a resource's module is imported, and the resource made, on first access."""

from __future__ import annotations

import importlib
from typing import Generic, TypeVar, overload

R = TypeVar("R")


class LazyResource(Generic[R]):
    """``client.<area>``: the resource class is imported, and the resource made, on first access."""

    __slots__ = ("_class", "_module", "_name")

    def __init__(self, module: str, class_name: str) -> None:
        self._module = module
        self._class = class_name
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, instance: None, owner: type) -> LazyResource[R]: ...

    @overload
    def __get__(self, instance: object, owner: type) -> R: ...

    def __get__(self, instance: object | None, owner: type) -> LazyResource[R] | R:
        if instance is None:
            return self
        cls = getattr(importlib.import_module(self._module), self._class)
        resource: R = cls(instance._pipeline)  # type: ignore[attr-defined]
        instance.__dict__[self._name] = resource  # later reads find it first (a non-data descriptor)
        return resource
