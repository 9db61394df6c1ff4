"""What can be wrong in the YAML itself: the limits, and libyaml's verdicts in our terms.

The builder (yamlload.py) reads the events; when libyaml or a limit stops it, the functions
here find which verdict comes first and where an author must fix it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.cyaml import CParser  # type: ignore[attr-defined]
from yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    NodeEvent,
    StreamEndEvent,
)

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


@dataclass(frozen=True)
class YamlIssue:
    """Something wrong in the YAML itself, at a 0-based line and column of the text."""

    kind: str  # syntax | duplicate-key | too-complex | tag | number
    line: int
    column: int
    detail: str


def syntax_issue(text: str, error: yaml.MarkedYAMLError) -> YamlIssue:
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
    if is_tab(text, line, column):
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


def structure_issue(text: str) -> YamlIssue | None:
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
        found = structure_issue(before)
        composer = None if found is not None else composer_error(before)
        if composer is not None:
            raise composer from None
        return found or YamlIssue("too-complex", mark.line, mark.column, "depth")
    finally:
        parser.dispose()
    return None


def composer_error(text: str) -> yaml.composer.ComposerError | None:
    """The first alias or anchor error in `text`, as libyaml's composer reports it."""
    parser = CParser(text)
    anchors: dict[str, Any] = {}  # name -> where it is first defined
    try:
        while not parser.check_event(StreamEndEvent):
            event: Any = parser.get_event()
            if isinstance(event, AliasEvent):
                if event.anchor not in anchors:
                    return undefined_alias(event)
            elif isinstance(event, NodeEvent) and event.anchor is not None:
                if event.anchor in anchors:
                    return duplicate_anchor(anchors[event.anchor], event)
                anchors[event.anchor] = event.start_mark
    except yaml.YAMLError:
        return None
    finally:
        parser.dispose()
    return None


def undefined_alias(event: Any) -> yaml.composer.ComposerError:
    return yaml.composer.ComposerError(None, None, "found undefined alias", event.start_mark)


def duplicate_anchor(first: Any, event: Any) -> yaml.composer.ComposerError:
    return yaml.composer.ComposerError(
        "found duplicate anchor; first occurrence", first, "second occurrence", event.start_mark
    )


def is_tab(text: str, line: int, column: int) -> bool:
    """Whether libyaml stopped at a tab in a line's indentation or at the mark."""
    lines = text.split("\n")
    if line >= len(lines):
        return False
    raw = lines[line]
    indent = raw[: len(raw) - len(raw.lstrip(" \t"))]
    return "\t" in indent or raw[column : column + 1] == "\t"
