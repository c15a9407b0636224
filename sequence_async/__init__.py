"""sequence-async: an asyncio SDK for the Sequence billing API."""

__version__ = "0.1.0"

__all__ = ["__version__"]
