"""The studio's pages as HTML: the layout, the forms, the editor's frame,
the panels an edit answers with, the diff and conflict pages.

Every value from a file or a request goes through `esc` (render/html.py) or, for rendered
HTML, through the site's sanitiser; no page holds an inline script, style or event handler
(the CSP forbids them), so behaviour lives in static/studio.js.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from susi_spec.problems import Problem, Severity
from susi_spec.render.html import attr, esc
from susi_spec.studio.security import CSRF_FIELD

STATIC = "/static"
SEVERITIES = {
    Severity.ERROR: ("Fejl", "Error"),
    Severity.WARNING: ("Advarsel", "Warning"),
    Severity.TODO: ("Mangler", "To do"),
    Severity.NOTE: ("Note", "Note"),
}


def t(lang: str, da: str, en: str) -> str:
    """The text in the studio's language."""
    return en if lang == "en" else da


def layout(title: str, body: str, lang: str, csrf: str, *, editor: bool = False) -> str:
    """A whole page: the studio's own scripts and styles only (the CSP allows no other);
    the CSRF token in a meta tag for the scripts' requests."""
    home = t(lang, "Alle beskrivelser", "All descriptions")
    styles = ["studio.css"] + (["vendor/easymde/easymde.min.css", "editor.css"] if editor else [])
    scripts = (["vendor/easymde/easymde.min.js", "editor.js"] if editor else []) + ["studio.js"]
    return (
        f'<!doctype html>\n<html lang="{esc(lang)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="csrf-token" content="{esc(csrf)}">'
        f"<title>{esc(title)} · susi studio</title>"
        + "".join(f'<link rel="stylesheet" href="{STATIC}/{name}">' for name in styles)
        + "".join(f'<script src="{STATIC}/{name}" defer></script>' for name in scripts)
        + "</head><body>"
        f'<a class="skip" href="#main">{t(lang, "Gå til indholdet", "Skip to content")}</a>'
        f'<header class="top"><a href="/" class="brand">susi studio</a>'
        f'<nav aria-label="{t(lang, "Studiet", "Studio")}"><a href="/">{home}</a></nav></header>'
        f'<main id="main"><h1>{esc(title)}</h1>{body}</main>'
        "</body></html>\n"
    )


def csrf_field(csrf: str) -> str:
    return f'<input type="hidden" name="{CSRF_FIELD}" value="{esc(csrf)}">'


def message(text: str, kind: str = "info") -> str:
    """A notice; `role=alert` for a refusal, so a screen reader says it at once."""
    role = "alert" if kind == "error" else "status"
    return f'<div class="notice {esc(kind)}" role="{role}"><p>{esc(text)}</p></div>'


def file_query(relative: str) -> str:
    from urllib.parse import urlencode

    return esc(urlencode({"file": relative}))


def new_spec_form(lang: str, csrf: str, error: str = "", spec_id: str = "", title: str = "") -> str:
    return (
        (message(error, "error") if error else "")
        + f'<form method="post" action="/new" class="form">{csrf_field(csrf)}'
        + _text_field(
            "title",
            t(lang, "Titel", "Title"),
            title,
            t(lang, "Indsatsens navn, fx «Min indsats».", "The intervention's name."),
        )
        + _text_field(
            "spec_id",
            t(lang, "Id (adressen på sitet)", "Id (the address on the site)"),
            spec_id,
            t(
                lang,
                "Små bogstaver, tal og bindestreg, fx min-indsats (æ→ae, ø→oe, å→aa).",
                "Lowercase letters, digits and hyphens, e.g. my-intervention.",
            ),
        )
        + f'<button type="submit">{t(lang, "Opret", "Create")}</button></form>'
    )


def new_local_form(lang: str, csrf: str, specs: Iterable[tuple[str, str]], error: str = "") -> str:
    """`specs`: (id, title) of the specs with a release. The place is one of the 98."""
    from susi_spec.model.municipalities import MUNICIPALITIES

    spec_options = "".join(f'<option value="{esc(i)}">{esc(title)}</option>' for i, title in specs)
    places = "".join(
        f'<option value="{esc(m.id)}">{esc(m.name)}</option>'
        for m in sorted(MUNICIPALITIES, key=lambda m: m.name)
    )
    return (
        (message(error, "error") if error else "")
        + f'<form method="post" action="/new-local" class="form">{csrf_field(csrf)}'
        + f'<div class="field"><label for="spec">{t(lang, "Indsats", "Intervention")}</label>'
        + f'<select id="spec" name="spec" required>{spec_options}</select></div>'
        + f'<div class="field"><label for="place">{t(lang, "Kommune", "Municipality")}</label>'
        + f'<select id="place" name="place" required>{places}</select></div>'
        + f'<button type="submit">{t(lang, "Opret", "Create")}</button></form>'
    )


