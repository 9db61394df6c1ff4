"""`fidelity-xlsx`: the monitoring checklist municipalities fill in to follow up on fidelity.

One group per core element (a shaded row with its title and level), one row per fidelity
criterion under it with a Status drop-down (Udført / Delvist / Ikke udført) and a Note; a
core element without criteria gets a row that says so. The criterion rows are an outline
level under their group, so Excel and LibreOffice can fold them. Counts of each status
follow the table.
"""

from __future__ import annotations

from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import Outline
from openpyxl.worksheet.worksheet import Worksheet

from susi_spec.export import xlsx
from susi_spec.export.fidelity import (
    CRITERION,
    HOW_TO,
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
    header = xlsx.title_block(
        sheet, title, spec, origin, pick(HOW_TO, lang), lang, span=len(columns)
    )
    xlsx.header_row(sheet, header, columns)
    statuses = choices(STATUS_CHOICES, lang)
    validation = xlsx.choice_list(sheet, statuses, lang)
    row = header + 1
    first = row
    for group in checklist(spec):
        row = _group(sheet, row, group, validation, lang)
    for filled in range(first, row):
        xlsx.fit_height(sheet, filled, columns)
    sheet.sheet_properties.outlinePr = Outline(summaryBelow=False)  # the group row is above
    _summary(sheet, row + 1, first, row - 1, statuses, lang)
    xlsx.print_setup(sheet, f"{spec.title}, {origin.describe(lang)}", lang)
    return xlsx.to_bytes(workbook, title, origin)


def _group(sheet: Worksheet, row: int, group: Group, validation: DataValidation, lang: str) -> int:
    """Write one core element's header row and its criteria; return the next free row."""
    for column in range(1, 5):
        cell = sheet.cell(row=row, column=column)
        cell.fill, cell.border = xlsx.GROUP_FILL, xlsx.BOX
    head = xlsx.put(sheet, row, 1, str(group.number))
    head.font, head.alignment = Font(bold=True), xlsx.WRAP
    heading = xlsx.put(sheet, row, 2, group.title(lang))
    heading.font, heading.alignment = Font(bold=True), xlsx.WRAP
    row += 1
    if not group.criteria:
        xlsx.put(sheet, row, 1, f"{group.number}.–")
        none = xlsx.put(sheet, row, 2, group.none_text(lang))
        none.font, none.fill = xlsx.MISSING_FONT, xlsx.MISSING_FILL
        _outline(sheet, row)
        return row + 1
    for number, text in enumerate(group.criteria, 1):
        xlsx.put(sheet, row, 1, f"{group.number}.{number}")
        xlsx.put(sheet, row, 2, text)
        for column in (STATUS_COLUMN, STATUS_COLUMN + 1):
            sheet.cell(row=row, column=column).fill = xlsx.INPUT_FILL
        validation.add(sheet.cell(row=row, column=STATUS_COLUMN))
        _outline(sheet, row)
        row += 1
    return row


def _outline(sheet: Worksheet, row: int) -> None:
    """Put a row one outline level under its group, and box its cells."""
    sheet.row_dimensions[row].outlineLevel = 1
    for column in range(1, 5):
        cell = sheet.cell(row=row, column=column)
        cell.border, cell.alignment = xlsx.BOX, xlsx.WRAP


def _summary(
    sheet: Worksheet, row: int, first: int, last: int, statuses: list[str], lang: str
) -> None:
    """How many criteria have each status: COUNTIF formulas that follow what is filled in."""
    xlsx.put(sheet, row, 2, pick(_SUMMARY, lang)).font = Font(bold=True)
    for offset, status in enumerate(statuses, 1):
        xlsx.put(sheet, row + offset, 2, status)
        target = f"C{first}:C{max(first, last)}"
        sheet.cell(row=row + offset, column=STATUS_COLUMN, value=f'=COUNTIF({target},"{status}")')
