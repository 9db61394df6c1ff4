"""The front matter as a tree of nodes that know where their text is.

libyaml's events carry the offset where each node starts and ends, so one pass in C gives
every span an edit needs; the node's style (plain, quoted, block scalar; flow or block
collection) tells how a new value next to it is written.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.cyaml import CParser  # type: ignore[attr-defined]
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
)

from susi_spec.editing.text import line_start
from susi_spec.loading.yaml_scalars import INT, STR, resolve


@dataclass
class Node:
    """One YAML node: its kind, where its text starts and ends, and its children."""

    kind: str  # scalar | seq | map | alias
    start: int  # offset of the node's first character in the front matter
    end: int  # offset after its last character (a block scalar: after its last text line)
    column: int
    flow: bool = False
    style: str = ""  # a scalar's: "" plain, "'", '"', "|", ">"
    value: str = ""  # a scalar's text as libyaml read it
    anchor: str | None = None
    alias: str | None = None
    items: list[Node] = field(default_factory=list)  # seq items; map: values
    keys: list[Node] = field(default_factory=list)  # map: key nodes, beside `items`

    def key_names(self) -> list[str | int]:
        """The mapping's keys as paths name them."""
        return [key_name(key) for key in self.keys]

    def child(self, step: str | int) -> Node | None:
        """The value under key `step` of a mapping, or item `step` of a list."""
        if self.kind == "map":
            names = self.key_names()
            return self.items[names.index(step)] if step in names else None
        if self.kind == "seq" and isinstance(step, int) and 0 <= step < len(self.items):
            return self.items[step]
        return None


def key_name(key: Node) -> str | int:
    """A key node as a path names it: an int key stays an int, anything else is text."""
    if key.kind == "scalar" and not key.style and resolve(key.value) == INT:
        try:
            return int(key.value)
        except ValueError:
            return key.value
    return key.value


@dataclass
class Tree:
    """The parsed front matter: its root node and every anchor with its node."""

    root: Node
    anchors: dict[str, Node]
    aliases: set[str]  # anchors that some alias refers to
    layout: Any = None  # the file's emit.Layout, worked out once per tree (engine._layout)


# Trees of front matters lately edited or written: the studio edits the text it saved last.
# Callers never change a tree.
_TREES: OrderedDict[str, Tree] = OrderedDict()


def tree_of(text: str) -> Tree:
    """The tree of a front matter, from the cache when it was lately parsed or made."""
    tree = _TREES.pop(text, None) or parse_tree(text)
    remember(text, tree)
    return tree


def remember(text: str, tree: Tree) -> None:
    _TREES[text] = tree
    while len(_TREES) > 4:
        _TREES.popitem(last=False)


def parse_tree(text: str) -> Tree:
    """The tree of a YAML text (front matter); raises yaml.YAMLError on a syntax error."""
    parser = CParser(text)
    anchors: dict[str, Node] = {}
    aliases: set[str] = set()
    try:
        parser.get_event()  # stream start
        if isinstance(parser.peek_event(), yaml.StreamEndEvent):
            return Tree(Node("map", 0, 0, 0, flow=True), anchors, aliases)
        parser.get_event()  # document start
        root = _node(parser, parser.get_event(), text, anchors, aliases)
    finally:
        parser.dispose()
    return Tree(root, anchors, aliases)


def _node(
    parser: CParser, event: Any, text: str, anchors: dict[str, Node], aliases: set[str]
) -> Node:
    # Recursion is safe: apply_edits has the loader read the text first, and it refuses
    # nesting deeper than MAX_DEPTH (64) levels.
    start = event.start_mark
    kind = type(event)  # compared, not isinstance'd: the events' stubs type marks as Optional
    if kind is AliasEvent:
        aliases.add(event.anchor)
        return Node("alias", start.index, event.end_mark.index, start.column, alias=event.anchor)
    if kind is ScalarEvent:
        style = event.style or ""
        end = event.end_mark.index
        if style in ("|", ">"):
            end = _block_scalar_end(text, start.index, end)
        node = Node("scalar", start.index, end, start.column, style=style, value=event.value)
        if event.tag not in (None, "!", STR) or not event.implicit[0]:
            node.style = node.style or "!"  # a tagged scalar is rewritten quoted
        node.anchor = event.anchor
        if event.anchor:
            anchors[event.anchor] = node
        return node
    is_map = kind is MappingStartEvent
    node = Node("map" if is_map else "seq", start.index, start.index, start.column)
    node.flow = bool(event.flow_style)
    node.anchor = event.anchor
    if event.anchor:
        anchors[event.anchor] = node
    closing = MappingEndEvent if is_map else SequenceEndEvent
    while True:
        child: Any = parser.get_event()
        if type(child) is closing:
            mark: Any = child.end_mark
            node.end = mark.index if node.flow else _content_end(node)
            if not node.flow and node.items:
                # libyaml starts a block collection at its anchor or tag; its text starts
                # at its first key or dash.
                first = node.keys[0].start if is_map else dash_before(text, node.items[0])
                if first is not None:
                    node.start, node.column = first, first - line_start(text, first)
            return node
        if is_map:
            node.keys.append(_node(parser, child, text, anchors, aliases))
            child = parser.get_event()
        node.items.append(_node(parser, child, text, anchors, aliases))


def dash_before(text: str, item: Node) -> int | None:
    """The offset of the `-` before a block list's item, or None when more than spaces and
    line breaks stand between them."""
    at = item.start - 1
    while at >= 0 and text[at] in " \t\r\n":
        at -= 1
    return at if at >= 0 and text[at] == "-" else None


def chain(root: Node, path: tuple[str | int, ...]) -> list[Node] | None:
    """The nodes from `root` down to `path`, or None when the path leads nowhere."""
    nodes = [root]
    for step in path:
        child = nodes[-1].child(step)
        if child is None:
            return None
        nodes.append(child)
    return nodes


def _content_end(node: Node) -> int:
    """Where a block collection's text ends: after its last key or item."""
    last = node.items[-1] if node.items else None
    return last.end if last is not None else node.start


def _block_scalar_end(text: str, start: int, end: int) -> int:
    """After the last line of a block scalar that holds text (libyaml ends it after the
    blank lines that follow); `|+` keeps those lines, so its end stays libyaml's."""
    header = text[start:end].split("\n", 1)[0].split("\r", 1)[0]
    if "+" in header:
        return end
    stop = end
    while stop > start and text[stop - 1] in " \t\r\n":
        stop -= 1
    return max(stop, start + len(header.split("#", 1)[0].rstrip()))
