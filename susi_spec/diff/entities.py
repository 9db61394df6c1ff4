"""Lists of keyed entries besides core elements: competencies, materials, contributors."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Literal, TypeVar

from pydantic import BaseModel

from susi_spec.diff.fields import Place, diff_items, diff_text, diff_value
from susi_spec.diff.match import match, normalise, ratio
from susi_spec.diff.records import Change, Entity, whole
from susi_spec.model.documentation import Indicator
from susi_spec.model.spec import Competency, Contributor, Material

T = TypeVar("T", bound=BaseModel)
Compare = Callable[[Place, T, T], list[Change]]


def diff_entities(
    place: Place,
    entity: Entity,
    old: Sequence[T],
    new: Sequence[T],
    *,
    key: Callable[[T], str],
    label: Callable[[T], str],
    compare: Compare[T],
    score: Callable[[T, T], float] | None = None,
    by_id: bool = False,
) -> list[Change]:
    """Match entries by key (then by `score`), report whole entries added or removed,
    renamed keys (`by_id`), moves, and field edits through `compare`."""
    similar = (lambda i, j: score(old[i], new[j])) if score else None
    matching = match([key(e) for e in old], [key(e) for e in new], score=similar)

    def path(entry: T, position: int) -> str:
        return f"{place.path}/{key(entry) if by_id else position + 1}"

    def entire(kind: Literal["added", "removed"], entry: T, position: int) -> Change:
        data = entry.model_dump(mode="json", by_alias=True, exclude_defaults=True)
        return whole(kind, path(entry, position), entity, place.field, data, label=label(entry))

    out = [entire("removed", old[i], i) for i in matching.removed]
    for position, pair in enumerate(matching.pairs):
        before, after = old[pair.old], new[pair.new]
        here = replace(place, path=path(after, pair.new), certainty=pair.certainty)
        probable = pair.certainty == "probable"
        if by_id and key(before) != key(after):
            out.append(
                Change(
                    "renamed",
                    here.path,
                    entity,
                    place.field,
                    key(before),
                    key(after),
                    needs_review=probable,
                    certainty=pair.certainty,
                    label=label(after),
                    score=pair.score,
                    notes=("probable-match",) if probable else (),
                )
            )
        if position in matching.moved:
            out.append(
                Change(
                    "moved",
                    here.path,
                    entity,
                    place.field,
                    pair.old + 1,
                    pair.new + 1,
                    "editorial",
                    label=label(after),
                )
            )
        edits = compare(here, before, after)
        out.extend(replace(edit, label=edit.label or label(after)) for edit in edits)
    out.extend(entire("added", new[j], j) for j in matching.added)
    return out


def diff_competencies(
    old: Sequence[Competency], new: Sequence[Competency], elements: Mapping[str, str]
) -> list[Change]:
    """Competencies by id, then by text; core element references renamed first."""

    def compare(place: Place, a: Competency, b: Competency) -> list[Change]:
        refs = [elements.get(ref, ref) for ref in a.core_elements]
        return [
            *diff_value(place.at("kind"), a.kind, b.kind),
            *diff_text(place.at("text"), a.text, b.text),
            *diff_items(place.at("core_elements"), refs, b.core_elements, fuzzy=False, moves=False),
        ]

    return diff_entities(
        Place("competencies", "competencies"),
        "competency",
        old,
        new,
        key=lambda c: c.id,
        label=lambda c: c.text,
        compare=compare,
        score=lambda a, b: ratio(a.text, b.text) * (1.0 if a.kind == b.kind else 0.9),
        by_id=True,
    )


def diff_materials(old: Sequence[Material], new: Sequence[Material]) -> list[Change]:
    """Materials by title, then by a similar title or the same address."""

    def compare(place: Place, a: Material, b: Material) -> list[Change]:
        return [
            *diff_text(place.at("title"), a.title, b.title),
            *diff_value(place.at("url"), a.url, b.url),
            *diff_text(place.at("purpose"), a.purpose, b.purpose),
        ]

    def score(a: Material, b: Material) -> float:
        same_url = 1.0 if a.url and a.url == b.url else 0.0
        return max(ratio(a.title, b.title), same_url)

    return diff_entities(
        Place("materials", "materials"),
        "material",
        old,
        new,
        key=lambda m: normalise(m.title),
        label=lambda m: m.title,
        compare=compare,
        score=score,
    )


def diff_contributors(old: Sequence[Contributor], new: Sequence[Contributor]) -> list[Change]:
    """Contributors by name: who joined, who left, whose role or voice changed."""

    def compare(place: Place, a: Contributor, b: Contributor) -> list[Change]:
        return [
            *diff_value(place.at("role"), a.role, b.role),
            *diff_value(place.at("voice"), a.voice, b.voice),
        ]

    return diff_entities(
        Place("contributors", "contributors"),
        "contributor",
        old,
        new,
        key=lambda c: normalise(c.name),
        label=lambda c: c.name,
        compare=compare,
    )


def diff_indicators(old: Sequence[str | Indicator], new: Sequence[str | Indicator]) -> list[Change]:
    """Indicators by what they measure, then by a similar text; a text (the older form) is
    an indicator that says only what, so tying it to outcomes reads as fields added. Two
    lists of texts only are lists of items, as they always were."""
    place = Place("documentation/indicators", "documentation/indicators")
    if all(isinstance(i, str) for i in (*old, *new)):
        texts = [[i for i in side if isinstance(i, str)] for side in (old, new)]
        return diff_items(Place("documentation", "documentation").at("indicators"), *texts)

    def compare(place: Place, a: Indicator, b: Indicator) -> list[Change]:
        out = [
            *diff_text(place.at("what"), a.what, b.what),
            *diff_items(place.at("nodes"), a.nodes, b.nodes, fuzzy=False, moves=False),
        ]
        for name in ("instrument", "timing", "source", "baseline", "target"):
            out += diff_text(place.at(name), getattr(a, name), getattr(b, name))
        return [*out, *diff_value(place.at("kind"), a.kind, b.kind)]

    return diff_entities(
        place,
        "indicator",
        [_as_indicator(i) for i in old],
        [_as_indicator(i) for i in new],
        key=lambda i: normalise(i.what),
        label=lambda i: i.what,
        compare=compare,
        score=lambda a, b: ratio(a.what, b.what),
    )


def _as_indicator(indicator: str | Indicator) -> Indicator:
    # A text has no id of its own; diff_entities keys by `what`, never by this id.
    return indicator if isinstance(indicator, Indicator) else Indicator(id="tekst", what=indicator)
