"""The maturity matrix: the specification level of every core element in every release.

Rows follow an element across renames (its `previous_ids`), so a renamed element keeps one
row; each cell says the level and whether it was tightened or loosened since the last
release in which the element existed. An activity that has a level of its own in some
release gets a row of its own under its element's, followed by its id (its own, or the one
made from its first words) or by its text, so an activity keeps its row when it gets an id
or when its text is reworded under the same id.
"""

from __future__ import annotations

from dataclasses import dataclass

from susi_spec.diff.match import normalise
from susi_spec.model import Spec
from susi_spec.model.core_element import own_level
from susi_spec.model.types import LEVEL_ORDER


@dataclass(frozen=True)
class Cell:
    level: str | None  # None: the element is not in this version
    move: str | None = None  # "tightened" | "loosened" | None


@dataclass(frozen=True)
class Row:
    element_id: str  # the id in the newest version that has the element
    title: str  # the element's title; an activity's text in an activity's row
    cells: tuple[Cell, ...]
    activity: str | None = None  # an activity's row: its id, under its element's row


@dataclass(frozen=True)
class Matrix:
    labels: tuple[str, ...]
    rows: tuple[Row, ...]


def maturity_matrix(versions: list[tuple[str, Spec]]) -> Matrix:
    """Build the matrix from (label, spec) pairs, oldest first."""
    rows: list[tuple[str, str, dict[int, str]]] = []  # id, title, column -> level
    steps: list[dict[str, _Step]] = []  # per row: activity id -> its text, levels, own level
    known: dict[str, int] = {}  # every id an element has had -> its row
    for column, (_, spec) in enumerate(versions):
        for element in spec.core_elements:
            names = [element.id, *element.previous_ids]
            row = next((known[name] for name in names if name in known), None)
            if row is None:
                row = len(rows)
                rows.append((element.id, element.title, {}))
                steps.append({})
            _, _, levels = rows[row]
            rows[row] = (element.id, element.title, levels)
            levels[column] = element.level
            for written, step in zip(element.activities, element.steps, strict=True):
                assert step.id is not None and step.level is not None  # steps fill both
                keys = (step.id, normalise(step.text))  # its id, or its text as it was
                seen = next((steps[row][k] for k in keys if k in steps[row]), None)
                if seen is None:
                    seen = _Step(step.id, step.text, {}, False)
                seen.key, seen.text = step.id, step.text
                seen.levels[column] = step.level
                seen.own = seen.own or own_level(written) is not None
                steps[row].update(dict.fromkeys(keys, seen))
            for name in names:
                known[name] = row
    count = len(versions)
    out: list[Row] = []
    for (element_id, title, levels), activities in zip(rows, steps, strict=True):
        out.append(Row(element_id, title, _cells(levels, count)))
        unique = {id(step): step for step in activities.values()}.values()  # in first order
        out.extend(
            Row(element_id, step.text, _cells(step.levels, count), step.key)
            for step in unique
            if step.own
        )
    return Matrix(tuple(label for label, _ in versions), tuple(out))


@dataclass
class _Step:
    """An activity across releases: its newest id and text, its level per column, whether
    it ever had a level of its own."""

    key: str
    text: str
    levels: dict[int, str]
    own: bool


def _cells(levels: dict[int, str], count: int) -> tuple[Cell, ...]:
    cells: list[Cell] = []
    last: str | None = None
    for column in range(count):
        level = levels.get(column)
        move = None
        if level is not None and last is not None and level != last:
            move = "tightened" if LEVEL_ORDER[level] > LEVEL_ORDER[last] else "loosened"
        cells.append(Cell(level, move))
        last = level if level is not None else last
    return tuple(cells)
