"""Small HTML building blocks that escape every piece of text they are given.

The site is public and its text comes from many authors: nothing from a spec reaches a
page without passing through `esc` (text), `attr` (attribute values) or `safe_url` (links).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from susi_spec.urls import safe_url

# A table with this class becomes a card per row on a small screen, each cell under its
# column's name (its `data-label`), so that no page is wider than a phone (susi.css).
REFLOW = "susi-reflow"
_CSS_PLAIN = re.compile(r"[A-Za-z0-9 ]")
_HEADING_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~^=:<>&\"'])")


def esc(text: object) -> str:
    """Text as HTML text, quotes included (safe in text and attribute positions alike)."""
    return html.escape(str(text), quote=True)


def attr(name: str, value: object) -> str:
    """` name="value"` with the value escaped; an attribute name is never user text."""
    return f' {name}="{esc(value)}"'


def tag(element: str, content: str, cls: str = "", /, **attrs: object) -> str:
    """An element around already-built HTML `content`; attribute values are escaped.

    `for_=...` becomes `for`, `aria_live=...` becomes `aria-live`.
    """
    extra = attr("class", cls) if cls else ""
    extra += "".join(attr(key.rstrip("_").replace("_", "-"), v) for key, v in attrs.items())
    return f"<{element}{extra}>{content}</{element}>"


def text_tag(element: str, text: object, cls: str = "", /, **attrs: object) -> str:
    """An element holding escaped text."""
    return tag(element, esc(text), cls, **attrs)


def bullet_list(items: Iterable[object], cls: str = "") -> str:
    """A `<ul>` of escaped items, or "" when there are none."""
    lis = "".join(f"<li>{esc(item)}</li>" for item in items)
    return tag("ul", lis, cls) if lis else ""


def link(href: str, text: object, cls: str = "") -> str:
    """An `<a>` to an address we made (relative) or checked; unsafe URLs become plain text."""
    checked = safe_url(href)
    if checked is None:
        return esc(text)
    return tag("a", esc(text), cls, href=checked)


def definition_list(rows: Iterable[tuple[str, str]], cls: str = "susi-facts") -> str:
    """A `<dl>` of (label, already-built HTML) pairs, skipping empty values."""
    body = "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in rows if v)
    return tag("dl", body, cls) if body else ""


def meta_list(facts: Iterable[tuple[str, str]], cls: str = "susi-meta", /, **attrs: object) -> str:
    """Facts in a row, as a `<dl>` of (label, already-built HTML) items; empty values skipped."""
    items = "".join(
        f'<div class="susi-meta__item"><dt>{esc(k)}</dt><dd>{v}</dd></div>' for k, v in facts if v
    )
    return tag("dl", items, cls, **attrs)


def heading_md(level: int, text: str, anchor: str, *, after: str = "", attrs: str = "") -> str:
    """A Markdown heading (so it joins the table of contents) with its text made inert.

    Every character Markdown or attr_list could read becomes a numeric character reference,
    so `{: onclick=...}` or `<img ...>` in a title stays text (backslash escapes would show
    for characters Python-Markdown does not know as escapable, such as `:`). `after` is
    built HTML put after the text, `attrs` more attributes (attr_list), both ours.
    """
    safe = _HEADING_SPECIAL.sub(_escape_heading_char, " ".join(text.split()))
    extra = f" {attrs}" if attrs else ""
    return f"{'#' * level} {safe}{f' {after}' if after else ''} {{#{anchor}{extra}}}"


def _escape_heading_char(match: re.Match[str]) -> str:
    return f"&#{ord(match.group(1))};"


def scroll_region(content: str, name: str) -> str:
    """Wide content that scrolls sideways in its own box: named, marked and reachable by
    keyboard (tabindex), so that a reader on a phone sees that there is more and can get it."""
    return tag("div", content, "susi-scroll", role="region", aria_label=name, tabindex="0")


def css_string(text: str) -> str:
    """Text as a quoted CSS string: every other character as a hex escape, so that no
    quote, backslash or `</style>` from a title can end the string or the element."""
    return '"' + "".join(c if _CSS_PLAIN.fullmatch(c) else f"\\{ord(c):06x}" for c in text) + '"'


def print_heading(text: str) -> str:
    """A `<style>` naming the page at the top of every printed page (an @page margin box)."""
    return f"<style>@page {{ @top-left {{ content: {css_string(text)}; }} }}</style>"
