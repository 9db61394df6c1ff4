"""Change top-level front-matter keys in place, keeping every other byte of the file.

Commands that write (release, bump) change a few keys. Re-dumping the YAML would re-indent,
re-quote and drop formatting, so the edit is made on the text of those keys only, and the
result is verified with ruamel's round-trip loader: every other key must load exactly as
before, and the changed keys must hold the intended values. A failed verification writes
nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from susi_spec.errors import SusiError
from susi_spec.loading.document import FENCE
from susi_spec.problems import Text

_KEY = re.compile(r"[A-Za-z_]+:")
# Text that every YAML reader takes as the same plain string: a word first, no ": " or " #".
_PLAIN = re.compile(r"[^\W\d_](?:[\w .,()/-]*[\w.)])?")
_WORDS_1_1 = {"yes", "no", "on", "off", "y", "n", "true", "false", "null"}  # YAML 1.1 bools

DELETE = object()  # value meaning "remove this key"


def edit_front_matter(text: str, changes: Mapping[str, object], *, after: str = "status") -> str:
    """Set (or with DELETE remove) top-level keys; new keys go after the key `after`.

    Values are YAML text for one line, e.g. `"released"`, `"2026-11-22"` or `"[]"`.
    A file with old Mac line endings (CR only), which check reads, is edited alike and keeps
    them.
    """
    if "\r" in text and "\n" not in text:
        edited = edit_front_matter(text.replace("\r", "\n"), changes, after=after)
        return edited.replace("\n", "\r")
    lines = text.split("\n")
    first = lines[0].lstrip("\ufeff") if lines else ""
    if not FENCE.match(first) or first.startswith("..."):
        raise SusiError(
            Text(
                "Filen begynder ikke med front matter (---); intet er ændret. Kør 'susi check' "
                "og ret fejlen først.",
                "The file does not start with front matter (---); nothing was changed. Run "
                "'susi check' and fix the error first.",
            )
        )
    end = next((i for i in range(1, len(lines)) if FENCE.match(lines[i])), None)
    if end is None:
        raise SusiError(
            Text(
                "Front matter er ikke lukket med --- (eller ...); intet er ændret. Kør 'susi "
                "check' og ret fejlen først.",
                "The front matter is not closed with --- (or ...); nothing was changed. Run "
                "'susi check' and fix the error first.",
            )
        )
    front = lines[1:end]
    eol = "\r" if front and front[0].endswith("\r") else ""
    for key, value in changes.items():
        block = _block(front, key)
        if block is None:
            if value is DELETE:
                continue
            anchor = _block(front, after)
            at = anchor[1] if anchor else len(front)
            front.insert(at, f"{key}: {value}{eol}")
        elif value is DELETE:
            del front[block[0] : block[1]]
        else:
            parts = _scalar_line(front[block[0]])
            if block[1] - block[0] == 1 and parts and parts[1]:
                gap, _, tail, line_eol = parts
                front[block[0]] = f"{key}:{gap or ' '}{value}{tail}{line_eol}"
            else:
                front[block[0] : block[1]] = [f"{key}: {value}{eol}"]
    result = "\n".join([lines[0], *front, *lines[end:]])
    _verify(lines[1:end], front, changes)
    return result


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


def _verify(before: list[str], after: list[str], changes: Mapping[str, object]) -> None:
    """Check with ruamel's round trip that only the intended keys changed."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    yaml = YAML(typ="rt")
    try:
        old: Any = yaml.load("\n".join(before)) or {}
        new: Any = yaml.load("\n".join(after)) or {}
    except YAMLError as error:
        raise SusiError(
            Text(
                "Front matter er ikke gyldig YAML, så den kan ikke ændres sikkert; intet er "
                "ændret. Kør 'susi check' og ret fejlen først.",
                "The front matter is not valid YAML, so it cannot be changed safely; nothing "
                "was changed. Run 'susi check' and fix the error first.",
            )
        ) from error
    expected_keys = [k for k in old if changes.get(k) is not DELETE]
    expected_keys += [k for k, v in changes.items() if v is not DELETE and k not in old]
    same = all(_plain(old[k]) == _plain(new.get(k)) for k in old if k not in changes)
    intended = all(
        _plain(new.get(k)) == _plain(yaml.load(f"v: {v}")["v"])
        for k, v in changes.items()
        if v is not DELETE
    )
    if not same or not intended or sorted(map(str, new)) != sorted(map(str, expected_keys)):
        raise SusiError(
            Text(
                "Ændringen af front matter kunne ikke laves sikkert (uventet opbygning af "
                "nøglerne); intet er ændret. Ret nøglerne i hånden.",
                "The front matter could not be changed safely (the keys are laid out in an "
                "unexpected way); nothing was changed. Change the keys by hand.",
            )
        )


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
