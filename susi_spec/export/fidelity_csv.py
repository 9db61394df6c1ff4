"""`fidelity-csv`: the fidelity checklist as one table, one row per criterion.

The dialect is the one Danish Excel opens by a double click without an import dialog:
- a UTF-8 byte order mark, because without it Excel reads the file in the Windows code page
  and shows æ, ø and å as two odd characters each;
- `;` between fields, because Danish Excel splits on the regional list separator, which is
  `;` where the decimal separator is a comma;
- CRLF line ends and quotes only where a field needs them (RFC 4180, as Excel writes CSV).
Numbers are plain integers: "1.2" would turn into a date (1 February) in Danish Excel.
The last two columns hold the core element's and the criterion's ids, so that `susi import
fidelity` reads a filled-in file back.
"""

from __future__ import annotations

import csv
import io

from susi_spec.export.fidelity import (
    CRITERION,
    ELEMENT,
    LEVEL_HEADING,
    NOTE,
    NUMBER,
    checklist,
    status_heading,
)
from susi_spec.export.origin import Origin
from susi_spec.export.words import pick
from susi_spec.model import Spec

BOM = "\ufeff"
INTERVENTION = ("Indsats", "Intervention")
VERSION = ("Version", "Version")
ELEMENT_ID = ("Kerneelement-id", "Core element id")
CRITERION_ID = ("Kriterium-id", "Criterion id")
# Excel runs a cell that starts with one of these as a formula; a leading apostrophe makes
# it text (OWASP's advice for CSV injection). Spec text rarely starts so.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render(spec: Spec, origin: Origin, lang: str) -> bytes:
    """The checklist as CSV bytes: BOM, `;`-separated, CRLF."""
    header = [
        pick(ELEMENT, lang),
        pick(LEVEL_HEADING, lang),
        pick(NUMBER, lang),
        pick(CRITERION, lang),
        status_heading(lang),
        pick(NOTE, lang),
        pick(INTERVENTION, lang),
        pick(VERSION, lang),
        pick(ELEMENT_ID, lang),
        pick(CRITERION_ID, lang),
    ]
    rows = []
    for group in checklist(spec):
        criteria = [
            (str(n), c.text, c.id, group.criterion_level(c, lang))
            for n, c in enumerate(group.element.criteria, 1)
        ]
        none = ("", group.none_text(lang), "", group.level(lang))
        for number, text, criterion, level in criteria or [none]:
            rows.append(
                [
                    group.element.title,
                    level,
                    number,
                    text,
                    "",
                    "",
                    spec.id,
                    origin.version,
                    group.element.id,
                    criterion,
                ]
            )
    return table_bytes(header, rows)


def table_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    """A table as CSV bytes in the dialect above, each cell safe from formulas."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([safe(cell) for cell in row] for row in rows)
    return (BOM + out.getvalue()).encode("utf-8")


def safe(cell: str) -> str:
    """A cell Excel shows as text, never runs as a formula."""
    return f"'{cell}" if cell.startswith(_FORMULA_START) else cell
