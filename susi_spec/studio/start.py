"""The start page and the forms that create a file: every spec and local implementation
with its version, status, what it still needs before release and its last commit; a new
description; a new local implementation (the place one of the 98 municipalities)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import Response

from susi_spec.errors import SusiError
from susi_spec.labels import version_label
from susi_spec.studio import pages
from susi_spec.studio.app import Studio, form_of
from susi_spec.studio.drafts import Checked, Unreadable, read_text
from susi_spec.studio.forms.vocab import word
from susi_spec.studio.pages import t


async def start(studio: Studio, request: Request) -> Response:
    ws = studio.workspace
    with ws.lock:
        found = [(path, row(studio, path)) for path in ws.files() if path.is_file()]
    # A local file, a record, names its spec by id: the row shows the spec's title (of a
    # spec that validated: one that did not is named by its path, version "?").
    titles = {p.parent.name: r.title for p, r in found if r.kind == "spec" and r.version != "?"}
    rows = [replace(r, parent=titles.get(r.parent, r.parent)) for _, r in found]
    title = t(studio.lang, "Indsatsbeskrivelser", "Intervention descriptions")
    page = studio.page(title, pages.start_page(rows, studio.lang))
    page.background = BackgroundTask(studio.warm)  # the editor's machinery, once served
    return page


def row(studio: Studio, path: Path) -> pages.Row:
    """One file's line: what its check says (its draft's, when it has one)."""
    ws = studio.workspace
    draft = ws.drafts.get(path)
    relative = ws.relative(path)
    try:
        checked = ws.check(path, draft.text if draft else read_text(path, relative))
    except Unreadable:
        # One error: opening the file says what is wrong with it and what to do.
        kind, title, version, status, parent, place = _by_path(relative, path)
        return pages.Row(relative, kind, title, version, status, 0, 1, "", parent=parent)
    commit = ws.last_commit(path)
    kind, title, version, status, parent, place = _what(checked, relative, path, studio.lang)
    return pages.Row(
        relative,
        kind,
        title,
        version,
        status,
        # The release's list (a draft's to-do list made errors), else the to-do list.
        needs=max(len(checked.demands), sum(p.severity.value == "todo" for p in checked.problems)),
        errors=sum(p.severity.value == "error" for p in checked.problems),
        last=commit.date.date().isoformat() if commit else "",
        unsaved=draft is not None,
        parent=parent,
        place=place,
    )


def _what(
    checked: Checked, relative: str, path: Path, lang: str
) -> tuple[str, str, str, str, str, str]:
    """Kind, title, version, status, the spec it belongs to and the place, as the row shows."""
    if checked.spec is not None:
        spec = checked.spec
        return "spec", spec.title, version_label(spec.version), spec.status, "", ""
    if checked.local is not None:
        local = checked.local
        title = local.title or local.place
        return "local", title, version_label(local.based_on), "", local.spec, ""
    if checked.cycles is not None:
        cycles = checked.cycles
        latest = version_label(cycles.cycles[-1].version) if cycles.cycles else ""
        return "cycles", word("cycles", lang), latest, "", cycles.spec, ""
    if checked.follow_up is not None:
        follow_up = checked.follow_up
        title = word("results", lang) + f" {follow_up.date.isoformat()}"
        based_on = version_label(follow_up.based_on)
        return "results", title, based_on, "", follow_up.spec, follow_up.place
    return _by_path(relative, path)


def _by_path(relative: str, path: Path) -> tuple[str, str, str, str, str, str]:
    """A file whose shape is wrong, or that cannot be read: named by its path, its kind
    told by its name."""
    kind = "local" if path.name != "index.md" else "spec"
    return kind, relative, "?", "", path.parent.parent.name, ""


async def new_form(studio: Studio, request: Request) -> Response:
    title = t(studio.lang, "Ny beskrivelse", "New description")
    return studio.page(title, pages.new_spec_form(studio.lang, studio.keys.csrf))


async def new_create(studio: Studio, request: Request) -> Response:
    from susi_spec.local.create import new_spec

    form = await form_of(request)
    spec_id, title = form.get("spec_id", "").strip(), form.get("title", "")
    ws, lang = studio.workspace, studio.lang
    try:
        with ws.lock:
            target = new_spec(ws.config, spec_id, title, lang, lambda note: None)
    except SusiError as error:
        body = pages.new_spec_form(lang, studio.keys.csrf, error.text.get(lang), spec_id, title)
        return studio.page(t(lang, "Ny beskrivelse", "New description"), body, 400)
    relative = ws.relative(target)
    studio.notice(
        relative,
        t(
            lang,
            "Beskrivelsen er oprettet som v0-udkast.",
            "The description was created as a v0 draft.",
        ),
    )
    return studio.to_editor(relative)


def _released_specs(studio: Studio) -> list[tuple[str, str]]:
    """(id, title) of each spec with a release: what a local implementation may follow."""
    ws = studio.workspace
    found = []
    for path in ws.files():
        if path.name != "index.md":
            continue
        history = ws.history(path)
        if history is not None and history[1].releases:
            found.append((history[1].spec_id, history[1].releases[-1].spec.title))
    return found


async def new_local_form(studio: Studio, request: Request, error: str = "") -> Response:
    lang = studio.lang
    with studio.workspace.lock:
        specs = _released_specs(studio)
    title = t(lang, "Ny lokal udmøntning", "New local implementation")
    if not specs:
        error = error or t(
            lang,
            "Ingen beskrivelse er frigivet endnu. En lokal udmøntning bygger på en frigivet version.",
            "No description is released yet. A local implementation follows a released version.",
        )
    body = pages.new_local_form(lang, studio.keys.csrf, specs, error)
    return studio.page(title, body, 400 if request.method == "POST" else 200)


async def new_local_create(studio: Studio, request: Request) -> Response:
    from susi_spec.local.create import new_local

    form = await form_of(request)
    ws, lang = studio.workspace, studio.lang
    try:
        with ws.lock:
            target, label, _ = new_local(
                ws.config, form.get("spec", ""), form.get("place", ""), None, lambda note: None
            )
    except SusiError as error:
        return await new_local_form(studio, request, error.text.get(lang))
    relative = ws.relative(target)
    studio.notice(
        relative,
        t(
            lang,
            f"Den lokale udmøntning er oprettet og bygger på {label}.",
            f"The local implementation was created; it follows {label}.",
        ),
    )
    return studio.to_editor(relative)
