"""The API's models (generated attrs classes), re-exported for users."""

from sequence_api.models import (
    Contact,
    ContactBillingPreference,
    ContactList,
    CustomerAlias,
    CustomerAliasList,
    CustomerAliasPage,
    ErrorDetail,
    ErrorResponse,
    PaginationMeta,
)
from sequence_api.types import UNSET, Unset

__all__ = [
    "UNSET",
    "Contact",
    "ContactBillingPreference",
    "ContactList",
    "CustomerAlias",
    "CustomerAliasList",
    "CustomerAliasPage",
    "ErrorDetail",
    "ErrorResponse",
    "PaginationMeta",
    "Unset",
]
