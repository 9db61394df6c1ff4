"""What the xlsx exports share: a title block, a styled and frozen header row, drop-downs,
print setup, the hidden key sheet, and byte-for-byte repeatable files.

A sheet is laid out as: title, facts (intervention, version, source), fields to fill in
(municipality, date, filled in by), a how-to line, a blank row, then the table. The header
row is frozen and repeated on every printed page; pages are landscape and one page wide.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from os import PathLike
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from susi_spec.export.origin import Origin
from susi_spec.export.words import Pair, pick
from susi_spec.model import Spec

_THIN = Side(style="thin", color="A6A6A6")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")


def _named_styles() -> list[NamedStyle]:
    """The cell styles of the exports, by role. Named styles, not one font, fill and border
    per cell: setting those one by one was most of the time of making a workbook, and Excel
    lists named styles (Home → Cell Styles) for a user who adds rows."""

    def style(name: str, **parts: Any) -> NamedStyle:
        defaults = {"font": _font(), "border": _BOX, "alignment": _WRAP}
        return NamedStyle(f"Susi {name}", **{**defaults, **parts})

    return [
        style("titel", font=_font(bold=True, size=14), border=Border(), alignment=Alignment()),
        style("etiket", font=_font(bold=True), border=Border(), alignment=Alignment()),
        style("note", font=_font(italic=True), border=Border()),
        style("tekst", border=Border(), alignment=Alignment()),
        style("overskrift", font=_font(bold=True, color="FFFFFF"), fill=_fill("1F4E79")),
        style("gruppe", font=_font(bold=True), fill=_fill("DDEBF7")),
        style("celle"),
        style("fed celle", font=_font(bold=True)),
        style("udfyldes", fill=_fill("FFF9E5")),
        style("mangler", font=_font(italic=True, color="9C2A00"), fill=_fill("FCE4D6")),
    ]


def _font(size: float = 11, **parts: Any) -> Font:
    """The workbook's own font (a named style without one falls back to a serif)."""
    return Font(name="Calibri", size=size, **parts)


def _fill(color: str) -> PatternFill:
    return PatternFill("solid", fgColor=color)


_FACTS = (("Indsats", "Intervention"), ("Version", "Version"), ("Kilde", "Source"))
_FILL_IN = (("Kommune", "Municipality"), ("Dato", "Date"), ("Udfyldt af", "Filled in by"))
_PAGE = ("Side &P af &N", "Page &P of &N")
# Zip entries get this date instead of the clock's, so one spec gives the same bytes twice.
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
StrPath = str | PathLike[str]


@dataclass(frozen=True)
class Column:
    """A table column: its heading and its width in characters."""

    heading: str
    width: float


def new_sheet(name: Pair, lang: str) -> tuple[Workbook, Worksheet]:
    """A workbook with one sheet named in the export's language."""
    workbook = Workbook()
    for style in _named_styles():
        workbook.add_named_style(style)
    sheet = workbook.active
    assert sheet is not None
    sheet.title = pick(name, lang)
    return workbook, sheet


def put(
    sheet: Worksheet, row: int, column: int, value: str | int | None, style: str = "tekst"
) -> Cell:
    """Write a value as it reads (text is text, even when it starts with `=`) in the named
    style for its role: titel, etiket, note, tekst, overskrift, gruppe, celle, fed celle,
    udfyldes or mangler."""
    cell = sheet.cell(
        row=row, column=column, value=clean(value) if isinstance(value, str) else value
    )
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl takes "=..." for a formula
    cell.style = f"Susi {style}"
    return cell


def clean(text: str) -> str:
    """Text without the control characters XML cannot hold (YAML can: "\\a")."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def title_block(
    sheet: Worksheet, title: str, spec: Spec, origin: Origin, how_to: str, lang: str, span: int
) -> int:
    """Write the title, facts, fill-in fields and how-to line; return the header row number."""
    put(sheet, 1, 1, title, "titel")
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=span)
    source = origin.where(lang) + (f", {origin.path}" if origin.path else "")
    facts = (f"{spec.title} ({spec.id})", origin.describe(lang), source)
    row = 2
    for label, value in zip(_FACTS, facts, strict=True):
        put(sheet, row, 1, pick(label, lang), "etiket")
        put(sheet, row, 2, value)
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=span)
        row += 1
    for label in _FILL_IN:
        put(sheet, row, 1, pick(label, lang), "etiket")
        for column in range(2, span + 1):
            put(sheet, row, column, None, "udfyldes")
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=span)
        row += 1
    put(sheet, row, 1, how_to, "note")
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=span)
    sheet.row_dimensions[row].height = 32  # merged cells never grow to fit their text
    return row + 2


def header_row(sheet: Worksheet, row: int, columns: Sequence[Column]) -> None:
    """Style the table's header row, set the column widths, freeze the panes below it."""
    for index, column in enumerate(columns, 1):
        cell = put(sheet, row, index, column.heading, "overskrift")
        sheet.column_dimensions[cell.column_letter].width = column.width
    fit_height(sheet, row, columns)
    sheet.freeze_panes = sheet.cell(row=row + 1, column=1).coordinate
    sheet.print_title_rows = f"{row}:{row}"


