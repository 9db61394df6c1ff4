"""Plan an edit as splices: (start, end, new text) on the front matter's text.

Each splice touches only the edited value's text, the lines of a removed key or item (with
its own comment lines), or the place a new one goes, so every other byte stays by
construction. The planner works on one tree (tree.py) of one text; the splice itself is
splices.py, the lookups of nodes and offsets it works with places.py.
"""

from __future__ import annotations

import dataclasses
import difflib

from susi_spec.editing.edits import Edit, EditError, Insert, Move, Path, Remove, SetValue
from susi_spec.editing.emit import Layout, key_text, layout_of, render
from susi_spec.editing.order import key_order
from susi_spec.editing.places import (
    colon_end,
    dash_of,
    find_like,
    nodes_on,
    refuse_anchors_inside,
    trailing_spaces_end,
)
from susi_spec.editing.splices import Overlap, Splice, splice
from susi_spec.editing.text import (
    after_entry,
    has_blank_line,
    is_blank_line,
    line_start,
    next_line,
    own_comments_start,
    prev_line_start,
)
from susi_spec.editing.tree import Node, Tree
from susi_spec.editing.verify import canonical, path_error, same, value_at
from susi_spec.problems import Text


class Planner:
    """The splices for edits on one tree of one front-matter text."""

    def __init__(
        self, tree: Tree, front: str, data: object, new_keys_after: str | None = None
    ) -> None:
        self.data = data  # the front matter's data, as the loader reads it
        self.new_keys_after = new_keys_after
        self.tree = tree
        self.front = front
        if tree.layout is None:
            tree.layout = layout_of(tree, front)
        self.layout: Layout = tree.layout
        self.content_end = len(front.rstrip())

    def layout_at(self, end: int) -> Layout:
        """The layout for a value whose text ends at `end`: at the end of the front matter,
        our loader reads its lines without the last line break, so `|` could not keep one."""
        if end < self.content_end:
            return self.layout
        return dataclasses.replace(self.layout, clip_ok=False)

    def hint(self, path: Path) -> Node | None:
        """A node at `path`, or at the same key of a sibling list item: its style to follow."""
        return find_like(self.tree.root, path)

    # SetValue

    def set_value(self, path: Path, value: object, current: object) -> list[Splice]:
        if not path:
            if not isinstance(value, dict):
                raise EditError(
                    Text(
                        "Front matter skal være en mapping (nøgler med værdier).",
                        "Front matter must be a mapping (keys with values).",
                    )
                )
            return self._set_map(self.tree.root, (), value, current)
        parent_chain = nodes_on(self.tree, path[:-1])
        parent = parent_chain[-1]
        last = path[-1]
        if parent.kind == "map" and last not in parent.key_names():
            return self._add_key(parent, path, value, None)
        node = nodes_on(self.tree, path)[-1]
        if same(current, value):
            return []
        refuse_anchors_inside(self.tree, node, path)
        if node.kind == "map" and isinstance(value, dict) and isinstance(current, dict):
            return self._set_map(node, path, value, current)
        if node.kind == "seq" and isinstance(value, list) and value and isinstance(current, list):
            try:
                plan = self._set_seq(node, path, value, current)
                splice(self.front, plan)
                return plan
            except Overlap:
                pass
        return self._replace(parent, node, path, value)

    def _set_map(
        self, node: Node, path: Path, value: dict[object, object], current: object
    ) -> list[Splice]:
        assert isinstance(current, dict)
        names = node.key_names()
        plan: list[Splice] = []
        for name in names:
            if name not in value and name in current:
                plan += self.remove((*path, name), node, names.index(name))
        if len([n for n in names if n in value]) == 0 and names:
            return self._replace(
                nodes_on(self.tree, path[:-1])[-1] if path else None, node, path, value
            )
        previous: str | int | None = None
        for key, item in value.items():
            assert isinstance(key, str | int)
            if key in names:
                plan += self.set_value((*path, key), item, current[key])
                previous = key
            else:
                plan += self._add_key(node, (*path, key), item, previous)
        return plan

    def _set_seq(
        self, node: Node, path: Path, value: list[object], current: list[object]
    ) -> list[Splice]:
        old = [canonical(item) for item in current]
        new = [canonical(item) for item in value]
        plan: list[Splice] = []
        matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            paired = min(i2 - i1, j2 - j1)
            for offset in range(paired):
                index = i1 + offset
                plan += self.set_value((*path, index), value[j1 + offset], current[index])
            for index in range(i1 + paired, i2):
                plan += self.remove((*path, index), node, index)
            if j2 - j1 > paired:
                at = i1 + paired
                for item in value[j1 + paired : j2]:
                    plan += self.insert(node, path, at, item, before_original=True)
        return plan

    def _replace(self, parent: Node | None, node: Node, path: Path, value: object) -> list[Splice]:
        """Write `value` in place of `node`'s text."""
        front, layout = self.front, self.layout_at(node.end)
        if parent is None:
            raise path_error(path)
        if parent.flow:
            inline, text = render(value, 0, layout, path, self.hint, flow=True)
            return [Splice(node.start, node.end, text)]
        if parent.kind == "seq":
            inline, text = render(value, node.column, layout, path, self.hint)
            return [Splice(node.start, node.end, text if inline else text.lstrip(" "))]
        key = parent.keys[parent.items.index(node)]
        colon = colon_end(front, key)
        was_block = node.kind in ("map", "seq") and not node.flow
        if was_block:
            indent = node.column
        else:
            nested = isinstance(value, list)
            indent = key.column + (layout.seq_offset if nested else layout.map_indent)
        inline, text = render(value, indent, layout, path, self.hint)
        empty = node.kind == "scalar" and not node.value and not node.style
        end = colon if empty else node.end
        if inline and not was_block and not empty:
            return [Splice(node.start, trailing_spaces_end(front, node.end), text)]
        if inline:
            return [Splice(colon, end, " " + text)]
        if was_block:
            return [Splice(line_start(front, node.start), node.end, text)]
        return [Splice(colon, end, layout.eol + text)]

    def _add_key(
        self, node: Node, path: Path, value: object, after: str | int | None
    ) -> list[Splice]:
        """A new key in the mapping `node`: after the key before it in the model's order,
        else after `after`, else last."""
        front, layout = self.front, self.layout_at(node.end)
        key = path[-1]
        if node.flow and node.keys:
            _, text = render(value, 0, layout, path, self.hint, flow=True)
            return [Splice(node.items[-1].end, node.items[-1].end, f", {key_text(key)}: {text}")]
        if node.flow and node is not self.tree.root:
            parent = nodes_on(self.tree, path[:-2])[-1]
            return self._replace(parent, node, path[:-1], {key: value})
        column = node.keys[0].column if node.keys else 0
        nested = isinstance(value, list) and value
        indent = column + (layout.seq_offset if nested else layout.map_indent)
        inline, text = render(value, indent, layout, path, self.hint)
        pad = " " * column
        entry = f"{pad}{key_text(key)}: {text}" if inline else f"{pad}{key_text(key)}:"
        if not inline:
            entry += layout.eol + text
        names = node.key_names()
        if not node.keys:
            at = len(front)
            prefix = layout.eol if front and front[-1] not in "\r\n" else ""
            return [Splice(at, at, prefix + entry + layout.eol)]
        order = key_order(self.data, path[:-1])
        if len(path) == 1 and self.new_keys_after is not None:
            after, order = self.new_keys_after, ()
        if key in order:
            before = [k for k in order[: order.index(key)] if k in names]
            later = [k for k in order[order.index(key) + 1 :] if k in names]
            if before:
                after = before[-1]
            elif later:
                first = node.keys[names.index(later[0])]
                head = line_start(front, first.start)
                if not front[head : first.start].strip():  # not the key on a list item's dash
                    at = own_comments_start(front, head, first.column)
                    return [Splice(at, at, entry + layout.eol)]
        index = names.index(after) if after in names else len(names) - 1
        at = after_entry(front, node.items[index].end)
        return [Splice(at, at, entry + layout.eol)]

    # Remove

    def remove(self, path: Path, parent: Node | None = None, index: int = -1) -> list[Splice]:
        if not path:
            raise path_error(path)
        if parent is None:
            chain = nodes_on(self.tree, path)
            parent, node = chain[-2], chain[-1]
            index = parent.items.index(node)
        node = parent.items[index]
        refuse_anchors_inside(self.tree, node, path)
        front = self.front
        count = len(parent.items)
        if count == 1:
            if parent is self.tree.root:
                raise EditError(
                    Text(
                        "Den sidste nøgle i front matter kan ikke fjernes.",
                        "The last key of the front matter cannot be removed.",
                    )
                )
            grand = nodes_on(self.tree, path[:-2])[-1]
            return self._replace(grand, parent, path[:-1], {} if parent.kind == "map" else [])
        if parent.flow:
            first = parent.keys[index].start if parent.kind == "map" else node.start
            if index < count - 1:
                following = (
                    parent.keys[index + 1] if parent.kind == "map" else parent.items[index + 1]
                )
                return [Splice(first, following.start, "")]
            return [Splice(parent.items[index - 1].end, node.end, "")]
        first = parent.keys[index].start if parent.kind == "map" else dash_of(front, node)
        head = line_start(front, first)
        if front[head:first].strip():
            # The first key of a list item's mapping, on the dash's line: the next key moves up.
            following = parent.keys[index + 1] if parent.kind == "map" else parent.items[index + 1]
            start = following.start if parent.kind == "map" else dash_of(front, following)
            return [Splice(first, start, "")]
        start = own_comments_start(front, head, first - head)
        end = after_entry(front, node.end)
        before_blank = start > 0 and is_blank_line(front, prev_line_start(front, start))
        if (before_blank or index == 0) and end < len(front) and is_blank_line(front, end):
            while end < len(front) and is_blank_line(front, end):
                end = next_line(front, end)
        return [Splice(start, end, "")]

    # Insert

    def insert(
        self, node: Node, path: Path, index: int, value: object, *, before_original: bool = False
    ) -> list[Splice]:
        front, layout = self.front, self.layout_at(node.end)
        count = len(node.items)
        item_path = (*path, index)
        if not node.items:
            parent = nodes_on(self.tree, path[:-1])[-1] if path else None
            if node.flow and not isinstance(value, dict | list) and "\n" not in str(value):
                _, text = render(value, 0, layout, item_path, self.hint, flow=True)
                return [Splice(node.start, node.end, f"[{text}]")]
            return self._replace(parent, node, path, [value])
        if node.flow:
            _, text = render(value, 0, layout, item_path, self.hint, flow=True)
            if index < count:
                at = node.items[index].start
                return [Splice(at, at, text + ", ")]
            at = node.items[-1].end
            return [Splice(at, at, ", " + text)]
        dash = dash_of(front, node.items[0])
        head = line_start(front, dash)
        if front[head:dash].strip():
            raise Overlap  # a list on a list item's line ("- - a"): written anew by the caller
        column = dash - head
        inline, text = render(value, column + 2, layout, item_path, self.hint)
        lines = " " * column + "- " + (text if inline else text[column + 2 :])
        gap = count > 1 and has_blank_line(
            front,
            after_entry(front, node.items[0].end),
            own_comments_start(front, line_start(front, dash_of(front, node.items[1])), column),
        )
        blank = layout.eol if gap else ""
        if index < count:
            item_dash = dash_of(front, node.items[index])
            at = own_comments_start(front, line_start(front, item_dash), column)
            return [Splice(at, at, lines + layout.eol + blank)]
        at = after_entry(front, node.items[-1].end)
        return [Splice(at, at, blank + lines + layout.eol)]

    # Move

    def move(self, node: Node, path: Path, src: int, dst: int) -> list[Splice]:
        front = self.front
        count = len(node.items)
        if src == dst:
            return []
        order = list(range(count))
        order.insert(dst, order.pop(src))
        if node.flow:
            spans = [(item.start, item.end) for item in node.items]
        else:
            column = dash_of(front, node.items[0]) - line_start(
                front, dash_of(front, node.items[0])
            )
            spans = []
            for item in node.items:
                dash = dash_of(front, item)
                head = line_start(front, dash)
                if front[head:dash].strip():
                    raise Overlap
                spans.append(
                    (own_comments_start(front, head, column), after_entry(front, item.end))
                )
        gaps = [front[spans[i][1] : spans[i + 1][0]] for i in range(count - 1)]
        pieces = [front[spans[i][0] : spans[i][1]] for i in order]
        text = pieces[0] + "".join(gap + piece for gap, piece in zip(gaps, pieces[1:], strict=True))
        return [Splice(spans[0][0], spans[-1][1], text)]