def _text_field(name: str, label: str, value: str, hint: str) -> str:
    return (
        f'<div class="field"><label for="{name}">{esc(label)}</label>'
        f'<input id="{name}" name="{name}" type="text" required value="{esc(value)}" '
        f'aria-describedby="{name}-hint"><p class="hint" id="{name}-hint">{esc(hint)}</p></div>'
    )


# -- the editor ----------------------------------------------------------------------------


@dataclass(frozen=True)
class EditorState:
    """What the editor page and each edit's answer show about a draft."""

    relative: str
    base: str
    dirty: bool
    ops: list[dict[str, object]]
    problems: list[Problem]
    demands: list[Problem]
    preview: str  # sanitised HTML
    label: str  # "v0"
    status: str
    is_spec: bool


def editor_page(state: EditorState, form: str, lang: str, csrf: str) -> str:
    """The editor: the forms, the panels beside them and the actions below."""
    data = (
        f'id="editor" class="editor"{attr("data-file", state.relative)}'
        f"{attr('data-base', state.base)}"
    )
    return (
        f'<p class="path">{esc(state.relative)}</p>'
        f"{actions(state, lang, csrf)}"
        f'<div class="columns"><section {data} aria-label="{t(lang, "Redigér", "Edit")}">'
        f"{form}</section>"
        f"{panels(state, lang)}</div>"
    )


def actions(state: EditorState, lang: str, csrf: str) -> str:
    file = csrf_field(csrf) + f'<input type="hidden" name="file" value="{esc(state.relative)}">'
    label = state.label
    parts = [
        f'<form method="post" action="/save" class="inline">{file}'
        f'<button type="submit" id="save">{t(lang, "Gem", "Save")}</button></form>',
        f'<form method="post" action="/commit" class="inline commit">{file}'
        f'<label for="commit-message">{t(lang, "Hvad har du ændret?", "What did you change?")}</label>'
        f'<input id="commit-message" name="message" type="text" required>'
        f'<button type="submit" id="commit">{t(lang, "Gem og registrér", "Save and record")}</button></form>',
        f'<a class="button" href="/diff?{file_query(state.relative)}">{t(lang, "Hvad er ændret?", "What has changed?")}</a>',
        f'<form method="post" action="/discard" class="inline">{file}'
        f'<button type="submit" id="discard" class="quiet">{t(lang, "Kassér ændringer", "Discard changes")}</button></form>',
    ]
    if state.is_spec:
        if state.status == "released":
            parts.append(
                f'<a class="button" id="bump" href="/bump?{file_query(state.relative)}">'
                f"{t(lang, 'Start næste version', 'Start the next version')}</a>"
            )
        else:
            parts.append(
                f'<form method="post" action="/release" class="inline">{file}'
                f'<button type="submit" id="release">{t(lang, f"Frigiv {label}", f"Release {label}")}</button></form>'
            )
    return f'<div class="actions" role="group" aria-label="{t(lang, "Handlinger", "Actions")}">{"".join(parts)}</div>'


def panels(state: EditorState, lang: str) -> str:
    """Beside the editor: the draft's state, the problems, what the release needs and the
    preview; an edit's answer replaces it whole (by its id, `studio-side`)."""
    saved = (
        t(lang, "Ændringer, der ikke er gemt", "Unsaved changes")
        if state.dirty
        else t(lang, "Alt er gemt", "Everything is saved")
    )
    # The operations since the text on disk, for the browser to keep (studio.js).
    state_div = (
        f'<div id="studio-state" role="status"{attr("data-base", state.base)}'
        f"{attr('data-dirty', 'true' if state.dirty else 'false')}"
        f"{attr('data-ops', json.dumps(state.ops, ensure_ascii=False))}>{esc(saved)}</div>"
    )
    problems = _problem_list(state.problems, lang)
    needs = (
        _problem_list(state.demands, lang)
        if state.demands
        else f"<p>{t(lang, 'Intet: versionen kan frigives.', 'Nothing: the version can be released.')}</p>"
    )
    title_problems = t(lang, "Problemer", "Problems")
    title_needs = t(
        lang,
        f"Det mangler {state.label} før frigivelse",
        f"What {state.label} needs before release",
    )
    return (
        '<aside id="studio-side" class="side">'
        + (
            state_div + f'<section id="studio-problems" aria-labelledby="h-problems">'
            f'<h2 id="h-problems">{title_problems}</h2>{problems}</section>'
            + (
                f'<section id="studio-demands" aria-labelledby="h-demands">'
                f'<h2 id="h-demands">{esc(title_needs)}</h2>{needs}</section>'
                if state.is_spec
                else ""
            )
            + f'<section id="studio-preview" aria-labelledby="h-preview">'
            f'<h2 id="h-preview">{t(lang, "Sådan ser siden ud", "How the page looks")}</h2>'
            f'<div class="preview">{state.preview}</div></section>'
        )
        + "</aside>"
    )


