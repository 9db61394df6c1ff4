"""A Markdown report for seminar minutes and pull-request comments (Danish; English too).

Word diffs use `<del>`/`<ins>`, which GitHub keeps; editorial fixes fold into
`<details>`. Everything taken from a spec is escaped. A GitHub comment holds at most
65,536 characters, so the report is cut at a whole item and says what it left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from susi_spec.diff.records import DiffMeta, Segment, SpecDiff
from susi_spec.diff.reports.escape import md_escape
from susi_spec.diff.reports.headings import words
from susi_spec.diff.reports.outline import Subgroup
from susi_spec.diff.reports.terms import group_label, plural
from susi_spec.diff.reports.walk import FrameLine, Item, ReviewLine, Writer, walk

MAX_CHARS = 65_536
_RESERVE = 1_500  # room for the note that says what was left out


def render_md(diff: SpecDiff, meta: DiffMeta, lang: str = "da", limit: int = MAX_CHARS) -> str:
    """The whole report as Markdown, at most `limit` characters (one GitHub comment)."""
    return walk(diff, meta, _Markdown(lang, limit))


class _Markdown(Writer[str]):
    def __init__(self, lang: str, limit: int = MAX_CHARS) -> None:
        super().__init__(lang)
        self.out = _Budget(limit - _RESERVE, lang)

    def escape(self, text: str) -> str:
        return md_escape(text)

    def strong(self, text: str) -> str:
        return f"**{text}**"

    def code(self, text: str) -> str:
        return f"`{text}`"

    def join(self, parts: Sequence[str]) -> str:
        return _join(parts, self.lang)

    def title(self, text: str) -> None:
        self.out.add(f"# {text}\n")

    def paragraph(self, text: str) -> None:
        self.out.add(text + "\n")

    def section(self, key: str, title: str) -> None:
        self.out.heading(f"## {title}\n", key)

    def levels(self, key: str, lines: Sequence[tuple[str, str]]) -> None:
        for word, line in lines:
            self.out.add(f"- **{word}:** {line}", key, 1)
        self.out.add("")

    def subheading(self, key: str, subgroup: Subgroup) -> None:
        extras = [f"`{subgroup.code}`"] if subgroup.code else []
        if subgroup.note:
            extras.append(md_escape(subgroup.note))
        suffix = f" ({', '.join(extras)})" if extras else ""
        self.out.heading(f"### {md_escape(subgroup.title)}{suffix}\n", key)

    def shared(self, key: str, notes: Sequence[str]) -> None:
        self.out.heading(f"_{words(self.lang)['check']}: {'; '.join(notes)}._\n", key)

    def items(self, key: str, items: Sequence[Item], editorial: bool = False) -> None:
        if editorial:
            summary = f"{words(self.lang)['editorial']} ({len(items)})"
            self.out.open_details(f"<details><summary>{summary}</summary>\n")
        for item in items:
            self.out.add(_item(item, self.lang), key, 1)
        self.out.add("")
        if editorial:
            self.out.close_details()

    def frame(self, title: str, entries: Sequence[FrameLine]) -> None:
        self.out.heading(f"## {title}\n", "frame")
        if not entries:
            self.out.add(f"_{words(self.lang)['no_frame']}_\n", "frame")
            return
        for number, entry in enumerate(entries, 1):
            lines = [f"{number}. **{entry.what}**", *(f"   {d}" for d in entry.details)]
            self.out.add("  \n".join(lines), "frame", 1)
        self.out.add("")

    def review(self, title: str, entries: Sequence[ReviewLine]) -> None:
        self.out.heading(f"## {title}\n", "review")
        for entry in entries:
            sentences = "; ".join(_lower(sentence) for sentence in entry.sentences)
            reasons = entry.reasons[:1].upper() + entry.reasons[1:]
            line = f"- {entry.what}: {sentences}. _{reasons}._"
            self.out.add(line, "review", len(entry.sentences))
        self.out.add("")

    def finish(self) -> str:
        return self.out.text()


def _join(parts: Sequence[str], lang: str) -> str:
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + (" and " if lang == "en" else " og ") + parts[-1]


def _item(item: Item, lang: str) -> str:
    text = words(lang)
    line = f"- **{item.severity.capitalize()}** · {item.message}"
    if item.direction:
        line += f" · **{item.direction}**"
    if item.notes:
        label = text["check"] if item.check else text["note"]
        line += f" · _{label}: {'; '.join(item.notes)}_"
    for paragraph in item.prose:
        line += "\n\n  > " + "".join(_md_segment(s) for s in paragraph)
    return line


def _md_segment(segment: Segment) -> str:
    text = md_escape(segment.text, inline=True)  # the author's emphasis and links stay
    if segment.text[:1] == " ":
        text = " " + text
    if segment.text[-1:] == " " and len(segment.text) > 1:
        text += " "
    if segment.op == "delete":
        return f"<del>{text}</del>"
    if segment.op == "insert":
        return f"<ins>{text}</ins>"
    return text


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]


class _Budget:
    """Collects lines up to a limit; past it, records what was left out, by group.

    Headings wait until the first line under them fits, so a cut never leaves a heading
    without content; an open `<details>` is always closed.
    """

    def __init__(self, limit: int, lang: str) -> None:
        self.limit, self.lang = limit, lang
        self.parts: list[str] = []
        self.pending: list[str] = []
        self.size = 0
        self.full = False
        self.in_details = False
        self.left_out: dict[str, int] = {}

    def heading(self, text: str, group: str = "") -> None:
        if self.full:
            self.left_out.setdefault(group, 0)
        else:
            self.pending.append(text)

    def add(self, text: str, group: str = "", changes: int = 0) -> None:
        lines = [*self.pending, text]
        size = sum(len(line) + 1 for line in lines)
        if not self.full and self.size + size > self.limit:
            self.full = True
        if self.full:
            if group:
                self.left_out[group] = self.left_out.get(group, 0) + changes
            return
        self.in_details = self.in_details or any(line.startswith("<details>") for line in lines)
        self.parts.extend(lines)
        self.pending.clear()
        self.size += size

    def open_details(self, text: str) -> None:
        self.heading(text)

    def close_details(self) -> None:
        if self.pending and self.pending[-1].startswith("<details>"):
            self.pending.pop()  # nothing went in: no empty box
        elif self.in_details and not self.full:
            self.parts.append("</details>\n")
            self.in_details = False

    def text(self) -> str:
        if self.full:
            if self.in_details:
                self.parts.append("</details>\n")
            self.parts.append(self._cut_note())
        return "\n".join(self.parts).rstrip("\n") + "\n"

    def _cut_note(self) -> str:
        text = words(self.lang)
        items = []
        for group, count in self.left_out.items():
            name = group_label(group, self.lang)
            if count:
                counted = plural(count, text["change"], text["changes"])
                items.append(text["left_out_item"].format(group=name, count=counted))
            else:
                items.append(text["left_out_section"].format(group=name))
        limit = f"{MAX_CHARS:,}".replace(",", "." if self.lang != "en" else ",")
        note = text["cut"].format(limit=limit, items=_join(items, self.lang))
        return f"---\n\n_{note}_"
