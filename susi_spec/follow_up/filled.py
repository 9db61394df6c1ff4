"""Read back a table that `susi export` handed out and a place filled in: a row per item
(a fidelity criterion, a core element of the practice profile) with a choice from a
drop-down and a note.

The workbook's hidden sheet (`susi`, written by `export.xlsx.key_sheet`) names the spec, the
version and each row's number and ids; the CSV holds them in its last columns. The fields
above the table (Kommune, Dato) say for which place and day. A row left empty is reported
as not filled in, never guessed; everything that cannot be read is a problem naming its
sheet and cell (or line and column): a formula, a word that is none of the choices, a
moved or deleted row, a merged cell, personal data anywhere in the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils.cell import get_column_letter

from susi_spec.export.words import Pair
from susi_spec.export.xlsx import KEY_FACTS, KEY_SHEET
from susi_spec.follow_up import cells as c
from susi_spec.follow_up.safe_xlsx import MAX_ROWS, open_workbook, rows
from susi_spec.follow_up.sheet_problems import Refused, SheetProblem
from susi_spec.problems import Text

_FILL_IN = {"kommune": "place", "municipality": "place", "dato": "date", "date": "date"}


@dataclass(frozen=True)
class Kind:
    """A kind of table to fill in: where its parts are, and the words for it (da, en)."""

    key_format: str  # the key sheet's `format`
    export_format: str  # the xlsx export's --format, named in a refusal
    a: Pair  # "en troskabstjekliste"
    the: Pair  # "tjeklisten"
    row: Pair  # what a row is: "kriterium"
    column: Pair  # what is chosen in a row: "status"
    choices: tuple[Pair, ...]  # the drop-down's words
    values: tuple[str, ...]  # the values the follow-up file writes for them
    value_column: int  # the choice's column in the sheet; the note is the next one
    csv_ids: tuple[str, ...]  # the CSV columns with a row's ids (the key's, in order)
    csv_number: tuple[str, ...]  # the CSV columns that make a row's number
    csv_columns: dict[str, tuple[str, ...]]  # CSV column -> how its heading starts (lower)

    def words(self) -> Text:
        """`Udført / Delvist / Ikke udført` and `Done, Partly or Not done`."""
        da = " / ".join(da for da, _ in self.choices)
        *first, last = (en for _, en in self.choices)
        return Text(da, f"{', '.join(first)} or {last}")


@dataclass(frozen=True)
class Entry:
    """One row as read: its number, its ids (the key's), the value chosen and the note."""

    number: str
    ids: tuple[str, ...]
    value: str
    note: str | None


@dataclass
class Filled:
    """What a filled-in table says."""

    spec: str
    version: str
    results: list[Entry] = field(default_factory=list)
    unfilled: list[str] = field(default_factory=list)  # numbers of rows left empty
    problems: list[SheetProblem] = field(default_factory=list)
    place: str | None = None  # as written in the Kommune field
    place_cell: str = ""  # where: `Troskabstjekliste!B5`
    day: dt.date | None = None  # the Dato field
    texts: dict[str, str] = field(default_factory=dict)  # number -> the row's text as read


def read_filled(path: Path, kind: Kind) -> Filled:
    """A workbook or a CSV file of `kind`, told apart by their first bytes (a zip: `PK`)."""
    with path.open("rb") as stream:
        head = stream.read(4)
    if head.startswith(b"PK") or path.suffix == ".xlsx":
        return read_xlsx(path, kind)
    return read_csv(path, kind)


def read_xlsx(path: Path, kind: Kind) -> Filled:
    """The table in a workbook that `susi export` made."""
    workbook = open_workbook(path)
    try:
        return _read_book(workbook.book, workbook.merged, kind)
    finally:
        workbook.close()


def _read_book(book: Any, merged: dict[str, list[str]], kind: Kind) -> Filled:
    the = Text(*kind.the)
    if KEY_SHEET not in book.sheetnames:
        raise Refused(
            Text(
                f"Projektmappen er ikke {kind.a[0]} fra susi export (arket 'susi' mangler). "
                f"Eksportér {the.da} med susi export --format {kind.export_format}, eller hent "
                "den under Hent på indsatsens side, og udfyld den.",
                f"The workbook is not {kind.a[1]} from susi export (the sheet 'susi' is "
                f"missing). Export {the.en} with susi export --format {kind.export_format}, or "
                "download it under Download on the intervention's page, and fill it in.",
            )
        )
    facts, key_rows = _key(book[KEY_SHEET], len(kind.csv_ids))
    if facts.get("format") != kind.key_format:
        raise Refused(
            Text(
                f"Arket 'susi' har formatet '{facts.get('format')}', ikke {kind.key_format}. "
                f"Eksportér {the.da} igen (--format {kind.export_format}) med denne version af "
                "susi, og importér den som det, den er.",
                f"The sheet 'susi' has the format '{facts.get('format')}', not "
                f"{kind.key_format}. Export {the.en} again (--format {kind.export_format}) with "
                "this version of susi, and import it as what it is.",
            )
        )
    name = facts.get("sheet", "")
    if name not in book.sheetnames:
        raise Refused(
            Text(
                f"Arket '{name}' med {the.da} findes ikke længere. Omdøb det tilbage, eller "
                f"eksportér {the.da} igen.",
                f"The sheet '{name}' with {the.en} is gone. Rename it back, or export {the.en} "
                "again.",
            )
        )
    found = Filled(facts.get("spec", ""), facts.get("version", ""))
    for sheet in book.worksheets:
        if sheet.title != KEY_SHEET:
            found.problems += c.personal_data(sheet)
    by_number = dict(key_rows)
    merged_cells = c.merged_cells(merged.get(name, []))
    value_letter = get_column_letter(kind.value_column)
    for row, cells in rows(book[name], kind.value_column + 1):
        values = [cell.value for cell in cells]
        label = c.text(values[0]).lower().rstrip(":") if values else ""
        if label in _FILL_IN and row < 12:
            _fill_in(found, _FILL_IN[label], cells[1] if len(cells) > 1 else None, name)
            continue
        key = c.number(values[0] if values else None)
        if key not in by_number:
            continue
        ids = by_number.pop(key)
        found.texts[key] = c.text(values[1]) if len(values) > 1 else ""
        value_cell, note_cell = cells[kind.value_column - 1], cells[kind.value_column]
        bad = []
        for cell in (value_cell, note_cell):
            where = f"{name}!{get_column_letter(cell.column)}{row}"
            if (cell.column, row) in merged_cells:
                bad.append(c.merged(where))
            if getattr(cell, "data_type", "") == "f":
                bad.append(c.formula(where))
        found.problems += bad
        if not bad:
            where = f"{name}!{value_letter}{row}"
            _entry(found, kind, key, ids, value_cell.value, note_cell.value, where)
    row_word = Text(*kind.row)
    for missing in by_number:
        found.problems.append(
            SheetProblem(
                name,
                Text(
                    f"{row_word.da.capitalize()} {missing} er ikke i arket: rækken er slettet, "
                    "eller nummeret i kolonne A er ændret. Sæt rækken ind igen, eller "
                    f"eksportér {the.da} på ny.",
                    f"{row_word.en.capitalize()} {missing} is not in the sheet: its row was "
                    "deleted or its number in column A changed. Put the row back, or export "
                    f"{the.en} again.",
                ),
            )
        )
    return found


def _key(sheet: Any, ids: int) -> tuple[dict[str, str], list[tuple[str, tuple[str, ...]]]]:
    """The hidden sheet's facts and its rows: number -> ids."""
    facts: dict[str, str] = {}
    listed: list[tuple[str, tuple[str, ...]]] = []
    for row, cells in rows(sheet, 2 + ids):
        values = [c.text(cell.value) for cell in cells]
        if row <= len(KEY_FACTS) and values and values[0] in KEY_FACTS:
            facts[values[0]] = values[1] if len(values) > 1 else ""
        elif row > len(KEY_FACTS) + 2 and len(values) == 2 + ids and all(values[1:]):
            listed.append((values[1], tuple(values[2:])))
    return facts, listed


def _fill_in(found: Filled, what: str, cell: Any, sheet: str) -> None:
    value = None if cell is None else cell.value
    if value is None or (isinstance(value, str) and not value.strip()):
        return
    where = f"{sheet}!B{cell.row}"
    if what == "place":
        found.place, found.place_cell = c.text(value), where
        return
    found.day = c.day(value)
    if found.day is None:
        found.problems.append(c.not_a_date(where, value))


def _entry(
    found: Filled, kind: Kind, number: str, ids: tuple[str, ...], value: Any, note: Any, where: str
) -> None:
    """Read one row's choice and note into `found`, or say what is wrong with them."""
    row, column, words = Text(*kind.row), Text(*kind.column), kind.words()
    if value is None or (isinstance(value, str) and not value.strip()):
        if note is not None and c.text(note):
            found.problems.append(
                SheetProblem(
                    where,
                    Text(
                        f"{row.da.capitalize()} {number} har en note, men ingen {column.da}. "
                        f"Vælg {words.da}.",
                        f"{row.en.capitalize()} {number} has a note but no {column.en}. "
                        f"Choose {words.en}.",
                    ),
                )
            )
        else:
            found.unfilled.append(number)
        return
    chosen = c.choose(zip_choices(kind), value) if isinstance(value, str) else None
    if chosen is None:
        found.problems.append(
            SheetProblem(
                where,
                Text(
                    f"'{c.text(value)[:40]}' er ikke en {column.da}. Vælg {words.da} i "
                    "rullelisten.",
                    f"'{c.text(value)[:40]}' is not a {column.en}. Choose {words.en} from the "
                    "drop-down.",
                ),
            )
        )
        return
    written = c.text(note)
    if len(written) > c.MAX_NOTE:
        found.problems.append(
            SheetProblem(
                where,
                Text(
                    f"Noten til {row.da} {number} har {len(written)} tegn; højst {c.MAX_NOTE}. "
                    "Skriv det vigtigste, og resten i opfølgningens brødtekst.",
                    f"The note on {row.en} {number} has {len(written)} characters; at most "
                    f"{c.MAX_NOTE}. Write the gist, and the rest in the follow-up's body text.",
                ),
            )
        )
        return
    found.results.append(Entry(number, ids, chosen, written or None))


def zip_choices(kind: Kind) -> dict[str, str]:
    """The drop-down's words of `kind` -> the values the file writes."""
    return c.choice_map(kind.choices, kind.values)


def read_csv(path: Path, kind: Kind) -> Filled:
    """The table in a CSV file that `susi export` made, as Excel saves it again (`;` or `,`,
    with or without the byte order mark)."""
    reader = c.csv_rows(path)
    header = [cell.strip().lower() for cell in next(reader, [])]
    columns: dict[str, int] = {}
    for name, headings in kind.csv_columns.items():
        for index, heading in enumerate(header):
            if heading.startswith(headings) and name not in columns:
                columns[name] = index
    if not set(kind.csv_columns) <= set(columns):
        raise Refused(
            Text(
                f"CSV-filen er ikke {kind.a[0]} fra susi export: kolonnerne med indsats, "
                "version og id'er mangler. Eksportér den med susi export --format "
                f"{kind.export_format.replace('xlsx', 'csv')}, og behold kolonnerne.",
                f"The CSV file is not {kind.a[1]} from susi export: the columns with "
                "intervention, version and ids are missing. Export it with susi export "
                f"--format {kind.export_format.replace('xlsx', 'csv')} and keep the columns.",
            )
        )
    found: Filled | None = None
    personal: list[SheetProblem] = []
    for line, cells in enumerate(reader, 2):
        if line > MAX_ROWS:
            raise Refused(Text("Filen har for mange linjer.", "The file has too many lines."))
        cell = _getter(cells, columns)
        personal += c.personal_data_in(cells, line)
        ids = tuple(cell(name) for name in kind.csv_ids)
        if not all(ids):
            continue  # a core element without criteria
        if found is None:
            found = Filled(cell("spec"), cell("version"))
        number = " ".join(cell(name) for name in kind.csv_number)
        where = f"linje {line}, kolonne {columns['value'] + 1}"
        _entry(found, kind, number, ids, cell("value") or None, cell("note") or None, where)
    if found is None:
        raise Refused(Text("CSV-filen har ingen rækker at læse.", "The CSV file has no rows."))
    found.problems = personal + found.problems
    return found


def _getter(cells: list[str], columns: dict[str, int]) -> Callable[[str], str]:
    """A row's cell by column name, stripped, without the apostrophe the export put first."""

    def cell(name: str) -> str:
        index = columns[name]
        return cells[index].strip().lstrip("'") if index < len(cells) else ""

    return cell
