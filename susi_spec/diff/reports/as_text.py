"""Plain terminal output: no colour, git-style `[-deleted-]{+inserted+}` word marks."""

from __future__ import annotations

import re
import textwrap

from susi_spec.diff.records import Change, DiffMeta, Note, Segment, SpecDiff
from susi_spec.diff.reports.headings import directed, frame_details, subject, words
from susi_spec.diff.reports.messages import clip, describe, note_text, paragraphs
from susi_spec.diff.reports.outline import (
    outline,
    review_groups,
    shared_notes,
    shown_notes,
    side_details,
    side_label,
)
from susi_spec.diff.reports.terms import group_label, plural, severity_word

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_WIDTH = 100
_INDENT = " " * 17


def text_escape(text: str) -> str:
    """Text from a spec, safe for a terminal: one line, no control characters."""
    return _CONTROL.sub("?", " ".join(text.split()))


def render_text(diff: SpecDiff, meta: DiffMeta, lang: str = "da") -> str:
    """The report as plain text for a terminal."""
    text = words(lang)
    lines = [text["title"].format(title=text_escape(meta.title or diff.title))]
    sides = []
    for side in (meta.from_, meta.to):
        details = ", ".join(part for part in side_details(side) if part)
        label = text_escape(side_label(side, lang))
        sides.append(f"{label} ({text_escape(details)})" if details else label)
    lines.append(
        text["sides"].format(spec=text_escape(meta.spec or diff.spec), old=sides[0], new=sides[1])
    )
    counts = diff.counts()
    if not counts.total:
        lines.append(text["none"])
        return "\n".join(lines) + "\n"
    parts = [f"{n} {severity_word(name, n, lang)}" for name, n in counts.severity.items() if n]
    summary = f"{plural(counts.total, text['change'], text['changes'])}: {', '.join(parts)}."
    if counts.tightened or counts.loosened:
        summary += " " + text["directions"].format(
            tightened=counts.tightened, loosened=counts.loosened
        )
    if counts.needs_review:
        summary += " " + text["review_count"].format(count=counts.needs_review)
    lines.append(summary)
    for group in outline(diff, lang):
        lines.extend(("", group.title.upper()))
        if group.key == "levels":
            for change in group.subgroups[0].changes:
                word = text[change.direction or "tightened"]
                lines.append(f"  {word}: {directed(change, lang).format(text_escape)}")
            continue
        for subgroup in group.subgroups:
            if group.key in ("core_elements", "body") or len(group.subgroups) > 1:
                extras = [e for e in (subgroup.code, subgroup.note) if e]
                suffix = f" [{text_escape(', '.join(extras))}]" if extras else ""
                lines.append(f"  {text_escape(subgroup.title)}{suffix}")
            shared = shared_notes(subgroup)
            for note in shared:
                message = note_text(note, subgroup.changes[0], lang).format(text_escape)
                lines.append(f"    ! {text['check']}: {message}")
            for change in subgroup.changes:
                lines.extend(_item(change, lang, shared))
    if diff.frame:
        lines.extend(("", group_label("frame", lang).upper()))
        for number, entry in enumerate(diff.frame, 1):
            lines.append(f"  {number}. {text_escape(entry.what)}")
            lines.extend(f"     {m.format(text_escape)}" for m in frame_details(entry, lang))
    review = review_groups(diff)
    if review:
        lines.extend(("", group_label("review", lang).upper()))
        for item in review:
            what = subject(item.subject, diff, lang).format(text_escape)
            reasons = "; ".join(
                note_text(n, item.subject, lang).format(text_escape) for n in item.reasons
            )
            lines.append(f"  {what}: {reasons}")
            for change in item.changes:
                sentence = describe(change, lang).message.format(text_escape)
                lines.append(f"    - {sentence}")
    return "\n".join(lines) + "\n"


def _item(change: Change, lang: str, shared: tuple[Note, ...]) -> list[str]:
    text = words(lang)
    described = describe(change, lang)
    tag = severity_word(change.severity, 1, lang)
    head = f"    {tag:<13}{described.message.format(text_escape)}"
    if change.direction and change.field != "core_elements/level":
        head += f" ({text[change.direction].lower()})"
    out = [head]
    for note in shown_notes(change, shared):
        mark = "! " + text["check"] if change.needs_review else text["note"]
        out.append(f"{_INDENT}{mark}: {note_text(note, change, lang).format(text_escape)}")
    for paragraph in paragraphs(described.segments):
        line = "".join(_segment(segment) for segment in clip(paragraph))
        out.extend(textwrap.wrap(line, _WIDTH, initial_indent=_INDENT, subsequent_indent=_INDENT))
    return out


def _segment(segment: Segment) -> str:
    text = _CONTROL.sub("?", segment.text)
    if segment.op == "delete":
        return f"[-{text}-]"
    if segment.op == "insert":
        return f"{{+{text}+}}"
    return text
