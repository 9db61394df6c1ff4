"""The body's Markdown sections as the editor shows them: each in a Markdown editor.

A section's text is what `SetSection` replaces (editing's `section_text`): everything under
its heading, the `###` subsections included (the core elements' narratives under `content`).
"""

from __future__ import annotations

from susi_spec.editing import section_text
from susi_spec.model.types import BODY_SECTIONS
from susi_spec.render.html import attr, esc, tag
from susi_spec.studio.forms.controls import Form, slot
from susi_spec.studio.forms.vocab import section_title, word


def section_texts(text: str) -> dict[str, str]:
    """The Markdown of each section the file has, by anchor."""
    found = {key: section_text(text, key) for key in BODY_SECTIONS}
    return {key: value for key, value in found.items() if value is not None}


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
