"""Contains all the data models used in inputs/outputs"""

from .contact import Contact
from .contact_billing_preference import ContactBillingPreference
from .contact_list import ContactList
from .customer_alias import CustomerAlias
from .customer_alias_list import CustomerAliasList
from .customer_alias_page import CustomerAliasPage
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .pagination_meta import PaginationMeta

__all__ = (
    "Contact",
    "ContactBillingPreference",
    "ContactList",
    "CustomerAlias",
    "CustomerAliasList",
    "CustomerAliasPage",
    "ErrorDetail",
    "ErrorResponse",
    "PaginationMeta",
)
