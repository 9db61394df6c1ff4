"""Read a filled-in fidelity checklist back: the xlsx and the CSV that `susi export` made.

The workbook's hidden sheet (`susi`) names the spec, version and each criterion row's ids;
the CSV holds them in its last columns. Each criterion row gives a result (its Status, in
Danish or English) and a note; a row left empty is reported as not filled in, not guessed.
Everything that cannot be read is a problem naming its sheet and cell (or line and column):
a formula, a status that is none of the choices, a moved or edited criterion, a merged cell,
personal data anywhere in the file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils.cell import get_column_letter, range_boundaries

from susi_spec.checks.rules.no_personal_data import find_personal_data, hidden
from susi_spec.export.fidelity_xlsx import KEY_FACTS, KEY_FORMAT, KEY_SHEET, STATUS_COLUMN
from susi_spec.export.words import STATUS_CHOICES
from susi_spec.follow_up.safe_xlsx import MAX_FILE_BYTES, MAX_ROWS, open_workbook, rows
from susi_spec.follow_up.sheet_problems import Refused, SheetProblem
from susi_spec.model.results import FidelityStatus
from susi_spec.problems import Text

# Status as written in the drop-down (either language), case and spacing aside.
_STATUS: dict[str, FidelityStatus] = {}
for (da, en), value in zip(STATUS_CHOICES, ("done", "partly", "not_done"), strict=True):
    _STATUS[da.lower()] = _STATUS[en.lower()] = value  # type: ignore[assignment]
_CHOICES = " / ".join(da for da, _ in STATUS_CHOICES)
MAX_NOTE = 2000
_FILL_IN = {"kommune": "place", "municipality": "place", "dato": "date", "date": "date"}


@dataclass(frozen=True)
class Row:
    """One criterion's result as read."""

    core_element: str
    criterion: str
    number: str
    result: FidelityStatus
    note: str | None


@dataclass
class Checklist:
    """What a filled-in checklist says."""

    spec: str
    version: str
    results: list[Row] = field(default_factory=list)
    unfilled: list[str] = field(default_factory=list)  # criterion numbers left empty
    problems: list[SheetProblem] = field(default_factory=list)
    place: str | None = None  # as written in the Kommune field
    place_cell: str = ""  # where: `Troskabstjekliste!B5`
    day: dt.date | None = None  # the Dato field
    texts: dict[str, str] = field(default_factory=dict)  # number -> criterion text as read


def status_of(value: str) -> FidelityStatus | None:
    return _STATUS.get(" ".join(value.split()).lower())


def read_xlsx(path: Path) -> Checklist:
    """The checklist in a workbook from `susi export --format fidelity-xlsx`."""
    workbook = open_workbook(path)
    try:
        return _read_book(workbook.book, workbook.merged)
    finally:
        workbook.close()


def _read_book(book: Any, merged: dict[str, list[str]]) -> Checklist:
    if KEY_SHEET not in book.sheetnames:
        raise Refused(
            Text(
                "Projektmappen er ikke en troskabstjekliste fra susi export (arket 'susi' "
                "mangler). Eksportér tjeklisten med susi export --format fidelity-xlsx, eller "
                "hent den under Hent på indsatsens side, og udfyld den.",
                "The workbook is not a fidelity checklist from susi export (the sheet 'susi' is "
                "missing). Export it with susi export --format fidelity-xlsx, or download it "
                "under Download on the intervention's page, and fill it in.",
            )
        )
    facts, key_rows = _key(book[KEY_SHEET])
    if facts.get("format") != KEY_FORMAT:
        raise Refused(
            Text(
                f"Arket 'susi' har formatet '{facts.get('format')}', ikke {KEY_FORMAT}. "
                "Eksportér tjeklisten igen med denne version af susi.",
                f"The sheet 'susi' has the format '{facts.get('format')}', not {KEY_FORMAT}. "
                "Export the checklist again with this version of susi.",
            )
        )
    name = facts.get("sheet", "")
    if name not in book.sheetnames:
        raise Refused(
            Text(
                f"Arket '{name}' med tjeklisten findes ikke længere. Omdøb det tilbage, eller "
                "eksportér tjeklisten igen.",
                f"The sheet '{name}' with the checklist is gone. Rename it back, or export the "
                "checklist again.",
            )
        )
    found = Checklist(facts.get("spec", ""), facts.get("version", ""))
    for sheet in book.worksheets:
        if sheet.title != KEY_SHEET:
            found.problems += _personal_data(sheet)
    by_number = {number: ids for number, ids in key_rows}
    sheet = book[name]
    status_letter = get_column_letter(STATUS_COLUMN)
    merged_cells = _merged_cells(merged.get(name, []))
    for number, cells in rows(sheet, 4):
        values = [cell.value for cell in cells]
        label = _text(values[0]).lower().rstrip(":") if values else ""
        if label in _FILL_IN and number < 12:
            _fill_in(found, _FILL_IN[label], cells[1] if len(cells) > 1 else None, name)
            continue
        key = _number(values[0] if values else None)
        if key not in by_number:
            continue
        element, criterion = by_number.pop(key)
        status_cell, note_cell = cells[STATUS_COLUMN - 1], cells[STATUS_COLUMN]
        found.texts[key] = _text(values[1])
        for cell in (status_cell, note_cell):
            where = f"{name}!{get_column_letter(cell.column)}{number}"
            if (cell.column, number) in merged_cells:
                found.problems.append(_merged(where))
            if getattr(cell, "data_type", "") == "f":
                found.problems.append(_formula(where))
        if any(
            p.where.startswith(f"{name}!") and p.where.endswith(str(number)) for p in found.problems
        ):
            continue
        _result(found, key, element, criterion, status_cell.value, note_cell.value,
                f"{name}!{status_letter}{number}")  # fmt: skip
    for missing in by_number:
        found.problems.append(
            SheetProblem(
                name,
                Text(
                    f"Kriterium {missing} er ikke i arket: rækken er slettet, eller nummeret i "
                    "kolonne A er ændret. Sæt rækken ind igen, eller eksportér tjeklisten på ny.",
                    f"Criterion {missing} is not in the sheet: its row was deleted or its number "
                    "in column A changed. Put the row back, or export the checklist again.",
                ),
            )
        )
    return found


