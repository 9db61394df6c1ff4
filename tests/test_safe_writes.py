"""`susi release` and `susi bump` keep every byte they do not change, and end every refusal
(git hooks, locks, signing, a detached HEAD) in a plain message with exit 2."""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

import pytest

from gitrepo import DRAFT, SPEC, GitRepo, drafted
from susi_spec.cli.main import main
from susi_spec.files import write_lock
from susi_spec.history.front_matter import edit_front_matter


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """A repository with demo v1 as a draft, committed."""
    git = drafted(tmp_path / "repo")
    monkeypatch.chdir(git.root)
    return git


def _commit_bytes(repo: GitRepo, data: bytes) -> None:
    (repo.root / SPEC).write_bytes(data)
    repo.commit("Demo som CRLF med BOM")


def test_crlf_and_bom_survive_release_and_bump(repo: GitRepo) -> None:
    _commit_bytes(repo, b"\xef\xbb\xbf" + DRAFT.replace("\n", "\r\n").encode())
    before = (repo.root / SPEC).read_bytes().split(b"\n")
    assert main(["release", "demo", "--date", "2021-03-04"]) == 0
    released = (repo.root / SPEC).read_bytes()
    assert released.startswith(b"\xef\xbb\xbf---\r\n")
    changed = [b"status: released\r", b"released: 2021-03-04\r"]
    assert [line for line in released.split(b"\n") if line not in before] == changed
    assert [line for line in before if line not in released.split(b"\n")] == [b"status: draft\r"]
    stat = repo.git("diff", "--numstat", "HEAD~1", "HEAD").split()[:2]
    assert stat == ["2", "1"]  # two lines added, one removed: not the whole file rewritten

    assert main(["bump", "demo"]) == 0
    bumped = (repo.root / SPEC).read_bytes()
    assert bumped.startswith(b"\xef\xbb\xbf---\r\n") and bumped.count(b"\n") == bumped.count(
        b"\r\n"
    )
    # version, status, released → changes; and the milestone the scheme proposes for v2
    assert repo.git("diff", "--numstat", "HEAD~1", "HEAD").split()[:2] == ["4", "4"]
    assert main(["check"]) == 0


def test_status_line_with_many_trailing_spaces_is_edited_in_linear_time(repo: GitRepo) -> None:
    text = DRAFT.replace("status: draft\n", "status: draft" + " " * 300_000 + "\n")
    started = time.perf_counter()
    edited = edit_front_matter(text, {"status": "released", "released": "2021-03-04"})
    assert time.perf_counter() - started < 1.0  # was minutes: the regex backtracked
    assert "status: released\nreleased: 2021-03-04\n" in edited
    repo.write(SPEC, text)
    repo.commit("Mange mellemrum")
    started = time.perf_counter()
    assert main(["release", "demo", "--date", "2021-03-04"]) == 0
    assert time.perf_counter() - started < 10.0  # a loaded test machine; alone about 1 s