def plan_edit(edit: Edit, planner: Planner, current: object) -> list[Splice]:
    """The splices that make `edit` on the planner's text (`current`: its data)."""
    front = planner.front
    if isinstance(edit, SetValue):
        value_now = _get(current, edit.path)
        try:
            plan = planner.set_value(edit.path, edit.value, value_now)
            splice(front, plan)
            return plan
        except Overlap:
            chain = nodes_on(planner.tree, edit.path)
            parent = chain[-2] if len(chain) > 1 else None
            return planner._replace(parent, chain[-1], edit.path, edit.value)
    if isinstance(edit, Remove):
        return planner.remove(edit.path)
    assert isinstance(edit, Insert | Move)
    node = nodes_on(planner.tree, edit.path)[-1]
    if node.kind != "seq":
        raise path_error(edit.path, "list")
    if isinstance(edit, Insert):
        try:
            return planner.insert(node, edit.path, edit.index, edit.value)
        except Overlap:
            items = _items(current, edit.path)
            items.insert(edit.index, edit.value)
            return planner._replace(
                nodes_on(planner.tree, edit.path[:-1])[-1], node, edit.path, items
            )
    assert isinstance(edit, Move)
    try:
        return planner.move(node, edit.path, edit.src, edit.dst)
    except Overlap:
        items = _items(current, edit.path)
        items.insert(edit.dst, items.pop(edit.src))
        return planner._replace(nodes_on(planner.tree, edit.path[:-1])[-1], node, edit.path, items)


def _get(data: object, path: Path) -> object:
    try:
        return value_at(data, path)
    except EditError:
        return None


def _items(data: object, path: Path) -> list[object]:
    found = _get(data, path)
    return list(found) if isinstance(found, list) else []
