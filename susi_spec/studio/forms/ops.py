"""The browser's ops (`/api/edit`) as the edits `susi_spec.editing` applies.

Values arrive as a form has them (text); the schema says what to write: a date, a whole
number or `final`, true or false, and an emptied optional field as no key at all. A
`rename` keeps the old id in `previous_ids` and renames the references to it (the nodes'
and competencies' core elements, the body's `### ... {#id}`), so that the history follows
the element and no check breaks.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import Any

from susi_spec.editing import Edit, EditError, Insert, Move, Remove, SetSection, SetValue
from susi_spec.loading.document import parse_document
from susi_spec.model import Spec
from susi_spec.model.boundary import SCHEMAS
from susi_spec.model.types import BODY_SECTIONS, ID_PATTERN
from susi_spec.problems import Text
from susi_spec.studio.forms.fieldtree import Field, model_fields
from susi_spec.studio.forms.sections import section_texts
from susi_spec.studio.forms.vocab import Path

OPS = ("set", "remove", "insert", "move", "section", "rename")
# Lists of core element ids that follow a rename (not `changes`: it may name old ids, SP205).
_REFERENCES = (("theory_of_change", "nodes"), ("competencies",))


def ops_to_edits(text: str, ops: list[dict[str, object]]) -> list[Edit]:
    """The edits that carry out `ops` on the file `text`, in order; EditError on a bad op."""
    document = parse_document(text.encode("utf-8"), "edit")
    if not isinstance(document.front, dict):
        raise _error("Filens front matter kan ikke læses; ret den i en teksteditor først.",
                     "The file's front matter cannot be read; fix it in a text editor first.")  # fmt: skip
    data: dict[str, Any] = copy.deepcopy(document.front)
    schema = data.get("schema")
    fields = model_fields(SCHEMAS.get(schema, Spec) if isinstance(schema, str) else Spec)
    sections = section_texts(document)
    edits: list[Edit] = []
    for op in ops:
        if not isinstance(op, dict) or op.get("op") not in OPS:
            raise _error(f"Ukendt ændring: {_short(op)}.", f"Unknown op: {_short(op)}.")
        kind = str(op["op"])
        if kind == "section":
            edits.append(_section(op))
            continue
        path = _path(op.get("path"))
        if kind == "set":
            edits.extend(_set(data, path, _coerce(fields, path, op.get("value"))))
        elif kind == "remove":
            if _get(data, path) is not _MISSING:
                edits.append(Remove(path))
                _remove(data, path)
        elif kind == "insert":
            edits.extend(_insert(data, path, _int(op, "index"), op.get("value")))
        elif kind == "move":
            edits.append(Move(path, _int(op, "from"), _int(op, "to")))
            _move(data, path, _int(op, "from"), _int(op, "to"))
        else:
            edits.extend(_rename(data, path, op.get("id"), sections))
    return edits


_MISSING = object()
# A number as a person types it: a decimal comma or point, no thousands separators.
_NUMBER = re.compile(r"-?\d+([.,]\d+)?")


def _error(da: str, en: str) -> EditError:
    return EditError(Text(da, en))


def _short(value: object) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _path(value: object) -> Path:
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(part, str | int) and not isinstance(part, bool) for part in value)
    ):
        raise _error(f"Ugyldig sti: {_short(value)}.", f"Invalid path: {_short(value)}.")
    return tuple(value)


def _int(op: dict[str, object], key: str) -> int:
    value = op.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _error(f"'{key}' skal være et helt tal: {_short(value)}.",
                     f"'{key}' must be a whole number: {_short(value)}.")  # fmt: skip
    return value


def _section(op: dict[str, object]) -> SetSection:
    key, text = op.get("key"), op.get("text")
    if not isinstance(text, str):
        raise _error(
            f"Afsnittets tekst mangler: {_short(key)}.",
            f"The section's text is missing: {_short(key)}.",
        )
    if key not in BODY_SECTIONS:
        raise _error(
            f"{_short(key)} er ikke et af beskrivelsens ni afsnit, så studiet redigerer det "
            "ikke; det står urørt i filen (se «Andre afsnit i filen»). Intet er ændret.",
            f"{_short(key)} is none of the nine sections of a description, so the studio does "
            "not edit it; it stays in the file as it is (see «Other sections in the file»). "
            "Nothing changed.",
        )
    return SetSection(str(key), text)


def _field_at(fields: tuple[Field, ...], path: Path) -> Field | None:
    """The schema's field at `path` (list positions skipped)."""
    found: Field | None = None
    for part in path:
        if isinstance(part, int):
            continue
        found = next((f for f in fields if f.key == part), None)
        if found is None:
            return None
        fields = found.fields
    return found


def _coerce(fields: tuple[Field, ...], path: Path, value: object) -> object:
    """A value from a form as the schema's type; text that does not parse stays text."""
    field = _field_at(fields, path)
    if field is None or not isinstance(value, str) or isinstance(path[-1], int):
        return value
    if value == "" and not field.required:
        return None
    if field.kind == "date":
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    if field.kind == "version" and value.strip().isdigit():
        return int(value.strip())
    if field.kind == "flag" and value in ("true", "false"):
        return value == "true"
    if field.kind == "number" and _NUMBER.fullmatch(value.strip()):
        number = float(value.strip().replace(",", "."))
        return int(number) if number.is_integer() else number
    return value


