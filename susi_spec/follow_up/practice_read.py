"""Read a filled-in practice profile back: the xlsx and the CSV that `susi export` made.

A row per core element, numbered `1`, `2`, ... in column A, with the place's Vurdering
(Forventet / Under udvikling / Uacceptabel, in Danish or English) and a note; the key sheet
gives each number's core element id. The reading itself, and what it refuses, is `filled`'s.
"""

from __future__ import annotations

from pathlib import Path
from typing import get_args

from susi_spec.export.practice_profile_xlsx import ASSESSMENT_COLUMN, KEY_FORMAT
from susi_spec.export.words import PROFILE_CHOICES
from susi_spec.follow_up.filled import Filled, Kind, read_filled
from susi_spec.model.results import PracticeLevel

PRACTICE = Kind(
    key_format=KEY_FORMAT,
    export_format="practice-profile-xlsx",
    a=("en praksisprofil", "a practice profile"),
    the=("praksisprofilen", "the practice profile"),
    row=("kerneelement", "core element"),
    column=("vurdering", "assessment"),
    choices=PROFILE_CHOICES,
    values=get_args(PracticeLevel),
    value_column=ASSESSMENT_COLUMN,
    csv_ids=("element",),
    csv_number=("number",),
    csv_columns={
        "value": ("vurdering", "assessment"),
        "note": ("note",),
        "spec": ("indsats", "intervention"),
        "version": ("version",),
        "element": ("kerneelement-id", "core element id"),
        "number": ("nr.", "no."),
    },
)


def read_profile(path: Path) -> Filled:
    """A filled-in practice profile, xlsx or CSV; an entry's ids are (core element,)."""
    return read_filled(path, PRACTICE)
