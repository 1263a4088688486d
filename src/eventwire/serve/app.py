"""The `eventwire serve` application: the JSON API, the map page, offline API docs.

    from eventwire.serve.app import create_app
    app = create_app("eventwire.db")   # then run it with uvicorn

Everything the page loads comes from eventwire itself (no CDN, no tile server), so it works
offline; the browser libraries are vendored by `python -m eventwire.serve.vendor`.
"""

from __future__ import annotations

import html
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

from eventwire import __version__
from eventwire.serve import vendor
from eventwire.serve.api import Extractor, router
from eventwire.serve.database import Database
from eventwire.serve.errors import install_error_handlers
from eventwire.serve.security import SecurityHeaders
from eventwire.serve.stats import StatsCache

MAX_BODY = 200_000
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


def create_app(
    db_url: str,
    *,
    max_body: int = MAX_BODY,
    allowed_hosts: Sequence[str] = LOCAL_HOSTS,
) -> FastAPI:
    """The application over `db_url`, opened read-only now (StoreError if it cannot be).

    `allowed_hosts`: Host header values answered ("*" for any); the default refuses
    requests addressed to other names, which stops DNS-rebinding pages from reading the API.
    """
    database = Database(db_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        database.close()

    app = FastAPI(
        title="eventwire",
        version=__version__,
        description=f"Events extracted from news reports, read-only from {database.label}.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.database = database
    app.state.max_body = max_body
    app.state.extractor = Extractor()
    app.state.stats = StatsCache()
    install_error_handlers(app)
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=vendor.STATIC), name="static")
    app.add_api_route("/", _page, include_in_schema=False)
    app.add_api_route("/docs", _docs, include_in_schema=False)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    return app


def _page() -> Response:
    absent = vendor.missing()
    if absent:
        return HTMLResponse(
            "<!doctype html><title>eventwire</title><h1>The map page needs its libraries</h1>"
            "<p>Missing in static/vendor/: "
            + html.escape(", ".join(absent))
            + ". Run <code>npm ci</code> and <code>python -m eventwire.serve.vendor</code> in "
            "the repository (see docs/serve.md). The API works: <a href='/docs'>/docs</a>.</p>",
            status_code=503,
        )
    return FileResponse(vendor.STATIC / "index.html", media_type="text/html")


def _docs() -> Response:
    if not vendor.missing(vendor.DOCS_FILES):
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="eventwire API",
            swagger_js_url="/static/vendor/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
        )
    return FileResponse(vendor.STATIC / "docs.html", media_type="text/html")
