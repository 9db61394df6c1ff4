"""Read YAML fast (libyaml) with YAML 1.2 meaning and the position of every key and value.

libyaml parses in C; this module builds plain Python data from its events in one pass,
resolving plain scalars by the YAML 1.2 core schema (so `yes`, `no` and `on` stay strings
and `010` is 10, as ruamel reads them), recording where each key and value starts, and
measuring each alias before it is expanded. Round-trip
loading with ruamel is kept for commands that write files (FORMAT.md, ARCHITECTURE.md).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.cyaml import CParser  # type: ignore[attr-defined]
from yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    MappingEndEvent,
    NodeEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.resolver import BaseResolver

PathKey = tuple[str | int, ...]

# Front matter of a real spec is a few hundred nodes; these limits stop alias bombs
# ("billion laughs"), recursive anchors and absurd nesting long before they cost time.
MAX_NODES = 50_000


def node_limit(text: str) -> int:
    """How many events and nodes a text may make: MAX_NODES, or one per character of a
    larger text (plain YAML cannot make more than that). What aliases add is held to
    MAX_NODES whatever the text's size."""
    return max(MAX_NODES, len(text))


MAX_DEPTH = 64
# What all aliases of a text may add in characters of strings: an alias of a long string
# costs its length in every check and page that reads it, not one node.
MAX_ALIAS_CHARS = 200_000

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


# First character of a plain scalar -> the (tag, pattern) pairs that may match it.
_IMPLICIT: dict[str, list[tuple[str, re.Pattern[str]]]] = Yaml12Resolver.yaml_implicit_resolvers
# A whole number as people write it: no sign but minus, no leading zero, no base prefix.
_PLAIN_INT = re.compile(r"-?(?:0|[1-9][0-9]*)")


@dataclass(frozen=True)
class YamlIssue:
    """Something wrong in the YAML itself, at a 0-based line and column of the text."""

    kind: str  # syntax | duplicate-key | too-complex | tag | number
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


def load_yaml(text: str) -> LoadedYaml:
    """Parse one YAML document into plain data, positions and issues; never raise."""
    positions = Positions()
    try:
        return _load(text, positions)
    except _Refused as refused:
        return LoadedYaml(None, positions, [refused.issue])
    except _TooComplex as error:
        issue = YamlIssue("too-complex", error.line, error.column, error.detail)
        return LoadedYaml(None, positions, [issue])
    except yaml.MarkedYAMLError as error:
        issue = _syntax_issue(text, error)
        if "nesting depth" in issue.detail:
            # libyaml 0.2.5+ refuses more than 1,000 levels while its scanner looks ahead,
            # before it delivers the events that pass MAX_DEPTH: the same verdict.
            try:
                found = _structure_issue(text)
            except yaml.MarkedYAMLError as other:
                found = _syntax_issue(text, other)
            issue = found or YamlIssue("too-complex", issue.line, issue.column, "depth")
        return LoadedYaml(None, positions, [issue])
    except yaml.YAMLError as error:
        return LoadedYaml(None, positions, [YamlIssue("syntax", 0, 0, str(error))])


def _load(text: str, positions: Positions) -> LoadedYaml:
    builder = _Builder(text, positions)
    try:
        data = builder.load()
    except (_TooComplex, yaml.composer.ComposerError) as late:
        # Verdicts keep their order: a syntax error, nesting or size anywhere in the text
        # first, then an anchor or alias error, then what aliases expand to. Only a refused
        # text is walked again.
        first = _structure_issue(text)
        if first is not None:
            raise _Refused(first) from None
        composer = _composer_error(text) if isinstance(late, _TooComplex) else None
        if composer is not None:
            raise composer from None
        raise
    return LoadedYaml(data, positions, builder.issues)


def _syntax_issue(text: str, error: yaml.MarkedYAMLError) -> YamlIssue:
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
    if _is_tab(text, line, column):
        detail = "tab"
    elif any(needle in detail for needle in _KEY_ERRORS):
        glued = _glued_key(text, line)
        if glued is not None:
            return glued
    return YamlIssue("syntax", line, column, detail)


# `title:Demo` is one plain scalar to YAML, not a key and a value; libyaml then reports a
# missing ':' on that line, or a misplaced mapping on the line after it.
NO_SPACE = "no space after the colon: "
_KEY_ERRORS = ("could not find expected ':'", "mapping values are not allowed")
_GLUED = re.compile(r"(\s*(?:-\s+)?[A-Za-z_][\w-]*):(?=[^\s/:])(\S*)")


