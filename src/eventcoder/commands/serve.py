"""`eventcoder serve`: the dashboard over an event store (map, timeline, table, evidence, review)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import EventcoderError
from ..server.security import DEFAULT_MAX_BODY

__all__ = ["register", "serve"]

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


def serve(db: Annotated[Optional[Path], typer.Option(
              "--db", help="the store file (default: $EVENTCODER_DB or ./eventcoder.duckdb); "
                           "a .jsonl file of `eventcoder extract` output opens read-in-memory")] = None,
          host: Annotated[str, typer.Option(help="address to listen on; keep 127.0.0.1 unless you mean to share")]
          = "127.0.0.1",
          port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
          tiles: Annotated[Optional[str], typer.Option(
              help="an online tile layer, e.g. https://tile.example.org/{z}/{x}/{y}.png (off by default: "
                   "the page then uses only the bundled country boundaries)")] = None,
          tiles_attribution: Annotated[Optional[str], typer.Option(help="credit line for --tiles")] = None,
          user: Annotated[Optional[str], typer.Option(
              "--user", "--reviewer",
              help="who the analyst is: the name every review action is recorded under in the audit trail "
                   "(default: your user name); requests cannot name anyone else")] = None,
          allow_host: Annotated[Optional[list[str]], typer.Option(
              "--allow-host", help="a host name the page may be opened by besides 127.0.0.1 and localhost "
                                   "(repeatable); requests naming any other host are refused")] = None,
          max_body: Annotated[int, typer.Option(min=1024, max=10_000_000,
                                                help="largest request body accepted, in bytes")] = DEFAULT_MAX_BODY,
          cache_mb: Annotated[int, typer.Option(
              "--cache-mb", min=0, max=100_000,
              help="memory for answers kept until the store changes (0: keep none)")] = 64,
          ) -> None:
    """Open a web dashboard to explore and review the events in a store.

    Example: eventcoder serve --db events.duckdb   (then open http://127.0.0.1:8000)
    """
    import uvicorn

    from ..server import assets_built, create_app, open_store
    from ..server.backend import default_reviewer

    try:
        if db is None:
            from ..store import default_db_path

            db = default_db_path()
        store = open_store(db)
    except EventcoderError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if not assets_built():
        typer.echo("warning: front-end assets missing (run `npm ci && npm run build` in frontend/, then reinstall); "
                   "the map will be unavailable", err=True)
    if host not in LOCAL_HOSTS:
        typer.echo(f"warning: listening on {host}: anyone who can reach it can read and correct events "
                   "(there is no login); add the name they use with --allow-host", err=True)
    hosts = [*(allow_host or []), *([host] if host not in LOCAL_HOSTS | {"0.0.0.0", "::"} else [])]
    app = create_app(store, tile_url=tiles, tile_attribution=tiles_attribution, reviewer=user or default_reviewer(),
                     allowed_hosts=hosts, max_body=max_body, cache_bytes=cache_mb * 1024 * 1024)
    typer.echo(f"eventcoder dashboard on http://{'[' + host + ']' if ':' in host else host}:{port}  (Ctrl+C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
