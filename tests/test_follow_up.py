"""Follow-up from the spreadsheet back into git, with real workbooks in a real repository.

A project with the rule examples' common model released as v1 (2020-01-01 by the fixed
commit dates) and Ballerup's local implementation of it: `susi export` makes the checklist,
openpyxl fills it in as a person would (place, date, a status from the drop-down, notes),
`susi import fidelity` writes the results file, `susi check` checks it, and a real
`mkdocs build --strict` shows it. Hostile workbooks get a refusal naming the cell.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from test_rule_docs import RELEASED_V1, apply
from test_site_build import ROOT, mkdocs_build

from gitrepo import GitRepo
from susi_spec.checks.checker import check_paths
from susi_spec.checks.rules.doc import base_example
from susi_spec.checks.rules.no_personal_data import find_personal_data, is_cpr_date
from susi_spec.cli.main import main
from susi_spec.model.core_element import with_ids
from susi_spec.model.types import ID_PATTERN

SPEC = "specs/eksempel/index.md"
LOCAL = "specs/eksempel/local/ballerup.md"
RESULTS = Path("specs/eksempel/local/ballerup/opfoelgning")
CHECKLIST = "Troskabstjekliste"
# The example's two criteria: 1.1 (koordinering) in row 12, 2.1 (inddragelse) in row 14.
ROWS = {"1.1": 12, "2.1": 14}


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    repo = GitRepo(tmp_path)
    repo.write(SPEC, apply(base_example("spec"), RELEASED_V1))
    repo.write(LOCAL, base_example("local"))
    repo.commit("Eksempel v1 og Ballerup")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def export(project: Path, fmt: str = "fidelity-xlsx") -> Path:
    target = project / ("tjekliste.xlsx" if fmt == "fidelity-xlsx" else "tjekliste.csv")
    assert main(["export", "eksempel", "--format", fmt, "-o", str(target)]) == 0
    return target


def fill(
    path: Path, answers: dict[str, tuple[str | None, str | None]], **cells: str | dt.datetime
) -> Path:
    """Fill in the checklist as a person does in Excel: the fields on top, then the rows."""
    book = load_workbook(path)
    sheet = book[CHECKLIST]
    sheet["B5"] = "Ballerup"
    sheet["B6"] = dt.datetime(2021, 3, 1)
    for number, (status, note) in answers.items():
        sheet.cell(row=ROWS[number], column=3, value=status)
        sheet.cell(row=ROWS[number], column=4, value=note)
    for ref, value in cells.items():
        sheet[ref] = value
    book.save(path)
    return path


def imported(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["import", "fidelity", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_export_fill_import_check(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = fill(export(project), {"1.1": ("Udført", None), "2.1": ("Delvist", "Kun i nye sager.")})
    code, out, err = imported(capsys, str(sheet), "--place", "Ballerup")
    assert (code, err) == (0, "")
    assert "2 kriterier (1 udført, 1 delvist, 0 ikke udført)" in out
    written = (project / RESULTS / "2021-03-01.md").read_text(encoding="utf-8")
    assert written.startswith(
        "---\nschema: susi-results/1\nspec: eksempel\nplace: ballerup\ndate: 2021-03-01\n"
        "based_on: 1\nfidelity:\n"
        "  - core_element: koordinering\n"
        "    criterion: familien-kender-navnet-paa-sin-koordinator\n    result: done\n"
        "  - core_element: inddragelse\n    criterion: den-valgte-metode-staar-i-sagen\n"
        "    result: partly\n    note: Kun i nye sager.\n---\n"
    )
    report = check_paths([Path("specs")])
    assert [p.format("da") for p in report.problems] == []
    # The same date again is refused unless --replace; --replace keeps the body.
    code, _, err = imported(capsys, str(sheet), "--place", "ballerup")
    assert code == 2 and "har allerede troskabsresultater" in err
    (project / RESULTS / "2021-03-01.md").write_text(written + "Forklaringen.\n", "utf-8")
    assert imported(capsys, str(sheet), "--place", "ballerup", "--replace")[0] == 0
    assert (project / RESULTS / "2021-03-01.md").read_text("utf-8").endswith("Forklaringen.\n")


def test_csv_round_trip_gives_the_same_file(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = fill(
        export(project), {"1.1": ("Ikke udført", "Ny koordinator."), "2.1": ("Udført", None)}
    )
    assert imported(capsys, str(sheet), "--place", "ballerup")[0] == 0
    from_xlsx = (project / RESULTS / "2021-03-01.md").read_text("utf-8")
    (project / RESULTS / "2021-03-01.md").unlink()
    path = export(project, "fidelity-csv")
    text = path.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    for row in rows[1:]:  # as Excel saves it again: the status and note columns filled in
        if row[3].startswith("Familien kender"):
            row[4], row[5] = "Ikke udført", "Ny koordinator."
        elif row[3].startswith("Den valgte"):
            row[4] = "udført"
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_bytes(("\ufeff" + out.getvalue()).encode("utf-8"))
    code, _, err = imported(capsys, str(path), "--place", "ballerup", "--date", "2021-03-01")
    assert (code, err) == (0, "")
    assert (project / RESULTS / "2021-03-01.md").read_text("utf-8") == from_xlsx


def libreoffice_saves(project: Path, path: Path) -> Path:
    """`path` opened and saved again by LibreOffice (its own xlsx writer), as a person does."""
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("CI needs LibreOffice (.ci/run installs libreoffice-calc-nogui)")
        pytest.skip("LibreOffice is not installed")
    out = project / "lo"
    done = subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{project}/lo-profile",
         "--convert-to", "xlsx", "--outdir", str(out), str(path)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return out / path.name


def test_saved_by_libreoffice(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = fill(
        export(project), {"1.1": ("Udført", "Fast koordinator."), "2.1": ("Delvist", None)}
    )
    code, text, err = imported(
        capsys, str(libreoffice_saves(project, sheet)), "--place", "ballerup"
    )
    assert (code, err) == (0, "")
    assert "1 udført, 1 delvist" in text


def test_readiness_form_round_trip(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = export(project, "readiness-csv")
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")), delimiter=";"))
    for row in rows[1:]:
        if row[0] == "process-5":
            row[3:6] = ["Et implementeringsteam med lederen.", "Lederen", "På plads"]
        elif row[0] == "individual-1":
            row[3:6] = ["", "Udviklingskonsulenten", "i gang"]
        elif row[0] == "conclusion":
            row[3] = "Klar til at begynde."
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8-sig")
    code, text, err = imported_as(capsys, "readiness", str(path), "--place", "ballerup",
                                  "--date", "2021-03-01")  # fmt: skip
    assert (code, err) == (0, "") and "2 svar og konklusionen" in text
    written = (project / RESULTS / "2021-03-01.md").read_text("utf-8")
    assert (
        "readiness:\n  answers:\n    - question: process-5\n"
        "      answer: Et implementeringsteam med lederen.\n      responsible: Lederen\n"
        "      status: done\n    - question: individual-1\n"
        "      responsible: Udviklingskonsulenten\n      status: in_progress\n"
        "  conclusion: Klar til at begynde.\n---\n"
    ) in written
    # The fidelity checklist of the same day goes into the same file, beside it.
    sheet = fill(export(project), {"1.1": ("Udført", None)})
    assert imported(capsys, str(sheet), "--place", "ballerup")[0] == 0
    both = (project / RESULTS / "2021-03-01.md").read_text("utf-8")
    assert "readiness:" in both and "fidelity:" in both
    assert check_paths([Path("specs")]).problems == []
    rows[5][5] = "Snart"
    out = io.StringIO()
    csv.writer(out, delimiter=";").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    code, _, err = imported_as(capsys, "readiness", str(path), "--place", "ballerup",
                               "--date", "2021-03-02")  # fmt: skip
    assert code == 1 and "linje 6, kolonne 6: 'Snart' er ikke en status" in err


def imported_as(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["import", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _formula(path: Path) -> None:
    fill(path, {"1.1": ("Udført", None)}, C14='=IF(1,"Udført","")')


def _merged(path: Path) -> None:
    book = load_workbook(path)
    book[CHECKLIST]["C12"] = "Udført"
    book[CHECKLIST].merge_cells("C12:D12")
    book.save(path)


def _huge(path: Path) -> None:
    book = load_workbook(path)
    sheet = book[CHECKLIST]
    for row in range(30, 5100):
        sheet.cell(row=row, column=2, value="x")
    book.save(path)


def _key(name: str, value: str) -> object:
    def change(path: Path) -> None:
        book = load_workbook(path)
        row = {"spec": 2, "version": 3}[name]
        book["susi"].cell(row=row, column=2, value=value)
        book.save(path)

    return change


def _not_a_zip(path: Path) -> None:
    path.write_bytes(b"Kommune;Dato\nBallerup;2020-01-01\n" * 10)


def _zip_bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<x/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (200 * 1024 * 1024))


def _no_key(path: Path) -> None:
    book = Workbook()
    assert book.active is not None
    book.active["A1"] = "Troskabstjekliste"
    book.save(path)


@pytest.mark.parametrize(
    ("break_it", "code", "expected"),
    [
        (_formula, 1, "Troskabstjekliste!C14: Cellen har en formel"),
        (_merged, 1, "Troskabstjekliste!C12: Cellen er flettet"),
        (_huge, 1, "har mere end 5000 rækker"),
        (_key("version", "v2"), 2, "Tjeklisten er lavet af v2, men ballerup fulgte v1"),
        (_key("spec", "anden"), 2, "Tjeklisten er for indsatsen 'anden', som ikke findes"),
        (_not_a_zip, 1, "er ikke en Excel-projektmappe"),
        (_zip_bomb, 1, "langt mere end en tjekliste"),
        (_no_key, 1, "arket 'susi' mangler"),
        (lambda p: fill(p, {"1.1": ("Måske", None)}), 1, "C12: 'Måske' er ikke en status"),
        (lambda p: fill(p, {"1.1": ("Udført", "Ring 010203-1234")}), 1,
         "Troskabstjekliste!D12: Her står et CPR-nummer ('010…')"),
        (lambda p: fill(p, {"1.1": ("Udført", None)}, B7="anne@kommune.dk"), 1,
         "Troskabstjekliste!B7: Her står en e-mailadresse"),
        (lambda p: fill(p, {"1.1": ("Udført", None)}, B12="Et andet kriterium"), 1,
         "Teksten til kriterium 1.1 er ændret"),
        (lambda p: fill(p, {}), 1, "Intet kriterium er udfyldt"),
    ],
    ids=["formula", "merged", "huge", "version", "spec", "not-a-zip", "zip-bomb", "no-key",
         "status", "cpr", "email", "edited", "empty"],
)  # fmt: skip
def test_hostile_workbooks_are_refused_by_cell(
    project: Path, capsys: pytest.CaptureFixture[str], break_it: object, code: int, expected: str
) -> None:
    path = export(project)
    break_it(path)  # type: ignore[operator]
    got, out, err = imported(capsys, str(path), "--place", "ballerup", "--date", "2021-03-01")
    assert (got, out) == (code, "")
    assert expected in err
    assert "Traceback" not in err and "intern fejl" not in err
    assert not (project / RESULTS).exists()


def test_results_rules_on_a_written_file(project: Path) -> None:
    results = project / RESULTS / "2021-03-02.md"
    results.parent.mkdir(parents=True)
    results.write_text(
        "---\nschema: susi-results/1\nspec: eksempel\nplace: ballerup\ndate: 2021-03-01\n"
        "based_on: 1\nfidelity:\n  - core_element: koordinering\n    criterion: ukendt\n"
        "    result: done\n---\nRing til 22 34 56 78.\n",
        encoding="utf-8",
    )
    found = {(p.code, p.line) for p in check_paths([Path("specs")]).problems}
    assert found == {("SP603", 9), ("SP605", 5), ("SP601", 12)}


def test_site_shows_fidelity_over_time(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = export(project)
    fill(sheet, {"1.1": ("Delvist", "Halvdelen."), "2.1": ("Ikke udført", None)})
    assert imported(capsys, str(sheet), "--place", "ballerup")[0] == 0
    fill(sheet, {"1.1": ("Udført", None), "2.1": ("Udført", None)}, B6=dt.datetime(2021, 9, 1))
    assert imported(capsys, str(sheet), "--place", "ballerup")[0] == 0
    latest = project / RESULTS / "2021-09-01.md"
    _, front, body = latest.read_text("utf-8").split("---\n", 2)
    costs = "costs:\n  - {kind: running, amount: 42000, unit: per_citizen, year: 2021}\n"
    latest.write_text(f"---\n{front}{costs}---\n{body}", "utf-8")
    shutil.copytree(ROOT / "site", project / "site")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    done = mkdocs_build(project, project / "public")
    assert done.returncode == 0, done.stderr
    page = (project / "public/eksempel/lokal/ballerup/index.html").read_text("utf-8")
    assert '<svg viewBox="0 0 640 250"' in page and 'role="img"' in page
    assert page.count("<polyline") == 2  # one line per core element with criteria
    assert "1. marts 2021" in page and "1. september 2021" in page
    assert "◐</span> Delvist<br><small>Halvdelen.</small>" in page
    spec_page = (project / "public/eksempel/index.html").read_text("utf-8")
    assert 'id="troskab-i-kommunerne"' in spec_page
    assert '<td class="susi-fidelity--done">50 % → 100 %</td>' in spec_page
    tidier = (project / "public/eksempel/eksport/tidier.md").read_text("utf-8")
    catalog = (project / "public/index.html").read_text("utf-8")
    assert 'data-cost="mellem"' in catalog and "42.000 kr. (Ballerup, 2021)" in catalog
    assert "42.000 kr. pr. borger (2021)" in page
    assert "**Ballerup** (2 opfølgninger, seneste 1. september 2021, v1)" in tidier


@settings(deadline=None)  # a loaded machine is slow, never wrong
@given(st.lists(st.text(max_size=120), max_size=12))
def test_criterion_ids_are_ids_and_unique(texts: list[str]) -> None:
    ids = [criterion.id for criterion in with_ids(list(texts))]
    assert len(set(ids)) == len(ids)
    assert all(__import__("re").fullmatch(ID_PATTERN, made) for made in ids)


@settings(deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2036, 12, 31)))
def test_every_real_birth_date_is_found_as_cpr(day: dt.date) -> None:
    seventh = 0 if day.year < 2000 else 4
    number = f"{day:%d%m%y}-{seventh}123"
    assert [hit.kind for hit in find_personal_data(f"Nr. {number}.")] == ["cpr"]
    assert is_cpr_date(day.day, day.month, day.year % 100, seventh)


def test_not_a_cpr_number() -> None:
    for text in ("310299-1234", "2020-2021", "beløb 1234567890", "12 34 56 78", "v3 2021"):
        assert list(find_personal_data(text)) == [], text


def test_diff_names_a_changed_cost_estimate_and_a_criterion_given_an_id() -> None:
    from susi_spec.diff import diff_specs
    from susi_spec.loading.document import parse_document
    from susi_spec.model.boundary import validate

    def spec(extra: str, criterion: str) -> object:
        text = apply(base_example("spec"), RELEASED_V1).replace(
            "      - Familien kender navnet på sin koordinator.\n", criterion, 1
        )
        text = text.replace("---\n\n", f"costs:\n  estimates:\n{extra}---\n\n", 1)
        model, findings = validate(parse_document(text.encode(), "x/index.md"))
        assert findings == []
        return model

    old = spec(
        "    - {kind: running, amount: 40000, unit: per_citizen, year: 2020}\n",
        "      - Familien kender navnet på sin koordinator.\n",
    )
    new = spec(
        "    - {kind: running, amount: 45000, unit: per_citizen, year: 2021}\n",
        "      - {id: familien-kender-navnet-paa-sin-koordinator, text: "
        "Familien kender navnet på sin faste koordinator.}\n",
    )
    changes = diff_specs(old, new).changes  # type: ignore[arg-type]
    assert {c.field for c in changes} >= {"costs/estimates", "core_elements/fidelity"}
    estimates = {(c.kind, c.old, c.new) for c in changes if c.field == "costs/estimates"}
    assert estimates == {
        ("removed", "running 40000 per_citizen 2020", None),
        ("added", None, "running 45000 per_citizen 2021"),
    }


def test_review_signals_for_a_rule_not_done_and_a_cycle_without_follow_up(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from susi_spec.local.signals import place_signals
    from susi_spec.model import LocalSpec, Spec
    from susi_spec.model.results import FollowUp

    spec_text = apply(base_example("spec"), RELEASED_V1)
    from susi_spec.loading.document import parse_document
    from susi_spec.model.boundary import validate

    spec, _ = validate(parse_document(spec_text.encode(), "x/index.md"))
    local, _ = validate(parse_document(base_example("local").encode(), "x/local/ballerup.md"))
    assert isinstance(spec, Spec) and isinstance(local, LocalSpec)
    rule = next(e for e in spec.core_elements if e.level == "rule")
    releases = [("v1", dt.date(2020, 9, 15)), ("v2", dt.date(2021, 6, 10))]

    def follow_up(day: dt.date, result: str) -> FollowUp:
        return FollowUp.model_validate(
            {"schema": "susi-results/1", "spec": "eksempel", "place": "ballerup", "date": day,
             "based_on": 1, "fidelity": [{"core_element": rule.id,
                                           "criterion": rule.criteria[0].id, "result": result}]}
        )  # fmt: skip

    kinds = [s.kind for s in place_signals(local, [], releases, {"v1": spec})]
    assert kinds == ["cycle-without-follow-up"]
    in_cycle = [follow_up(dt.date(2021, 3, 1), "done")]
    assert place_signals(local, in_cycle, releases, {"v1": spec}) == []
    missed = [follow_up(dt.date(2021, 3, 1), "not_done")]
    signal = place_signals(local, missed, releases, {"v1": spec})[0]
    assert signal.kind == "rule-not-done" and f"«{rule.title}»" in signal.text.da
    # susi local-review says it too, and --exit-code counts it.
    sheet = fill(export(project), {"1.1": ("Ikke udført", None), "2.1": ("Udført", None)})
    assert imported(capsys, str(sheet), "--place", "ballerup")[0] == 0
    assert main(["local-review", "eksempel", "--exit-code"]) == 1
    assert "Opfølgning: Ved opfølgningen 1. marts 2021 var kriterier for reglen" in (
        capsys.readouterr().out
    )


def test_results_follow_a_reworded_criterion_and_a_renamed_element() -> None:
    from susi_spec.local.follow_ups import carry
    from susi_spec.model import CoreElement, Spec
    from susi_spec.model.results import FollowUp

    def spec(version: int, element: CoreElement) -> Spec:
        return Spec.model_validate(
            {"schema": "susi-spec/1", "id": "eksempel", "title": "Eksempel", "version": version,
             "status": "released", "released": dt.date(2020 + version, 1, 1),
             "core_elements": [element.model_dump()]}
        )  # fmt: skip

    old = CoreElement(id="koordinering", title="Koordinering", level="rule",
                      fidelity=["Familien kender navnet på sin koordinator."])  # fmt: skip
    new = CoreElement(id="fast-koordinator", title="Fast koordinator", level="rule",
                      previous_ids=["koordinering"],
                      fidelity=["Familien kender navnet på sin faste koordinator.",
                                "Koordinatoren er rådgiver."])  # fmt: skip
    versions = {"v1": spec(1, old), "v2": spec(2, new)}
    result = FollowUp.model_validate(
        {"schema": "susi-results/1", "spec": "eksempel", "place": "ballerup",
         "date": dt.date(2021, 3, 1), "based_on": 1,
         "fidelity": [{"core_element": "koordinering", "criterion": old.criteria[0].id,
                       "result": "partly"}]}
    )  # fmt: skip
    carried = carry(result, versions, versions["v2"])
    assert [(c.core_element, c.criterion, c.result) for c in carried] == [
        ("fast-koordinator", new.criteria[0].id, "partly")
    ]
