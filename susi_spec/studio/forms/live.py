"""What the server sends back after a change: each field's problems, the diagram redrawn."""

from __future__ import annotations

from collections.abc import Sequence

from susi_spec.history.common_model import CommonModel
from susi_spec.loading.document import parse_document
from susi_spec.studio.forms.local_editor import local_editor_parts
from susi_spec.studio.forms.placing import Verdict, slots_html
from susi_spec.studio.forms.record_editor import record_editor_parts, record_kind
from susi_spec.studio.forms.spec_editor import spec_editor_parts
from susi_spec.studio.forms.theory_form import diagram


def problem_slots(
    text: str, findings: Sequence[Verdict], lang: str, common: CommonModel | None = None
) -> dict[str, str]:
    """Each slot's problems by suffix (`problems-<suffix>`); editor.js empties the others.

    A local implementation's slots need its common model, as its editor does.
    """
    if record_kind(text) is not None:
        document, form, _ = record_editor_parts(text, lang)
    elif _is_local(text):
        document, form, _ = local_editor_parts(text, common, lang)
    else:
        document, form, _ = spec_editor_parts(text, lang)
    return slots_html(document, findings, form.slots, lang)


def _is_local(text: str) -> bool:
    front = parse_document(text.encode("utf-8"), "file.md").front
    return isinstance(front, dict) and front.get("schema") == "susi-local/1"


def render_diagram(text: str, lang: str) -> str:
    """The theory of change's diagram alone (id `theory-diagram`), redrawn after a change."""
    front = parse_document(text.encode("utf-8"), "index.md").front
    return diagram(front.get("theory_of_change") if isinstance(front, dict) else None, lang)
