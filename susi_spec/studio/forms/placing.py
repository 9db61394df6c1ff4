"""Which field a problem is about: a finding's line and column mapped to a drawn slot.

The loader knows where every key and value of the front matter starts; a finding points at
one of them (or at a body section's heading). Its slot is the deepest drawn field at that
place, else the nearest drawn field that holds it, else the editor's general slot.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from susi_spec.loading.document import Document
from susi_spec.problems import Span, Text
from susi_spec.render.html import esc, tag
from susi_spec.studio.forms.controls import dom_id
from susi_spec.studio.forms.vocab import Path

GENERAL = "general"


class Verdict(Protocol):
    """A finding or a problem: where, what, and (a problem's) code and severity."""

    @property
    def span(self) -> Span: ...

    @property
    def text(self) -> Text: ...


_SEVERITY = {
    "error": ("Fejl", "Error"),
    "warning": ("Advarsel", "Warning"),
    "todo": ("Mangler", "To do"),
    "note": ("Note", "Note"),
}


def slot_of(document: Document, span: Span, drawn: set[Path]) -> str:
    """The suffix of the slot id (`problems-<suffix>`) where a finding at `span` is shown."""
    for section in document.sections:
        if span.line >= section.span.line and _in_section(document, section.anchor, span):
            return dom_id(("section", section.anchor))
    front = document.front_offset + 1
    here: list[tuple[int, Path]] = []
    for table in (document.positions.keys, document.positions.values):
        for path, (line, column) in table.items():
            if line + front == span.line and column + 1 <= span.column:
                here.append((column, path))
    # The nearest start before the finding's column, and of those the deepest path; but the
    # rules point at an item's `id` for what is about the whole item (a core element without
    # `what`), so such a finding goes to the item's card, at its top.
    for _, path in sorted(here, key=lambda found: (found[0], len(found[1])), reverse=True):
        if path[-1:] == ("id",) and len(path) > 1 and path[:-1] in drawn:
            path = path[:-1]
        for length in range(len(path), 0, -1):
            if path[:length] in drawn:
                return dom_id(path[:length])
    return GENERAL


def _in_section(document: Document, anchor: str, span: Span) -> bool:
    lines = [s.span.line for s in document.sections]
    mine = next(s.span.line for s in document.sections if s.anchor == anchor)
    later = [line for line in lines if line > mine]
    return span.line < (min(later) if later else 10**9)


def problem_html(verdict: Verdict, lang: str) -> str:
    """One problem in the words of `susi check`, its severity in words (not colour only)."""
    severity = str(getattr(verdict, "severity", "") or "error")
    name = _SEVERITY.get(severity, _SEVERITY["error"])
    code = str(getattr(verdict, "code", "") or "")
    return tag(
        "p",
        f'<span class="problem__severity">{esc(name[1] if lang == "en" else name[0])}</span> '
        + (f'<span class="problem__code">{esc(code)}</span> ' if code else "")
        + esc(verdict.text.get(lang)),
        f"problem problem--{esc(severity)}",
    )


def slots_html(
    document: Document, verdicts: Sequence[Verdict], drawn: Iterable[Path], lang: str
) -> dict[str, str]:
    """The HTML of each slot that has problems, by slot suffix."""
    known = set(drawn)
    found: dict[str, list[str]] = {}
    for verdict in verdicts:
        found.setdefault(slot_of(document, verdict.span, known), []).append(
            problem_html(verdict, lang)
        )
    return {suffix: "".join(items) for suffix, items in found.items()}


def fill(html: str, slots: dict[str, str]) -> str:
    """The editor's HTML with each slot's problems put into its empty `<div>`."""
    for suffix, content in slots.items():
        empty = f'id="problems-{esc(suffix)}" aria-live="polite"></div>'
        html = html.replace(empty, empty[: -len("</div>")] + content + "</div>", 1)
    return html
