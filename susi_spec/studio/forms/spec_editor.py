"""The whole editor of a spec: its fields by the nine parts of a description, not by key.

Which part a key belongs to is the one thing the studio adds to the schema (PARTS); a key
no part names lands under *Øvrige felter*, so a field added to the format is shown anyway.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

from susi_spec.loading.document import Document, Section, parse_document
from susi_spec.model import Spec
from susi_spec.model.municipalities import MUNICIPALITIES
from susi_spec.model.types import BODY_SECTIONS
from susi_spec.render.html import esc, tag
from susi_spec.render.sanitize import ALLOWED_TAGS
from susi_spec.studio.forms.cards import core_element_card
from susi_spec.studio.forms.controls import Form, datalists, slot
from susi_spec.studio.forms.fieldtree import Field, model_fields
from susi_spec.studio.forms.lists import render_field
from susi_spec.studio.forms.placing import GENERAL, Verdict, fill, slots_html
from susi_spec.studio.forms.sections import (
    other_sections,
    other_sections_part,
    section_editor,
    section_texts,
)
from susi_spec.studio.forms.theory_form import theory_hooks
from susi_spec.studio.forms.vocab import section_title, word

# The front-matter keys shown with each part of a description (FORMAT.md, Body), after
# "general": what the description is and which version. The order within a part is the
# schema's.
PARTS: dict[str, tuple[str, ...]] = {
    "general": ("schema", "id", "title", "summary", "version", "status", "released",
                "milestone", "phase", "intervention_type", "places", "contributors",
                "changes"),
    "introduction": (),
    "target-group": ("target_group",),
    "knowledge-base": ("knowledge_basis", "evidence_profile"),
    "theory-of-change": ("theory_of_change",),
    "content": ("core_elements", "delivery", "materials"),
    "implementation": ("implementation", "risks", "legal_basis"),
    "competencies": ("competencies",),
    "documentation": ("documentation",),
    "costs": ("costs",),
}  # fmt: skip


def render_spec_editor(
    text: str, findings: Sequence[Verdict], lang: str, *, model: type[BaseModel] = Spec
) -> str:
    """The editor of a spec file as an HTML fragment, with each finding next to its field.

    `model` is the format's (a test passes a model with a field added).
    """
    document, form, html = spec_editor_parts(text, lang, model)
    return fill(html, slots_html(document, findings, form.slots, lang))


def spec_editor_parts(
    text: str, lang: str, model: type[BaseModel] = Spec
) -> tuple[Document, Form, str]:
    """The file as read, the form drawn (its slots), and the editor's HTML without problems."""
    document = parse_document(text.encode("utf-8"), "index.md")
    front: dict[str, Any] = document.front if isinstance(document.front, dict) else {}
    form = spec_form(front, lang)
    return (
        document,
        form,
        editor_html(
            form,
            model_fields(model),
            front,
            section_texts(document),
            "spec",
            other_sections(document),
        ),
    )


# A place is written as a municipality's id; typing its name finds it.
PLACES = [(m.id, m.name) for m in MUNICIPALITIES]


def spec_form(front: dict[str, Any], lang: str) -> Form:
    """A form with the spec's own hooks and references (its core elements and nodes)."""
    elements = [e for e in front.get("core_elements") or [] if isinstance(e, dict)]
    form = Form(lang)
    form.references["core_elements"] = [
        (str(e.get("id", "")), f"{e.get('title') or e.get('id')}") for e in elements if e.get("id")
    ]
    form.hooks["core_elements/*"] = core_element_card
    form.suggestions["places"] = PLACES
    form.hooks.update(theory_hooks(front))
    return form


def editor_html(
    form: Form,
    fields: tuple[Field, ...],
    front: dict[str, Any],
    texts: dict[str, str],
    kind: str,
    others: list[tuple[Section, str]] | None = None,
) -> str:
    """Every part as a section of the editor: its fields, then its Markdown text; the
    file's `others` sections (no anchor of the nine) after them, as they stand."""
    placed = {key for keys in PARTS.values() for key in keys}
    parts: list[tuple[str, str, str]] = []
    for part, keys in PARTS.items():
        inner = "".join(
            render_field(form, field, (field.key,), front.get(field.key))
            for field in fields
            if field.key in keys
        )
        if part in BODY_SECTIONS:
            inner += section_editor(form, part, texts.get(part))
        title = word("general", form.lang) if part == GENERAL else section_title(part, form.lang)
        parts.append((part, title, inner))
    rest = "".join(
        render_field(form, field, (field.key,), front.get(field.key))
        for field in fields
        if field.key not in placed
    )
    if rest:
        parts.append(("other", word("other", form.lang), rest))
    if others:
        title = word("other_sections", form.lang)
        parts.append(("other-sections", title, other_sections_part(form, others)))
    return editor_frame(form, kind, parts)


def editor_frame(form: Form, kind: str, parts: list[tuple[str, str, str]]) -> str:
    """The parts as sections with a table of contents, and the slot for the whole file."""
    nav = "".join(
        f'<li><a href="#part-{esc(part)}">{esc(title)}</a></li>' for part, title, _ in parts
    )
    sections = "".join(
        tag(
            "section",
            tag("h2", esc(title), id=f"part-{part}-title") + inner,
            "editor__part",
            id=f"part-{part}",
            aria_labelledby=f"part-{part}-title",
        )
        for part, title, inner in parts
    )
    return tag(
        "div",
        tag("nav", tag("ol", nav), "editor__parts", aria_label=word("parts", form.lang))
        + slot(form, (GENERAL,))
        + sections
        + datalists(form),
        "susi-editor",
        id="susi-editor",
        data_kind=kind,
        data_allowed_tags=" ".join(sorted(ALLOWED_TAGS)),
        lang=form.lang,
    )
