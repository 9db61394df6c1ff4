"""The text of one key or list item, cut out so that a YAML reader can read it alone."""

from __future__ import annotations

from susi_spec.editing.edits import Path
from susi_spec.editing.text import after_entry, line_end, line_start, next_line
from susi_spec.editing.tree import chain, dash_before, tree_of


def entry_text(front: str, path: Path) -> tuple[str, Path, bool] | None:
    """The entry holding `path` in the nearest block collection: its text dedented, the
    entry's path, and whether it is a list item (`- ...`) rather than a key (`k: ...`)."""
    nodes = chain(tree_of(front).root, path)
    if nodes is None:
        return None
    for depth in range(len(path), 0, -1):
        parent, node = nodes[depth - 1], nodes[depth]
        if parent.flow:
            continue
        if parent.kind == "map":
            start = parent.keys[parent.items.index(node)].start
        else:
            found = dash_before(front, node)
            if found is None:
                return None
            start = found
        return _dedented(front, start, node.end), path[:depth], parent.kind == "seq"
    return None


def _dedented(front: str, start: int, end: int) -> str:
    """front[start:end] as its own YAML text: the first line from `start`, the others without
    the indentation of `start`'s column."""
    column = start - line_start(front, start)
    lines = [front[start : line_end(front, start)]]
    at = next_line(front, start)
    stop = after_entry(front, end)
    while at < stop:
        line = front[at : line_end(front, at)]
        spaces = len(line) - len(line.lstrip(" "))
        lines.append(line[min(spaces, column) :])
        at = next_line(front, at)
    return "\n".join(lines) + "\n"
