"""The studio's web application: routes over actions.py, pages from pages.py, behind the
guard of security.py.

Browser → server protocol of the editor: `POST /api/edit` with JSON
`{"file": <path relative to the project>, "base": <sha256 of the text the editor started
from>, "ops": [...]}`, ops being `{"op": "set", "path": [...], "value": ...}`, `remove`,
`insert` (`index`, `value`), `move` (`from`, `to`), `section` (`key`, `text`) and `rename`
(`path` to a core element, `id`). The answer is HTML: the panels as htmx out-of-band swaps
(problems, what the release needs, the preview, the draft's state), and the form itself
when the operations changed its shape.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
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
from susi_spec.editing import EditError
from susi_spec.errors import SusiError
from susi_spec.labels import version_label
from susi_spec.problems import Problem, Text
from susi_spec.render.site_terms import place_name
from susi_spec.studio import actions, editor, pages
from susi_spec.studio.drafts import Checked, Draft, Workspace
from susi_spec.studio.forms.vocab import word
from susi_spec.studio.pages import t
from susi_spec.studio.security import Guard, Keys, OutsideSpecs, resolve_inside

STATIC_DIR = Path(__file__).parent / "static"
# Operations that change the form's shape: the answer carries the form anew.
_RESHAPING = frozenset({"insert", "remove", "move", "rename"})


class Studio:
    """The running studio: the project's workspace, the keys and the language."""

    def __init__(self, config: Config, keys: Keys, lang: str) -> None:
        self.workspace = Workspace(config)
        self.keys = keys
        self.lang = lang
        self.notices: dict[str, list[tuple[str, str]]] = {}

    # -- helpers ---------------------------------------------------------------------------

    def page(self, title: str, body: str, status: int = 200, editor: bool = False) -> HTMLResponse:
        layout = pages.layout(title, body, self.lang, self.keys.csrf, editor=editor)
        return HTMLResponse(layout, status)

    def refusal(self, error: SusiError, status: int = 400) -> HTMLResponse:
        title = t(self.lang, "Det kunne ikke lade sig gøre", "That could not be done")
        back = f'<p><a href="/">{t(self.lang, "Til forsiden", "To the start page")}</a></p>'
        return self.page(title, pages.message(error.text.get(self.lang), "error") + back, status)

    def file_of(self, relative: str) -> Path:
        ws = self.workspace
        return resolve_inside(ws.root, ws.specs, relative)

    def notice(self, relative: str, text: str, kind: str = "info") -> None:
        self.notices.setdefault(relative, []).append((kind, text))

    def to_editor(self, relative: str) -> RedirectResponse:
        return RedirectResponse(f"/edit?{urlencode({'file': relative})}", status_code=303)

    # -- pages -----------------------------------------------------------------------------

    async def start(self, request: Request) -> Response:
        rows = []
        ws = self.workspace
        with ws.lock:
            titles: dict[str, str] = {}
            for path in ws.files():
                draft = ws.drafts.get(path)
                text = draft.text if draft else None
                rows.append(self._row(path, text, titles))
        rows = [replace(r, parent=titles.get(r.parent, r.parent)) for r in rows]
        title = t(self.lang, "Indsatsbeskrivelser", "Intervention descriptions")
        return self.page(title, pages.start_page(rows, self.lang))

    def _row(self, path: Path, text: str | None, titles: dict[str, str]) -> pages.Row:
        ws = self.workspace
        from susi_spec.studio.drafts import read_text

        checked = ws.check(path, text if text is not None else read_text(path))
        errors = sum(p.severity.value == "error" for p in checked.problems)
        needs = len(checked.demands) + sum(p.severity.value == "todo" for p in checked.problems)
        commit = ws.last_commit(path)
        last = commit.date.date().isoformat() if commit else ""
        relative = ws.relative(path)
        if checked.spec is not None:
            spec = checked.spec
            titles[path.parent.name] = spec.title
            return pages.Row(
                relative,
                "spec",
                spec.title,
                version_label(spec.version),
                spec.status,
                needs,
                errors,
                last,
                text is not None,
            )
        if checked.local is not None:
            local = checked.local
            return pages.Row(
                relative,
                "local",
                local.title or local.place,
                version_label(local.based_on),
                "",
                needs,
                errors,
                last,
                text is not None,
                parent=local.spec,
            )
        if checked.cycles is not None:
            cycles = checked.cycles
            return pages.Row(
                relative, "cycles", word("cycles", self.lang),
                version_label(cycles.cycles[-1].version) if cycles.cycles else "",  # the latest
                "", needs, errors, last, text is not None,
                parent=cycles.spec,
            )  # fmt: skip
        if checked.follow_up is not None:
            follow_up = checked.follow_up
            return pages.Row(
                relative, "results",
                word("results", self.lang) + f" {follow_up.date.isoformat()}",
                version_label(follow_up.based_on), "", needs, errors, last, text is not None,
                parent=follow_up.spec, place=follow_up.place,
            )  # fmt: skip
        kind = "local" if path.name != "index.md" else "spec"
        return pages.Row(
            relative,
            kind,
            relative,
            "?",
            "",
            needs,
            errors,
            last,
            text is not None,
            parent=path.parent.parent.name,
        )

    async def new_form(self, request: Request) -> Response:
        title = t(self.lang, "Ny beskrivelse", "New description")
        return self.page(title, pages.new_spec_form(self.lang, self.keys.csrf))

    async def new_create(self, request: Request) -> Response:
        from susi_spec.local.create import new_spec

        form = await _form(request)
        spec_id, title = form.get("spec_id", "").strip(), form.get("title", "")
        ws = self.workspace
        try:
            with ws.lock:
                target = new_spec(ws.config, spec_id, title, self.lang, lambda note: None)
        except SusiError as error:
            body = pages.new_spec_form(
                self.lang, self.keys.csrf, error.text.get(self.lang), spec_id, title
            )
            return self.page(t(self.lang, "Ny beskrivelse", "New description"), body, 400)
        relative = ws.relative(target)
        self.notice(
            relative,
            t(
                self.lang,
                "Beskrivelsen er oprettet som v0-udkast.",
                "The description was created as a v0 draft.",
            ),
        )
        return self.to_editor(relative)

    def _released_specs(self) -> list[tuple[str, str]]:
        ws = self.workspace
        found = []
        for path in ws.files():
            if path.name != "index.md":
                continue
            history = ws.history(path)
            if history is not None and history[1].releases:
                found.append((history[1].spec_id, history[1].releases[-1].spec.title))
        return found

    async def new_local_form(self, request: Request, error: str = "") -> Response:
        with self.workspace.lock:
            specs = self._released_specs()
        title = t(self.lang, "Ny lokal udmøntning", "New local implementation")
        if not specs:
            error = error or t(
                self.lang,
                "Ingen beskrivelse er frigivet endnu. En lokal udmøntning bygger på en frigivet version.",
                "No description is released yet. A local implementation follows a released version.",
            )
        body = pages.new_local_form(self.lang, self.keys.csrf, specs, error)
        return self.page(title, body, 400 if request.method == "POST" else 200)

    async def new_local_create(self, request: Request) -> Response:
        from susi_spec.local.create import new_local

        form = await _form(request)
        ws = self.workspace
        try:
            with ws.lock:
                target, label, _ = new_local(
                    ws.config, form.get("spec", ""), form.get("place", ""), None, lambda note: None
                )
        except SusiError as error:
            return await self.new_local_form(request, error.text.get(self.lang))
        relative = ws.relative(target)
        self.notice(
            relative,
            t(
                self.lang,
                f"Den lokale udmøntning er oprettet og bygger på {label}.",
                f"The local implementation was created; it follows {label}.",
            ),
        )
        return self.to_editor(relative)

    async def edit_page(self, request: Request) -> Response:
        relative = request.query_params.get("file", "")
        ws = self.workspace
        try:
            path = self.file_of(relative)
            with ws.lock:
                draft = ws.draft(path)
                state, checked = actions.state(ws, draft, self.lang)
                form = self._form(draft, checked)
        except OutsideSpecs as error:
            return self.refusal(error, 404)
        notices = "".join(
            pages.message(text, kind) for kind, text in self.notices.pop(draft.relative, [])
        )
        title = (
            checked.spec.title
            if checked.spec
            else (checked.local.title if checked.local and checked.local.title else draft.relative)
        )
        if checked.cycles is not None or checked.follow_up is not None:
            title = word("cycles", self.lang)
            if checked.follow_up is not None:
                follow_up = checked.follow_up
                title = word("results", self.lang)
                title += f" {place_name(follow_up.place)} {follow_up.date.isoformat()}"
        body = notices + pages.editor_page(state, form, self.lang, self.keys.csrf)
        return self.page(title, body, editor=True)

    def _form(self, draft: Draft, checked: Checked) -> str:
        """The forms' editor of the draft, each problem in its field's slot."""
        return editor.draw(draft, checked.document, checked.problems, checked.common, self.lang)

    # -- the editor's round trip -------------------------------------------------------------

    async def api_edit(self, request: Request) -> Response:
        """Apply the ops to the draft and answer what changed, as editor.js takes it:
        `{"base", "slots": {suffix: html}, "replace": {id: html}}`, or `{"error"}`."""
        try:
            payload = json.loads(await request.body())
        except (ValueError, UnicodeDecodeError):
            return self._error(
                t(
                    self.lang,
                    "Ændringen kunne ikke læses (ikke JSON).",
                    "The change could not be read (not JSON).",
                ),
                400,
            )
        if not isinstance(payload, dict):
            return self._error(
                t(self.lang, "Ændringen har en ukendt form.", "The change has an unknown shape."),
                400,
            )
        ws = self.workspace
        try:
            path = self.file_of(str(payload.get("file", "")))
        except OutsideSpecs as error:
            return self._error(error.text.get(self.lang), 404)
        ops = payload.get("ops", [])
        with ws.lock:
            draft = ws.draft(path)
            if payload.get("base") != draft.base:
                text = t(
                    self.lang,
                    "Filen er ændret, siden siden blev åbnet. Genindlæs siden; dine ændringer er gemt i browseren.",
                    "The file changed since the page was opened. Reload the page; your changes are kept in the browser.",
                )
                return self._error(text, 409)
            try:
                actions.edit(ws, draft, ops)
            except EditError as error:
                return self._error(error.get(self.lang), 422)
            except SusiError as error:
                return self._error(error.text.get(self.lang), 422)
            if editor.reshapes(ops):
                draft.slots = None
            state, checked = actions.state(ws, draft, self.lang)
            found, form = editor.slots(
                draft, checked.document, checked.problems, checked.common, self.lang
            )
        replace = {"studio-side": pages.panels(state, self.lang)}
        if form is not None and any(isinstance(o, dict) and o.get("op") in _RESHAPING for o in ops):
            replace["susi-editor"] = form
        answer = {"base": draft.base, "slots": found, "replace": replace}
        return JSONResponse(answer)

    def _error(self, text: str, status: int) -> JSONResponse:
        return JSONResponse({"error": text}, status)

    # -- buttons ---------------------------------------------------------------------------

    async def _draft_of(self, request: Request) -> tuple[dict[str, str], Draft]:
        form = await _form(request)
        path = self.file_of(form.get("file", ""))
        return form, self.workspace.draft(path)

    async def save(self, request: Request) -> Response:
        ws = self.workspace
        try:
            with ws.lock:
                _, draft = await self._draft_of(request)
                on_disk = actions.save(ws, draft)
                if on_disk is not None:
                    report = actions.conflict_report(draft, on_disk, self.lang)
                    body = pages.conflict_page(draft.relative, report, self.lang, self.keys.csrf)
                    return self.page(
                        t(
                            self.lang,
                            "Filen er ændret et andet sted",
                            "The file was changed elsewhere",
                        ),
                        body,
                        409,
                    )
        except OutsideSpecs as error:
            return self.refusal(error, 404)
        self.notice(draft.relative, t(self.lang, "Gemt.", "Saved."))
        return self.to_editor(draft.relative)

    async def resolve(self, request: Request) -> Response:
        ws = self.workspace
        try:
            with ws.lock:
                form, draft = await self._draft_of(request)
                if form.get("choice") == "mine":
                    actions.keep_mine(ws, draft)
                    text = t(self.lang, "Dine ændringer er gemt.", "Your changes were saved.")
                else:
                    actions.take_theirs(ws, draft)
                    text = t(
                        self.lang,
                        "Filens udgave gælder; dine ændringer er kasseret.",
                        "The file's version counts; your changes were discarded.",
                    )
        except OutsideSpecs as error:
            return self.refusal(error, 404)
        self.notice(draft.relative, text)
        return self.to_editor(draft.relative)

    async def discard(self, request: Request) -> Response:
        ws = self.workspace
        try:
            with ws.lock:
                _, draft = await self._draft_of(request)
                ws.forget(draft.path)
        except OutsideSpecs as error:
            return self.refusal(error, 404)
        self.notice(
            draft.relative, t(self.lang, "Ændringerne er kasseret.", "The changes were discarded.")
        )
        return self.to_editor(draft.relative)

    async def commit(self, request: Request) -> Response:
        ws = self.workspace
        try:
            with ws.lock:
                form, draft = await self._draft_of(request)
                actions.commit(ws, draft, form.get("message", ""))
        except OutsideSpecs as error:
            return self.refusal(error, 404)
        except SusiError as error:
            self.notice(draft.relative, error.text.get(self.lang), "error")
            return self.to_editor(draft.relative)
        self.notice(draft.relative, t(self.lang, "Gemt og registreret.", "Saved and recorded."))
        return self.to_editor(draft.relative)

    async def release(self, request: Request) -> Response:
        ws = self.workspace
        try:
            with ws.lock:
                _, draft = await self._draft_of(request)
                done, notes, problems = actions.do_release(ws, draft, dt.date.today())
        except OutsideSpecs as error:
            return self.refusal(error, 404)
        except SusiError as error:
            self.notice(draft.relative, error.text.get(self.lang), "error")
            return self.to_editor(draft.relative)
        self._report(
            draft.relative,
            done,
            notes,
            problems,
            t(
                self.lang,
                "Frigivelsen er afvist: ret fejlene herunder. Intet er ændret.",
                "The release was refused: fix the errors below. Nothing changed.",
            ),
        )
        return self.to_editor(draft.relative)

    def _report(
        self, relative: str, done: Text, notes: list[Text], problems: list[Problem], refused: str
    ) -> None:
        for note in notes:
            self.notice(relative, note.get(self.lang))
        if problems:
            listed = "; ".join(
                f"{p.message(self.lang)} ({t(self.lang, 'linje', 'line')} {p.line})"
                for p in problems[:20]
            )
            self.notice(relative, f"{refused} {listed}", "error")
        else:
            self.notice(relative, done.get(self.lang))

    async def bump_form(self, request: Request) -> Response:
        relative = request.query_params.get("file", "")
        final = request.query_params.get("final") == "1"
        try:
            with self.workspace.lock:
                draft = self.workspace.draft(self.file_of(relative))
                label, step = actions.proposal_for(draft, final)
        except OutsideSpecs as error:
            return self.refusal(error, 404)
        except SusiError as error:
            return self.refusal(error)
        body = pages.bump_form(
            draft.relative, label, step.milestone, step.phase, self.lang, self.keys.csrf, final
        )
        return self.page(t(self.lang, "Start næste version", "Start the next version"), body)

    async def bump(self, request: Request) -> Response:
        ws = self.workspace
        try:
            with ws.lock:
                form, draft = await self._draft_of(request)
                done, notes, problems = actions.do_bump(
                    ws,
                    draft,
                    form.get("milestone", ""),
                    form.get("phase", ""),
                    form.get("final") == "1",
                )
        except OutsideSpecs as error:
            return self.refusal(error, 404)
        except SusiError as error:
            self.notice(draft.relative, error.text.get(self.lang), "error")
            return self.to_editor(draft.relative)
        self._report(
            draft.relative,
            done,
            notes,
            problems,
            t(
                self.lang,
                "Den frigivne version tjekker ikke rent; ret den først. Intet er ændret.",
                "The released version does not check clean; fix it first. Nothing changed.",
            ),
        )
        return self.to_editor(draft.relative)

    async def diff(self, request: Request) -> Response:
        relative = request.query_params.get("file", "")
        try:
            with self.workspace.lock:
                draft = self.workspace.draft(self.file_of(relative))
                reports = actions.diff_reports(self.workspace, draft, self.lang)
        except OutsideSpecs as error:
            return self.refusal(error, 404)
        except SusiError as error:
            return self.refusal(error)
        body = pages.diff_page(draft.relative, reports, self.lang)
        return self.page(t(self.lang, "Hvad er ændret?", "What has changed?"), body)


