"""The app: the JSON API, the dashboard's static files, security headers, size limits, and
errors as JSON ``{"error", "detail"}`` (never a traceback)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from importlib.resources import files
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..config import PIPELINE_VERSION, Settings
from ..pipeline import Pipeline
from .api import router
from .cache import Versioned
from .errors import ApiError
from .writer import Ingester

log = logging.getLogger("eventwire.serve")

#: what the pages may load: only this server's own files and API, no inline script or style
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
MAX_BODY = 5_000_000
MAX_URL = 8192


def static_dir() -> Path:
    return Path(str(files("eventwire.serve") / "static"))


class Guard:
    """ASGI middleware: security headers on every answer; request bodies over ``max_body`` bytes
    and URLs over ``MAX_URL`` characters refused with a JSON 413 / 414."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_secure(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *((k, v) for k, v in SECURITY_HEADERS if k not in names)]
            await send(message)

        length = dict(scope.get("headers", [])).get(b"content-length")
        too_long = len(scope.get("path", "")) + len(scope.get("query_string", b"")) > MAX_URL
        if too_long:
            await self._refuse(414, "URL too long", f"keep the URL under {MAX_URL} characters", send_secure)
            return
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await self._refuse(413, "request too large", f"send at most {self.max_body:,} bytes", send_secure)
            return
        seen = 0

        async def receive_limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise ApiError(413, "request too large", f"send at most {self.max_body:,} bytes")
            return message

        await self.app(scope, receive_limited, send_secure)

    @staticmethod
    async def _refuse(status: int, error: str, detail: str, send: Send) -> None:
        response = JSONResponse({"error": error, "detail": detail}, status_code=status)
        await response({"type": "http"}, _no_receive, send)


async def _no_receive() -> Message:
    return {"type": "http.disconnect"}


def _error(status: int, error: str, detail: Any, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": error, "detail": detail}, status_code=status, headers=headers)


def create_app(db_path: str, *, token: str | None = None, settings: Settings | None = None,
               pipeline: Pipeline | None = None, max_body: int = MAX_BODY) -> FastAPI:
    """The app over the store at ``db_path`` (which must exist and have been migrated: ``serve``
    opens it once for writing first). Writes (``POST /api/ingest``) only with a ``token``."""
    app = FastAPI(title="eventwire", version=PIPELINE_VERSION, docs_url=None, redoc_url=None,
                  description="PLOVER events, actors and claims from news reporting, with their evidence.")
    app.state.db_path = db_path
    app.state.token = token or None
    app.state.ingester = Ingester(db_path, settings or Settings(), pipeline)
    app.state.cache = Versioned(db_path)

    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        if exc.status_code == 404:
            return _error(404, "not found", f"no such path {request.url.path!r}; GET /openapi.json lists the API")
        if exc.status_code == 405:
            return _error(405, "method not allowed", f"{request.method} {request.url.path}: see GET /openapi.json",
                          headers=exc.headers)
        return _error(exc.status_code, "request failed", exc.detail, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        parts = ["{}: {}".format(".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path")),
                                 e.get("msg")) for e in exc.errors()]
        return _error(422, "invalid parameter", "; ".join(parts))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("%s %s failed", request.method, request.url.path, exc_info=exc)
        return _error(500, "internal error", f"{type(exc).__name__}: the server could not answer this request; "
                                             "its log has the details")

    app.include_router(router)
    static = static_dir()
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(static / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(static / "docs.html", headers={"Cache-Control": "no-cache"})

    app.add_middleware(Guard, max_body=max_body)
    return app
