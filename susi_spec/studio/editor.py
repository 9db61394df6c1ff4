"""The editor as the studio draws it: the forms' HTML of a draft, and the problem slots it
drew, kept with the draft so that a change answers with the slots' contents only.

Drawing the whole editor (the schema walked, every section read) costs more than the check
itself; the slots drawn change only when the form's shape does (an item added, removed,
moved or renamed, a list set), so between such changes they are reused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from susi_spec.history.common_model import CommonModel
from susi_spec.loading.document import Document
from susi_spec.model import Spec
from susi_spec.problems import Problem
from susi_spec.studio.drafts import Draft
from susi_spec.studio.forms import render_local_editor
from susi_spec.studio.forms.fieldtree import model_fields
from susi_spec.studio.forms.placing import fill, slots_html
from susi_spec.studio.forms.record_editor import record_kind, render_record_editor
from susi_spec.studio.forms.sections import other_sections, section_texts
from susi_spec.studio.forms.spec_editor import editor_html, spec_form

_SLOT = re.compile(
    r'<div class="problems" id="problems-([^"]+)" aria-live="polite">(.*?)</div>', re.S
)
_SCALAR = (str, int, float, bool, type(None))


def draw(
    draft: Draft,
    document: Document,
    problems: Sequence[Problem],
    common: CommonModel | None,
    lang: str,
) -> str:
    """The editor of the draft with each problem in its field's slot; remembers the slots."""
    if draft.path.name != "index.md":
        draft.slots = None  # a local file's editor, a record's, is small: drawn whole each time
        if record_kind(draft.text) is not None:
            return render_record_editor(draft.text, problems, lang)
        return render_local_editor(draft.text, common, problems, lang)
    front: dict[str, Any] = document.front if isinstance(document.front, dict) else {}
    form = spec_form(front, lang)
    texts, others = section_texts(document), other_sections(document)
    html = editor_html(form, model_fields(Spec), front, texts, "spec", others)
    draft.slots = list(form.slots)
    return fill(html, slots_html(document, problems, form.slots, lang))


def reshapes(ops: Sequence[object]) -> bool:
    """Whether the operations may change which fields the form draws."""
    for op in ops:
        if not isinstance(op, dict):
            return True
        kind = op.get("op")
        if kind == "section":
            continue
        if kind == "set" and isinstance(op.get("value"), _SCALAR):
            continue
        return True
    return False


def slots(
    draft: Draft,
    document: Document,
    problems: Sequence[Problem],
    common: CommonModel | None,
    lang: str,
) -> tuple[dict[str, str], str | None]:
    """Each slot's problems after a change, and the editor when it had to be drawn anew."""
    if draft.slots is None:
        html = draw(draft, document, problems, common, lang)
        return {suffix: inner for suffix, inner in _SLOT.findall(html) if inner}, html
    return slots_html(document, problems, draft.slots, lang), None
