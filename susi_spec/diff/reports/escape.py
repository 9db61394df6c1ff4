"""Text from a spec made safe for where a report puts it: a terminal line or Markdown.

Here, not in a renderer, because exports and the local review write the same kinds of
text; HTML uses `html.escape`.
"""

from __future__ import annotations

import re

from susi_spec.urls import safe_url

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SPECIAL = re.compile(r"([\\`*_\[\]{}|~!])")
# What stays special when a spec's emphasis, code and links are kept: tables, strikethrough,
# attribute braces and images (a picture from anywhere in a pull request's comment).
_BEYOND_INLINE = re.compile(r"([{}|~]|!(?=\[))")
_LINK = re.compile(r"\[([^\]\n]*)\]\(([^)\s]*)")
_LEADING = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])")


def text_escape(text: str) -> str:
    """Text from a spec, safe for a terminal: one line, no control characters."""
    return _CONTROL.sub("?", " ".join(text.split()))


def control_escape(text: str) -> str:
    """Text for a terminal with its spaces kept: only control characters replaced."""
    return _CONTROL.sub("?", text)


def md_escape(text: str, *, inline: bool = False) -> str:
    """Text from a spec, safe inline in Markdown: no markup, no HTML, one line; `inline`
    keeps the author's emphasis, code and links (the prose of a report)."""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = (_BEYOND_INLINE if inline else _SPECIAL).sub(r"\\\1", text)
    if inline:  # a link to javascript: or data: stays text, as on the site
        text = _LINK.sub(lambda m: m.group() if safe_url(m.group(2)) else "\\" + m.group(), text)
    return _LEADING.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
