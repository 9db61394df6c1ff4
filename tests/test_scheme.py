"""Releases that follow SUSI's learning-cycle scheme, on real repositories: `bump` proposes
and (in a terminal) asks for milestone and phase, `release` keeps dates in order, and both
are blocked only by the spec's own uncommitted changes, naming the commands that unblock."""

from __future__ import annotations

import datetime as dt
import os
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gitrepo import DRAFT, SPEC, GitRepo, drafted
from susi_spec.cli.main import main
from susi_spec.files import KILL_AT_VARIABLE
from susi_spec.history.front_matter import scalar_value
from susi_spec.release.scheme import SCHEME

SUSI = "import sys; from susi_spec.cli.main import main; sys.exit(main(sys.argv[1:]))"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """A repository with demo v1 as a draft, committed."""
    git = drafted(tmp_path / "repo")
    monkeypatch.chdir(git.root)
    return git


def _front(repo: GitRepo, key: str) -> str | None:
    return scalar_value((repo.root / SPEC).read_text(encoding="utf-8"), key)


def _next_draft(repo: GitRepo, n: int) -> None:
    """Fill the draft of version `n` with a change, as an author would, and commit it."""
    text = (repo.root / SPEC).read_text(encoding="utf-8")
    text = text.replace("changes: []", f"changes:\n  - what: Ændring til v{n}.")
    repo.write(SPEC, text.replace("Tid til koordinatoren.", f"Tid til koordinatoren (v{n})."))
    repo.commit(f"Demo v{n} indhold")


def _released_up_to_v3(repo: GitRepo) -> None:
    assert main(["release", "demo", "--date", "2021-03-04"]) == 0
    for n, date in ((2, "2022-05-06"), (3, "2023-01-02")):
        assert main(["bump", "demo"]) == 0
        _next_draft(repo, n)
        assert main(["release", "demo", "--date", date]) == 0


