"""Read YAML fast (libyaml) with YAML 1.2 meaning and the position of every key and value.

libyaml composes the node tree in C; this module resolves plain scalars by the YAML 1.2
core schema (so `yes`, `no` and `on` stay strings and `010` is 10, as ruamel reads them)
and builds plain Python data while recording where each key and value starts. Round-trip
loading with ruamel is kept for commands that write files (FORMAT.md, ARCHITECTURE.md).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.cyaml import CParser  # type: ignore[attr-defined]
from yaml.events import CollectionEndEvent, CollectionStartEvent, StreamEndEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver

PathKey = tuple[str | int, ...]

# Front matter of a real spec is a few hundred nodes; these limits stop alias bombs
# ("billion laughs"), recursive anchors and absurd nesting long before they cost time.
MAX_NODES = 50_000
MAX_DEPTH = 64

# Parser contexts whose start, on an earlier line, is where an author must fix the error.
_OPENING_CONTEXTS = (
    "while scanning a quoted scalar",
    "while scanning a simple key",
    "while parsing a flow",
)

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_DATE = "tag:yaml.org,2002:timestamp"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"


class Yaml12Resolver(BaseResolver):
    """Implicit tags of the YAML 1.2 core schema (plus plain dates)."""


_RESOLVERS: list[tuple[str, str, str]] = [
    (_BOOL, r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    (_INT, r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        _FLOAT,
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+0123456789.",
    ),
    (_NULL, r"^(?:~|null|Null|NULL|)$", "~nN\x00"),
    (_DATE, r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "0123456789"),
]
for _tag, _pattern, _first in _RESOLVERS:
    Yaml12Resolver.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))
Yaml12Resolver.add_implicit_resolver(_NULL, re.compile(r"^$"), [""])


class _Composer(CParser, Yaml12Resolver):
    """libyaml's C parser and composer with the YAML 1.2 resolver."""

    def __init__(self, stream: str) -> None:
        CParser.__init__(self, stream)
        Yaml12Resolver.__init__(self)


@dataclass(frozen=True)
class YamlIssue:
    """Something wrong in the YAML itself, at a 0-based line and column of the text."""

    kind: str  # syntax | duplicate-key | too-complex | tag
    line: int
    column: int
    detail: str


@dataclass
class Positions:
    """Where each key and each value starts (0-based line and column of the YAML text)."""

    keys: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    values: dict[PathKey, tuple[int, int]] = field(default_factory=dict)

    def find(self, path: PathKey, *, key: bool = False) -> tuple[int, int]:
        """Position of `path`, or of its nearest ancestor that has one."""
        table = self.keys if key else self.values
        probe = tuple(path)
        while probe:
            if probe in table:
                return table[probe]
            if not key and probe in self.keys:
                return self.keys[probe]
            if key and isinstance(probe[-1], int) and probe in self.values:
                return self.values[probe]  # a list item has no key: point where it starts
            probe = probe[:-1]
        return self.values.get((), (0, 0))


@dataclass
class LoadedYaml:
    data: Any
    positions: Positions
    issues: list[YamlIssue]


class _TooComplex(Exception):
    def __init__(self, node: Node, detail: str) -> None:
        self.node = node
        self.detail = detail


