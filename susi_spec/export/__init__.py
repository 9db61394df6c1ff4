"""Exports of one spec version for other tools: checklists, profiles, reports, data.

    data = export(spec, Origin.of(spec, "working"), "fidelity-xlsx", "da")  # origin.Origin

Each format is a module with `render(spec, origin, lang) -> bytes`, imported when used
(openpyxl costs ~80 ms) by a typed loader in the table. `susi export` and the site's downloads both call `export`, so a
file from the terminal and the same version's file from the site are byte for byte equal.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # the registry stays cheap to import: `susi --help` lists the formats
    from susi_spec.export.origin import Origin
    from susi_spec.model import Spec
    from susi_spec.model.results import FollowUp


Render = Callable[["Spec", "Origin", str], bytes]


def _fidelity_xlsx() -> Render:
    from susi_spec.export import fidelity_xlsx

    return fidelity_xlsx.render


def _fidelity_csv() -> Render:
    from susi_spec.export import fidelity_csv

    return fidelity_csv.render


def _practice_profile_xlsx() -> Render:
    from susi_spec.export import practice_profile_xlsx

    return practice_profile_xlsx.render


def _practice_profile_csv() -> Render:
    from susi_spec.export import practice_profile_csv

    return practice_profile_csv.render


def _tidier_md() -> Render:
    from susi_spec.export import tidier_md

    return tidier_md.render


def _readiness_md() -> Render:
    from susi_spec.export import readiness_md

    return readiness_md.render


def _readiness_csv() -> Render:
    from susi_spec.export import readiness_csv

    return readiness_csv.render


def _json_data() -> Render:
    from susi_spec.export import json_data

    return json_data.render


class Format(NamedTuple):
    """An export format: its renderer's loader, its file name, and what it is for (da, en)."""

    load: Callable[[], Render]  # imports the format's module on first use
    filename: str  # the site's file name under /<spec-id>/eksport/, and the -o example
    binary: bool  # not text: never printed to a terminal
    title: tuple[str, str]
    purpose: tuple[str, str]


# By the name `--format` uses, in the order the site lists them.
FORMATS: dict[str, Format] = {
    "fidelity-xlsx": Format(
        _fidelity_xlsx,
        "troskabstjekliste.xlsx",
        True,
        ("Troskabstjekliste (Excel)", "Fidelity checklist (Excel)"),
        (
            "Følg op på, om kerneelementerne udføres som beskrevet: ét kriterium pr. linje "
            "med Udført / Delvist / Ikke udført og en note.",
            "Follow up on whether the core elements are carried out as described: one "
            "criterion per row with Done / Partly / Not done and a note.",
        ),
    ),
    "fidelity-csv": Format(
        _fidelity_csv,
        "troskabstjekliste.csv",
        False,
        ("Troskabstjekliste (CSV)", "Fidelity checklist (CSV)"),
        (
            "Samme tjekliste som én tabel til andre systemer; åbner direkte i dansk Excel.",
            "The same checklist as one table for other systems; opens directly in Excel.",
        ),
    ),
    "practice-profile-xlsx": Format(
        _practice_profile_xlsx,
        "praksisprofil.xlsx",
        True,
        ("Praksisprofil (Excel)", "Practice profile (Excel)"),
        (
            "Forventet praksis, praksis under udvikling og uacceptabel praksis pr. "
            "kerneelement, til selvevaluering og supervision.",
            "Expected, developmental and unacceptable practice per core element, for "
            "self-assessment and supervision.",
        ),
    ),
    "practice-profile-csv": Format(
        _practice_profile_csv,
        "praksisprofil.csv",
        False,
        ("Praksisprofil (CSV)", "Practice profile (CSV)"),
        (
            "Samme praksisprofil som én tabel til andre systemer; åbner direkte i dansk Excel.",
            "The same practice profile as one table for other systems; opens directly in Excel.",
        ),
    ),
    "tidier-md": Format(
        _tidier_md,
        "tidier.md",
        False,
        ("TIDieR-oversigt (Markdown)", "TIDieR overview (Markdown)"),
        (
            "De tolv punkter i TIDieR-tjeklisten med det, beskrivelsen siger, og det, der mangler.",
            "The twelve TIDieR items with what the description says, and what is missing.",
        ),
    ),
    "readiness-md": Format(
        _readiness_md,
        "implementeringsparathed.md",
        False,
        ("Implementeringsparathed (Markdown)", "Implementation readiness (Markdown)"),
        (
            "Refleksionsspørgsmål på de fire implementeringsniveauer med beskrivelsens egne "
            "noter ved siden af.",
            "Reflection questions on the four implementation levels, with the description's "
            "own notes beside them.",
        ),
    ),
    "readiness-csv": Format(
        _readiness_csv,
        "implementeringsparathed.csv",
        False,
        ("Parathedsanalyse (CSV)", "Readiness analysis (CSV)"),
        (
            "Refleksionsspørgsmålene som skema med svar, ansvarlig og status pr. spørgsmål og "
            "en konklusion; susi import readiness læser det udfyldte skema tilbage.",
            "The reflection questions as a form with answer, responsible and status per "
            "question and a conclusion; susi import readiness reads the filled-in form back.",
        ),
    ),
    "json": Format(
        _json_data,
        "indsatsbeskrivelse.json",
        False,
        ("Data (JSON)", "Data (JSON)"),
        (
            "Hele den validerede beskrivelse med version og commit, til andre systemer.",
            "The whole validated description with version and commit, for other systems.",
        ),
    ),
}


def export(
    spec: Spec,
    origin: Origin,
    name: str,
    lang: str = "da",
    follow_ups: Mapping[str, Sequence[FollowUp]] | None = None,
) -> bytes:
    """The file of format `name` for one version of a spec; the TIDieR report's item 12
    and the JSON's `follow_ups` from the places' `follow_ups` (place -> follow-ups by
    date), when given."""
    if name == "tidier-md" and follow_ups:
        from susi_spec.export import tidier_md

        return tidier_md.render(spec, origin, lang, follow_ups)
    if name == "json":
        from susi_spec.export import json_data

        return json_data.render(spec, origin, lang, follow_ups)
    return FORMATS[name].load()(spec, origin, lang)


__all__ = ["FORMATS", "Format", "export"]
