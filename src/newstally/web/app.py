"""The web application: JSON API under ``/api``, pages with the same data, security headers.

Each page and its JSON twin call one view function (:mod:`newstally.browse`,
:func:`newstally.ledger.event_detail`); pages only add presentation (charts, bars, highlights).
"""
from __future__ import annotations

import functools
import json
import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import quote, urlencode

import sqlalchemy as sa
from fastapi import FastAPI, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..browse import MAX_LIMIT, EventQuery, QueryError, country_summary, document_detail, search_events
from ..errors import NewstallyError, StoreError
from ..ledger import event_detail
from ..store import Store, open_store
from . import render

log = logging.getLogger(__name__)

_HERE = Path(__file__).parent

#: Headers on every response. No script may run (there is none), styles come from this server only.
SECURITY_HEADERS: dict[str, str] = {
    "content-security-policy": ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                                "base-uri 'none'; frame-ancestors 'none'"),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}


class _SecurityHeaders:
    """ASGI middleware adding :data:`SECURITY_HEADERS` to every HTTP response."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.raw = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _v in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in self.raw if k not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def open_read_only(db: str | None) -> Store:
    """The store at ``db`` opened so that nothing can write to it: SQLite connections are
    ``query_only``, PostgreSQL transactions read-only. Events waiting to be recomputed show
    their last stored figures (``newstally events`` recomputes them)."""
    store = open_store(db, create=False)
    store.readonly = True
    dialect = store.engine.dialect.name

    @sa.event.listens_for(store.engine, "connect")
    def _read_only(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        if dialect == "sqlite":
            cur.execute("PRAGMA query_only = ON")
        elif dialect == "postgresql":
            cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        cur.close()

    store.engine.dispose()  # connections opened while migrating were writable
    return store


class _Once(logging.Filter):
    """Lets the ledger's "read-only: figures wait to be recomputed" warning through once, not on
    every page."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.getMessage().startswith("the database is read-only"):
            return True
        seen, self.seen = self.seen, True
        return not seen


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(_HERE / "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True, auto_reload=False)
    env.globals.update(safe_url=render.safe_url, span_anchor=render.span_anchor,
                       claim_label=render.claim_label, quote_id=lambda s: quote(str(s), safe=""), version=__version__)
    env.filters["n"] = lambda v: "" if v is None else f"{v:,}"
    return env


# ------------------------------------------------------------------------------ parameters


def _text(params: Mapping[str, str], name: str) -> str | None:
    value = params.get(name)
    return value.strip() or None if value is not None else None


def _int(params: Mapping[str, str], name: str) -> int | None:
    value = _text(params, name)
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        raise QueryError(name, f"wants a whole number, not {value[:40]!r}") from None


def _flag(params: Mapping[str, str], name: str) -> bool | None:
    value = (_text(params, name) or "any").lower()
    if value in ("any", "all"):
        return None
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise QueryError(name, f"wants yes or no, not {value[:40]!r}")


def query_from(params: Mapping[str, str]) -> EventQuery:
    """The :class:`EventQuery` of a page's query string (empty fields are no filter)."""
    order = (_text(params, "order") or "desc").lower()
    if order not in ("asc", "desc"):
        raise QueryError("order", f"wants asc or desc, not {order[:40]!r}")
    limit = _int(params, "limit")
    offset = _int(params, "offset")
    query = EventQuery(
        since=_text(params, "since"), until=_text(params, "until"), country=_text(params, "country"),
        category=_text(params, "category"), min_figure=_int(params, "min_figure"),
        min_sources=_int(params, "min_sources"), contested=_flag(params, "contested"), q=_text(params, "q"),
        sort=(_text(params, "sort") or "date").lower(), descending=order == "desc",
        limit=50 if limit is None else limit, offset=0 if offset is None else offset,
        cursor=_text(params, "cursor"))
    query.check()
    return query


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


# ------------------------------------------------------------------------------------- app


#: Host headers a server on a loopback address answers to (others could be DNS rebinding: a web
#: page on another site pointing its own name at 127.0.0.1 to read the ledger).
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")


#: Events whose figures and pages one server process keeps (a page is some 10-50 kB).
CACHE_SIZE = 512


def create_app(db: str | None = None, *, store: Store | None = None,
               allowed_hosts: list[str] | None = None, cache_size: int = CACHE_SIZE) -> FastAPI:
    """The ASGI application serving the ledger at ``db`` (a path or URL) read-only, or ``store``
    as given. With ``allowed_hosts`` a request naming another host is refused (400). Up to
    ``cache_size`` events' figures and pages are kept while the database is unchanged."""
    store = store if store is not None else open_read_only(db)
    ledger_log = logging.getLogger("newstally.ledger")
    for old in [f for f in ledger_log.filters if isinstance(f, _Once)]:
        ledger_log.removeFilter(old)  # the latest app warns once
    ledger_log.addFilter(_Once())
    env = _environment()
    templates = Jinja2Templates(env=env)
    app = FastAPI(title="newstally", version=__version__, docs_url=None, redoc_url=None,
                  description="Events and casualty figures from news reports, each figure traced to "
                              "the sentence that states it. Read-only.")
    app.state.store = store
    if allowed_hosts:
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(_SecurityHeaders)  # added last: outermost, so every answer has the headers
    app.mount("/static", StaticFiles(directory=_HERE / "static"), name="static")

    def page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=status)

    def error(request: Request, status: int, message: str, parameter: str | None = None) -> Response:
        if _is_api(request):
            body: dict[str, Any] = {"error": message}
            if parameter:
                body["parameter"] = parameter
            return JSONResponse(body, status_code=status)
        return page(request, "error.html", {"status": status, "message": message, "parameter": parameter},
                    status)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        loc = [str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body")]
        name = loc[0] if loc else None
        return error(request, 400, f"{name or 'request'}: {first.get('msg', 'invalid')}", name)

    @app.exception_handler(QueryError)
    async def _bad_query(request: Request, exc: QueryError) -> Response:
        return error(request, 400, str(exc), exc.parameter)

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError) -> Response:
        message = str(exc)
        if message.startswith("no "):
            return error(request, 404, message)
        if "matches several" in message:
            return error(request, 400, message, "id")
        log.error("%s", message)
        return error(request, 503, "the database cannot be read just now")

    @app.exception_handler(NewstallyError)
    async def _newstally_error(request: Request, exc: NewstallyError) -> Response:
        return error(request, 400, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error(request, exc.status_code, str(exc.detail))

    # -- JSON API -----------------------------------------------------------------------
    @app.get("/api/health", tags=["api"], summary="Whether the server can read its database")
    def health() -> dict[str, Any]:
        counts = store.counts()
        return {"status": "ok", "version": __version__, "read_only": True,
                "events": counts["events"], "documents": counts["documents"]}

    @app.get("/api/events", tags=["api"], summary="A page of events, filtered and sorted")
    def api_events(
        since: Annotated[str | None, Query(description="Reported on or after this date (2023-09-20).")] = None,
        until: Annotated[str | None, Query(description="Reported on or before this date.")] = None,
        country: Annotated[str | None, Query(description="Country name or ISO code.")] = None,
        category: Annotated[str | None, Query(description="A figure key: killed, injured, ..., "
                                                           "civilians_killed; the event must have it.")] = None,
        min_figure: Annotated[int | None, Query(ge=0, description="With category: best figure at least this.")] = None,
        min_sources: Annotated[int | None, Query(ge=0, description="At least this many independent sources.")] = None,
        contested: Annotated[bool | None, Query(description="Only contested (true) or uncontested (false).")] = None,
        q: Annotated[str | None, Query(max_length=200, description="Words, each in the title or a report.")] = None,
        sort: Annotated[Literal["date", "killed", "sources"], Query()] = "date",
        order: Annotated[Literal["asc", "desc"], Query()] = "desc",
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Events per page.")] = 50,
        offset: Annotated[int, Query(ge=0, lt=2**31, description="Skip this many events (or use `cursor`).")] = 0,
        cursor: Annotated[str | None, Query(max_length=2000, description=(
            "The `next_cursor` of the previous page: the page right after it, however deep, "
            "as fast as the first. Keep the same sort and order; give no offset."))] = None,
    ) -> dict[str, Any]:
        """Events with the fields of `newstally events --format json`, plus `total` (all matches),
        `limit`, `offset`, `cursor` and `next_cursor` (pass it as `cursor` for the next page; null
        on the last page)."""
        query = EventQuery(since=since, until=until, country=country, category=category, min_figure=min_figure,
                           min_sources=min_sources, contested=contested, q=q, sort=sort,
                           descending=order == "desc", limit=limit, offset=offset, cursor=cursor)
        return search_events(store, query).to_dict()

    # An event's figures and page are kept, per event, for as long as nothing is written to the
    # database (its write counter, Store.revision, stays the same): a page viewed again costs
    # one small query instead of reading and rendering the event.
    @functools.lru_cache(maxsize=cache_size)
    def cached_detail(event_id: str, revision: int | None) -> dict[str, Any]:
        return event_detail(store, event_id).to_dict()

    @functools.lru_cache(maxsize=cache_size)
    def cached_json(event_id: str, revision: int | None) -> bytes:
        return json.dumps(cached_detail(event_id, revision), ensure_ascii=False, allow_nan=False,
                          separators=(",", ":")).encode("utf-8")

    @functools.lru_cache(maxsize=cache_size)
    def cached_page(event_id: str, revision: int | None) -> bytes:
        return render_event(cached_detail(event_id, revision)).encode("utf-8")

    def current(event_id: str) -> tuple[str, int | None]:
        """The full id of ``event_id`` (a unique beginning is enough) and the database's revision."""
        revision = store.revision()
        if revision is None:  # nothing tells when the database changes: no caching
            cached_detail.cache_clear()
            cached_json.cache_clear()
            cached_page.cache_clear()
        full = event_id if store.find_event(event_id) == [event_id] else cached_detail(event_id, revision)["id"]
        return full, revision

    app.state.caches = (cached_detail, cached_json, cached_page)

    @app.get("/api/events/{event_id:path}", tags=["api"], summary="One event, as `newstally show --format json`")
    def api_event(event_id: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
        """Figures per category and side, their timelines (each claim with its quote and offsets),
        and the event's reports. A unique beginning of an id is enough."""
        full, revision = current(event_id)
        return Response(cached_json(full, revision), media_type="application/json")  # type: ignore[return-value]

    @app.get("/api/documents/{doc_id:path}", tags=["api"], summary="One report: clean text and claims")
    def api_document(doc_id: Annotated[str, PathParam(max_length=400)]) -> dict[str, Any]:
        """The clean text, its event, and each claim with `start`/`end` offsets into `text`."""
        return document_detail(store, doc_id).to_dict()

    @app.get("/api/countries", tags=["api"], summary="Events per country")
    def api_countries() -> list[dict[str, Any]]:
        return country_summary(store)

    # -- pages --------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request) -> Response:
        params = request.query_params
        query = query_from(params)
        result = search_events(store, query)
        largest = max((f.best or 0 for e in result.events for k, f in e.figures.items()
                       if k in ("killed", "injured")), default=0)
        rows = []
        for e in result.events:
            bars = {}
            for key in ("killed", "injured"):
                f = e.figures.get(key)
                bars[key] = {"best": f.best if f else None, "low": f.low if f else None,
                             "high": f.high if f else None,
                             "width": render.bar_width(f.best if f else None, largest)}
            rows.append({"event": e, "bars": bars})
        kept = {k: v for k, v in params.items() if k not in ("offset", "cursor") and v}

        def link(**changes: Any) -> str:
            merged = {**kept, **{k: v for k, v in changes.items() if v is not None}}
            return "/?" + urlencode(merged) if merged else "/"

        if query.cursor:  # went on by cursor: the next page by cursor, back to the first
            prev, after = link(), None if result.next_cursor is None else link(cursor=result.next_cursor)
        else:
            prev_offset = max(0, query.offset - query.limit) if query.offset else None
            next_offset = query.offset + query.limit if query.offset + query.limit < result.total else None
            prev = None if prev_offset is None else link(offset=prev_offset)
            after = None if next_offset is None else link(offset=next_offset)
        return page(request, "events.html", {
            "page": result, "query": query, "rows": rows, "params": params, "link": link,
            "prev": prev, "next": after,
            "json": "/api/events" + ("?" + urlencode(dict(params)) if params else "")})

    @app.get("/events/{event_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: Annotated[str, PathParam(max_length=200)]) -> Response:
        full, revision = current(event_id)
        if full != event_id:
            return RedirectResponse("/events/" + quote(full, safe=""), status_code=307)
        return HTMLResponse(cached_page(full, revision))

    def render_event(detail: dict[str, Any]) -> str:
        charts = [{"key": key, "figure": f, "chart": render.figure_chart(f)}
                  for key, f in detail["figures"].items() if f["subgroup"] is None and f["timeline"]]
        subgroups = [f for f in detail["figures"].values() if f["subgroup"] is not None]
        groups: dict[str, list[dict[str, Any]]] = {}
        for doc in detail["documents"]:
            groups.setdefault(doc["source_group"], []).append(doc)
        sources = [{"original": next((d for d in docs if d["id"] == g), docs[0]),
                    "copies": [d for d in docs if d["id"] != g] if any(d["id"] == g for d in docs) else docs[1:]}
                   for g, docs in groups.items()]
        return env.get_template("event.html").render(
            e=detail, charts=charts, subgroups=subgroups, sources=sources,
            json="/api/events/" + quote(detail["id"], safe=""))

    @app.get("/documents/{doc_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, doc_id: Annotated[str, PathParam(max_length=400)]) -> Response:
        doc = document_detail(store, doc_id).to_dict()
        pieces = render.highlight(doc["text"], doc["claims"])
        placed = {i for p in pieces if p["kind"] == "open" for i in p["claims"]}
        return page(request, "document.html", {
            "d": doc, "pieces": pieces, "unplaced": [c for c in doc["claims"] if c["index"] not in placed],
            "json": "/api/documents/" + quote(doc["id"], safe="")})

    @app.get("/countries", response_class=HTMLResponse, include_in_schema=False)
    def countries_page(request: Request) -> Response:
        return page(request, "countries.html", {"rows": country_summary(store), "json": "/api/countries"})

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs_page(request: Request) -> Response:
        """The OpenAPI description as a plain page (no scripts, nothing fetched from elsewhere)."""
        return page(request, "docs.html", {"api": app.openapi(), "json": "/openapi.json"})

    return app


#: How ``newstally serve --workers N`` tells its processes what to serve (JSON: db, loopback).
FACTORY_ENV = "NEWSTALLY_SERVE"


def app_from_environment() -> FastAPI:
    """The application each process of ``newstally serve --workers N`` builds (see :data:`FACTORY_ENV`)."""
    config = json.loads(os.environ[FACTORY_ENV])
    return create_app(config["db"], allowed_hosts=list(LOOPBACK_HOSTS) if config["loopback"] else None)


__all__ = ["CACHE_SIZE", "FACTORY_ENV", "LOOPBACK_HOSTS", "SECURITY_HEADERS", "app_from_environment", "create_app",
           "open_read_only", "query_from"]
