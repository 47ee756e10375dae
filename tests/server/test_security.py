"""The page's security model: strict CSP, no HTML built from data, localhost by default, offline assets."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import typer
from clients import build_app, make_client
from samples import make_event_store, make_store, sample_documents

from eventcoder.commands import serve as serve_command
from eventcoder.server import STATIC_DIR, content_security_policy


def test_every_response_carries_a_strict_csp(client: Any) -> None:
    for path in ("/", "/api/events", "/static/app.js", "/openapi.json"):
        response = client.get(path)
        assert response.status_code == 200, path
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "unsafe-eval" not in policy
        assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
        assert response.headers["x-content-type-options"] == "nosniff"


def test_tile_server_is_the_only_other_origin_allowed() -> None:
    assert "img-src 'self' data:;" in content_security_policy(None)
    policy = content_security_policy("https://{s}.tiles.example.org/{z}/{x}/{y}.png")
    assert "img-src 'self' data: https://*.tiles.example.org" in policy
    assert "connect-src 'self'" in policy


def test_page_loads_nothing_from_other_origins() -> None:
    page = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
    for url in re.findall(r'(?:src|href)="([^"]+)"', page):
        assert url.startswith("/static/"), url
    assert "<script>" not in page  # no inline script (the CSP would block it anyway)


def test_script_never_builds_html_from_strings() -> None:
    script = (STATIC_DIR / "app.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in script, f"app.js uses {sink}: render untrusted text with textContent/DOM nodes"
    # Leaflet popups/tooltips given a string would be parsed as HTML: they must get DOM nodes
    calls = re.findall(r"bind(?:Tooltip|Popup)\((.{0,12})", script)
    assert calls
    for call in calls:
        assert call.startswith(("el(", "() => el(")), call


def test_openapi_documents_the_api(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/timeline", "/api/admin1", "/api/map",
                 "/api/events/{event_id}/corrections", "/api/merge", "/api/events/{event_id}/split",
                 "/api/events/{event_id}/wrong", "/api/audit"):
        assert path in spec["paths"], path
    assert "EventDetail" in spec["components"]["schemas"]
    assert client.get("/docs").status_code == 404  # the Swagger page would load a CDN: disabled


def test_missing_assets_are_reported(tmp_path: Path, client_factory: Any) -> None:
    static = tmp_path / "static"
    static.mkdir()
    for name in ("index.html", "app.js", "app.css"):
        shutil.copy(STATIC_DIR / name, static / name)
    with make_client(build_app(make_store(), static_dir=static)) as client:
        assert client.get("/api/health").json() == {"ok": True, "assets_built": False}
        assert client.get("/").status_code == 200
        missing = client.get("/static/vendor/leaflet.js")
        assert missing.status_code == 404
        assert "npm ci && npm run build" in missing.json()["detail"]
    page = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
    assert 'id="asset-warning"' in page and "npm ci &amp;&amp; npm run build" in page


def test_serve_binds_to_localhost_by_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kwargs: calls.append(kwargs))
    db = tmp_path / "events.duckdb"
    make_event_store(db).close()
    app = typer.Typer()
    serve_command.register(app)
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, ["--db", str(db)])
    assert result.exit_code == 0, result.output
    assert calls == [{"host": "127.0.0.1", "port": 8000, "log_level": "warning"}]
    for missing in ("nope.jsonl", "nope.duckdb"):
        result = CliRunner().invoke(app, ["--db", str(tmp_path / missing)])
        assert result.exit_code == 2 and "does not exist" in result.output
        assert not (tmp_path / missing).exists()  # no empty store created by a typo


def test_corrections_survive_reingest_and_remerge(tmp_path: Path, client_factory: Any) -> None:
    store = make_event_store(tmp_path / "events.duckdb")
    with make_client(build_app(store)) as client:
        basra = client.get("/api/events", params={"admin1": "Basra"}).json()["events"][0]["event_id"]
        client.post(f"/api/events/{basra}/corrections", json={"field": "fatalities", "value": 5, "why": "morgue count"})
    # the documents come in again (a new pipeline run) and the events are rebuilt
    from samples import sample_events

    from eventcoder.pipeline import DocumentResult

    by_doc: dict[str, list[Any]] = {}
    for event in sample_events():
        by_doc.setdefault(event.doc_id, []).append(event)
    store.ingest_documents(sample_documents(), force=True, processor=lambda items: (
        DocumentResult(d.id, events=by_doc.get(d.id, []), content_hash=d.content_hash, document=d) for d in items))
    store.merge()
    with make_client(build_app(store)) as client:
        row = client.get("/api/events", params={"admin1": "Basra"}).json()["events"][0]
        assert row["fatalities"] == 5 and "fatalities" in row["corrected"]
    store.close()
