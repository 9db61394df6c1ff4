"""The whole site from the spec records: what is published, every page, download and asset,
the catalog and the navigation. The MkDocs plugin and `susi site` both hand this over; no
builder is imported here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from susi_spec.render.addresses import local_address, source_uri, spec_address
from susi_spec.render.catalog import render_catalog, render_type_pages
from susi_spec.render.changes import render_changes_page
from susi_spec.render.cycles_page import render_cycles_page
from susi_spec.render.download_cache import DownloadCache
from susi_spec.render.downloads import Download, render_downloads
from susi_spec.render.html import esc
from susi_spec.render.local_page import render_local_page
from susi_spec.render.model import Page, SiteOptions, SpecRecord
from susi_spec.render.rules_page import render_rules_page
from susi_spec.render.site_terms import TYPE_GROUPS, place_name
from susi_spec.render.sources import Sources
from susi_spec.render.spec_page import render_spec_page, render_version_page

NavItem = str | dict[str, Any]


def published(record: SpecRecord, drafts: bool) -> SpecRecord:
    """The record as a build shows it at /<spec-id>/.

    With `drafts`, the working copy. Without, the latest release, the draft only announced
    (`preparing`), since a draft may be unfinished; a spec with no release yet is
    `withheld`: the catalog names it, and nothing of its text is published.
    """
    if drafts or record.current_is_release:
        return record
    latest = record.latest_release
    if latest is None:
        return dataclasses.replace(record, withheld=True)
    return dataclasses.replace(record, current=latest, preparing=record.current)


def render_pages(records: list[SpecRecord], options: SiteOptions) -> Iterator[Page]:
    """For each published spec: the current page, one per release, one per consecutive pair
    of releases, one per place with a local implementation and the learning cycles when
    recorded; then the lists of specs by type and the rules page."""
    for record in records:
        if record.withheld:
            continue
        yield render_spec_page(record, options)
        for local in record.locals:
            yield render_local_page(record, local, options)
        for view in record.releases:
            yield render_version_page(record, view, options)
        for old, new in zip(record.releases, record.releases[1:], strict=False):
            yield render_changes_page(record, old, new)
        if record.cycles is not None:
            yield render_cycles_page(record, options)
    yield from render_type_pages(records, options)
    yield render_rules_page()


@dataclass
class Site:
    """Everything generated: pages, files to download, the specs' figures and the catalog."""

    records: list[SpecRecord] = field(default_factory=list)  # as published
    pages: list[Page] = field(default_factory=list)
    downloads: list[Download] = field(default_factory=list)
    assets: list[tuple[str, Path]] = field(default_factory=list)  # (site path, file)
    catalog: str = ""


def make_site(sources: Sources, options: SiteOptions, cache: DownloadCache | None) -> Site:
    """The site of `sources`, drafts shown or not as `options.drafts` says."""
    records = [published(record, options.drafts) for record in sources.records]
    shown = {record.spec_id for record in records if not record.withheld}
    return Site(
        records,
        list(render_pages(records, options)),
        [d for r in records if not r.withheld for d in render_downloads(r, cache)],
        [(path, file) for path, file in sources.assets if path.split("/", 1)[0] in shown],
        render_catalog(records, options),
    )


def page_meta(page: Page, mermaid: str, search_archive: bool) -> dict[str, Any]:
    """The page's meta for the theme: its title, kind, script and whether search skips it.

    Only small facts go here; the spec itself stays out (build cost).
    """
    meta: dict[str, Any] = {"title": esc(page.title), "susi_kind": page.kind}
    if page.mermaid:
        meta["susi_mermaid"] = mermaid
    # Search finds current versions, and the rules page, which is not in the nav.
    archived = not page.in_nav and page.kind not in ("rules", "list")
    if archived and not search_archive:
        meta["search"] = {"exclude": True}
    return meta


def with_catalog(markdown: str, catalog: str, marker: str, homepage: bool) -> str | None:
    """The page with the catalog at `marker` (or, on the home page, at its end); None when
    the page has no place for it."""
    if marker in markdown:
        return markdown.replace(marker, f"\n\n{catalog}\n\n", 1)
    if homepage and catalog:
        return f"{markdown}\n\n{catalog}\n"
    return None


def _spec_entry(record: SpecRecord, place_names: dict[str, str]) -> NavItem:
    """A spec in the navigation; with local implementations, a section of its pages.

    The section opens with the spec's own page as "Den fælles model", then a page per
    place. (Material's `navigation.indexes` cannot make the spec page the section's own
    link: every generated page is an index.md, so every group would take one.)
    """
    page = source_uri(spec_address(record.spec_id))
    title = esc(record.current.spec.title)
    if not record.locals:
        return {title: page}
    places: list[NavItem] = [
        {
            esc(place_name(local.place, place_names)): source_uri(
                local_address(record.spec_id, local.place)
            )
        }
        for local in record.locals
    ]
    return {title: [{"Den fælles model": page}, *places]}


def site_nav(
    nav: list[NavItem] | None,
    pages_in_nav: list[str],
    site: Site,
    section_name: str,
    place_names: dict[str, str],
) -> list[NavItem]:
    """The configured nav (or, without one, `pages_in_nav`: the hand-written pages) with
    the current spec pages added under `section_name`, grouped by intervention type."""
    generated = {page.src_uri for page in site.pages}
    groups: dict[str, list[NavItem]] = {}
    for record in sorted(site.records, key=lambda r: r.current.spec.title.casefold()):
        if record.current.spec.id and source_uri(spec_address(record.spec_id)) in generated:
            kind = record.current.spec.intervention_type or ""
            groups.setdefault(kind, []).append(_spec_entry(record, place_names))
    section: list[NavItem] = [
        {TYPE_GROUPS[kind]: groups[kind]} for kind in TYPE_GROUPS if kind in groups
    ]
    if nav is None:
        nav = [uri for uri in pages_in_nav if uri not in generated]
    result: list[NavItem] = []
    placed = False
    for item in nav:
        if isinstance(item, dict) and section_name in item and not placed:
            children = item[section_name]
            children = children if isinstance(children, list) else [children]
            result.append({section_name: [*children, *section]})
            placed = True
        else:
            result.append(item)
    if not placed and section:
        result.append({section_name: section})
    return result
