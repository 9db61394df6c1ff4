"""Lines of a text whose line endings may be LF, CRLF or CR, counted without changing them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from susi_spec.editing.edits import EditError
from susi_spec.loading.document import FENCE, INVISIBLE_BREAKS
from susi_spec.problems import Text

# The closing fence as loading/document's FENCE reads it, at the start of a line ended by
# LF, CRLF or CR (FENCE itself anchors at "^", which sees only LF).
_CLOSING = re.compile(r"[\r\n](?:---|\.\.\.)[ \t]*(?=\r|\n|$)")


@dataclass(frozen=True)
class FileParts:
    """Offsets of a spec file's parts: the front matter is text[front_start:front_end]."""

    front_start: int  # after the opening `---` line
    front_end: int  # where the closing `---` (or `...`) line starts
    body_start: int  # after the closing line


def split_file(text: str) -> FileParts:
    """Where the front matter and the body are; refuses a file without front matter."""
    start = 1 if text.startswith("\ufeff") else 0
    first_end = next_line(text, start)
    if not FENCE.match(text[start:first_end].rstrip("\r\n")) or text.startswith("...", start):
        raise EditError(
            Text(
                "Filen begynder ikke med front matter; intet er ændret.",
                "The file does not begin with front matter; nothing was changed.",
            )
        )
    closing = _CLOSING.search(text, first_end - 1)
    if closing is not None:
        fence = closing.start() + 1
        front = text[first_end:fence]
        if any(char in front for char in INVISIBLE_BREAKS):
            raise EditError(
                Text(
                    "Front matter indeholder et usynligt linjeskift (se 'susi check', "
                    "SP021); fjern det, før filen ændres.",
                    "The front matter holds an invisible line break (see 'susi check', "
                    "SP021); remove it before editing the file.",
                )
            )
        return FileParts(first_end, fence, next_line(text, fence))
    raise EditError(
        Text(
            "Front matter er ikke lukket med --- (eller ...); intet er ændret.",
            "The front matter is not closed by --- (or ...); nothing was changed.",
        )
    )


def line_start(text: str, at: int) -> int:
    """The offset where the line holding offset `at` starts."""
    return max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1


def line_end(text: str, at: int) -> int:
    """The offset of the line break ending the line at `at` (or the text's end)."""
    ends = [i for i in (text.find("\n", at), text.find("\r", at)) if i >= 0]
    return min(ends) if ends else len(text)


def next_line(text: str, at: int) -> int:
    """The offset where the line after the one at `at` starts (or the text's end)."""
    end = line_end(text, at)
    if text.startswith("\r\n", end):
        return end + 2
    return min(end + 1, len(text))


def prev_line_start(text: str, start: int) -> int:
    """The start of the line before the line that starts at `start` (> 0)."""
    at = start - 1
    if at > 0 and text[at] == "\n" and text[at - 1] == "\r":
        at -= 1
    return line_start(text, at)


def after_entry(text: str, end: int) -> int:
    """The start of the line after a value ending at `end` (a `|+` block ends there already)."""
    if end == 0 or text[end - 1] in "\r\n":
        return end
    return next_line(text, end)


def line_at(text: str, start: int) -> str:
    return text[start : line_end(text, start)]


def is_blank_line(text: str, start: int) -> bool:
    return not line_at(text, start).strip()


def has_blank_line(text: str, start: int, stop: int) -> bool:
    """Whether a blank line starts in [start, stop)."""
    at = start
    while at < stop:
        if is_blank_line(text, at):
            return True
        at = next_line(text, at)
    return False


def own_comments_start(text: str, start: int, column: int) -> int:
    """The start of the comment lines right above the line at `start` that belong to it:
    no blank line between, and not indented deeper than its `column`."""
    while start > 0:
        above = prev_line_start(text, start)
        line = line_at(text, above)
        stripped = line.lstrip(" ")
        if not stripped.startswith("#") or len(line) - len(stripped) > column:
            break
        start = above
    return start
