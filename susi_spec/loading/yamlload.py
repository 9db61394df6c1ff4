"""Read YAML fast (libyaml) with YAML 1.2 meaning and the position of every key and value.

libyaml parses in C; this module builds plain Python data from its events in one pass,
resolving plain scalars by the YAML 1.2 core schema (so `yes`, `no` and `on` stay strings
and `010` is 10, as ruamel reads them), recording where each key and value starts, and
measuring each alias before it is expanded. Round-trip
loading with ruamel is kept for commands that write files (FORMAT.md, ARCHITECTURE.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.cyaml import CParser  # type: ignore[attr-defined]
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from susi_spec.loading.yaml_issues import (
    MAX_ALIAS_CHARS,
    MAX_DEPTH,
    MAX_NODES,
    YamlIssue,
    composer_error,
    duplicate_anchor,
    node_limit,
    structure_issue,
    syntax_issue,
    undefined_alias,
)
from susi_spec.loading.yaml_scalars import (
    BOOL,
    DATE,
    FLOAT,
    INT,
    MAP,
    NULL,
    PLAIN_INT,
    SEQ,
    STR,
    resolve,
    to_float,
    to_int,
)

PathKey = tuple[str | int, ...]


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
        issue = syntax_issue(text, error)
        if "nesting depth" in issue.detail:
            # libyaml 0.2.5+ refuses more than 1,000 levels while its scanner looks ahead,
            # before it delivers the events that pass MAX_DEPTH: the same verdict.
            try:
                found = structure_issue(text)
            except yaml.MarkedYAMLError as other:
                found = syntax_issue(text, other)
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
        first = structure_issue(text)
        if first is not None:
            raise _Refused(first) from None
        composer = composer_error(text) if isinstance(late, _TooComplex) else None
        if composer is not None:
            raise composer from None
        raise
    return LoadedYaml(data, positions, builder.issues)


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
        if event.tag not in (None, "!", SEQ if sequence else MAP):
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
            raise duplicate_anchor(first.start, event)
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
            raise undefined_alias(event)
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
            tag = resolve(value)
        if tag == STR:
            return value
        if tag == NULL:
            return None
        if tag == BOOL:
            return value.lower() == "true"
        if tag == INT and event.implicit[0] and not PLAIN_INT.fullmatch(value):
            # `0x4`, `010`, `+3`, `0o7`: YAML reads a number the author may not have meant
            # (`010` is ten, `0x10` sixteen); the format writes numbers as plain digits.
            mark = event.start_mark
            self.issues.append(YamlIssue("number", mark.line, mark.column, value))
        if tag in (INT, FLOAT):
            try:
                return to_int(value) if tag == INT else to_float(value)
            except ValueError:
                # `!!int abc`, `!!float x`, or more digits than Python turns into a number
                # (4,300): the text stays text, and an explicit tag is the author's to remove.
                if not event.implicit[0]:
                    mark = event.start_mark
                    self.issues.append(YamlIssue("tag", mark.line, mark.column, tag))
                return value
        if tag == DATE:
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                return value
        if tag in (SEQ, MAP, "!"):
            return value
        mark = event.start_mark
        self.issues.append(YamlIssue("tag", mark.line, mark.column, tag))
        return value


class _Refused(Exception):
    """Nesting or size that stops the walk at once, whatever else the text holds."""

    def __init__(self, issue: YamlIssue) -> None:
        self.issue = issue


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


__all__ = ["MAX_ALIAS_CHARS", "MAX_DEPTH", "MAX_NODES", "LoadedYaml", "PathKey", "Positions"]
__all__ += ["YamlIssue", "load_yaml", "node_limit"]
