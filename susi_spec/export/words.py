"""The words of the exports, Danish first and English beside, as (da, en) pairs."""

from __future__ import annotations

from susi_spec.model.types import LEVEL_NAMES_DA

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
MODES: dict[str, Pair] = {
    "individual": ("Individuelt", "Individual"),
    "family": ("Familie", "Family"),
    "group": ("Gruppe", "Group"),
    "network": ("Netværk", "Network"),
    "digital": ("Digitalt", "Digital"),
}
# What the fidelity checklist's status column may hold, in the order of the drop-down.
STATUS_CHOICES: tuple[Pair, ...] = (
    ("Udført", "Done"),
    ("Delvist", "Partly"),
    ("Ikke udført", "Not done"),
)
# What a practice profile's assessment column may hold.
PROFILE_CHOICES: tuple[Pair, ...] = (
    ("Forventet", "Expected"),
    ("Under udvikling", "Developmental"),
    ("Uacceptabel", "Unacceptable"),
)
# What a readiness answer's status may be, by the value the follow-up file writes.
READINESS_CHOICES: dict[str, Pair] = {
    "not_started": ("Ikke begyndt", "Not started"),
    "in_progress": ("I gang", "In progress"),
    "done": ("På plads", "Done"),
}
MISSING: Pair = ("Mangler", "Missing")


def pick(pair: Pair, lang: str) -> str:
    """The Danish or English word of a pair."""
    return pair[1] if lang == "en" else pair[0]


def choices(pairs: tuple[Pair, ...], lang: str) -> list[str]:
    return [pick(pair, lang) for pair in pairs]
