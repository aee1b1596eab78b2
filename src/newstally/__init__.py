"""newstally: news reports in, a sourced ledger of casualty figures out.

    >>> from newstally import extract_claims
    >>> [c.best for c in extract_claims("At least 27 people were killed.")]
    [27]
"""
from __future__ import annotations

__version__ = "0.1.0"

from .errors import ExtractError, LanguageError, NewstallyError, ReadError, StoreError
from .model import CATEGORIES, Claim, Document, Interval, Summary

__all__ = [
    "CATEGORIES",
    "Claim",
    "Document",
    "ExtractError",
    "Interval",
    "LanguageError",
    "NewstallyError",
    "ReadError",
    "StoreError",
    "Summary",
    "__version__",
    "clean_text",
    "extract_claims",
    "read_sources",
    "summarize",
]


def __getattr__(name: str):  # lazy: importing newstally stays cheap
    if name in ("extract_claims", "summarize"):
        from . import extract

        return getattr(extract, name)
    if name == "clean_text":
        from .clean import clean_text

        return clean_text
    if name == "read_sources":
        from .read import read_sources

        return read_sources
    raise AttributeError(name)
