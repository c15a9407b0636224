from enum import StrEnum
from typing import Any


class State(StrEnum):
    """The values the API documents for State; one it adds later is kept as it is."""

    AB = "AB"
    AK = "AK"
    AL = "AL"
    AR = "AR"
    AZ = "AZ"
    BC = "BC"
    CA = "CA"
    CO = "CO"
    CT = "CT"
    DC = "DC"
    DE = "DE"
    FL = "FL"
    GA = "GA"
    HI = "HI"
    IA = "IA"
    ID = "ID"
    IL = "IL"
    IN = "IN"
    KS = "KS"
    KY = "KY"
    LA = "LA"
    MA = "MA"
    MB = "MB"
    MD = "MD"
    ME = "ME"
    MI = "MI"
    MN = "MN"
    MO = "MO"
    MS = "MS"
    MT = "MT"
    NB = "NB"
    NC = "NC"
    ND = "ND"
    NE = "NE"
    NH = "NH"
    NJ = "NJ"
    NL = "NL"
    NM = "NM"
    NS = "NS"
    NT = "NT"
    NU = "NU"
    NV = "NV"
    NY = "NY"
    OH = "OH"
    OK = "OK"
    ON = "ON"
    OR = "OR"
    PA = "PA"
    PE = "PE"
    QC = "QC"
    RI = "RI"
    SC = "SC"
    SD = "SD"
    SK = "SK"
    TN = "TN"
    TX = "TX"
    UT = "UT"
    VA = "VA"
    VT = "VT"
    WA = "WA"
    WI = "WI"
    WV = "WV"
    WY = "WY"
    YT = "YT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "State | None":
        """Keep a value this SDK does not know yet (a newer API may add one) instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
