from enum import StrEnum
from typing import Any


class AssetFormat(StrEnum):
    """The values the API documents for AssetFormat; one it adds later is kept as it is."""

    CSV = "CSV"
    DOC = "DOC"
    DOCX = "DOCX"
    JPEG = "JPEG"
    JPG = "JPG"
    MD = "MD"
    ODS = "ODS"
    ODT = "ODT"
    PDF = "PDF"
    PNG = "PNG"
    RTF = "RTF"
    TXT = "TXT"
    XLS = "XLS"
    XLSM = "XLSM"
    XLSX = "XLSX"
    ZIP = "ZIP"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AssetFormat | None":
        """Keep a value this SDK does not know yet (a newer API may add one) instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
