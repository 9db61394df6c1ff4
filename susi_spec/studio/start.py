"""The start page and the forms that create a file: every spec and local implementation
with its version, status, what it still needs before release and its last commit; a new
description; a new local implementation (the place one of the 98 municipalities)."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Hashable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from susi_spec.errors import SusiError
from susi_spec.labels import version_label
from susi_spec.loading.document import parse_document
from susi_spec.studio import pages, start_page
from susi_spec.studio.app import Studio, form_of
from susi_spec.studio.drafts import digest, read_text
from susi_spec.studio.pages import t
from susi_spec.studio.words import word

if TYPE_CHECKING:
    from susi_spec.studio.drafts import Checked

# Where the files lie (specs/<id>/index.md, cycles.md beside it, local/<place>.md and
# local/<place>/opfoelgning/<date>.md): the first answer's list, found without importing
# the check (checks/discovery.py, whose list replaces this one once the check is done).
LAYOUTS = ("*/index.md", "*/cycles.md", "*/local/*.md", "*/local/*/opfoelgning/*.md")


async def start(studio: Studio, request: Request) -> Response:
    """The start page at once: what names each file, read from its front matter and the git
    log; what it still needs is filled in by the check, which runs after the answer
    (studio.js asks `/api/start`). Without scripts, `?checked=1` waits for the check."""
    if request.query_params.get("checked"):
        rows = await run_in_threadpool(checked_rows, studio)
    else:
        rows = known_rows(studio) or glance_rows(studio)
    title = t(studio.lang, "Indsatsbeskrivelser", "Intervention descriptions")
    page = studio.page(title, start_page.start_page(rows, studio.lang))
    pending = any(row.needs is None for row in rows)
    # The check (when the page waits for it), then the editor's machinery, once served.
    page.background = BackgroundTask(studio.warm, _fill if pending else None)
    return page


async def api_start(studio: Studio, request: Request) -> Response:
    """`GET /api/start`: every row as the check has it, each as the page's cells."""
    rows = await run_in_threadpool(checked_rows, studio)
    lang = studio.lang
    found = [{"file": row.relative, "cells": start_page.start_cells(row, lang)} for row in rows]
    return JSONResponse({"rows": found})


def checked_rows(studio: Studio) -> list[start_page.Row]:
    """Every file's row as its check says: the rows last checked while nothing they were
    made of has changed (the files, the drafts, git's HEAD and tags, the day), else
    checked now."""
    ws = studio.workspace
    with ws.lock:
        paths = [path for path in ws.files() if path.is_file()]
        key, texts = _state(studio, paths)
        known = studio.overview
        if known is not None and known[0] == key:
            return list(known[1])
        rows = _named([(path, row(studio, path, texts[path])) for path in paths])
        studio.overview = (key, rows)
        return rows


def known_rows(studio: Studio) -> list[start_page.Row] | None:
    """The rows last checked, if nothing changed since and no check runs now; else None."""
    ws = studio.workspace
    if studio.overview is None or not ws.lock.acquire(blocking=False):
        return None
    try:
        paths = [path for path in ws.files() if path.is_file()]
        key, _ = _state(studio, paths)
        return list(studio.overview[1]) if studio.overview[0] == key else None
    finally:
        ws.lock.release()


def _fill(studio: Studio) -> None:
    # Only a head start: the page's own request checks again and says what fails.
    with contextlib.suppress(Exception):
        checked_rows(studio)


def _state(studio: Studio, paths: Sequence[Path]) -> tuple[Hashable, dict[Path, str | None]]:
    """What the rows are made of, and each file's text (its draft's; None: unreadable)."""
    ws = studio.workspace
    texts: dict[Path, str | None] = {}
    for path in paths:
        draft = ws.drafts.get(path)
        try:
            texts[path] = draft.text if draft else read_text(path, ws.relative(path))
        except SusiError:
            texts[path] = None
    files = tuple(
        (ws.relative(path), digest(text) if text is not None else "", path in ws.drafts)
        for path, text in texts.items()
    )
    return (ws.head(), dt.date.today(), files), texts


