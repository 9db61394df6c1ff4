"""A place's follow-up on its page: fidelity and practice over time, readiness, costs, what
to review, and what the follow-up files say in their own words.

Fidelity is shown twice with the same data: an SVG chart (one line per core element, the
share of its criteria done, partly counting half, at each follow-up) that reads at a
glance, and a table (a row per criterion, a column per follow-up) that a screen reader
reads and that holds the notes. Results of earlier versions are carried onto the version
the place follows now (`local/follow_ups.carry`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from susi_spec.export.readiness_questions import question_texts
from susi_spec.export.words import READINESS_CHOICES, STATUS_CHOICES
from susi_spec.labels import date_da, version_label
from susi_spec.local.follow_ups import Carried, carry, share
from susi_spec.local.signals import Signal, place_signals
from susi_spec.model import CoreElement, Spec
from susi_spec.model.results import FollowUp
from susi_spec.model.spec import CostAmount
from susi_spec.render.follow_up_chart import line_chart
from susi_spec.render.follow_up_practice import practice_over_time
from susi_spec.render.html import REFLOW, esc, heading_md, tag, text_tag
from susi_spec.render.markdown import render_markdown
from susi_spec.render.model import LocalView, SiteOptions, SpecRecord
from susi_spec.render.site_terms import place_name

ANCHOR = "opfoelgning"
RESULT_WORDS = dict(
    zip(("done", "partly", "not_done"), (da for da, _ in STATUS_CHOICES), strict=True)
)
_SYMBOLS = {"done": "●", "partly": "◐", "not_done": "○"}
READINESS_WORDS = {key: da for key, (da, _) in READINESS_CHOICES.items()}
COST_KINDS = {"startup": "Opstart", "running": "Drift"}
COST_UNITS = {"per_citizen": "pr. borger", "per_course": "pr. forløb", "per_year": "pr. år"}


def criterion_anchor(element: str, criterion: str) -> str:
    """The table row of one criterion, so a deviation can link to what it affects."""
    return f"kriterium-{element}-{criterion}"


def target_spec(record: SpecRecord, view: LocalView) -> Spec:
    """The version results are shown against: the one the place follows, else the current."""
    return view.followed or record.current.spec


def follow_up_section(record: SpecRecord, view: LocalView) -> list[str]:
    """The section "Opfølgning" of a place's page; [] when the place has none."""
    versions = {release.label: release.spec for release in record.releases}
    signals = place_signals(view.local, view.follow_ups, _releases(record), versions)
    if not view.follow_ups and not signals:
        return []
    out = [heading_md(2, "Opfølgning", ANCHOR)]
    out.extend(
        tag("div", text_tag("p", s.text.da), "susi-banner susi-banner--due") for s in signals
    )
    spec = target_spec(record, view)
    dated = [(f, carry(f, versions, spec)) for f in view.follow_ups if f.fidelity]
    if dated:
        out.append(heading_md(3, "Troskab over tid", "troskab-over-tid"))
        out.append(
            text_tag(
                "p",
                f"Andelen af hvert kerneelements troskabskriterier, der var udført ved hver "
                f"opfølgning (delvist tæller halvt), målt på {version_label(spec.version)} "
                "af den fælles model. Tabellen under grafen har de samme tal og noterne.",
                "susi-hint",
            )
        )
        out.append(tag("div", chart(spec, dated), "susi-chart"))
        out.append(tag("div", fidelity_table(spec, dated), "susi-section"))
    out.extend(practice_over_time(spec, versions, view.follow_ups))
    readiness = next((f for f in reversed(view.follow_ups) if f.readiness), None)
    if readiness is not None:
        out.append(heading_md(3, "Implementeringsparathed", "parathed"))
        out.append(tag("div", readiness_block(readiness), "susi-section"))
    costs = next((f for f in reversed(view.follow_ups) if f.costs), None)
    estimates = record.current.spec.costs.estimates if record.current.spec.costs else []
    if costs is not None:
        out.append(heading_md(3, "Omkostninger", "omkostninger-lokalt"))
        out.append(tag("div", costs_block(costs, estimates), "susi-section"))
    out.extend(_texts(view))
    return out


