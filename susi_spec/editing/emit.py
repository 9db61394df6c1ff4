"""A new value written as YAML text in the style of the text around it.

Strings are plain unless YAML needs quotes (for both YAML 1.2 and 1.1 readers, so `yes`
stays text everywhere), text with line breaks becomes a `|` block, long text where the
neighbours fold becomes a `>-` block, and lists and mappings take the neighbours' flow or
block style and indentation.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import yaml

from susi_spec.editing.edits import Path, unsupported
from susi_spec.editing.text import line_end, line_start, next_line
from susi_spec.editing.tree import Node, Tree, dash_before
from susi_spec.loading.yaml_scalars import STR, resolve

_ANALYSER = yaml.emitter.Emitter(None, allow_unicode=True)  # type: ignore[arg-type]
_RESOLVER_1_1 = yaml.resolver.Resolver()
# Characters a double-quoted YAML string must escape beyond JSON's: YAML 1.1 line breaks,
# and "#" so that a reader looking for " #" never takes it for a comment.
_EXTRA_ESCAPES = {"\x85": "\\N", "\u2028": "\\L", "\u2029": "\\P", "#": "\\u0023"}


@dataclass(frozen=True)
class Layout:
    """How the file lays out its YAML: line ending, indentation steps, wrapping width."""

    eol: str = "\n"
    map_indent: int = 2  # a nested key's column minus its parent key's
    seq_offset: int = 2  # a list's dash column minus its key's (0: `- ` under the key)
    width: int = 92  # where folded text is wrapped
    folds: bool = False  # whether the file writes long text as `>-` blocks
    clip_ok: bool = True  # whether a `|` block can end in a line break where it is written


class Verbatim:
    """A scalar given as its YAML text, written as it is: release and bump write their
    values so (`history/front_matter.py`). `value` is what the text reads as."""

    def __init__(self, text: str, value: object) -> None:
        self.text = text
        self.value = value


# The node already at (or next to) a path, whose style a new value there follows.
Hint = Callable[[Path], Node | None]


def plain_ok(value: str, *, flow: bool = False) -> bool:
    """Whether `value` can be written unquoted and every YAML reader reads it back as text."""
    if not value or value != value.strip() or not value.isprintable():
        return False
    analysis = _ANALYSER.analyze_scalar(value)
    if analysis.multiline or not (
        analysis.allow_flow_plain if flow else analysis.allow_block_plain
    ):
        return False
    if resolve(value) != STR:
        return False
    tag: str = _RESOLVER_1_1.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
    return tag == STR


def double_quoted(value: str) -> str:
    """A JSON string is a YAML double-quoted one, once YAML's own breaks are escaped."""
    text = json.dumps(value, ensure_ascii=False)
    for char, escape in _EXTRA_ESCAPES.items():
        text = text.replace(char, escape)
    return "".join(c if c.isprintable() or c == " " else f"\\u{ord(c):04x}" for c in text)


def key_text(key: str | int) -> str:
    """A mapping key as YAML text."""
    if isinstance(key, int):
        return str(key)
    return key if plain_ok(key) else _quoted(key, "'")


def render(
    value: object, indent: int, layout: Layout, path: Path, hint: Hint, *, flow: bool = False
) -> tuple[bool, str]:
    """`value` as YAML: (True, text for after `key: ` or `- `) or (False, block lines).

    Block lines carry their full indentation (`indent`) and no final line break. An inline
    text may still span lines: a `|` or `>-` block scalar whose lines are at `indent`.
    """
    like = hint(path)
    if isinstance(value, dict | list):
        if not value:
            return True, "{}" if isinstance(value, dict) else "[]"
        # A flow collection with items is the neighbours' style; an empty `[]` is not.
        flow = flow or (
            like is not None and like.kind in ("seq", "map") and like.flow and bool(like.items)
        )
        if flow:
            return True, _flow(value, layout, path, hint)
        if isinstance(value, dict):
            return False, _block_map(value, indent, layout, path, hint)
        return False, _block_seq(value, indent, layout, path, hint)
    return True, scalar(value, indent, layout, like, flow=flow)


