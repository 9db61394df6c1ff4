"""Changes of single fields: prose, plain values and lists of strings.

A `Place` says where a field lives (its path, its field name without ids, the core
element it belongs to) so every helper stamps the same context on its records.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from susi_spec.diff.match import Matching, distinct, match, normalise, ratio
from susi_spec.diff.prose import diff_prose
from susi_spec.diff.records import (
    Certainty,
    Change,
    Direction,
    Entity,
    Kind,
    Note,
    Segment,
    Significance,
    Value,
)


@dataclass(frozen=True)
class Place:
    """Where changes are found: a path prefix and the context every record there shares."""

    path: str  # e.g. core_elements/koordinering
    field: str  # e.g. core_elements
    core_element: str | None = None
    certainty: Certainty | None = None
    # Content edits here change what practitioners must do (a rule's wording, a guideline's
    # options): they are major, not minor.
    weighty: bool = False

    def at(self, name: str) -> Place:
        # Built directly: dataclasses.replace costs several times more, on a hot path.
        return Place(
            f"{self.path}/{name}",
            f"{self.field}/{name}",
            self.core_element,
            self.certainty,
            self.weighty,
        )

    def change(
        self,
        kind: Kind,
        old: Value,
        new: Value,
        *,
        severity: Significance = "minor",
        path: str | None = None,
        entity: Entity = "field",
        label: str | None = None,
        segments: Sequence[Segment] = (),
        notes: tuple[Note, ...] = (),
        direction: Direction | None = None,
    ) -> Change:
        if severity == "minor" and self.weighty:
            severity = "major"
        return Change(
            kind,
            path or self.path,
            entity,
            self.field,
            old,
            new,
            severity,
            direction=direction,
            certainty=self.certainty,
            core_element=self.core_element,
            label=label,
            segments=segments,
            notes=notes,
        )


def diff_text(place: Place, old: str | None, new: str | None) -> list[Change]:
    """A prose field: added, removed, or modified with word segments."""
    if not (old or "").strip() and not (new or "").strip():
        return []
    if not (old or "").strip():
        return [place.change("added", None, new)]
    if not (new or "").strip():
        return [place.change("removed", old, None)]
    assert old is not None and new is not None
    prose = diff_prose(old, new)
    if prose is None:
        return []
    severity = prose.severity
    change = place.change(
        "modified",
        old,
        new,
        severity=severity,
        segments=prose.segments,
        notes=prose.notes,
        direction=prose.direction,
    )
    return [change]


def diff_value(
    place: Place, old: Value, new: Value, *, severity: Significance = "minor"
) -> list[Change]:
    """A plain value (an enum, a date, a flag): modified, added or removed."""
    if old == new:
        return []
    if old is None:
        return [place.change("added", None, new, severity=severity)]
    if new is None:
        return [place.change("removed", old, None, severity=severity)]
    return [place.change("modified", old, new, severity=severity)]


def diff_items(
    place: Place,
    old: Sequence[str],
    new: Sequence[str],
    *,
    fuzzy: bool = True,
    moves: bool = True,
) -> list[Change]:
    """A list of strings as a set of items: added, removed, reworded, moved.

    Items are paired by their text, then (with `fuzzy`) by similarity, so a reworded
    activity reads as one edit, not as one removed and one added.
    """
    if old == new and distinct(old):
        return []  # unchanged: every item is matched with itself and reads the same
    matching = pair_items(old, new, fuzzy=fuzzy)
    out: list[Change] = []
    for i in matching.removed:
        out.append(
            place.change("removed", old[i], None, path=f"{place.path}/{i + 1}", entity="item")
        )
    for position, pair in enumerate(matching.pairs):
        path = f"{place.path}/{pair.new + 1}"
        edits = diff_text(place, old[pair.old], new[pair.new])
        for edit in edits:
            out.append(replace(edit, path=path, entity="item"))
        if moves and position in matching.moved:
            out.append(
                place.change(
                    "moved",
                    pair.old + 1,
                    pair.new + 1,
                    severity="editorial",
                    path=path,
                    entity="item",
                    label=new[pair.new],
                )
            )
    for j in matching.added:
        out.append(place.change("added", None, new[j], path=f"{place.path}/{j + 1}", entity="item"))
    return out


def pair_items(old: Sequence[str], new: Sequence[str], *, fuzzy: bool = True) -> Matching:
    """Pair the items of two lists of strings: by their text, then by similarity."""
    old_keys = [normalise(item) for item in old]
    new_keys = [normalise(item) for item in new]
    score = (lambda i, j: ratio(old[i], new[j])) if fuzzy else None
    return match(old_keys, new_keys, score=score)
