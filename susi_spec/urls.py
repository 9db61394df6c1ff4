"""Which link addresses may reach a reader: the site's pages and the diff reports alike."""

from __future__ import annotations

import html
import re

# Links we write into pages: web, mail and relative addresses only. Everything else
# (javascript:, data:, vbscript:, file: ...) is dropped, whatever its spelling.
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
# Browsers ignore these inside a scheme ("java\tscript:"), so they are removed first.
_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f]")


def safe_url(url: str) -> str | None:
    """The URL if it is a web, mail or relative address, else None."""
    compact = _IGNORED_IN_URL.sub("", html.unescape(url))
    match = _SCHEME.match(compact)
    if match and match.group(1).lower() not in _SAFE_SCHEMES:
        return None
    if compact.startswith(("//", "\\\\", "/\\", "\\/")):
        return None  # protocol-relative: another host, not a relative address
    return url.strip()
