"""The typed result of a diff: frozen change records, FRAME entries and their summary.

A change is a neutral, JSON-ready fact (`kind`, `path`, `old`, `new`) plus its
classification (`severity`, `direction`, `needs_review`, `certainty`). Renderers turn
records into words; nothing here knows about git or about any output format.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, TypeAlias

Kind = Literal["added", "removed", "renamed", "modified", "moved"]
Significance = Literal["major", "minor", "editorial"]
Direction = Literal["tightened", "loosened"]
# exact: same id; declared: through `previous_ids`; probable: by similarity (review it).
Certainty = Literal["exact", "declared", "probable"]
Op = Literal["equal", "delete", "insert"]
# What a change is about; renderers choose their sentence by entity and kind.
Entity = Literal[
    "core_element",
    "node",
    "link",
    "competency",
    "material",
    "contributor",
    "indicator",
    "field",
    "item",
    "section",
    "block",
]
# Why a change is editorial or needs review, as stable codes (renderers translate them).
Note = Literal[
    "whitespace",  # only line breaks and spaces differ (re-wrapped text)
    "punctuation",  # only punctuation or letter case differ
    "modal-verb",  # a normative verb changed (kan/må < bør < skal)
    "probable-match",  # paired by similarity only
    "ambiguous-match",  # could be one of several counterparts: kept apart, check
    "not-in-changes",  # no FRAME `changes` entry mentions this core element
]

KINDS: tuple[Kind, ...] = ("added", "removed", "renamed", "modified", "moved")
SIGNIFICANCES: tuple[Significance, ...] = ("major", "minor", "editorial")

Scalar: TypeAlias = str | int | float | bool | None
# JSON-ready: front-matter values as they are written (lists, mappings, scalars).
Value: TypeAlias = Scalar | Sequence["Value"] | Mapping[str, "Value"]


@dataclass(frozen=True)
class Segment:
    """A run of words that is kept, deleted or inserted; never spans a paragraph break."""

    op: Op
    text: str


@dataclass(frozen=True)
class Change:
    """One logical change between two versions of a spec."""

    kind: Kind
    path: str  # e.g. core_elements/koordinering/level, body/target-group/2
    entity: Entity
    field: str  # the path without ids: core_elements/level, body (for blocks)
    old: Value = None
    new: Value = None
    severity: Significance = "minor"
    direction: Direction | None = None
    needs_review: bool = False
    certainty: Certainty | None = None
    core_element: str | None = None  # the id it belongs to (new id; old id when removed)
    label: str | None = None  # what a reader calls the thing: a title, a node's text
    segments: Sequence[Segment] = ()  # often prose.Words: worked out when first read
    score: float | None = None  # similarity of a probable match, 0..1
    candidates: tuple[str, ...] = ()  # ids of possible counterparts of an ambiguous match
    notes: tuple[Note, ...] = ()


def whole(
    kind: Literal["added", "removed"],
    path: str,
    entity: Entity,
    field: str,
    value: Value,
    *,
    label: str | None,
    severity: Significance = "minor",
    core_element: str | None = None,
    candidates: tuple[str, ...] = (),
) -> Change:
    """Something added or removed whole: its value on its side (old when removed, new when
    added); one that could be any of `candidates` on the other side is to be reviewed."""
    return Change(
        kind,
        path,
        entity,
        field,
        old=value if kind == "removed" else None,
        new=value if kind == "added" else None,
        severity=severity,
        needs_review=bool(candidates),
        core_element=core_element,
        label=label,
        candidates=candidates,
        notes=("ambiguous-match",) if candidates else (),
    )


@dataclass(frozen=True)
class FrameEntry:
    """One entry of the new version's `changes` (FRAME): what changed, why, decided by whom."""

    what: str
    why: str | None = None
    decided_by: str | None = None
    planned: bool | None = None
    fidelity_consistent: bool | None = None
    core_elements: tuple[str, ...] = ()
    # The seminar decisions behind the entry, from the learning-cycle record (diff/trace.py).
    decisions: tuple[TracedDecision, ...] = ()


@dataclass(frozen=True)
class TracedFinding:
    """A finding a decision rests on, its places by name."""

    id: str
    text: str
    kind: str  # implementation, citizen, professional, organisational
    places: tuple[str, ...] = ()
    data: str | None = None


@dataclass(frozen=True)
class TracedDecision:
    """A seminar decision behind a FRAME entry, with the findings that support it."""

    id: str
    text: str
    cycle: int
    seminar: str | None = None
    date: str | None = None  # ISO date of the seminar
    findings: tuple[TracedFinding, ...] = ()


@dataclass(frozen=True)
class ElementRef:
    """A core element of either version, for headings: new id, title and level."""

    id: str
    title: str
    level: str
    old_id: str | None = None  # its id in the old version; None for a new element
    removed: bool = False
    # How many activities are held to each other level (model/levels.other_levels), for
    # a heading such as "princip, med én aktivitet som regel".
    others: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class Counts:
    """Numbers for a headline: by severity, by kind, by direction, and review items."""

    total: int
    severity: Mapping[str, int]
    kind: Mapping[str, int]
    tightened: int
    loosened: int
    needs_review: int


@dataclass(frozen=True)
class SpecDiff:
    """The changes from one version of a spec to another, with the FRAME entries beside."""

    spec: str
    title: str
    changes: tuple[Change, ...]
    frame: tuple[FrameEntry, ...] = ()
    elements: tuple[ElementRef, ...] = ()  # new order, then removed ones

    def element(self, element_id: str) -> ElementRef | None:
        """The core element a change belongs to, by its `core_element` id."""
        return next((ref for ref in self.elements if ref.id == element_id), None)

    def counts(self) -> Counts:
        """Count the changes by severity, kind and direction."""
        severity = Counter(change.severity for change in self.changes)
        kind = Counter(change.kind for change in self.changes)
        directions = Counter(change.direction for change in self.changes if change.direction)
        return Counts(
            total=len(self.changes),
            severity={name: severity[name] for name in SIGNIFICANCES},
            kind={name: kind[name] for name in KINDS},
            tightened=directions["tightened"],
            loosened=directions["loosened"],
            needs_review=sum(1 for change in self.changes if change.needs_review),
        )

    @property
    def empty(self) -> bool:
        return not self.changes


@dataclass(frozen=True)
class Endpoint:
    """One side of a comparison as the caller knows it (a release, a commit, a file)."""

    version: str | None = None
    commit: str | None = None
    date: str | None = None
    label: str = ""  # e.g. "v2", "arbejdskopi"; renderers fall back to version or commit


@dataclass(frozen=True)
class DiffMeta:
    """What a report says about the spec and the two sides compared."""

    spec: str
    title: str
    from_: Endpoint
    to: Endpoint