def _texts(view: LocalView) -> list[str]:
    """What each follow-up file says in its own words, under its date, sanitised as the
    local file's text is (`render_markdown`: no raw HTML, safe links, comments left out)."""
    texts = []
    for day, body in view.follow_up_texts:
        html = render_markdown(body, "../", shift=4)
        if html.strip():
            texts.append(text_tag("h4", f"Opfølgningen {date_da(day)}") + html)
    if not texts:
        return []
    return [
        heading_md(3, "Stedets forklaringer", "forklaringer"),
        tag("div", "".join(texts), "susi-section"),
    ]


def _releases(record: SpecRecord) -> list[tuple[str, dt.date | None]]:
    return [(release.label, release.date) for release in record.releases]


def _elements(spec: Spec) -> list[CoreElement]:
    return [element for element in spec.core_elements if element.fidelity]


def element_share(carried: Sequence[Carried], element: str) -> float | None:
    return share([c for c in carried if c.core_element == element])


def chart(spec: Spec, dated: Sequence[tuple[FollowUp, list[Carried]]]) -> str:
    """The share done per core element at each follow-up, 0-100 %."""
    lines = [
        (element.title, [element_share(carried, element.id) for _, carried in dated])
        for element in _elements(spec)
    ]
    ticks = [(step / 100, f"{step} %") for step in range(0, 101, 25)]
    dates = [follow_up.date for follow_up, _ in dated]
    return line_chart("troskab-titel", "Troskab over tid pr. kerneelement", dates, lines, ticks)


def fidelity_table(spec: Spec, dated: Sequence[tuple[FollowUp, list[Carried]]]) -> str:
    """A row per criterion, a column per follow-up: the result and its note."""
    head = "".join(
        f'<th scope="col">{esc(date_da(f.date))}<br><small>{esc(version_label(f.based_on))}'
        "</small></th>"
        for f, _ in dated
    )
    # On a phone each row becomes a card, each cell under its follow-up's date.
    labels = [esc(f"{date_da(f.date)} ({version_label(f.based_on)})") for f, _ in dated]
    rows = []
    for number, element in enumerate(spec.core_elements, 1):
        if not element.fidelity:
            continue
        shares = "".join(
            f'<td data-label="{label}">{_percent(element_share(carried, element.id))}</td>'
            for label, (_, carried) in zip(labels, dated, strict=True)
        )
        rows.append(
            f'<tr class="susi-group"><th scope="row">{number}. {esc(element.title)}</th>'
            f"{shares}</tr>"
        )
        for sub, criterion in enumerate(element.criteria, 1):
            cells = []
            for label, (_, carried) in zip(labels, dated, strict=True):
                found = next(
                    (
                        c
                        for c in carried
                        if c.core_element == element.id and c.criterion == criterion.id
                    ),
                    None,
                )
                cells.append(_result_cell(found, label))
            anchor = criterion_anchor(element.id, criterion.id)
            rows.append(
                f'<tr id="{esc(anchor)}"><th scope="row">{number}.{sub} {esc(criterion.text)}'
                f"</th>{''.join(cells)}</tr>"
            )
    caption = text_tag("caption", "Troskab pr. kriterium ved hver opfølgning")
    return tag(
        "table",
        caption + f'<thead><tr><th scope="col">Kriterium</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody>",
        f"susi-table susi-fidelity {REFLOW}",
    )


def _result_cell(found: Carried | None, label: str) -> str:
    if found is None:
        return f'<td class="susi-fidelity--none" data-label="{label}">–</td>'
    word = RESULT_WORDS[found.result]
    note = f"<br><small>{esc(found.note)}</small>" if found.note else ""
    return (
        f'<td class="susi-fidelity--{found.result}" data-label="{label}"><span aria-hidden="true">'
        f"{_SYMBOLS[found.result]}</span> {esc(word)}{note}</td>"
    )


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)} %"


def readiness_block(follow_up: FollowUp) -> str:
    readiness = follow_up.readiness
    assert readiness is not None
    counts = {k: sum(a.status == k for a in readiness.answers) for k in READINESS_WORDS}
    summary = ", ".join(f"{n} {READINESS_WORDS[k].lower()}" for k, n in counts.items() if n)
    out = [
        text_tag(
            "p",
            f"Parathedsanalysen {date_da(follow_up.date)}: {summary or 'ingen svar'}.",
        )
    ]
    if readiness.conclusion:
        out.append(tag("p", "<strong>Konklusion:</strong> " + esc(readiness.conclusion)))
    texts = question_texts()
    rows = "".join(
        f'<tr><th scope="row">{esc(texts.get(a.question, a.question))}</th>'
        f'<td data-label="Status">{esc(READINESS_WORDS[a.status])}</td>'
        f'<td data-label="Ansvarlig">{esc(a.responsible or "")}</td>'
        f'<td data-label="Svar">{esc(a.answer or "")}</td></tr>'
        for a in readiness.answers
    )
    if rows:
        out.append(
            tag(
                "table",
                '<thead><tr><th scope="col">Spørgsmål</th><th scope="col">Status</th>'
                '<th scope="col">Ansvarlig</th><th scope="col">Svar</th></tr></thead>'
                f"<tbody>{rows}</tbody>",
                f"susi-table {REFLOW}",
            )
        )
    return "".join(out)


