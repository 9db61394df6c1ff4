"""Version labels as people write them: `v0`, `v1`, ... and `final`."""

from __future__ import annotations


def version_label(version: int | str) -> str:
    """`2` → `v2`; `final` stays `final`."""
    return "final" if version == "final" else f"v{version}"


def normalise_label(label: str) -> str:
    """`1`, `v1`, `V1` → `v1`; `final` → `final`."""
    text = label.strip().lower()
    if text == "final":
        return text
    if text.startswith("v"):
        text = text[1:]
    return f"v{text}" if text.isdigit() else label


def version_order(version: int | str) -> int:
    """Sort key of a version (`2`, `"final"`) or label (`v2`): `final` after every number."""
    text = str(version).lower().removeprefix("v")
    return 1_000_000 if text == "final" else int(text)
