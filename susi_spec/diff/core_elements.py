"""Core elements: matched by id, `previous_ids` or similarity; then compared field by field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from susi_spec.diff.fields import Place, diff_items, diff_text, diff_value, pair_items
from susi_spec.diff.match import Matching, Pair, distinct, element_similarity, match
from susi_spec.diff.records import Change, Direction, Kind, Note, Value, whole
from susi_spec.model.core_element import Activity, CoreElement, option_text, own_level
from susi_spec.model.types import LEVEL_ORDER

_TEXTS = ("what", "rationale", "adaptable", "decision_rule")
_LISTS = ("activities", "tools", "options", "fidelity")
_PROFILE = ("expected", "developmental", "unacceptable")
# What a rule prescribes, and how a guideline chooses: edits here change practice.
_RULE_FIELDS = frozenset({"what", "activities", "fidelity", "decision_rule", "options"})
_GUIDELINE_FIELDS = frozenset({"decision_rule", "options"})


@dataclass(frozen=True)
class ElementDiff:
    """The core element changes, and how old ids map to new ones (for links and sections)."""

    changes: list[Change]
    renames: dict[str, str]  # old id -> new id, for every matched element
    matching: Matching


def diff_elements(old: Sequence[CoreElement], new: Sequence[CoreElement]) -> ElementDiff:
    """Compare the core element lists of two versions."""
    matching = match(
        [element.id for element in old],
        [element.id for element in new],
        lineage=[element.previous_ids for element in new],
        score=lambda i, j: element_similarity(old[i], new[j]),
    )
    # Groups keyed by a position in the new list, so removed elements appear where they were.
    groups: list[tuple[float, list[Change]]] = []
    new_position = {pair.old: pair.new for pair in matching.pairs}
    for i in matching.removed:
        before = [new_position[k] for k in range(i) if k in new_position]
        candidates = tuple(new[j].id for j in matching.ambiguous_old.get(i, ()))
        groups.append((max(before, default=-1) + 0.5, [_whole("removed", old[i], candidates)]))
    for position, pair in enumerate(matching.pairs):
        moved = position in matching.moved
        groups.append((pair.new, _pair_changes(old[pair.old], new[pair.new], pair, moved)))
    for j in matching.added:
        candidates = tuple(old[i].id for i in matching.ambiguous_new.get(j, ()))
        groups.append((j, [_whole("added", new[j], candidates)]))
    groups.sort(key=lambda group: group[0])
    renames = {old[pair.old].id: new[pair.new].id for pair in matching.pairs}
    return ElementDiff([c for _, group in groups for c in group], renames, matching)


def _whole(
    kind: Literal["added", "removed"], element: CoreElement, candidates: tuple[str, ...]
) -> Change:
    path = f"core_elements/{element.id}"
    return whole(
        kind,
        path,
        "core_element",
        "core_elements",
        dump(element),
        label=element.title,
        severity="major",
        core_element=element.id,
        candidates=candidates,
    )


def _items(element: CoreElement, name: str) -> list[str]:
    """A list field's texts; an option's id is how a place chooses it, not content to diff."""
    if name == "options":  # a guideline activity's options are choices of the element too
        return [option_text(option) for option in element.all_options]
    if name == "activities":
        return element.activity_texts
    return element.fidelity_texts if name == "fidelity" else list(getattr(element, name))


def _pair_changes(old: CoreElement, new: CoreElement, pair: Pair, moved: bool) -> list[Change]:
    if not moved and old == new and all(distinct(_items(old, name)) for name in _LISTS):
        return []  # unchanged, the usual case (distinct: see diff_items)
    probable = pair.certainty == "probable"
    notes: tuple[Note, ...] = ("probable-match",) if probable else ()
    base = Place(
        f"core_elements/{new.id}",
        "core_elements",
        core_element=new.id,
        certainty=pair.certainty,
    )
    out: list[Change] = []
    if old.id != new.id:
        out.append(
            Change(
                "renamed",
                base.path,
                "core_element",
                "core_elements",
                old.id,
                new.id,
                "major",
                needs_review=probable,
                certainty=pair.certainty,
                core_element=new.id,
                label=new.title,
                score=pair.score,
                notes=notes,
            )
        )
    if moved:
        out.append(
            Change(
                "moved",
                base.path,
                "core_element",
                "core_elements",
                pair.old + 1,
                pair.new + 1,
                "minor",
                certainty=pair.certainty,
                core_element=new.id,
                label=new.title,
            )
        )
    out.extend(diff_text(base.at("title"), old.title, new.title))
    if old.level != new.level:
        out.append(
            base.at("level").change(
                "modified",
                old.level,
                new.level,
                severity="major",
                direction=level_direction(old.level, new.level),
                label=new.title,
            )
        )
    out.extend(diff_value(base.at("type"), old.type, new.type))
    out.extend(diff_value(base.at("evidence"), old.evidence, new.evidence))
    levels = old.levels | new.levels
    for name in (*_TEXTS[:2], "activities", *_TEXTS[2:], "tools", "options", "fidelity"):
        weighty = (name in _RULE_FIELDS and "rule" in levels) or (
            name in _GUIDELINE_FIELDS and "guideline" in levels
        )
        place = Place(
            f"{base.path}/{name}", f"core_elements/{name}", new.id, pair.certainty, weighty
        )
        if name in _LISTS:
            out.extend(diff_items(place, _items(old, name), _items(new, name)))
            if name == "activities":
                out.extend(_activity_levels(place, old, new))
        else:
            out.extend(diff_text(place, getattr(old, name), getattr(new, name)))
    old_profile, new_profile = old.practice_profile, new.practice_profile
    for name in _PROFILE:
        out.extend(
            diff_text(
                base.at("practice_profile").at(name),
                getattr(old_profile, name) if old_profile else None,
                getattr(new_profile, name) if new_profile else None,
            )
        )
    # previous_ids is bookkeeping for this very matching; its edits are not content.
    return [change if change.label else replace(change, label=new.title) for change in out]


def _activity_levels(place: Place, old: CoreElement, new: CoreElement) -> list[Change]:
    """Each activity whose own level moved, paired as the activities' texts are paired;
    an activity that only follows its element's level is the element's change."""
    if all(isinstance(a, str) for a in (*old.activities, *new.activities)):
        return []  # the plain form: every activity has its element's level
    out: list[Change] = []
    matching = pair_items(old.activity_texts, new.activity_texts)
    # An activity added or removed at another level than its element says so beside it.
    sides: tuple[tuple[CoreElement, Kind, tuple[int, ...]], ...] = (
        (old, "removed", matching.removed),
        (new, "added", matching.added),
    )
    for side, kind, indices in sides:
        for i in indices:
            level = own_level(side.activities[i])
            if level is not None and level != side.level:
                out.append(
                    place.at("level").change(
                        kind,
                        level if kind == "removed" else None,
                        level if kind == "added" else None,
                        severity="major",
                        path=f"{place.path}/{i + 1}/level",
                        label=side.activity_texts[i],
                    )
                )
    for pair in matching.pairs:
        before, after = old.activities[pair.old], new.activities[pair.new]
        own = own_level(before) or own_level(after)
        path = f"{place.path}/{pair.new + 1}"
        was, now = old.level_of(before), new.level_of(after)
        if own and was != now:
            out.append(
                place.at("level").change(
                    "modified",
                    was,
                    now,
                    severity="major",
                    path=f"{path}/level",
                    direction=level_direction(was, now),
                    label=new.activity_texts[pair.new],
                )
            )
        out.extend(
            diff_text(
                Place(
                    f"{path}/decision_rule",
                    f"{place.field}/decision_rule",
                    new.id,
                    place.certainty,
                    place.weighty,
                ),
                before.decision_rule if isinstance(before, Activity) else None,
                after.decision_rule if isinstance(after, Activity) else None,
            )
        )
    return out


def level_direction(old: str, new: str) -> Direction:
    """principle -> guideline -> rule is tightening; the other way loosening."""
    return "tightened" if LEVEL_ORDER[new] > LEVEL_ORDER[old] else "loosened"


def dump(model: CoreElement) -> dict[str, Value]:
    """The element as it is written in front matter, without empty fields."""
    data: dict[str, Value] = model.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    return data