def _key(sheet: Any) -> tuple[dict[str, str], list[tuple[str, tuple[str, str]]]]:
    """The hidden sheet's facts and its rows: number -> (core element, criterion)."""
    facts: dict[str, str] = {}
    listed: list[tuple[str, tuple[str, str]]] = []
    for number, cells in rows(sheet, 4):
        values = [_text(cell.value) for cell in cells]
        if number <= len(KEY_FACTS) and values and values[0] in KEY_FACTS:
            facts[values[0]] = values[1] if len(values) > 1 else ""
        elif number > len(KEY_FACTS) + 2 and len(values) == 4 and all(values[1:]):
            listed.append((values[1], (values[2], values[3])))
    return facts, listed


def _fill_in(found: Checklist, what: str, cell: Any, sheet: str) -> None:
    value = None if cell is None else cell.value
    if value is None or (isinstance(value, str) and not value.strip()):
        return
    if what == "place":
        found.place, found.place_cell = _text(value), f"{sheet}!B{cell.row}"
        return
    day = _day(value)
    if day is None:
        found.problems.append(
            SheetProblem(
                f"{sheet}!B{cell.row}",
                Text(
                    f"'{_text(value)[:40]}' er ikke en dato. Skriv datoen som 2021-03-01 "
                    "eller 1-3-2021, eller angiv --date.",
                    f"'{_text(value)[:40]}' is not a date. Write it as 2021-03-01 or "
                    "1-3-2021, or give --date.",
                ),
            )
        )
    found.day = day


