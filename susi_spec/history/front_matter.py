"""Change top-level front-matter keys in place, keeping every other byte of the file.

Commands that write (release, bump) change a few keys, given as YAML text; the lossless
editor (susi_spec/editing) makes the change and verifies it, as it does for the studio. This
module keeps release's own vocabulary: values as YAML text, DELETE, and reading one value
back without a YAML parser (recovery reads half-written files with it).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

from susi_spec.editing import Edit, Remove, SetValue
from susi_spec.editing.emit import Verbatim
from susi_spec.editing.engine import edit_text
from susi_spec.editing.verify import load
from susi_spec.errors import SusiError
from susi_spec.loading.document import FENCE
from susi_spec.loading.yamlload import load_yaml
from susi_spec.problems import Text

_KEY = re.compile(r"[A-Za-z_]+:")
# Text that every YAML reader takes as the same plain string: a word first, no ": " or " #".
_PLAIN = re.compile(r"[^\W\d_](?:[\w .,()/-]*[\w.)])?")
_WORDS_1_1 = {"yes", "no", "on", "off", "y", "n", "true", "false", "null"}  # YAML 1.1 bools

DELETE = object()  # value meaning "remove this key"


def edit_front_matter(text: str, changes: Mapping[str, object], *, after: str = "status") -> str:
    """Set (or with DELETE remove) top-level keys; new keys go after the key `after`.

    Values are YAML text for one line, e.g. `"released"`, `"2026-11-22"` or `"[]"`. Line
    endings (LF, CRLF, CR) stay the file's.
    """
    edits: list[Edit] = []
    front = load(text).front
    for key, value in changes.items():
        if value is not DELETE:
            value_text = str(value)
            parsed = _value(value_text)
            scalar = not isinstance(parsed, list | dict)
            edits.append(SetValue((key,), Verbatim(value_text, parsed) if scalar else parsed))
        elif isinstance(front, dict) and key in front:
            edits.append(Remove((key,)))
    return edit_text(text, edits, new_keys_after=after)


def _value(text: str) -> object:
    """The value a one-line YAML text stands for, as check reads it."""
    loaded = load_yaml(f"v: {text}")
    if loaded.issues or not isinstance(loaded.data, dict):
        raise SusiError(
            Text(
                f"Ugyldig YAML-værdi til front matter: {text!r}; intet er ændret.",
                f"Invalid YAML value for the front matter: {text!r}; nothing was changed.",
            )
        )
    return loaded.data["v"]


def scalar_text(value: str) -> str:
    """`value` as the YAML text of a one-line scalar: plain when that is safe, else quoted."""
    if _PLAIN.fullmatch(value) and value.lower() not in _WORDS_1_1:
        return value
    # A JSON string is a YAML double-quoted one; "#" escaped, so no reader takes it for a comment.
    return json.dumps(value, ensure_ascii=False).replace("#", "\\u0023")


def scalar_value(text: str, key: str) -> str | None:
    """The text of a top-level key's one-line value (without its comment), or None."""
    lines = (text.replace("\r", "\n") if "\n" not in text else text).split("\n")
    end = next((i for i in range(1, len(lines)) if FENCE.match(lines[i])), len(lines))
    block = _block(lines[1:end], key)
    parts = _scalar_line(lines[1 + block[0]]) if block else None
    return parts[1] if parts else None


def _scalar_line(line: str) -> tuple[str, str, str, str] | None:
    """A `key: value  # comment` line as (gap, value, comment with its spaces, "\r" or "").

    Read by hand, not by one regular expression: that one backtracked quadratically on a
    line ending in many spaces (300,000 took release minutes).
    """
    eol = "\r" if line.endswith("\r") else ""
    body = line[: len(line) - len(eol)]
    key = _KEY.match(body)
    if key is None or "\r" in body:
        return None
    rest = body[key.end() :]
    value = rest.lstrip(" \t")
    gap = rest[: len(rest) - len(value)]
    hash_at = value.find("#")
    if hash_at < 0:
        return gap, value, "", eol
    before = value[:hash_at]
    if before == before.rstrip(" \t"):  # `a#b` is not a comment: leave the line to YAML
        return None
    return gap, before.rstrip(" \t"), value[len(before.rstrip(" \t")) :], eol


def _block(front: list[str], key: str) -> tuple[int, int] | None:
    """The lines [start, stop) of a top-level key and its indented value."""
    start = next(
        (i for i, line in enumerate(front) if re.match(rf"^{re.escape(key)}:", line)), None
    )
    if start is None:
        return None
    stop = start + 1
    last = start + 1
    while stop < len(front):
        line = front[stop].rstrip("\r")
        if line.startswith((" ", "\t", "-")):
            last = stop + 1
        elif line.strip() and not line.lstrip().startswith("#"):
            break
        stop += 1
    return start, last
