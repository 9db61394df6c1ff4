"""The changes page between two consecutive releases, at /<id>/changes/<old>-<new>/.

The detailed changes come from the diff engine (`susi_spec.diff`), the same code behind
`susi diff`, so the site and the terminal never disagree. `engine_html` is the one seam to
it; while the engine is not there, the page shows what the releases themselves say: the
FRAME reasons, core elements added, removed and moved between levels, and changed sections.
"""

from __future__ import annotations

from susi_spec.maturity import maturity_matrix
from susi_spec.render import blocks
from susi_spec.render.addresses import changes_address, relative, spec_address, version_address
from susi_spec.render.html import esc, heading_md, tag, text_tag
from susi_spec.render.labels import LEVELS, MOVES, SECTIONS, date_da, version_name
from susi_spec.render.model import Page, SpecRecord, VersionView
from susi_spec.render.sanitize import sanitize_html


def engine_html(old: VersionView, new: VersionView) -> str | None:
    """The diff engine's HTML for the two versions, sanitised; None while there is no engine."""
    try:
        from susi_spec.diff import diff_fragment  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return None
    html: str = diff_fragment(old, new)
    return sanitize_html(html)


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
    if new.spec.changes:
        out.append(heading_md(2, "Hvorfor versionen er ændret", "hvorfor"))
        out.append(tag("div", blocks.version_changes(new.spec), "susi-section"))
    detail = engine_html(old, new)
    out.append(heading_md(2, "Ændringerne", "aendringer"))
    out.append(
        tag("div", detail if detail is not None else _summary(old, new), "susi-section susi-diff")
    )
    return Page(
        src_uri=f"{here}index.md",
        title=title,
        markdown="\n\n".join(out) + "\n",
        kind="changes",
    )


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
