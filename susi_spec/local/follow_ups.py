"""A place's follow-ups (`local/<place>/opfoelgning/<date>.md`) read for reports and the
site, and their results carried onto one version's core elements and criteria.

Results name the criteria of the version the place followed then. To show them over time
against one version, each result is carried forward as the diff engine pairs entries: a
core element by its id or a declared former id, a criterion by its id, else by a clearly
most similar text (a rewording); a criterion the later version dropped is left out. A
practice profile's assessments are carried by their core element alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from susi_spec.checks.results import FileResult
from susi_spec.diff.match import match, ratio
from susi_spec.labels import version_label
from susi_spec.loading.document import read_document
from susi_spec.model import CoreElement, Spec
from susi_spec.model.boundary import validate
from susi_spec.model.results import (
    FOLLOW_UP_FOLDER,
    FidelityStatus,
    FollowUp,
    PracticeAssessment,
)

# How a result counts toward a core element's share: done whole, partly half.
WEIGHT: dict[str, float] = {"done": 1.0, "partly": 0.5, "not_done": 0.0}


def follow_up_files(spec_file: Path, place: str) -> list[Path]:
    """The follow-up files of one place, oldest first (their names are their dates)."""
    return sorted((spec_file.parent / "local" / place / FOLLOW_UP_FOLDER).glob("*.md"))


def read_follow_ups(
    spec_file: Path, place: str, checked: Mapping[Path, FileResult] | None = None
) -> tuple[FollowUp, ...]:
    """The place's follow-ups that validate and name this spec and place, by date.

    One that does not gets no place in a report or on the site; `susi check` says why.
    `checked`: the check's results by path, so that nothing is read twice.
    """
    return tuple(follow_up for follow_up, _ in read_follow_up_texts(spec_file, place, checked))


def read_follow_up_texts(
    spec_file: Path, place: str, checked: Mapping[Path, FileResult] | None = None
) -> tuple[tuple[FollowUp, str], ...]:
    """`read_follow_ups` with each file's own Markdown text after the front matter."""
    found = []
    for path in follow_up_files(spec_file, place):
        result = checked.get(path.resolve()) if checked else None
        if result is not None and result.document is not None:
            model, body = result.follow_up, result.document.body
        else:
            document = read_document(path, str(path))
            read, _ = validate(document)
            model, body = (read if isinstance(read, FollowUp) else None), document.body
        if model is not None and model.place == place and model.spec == spec_file.parent.name:
            found.append((model, body))
    return tuple(sorted(found, key=lambda pair: pair[0].date))


def spec_follow_ups(
    spec_file: Path, places: Iterable[str], checked: Mapping[Path, FileResult] | None = None
) -> dict[str, tuple[FollowUp, ...]]:
    """Every place's follow-ups, for the places that have any."""
    found = {place: read_follow_ups(spec_file, place, checked) for place in places}
    return {place: follow_ups for place, follow_ups in found.items() if follow_ups}


@dataclass(frozen=True)
class Carried:
    """One result placed on a criterion of the target version."""

    core_element: str
    criterion: str
    result: FidelityStatus
    note: str | None


def carry(follow_up: FollowUp, versions: Mapping[str, Spec], target: Spec) -> list[Carried]:
    """The follow-up's results on `target`'s core elements and criteria.

    `versions`: the released specs by label; the follow-up's own version must be among them
    for a result to move onto a changed criterion (else only equal ids count).
    """
    source = versions.get(version_label(follow_up.based_on))
    elements = _element_map(source, target)
    criteria: dict[tuple[str, str], tuple[str, str]] = {}
    if source is not None:
        by_id = {element.id: element for element in target.core_elements}
        for old in source.core_elements:
            new = by_id.get(elements.get(old.id, ""))
            if new is not None:
                for old_id, new_id in criterion_pairs(old, new).items():
                    criteria[(old.id, old_id)] = (new.id, new_id)
    known = {(e.id, c.id) for e in target.core_elements for c in e.criteria}
    carried = []
    for result in follow_up.fidelity:
        key = (result.core_element, result.criterion)
        element, criterion = criteria.get(key, (elements.get(key[0], key[0]), key[1]))
        if (element, criterion) in known:
            carried.append(Carried(element, criterion, result.result, result.note))
    return carried


def carry_practice(
    follow_up: FollowUp, versions: Mapping[str, Spec], target: Spec
) -> dict[str, PracticeAssessment]:
    """The follow-up's practice assessments by `target`'s core element ids (renamed ones
    followed, dropped ones left out)."""
    elements = _element_map(versions.get(version_label(follow_up.based_on)), target)
    known = {element.id for element in target.core_elements}
    carried = {}
    for assessment in follow_up.practice_profile:
        element = elements.get(assessment.core_element, assessment.core_element)
        if element in known:
            carried[element] = assessment
    return carried


def _element_map(source: Spec | None, target: Spec) -> dict[str, str]:
    """Old core element id -> id in `target`: the same id, or one that names it as former."""
    if source is None:
        return {element.id: element.id for element in target.core_elements}
    old = [element.id for element in source.core_elements]
    new = target.core_elements
    pairs = match(old, [e.id for e in new], lineage=[e.previous_ids for e in new]).pairs
    return {old[pair.old]: new[pair.new].id for pair in pairs}


def criterion_pairs(old: CoreElement, new: CoreElement) -> dict[str, str]:
    """Old criterion id -> new: by id, then by a clearly most similar text (reworded)."""
    left, right = old.criteria, new.criteria
    matching = match(
        [c.id for c in left],
        [c.id for c in right],
        score=lambda i, j: ratio(left[i].text, right[j].text),
    )
    return {left[pair.old].id: right[pair.new].id for pair in matching.pairs}


def share(results: Sequence[Carried]) -> float | None:
    """How much of what was followed up was done (0-1): partly counts half; None for none."""
    if not results:
        return None
    return sum(WEIGHT[r.result] for r in results) / len(results)
