"""The exceptions the spec tools report to their users; each message says what is wrong."""

from __future__ import annotations


class SpecError(Exception):
    """The sources cannot be merged or normalised; the message says why."""


class SourceImportError(Exception):
    """A source that cannot be imported; the message says why."""


class ReportError(Exception):
    """The report cannot be made (bad BASE, invalid spec, broken SDK); the message says why."""


class UpdateError(Exception):
    """The update cannot be made; the message says why (and names the URL when one is at fault)."""


class UntrustedError(SpecError):
    """Upstream material refused by a defence of :mod:`spectools.untrusted`; the message is one bounded line."""
