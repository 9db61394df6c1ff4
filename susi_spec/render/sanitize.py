"""An allowlist HTML sanitiser for HTML we did not build ourselves (the diff renderer's).

Only plain document tags and a few harmless attributes survive; scripts, styles, frames,
forms and event handlers are dropped with their content, and links keep only web, mail
and relative addresses.
"""

from __future__ import annotations

from html import escape
from html.parser import HTMLParser

from susi_spec.render.html import safe_url

ALLOWED_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "code",
        "dd",
        "del",
        "details",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "section",
        "small",
        "span",
        "strong",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "u",
        "ul",
    ]
)
ALLOWED_ATTRS = frozenset({"class", "id", "title", "href", "colspan", "rowspan", "scope", "lang"})
# Dropped together with everything inside them.
DROP_WITH_CONTENT = frozenset(
    {"script", "style", "iframe", "object", "embed", "template", "noscript", "svg", "math",
     "frame", "frameset", "form", "textarea", "select", "title", "head"}
)  # fmt: skip
_VOID = frozenset({"br", "hr"})


class _Sanitiser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.dropping = 0
        self.open: list[str] = []

    def handle_starttag(self, name: str, attrs: list[tuple[str, str | None]]) -> None:
        if name in DROP_WITH_CONTENT:
            self.dropping += 1
            return
        if self.dropping or name not in ALLOWED_TAGS:
            return
        kept = ""
        for key, value in attrs:
            if key not in ALLOWED_ATTRS or value is None:
                continue
            if key == "href":
                checked = safe_url(value)
                if checked is None:
                    continue
                value = checked
            kept += f' {key}="{escape(value, quote=True)}"'
        self.out.append(f"<{name}{kept}>")
        if name not in _VOID:
            self.open.append(name)

    def handle_startendtag(self, name: str, attrs: list[tuple[str, str | None]]) -> None:
        if name in _VOID:
            self.handle_starttag(name, attrs)

    def handle_endtag(self, name: str) -> None:
        if name in DROP_WITH_CONTENT:
            self.dropping = max(0, self.dropping - 1)
            return
        if self.dropping or name not in self.open:
            return
        while self.open:  # close what was left open inside, so the nesting stays sound
            top = self.open.pop()
            self.out.append(f"</{top}>")
            if top == name:
                break

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.out.append(escape(data, quote=False))


def sanitize_html(html: str) -> str:
    """Keep only allowlisted tags and attributes; everything else becomes text or goes."""
    parser = _Sanitiser()
    parser.feed(html)
    parser.close()
    parser.out.extend(f"</{name}>" for name in reversed(parser.open))
    return "".join(parser.out)
