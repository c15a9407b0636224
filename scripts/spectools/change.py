"""One user-visible change, as the spec report and the changelog word it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Section = Literal["Added", "Changed", "Removed"]


@dataclass(frozen=True)
class Change:
    """One user-visible difference, worded as a changelog line (Markdown)."""

    section: Section
    text: str
    breaking: bool

    def line(self, *, verb: bool = True) -> str:
        """The change as a Markdown list item, flagged when breaking; ``verb``: say Added/Removed
        (leave it out under a changelog heading that already says it)."""
        text = f"{self.section} {self.text}" if verb and self.section != "Changed" else self.text
        return f"- {'**BREAKING** ' if self.breaking else ''}{text[:1].upper()}{text[1:]}"
