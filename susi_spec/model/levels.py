"""A core element's level in a reader's words, when its activities are held to others."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from susi_spec.model.core_element import CoreElement
from susi_spec.model.types import LEVEL_NAMES_DA, LEVEL_ORDER

_COUNT_DA = {1: "én", 2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte"}
_COUNT_EN = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven"}


def other_levels(element: CoreElement) -> dict[str, int]:
    """How many activities are held to each level other than the element's, tightest first."""
    counts = Counter(level for a in element.activities if (level := element.level_of(a)))
    counts.pop(element.level, None)
    return {level: counts[level] for level in sorted(counts, key=LEVEL_ORDER.__getitem__)[::-1]}


def level_phrase(element: CoreElement, lang: str = "da") -> str:
    """The element's level, and its activities' other levels: "princip, med én aktivitet
    som regel" / "principle, with one rule activity"; just the level when all agree."""
    head = element.level if lang == "en" else LEVEL_NAMES_DA[element.level]
    finer = finer_phrase(element, lang)
    return f"{head}, {finer}" if finer else head


def finer_phrase(element: CoreElement, lang: str = "da") -> str:
    """ "med én aktivitet som regel" / "with one rule activity", or "" when every activity
    has the element's level."""
    return finer_words(other_levels(element), lang)


def finer_words(others: Mapping[str, int], lang: str = "da") -> str:
    """The words of `finer_phrase` for counts of activities per level, tightest first."""
    en = lang == "en"
    parts = []
    for level, count in others.items():
        if en:
            number = _COUNT_EN.get(count, str(count))
            parts.append(f"{number} {level} {'activity' if count == 1 else 'activities'}")
        else:
            number = _COUNT_DA.get(count, str(count))
            noun = "aktivitet" if count == 1 else "aktiviteter"
            words = f"{number} {noun}" if not parts else number  # "og én som retningslinje"
            parts.append(f"{words} som {LEVEL_NAMES_DA[level]}")
    if not parts:
        return ""
    joined = parts[0] if len(parts) == 1 else f"{parts[0]} {'and' if en else 'og'} {parts[1]}"
    return f"{'with' if en else 'med'} {joined}"
