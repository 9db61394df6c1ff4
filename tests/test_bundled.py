"""The bundled example specs check clean, now and at every release in this repository's history."""

from __future__ import annotations

from pathlib import Path

import pytest

from susi_spec.checks.checker import check_document, check_paths, to_problems
from susi_spec.history.git import Repository
from susi_spec.history.versions import HistoryLoader
from susi_spec.loading.document import parse_document

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"


def test_bundled_specs_check_clean() -> None:
    """No errors; the two local implementations show what they were written to show."""
    report = check_paths([SPECS])
    assert report.files >= 4
    assert report.errors == 0
    found = [(Path(p.path).name, p.code, p.severity.value) for p in report.problems]
    assert found == [
        # v2 updated the text on shared financing with no `changes` entry, so no decision of
        # cycle 1 can point at one: the record says so, and the check asks for review.
        ("cycles.md", "SP506", "warning"),
        ("ballerup.md", "SP308", "note"),  # Ballerup departs from a principle: noted
        ("fredericia.md", "SP309", "warning"),  # Fredericia follows v2 while final is out
    ]
    assert {"en-familie-en-indgang", "housing-first-cti"} <= set(report.spec_ids)
    assert set(check_paths([SPECS], models=True).specs) == set(report.spec_ids)


@pytest.mark.parametrize(
    ("spec_id", "labels"),
    [
        ("en-familie-en-indgang", ["v0", "v1", "v2", "v3", "final"]),
        ("housing-first-cti", ["v1", "v2"]),
    ],
)
def test_each_release_checks_clean_at_its_own_level(spec_id: str, labels: list[str]) -> None:
    repo = Repository(ROOT)
    path = SPECS / spec_id / "index.md"
    history = HistoryLoader(repo).load(path, repo.file_log("specs").revisions(repo.relative(path)))
    assert [release.label for release in history.releases] == labels
    for release in history.releases:
        revision = release.state.revision
        data = repo.read_blob(revision.blob)
        result = check_document(parse_document(data, revision.path))
        assert [p.format() for p in to_problems([result], {})] == [], release.label


def test_readme_example_report_is_what_susi_diff_prints(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from susi_spec.cli.main import main

    monkeypatch.chdir(ROOT)
    assert main(["diff", "en-familie-en-indgang", "v1", "v2", "--format", "md"]) == 0
    report = capsys.readouterr().out.rstrip()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    embedded = readme.split("<!-- report:start -->\n")[1].split("\n<!-- report:end -->")[0]
    assert embedded == report, "README's example report is stale: paste the new one and read it"
