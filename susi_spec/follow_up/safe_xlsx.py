"""Open a workbook a person sends without trusting it: size limits before openpyxl sees it,
read-only streaming, no formulas evaluated, and merged cells found in the sheet's XML.

openpyxl reads in read-only mode (rows streamed, not all held) without `data_only`, so a
formula is seen as a formula and refused where a value is read, never taken for the value
Excel last cached. Before that the zip itself is checked: not a zip, too many entries, or
more bytes unpacked than a checklist ever holds (a zip bomb) is refused at once.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from susi_spec.follow_up.sheet_problems import Refused
from susi_spec.problems import Text

# A filled-in checklist is some 20 KB; these bounds leave room for any real one.
MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_ENTRIES = 500
MAX_RATIO = 200  # unpacked / packed per entry; XML packs ~10x, a bomb ~1000x
MAX_ROWS = 5000
MAX_COLUMNS = 12

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+\d+(?::[A-Z]+\d+)?)"')


@dataclass(frozen=True)
class Workbook:
    """An opened workbook: openpyxl's read-only book and each sheet's merged ranges."""

    book: Any  # openpyxl.Workbook in read-only mode
    merged: dict[str, list[str]]

    def close(self) -> None:
        self.book.close()


def open_workbook(path: Path) -> Workbook:
    """The workbook at `path`, or Refused saying why it cannot be read."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise Refused(
            Text(f"Filen kan ikke læses ({error.strerror}).", f"Cannot read ({error.strerror}).")
        ) from error
    if not path.is_file():
        raise Refused(Text("Det er ikke en almindelig fil.", "It is not a regular file."))
    if size > MAX_FILE_BYTES:
        raise Refused(
            Text(
                f"Filen fylder {size // 1024 // 1024} MB; en tjekliste fylder under "
                f"{MAX_FILE_BYTES // 1024 // 1024} MB. Eksportér tjeklisten igen og udfyld den.",
                f"The file is {size // 1024 // 1024} MB; a checklist is below "
                f"{MAX_FILE_BYTES // 1024 // 1024} MB. Export the checklist again and fill it in.",
            )
        )
    if not zipfile.is_zipfile(path):
        raise Refused(
            Text(
                "Filen er ikke en Excel-projektmappe (.xlsx). Gem den som .xlsx (ikke .xls, "
                ".ods eller .csv), eller brug CSV-tjeklisten.",
                "The file is not an Excel workbook (.xlsx). Save it as .xlsx (not .xls, .ods "
                "or .csv), or use the CSV checklist.",
            )
        )
    with zipfile.ZipFile(path) as archive:
        _check_zip(archive)
        merged = _merged_ranges(archive)
    import openpyxl  # ~80 ms: only when a workbook is read

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except Exception as error:  # openpyxl raises many kinds on a damaged file
        raise Refused(
            Text(
                f"Projektmappen kan ikke læses ({type(error).__name__}). Åbn og gem den igen i "
                "Excel eller LibreOffice, eller eksportér tjeklisten på ny.",
                f"The workbook cannot be read ({type(error).__name__}). Open and save it again "
                "in Excel or LibreOffice, or export the checklist again.",
            )
        ) from error
    names = _sheet_parts(book)
    return Workbook(book, {names.get(part, part): refs for part, refs in merged.items()})


def _check_zip(archive: zipfile.ZipFile) -> None:
    entries = archive.infolist()
    unpacked = sum(entry.file_size for entry in entries)
    bomb = any(
        entry.file_size > 1024 * 1024 and entry.file_size > MAX_RATIO * max(1, entry.compress_size)
        for entry in entries
    )
    if len(entries) > MAX_ENTRIES or unpacked > MAX_UNPACKED_BYTES or bomb:
        raise Refused(
            Text(
                f"Projektmappen pakker ud til {unpacked // 1024 // 1024} MB i {len(entries)} "
                "dele, langt mere end en tjekliste; den læses ikke. Eksportér tjeklisten igen.",
                f"The workbook unpacks to {unpacked // 1024 // 1024} MB in {len(entries)} "
                "parts, far more than a checklist; it is not read. Export the checklist again.",
            )
        )


def _merged_ranges(archive: zipfile.ZipFile) -> dict[str, list[str]]:
    """Each worksheet part's merged ranges (read-only openpyxl does not give them)."""
    found: dict[str, list[str]] = {}
    for entry in archive.infolist():
        if entry.filename.startswith("xl/worksheets/") and entry.filename.endswith(".xml"):
            data = archive.read(entry)
            found[entry.filename] = [m.decode() for m in _MERGE.findall(data)]
    return found


def _sheet_parts(book: Any) -> dict[str, str]:
    """Worksheet part -> sheet title."""
    parts: dict[str, str] = {}
    for sheet in book.worksheets:
        part = getattr(sheet, "_worksheet_path", None)
        if isinstance(part, str):
            parts[part.lstrip("/")] = sheet.title
    return parts


def rows(sheet: Any, columns: int = MAX_COLUMNS) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, cells) of a sheet, at most MAX_ROWS; Refused beyond (a huge sheet)."""
    for number, cells in enumerate(
        sheet.iter_rows(min_row=1, max_row=MAX_ROWS + 1, max_col=columns), 1
    ):
        if number > MAX_ROWS:
            if any(cell.value is not None for cell in cells):
                raise Refused(
                    Text(
                        f"Arket '{sheet.title}' har mere end {MAX_ROWS} rækker; en tjekliste har "
                        "langt færre. Slet de ekstra rækker, eller eksportér tjeklisten igen.",
                        f"The sheet '{sheet.title}' has more than {MAX_ROWS} rows; a checklist "
                        "has far fewer. Delete the extra rows, or export the checklist again.",
                    )
                )
            return
        yield number, tuple(cells)
