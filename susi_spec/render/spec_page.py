"""A spec's page: the current version at /<id>/ and each release as it was at /<id>/v<N>/."""

from __future__ import annotations

from collections.abc import Callable

from susi_spec.history.maturity import maturity_matrix
from susi_spec.model import Spec
from susi_spec.render import downloads
from susi_spec.render import spec_parts as blocks
from susi_spec.render.addresses import (
    changes_address,
    relative,
    spec_address,
    version_address,
)
from susi_spec.render.cycles_page import cycles_link
from susi_spec.render.element_cards import render_card
from susi_spec.render.follow_up_overview import render_follow_up_overview
from susi_spec.render.html import (
    REFLOW,
    esc,
    heading_md,
    meta_list,
    print_heading,
    tag,
    text_tag,
)
from susi_spec.render.local_marks import local_count
from susi_spec.render.local_table import ANCHOR as LOCALS_ANCHOR
from susi_spec.render.local_table import render_local_table
from susi_spec.render.markdown import render_markdown
from susi_spec.render.matrix import render_matrix
from susi_spec.render.model import Page, SiteOptions, SpecRecord, VersionView
from susi_spec.render.overview import render_overview
from susi_spec.render.site_terms import (
    PHASES,
    SECTIONS,
    STATUSES,
    TYPES,
    date_da,
    label,
    place_name,
    version_name,
)
from susi_spec.render.theory import render_theory

# Structured blocks shown under each body section (FORMAT.md's nine anchors).
_BLOCKS: dict[str, Callable[[Spec], str]] = {
    "target-group": blocks.target_group,
    "knowledge-base": blocks.knowledge,
    "implementation": blocks.implementation,
    "competencies": blocks.competencies,
    "documentation": blocks.documentation,
    "costs": blocks.costs,
}


def render_spec_page(record: SpecRecord, options: SiteOptions) -> Page:
    """The page at /<spec-id>/: the working copy, with versions and the maturity matrix."""
    here = spec_address(record.spec_id)
    body, mermaid = _body(record, record.current, here, options)
    # Under the header, where people look first.
    body[2:2] = render_overview(
        record, record.current, here, options, downloads=downloads.ANCHOR, places=True
    )
    return Page(
        src_uri=f"{here}index.md",
        title=_titled(record.current),
        parts=(
            *body,
            *downloads.downloads_section(record),
            *_versions_section(record, here, matrix=True),
        ),
        kind="spec",
        in_nav=True,
        mermaid=mermaid,
    )


def render_version_page(record: SpecRecord, view: VersionView, options: SiteOptions) -> Page:
    """The page at /<spec-id>/<label>/: one release, as it was released."""
    here = version_address(record.spec_id, view.label)
    body, mermaid = _body(record, view, here, options)
    body[2:2] = render_overview(record, view, here, options)
    return Page(
        src_uri=f"{here}index.md",
        title=_titled(view),
        parts=(
            *body,
            *downloads.downloads_section(record, view),
            *_versions_section(record, here, matrix=False),
        ),
        kind="version",
        mermaid=mermaid,
    )


def _titled(view: VersionView) -> str:
    """The page's title with its version, as search shows it above each hit (and the tab).

    `Én familie, én indgang (version 3)`; a text not yet released says so: `(version 4, udkast)`.
    """
    return f"{view.spec.title} ({_version_words(view)})"


def _version_words(view: VersionView) -> str:
    state = "" if view.spec.status == "released" else f", {STATUSES[view.spec.status].lower()}"
    return f"{version_name(view.label)}{state}"


def _body(
    record: SpecRecord, view: VersionView, here: str, options: SiteOptions
) -> tuple[list[str], bool]:
    spec = view.spec
    base = relative(here, spec_address(record.spec_id))
    base = "" if base == "./" else base
    # The version, for screen readers and for search, which shows a hit under the h1's text.
    version = tag("span", f"({esc(_version_words(view))})", "susi-sr")
    out = [heading_md(1, spec.title, "top", after=version), _header(record, view, here, options)]
    mermaid = False
    for anchor, default_title in SECTIONS.items():
        section = view.section(anchor)
        render = _BLOCKS.get(anchor)
        html = render(spec) if render is not None else ""
        if anchor == "theory-of-change" and spec.theory_of_change is not None:
            diagram, mermaid = render_theory(spec.theory_of_change)
            html = diagram + html
        text = render_markdown(section.text, base) if section is not None else ""
        if anchor == "content":
            out.extend(
                _content_section(
                    view, section.title if section else default_title, text, base, here
                )
            )
            if here == spec_address(record.spec_id):  # the current page: how places do it
                out.extend(render_local_table(record, here, options))
                out.extend(render_follow_up_overview(record, here, options))
            continue
        if not html and not text.strip():
            continue
        out.append(
            heading_md(2, section.title if section and section.title else default_title, anchor)
        )
        out.append(tag("div", text + html, "susi-section"))
    out.extend(_other_sections(view, base))
    if spec.contributors:
        out.append(heading_md(2, "Bidragydere", "bidragydere"))
        out.append(tag("div", blocks.contributors(spec), "susi-section"))
    return [part for part in out if part], mermaid


