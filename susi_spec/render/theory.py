"""The theory of change as a Mermaid flowchart (activities to outcomes), with a text version."""

from __future__ import annotations

from susi_spec.model import TheoryOfChange
from susi_spec.model.types import NODE_ORDER
from susi_spec.render.html import bullet_list, esc, tag, text_tag
from susi_spec.render.site_terms import NODE_KINDS

# Fill, border and text colour per kind: calm, distinct, and dark text on light fills
# (contrast above 7:1), so the diagram reads in print and for weak eyes alike.
_COLOURS = {
    "activity": ("#e3eefa", "#1f5f9e", "#0b2540"),
    "output": ("#e2f3f1", "#1b7a6e", "#08302b"),
    "short_term_outcome": ("#eaf4dd", "#4d7a1b", "#1c2e08"),
    "medium_term_outcome": ("#fbf0d9", "#9a6a00", "#3a2800"),
    "long_term_outcome": ("#f1e6f6", "#7a3f96", "#2e1339"),
}
# Mermaid entity codes for characters that mean something in its syntax or in HTML.
_MERMAID_ESCAPES = {
    "#": "#35;",
    '"': "#quot;",
    "<": "#lt;",
    ">": "#gt;",
    "&": "#amp;",
    "`": "#96;",
    "|": "#124;",
    "[": "#91;",
    "]": "#93;",
    "{": "#123;",
    "}": "#125;",
}


def mermaid_label(text: str) -> str:
    """Text as a quoted Mermaid label that Mermaid shows verbatim."""
    flat = " ".join(text.split())
    return '"' + "".join(_MERMAID_ESCAPES.get(char, char) for char in flat) + '"'


def mermaid_source(theory: TheoryOfChange) -> str:
    """A left-to-right flowchart with one column (subgraph) per kind of node."""
    ids = {node.id: f"n{index}" for index, node in enumerate(theory.nodes)}
    lines = ["flowchart LR"]
    for column, kind in enumerate(sorted(NODE_ORDER, key=NODE_ORDER.__getitem__)):
        nodes = [node for node in theory.nodes if node.kind == kind]
        if not nodes:
            continue
        lines.append(f"  subgraph k{column} [{mermaid_label(NODE_KINDS[kind])}]")
        lines.extend(f"    {ids[node.id]}[{mermaid_label(node.text)}]" for node in nodes)
        lines.append("  end")
        lines.append(f"  style k{column} fill:#ffffff,stroke:#c5ccd3")
    for link in theory.links:
        if link.source in ids and link.target in ids:
            lines.append(f"  {ids[link.source]} --> {ids[link.target]}")
    for kind, (fill, stroke, colour) in _COLOURS.items():
        members = [ids[node.id] for node in theory.nodes if node.kind == kind]
        if members:
            lines.append(f"  classDef {kind} fill:{fill},stroke:{stroke},color:{colour}")
            lines.append(f"  class {','.join(members)} {kind}")
    return "\n".join(lines)


def render_theory(theory: TheoryOfChange) -> tuple[str, bool]:
    """The diagram and its text version as HTML; the flag says whether there is a diagram."""
    parts: list[str] = []
    if theory.problem:
        parts.append(tag("p", f"<strong>Problem:</strong> {esc(theory.problem)}", "susi-problem"))
    diagram = bool(theory.nodes)
    if diagram:
        source = esc(mermaid_source(theory))
        legend = "".join(
            text_tag("span", NODE_KINDS[kind], f"susi-term susi-term--{kind}")
            for kind in NODE_ORDER
            if any(node.kind == kind for node in theory.nodes)
        )
        parts.append(
            tag(
                "figure",
                # theory.js draws it (Material leaves `pre.susi-mermaid` alone); without
                # JavaScript the source stays hidden and the text version open.
                f'<pre class="susi-mermaid" hidden data-search-exclude="1"><code>{source}</code></pre>'
                + tag("figcaption", f"Forandringsteorien fra aktiviteter til resultater. {legend}"),
                "susi-diagram",
            )
        )
        parts.append(_as_text(theory))
    if theory.assumptions:
        parts.append(text_tag("h3", "Antagelser") + bullet_list(theory.assumptions))
    return "".join(parts), diagram


def _as_text(theory: TheoryOfChange) -> str:
    """The same theory as lists per kind, for screen readers, search and readers without JS."""
    texts = {node.id: node.text for node in theory.nodes}
    columns: list[str] = []
    for kind in sorted(NODE_ORDER, key=NODE_ORDER.__getitem__):
        items = []
        for node in (n for n in theory.nodes if n.kind == kind):
            leads = [
                texts[k.target] for k in theory.links if k.source == node.id and k.target in texts
            ]
            extra = f" <small>→ {esc('; '.join(leads))}</small>" if leads else ""
            measured = (
                f" <small>(måles med: {esc(node.instrument)})</small>" if node.instrument else ""
            )
            items.append(f"<li>{esc(node.text)}{extra}{measured}</li>")
        if items:
            columns.append(
                tag(
                    "div",
                    text_tag("h3", NODE_KINDS[kind]) + tag("ul", "".join(items)),
                    "susi-toc-col",
                )
            )
    body = tag("div", "".join(columns), "susi-toc-text")
    # Open until theory.js has drawn the diagram on a screen wide enough to read it.
    return tag(
        "details",
        "<summary>Forandringsteorien som tekst</summary>" + body,
        "susi-toc-details",
        open="",
    )
