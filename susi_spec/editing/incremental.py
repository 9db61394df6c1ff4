"""A large front matter is read again only where an edit changed it.

Reading 300 KB of YAML again takes longer than a save may (the studio's round trip is
150 ms), and every byte outside the edited entry is the same as before by construction. So
for a value set in a large front matter the entry that holds it (its key and value lines, or
a list item's) is read alone, by our loader and by ruamel, and must hold the intended value;
the rest of the tree is the old one, moved by the change in length. This is sound when the
entry cannot reach beyond its lines: every line after its first is blank, a comment, or
indented deeper than the entry; it reads as one entry with the same key; and no anchor or
alias joins it to the rest. Otherwise the caller reads the whole text, as for a small one.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import yaml

from susi_spec.editing.edits import Path
from susi_spec.editing.text import after_entry, line_end, line_start, next_line
from susi_spec.editing.tree import Node, Tree, chain, dash_before, parse_tree
from susi_spec.loading.yamlload import load_yaml

# Front matter above this size is verified entry by entry (the bundled specs are below it).
LARGE = 64 * 1024


@dataclasses.dataclass(frozen=True)
class EntryUpdate:
    """The new tree, and the entry's own text as a YAML text of its own (for ruamel)."""

    tree: Tree
    snippet: str
    as_list: bool
    path: Path


def entry_update(
    tree: Tree, front: str, new_front: str, path: Path, expected: Any
) -> EntryUpdate | None:
    """The tree of `new_front`, made by reading again only the entry that holds `path`, and
    proof from our loader that it holds `expected` there; None when that cannot be shown."""
    if tree.anchors or tree.aliases or not path:
        return None
    nodes = chain(tree.root, path)
    if nodes is None:
        return None
    depth = len(path)
    while depth > 0 and nodes[depth - 1].flow:
        depth -= 1  # the entry is the nearest one in a block collection
    if depth == 0:
        return None
    parent, node = nodes[depth - 1], nodes[depth]
    index = parent.items.index(node)
    start = parent.keys[index].start if parent.kind == "map" else dash_before(front, node)
    if start is None:
        return None
    delta = len(new_front) - len(front)
    # The entry's lines with the rest of its last line: an item appended after it is in them.
    old_end = after_entry(front, node.end)
    end = old_end + delta
    if not (
        new_front.startswith(front[:start]) and new_front.endswith(front[old_end:]) and end > start
    ):
        return None
    column = start - line_start(front, start)
    region = new_front[start:end]
    if not _stays_inside(new_front, start, end, column, parent.kind == "map"):
        return None
    snippet = " " * column + region
    try:
        sub = parse_tree(snippet)
    except yaml.YAMLError:
        return None
    if sub.anchors or sub.aliases or sub.root.kind != parent.kind or len(sub.root.items) != 1:
        return None
    if parent.kind == "map" and sub.root.key_names() != [path[depth - 1]]:
        return None
    loaded = load_yaml(snippet.replace("\r\n", "\n").replace("\r", "\n"))
    entry_path = path[:depth]
    want: Any = [expected] if parent.kind == "seq" else {path[depth - 1]: expected}
    if loaded.issues or not _same_data(loaded.data, want):
        return None
    moved = start - column
    new_key = _shifted(sub.root.keys[0], 0, moved) if parent.kind == "map" else None
    new_item = _shifted(sub.root.items[0], 0, moved)
    root = _rebuilt(nodes[: depth + 1], index, new_key, new_item, old_end, delta)
    dedented = "\n".join(
        line[column:] if line[:column].strip() == "" else line.lstrip(" ")
        for line in snippet.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    )
    new_tree = Tree(root, {}, set(), tree.layout)  # the file's layout stays its own
    return EntryUpdate(new_tree, dedented + "\n", parent.kind == "seq", entry_path)


def _stays_inside(text: str, start: int, end: int, column: int, is_key: bool) -> bool:
    """Whether every line of text[start:end] after the first is blank, a comment, or
    indented deeper than `column` (a key's list may also have its dashes at `column`)."""
    at = next_line(text, start)
    while at < end:
        line = text[at : line_end(text, at)]
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        dash_under_key = is_key and indent == column and stripped.startswith("- ")
        if stripped and not stripped.startswith("#") and indent <= column and not dash_under_key:
            return False
        at = next_line(text, at)
    return True


def _shifted(node: Node, at: int, delta: int) -> Node:
    """`node` with every offset from `at` on moved by `delta` (a copy; trees are shared)."""
    if node.end < at or delta == 0:
        return node
    return Node(
        node.kind,
        node.start + delta if node.start >= at else node.start,
        node.end + delta,
        node.column,
        node.flow,
        node.style,
        node.value,
        node.anchor,
        node.alias,
        [_shifted(child, at, delta) for child in node.items] if node.items else [],
        [_shifted(child, at, delta) for child in node.keys] if node.keys else [],
    )


def _rebuilt(
    chain: list[Node],
    index: int,
    new_key: Node | None,
    new_item: Node,
    old_end: int,
    delta: int,
) -> Node:
    """The root with the entry at the end of `chain` replaced and what follows it moved."""

    def rebuild(depth: int) -> Node:
        node = chain[depth]
        if depth == len(chain) - 2:
            items = list(node.items)
            keys = list(node.keys)
            items[index] = new_item
            if new_key is not None:
                keys[index] = new_key
            moved_items = [
                child if i == index else _shifted(child, old_end, delta)
                for i, child in enumerate(items)
            ]
            moved_keys = [
                child if i == index and new_key is not None else _shifted(child, old_end, delta)
                for i, child in enumerate(keys)
            ]
        else:
            position = node.items.index(chain[depth + 1])
            moved_items = [
                rebuild(depth + 1) if i == position else _shifted(child, old_end, delta)
                for i, child in enumerate(node.items)
            ]
            moved_keys = [_shifted(child, old_end, delta) for child in node.keys]
        # A block collection ends where its last item does.
        return dataclasses.replace(
            node, items=moved_items, keys=moved_keys, end=moved_items[-1].end
        )

    return rebuild(0)


def _same_data(a: Any, b: Any) -> bool:
    from susi_spec.editing.verify import same

    return same(a, b)
