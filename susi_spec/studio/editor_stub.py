"""Stand-ins for the editor forms (studio/forms/) and the lossless edits (editing/), until
those land: the same entry points, the simplest thing that works.

The forms here are a plain walk of the front matter, one field per scalar, ids as agreed
(`field-` + "-".join(path)); the edits go through ruamel's round trip, which keeps comments
and key order but not every byte. Both are replaced, not extended.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ruamel.yaml import YAML

from susi_spec.errors import SusiError
from susi_spec.history.common_model import CommonModel
from susi_spec.loading.document import FENCE
from susi_spec.model.types import BODY_SECTIONS
from susi_spec.problems import Finding
from susi_spec.render.html import esc

PathKey = tuple[str | int, ...]


@dataclass(frozen=True)
class SetValue:
    path: PathKey
    value: object


@dataclass(frozen=True)
class Remove:
    path: PathKey


@dataclass(frozen=True)
class Insert:
    path: PathKey
    index: int
    value: object


@dataclass(frozen=True)
class Move:
    path: PathKey
    src: int
    dst: int


@dataclass(frozen=True)
class SetSection:
    key: str
    text: str


Edit = SetValue | Remove | Insert | Move | SetSection


class EditError(SusiError):
    """An edit that cannot be made; nothing changes."""


def field_id(path: Sequence[str | int]) -> str:
    return "field-" + "-".join(str(p) for p in path)


def _yaml() -> YAML:
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    return yaml


def _split(text: str) -> tuple[str, str, str]:
    """The front matter's YAML, the fences' text, and the body."""
    lines = text.split("\n")
    end = next((i for i in range(1, len(lines)) if FENCE.match(lines[i])), None)
    if not lines or not FENCE.match(lines[0]) or end is None:
        raise EditError("Filen har ingen front matter, der kan redigeres.")
    return "\n".join(lines[1:end]) + "\n", lines[end], "\n".join(lines[end + 1 :])


def _front(text: str) -> Any:
    return _yaml().load(_split(text)[0])


def ops_to_edits(text: str, ops: list[dict[str, Any]]) -> list[Edit]:
    """The browser's operations as edits (see the protocol in studio/app.py)."""
    edits: list[Edit] = []
    for op in ops:
        kind = op.get("op")
        path = tuple(op.get("path", ()))
        if kind == "set":
            edits.append(SetValue(path, op.get("value")))
        elif kind == "remove":
            edits.append(Remove(path))
        elif kind == "insert":
            edits.append(Insert(path, int(op["index"]), op.get("value")))
        elif kind == "move":
            edits.append(Move(path, int(op["from"]), int(op["to"])))
        elif kind == "section":
            edits.append(SetSection(str(op["key"]), str(op.get("text", ""))))
        elif kind == "rename":
            element = _front(text)
            for key in path:
                element = element[key]
            old = str(element.get("id", ""))
            new = str(op["id"])
            kept = [str(i) for i in element.get("previous_ids", []) or [] if str(i) != new]
            edits.append(SetValue((*path, "id"), new))
            if old and old != new and old not in kept:
                edits.append(SetValue((*path, "previous_ids"), [*kept, old]))
        else:
            raise EditError(f"Ukendt ændring: {json.dumps(kind)[:40]}.")
    return edits


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Apply the edits; the front matter through ruamel's round trip."""
    front_text, fence, body = _split(text)
    data = _yaml().load(front_text)
    for edit in edits:
        if isinstance(edit, SetSection):
            body = _set_section(body, edit.key, edit.text)
            continue
        try:
            parent = data
            for key in edit.path[:-1] if not isinstance(edit, Insert | Move) else edit.path:
                parent = parent[key]
            if isinstance(edit, SetValue):
                parent[edit.path[-1]] = edit.value
            elif isinstance(edit, Remove):
                del parent[edit.path[-1]]
            elif isinstance(edit, Insert):
                parent.insert(edit.index, edit.value)
            else:
                parent.insert(edit.dst, parent.pop(edit.src))
        except (KeyError, IndexError, TypeError, AttributeError) as error:
            raise EditError(f"Ændringen passer ikke til filen ({error}).") from error
    out = io.StringIO()
    _yaml().dump(data, out)
    return f"---\n{out.getvalue()}{fence}\n{body}"


def _set_section(body: str, key: str, text: str) -> str:
    if key not in BODY_SECTIONS:
        raise EditError(f"Afsnittet '{key[:40]}' findes ikke i formatet.")
    heading = re.compile(rf"^##\s.*\{{#{re.escape(key)}\}}\s*$", re.M)
    found = heading.search(body)
    if found is None:
        da = BODY_SECTIONS[key][0]
        return body.rstrip("\n") + f"\n\n## {da} {{#{key}}}\n\n{text.strip()}\n"
    rest = body[found.end() :]
    following = re.search(r"^## ", rest, re.M)
    end = found.end() + (following.start() if following else len(rest))
    tail = body[end:]
    return body[: found.end()] + f"\n\n{text.strip()}\n" + ("\n" + tail if tail else "")


def render_spec_editor(text: str, findings: list[Finding], lang: str) -> str:
    """A field per scalar of the front matter and a text box per body section."""
    try:
        data = _front(text)
    except Exception:
        data = None
    parts = ['<div class="stub-editor">']
    if isinstance(data, dict):
        parts.append(_fields(data, ()))
    body = _split(text)[2] if data is not None else ""
    for key, (da, en) in BODY_SECTIONS.items():
        found = re.search(rf"^##\s.*\{{#{re.escape(key)}\}}\s*$", body, re.M)
        section = ""
        if found:
            rest = body[found.end() :]
            following = re.search(r"^## ", rest, re.M)
            section = rest[: following.start() if following else len(rest)].strip()
        fid = f"field-section-{key}"
        parts.append(
            f'<div class="field"><label for="{fid}">{esc(en if lang == "en" else da)}</label>'
            f'<textarea id="{fid}" rows="4" data-section="{esc(key)}">{esc(section)}</textarea></div>'
        )
    parts.append("</div>")
    return "".join(parts)


def render_local_editor(
    text: str, common: CommonModel | None, findings: list[Finding], lang: str
) -> str:
    return render_spec_editor(text, findings, lang)


def _fields(value: Any, path: PathKey) -> str:
    if isinstance(value, dict):
        inner = "".join(_fields(v, (*path, k)) for k, v in value.items())
        if not path:
            return inner
        return f'<fieldset id="{field_id(path)}"><legend>{esc(path[-1])}</legend>{inner}</fieldset>'
    if isinstance(value, list):
        if all(not isinstance(v, dict | list) for v in value):
            return _input(path, json.dumps([str(v) for v in value], ensure_ascii=False), "list")
        inner = "".join(_fields(v, (*path, i)) for i, v in enumerate(value))
        return f'<fieldset id="{field_id(path)}"><legend>{esc(path[-1])}</legend>{inner}</fieldset>'
    return _input(path, "" if value is None else str(value), "text")


def _input(path: PathKey, value: str, kind: str) -> str:
    fid = field_id(path)
    renames = len(path) == 3 and path[0] == "core_elements" and path[2] == "id"
    target = json.dumps(list(path[:2] if renames else path))
    op = "rename" if renames else ("list" if kind == "list" else "set")
    label = ".".join(str(p) for p in path)
    return (
        f'<div class="field"><label for="{fid}">{esc(label)}</label>'
        f'<input id="{fid}" type="text" value="{esc(value)}" data-path="{esc(target)}" '
        f'data-op="{op}"></div>'
    )
