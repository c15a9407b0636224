"""Path parameters that name existing records of an emulator, for any operation of the document."""

from __future__ import annotations

from sequence_async.testing import SequenceEmulator
from sequence_async.testing._api import load_api
from sequence_async.testing._generic import collection_name
from sequence_async.testing._resources import assign_roles

API = load_api()
ROLES = assign_roles(API)


def existing_ids(emulator: SequenceEmulator, op_id: str, *, fresh: bool = False) -> list[str]:
    """Path parameters naming records that exist: each parent made in its parent's scope.
    ``fresh``: the last one made for the call (a delete then leaves the others' records alone)."""
    op, role = API.operations[op_id], ROLES[op_id]
    if op.id in ("deleteCustomerAliasesById", "putCustomerAliasesById"):  # the aliases' own store
        alias = emulator.add_alias(emulator.customers[0], f"fresh-{len(emulator.aliases)}") if fresh else None
        return [(alias or emulator.aliases[0])["id"]]
    if op.id in ("putCustomersByCustomerContactsById", "postCustomersByCustomerContactsByIdArchive"):
        customer = emulator.customers[0]
        return [customer, emulator.contacts_of(customer)[0]["id"]]
    values: list[str] = []
    for index, parent in enumerate(role.parents):
        scope = values[index - 1] if index > 0 else ""
        name = collection_name(parent)
        known = [] if fresh and index == len(role.parents) - 1 else emulator.records(name, parent=scope)
        values.append(known[0]["id"] if known else emulator.add_record(name, parent=scope)["id"])
    values += ["x"] * (len(op.path_params) - len(values))
    if op.id == "getCustomersByAliasByAlias":
        values = [emulator.aliases[0]["value"]]
    return values
