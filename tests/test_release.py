"""`susi release` and `susi bump` on real git repositories: safe, lossless, never re-tagging."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from gitrepo import GitRepo, fixture
from susi_spec.cli.main import main
from susi_spec.history import versions
from susi_spec.loading import document

SPEC = "specs/demo/index.md"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """A repository with demo v1 as a draft, committed."""
    git = GitRepo(tmp_path / "repo")
    draft = fixture("valid_v1.md").replace(
        "status: released\nreleased: 2020-09-15\n", "status: draft\n"
    )
    git.write(SPEC, draft)
    git.commit("Demo v1 udkast")
    monkeypatch.chdir(git.root)
    return git


def _changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    old, new = before.splitlines(), after.splitlines()
    return [line for line in old if line not in new], [line for line in new if line not in old]


def test_release_commits_tags_and_changes_only_two_keys(repo: GitRepo) -> None:
    before = (repo.root / SPEC).read_text(encoding="utf-8")
    assert main(["release", "demo", "--date", "2021-03-04"]) == 0
    after = (repo.root / SPEC).read_text(encoding="utf-8")
    removed, added = _changed_lines(before, after)
    assert removed == ["status: draft"]
    assert added == ["status: released", "released: 2021-03-04"]
    assert repo.git("status", "--porcelain") == ""
    assert repo.git("tag", "-l") == "demo/v1\n"
    assert repo.git("cat-file", "-t", "demo/v1").strip() == "tag"  # annotated
    assert repo.git("rev-parse", "demo/v1^{commit}") == repo.git("rev-parse", "HEAD")
    assert main(["check"]) == 0


def test_release_refuses_dirty_tree(repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    path = repo.root / SPEC
    path.write_text(path.read_text(encoding="utf-8") + "\nMere tekst.\n", encoding="utf-8")
    before = path.read_bytes()
    assert main(["release", "demo"]) == 2
    assert "ikke er committet" in capsys.readouterr().err
    assert path.read_bytes() == before
    assert repo.git("tag", "-l") == ""


def test_release_refuses_failing_check(repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    text = (repo.root / SPEC).read_text(encoding="utf-8")
    repo.write(SPEC, text.replace("## Omkostninger {#costs}\n\nTid til koordinatoren.\n", ""))
    repo.commit("Fjern omkostninger")
    before = (repo.root / SPEC).read_bytes()
    head = repo.git("rev-parse", "HEAD")
    assert main(["release", "demo"]) == 1
    assert "SP107" in capsys.readouterr().out
    assert (repo.root / SPEC).read_bytes() == before
    assert repo.git("rev-parse", "HEAD") == head and repo.git("tag", "-l") == ""


def test_release_never_moves_an_existing_tag(repo: GitRepo) -> None:
    repo.git("tag", "-a", "demo/v1", "-m", "someone else's tag")
    tagged = repo.git("rev-parse", "demo/v1")
    before = (repo.root / SPEC).read_bytes()
    assert main(["release", "demo"]) == 2
    assert repo.git("rev-parse", "demo/v1") == tagged
    assert (repo.root / SPEC).read_bytes() == before


def test_bump_starts_next_draft_with_empty_changes(repo: GitRepo) -> None:
    assert main(["release", "demo", "--date", "2021-03-04"]) == 0
    before = (repo.root / SPEC).read_text(encoding="utf-8")
    assert main(["bump", "demo"]) == 0
    after = (repo.root / SPEC).read_text(encoding="utf-8")
    removed, added = _changed_lines(before, after)
    assert removed == [
        "version: 1",
        "status: released",
        "released: 2021-03-04",
        "milestone: Opstart",
    ]
    # Not asked (stdin is no terminal here): the scheme's milestone for v2, the same phase.
    assert added == ["version: 2", "status: draft", "changes: []", "milestone: Metodeseminar 1"]
    assert repo.git("status", "--porcelain") == ""
    assert main(["check"]) == 0  # a fresh draft may have no changes yet
    assert main(["bump", "demo"]) == 2  # v2 is not released yet


def test_bump_refuses_unreleased(repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bump", "demo"]) == 2
    assert "ikke frigivet" in capsys.readouterr().err


def test_editing_a_released_version_is_an_error_until_bumped(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["release", "demo", "--date", "2021-03-04"]) == 0
    text = (repo.root / SPEC).read_text(encoding="utf-8")
    repo.write(SPEC, text.replace("Tid til koordinatoren.", "Tid til to koordinatorer."))
    edit = repo.commit("Ret omkostninger")
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "SP401" in out and edit[:8] in out
    assert main(["bump", "demo"]) == 0  # starting the next version is the remedy
    assert main(["check"]) == 0


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), 1) if needle in line)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Tid til koordinatoren.", "Tid til to koordinatorer."),  # prose
        ("  description: Familier", "  description: Alle familier"),  # a front-matter value
    ],
)
def test_edit_after_release_names_bump_with_the_id_at_the_changed_line(
    repo: GitRepo, capsys: pytest.CaptureFixture[str], old: str, new: str
) -> None:
    assert main(["release", "demo", "--date", "2021-03-04"]) == 0
    text = (repo.root / SPEC).read_text(encoding="utf-8").replace(old, new, 1)
    repo.write(SPEC, text)
    capsys.readouterr()
    assert main(["check", "--format", "json"]) == 1
    [problem] = json.loads(capsys.readouterr().out)["problems"]
    assert problem["code"] == "SP401"
    assert "Kør 'susi bump demo'" in problem["message"]
    assert problem["line"] == _line_of(text, new.strip()), problem


def test_release_reports_a_problem_at_the_line_check_shows(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    """Release checks the text with `released:` added; the author sees the file without it."""
    text = (repo.root / SPEC).read_text(encoding="utf-8")
    repo.write(SPEC, text.replace("    rationale: Én indgang giver overblik og tryghed.\n", ""))
    repo.commit("Uden begrundelse")
    assert main(["check"]) == 0  # in a draft, a to-do (see test_drafts.py)
    out = capsys.readouterr().out.splitlines()
    checked = [line.replace(" todo ", " error ") for line in out if " todo " in line]
    assert main(["release", "demo", "--date", "2021-03-04"]) == 1
    refused = [line for line in capsys.readouterr().out.splitlines() if " error " in line]
    assert refused and refused == checked


def test_shallow_clone_is_refused_with_advice(
    repo: GitRepo,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["release", "demo", "--date", "2021-03-04"]) == 0
    assert main(["bump", "demo"]) == 0
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{repo.root}", str(clone)], check=True
    )
    monkeypatch.chdir(clone)
    assert main(["release", "demo"]) == 2
    assert "git fetch --unshallow" in capsys.readouterr().err


def test_not_a_git_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "specs" / "demo").mkdir(parents=True)
    (tmp_path / "specs" / "demo" / "index.md").write_text(fixture("valid_v1.md"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 0  # checking needs no git
    assert main(["bump", "demo"]) == 2


def test_releases_tagged_on_commits_head_does_not_contain_do_not_count(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    """From an older checkout, a later release (its tag included) is not in this history."""
    assert main(["release", "demo", "--date", "2021-03-04"]) == 0
    released_v1 = repo.git("rev-parse", "HEAD").strip()
    assert main(["bump", "demo"]) == 0
    started_v2 = repo.git("rev-parse", "HEAD").strip()
    text = (repo.root / SPEC).read_text(encoding="utf-8")
    repo.write(
        SPEC,
        text.replace("changes: []", "changes:\n  - what: Ny dosis.").replace(
            "Et møde om måneden i et år.", "To møder om måneden i et år."
        ),
    )
    repo.commit("Demo v2 indhold")
    assert main(["release", "demo", "--date", "2022-05-06"]) == 0
    capsys.readouterr()
    assert main(["history", "demo", "--format", "json"]) == 0
    assert [v["label"] for v in json.loads(capsys.readouterr().out)["versions"]] == ["v1", "v2"]
    assert main(["check"]) == 0  # reads the tags of this checkout, not of the next one
    capsys.readouterr()

    repo.git("checkout", "-q", released_v1)
    assert main(["history", "demo", "--format", "json"]) == 0
    versions = json.loads(capsys.readouterr().out)["versions"]
    assert [(v["label"], v["commit"]) for v in versions] == [("v1", released_v1)]
    assert main(["check"]) == 0  # not "version goes backwards" (SP403) below v2
    capsys.readouterr()
    assert main(["diff", "demo", "v2"]) == 2
    assert "ingen frigivet version 'v2'. Frigivne versioner: v1." in capsys.readouterr().err
    text = (repo.root / SPEC).read_text(encoding="utf-8")
    repo.write(SPEC, text.replace("Tid til koordinatoren.", "Tid til to koordinatorer."))
    assert main(["check", "--format", "json"]) == 1
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert [p["code"] for p in problems] == ["SP401"]  # the v1 release is still frozen
    assert f"i commit {released_v1[:8]}" in problems[0]["message"]

    repo.git("checkout", "-q", "--", SPEC)
    repo.git("checkout", "-q", started_v2)  # v2 as a draft: its tag exists on a later commit
    assert main(["check"]) == 0
    capsys.readouterr()
    assert main(["release", "demo"]) == 2
    assert "Tagget demo/v2 findes allerede" in capsys.readouterr().err


def test_check_reads_history_with_plain_git_not_gitpython(repo: GitRepo) -> None:
    """`susi check` in a repository applies the history rules without importing GitPython
    (about 35 ms of start-up); only the commands that write need it."""
    assert main(["release", "demo", "--date", "2021-03-04"]) == 0
    text = (repo.root / SPEC).read_text(encoding="utf-8")
    repo.write(SPEC, text.replace("Tid til koordinatoren.", "Tid til to koordinatorer."))
    script = (
        "import sys; from susi_spec.cli.main import main; "
        "code = main(['check', '--format', 'json']); print(code, 'git' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=repo.root, capture_output=True, text=True, check=True
    )
    *report, last = done.stdout.strip().split("\n")
    assert last == "1 False"
    assert [p["code"] for p in json.loads("\n".join(report))["problems"]] == ["SP401"]


def test_check_in_git_parses_each_distinct_text_once(
    repo: GitRepo, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The committed draft and the edited working copy: two texts, two parses (the working
    copy is not parsed again for its history)."""
    parsed: list[str] = []
    real = document.parse_document

    def counted(data: bytes, path: str) -> document.Document:
        parsed.append(path)
        return real(data, path)

    monkeypatch.setattr(document, "parse_document", counted)
    monkeypatch.setattr(versions, "parse_document", counted)
    text = (repo.root / SPEC).read_text(encoding="utf-8")
    repo.write(SPEC, text.replace("Tid til koordinatoren.", "Tid til to koordinatorer."))
    assert main(["check"]) == 0
    assert sorted(parsed) == [SPEC, SPEC]
