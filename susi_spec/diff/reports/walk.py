"""The one walk through a report, shared by the text, Markdown and HTML writers.

`walk` decides what a report says and in what order (title, sides and counts, the
outline's groups, FRAME, the review list); a `Writer` decides only how each part looks.
Every string handed to a writer is already escaped with the writer's own `escape`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from susi_spec.diff.records import Change, DiffMeta, Note, Segment, SpecDiff
from susi_spec.diff.reports.headings import directed, frame_details, subject, words
from susi_spec.diff.reports.messages import clip, describe, note_text, paragraphs
from susi_spec.diff.reports.outline import (
    Subgroup,
    outline,
    review_groups,
    shared_notes,
    shown_notes,
    side_details,
    side_label,
)
from susi_spec.diff.reports.terms import LEVEL_FIELDS, group_label, plural, severity_word


@dataclass(frozen=True)
class Item:
    """One change as a report lists it."""

    change: Change
    severity: str  # the severity word, lower case
    message: str
    direction: str | None  # "Strammet"/"Lempet" when the item says so (not for level moves)
    notes: tuple[str, ...]
    check: bool  # the notes ask for a check, rather than being notes
    prose: tuple[tuple[Segment, ...], ...]  # the word diff, paragraph by paragraph, clipped


@dataclass(frozen=True)
class FrameLine:
    """A FRAME entry: what changed, then why, who, planned and the like."""

    what: str
    details: tuple[str, ...]


@dataclass(frozen=True)
class ReviewLine:
    """An entry of the review list: what, why, and the changes it covers."""

    what: str
    reasons: str
    sentences: tuple[str, ...]


R = TypeVar("R")


class Writer(ABC, Generic[R]):
    """How one format writes the parts `walk` hands it; `finish` returns the report."""

    # Markdown and HTML fold editorial fixes after a subgroup's other changes and say when
    # a section is empty; the terminal lists changes in order and leaves empty parts out.
    complete = True
    # A reader's report (the site's changes pages) names core elements by their titles and
    # leaves out what only an editor acts on: the checks' notes and the review list.
    reader = False

    def __init__(self, lang: str) -> None:
        self.lang = lang

    @abstractmethod
    def escape(self, text: str) -> str: ...

    def strong(self, text: str) -> str:
        return text

    def code(self, text: str) -> str:
        return text

    def join(self, parts: Sequence[str]) -> str:
        return ", ".join(parts)

    @abstractmethod
    def title(self, text: str) -> None: ...

    @abstractmethod
    def paragraph(self, text: str) -> None: ...

    @abstractmethod
    def section(self, key: str, title: str) -> None: ...

    @abstractmethod
    def levels(self, key: str, lines: Sequence[tuple[str, str]]) -> None: ...

    @abstractmethod
    def subheading(self, key: str, subgroup: Subgroup) -> None: ...

    @abstractmethod
    def shared(self, key: str, notes: Sequence[str]) -> None: ...

    @abstractmethod
    def items(self, key: str, items: Sequence[Item], editorial: bool = False) -> None: ...

    @abstractmethod
    def frame(self, title: str, entries: Sequence[FrameLine]) -> None: ...

    @abstractmethod
    def review(self, title: str, entries: Sequence[ReviewLine]) -> None: ...

    @abstractmethod
    def finish(self) -> R: ...


def walk(diff: SpecDiff, meta: DiffMeta, writer: Writer[R]) -> R:
    """Write the whole report with `writer`."""
    lang, escape = writer.lang, writer.escape
    text = words(lang)
    writer.title(text["title"].format(title=escape(meta.title or diff.title)))
    if not _intro(diff, meta, writer) and not writer.complete:
        return writer.finish()
    for group in outline(diff, lang):
        writer.section(group.key, group.title)
        if group.key == "levels":
            changes = group.subgroups[0].changes
            lines = [
                (text[c.direction or "tightened"], directed(c, lang, diff).format(escape))
                for c in changes
            ]
            writer.levels(group.key, lines)
            continue
        for subgroup in group.subgroups:
            headed = group.key in ("core_elements", "body") or len(group.subgroups) > 1
            _subgroup(group.key, subgroup, headed, writer)
    if diff.frame or writer.complete:
        titles = _titles(diff) if writer.reader else {}
        entries = [
            FrameLine(
                escape(e.what), tuple(m.format(escape) for m in frame_details(e, lang, titles))
            )
            for e in diff.frame
        ]
        writer.frame(text["frame_reader"] if writer.reader else group_label("frame", lang), entries)
    review = review_groups(diff) if not writer.reader else []
    if review:
        reviews = [
            ReviewLine(
                subject(r.subject, diff, lang).format(escape),
                "; ".join(note_text(n, r.subject, lang).format(escape) for n in r.reasons),
                tuple(describe(c, lang).message.format(escape) for c in r.changes),
            )
            for r in review
        ]
        writer.review(group_label("review", lang), reviews)
    return writer.finish()


def _titles(diff: SpecDiff) -> dict[str, str]:
    """Each core element's title by its id, for the FRAME entries a reader sees."""
    return {
        element_id: ref.title
        for e in diff.frame
        for element_id in e.core_elements
        if (ref := diff.element(element_id)) is not None and ref.title
    }


