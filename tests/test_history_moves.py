"""History across renames and moves inside the specs folder: history, diff, check and site.

Each case builds a real repository with v1 and v2 released and tagged, then renames the
spec (folder and id), moves it deeper (`specs/archive/<id>/`), or both, and asks every
reader what it sees.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from gitrepo import GitRepo
from susi_spec.checks.checker import check_paths
from susi_spec.cli.main import main
from test_hostile import VALID

V2_CHANGES = (
    "changes:\n  - what: Ny milepæl.\n    why: Metodeseminar 1.\n    decided_by: Seminaret\n"
)


def _version(number: int, day: str) -> str:
    text = VALID.replace("version: 1", f"version: {number}").replace("2020-09-15", day)
    if number == 2:
        text = text.replace("milestone: Opstart\n", f"milestone: Metodeseminar 1\n{V2_CHANGES}")
    return text


def _released_twice(root: Path) -> GitRepo:
    git = GitRepo(root)
    git.write("specs/demo/index.md", _version(1, "2020-01-02"))
    git.commit("v1")
    git.git("tag", "-a", "demo/v1", "-m", "v1")
    git.write("specs/demo/index.md", _version(2, "2020-01-03"))
    git.commit("v2")
    git.git("tag", "-a", "demo/v2", "-m", "v2")
    git.write("specs/andet/index.md", VALID.replace("id: demo", "id: andet"))
    git.commit("et andet spec, så specs/ ikke kun er demo")
    return git


def _rename(git: GitRepo) -> str:
    git.git("mv", "specs/demo", "specs/ny-demo")
    path = git.root / "specs/ny-demo/index.md"
    path.write_text(path.read_text(encoding="utf-8").replace("id: demo", "id: ny-demo"))
    git.commit("nyt id")
    return "specs/ny-demo/index.md"


def _move(git: GitRepo) -> str:
    (git.root / "specs/archive").mkdir()
    git.git("mv", "specs/demo", "specs/archive/demo")
    git.commit("arkiveret")
    return "specs/archive/demo/index.md"


def _move_and_rename(git: GitRepo) -> str:
    _move(git)
    git.git("mv", "specs/archive/demo", "specs/archive/ny-demo")
    path = git.root / "specs/archive/ny-demo/index.md"
    path.write_text(path.read_text(encoding="utf-8").replace("id: demo", "id: ny-demo"))
    git.commit("nyt id i arkivet")
    return "specs/archive/ny-demo/index.md"


CASES: dict[str, Callable[[GitRepo], str]] = {
    "rename": _rename,
    "move": _move,
    "move-and-rename": _move_and_rename,
}


@pytest.mark.parametrize("change", CASES.values(), ids=CASES.keys())
def test_history_keeps_every_release_with_its_own_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    change: Callable[[GitRepo], str],
) -> None:  # fmt: skip
    git = _released_twice(tmp_path / "repo")
    path = change(git)
    monkeypatch.chdir(git.root)
    spec_id = Path(path).parent.name
    assert main(["history", spec_id, "--format", "json"]) == 0  # found by id, also nested
    report = json.loads(capsys.readouterr().out)
    rows = [(v["version"], v["date"], v["commit"]) for v in report["versions"]]
    tagged = [git.git("rev-parse", f"demo/v{n}^{{commit}}").strip() for n in (1, 2)]
    assert rows[:2] == [("v1", "2020-01-02", tagged[0]), ("v2", "2020-01-03", tagged[1])]


@pytest.mark.parametrize("change", CASES.values(), ids=CASES.keys())
def test_diff_since_the_last_release_names_a_new_id_and_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    change: Callable[[GitRepo], str],
) -> None:  # fmt: skip
    git = _released_twice(tmp_path / "repo")
    path = change(git)
    monkeypatch.chdir(git.root)
    main(["diff", path, "v2", "arbejdskopi", "--format", "json"])
    changes = json.loads(capsys.readouterr().out)["changes"]
    renamed = "ny-demo" in path
    expected = [("renamed", "id", "demo", "ny-demo")] if renamed else []
    assert [(c["kind"], c["path"], c["old"], c["new"]) for c in changes] == expected
    main(["diff", path, "v2", "arbejdskopi"])
    out = capsys.readouterr().out
    assert ("nyt id: demo → ny-demo" in out) if renamed else ("Ingen ændringer" in out)


def test_a_move_is_no_change_for_the_frozen_release_rule(tmp_path: Path) -> None:
    git = _released_twice(tmp_path / "repo")
    path = _move(git)
    report = check_paths([git.root / path])
    assert [p.code for p in report.problems] == []


def test_an_id_rename_after_a_release_asks_for_a_new_version(tmp_path: Path) -> None:
    # The id is part of the released text (FORMAT.md): changing it starts a new version.
    git = _released_twice(tmp_path / "repo")
    path = _rename(git)
    codes = [p.code for p in check_paths([git.root / path]).problems]
    assert codes == ["SP401"]


def test_two_specs_with_the_same_folder_name_must_be_named_by_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    git = _released_twice(tmp_path / "repo")
    git.write("specs/archive/andet/index.md", VALID.replace("id: demo", "id: andet"))
    git.commit("en kopi i arkivet")
    monkeypatch.chdir(git.root)
    assert main(["history", "andet"]) == 0  # specs/andet/ is the direct match
    capsys.readouterr()
    (git.root / "specs/andet").rename(git.root / "specs/gammel")
    assert main(["history", "andet"]) == 0  # now only specs/archive/andet/
    git.write("specs/nyt/andet/index.md", VALID.replace("id: demo", "id: andet"))
    assert main(["history", "andet"]) == 2
    assert "Flere indsatsbeskrivelser hedder 'andet'" in capsys.readouterr().err


EDITS = {
    "heading-into-a-quote": ("## Omkostninger {#costs}", "> ## Omkostninger {#costs}"),
    "heading-into-a-list": ("## Omkostninger {#costs}", "- ## Omkostninger {#costs}"),
    "text-before-the-first-section": ("\n## ", "\nEn indledende sætning.\n\n## "),
}


@pytest.mark.parametrize(("old", "new"), EDITS.values(), ids=EDITS.keys())
def test_any_change_of_a_released_body_is_caught_by_the_frozen_rule(
    tmp_path: Path, old: str, new: str
) -> None:
    git = _released_twice(tmp_path / "repo")
    path = git.root / "specs/demo/index.md"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    git.commit("en ændring af v2's brødtekst")
    assert [p.code for p in check_paths([path]).problems] == ["SP401"]


def test_spacing_alone_is_no_change(tmp_path: Path) -> None:
    git = _released_twice(tmp_path / "repo")
    path = git.root / "specs/demo/index.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\n\n", "\n\n\n").replace(". ", ".  "), encoding="utf-8")
    git.commit("kun mellemrum")
    assert check_paths([path]).problems == []
