"""The words of the exports, Danish first and English beside, as (da, en) pairs."""

from __future__ import annotations

from susi_spec.render.labels import DELIVERY_MODES, IMPLEMENTATION, LEVELS, PROFILE

Pair = tuple[str, str]

LEVEL: dict[str, Pair] = {
    "rule": (LEVELS["rule"], "Rule"),
    "guideline": (LEVELS["guideline"], "Guideline"),
    "principle": (LEVELS["principle"], "Principle"),
}
PROFILE_COLUMNS: dict[str, Pair] = {
    "expected": (PROFILE["expected"], "Expected practice"),
    "developmental": (PROFILE["developmental"], "Developmental practice"),
    "unacceptable": (PROFILE["unacceptable"], "Unacceptable practice"),
}
# The implementation levels of Socialstyrelsen's framework (seed 001): name and short hint.
_LEVELS_EN = {
    "individual": ("Individual level", "Competencies"),
    "interpersonal": ("Interpersonal level", "Culture"),
    "institutional": ("Institutional level", "Municipality"),
    "infrastructural": ("Infrastructural level", "Context"),
}
LEVELS_OF_IMPLEMENTATION: dict[str, tuple[Pair, Pair]] = {
    key: ((name, _LEVELS_EN[key][0]), (hint, _LEVELS_EN[key][1]))
    for key, (name, hint) in IMPLEMENTATION.items()
}
MODES: dict[str, Pair] = {key: (name, key.capitalize()) for key, name in DELIVERY_MODES.items()}
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
MISSING: Pair = ("Mangler", "Missing")


def pick(pair: Pair, lang: str) -> str:
    """The Danish or English word of a pair."""
    return pair[1] if lang == "en" else pair[0]


def choices(pairs: tuple[Pair, ...], lang: str) -> list[str]:
    return [pick(pair, lang) for pair in pairs]
