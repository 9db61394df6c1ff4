"""`practice-profile-xlsx`: the practice profile, one row per core element (NIRN style).

Columns: the core element's number, title and level, then expected, developmental and
unacceptable practice as the spec describes them, then an assessment drop-down and a note
for self-assessment and supervision. What the spec does not describe reads "Mangler".

A hidden sheet, `susi`, says which spec, version and core elements the workbook holds
(as the fidelity checklist's does), so that `susi import practice-profile` reads the
filled-in profile back as a place's follow-up.
"""

from __future__ import annotations

from susi_spec.export import xlsx
from susi_spec.export.fidelity import ELEMENT, LEVEL_HEADING, NOTE, NUMBER
from susi_spec.export.origin import Origin
from susi_spec.export.practice_profile import (
    ASSESSMENT,
    HOW_TO,
    TITLE,
    practice_headings,
    profile_level,
    profile_rows,
    profile_texts,
)
from susi_spec.export.words import MISSING, PROFILE_CHOICES, choices, pick
from susi_spec.model import Spec

ASSESSMENT_COLUMN = 7
KEY_FORMAT = "susi-practice-profile/1"
KEY_HEADER = ("row", "number", "core_element")


def render(spec: Spec, origin: Origin, lang: str) -> bytes:
    title = f"{pick(TITLE, lang)}: {spec.title}"
    workbook, sheet = xlsx.new_sheet(TITLE, lang)
    columns = [
        xlsx.Column(pick(NUMBER, lang), 6),
        xlsx.Column(pick(ELEMENT, lang), 28),
        xlsx.Column(pick(LEVEL_HEADING, lang), 14),
        *(xlsx.Column(heading, 40) for heading in practice_headings(lang)),
        xlsx.Column(pick(ASSESSMENT, lang), 18),
        xlsx.Column(pick(NOTE, lang), 35),
    ]
    header = xlsx.title_block(
        sheet, title, spec, origin, pick(HOW_TO, lang), lang, span=len(columns)
    )
    xlsx.header_row(sheet, header, columns)
    validation = xlsx.choice_list(sheet, choices(PROFILE_CHOICES, lang), lang)
    missing = pick(MISSING, lang)
    keys: list[tuple[str | int, ...]] = []
    for row, (number, element) in enumerate(profile_rows(spec), header + 1):
        xlsx.put(sheet, row, 1, number, "celle")
        xlsx.put(sheet, row, 2, element.title, "fed celle")
        xlsx.put(sheet, row, 3, profile_level(element, lang), "celle")
        for column, text in enumerate(profile_texts(element), 4):
            xlsx.put(sheet, row, column, text or missing, "celle" if text else "mangler")
        for column in (ASSESSMENT_COLUMN, ASSESSMENT_COLUMN + 1):
            xlsx.put(sheet, row, column, None, "udfyldes")
        validation.add(sheet.cell(row=row, column=ASSESSMENT_COLUMN))
        xlsx.fit_height(sheet, row, columns)
        keys.append((row, number, element.id))
    xlsx.print_setup(sheet, f"{spec.title}, {origin.describe(lang)}", lang)
    xlsx.key_sheet(workbook, KEY_FORMAT, spec, origin, sheet.title, KEY_HEADER, keys)
    return xlsx.to_bytes(workbook, title, origin)
