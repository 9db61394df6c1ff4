"""The export formats, read back as their users read them: xlsx with openpyxl, CSV with
`csv`, Markdown line by line, JSON through the model again.

The demo spec (tests/fixtures/valid_v1.md) has a rule with one fidelity criterion
(koordinering), a guideline without criteria or profile (inddragelse) and a principle with
a practice profile but no criteria (helhedssyn).
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from gitrepo import fixture
from susi_spec.export import FORMATS, export
from susi_spec.export.origin import Origin
from susi_spec.loading.document import parse_document
from susi_spec.model import Spec
from susi_spec.model.boundary import validate

SHA = "0123456789abcdef0123456789abcdef01234567"


def load(text: str) -> Spec:
    spec, findings = validate(parse_document(text.encode("utf-8"), "specs/demo/index.md"))
    assert isinstance(spec, Spec), findings
    return spec


def demo(*edits: tuple[str, str]) -> Spec:
    text = fixture("valid_v1.md")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    return load(text)


def run(spec: Spec, name: str, lang: str = "da", commit: str | None = SHA) -> bytes:
    return export(spec, Origin.of(spec, "working", commit, "specs/demo/index.md"), name, lang)


def sheet(data: bytes) -> Worksheet:
    """The one visible sheet (the checklist's hidden `susi` sheet is for the importer)."""
    workbook = load_workbook(io.BytesIO(data))
    visible = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
    assert len(visible) == 1
    return visible[0]


def rows(ws: Worksheet) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in ws.iter_rows(values_only=True)]


def header_row(ws: Worksheet, first: str) -> int:
    """The number of the table's header row: the row whose first cell is `first`."""
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == first)


# -- fidelity checklist, xlsx ------------------------------------------------------------


def test_checklist_title_block_names_the_version_and_asks_for_the_municipality() -> None:
    ws = sheet(run(demo(), "fidelity-xlsx"))
    assert ws.title == "Troskabstjekliste"
    assert ws["A1"].value == "Troskabstjekliste: Demo-indsats" and ws["A1"].font.bold
    facts = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(2, 8)}
    assert facts["Indsats"] == "Demo-indsats (demo)"
    assert facts["Version"] == "version 1, frigivet 15. september 2020"
    assert facts["Kilde"] == f"commit {SHA[:8]}, specs/demo/index.md"
    for field in ("Kommune", "Dato", "Udfyldt af"):
        assert field in facts and facts[field] is None  # left for the municipality
    draft = sheet(
        run(
            demo(("status: released\nreleased: 2020-09-15\n", "status: draft\n")),
            "fidelity-xlsx",
            commit=None,
        )
    )
    assert draft["B3"].value == "version 1, udkast (ikke frigivet)"
    assert draft["B4"].value.startswith("arbejdskopi (ikke committet)")


def test_checklist_groups_criteria_under_each_core_element_with_its_level() -> None:
    ws = sheet(run(demo(), "fidelity-xlsx"))
    top = header_row(ws, "Nr.")
    table = [row[:2] for row in rows(ws)[top:] if row[1]]
    assert table[:6] == [
        ("1", "Koordineret sagsbehandling (regel)"),
        ("1.1", "Familien kender navnet på sin koordinator."),
        ("2", "Inddragelse af familien (retningslinje)"),
        ("2.–", "Ingen troskabskriterier er beskrevet for dette kerneelement."),
        ("3", "Helhedssyn (princip)"),
        (
            "3.–",
            "Ingen troskabskriterier er beskrevet for dette kerneelement. "
            "Følg op med praksisprofilen.",
        ),
    ]
    levels = {ws.cell(r, 1).value: ws.row_dimensions[r].outlineLevel for r in range(top, top + 7)}
    assert levels == {"Nr.": 0, "1": 0, "1.1": 1, "2": 0, "2.–": 1, "3": 0, "3.–": 1}
    group = ws.cell(top + 1, 2)
    assert group.font.bold and group.fill.fgColor.rgb.endswith("DDEBF7")
    assert ws.cell(top + 4, 2).font.italic  # "no criteria" stands out, not just absent
    assert ws.sheet_properties.outlinePr is not None
    assert ws.sheet_properties.outlinePr.summaryBelow is False  # the group row is above


