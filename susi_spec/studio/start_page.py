"""The studio's start page: a row per file, and the cells the check fills in later."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from susi_spec.labels import STATUS_NAMES
from susi_spec.model.municipalities import place_title
from susi_spec.render.html import esc
from susi_spec.studio.pages import file_query, t


@dataclass(frozen=True)
class Row:
    """One file on the start page."""

    relative: str
    kind: str  # "spec" | "local" | "cycles" | "results" (a follow-up)
    title: str
    version: str
    status: str
    needs: int | None  # what the version still needs before release; None: being checked
    errors: int
    last: str  # when it was last committed, or ""
    unsaved: bool = False
    parent: str = ""  # a local file's, a record's spec title
    place: str = ""  # a follow-up's place


def status_word(status: str, lang: str) -> str:
    """A status standing alone, in `lang`: `Udkast`, `Released`."""
    names = STATUS_NAMES.get(status)
    if names is None:
        return status
    word = names[1] if lang == "en" else names[0]
    return word[:1].upper() + word[1:]


START_HEADS = (
    ("Beskrivelse", "Description"),
    ("Version", "Version"),
    ("Status", "Status"),
    ("Mangler før frigivelse", "Needed before release"),
    ("Sidst registreret", "Last recorded"),
)


def start_page(rows: Sequence[Row], lang: str) -> str:
    """Every spec and local implementation: version, status, needs, the last commit. A row
    still being checked says so; studio.js fills it in from `/api/start` (`start_rows`),
    and without scripts a link asks for the page again once the check is done."""
    head = "".join(f'<th scope="col">{t(lang, da, en)}</th>' for da, en in START_HEADS)
    lines = [
        f'<tr data-file="{esc(row.relative)}">{"".join(start_cells(row, lang))}</tr>'
        for row in rows
    ]
    pending = any(row.needs is None for row in rows)
    table = (
        f'<table class="files"{" data-pending" if pending else ""}><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(lines)}</tbody></table>"
        if lines
        else f"<p>{t(lang, 'Der er ingen beskrivelser endnu.', 'There are no descriptions yet.')}</p>"
    )
    later = (
        '<noscript><p><a href="/?checked=1">'
        + t(lang, "Vis, hvad hver fil mangler", "Show what each file needs")
        + "</a> "
        + t(
            lang,
            "(siden kommer, når tjekket er færdigt)",
            "(the page comes when the check is done)",
        )
        + "</p></noscript>"
        if pending
        else ""
    )
    actions = (
        f'<p class="actions"><a class="button" href="/new">{t(lang, "Ny beskrivelse", "New description")}</a> '
        f'<a class="button" href="/new-local">{t(lang, "Ny lokal udmøntning", "New local implementation")}</a></p>'
    )
    return actions + later + table


def start_cells(row: Row, lang: str) -> list[str]:
    """A start-page row's cells, as the page has them and `/api/start` sends them."""
    name = esc(row.title)
    if row.kind == "local":
        name = f'{name} <span class="sub">{t(lang, "lokal udmøntning af", "local implementation of")} {esc(row.parent)}</span>'
    elif row.kind == "cycles":
        name = f'{name} <span class="sub">{t(lang, "for", "of")} {esc(row.parent)}</span>'
    elif row.kind == "results":
        where = esc(place_title(row.place))
        name = f'{name} <span class="sub">{t(lang, f"i {where} af", f"in {where} of")} {esc(row.parent)}</span>'
    unsaved = (
        f' <span class="badge">{t(lang, "ikke gemt", "not saved")}</span>' if row.unsaved else ""
    )
    if row.needs is None:
        # The cell keeps its place (no jump) and is announced when it is filled in.
        failed = t(lang, "Kunne ikke tjekkes: genindlæs siden", "Could not be checked: reload")
        needs = f'<span class="pending" data-failed="{failed}">{t(lang, "Tjekker …", "Checking …")}</span>'
    elif not row.needs:
        needs = t(lang, "intet", "nothing")
    else:
        needs = t(lang, f"{row.needs} ting", f"{row.needs} items")
    if row.errors:
        needs += f' <span class="badge error">{row.errors} {t(lang, "fejl", "errors")}</span>'
    busy = ' aria-busy="true"' if row.needs is None else ""
    return [
        f'<th scope="row"><a href="/edit?{file_query(row.relative)}">{name}</a>{unsaved}</th>',
        f"<td>{esc(row.version)}</td>",
        f"<td>{esc(status_word(row.status, lang))}</td>",
        f'<td class="needs" aria-live="polite"{busy}>{needs}</td>',
        f"<td>{esc(row.last or '–')}</td>",
    ]
