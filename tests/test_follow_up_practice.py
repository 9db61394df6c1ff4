"""The practice profile's loop, with real workbooks in a real repository: `susi export`
makes the profile, openpyxl fills it in as a person would (place, date, an assessment from
the drop-down, notes), `susi import practice-profile` writes the follow-up, `susi check`
checks it, and a real `mkdocs build --strict` shows it. Hostile workbooks get a refusal
naming the cell, and nothing is written.

The project is test_follow_up's: the rule examples' common model released as v1, with
three core elements (1 koordinering, 2 inddragelse, 3 helhedssyn: the one with a profile).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from test_follow_up import RESULTS, fill, imported_as, libreoffice_saves, project
from test_site_build import ROOT, mkdocs_build

from susi_spec.checks.checker import check_paths
from susi_spec.cli.main import main
from susi_spec.export.words import PROFILE_CHOICES
from susi_spec.follow_up.practice_read import read_profile

__all__ = ["project"]  # the fixture, used by name

PROFILE = "Praksisprofil"
FIRST = 11  # core element 1's row; 2 and 3 follow
ASSESSMENT, NOTE = 7, 8


def export(project: Path, fmt: str = "practice-profile-xlsx") -> Path:
    target = project / ("praksisprofil.xlsx" if fmt.endswith("xlsx") else "praksisprofil.csv")
    assert main(["export", "eksempel", "--format", fmt, "-o", str(target)]) == 0
    return target


def assess(
    path: Path, answers: dict[int, tuple[str | None, str | None]], **cells: str | dt.datetime
) -> Path:
    """Fill in the profile as a person does in Excel: the fields on top, then the rows."""
    book = load_workbook(path)
    sheet = book[PROFILE]
    sheet["B5"] = "Ballerup"
    sheet["B6"] = dt.datetime(2021, 3, 1)
    for number, (choice, note) in answers.items():  # `.value =`: cell(value=None) keeps it
        sheet.cell(row=FIRST + number - 1, column=ASSESSMENT).value = choice
        sheet.cell(row=FIRST + number - 1, column=NOTE).value = note
    for ref, value in cells.items():
        sheet[ref] = value
    book.save(path)
    return path


def practice(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    return imported_as(capsys, "practice-profile", *args)


WRITTEN = (
    "practice_profile:\n"
    "  - core_element: koordinering\n    assessment: developmental\n"
    "    note: Koordinatoren skifter for ofte.\n"
    "  - core_element: helhedssyn\n    assessment: expected\n---\n"
)


def test_export_fill_import_check(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = assess(
        export(project),
        {1: ("Under udvikling", "Koordinatoren skifter for ofte."), 3: ("Forventet", None)},
    )
    code, out, err = practice(capsys, str(sheet), "--place", "Ballerup")
    assert (code, err) == (0, "")
    assert "2 kerneelementer (1 forventet, 1 under udvikling, 0 uacceptabel)" in out
    assert "Ikke udfyldt: kerneelement 2." in out
    written = (project / RESULTS / "2021-03-01.md").read_text(encoding="utf-8")
    assert written.startswith(
        "---\nschema: susi-results/1\nspec: eksempel\nplace: ballerup\ndate: 2021-03-01\n"
        "based_on: 1\n" + WRITTEN
    )
    assert check_paths([Path("specs")]).problems == []
    # The same day again is refused unless --replace; the fidelity checklist of the day
    # goes into the same file, beside the profile.
    code, _, err = practice(capsys, str(sheet), "--place", "ballerup")
    assert code == 2 and "har allerede en praksisprofil" in err
    checklist = project / "tjekliste.xlsx"
    assert main(["export", "eksempel", "--format", "fidelity-xlsx", "-o", str(checklist)]) == 0
    fill(checklist, {"1.1": ("Udført", None)})
    assert imported_as(capsys, "fidelity", str(checklist), "--place", "ballerup")[0] == 0
    both = (project / RESULTS / "2021-03-01.md").read_text(encoding="utf-8")
    assert "fidelity:" in both and WRITTEN.removesuffix("---\n") in both
    assert check_paths([Path("specs")]).problems == []


def test_csv_round_trip_gives_the_same_file(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = assess(
        export(project),
        {1: ("Under udvikling", "Koordinatoren skifter for ofte."), 3: ("Forventet", None)},
    )
    assert practice(capsys, str(sheet), "--place", "ballerup")[0] == 0
    from_xlsx = (project / RESULTS / "2021-03-01.md").read_text("utf-8")
    (project / RESULTS / "2021-03-01.md").unlink()
    path = export(project, "practice-profile-csv")
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert rows[0][6] == "Vurdering (Forventet / Under udvikling / Uacceptabel)"
    for row in rows[1:]:  # as Excel saves it again, with `,` and without the BOM
        if row[0] == "1":
            row[6], row[7] = "under udvikling", "Koordinatoren skifter for ofte."
        elif row[0] == "3":
            row[6] = "Expected"
    out = io.StringIO()
    csv.writer(out, delimiter=",", lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode("utf-8"))
    code, _, err = practice(capsys, str(path), "--place", "ballerup", "--date", "2021-03-01")
    assert (code, err) == (0, "")
    assert (project / RESULTS / "2021-03-01.md").read_text("utf-8") == from_xlsx


def test_saved_by_libreoffice(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = assess(export(project), {1: ("Uacceptabel", "Ingen fast koordinator."),
                                     2: ("Forventet", None)})  # fmt: skip
    saved = libreoffice_saves(project, sheet)
    code, text, err = practice(capsys, str(saved), "--place", "ballerup")
    assert (code, err) == (0, "")
    assert "(1 forventet, 0 under udvikling, 1 uacceptabel)" in text
    written = (project / RESULTS / "2021-03-01.md").read_text("utf-8")
    assert "assessment: unacceptable\n    note: Ingen fast koordinator.\n" in written


def _book(change: object) -> object:
    def apply(path: Path) -> None:
        book = load_workbook(path)
        change(book)  # type: ignore[operator]
        book.save(path)

    return apply


@pytest.mark.parametrize(
    ("break_it", "code", "expected"),
    [
        (lambda p: assess(p, {1: ("Forventet", None)}, H12='=CONCAT("a","b")'), 1,
         "Praksisprofil!H12: Cellen har en formel"),
        (_book(lambda b: (b[PROFILE].__setitem__("G11", "Forventet"),
                          b[PROFILE].merge_cells("G11:H11"))), 1,
         "Praksisprofil!G11: Cellen er flettet"),
        (_book(lambda b: [b[PROFILE].cell(row=r, column=2, value="x") for r in range(30, 5100)]),
         1, "har mere end 5000 rækker"),
        (_book(lambda b: b["susi"].cell(row=3, column=2, value="v2")), 2,
         "Praksisprofilen er lavet af v2, men ballerup fulgte v1. Eksportér praksisprofilen for "
         "v1 (susi export eksempel --format practice-profile-xlsx --version v1)"),
        (_book(lambda b: b["susi"].cell(row=2, column=2, value="anden")), 2,
         "Praksisprofilen er for indsatsen 'anden', som ikke findes"),
        (_book(lambda b: b["susi"].cell(row=1, column=2, value="susi-fidelity/1")), 1,
         "har formatet 'susi-fidelity/1', ikke susi-practice-profile/1"),
        (lambda p: assess(p, {2: ("Måske", None)}), 1,
         "Praksisprofil!G12: 'Måske' er ikke en vurdering. Vælg Forventet / Under udvikling / "
         "Uacceptabel i rullelisten."),
        (lambda p: assess(p, {2: (None, "En note uden vurdering")}), 1,
         "Praksisprofil!G12: Kerneelement 2 har en note, men ingen vurdering."),
        (lambda p: assess(p, {1: ("Forventet", "Ring 010203-1234")}), 1,
         "Praksisprofil!H11: Her står et CPR-nummer ('010…')"),
        (lambda p: assess(p, {1: ("Forventet", None)}, B7="anne@kommune.dk"), 1,
         "Praksisprofil!B7: Her står en e-mailadresse"),
        (lambda p: assess(p, {1: ("Forventet", None)}, B11="Et andet kerneelement"), 1,
         "kerneelement 1: Navnet på kerneelement 1 er ændret i arket"),
        (lambda p: assess(p, {1: ("Forventet", None)}, A12="9"), 1,
         "Praksisprofil: Kerneelement 2 er ikke i arket"),
        (lambda p: assess(p, {1: ("Forventet", None)}, B5="Fredericia"), 1,
         "Praksisprofil!B5: Praksisprofilen er udfyldt for 'Fredericia', ikke ballerup"),
        (lambda p: assess(p, {}), 1, "Intet kerneelement er udfyldt. Vælg Forventet"),
    ],
    ids=["formula", "merged", "huge", "version", "spec", "a-checklist", "choice", "note-only",
         "cpr", "email", "edited", "moved", "place", "empty"],
)  # fmt: skip
def test_hostile_profiles_are_refused_by_cell(
    project: Path, capsys: pytest.CaptureFixture[str], break_it: object, code: int, expected: str
) -> None:
    path = export(project)
    break_it(path)  # type: ignore[operator]
    got, out, err = practice(capsys, str(path), "--place", "ballerup", "--date", "2021-03-01")
    assert (got, out) == (code, "")
    assert expected in err
    assert "Traceback" not in err and "intern fejl" not in err
    assert not (project / RESULTS).exists()


def test_a_checklist_is_not_taken_for_a_profile(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    checklist = project / "tjekliste.csv"
    assert main(["export", "eksempel", "--format", "fidelity-csv", "-o", str(checklist)]) == 0
    code, _, err = practice(capsys, str(checklist), "--place", "ballerup", "--date", "2021-03-01")
    assert code == 1 and "CSV-filen er ikke en praksisprofil fra susi export" in err
    assert not (project / RESULTS).exists()


def test_rules_on_a_written_profile(project: Path) -> None:
    results = project / RESULTS / "2021-03-01.md"
    results.parent.mkdir(parents=True)
    results.write_text(
        "---\nschema: susi-results/1\nspec: eksempel\nplace: ballerup\ndate: 2021-03-01\n"
        "based_on: 1\npractice_profile:\n"
        "  - core_element: koordinering\n    assessment: expected\n"
        "  - core_element: koordinering\n    assessment: unacceptable\n"
        "  - core_element: helhedssyns\n    assessment: developmental\n---\n",
        encoding="utf-8",
    )
    problems = check_paths([Path("specs")]).problems
    assert {(p.code, p.line) for p in problems} == {("SP608", 10), ("SP607", 12)}
    assert "'helhedssyns' er ikke et kerneelement i v1. Mente du 'helhedssyn'?" in [
        p.message("da") for p in problems
    ]
    text = results.read_text("utf-8").replace("assessment: developmental", "assessment: ofte")
    results.write_text(text, "utf-8")
    shape = [p for p in check_paths([Path("specs")]).problems if p.code == "SP013"]
    assert [(p.line, p.column) for p in shape] == [(13, 17)]  # not one of the choices


_NOTE = st.text(alphabet=string.ascii_letters + "æøåÆØÅ .,;:()!?-", max_size=60)
_CHOICE = st.sampled_from([*PROFILE_CHOICES, None])


@settings(
    deadline=None, max_examples=20, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(_CHOICE, st.booleans(), st.booleans(), _NOTE), min_size=3, max_size=3))
def test_what_is_filled_in_is_what_is_read(
    project: Path, rows: list[tuple[tuple[str, str] | None, bool, bool, str]]
) -> None:
    """For every assessment (Danish or English, any case) and note: the reader gives back
    exactly what a person chose, by its core element, and leaves the empty rows out."""
    path = project / "hypothesis.xlsx"
    if not path.exists():
        export(project).rename(path)
    answers: dict[int, tuple[str | None, str | None]] = {}
    for number, (choice, english, upper, note) in enumerate(rows, 1):
        word = None if choice is None else choice[1 if english else 0]
        answers[number] = (word.upper() if word and upper else word, note if choice else None)
    filled = read_profile(assess(path, answers))
    assert filled.problems == [] and (filled.spec, filled.version) == ("eksempel", "v1")
    values = dict(zip(PROFILE_CHOICES, ("expected", "developmental", "unacceptable"), strict=True))
    expected = [
        (str(n), values[choice], note.strip() or None)
        for n, (choice, _, _, note) in enumerate(rows, 1)
        if choice is not None
    ]
    assert [(e.number, e.value, e.note) for e in filled.results] == expected
    ids = ["koordinering", "inddragelse", "helhedssyn"]
    assert [e.ids for e in filled.results] == [(ids[int(n) - 1],) for n, _, _ in expected]


def test_site_shows_the_practice_profile_over_time_and_the_follow_ups_text(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = export(project)
    assess(sheet, {1: ("Uacceptabel", "Ingen fast koordinator."), 3: ("Under udvikling", None)})
    assert practice(capsys, str(sheet), "--place", "ballerup")[0] == 0
    assess(sheet, {1: ("Forventet", None), 3: ("Forventet", None)}, B6=dt.datetime(2021, 9, 1))
    assert practice(capsys, str(sheet), "--place", "ballerup")[0] == 0
    latest = project / RESULTS / "2021-09-01.md"
    front = latest.read_text("utf-8").split("---\n", 2)[1]
    latest.write_text(
        f"---\n{front}---\n\n# Forklaring\n\nKoordinatoren er **fast** nu. "
        "<script>alert(1)</script> [klik](javascript:alert(1))\n"
        "<!-- en note til den, der skriver -->\n",
        "utf-8",
    )
    shutil.copytree(ROOT / "site", project / "site")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    done = mkdocs_build(project, project / "public")
    assert done.returncode == 0, done.stderr
    page = (project / "public/eksempel/lokal/ballerup/index.html").read_text("utf-8")
    start = page.index('id="praksis-over-tid"')
    part = page[start : page.index('id="forklaringer"')]
    assert 'aria-labelledby="praksis-titel"' in part and part.count("<polyline") == 2
    assert "○</span> Uacceptabel<br><small>Ingen fast koordinator.</small>" in part
    assert '<td class="susi-practice--expected"' in part and "1. september 2021" in part
    texts = page[page.index('id="forklaringer"') :]
    assert "<h4>Opfølgningen 1. september 2021</h4>" in texts
    assert "Koordinatoren er <strong>fast</strong> nu." in texts
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in texts and "<script>alert" not in texts
    assert 'href="javascript' not in texts and "en note til den" not in page
    spec_page = (project / "public/eksempel/index.html").read_text("utf-8")
    overview = spec_page[spec_page.index("susi-practice-overview") :]
    assert '<td class="susi-practice--expected" data-label="Helhedssyn">Forventet</td>' in overview
    data = json.loads((project / "public/eksempel/eksport/indsatsbeskrivelse.json").read_text())
    assessed = [f["practice_profile"] for f in data["follow_ups"]["ballerup"]]
    assert [a["assessment"] for a in assessed[1]] == ["expected", "expected"]
    assert (project / "public/eksempel/eksport/praksisprofil.csv").is_file()


def test_local_review_summary_agrees_with_its_signals(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ballerup follows the latest release (nothing to update), but its follow-up has a
    rule's criterion not done: the summary line must not say there is nothing to review."""
    assert main(["local-review", "eksempel"]) == 0
    assert "bygger på v1: ajour, intet at gennemgå." in capsys.readouterr().out
    checklist = project / "tjekliste.xlsx"
    assert main(["export", "eksempel", "--format", "fidelity-xlsx", "-o", str(checklist)]) == 0
    fill(checklist, {"1.1": ("Ikke udført", None)})
    assert imported_as(capsys, "fidelity", str(checklist), "--place", "ballerup")[0] == 0
    for lang, summary in (
        ("da", "bygger på v1, den seneste version, men opfølgningen skal gennemgås:"),
        ("en", "based on v1, the latest version, but its follow-up is to be reviewed:"),
    ):
        assert main(["local-review", "eksempel", "--lang", lang]) == 0
        out = capsys.readouterr().out
        assert summary in out and "ajour" not in out and "up to date" not in out
    assert main(["local-review", "eksempel", "--format", "json", "--exit-code"]) == 1
    place = json.loads(capsys.readouterr().out)["places"][0]
    assert (place["due_for_review"], place["to_review"]) == (False, True)


def test_hostile_csv_profiles_are_refused_by_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = export(project, "practice-profile-csv")
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")), delimiter=";"))
    rows[1][6:8] = ["Forventet", "Ring på 22 34 56 78"]
    rows[2][6] = "Godt nok"
    out = io.StringIO()
    csv.writer(out, delimiter=";").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    code, _, err = practice(capsys, str(path), "--place", "ballerup", "--date", "2021-03-01")
    assert code == 1
    assert "linje 2, kolonne 8: Her står et telefonnummer" in err
    assert "linje 3, kolonne 7: 'Godt nok' er ikke en vurdering" in err
    path.write_bytes(b"Nr.;Kerneelement\n" + b"x" * (11 * 1024 * 1024))
    code, _, err = practice(capsys, str(path), "--place", "ballerup", "--date", "2021-03-01")
    assert code == 1 and "Filen fylder over 10 MB" in err
    assert not (project / RESULTS).exists()
