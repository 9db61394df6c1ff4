"""`susi import practice-profile`: a filled-in practice profile becomes the practice part
of a place's follow-up: per core element, where its practice is (expected, developmental,
unacceptable) and a note.

The profile must be of the spec and version the place followed; its core elements must be
that release's, under the titles they had. Nothing is written while anything is wrong;
the file is written atomically under the project's write lock, beside a fidelity or
readiness part of the same day.
"""

from __future__ import annotations

from typing import Any

from susi_spec.follow_up.filled import Entry, Filled
from susi_spec.follow_up.importing import Part, same_text
from susi_spec.follow_up.practice_read import PRACTICE
from susi_spec.follow_up.sheet_problems import SheetProblem
from susi_spec.model import Spec
from susi_spec.problems import Text


def _value(entry: Entry) -> dict[str, Any]:
    return {"core_element": entry.ids[0], "assessment": entry.value}


def _against(found: Filled, release: Spec) -> list[SheetProblem]:
    """Rows whose core element is not the release's, or whose title was edited."""
    problems = []
    titles = {element.id: element.title for element in release.core_elements}
    for row in found.results:
        title = titles.get(row.ids[0])
        if title is None:
            problems.append(
                SheetProblem(
                    f"kerneelement {row.number}",
                    Text(
                        f"Kerneelementet '{row.ids[0]}' findes ikke i den frigivne version. "
                        "Praksisprofilen er lavet af en anden tekst: eksportér den igen.",
                        f"The core element '{row.ids[0]}' is not in the released version. The "
                        "practice profile was made from another text: export it again.",
                    ),
                )
            )
        elif row.number in found.texts and same_text(found.texts[row.number]) != same_text(title):
            problems.append(
                SheetProblem(
                    f"kerneelement {row.number}",
                    Text(
                        f"Navnet på kerneelement {row.number} er ændret i arket. Ret ikke "
                        "kerneelementerne; skriv det, I vil sige, i noten.",
                        f"The name of core element {row.number} was changed in the sheet. Do "
                        "not edit the core elements; write what you want to say in the note.",
                    ),
                )
            )
    return problems


PRACTICE_PART = Part(PRACTICE, "practice_profile", _against, _value)
