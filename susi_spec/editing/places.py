"""Where an edit lands: the nodes on a path, and the offsets around a node's text.

Each lookup refuses what the editor cannot change safely (a value shared through an alias,
a key written oddly) with an EditError, or raises Overlap for a layout the plan must write
anew (plan.py).
"""

from __future__ import annotations

from susi_spec.editing.edits import EditError, Path, path_text
from susi_spec.editing.splices import Overlap
from susi_spec.editing.text import line_end
from susi_spec.editing.tree import Node, Tree, dash_before
from susi_spec.editing.verify import path_error
from susi_spec.problems import Text


def nodes_on(tree: Tree, path: Path) -> list[Node]:
    """The nodes from the root to `path`; refuses a path through or inside an alias."""
    nodes = [tree.root]
    for depth, step in enumerate(path):
        node = nodes[-1]
        if node.kind == "alias":
            raise _shared(path[:depth])
        child = node.child(step)
        if child is None:
            raise path_error(path[: depth + 1])
        nodes.append(child)
    for node in nodes:
        if node.anchor and node.anchor in tree.aliases:
            raise _shared(path)
    return nodes


def refuse_anchors_inside(tree: Tree, node: Node, path: Path) -> None:
    """Refuse to change `node` when an alias elsewhere points at an anchor inside it."""
    for name in tree.aliases:
        anchored = tree.anchors.get(name)
        if anchored is not None and node.start <= anchored.start < node.end:
            raise _shared(path)


def exists(tree: Tree, path: Path) -> bool:
    """Whether the tree has a node at `path`."""
    node: Node | None = tree.root
    for step in path:
        node = node.child(step) if node is not None else None
    return node is not None


def find_like(node: Node, path: Path) -> Node | None:
    """The node at `path`, or else at the same place under another item of a list on it."""
    if not path:
        return node
    step, rest = path[0], path[1:]
    if node.kind == "map":
        child = node.child(step)
        return find_like(child, rest) if child is not None else None
    if node.kind == "seq" and isinstance(step, int):
        order = list(node.items)
        if 0 <= step < len(order):
            order.insert(0, order.pop(step))
        for item in order:
            found = find_like(item, rest)
            if found is not None:
                return found
    return None


def trailing_spaces_end(front: str, end: int) -> int:
    """After the spaces that end a value's line, if only spaces follow it there: a value
    written anew leaves no trailing spaces behind."""
    stop = line_end(front, end)
    return stop if not front[end:stop].strip(" \t") else end


def colon_end(front: str, key: Node) -> int:
    """The offset just after the colon that ends `key`; refuses a key written otherwise."""
    at = key.end
    while at < len(front) and front[at] in " \t":
        at += 1
    if at < len(front) and front[at] == ":":
        return at + 1
    raise EditError(
        Text(
            "Nøglen er skrevet på en måde, editoren ikke kan ændre sikkert; ret den i hånden.",
            "The key is written in a way the editor cannot change safely; edit it by hand.",
        )
    )


def dash_of(front: str, item: Node) -> int:
    """The offset of the `-` before a block list's item."""
    at = dash_before(front, item)
    if at is None:
        raise Overlap
    return at


def _shared(path: Path) -> EditError:
    where = path_text(path)
    return EditError(
        Text(
            f"Værdien {where.da} deles med et alias (&anker og *alias) eller er et alias; en "
            "ændring her ville også ændre de andre steder. Skriv værdien ud i hånden først.",
            f"The value {where.en} is shared through an alias (&anchor and *alias) or is one; "
            "changing it would change the other places too. Write the value out by hand first.",
        )
    )