def _header(record: SpecRecord, view: VersionView, here: str, options: SiteOptions) -> str:
    spec = view.spec
    facts = [
        ("Version", esc(version_name(view.label).capitalize())),
        ("Status", esc(STATUSES[spec.status])),
        ("Frigivet" if view.released else "Senest ændret", esc(date_da(view.date))),
        ("Fase", esc(label(PHASES, spec.phase))),
        ("Indsatstype", esc(label(TYPES, spec.intervention_type))),
        ("Milepæl", esc(spec.milestone or "")),
        ("Kommuner", esc(", ".join(place_name(p, options.place_names) for p in spec.places))),
        ("Lokale udmøntninger", _locals(record, here)),
    ]
    # The facts are in the catalog already; in search they would read as one run-on word.
    parts = [_banner(record, view, here, options.drafts), meta_list(facts, data_search_exclude="1")]
    dated = f" · {date_da(view.date)}" if view.date else ""
    parts.append(print_heading(f"{spec.title} · {version_name(view.label).capitalize()}{dated}"))
    if spec.summary:
        parts.append(tag("p", esc(spec.summary), "susi-lead"))
    return tag("div", "".join(parts), "susi-header")


def _banner(record: SpecRecord, view: VersionView, here: str, drafts: bool) -> str:
    """Where this version stands: archived, superseded, or a draft ahead of the release;
    with `drafts`, on the current page, whether the working copy has errors first."""
    text, kind = _standing(record, view, here)
    errors = _working_errors(record) if drafts and here == spec_address(record.spec_id) else ""
    if errors:
        text, kind = f"{errors} {text}".strip(), "errors"
    if not text:
        return ""
    return tag(
        "div", text, f"susi-banner susi-banner--{kind}" if kind else "susi-banner", role="note"
    )


def _standing(record: SpecRecord, view: VersionView, here: str) -> tuple[str, str]:
    """The banner's text (HTML) and kind: archived, superseded, a draft, or nothing."""
    latest = record.latest_release
    home = relative(here, spec_address(record.spec_id))
    if view.released and here != spec_address(record.spec_id):
        newer = latest is not None and latest.label != view.label
        if newer and latest is not None:
            text = (
                f"Du ser en arkiveret udgave: {esc(version_name(view.label))} fra "
                f"{esc(date_da(view.date))}. Der findes en nyere version "
                f'({esc(version_name(latest.label))}). <a href="{home}">Gå til den gældende version</a>.'
            )
            return text, "old"
        text = (
            f"Du ser {esc(version_name(view.label))}, som den blev frigivet "
            f'{esc(date_da(view.date))}. <a href="{home}">Gå til indsatsens side</a>.'
        )
        return text, ""
    if record.preparing is not None and latest is not None:
        text = (
            f"En ny version er under udarbejdelse. Denne side viser den senest frigivne, "
            f"{esc(version_name(latest.label))} fra {esc(date_da(latest.date))}."
        )
        return text, "preparing"
    if not record.current_is_release and latest is not None:
        link = relative(here, version_address(record.spec_id, latest.label))
        text = (
            f"Denne side viser den seneste tekst ({esc(STATUSES[view.spec.status].lower())}). "
            f"Den senest frigivne udgave er {esc(version_name(latest.label))} fra "
            f'{esc(date_da(latest.date))}: <a href="{link}">læs den frigivne udgave</a>.'
        )
        return text, "draft"
    if view.spec.status != "released":
        return "Denne indsatsbeskrivelse er endnu ikke frigivet.", "draft"
    return "", ""


