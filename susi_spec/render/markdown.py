"""Body Markdown of a spec as safe HTML.

Raw HTML in a body is shown as text, never passed through (html=False), except HTML comments,
notes to the author that are left out (as the checks and the diff leave them out); links keep
only web, mail and relative addresses: the site is public and a spec's body is written by
many hands. Relative links are rebased, so a figure in `assets/` still shows on an archived
version's page one folder deeper.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from susi_spec.loading.document import split_anchor, without_comments
from susi_spec.render.html import scroll_region
from susi_spec.urls import safe_url

# An anchor the site sets as an HTML id; others stay as text, visibly.
_ANCHOR = re.compile(r"[a-z][a-z0-9-]{0,63}")
_TABLE = re.compile(r"<table>.*?</table>", re.DOTALL)  # Markdown tables never nest
_RELATIVE = re.compile(r"^(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)")


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.validateLink = lambda url: safe_url(url) is not None  # type: ignore[method-assign]
    md.core.ruler.push("susi_heading_anchors", _heading_anchors)
    return md


@lru_cache(maxsize=8192)
def render_markdown(text: str, base: str = "", shift: int = 0) -> str:
    """Render body Markdown as HTML; `base` prefixes relative links, `shift` deepens headings.

    Cached: most sections read the same in every version and on the current page.
    """
    md = _parser()
    tokens = md.parse(without_comments(text), {})
    for token in tokens:
        if token.type in ("heading_open", "heading_close") and shift:
            token.tag = f"h{min(6, int(token.tag[1]) + shift)}"
        if token.children:
            for child in token.children:
                _rebase(child, base)
    html: str = md.renderer.render(tokens, md.options, {})
    # A table an author wrote has no labels to become cards by: it scrolls in its own box.
    return _TABLE.sub(_in_region, html)


def _in_region(match: re.Match[str]) -> str:
    table = match.group(0).replace("<table>", '<table class="susi-table">', 1)
    return scroll_region(table, "Tabel, kan rulles vandret")


def _rebase(token: Token, base: str) -> None:
    name = "href" if token.type == "link_open" else "src" if token.type == "image" else ""
    if not name:
        return
    value = token.attrGet(name)
    if not isinstance(value, str):
        return
    if value.endswith("index.md"):
        value = value[: -len("index.md")]
    if _RELATIVE.match(value):
        value = (base + value) or "./"
    token.attrSet(name, value)


def _heading_anchors(state: StateCore) -> None:
    """`### Title {#anchor}` → `<h3 id="anchor">Title</h3>`, as in the spec format."""
    tokens = state.tokens
    for index, token in enumerate(tokens):
        if token.type != "heading_open" or index + 1 >= len(tokens):
            continue
        inline = tokens[index + 1]
        children = inline.children or []
        if not children or children[-1].type != "text":
            continue
        anchor, title = split_anchor(children[-1].content)  # as check reads it
        if _ANCHOR.fullmatch(anchor):
            children[-1].content = title
            token.attrSet("id", anchor)
