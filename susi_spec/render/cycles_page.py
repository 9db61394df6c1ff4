"""The learning cycles of a spec, at /<id>/laeringscirkler/ (from `specs/<id>/cycles.md`).

A timeline first (version → cycle → seminar → next version), then each cycle: its plan,
its findings, the method seminar and its decisions. A decision links the findings it rests
on, the change that carries it and the changes page of the two versions; a finding names
the core elements and theory-of-change nodes it concerns by their titles.
"""

from __future__ import annotations

from susi_spec.diff.trace import place_title
from susi_spec.labels import version_label
from susi_spec.model import Spec
from susi_spec.model.cycles import Cycle, CycleFinding, CycleRecord, Decision
from susi_spec.model.types import RESULT_KINDS
from susi_spec.render.addresses import changes_address, cycles_address, relative, version_address
from susi_spec.render.html import (
    bullet_list,
    definition_list,
    esc,
    heading_md,
    link,
    tag,
    text_tag,
)
from susi_spec.render.markdown import render_markdown
from susi_spec.render.model import Page, SiteOptions, SpecRecord
from susi_spec.render.site_terms import date_da, version_name

_CSS = "susi-section susi-cycles"


def render_cycles_page(record: SpecRecord, options: SiteOptions) -> Page:
    """The page of every learning cycle of the spec, in order."""
    assert record.cycles is not None
    cycles = record.cycles
    here = cycles_address(record.spec_id)
    title = f"{record.current.spec.title}: læringscirkler"
    home = relative(here, f"{record.spec_id}/")
    lead = (
        "Sådan er indsatsen modnet fra version til version: hvad hver læringscirkel planlagde, "
        "hvad stederne fandt, hvad metodeseminaret besluttede, og hvilken ændring i den næste "
        f'version der bærer beslutningen. <a href="{home}">Gå til den gældende version</a>.'
    )
    parts = [
        heading_md(1, title, "top"),
        tag("div", tag("p", lead, "susi-lead"), "susi-header"),
        heading_md(2, "Tidslinje", "tidslinje"),
        tag("div", _timeline(record, cycles, here), _CSS),
    ]
    for cycle in cycles.cycles:
        parts.append(heading_md(2, _cycle_title(cycle), f"cirkel-{cycle.number}"))
        parts.append(tag("div", _cycle(record, cycle, here, options), _CSS))
    if record.cycles_body.strip():
        parts.append(heading_md(2, "Noter", "noter"))
        parts.append(tag("div", render_markdown(record.cycles_body, "../", shift=1), _CSS))
    return Page(src_uri=f"{here}index.md", title=title, parts=tuple(parts), kind="cycles")


def cycles_link(record: SpecRecord, here: str) -> str:
    """A paragraph linking the learning cycles page, or "" for a spec without a record."""
    if record.cycles is None or not record.cycles.cycles:
        return ""
    target = relative(here, cycles_address(record.spec_id))
    text = "Læringscirklerne: hvad der blev fundet og besluttet før hver version"
    return tag("p", f'<a href="{target}">{esc(text)}</a>', "susi-hint")


def _cycle_title(cycle: Cycle) -> str:
    name = f"Læringscirkel {cycle.number}"
    return f"{name}: {cycle.title}" if cycle.title else name


def _timeline(record: SpecRecord, cycles: CycleRecord, here: str) -> str:
    """Version → cycle (seminar) → next version, each step a link."""
    items = []
    for cycle in cycles.cycles:
        steps = [_version_link(record, cycle.version, here)]
        cycle_text = _cycle_title(cycle)
        if cycle.seminar is not None:
            when = date_da(cycle.seminar.date) if cycle.seminar.date else ""
            cycle_text += f" ({cycle.seminar.title}{', ' + when if when else ''})"
        steps.append(f'<a href="#cirkel-{cycle.number}">{esc(cycle_text)}</a>')
        if cycle.leads_to is not None:
            steps.append(_version_link(record, cycle.leads_to, here))
            changes = _changes_link(record, cycle, here, "ændringerne")
            if changes:
                steps.append(changes)
        items.append("<li>" + " → ".join(steps) + "</li>")
    return tag("ol", "".join(items), "susi-timeline")


