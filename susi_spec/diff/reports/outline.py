"""How every report is laid out: groups of changes, in the order reviewers read them.

Tightened and loosened first, then core elements (one subgroup each), the theory of
change, other fields, body sections; the FRAME entries and the review list follow.
All renderers use this one outline, so they cannot disagree about what a diff says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from susi_spec.diff.records import Change, Endpoint, Note, SpecDiff
from susi_spec.diff.reports.terms import group_label, level_label
from susi_spec.labels import shown_label
from susi_spec.model.levels import finer_words

_GENERAL = frozenset(
    {
        "title",
        "summary",
        "status",
        "released",
        "milestone",
        "phase",
        "intervention_type",
        "knowledge_basis",
        "places",
    }
)
_BLOCK = re.compile(r"/(?:\d+|title)$")


@dataclass(frozen=True)
class Subgroup:
    """Changes about one thing: a core element, a section, a block of fields."""

    key: str
    title: str  # from the spec when it names an element or section: escape it
    code: str | None = None  # an id to show beside the title
    note: str | None = None  # ours: a level word, "fjernet", "tidligere ..."
    changes: tuple[Change, ...] = ()


@dataclass(frozen=True)
class Group:
    key: str  # levels | core_elements | theory_of_change | fields | body
    title: str
    subgroups: tuple[Subgroup, ...]


def group_of(change: Change) -> str:
    """Which report group a change belongs to."""
    if change.core_element:
        return "core_elements"
    top = change.path.split("/", 1)[0]
    if top in ("theory_of_change", "body"):
        return top
    return "fields"


def outline(diff: SpecDiff, lang: str = "da") -> list[Group]:
    """The report's groups, each with its subgroups, empty ones left out."""
    buckets: dict[str, dict[str, list[Change]]] = {}
    titles: dict[str, str] = {}
    for change in diff.changes:
        group = group_of(change)
        key = _subgroup_key(group, change)
        buckets.setdefault(group, {}).setdefault(key, []).append(change)
        titles.setdefault(key, change.label or "")
    groups: list[Group] = []
    directed = tuple(change for change in diff.changes if change.direction)
    if directed:
        groups.append(
            Group(
                "levels", group_label("levels", lang), (Subgroup("levels", "", changes=directed),)
            )
        )
    for name in ("core_elements", "theory_of_change", "fields", "body"):
        subgroups = [
            _subgroup(diff, name, key, tuple(changes), titles.get(key, ""), lang)
            for key, changes in buckets.get(name, {}).items()
        ]
        if subgroups:
            groups.append(Group(name, group_label(name, lang), tuple(subgroups)))
    return groups


def review_items(diff: SpecDiff) -> tuple[Change, ...]:
    return tuple(change for change in diff.changes if change.needs_review)


def _subgroup_key(group: str, change: Change) -> str:
    if group == "core_elements":
        return change.core_element or ""
    if group == "body":
        return _BLOCK.sub("", change.path)
    if group == "fields":
        top = change.path.split("/", 1)[0]
        return "general" if top in _GENERAL else top
    return group


def _subgroup(
    diff: SpecDiff, group: str, key: str, changes: tuple[Change, ...], title: str, lang: str
) -> Subgroup:
    if group == "core_elements":
        ref = diff.element(key)
        if ref is None:
            return Subgroup(key, title or key, key, None, changes)
        finer = finer_words(dict(ref.others), lang)  # "med én aktivitet som regel"
        notes = [level_label(ref.level, lang) + (f", {finer}" if finer else "")]
        if ref.removed:
            notes.append("removed" if lang == "en" else "fjernet")
        elif ref.old_id is None:
            notes.append("new" if lang == "en" else "nyt")
        elif ref.old_id != ref.id:
            notes.append(f"{'formerly' if lang == 'en' else 'tidligere'} {ref.old_id}")
        return Subgroup(key, ref.title, ref.id, ", ".join(notes), changes)
    if group == "body":
        return Subgroup(key, title or key.rsplit("/", 1)[-1], None, None, changes)
    return Subgroup(key, group_label(key, lang), None, None, changes)


def side_label(side: Endpoint, lang: str) -> str:
    """How a report names one side: its label, else its version, else its commit."""
    if side.label:
        return shown_label(side.label, lang)
    if side.version is not None:
        return f"version {side.version}"
    if side.commit:
        return side.commit[:8]
    return "working tree" if lang == "en" else "arbejdskopien"


def side_details(side: Endpoint) -> tuple[str | None, str | None]:
    """Date and short commit to show beside a side's label (the commit only once)."""
    named = bool(side.label) or side.version is not None
    return side.date, side.commit[:8] if side.commit and named else None


def shared_notes(subgroup: Subgroup) -> tuple[Note, ...]:
    """Review notes every content change of a subgroup has: said once, under its heading."""
    content = [change for change in subgroup.changes if change.severity != "editorial"]
    if content and all("not-in-changes" in change.notes for change in content):
        return ("not-in-changes",)
    return ()


def shown_notes(change: Change, shared: tuple[Note, ...] = ()) -> tuple[Note, ...]:
    """The notes to print beside a change: not those its sentence or heading already says."""
    said = set(shared)
    if not change.segments:
        said.add("whitespace")
    return tuple(note for note in change.notes if note not in said)


@dataclass(frozen=True)
class ReviewItem:
    """Changes to review about one thing, for one set of reasons."""

    subject: Change  # the first change; renderers name its element, entry or field
    reasons: tuple[Note, ...]
    changes: tuple[Change, ...]


def review_groups(diff: SpecDiff) -> list[ReviewItem]:
    """The review list: changes flagged needs_review, grouped by what and why."""
    buckets: dict[tuple[str, tuple[Note, ...]], list[Change]] = {}
    for change in review_items(diff):
        reasons = tuple(n for n in change.notes if n in _REVIEW_NOTES)
        who = change.core_element or change.label or change.field
        buckets.setdefault((who, reasons), []).append(change)
    return [
        ReviewItem(changes[0], reasons, tuple(changes)) for (_, reasons), changes in buckets.items()
    ]


_REVIEW_NOTES = frozenset({"probable-match", "ambiguous-match", "not-in-changes"})
