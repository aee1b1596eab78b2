"""``newstally serve``: the read-only web pages and JSON API over a database."""
from __future__ import annotations

import ipaddress
import json
import os
import sys
from typing import Any

import click

from .ledger import _DB_HELP

#: Hosts taken as loopback when named rather than given as an address.
LOOPBACK_NAMES = ("localhost",)


def bind_address(host: str) -> tuple[str, bool]:
    """``(host, loopback)`` for ``--host``: an IP address, or ``localhost``. A host name is
    refused (it could resolve to any address): give the address to listen on."""
    host = host.strip()
    if host.lower() in LOOPBACK_NAMES:
        return "127.0.0.1", True
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        raise click.BadParameter(f"{host!r} is not an IP address; give the address to listen on "
                                 "(127.0.0.1 for this machine only, 0.0.0.0 for every interface)",
                                 param_hint="'--host'") from None
    return str(address), address.is_loopback


def register(group: click.Group) -> None:
    group.add_command(serve)


@click.command()
@click.option("--db", "db", default=None, metavar="DB", help=_DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, metavar="ADDRESS",
              help="Address to listen on. Anything but loopback makes the pages reachable from other "
                   "machines, without any login: give it only on purpose.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port, printed at start).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes answering together: one per core serves the most requests "
                   "(each keeps its own cache of event pages).")
def serve(db: str | None, host: str, port: int, workers: int) -> None:
    """Browse the ledger in a web browser, and query it as JSON.

    Opens the database read-only (nothing is written, whatever is asked) and serves:

    \b
      /                   events: filter, sort, killed/injured bars, contested badge
      /events/ID          a chart per figure: each report's figure over time, by
                          side, over the reconciled band; the reports, copies grouped
      /documents/ID       a report's text with every figure's sentence highlighted
      /countries          events per country
      /api/events         the same as JSON (filters: since, until, country, category,
                          min_figure, min_sources, contested, q; sort, order, limit, offset)
      /api/events/ID, /api/documents/ID, /api/countries, /api/health
      /docs               the API described (OpenAPI at /openapi.json)

    Pages need no JavaScript and load nothing from other sites. There is no authentication:
    by default only this machine can connect (127.0.0.1). Stop with Ctrl-C.

    \b
    Examples:
      newstally serve                       # newstally.db, http://127.0.0.1:8000/
      newstally serve --db demo.db --port 8080
      newstally serve --db ledger.db --workers 2          # one process per core
      curl 'http://127.0.0.1:8000/api/events?category=killed&min_figure=10&sort=killed'
      newstally serve --db postgresql://localhost/news --host 0.0.0.0   # whole network, no login!
    """
    import uvicorn

    from ..errors import NewstallyError
    from ..web import create_app

    address, loopback = bind_address(host)
    if db is not None and not db.strip():
        raise click.BadParameter("must name a database (a file or a URL), not be empty", param_hint="'--db'")
    from ..web.app import LOOPBACK_HOSTS

    try:
        # on loopback, only requests naming this machine are answered (no DNS rebinding)
        app = create_app(db, allowed_hosts=list(LOOPBACK_HOSTS) if loopback else None)
    except NewstallyError as exc:
        raise click.ClickException(str(exc)) from exc
    if not loopback:
        click.echo(f"warning: listening on {address}, reachable from other machines: newstally serve has "
                   "no authentication, anyone who can connect can read the whole database", err=True)
    shown = f"[{address}]" if ":" in address else address
    click.echo(f"serving {'the default database' if db is None else 'the database'} read-only at "
               f"http://{shown}:{port}/  (Ctrl-C to stop)", err=True)
    config: dict[str, Any] = {"host": address, "port": port, "log_level": "warning", "access_log": False,
                              "server_header": False, "proxy_headers": False}
    if workers > 1:  # each process opens the database itself: uvicorn needs the app by name
        from ..web.app import FACTORY_ENV

        app.state.store.close()
        os.environ[FACTORY_ENV] = json.dumps({"db": db, "loopback": loopback})
        uvicorn.run("newstally.web.app:app_from_environment", factory=True, workers=workers, **config)
    else:
        uvicorn.run(app, **config)
    sys.exit(0)