def _glued_key(text: str, line: int) -> YamlIssue | None:
    """A `key:value` without its space on the line libyaml stopped at or the one before."""
    lines = text.split("\n")
    for number in (line, line - 1):
        found = _GLUED.match(lines[number]) if 0 <= number < len(lines) else None
        if found:
            key = found.group(1).lstrip(" -")
            token = f"{key}:{found.group(2)}"
            return YamlIssue("syntax", number, found.end(1), NO_SPACE + token)
    return None


def _structure_issue(text: str) -> YamlIssue | None:
    """Nesting past MAX_DEPTH or more than MAX_NODES events, walking the parser's events only.

    Run only on a text the builder refused, to tell whether this verdict comes first.
    """
    parser = CParser(text)
    depth = count = 0
    limit = node_limit(text)
    try:
        while not parser.check_event(StreamEndEvent):
            event: Any = parser.get_event()
            count += 1
            if isinstance(event, CollectionStartEvent):
                depth += 1
            elif isinstance(event, CollectionEndEvent):
                depth -= 1
            if depth > MAX_DEPTH or count > limit:
                mark = event.start_mark
                detail = "depth" if depth > MAX_DEPTH else "size"
                return YamlIssue("too-complex", mark.line, mark.column, detail)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        if mark is None or "nesting depth" not in (error.problem or ""):
            raise
        # libyaml refused 1,000 levels before delivering the events that pass ours: the
        # text before that point is walked instead.
        lines = text.split("\n")
        before = "\n".join([*lines[: mark.line], lines[mark.line][: mark.column]])
        found = _structure_issue(before)
        composer = None if found is not None else _composer_error(before)
        if composer is not None:
            raise composer from None
        return found or YamlIssue("too-complex", mark.line, mark.column, "depth")
    finally:
        parser.dispose()
    return None


def _composer_error(text: str) -> yaml.composer.ComposerError | None:
    """The first alias or anchor error in `text`, as libyaml's composer reports it."""
    parser = CParser(text)
    anchors: dict[str, Any] = {}  # name -> where it is first defined
    try:
        while not parser.check_event(StreamEndEvent):
            event: Any = parser.get_event()
            if isinstance(event, AliasEvent):
                if event.anchor not in anchors:
                    return _undefined(event)
            elif isinstance(event, NodeEvent) and event.anchor is not None:
                if event.anchor in anchors:
                    return _duplicate(anchors[event.anchor], event)
                anchors[event.anchor] = event.start_mark
    except yaml.YAMLError:
        return None
    finally:
        parser.dispose()
    return None


def _undefined(event: Any) -> yaml.composer.ComposerError:
    return yaml.composer.ComposerError(None, None, "found undefined alias", event.start_mark)


def _duplicate(first: Any, event: Any) -> yaml.composer.ComposerError:
    return yaml.composer.ComposerError(
        "found duplicate anchor; first occurrence", first, "second occurrence", event.start_mark
    )


class _TooComplex(Exception):
    def __init__(self, line: int, column: int, detail: str) -> None:
        self.line = line
        self.column = column
        self.detail = detail


@dataclass
class _Anchor:
    """An anchored value: what an alias of it adds, and how to repeat its positions."""

    value: Any
    mark: tuple[int, int]  # where the anchored node starts
    start: Any  # the same, as libyaml's mark
    path: PathKey
    depth: int
    done: bool = False
    nodes: int = 0  # nodes built for it, its own aliases expanded
    height: int = 0  # how many levels below its own it reaches
    log: tuple[tuple[bool, PathKey, tuple[int, int]], ...] = ()  # (is key, path, position)
    issues: tuple[YamlIssue, ...] = ()
    chars: int | None = None  # characters of its strings, counted when first aliased