def test_checklist_header_is_styled_frozen_and_repeated_when_printed() -> None:
    ws = sheet(run(demo(), "fidelity-xlsx"))
    top = header_row(ws, "Nr.")
    headings = [ws.cell(top, c).value for c in range(1, 5)]
    assert headings == [
        "Nr.",
        "Troskabskriterium",
        "Status (Udført / Delvist / Ikke udført)",
        "Note",
    ]
    assert all(ws.cell(top, c).font.bold for c in range(1, 5))
    assert ws.cell(top, 1).fill.fgColor.rgb.endswith("1F4E79")
    assert ws.freeze_panes == f"A{top + 1}"
    assert ws.print_title_rows == f"${top}:${top}"
    widths = {key: dim.width for key, dim in ws.column_dimensions.items()}
    assert widths["B"] >= 60 and widths["D"] >= 30 and 10 <= widths["A"] <= 15
    assert ws.cell(top + 2, 2).alignment.wrap_text
    assert ws.row_dimensions[top].height is not None  # tall enough for the wrapped heading


def test_checklist_status_has_a_drop_down_on_criterion_rows_only() -> None:
    ws = sheet(
        run(
            demo(
                (
                    "      - Familien kender navnet på sin koordinator.\n",
                    "      - Familien kender navnet på sin koordinator.\n"
                    "      - Koordinatoren ringer inden mødet.\n",
                )
            ),
            "fidelity-xlsx",
        )
    )
    top = header_row(ws, "Nr.")
    validations = ws.data_validations.dataValidation
    assert len(validations) == 1
    validation = validations[0]
    assert validation.type == "list" and validation.formula1 == '"Udført,Delvist,Ikke udført"'
    assert validation.showErrorMessage and validation.allow_blank
    assert validation.showDropDown is not True  # True would hide the arrow in Excel
    assert sorted(str(validation.sqref).split()) == [f"C{top + 2}", f"C{top + 3}"]


def test_checklist_counts_each_status_below_the_table() -> None:
    ws = sheet(run(demo(), "fidelity-xlsx"))
    top = header_row(ws, "Nr.")
    formulas = {ws.cell(r, 2).value: ws.cell(r, 3).value for r in range(top, ws.max_row + 1)}
    last = top + 6
    assert formulas["Udført"] == f'=COUNTIF(C{top + 1}:C{last},"Udført")'
    assert formulas["Ikke udført"] == f'=COUNTIF(C{top + 1}:C{last},"Ikke udført")'


def test_checklist_prints_landscape_one_page_wide() -> None:
    ws = sheet(run(demo(), "fidelity-xlsx"))
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.paperSize == 9  # A4
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage  # type: ignore[union-attr]
    assert ws.oddFooter.center.text == "Side &P af &N"  # type: ignore[union-attr]


def test_checklist_keeps_text_that_looks_like_a_formula_as_text() -> None:
    spec = demo(
        (
            "      - Familien kender navnet på sin koordinator.\n",
            '      - \'=HYPERLINK("http://x";"klik")\'\n',
        )
    )
    ws = sheet(run(spec, "fidelity-xlsx"))
    cell = next(c for row in ws.iter_rows() for c in row if str(c.value).startswith("=HYPER"))
    assert cell.data_type == "s"


@pytest.mark.parametrize("name", ["fidelity-xlsx", "practice-profile-xlsx"])
def test_xlsx_drops_control_characters_xml_cannot_hold(name: str) -> None:
    spec = demo(("title: Demo-indsats", 'title: "Demo\\a\\x01 & indsats"'))
    assert "\x07" in spec.title  # YAML lets them through; the file must still open
    ws = sheet(run(spec, name))
    assert ws["B2"].value == "Demo & indsats (demo)"
    assert ws.oddFooter.left.text is not None  # type: ignore[union-attr]
    assert ws.oddFooter.left.text.startswith("Demo && indsats")  # type: ignore[union-attr]


def test_checklist_in_english() -> None:
    ws = sheet(run(demo(), "fidelity-xlsx", "en"))
    assert ws.title == "Fidelity checklist" and ws["A1"].value == "Fidelity checklist: Demo-indsats"
    assert ws.data_validations.dataValidation[0].formula1 == '"Done,Partly,Not done"'
    top = header_row(ws, "No.")
    assert ws.cell(top + 1, 2).value == "Koordineret sagsbehandling (rule)"


@pytest.mark.parametrize("name", ["fidelity-xlsx", "practice-profile-xlsx"])
def test_xlsx_is_the_same_file_for_the_same_spec(name: str) -> None:
    """No clock in the file: a rebuilt site or a re-run export changes no bytes."""
    data = run(demo(), name)
    assert data == run(demo(), name)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    properties = load_workbook(io.BytesIO(data)).properties
    assert (
        properties.modified is not None and properties.modified.date().isoformat() == "2020-09-15"
    )


# -- practice profile, xlsx --------------------------------------------------------------


