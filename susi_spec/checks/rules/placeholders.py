"""The template's placeholder text: what `susi new` writes for the author to replace.

Read from the templates themselves (every language), so that a sentence changed there is
changed here. A completeness rule counts a value equal to one of them as missing, so the
untouched template is not a finished v0.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# A front-matter line `key: value` (indented or not); the value is a placeholder when it is
# a sentence (has a space and ends with a full stop), not an id, a title or a choice.
_VALUE = re.compile(r"^\s*[a-z_]+:\s+(?P<value>[^#\[{].*\S)\s*$")


def _normal(text: str) -> str:
    return " ".join(_COMMENT.sub("", text).split())


def _sentences(template: str) -> set[str]:
    lines = template.split("\n")
    end = lines.index("---", 1)
    found = set()
    for line in lines[1:end]:
        match = _VALUE.match(line)
        if match and " " in match["value"] and match["value"].endswith("."):
            found.add(_normal(match["value"]))
    body = _COMMENT.sub("", "\n".join(lines[end + 1 :]))
    for paragraph in re.split(r"\n\s*\n", body):
        text = _normal(paragraph)
        if text and not text.startswith("#"):
            found.add(text)
    return found


@cache
def placeholders() -> frozenset[str]:
    """Every placeholder sentence and paragraph of the bundled templates, whitespace-tidied."""
    found: set[str] = set()
    for template in resources.files("susi_spec.templates").iterdir():
        if template.name.endswith(".md"):
            found |= _sentences(template.read_text(encoding="utf-8"))
    return frozenset(found)


def is_placeholder(text: str) -> bool:
    """Whether a text is the template's placeholder, left as it was."""
    return _normal(text) in placeholders()


def missing(text: str | None) -> bool:
    """Whether a value counts as not written: empty, blank or a placeholder."""
    return not _normal(text or "") or is_placeholder(text or "")
