"""The words of the exports, Danish first and English beside, as (da, en) pairs."""

from __future__ import annotations

from susi_spec.model.types import LEVEL_NAMES_DA, VALUE_NAMES

Pair = tuple[str, str]

LEVEL: dict[str, Pair] = {
    key: (name.capitalize(), key.capitalize()) for key, name in LEVEL_NAMES_DA.items()
}
PROFILE_COLUMNS: dict[str, Pair] = {
    "expected": ("Forventet praksis", "Expected practice"),
    "developmental": ("Praksis under udvikling", "Developmental practice"),
    "unacceptable": ("Uacceptabel praksis", "Unacceptable practice"),
}
# The implementation levels of Socialstyrelsen's framework (seed 001): the level, and what
# it is about in one word (the four K's).
LEVELS_OF_IMPLEMENTATION: dict[str, tuple[Pair, Pair]] = {
    "individual": (("Individuelt niveau", "Individual level"), ("kompetencer", "competencies")),
    "interpersonal": (("Interpersonelt niveau", "Interpersonal level"), ("kultur", "culture")),
    "institutional": (("Institutionelt niveau", "Institutional level"), ("kommune", "municipality")),
    "infrastructural": (("Infrastrukturelt niveau", "Infrastructural level"), ("kontekst", "context")),
}  # fmt: skip


def _capitalised(field: str) -> dict[str, Pair]:
    """A field's value names (model.types.VALUE_NAMES) as a cell or heading shows them."""
    return {
        key: (da[:1].upper() + da[1:], en[:1].upper() + en[1:])
        for key, (da, en) in VALUE_NAMES[field].items()
    }


MODES: dict[str, Pair] = _capitalised("delivery/mode")
# What the fidelity checklist's status column may hold, in the order of the drop-down.
STATUS_CHOICES: tuple[Pair, ...] = tuple(_capitalised("fidelity/result").values())
# What a practice profile's assessment column may hold.
PROFILE_CHOICES: tuple[Pair, ...] = tuple(_capitalised("practice_profile/assessment").values())
# What a readiness answer's status may be, by the value the follow-up file writes.
READINESS_CHOICES: dict[str, Pair] = _capitalised("readiness/answers/status")
MISSING: Pair = ("Mangler", "Missing")


def pick(pair: Pair, lang: str) -> str:
    """The Danish or English word of a pair."""
    return pair[1] if lang == "en" else pair[0]


def choices(pairs: tuple[Pair, ...], lang: str) -> list[str]:
    return [pick(pair, lang) for pair in pairs]
