"""What the editor's buttons do: save (and choose when the file changed meanwhile),
discard, record (commit), release, start the next version, and show what changed.

Each button that changes something answers with the editor again (303), a notice saying
what was done or why not; only a refusal that leaves no editor to go back to is a page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from starlette.requests import Request
from starlette.responses import Response

from susi_spec.errors import SusiError
from susi_spec.problems import Problem, Text
from susi_spec.studio import actions, pages
from susi_spec.studio.app import Studio, form_of
from susi_spec.studio.drafts import Draft
from susi_spec.studio.pages import t
from susi_spec.studio.security import OutsideSpecs

# What a button tells the editor: (kind, text) notices, kind "info" or "error".
Notices = list[tuple[str, Text]]
LANGS = ("da", "en")  # a Text's, in its order
RELEASE_REFUSED = Text(
    "Frigivelsen er afvist: ret fejlene herunder. Intet er ændret.",
    "The release was refused: fix the errors below. Nothing changed.",
)
BUMP_REFUSED = Text(
    "Den frigivne version tjekker ikke rent; ret den først. Intet er ændret.",
    "The released version does not check clean; fix it first. Nothing changed.",
)


async def _draft_of(studio: Studio, request: Request) -> tuple[dict[str, str], Draft]:
    form = await form_of(request)
    path = studio.file_of(form.get("file", ""))
    return form, studio.workspace.draft(path)


async def save(studio: Studio, request: Request) -> Response:
    ws, lang = studio.workspace, studio.lang
    try:
        with ws.lock:
            _, draft = await _draft_of(studio, request)
            on_disk = actions.save(ws, draft)
            if on_disk is not None:
                report = actions.conflict_report(draft, on_disk, lang)
                body = pages.conflict_page(draft.relative, report, lang, studio.keys.csrf)
                title = t(lang, "Filen er ændret et andet sted", "The file was changed elsewhere")
                return studio.page(title, body, 409)
    except OutsideSpecs as error:
        return studio.refusal(error, 404)
    studio.notice(draft.relative, t(lang, "Gemt.", "Saved."))
    return studio.to_editor(draft.relative)


async def resolve(studio: Studio, request: Request) -> Response:
    def act(form: dict[str, str], draft: Draft) -> Notices:
        if form.get("choice") == "mine":
            actions.keep_mine(studio.workspace, draft)
            return [("info", Text("Dine ændringer er gemt.", "Your changes were saved."))]
        actions.take_theirs(studio.workspace, draft)
        return [
            (
                "info",
                Text(
                    "Filens udgave gælder; dine ændringer er kasseret.",
                    "The file's version counts; your changes were discarded.",
                ),
            )
        ]

    return await _button(studio, request, act)


async def discard(studio: Studio, request: Request) -> Response:
    def act(form: dict[str, str], draft: Draft) -> Notices:
        studio.workspace.forget(draft.path)
        return [("info", Text("Ændringerne er kasseret.", "The changes were discarded."))]

    return await _button(studio, request, act)


async def commit(studio: Studio, request: Request) -> Response:
    def act(form: dict[str, str], draft: Draft) -> Notices:
        actions.commit(studio.workspace, draft, form.get("message", ""))
        return [("info", Text("Gemt og registreret.", "Saved and recorded."))]

    return await _button(studio, request, act)


async def release(studio: Studio, request: Request) -> Response:
    def act(form: dict[str, str], draft: Draft) -> Notices:
        return _told(actions.do_release(studio.workspace, draft, dt.date.today()), RELEASE_REFUSED)

    return await _button(studio, request, act)


async def bump(studio: Studio, request: Request) -> Response:
    def act(form: dict[str, str], draft: Draft) -> Notices:
        choice = form.get("milestone", ""), form.get("phase", ""), form.get("final") == "1"
        return _told(actions.do_bump(studio.workspace, draft, *choice), BUMP_REFUSED)

    return await _button(studio, request, act)


def _told(outcome: actions.Outcome, refused: Text) -> Notices:
    """A release's or a bump's notices: the notes on the way, then what was done or the
    problems that stopped it."""
    done, notes, problems = outcome
    told: Notices = [("info", note) for note in notes]
    if not problems:
        return [*told, ("info", done)]
    return [*told, ("error", Text(*(f"{refused.get(x)} {_listed(problems, x)}" for x in LANGS)))]


def _listed(problems: list[Problem], lang: str) -> str:
    where = t(lang, "linje", "line")
    return "; ".join(f"{p.message(lang)} ({where} {p.line})" for p in problems[:20])


async def _button(
    studio: Studio, request: Request, act: Callable[[dict[str, str], Draft], Notices]
) -> Response:
    """A button on the editor: `act` on the posted file's draft, under the lock; back to
    the editor with what it told, or with the refusal of a SusiError (nothing done)."""
    try:
        with studio.workspace.lock:
            form, draft = await _draft_of(studio, request)
            try:
                told = act(form, draft)
            except SusiError as error:
                told = [("error", error.text)]
    except OutsideSpecs as error:
        return studio.refusal(error, 404)
    for kind, text in told:
        studio.notice(draft.relative, text.get(studio.lang), kind)
    return studio.to_editor(draft.relative)


async def bump_form(studio: Studio, request: Request) -> Response:
    relative = request.query_params.get("file", "")
    final = request.query_params.get("final") == "1"
    lang = studio.lang
    try:
        with studio.workspace.lock:
            draft = studio.workspace.draft(studio.file_of(relative))
            label, step = actions.proposal_for(draft, final)
    except OutsideSpecs as error:
        return studio.refusal(error, 404)
    except SusiError as error:
        return studio.refusal(error)
    body = pages.bump_form(
        draft.relative, label, step.milestone, step.phase, lang, studio.keys.csrf, final
    )
    return studio.page(t(lang, "Start næste version", "Start the next version"), body)


async def diff(studio: Studio, request: Request) -> Response:
    relative = request.query_params.get("file", "")
    lang = studio.lang
    try:
        with studio.workspace.lock:
            draft = studio.workspace.draft(studio.file_of(relative))
            reports = actions.diff_reports(studio.workspace, draft, lang)
    except OutsideSpecs as error:
        return studio.refusal(error, 404)
    except SusiError as error:
        return studio.refusal(error)
    body = pages.diff_page(draft.relative, reports, lang)
    return studio.page(t(lang, "Hvad er ændret?", "What has changed?"), body)
