"""The editable fields of a file kind, read from its JSON Schema (the same texts as schemas/).

A field added to a model appears in the studio without studio code: the form walks this
tree, and only the layout (which part of a description a key belongs to) is the studio's.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema

# What a control edits, from the schema's shape.
#   fixed: a const (schema); enum: one of `choices`; text, line: free text (long, short);
#   id: an id (pattern); date; flag: true/false; number: an amount, a year, a count;
#   version: a whole number or `final`;
#   enums: a list of `choices`; texts: a list of text; ids: a list of ids;
#   group: a mapping of `fields`; cards: a list of mappings; options: texts or {id, text}.
KINDS = frozenset(
    {"fixed", "enum", "text", "line", "id", "date", "flag", "version", "enums", "texts",
     "ids", "group", "cards", "options", "number"}
)  # fmt: skip
# Free text read as one line (a name, an address), not a paragraph.
_ONE_LINE = frozenset({"title", "name", "url", "milestone", "text", "decided_by", "provider"})
# Lists of a text or a mapping whose text is a paragraph, not a name (an activity).
_PARAGRAPH_ITEMS = frozenset({"activities"})


@dataclass(frozen=True)
class Field:
    """One key of a mapping: what it holds and how a person knows it."""

    key: str
    kind: str
    title: str
    description: str = ""
    required: bool = False
    choices: tuple[str, ...] = ()
    fields: tuple[Field, ...] = ()  # a group's fields, or a card's
    const: str = ""


@functools.cache
def model_fields(model: type[BaseModel]) -> tuple[Field, ...]:
    """The fields of a model's top mapping, in the model's order (made once per model)."""
    schema = model.model_json_schema(by_alias=True, mode="validation", schema_generator=_Plain)
    return _fields(schema, schema.get("$defs", {}))


class _Plain(GenerateJsonSchema):
    """Pydantic's generator; `$defs` names do not matter here."""


def _fields(schema: dict[str, Any], defs: dict[str, Any]) -> tuple[Field, ...]:
    required = set(schema.get("required", ()))
    return tuple(
        _field(key, prop, key in required, defs)
        for key, prop in schema.get("properties", {}).items()
    )


def _deref(prop: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    ref = prop.get("$ref", "")
    return dict(defs[ref.rsplit("/", 1)[-1]]) if ref else prop


def _not_null(prop: dict[str, Any]) -> list[dict[str, Any]]:
    """The alternatives of a value other than null."""
    return [p for p in prop.get("anyOf", [prop]) if p.get("type") != "null"]


def _field(key: str, prop: dict[str, Any], required: bool, defs: dict[str, Any]) -> Field:
    # A required field that is a model is a bare `$ref`: its title is the model's.
    title = prop.get("title") or _deref(_items_or_self(prop), defs).get("title", key)
    description = prop.get("description", "")
    kind, choices, fields, const = _shape(key, prop, defs)
    if not description and kind in ("group", "cards"):
        description = _deref(_items_or_self(prop), defs).get("description", "")
    return Field(key, kind, title, description, required, choices, fields, const)


def _items_or_self(prop: dict[str, Any]) -> dict[str, Any]:
    alternatives = _not_null(prop)
    one = alternatives[0] if len(alternatives) == 1 else prop
    return dict(one.get("items", one))


def _shape(
    key: str, prop: dict[str, Any], defs: dict[str, Any]
) -> tuple[str, tuple[str, ...], tuple[Field, ...], str]:
    alternatives = [_deref(p, defs) for p in _not_null(prop)]
    if len(alternatives) > 1:
        return "version", (), (), ""  # int | "final": the only union of scalars
    one = alternatives[0]
    if "const" in one:
        return "fixed", (), (), str(one["const"])
    if "enum" in one:
        return "enum", tuple(one["enum"]), (), ""
    if one.get("type") == "object":
        return "group", (), _fields(one, defs), ""
    if one.get("type") == "array":
        return _list_shape(key, dict(one.get("items", {})), defs)
    if one.get("type") == "boolean":
        return "flag", (), (), ""
    if one.get("type") in ("integer", "number"):
        return "number", (), (), ""
    if one.get("format") == "date":
        return "date", (), (), ""
    if "pattern" in one:
        return "id", (), (), ""
    return ("line" if key in _ONE_LINE else "text"), (), (), ""


def _list_shape(
    key: str, items: dict[str, Any], defs: dict[str, Any]
) -> tuple[str, tuple[str, ...], tuple[Field, ...], str]:
    alternatives = [_deref(p, defs) for p in items.get("anyOf", [items])]
    objects = [p for p in alternatives if p.get("type") == "object"]
    if objects and len(alternatives) > 1:  # a text, or a mapping
        fields = _fields(objects[0], defs)
        if key in _PARAGRAPH_ITEMS:  # its text is a paragraph, written or in the mapping
            fields = tuple(replace(f, kind="text") if f.key == "text" else f for f in fields)
        return "options", (), fields, ""
    if objects:
        return "cards", (), _fields(objects[0], defs), ""
    one = alternatives[0]
    if "enum" in one:
        return "enums", tuple(one["enum"]), (), ""
    if "pattern" in one:
        return "ids", (), (), ""
    return "texts", (), (), ""


def find(fields: tuple[Field, ...], key: str) -> Field | None:
    """The field of `fields` with this key."""
    return next((field for field in fields if field.key == key), None)
