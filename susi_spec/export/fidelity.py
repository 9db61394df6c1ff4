"""The fidelity checklist as data: one group per core element, one row per criterion.

Shared by the xlsx and the csv checklist, so both list the same rows in the same order.
"""

from __future__ import annotations

from dataclasses import dataclass

from susi_spec.export.words import LEVEL, STATUS_CHOICES, Pair, pick
from susi_spec.model import Spec
from susi_spec.model.core_element import CoreElement, Criterion
from susi_spec.model.levels import level_phrase

TITLE: Pair = ("Troskabstjekliste", "Fidelity checklist")
CRITERION: Pair = ("Troskabskriterium", "Fidelity criterion")
ELEMENT: Pair = ("Kerneelement", "Core element")
LEVEL_HEADING: Pair = ("Niveau", "Level")
NUMBER: Pair = ("Nr.", "No.")
NOTE: Pair = ("Note", "Note")
HOW_TO: Pair = (
    "Markér hvert kriterium som Udført, Delvist eller Ikke udført, og skriv en note, hvor det "
    "hjælper opfølgningen: gør vi det, vi siger, og det, vi skal?",
    "Mark each criterion Done, Partly or Not done, and add a note where it helps the "
    "follow-up: do we do what we say we do, and what we should?",
)
_NONE: Pair = (
    "Ingen troskabskriterier er beskrevet for dette kerneelement.",
    "No fidelity criteria are described for this core element.",
)
_SEE_PROFILE: Pair = (
    " Følg op med praksisprofilen.",
    " Follow up with the practice profile.",
)


@dataclass(frozen=True)
class Group:
    """A core element and its fidelity criteria, numbered as in the spec."""

    number: int
    element: CoreElement

    @property
    def criteria(self) -> tuple[str, ...]:
        return tuple(self.element.fidelity_texts)

    def title(self, lang: str) -> str:
        """`Inddragelse af familien (retningslinje)`; `Helhedssyn (princip, med én aktivitet
        som regel)` when activities are held to other levels."""
        return f"{self.element.title} ({level_phrase(self.element, lang)})"

    def level(self, lang: str) -> str:
        return pick(LEVEL[self.element.level], lang)

    def criterion_level(self, criterion: Criterion, lang: str) -> str:
        """The level a criterion measures: its activity's (`activity:`), else the element's."""
        return pick(LEVEL[self.element.criterion_level(criterion)], lang)

    @property
    def finer(self) -> bool:
        """Whether a criterion measures an activity held to another level than the element."""
        return any(
            self.element.criterion_level(c) != self.element.level for c in self.element.criteria
        )

    def none_text(self, lang: str) -> str:
        """The row shown instead of criteria, so that the element does not vanish."""
        hint = pick(_SEE_PROFILE, lang) if self.element.practice_profile is not None else ""
        return pick(_NONE, lang) + hint


def checklist(spec: Spec) -> list[Group]:
    """Every core element in the spec's order, with or without criteria."""
    return [Group(number, element) for number, element in enumerate(spec.core_elements, 1)]


def status_heading(lang: str) -> str:
    """`Status (Udført / Delvist / Ikke udført)`: the choices are in the heading, too."""
    return f"Status ({' / '.join(pick(choice, lang) for choice in STATUS_CHOICES)})"