def scalar(value: object, indent: int, layout: Layout, like: Node | None, *, flow: bool) -> str:
    """A scalar value as YAML text; a string keeps the quoting or block style of `like`."""
    if isinstance(value, Verbatim):
        return value.text
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return ".nan"
        if math.isinf(value):
            return ".inf" if value > 0 else "-.inf"
        return repr(value)
    if isinstance(value, dt.datetime):
        raise unsupported(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise unsupported(value)
    style = like.style if like is not None and like.kind == "scalar" else ""
    if like is not None and style in ("'", '"') and not like.value:
        style = ""  # an empty value is quoted because it must be: its successor need not be
    if not flow and "\n" in value and (layout.clip_ok or not value.endswith("\n")):
        block = _literal(value, indent, layout.eol)
        if block is not None:
            return block
    long = indent + len(value) > layout.width
    if not flow and long and (style == ">" or (not style and layout.folds)):
        block = _folded(value, indent, layout)
        if block is not None:
            return block
    if style in ("'", '"'):
        return _quoted(value, style)
    if plain_ok(value, flow=flow):
        return value
    return _quoted(value, "'")


def _quoted(value: str, style: str) -> str:
    if style == "'" and value.isprintable():
        return "'" + value.replace("'", "''") + "'"
    return double_quoted(value)


def _literal(value: str, indent: int, eol: str) -> str | None:
    """`value` as a `|` block, or None when a block cannot hold it exactly."""
    body, chomp = (value[:-1], "") if value.endswith("\n") else (value, "-")
    lines = body.split("\n")
    if body.endswith("\n") or not lines[0].strip() or lines[0][0] in " \t":
        return None  # trailing blank lines or leading spaces need indicators: quote instead
    if any((line and not line.strip()) or not line.isprintable() for line in lines):
        return None  # a line of only spaces would not survive a block
    pad = " " * indent
    return f"|{chomp}" + "".join(eol + (pad + line if line else "") for line in lines)


def _folded(value: str, indent: int, layout: Layout) -> str | None:
    """One line of text as a `>-` block wrapped at the layout's width, or None."""
    if not value.isprintable() or value != value.strip():
        return None
    lines: list[str] = []
    current: str | None = None
    for word in value.split(" "):
        if current is None:
            current = word
        elif (
            word
            and current
            and not current.endswith(" ")
            and (indent + len(current) + 1 + len(word) > layout.width)
        ):
            # Broken only at one space between two words: folding turns it back into one.
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}"
    lines.append(current or "")
    if len(lines) < 2:
        return None
    pad = " " * indent
    return ">-" + "".join(layout.eol + pad + line for line in lines)


def _flow(value: object, layout: Layout, path: Path, hint: Hint) -> str:
    if isinstance(value, dict):
        parts = [f"{key_text(k)}: {_flow(v, layout, (*path, k), hint)}" for k, v in value.items()]
        return "{" + ", ".join(parts) + "}"
    if isinstance(value, list):
        return (
            "[" + ", ".join(_flow(v, layout, (*path, i), hint) for i, v in enumerate(value)) + "]"
        )
    return scalar(value, 0, layout, hint(path), flow=True)


def _block_map(
    value: dict[object, object], indent: int, layout: Layout, path: Path, hint: Hint
) -> str:
    pad = " " * indent
    lines: list[str] = []
    for key, item in value.items():
        if not isinstance(key, str | int) or isinstance(key, bool):
            raise unsupported(key)
        child = (*path, key)
        nested = isinstance(item, list) and item
        inline, text = render(
            item,
            indent + (layout.seq_offset if nested else layout.map_indent),
            layout,
            child,
            hint,
        )
        if inline:
            lines.append(f"{pad}{key_text(key)}: {text}")
        else:
            lines.append(f"{pad}{key_text(key)}:{layout.eol}{text}")
    return layout.eol.join(lines)


def _block_seq(value: list[object], indent: int, layout: Layout, path: Path, hint: Hint) -> str:
    pad = " " * indent
    lines: list[str] = []
    for index, item in enumerate(value):
        inline, text = render(item, indent + 2, layout, (*path, index), hint)
        lines.append(f"{pad}- {text}" if inline else f"{pad}- {text[indent + 2 :]}")
    return layout.eol.join(lines)


def layout_of(tree: Tree, front: str) -> Layout:
    """The file's line ending, indentation steps and wrapping width."""
    eol = "\r\n" if "\r\n" in front else ("\r" if "\r" in front else "\n")
    maps: Counter[int] = Counter()
    seqs: Counter[int] = Counter()
    stack = [tree.root]
    folds = False
    widths: list[int] = []
    while stack:
        node = stack.pop()
        if node.style == ">":
            folds = True
            # The lines an author broke (all but the last) show the width they wrap at.
            starts = _line_starts(front, node.start, node.end)[:-1]
            widths.extend(line_end(front, i) - i for i in starts)
        if node.kind == "map" and not node.flow:
            for key, value in zip(node.keys, node.items, strict=True):
                if value.flow or value.kind not in ("map", "seq"):
                    continue
                if value.kind == "map":
                    maps[value.column - key.column] += 1
                else:
                    dash = dash_before(front, value.items[0])
                    if dash is not None:
                        seqs[dash - line_start(front, dash) - key.column] += 1
        stack.extend(node.items)
    return Layout(
        eol=eol,
        map_indent=maps.most_common(1)[0][0] if maps else 2,
        seq_offset=seqs.most_common(1)[0][0] if seqs else 2,
        width=int(statistics.median(widths)) if widths else 92,
        folds=folds,
    )


def _line_starts(front: str, start: int, end: int) -> list[int]:
    """The starts of the lines after the one at `start` up to `end` (a block's text)."""
    starts = []
    at = next_line(front, start)
    while at < end:
        starts.append(at)
        at = next_line(front, at)
    return starts