def _named(found: Sequence[tuple[Path, start_page.Row]]) -> list[start_page.Row]:
    """A local file, a record, names its spec by id: the row shows the spec's title (of a
    spec that validated: one that did not is named by its path, version "?")."""
    titles = {p.parent.name: r.title for p, r in found if r.kind == "spec" and r.version != "?"}
    return [replace(r, parent=titles.get(r.parent, r.parent)) for _, r in found]


def row(studio: Studio, path: Path, text: str | None) -> start_page.Row:
    """One file's line: what its check says (its draft's, when it has one)."""
    ws = studio.workspace
    draft = ws.drafts.get(path)
    relative = ws.relative(path)
    if text is None:
        # One error: opening the file says what is wrong with it and what to do.
        kind, title, version, status, parent, place = _by_path(relative, path)
        return start_page.Row(relative, kind, title, version, status, 0, 1, "", parent=parent)
    checked = ws.check(path, text)
    kind, title, version, status, parent, place = _what(checked, relative, path, studio.lang)
    return start_page.Row(
        relative,
        kind,
        title,
        version,
        status,
        # The release's list (a draft's to-do list made errors), else the to-do list.
        needs=max(len(checked.demands), sum(p.severity.value == "todo" for p in checked.problems)),
        errors=sum(p.severity.value == "error" for p in checked.problems),
        last=_last(studio, path),
        unsaved=draft is not None,
        parent=parent,
        place=place,
    )


def glance_rows(studio: Studio) -> list[start_page.Row]:
    """Every file's row from its front matter's top keys and the git log, what it needs
    left to the check (`needs` None)."""
    ws = studio.workspace
    if not ws.specs.is_dir():
        return []
    with ws.lock:
        found = sorted(
            {path.resolve() for pattern in LAYOUTS for path in ws.specs.glob(pattern)},
            key=lambda path: (path.name != "index.md", path),
        )
        rows = []
        for path in found:
            if not path.is_file():
                continue
            relative = ws.relative(path)
            draft = ws.drafts.get(path)
            try:
                text = draft.text if draft else read_text(path, relative)
            except SusiError:
                text = None
            front = (parse_document(text.encode("utf-8"), relative).front if text else None) or {}
            kind, title, version, status, parent, place = glance(front, relative, path, studio.lang)
            last = _last(studio, path)
            unsaved = draft is not None
            row = start_page.Row(relative, kind, title, version, status, None, 0, last, unsaved)
            rows.append((path, replace(row, parent=parent, place=place)))
    return _named(rows)


def glance(
    front: dict[str, Any], relative: str, path: Path, lang: str
) -> tuple[str, str, str, str, str, str]:
    """Kind, title, version, status, spec and place as the front matter's top keys have
    them; a file whose keys are not there, or not text, is named by its path (the check
    then says why)."""

    def text(key: str) -> str | None:
        value = front.get(key)
        return value if isinstance(value, str) and value.strip() else None

    def version(value: object) -> str | None:
        if isinstance(value, bool) or not (isinstance(value, int) or value == "final"):
            return None
        return version_label(value)

    schema = text("schema") or ""
    spec, place = text("spec") or "", text("place") or ""
    if (
        path.name == "index.md"
        and (title := text("title"))
        and (v := version(front.get("version")))
    ):
        return "spec", title, v, text("status") or "", "", ""
    if (
        schema.startswith("susi-local/")
        and spec
        and place
        and (v := version(front.get("based_on")))
    ):
        return "local", text("title") or place, v, "", spec, ""
    if schema.startswith("susi-cycles/") and spec and isinstance(front.get("cycles"), list):
        cycles = [c for c in front["cycles"] if isinstance(c, dict)]
        latest = (version(cycles[-1].get("version")) if cycles else None) or ""
        return "cycles", word("cycles", lang), latest, "", spec, ""
    date = front.get("date")
    if schema.startswith("susi-results/") and spec and place and isinstance(date, dt.date):
        title = word("results", lang) + f" {date.isoformat()}"
        return "results", title, version(front.get("based_on")) or "", "", spec, place
    return _by_path(relative, path)


def _last(studio: Studio, path: Path) -> str:
    """When the file was last committed, as the row shows it ("" when never)."""
    commit = studio.workspace.last_commit(path)
    return commit.date.date().isoformat() if commit else ""


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
