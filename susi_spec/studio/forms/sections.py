"""The body's Markdown sections as the editor shows them: each in a Markdown editor.

A section's text is everything under its `## ... {#anchor}` heading up to the next section
of the same level, its `###` subsections included (the core elements' narratives under
`content`): what `SetSection` replaces.
"""

from __future__ import annotations

from susi_spec.loading.document import Document
from susi_spec.render.html import attr, esc, tag
from susi_spec.studio.forms.controls import Form, slot
from susi_spec.studio.forms.vocab import section_title, word


def section_texts(document: Document) -> dict[str, str]:
    """Each top-level section's Markdown by anchor, without its heading."""
    lines = document.body.split("\n")
    starts = [(s.anchor, s.span.line - document.body_line) for s in document.sections]
    texts: dict[str, str] = {}
    for number, (anchor, start) in enumerate(starts):
        end = starts[number + 1][1] if number + 1 < len(starts) else len(lines)
        texts.setdefault(anchor, "\n".join(lines[start + 1 : end]).strip("\n"))
    return texts


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
