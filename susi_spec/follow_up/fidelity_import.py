"""`susi import fidelity`: a filled-in checklist becomes a place's results file.

The checklist must be of the spec and version the place followed (by default the version
its local implementation is based on); its criteria must be that release's, with the
texts it had. Nothing is written while anything is wrong: every problem is reported with
its sheet and cell. The file is written atomically under the project's write lock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from susi_spec.errors import SusiError
from susi_spec.export.source import load_version
from susi_spec.follow_up.fidelity_read import Checklist, read_csv, read_xlsx
from susi_spec.follow_up.results_file import write_part
from susi_spec.follow_up.sheet_problems import SheetProblem
from susi_spec.labels import normalise_label, version_label
from susi_spec.loading.document import read_document
from susi_spec.model import LocalSpec, Spec
from susi_spec.model.boundary import validate
from susi_spec.model.municipalities import municipality, place_id
from susi_spec.problems import Severity, Text


@dataclass(frozen=True)
class Imported:
    """What was written, or the problems that kept it from being written."""

    path: Path | None
    checklist: Checklist | None
    problems: list[SheetProblem]


def read_checklist(path: Path) -> Checklist:
    """A workbook or a CSV file, told apart by their first bytes (a zip starts `PK`)."""
    with path.open("rb") as stream:
        head = stream.read(4)
    return read_xlsx(path) if head.startswith(b"PK") or path.suffix == ".xlsx" else read_csv(path)


def import_fidelity(
    source: Path,
    spec_path: Path,
    place: str,
    day: dt.date | None,
    version: str | None,
    root: Path,
    severities: dict[str, Severity],
    *,
    replace: bool = False,
    checklist: Checklist | None = None,
) -> Imported:
    """Read `source` and write `local/<place>/opfoelgning/<date>.md` beside `spec_path`."""
    found = checklist or read_checklist(source)
    spec_folder = spec_path.parent
    place = place_of(place)
    local = local_of(spec_folder, place)
    label = normalise_label(version) if version else version_label(local.based_on)
    problems = list(found.problems)
    if found.spec != spec_folder.name:
        raise SusiError(
            f"Tjeklisten er for indsatsen '{found.spec}', ikke '{spec_folder.name}'. Importér "
            "den under sin egen indsats, eller eksportér tjeklisten for denne."
        )
    if found.version != label:
        raise SusiError(
            f"Tjeklisten er lavet af {found.version}, men {place} fulgte {label}. Eksportér "
            f"tjeklisten for {label} (susi export {found.spec} --format fidelity-xlsx --version "
            f"{label}), eller angiv --version {found.version}, hvis stedet fulgte den."
        )
    if found.place and place_of(found.place) != place:
        problems.append(
            SheetProblem(
                found.place_cell,
                Text(
                    f"Tjeklisten er udfyldt for '{found.place}', ikke {place}. Ret --place, "
                    "eller ret feltet Kommune i arket.",
                    f"The checklist was filled in for '{found.place}', not {place}. Fix --place, "
                    "or the field Municipality in the sheet.",
                ),
            )
        )
    release = release_of(spec_path, label, root, severities)
    problems += _against(found, release)
    day = day or found.day
    if day is None:
        raise SusiError(
            "Tjeklisten har ingen dato i feltet Dato. Angiv datoen, opfølgningen gælder, med "
            "--date ÅÅÅÅ-MM-DD."
        )
    if day > dt.date.today() or (release.released is not None and day < release.released):
        raise SusiError(
            f"Datoen {day} er {'i fremtiden' if day > dt.date.today() else 'før ' + label + ' blev frigivet'}. "
            "Angiv den dag, resultaterne gælder, med --date."
        )
    if not found.results and not problems:
        problems.append(
            SheetProblem(
                "",
                Text(
                    "Intet kriterium er udfyldt. Vælg Udført, Delvist eller Ikke udført i "
                    "kolonnen Status, gem, og importér igen.",
                    "No criterion is filled in. Choose Done, Partly or Not done in the Status "
                    "column, save, and import again.",
                ),
            )
        )
    if problems:
        return Imported(None, found, problems)
    fidelity = [
        {"core_element": r.core_element, "criterion": r.criterion, "result": r.result}
        | ({"note": r.note} if r.note else {})
        for r in found.results
    ]
    target = write_part(spec_folder, place, day, release.version, "fidelity", fidelity, replace)
    return Imported(target, found, [])


def place_of(given: str) -> str:
    """A place as typed (`Ishøj`, `ishoej`) as its id."""
    known = municipality(given)
    return known.id if known is not None else place_id(given)


def local_of(spec_folder: Path, place: str) -> LocalSpec:
    path = spec_folder / "local" / f"{place}.md"
    if not path.is_file():
        raise SusiError(
            f"{place} har ingen lokal udmøntning af {spec_folder.name} ({path}). Opret den med "
            f"susi new {spec_folder.name} --place {place}, eller ret --place."
        )
    model, _ = validate(read_document(path, str(path)))
    if not isinstance(model, LocalSpec):
        raise SusiError(f"{path} er ikke gyldig; ret den først (susi check {path}).")
    return model


def release_of(spec_path: Path, label: str, root: Path, severities: dict[str, Severity]) -> Spec:
    """The released version `label`, as released."""
    loaded = load_version(spec_path, label, root, severities)
    spec = loaded.spec
    if spec is None or loaded.origin is None or loaded.origin.source != "release":
        raise SusiError(
            f"{label} er ikke en frigivet version af {spec_path.parent.name}; en opfølgning "
            "gælder den frigivne version, stedet fulgte. Angiv den med --version."
        )
    return spec


def _against(found: Checklist, release: Spec) -> list[SheetProblem]:
    """Rows whose criterion is not the release's, or whose text was edited."""
    problems = []
    criteria = {
        (element.id, criterion.id): criterion.text
        for element in release.core_elements
        for criterion in element.criteria
    }
    for row in found.results:
        text = criteria.get((row.core_element, row.criterion))
        if text is None:
            problems.append(
                SheetProblem(
                    f"kriterium {row.number}",
                    Text(
                        f"Kriteriet '{row.criterion}' findes ikke i den frigivne version. "
                        "Tjeklisten er lavet af en anden tekst: eksportér den igen.",
                        f"The criterion '{row.criterion}' is not in the released version. The "
                        "checklist was made from another text: export it again.",
                    ),
                )
            )
        elif row.number in found.texts and _same(found.texts[row.number]) != _same(text):
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


def _same(text: str) -> str:
    return " ".join(text.split())