def fit_height(sheet: Worksheet, row: int, columns: Sequence[Column]) -> None:
    """Make a row tall enough for its wrapped text: Excel and LibreOffice do not grow a
    row written by a program, so long cells would be cut off. An estimate: a column holds
    about its width in characters per line; a line is 15 points."""
    lines = 1
    for index, column in enumerate(columns, 1):
        value = sheet.cell(row=row, column=index).value
        if isinstance(value, str):
            per_line = max(1, int(column.width) - 1)
            count = sum(-(-max(1, len(part)) // per_line) for part in value.split("\n"))
            lines = max(lines, count)
    sheet.row_dimensions[row].height = 15 * lines + 3


def choice_list(sheet: Worksheet, choices: Sequence[str], lang: str) -> DataValidation:
    """A drop-down of `choices` for the cells added to it; anything else is refused."""
    validation = DataValidation(
        type="list",
        formula1='"' + ",".join(choices) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Ugyldig værdi" if lang != "en" else "Invalid value",
        error=("Vælg en af: " if lang != "en" else "Choose one of: ") + ", ".join(choices),
    )
    sheet.add_data_validation(validation)
    return validation


KEY_SHEET = "susi"
# The key sheet's facts, one a row (name in A, value in B), then a header and a row per
# table row: its row in the sheet, its number (column A), and the ids it stands for.
KEY_FACTS = ("format", "spec", "version", "status", "commit", "sheet")


def key_sheet(
    workbook: Workbook,
    key_format: str,
    spec: Spec,
    origin: Origin,
    sheet: str,
    header: Sequence[str],
    rows: Sequence[Sequence[str | int]],
) -> None:
    """The hidden sheet that says which spec, version and rows a workbook to fill in holds,
    so that `susi import` reads it back and refuses one of another spec or version."""
    key = workbook.create_sheet(KEY_SHEET)
    facts = (key_format, spec.id, origin.version, origin.status, origin.commit or "", sheet)
    for row, (name, value) in enumerate(zip(KEY_FACTS, facts, strict=True), 1):
        put(key, row, 1, name)
        put(key, row, 2, value)
    first = len(KEY_FACTS) + 2
    for column, name in enumerate(header, 1):
        put(key, first, column, name)
    for row, values in enumerate(rows, first + 1):
        for column, item in enumerate(values, 1):
            put(key, row, column, item)
    key.sheet_state = "hidden"


def print_setup(sheet: Worksheet, footer: str, lang: str) -> None:
    """Landscape A4, one page wide, the title and page numbers in the footer."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as needed
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[union-attr]
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    odd = sheet.oddFooter
    assert odd is not None
    odd.left.text = clean(footer).replace("&", "&&")  # & starts a footer code
    odd.center.text = pick(_PAGE, lang)


def to_bytes(workbook: Workbook, title: str, origin: Origin) -> bytes:
    """The workbook as .xlsx bytes, the same for the same content (no clock in the file):
    dated by the release, or by the zip entries' fixed date for a version not released."""
    stamp = dt.datetime(*_ZIP_DATE)
    if origin.released is not None:
        stamp = dt.datetime.combine(origin.released, dt.time())
    workbook.properties.title = clean(title)
    workbook.properties.creator = "susi-spec"
    workbook.properties.created = workbook.properties.modified = stamp
    buffer = io.BytesIO()
    with _FixedDateZip(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).write_data()
    return buffer.getvalue()


class _FixedDateZip(zipfile.ZipFile):
    """A zip whose entries carry a fixed date: openpyxl would stamp the clock's time, or a
    worksheet's temporary file's time."""

    def write(
        self,
        filename: StrPath,
        arcname: StrPath | None = None,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        with open(filename, "rb") as stream:
            data = stream.read()
        self.writestr(str(arcname or filename), data, compress_type, compresslevel)

    def writestr(
        self,
        zinfo_or_arcname: str | zipfile.ZipInfo,
        data: Any,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        if isinstance(zinfo_or_arcname, str):
            zinfo_or_arcname = zipfile.ZipInfo(zinfo_or_arcname, date_time=_ZIP_DATE)
            zinfo_or_arcname.compress_type = zipfile.ZIP_DEFLATED
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)