def _subgroup(key: str, subgroup: Subgroup, headed: bool, writer: Writer[R]) -> None:
    if headed:
        writer.subheading(key, subgroup)
    shared = shared_notes(subgroup)
    if shared and not writer.reader:
        first = subgroup.changes[0]
        writer.shared(key, [note_text(n, first, writer.lang).format(writer.escape) for n in shared])
    items = [_item(change, writer, shared) for change in subgroup.changes]
    if writer.reader:  # the checks' notes are for the editor
        items = [replace(item, notes=()) if item.check else item for item in items]
    if not writer.complete:
        writer.items(key, items)
        return
    main = [item for item in items if item.change.severity != "editorial"]
    editorial = [item for item in items if item.change.severity == "editorial"]
    if main:
        writer.items(key, main)
    if editorial:
        writer.items(key, editorial, editorial=True)


def _intro(diff: SpecDiff, meta: DiffMeta, writer: Writer[R]) -> bool:
    """The sides compared and the counts; False when nothing changed."""
    lang, escape = writer.lang, writer.escape
    text = words(lang)
    sides = []
    for side in (meta.from_, meta.to):
        date, commit = side_details(side)
        details = [escape(date)] if date else []
        if commit:
            details.append(writer.code(escape(commit)))
        label = writer.strong(escape(side_label(side, lang)))
        sides.append(f"{label} ({', '.join(details)})" if details else label)
    spec = writer.code(escape(meta.spec or diff.spec))
    writer.paragraph(text["sides"].format(spec=spec, old=sides[0], new=sides[1]))
    counts = diff.counts()
    if not counts.total:
        writer.paragraph(writer.strong(text["none"]))
        return False
    parts = [f"{n} {severity_word(name, n, lang)}" for name, n in counts.severity.items() if n]
    total = plural(counts.total, text["change"], text["changes"])
    summary = f"{writer.strong(total + ':')} {writer.join(parts)}."
    if counts.tightened or counts.loosened:
        summary += " " + text["directions"].format(
            tightened=counts.tightened, loosened=counts.loosened
        )
    if counts.needs_review and not writer.reader:
        summary += " " + writer.strong(text["review_count"].format(count=counts.needs_review))
    writer.paragraph(summary)
    return True


def _item(change: Change, writer: Writer[R], shared: tuple[Note, ...]) -> Item:
    lang, escape = writer.lang, writer.escape
    described = describe(change, lang)
    direction = None
    if change.direction and change.field not in LEVEL_FIELDS:
        direction = words(lang)[change.direction]
    return Item(
        change,
        severity_word(change.severity, 1, lang),
        described.message.format(escape),
        direction,
        tuple(note_text(n, change, lang).format(escape) for n in shown_notes(change, shared)),
        change.needs_review,
        tuple(tuple(clip(p)) for p in paragraphs(described.segments)),
    )
