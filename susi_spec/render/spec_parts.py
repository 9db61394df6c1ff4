"""The structured parts of a spec page, one function per front-matter block."""

from __future__ import annotations

from susi_spec.model import Spec
from susi_spec.model.documentation import Assessment, EvidenceProfile, Indicator, instrument_of
from susi_spec.model.types import CRITERION_STATUSES, EVIDENCE_CRITERIA, FRAME_KINDS, RESULT_KINDS
from susi_spec.render.html import (
    REFLOW,
    bullet_list,
    definition_list,
    esc,
    link,
    tag,
    text_tag,
)
from susi_spec.render.site_terms import (
    COMPETENCIES,
    COSTS,
    DELIVERY_MODES,
    DELIVERY_SETTINGS,
    IMPLEMENTATION,
    KNOWLEDGE,
    ROLES,
    VOICES,
    label,
)


def target_group(spec: Spec) -> str:
    group = spec.target_group
    if group is None:
        return ""
    parts = [tag("p", esc(group.description), "susi-lead-small")] if group.description else []
    columns = [
        tag("div", text_tag("h3", title) + bullet_list(items), "susi-box")
        for title, items in (
            ("Hvem indsatsen er til", group.inclusion),
            ("Hvem indsatsen ikke er til", group.exclusion),
        )
        if items
    ]
    if columns:
        parts.append(tag("div", "".join(columns), "susi-columns"))
    if group.referral:
        parts.append(tag("p", f"<strong>Visitation:</strong> {esc(group.referral)}"))
    return "".join(parts)


def knowledge(spec: Spec) -> str:
    profile = evidence_profile(spec.evidence_profile)
    if not spec.knowledge_basis:
        return profile
    names = ", ".join(label(KNOWLEDGE, k) for k in spec.knowledge_basis)
    return tag("p", f"<strong>Vidensgrundlag:</strong> {esc(names)}") + profile


# The evidence profile's heading id: the catalog links to it.
EVIDENCE_ANCHOR = "evidensprofil"


def evidence_summary(profile: EvidenceProfile) -> str:
    """`3 af 6 kriterier opfyldt`, and how many partly, in a reader's words."""
    total, partly = len(EVIDENCE_CRITERIA), sum(a.status == "partly" for _, a in profile.assessed())
    text = f"{profile.met} af {total} kriterier opfyldt"
    return f"{text}, {partly} delvist" if partly else text


def evidence_profile(profile: EvidenceProfile | None) -> str:
    """The six criteria of an evidence-based method as a checklist: status and evidence."""
    if profile is None:
        return ""
    rows = []
    for key, (name, _) in EVIDENCE_CRITERIA.items():
        assessment: Assessment | None = getattr(profile, key)
        status = "ikke vurderet"
        if assessment is not None and assessment.status is not None:
            status = CRITERION_STATUSES[assessment.status][0]
        where = ""
        if assessment is not None and (assessment.evidence or assessment.url):
            text = assessment.evidence or assessment.url or ""
            where = link(assessment.url, text) if assessment.url else esc(text)
        rows.append(
            "<tr>"
            + text_tag("th", name, scope="row")
            + text_tag("td", status.capitalize(), data_label="Status")
            + tag("td", where or "–", data_label="Hvor det ses")
            + "</tr>"
        )
    head = (
        '<thead><tr><th scope="col">Kriterium</th><th scope="col">Status</th>'
        '<th scope="col">Hvor det ses</th></tr></thead>'
    )
    lead = f"De seks kriterier for en evidensbaseret metode: {evidence_summary(profile)}."
    return (
        text_tag("h3", "Evidensprofil", id=EVIDENCE_ANCHOR)
        + text_tag("p", lead, "susi-hint")
        + tag("table", f"{head}<tbody>{''.join(rows)}</tbody>", f"susi-table {REFLOW}")
    )


def delivery(spec: Spec) -> str:
    block = spec.delivery
    rows: list[tuple[str, str]] = []
    if block is not None:
        rows = [
            ("Form", esc(", ".join(label(DELIVERY_MODES, m) for m in block.mode))),
            ("Sted", esc(", ".join(label(DELIVERY_SETTINGS, m) for m in block.setting))),
            ("Omfang", esc(block.dose or "")),
        ]
    facts = definition_list(rows)
    materials = ""
    if spec.materials:
        items = []
        for material in spec.materials:
            title = link(material.url, material.title) if material.url else esc(material.title)
            purpose = f" – {esc(material.purpose)}" if material.purpose else ""
            items.append(f"<li>{title}{purpose}</li>")
        materials = text_tag("h4", "Materialer") + tag("ul", "".join(items))
    if not facts and not materials:
        return ""
    # An id makes it a search section of its own (not part of the last card's title).
    heading = text_tag("h3", "Levering", id="levering-og-materialer")
    return tag("div", heading + facts + materials, "susi-delivery")


def competencies(spec: Spec) -> str:
    if not spec.competencies:
        return ""
    head = "".join(
        tag("th", f"{esc(name)}<br><small>{esc(hint)}</small>", scope="col")
        for name, hint in COMPETENCIES.values()
    )
    cells = "".join(
        tag(
            "td",
            bullet_list(c.text for c in spec.competencies if c.kind == kind) or "–",
            data_label=f"{name}: {hint}",
        )
        for kind, (name, hint) in COMPETENCIES.items()
    )
    return tag(
        "table",
        f'<thead data-search-exclude="1"><tr>{head}</tr></thead><tbody><tr>{cells}</tr></tbody>',
        f"susi-table susi-competencies {REFLOW}",
    )


