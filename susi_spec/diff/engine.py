"""`diff_specs`: every change from one version of a spec to another, as typed records.

Pure and fast: it takes two validated models (and, optionally, their body sections),
never reads files or git, and compares the small per-spec lists directly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from susi_spec.diff.body import diff_body
from susi_spec.diff.core_elements import diff_elements
from susi_spec.diff.entities import (
    diff_competencies,
    diff_contributors,
    diff_indicators,
    diff_materials,
)
from susi_spec.diff.fields import Place, diff_items, diff_text, diff_value
from susi_spec.diff.records import Change, ElementRef, FrameEntry, SpecDiff
from susi_spec.diff.toc import diff_theory
from susi_spec.loading.document import Section
from susi_spec.model.core_element import CoreElement
from susi_spec.model.documentation import Documentation, EvidenceProfile
from susi_spec.model.levels import other_levels
from susi_spec.model.spec import CostAmount, Costs, Delivery, Implementation, Spec, TargetGroup
from susi_spec.model.types import EVIDENCE_CRITERIA

_EMPTY_TARGET = TargetGroup()
_EMPTY_IMPLEMENTATION = Implementation()
_EMPTY_DOCUMENTATION = Documentation()
_EMPTY_DELIVERY = Delivery()
_EMPTY_COSTS = Costs()
_EMPTY_PROFILE = EvidenceProfile()


def diff_specs(
    old: Spec,
    new: Spec,
    old_sections: Sequence[Section] = (),
    new_sections: Sequence[Section] = (),
) -> SpecDiff:
    """Compare two versions of a spec: front matter field by field, then the body."""
    elements = diff_elements(old.core_elements, new.core_elements)
    renames = elements.renames
    changes: list[Change] = [
        *_metadata(old, new),
        *_target_group(old.target_group, new.target_group),
        *elements.changes,
        *diff_theory(old.theory_of_change, new.theory_of_change, renames),
        *diff_competencies(old.competencies, new.competencies, renames),
        *_implementation(old, new),
        *diff_materials(old.materials, new.materials),
        *diff_items(Place("risks", "risks"), old.risks, new.risks),
        *diff_items(Place("legal_basis", "legal_basis"), old.legal_basis, new.legal_basis),
        *diff_contributors(old.contributors, new.contributors),
        *_costs(old.costs, new.costs),
    ]
    ids = {e.id for e in old.core_elements} | {e.id for e in new.core_elements}
    changes.extend(diff_body(old_sections, new_sections, renames, ids))
    frame = tuple(_frame(new))
    reviewed = _review_unexplained(changes, old, new, renames, frame)
    return SpecDiff(new.id, new.title, tuple(reviewed), frame, _elements(old, new, renames))


def _elements(old: Spec, new: Spec, renames: Mapping[str, str]) -> tuple[ElementRef, ...]:
    previous = {after: before for before, after in renames.items()}
    refs = [
        ElementRef(e.id, e.title, e.level, previous.get(e.id), others=_others(e))
        for e in new.core_elements
    ]
    refs.extend(
        ElementRef(e.id, e.title, e.level, e.id, removed=True, others=_others(e))
        for e in old.core_elements
        if e.id not in renames
    )
    return tuple(refs)


def _others(element: CoreElement) -> tuple[tuple[str, int], ...]:
    return tuple(other_levels(element).items())


def _metadata(old: Spec, new: Spec) -> Iterable[Change]:
    # `version` is left out: every report names both versions in its title.
    if old.id != new.id:  # the spec's folder and addresses move with it (FORMAT.md: ids)
        yield Place("id", "id").change("renamed", old.id, new.id, severity="major")
    yield from diff_text(Place("title", "title"), old.title, new.title)
    yield from diff_text(Place("summary", "summary"), old.summary, new.summary)
    yield from diff_value(Place("status", "status"), old.status, new.status)
    released = (str(d) if d else None for d in (old.released, new.released))
    yield from diff_value(Place("released", "released"), *released)
    yield from diff_text(Place("milestone", "milestone"), old.milestone, new.milestone)
    yield from diff_value(Place("phase", "phase"), old.phase, new.phase)
    yield from diff_value(
        Place("intervention_type", "intervention_type"),
        old.intervention_type,
        new.intervention_type,
    )
    yield from _enums("knowledge_basis", old.knowledge_basis, new.knowledge_basis)
    yield from _evidence_profile(old.evidence_profile, new.evidence_profile)
    yield from _enums("places", old.places, new.places)


def _enums(name: str, old: Sequence[str], new: Sequence[str]) -> list[Change]:
    """A list of enum values or ids: only added and removed members matter."""
    return diff_items(Place(name, name), old, new, fuzzy=False, moves=False)


def _evidence_profile(old: EvidenceProfile | None, new: EvidenceProfile | None) -> Iterable[Change]:
    """Each criterion's status (major: what the method can claim), evidence and link."""
    old, new = old or _EMPTY_PROFILE, new or _EMPTY_PROFILE
    for key, names in EVIDENCE_CRITERIA.items():
        a, b = getattr(old, key), getattr(new, key)
        place = Place(f"evidence_profile/{key}", "evidence_profile")
        for change in diff_value(
            place.at("status"), a and a.status, b and b.status, severity="major"
        ):
            yield replace(change, label=names[0])
        edits = [
            *diff_text(place.at("evidence"), a and a.evidence, b and b.evidence),
            *diff_value(place.at("url"), a and a.url, b and b.url),
        ]
        yield from (replace(change, label=names[0]) for change in edits)


