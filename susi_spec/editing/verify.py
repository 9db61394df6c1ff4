"""Proof that an edited text holds exactly the intended values, read by two YAML readers.

Our loader (loading/document, libyaml) reads the whole result: its data must equal the
original's with the edits made, value for value and type for type. ruamel's round trip
reads each written entry on its own, so the text written is what a second reader takes it
for too. The body outside edited sections must be the original's, byte for byte.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from susi_spec.editing.edits import (
    Edit,
    EditError,
    Insert,
    Move,
    Path,
    Remove,
    SetSection,
    SetValue,
    path_text,
    unsupported,
)
from susi_spec.editing.emit import Verbatim
from susi_spec.loading.document import Document, parse_document
from susi_spec.problems import Text


@dataclass(frozen=True)
class Written:
    """A path whose value the edit wrote as new text."""

    path: Path


@functools.lru_cache(maxsize=8)
def load(text: str) -> Document:
    """The file as `susi check` reads it (cached: the studio edits its last result again)."""
    return parse_document(text.encode("utf-8"), "<studio>")


def normalise(value: object) -> object:
    """A value as the front matter holds it: tuples as lists; refuses what YAML cannot hold."""
    if isinstance(value, dict):
        out: dict[object, object] = {}
        for key, item in value.items():
            if isinstance(key, bool) or not isinstance(key, str | int):
                raise unsupported(key)
            out[key] = normalise(item)
        return out
    if isinstance(value, list | tuple):
        return [normalise(item) for item in value]
    if isinstance(value, dt.datetime):
        raise unsupported(value)
    if isinstance(value, Verbatim):
        return value
    if value is None or isinstance(value, str | int | float | bool | dt.date):
        return value
    raise unsupported(value)


def expected_after(front: Any, edits: Sequence[Edit]) -> Any:
    """The data the front matter must hold after `edits`; raises EditError for a bad path."""
    for edit in edits:
        front = with_edit(front, edit)
    return front


def with_edit(data: Any, edit: Edit) -> Any:
    """`data` with one edit made, as the text edit must make it; `data` itself is left as it
    is (only the containers on the edit's path are copied)."""
    if isinstance(edit, SetSection):
        return data
    path = edit.path if isinstance(edit, Insert | Move) else edit.path[:-1]
    if not isinstance(edit, Insert | Move) and not edit.path:
        if isinstance(edit, Remove):
            raise path_error(edit.path)
        return data_of(edit.value)
    root = _copied(data)
    parent = root
    for depth, step in enumerate(path):
        if isinstance(parent, dict) and step in parent:
            parent[step] = _copied(parent[step])
        elif isinstance(parent, list) and _index_ok(step, len(parent)):
            parent[step] = _copied(parent[step])  # type: ignore[index]
        else:
            raise path_error(path[: depth + 1])
        parent = parent[step]
    _apply(parent, edit)
    return root


def _copied(value: Any) -> Any:
    return copy.copy(value) if isinstance(value, dict | list) else value


def _apply(parent: Any, edit: Edit) -> None:
    """Make one edit in `parent`: the container at the path (Insert, Move) or above it."""
    assert not isinstance(edit, SetSection)
    if isinstance(edit, SetValue):
        value = data_of(edit.value)
        last = edit.path[-1]
        if isinstance(parent, dict):
            parent[last] = value
        elif isinstance(parent, list) and _index_ok(last, len(parent)):
            parent[last] = value  # type: ignore[index]
        else:
            raise path_error(edit.path)
        return
    if isinstance(edit, Remove):
        last = edit.path[-1]
        if isinstance(parent, dict) and last in parent:
            del parent[last]
        elif isinstance(parent, list) and _index_ok(last, len(parent)):
            del parent[last]  # type: ignore[arg-type]
        else:
            raise path_error(edit.path)
        return
    items = parent
    if not isinstance(items, list):
        raise path_error(edit.path, "list")
    if isinstance(edit, Insert):
        if not _index_ok(edit.index, len(items) + 1):
            raise path_error((*edit.path, edit.index))
        items.insert(edit.index, copy.deepcopy(edit.value))
        return
    assert isinstance(edit, Move)
    if not (_index_ok(edit.src, len(items)) and _index_ok(edit.dst, len(items))):
        raise path_error(
            (*edit.path, edit.src if not _index_ok(edit.src, len(items)) else edit.dst)
        )
    items.insert(edit.dst, items.pop(edit.src))


def data_of(value: object) -> Any:
    """A value as the front matter will hold it (a Verbatim as what its text reads as)."""
    return value.value if isinstance(value, Verbatim) else copy.deepcopy(value)


def _index_ok(index: object, size: int) -> bool:
    return isinstance(index, int) and not isinstance(index, bool) and 0 <= index < size


def value_at(data: Any, path: Path) -> Any:
    """The value at `path`; raises EditError when there is none."""
    for depth, step in enumerate(path):
        if isinstance(data, dict) and step in data:
            data = data[step]
        elif isinstance(data, list) and _index_ok(step, len(data)):
            data = data[step]  # type: ignore[index]
        else:
            raise path_error(path[: depth + 1])
    return data


def same(a: object, b: object) -> bool:
    """Equal, and of the same types all through (YAML tells 1, 1.0 and true apart); a
    mapping's order is not compared: the text keeps it by construction, and new keys go
    where the model orders them."""
    a = a.value if isinstance(a, Verbatim) else a
    b = b.value if isinstance(b, Verbatim) else b
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        assert isinstance(b, dict)
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        assert isinstance(b, list)
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and a != a:
        return b != b
    return a == b


def canonical(value: object) -> str:
    """A text that two values share when they are the same YAML data in the same order."""
    return repr(_typed(value.value if isinstance(value, Verbatim) else value))


def _typed(value: object) -> object:
    if isinstance(value, dict):
        return ("map", [(_typed(k), _typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("seq", [_typed(v) for v in value])
    return (type(value).__name__, value)


def verify(
    original: str,
    result: str,
    expected: Any,
    written: Sequence[Written],
    sections: Sequence[SetSection],
    *,
    front_verified: bool = False,
) -> None:
    """Raise EditError unless `result` holds `expected` and nothing else changed.

    `front_verified`: the caller has read every edited entry again (incremental.py), so the
    front matter is not read whole.
    """
    from susi_spec.editing.sections import body_without, normalised, section_text
    from susi_spec.editing.text import split_file

    before, after = split_file(original), split_file(result)
    if not front_verified:
        document = load(result)
        if not document.ok or not same(document.front, expected):
            raise _failed()
    if sections:
        keys = [section.key for section in sections]
        body_before = body_without(original[before.body_start :], keys)
        if body_before != body_without(result[after.body_start :], keys):
            raise _failed()
        for section in sections:
            if section_text(result, section.key) != normalised(section.text):
                raise _failed()
    elif original[before.body_start :] != result[after.body_start :]:
        raise _failed()
    if not front_verified:
        _verify_with_ruamel(result[after.front_start : after.front_end], expected, written)


def _verify_with_ruamel(front: str, expected: Any, written: Sequence[Written]) -> None:
    from susi_spec.editing.entries import entry_text

    for item in written:
        try:
            value_at(expected, item.path)
        except EditError:
            continue  # a later edit removed it
        found = entry_text(front, item.path)
        if found is None:
            raise _failed()
        snippet, entry_path, as_list = found
        entry = value_at(expected, entry_path)
        if not ruamel_reads(snippet, [entry] if as_list else {entry_path[-1]: entry}):
            raise _failed()


def ruamel_reads(snippet: str, want: Any) -> bool:
    """Whether ruamel's round-trip loader reads the YAML text `snippet` as `want`."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        loaded = YAML(typ="rt").load(snippet)
    except YAMLError:
        return False
    return same(_plain(loaded), want)


def _plain(value: Any) -> Any:
    """ruamel's round-trip types as plain Python ones."""
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    for kind in (str, int, float):
        if isinstance(value, kind):
            if kind is int and type(value).__name__ == "ScalarBoolean":
                return bool(value)
            return kind(value)
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.date(value.year, value.month, value.day)
    return value


def path_error(path: Path, want: str = "") -> EditError:
    where = path_text(path)
    if want == "list":
        return EditError(
            Text(
                f"{where.da} er ikke en liste; intet er ændret.",
                f"{where.en} is not a list; nothing was changed.",
            )
        )
    return EditError(
        Text(
            f"{where.da} findes ikke i front matter; intet er ændret.",
            f"{where.en} does not exist in the front matter; nothing was changed.",
        )
    )


def _failed() -> EditError:
    return EditError(
        Text(
            "Ændringen kunne ikke gemmes sikkert: filen ville ikke indeholde præcis de nye "
            "værdier og ellers være uændret. Intet er ændret; ret feltet i hånden.",
            "The change could not be saved safely: the file would not hold exactly the new "
            "values and be otherwise unchanged. Nothing was changed; edit the field by hand.",
        )
    )
