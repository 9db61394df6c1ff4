"""Core elements as cards: level badge, what / how / why, tools, options, fidelity, profile."""

from __future__ import annotations

from susi_spec.loading.document import Section
from susi_spec.model import CoreElement
from susi_spec.model.core_element import option_text
from susi_spec.model.levels import finer_phrase
from susi_spec.render.html import (
    REFLOW,
    bullet_list,
    definition_list,
    esc,
    heading_md,
    tag,
    text_tag,
)
from susi_spec.render.markdown import render_markdown
from susi_spec.render.site_terms import ELEMENT_TYPES, EVIDENCE, LEVEL_HINTS, LEVELS, PROFILE


def level_badge(level: str) -> str:
    """The specification level as a badge a reader can tell apart without colour."""
    return tag(
        "span", esc(LEVELS[level]), f"susi-badge susi-badge--{level}", title=LEVEL_HINTS[level]
    )


def render_card(element: CoreElement, narrative: Section | None, base: str) -> list[str]:
    """One core element: a Markdown heading (for the contents) and its card."""
    head = level_badge(element.level)
    finer = finer_phrase(element)
    if finer:  # "med én aktivitet som regel": the activities' own levels, in a reader's words
        head += text_tag("span", finer, "susi-levels")
    if element.type:
        head += text_tag("span", ELEMENT_TYPES[element.type], "susi-type")
    if element.evidence:
        head += text_tag("span", EVIDENCE[element.evidence], "susi-evidence")
    # In search the badges and part headings would run into the text ("RegelHvad...").
    grid = "".join(
        tag("section", text_tag("h4", title, data_search_exclude="1") + body, "susi-card__part")
        for title, body in (
            ("Hvad", tag("p", esc(element.what)) if element.what else ""),
            ("Hvordan", _activities(element)),
            ("Hvorfor", tag("p", esc(element.rationale)) if element.rationale else ""),
        )
        if body
    )
    parts = [
        tag("div", head, "susi-card__badges", data_search_exclude="1"),
        tag("div", grid, "susi-card__grid"),
    ]
    parts.append(
        definition_list(
            [
                ("Metoder og redskaber", esc(", ".join(element.tools))),
                ("Lokal tilpasning", esc(element.adaptable or "")),
            ]
        )
    )
    if element.options or element.decision_rule:
        choice = text_tag("h4", "Valgmuligheder") + bullet_list(element.option_texts)
        if element.decision_rule:
            choice += tag("p", f"<strong>Valgregel:</strong> {esc(element.decision_rule)}")
        parts.append(tag("div", choice, "susi-card__choice"))
    if element.fidelity:
        criteria = "".join(
            f"<li>{esc(c.text)}{_own_level(element.criterion_level(c), element)}</li>"
            for c in element.criteria
        )
        parts.append(text_tag("h4", "Troskabskriterier") + tag("ul", criteria, "susi-checklist"))
    if element.practice_profile is not None:
        parts.append(_profile_table(element))
    # The element itself stays on one printed page; its narrative may run on (susi.css).
    parts = [tag("div", "".join(parts), "susi-card__core")]
    if narrative is not None and narrative.text.strip():
        parts.append(
            tag("div", render_markdown(narrative.text, base, shift=1), "susi-card__narrative")
        )
    heading = heading_md(3, element.title, element.id)
    card = tag("div", "".join(parts), f"susi-card susi-card--{element.level}")
    return [heading, card]


def _activities(element: CoreElement) -> str:
    """The activities (HVORDAN), each at a level of its own marked with its badge, and a
    guideline activity with its options and decision rule."""
    items = []
    for step in element.steps:
        item = esc(step.text) + _own_level(step.level or element.level, element)
        if step.level == "guideline" and (step.options or step.decision_rule):
            options = "; ".join(option_text(option) for option in step.options)
            if options:
                item += tag("p", f"<strong>Valgmuligheder:</strong> {esc(options)}")
            if step.decision_rule:
                item += tag("p", f"<strong>Valgregel:</strong> {esc(step.decision_rule)}")
        items.append(f"<li>{item}</li>")
    return tag("ul", "".join(items)) if items else ""


def _own_level(level: str, element: CoreElement) -> str:
    """A level badge after an activity or criterion held to another level than its element."""
    return " " + level_badge(level) if level != element.level else ""


def _profile_table(element: CoreElement) -> str:
    profile = element.practice_profile
    assert profile is not None
    cells = [(PROFILE[key], getattr(profile, key)) for key in PROFILE]
    head = "".join(
        text_tag("th", title, f"susi-profile--{key}", scope="col")
        for key, (title, value) in zip(PROFILE, cells, strict=True)
        if value
    )
    row = "".join(
        tag("td", text_tag("p", value), data_label=title) for title, value in cells if value
    )  # a paragraph each, so that search keeps them apart
    table = tag(
        "table",
        f'<thead data-search-exclude="1"><tr>{head}</tr></thead><tbody><tr>{row}</tr></tbody>',
        f"susi-table susi-profile {REFLOW}",
    )
    return text_tag("h4", "Praksisprofil") + table