def _problem_list(problems: Sequence[Problem], lang: str) -> str:
    if not problems:
        return f"<p>{t(lang, 'Ingen.', 'None.')}</p>"
    items = []
    for problem in problems:
        word = SEVERITIES[problem.severity][1 if lang == "en" else 0]
        where = t(lang, f"linje {problem.line}", f"line {problem.line}")
        items.append(
            f'<li class="problem {problem.severity.value}">'
            f'<span class="severity">{esc(word)}</span> {esc(problem.message(lang))} '
            f'<span class="where">({esc(problem.code)}, {esc(where)})</span></li>'
        )
    return f'<ul class="problem-list">{"".join(items)}</ul>'


# -- other pages ---------------------------------------------------------------------------


def diff_page(relative: str, reports: Sequence[tuple[str, str]], lang: str) -> str:
    """The `susi diff` HTML reports (already sanitised), each under its heading."""
    parts = [f'<p class="path">{esc(relative)}</p>']
    for heading, report in reports:
        parts.append(f'<section class="report"><h2>{esc(heading)}</h2>{report}</section>')
    parts.append(
        f'<p><a href="/edit?{file_query(relative)}">{t(lang, "Tilbage til redigering", "Back to editing")}</a></p>'
    )
    return "".join(parts)


def conflict_page(relative: str, report: str, lang: str, csrf: str) -> str:
    """The file changed on disk since the draft began: both versions, and a choice."""
    file = csrf_field(csrf) + f'<input type="hidden" name="file" value="{esc(relative)}">'
    intro = t(
        lang,
        "Filen er ændret uden for studiet, efter du begyndte at redigere. Herunder ser du "
        "forskellen mellem filen, som den er nu, og dine ændringer. Vælg, hvad der skal gælde.",
        "The file was changed outside the studio after you began editing. Below is the "
        "difference between the file as it is now and your changes. Choose which one counts.",
    )
    return (
        f'<p class="path">{esc(relative)}</p>{message(intro, "warning")}'
        f'<section class="report"><h2>{t(lang, "Forskellen", "The difference")}</h2>{report}</section>'
        f'<div class="actions"><form method="post" action="/resolve" class="inline">{file}'
        f'<button type="submit" name="choice" value="mine" id="keep-mine">{t(lang, "Behold mine", "Keep mine")}</button>'
        f'<button type="submit" name="choice" value="theirs" id="take-theirs">{t(lang, "Tag filens", "Take the file’s")}</button>'
        "</form></div>"
    )


def bump_form(
    relative: str, label: str, milestone: str, phase: str, lang: str, csrf: str, final: bool
) -> str:
    """Ask the milestone and phase of the next version (SUSI's proposal filled in)."""
    from susi_spec.release.scheme import PHASES
    from susi_spec.render.site_terms import PHASES as PHASES_DA

    options = "".join(
        f'<option value="{esc(p)}"{" selected" if p == phase else ""}>{esc(PHASES_DA.get(p, p) if lang != "en" else p)}</option>'
        for p in PHASES
    )
    final_box = (
        f'<div class="field check"><input type="checkbox" id="final" name="final" value="1"{" checked" if final else ""}>'
        f'<label for="final">{t(lang, "Næste version er final (efter afprøvningen)", "The next version is final (after the pilot)")}</label></div>'
    )
    return (
        f"<p>{esc(t(lang, f'Næste version bliver {label}. SUSI-skemaets forslag er udfyldt.', f'The next version will be {label}. The SUSI scheme proposal is filled in.'))}</p>"
        f'<form method="post" action="/bump" class="form">{csrf_field(csrf)}'
        f'<input type="hidden" name="file" value="{esc(relative)}">'
        + _text_field(
            "milestone",
            t(lang, "Milepæl", "Milestone"),
            milestone,
            t(
                lang,
                "Den milepæl, versionen afslutter, fx «Metodeseminar 1».",
                "The milestone the version ends with.",
            ),
        )
        + f'<div class="field"><label for="phase">{t(lang, "Fase", "Phase")}</label><select id="phase" name="phase">{options}</select></div>'
        + final_box
        + f'<button type="submit">{t(lang, "Start næste version", "Start the next version")}</button></form>'
    )