def _target_group(old: TargetGroup | None, new: TargetGroup | None) -> Iterable[Change]:
    old, new = old or _EMPTY_TARGET, new or _EMPTY_TARGET
    place = Place("target_group", "target_group")
    yield from diff_text(place.at("description"), old.description, new.description)
    yield from diff_items(place.at("inclusion"), old.inclusion, new.inclusion)
    yield from diff_items(place.at("exclusion"), old.exclusion, new.exclusion)
    yield from diff_text(place.at("referral"), old.referral, new.referral)


def _implementation(old: Spec, new: Spec) -> Iterable[Change]:
    place = Place("implementation", "implementation")
    a = old.implementation or _EMPTY_IMPLEMENTATION
    b = new.implementation or _EMPTY_IMPLEMENTATION
    for name in ("individual", "interpersonal", "institutional", "infrastructural"):
        yield from diff_items(place.at(name), getattr(a, name), getattr(b, name))
    place = Place("documentation", "documentation")
    c = old.documentation or _EMPTY_DOCUMENTATION
    d = new.documentation or _EMPTY_DOCUMENTATION
    yield from diff_indicators(c.indicators, d.indicators)
    yield from diff_items(place.at("tools"), c.tools, d.tools)
    yield from diff_text(place.at("citizen_feedback"), c.citizen_feedback, d.citizen_feedback)
    place = Place("delivery", "delivery")
    e = old.delivery or _EMPTY_DELIVERY
    f = new.delivery or _EMPTY_DELIVERY
    yield from diff_items(place.at("mode"), e.mode, f.mode, fuzzy=False, moves=False)
    yield from diff_items(place.at("setting"), e.setting, f.setting, fuzzy=False, moves=False)
    yield from diff_text(place.at("dose"), e.dose, f.dose)


def _costs(old: Costs | None, new: Costs | None) -> Iterable[Change]:
    old, new = old or _EMPTY_COSTS, new or _EMPTY_COSTS
    place = Place("costs", "costs")
    for name in ("preparation", "training", "operation", "equipment"):
        yield from diff_text(place.at(name), getattr(old, name), getattr(new, name))
    estimates = [[_amount(cost) for cost in side.estimates] for side in (old, new)]
    yield from diff_items(place.at("estimates"), *estimates, fuzzy=False, moves=False)


def _amount(cost: CostAmount) -> str:
    """A cost estimate as one comparable item: `running 40000 per_citizen 2021 (note)`."""
    text = f"{cost.kind} {cost.amount:g} {cost.unit} {cost.year}"
    return f"{text} ({cost.note})" if cost.note else text


def _frame(spec: Spec) -> Iterable[FrameEntry]:
    for entry in spec.changes:
        yield FrameEntry(
            entry.what,
            entry.why,
            entry.decided_by,
            entry.planned,
            entry.fidelity_consistent,
            tuple(entry.core_elements),
        )


def _review_unexplained(
    changes: Iterable[Change],
    old: Spec,
    new: Spec,
    renames: Mapping[str, str],
    frame: Sequence[FrameEntry],
) -> Iterable[Change]:
    """Flag core element changes that no FRAME entry mentions (FORMAT.md: from v2 on,
    `changes` explains the move from the previous version)."""
    mentioned = {ref for entry in frame for ref in entry.core_elements}
    names: dict[str, set[str]] = {}
    for element in (*old.core_elements, *new.core_elements):
        names.setdefault(element.id, set()).update({element.id, *element.previous_ids})
    for before, after in renames.items():  # a FRAME entry may name either id
        names.setdefault(before, set()).add(after)
        names.setdefault(after, set()).add(before)
    for change in changes:
        ids = names.get(change.core_element or "", set()) | {change.core_element or ""}
        if (
            change.core_element
            and change.severity != "editorial"
            and not ids & mentioned
            and "not-in-changes" not in change.notes
        ):
            change = replace(change, needs_review=True, notes=(*change.notes, "not-in-changes"))
        yield change
