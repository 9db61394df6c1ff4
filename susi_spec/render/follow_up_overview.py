"""The spec page's overview of fidelity in the places: places × core elements.

Each cell is the share of the core element's criteria done at the place's latest
follow-up (partly counting half), on the current version's elements, so a reviewer sees
where a core element is hard to carry out; a row links to the place's follow-up.
"""

from __future__ import annotations

from susi_spec.labels import date_da
from susi_spec.local.follow_ups import carry, share
from susi_spec.render.addresses import local_address, relative
from susi_spec.render.follow_up_page import ANCHOR as PLACE_ANCHOR
from susi_spec.render.html import esc, heading_md, tag, text_tag
from susi_spec.render.model import SiteOptions, SpecRecord
from susi_spec.render.site_terms import place_name

ANCHOR = "troskab-i-kommunerne"


def render_follow_up_overview(record: SpecRecord, here: str, options: SiteOptions) -> list[str]:
    """The section "Troskab i kommunerne"; [] when no place has fidelity results."""
    spec = record.current.spec
    elements = [element for element in spec.core_elements if element.fidelity]
    versions = {release.label: release.spec for release in record.releases}
    rows = []
    for view in record.locals:
        latest = next((f for f in reversed(view.follow_ups) if f.fidelity), None)
        if latest is None:
            continue
        carried = carry(latest, versions, spec)
        name = view.local.provider or place_name(view.place, options.place_names)
        href = relative(here, local_address(record.spec_id, view.place)) + f"#{PLACE_ANCHOR}"
        cells = []
        for element in elements:
            value = share([c for c in carried if c.core_element == element.id])
            cells.append(_cell(value))
        rows.append(
            f'<tr><th scope="row"><a href="{esc(href)}">{esc(name)}</a><br>'
            f"<small>{esc(date_da(latest.date))}</small></th>{''.join(cells)}</tr>"
        )
    if not rows or not elements:
        return []
    head = "".join(f'<th scope="col">{esc(element.title)}</th>' for element in elements)
    table = tag(
        "table",
        text_tag("caption", "Andel af kriterierne udført ved seneste opfølgning")
        + f'<thead><tr><th scope="col">Kommune</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody>",
        "susi-table susi-fidelity-overview",
    )
    hint = text_tag(
        "p",
        "Hvor godt kommunerne udfører hvert kerneelement ved deres seneste opfølgning på "
        "troskab (delvist tæller halvt). Et lavt tal viser, hvor et kerneelement er svært at "
        "udføre; kommunens side viser udviklingen over tid.",
        "susi-hint",
    )
    return [heading_md(2, "Troskab i kommunerne", ANCHOR), tag("div", hint + table, "susi-section")]


def _cell(value: float | None) -> str:
    if value is None:
        return '<td class="susi-fidelity--none">–</td>'
    percent = round(value * 100)
    kind = "done" if value >= 0.75 else "partly" if value >= 0.5 else "not_done"
    return f'<td class="susi-fidelity--{kind}">{percent} %</td>'
