"""The spec page's table of local implementations: core elements × places.

A row per core element of the current model, a column per place (few places take part in
a spec, and a row then reads as "how do the municipalities do this?"); each cell has the
place's choices and the first sentence of its practice, with its marks, and links to the
full text on the place's page. The column heading says which version the place follows.
"""

from __future__ import annotations

from susi_spec.model import CoreElement
from susi_spec.render.addresses import local_address, relative
from susi_spec.render.element_cards import level_badge
from susi_spec.render.html import REFLOW, esc, heading_md, tag, text_tag
from susi_spec.render.local_marks import (
    carried,
    changed_ids,
    changed_mark,
    choice_items,
    deviation_marks,
    due_mark,
    local_count,
    mark,
    missing_mark,
    shorten,
)
from susi_spec.render.model import LocalView, SiteOptions, SpecRecord
from susi_spec.render.site_terms import place_name, version_name

ANCHOR = "lokale-udmoentninger"


def render_local_table(record: SpecRecord, here: str, options: SiteOptions) -> list[str]:
    """The section "Lokale udmøntninger" for the spec page at `here`; [] without any."""
    elements = record.current.spec.core_elements
    if not record.locals or not elements:
        return []
    hint = (
        f"{local_count(record).capitalize()} har beskrevet, hvordan de udfører indsatsen. "
        "Hver celle viser kort kommunens valg og praksis, vurderet efter den version, kommunen "
        "følger; navnet fører til hele beskrivelsen."
    )
    head = text_tag("th", "Kerneelement", scope="col") + "".join(
        tag("th", _place_heading(record, view, here, options), scope="col")
        for view in record.locals
    )
    rows = []
    for element in elements:
        title = f'<a href="#{esc(element.id)}">{esc(element.title)}</a> ' + level_badge(
            element.level
        )
        cells = "".join(
            tag(
                "td",
                _cell(view, element, relative(here, local_address(record.spec_id, view.place))),
                data_label=f"{_place(view, options)} (følger {version_name(view.based_on)})",
            )
            for view in record.locals
        )
        rows.append(f"<tr>{tag('th', title, scope='row')}{cells}</tr>")
    table = tag(
        "table",
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody>",
        f"susi-table susi-locals {REFLOW}",
        data_search_exclude="1",  # each place's page is in search with the full text
    )
    return [
        heading_md(2, "Lokale udmøntninger", ANCHOR),
        tag("div", text_tag("p", hint, "susi-hint") + table, "susi-section"),
    ]


def _place_heading(record: SpecRecord, view: LocalView, here: str, options: SiteOptions) -> str:
    href = relative(here, local_address(record.spec_id, view.place))
    parts = f'<a href="{href}">{esc(_place(view, options))}</a>'
    parts += text_tag("span", f"følger {version_name(view.based_on)}", "susi-locals__version")
    if view.due and view.latest:
        parts += due_mark(view.latest)
    return parts


def _place(view: LocalView, options: SiteOptions) -> str:
    return view.local.provider or place_name(view.place, options.place_names)


def _cell(view: LocalView, element: CoreElement, page: str) -> str:
    item = carried(view, element)
    if item.new:
        return mark(f"Ikke i {view.based_on}", "new", "Kerneelementet er kommet til siden.")
    adaptation = item.adaptation
    if adaptation is None or item.missing:
        return missing_mark()
    parts = []
    if view.latest and element.id in changed_ids(view):
        parts.append(changed_mark(view.latest))
    if adaptation.choice:
        parts.append(
            tag("ul", choice_items(item.element, adaptation.choice), "susi-locals__choice")
        )
    how = shorten(adaptation.how or "")
    parts.append(tag("p", f'{esc(how)} <a href="{page}#{esc(item.element.id)}">Læs mere</a>'))
    parts.append(deviation_marks(item.element, adaptation))
    return "".join(parts)
