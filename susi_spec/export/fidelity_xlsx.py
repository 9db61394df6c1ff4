"""`fidelity-xlsx`: the monitoring checklist municipalities fill in to follow up on fidelity.

One group per core element (a shaded row with its title and level), one row per fidelity
criterion under it with a Status drop-down (Udført / Delvist / Ikke udført) and a Note; a
core element without criteria gets a row that says so. The criterion rows are an outline
level under their group, so Excel and LibreOffice can fold them. Counts of each status
follow the table.

A hidden sheet, `susi`, says what the workbook holds (spec, version, commit, and each
criterion row's core element and criterion id), so that `susi import fidelity` can read
the filled-in checklist back and refuse one of another spec or version.
"""

from __future__ import annotations

from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import Outline
from openpyxl.worksheet.worksheet import Worksheet

from susi_spec.export import xlsx
from susi_spec.export.fidelity import (
    CRITERION,
    HOW_TO,
    LEVEL_HEADING,
    NOTE,
    NUMBER,
    TITLE,
    Group,
    checklist,
    status_heading,
)
from susi_spec.export.origin import Origin
from susi_spec.export.words import STATUS_CHOICES, choices, pick
from susi_spec.model import Spec

STATUS_COLUMN = 3
_SUMMARY = ("Opsummering", "Summary")


def render(spec: Spec, origin: Origin, lang: str) -> bytes:
    title = f"{pick(TITLE, lang)}: {spec.title}"
    workbook, sheet = xlsx.new_sheet(TITLE, lang)
    columns = [
        xlsx.Column(pick(NUMBER, lang), 13),
        xlsx.Column(pick(CRITERION, lang), 70),
        xlsx.Column(status_heading(lang), 18),
        xlsx.Column(pick(NOTE, lang), 45),
    ]
    # A criterion measuring an activity held to another level says so in a column of its
    # own, right of the note (the import reads columns A-D); a plain checklist has none.
    finer = any(group.finer for group in checklist(spec))
    if finer:
        columns.append(xlsx.Column(pick(LEVEL_HEADING, lang), 16))
    header = xlsx.title_block(
        sheet, title, spec, origin, pick(HOW_TO, lang), lang, span=len(columns)
    )
    xlsx.header_row(sheet, header, columns)
    statuses = choices(STATUS_CHOICES, lang)
    validation = xlsx.choice_list(sheet, statuses, lang)
    row = header + 1
    first = row
    for group in checklist(spec):
        row = _group(sheet, row, group, validation, lang, finer)
    for filled in range(first, row):
        xlsx.fit_height(sheet, filled, columns)
    sheet.sheet_properties.outlinePr = Outline(summaryBelow=False)  # the group row is above
    _summary(sheet, row + 1, first, row - 1, statuses, lang)
    xlsx.print_setup(sheet, f"{spec.title}, {origin.describe(lang)}", lang)
    xlsx.key_sheet(
        workbook, KEY_FORMAT, spec, origin, sheet.title, KEY_HEADER, _key_rows(spec, first)
    )
    return xlsx.to_bytes(workbook, title, origin)


KEY_FORMAT = "susi-fidelity/1"
KEY_HEADER = ("row", "number", "core_element", "criterion")


def _key_rows(spec: Spec, first: int) -> list[tuple[str | int, ...]]:
    """Each criterion's row in the checklist, its number and its ids, for the key sheet."""
    rows: list[tuple[str | int, ...]] = []
    checklist_row = first
    for group in checklist(spec):
        checklist_row += 1  # the group's own row
        for number, criterion in enumerate(group.element.criteria, 1):
            rows.append((checklist_row, f"{group.number}.{number}", group.element.id, criterion.id))
            checklist_row += 1
        checklist_row += 0 if group.criteria else 1  # the row saying there are none
    return rows


def _group(
    sheet: Worksheet, row: int, group: Group, validation: DataValidation, lang: str, finer: bool
) -> int:
    """Write one core element's header row and its criteria; return the next free row."""
    xlsx.put(sheet, row, 1, str(group.number), "gruppe")
    xlsx.put(sheet, row, 2, group.title(lang), "gruppe")
    for column in range(STATUS_COLUMN, STATUS_COLUMN + (3 if finer else 2)):
        xlsx.put(sheet, row, column, None, "gruppe")
    row += 1
    if not group.criteria:
        xlsx.put(sheet, row, 1, f"{group.number}.–", "celle")
        xlsx.put(sheet, row, 2, group.none_text(lang), "mangler")
        for column in (STATUS_COLUMN, STATUS_COLUMN + 1):
            xlsx.put(sheet, row, column, None, "celle")
        sheet.row_dimensions[row].outlineLevel = 1
        return row + 1
    for number, criterion in enumerate(group.element.criteria, 1):
        xlsx.put(sheet, row, 1, f"{group.number}.{number}", "celle")
        xlsx.put(sheet, row, 2, criterion.text, "celle")
        for column in (STATUS_COLUMN, STATUS_COLUMN + 1):
            xlsx.put(sheet, row, column, None, "udfyldes")
        if finer:
            xlsx.put(sheet, row, STATUS_COLUMN + 2, group.criterion_level(criterion, lang), "celle")
        validation.add(sheet.cell(row=row, column=STATUS_COLUMN))
        sheet.row_dimensions[row].outlineLevel = 1  # folds under its group
        row += 1
    return row


def _summary(
    sheet: Worksheet, row: int, first: int, last: int, statuses: list[str], lang: str
) -> None:
    """How many criteria have each status: COUNTIF formulas that follow what is filled in."""
    xlsx.put(sheet, row, 2, pick(_SUMMARY, lang), "etiket")
    for offset, status in enumerate(statuses, 1):
        xlsx.put(sheet, row + offset, 2, status)
        target = f"C{first}:C{max(first, last)}"
        sheet.cell(row=row + offset, column=STATUS_COLUMN, value=f'=COUNTIF({target},"{status}")')
