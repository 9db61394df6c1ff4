"""A written value as a message shows it, and why a date-shaped text is no date."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from susi_spec.problems import QUOTE_LIMIT, Text, excerpt

_DATE_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}")


def impossible_date(value: object) -> tuple[str, str] | tuple[()]:
    """Why a value written as a date YYYY-MM-DD is no date, in Danish and English."""
    if not isinstance(value, str) or not _DATE_SHAPE.fullmatch(value):
        return ()
    year, month, day = (int(part) for part in value.split("-"))
    if year < 1:
        return ("der er intet år 0", "there is no year 0")
    if not 1 <= month <= 12:
        return ("der er 12 måneder", "there are 12 months")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        return (f"måneden har {last} dage", f"the month has {last} days")
    return ()


def shown_value(value: object) -> Text:
    """A value as a message shows it: quoted and cut short, or said in words."""
    if value is None:
        return Text("tom", "empty")
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**20:
        # never quoted whole (nor turned into digits)
        return Text("et tal med over 20 cifre", "a number of over 20 digits")
    if isinstance(value, dict):
        return Text("felter (nøgle: værdi)", "fields (key: value)")
    if isinstance(value, list):
        return Text("en liste", "a list")
    if isinstance(value, bool):
        plain = "true" if value else "false"
    elif isinstance(value, dt.date):
        plain = value.isoformat()
    elif isinstance(value, int | float):
        plain = str(value)
    else:
        if isinstance(value, str) and len(value) > 4 * QUOTE_LIMIT:
            value = value[: 4 * QUOTE_LIMIT]  # repr of the whole would be cut anyway
        plain = excerpt(repr(value))
    return Text(plain, plain)