def test_practice_profile_one_row_per_element_with_missing_profiles_marked() -> None:
    ws = sheet(run(demo(), "practice-profile-xlsx"))
    assert ws.title == "Praksisprofil"
    top = header_row(ws, "Nr.")
    assert [ws.cell(top, c).value for c in range(1, 9)] == [
        "Nr.",
        "Kerneelement",
        "Niveau",
        "Forventet praksis",
        "Praksis under udvikling",
        "Uacceptabel praksis",
        "Vurdering",
        "Note",
    ]
    table = rows(ws)[top:]
    assert [row[:3] for row in table] == [
        ("1", "Koordineret sagsbehandling", "Regel"),
        ("2", "Inddragelse af familien", "Retningslinje"),
        ("3", "Helhedssyn", "Princip"),
    ]
    assert table[0][3:6] == ("Mangler", "Mangler", "Mangler")
    assert table[2][3:6] == (
        "Planen dækker hele familien.",
        "Planen dækker barnet og forældrene.",
        "Hver forvaltning har sin egen plan.",
    )
    assert ws.cell(top + 1, 4).font.italic and not ws.cell(top + 3, 4).font.italic
    assert ws.freeze_panes == f"A{top + 1}"
    validation = ws.data_validations.dataValidation[0]
    assert validation.formula1 == '"Forventet,Under udvikling,Uacceptabel"'
    assert sorted(str(validation.sqref).split()) == [f"G{top + n}" for n in (1, 2, 3)]
    assert ws.page_setup.orientation == "landscape"


def test_practice_profile_marks_a_partly_missing_profile_cell_by_cell() -> None:
    spec = demo(("      developmental: Planen dækker barnet og forældrene.\n", ""))
    table = rows(sheet(run(spec, "practice-profile-xlsx")))
    helhed = next(row for row in table if row[1] == "Helhedssyn")
    assert helhed[3:6] == (
        "Planen dækker hele familien.",
        "Mangler",
        "Hver forvaltning har sin egen plan.",
    )
    english = rows(sheet(run(spec, "practice-profile-xlsx", "en")))
    assert next(row for row in english if row[1] == "Helhedssyn")[4] == "Missing"


# -- fidelity checklist, csv -------------------------------------------------------------


def parse_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    text = data.decode("utf-8-sig")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_csv_is_semicolon_separated_utf8_with_bom_and_danish_letters() -> None:
    table = parse_csv(run(demo(), "fidelity-csv"))
    assert table[0] == [
        "Kerneelement",
        "Niveau",
        "Nr.",
        "Troskabskriterium",
        "Status (Udført / Delvist / Ikke udført)",
        "Note",
        "Indsats",
        "Version",
        "Kerneelement-id",
        "Kriterium-id",
    ]
    assert table[1] == [
        "Koordineret sagsbehandling",
        "Regel",
        "1",
        "Familien kender navnet på sin koordinator.",
        "",
        "",
        "demo",
        "v1",
        "koordinering",
        "familien-kender-navnet-paa-sin-koordinator",
    ]
    assert [row[0] for row in table[1:]] == [
        "Koordineret sagsbehandling",
        "Inddragelse af familien",
        "Helhedssyn",
    ]
    assert table[2][2] == "" and table[2][3].startswith("Ingen troskabskriterier")


def test_csv_quotes_what_needs_it_and_defuses_formulas() -> None:
    spec = demo(
        (
            "      - Familien kender navnet på sin koordinator.\n",
            "      - 'Navn; telefon og \"fast\" tid'\n      - '=1+2'\n      - '-kontakt'\n",
        )
    )
    criteria = [row[3] for row in parse_csv(run(spec, "fidelity-csv"))[1:3]]
    assert criteria == ['Navn; telefon og "fast" tid', "'=1+2"]
    assert parse_csv(run(spec, "fidelity-csv"))[3][3] == "'-kontakt"


def test_csv_in_english() -> None:
    table = parse_csv(run(demo(), "fidelity-csv", "en"))
    assert table[0][:4] == ["Core element", "Level", "No.", "Fidelity criterion"]
    assert table[0][4] == "Status (Done / Partly / Not done)" and table[1][1] == "Rule"


# -- TIDieR ------------------------------------------------------------------------------

TIDIER_DA = [
    "Kort navn",
    "Hvorfor",
    "Hvad: materialer",
    "Hvad: fremgangsmåde",
    "Hvem leverer",
    "Hvordan",
    "Hvor",
    "Hvornår og hvor meget",
    "Tilpasning",
    "Ændringer",
    "Hvor godt (planlagt)",
    "Hvor godt (faktisk)",
]


