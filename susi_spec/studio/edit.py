"""The editor page and its round trip.

Browser → server protocol of the editor: `POST /api/edit` with JSON
`{"file": <path relative to the project>, "base": <sha256 of the text the editor started
from>, "ops": [...]}`, ops being `{"op": "set", "path": [...], "value": ...}`, `remove`,
`insert` (`index`, `value`), `move` (`from`, `to`), `section` (`key`, `text`) and `rename`
(`path` to a core element, `id`). The answer is JSON, as editor.js takes it:
`{"base", "slots": {suffix: html}, "replace": {id: html}}` (each problem slot's contents,
the panels beside the editor, and the form itself when the operations changed its shape),
or `{"error"}`.
"""

from __future__ import annotations

import json

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from susi_spec.editing import EditError
from susi_spec.errors import SusiError
from susi_spec.render.site_terms import place_name
from susi_spec.studio import actions, editor, pages
from susi_spec.studio.app import Studio
from susi_spec.studio.forms.vocab import word
from susi_spec.studio.pages import t
from susi_spec.studio.security import OutsideSpecs

# Operations that change the form's shape: the answer carries the form anew.
_RESHAPING = frozenset({"insert", "remove", "move", "rename"})


async def edit_page(studio: Studio, request: Request) -> Response:
    relative = request.query_params.get("file", "")
    ws, lang = studio.workspace, studio.lang
    try:
        path = studio.file_of(relative)
        with ws.lock:
            draft = ws.draft(path)
            state, checked = actions.state(ws, draft, lang)
            form = editor.draw(draft, checked.document, checked.problems, checked.common, lang)
    except OutsideSpecs as error:
        return studio.refusal(error, 404)
    notices = "".join(
        pages.message(text, kind) for kind, text in studio.notices.pop(draft.relative, [])
    )
    title = (
        checked.spec.title
        if checked.spec
        else (checked.local.title if checked.local and checked.local.title else draft.relative)
    )
    if checked.cycles is not None or checked.follow_up is not None:
        title = word("cycles", lang)
        if checked.follow_up is not None:
            follow_up = checked.follow_up
            title = word("results", lang)
            title += f" {place_name(follow_up.place)} {follow_up.date.isoformat()}"
    body = notices + pages.editor_page(state, form, lang, studio.keys.csrf)
    return studio.page(title, body, editor=True)


async def api_edit(studio: Studio, request: Request) -> Response:
    """Apply the ops to the draft and answer what changed."""
    lang = studio.lang
    try:
        payload = json.loads(await request.body())
    except (ValueError, UnicodeDecodeError):
        text = t(
            lang,
            "Ændringen kunne ikke læses (ikke JSON).",
            "The change could not be read (not JSON).",
        )
        return _error(text, 400)
    if not isinstance(payload, dict):
        return _error(
            t(lang, "Ændringen har en ukendt form.", "The change has an unknown shape."), 400
        )
    ws = studio.workspace
    try:
        path = studio.file_of(str(payload.get("file", "")))
    except OutsideSpecs as error:
        return _error(error.text.get(lang), 404)
    ops = payload.get("ops", [])
    with ws.lock:
        draft = ws.draft(path)
        if payload.get("base") != draft.base:
            text = t(
                lang,
                "Filen er ændret, siden siden blev åbnet. Genindlæs siden; dine ændringer er gemt i browseren.",
                "The file changed since the page was opened. Reload the page; your changes are kept in the browser.",
            )
            return _error(text, 409)
        try:
            actions.edit(ws, draft, ops)
        except EditError as error:
            return _error(error.get(lang), 422)
        except SusiError as error:
            return _error(error.text.get(lang), 422)
        if editor.reshapes(ops):
            draft.slots = None
        state, checked = actions.state(ws, draft, lang)
        found, form = editor.slots(draft, checked.document, checked.problems, checked.common, lang)
    replace = {"studio-side": pages.panels(state, lang)}
    if form is not None and any(isinstance(o, dict) and o.get("op") in _RESHAPING for o in ops):
        replace["susi-editor"] = form
    return JSONResponse({"base": draft.base, "slots": found, "replace": replace})


def _error(text: str, status: int) -> JSONResponse:
    return JSONResponse({"error": text}, status)
