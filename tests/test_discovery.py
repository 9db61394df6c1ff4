"""Nothing is skipped in silence: what discovery finds, and when the history rules cannot run.

Every way a file or its history can go missing is tried on real folders and real
repositories: a folder name above the project, links (dangling, looping, to a folder), a
spec from another folder, no repository, a shallow clone, no git on PATH.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gitrepo import GitRepo
from test_hostile import VALID

ENTRY = "from susi_spec.cli.main import entry; entry()"


def check(
    cwd: Path, *args: str, env: dict[str, str] | None = None
) -> tuple[int, dict[str, object]]:
    done = subprocess.run(
        [sys.executable, "-c", ENTRY, "check", "--format", "json", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, json.loads(done.stdout)


def problems(report: dict[str, object]) -> list[tuple[str, str]]:
    found = report["problems"]
    assert isinstance(found, list)
    return [(p["path"], p["code"]) for p in found]


def committed(root: Path, files: dict[str, str]) -> GitRepo:
    git = GitRepo(root)
    for path, text in files.items():
        git.write(path, text)
    git.commit("specs")
    return git


def test_a_project_under_a_folder_named_assets_is_checked(tmp_path: Path) -> None:
    git = committed(tmp_path / "assets" / "projekt", {"specs/demo/index.md": VALID})
    code, report = check(git.root)
    assert (code, report["files"], problems(report)) == (0, 1, [])


def test_a_specs_own_assets_are_not_specs_but_other_folders_named_assets_are(
    tmp_path: Path,
) -> None:
    git = committed(
        tmp_path / "repo",
        {
            "specs/demo/index.md": VALID,
            "specs/demo/assets/index.md": "not a spec: an attachment",
            "specs/assets/index.md": VALID.replace("id: demo", "id: assets"),
        },
    )
    code, report = check(git.root)
    assert (code, report["files"], problems(report)) == (0, 2, [])


def test_a_linked_spec_folder_is_followed(tmp_path: Path) -> None:
    git = committed(tmp_path / "repo", {"specs/demo/index.md": VALID})
    elsewhere = tmp_path / "elsewhere" / "andet"
    elsewhere.mkdir(parents=True)
    (elsewhere / "index.md").write_text(VALID.replace("id: demo", "id: andet"))
    (git.root / "specs" / "andet").symlink_to(elsewhere)
    _, report = check(git.root)
    assert report["files"] == 2
    # Its file lies outside the repository: checked, and the missing history is said.
    assert problems(report) == [("specs/andet/index.md", "SP404")]


def test_a_dangling_link_is_reported_with_what_to_do(tmp_path: Path) -> None:
    git = committed(tmp_path / "repo", {"specs/demo/index.md": VALID})
    (git.root / "specs" / "borte").mkdir()
    (git.root / "specs" / "borte" / "index.md").symlink_to(tmp_path / "findes-ikke.md")
    code, report = check(git.root)
    assert code == 1
    assert problems(report) == [("specs/borte/index.md", "SP020")]
    found = report["problems"]
    assert isinstance(found, list) and "Ret linket" in found[0]["message"]


def test_a_looping_link_is_reported_once_and_ends(tmp_path: Path) -> None:
    git = committed(tmp_path / "repo", {"specs/demo/index.md": VALID})
    (git.root / "specs" / "ring").symlink_to(git.root / "specs")  # specs/ring -> specs
    (git.root / "specs" / "selv").symlink_to(git.root / "specs" / "selv")  # a link to itself
    code, report = check(git.root)
    assert code == 1
    assert sorted(problems(report)) == [("specs/ring", "SP020"), ("specs/selv", "SP020")]
    assert report["files"] == 1


def _outside_git(tmp_path: Path) -> Path:
    folder = tmp_path / "kopi"
    (folder / "specs" / "demo").mkdir(parents=True)
    (folder / "specs" / "demo" / "index.md").write_text(VALID)
    return folder


def _shallow(tmp_path: Path) -> Path:
    git = committed(tmp_path / "origin", {"specs/demo/index.md": VALID})
    git.write("specs/demo/README.txt", "anden commit")
    git.commit("to commits")
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{git.root}", str(clone)], check=True
    )
    return clone


def _no_git(tmp_path: Path) -> Path:
    return committed(tmp_path / "repo", {"specs/demo/index.md": VALID}).root


CASES = {
    "not-a-repository": (_outside_git, "git clone"),
    "shallow-clone": (_shallow, "git fetch --unshallow"),
    "no-git-installed": (_no_git, "Installér git"),
}


@pytest.mark.parametrize(("setup", "fix"), CASES.values(), ids=CASES.keys())
def test_history_rules_that_cannot_run_are_a_warning_with_the_fix(
    tmp_path: Path, setup: object, fix: str
) -> None:
    assert callable(setup)
    root = setup(tmp_path)
    env = dict(os.environ)
    if setup is _no_git:
        bare = tmp_path / "bin"
        bare.mkdir()
        (bare / "python3").symlink_to(sys.executable)
        env["PATH"] = str(bare)
        assert shutil.which("git", path=env["PATH"]) is None
    code, report = check(root, env=env)
    assert code == 0
    assert problems(report) == [("specs/demo/index.md", "SP404")]
    found = report["problems"]
    assert isinstance(found, list)
    assert found[0]["severity"] == "warning" and fix in found[0]["message"]
    strict, _ = check(root, "--strict", env=env)
    assert strict == 1


def test_a_spec_from_outside_the_repository_is_checked_and_its_history_named(
    tmp_path: Path,
) -> None:
    git = committed(tmp_path / "repo", {"specs/demo/index.md": VALID})
    other = _outside_git(tmp_path)
    code, report = check(git.root, "specs", str(other / "specs" / "demo" / "index.md"))
    assert code == 0 and report["files"] == 2
    outside = [p for p in problems(report) if p[1] == "SP404"]
    assert len(outside) == 1 and outside[0][0].endswith("kopi/specs/demo/index.md")


def test_files_named_as_if_meant_to_be_checked_are_warned_about(tmp_path: Path) -> None:
    from conftest import local_text

    local = local_text("ballerup", 1, "  - core_element: koordinering\n    how: Sådan.\n")
    git = committed(
        tmp_path / "repo",
        {
            "specs/README.md": "Indsatserne i dette repository.",  # notes: no warning
            "specs/demo/index.md": VALID,
            "specs/demo/noter.md": "a spec's own notes: no warning",
            "specs/andet/Index.md": VALID.replace("id: demo", "id: andet"),
            "specs/demo/local/Ballerup.MD": local,
            "specs/demo/local/gammelt/ballerup.md": local,
            "specs/demo/local/readme.txt": "not Markdown: no warning",
        },
    )
    _, report = check(git.root)
    assert sorted(problems(report)) == [
        ("specs/andet/Index.md", "SP022"),
        ("specs/demo/local/Ballerup.MD", "SP022"),
        ("specs/demo/local/gammelt/ballerup.md", "SP022"),
    ]