def sections(markdown: str) -> dict[str, str]:
    """`## N. Title` → the text under it."""
    parts = re.split(r"^## (.+)$", markdown, flags=re.M)
    return {title: body for title, body in zip(parts[1::2], parts[2::2], strict=True)}


def tidier(spec: Spec, lang: str = "da") -> dict[str, str]:
    return sections(run(spec, "tidier-md", lang).decode("utf-8"))


def test_tidier_has_the_twelve_items_in_order() -> None:
    text = run(demo(), "tidier-md").decode("utf-8")
    assert text.startswith("# TIDieR: Demo-indsats\n")
    # the twelve items, then the evidence profile (issue 14), which the demo has not written
    twelve = [f"{n}. {name}" for n, name in enumerate(TIDIER_DA, 1)]
    assert list(sections(text)) == [*twelve, "Evidensprofil"]
    assert sections(text)["Evidensprofil"].strip().endswith("**Mangler:** `evidence_profile`.")
    table = re.findall(r"^\| (\d+) \| ([^|]+) \| ([^|]+) \|$", text, flags=re.M)
    assert [int(n) for n, _, _ in table] == list(range(1, 13))
    assert table[11][2].strip() == "**Mangler**"  # measured fidelity is never in a spec


def test_tidier_says_what_the_spec_says() -> None:
    items = tidier(demo())
    assert "**Demo-indsats** (`demo`)" in items["1. Kort navn"]
    assert "Én indgang giver overblik og tryghed." in items["2. Hvorfor"]
    assert "Familien har overblik" in items["2. Hvorfor"]
    assert "Koordinatoren holder et opstartsmøde med familien." in items["4. Hvad: fremgangsmåde"]
    assert "En anerkendende tilgang" in items["5. Hvem leverer"]
    assert "- Familie" in items["6. Hvordan"] and "- home" in items["7. Hvor"]
    assert "Et møde om måneden i et år." in items["8. Hvornår og hvor meget"]
    assert "Familien vælger metoden ved opstartsmødet." in items["9. Tilpasning"]
    assert "Familien kender navnet på sin koordinator." in items["11. Hvor godt (planlagt)"]


@pytest.mark.parametrize(
    ("edit", "item", "missing"),
    [
        (
            ("delivery:\n  mode: [family]\n", "delivery:\n"),
            "6. Hvordan",
            "leveringsform (`delivery.mode`)",
        ),
        (
            ("  dose: Et møde om måneden i et år.\n", ""),
            "8. Hvornår og hvor meget",
            "omfang (`delivery.dose`)",
        ),
        (
            ("    rationale: Én indgang giver overblik og tryghed.\n", ""),
            "2. Hvorfor",
            "begrundelse (`rationale`) for «Koordineret sagsbehandling»",
        ),
        (
            ("    decision_rule: Familien vælger metoden ved opstartsmødet.\n", ""),
            "9. Tilpasning",
            "valgregel (`decision_rule`) for «Inddragelse af familien»",
        ),
        (("version: 1\n", "version: 2\n"), "10. Ændringer", "ændringer (`changes`)"),
        (("", ""), "3. Hvad: materialer", "materialer (`materials`)"),
        (("", ""), "5. Hvem leverer", "oplæring (`costs.training`)"),
        (
            ("", ""),
            "11. Hvor godt (planlagt)",
            "troskabskriterier eller praksisprofil (`fidelity`) for «Inddragelse af familien»",
        ),
    ],
    ids=[
        "mode",
        "dose",
        "rationale",
        "decision-rule",
        "changes-v2",
        "materials",
        "training",
        "fidelity",
    ],
)
def test_tidier_names_what_is_missing(edit: tuple[str, str], item: str, missing: str) -> None:
    body = tidier(demo(edit))[item]
    line = next(line for line in body.splitlines() if line.startswith("**Mangler:**"))
    assert missing in line
    if edit != ("", ""):
        assert missing not in tidier(demo()).get(item, "")  # the edit made it missing


def test_tidier_status_per_item() -> None:
    text = run(
        demo(("delivery:\n  mode: [family]\n  setting: [home]\n", "delivery:\n")), "tidier-md"
    ).decode("utf-8")
    status = {
        int(n): s.strip()
        for n, _, s in re.findall(r"^\| (\d+) \| ([^|]+) \| ([^|]+) \|$", text, flags=re.M)
    }
    assert status[1] == "Beskrevet" and status[8] == "Beskrevet"
    assert status[6] == "**Mangler**" and status[7] == "**Mangler**"
    assert status[3] == "**Mangler**"  # no materials at all
    assert status[9] == "Beskrevet"
    assert status[10] == "Ikke relevant"  # v1 has no earlier version to explain
    assert status[11] == "**Delvist beskrevet**"  # inddragelse has no criteria
    assert status[5] == "**Delvist beskrevet**"  # competencies, but no training
    assert "**Status:** 5 beskrevet, 2 delvist beskrevet, 4 mangler, 1 ikke relevant." in text


