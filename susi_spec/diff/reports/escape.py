"""Text from a spec made safe for where a report puts it: a terminal line or Markdown.

Here, not in a renderer, because exports and the local review write the same kinds of
text; HTML uses `html.escape`.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SPECIAL = re.compile(r"([\\`*_\[\]{}|~!])")
_LEADING = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])")


def text_escape(text: str) -> str:
    """Text from a spec, safe for a terminal: one line, no control characters."""
    return _CONTROL.sub("?", " ".join(text.split()))


def control_escape(text: str) -> str:
    """Text for a terminal with its spaces kept: only control characters replaced."""
    return _CONTROL.sub("?", text)


def md_escape(text: str) -> str:
    """Text from a spec, safe inline in Markdown: no markup, no HTML, one line."""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _SPECIAL.sub(r"\\\1", text)
    return _LEADING.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