def _susi(root: Path, *args: str, kill_at: int | None = None) -> subprocess.CompletedProcess[str]:
    """susi as its own process, stdin no terminal."""
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull}
    if kill_at is not None:
        env[KILL_AT_VARIABLE] = str(kill_at)
    return subprocess.run(
        [sys.executable, "-c", SUSI, *args], cwd=root, env=env, capture_output=True, text=True,
        timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_bump_proposes_the_scheme_for_each_version(repo: GitRepo) -> None:
    assert main(["release", "demo", "--date", "2021-03-04"]) == 0
    assert main(["bump", "demo"]) == 0
    assert (_front(repo, "milestone"), _front(repo, "phase")) == ("Metodeseminar 1", "maturation")
    _next_draft(repo, 2)
    assert main(["release", "demo", "--date", "2022-05-06"]) == 0
    assert main(["bump", "demo"]) == 0
    assert _front(repo, "milestone") == "Midtvejsevaluering og metodeseminar 2"
    _next_draft(repo, 3)
    assert main(["release", "demo", "--date", "2023-01-02"]) == 0
    assert main(["bump", "demo", "--final"]) == 0
    assert (_front(repo, "milestone"), _front(repo, "phase")) == (
        "Pilotafprøvning og afsluttende evaluering",
        "pilot",
    )


def test_the_scheme_is_documented_in_the_format() -> None:
    """The milestones bump proposes are the ones site/om/format.md tells authors about."""
    text = (Path(__file__).resolve().parents[1] / "site/om/format.md").read_text(encoding="utf-8")
    for version, step in SCHEME.items():
        assert f"| {version} | {step.milestone} | `{step.phase}` |" in text


def test_flags_give_milestone_and_phase_quoted_when_yaml_needs_it(repo: GitRepo) -> None:
    assert main(["release", "demo", "--date", "2021-03-04"]) == 0
    milestone = "Seminar #2: ekstra"
    assert main(["bump", "demo", "--milestone", milestone, "--phase", "pilot"]) == 0
    assert _front(repo, "milestone") == '"Seminar \\u00232: ekstra"'
    assert _front(repo, "phase") == "pilot"
    assert main(["check"]) == 0
    assert main(["release", "demo", "--date", "2021-03-05"]) == 1  # no changes described yet
    _next_draft(repo, 2)
    assert main(["release", "demo", "--date", "2021-03-05"]) == 0
    done = _susi(repo.root, "history", "demo", "--format", "json")
    assert f'"milestone": "{milestone}"' in done.stdout


def test_a_phase_the_format_does_not_know_is_refused_in_danish(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["release", "demo", "--date", "2021-03-04"]) == 0
    head = repo.git("rev-parse", "HEAD")
    assert main(["bump", "demo", "--phase", "modning"]) == 2
    assert (
        "Fasen 'modning' findes ikke. Vælg en af: screening, maturation" in capsys.readouterr().err
    )
    assert repo.git("rev-parse", "HEAD") == head and repo.git("status", "--porcelain") == ""


def test_a_bump_with_its_own_milestone_killed_anywhere_is_undone_by_the_next(
    repo: GitRepo,
) -> None:
    assert main(["release", "demo", "--date", "2021-03-04"]) == 0
    args = ["bump", "demo", "--milestone", "Seminar #2", "--phase", "pilot"]
    for kill_at in (1, 2, 3):
        head = repo.git("rev-parse", "HEAD")
        killed = _susi(repo.root, *args, kill_at=kill_at)
        if killed.returncode == 0:  # past its last checkpoint: done
            break
        assert killed.returncode == -signal.SIGKILL
        if repo.git("rev-parse", "HEAD") == head:  # killed before the commit: undone
            done = _susi(repo.root, *args)
            assert done.returncode == 0, done.stdout + done.stderr
        assert repo.git("log", "-1", "--format=%s") == "Start demo v2\n"
        assert _front(repo, "milestone") == '"Seminar \\u00232"'
        assert repo.git("status", "--porcelain") == ""
        repo.git("reset", "-q", "--hard", head.strip())


class _Terminal:
    """The other side of a pseudo-terminal: wait for text, type answers."""

    def __init__(self, fd: int) -> None:
        self.fd, self.seen, self.at = fd, "", 0

    def expect(self, text: str) -> None:
        """Wait (up to 30 s) for `text` after what was expected before."""
        deadline = time.monotonic() + 30
        while text not in self.seen[self.at :] and time.monotonic() < deadline:
            if select.select([self.fd], [], [], 0.5)[0]:
                try:
                    self.seen += os.read(self.fd, 4096).decode("utf-8", "replace")
                except OSError:  # the command ended and closed the terminal
                    break
        assert text in self.seen[self.at :], self.seen
        self.at = self.seen.index(text, self.at) + len(text)

    def type(self, line: str) -> None:
        os.write(self.fd, f"{line}\n".encode())


def test_bump_asks_in_a_terminal(repo: GitRepo) -> None:
    """On a pseudo-terminal: Enter keeps the proposal, a typed answer replaces it, a phase
    the format does not know is asked again."""
    assert main(["release", "demo", "--date", "2021-03-04"]) == 0
    master, slave = os.openpty()
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull}
    process = subprocess.Popen(
        [sys.executable, "-c", SUSI, "bump", "demo"], cwd=repo.root, env=env,
        stdin=slave, stdout=slave, stderr=slave, start_new_session=True,
    )  # fmt: skip
    os.close(slave)
    terminal = _Terminal(master)
    try:
        terminal.expect("Milepæl for v2 [Metodeseminar 1]: ")
        terminal.type("Metodeseminar 1 og budgetmøde")
        phases = "(screening, maturation, pilot, dissemination)"
        terminal.expect(f"Fase for v2 {phases} [maturation]: ")
        terminal.type("modning")
        terminal.expect("'modning' er ikke en fase.")
        terminal.expect(f"Fase for v2 {phases} [maturation]: ")
        terminal.type("")
        terminal.expect("v2 er startet som udkast")
        assert process.wait(timeout=30) == 0, terminal.seen
    finally:
        if process.poll() is None:
            process.kill()
        os.close(master)
    assert _front(repo, "milestone") == "Metodeseminar 1 og budgetmøde"
    assert _front(repo, "phase") == "maturation"
    assert repo.git("status", "--porcelain") == ""


