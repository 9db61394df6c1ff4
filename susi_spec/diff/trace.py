"""From a change back to the decision and the findings behind it: the learning-cycle record
(`susi-cycles/1`) laid beside a diff.

A decision names the entry of the next version's `changes` that carries it (by number); an
entry names the core elements it concerns. So a computed change to a core element is
explained when some decision of the cycle that led to the version carries an entry that
names the element. The check (SP506, SP507), the diff reports and the site use these.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from susi_spec.diff.records import (
    FrameEntry,
    SpecDiff,
    TracedDecision,
    TracedFinding,
)
from susi_spec.loading.document import read_document
from susi_spec.model.boundary import validate
from susi_spec.model.cycles import FILE_NAME, Cycle, CycleFinding, CycleRecord, Decision
from susi_spec.model.municipalities import place_title as place_title
from susi_spec.model.spec import Spec


@dataclass(frozen=True)
class Unexplained:
    """A core element that changed from the cycle's version to the next with no decision."""

    element: str
    title: str


def record_beside(index: Path) -> CycleRecord | None:
    """The learning-cycle record next to a spec's `index.md`, when it is there and valid
    (`susi check` says what is wrong with one that is not)."""
    found = read_record(index)
    return found[0] if found is not None else None


def read_record(index: Path) -> tuple[CycleRecord, str] | None:
    """The record beside `index.md` and its Markdown body (the notes), when valid."""
    path = index.parent / FILE_NAME
    if not path.is_file():
        return None
    document = read_document(path, str(path))
    if not document.ok:
        return None
    model, _ = validate(document)
    return (model, document.body) if isinstance(model, CycleRecord) else None


def traced(finding: CycleFinding, names: Mapping[str, str] | None = None) -> TracedFinding:
    """A finding in readers' words: its places by name."""
    return TracedFinding(
        finding.id,
        finding.text,
        finding.kind,
        tuple(place_title(place, names) for place in finding.places),
        finding.data,
    )


def traced_decision(
    cycle: Cycle, decision: Decision, names: Mapping[str, str] | None = None
) -> TracedDecision:
    by_id = {finding.id: finding for finding in cycle.findings}
    seminar = cycle.seminar
    return TracedDecision(
        decision.id,
        decision.text,
        cycle.number,
        seminar.title if seminar else None,
        seminar.date.isoformat() if seminar and seminar.date else None,
        tuple(traced(by_id[f], names) for f in decision.findings if f in by_id),
    )


def with_decisions(
    diff: SpecDiff,
    record: CycleRecord | None,
    new_label: str,
    names: Mapping[str, str] | None = None,
) -> SpecDiff:
    """The diff with each FRAME entry carrying the decisions behind it; unchanged without a
    record or a cycle that led to the new version."""
    cycle = record.leading_to(new_label) if record is not None else None
    if cycle is None:
        return diff
    frame = []
    for number, entry in enumerate(diff.frame, start=1):
        decisions = tuple(
            traced_decision(cycle, decision, names)
            for decision in cycle.decisions
            if decision.change == number
        )
        frame.append(replace(entry, decisions=decisions) if decisions else entry)
    return replace(diff, frame=tuple(frame))


def carried_elements(cycle: Cycle, new: Spec) -> set[str]:
    """The core element ids named by the `changes` entries the cycle's decisions point at."""
    carried: set[str] = set()
    for decision in cycle.decisions:
        entry = _entry(new, decision)
        if entry is not None:
            carried.update(entry.core_elements)
    return carried


def missing_changes(cycle: Cycle, new: Spec) -> Iterable[tuple[int, Decision]]:
    """The decisions (with their index) whose `changes` entry the next version lacks."""
    for index, decision in enumerate(cycle.decisions):
        if decision.change is not None and _entry(new, decision) is None:
            yield index, decision


def unexplained(cycle: Cycle, diff: SpecDiff, new: Spec) -> list[Unexplained]:
    """Core elements changed in `diff` (not only editorially) that no decision carries."""
    carried = carried_elements(cycle, new)
    aliases: dict[str, set[str]] = {}
    for ref in diff.elements:  # an entry may name an element by its old or its new id
        aliases[ref.id] = {ref.id, ref.old_id or ref.id}
    titles = {ref.id: ref.title for ref in diff.elements}
    found: dict[str, Unexplained] = {}
    for change in diff.changes:
        element = change.core_element
        if element is None or change.severity == "editorial" or element in found:
            continue
        if not aliases.get(element, {element}) & carried:
            found[element] = Unexplained(element, titles.get(element, element))
    return list(found.values())


def answered(cycle: Cycle) -> set[str]:
    """The ids of the cycle's findings some decision rests on."""
    return {finding for decision in cycle.decisions for finding in decision.findings}


def _entry(new: Spec, decision: Decision) -> FrameEntry | None:
    number = decision.change
    if number is None or not 1 <= number <= len(new.changes):
        return None
    entry = new.changes[number - 1]
    return FrameEntry(entry.what, core_elements=tuple(entry.core_elements))
