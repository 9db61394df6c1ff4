"""Danish words for versions and dates, shared by the site (render/) and the exports
(export/): here, so that export/ need not import render/, which imports export/."""

from __future__ import annotations

import datetime as dt

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
