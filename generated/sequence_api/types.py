"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The type of :data:`UNSET`: an argument that was not given (falsy; unlike ``None``, not sent).

    The operation functions of ``sequence_api.api`` default their optional arguments to it. The
    models no longer hold it: an absent field reads as ``None`` (see a model's ``fields_set``);
    passed to a model's constructor, ``UNSET`` means the argument was left out."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:  # in a model's repr: a field the response did not have
        return "UNSET"


UNSET: Unset = Unset()

# The default of a model's optional constructor argument: the argument was left out, the field is
# absent (reads as None, not in ``fields_set``, not sent). It is UNSET itself, typed Any so that
# ``label: str | None = ABSENT`` type-checks; passing UNSET explicitly also means "absent".
ABSENT: Any = UNSET

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