async def _form(request: Request) -> dict[str, str]:
    """An urlencoded form's fields, each its first value (no multipart: nothing uploads)."""
    fields = parse_qs((await request.body()).decode("utf-8", "replace"), keep_blank_values=True)
    return {key: values[0] for key, values in fields.items()}


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
    routes = [
        Route("/", studio.start),
        Route("/new", studio.new_form, methods=["GET"]),
        Route("/new", studio.new_create, methods=["POST"]),
        Route("/new-local", studio.new_local_form, methods=["GET"]),
        Route("/new-local", studio.new_local_create, methods=["POST"]),
        Route("/edit", studio.edit_page),
        Route("/api/edit", studio.api_edit, methods=["POST"]),
        Route("/save", studio.save, methods=["POST"]),
        Route("/resolve", studio.resolve, methods=["POST"]),
        Route("/discard", studio.discard, methods=["POST"]),
        Route("/commit", studio.commit, methods=["POST"]),
        Route("/release", studio.release, methods=["POST"]),
        Route("/bump", studio.bump_form, methods=["GET"]),
        Route("/bump", studio.bump, methods=["POST"]),
        Route("/diff", studio.diff),
        Mount("/static", StaticFiles(directory=STATIC_DIR), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={Exception: _internal})
    return Guard(app, keys)
