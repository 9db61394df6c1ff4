"""The body's Markdown sections as the editor shows them: each in a Markdown editor.

A section's text is what `SetSection` replaces and editing's `section_text` reads: what
stands between its heading and the next section's, the `###` subsections included (the core
elements' narratives under `content`), without the blank lines around it. The editor needs
all nine at once, so they are cut from the one reading of the file the form is made from
(`section_text` reads the file again for each; tests hold the two to the same text).
"""

from __future__ import annotations

from susi_spec.loading.document import Document, parse_document
from susi_spec.model.types import BODY_SECTIONS
from susi_spec.render.html import attr, esc, tag
from susi_spec.studio.forms.controls import Form, slot
from susi_spec.studio.forms.vocab import section_title, word


def section_texts(source: str | Document) -> dict[str, str]:
    """The Markdown of each section a file (its text, or as read) has, by anchor."""
    document = (
        parse_document(source.encode("utf-8"), "file.md") if isinstance(source, str) else source
    )
    lines = document.body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    starts = [(s.anchor, s.span.line - document.body_line) for s in document.sections]
    texts: dict[str, str] = {}
    for number, (anchor, start) in enumerate(starts):
        end = starts[number + 1][1] if number + 1 < len(starts) else len(lines)
        if anchor in BODY_SECTIONS:
            texts.setdefault(anchor, _without_blank_ends(lines[start + 1 : end]))
    return texts


def _without_blank_ends(lines: list[str]) -> str:
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return "\n".join(lines)


def section_editor(form: Form, key: str, text: str | None) -> str:
    """A section's text in a textarea that editor.js turns into the vendored Markdown editor.

    A section the file does not have yet says so; typing in it adds the section.
    """
    path = ("section", key)
    ident = "field-section-" + key
    title = f"{word('markdown', form.lang)}: {section_title(key, form.lang)}"
    return tag(
        "div",
        f'<label for="{esc(ident)}">{esc(title)}</label>'
        f'<textarea class="markdown" rows="8"{attr("id", ident)}{attr("data-section", key)}'
        f"{attr('aria-describedby', 'problems-section-' + key)}>{esc(text or '')}</textarea>"
        + slot(form, path),
        "field field--markdown",
    )
