"""`practice-profile-xlsx`: the practice profile, one row per core element (NIRN style).

Columns: the core element and its level, then expected, developmental and unacceptable
practice as the spec describes them, then an assessment drop-down and a note for
self-assessment and supervision. What the spec does not describe reads "Mangler".
"""

from __future__ import annotations

from susi_spec.export import xlsx
from susi_spec.export.origin import Origin
from susi_spec.export.words import (
    MISSING,
    PROFILE_CHOICES,
    PROFILE_COLUMNS,
    choices,
    pick,
)
from susi_spec.model import Spec
from susi_spec.model.levels import level_phrase

TITLE = ("Praksisprofil", "Practice profile")
_HEADINGS = (
    (("Kerneelement", "Core element"), 28),
    (("Niveau", "Level"), 14),
    *((PROFILE_COLUMNS[key], 40) for key in ("expected", "developmental", "unacceptable")),
    (("Vurdering", "Assessment"), 18),
    (("Note", "Note"), 35),
)
_HOW_TO = (
    "For hvert kerneelement: hvordan praksis ser ud, når den er som forventet, under udvikling "
    "eller uacceptabel. Brug profilen til selvevaluering, supervision og sparring, og vælg i "
    "kolonnen Vurdering, hvor praksis er nu.",
    "For each core element: what practice looks like when it is as expected, developmental or "
    "unacceptable. Use the profile for self-assessment, supervision and coaching, and choose "
    "in the Assessment column where practice is now.",
)
ASSESSMENT_COLUMN = 6


def render(spec: Spec, origin: Origin, lang: str) -> bytes:
    title = f"{pick(TITLE, lang)}: {spec.title}"
    workbook, sheet = xlsx.new_sheet(TITLE, lang)
    columns = [xlsx.Column(pick(name, lang), width) for name, width in _HEADINGS]
    header = xlsx.title_block(
        sheet, title, spec, origin, pick(_HOW_TO, lang), lang, span=len(columns)
    )
    xlsx.header_row(sheet, header, columns)
    validation = xlsx.choice_list(sheet, choices(PROFILE_CHOICES, lang), lang)
    missing = pick(MISSING, lang)
    for row, element in enumerate(spec.core_elements, header + 1):
        profile = element.practice_profile
        texts = [
            getattr(profile, key) if profile is not None else None
            for key in ("expected", "developmental", "unacceptable")
        ]
        xlsx.put(sheet, row, 1, element.title, "fed celle")
        phrase = level_phrase(element, lang)  # "Princip, med én aktivitet som regel"
        xlsx.put(sheet, row, 2, phrase[:1].upper() + phrase[1:], "celle")
        for column, text in enumerate(texts, 3):
            xlsx.put(sheet, row, column, text or missing, "celle" if text else "mangler")
        for column in (ASSESSMENT_COLUMN, ASSESSMENT_COLUMN + 1):
            xlsx.put(sheet, row, column, None, "udfyldes")
        validation.add(sheet.cell(row=row, column=ASSESSMENT_COLUMN))
        xlsx.fit_height(sheet, row, columns)
    xlsx.print_setup(sheet, f"{spec.title}, {origin.describe(lang)}", lang)
    return xlsx.to_bytes(workbook, title, origin)