_DMY = re.compile(r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$")


def _day(value: Any) -> dt.date | None:
    """A date cell, or text written 2021-03-01, 1-3-2021 or 1.3.2021."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(value)
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    match = _DMY.match(text)
    if match:
        try:
            return dt.date(int(match[3]), int(match[2]), int(match[1]))
        except ValueError:
            return None
    return None


def _result(
    found: Checklist,
    number: str,
    element: str,
    criterion: str,
    status: Any,
    note: Any,
    where: str,
) -> None:
    if status is None or (isinstance(status, str) and not status.strip()):
        if note is not None and _text(note):
            found.problems.append(
                SheetProblem(
                    where,
                    Text(
                        f"Kriterium {number} har en note, men ingen status. Vælg {_CHOICES}.",
                        f"Criterion {number} has a note but no status. Choose Done, Partly or "
                        "Not done.",
                    ),
                )
            )
        else:
            found.unfilled.append(number)
        return
    value = status_of(status) if isinstance(status, str) else None
    if value is None:
        found.problems.append(
            SheetProblem(
                where,
                Text(
                    f"'{_text(status)[:40]}' er ikke en status. Vælg {_CHOICES} i rullelisten.",
                    f"'{_text(status)[:40]}' is not a status. Choose Done, Partly or Not done "
                    "from the drop-down.",
                ),
            )
        )
        return
    text = _text(note) if note is not None else ""
    if len(text) > MAX_NOTE:
        found.problems.append(
            SheetProblem(
                where,
                Text(
                    f"Noten til kriterium {number} har {len(text)} tegn; højst {MAX_NOTE}. "
                    "Skriv det vigtigste, og resten i opfølgningens brødtekst.",
                    f"The note on criterion {number} has {len(text)} characters; at most "
                    f"{MAX_NOTE}. Write the gist, and the rest in the follow-up's body text.",
                ),
            )
        )
        return
    found.results.append(Row(element, criterion, number, value, text or None))


def _personal_data(sheet: Any) -> list[SheetProblem]:
    """Personal data in any text cell of a visible or hidden sheet."""
    problems = []
    for number, cells in rows(sheet):
        for cell in cells:
            if isinstance(cell.value, str | int) and not isinstance(cell.value, bool):
                for hit in find_personal_data(str(cell.value)):
                    da, en = hit.what()
                    problems.append(
                        SheetProblem(
                            f"{sheet.title}!{get_column_letter(cell.column)}{number}",
                            Text(
                                f"Her står {da} ('{hidden(hit.text)}'). Resultaterne udgives: "
                                "fjern det, og skriv en funktion i stedet for en person.",
                                f"This is {en} ('{hidden(hit.text)}'). The results are "
                                "published: remove it, and write a role instead of a person.",
                            ),
                        )
                    )
                    break
    return problems


def _merged_cells(ranges: list[str]) -> set[tuple[int, int]]:
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


def _merged(where: str) -> SheetProblem:
    return SheetProblem(
        where,
        Text(
            "Cellen er flettet med en anden, så status og note kan ikke skilles ad. Ophæv "
            "fletningen (Flet og centrer), og udfyld cellerne hver for sig.",
            "The cell is merged with another, so status and note cannot be told apart. Unmerge "
            "the cells (Merge & Center) and fill them in one by one.",
        ),
    )


def _formula(where: str) -> SheetProblem:
    return SheetProblem(
        where,
        Text(
            "Cellen har en formel; susi læser kun det, der er skrevet. Skriv værdien i stedet "
            "for formlen (kopiér, og indsæt som værdi).",
            "The cell holds a formula; susi reads only what is written. Write the value instead "
            "of the formula (copy, and paste as value).",
        ),
    )


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(value).strip()


def _number(value: Any) -> str:
    """A criterion number as the export wrote it (`2.3`), also when a program made it a number."""
    if isinstance(value, float):
        return f"{value:g}"
    return _text(value)


# CSV: the export's columns, found by their headings in either language.
_CSV_COLUMNS = {
    "status": ("status",),
    "note": ("note",),
    "spec": ("indsats", "intervention"),
    "version": ("version",),
    "element": ("kerneelement-id", "core element id"),
    "criterion": ("kriterium-id", "criterion id"),
    "number": ("nr.", "no."),
}


def csv_rows(path: Path) -> Iterator[list[str]]:
    """The rows of a CSV file as Excel saves it: UTF-8 with or without BOM (else the Windows
    code page), `;` or `,` as the header line shows; Refused when it is too large."""
    data = path.read_bytes()
    if len(data) > MAX_FILE_BYTES:
        raise Refused(Text("Filen er for stor til en tjekliste.", "The file is too large."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", "replace")  # Excel's "CSV" without UTF-8
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    return csv.reader(io.StringIO(text), delimiter=delimiter)


def personal_data_in(cells: list[str], line: int) -> list[SheetProblem]:
    """Personal data in a CSV row's cells, one problem per cell."""
    problems = []
    for index, value in enumerate(cells):
        for hit in find_personal_data(value):
            da, en = hit.what()
            problems.append(
                SheetProblem(
                    f"linje {line}, kolonne {index + 1}",
                    Text(
                        f"Her står {da} ('{hidden(hit.text)}'). Filen udgives: fjern det.",
                        f"This is {en} ('{hidden(hit.text)}'). The file is published: remove it.",
                    ),
                )
            )
            break
    return problems


def read_csv(path: Path) -> Checklist:
    """The checklist in a CSV file from `susi export --format fidelity-csv`, as Excel saves it
    again (`;` or `,`, with or without the byte order mark)."""
    reader = csv_rows(path)
    header = [cell.strip().lower() for cell in next(reader, [])]
    columns = {}
    for name, headings in _CSV_COLUMNS.items():
        for index, heading in enumerate(header):
            if any(heading.startswith(h) for h in headings) and name not in columns:
                columns[name] = index
    if not {"status", "note", "spec", "version", "element", "criterion"} <= set(columns):
        raise Refused(
            Text(
                "CSV-filen har ikke tjeklistens kolonner (Status, Note, Indsats, Version, "
                "Kerneelement-id, Kriterium-id). Eksportér den med susi export --format "
                "fidelity-csv, og behold kolonnerne.",
                "The CSV file lacks the checklist's columns (Status, Note, Intervention, "
                "Version, Core element id, Criterion id). Export it with susi export --format "
                "fidelity-csv and keep the columns.",
            )
        )
    found: Checklist | None = None
    personal: list[SheetProblem] = []
    for line, cells in enumerate(reader, 2):
        if line > MAX_ROWS:
            raise Refused(Text("Filen har for mange linjer.", "The file has too many lines."))

        def cell(name: str, cells: list[str] = cells) -> str:
            index = columns[name]
            return cells[index].strip() if index < len(cells) else ""

        personal += personal_data_in(cells, line)
        if not cell("criterion"):
            continue  # a core element without criteria
        if found is None:
            found = Checklist(cell("spec").lstrip("'"), cell("version").lstrip("'"))
        number = f"{cell('element')} {cell('number')}"
        status = cell("status").lstrip("'")
        status_where = f"linje {line}, kolonne {columns['status'] + 1}"
        _result(found, number, cell("element"), cell("criterion"), status or None,
                cell("note").lstrip("'") or None, status_where)  # fmt: skip
    if found is None:
        raise Refused(Text("CSV-filen har ingen kriterier.", "The CSV file has no criteria."))
    found.problems = personal + found.problems
    return found
