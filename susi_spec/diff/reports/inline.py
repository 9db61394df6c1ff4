"""Inline Markdown of a spec's prose (emphasis, code, links) in the word diff of a report.

Each segment of a word diff (unchanged, deleted, inserted words) is rendered on its own, so
`<del>` and `<ins>` always nest cleanly around the markup; markup split between two
segments (a changed word inside `**...**`) stays as written. Raw HTML is text, and a link
keeps only a web, mail or relative address (`safe_url`), as everywhere on the site.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt

from susi_spec.urls import safe_url

_EDGES = re.compile(r"^(\s*)(.*?)(\s*)$", re.DOTALL)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("zero", {"html": False})
    md.enable(["emphasis", "backticks", "link", "escape"])
    md.validateLink = lambda url: safe_url(url) is not None  # type: ignore[method-assign]
    return md


@lru_cache(maxsize=4096)
def inline_html(text: str) -> str:
    """The text as HTML with its inline Markdown rendered; spaces at either end kept."""
    found = _EDGES.match(text)
    assert found is not None  # the pattern matches any text
    lead, core, trail = found.groups()
    rendered = _parser().renderInline(" ".join(core.split())) if core else ""
    return f"{' ' if lead else ''}{rendered}{' ' if trail else ''}"
