"""The practice profile as data: one row per core element, numbered as in the spec.

Shared by the xlsx and the csv profile, so both list the same rows in the same order.
"""

from __future__ import annotations

from susi_spec.export.words import PROFILE_CHOICES, PROFILE_COLUMNS, Pair, pick
from susi_spec.model import Spec
from susi_spec.model.core_element import CoreElement
from susi_spec.model.levels import level_phrase

TITLE: Pair = ("Praksisprofil", "Practice profile")
ASSESSMENT: Pair = ("Vurdering", "Assessment")
PRACTICES = ("expected", "developmental", "unacceptable")
HOW_TO: Pair = (
    "For hvert kerneelement: hvordan praksis ser ud, når den er som forventet, under udvikling "
    "eller uacceptabel. Brug profilen til selvevaluering, supervision og sparring, og vælg i "
    "kolonnen Vurdering, hvor praksis er nu.",
    "For each core element: what practice looks like when it is as expected, developmental or "
    "unacceptable. Use the profile for self-assessment, supervision and coaching, and choose "
    "in the Assessment column where practice is now.",
)


def profile_texts(element: CoreElement) -> list[str | None]:
    """Expected, developmental and unacceptable practice as described, None where not."""
    profile = element.practice_profile
    return [getattr(profile, key) if profile is not None else None for key in PRACTICES]


def profile_rows(spec: Spec) -> list[tuple[str, CoreElement]]:
    """Every core element with its number (`1`, `2`, ...), as in the fidelity checklist."""
    return [(str(number), element) for number, element in enumerate(spec.core_elements, 1)]


def profile_level(element: CoreElement, lang: str) -> str:
    """The element's level as the row shows it: `Princip, med én aktivitet som regel`."""
    phrase = level_phrase(element, lang)
    return phrase[:1].upper() + phrase[1:]


def practice_headings(lang: str) -> list[str]:
    return [pick(PROFILE_COLUMNS[key], lang) for key in PRACTICES]


def assessment_heading(lang: str) -> str:
    """`Vurdering (Forventet / Under udvikling / Uacceptabel)`, for the CSV's one column."""
    return f"{pick(ASSESSMENT, lang)} ({' / '.join(pick(c, lang) for c in PROFILE_CHOICES)})"
