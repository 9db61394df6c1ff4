"""Learning-cycle records (`specs/<id>/cycles.md`, susi-cycles/1): checked against the
spec's releases in a real git repository, laid beside the changes in `susi diff`, and
published as /<id>/laeringscirkler/ by a real `mkdocs build --strict`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_site_build import make_project, mkdocs_build

from susi_spec.checks.checker import check_paths
from susi_spec.checks.rules.cycles_participants import FIRST_NAMES, looks_like_name
from susi_spec.cli.main import main

DECISIONS = """\
    decisions:
      - id: systematisk-valg
        text: Helhedssyn bliver en retningslinje med et systematisk valg.
        findings: [planer-forskellige]
        change: 1
"""

RECORD = (
    """\
---
schema: susi-cycles/1
spec: demo
cycles:
  - number: 1
    title: Første halvår
    version: 1
    leads_to: 2
    period: {start: 2020-09-15, end: 2021-03-01}
    places: [ballerup, fredericia]
    plan:
      implementation: Kerneteamet nedsættes i begge kommuner.
      documentation: Registreringsskema ved opstart.
    findings:
      - id: planer-forskellige
        text: Kommunerne lavede planen for hele familien på <b>hver sin</b> måde.
        kind: implementation
        places: [fredericia]
        data: Interview med sagsbehandlere.
        core_elements: [helhedssyn]
        nodes: [videndeling]
    seminar:
      title: Metodeseminar 1
      date: 2021-02-10
      questions: [Skal valget af plan være systematisk?]
      participants:
        - {role: Projektledere fra kommunerne, count: 2}
"""
    + DECISIONS
    + """\
---

Noterne til læringscirklerne.
"""
)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site tests' demo project (v1 and v2 released, a v3 draft) with a record."""
    root = tmp_path_factory.mktemp("cycles") / "repo"
    repo = make_project(root)
    repo.write("specs/demo/cycles.md", RECORD)
    repo.commit("Læringscirkler")
    return root


def cycle_codes(root: Path, record: str) -> list[tuple[str, str]]:
    (root / "specs/demo/cycles.md").write_text(record, encoding="utf-8")
    try:
        report = check_paths([root / "specs"], workers=1)
    finally:
        (root / "specs/demo/cycles.md").write_text(RECORD, encoding="utf-8")
    return [(p.code, p.severity.value) for p in report.problems if p.path.endswith("cycles.md")]


def test_a_record_that_traces_every_change_checks_clean(project: Path) -> None:
    assert cycle_codes(project, RECORD) == []


def test_a_change_without_a_decision_is_for_review(project: Path) -> None:
    record = RECORD.replace("        change: 1\n", "        no_change: Vi venter.\n")
    assert cycle_codes(project, record) == [("SP506", "warning")]


def test_a_decision_whose_change_is_missing_is_a_warning(project: Path) -> None:
    # Change 2 does not exist in v2, so nothing carries the change to helhedssyn either.
    record = RECORD.replace("        change: 1\n", "        change: 2\n")
    assert cycle_codes(project, record) == [("SP506", "warning"), ("SP507", "warning")]


def test_a_finding_no_decision_answers_is_a_note(project: Path) -> None:
    record = RECORD.replace("findings: [planer-forskellige]", "findings: []")
    assert cycle_codes(project, record) == [("SP508", "note")]


def test_references_are_checked_against_the_version_the_cycle_ran(project: Path) -> None:
    record = RECORD.replace("nodes: [videndeling]", "nodes: [ukendt-node]")
    assert cycle_codes(project, record) == [("SP503", "error")]


def test_a_person_named_among_the_participants_is_refused(project: Path) -> None:
    record = RECORD.replace("role: Projektledere fra kommunerne", "role: Mette Hansen")
    assert cycle_codes(project, record) == [("SP505", "error")]


def test_a_cycle_on_an_unreleased_version_is_an_error(project: Path) -> None:
    # v3 is only a draft: the cycle cannot have run it; v4 is nowhere.
    record = RECORD.replace(
        "    version: 1\n    leads_to: 2\n", "    version: 3\n    leads_to: 4\n"
    )
    codes = cycle_codes(project, record)
    assert ("SP502", "error") in codes


def test_a_decision_with_both_outcomes_is_a_shape_error(project: Path) -> None:
    record = RECORD.replace("        change: 1\n", "        change: 1\n        no_change: Nej.\n")
    codes = cycle_codes(project, record)
    assert codes and all(code.startswith("SP0") for code, _ in codes)


