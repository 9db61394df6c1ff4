"""What is wrong in a workbook or CSV file a person filled in: where (sheet and cell, or
line and column) and what to do."""

from __future__ import annotations

from dataclasses import dataclass

from susi_spec.problems import Text


@dataclass(frozen=True)
class SheetProblem:
    """One problem: `where` is `Troskabstjekliste!C12`, `linje 4, kolonne 5` or "" (the file)."""

    where: str
    text: Text

    def line(self, file: str, lang: str) -> str:
        """`tjekliste.xlsx: Troskabstjekliste!C12: ...`."""
        place = f"{file}: {self.where}" if self.where else file
        return f"{place}: {self.text.get(lang)}"


class Refused(Exception):
    """The file cannot be read at all (not a workbook, too large, not from susi export)."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.da)
        self.text = text
