from enum import StrEnum
from typing import Any


class IntegrationService(StrEnum):
    """The values the API documents for IntegrationService; one it adds later is kept as it is."""

    AMAZON_REDSHIFT = "Amazon_Redshift"
    ANROK = "Anrok"
    ATTIO = "Attio"
    AVALARA = "Avalara"
    GOCARDLESS = "GoCardless"
    GOOGLE_BIGQUERY = "Google_BigQuery"
    GOOGLE_SHEETS = "Google_Sheets"
    HUBSPOT = "HubSpot"
    NETSUITE = "NetSuite"
    NUMERAL = "Numeral"
    QUICKBOOKS_ONLINE = "QuickBooks_Online"
    RILLET = "Rillet"
    SALESFORCE = "Salesforce"
    SLACK = "Slack"
    SNOWFLAKE = "Snowflake"
    SPHERE = "Sphere"
    STRIPE = "Stripe"
    XERO = "Xero"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "IntegrationService | None":
        """Keep a value this SDK does not know yet (a newer API may add one) instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
