"""Read a filled-in fidelity checklist back: the xlsx and the CSV that `susi export` made.

A row per fidelity criterion, numbered `1.2` in column A, with its Status (Udført / Delvist /
Ikke udført, in Danish or English) and a note; the key sheet gives each number's core
element and criterion id. The reading itself, and what it refuses, is `filled`'s.
"""

from __future__ import annotations

from pathlib import Path
from typing import get_args

from susi_spec.export.fidelity_xlsx import KEY_FORMAT, STATUS_COLUMN
from susi_spec.export.words import STATUS_CHOICES
from susi_spec.follow_up.filled import Filled, Kind, read_filled
from susi_spec.model.results import FidelityStatus

FIDELITY = Kind(
    key_format=KEY_FORMAT,
    export_format="fidelity-xlsx",
    a=("en troskabstjekliste", "a fidelity checklist"),
    the=("tjeklisten", "the checklist"),
    row=("kriterium", "criterion"),
    column=("status", "status"),
    choices=STATUS_CHOICES,
    values=get_args(FidelityStatus),
    value_column=STATUS_COLUMN,
    csv_ids=("element", "criterion"),
    csv_number=("element", "number"),
    csv_columns={
        "value": ("status",),
        "note": ("note",),
        "spec": ("indsats", "intervention"),
        "version": ("version",),
        "element": ("kerneelement-id", "core element id"),
        "criterion": ("kriterium-id", "criterion id"),
        "number": ("nr.", "no."),
    },
)

Checklist = Filled  # a filled-in fidelity checklist: an entry's ids are (core element, criterion)


def read_checklist(path: Path) -> Checklist:
    """A filled-in checklist, xlsx or CSV."""
    return read_filled(path, FIDELITY)
