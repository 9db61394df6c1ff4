"""SUSI's learning-cycle scheme: which milestone and phase each version normally closes.

Socialstyrelsen's versioning (site/om/format.md, *Versioner og milepæle*): v0 is the model
from screening, v1 the first full description at the start, v2 follows the first method
seminar, v3 the midterm evaluation and the second seminar, final the pilot. `susi bump`
proposes these; the author may choose otherwise.
"""

from __future__ import annotations

from typing import NamedTuple, get_args

from susi_spec.model.types import Phase

PHASES: tuple[str, ...] = get_args(Phase)


class Step(NamedTuple):
    """The milestone a version closes and the phase it belongs to."""

    milestone: str
    phase: str


SCHEME: dict[int | str, Step] = {
    0: Step("Screening", "screening"),
    1: Step("Opstart", "maturation"),
    2: Step("Metodeseminar 1", "maturation"),
    3: Step("Midtvejsevaluering og metodeseminar 2", "maturation"),
    "final": Step("Pilotafprøvning og afsluttende evaluering", "pilot"),
}


def proposal(version: int | str) -> Step:
    """The scheme's milestone and phase for `version` (0, 1, ... or "final").

    Beyond v3 the learning cycles go on with a method seminar each (v4 after seminar 3).
    """
    if version in SCHEME:
        return SCHEME[version]
    return Step(f"Metodeseminar {int(version) - 1}", "maturation")
