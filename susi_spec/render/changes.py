"""The changes page between two consecutive releases, at /<id>/changes/<old>-<new>/.

The detailed changes come from the diff engine (`susi_spec.diff`), the same code behind
`susi diff`, so the site and the terminal never disagree. `engine_html` is the one seam to
it; while the engine is not there, the page shows what the releases themselves say: the
FRAME reasons, core elements added, removed and moved between levels, and changed sections.
"""

from __future__ import annotations

import html
import re

from susi_spec.history.maturity import maturity_matrix
from susi_spec.render import spec_parts as blocks
from susi_spec.render.addresses import changes_address, relative, spec_address, version_address
from susi_spec.render.html import esc, heading_md, tag, text_tag
from susi_spec.render.model import Page, SpecRecord, VersionView
from susi_spec.render.sanitize import sanitize_html
from susi_spec.render.site_terms import LEVELS, MOVES, SECTIONS, date_da, version_name

try:  # the seam to the diff engine: the same code as `susi diff`
    import susi_spec.diff as diff_engine
except ImportError:  # pragma: no cover
    diff_engine = None  # type: ignore[assignment]

_H1 = re.compile(r"<h1>.*?</h1>", re.S)
_FOOTER = re.compile(r"<footer>.*?</footer>", re.S)
_H2 = re.compile(r"<h2>(.*?)</h2>", re.S)
_TAGS = re.compile(r"<[^>]*>")


def engine_html(spec_id: str, old: VersionView, new: VersionView) -> str | None:
    """The diff engine's report on the two versions, as a sanitised fragment of this page.

    None when the engine is not installed: the page then shows `_summary` instead.
    """
    if diff_engine is None:
        return None
    diff = diff_engine.diff_specs(old.spec, new.spec, old.sections, new.sections)
    meta = diff_engine.DiffMeta(spec_id, new.spec.title, _endpoint(old), _endpoint(new))
    page = diff_engine.render_html(diff, meta, "da")
    body = page.partition("<body>")[2].rpartition("</body>")[0] or page
    body = _H1.sub("", body, count=1)  # the page has its own title
    body = _FOOTER.sub("", body)
    return sanitize_html(body)


def _endpoint(view: VersionView) -> diff_engine.Endpoint:
    date = view.date.isoformat() if view.date else None
    return diff_engine.Endpoint(
        version=view.label, commit=view.commit, date=date, label=version_name(view.label)
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
        tag("div", tag("p", intro, "susi-lead"), "susi-header"),
    ]
    detail = engine_html(record.spec_id, old, new)
    if detail is not None:
        out.extend(_with_headings(detail))
    else:  # without the engine: the FRAME reasons and a summary from the releases
        if new.spec.changes:
            out.append(heading_md(2, "Hvorfor versionen er ændret", "hvorfor"))
            out.append(tag("div", blocks.version_changes(new.spec), "susi-section"))
        out.append(heading_md(2, "Ændringerne", "aendringer"))
        out.append(tag("div", _summary(old, new), "susi-section susi-diff"))
    return Page(
        src_uri=f"{here}index.md",
        title=title,
        parts=tuple(out),
        kind="changes",
    )


def _with_headings(fragment: str) -> list[str]:
    """The report's `<h2>` headings as Markdown headings, so they join the contents."""
    parts = _H2.split(fragment)
    out = [tag("div", parts[0], "susi-section susi-diff")] if parts[0].strip() else []
    for number, index in enumerate(range(1, len(parts), 2), start=1):
        title = html.unescape(_TAGS.sub("", parts[index]))
        out.append(heading_md(2, title, f"aendringer-{number}"))
        out.append(tag("div", parts[index + 1], "susi-section susi-diff"))
    return out


def _summary(old: VersionView, new: VersionView) -> str:
    """What changed, from the releases alone: core elements and sections."""
    matrix = maturity_matrix([(old.label, old.spec), (new.label, new.spec)])
    items: list[str] = []
    for row in matrix.rows:
        before, after = row.cells
        name = f"<strong>{esc(row.title)}</strong>"
        if before.level is None and after.level is not None:
            items.append(f"<li>{name}: nyt kerneelement ({esc(LEVELS[after.level].lower())})</li>")
        elif after.level is None and before.level is not None:
            items.append(f"<li>{name}: fjernet</li>")
        elif after.move and before.level and after.level:
            items.append(
                f"<li>{name}: {esc(MOVES[after.move])} fra {esc(LEVELS[before.level].lower())} "
                f"til {esc(LEVELS[after.level].lower())}</li>"
            )
    parts = [text_tag("h3", "Kerneelementer")]
    parts.append(tag("ul", "".join(items)) if items else text_tag("p", "Ingen ændringer i niveau."))
    old_text = {s.anchor: " ".join(s.text.split()) for s in old.sections}
    changed = [
        SECTIONS.get(s.anchor, s.title)
        for s in new.sections
        if old_text.get(s.anchor) != " ".join(s.text.split())
    ]
    parts.append(text_tag("h3", "Afsnit med ændret tekst"))
    parts.append(
        tag("ul", "".join(f"<li>{esc(name)}</li>" for name in changed))
        if changed
        else text_tag("p", "Ingen.")
    )
    return "".join(parts)
