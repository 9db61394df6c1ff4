"""The changes page between two consecutive releases, at /<id>/changes/<old>-<new>/.

The changes come from the diff engine's HTML report (`susi_spec.diff`), the same code
behind `susi diff`, so the site and the terminal never disagree; its sections become the
page's sections, their headings join the page's contents.
"""

from __future__ import annotations

from susi_spec.diff import DiffMeta, Endpoint, diff_specs
from susi_spec.diff.reports.as_html import html_report
from susi_spec.diff.trace import with_decisions
from susi_spec.model.cycles import CycleRecord
from susi_spec.render.addresses import (
    changes_address,
    cycles_address,
    relative,
    spec_address,
    version_address,
)
from susi_spec.render.html import esc, heading_md, tag
from susi_spec.render.model import Page, SpecRecord, VersionView
from susi_spec.render.sanitize import sanitize_html
from susi_spec.render.site_terms import date_da, version_name

_CSS = "susi-section susi-diff"


def report_parts(
    spec_id: str, old: VersionView, new: VersionView, cycles: CycleRecord | None = None
) -> list[str]:
    """The diff report on the two versions as this page's parts: its intro, then its sections.

    Ammonia cleans each part once more (the report escapes all it takes from a spec), which
    also writes the report's attributes quoted, as the rest of the page is. The newlines
    around each part are those the page has always had, so no published page changes.
    """
    diff = diff_specs(old.spec, new.spec, old.sections, new.sections)
    diff = with_decisions(diff, cycles, new.label)  # the decisions behind each change
    meta = DiffMeta(spec_id, new.spec.title, _endpoint(old), _endpoint(new))
    report = html_report(diff, meta, "da", reader=True)
    # The report's first paragraph names the sides by id, ISO date and commit; the page's
    # own lead says the same in a reader's words, and the commits wait in `_sources`.
    intro = report.intro[1:]
    out = [tag("div", sanitize_html("\n\n" + "\n".join(intro) + "\n"), _CSS)]
    for number, section in enumerate(report.sections, start=1):
        end = "\n\n" if number == len(report.sections) else "\n"
        out.append(heading_md(2, section.title, f"aendringer-{number}"))
        out.append(tag("div", sanitize_html(section.html + end), _CSS))
    return out


def _endpoint(view: VersionView) -> Endpoint:
    date = view.date.isoformat() if view.date else None
    return Endpoint(
        version=view.label, commit=view.commit, date=date, label=version_name(view.label)
    )


def _sources(old: VersionView, new: VersionView) -> str:
    """Where each version is kept (its git commit), folded away: for those who look it up."""
    rows = [
        f"<li>{esc(version_name(v.label).capitalize())}: <code>{esc(v.commit[:8])}</code></li>"
        for v in (old, new)
        if v.commit
    ]
    if not rows:
        return ""
    return tag(
        "details",
        "<summary>Versionernes kilde</summary>"
        + tag("p", "Hver frigivet version er gemt i et git-repository under sin commit:")
        + tag("ul", "".join(rows)),
        "susi-sources",
        data_search_exclude="1",
    )


def render_changes_page(record: SpecRecord, old: VersionView, new: VersionView) -> Page:
    here = changes_address(record.spec_id, old.label, new.label)
    title = f"{new.spec.title}: ændringer fra {old.label} til {new.label}"
    old_link = relative(here, version_address(record.spec_id, old.label))
    new_link = relative(here, version_address(record.spec_id, new.label))
    home = relative(here, spec_address(record.spec_id))
    intro = (
        f'Hvad er ændret fra <a href="{old_link}">{esc(version_name(old.label))}</a> '
        f"({esc(date_da(old.date))}) til "
        f'<a href="{new_link}">{esc(version_name(new.label))}</a> ({esc(date_da(new.date))}). '
        f'<a href="{home}">Gå til den gældende version</a>.'
    )
    out = [
        heading_md(1, title, "top"),
        tag("div", tag("p", intro, "susi-lead") + _sources(old, new), "susi-header"),
    ]
    cycle = record.cycles.leading_to(new.label) if record.cycles is not None else None
    if cycle is not None:
        target = relative(here, cycles_address(record.spec_id))
        text = f"Læringscirkel {cycle.number}: fundene og beslutningerne bag ændringerne"
        out.append(tag("p", f'<a href="{target}#cirkel-{cycle.number}">{esc(text)}</a>'))
    out.extend(report_parts(record.spec_id, old, new, record.cycles))
    return Page(
        src_uri=f"{here}index.md",
        title=title,
        parts=tuple(out),
        kind="changes",
    )
