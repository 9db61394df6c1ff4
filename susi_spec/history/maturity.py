"""The maturity matrix: the specification level of every core element in every release.

Rows follow an element across renames (its `previous_ids`), so a renamed element keeps one
row; each cell says the level and whether it was tightened or loosened since the last
release in which the element existed.
"""

from __future__ import annotations

from dataclasses import dataclass

from susi_spec.model import Spec
from susi_spec.model.types import LEVEL_ORDER


@dataclass(frozen=True)
class Cell:
    level: str | None  # None: the element is not in this version
    move: str | None = None  # "tightened" | "loosened" | None


@dataclass(frozen=True)
class Row:
    element_id: str  # the id in the newest version that has the element
    title: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Matrix:
    labels: tuple[str, ...]
    rows: tuple[Row, ...]


def maturity_matrix(versions: list[tuple[str, Spec]]) -> Matrix:
    """Build the matrix from (label, spec) pairs, oldest first."""
    rows: list[tuple[str, str, dict[int, str]]] = []  # id, title, column -> level
    known: dict[str, int] = {}  # every id an element has had -> its row
    for column, (_, spec) in enumerate(versions):
        for element in spec.core_elements:
            names = [element.id, *element.previous_ids]
            row = next((known[name] for name in names if name in known), None)
            if row is None:
                row = len(rows)
                rows.append((element.id, element.title, {}))
            _, _, levels = rows[row]
            rows[row] = (element.id, element.title, levels)
            levels[column] = element.level
            for name in names:
                known[name] = row
    return Matrix(
        tuple(label for label, _ in versions),
        tuple(Row(i, t, _cells(levels, len(versions))) for i, t, levels in rows),
    )


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
