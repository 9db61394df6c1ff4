"""`susi diff` and `susi history` on real git repositories, and on the bundled example's history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gitrepo import GitRepo, fixture
from susi_spec.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
SPEC = "specs/demo/index.md"


def _json(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    data: dict[str, object] = json.loads(capsys.readouterr().out)
    return data


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """demo v1 released; v2 released with a tightened level and a renamed element."""
    git = GitRepo(tmp_path / "repo")
    v1 = fixture("valid_v1.md")
    git.write(SPEC, v1)
    git.commit("demo v1")
    v2 = (
        v1.replace("version: 1", "version: 2")
        .replace("released: 2020-09-15", "released: 2021-09-15")
        .replace("  - id: helhedssyn\n", "  - id: helhed\n    previous_ids: [helhedssyn]\n")
        .replace("core_elements: [helhedssyn]", "core_elements: [helhed]")
        .replace("level: guideline", "level: rule")
        .replace("    options: [Familierådslagning, Netværksmøde]\n", "")
        .replace("    decision_rule: Familien vælger metoden ved opstartsmødet.\n", "")
        .replace(
            "    rationale: Mål, familien ejer, bliver fulgt.\n",
            "    rationale: Mål, familien ejer, bliver fulgt.\n"
            "    fidelity: [Målene står i familiens egne ord.]\n",
        )
        .replace(
            "delivery:",
            "changes:\n  - what: Inddragelse er nu en regel.\n"
            "    core_elements: [inddragelse, helhed]\ndelivery:",
        )
    )
    git.write(SPEC, v2)
    git.commit("demo v2")
    monkeypatch.chdir(git.root)
    return git


def test_history_lists_releases_with_counts_and_matrix(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["history", "demo", "--format", "json"]) == 0
    data = _json(capsys)
    versions = data["versions"]
    assert isinstance(versions, list)
    assert [v["label"] for v in versions] == ["v1", "v2"]
    assert [v["date"] for v in versions] == ["2020-09-15", "2021-09-15"]
    assert versions[0]["changes"] is None
    assert versions[1]["changes"]["renamed"] == 1 and versions[1]["tightened"] == 1
    assert versions[1]["commit"] == repo.git("rev-parse", "HEAD").strip()
    rows = {row["id"]: row for row in data["matrix"]["rows"]}  # type: ignore[index]
    assert rows["inddragelse"]["levels"] == ["guideline", "rule"]
    assert rows["inddragelse"]["moves"] == [None, "tightened"]
    assert rows["helhed"]["levels"] == ["principle", "principle"]  # one row across the rename
    assert main(["history", "demo"]) == 0
    text = capsys.readouterr().out
    assert "↑regel" in text and "Modenhedsmatrix" in text


def test_diff_between_releases_json_contract(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", "demo", "v1", "v2", "--format", "json"]) == 0
    data = _json(capsys)
    assert data["spec"] == "demo"
    assert data["from"]["version"] == "v1" and data["to"]["version"] == "v2"  # type: ignore[index]
    assert data["to"]["commit"] == repo.git("rev-parse", "HEAD").strip()  # type: ignore[index]
    changes = data["changes"]
    assert isinstance(changes, list)
    for change in changes:
        assert {"kind", "path", "old", "new"} <= set(change)
        assert change["kind"] in {"added", "removed", "renamed", "modified", "moved"}
    levels = [c for c in changes if c["path"] == "core_elements/inddragelse/level"]
    assert levels == [levels[0]] and levels[0]["direction"] == "tightened"
    assert (levels[0]["old"], levels[0]["new"]) == ("guideline", "rule")
    renamed = [c for c in changes if c["kind"] == "renamed"]
    assert [(c["old"], c["new"]) for c in renamed] == [("helhedssyn", "helhed")]
    # the renamed element's theory-of-change link is not reported as removed and added
    assert not [c for c in changes if c["path"].startswith("theory_of_change/links")]


def test_diff_defaults_and_exit_code(repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "demo", "--exit-code"]) == 0  # last release == working tree
    path = repo.root / SPEC
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "Tid til koordinatoren.", "Tid til koordinatoren og teamet."
        ),
        "utf-8",
    )
    capsys.readouterr()
    assert main(["diff", "demo", "--exit-code", "--format", "md"]) == 1
    report = capsys.readouterr().out
    assert "<ins> og teamet</ins>" in report and "arbejdskopi" in report
    assert main(["diff", "demo", "HEAD~1", "--format", "json"]) == 0  # a git revision
    assert _json(capsys)["from"]["commit"] == repo.git("rev-parse", "HEAD~1").strip()  # type: ignore[index]


def test_diff_output_never_lands_on_a_spec(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = repo.root / SPEC
    before = spec.read_bytes()
    assert main(["diff", "demo", "v1", "v2", "-o", SPEC]) == 2
    assert "rapporten ville overskrive den" in capsys.readouterr().err
    assert spec.read_bytes() == before
    assert main(["diff", "demo", "v1", "v2", "-o", "specs/"]) == 2
    assert "er en mappe" in capsys.readouterr().err
    assert main(["diff", "demo", "v1", "v2", "--format", "md", "-o", "v1-v2.md"]) == 0
    assert (repo.root / "v1-v2.md").read_text(encoding="utf-8").startswith("# Ændringer i")


def test_diff_of_two_files_needs_no_git(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = tmp_path / "a.md", tmp_path / "b.md"
    old.write_text(fixture("valid_v1.md"), encoding="utf-8")
    new.write_text(
        fixture("valid_v1.md")
        .replace(
            "level: principle", "level: guideline\n    options: [A, B]\n    decision_rule: Vælg A."
        )
        .replace("level: rule", "level: principle\n    practice_profile: {expected: x}"),
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    assert main(["diff", str(old), str(new), "--format", "json"]) == 0
    directions = {c["path"]: c.get("direction") for c in _json(capsys)["changes"]}  # type: ignore[attr-defined]
    assert directions["core_elements/koordinering/level"] == "loosened"
    assert directions["core_elements/helhedssyn/level"] == "tightened"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["diff", "demo", "v7"], "ingen frigivet version 'v7'"),
        (["diff", "demo", "nosuchbranch"], "hverken en frigivet version"),
        (["diff", "ukendt"], "Fandt ingen indsatsbeskrivelse"),
        (["history", "ukendt"], "Fandt ingen indsatsbeskrivelse"),
    ],
)
def test_bad_references_exit_2(
    repo: GitRepo, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_history_needs_git(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "specs" / "demo").mkdir(parents=True)
    (tmp_path / SPEC).write_text(fixture("valid_v1.md"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["history", "demo"]) == 2
    assert "git" in capsys.readouterr().err


def test_bundled_example_history_v0_to_v3(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    assert main(["history", "en-familie-en-indgang", "--format", "json"]) == 0
    data = _json(capsys)
    labels = [v["label"] for v in data["versions"]]  # type: ignore[attr-defined]
    assert labels[:4] == ["v0", "v1", "v2", "v3"]
    rows = {row["id"]: row["levels"][:4] for row in data["matrix"]["rows"]}  # type: ignore[index]
    assert rows["koordineret-sagsbehandling"] == ["principle", "guideline", "guideline", "rule"]
    assert rows["inddragelse-af-familien"] == ["principle", "principle", "guideline", "guideline"]
    assert "faelles-systematisk-tilgang" in rows and "den-faelles-plan" not in rows
    assert main(["diff", "en-familie-en-indgang", "v1", "v2", "--format", "md"]) == 0
    report = capsys.readouterr().out
    assert report.startswith("# Ændringer i «Én familie, én indgang»")
    assert "den-faelles-plan → faelles-systematisk-tilgang" in report
    assert "**Strammet:** «Inddragelse af familien»: princip → retningslinje" in report
