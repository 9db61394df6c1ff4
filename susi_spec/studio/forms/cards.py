"""A core element as a card: the level with what it means beside it, rename, the rest generic.

The level's explanation is the site's (render/site_terms.py); the fields a guideline needs
(options and the rule for choosing, FORMAT.md SP122/SP123, and that a rule has none, SP120)
are shown when the level is a guideline, or when they hold a value whatever the level, so
nothing written is ever hidden.
"""

from __future__ import annotations

from typing import Any

from susi_spec.model.types import LEVEL_ORDER
from susi_spec.render.html import attr, esc, tag
from susi_spec.studio.forms.controls import (
    ID_PATTERN_ATTR,
    Form,
    dom_id,
    path_attr,
    scalar,
    shown,
)
from susi_spec.studio.forms.fieldtree import Field
from susi_spec.studio.forms.lists import render_field
from susi_spec.studio.forms.vocab import Path, choice_label, level_hint, word

# Fields only one level uses, and that level.
LEVEL_FIELDS = {"options": "guideline", "decision_rule": "guideline"}


def core_element_card(form: Form, field: Field, path: Path, element: dict[str, Any]) -> str:
    """The fields of one core element, its level explained and its id renamed, not retyped."""
    level = shown(element.get("level"))
    parts = [_rename(form, field, path, element)]
    for inner in field.fields:
        value = element.get(inner.key)
        inner_path = (*path, inner.key)
        if inner.key == "id":
            continue
        if inner.key == "level":
            parts.append(_level(form, inner, inner_path, level))
            continue
        html = render_field(form, inner, inner_path, value)
        needs = LEVEL_FIELDS.get(inner.key)
        if needs is not None:
            hidden = " hidden" if level != needs and value in (None, [], "") else ""
            html = f'<div class="by-level"{attr("data-levels", needs)}{hidden}>{html}</div>'
        parts.append(html)
    return "".join(parts)


def _rename(form: Form, field: Field, path: Path, element: dict[str, Any]) -> str:
    """The id as it stands (read-only) and a rename that keeps the old id in previous_ids."""
    id_field = next(f for f in field.fields if f.key == "id")
    current = shown(element.get("id"))
    read_only = Field("id", "fixed", id_field.title, id_field.description, const=current)
    shown_id = scalar(form, read_only, (*path, "id"), current)
    ident = f"rename-{dom_id(path)}"
    note = f"rename-note-{dom_id(path)}"
    return shown_id + tag(
        "div",
        f'<label for="{esc(ident)}">{esc(word("rename_to", form.lang))}</label>'
        f'<input type="text"{attr("id", ident)}{ID_PATTERN_ATTR}{attr("aria-describedby", note)}'
        f"{attr('value', current)}>"
        f'<button type="button" class="op op--rename" data-op="rename"{path_attr(path)}'
        f"{attr('data-source', ident)}>{esc(word('rename', form.lang))}</button>"
        + tag("p", esc(word("rename_note", form.lang)), "field__help", id=note),
        "field field--rename",
    )


def _level(form: Form, field: Field, path: Path, level: str) -> str:
    """The level chosen, with each level's meaning beside it (the chosen one marked in words)."""
    hints = "".join(
        tag(
            "li",
            f"<strong>{esc(choice_label(path, key, form.lang).capitalize())}</strong>: "
            + esc(level_hint(key, form.lang)),
            "level-hint" + (" level-hint--current" if key == level else ""),
            data_level=key,
            aria_current="true" if key == level else "false",
        )
        for key in sorted(LEVEL_ORDER, key=LEVEL_ORDER.__getitem__, reverse=True)
    )
    explained = tag(
        "div",
        tag("p", esc(word("level_means", form.lang)), "level-help__title") + tag("ul", hints),
        "level-help",
        id=f"help-{dom_id(path)}",
    )
    # The schema's description names the three levels in one sentence; this says each.
    return tag("div", scalar(form, field, path, level, explained), "level")
