"""Every generated page of the site, from the spec records; the plugin only hands them over."""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.render.changes import render_changes_page
from susi_spec.render.cycles_page import render_cycles_page
from susi_spec.render.local_page import render_local_page
from susi_spec.render.model import Page, SiteOptions, SpecRecord
from susi_spec.render.rules_page import render_rules_page
from susi_spec.render.spec_page import render_spec_page, render_version_page


def render_pages(records: list[SpecRecord], options: SiteOptions) -> Iterator[Page]:
    """For each spec: the current page, one per release, one per consecutive pair of
    releases, one per place with a local implementation and the learning cycles when
    recorded; then the rules page."""
    for record in records:
        yield render_spec_page(record, options)
        for local in record.locals:
            yield render_local_page(record, local, options)
        for view in record.releases:
            yield render_version_page(record, view, options)
        for old, new in zip(record.releases, record.releases[1:], strict=False):
            yield render_changes_page(record, old, new)
        if record.cycles is not None:
            yield render_cycles_page(record, options)
    yield render_rules_page()