class _Builder:
    """Build plain data from libyaml's events in one pass, bounding what aliases expand to.

    Every alias is measured before it is built: the nodes it adds (MAX_NODES in all), the
    levels it reaches (MAX_DEPTH), and the characters of its strings (MAX_ALIAS_CHARS in all
    aliases), so that a small text cannot make the checks after it allocate gigabytes.
    """

    def __init__(self, text: str, positions: Positions) -> None:
        self.parser = CParser(text)
        self.limit = node_limit(text)
        self.positions = positions
        self.issues: list[YamlIssue] = []
        self.events = 0  # parser events, as libyaml delivers them
        self.nodes = 0  # nodes built, aliases expanded
        self.alias_nodes = 0  # of those, the nodes aliases added
        self.alias_chars = 0
        self.anchors: dict[str, _Anchor] = {}
        self.deepest = 0
        # While an anchored node is built: every position written, to repeat at its aliases.
        self.log: list[tuple[bool, PathKey, tuple[int, int]]] | None = None

    def load(self) -> Any:
        try:
            self._next()  # stream start
            event = self._next()
            if type(event) is StreamEndEvent:
                return None
            start = event.start_mark
            data = self._node(self._next(), (), 0)
            self._next()  # document end
            event = self._next()
            if type(event) is not StreamEndEvent:
                raise yaml.composer.ComposerError(
                    "expected a single document in the stream",
                    start,
                    "but found another document",
                    event.start_mark,
                )
            return data
        finally:
            self.parser.dispose()

    def _next(self) -> Any:
        event: Any = self.parser.get_event()
        self.events += 1
        if self.events > self.limit and type(event) is not StreamEndEvent:
            mark = event.start_mark
            raise _Refused(YamlIssue("too-complex", mark.line, mark.column, "size"))
        return event

    def _node(self, event: Any, path: PathKey, depth: int) -> Any:
        kind = type(event)
        if kind is AliasEvent:
            return self._alias(event, path, depth)
        self.nodes += 1
        mark = event.start_mark
        if self.nodes > self.limit:
            raise _TooComplex(mark.line, mark.column, "aliases")
        position = (mark.line, mark.column)
        self.positions.values.setdefault(path, position)
        if depth > self.deepest:
            self.deepest = depth
        log = self.log
        if log is not None:
            log.append((False, path, position))
        anchor = event.anchor
        if anchor is not None:
            return self._anchored(event, path, depth, position)
        if kind is ScalarEvent:
            return self._scalar(event)
        return self._collection(event, path, depth)

    def _collection(self, event: Any, path: PathKey, depth: int) -> Any:
        if depth >= MAX_DEPTH:  # this collection is the (MAX_DEPTH + 1)th level
            mark = event.start_mark
            raise _Refused(YamlIssue("too-complex", mark.line, mark.column, "depth"))
        child = depth + 1
        sequence = type(event) is SequenceStartEvent
        if event.tag not in (None, "!", _SEQ if sequence else _MAP):
            # A tag on a list or mapping (`!foo [...]`, `!!set {...}`) as on a scalar.
            mark = event.start_mark
            self.issues.append(YamlIssue("tag", mark.line, mark.column, event.tag))
        if sequence:
            items: list[Any] = []
            event = self._next()
            while type(event) is not SequenceEndEvent:
                items.append(self._node(event, (*path, len(items)), child))
                event = self._next()
            return items
        mapping: dict[Any, Any] = {}
        seen: set[Any] = set()
        keys = self.positions.keys
        event = self._next()
        while type(event) is not MappingEndEvent:
            mark = event.start_mark
            if type(event) is AliasEvent and event.anchor in self.anchors:
                mark = self.anchors[event.anchor].start  # an alias as key: where its text is
            key = self._node(event, path, child)
            if not isinstance(key, str | int | bool | float | None):
                key = str(key)
            if key in seen:
                self.issues.append(YamlIssue("duplicate-key", mark.line, mark.column, str(key)))
            seen.add(key)
            at = (*path, key if isinstance(key, str | int) else str(key))
            position = (mark.line, mark.column)
            keys[at] = position
            if self.log is not None:
                self.log.append((True, at, position))
            mapping[key] = self._node(self._next(), at, child)
            event = self._next()
        return mapping

    def _anchored(self, event: Any, path: PathKey, depth: int, position: tuple[int, int]) -> Any:
        name = event.anchor
        if name in self.anchors:
            first = self.anchors[name]
            raise _duplicate(first.start, event)
        anchor = self.anchors[name] = _Anchor(None, position, event.start_mark, path, depth)
        outer_log, outer_deepest = self.log, self.deepest
        self.log = [(False, path, position)]
        self.deepest = depth
        nodes, issues = self.nodes, len(self.issues)
        try:
            if type(event) is ScalarEvent:
                anchor.value = self._scalar(event)
            else:
                anchor.value = self._collection(event, path, depth)
        finally:
            log, self.log = self.log, outer_log
        anchor.nodes = self.nodes - nodes + 1
        anchor.height = self.deepest - depth
        anchor.log = tuple(log)
        anchor.issues = tuple(self.issues[issues:])
        anchor.done = True
        self.deepest = max(outer_deepest, self.deepest)
        if outer_log is not None:
            outer_log.extend(log[1:])
        return anchor.value

    def _alias(self, event: Any, path: PathKey, depth: int) -> Any:
        anchor = self.anchors.get(event.anchor)
        if anchor is None:
            raise _undefined(event)
        scalar = not isinstance(anchor.value, list | dict) and anchor.done
        where = anchor.mark if scalar else self._alias_position(path)
        if not anchor.done or depth + anchor.height > MAX_DEPTH:
            raise _TooComplex(*where, "depth")  # an alias inside its own anchor never ends
        if self.alias_nodes + anchor.nodes > MAX_NODES or self.nodes + anchor.nodes > self.limit:
            raise _TooComplex(*where, "aliases")  # what aliases add is held to MAX_NODES
        if anchor.chars is None:
            anchor.chars = _chars(anchor.value)
        self.alias_chars += anchor.chars
        if self.alias_chars > MAX_ALIAS_CHARS:
            raise _TooComplex(*self._alias_position(path), "aliases")
        self.nodes += anchor.nodes
        self.alias_nodes += anchor.nodes
        self.deepest = max(self.deepest, depth + anchor.height)
        # The positions inside point where the anchored text is, as if it were written here.
        cut = len(anchor.path)
        values, keys = self.positions.values, self.positions.keys
        for is_key, at, position in anchor.log:
            moved = (*path, *at[cut:])
            if is_key:
                keys[moved] = position
            else:
                values.setdefault(moved, position)
        if self.log is not None:
            self.log.extend((k, (*path, *at[cut:]), p) for k, at, p in anchor.log)
        self.issues.extend(anchor.issues)
        return _copy(anchor.value)

    def _alias_position(self, path: PathKey) -> tuple[int, int]:
        """Where an alias is written: its key, or for an item of a flow list, its list's key."""
        while path and isinstance(path[-1], int):
            path = path[:-1]
        found = self.positions.keys.get(path) or self.positions.values.get(path)
        return found or (0, 0)

    def _scalar(self, event: Any) -> Any:
        value: str = event.value
        tag = event.tag
        if tag is None or tag == "!":
            if not event.implicit[0]:
                return value
            tag = _resolve(value)
        if tag == _STR:
            return value
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return value.lower() == "true"
        if tag == _INT and event.implicit[0] and not _PLAIN_INT.fullmatch(value):
            # `0x4`, `010`, `+3`, `0o7`: YAML reads a number the author may not have meant
            # (`010` is ten, `0x10` sixteen); the format writes numbers as plain digits.
            mark = event.start_mark
            self.issues.append(YamlIssue("number", mark.line, mark.column, value))
        if tag in (_INT, _FLOAT):
            try:
                return _to_int(value) if tag == _INT else _to_float(value)
            except ValueError:
                # `!!int abc`, `!!float x`, or more digits than Python turns into a number
                # (4,300): the text stays text, and an explicit tag is the author's to remove.
                if not event.implicit[0]:
                    mark = event.start_mark
                    self.issues.append(YamlIssue("tag", mark.line, mark.column, tag))
                return value
        if tag == _DATE:
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                return value
        if tag in (_SEQ, _MAP, "!"):
            return value
        mark = event.start_mark
        self.issues.append(YamlIssue("tag", mark.line, mark.column, tag))
        return value


class _Refused(Exception):
    """Nesting or size that stops the walk at once, whatever else the text holds."""

    def __init__(self, issue: YamlIssue) -> None:
        self.issue = issue


def _resolve(value: str) -> str:
    """The YAML 1.2 core schema's tag of a plain scalar."""
    for tag, pattern in _IMPLICIT.get(value[:1], ()):
        if pattern.match(value):
            return tag
    return _STR


def _chars(value: Any) -> int:
    """Characters of every string in `value`, keys included."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, list):
        return sum(_chars(item) for item in value)
    if isinstance(value, dict):
        return sum(_chars(k) + _chars(v) for k, v in value.items())
    return 1


def _copy(value: Any) -> Any:
    """A fresh copy of lists and dicts, as if the alias's text were written out."""
    if isinstance(value, list):
        return [_copy(item) for item in value]
    if isinstance(value, dict):
        return {key: _copy(item) for key, item in value.items()}
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
