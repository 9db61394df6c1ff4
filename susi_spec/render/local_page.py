"""A place's page at /<spec-id>/lokal/<place>/: how it carries out the common model.

The version it follows (linked), a banner when the common model has released a newer one
(with what changed in the core elements, from `local_review`), each core element of the
followed version with the place's practice, choices and deviation, and the file's own text.
"""

from __future__ import annotations

from susi_spec.model import Adaptation
from susi_spec.model.core_element import option_text
from susi_spec.model.levels import finer_phrase
from susi_spec.render.addresses import (
    local_address,
    relative,
    source_uri,
    spec_address,
    version_address,
)
from susi_spec.render.element_cards import level_badge
from susi_spec.render.follow_up_page import affected_criteria, follow_up_section
from susi_spec.render.html import bullet_list, esc, heading_md, meta_list, tag, text_tag
from susi_spec.render.local_due import due_banner
from susi_spec.render.local_marks import (
    Carried,
    activity_deviations,
    changed_ids,
    changed_mark,
    choice_items,
    deviation_block,
    deviation_marks,
    followed_elements,
    missing_mark,
    unmatched,
)
from susi_spec.render.markdown import render_markdown
from susi_spec.render.model import LocalView, Page, SiteOptions, SpecRecord
from susi_spec.render.site_terms import STATUSES, place_name, version_name

BODY_ANCHOR = "om-udmoentningen"


def render_local_page(record: SpecRecord, view: LocalView, options: SiteOptions) -> Page:
    """The page of one place's local implementation of a spec."""
    here = local_address(record.spec_id, view.place)
    place = view.local.provider or place_name(view.place, options.place_names)
    parts = [heading_md(1, view.local.title, "top"), _header(record, view, here, place)]
    parts.extend(_elements(record, view, here, place))
    parts.extend(follow_up_section(record, view))
    body = render_markdown(_without_title(view.body), "../", shift=1)
    if body.strip():
        parts.append(heading_md(2, "Om udmøntningen", BODY_ANCHOR))
        parts.append(tag("div", body, "susi-section"))
    return Page(
        src_uri=source_uri(here),
        title=view.local.title,
        parts=tuple(parts),
        kind="local",
        in_nav=True,
    )


def _header(record: SpecRecord, view: LocalView, here: str, place: str) -> str:
    spec = record.current.spec
    released = {r.label for r in record.releases}
    followed = esc(version_name(view.based_on).capitalize())
    if view.based_on in released:
        href = relative(here, version_address(record.spec_id, view.based_on))
        followed = f'<a href="{href}">{followed}</a>'
    if view.latest == view.based_on:
        followed += " (den seneste)"
    facts = [
        (
            "Indsats",
            f'<a href="{relative(here, spec_address(record.spec_id))}">{esc(spec.title)}</a>',
        ),
        ("Kommune", esc(place)),
        ("Følger den fælles model", followed),
        ("Status", esc(STATUSES[view.local.status])),
    ]
    lead = (
        f"Sådan udfører {esc(place)} indsatsen: for hvert kerneelement i den fælles model, "
        "hvordan det gøres lokalt, hvad der er valgt, og hvor der afviges."
    )
    parts = [due_banner(record, view, here, place), meta_list(facts, data_search_exclude="1")]
    parts.append(tag("p", lead, "susi-lead"))
    return tag("div", "".join(parts), "susi-header")


def _elements(record: SpecRecord, view: LocalView, here: str, place: str) -> list[str]:
    out = [heading_md(2, "Kerneelementer", "kerneelementer")]
    followed = followed_elements(view)
    if view.followed is None:
        out.append(text_tag("p", _unknown_version(record, view), "susi-hint"))
    else:
        count = len(followed)
        about = relative(here, "om/")
        out.append(
            tag(
                "p",
                f"{esc(version_name(view.based_on).capitalize())} af den fælles model har "
                f"{count} kerneelement{'er' if count != 1 else ''}. Under hvert står, hvordan "
                f"{esc(place)} udfører det "
                f'(<a href="{about}">læs om niveauerne</a>).',
                "susi-hint",
            )
        )
    changed = changed_ids(view)
    source = relative(here, version_address(record.spec_id, view.based_on))
    if view.based_on not in {r.label for r in record.releases}:
        source = ""
    for item in followed:
        out.extend(_card(item, item.element.id in changed, view, source))
    others = unmatched(view)
    if others and view.followed is not None:
        out.append(heading_md(3, f"Ikke i {version_name(view.based_on)}", "andre-tilpasninger"))
        out.append(
            text_tag(
                "p",
                "Tilpasninger af kerneelementer, som den fælles model ikke har i den version, "
                "udmøntningen følger.",
                "susi-hint",
            )
        )
    titles = {e.id: e.title for e in record.current.spec.core_elements}
    for adaptation in others:
        out.extend(_other_card(adaptation, titles.get(adaptation.core_element)))
    return out


