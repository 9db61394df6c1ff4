"""Version labels as people write them (`v0`, `v1`, ... and `final`) and read them in
Danish (`version 2`, `15. september 2020`); shared by the CLI, the site and the exports."""

from __future__ import annotations

import datetime as dt

# The working copy's name as a side of a comparison (`susi diff SPEC v1 arbejdskopi`).
WORKING = "arbejdskopi"


def shown_label(label: str, lang: str) -> str:
    """A version label as a reader sees it: the working copy by its English name in English."""
    return "working copy" if label == WORKING and lang == "en" else label


# A version's status as a reader calls it (da, en): the home of these words, which
# model.types.VALUE_NAMES holds with the other values'; here, so the studio's first page
# names a status without building the model.
STATUS_NAMES: dict[str, tuple[str, str]] = {
    "draft": ("udkast", "draft"),
    "review": ("til review", "in review"),
    "released": ("frigivet", "released"),
}
# The Danish word standing alone (the site's and the studio's).
STATUSES = {key: da[:1].upper() + da[1:] for key, (da, _) in STATUS_NAMES.items()}


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


_MONTHS = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
]


def date_da(day: dt.date | None) -> str:
    """`2020-09-15` → `15. september 2020`; "" for no date."""
    if day is None:
        return ""
    return f"{day.day}. {_MONTHS[day.month - 1]} {day.year}"


def version_name(label: str) -> str:
    """`v2` → `version 2`, `final` → `endelig version`."""
    return "endelig version" if label == "final" else f"version {label.removeprefix('v')}"
