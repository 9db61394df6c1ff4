"""The theory of change: nodes and links as cards, and the diagram drawn from them.

A link names its nodes from a list of the nodes there are; a link to a node that does not
exist keeps its value, is marked in words and left out of the diagram. The diagram is the
site's (columns by kind in causal order, render/theory.py's colours), drawn here as SVG on
the server so that it is redrawn on every change without a script library in the page.
"""

from __future__ import annotations

import textwrap
from typing import Any

from susi_spec.model.types import NODE_ORDER
from susi_spec.render.html import attr, esc, tag
from susi_spec.render.site_terms import NODE_KINDS
from susi_spec.render.theory import KIND_COLOURS
from susi_spec.studio.forms.controls import (
    Form,
    Hook,
    described_by,
    dom_id,
    help_text,
    path_attr,
    select,
    shown,
    slot,
    title_html,
)
from susi_spec.studio.forms.fieldtree import Field
from susi_spec.studio.forms.lists import generic
from susi_spec.studio.forms.vocab import Path, word

_WIDTH, _GAP, _LINE, _CHARS, _PAD = 200, 60, 16, 26, 8


def theory_hooks(front: dict[str, Any]) -> dict[str, Hook]:
    """The renderers of the theory of change: the group with its diagram, and link ends."""
    theory = front.get("theory_of_change")
    nodes = _nodes(theory)
    choices = [(str(n.get("id")), str(n.get("text") or n.get("id"))) for n in nodes if n.get("id")]

    def whole(form: Form, field: Field, path: Path, value: Any) -> str:
        # The diagram first, so that it stays in sight of the nodes and links below it.
        return diagram(theory, form.lang) + generic(form, field, path, value)

    def end(form: Form, field: Field, path: Path, value: Any) -> str:
        return link_end(form, field, path, shown(value), choices)

    return {
        "theory_of_change": whole,
        "theory_of_change/links/from": end,
        "theory_of_change/links/to": end,
    }


def _nodes(theory: Any) -> list[dict[str, Any]]:
    nodes = theory.get("nodes") if isinstance(theory, dict) else None
    return [n for n in nodes or [] if isinstance(n, dict)]


def _links(theory: Any) -> list[dict[str, Any]]:
    links = theory.get("links") if isinstance(theory, dict) else None
    return [k for k in links or [] if isinstance(k, dict)]


def link_end(
    form: Form, field: Field, path: Path, current: str, choices: list[tuple[str, str]]
) -> str:
    """A link's end chosen among the nodes; one that names no node says so in words."""
    ident = f"field-{dom_id(path)}"
    broken = bool(current) and current not in {key for key, _ in choices}
    options = [*choices]
    if broken:
        options.append((current, f"{current} ({word('missing_node', form.lang)})"))
    helped = bool(field.description)
    common = attr("id", ident) + path_attr(path) + ' data-kind="enum"' + described_by(path, helped)
    control = select(form, field, path, current, common, options)
    mark = (
        tag("p", esc(word("broken_link", form.lang)), "problem problem--broken") if broken else ""
    )
    return tag(
        "div",
        f'<label for="{esc(ident)}">{title_html(field, path, form.lang)}</label>'
        + help_text(field, path, form.lang)
        + control
        + mark
        + slot(form, path),
        "field field--enum" + (" field--broken" if broken else ""),
    )


def diagram(theory: Any, lang: str) -> str:
    """The theory as an SVG of columns by kind, links as arrows; broken links left out."""
    nodes = [n for n in _nodes(theory) if n.get("kind") in NODE_ORDER and n.get("id")]
    kinds = sorted({str(n["kind"]) for n in nodes}, key=NODE_ORDER.__getitem__)
    boxes: dict[str, tuple[int, int, int]] = {}  # id -> x, y, height
    parts: list[str] = []
    height = 40
    for column, kind in enumerate(kinds):
        x, y = 10 + column * (_WIDTH + _GAP), 34
        fill, stroke, colour = KIND_COLOURS[kind]
        parts.append(_text(x, 20, NODE_KINDS[kind], "#1f2933", bold=True))
        for node in (n for n in nodes if n["kind"] == kind):
            lines = textwrap.wrap(str(node.get("text") or node["id"]), _CHARS)[:5] or [""]
            box = len(lines) * _LINE + 2 * _PAD
            boxes.setdefault(str(node["id"]), (x, y, box))
            parts.append(
                f'<rect x="{x}" y="{y}" width="{_WIDTH}" height="{box}" rx="6"'
                f"{attr('fill', fill)}{attr('stroke', stroke)}/>"
            )
            parts.extend(
                _text(x + _PAD, y + _PAD + (i + 1) * _LINE - 4, line, colour)
                for i, line in enumerate(lines)
            )
            y += box + 12
        height = max(height, y)
    arrows = []
    for link in _links(theory):
        source, target = boxes.get(str(link.get("from"))), boxes.get(str(link.get("to")))
        if source is None or target is None:
            continue
        x1, y1 = source[0] + _WIDTH, source[1] + source[2] // 2
        x2, y2 = target[0], target[1] + target[2] // 2
        arrows.append(
            f'<path d="M{x1},{y1} C{x1 + 30},{y1} {x2 - 30},{y2} {x2},{y2}" fill="none"'
            ' stroke="#52606d" stroke-width="1.5" marker-end="url(#susi-arrow)"/>'
        )
    width = 20 + max(len(kinds), 1) * (_WIDTH + _GAP)
    title = word("diagram", lang)
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}"'
        f' width="{width}" height="{height}" aria-labelledby="theory-diagram-title">'
        f'<title id="theory-diagram-title">{esc(title)}</title>'
        '<defs><marker id="susi-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7"'
        ' markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"'
        ' fill="#52606d"/></marker></defs>' + "".join(arrows) + "".join(parts) + "</svg>"
    )
    return tag("figure", svg + tag("figcaption", esc(title)), "diagram", id="theory-diagram")


def _text(x: int, y: int, text: str, colour: str, bold: bool = False) -> str:
    weight = ' font-weight="bold"' if bold else ""
    return (
        f'<text x="{x}" y="{y}" font-size="13" font-family="sans-serif"{attr("fill", colour)}'
        f"{weight}>{esc(text)}</text>"
    )
