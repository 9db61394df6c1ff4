"""A Markdown report for seminar minutes and pull-request comments (Danish; English too).

Word diffs use `<del>`/`<ins>`, which GitHub keeps; editorial fixes fold into
`<details>`. Everything taken from a spec is escaped. A GitHub comment holds at most
65,536 characters, so the report is cut at a whole item and says what it left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from susi_spec.diff.records import Change, DiffMeta, FrameEntry, Note, Segment, SpecDiff
from susi_spec.diff.reports.headings import directed, frame_details, subject, words
from susi_spec.diff.reports.messages import clip, describe, note_text, paragraphs
from susi_spec.diff.reports.outline import (
    Group,
    ReviewItem,
    Subgroup,
    outline,
    review_groups,
    shared_notes,
    shown_notes,
    side_details,
    side_label,
)
from susi_spec.diff.reports.terms import group_label, plural, severity_word

MAX_CHARS = 65_536
_RESERVE = 1_500  # room for the note that says what was left out
_SPECIAL = re.compile(r"([\\`*_\[\]{}|~!])")
_LEADING = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])")


def md_escape(text: str) -> str:
    """Text from a spec, safe inline in Markdown: no markup, no HTML, one line."""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _SPECIAL.sub(r"\\\1", text)
    return _LEADING.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def render_md(diff: SpecDiff, meta: DiffMeta, lang: str = "da") -> str:
    """The whole report as Markdown, at most 65,536 characters."""
    out = _Budget(MAX_CHARS - _RESERVE, lang)
    title = md_escape(meta.title or diff.title)
    out.add(f"# {words(lang)['title'].format(title=title)}\n")
    out.add(_intro(diff, meta, lang) + "\n")
    groups = outline(diff, lang)
    for group in groups:
        out.heading(f"## {group.title}\n", group.key)
        if group.key == "levels":
            for change in group.subgroups[0].changes:
                word = words(lang)[change.direction or "tightened"]
                line = directed(change, lang).format(md_escape)
                out.add(f"- **{word}:** {line}", group.key, 1)
            out.add("")
            continue
        for subgroup in group.subgroups:
            _subgroup(out, group, subgroup, lang)
    out.heading(f"## {group_label('frame', lang)}\n", "frame")
    if diff.frame:
        for number, entry in enumerate(diff.frame, 1):
            out.add(_frame(number, entry, lang), "frame", 1)
        out.add("")
    else:
        out.add(f"_{words(lang)['no_frame']}_\n", "frame")
    review = review_groups(diff)
    if review:
        out.heading(f"## {group_label('review', lang)}\n", "review")
        for item in review:
            out.add(_review(item, diff, lang), "review", len(item.changes))
        out.add("")
    return out.text()


def _intro(diff: SpecDiff, meta: DiffMeta, lang: str) -> str:
    text = words(lang)
    sides = []
    for side in (meta.from_, meta.to):
        date, commit = side_details(side)
        details = [md_escape(date)] if date else []
        if commit:
            details.append(f"`{md_escape(commit)}`")
        label = f"**{md_escape(side_label(side, lang))}**"
        sides.append(f"{label} ({', '.join(details)})" if details else label)
    spec = f"`{md_escape(meta.spec or diff.spec)}`"
    lines = [text["sides"].format(spec=spec, old=sides[0], new=sides[1])]
    counts = diff.counts()
    if not counts.total:
        lines.append(f"**{text['none']}**")
        return "\n\n".join(lines)
    parts = [f"{n} {severity_word(name, n, lang)}" for name, n in counts.severity.items() if n]
    total = plural(counts.total, text["change"], text["changes"])
    summary = f"**{total}:** {_join(parts, lang)}."
    if counts.tightened or counts.loosened:
        summary += " " + text["directions"].format(
            tightened=counts.tightened, loosened=counts.loosened
        )
    if counts.needs_review:
        summary += " **" + text["review_count"].format(count=counts.needs_review) + "**"
    lines.append(summary)
    return "\n\n".join(lines)


def _join(parts: Sequence[str], lang: str) -> str:
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + (" and " if lang == "en" else " og ") + parts[-1]


def _subgroup(out: _Budget, group: Group, subgroup: Subgroup, lang: str) -> None:
    shared = shared_notes(subgroup)
    if group.key in ("core_elements", "body") or len(group.subgroups) > 1:
        heading = md_escape(subgroup.title)
        extras = [f"`{subgroup.code}`"] if subgroup.code else []
        if subgroup.note:
            extras.append(md_escape(subgroup.note))
        out.heading(
            f"### {heading}" + (f" ({', '.join(extras)})" if extras else "") + "\n", group.key
        )
    if shared:
        notes = "; ".join(note_text(n, subgroup.changes[0], lang).format(md_escape) for n in shared)
        out.heading(f"_{words(lang)['check']}: {notes}._\n", group.key)
    main = [c for c in subgroup.changes if c.severity != "editorial"]
    editorial = [c for c in subgroup.changes if c.severity == "editorial"]
    for change in main:
        out.add(_item(change, lang, shared), group.key, 1)
    if main:
        out.add("")
    if editorial:
        summary = f"{words(lang)['editorial']} ({len(editorial)})"
        out.open_details(f"<details><summary>{summary}</summary>\n")
        for change in editorial:
            out.add(_item(change, lang, shared), group.key, 1)
        out.add("")
        out.close_details()


def _item(change: Change, lang: str, shared: tuple[Note, ...] = ()) -> str:
    text = words(lang)
    severity = severity_word(change.severity, 1, lang).capitalize()
    line = f"- **{severity}** · {_sentence(change, lang)}"
    if change.direction and change.field != "core_elements/level":
        line += f" · **{text[change.direction]}**"
    notes = [note_text(n, change, lang).format(md_escape) for n in shown_notes(change, shared)]
    if notes:
        label = text["check"] if change.needs_review else text["note"]
        line += f" · _{label}: {'; '.join(notes)}_"
    for paragraph in paragraphs(describe(change, lang).segments):
        line += "\n\n  > " + "".join(_md_segment(s) for s in clip(paragraph))
    return line


def _sentence(change: Change, lang: str) -> str:
    return describe(change, lang).message.format(md_escape)


def _md_segment(segment: Segment) -> str:
    text = md_escape(segment.text)
    if segment.text[:1] == " ":
        text = " " + text
    if segment.text[-1:] == " " and len(segment.text) > 1:
        text += " "
    if segment.op == "delete":
        return f"<del>{text}</del>"
    if segment.op == "insert":
        return f"<ins>{text}</ins>"
    return text


def _frame(number: int, entry: FrameEntry, lang: str) -> str:
    lines = [f"{number}. **{md_escape(entry.what)}**"]
    lines.extend(f"   {message.format(md_escape)}" for message in frame_details(entry, lang))
    return "  \n".join(lines)


def _review(item: ReviewItem, diff: SpecDiff, lang: str) -> str:
    what = subject(item.subject, diff, lang).format(md_escape)
    reasons = "; ".join(note_text(n, item.subject, lang).format(md_escape) for n in item.reasons)
    sentences = "; ".join(_lower(_sentence(change, lang)) for change in item.changes)
    return f"- {what}: {sentences}. _{reasons[:1].upper()}{reasons[1:]}._"


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
