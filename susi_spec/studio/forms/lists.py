"""Groups, lists and cards: the generic form of any field the schema describes.

A list's items are added, removed and moved by buttons (keyboard operable, each named by
what it acts on); editor.js sends them as `insert`, `remove` and `move` ops.
"""

from __future__ import annotations

import json
from typing import Any

from susi_spec.render.html import attr, esc, tag
from susi_spec.studio.forms.controls import (
    ID_PATTERN_ATTR,
    Form,
    checkboxes,
    dom_id,
    help_text,
    path_attr,
    scalar,
    shown,
    slot,
    title_html,
)
from susi_spec.studio.forms.fieldtree import Field
from susi_spec.studio.forms.vocab import Path, choice_label, field_key, label, word


def render_field(form: Form, field: Field, path: Path, value: Any) -> str:
    """The control of any field: the hook for its key when there is one, else by its kind."""
    hook = form.hooks.get(field_key(path))
    if hook is not None:
        return hook(form, field, path, value)
    return generic(form, field, path, value)


def generic(form: Form, field: Field, path: Path, value: Any) -> str:
    """The control the schema's shape gives a field."""
    if field.kind == "group":
        return group(form, field, path, value if isinstance(value, dict) else {})
    items = value if isinstance(value, list) else []
    if field.kind == "enums":
        choices = [(c, choice_label(path, c, form.lang)) for c in field.choices]
        return checkboxes(form, field, path, items, choices)
    if field.kind == "ids" and field.key in form.references:
        return checkboxes(form, field, path, items, form.references[field.key])
    if field.kind in ("texts", "ids", "cards", "options"):
        return item_list(form, field, path, items)
    return scalar(form, field, path, value)


def group(form: Form, field: Field, path: Path, value: dict[str, Any]) -> str:
    """A mapping as a fieldset of its fields (drawn also when it is not there yet)."""
    inner = "".join(render_field(form, f, (*path, f.key), value.get(f.key)) for f in field.fields)
    return tag(
        "fieldset",
        f"<legend>{title_html(field, path, form.lang)}</legend>"
        + help_text(field, path, form.lang)
        + slot(form, path)
        + inner,
        "group",
        id=f"field-{dom_id(path)}",
    )


def item_list(form: Form, field: Field, path: Path, items: list[Any]) -> str:
    """A list with a control or a card per item and the buttons that change the list."""
    name = label(field, path, form.lang)
    rows = "".join(
        _row(form, field, path, index, item, len(items), name) for index, item in enumerate(items)
    )
    add = button(
        form,
        "insert",
        path,
        f"{word('add', form.lang)}: {name}",
        word("add", form.lang),
        index=len(items),
        value=json.dumps(blank(field, items), ensure_ascii=False),
        ident=f"add-{dom_id(path)}",
    )
    return tag(
        "fieldset",
        f"<legend>{title_html(field, path, form.lang)}</legend>"
        + help_text(field, path, form.lang)
        + slot(form, path)
        + (tag("ol", rows, "items") if rows else "")
        + add,
        f"field field--{field.kind}",
        id=f"field-{dom_id(path)}",
    )


def _row(form: Form, field: Field, path: Path, index: int, item: Any, count: int, name: str) -> str:
    """One item of a list; a card folds away under its title (open at first)."""
    here = f"{name} {index + 1}"
    if field.kind != "cards":
        inner = _item(form, field, (*path, index), item, here) + actions(
            form, path, index, count, here
        )
        return tag("li", inner, "item card" if field.kind == "options" else "item")
    title = _title(field, item)
    named = f"{here}: {title}" if title else here
    inner = (
        tag("summary", esc(named), id=f"field-{dom_id((*path, index))}")
        + slot(form, (*path, index))
        + _item(form, field, (*path, index), item, here)
        + actions(form, path, index, count, named)
    )
    return tag("li", f"<details open>{inner}</details>", "item card")


def _title(field: Field, item: Any) -> str:
    """What a card is known by: its first one-line text (a title, a name), else its id."""
    if not isinstance(item, dict):
        return ""
    for kinds in (("line",), ("id", "text")):
        for inner in field.fields:
            value = item.get(inner.key)
            if inner.kind in kinds and isinstance(value, str) and value.strip():
                return " ".join(value.split())[:80]
    return ""


def _item(form: Form, field: Field, path: Path, item: Any, name: str) -> str:
    if field.kind == "cards":
        mapping = item if isinstance(item, dict) else {}
        hook = form.hooks.get(field_key(path) + "/*")
        if hook is not None:
            return hook(form, field, path, mapping)
        return card_fields(form, field, path, mapping)
    if field.kind == "options":
        return option_item(form, field, path, item)
    one = Field(field.key, "id" if field.kind == "ids" else "text", name)
    return scalar(form, one, path, shown(item))


