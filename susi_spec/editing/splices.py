"""A splice, (start, end, new text) on the front matter's text, and making a plan of them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Splice:
    start: int
    end: int
    text: str


class Overlap(Exception):
    """Two splices of one plan touch the same text: the plan needs a coarser splice."""


def splice(front: str, plan: list[Splice]) -> str:
    """`front` with the splices made; raises Overlap when two touch the same text."""
    out: list[str] = []
    position = 0
    for splice in sorted(plan, key=lambda s: (s.start, s.end)):
        if splice.start < position:
            raise Overlap
        out.append(front[position : splice.start])
        out.append(splice.text)
        position = splice.end
    out.append(front[position:])
    return "".join(out)
