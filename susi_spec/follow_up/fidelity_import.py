"""`susi import fidelity`: a filled-in checklist becomes the fidelity part of a place's follow-up.

The checklist must be of the spec and version the place followed (by default the version
its local implementation is based on); its criteria must be that release's, with the
texts it had. Nothing is written while anything is wrong: every problem is reported with
its sheet and cell. The file is written atomically under the project's write lock.
"""

from __future__ import annotations

from typing import Any

from susi_spec.follow_up.fidelity_read import FIDELITY, Checklist
from susi_spec.follow_up.filled import Entry
from susi_spec.follow_up.importing import Part, same_text
from susi_spec.follow_up.sheet_problems import SheetProblem
from susi_spec.model import Spec
from susi_spec.problems import Text


def _value(entry: Entry) -> dict[str, Any]:
    return {"core_element": entry.ids[0], "criterion": entry.ids[1], "result": entry.value}


def _against(found: Checklist, release: Spec) -> list[SheetProblem]:
    """Rows whose criterion is not the release's, or whose text was edited."""
    problems = []
    criteria = {
        (element.id, criterion.id): criterion.text
        for element in release.core_elements
        for criterion in element.criteria
    }
    for row in found.results:
        text = criteria.get((row.ids[0], row.ids[1]))
        if text is None:
            problems.append(
                SheetProblem(
                    f"kriterium {row.number}",
                    Text(
                        f"Kriteriet '{row.ids[1]}' findes ikke i den frigivne version. "
                        "Tjeklisten er lavet af en anden tekst: eksportér den igen.",
                        f"The criterion '{row.ids[1]}' is not in the released version. The "
                        "checklist was made from another text: export it again.",
                    ),
                )
            )
        elif row.number in found.texts and same_text(found.texts[row.number]) != same_text(text):
            problems.append(
                SheetProblem(
                    f"kriterium {row.number}",
                    Text(
                        f"Teksten til kriterium {row.number} er ændret i arket. Ret ikke "
                        "kriterierne; skriv det, I vil sige, i noten.",
                        f"The text of criterion {row.number} was changed in the sheet. Do not "
                        "edit the criteria; write what you want to say in the note.",
                    ),
                )
            )
    return problems


FIDELITY_PART = Part(FIDELITY, "fidelity", _against, _value)
