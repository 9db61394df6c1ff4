"""One control per field kind, with its label, help text and problem slot.

Every control's id is `field-` + the path joined by `-` (the server puts problems next to
it by that id) and carries its path as JSON in `data-path`; editor.js turns a change into
an op on that path. Every value is escaped (render/html.py's `esc` and `attr`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from susi_spec.model.types import ID_PATTERN
from susi_spec.render.html import attr, esc, tag
from susi_spec.studio.forms.fieldtree import Field
from susi_spec.studio.forms.vocab import Path, choice_label, field_key, label, word

# The browser's own hint for an id: the model's ID_PATTERN without its anchors, the hyphen
# escaped (browsers compile `pattern` with the `v` flag, where a bare `-` in a class is an error).
ID_PATTERN_ATTR = attr("pattern", ID_PATTERN.strip("^$").replace("9-]", "9\\-]"))
# A renderer that replaces the generic one for a field (by its key without positions).
Hook = Callable[["Form", Field, Path, Any], str]


@dataclass
class Form:
    """What a form is being drawn with: the language, the hooks, the slots drawn so far."""

    lang: str
    hooks: dict[str, Hook] = field(default_factory=dict)
    # Choices for lists and fields of ids that name items of the same file, by field key:
    # (id, label) pairs, e.g. the core elements a node traces to.
    references: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    slots: list[Path] = field(default_factory=list)
    # Values to suggest while typing, by field key (a `<datalist>`): the municipalities.
    suggestions: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def dom_id(path: Path) -> str:
    """The suffix of a field's element id: the path joined by `-`."""
    return "-".join(str(part) for part in path)


def path_attr(path: Path) -> str:
    return attr("data-path", json.dumps(list(path), ensure_ascii=False))


def slot(form: Form, path: Path) -> str:
    """The empty place where the problems of `path` go."""
    form.slots.append(path)
    return f'<div class="problems" id="problems-{esc(dom_id(path))}" aria-live="polite"></div>'


def help_text(field: Field, path: Path, lang: str) -> str:
    """The field's description, as the schema has it (Danish)."""
    if not field.description:
        return ""
    return tag(
        "p",
        esc(field.description),
        "field__help",
        id=f"help-{dom_id(path)}",
        **({"lang": "da"} if lang == "en" else {}),
    )


def described_by(path: Path, helped: bool) -> str:
    ids = ([f"help-{dom_id(path)}"] if helped else []) + [f"problems-{dom_id(path)}"]
    return attr("aria-describedby", " ".join(ids))


def title_html(field: Field, path: Path, lang: str) -> str:
    """The label's text, and that the field is required in words (not only a mark)."""
    required = (
        f' <span class="field__required">({esc(word("required", lang))})</span>'
        if field.required
        else ""
    )
    return esc(label(field, path, lang)) + required


def scalar(form: Form, field: Field, path: Path, value: Any, help_html: str = "") -> str:
    """A labelled control for one value; `help_html` (id `help-...`) replaces the schema's."""
    ident = f"field-{dom_id(path)}"
    helps = help_html or help_text(field, path, form.lang)
    common = (
        attr("id", ident)
        + path_attr(path)
        + attr("data-kind", field.kind)
        + described_by(path, bool(helps))
        + (' aria-required="true"' if field.required else "")
    )
    control = _control(form, field, path, value, common)
    return tag(
        "div",
        f'<label for="{esc(ident)}">{title_html(field, path, form.lang)}</label>'
        + helps
        + control
        + slot(form, path),
        f"field field--{field.kind}",
        data_field=dom_id(path),
    )


def shown(value: Any) -> str:
    """A value as the text of a control ("" for none)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _control(form: Form, field: Field, path: Path, value: Any, common: str) -> str:
    text = shown(value)
    if field.kind == "text":
        rows = 2 if isinstance(path[-1], int) else 3  # a list's item is a sentence or two
        return f'<textarea rows="{rows}"{common}>{esc(text)}</textarea>'
    if field.kind == "fixed":
        return f'<input type="text" readonly{common}{attr("value", text or field.const)}>'
    if field.kind == "date":
        return f'<input type="date"{common}{attr("value", text)}>'
    if field.kind in ("enum", "flag"):
        return select(form, field, path, text, common)
    pattern = ID_PATTERN_ATTR if field.kind == "id" else ""
    if field.kind == "number":  # a text field: a value that is not a number stays to be fixed
        pattern = ' inputmode="decimal"'

    key = field_key(path)
    suggest = attr("list", f"suggest-{key}") if key in form.suggestions else ""
    return f'<input type="text"{common}{pattern}{suggest}{attr("value", text)}>'


def select(
    form: Form,
    field: Field,
    path: Path,
    current: str,
    common: str,
    choices: list[tuple[str, str]] | None = None,
) -> str:
    """A drop-down of the field's values in words (or of `choices`); a value not among them
    stays."""
    pairs = list(choices) if choices is not None else _choices(form, field, path)
    if current and current not in {key for key, _ in pairs}:
        pairs.append((current, current))
    if not field.required or not current:
        pairs.insert(0, ("", f"({word('empty', form.lang)})"))
    options = "".join(
        f"<option{attr('value', key)}{' selected' if key == current else ''}>{esc(name)}</option>"
        for key, name in pairs
    )
    return f"<select{common}>{options}</select>"


def _choices(form: Form, field: Field, path: Path) -> list[tuple[str, str]]:
    if field.kind == "flag":
        return [("true", word("yes", form.lang)), ("false", word("no", form.lang))]
    return [(value, choice_label(path, value, form.lang)) for value in field.choices]


def datalists(form: Form) -> str:
    """The suggestions the form's fields name, once each."""
    return "".join(
        f"<datalist{attr('id', f'suggest-{key}')}>"
        + "".join(f"<option{attr('value', value)}>{esc(name)}</option>" for value, name in pairs)
        + "</datalist>"
        for key, pairs in form.suggestions.items()
    )


def checkboxes(
    form: Form, field: Field, path: Path, values: list[Any], choices: list[tuple[str, str]]
) -> str:
    """A list of values chosen from `choices` (enum words, or ids of the same file).

    The fieldset keeps the list as it stands in `data-value`, so editor.js inserts a value
    ticked at the end and removes an unticked one at its own place: the rest keeps its order.
    """
    known = {key for key, _ in choices}
    rows = choices + [(str(v), str(v)) for v in values if str(v) not in known]
    boxes = "".join(
        f'<div class="check"><input type="checkbox"{attr("id", f"field-{dom_id(path)}--{key}")}'
        f"{attr('value', key)}{' checked' if key in map(str, values) else ''}>"
        f'<label for="{esc(f"field-{dom_id(path)}--{key}")}">{esc(name)}</label></div>'
        for key, name in rows
    )
    return tag(
        "fieldset",
        f"<legend>{title_html(field, path, form.lang)}</legend>"
        + help_text(field, path, form.lang)
        + tag("div", boxes, "checks")
        + slot(form, path),
        f"field field--{field.kind}",
        id=f"field-{dom_id(path)}",
        data_kind="choices",
        data_path=json.dumps(list(path), ensure_ascii=False),
        data_value=json.dumps([shown(v) for v in values], ensure_ascii=False),
    )