def test_tidier_escapes_spec_text_and_speaks_english() -> None:
    spec = demo(("title: Demo-indsats", "title: 'Demo *fed* <b>x</b>'"))
    text = run(spec, "tidier-md", "en").decode("utf-8")
    assert text.startswith("# TIDieR: Demo \\*fed\\* &lt;b&gt;x&lt;/b&gt;\n")
    assert "## 6. How" in text and "**Missing:** materials (`materials`)" in text


# -- implementation readiness ------------------------------------------------------------

LEVELS_DA = [
    "Individuelt niveau – kompetencer",
    "Interpersonelt niveau – kultur",
    "Institutionelt niveau – kommune",
    "Infrastrukturelt niveau – kontekst",
]
IMPLEMENTATION = (
    "delivery:\n",
    "implementation:\n  individual: [Kerneteamet uddannes i ICS.]\n"
    "  institutional: [Chefgruppen mødes hver måned., Skriftlig aftale om prioritering.]\n"
    "delivery:\n",
)


def test_readiness_has_each_level_with_questions_and_the_specs_notes() -> None:
    text = run(demo(IMPLEMENTATION), "readiness-md").decode("utf-8")
    assert text.startswith("# Implementeringsparathed: Demo-indsats\n")
    levels = sections(text)
    assert list(levels) == ["Før I går i gang", *LEVELS_DA]
    for name in LEVELS_DA:
        questions = re.findall(r"^- \[ \] (.+\?)$", levels[name], flags=re.M)
        assert len(questions) >= 5, name
        assert "### Det siger beskrivelsen (`implementation." in levels[name]
    assert "- Kerneteamet uddannes i ICS." in levels[LEVELS_DA[0]]
    assert "- Skriftlig aftale om prioritering." in levels[LEVELS_DA[2]]
    for empty in (LEVELS_DA[1], LEVELS_DA[3]):
        assert "**Mangler:** beskrivelsen har ingen noter om dette niveau." in levels[empty]
    assert "**Mangler:**" not in levels[LEVELS_DA[0]]
    assert "| Interpersonelt niveau – kultur | 7 | **Mangler** |" in text
    assert "| Institutionelt niveau – kommune | 7 | 2 |" in text


def test_readiness_without_implementation_block_and_in_english() -> None:
    text = run(demo(), "readiness-md", "en").decode("utf-8")
    assert text.count("**Missing:** the description has no notes on this level.") == 4
    assert "## Individual level – competencies" in text and "### Questions" in text


# -- JSON --------------------------------------------------------------------------------


def test_json_is_the_validated_model_with_its_origin() -> None:
    spec = demo()
    data = json.loads(run(spec, "json"))
    assert data["export"] == "susi-export/1"
    assert data["source"] == {
        "kind": "working",
        "spec": "demo",
        "version": "v1",
        "status": "released",
        "released": "2020-09-15",
        "commit": SHA,
        "path": "specs/demo/index.md",
    }
    assert data["spec"]["schema"] == "susi-spec/1" and "schema_" not in data["spec"]
    assert data["spec"]["theory_of_change"]["links"][0] == {"from": "opstartsmoede", "to": "plan"}
    assert Spec.model_validate_json(json.dumps(data["spec"])) == spec
    assert set(data["spec"]) == {field.alias or name for name, field in Spec.model_fields.items()}
    assert data["spec"]["costs"] is None and data["spec"]["materials"] == []  # every key, always


def test_json_is_the_same_in_either_language() -> None:
    assert run(demo(), "json", "en") == run(demo(), "json", "da")


# -- the registry ------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(FORMATS))
def test_every_format_renders_the_bundled_spec(name: str) -> None:
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "specs/en-familie-en-indgang/index.md"
    spec = load(path.read_text(encoding="utf-8"))
    data = run(spec, name)
    assert data and (FORMATS[name].binary == data.startswith(b"PK"))
    if name == "fidelity-csv":
        table = parse_csv(data)
        assert "Fælles systematisk tilgang" in {row[0] for row in table}
        assert len(table) == 1 + 1 + 2 + 1 + 1  # header, the four elements' rows