def test_bump_without_a_terminal_never_reads_stdin(repo: GitRepo) -> None:
    """stdin a pipe that stays open: reading it would hang until the timeout."""
    assert main(["release", "demo", "--date", "2021-03-04"]) == 0
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull}
    process = subprocess.Popen(
        [sys.executable, "-c", SUSI, "bump", "demo"], cwd=repo.root, env=env,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        code = process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
        assert process.stdin is not None
        process.stdin.close()
    assert code == 0
    assert _front(repo, "milestone") == "Metodeseminar 1"


def test_a_date_before_the_previous_release_is_refused(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    _released_up_to_v3(repo)
    assert main(["bump", "demo"]) == 0
    _next_draft(repo, 4)
    head = repo.git("rev-parse", "HEAD")
    capsys.readouterr()
    assert main(["release", "demo", "--date", "2000-01-01"]) == 2
    err = capsys.readouterr().err
    assert "Frigivelsesdatoen 2000-01-01 ligger før v3, der blev frigivet 2023-01-02." in err
    assert "Angiv en dato fra 2023-01-02 til i dag" in err
    assert repo.git("rev-parse", "HEAD") == head and repo.git("tag", "-l", "demo/v4") == ""
    assert repo.git("status", "--porcelain") == ""
    assert main(["release", "demo", "--date", "2023-01-02"]) == 0  # the same day is in order


def test_a_date_after_today_is_refused(repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    today = dt.date.today()
    tomorrow = today + dt.timedelta(days=1)
    assert main(["release", "demo", "--date", tomorrow.isoformat()]) == 2
    err = capsys.readouterr().err
    assert f"Frigivelsesdatoen {tomorrow} ligger efter i dag ({today})" in err
    assert repo.git("tag", "-l") == "" and repo.git("status", "--porcelain") == ""
    assert main(["release", "demo", "--date", "2099-01-01"]) == 2
    assert main(["release", "demo"]) == 0
    assert _front(repo, "released") == today.isoformat()


def test_a_milestone_repeated_from_the_previous_release_is_a_warning(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["release", "demo", "--date", "2021-03-04"]) == 0
    assert main(["bump", "demo", "--milestone", "Opstart"]) == 0
    _next_draft(repo, 2)
    capsys.readouterr()
    assert main(["release", "demo", "--date", "2022-05-06"]) == 0
    out = capsys.readouterr().out
    assert (
        "Advarsel: v2 har samme milepæl som v1: «Opstart» ('milestone:' i specs/demo/index.md). "
        "SUSI-skemaet foreslår «Metodeseminar 1» for v2. Frigivelsen fortsætter." in out
    )
    assert repo.git("tag", "-l", "demo/v2") == "demo/v2\n"


def test_unrelated_uncommitted_files_do_not_block_and_stay_as_they_were(repo: GitRepo) -> None:
    repo.write("README.md", "Læs mig.\n")
    repo.write("specs/demo/local/ballerup.md", "endnu ikke færdig\n")
    repo.commit("Andre filer")
    repo.write("README.md", "Læs mig, ændret.\n")  # changed, not staged
    repo.write("specs/demo/local/ballerup.md", "halvt skrevet\n")
    repo.git("add", "specs/demo/local/ballerup.md")  # staged
    repo.write("noter.txt", "mine noter\n")  # untracked
    status = repo.git("status", "--porcelain")
    assert main(["release", "demo", "--date", "2021-03-04"]) == 0
    assert repo.git("show", "--name-only", "--format=", "HEAD") == f"{SPEC}\n"
    assert main(["bump", "demo"]) == 0
    assert repo.git("show", "--name-only", "--format=", "HEAD") == f"{SPEC}\n"
    assert repo.git("status", "--porcelain") == status  # every other file as it was
    assert (repo.root / "README.md").read_text(encoding="utf-8") == "Læs mig, ændret.\n"


def _commands(message: str) -> list[str]:
    return re.findall(r"'(git [^']+)'", message)


@pytest.mark.parametrize("which", [0, 1], ids=["commit", "stash"])
def test_the_printed_commands_unblock_a_release(
    repo: GitRepo, capsys: pytest.CaptureFixture[str], which: int
) -> None:
    """Run from the specs folder, so the paths must be the ones typed there."""
    path = repo.root / SPEC
    path.write_text(DRAFT + "\nEt afsnit mere.\n", encoding="utf-8")
    specs = repo.root / "specs"
    os.chdir(specs)
    assert main(["release", "demo", "--date", "2021-03-04"]) == 2
    err = capsys.readouterr().err
    assert "demo/index.md har ændringer, der ikke er committet; intet er ændret." in err
    commands = _commands(err)
    assert commands == [
        'git add demo/index.md && git commit -m "Ret demo"',
        "git stash push -- demo/index.md",
        "git stash pop",
    ]
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull}
    subprocess.run(commands[which], shell=True, cwd=specs, env=env, check=True)
    assert main(["release", "demo", "--date", "2021-03-04"]) == 0
    if which == 1:  # the stashed paragraph comes back on top of the release
        subprocess.run(commands[2], shell=True, cwd=specs, env=env, check=True)
        text = path.read_text(encoding="utf-8")
        assert "Et afsnit mere." in text and "status: released" in text


def test_a_spec_never_committed_is_told_how_to_commit_it(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("specs/ny/index.md", DRAFT.replace("id: demo", "id: ny"))
    assert main(["release", "ny", "--date", "2021-03-04"]) == 2
    err = capsys.readouterr().err
    assert "specs/ny/index.md er ikke committet endnu; intet er ændret." in err
    assert 'git commit -m "Tilføj ny"' in err
    (command,) = _commands(err)
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull}
    subprocess.run(command, shell=True, cwd=repo.root, env=env, check=True)
    assert main(["release", "ny", "--date", "2021-03-04"]) == 0
