"""What every `susi import` checks before it writes: the place has a local implementation,
the file is of this spec and of the version the place followed, the place and the day fit.

A table of another spec or version is a refusal (exit 2) naming the export to make; a
place field that names another place, or a day that cannot be, is said as well, and nothing
is written while anything is wrong.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from susi_spec.errors import SusiError
from susi_spec.export.source import load_version
from susi_spec.follow_up.filled import Entry, Filled, Kind
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
    filled: Filled | None
    problems: list[SheetProblem]


@dataclass(frozen=True)
class Part:
    """A part of the follow-up file that a filled-in table becomes."""

    kind: Kind
    key: str  # the follow-up file's key: fidelity, practice_profile
    against: Callable[[Filled, Spec], list[SheetProblem]]  # rows that are not the release's
    value: Callable[[Entry], dict[str, Any]]  # one row as the file writes it


@dataclass(frozen=True)
class Request:
    """What `susi import` was asked: the spec, the place, and the day and version given."""

    spec_path: Path
    place: str  # as typed: `Ishøj`, `ishoej`
    day: dt.date | None  # None: the table's Dato field
    version: str | None  # None: the local implementation's based_on
    root: Path
    severities: dict[str, Severity]
    replace: bool = False


def import_part(part: Part, found: Filled, request: Request) -> Imported:
    """Write `found` as `part` of `local/<place>/opfoelgning/<date>.md` beside the spec,
    or return its problems and write nothing."""
    target = target_of(found, part.kind, request)
    problems = target.problems + part.against(found, target.release)
    if not found.results and not problems:
        problems.append(nothing_filled_in(part.kind))
    if problems:
        return Imported(None, found, problems)
    values = [
        part.value(entry) | ({"note": entry.note} if entry.note else {}) for entry in found.results
    ]
    written = write_part(
        target.spec_folder, target.place, target.day, target.release.version, part.key,
        values, request.replace,
    )  # fmt: skip
    return Imported(written, found, [])


@dataclass(frozen=True)
class Target:
    """Where a filled-in table goes: the place, the release it followed, the day."""

    spec_folder: Path
    place: str
    release: Spec
    day: dt.date
    problems: list[SheetProblem]  # the table's own, and a place field naming another place


def target_of(found: Filled, kind: Kind, request: Request) -> Target:
    """Check `found` against the place and the version it followed; SusiError when it
    cannot go there at all."""
    spec_folder = request.spec_path.parent
    place = place_of(request.place)
    local = local_of(spec_folder, place)
    version = request.version
    label = normalise_label(version) if version else version_label(local.based_on)
    the = Text(kind.the[0].capitalize(), kind.the[1].capitalize())
    problems = list(found.problems)
    if found.spec != spec_folder.name:
        raise SusiError(
            Text(
                f"{the.da} er for indsatsen '{found.spec}', ikke '{spec_folder.name}'. "
                f"Importér den under sin egen indsats, eller eksportér {kind.the[0]} for denne.",
                f"{the.en} is for the intervention '{found.spec}', not '{spec_folder.name}'. "
                f"Import it under its own intervention, or export {kind.the[1]} for this one.",
            )
        )
    if found.version != label:
        command = f"susi export {found.spec} --format {kind.export_format} --version {label}"
        raise SusiError(
            Text(
                f"{the.da} er lavet af {found.version}, men {place} fulgte {label}. "
                f"Eksportér {kind.the[0]} for {label} ({command}), eller angiv --version "
                f"{found.version}, hvis stedet fulgte den.",
                f"{the.en} was made from {found.version}, but {place} followed {label}. "
                f"Export {kind.the[1]} of {label} ({command}), or give --version "
                f"{found.version} if the place followed that.",
            )
        )
    if found.place and place_of(found.place) != place:
        problems.append(
            SheetProblem(
                found.place_cell,
                Text(
                    f"{the.da} er udfyldt for '{found.place}', ikke {place}. Ret --place, "
                    "eller ret feltet Kommune i arket.",
                    f"{the.en} was filled in for '{found.place}', not {place}. Fix --place, "
                    "or the field Municipality in the sheet.",
                ),
            )
        )
    release = release_of(request.spec_path, label, request.root, request.severities)
    day = request.day or found.day
    if day is None:
        raise SusiError(
            Text(
                f"{the.da} har ingen dato i feltet Dato. Angiv datoen, opfølgningen gælder, "
                "med --date ÅÅÅÅ-MM-DD.",
                f"{the.en} has no date in the field Dato. Give the date the follow-up is "
                "for with --date YYYY-MM-DD.",
            )
        )
    check_day(day, release, label)
    return Target(spec_folder, place, release, day, problems)


def check_day(day: dt.date, release: Spec, label: str) -> None:
    """SusiError for a day in the future or before the release the place followed."""
    future = day > dt.date.today()
    if future or (release.released is not None and day < release.released):
        raise SusiError(
            Text(
                f"Datoen {day} er {'i fremtiden' if future else f'før {label} blev frigivet'}. "
                "Angiv den dag, resultaterne gælder, med --date.",
                f"The date {day} is {'in the future' if future else f'before {label} was released'}. "
                "Give the day the results are for with --date.",
            )
        )


def nothing_filled_in(kind: Kind) -> SheetProblem:
    words = kind.words()
    return SheetProblem(
        "",
        Text(
            f"Intet {kind.row[0]} er udfyldt. Vælg {words.da} i kolonnen "
            f"{kind.column[0].capitalize()}, gem, og importér igen.",
            f"No {kind.row[1]} is filled in. Choose {words.en} in the "
            f"{kind.column[1].capitalize()} column, save, and import again.",
        ),
    )


def place_of(given: str) -> str:
    """A place as typed (`Ishøj`, `ishoej`) as its id."""
    known = municipality(given)
    return known.id if known is not None else place_id(given)


def local_of(spec_folder: Path, place: str) -> LocalSpec:
    path = spec_folder / "local" / f"{place}.md"
    if not path.is_file():
        raise SusiError(
            Text(
                f"{place} har ingen lokal udmøntning af {spec_folder.name} ({path}). Opret den "
                f"med susi new {spec_folder.name} --place {place}, eller ret --place.",
                f"{place} has no local implementation of {spec_folder.name} ({path}). Create "
                f"it with susi new {spec_folder.name} --place {place}, or correct --place.",
            )
        )
    model, _ = validate(read_document(path, str(path)))
    if not isinstance(model, LocalSpec):
        raise SusiError(
            Text(
                f"{path} er ikke gyldig; ret den først (susi check {path}).",
                f"{path} is not valid; fix it first (susi check {path}).",
            )
        )
    return model


def release_of(spec_path: Path, label: str, root: Path, severities: dict[str, Severity]) -> Spec:
    """The released version `label`, as released."""
    loaded = load_version(spec_path, label, root, severities)
    spec = loaded.spec
    if spec is None or loaded.origin is None or loaded.origin.source != "release":
        raise SusiError(
            Text(
                f"{label} er ikke en frigivet version af {spec_path.parent.name}; en "
                "opfølgning gælder den frigivne version, stedet fulgte. Angiv den med --version.",
                f"{label} is not a released version of {spec_path.parent.name}; a follow-up is "
                "for the released version the place followed. Give it with --version.",
            )
        )
    return spec


def same_text(text: str) -> str:
    """A text compared as written, spacing aside."""
    return " ".join(text.split())
