"""`susi import readiness`: a filled-in readiness form (`readiness-csv`) becomes the
readiness part of a place's follow-up: per question the answer, who is responsible and the
status, and the analysis's conclusion.

A question left with no answer, no responsible and no status is left out; an unknown
question id, a status that is none of the choices, or personal data is a problem naming
its line and column, and nothing is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from susi_spec.errors import SusiError
from susi_spec.export.readiness_csv import CONCLUSION_ID
from susi_spec.export.readiness_questions import question_ids
from susi_spec.export.words import READINESS_CHOICES
from susi_spec.follow_up.cells import MAX_NOTE, csv_rows, personal_data_in
from susi_spec.follow_up.importing import local_of, place_of, release_of
from susi_spec.follow_up.results_file import write_part
from susi_spec.follow_up.safe_xlsx import MAX_ROWS
from susi_spec.follow_up.sheet_problems import Refused, SheetProblem
from susi_spec.labels import normalise_label, version_label
from susi_spec.problems import Severity, Text

_STATUS = {word.lower(): key for key, pair in READINESS_CHOICES.items() for word in pair}
_CHOICES = " / ".join(da for da, _ in READINESS_CHOICES.values())


@dataclass
class ReadinessForm:
    """What a filled-in readiness form says."""

    spec: str
    version: str
    answers: list[dict[str, Any]] = field(default_factory=list)
    conclusion: str | None = None
    problems: list[SheetProblem] = field(default_factory=list)


def read_form(path: Path) -> ReadinessForm:
    rows = csv_rows(path)
    header = next(rows, [])
    if len(header) < 8 or not header[0].strip().lower().startswith(("spørgsmål-id", "question id")):
        raise Refused(
            Text(
                "Filen er ikke et parathedsskema fra susi export --format readiness-csv "
                "(første kolonne: Spørgsmål-id). Eksportér skemaet, og udfyld det.",
                "The file is not a readiness form from susi export --format readiness-csv "
                "(first column: Question id). Export the form and fill it in.",
            )
        )
    known = {key for key, _ in question_ids()}
    form: ReadinessForm | None = None
    personal: list[SheetProblem] = []
    for line, cells in enumerate(rows, 2):
        if line > MAX_ROWS:
            raise Refused(Text("Filen har for mange linjer.", "The file has too many lines."))
        cells = [cell.strip().lstrip("'") for cell in cells] + [""] * 8
        personal += personal_data_in(cells, line)
        key, answer, responsible, status, spec, version = (cells[i] for i in (0, 3, 4, 5, 6, 7))
        if not key:
            continue
        if form is None:
            form = ReadinessForm(spec, version)
        if key == CONCLUSION_ID:
            form.conclusion = answer[:MAX_NOTE] or None
            continue
        if key not in known:
            form.problems.append(
                SheetProblem(
                    f"linje {line}, kolonne 1",
                    Text(
                        f"'{key[:40]}' er ikke et spørgsmål i parathedsanalysen. Ret ikke id'erne; "
                        "eksportér skemaet igen.",
                        f"'{key[:40]}' is not a question of the readiness analysis. Do not edit "
                        "the ids; export the form again.",
                    ),
                )
            )
            continue
        if not (answer or responsible or status):
            continue
        value = _STATUS.get(" ".join(status.split()).lower())
        if value is None:
            form.problems.append(
                SheetProblem(
                    f"linje {line}, kolonne 6",
                    Text(
                        f"'{status[:40]}' er ikke en status. Skriv {_CHOICES}.",
                        f"'{status[:40]}' is not a status. Write Not started, In progress or Done.",
                    ),
                )
            )
            continue
        entry: dict[str, Any] = {"question": key}
        entry |= {"answer": answer[:MAX_NOTE]} if answer else {}
        entry |= {"responsible": responsible[:200]} if responsible else {}
        form.answers.append(entry | {"status": value})
    if form is None:
        raise Refused(Text("Skemaet har ingen spørgsmål.", "The form has no questions."))
    form.problems = personal + form.problems
    return form


def import_readiness(
    form: ReadinessForm,
    spec_path: Path,
    place: str,
    day: dt.date,
    version: str | None,
    root: Path,
    severities: dict[str, Severity],
    *,
    replace: bool = False,
) -> Path | None:
    """Write the form's readiness part; None when it has problems (`form.problems`)."""
    spec_folder = spec_path.parent
    place = place_of(place)
    local = local_of(spec_folder, place)
    label = normalise_label(version) if version else version_label(local.based_on)
    if form.spec != spec_folder.name:  # the questions are the same in every version
        raise SusiError(
            Text(
                f"Skemaet er for indsatsen '{form.spec}', ikke '{spec_folder.name}'. Importér "
                "det under sin egen indsats.",
                f"The form is for the intervention '{form.spec}', not '{spec_folder.name}'. "
                "Import it under its own intervention.",
            )
        )
    release = release_of(spec_path, label, root, severities)
    if day > dt.date.today():
        raise SusiError(
            Text(
                f"Datoen {day} er i fremtiden. Angiv dagen, analysen gælder, med --date.",
                f"The date {day} is in the future. Give the day the analysis is for with --date.",
            )
        )
    if not form.answers and not form.conclusion and not form.problems:
        form.problems.append(
            SheetProblem(
                "",
                Text(
                    "Intet spørgsmål er besvaret, og der er ingen konklusion.",
                    "No question is answered, and there is no conclusion.",
                ),
            )
        )
    if form.problems:
        return None
    readiness: dict[str, Any] = {"answers": form.answers}
    if form.conclusion:
        readiness["conclusion"] = form.conclusion
    return write_part(spec_folder, place, day, release.version, "readiness", readiness, replace)