def _working_errors(record: SpecRecord) -> str:
    """What a build with drafts says first of a working copy with errors ("" without)."""
    count = f"{record.working_errors} fejl" if record.working_errors else "fejl"
    latest = record.latest_release
    if record.working_unreadable and latest is not None:
        return (
            f"Arbejdskopien har {count} og kan ikke vises; byggeloggen viser, hvor de er. "
            f"Denne side viser den senest frigivne udgave, {esc(version_name(latest.label))} "
            f"fra {esc(date_da(latest.date))}."
        )
    if record.working_errors:
        return f"Arbejdskopien har {count}, som skal rettes; byggeloggen viser, hvor de er."
    return ""


def _locals(record: SpecRecord, here: str) -> str:
    """On the current page: how many places have a local implementation, linking the table."""
    count = local_count(record)
    if not count or here != spec_address(record.spec_id):
        return ""
    return f'<a href="#{LOCALS_ANCHOR}">{esc(count)}</a>'


def _content_section(view: VersionView, title: str, text: str, base: str, here: str) -> list[str]:
    spec = view.spec
    section = view.section("content")
    narratives = {s.anchor: s for s in (section.subsections if section else ())}
    parts = [heading_md(2, title or SECTIONS["content"], "content")]
    if text.strip():
        parts.append(tag("div", text, "susi-section"))
    if spec.core_elements:
        count = len(spec.core_elements)
        about = relative(here, "om/")
        parts.append(
            tag(
                "p",
                f"Indsatsen har {count} kerneelement{'er' if count != 1 else ''}, hvert med et "
                "specifikationsniveau: regel, retningslinje eller princip "
                f'(<a href="{about}">læs om niveauerne</a>).',
                "susi-hint",
            )
        )
        for element in spec.core_elements:
            parts.extend(render_card(element, narratives.pop(element.id, None), base))
    for sub in narratives.values():
        parts.append(heading_md(3, sub.title, sub.anchor))
        parts.append(tag("div", render_markdown(sub.text, base), "susi-section"))
    delivery = blocks.delivery(spec)
    if delivery:
        parts.append(delivery)
    return parts


def _other_sections(view: VersionView, base: str) -> list[str]:
    """Body sections with anchors outside the format's nine, in their own order."""
    out = []
    for section in view.sections:
        if section.anchor in SECTIONS:
            continue
        out.append(heading_md(2, section.title, section.anchor))
        out.append(tag("div", render_markdown(section.text, base), "susi-section"))
    return out


def _versions_section(record: SpecRecord, here: str, *, matrix: bool) -> list[str]:
    out = [heading_md(2, "Versioner og ændringer", "versioner")]
    current = record.current.spec
    if current.changes and here == spec_address(record.spec_id):
        out.append(
            text_tag("h3", "Hvad er ændret i denne version", id="aendret-i-versionen")
            + blocks.version_changes(current)
        )
    if not record.releases:
        out.append(tag("p", "Der er endnu ingen frigivne versioner.", "susi-hint"))
        return out
    rows = []
    previous = None
    for view in record.releases:
        address = version_address(record.spec_id, view.label)
        name = esc(version_name(view.label).capitalize())
        version = name if address == here else f'<a href="{relative(here, address)}">{name}</a>'
        changes = "–"
        if previous is not None:
            target = changes_address(record.spec_id, previous.label, view.label)
            changes = f'<a href="{relative(here, target)}">Ændringer fra {esc(previous.label)}</a>'
        rows.append(
            "<tr>"
            + tag("th", version, scope="row")
            + text_tag("td", date_da(view.date), data_label="Frigivet")
            + text_tag("td", view.spec.milestone or "–", data_label="Milepæl")
            + tag("td", changes, data_label="Ændringer")
            + "</tr>"
        )
        previous = view
    head = "".join(
        f'<th scope="col">{t}</th>' for t in ("Version", "Frigivet", "Milepæl", "Ændringer")
    )
    out.append(
        tag(
            "table",
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody>",
            f"susi-table susi-versions {REFLOW}",
            data_search_exclude="1",
        )
    )
    out.append(cycles_link(record, here))
    if matrix:
        out.append(_matrix(record, here))
    return [part for part in out if part]


def _matrix(record: SpecRecord, here: str) -> str:
    versions = [(view.label, view.spec) for view in record.releases]
    headers = [
        (
            f'<a href="{relative(here, version_address(record.spec_id, v.label))}">'
            f"{esc(v.label)}</a>",
            version_name(v.label).capitalize(),
        )
        for v in record.releases
    ]
    if not record.current_is_release:
        versions.append(("udkast", record.current.spec))
        headers.append(("Udkast", "Udkast"))
    table = render_matrix(maturity_matrix(versions), headers)
    if not table:
        return ""
    return text_tag("h3", "Modenhed: kerneelementernes niveau", id="modenhed") + table