def _cycle(record: SpecRecord, cycle: Cycle, here: str, options: SiteOptions) -> str:
    spec = _spec(record, cycle.version)
    period = date_da(cycle.period.start)
    if cycle.period.end is not None:
        period += f" – {date_da(cycle.period.end)}"
    else:
        period += " – i gang"
    places = ", ".join(place_title(p, options.place_names) for p in cycle.places)
    facts = [
        ("Version", _version_link(record, cycle.version, here)),
        ("Førte til", _version_link(record, cycle.leads_to, here) if cycle.leads_to else ""),
        ("Periode", esc(period)),
        ("Steder", esc(places)),
    ]
    if cycle.plan is not None:
        facts.append(("Implementeringsplan", esc(cycle.plan.implementation or "")))
        facts.append(("Dokumentationsmodel", esc(cycle.plan.documentation or "")))
    out = [definition_list(facts)]
    if cycle.findings:
        out.append(text_tag("h3", "Fund"))
        items = [_finding(finding, spec, options) for finding in cycle.findings]
        out.append(tag("ul", "".join(items), "susi-findings"))
    if cycle.seminar is not None:
        seminar = cycle.seminar
        heading = seminar.title + (f", {date_da(seminar.date)}" if seminar.date else "")
        out.append(text_tag("h3", heading))
        if seminar.questions:
            out.append(text_tag("p", "Spørgsmål til drøftelse:"))
            out.append(tag("ol", "".join(f"<li>{esc(q)}</li>" for q in seminar.questions)))
        roles = [p.role + (f" ({p.count})" if p.count else "") for p in seminar.participants]
        if roles:
            out.append(text_tag("p", "Deltagere:"))
            out.append(bullet_list(roles))
    if cycle.decisions:
        out.append(text_tag("h3", "Beslutninger"))
        items = [_decision(record, cycle, d, here) for d in cycle.decisions]
        out.append(tag("ul", "".join(items), "susi-decisions"))
    return "\n".join(part for part in out if part)


def _finding(finding: CycleFinding, spec: Spec | None, options: SiteOptions) -> str:
    kind = RESULT_KINDS[finding.kind][0].capitalize()
    source = [", ".join(place_title(p, options.place_names) for p in finding.places)]
    source.append((finding.data or "").rstrip("."))
    concerns = _concerns(finding, spec)
    facts = [
        ("Kilde", esc("; ".join(part for part in source if part))),
        ("Handler om", esc(", ".join(concerns))),
    ]
    body = tag("p", f"<strong>{esc(kind)}.</strong> {esc(finding.text)}")
    return tag("li", body + definition_list(facts), id=f"fund-{finding.id}")


def _concerns(finding: CycleFinding, spec: Spec | None) -> list[str]:
    """The core elements' titles and the nodes' texts a finding concerns (ids when unknown)."""
    if spec is None:
        return [*finding.core_elements, *finding.nodes]
    titles = {element.id: element.title for element in spec.core_elements}
    theory = spec.theory_of_change
    nodes = {node.id: node.text for node in theory.nodes} if theory else {}
    return [titles.get(e, e) for e in finding.core_elements] + [
        f"forandringsteorien: {nodes.get(n, n)}" for n in finding.nodes
    ]


def _decision(record: SpecRecord, cycle: Cycle, decision: Decision, here: str) -> str:
    texts = {finding.id: finding.text for finding in cycle.findings}
    rests = [
        f'<a href="#fund-{esc(f)}">{esc(_short(texts[f]))}</a>'
        for f in decision.findings
        if f in texts
    ]
    facts = [("Bygger på", "; ".join(rests))]
    if decision.no_change is not None:
        facts.append(("Ingen ændring", esc(decision.no_change)))
    elif decision.change is not None and cycle.leads_to is not None:
        new = _spec(record, cycle.leads_to)
        name = version_name(version_label(cycle.leads_to))
        what = ""
        if new is not None and decision.change <= len(new.changes):
            what = f": {new.changes[decision.change - 1].what}"
        carried = esc(f"Ændring {decision.change} i {name}{what}")
        changes = _changes_link(record, cycle, here, "Se ændringssiden")
        facts.append(("Ført ind som", carried + (f" ({changes})" if changes else "")))
    body = tag("p", esc(decision.text))
    return tag("li", body + definition_list(facts), id=f"beslutning-{decision.id}")


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _spec(record: SpecRecord, version: int | str) -> Spec | None:
    label = version_label(version)
    for view in record.releases:
        if view.label == label:
            return view.spec
    return record.current.spec if record.current.label == label else None


def _version_link(record: SpecRecord, version: int | str | None, here: str) -> str:
    if version is None:
        return ""
    label = version_label(version)
    name = version_name(label).capitalize()
    if any(view.label == label for view in record.releases):
        return link(relative(here, version_address(record.spec_id, label)), name)
    return esc(f"{name} (ikke frigivet endnu)")


def _changes_link(record: SpecRecord, cycle: Cycle, here: str, text: str) -> str:
    """A link to the changes page from the cycle's version to the next, when both are out."""
    if cycle.leads_to is None:
        return ""
    old, new = version_label(cycle.version), version_label(cycle.leads_to)
    labels = [view.label for view in record.releases]
    if old not in labels or new not in labels or labels.index(new) != labels.index(old) + 1:
        return ""  # the site has changes pages between consecutive releases only
    return link(relative(here, changes_address(record.spec_id, old, new)), text)
