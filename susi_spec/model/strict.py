"""The base of every block of the format (unknown keys are errors) and the version field."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic_core import PydanticCustomError


class Strict(BaseModel):
    """Base for every block: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


Version = Annotated[
    int | Literal["final"],
    Field(
        title="Version",
        description="0, 1, 2, ... eller final. v0 fra screeningen, v1 den første fulde "
        "beskrivelse, v2 efter første metodeseminar, v3 efter midtvejsevalueringen, final "
        "efter pilotafprøvningen.",
    ),
]


# SUSI's scheme has v0-v3 and final; a bound keeps every later stage (sorting beside
# `final`, labels, file names, the site's addresses) safe from a 5,000-digit number.
MAX_VERSION = 999


def check_version(value: object) -> object:
    """Accept a whole number from 0 to MAX_VERSION or `final`; anything else gets one message."""
    if value == "final" or (
        isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_VERSION
    ):
        return value
    raise PydanticCustomError(
        "version",
        "version must be a whole number (0, 1, 2, ...) or final",
    )