def _unknown_version(record: SpecRecord, view: LocalView) -> str:
    """Why the core elements of the followed version cannot be shown."""
    version = version_name(view.based_on)
    if record.releases:  # read from git: that version was never released
        released = ", ".join(r.label for r in record.releases)
        return (
            f"{version.capitalize()} er ikke en frigivet version af den fælles model "
            f"(frigivet: {released}), så udmøntningen kan ikke holdes op mod den; "
            "tilpasningerne vises, som de står i filen."
        )
    return (
        f"Indholdet af {version} kendes ikke her (sitet er bygget uden git-historik, eller "
        "den fælles model er ikke frigivet endnu); tilpasningerne vises, som de står i filen."
    )


def _card(item: Carried, changed: bool, view: LocalView, source: str) -> list[str]:
    """One core element: its level and what the model says, then the place's practice."""
    element, adaptation = item.element, item.adaptation
    badges = level_badge(element.level)
    finer = finer_phrase(element)
    if finer:  # "med én aktivitet som regel", as on the spec page's card
        badges += text_tag("span", finer, "susi-levels")
    if changed and view.latest:
        badges += changed_mark(view.latest)
    if item.missing:
        badges += missing_mark()
    if adaptation is not None:
        badges += deviation_marks(element, adaptation)
    model = esc(element.what or "")
    if source:
        model += f' <a href="{source}#{esc(element.id)}">Læs kerneelementet</a>'
    parts = [tag("div", badges, "susi-card__badges")]
    if model:
        parts.append(tag("p", f"<strong>Den fælles model:</strong> {model}", "susi-card__model"))
    parts.extend(_practice(item, view))
    classes = f"susi-card susi-card--{element.level} susi-card--local"
    if item.missing:
        classes += " susi-card--missing"
    return [heading_md(3, element.title, element.id), tag("div", "".join(parts), classes)]


def _practice(item: Carried, view: LocalView) -> list[str]:
    """How the place carries out the element: `how`, its choices, its deviation."""
    adaptation = item.adaptation
    how = (adaptation.how or "").strip() if adaptation is not None else ""
    parts = [
        tag(
            "section",
            text_tag("h4", "Lokal praksis")
            + (
                text_tag("p", how)
                if how
                else text_tag("p", "Udmøntningen beskriver ikke, hvordan det udføres.", "susi-hint")
            ),
            "susi-card__part",
        )
    ]
    if adaptation is None:
        return parts
    if adaptation.choice:
        choice = text_tag("h4", "Valgt") + tag("ul", choice_items(item.element, adaptation.choice))
        offered = [option_text(option) for option in item.element.all_options]
        if offered:
            choice += text_tag(
                "p",
                "Retningslinjens muligheder: " + "; ".join(offered) + ".",
                "susi-hint",
            )
        parts.append(tag("div", choice, "susi-card__choice"))
    if adaptation.deviation:
        parts.append(deviation_block(item.element.level, adaptation.deviation))
    for level, activity, text in activity_deviations(item.element, adaptation):
        parts.append(deviation_block(level, text, activity))
    if adaptation.deviation or adaptation.activity_deviations:
        parts.append(affected_criteria(item.element, view))
    return parts


def _other_card(adaptation: Adaptation, title: str | None) -> list[str]:
    """An adaptation whose core element is not known in the followed version (titled as in
    the current model, when it has the element)."""
    parts = [text_tag("p", adaptation.how or "")] if adaptation.how else []
    if adaptation.choice:
        parts.append(text_tag("h4", "Valgt") + bullet_list(adaptation.choice))
    if adaptation.deviation:
        parts.append(deviation_block(None, adaptation.deviation))
    for _, activity, text in activity_deviations(None, adaptation):
        parts.append(deviation_block(None, text, activity))
    return [
        heading_md(3, title or adaptation.core_element, adaptation.core_element),
        tag("div", "".join(parts), "susi-card susi-card--local"),
    ]


def _without_title(body: str) -> str:
    """The body without a first `# heading`: the page has the file's title as its own."""
    lines = body.lstrip("\n").split("\n", 1)
    if lines[0].startswith("# "):
        return lines[1] if len(lines) > 1 else ""
    return body