def implementation(spec: Spec) -> str:
    parts: list[str] = []
    block = spec.implementation
    if block is not None:
        boxes = [
            tag(
                "div",
                text_tag("h3", name) + text_tag("p", hint, "susi-hint") + bullet_list(items),
                "susi-box",
            )
            for key, (name, hint) in IMPLEMENTATION.items()
            if (items := getattr(block, key))
        ]
        if boxes:
            parts.append(tag("div", "".join(boxes), "susi-levels"))
    if spec.risks:
        parts.append(text_tag("h3", "Risici og kontraindikationer") + bullet_list(spec.risks))
    if spec.legal_basis:
        parts.append(text_tag("h3", "Lovgrundlag") + bullet_list(spec.legal_basis))
    return "".join(parts)


def documentation(spec: Spec) -> str:
    block = spec.documentation
    if block is None:
        return ""
    texts = [i for i in block.indicators if isinstance(i, str)]
    facts = definition_list(
        [
            ("Indikatorer" if not block.tied else "Andre indikatorer", bullet_list(texts)),
            ("Redskaber", bullet_list(block.tools)),
            ("Borgerfeedback", esc(block.citizen_feedback or "")),
        ]
    )
    return _indicators(spec, block.tied) + facts


# An indicator's columns after what it measures.
_INDICATOR_COLUMNS = ("Måler resultatet", "Sådan måles det", "Slags resultat")


def _indicators(spec: Spec, tied: list[Indicator]) -> str:
    """The indicators tied to the theory of change: a row each, outcomes by their text, and
    how, when and by whom in one cell, so that the table fits beside the page's contents."""
    if not tied:
        return ""
    theory = spec.theory_of_change
    texts = {node.id: node.text for node in theory.nodes} if theory is not None else {}
    rows = []
    for indicator in tied:
        how = definition_list(
            [
                ("Måleredskab", esc(instrument_of(indicator, theory) or "")),
                ("Hvornår", esc(indicator.timing or "")),
                ("Kilde", esc(indicator.source or "")),
                ("Udgangspunkt", esc(indicator.baseline or "")),
                ("Mål", esc(indicator.target or "")),
            ]
        )
        cells = (
            bullet_list(texts.get(ref, ref) for ref in indicator.nodes),
            how,
            esc(RESULT_KINDS[indicator.kind][0].capitalize() if indicator.kind else ""),
        )
        rows.append(
            "<tr>"
            + text_tag("th", indicator.what, scope="row")
            + "".join(
                tag("td", cell or "–", data_label=name)
                for name, cell in zip(_INDICATOR_COLUMNS, cells, strict=True)
            )
            + "</tr>"
        )
    head = "".join(
        text_tag("th", name, scope="col") for name in ("Hvad der måles", *_INDICATOR_COLUMNS)
    )
    table = tag(
        "table",
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody>",
        f"susi-table {REFLOW}",
    )
    return text_tag("h3", "Indikatorer") + table


def costs(spec: Spec) -> str:
    block = spec.costs
    if block is None:
        return ""
    rows = "".join(
        f'<tr><th scope="row">{esc(name)}</th><td>{esc(value)}</td></tr>'
        for key, name in COSTS.items()
        if (value := getattr(block, key))
    )
    return tag("table", f"<tbody>{rows}</tbody>", "susi-table susi-costs") if rows else ""


def contributors(spec: Spec) -> str:
    if not spec.contributors:
        return ""
    rows = "".join(
        "<tr>"
        + text_tag("td", person.name)
        + text_tag("td", label(ROLES, person.role), data_label="Rolle")
        + text_tag("td", label(VOICES, person.voice) if person.voice else "–", data_label="Stemme")
        + "</tr>"
        for person in spec.contributors
    )
    head = '<thead><tr><th scope="col">Navn</th><th scope="col">Rolle</th><th scope="col">Stemme</th></tr></thead>'
    # Cells would run together in a search snippet ("NavnRolleStemme...").
    return tag(
        "table", f"{head}<tbody>{rows}</tbody>", f"susi-table {REFLOW}", data_search_exclude="1"
    )


def version_changes(spec: Spec) -> str:
    """The `changes` block: why this version differs from the one before (FRAME)."""
    items = []
    for change in spec.changes:
        extra = []
        if change.why:
            extra.append(f"<strong>Hvorfor:</strong> {esc(change.why)}")
        if change.decided_by:
            extra.append(f"<strong>Besluttet af:</strong> {esc(change.decided_by)}")
        if change.planned is not None:
            extra.append(FRAME_KINDS[change.planned][0])
        if change.fidelity_consistent is False:
            extra.append("<strong>Ikke i tråd med modellens kerne</strong>")
        detail = tag("div", " · ".join(extra), "susi-hint") if extra else ""
        items.append(f"<li>{esc(change.what)}{detail}</li>")
    return tag("ul", "".join(items), "susi-changes") if items else ""
