"""The spec page's overview of fidelity in the places: places × core elements.

Each cell is the share of the core element's criteria done at the place's latest
follow-up (partly counting half), on the current version's elements, so a reviewer sees
where a core element is hard to carry out; a row links to the place's follow-up. A second
table, when places have assessed their practice, gives each place's latest assessment
per core element from the practice profile.
"""

from __future__ import annotations

from susi_spec.labels import date_da
from susi_spec.local.follow_ups import carry, carry_practice, share
from susi_spec.render.addresses import local_address, relative
from susi_spec.render.follow_up_page import ANCHOR as PLACE_ANCHOR
from susi_spec.render.follow_up_practice import PRACTICE_WORDS
from susi_spec.render.html import REFLOW, esc, heading_md, tag, text_tag
from susi_spec.render.model import LocalView, SiteOptions, SpecRecord
from susi_spec.render.site_terms import place_name

ANCHOR = "troskab-i-kommunerne"


def render_follow_up_overview(record: SpecRecord, here: str, options: SiteOptions) -> list[str]:
    """The section "Troskab i kommunerne"; [] when no place has results."""
    fidelity = _fidelity(record, here, options)
    practice = _practice(record, here, options)
    if not fidelity and not practice:
        return []
    return [heading_md(2, "Troskab i kommunerne", ANCHOR), *fidelity, *practice]


def _fidelity(record: SpecRecord, here: str, options: SiteOptions) -> list[str]:
    """The share of each core element's criteria done, first → latest follow-up."""
    spec = record.current.spec
    elements = [element for element in spec.core_elements if element.fidelity]
    versions = {release.label: release.spec for release in record.releases}
    rows = []
    for view in record.locals:
        dated = [f for f in view.follow_ups if f.fidelity]
        if not dated:
            continue
        first, latest = dated[0], dated[-1]
        carried = carry(latest, versions, spec)
        earlier = carry(first, versions, spec) if first is not latest else None
        cells = []
        for element in elements:
            value = share([c for c in carried if c.core_element == element.id])
            before = (
                share([c for c in earlier if c.core_element == element.id]) if earlier else None
            )
            cells.append(_cell(value, before))
        when = date_da(latest.date)
        if len(dated) > 1:
            when = f"{len(dated)} opfølgninger, {date_da(first.date)} til {when}"
        rows.append(f"<tr>{_place(record, view, here, options, when)}{''.join(cells)}</tr>")
    if not rows or not elements:
        return []
    head = "".join(f'<th scope="col">{esc(element.title)}</th>' for element in elements)
    table = tag(
        "table",
        text_tag("caption", "Andel af kriterierne udført: første → seneste opfølgning")
        + f'<thead><tr><th scope="col">Kommune</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody>",
        "susi-table susi-fidelity-overview",
    )
    hint = text_tag(
        "p",
        "Hvor godt kommunerne udfører hvert kerneelement: andelen af kriterierne, der var "
        "udført ved den første og den seneste opfølgning på troskab (delvist tæller halvt). "
        "Et lavt tal viser, hvor et kerneelement er svært at udføre; kommunens side viser "
        "hver opfølgning og noterne.",
        "susi-hint",
    )
    return [tag("div", hint + table, "susi-section")]


def _practice(record: SpecRecord, here: str, options: SiteOptions) -> list[str]:
    """Each place's latest practice assessment per core element."""
    spec = record.current.spec
    versions = {release.label: release.spec for release in record.releases}
    rows = []
    for view in record.locals:
        latest = next((f for f in reversed(view.follow_ups) if f.practice_profile), None)
        if latest is None:
            continue
        carried = carry_practice(latest, versions, spec)
        cells = "".join(
            f'<td class="susi-practice--{found.assessment}" data-label="{esc(element.title)}">'
            f"{esc(PRACTICE_WORDS[found.assessment])}</td>"
            if (found := carried.get(element.id)) is not None
            else f'<td class="susi-practice--none" data-label="{esc(element.title)}">–</td>'
            for element in spec.core_elements
        )
        rows.append(f"<tr>{_place(record, view, here, options, date_da(latest.date))}{cells}</tr>")
    if not rows:
        return []
    head = "".join(f'<th scope="col">{esc(element.title)}</th>' for element in spec.core_elements)
    table = tag(
        "table",
        text_tag("caption", "Praksis efter praksisprofilen ved den seneste vurdering")
        + f'<thead><tr><th scope="col">Kommune</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody>",
        f"susi-table susi-practice-overview {REFLOW}",  # words, wider than a phone
    )
    hint = text_tag(
        "p",
        "Hvor kommunernes praksis var for hvert kerneelement ved deres seneste vurdering "
        "efter praksisprofilen: forventet, under udvikling eller uacceptabel.",
        "susi-hint",
    )
    return [tag("div", hint + table, "susi-section")]


def _place(record: SpecRecord, view: LocalView, here: str, options: SiteOptions, when: str) -> str:
    """A row's heading: the place, linked to its follow-up, and when."""
    name = view.local.provider or place_name(view.place, options.place_names)
    href = relative(here, local_address(record.spec_id, view.place)) + f"#{PLACE_ANCHOR}"
    return (
        f'<th scope="row"><a href="{esc(href)}">{esc(name)}</a><br><small>{esc(when)}</small></th>'
    )


def _cell(value: float | None, before: float | None) -> str:
    """`50 % → 100 %` from the first follow-up to the latest, or the latest alone."""
    if value is None:
        return '<td class="susi-fidelity--none">–</td>'
    kind = "done" if value >= 0.75 else "partly" if value >= 0.5 else "not_done"
    shown = f"{round(value * 100)} %"
    if before is not None:
        shown = f"{round(before * 100)} % → {shown}"
    return f'<td class="susi-fidelity--{kind}">{shown}</td>'
