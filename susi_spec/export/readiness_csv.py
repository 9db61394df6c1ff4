"""`readiness-csv`: the readiness analysis as a form to fill in, one question per row.

The questions of `readiness-md` with their ids, and columns for the answer, who is
responsible (a role) and the status (Ikke begyndt / I gang / På plads); the last row is the
analysis's conclusion. `susi import readiness` reads the filled-in file back into the
place's follow-up. The dialect is the fidelity checklist's (`fidelity_csv`).
"""

from __future__ import annotations

import csv
import io

from susi_spec.export.fidelity_csv import BOM, safe
from susi_spec.export.origin import Origin
from susi_spec.export.readiness_questions import LEVELS, question_ids
from susi_spec.export.words import LEVELS_OF_IMPLEMENTATION, READINESS_CHOICES, Pair, pick
from susi_spec.model import Spec

CONCLUSION_ID = "conclusion"
COLUMNS: tuple[Pair, ...] = (
    ("Spørgsmål-id", "Question id"),
    ("Niveau", "Level"),
    ("Spørgsmål", "Question"),
    ("Svar", "Answer"),
    ("Ansvarlig (funktion)", "Responsible (role)"),
    ("Status", "Status"),
    ("Indsats", "Intervention"),
    ("Version", "Version"),
)
_PROCESS: Pair = ("Proces", "Process")
_CONCLUSION: Pair = ("Konklusion på parathedsanalysen", "Conclusion of the readiness analysis")


def render(spec: Spec, origin: Origin, lang: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    statuses = " / ".join(pick(choice, lang) for choice in READINESS_CHOICES.values())
    header = [pick(column, lang) for column in COLUMNS]
    header[5] = f"{header[5]} ({statuses})"
    writer.writerow(header)
    levels = {level.key: pick(LEVELS_OF_IMPLEMENTATION[level.key][0], lang) for level in LEVELS}
    for key, question in question_ids():
        level = levels.get(key.rsplit("-", 1)[0], pick(_PROCESS, lang))
        row = [key, level, pick(question, lang), "", "", "", spec.id, origin.version]
        writer.writerow(safe(cell) for cell in row)
    writer.writerow(
        [CONCLUSION_ID, "", pick(_CONCLUSION, lang), "", "", "", spec.id, origin.version]
    )
    return (BOM + out.getvalue()).encode("utf-8")
