"""Plain terminal output: no colour, git-style `[-deleted-]{+inserted+}` word marks."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from susi_spec.diff.records import DiffMeta, Segment, SpecDiff
from susi_spec.diff.reports.escape import control_escape, text_escape
from susi_spec.diff.reports.headings import words
from susi_spec.diff.reports.outline import Subgroup
from susi_spec.diff.reports.walk import FrameLine, Item, ReviewLine, Writer, walk

_WIDTH = 100
_INDENT = " " * 17


def render_text(diff: SpecDiff, meta: DiffMeta, lang: str = "da") -> str:
    """The report as plain text for a terminal."""
    return walk(diff, meta, _Text(lang))


class _Text(Writer[str]):
    complete = False

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.lines: list[str] = []

    def escape(self, text: str) -> str:
        return text_escape(text)

    def title(self, text: str) -> None:
        self.lines.append(text)

    def paragraph(self, text: str) -> None:
        self.lines.append(text)

    def section(self, key: str, title: str) -> None:
        self.lines.extend(("", title.upper()))

    def levels(self, key: str, lines: Sequence[tuple[str, str]]) -> None:
        self.lines.extend(f"  {word}: {line}" for word, line in lines)

    def subheading(self, key: str, subgroup: Subgroup) -> None:
        extras = [e for e in (subgroup.code, subgroup.note) if e]
        suffix = f" [{text_escape(', '.join(extras))}]" if extras else ""
        self.lines.append(f"  {text_escape(subgroup.title)}{suffix}")

    def shared(self, key: str, notes: Sequence[str]) -> None:
        check = words(self.lang)["check"]
        self.lines.extend(f"    ! {check}: {note}" for note in notes)

    def items(self, key: str, items: Sequence[Item], editorial: bool = False) -> None:
        text = words(self.lang)
        for item in items:
            head = f"    {item.severity:<13}{item.message}"
            if item.direction:
                head += f" ({item.direction.lower()})"
            self.lines.append(head)
            mark = "! " + text["check"] if item.check else text["note"]
            self.lines.extend(f"{_INDENT}{mark}: {note}" for note in item.notes)
            for paragraph in item.prose:
                line = "".join(_segment(segment) for segment in paragraph)
                self.lines.extend(
                    textwrap.wrap(line, _WIDTH, initial_indent=_INDENT, subsequent_indent=_INDENT)
                )

    def frame(self, title: str, entries: Sequence[FrameLine]) -> None:
        self.section("frame", title)
        for number, entry in enumerate(entries, 1):
            self.lines.append(f"  {number}. {entry.what}")
            self.lines.extend(f"     {detail}" for detail in entry.details)

    def review(self, title: str, entries: Sequence[ReviewLine]) -> None:
        self.section("review", title)
        for entry in entries:
            self.lines.append(f"  {entry.what}: {entry.reasons}")
            self.lines.extend(f"    - {sentence}" for sentence in entry.sentences)

    def finish(self) -> str:
        return "\n".join(self.lines) + "\n"


def _segment(segment: Segment) -> str:
    text = control_escape(segment.text)
    if segment.op == "delete":
        return f"[-{text}-]"
    if segment.op == "insert":
        return f"{{+{text}+}}"
    return text