def cost_text(cost: CostAmount) -> str:
    """`12.500 kr. pr. borger (2021)`."""
    amount = f"{cost.amount:,.0f}".replace(",", ".")
    return f"{amount} kr. {COST_UNITS[cost.unit]} ({cost.year})"


def costs_block(follow_up: FollowUp, estimates: Sequence[CostAmount]) -> str:
    def rows(costs: Sequence[CostAmount]) -> str:
        return "".join(
            f'<tr><th scope="row">{esc(COST_KINDS[c.kind])}</th>'
            f'<td data-label="Beløb">{esc(cost_text(c))}</td>'
            f'<td data-label="Hvad det dækker">{esc(c.note or "")}</td></tr>'
            for c in costs
        )

    head = (
        '<thead><tr><th scope="col">Art</th><th scope="col">Beløb</th>'
        '<th scope="col">Hvad det dækker</th></tr></thead>'
    )
    out = [
        text_tag("p", f"Stedets omkostninger, opgjort {date_da(follow_up.date)}."),
        tag("table", head + f"<tbody>{rows(follow_up.costs)}</tbody>", f"susi-table {REFLOW}"),
    ]
    if estimates:
        out.append(text_tag("p", "Den fælles models vurdering:"))
        out.append(tag("table", head + f"<tbody>{rows(estimates)}</tbody>", f"susi-table {REFLOW}"))
    return "".join(out)


def affected_criteria(element: CoreElement, view: LocalView) -> str:
    """Under a deviation: the element's fidelity criteria it may affect, linked to their
    rows in the follow-up table when the place has results."""
    if not element.fidelity:
        return ""
    linked = any(f.fidelity for f in view.follow_ups)
    items = "".join(
        f'<li><a href="#{esc(criterion_anchor(element.id, c.id))}">{esc(c.text)}</a></li>'
        if linked
        else f"<li>{esc(c.text)}</li>"
        for c in element.criteria
    )
    return tag(
        "div",
        text_tag("h4", "Troskabskriterier, afvigelsen kan påvirke") + tag("ul", items),
        "susi-card__part",
    )


__all__ = ["Signal", "affected_criteria", "follow_up_section"]


# The catalog's cost filter: running cost per citizen, in bands (kroner, upper bounds).
COST_BANDS: tuple[tuple[str, str, float], ...] = (
    ("lav", "Under 25.000 kr. pr. borger", 25_000),
    ("mellem", "25.000-75.000 kr. pr. borger", 75_000),
    ("hoej", "Over 75.000 kr. pr. borger", float("inf")),
)


def running_cost(record: SpecRecord, options: SiteOptions) -> tuple[float, str] | None:
    """The running cost per citizen where known, and whose it is: the common model's
    assessment, else the median of the places' latest."""
    spec = record.current.spec
    own = [
        c
        for c in (spec.costs.estimates if spec.costs else [])
        if c.kind == "running" and c.unit == "per_citizen"
    ]
    if own:
        return own[-1].amount, f"den fælles models vurdering, {own[-1].year}"
    found = []
    for view in record.locals:
        latest = next((f for f in reversed(view.follow_ups) if f.costs), None)
        for cost in latest.costs if latest else []:
            if cost.kind == "running" and cost.unit == "per_citizen":
                found.append((cost.amount, view.place, cost.year))
    if not found:
        return None
    found.sort()
    amount, place, year = found[len(found) // 2]
    places = len(found)
    name = place_name(place, options.place_names)
    whose = f"midt i {places} kommuner" if places > 1 else f"{name}, {year}"
    return amount, whose


def cost_band(amount: float) -> str:
    return next(key for key, _, upper in COST_BANDS if amount < upper)
