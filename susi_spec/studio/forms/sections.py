"""The body's Markdown sections as the editor shows them: each in a Markdown editor.

A section's text is what `SetSection` replaces and editing's `section_text` reads: what
stands between its heading and the next section's, the `###` subsections included (the core
elements' narratives under `content`), without the blank lines around it. The editor needs
all nine at once, so they are cut from the one reading of the file the form is made from
(`section_text` reads the file again for each; tests hold the two to the same text).
"""

from __future__ import annotations

from susi_spec.loading.document import Document, Section, parse_document
from susi_spec.model.types import BODY_SECTIONS
from susi_spec.render.html import attr, esc, tag
from susi_spec.studio.forms.controls import Form, slot
from susi_spec.studio.forms.vocab import section_title, word


def section_texts(source: str | Document) -> dict[str, str]:
    """The Markdown of each section a file (its text, or as read) has, by anchor."""
    texts: dict[str, str] = {}
    for section, text in _cut(source):
        if section.anchor in BODY_SECTIONS:
            texts.setdefault(section.anchor, text)
    return texts


def other_sections(source: str | Document) -> list[tuple[Section, str]]:
    """The sections the editor's nine do not show, and each one's Markdown: an anchor none
    of the nine (misspelt, or a heading of the file's own) or one of the nine again
    (SetSection edits the first). They are kept as they are."""
    seen: set[str] = set()
    found = []
    for section, text in _cut(source):
        if section.anchor in BODY_SECTIONS and section.anchor not in seen:
            seen.add(section.anchor)
        else:
            found.append((section, text))
    return found


def _cut(source: str | Document) -> list[tuple[Section, str]]:
    """Each `##` section and the Markdown up to the next one."""
    document = (
        parse_document(source.encode("utf-8"), "file.md") if isinstance(source, str) else source
    )
    lines = document.body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    starts = [s.span.line - document.body_line for s in document.sections]
    ends = [*starts[1:], len(lines)][: len(starts)]  # none when the body has no section
    return [
        (section, _without_blank_ends(lines[start + 1 : end]))
        for section, start, end in zip(document.sections, starts, ends, strict=True)
    ]


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


def other_sections_part(form: Form, sections: list[tuple[Section, str]]) -> str:
    """The sections the studio does not edit, shown as they stand, each with its problems
    (the check says which of the nine a misspelt anchor was meant to be)."""
    lang = form.lang
    note = word("other_sections_note", lang)
    blocks = []
    for section, text in sections:
        # One of the nine again: its own ids, the first one's are the editor's.
        key = section.anchor
        if key in BODY_SECTIONS:
            key += f"-line-{section.span.line}"
        ident = "field-section-" + key
        heading = f"## {section.title} {{#{section.anchor}}}"
        where = word("line", lang) + f" {section.span.line}"
        blocks.append(
            tag(
                "div",
                f'<label for="{esc(ident)}">{esc(heading)} ({esc(where)})</label>'
                f'<textarea readonly rows="4"{attr("id", ident)}'
                f"{attr('aria-describedby', 'problems-section-' + key)}>"
                f"{esc(text)}</textarea>" + slot(form, ("section", key)),
                "field field--markdown",
            )
        )
    return tag("p", esc(note), "field__help") + "".join(blocks)
