"""``newstally serve``: a read-only JSON API and server-rendered pages over a ledger.

    >>> from newstally.web import create_app
    >>> app = create_app("ledger.db")          # doctest: +SKIP  (an ASGI app: uvicorn, TestClient)

See docs/web.md.
"""
from .app import SECURITY_HEADERS, create_app, open_read_only

__all__ = ["SECURITY_HEADERS", "create_app", "open_read_only"]