def load_yaml(text: str) -> LoadedYaml:
    """Parse one YAML document into plain data, positions and issues; never raise."""
    positions = Positions()
    try:
        too_complex = _structure_issue(text)
        if too_complex is not None:
            return LoadedYaml(None, positions, [too_complex])
        loader = _Composer(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        detail = error.problem or error.context or str(error)
        opened, stopped = error.context_mark, error.problem_mark
        if (
            opened
            and stopped
            and opened.line < stopped.line
            and (error.context or "").startswith(_OPENING_CONTEXTS)
        ):
            # A quote, bracket or key left open: point where it opens, not where the parser
            # gave up (for an unclosed quote, the end of the front matter).
            mark, detail = opened, f"{error.context}: {detail}"
        line, column = (mark.line, mark.column) if mark else (0, 0)
        if "nesting depth" in detail:
            # libyaml 0.2.5 (PyYAML 6.0.3+) stops at 1,000 levels while scanning ahead, before
            # the walk above reaches MAX_DEPTH: the same verdict, where libyaml stopped.
            return LoadedYaml(None, positions, [YamlIssue("too-complex", line, column, "depth")])
        if _is_tab(text, line, column):
            detail = "tab"
        return LoadedYaml(None, positions, [YamlIssue("syntax", line, column, detail)])
    except yaml.YAMLError as error:
        return LoadedYaml(None, positions, [YamlIssue("syntax", 0, 0, str(error))])
    if node is None:
        return LoadedYaml(None, positions, [])
    builder = _Builder(positions)
    try:
        data = builder.build(node, (), 0)
    except _TooComplex as error:
        mark = error.node.start_mark
        line, column = builder.alias_position() or (mark.line, mark.column)
        issue = YamlIssue("too-complex", line, column, error.detail)
        return LoadedYaml(None, positions, [issue])
    return LoadedYaml(data, positions, builder.issues)


def _structure_issue(text: str) -> YamlIssue | None:
    """Walk the parser's events once before composing, to stop absurd nesting and size early.

    libyaml's composer recurses in C: a few hundred kilobytes of `[` crash the process
    instead of raising, so nesting is measured here, iteratively, first; and a front matter
    of more than MAX_NODES nodes is refused before seconds go into building it.
    """
    parser = _Composer(text)
    depth = count = 0
    try:
        while not parser.check_event(StreamEndEvent):
            event = parser.get_event()
            if event is None:  # pragma: no cover - check_event saw one
                break
            count += 1
            if isinstance(event, CollectionStartEvent):
                depth += 1
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
            if depth > MAX_DEPTH or count > MAX_NODES:
                mark = event.start_mark
                line, column = (mark.line, mark.column) if mark else (0, 0)
                detail = "depth" if depth > MAX_DEPTH else "size"
                return YamlIssue("too-complex", line, column, detail)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        if mark is None or "maximum nesting depth" not in (error.problem or ""):
            raise
        # libyaml 0.2.5+ (PyYAML 6.0.4) refuses more than 1000 levels while its scanner looks
        # ahead, before it delivers the events that pass MAX_DEPTH: the text before that point
        # passes ours, and is walked instead.
        lines = text.split("\n")
        return _structure_issue("\n".join([*lines[: mark.line], lines[mark.line][: mark.column]]))
    finally:
        parser.dispose()
    return None


class _Builder:
    """Turn a composed node tree into plain data, counting nodes to stop alias bombs."""

    def __init__(self, positions: Positions) -> None:
        self.positions = positions
        self.issues: list[YamlIssue] = []
        self.count = 0
        # Collections already built once: meeting one again means an alias expands it.
        self.built: set[int] = set()
        # Where the alias being expanded is used (the node's own mark is its anchor's).
        self.alias_path: PathKey | None = None

    def alias_position(self) -> tuple[int, int] | None:
        """Where the alias that is being expanded is written, if one is."""
        if self.alias_path is None:
            return None
        path = self.alias_path
        while path and isinstance(path[-1], int):
            path = path[:-1]  # an item of a flow list: its list's key or bracket
        return self.positions.keys.get(path) or self.positions.values.get(path)

    def build(self, node: Node, path: PathKey, depth: int) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise _TooComplex(node, "aliases")
        if depth > MAX_DEPTH:
            raise _TooComplex(node, "depth")
        mark = node.start_mark
        self.positions.values.setdefault(path, (mark.line, mark.column))
        if isinstance(node, ScalarNode):
            return self._scalar(node)
        if id(node) in self.built and self.alias_path is None:
            self.alias_path = path  # kept when _TooComplex is raised, for its position
            value = self._collection(node, path, depth)
            self.alias_path = None
            return value
        self.built.add(id(node))
        return self._collection(node, path, depth)

    def _collection(self, node: Node, path: PathKey, depth: int) -> Any:
        if isinstance(node, SequenceNode):
            return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, MappingNode):
            return dict(self._pairs(node, path, depth))
        raise _TooComplex(node, "node")  # pragma: no cover - libyaml makes only these three

    def _pairs(self, node: MappingNode, path: PathKey, depth: int) -> Iterator[tuple[Any, Any]]:
        seen: set[Any] = set()
        for key_node, value_node in node.value:
            key = self.build(key_node, path, depth + 1)
            if not isinstance(key, str | int | bool | float | None):
                key = str(key)
            if key in seen:
                mark = key_node.start_mark
                self.issues.append(YamlIssue("duplicate-key", mark.line, mark.column, str(key)))
            seen.add(key)
            child = (*path, key if isinstance(key, str | int) else str(key))
            self.positions.keys[child] = (key_node.start_mark.line, key_node.start_mark.column)
            yield key, self.build(value_node, child, depth + 1)

    def _scalar(self, node: ScalarNode) -> Any:
        value: str = node.value
        tag = node.tag
        if tag == _STR or (node.style is not None and tag in (None, "!")):
            return value
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return value.lower() == "true"
        if tag == _INT:
            return _to_int(value)
        if tag == _FLOAT:
            return _to_float(value)
        if tag == _DATE:
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                return value
        if tag in (_SEQ, _MAP, "!"):
            return value
        mark = node.start_mark
        self.issues.append(YamlIssue("tag", mark.line, mark.column, tag))
        return value


def _is_tab(text: str, line: int, column: int) -> bool:
    """Whether libyaml stopped at a tab in a line's indentation or at the mark."""
    lines = text.split("\n")
    if line >= len(lines):
        return False
    raw = lines[line]
    indent = raw[: len(raw) - len(raw.lstrip(" \t"))]
    return "\t" in indent or raw[column : column + 1] == "\t"


def _to_int(value: str) -> int:
    if value.startswith("0o"):
        return int(value[2:], 8)
    if value.startswith("0x"):
        return int(value[2:], 16)
    return int(value, 10)


def _to_float(value: str) -> float:
    lowered = value.lower()
    if lowered.endswith("inf"):
        return float("-inf") if lowered.startswith("-") else float("inf")
    if lowered == ".nan":
        return float("nan")
    return float(value)