def card_fields(form: Form, field: Field, path: Path, mapping: dict[str, Any]) -> str:
    """A card's fields, in the schema's order."""
    return "".join(render_field(form, f, (*path, f.key), mapping.get(f.key)) for f in field.fields)


def option_item(form: Form, field: Field, path: Path, item: Any) -> str:
    """A text or a mapping (a guideline's option, a fidelity criterion, an indicator): its
    text, and an id (optional) that makes it a mapping.

    An item written as a plain text has no id key; typing one turns it into {id, <text
    key>} (editor.js sends `set` of the whole item, with `data-promote`); the mapping's
    text key is `text`, or the first required field that is not the id (`what`).
    """
    if isinstance(item, dict):
        return card_fields(form, field, path, item)
    text_field = next(
        (f for f in field.fields if f.key == "text"),
        next(f for f in field.fields if f.required and f.key != "id"),
    )
    plain = Field(text_field.key, text_field.kind, text_field.title, required=True)
    ident = f"field-{dom_id((*path, 'id'))}"
    id_word = "indicator_id" if field.key == "indicators" else "option_id"
    id_control = tag(
        "div",
        f'<label for="{esc(ident)}">{esc(word(id_word, form.lang))}</label>'
        f'<input type="text"{attr("id", ident)}{path_attr(path)} data-kind="promote"'
        f"{attr('data-text', text_field.key)}"
        f'{ID_PATTERN_ATTR} value="">' + slot(form, (*path, "id")),
        "field field--id",
    )
    return scalar(form, plain, path, item) + id_control + _level_promote(form, field, path)


def _level_promote(form: Form, field: Field, path: Path) -> str:
    """A plain-text activity's own level: choosing one turns it into {text, level}."""
    level = next((f for f in field.fields if f.key == "level"), None)
    if level is None:
        return ""
    ident = f"field-{dom_id((*path, 'level'))}"
    choices = f'<option value="" selected>{esc(word("element_level", form.lang))}</option>'
    choices += "".join(
        f"<option{attr('value', key)}>{esc(choice_label((*path, 'level'), key, form.lang))}"
        "</option>"
        for key in level.choices
    )
    return tag(
        "div",
        f'<label for="{esc(ident)}">{esc(word("own_level", form.lang))}</label>'
        f'<select{attr("id", ident)}{path_attr(path)} data-kind="promote" data-key="level">'
        f"{choices}</select>" + slot(form, (*path, "level")),
        "field field--level",
    )


def actions(form: Form, path: Path, index: int, count: int, name: str) -> str:
    """Move up, move down and remove, each named by its item."""
    parts = []
    if index > 0:
        parts.append(
            button(form, "move", path, f"{word('up', form.lang)}: {name}", "↑", src=index,
                   dst=index - 1)
        )  # fmt: skip
    if index < count - 1:
        parts.append(
            button(form, "move", path, f"{word('down', form.lang)}: {name}", "↓", src=index,
                   dst=index + 1)
        )  # fmt: skip
    parts.append(
        button(form, "remove", (*path, index), f"{word('remove', form.lang)}: {name}",
               word("remove", form.lang))
    )  # fmt: skip
    return tag("div", "".join(parts), "item__actions")


def button(
    form: Form, op: str, path: Path, name: str, text: str, ident: str = "", **data: object
) -> str:
    """A button that sends one op; its accessible name says what it acts on."""
    extra = (attr("id", ident) if ident else "") + "".join(
        attr(f"data-{key}", value) for key, value in data.items()
    )
    return (
        f'<button type="button" class="op op--{op}"{attr("data-op", op)}{path_attr(path)}'
        f"{extra}{attr('aria-label', name)}>{esc(text)}</button>"
    )


def blank(field: Field, items: list[Any]) -> Any:
    """A new item that loads: its required fields filled, an id that is not taken yet."""
    if field.kind not in ("cards",):
        return ""
    taken = {item.get("id") for item in items if isinstance(item, dict)}
    value: dict[str, Any] = {}
    for inner in field.fields:
        if not inner.required:
            continue
        if inner.kind == "id":
            value[inner.key] = _free_id(field.key, taken)
        elif inner.kind == "enum":
            # The first value; for a level the last, principle: the loosest one to start from.
            value[inner.key] = inner.choices[-1] if inner.key == "level" else inner.choices[0]
        elif inner.kind == "fixed":
            value[inner.key] = inner.const
        else:
            value[inner.key] = ""
    return value


def _free_id(key: str, taken: set[Any]) -> str:
    stem = key.replace("_", "-").rstrip("s") or "nyt"
    number = 1
    while f"{stem}-{number}" in taken:
        number += 1
    return f"{stem}-{number}"
