"""Cells a person filled in, read without trusting them: text, numbers and dates as Excel
and LibreOffice save them, formulas and merged cells found, personal data named by cell,
and CSV files as Excel saves them again.

Shared by every reader of a filled-in workbook or CSV file (`fidelity_read`,
`practice_read`, `readiness_import`), so they refuse the same things in the same words.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openpyxl.utils.cell import get_column_letter, range_boundaries

from susi_spec.checks.rules.no_personal_data import find_personal_data, hidden
from susi_spec.export.words import Pair
from susi_spec.follow_up.safe_xlsx import MAX_FILE_BYTES, rows
from susi_spec.follow_up.sheet_problems import Refused, SheetProblem
from susi_spec.problems import Text

MAX_NOTE = 2000


def text(value: Any) -> str:
    if value is None:
        return ""
    return str(value).strip()


def number(value: Any) -> str:
    """A row number as the export wrote it (`2.3`), also when a program made it a number."""
    if isinstance(value, float):
        return f"{value:g}"
    return text(value)


def choice_map(pairs: tuple[Pair, ...], values: tuple[str, ...]) -> dict[str, str]:
    """A drop-down's words (either language, lower case) -> the value the file writes."""
    found: dict[str, str] = {}
    for (da, en), value in zip(pairs, values, strict=True):
        found[da.lower()] = found[en.lower()] = value
    return found


def choose(choices: dict[str, str], value: str) -> str | None:
    """The value of a word from a drop-down, case and spacing aside; None for another word."""
    return choices.get(" ".join(value.split()).lower())


_DMY = re.compile(r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$")


def day(value: Any) -> dt.date | None:
    """A date cell, or text written 2021-03-01, 1-3-2021 or 1.3.2021."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    written = text(value)
    try:
        return dt.date.fromisoformat(written)
    except ValueError:
        pass
    match = _DMY.match(written)
    if match:
        try:
            return dt.date(int(match[3]), int(match[2]), int(match[1]))
        except ValueError:
            return None
    return None


def not_a_date(where: str, value: Any) -> SheetProblem:
    return SheetProblem(
        where,
        Text(
            f"'{text(value)[:40]}' er ikke en dato. Skriv datoen som 2021-03-01 eller "
            "1-3-2021, eller angiv --date.",
            f"'{text(value)[:40]}' is not a date. Write it as 2021-03-01 or 1-3-2021, or "
            "give --date.",
        ),
    )


def merged_cells(ranges: list[str]) -> set[tuple[int, int]]:
    """(column, row) of every cell in the merged `ranges` of a sheet."""
    cells = set()
    for ref in ranges:
        bounds = range_boundaries(ref)
        low_col, low_row, high_col, high_row = (int(bound or 0) for bound in bounds)
        if (high_row - low_row + 1) * (high_col - low_col + 1) > 10_000:
            continue  # a title row merged across: far from the rows read
        for row in range(low_row, high_row + 1):
            for column in range(low_col, high_col + 1):
                cells.add((column, row))
    return cells


def merged(where: str) -> SheetProblem:
    return SheetProblem(
        where,
        Text(
            "Cellen er flettet med en anden, så de to kan ikke skilles ad. Ophæv fletningen "
            "(Flet og centrer), og udfyld cellerne hver for sig.",
            "The cell is merged with another, so the two cannot be told apart. Unmerge the "
            "cells (Merge & Center) and fill them in one by one.",
        ),
    )


def formula(where: str) -> SheetProblem:
    return SheetProblem(
        where,
        Text(
            "Cellen har en formel; susi læser kun det, der er skrevet. Skriv værdien i stedet "
            "for formlen (kopiér, og indsæt som værdi).",
            "The cell holds a formula; susi reads only what is written. Write the value instead "
            "of the formula (copy, and paste as value).",
        ),
    )


def personal_data(sheet: Any) -> list[SheetProblem]:
    """Personal data in any text cell of a visible or hidden sheet, one problem per cell."""
    problems = []
    for row, cells in rows(sheet):
        for cell in cells:
            if isinstance(cell.value, str | int) and not isinstance(cell.value, bool):
                where = f"{sheet.title}!{get_column_letter(cell.column)}{row}"
                problems.extend(_personal(where, str(cell.value)))
    return problems


def personal_data_in(cells: list[str], line: int) -> list[SheetProblem]:
    """Personal data in a CSV row's cells, one problem per cell."""
    problems = []
    for index, value in enumerate(cells):
        problems.extend(_personal(f"linje {line}, kolonne {index + 1}", value))
    return problems


def _personal(where: str, value: str) -> list[SheetProblem]:
    for hit in find_personal_data(value):
        da, en = hit.what()
        return [
            SheetProblem(
                where,
                Text(
                    f"Her står {da} ('{hidden(hit.text)}'). Filen udgives: fjern det, og skriv "
                    "en funktion i stedet for en person.",
                    f"This is {en} ('{hidden(hit.text)}'). The file is published: remove it, "
                    "and write a role instead of a person.",
                ),
            )
        ]
    return []


def csv_rows(path: Path) -> Iterator[list[str]]:
    """The rows of a CSV file as Excel saves it: UTF-8 with or without BOM (else the Windows
    code page), `;` or `,` as the header line shows; Refused when it is too large."""
    data = path.read_bytes()
    if len(data) > MAX_FILE_BYTES:
        raise Refused(
            Text(
                f"Filen fylder over {MAX_FILE_BYTES // 1024 // 1024} MB, langt mere end en "
                "udfyldt tabel fra susi export. Eksportér den igen, og udfyld den.",
                f"The file is over {MAX_FILE_BYTES // 1024 // 1024} MB, far more than a "
                "filled-in table from susi export. Export it again and fill it in.",
            )
        )
    try:
        decoded = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        decoded = data.decode("cp1252", "replace")  # Excel's "CSV" without UTF-8
    first = decoded.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    return csv.reader(io.StringIO(decoded), delimiter=delimiter)
