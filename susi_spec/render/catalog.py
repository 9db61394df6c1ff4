"""The catalog: every spec with title, summary, version, phase, type and date, and filters.

The list is plain HTML and complete without JavaScript; the filter form is `hidden` until
`catalog.js` shows it and filters the list by the `data-*` attributes of each entry.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from susi_spec.render.addresses import (
    CATALOG,
    TYPE_SLUGS,
    local_address,
    relative,
    source_uri,
    spec_address,
    type_address,
)
from susi_spec.render.follow_up_page import COST_BANDS, cost_band, running_cost
from susi_spec.render.html import attr, esc, heading_md, meta_list, tag, text_tag
from susi_spec.render.local_marks import local_count
from susi_spec.render.model import Page, SiteOptions, SpecRecord
from susi_spec.render.site_terms import (
    PHASES,
    STATUSES,
    TYPE_GROUPS,
    TYPES,
    date_da,
    label,
    place_name,
    version_name,
)
from susi_spec.render.spec_parts import EVIDENCE_ANCHOR, evidence_summary

UNDER_WAY = "Under udarbejdelse"

# Danish order: æ, ø, å after z.
_DANISH = str.maketrans({"æ": "z{", "ø": "z|", "å": "z}"})


def sort_key(title: str) -> str:
    """A Danish alphabetical key: accents ignored (é = e), æ ø å last."""
    lowered = title.casefold().translate(_DANISH)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def render_catalog(records: list[SpecRecord], options: SiteOptions, here: str = "") -> str:
    """The catalog as an HTML block for the front page."""
    records = sorted(records, key=lambda r: sort_key(r.current.spec.title))
    entries = "".join(_entry(record, options, here) for record in records)
    count = len(records)
    status = tag(
        "p",
        f"{count} indsatsbeskrivelse{'r' if count != 1 else ''}.",
        "susi-catalog__count",
        id="susi-catalog-count",
        role="status",
        aria_live="polite",
    )
    listing = tag("ol", entries, "susi-catalog", id="susi-catalog")
    empty = tag(
        "p",
        "Ingen indsatser passer til filtrene.",
        "susi-catalog__empty",
        id="susi-catalog-empty",
        hidden="hidden",
    )
    body = _filters(records, options) + status + listing + empty
    # Search finds each spec on its own page; the catalog would only repeat the summaries.
    return tag("div", body, "susi-catalog-wrap", data_search_exclude="1")


def _entry(record: SpecRecord, options: SiteOptions, here: str) -> str:
    spec = record.current.spec
    group = spec.target_group
    target_words = " ".join(
        [group.description or "", *group.inclusion] if group is not None else []
    ).lower()
    data = (
        attr("data-type", spec.intervention_type or "")
        + attr("data-phase", spec.phase or "")
        + attr("data-places", " ".join(spec.places))
        + attr("data-target", " ".join(target_words.split()))
    )
    kind = label(TYPES, spec.intervention_type)
    if spec.intervention_type in TYPE_SLUGS:
        kind = f'<a href="{esc(relative(here, type_address(spec.intervention_type)))}">{kind}</a>'
    if record.withheld:  # no release yet: the title and that it is on its way, nothing more
        title = text_tag("h2", spec.title, "susi-catalog__title")
        facts = [("Status", esc(UNDER_WAY)), ("Type", kind)]
        dl = meta_list(facts, "susi-meta susi-meta--small")
        return f'<li class="susi-catalog__item susi-catalog__item--withheld"{data}>{title}{dl}</li>'
    version = version_name(record.current.label).capitalize()
    if spec.status != "released":
        version += f" ({STATUSES[spec.status].lower()})"
    facts = [
        ("Version", esc(version)),
        ("Fase", esc(label(PHASES, spec.phase))),
        ("Type", kind),
        ("Dato", esc(date_da(record.current.date))),
        ("Kommuner", esc(", ".join(place_name(p, options.place_names) for p in spec.places))),
        ("Lokale udmøntninger", _places(record, options, here)),
        *((key, esc(value)) for key, value in _cost_fact(record, options)),
    ]
    data += attr("data-cost", _cost_key(record, options))
    href = relative(here, spec_address(record.spec_id))
    if spec.evidence_profile is not None:
        profile = spec.evidence_profile
        where = f"{href}#{EVIDENCE_ANCHOR}"
        facts.append(("Evidens", tag("a", esc(evidence_summary(profile)), href=where)))
        data += attr("data-evidence", profile.met)
    title = tag("h2", f'<a href="{esc(href)}">{esc(spec.title)}</a>', "susi-catalog__title")
    summary = text_tag("p", spec.summary, "susi-catalog__summary") if spec.summary else ""
    dl = meta_list(facts, "susi-meta susi-meta--small")
    return f'<li class="susi-catalog__item"{data}>{title}{summary}{dl}</li>'


def _places(record: SpecRecord, options: SiteOptions, here: str) -> str:
    """`2 kommuner: Ballerup, Fredericia`, each place linking to its page."""
    if not record.locals:
        return ""
    links = ", ".join(
        tag(
            "a",
            esc(place_name(view.place, options.place_names)),
            href=relative(here, local_address(record.spec_id, view.place)),
        )
        for view in record.locals
    )
    return f"{esc(local_count(record))}: {links}"


def render_type_pages(records: list[SpecRecord], options: SiteOptions) -> Iterator[Page]:
    """A page per intervention type at /indsatstype/<type>/: the catalog of its specs."""
    for kind, slug in TYPE_SLUGS.items():
        chosen = [r for r in records if r.current.spec.intervention_type == kind]
        if not chosen:
            continue
        here = type_address(kind)
        title = TYPE_GROUPS[kind]
        back = tag("a", "Alle indsatser", href=relative(here, CATALOG))
        yield Page(
            src_uri=source_uri(here),
            title=title,
            parts=(
                heading_md(1, title, slug),
                tag("p", f"Indsatstype: {esc(TYPES[kind].lower())}. Se også {back}.", "susi-hint"),
                render_catalog(chosen, options, here),
            ),
            kind="list",
        )


def _filters(records: list[SpecRecord], options: SiteOptions) -> str:
    specs = [r.current.spec for r in records]
    types = sorted(
        {s.intervention_type for s in specs if s.intervention_type}, key=list(TYPES).index
    )
    phases = sorted({s.phase for s in specs if s.phase}, key=list(PHASES).index)
    places = sorted({p for s in specs for p in s.places})
    fields = [
        _select("susi-filter-type", "Indsatstype", "type", [(t, TYPES[t]) for t in types]),
        _select("susi-filter-phase", "Fase", "phase", [(p, PHASES[p]) for p in phases]),
        tag(
            "div",
            tag("label", "Ord i målgruppen", for_="susi-filter-target")
            + '<input type="search" id="susi-filter-target" name="target" '
            'placeholder="fx handicap, unge" autocomplete="off">',
            "susi-filter",
        ),
        _select(
            "susi-filter-place",
            "Kommune",
            "place",
            [(p, place_name(p, options.place_names)) for p in places],
        ),
    ]
    fields.append(_cost_select())
    if any(s.evidence_profile is not None for s in specs):
        fields.append(_evidence_select())
    reset = '<button type="reset" class="md-button susi-filter__reset">Nulstil</button>'
    legend = "<legend>Find en indsats</legend>"
    return tag(
        "form",
        tag("fieldset", legend + tag("div", "".join(fields) + reset, "susi-filters__row")),
        "susi-filters",
        id="susi-filters",
        hidden="hidden",
        role="search",
        aria_controls="susi-catalog",
    )


def _select(element_id: str, title: str, name: str, choices: list[tuple[str, str]]) -> str:
    options = '<option value="">Alle</option>' + "".join(
        f"<option{attr('value', value)}>{esc(text)}</option>" for value, text in choices
    )
    field = tag("label", esc(title), for_=element_id) + tag(
        "select", options, id=element_id, name=name
    )
    return tag("div", field, "susi-filter")


def _cost_fact(record: SpecRecord, options: SiteOptions) -> list[tuple[str, str]]:
    """The running cost per citizen, where the common model or a place's follow-up says it."""
    known = running_cost(record, options)
    if known is None:
        return []
    amount, whose = known
    shown = f"{amount:,.0f}".replace(",", ".")
    return [("Drift pr. borger", f"{shown} kr. ({whose})")]


def _cost_key(record: SpecRecord, options: SiteOptions) -> str:
    known = running_cost(record, options)
    return cost_band(known[0]) if known is not None else ""


def _cost_select() -> str:
    return _select(
        "susi-filter-cost",
        "Drift pr. borger",
        "cost",
        [(key, text) for key, text, _ in COST_BANDS],
    )


def _evidence_select() -> str:
    """At least N of the six criteria of an evidence-based method met."""
    return _select(
        "susi-filter-evidence",
        "Kriterier for evidens opfyldt",
        "evidence",
        [(str(n), f"Mindst {n} af 6") for n in range(1, 7)],
    )