def test_failing_pre_commit_hook_is_a_plain_message(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    hook = repo.root / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho 'hook siger nej' >&2\nexit 1\n", encoding="utf-8")
    hook.chmod(0o755)
    before = (repo.root / SPEC).read_bytes()
    assert main(["release", "demo"]) == 2
    err = capsys.readouterr().err
    assert "git commit fejlede: hook siger nej." in err and "sat tilbage" in err
    assert (repo.root / SPEC).read_bytes() == before
    assert repo.git("status", "--porcelain") == "" and repo.git("tag", "-l") == ""
    assert repo.git("rev-list", "--count", "HEAD") == "1\n"


def test_stale_index_lock_is_a_plain_message(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo.root / ".git" / "index.lock").write_bytes(b"")
    before = (repo.root / SPEC).read_bytes()
    assert main(["release", "demo"]) == 2
    assert ".git/index.lock findes" in capsys.readouterr().err
    assert (repo.root / SPEC).read_bytes() == before
    assert repo.git("rev-list", "--count", "HEAD") == "1\n"


def test_tag_signing_without_gpg_says_how_to_finish(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.git("config", "tag.gpgsign", "true")
    repo.git("config", "gpg.program", str(repo.root / "no-gpg-here"))
    assert main(["release", "demo", "--date", "2021-03-04"]) == 2
    err = capsys.readouterr().err
    sha = repo.git("rev-parse", "HEAD").strip()
    assert f"Commit {sha[:8]} er lavet, men tagget demo/v1 kunne ikke laves" in err
    assert "kør 'susi release demo' igen" in err
    repo.git("config", "tag.gpgsign", "false")
    assert main(["release", "demo"]) == 0  # finishes: the tag on the release commit
    out = capsys.readouterr().out
    assert "tagget demo/v1 er lagt på den nu" in out and f"commit {sha[:8]}, tag demo/v1" in out
    assert repo.git("rev-parse", "demo/v1^{commit}").strip() == sha
    assert "frigivet 2021-03-04" in repo.git("tag", "-l", "-n1", "demo/v1")
    assert repo.git("rev-list", "--count", "HEAD") == "2\n"


def test_bump_first_tags_a_release_that_was_cut_short(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.git("config", "tag.gpgsign", "true")
    repo.git("config", "gpg.program", str(repo.root / "no-gpg-here"))
    assert main(["release", "demo", "--date", "2021-03-04"]) == 2
    repo.git("config", "tag.gpgsign", "false")
    released = repo.git("rev-parse", "HEAD").strip()
    assert main(["bump", "demo"]) == 0
    assert "tagget demo/v1 er lagt på den nu" in capsys.readouterr().out
    assert repo.git("rev-parse", "demo/v1^{commit}").strip() == released


def test_detached_head_is_refused_for_release(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.git("checkout", "-q", "--detach")
    assert main(["release", "demo"]) == 2
    assert "detached HEAD" in capsys.readouterr().err
    assert repo.git("tag", "-l") == "" and repo.git("rev-list", "--count", "HEAD") == "1\n"


def test_a_running_write_holds_the_lock(repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    with write_lock(repo.root / ".git"):
        assert main(["release", "demo"]) == 2
    err = capsys.readouterr().err
    assert f"En anden susi-kommando skriver i repository'et lige nu (pid {os.getpid()}" in err
    assert repo.git("tag", "-l") == "" and not (repo.root / ".git" / "susi.lock").exists()


def test_lock_left_by_a_killed_command_is_taken_over_with_a_note(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo.root / ".git" / "susi.lock").write_text(f"pid 999999, {socket.gethostname()}\n")
    assert main(["release", "demo"]) == 0
    note = f"En afbrudt susi-kommando (pid 999999, {socket.gethostname()}) havde låst; låsen er fjernet."
    assert capsys.readouterr().out.splitlines()[0] == note
    assert not (repo.root / ".git" / "susi.lock").exists()


def test_a_staged_release_that_was_never_committed_is_undone_and_redone(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    """What a release killed inside `git commit` can leave: the released file, staged."""
    path = repo.root / SPEC
    path.write_text(
        edit_front_matter(DRAFT, {"status": "released", "released": "2021-01-02"}),
        encoding="utf-8",
    )
    repo.git("add", SPEC)
    assert main(["release", "demo", "--date", "2021-03-04"]) == 0
    out = capsys.readouterr().out
    assert f"{SPEC} var ændret af en afbrudt susi-kommando, men ikke committet" in out
    assert "released: 2021-03-04" in path.read_text(encoding="utf-8")
    assert repo.git("status", "--porcelain") == "" and repo.git("tag", "-l") == "demo/v1\n"
    assert repo.git("rev-list", "--count", "HEAD") == "2\n"


def test_an_edit_of_ones_own_is_not_taken_for_an_interrupted_release(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    path = repo.root / SPEC
    path.write_text(DRAFT.replace("Tid til koordinatoren.", "Tid til to."), encoding="utf-8")
    assert main(["release", "demo"]) == 2
    assert "ikke er committet" in capsys.readouterr().err
    assert "Tid til to." in path.read_text(encoding="utf-8")


def test_what_was_cleaned_up_is_told_also_when_the_command_then_refuses(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo.root / "specs" / "demo" / ".index.md.susi-tmp-k1ll3d").write_text("halv")
    path = repo.root / SPEC
    path.write_text(DRAFT.replace("Tid til koordinatoren.", "Tid til to."), encoding="utf-8")
    assert main(["release", "demo"]) == 2
    captured = capsys.readouterr()
    assert "specs/demo/.index.md.susi-tmp-k1ll3d var efterladt af en afbrudt" in captured.out
    assert "ikke er committet" in captured.err
    assert "Tid til to." in path.read_text(encoding="utf-8")