def test_susi_diff_shows_the_decision_and_findings_beside_the_change(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(project)
    assert main(["diff", "demo", "v1", "v2"]) == 0
    text = capsys.readouterr().out
    assert (
        "Beslutning (Metodeseminar 1, 10. februar 2021): Helhedssyn bliver en retningslinje" in text
    )
    assert "Fund (implementering; Fredericia; Interview med sagsbehandlere): Kommunerne" in text
    assert main(["diff", "demo", "v1", "v2", "--format", "json"]) == 0
    frame = json.loads(capsys.readouterr().out)["frame"]
    assert frame[0]["decisions"] == [
        {
            "id": "systematisk-valg",
            "text": "Helhedssyn bliver en retningslinje med et systematisk valg.",
            "cycle": 1,
            "seminar": "Metodeseminar 1",
            "date": "2021-02-10",
            "findings": [
                {
                    "id": "planer-forskellige",
                    "text": "Kommunerne lavede planen for hele familien på <b>hver sin</b> måde.",
                    "kind": "implementation",
                    "places": ["Fredericia"],
                    "data": "Interview med sagsbehandlere.",
                }
            ],
        }
    ]
    assert main(["diff", "demo", "v1", "v2", "--format", "html"]) == 0
    html = capsys.readouterr().out
    assert "&lt;b&gt;hver sin&lt;/b&gt;" in html and "<b>hver sin</b>" not in html
    assert main(["diff", "demo", "v1", "v2", "--format", "md", "--lang", "en"]) == 0
    assert "Decision (Metodeseminar 1, 2021-02-10)" in capsys.readouterr().out


def test_without_a_record_the_report_is_as_before(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(project)
    assert main(["diff", "demo", "v1", "v2", "--format", "json"]) == 0
    traced = json.loads(capsys.readouterr().out)
    record = project / "specs/demo/cycles.md"
    record.unlink()
    try:
        assert main(["diff", "demo", "v1", "v2", "--format", "json"]) == 0
        plain = json.loads(capsys.readouterr().out)
    finally:
        record.write_text(RECORD, encoding="utf-8")
    del traced["frame"][0]["decisions"]
    assert plain == traced


def test_the_site_publishes_the_learning_cycles(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    done = mkdocs_build(project, tmp_path / "public")
    assert done.returncode == 0, done.stderr
    site = tmp_path / "public" / "demo"
    page = (site / "laeringscirkler" / "index.html").read_text(encoding="utf-8")
    # Readers' words: titles and Danish dates, the finding escaped, links to both versions
    # and the changes page, the decision linked to its finding.
    assert "Læringscirkel 1: Første halvår" in page
    assert "15. september 2020 – 1. marts 2021" in page
    assert "Metodeseminar 1, 10. februar 2021" in page
    assert "&lt;b&gt;hver sin&lt;/b&gt;" in page
    assert 'href="../v1/"' in page and 'href="../v2/"' in page
    assert 'href="../changes/v1-v2/"' in page
    assert 'href="#fund-planer-forskellige"' in page and 'id="fund-planer-forskellige"' in page
    assert "Ændring 1 i version 2: Helhedssyn er strammet fra princip til retningslinje." in page
    assert "Helhedssyn" in page and "Videndeling" in page  # concerns by title, not id
    assert "Noterne til læringscirklerne." in page
    changes = (site / "changes" / "v1-v2" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../laeringscirkler/#cirkel-1"' in changes
    assert "Beslutning (Metodeseminar 1, 10. februar 2021)" in changes
    assert 'href="laeringscirkler/"' in (site / "index.html").read_text(encoding="utf-8")


@given(st.lists(st.text("abcdefghijklmnopqrstuvwxyzæøå", min_size=1), min_size=1))
def test_roles_in_lower_case_never_look_like_names(words: list[str]) -> None:
    """A role written as words ("projektledere fra kommunerne") is never a name."""
    assert not looks_like_name(" ".join(words))


@given(
    st.sampled_from(sorted(FIRST_NAMES)),
    st.from_regex(r"[A-ZÆØÅ][a-zæøå]{1,12}", fullmatch=True),
)
def test_a_first_name_before_a_surname_looks_like_a_name(first: str, last: str) -> None:
    assert looks_like_name(f"Deltager: {first} {last}")
    assert looks_like_name(first)


BUNDLED = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden" / "cycles"


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("v3-final.text", ["--format", "text"]),
        ("v3-final.md", ["--format", "md"]),
        ("v3-final.en.md", ["--format", "md", "--lang", "en"]),
        ("v3-final.json", ["--format", "json"]),
        ("v3-final.html", ["--format", "html"]),
    ],
)
def test_bundled_example_traces_final_back_to_its_findings(
    name: str, args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Golden reports (reviewed): every change from v3 to final with its decision and the
    findings and places behind it. After an intended change, write them again with
    `susi diff en-familie-en-indgang v3 final ARGS > tests/golden/cycles/NAME` and read them."""
    monkeypatch.chdir(BUNDLED)
    assert main(["diff", "en-familie-en-indgang", "v3", "final", *args]) == 0
    expected = (GOLDEN / name).read_text(encoding="utf-8")
    assert capsys.readouterr().out == expected


def test_a_record_beside_a_broken_spec_says_so_and_nothing_crashes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "specs" / "demo"
    folder.mkdir(parents=True)
    (folder / "index.md").write_bytes(b"\x00--\nschema: susi-spec/1\n")
    (folder / "cycles.md").write_text(RECORD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--format", "json"]) == 1
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert {(Path(p["path"]).name, p["code"]) for p in problems} >= {
        ("index.md", "SP002"),
        ("cycles.md", "SP501"),
    }
