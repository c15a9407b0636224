"""What a type checker sees of the public API. ``make lint`` runs mypy --strict over this file: the
``type: ignore`` comments below must stay needed (strict mode reports an unused one), so each is
a test that a mistake stays a type error."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, assert_type

import pytest

import sequence_async
import sequence_async.models

if TYPE_CHECKING:
    # A typo is an error, not Any: the package's lazy __getattr__ is hidden from type checkers.
    from sequence_async import SequnceClient  # type: ignore[attr-defined]  # noqa: F401
    from sequence_async.models import CustomerAlias

    def _a_model_the_api_does_not_have_is_an_error() -> None:
        print(sequence_async.models.NoSuchModel)  # type: ignore[attr-defined]

    def _optional_fields_read_as_none_or_the_value(alias: CustomerAlias) -> None:
        assert_type(alias.label, str | None)
        assert_type(alias.id, str)
        assert_type(alias.fields_set, frozenset[str])
        alias.lable = "x"  # type: ignore[attr-defined]  # a misspelt field: the models' __setattr__ is hidden


def test_a_misspelt_name_is_an_import_error_at_run_time() -> None:
    with pytest.raises(ImportError, match="SequnceClient"):
        exec("from sequence_async import SequnceClient", {})


def test_the_lazily_loaded_names_still_load() -> None:
    for name in ("SQLiteCheckpoint", "run_batch", "CustomerAlias", "AsyncPaginator", "customer_event_id"):
        assert getattr(sequence_async, name) is not None
    assert sequence_async.types.UNSET is importlib.import_module("sequence_api.types").UNSET


def test_every_generated_model_is_importable_from_sequence_async_models() -> None:
    generated = importlib.import_module("sequence_api.models")
    assert sequence_async.models.__all__ == generated.__all__
    assert len(sequence_async.models.__all__) > 300
    for name in sequence_async.models.__all__:
        assert getattr(sequence_async.models, name) is getattr(generated, name)
    assert sequence_async.models.CustomerAlias is sequence_async.CustomerAlias