def _get(data: Any, path: Path) -> Any:
    """The value at `path` in plain data, or _MISSING."""
    for part in path:
        data = _child(data, part)
        if data is _MISSING:
            break
    return data


def _child(data: Any, part: str | int) -> Any:
    if isinstance(data, dict):
        return data.get(part, _MISSING)
    if isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
        return data[part]
    return _MISSING


def _set(data: dict[str, Any], path: Path, value: object) -> list[Edit]:
    """Set a value, making the mappings above it when they are missing; None removes."""
    if value is None:
        if _get(data, path) is _MISSING:
            return []
        _remove(data, path)
        return [Remove(path)]
    for length in range(1, len(path)):
        if _get(data, path[:length]) is _MISSING and isinstance(path[length - 1], str):
            nested: object = value
            for part in reversed(path[length:]):
                if isinstance(part, int):
                    raise _error(f"Stien findes ikke: {_short(list(path))}.",
                                 f"The path does not exist: {_short(list(path))}.")  # fmt: skip
                nested = {part: nested}
            _put(data, path[:length], nested)
            return [SetValue(path[:length], nested)]
    _put(data, path, value)
    return [SetValue(path, value)]


def _put(data: Any, path: Path, value: object) -> None:
    parent, last = _get(data, path[:-1]), path[-1]
    if isinstance(parent, dict):
        parent[last] = value
        return
    if isinstance(parent, list) and isinstance(last, int) and last < len(parent):
        parent[last] = value
        return
    raise _error(f"Stien findes ikke: {_short(list(path))}.",
                 f"The path does not exist: {_short(list(path))}.")  # fmt: skip


def _remove(data: Any, path: Path) -> None:
    parent, last = _get(data, path[:-1]), path[-1]
    if isinstance(parent, dict):
        parent.pop(last, None)
    elif isinstance(parent, list) and isinstance(last, int):
        del parent[last]


def _insert(data: dict[str, Any], path: Path, index: int, value: object) -> list[Edit]:
    current = _get(data, path)
    if current is _MISSING or current is None:
        return _set(data, path, [value])
    if not isinstance(current, list) or index > len(current):
        raise _error(f"Kan ikke indsætte ved {_short(list(path))}.",
                     f"Cannot insert at {_short(list(path))}.")  # fmt: skip
    current.insert(index, value)
    return [Insert(path, index, value)]


def _move(data: dict[str, Any], path: Path, src: int, dst: int) -> None:
    current = _get(data, path)
    if not isinstance(current, list) or src >= len(current) or dst >= len(current):
        raise _error(f"Kan ikke flytte i {_short(list(path))}.",
                     f"Cannot move within {_short(list(path))}.")  # fmt: skip
    current.insert(dst, current.pop(src))


def _rename(data: dict[str, Any], path: Path, new: object, sections: dict[str, str]) -> list[Edit]:
    """A new id for a core element: the old one kept in previous_ids, references follow."""
    element = _get(data, path)
    if path[:1] != ("core_elements",) or len(path) != 2 or not isinstance(element, dict):
        raise _error("Kun et kerneelement kan omdøbes.", "Only a core element can be renamed.")
    if not isinstance(new, str) or not re.match(ID_PATTERN, new):
        raise _error(
            f"Et id skal være små bogstaver a-z, tal og bindestreg, 2-64 tegn: {_short(new)}.",
            f"An id must be lowercase a-z, digits and hyphens, 2-64 characters: {_short(new)}.",
        )
    old = element.get("id")
    if old == new or not isinstance(old, str):
        return _set(data, (*path, "id"), new)
    edits = _set(data, (*path, "id"), new)
    previous = element.get("previous_ids")
    if isinstance(previous, list):
        if new in previous:
            at = previous.index(new)
            edits.append(Remove((*path, "previous_ids", at)))
            previous.pop(at)
        if old not in previous:
            edits.append(Insert((*path, "previous_ids"), len(previous), old))
            previous.append(old)
    else:
        edits.extend(_set(data, (*path, "previous_ids"), [old]))
    for holder in _REFERENCES:
        items = _get(data, holder)
        for index, item in enumerate(items if isinstance(items, list) else []):
            refs = item.get("core_elements") if isinstance(item, dict) else None
            for at, ref in enumerate(refs if isinstance(refs, list) else []):
                if ref == old:
                    edits.extend(_set(data, (*holder, index, "core_elements", at), new))
    content = sections.get("content")
    anchor = re.compile(r"(^#{3,6} .*\{#)" + re.escape(old) + r"(\})", re.MULTILINE)
    if content is not None and anchor.search(content):
        sections["content"] = anchor.sub(lambda m: m.group(1) + new + m.group(2), content)
        edits.append(SetSection("content", sections["content"]))
    return edits
