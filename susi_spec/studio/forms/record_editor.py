"""The editor of a record kept beside a spec: the learning-cycle record (`susi-cycles/1`)
and a place's follow-up (`susi-results/1`).

Neither has a layout of its own: every field is the schema's (fieldtree), drawn by the
generic controls in the model's order, so a field added to either model appears here too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

from susi_spec.loading.document import Document, parse_document
from susi_spec.model.cycles import CycleRecord
from susi_spec.model.results import RESULTS_SCHEMA, FollowUp
from susi_spec.studio.forms.controls import Form
from susi_spec.studio.forms.fieldtree import model_fields
from susi_spec.studio.forms.lists import render_field
from susi_spec.studio.forms.placing import Verdict, fill, slots_html
from susi_spec.studio.forms.spec_editor import PLACES, editor_frame
from susi_spec.studio.forms.vocab import word

# The records by their `schema`: the model, the editor's name for it (vocab.UI), and the
# fields that name a place (a municipality is suggested by its name while typing).
RECORDS: dict[str, tuple[type[BaseModel], str, tuple[str, ...]]] = {
    "susi-cycles/1": (CycleRecord, "cycles", ("cycles/places", "cycles/findings/places")),
    RESULTS_SCHEMA: (FollowUp, "results", ("place",)),
}


def record_kind(text: str) -> str | None:
    """The record schema the file names, or None when it is not a record."""
    front = parse_document(text.encode("utf-8"), "record.md").front
    schema = front.get("schema") if isinstance(front, dict) else None
    return schema if isinstance(schema, str) and schema in RECORDS else None


def render_record_editor(text: str, findings: Sequence[Verdict], lang: str) -> str:
    """The editor of a record as an HTML fragment, with each finding next to its field."""
    document, form, html = record_editor_parts(text, lang)
    return fill(html, slots_html(document, findings, form.slots, lang))


def record_editor_parts(text: str, lang: str) -> tuple[Document, Form, str]:
    """The file as read, the form drawn (its slots), and the editor's HTML without problems."""
    document = parse_document(text.encode("utf-8"), "record.md")
    front: dict[str, Any] = document.front if isinstance(document.front, dict) else {}
    model, kind, places = RECORDS[str(front.get("schema"))]
    form = Form(lang)
    form.suggestions.update(dict.fromkeys(places, PLACES))
    fields = "".join(
        render_field(form, field, (field.key,), front.get(field.key))
        for field in model_fields(model)
    )
    return document, form, editor_frame(form, kind, [(kind, word(kind, lang), fields)])
