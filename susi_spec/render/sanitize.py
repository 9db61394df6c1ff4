"""HTML a page takes from elsewhere than `render/html.py`, cleaned by Ammonia (nh3).

Only plain document tags and a few harmless attributes survive; scripts, styles, frames,
forms and the like go with their content, comments go, and links keep only web, mail and
relative addresses (`safe_url`, the same test as every link we write).
"""

from __future__ import annotations

import nh3

from susi_spec.urls import safe_url

ALLOWED_TAGS = frozenset(
    {"a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "details", "div",
     "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
     "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "section", "small", "span",
     "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
     "u", "ul"}
)  # fmt: skip
ALLOWED_ATTRS = frozenset({"class", "id", "title", "href", "colspan", "rowspan", "scope", "lang"})
# Dropped together with everything inside them.
DROP_WITH_CONTENT = frozenset(
    {"script", "style", "iframe", "object", "embed", "template", "noscript", "svg", "math",
     "frame", "frameset", "form", "textarea", "select", "title", "head"}
)  # fmt: skip


def _keep(tag: str, name: str, value: str) -> str | None:
    return safe_url(value) if name == "href" else value


def sanitize_html(html: str) -> str:
    """Keep only allowlisted tags and attributes; everything else becomes text or goes."""
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(DROP_WITH_CONTENT),
        attributes={"*": set(ALLOWED_ATTRS)},
        attribute_filter=_keep,
        link_rel=None,  # nothing added: the output keeps only what the input had
        url_schemes={"http", "https", "mailto"},
    )
