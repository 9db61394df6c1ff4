"""The studio's web application: the routes, each family of pages in its own module, behind
the guard of security.py.

start.py: the start page and the forms that create a file; edit.py: the editor page and its
round trip (`POST /api/edit`, described there); buttons.py: what the editor's buttons do.
A family's module is imported when one of its pages is first asked for, so the start page
does not wait for the editor's machinery; once it is served, the start page's check runs
and the rest is imported in the background (`warm`), so the first editor page does not
wait either.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Awaitable, Callable, Hashable
from pathlib import Path
from urllib.parse import parse_qs, urlencode

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from susi_spec.checks.config import Config
from susi_spec.errors import SusiError
from susi_spec.studio import pages, start_page
from susi_spec.studio.drafts import FileGone, Workspace, gone
from susi_spec.studio.pages import t
from susi_spec.studio.security import Guard, Keys, OutsideSpecs, resolve_inside

STATIC_DIR = Path(__file__).parent / "static"
# Each route: path, methods, the module of its family and the handler's name there.
ROUTES = (
    ("/", ["GET"], "start", "start"),
    ("/api/start", ["GET"], "start", "api_start"),
    ("/new", ["GET"], "start", "new_form"),
    ("/new", ["POST"], "start", "new_create"),
    ("/new-local", ["GET"], "start", "new_local_form"),
    ("/new-local", ["POST"], "start", "new_local_create"),
    ("/edit", ["GET"], "edit", "edit_page"),
    ("/api/edit", ["POST"], "edit", "api_edit"),
    ("/save", ["POST"], "buttons", "save"),
    ("/resolve", ["POST"], "buttons", "resolve"),
    ("/discard", ["POST"], "buttons", "discard"),
    ("/commit", ["POST"], "buttons", "commit"),
    ("/release", ["POST"], "buttons", "release"),
    ("/bump", ["GET"], "buttons", "bump_form"),
    ("/bump", ["POST"], "buttons", "bump"),
    ("/diff", ["GET"], "buttons", "diff"),
)
Handler = Callable[["Studio", Request], Awaitable[Response]]


class Studio:
    """The running studio: the project's workspace, the keys, the language and the notices
    waiting for the next editor page."""

    def __init__(self, config: Config, keys: Keys, lang: str) -> None:
        self.workspace = Workspace(config)
        self.workspace.prefetch()
        self.keys = keys
        self.lang = lang
        self.notices: dict[str, list[tuple[str, str]]] = {}
        # The start page's rows as last checked, with what they were made of (start.py).
        self.overview: tuple[Hashable, list[start_page.Row]] | None = None
        self._warmed = threading.Event()

    def page(self, title: str, body: str, status: int = 200, editor: bool = False) -> HTMLResponse:
        layout = pages.layout(title, body, self.lang, self.keys.csrf, editor=editor)
        return HTMLResponse(layout, status)

    def refusal(self, error: SusiError, status: int = 400) -> HTMLResponse:
        title = t(self.lang, "Det kunne ikke lade sig gøre", "That could not be done")
        back = f'<p><a href="/">{t(self.lang, "Til forsiden", "To the start page")}</a></p>'
        return self.page(title, pages.message(error.text.get(self.lang), "error") + back, status)

    def file_of(self, relative: str) -> Path:
        """The file a request names, inside the specs folder; an open file that is gone
        since says so (FileGone)."""
        ws = self.workspace
        try:
            return resolve_inside(ws.root, ws.specs, relative)
        except OutsideSpecs:
            if any(draft.relative == relative for draft in ws.drafts.values()):
                raise FileGone(gone(relative)) from None
            raise

    def notice(self, relative: str, text: str, kind: str = "info") -> None:
        self.notices.setdefault(relative, []).append((kind, text))

    def to_editor(self, relative: str) -> RedirectResponse:
        return RedirectResponse(f"/edit?{urlencode({'file': relative})}", status_code=303)

    def warm(self, first: Callable[[Studio], object] | None = None) -> None:
        """In a thread: `first` (the start page's check), then, once, import the other
        families' modules, so that the first editor page does not wait for them."""

        def run() -> None:
            if first is not None:
                first(self)
            if not self._warmed.is_set():
                self._warmed.set()
                _import_all()

        if first is not None or not self._warmed.is_set():
            threading.Thread(target=run, name="susi-studio-warm", daemon=True).start()


def _import_all() -> None:
    for family in sorted({family for _, _, family, _ in ROUTES}):
        importlib.import_module(f"susi_spec.studio.{family}")


async def form_of(request: Request) -> dict[str, str]:
    """An urlencoded form's fields, each its first value (no multipart: nothing uploads)."""
    fields = parse_qs((await request.body()).decode("utf-8", "replace"), keep_blank_values=True)
    return {key: values[0] for key, values in fields.items()}


def _route(studio: Studio, family: str, name: str) -> Callable[[Request], Awaitable[Response]]:
    """The endpoint of a route: the handler in its family's module, imported on first use."""

    async def endpoint(request: Request) -> Response:
        handler: Handler = getattr(importlib.import_module(f"susi_spec.studio.{family}"), name)
        return await handler(studio, request)

    return endpoint


def _refused(studio: Studio) -> Callable[[Request, Exception], Awaitable[Response]]:
    """A SusiError no handler caught (a file gone or unreadable under a request): its
    message, as the editor's script shows it for the round trip, else as a page."""

    async def handler(request: Request, error: Exception) -> Response:
        assert isinstance(error, SusiError)
        status = 404 if isinstance(error, OutsideSpecs) else 400
        if request.url.path == "/api/edit":
            return JSONResponse({"error": error.text.get(studio.lang)}, status)
        return studio.refusal(error, status)

    return handler


async def _internal(request: Request, error: Exception) -> Response:
    """A bug: one plain line, never a traceback in the page."""
    return PlainTextResponse(
        f"Intern fejl i susi studio ({type(error).__name__}). Det er en fejl i susi; "
        "rapportér den gerne. Dine ændringer er i browseren.",
        500,
    )


def create_app(config: Config, keys: Keys, lang: str = "da") -> Guard:
    """The whole studio as one ASGI application, guarded."""
    studio = Studio(config, keys, lang)
    routes: list[Route | Mount] = [
        Route(path, _route(studio, family, name), methods=methods)
        for path, methods, family, name in ROUTES
    ]
    routes.append(Mount("/static", StaticFiles(directory=STATIC_DIR), name="static"))
    handlers = {SusiError: _refused(studio), Exception: _internal}
    app = Starlette(routes=routes, exception_handlers=handlers)
    return Guard(app, keys, lang)
