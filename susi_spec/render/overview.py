"""The overview at the top of a spec page: what a reader comes for, one tap away.

Under the header's facts (version, status, date): the core elements with their levels (linking to their cards), what
changed since the release before (linking to the changes page), the places that carry the
intervention out (linking to their pages) and the downloads.
"""

from __future__ import annotations

from susi_spec.render.addresses import changes_address, local_address, relative
from susi_spec.render.element_cards import level_badge
from susi_spec.render.html import esc, heading_md, tag, text_tag
from susi_spec.render.model import SiteOptions, SpecRecord, VersionView
from susi_spec.render.site_terms import place_name, version_name

ANCHOR = "overblik"
_SHOWN_CHANGES = 3  # the first entries of `changes`; the rest are on the changes page


def render_overview(
    record: SpecRecord,
    view: VersionView,
    here: str,
    options: SiteOptions,
    *,
    downloads: str = "",
    places: bool = False,
) -> list[str]:
    """The overview's heading and block; `downloads` is the anchor of the page's downloads."""
    parts: list[str] = []
    elements = "".join(
        f'<li><a href="#{esc(e.id)}">{esc(e.title)}</a> {level_badge(e.level)}</li>'
        for e in view.spec.core_elements
    )
    if elements:
        parts.append(_part("Kerneelementer", tag("ul", elements, "susi-overview__elements")))
    parts.append(_changes(record, view, here))
    if places and record.locals:
        items = "".join(
            f'<li><a href="{relative(here, local_address(record.spec_id, local.place))}">'
            f"{esc(local.local.provider or place_name(local.place, options.place_names))}</a> "
            f"<small>følger {esc(version_name(local.based_on))}</small></li>"
            for local in record.locals
        )
        parts.append(_part("Lokale udmøntninger", tag("ul", items)))
    if downloads:
        link = f'<a href="#{downloads}">Troskabstjekliste, praksisprofil og data</a>'
        parts.append(_part("Hent", tag("p", link)))
    block = tag("div", "".join(p for p in parts if p), "susi-overview", data_search_exclude="1")
    # Left out of search, heading and all: its links say again what the page says in full.
    return [heading_md(2, "Overblik", ANCHOR, attrs='data-search-exclude="1"'), block]


def _part(title: str, body: str) -> str:
    return tag("section", text_tag("h3", title) + body, "susi-overview__part")


def _changes(record: SpecRecord, view: VersionView, here: str) -> str:
    """What this version changed since the release before it, and where to read it all."""
    labels = [r.label for r in record.releases]
    if view.label in labels:
        index = labels.index(view.label)
        previous = labels[index - 1] if index else None
    else:  # a draft: it changes the latest release
        previous = labels[-1] if labels else None
    if previous is None:
        return ""
    items = "".join(f"<li>{esc(c.what)}</li>" for c in view.spec.changes[:_SHOWN_CHANGES])
    more = len(view.spec.changes) - _SHOWN_CHANGES
    if view.label in labels:
        target = relative(here, changes_address(record.spec_id, previous, view.label))
        link = f"Se alle ændringer fra {esc(previous)} til {esc(view.label)}"
    else:
        target, link = "#versioner", "Se versionerne og ændringerne"
    body = tag("ul", items, "susi-overview__changes") if items else ""
    if more > 0:
        body += text_tag("p", f"… og {more} til.", "susi-hint")
    body += tag("p", f'<a href="{target}">{link}</a>')
    return _part(f"Ændret siden {version_name(previous)}", body)
