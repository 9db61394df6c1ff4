"""Output that cannot be hijacked (issue 10): hostile names and values in files and paths
cannot fake an annotation, a line or a terminal command, and `-o` writes one regular file.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from gitrepo import GitRepo, fixture
from susi_spec.cli.main import main
from susi_spec.cli.output import github_escape, plain

SPEC = "specs/demo/index.md"
V1 = fixture("valid_v1.md")
# A key whose name carries a newline, a fake annotation and a colour; YAML's "\e" is ESC.
HOSTILE_KEY = '"bad\\n::error file=fake.md::owned\\e[31m\\r%0A": 1\n'
HOSTILE = V1.replace("schema: susi-spec/1\n", "schema: susi-spec/1\n" + HOSTILE_KEY, 1)
# A folder name that would print a second, fake annotation if `file=` were not escaped.
FOLDER = "x\n::error file=fake.md,line=1::owned"


@pytest.mark.parametrize(
    ("value", "data", "prop"),
    [
        ("100%", "100%25", "100%25"),
        ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
        ("C:\\specs,x", "C:\\specs,x", "C%3A\\specs%2Cx"),
        ("%0A", "%250A", "%250A"),  # escaped once: an escape in the input stays visible
        ("specs/demo/index.md", "specs/demo/index.md", "specs/demo/index.md"),
    ],
    ids=["percent", "crlf", "colon-comma", "escape-in-input", "plain-path"],
)
def test_github_escaping_follows_the_workflow_command_rules(
    value: str, data: str, prop: str
) -> None:
    assert github_escape(value) == data
    assert github_escape(value, prop=True) == prop


@pytest.mark.parametrize(
    ("text", "lines", "shown"),
    [
        ("\x1b[31mrød\x1b[0m", True, "rød"),
        ("titel\x1b]0;pwned\x07 her", True, "titel her"),  # OSC: set the window title
        ("a\x1b]8;;http://x\x1b\\b", True, "ab"),  # OSC ended by ST: a hyperlink
        ("\x1b[2J\x1bc", True, ""),  # clear the screen, reset the terminal
        ("a\rb\x08c\x00d\x7fe\x9bf\u2028g", True, "abcdefg"),
        ("a\tb\nc", True, "a\tb\nc"),  # the output's own tab and newline stay
        ("a\tb\nc", False, "a\tb\\nc"),
        ("id\u200d-med-usynligt-tegn", False, "id<U+200D>-med-usynligt-tegn"),
        ("x\u202eevil", True, "x<U+202E>evil"),
        ("Fælles kerneelementer ↑", True, "Fælles kerneelementer ↑"),
    ],
    ids=[
        "csi",
        "osc-bel",
        "osc-st",
        "clear-reset",
        "c0-c1-del",
        "keep",
        "one-line",
        "zero-width",
        "bidi-override",
        "danish",
    ],
)
def test_plain_strips_terminal_control(text: str, lines: bool, shown: str) -> None:
    assert plain(text, lines=lines) == shown


def _hostile_project(project: Path) -> None:
    for folder in ("demo", FOLDER):
        (project / "specs" / folder).mkdir()
        (project / "specs" / folder / "index.md").write_text(HOSTILE, encoding="utf-8")


def test_github_format_prints_one_annotation_per_problem(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _hostile_project(project)
    assert main(["check", "--format", "json"]) == 1
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert main(["check", "--format", "github"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(problems) and all(line.startswith("::error file=") for line in lines)
    assert not any(line.startswith("::error file=fake.md") for line in lines)
    escaped = "file=specs/x%0A%3A%3Aerror file=fake.md%2Cline=1%3A%3Aowned/index.md,line=3,col=1,"
    assert any(escaped in line for line in lines)
    key = next(line for line in lines if "specs/demo/" in line and "bad" in line)
    assert "'bad%0A::error file=fake.md::owned%250A'" in key  # LF and % escaped; ESC, CR gone
    assert "\x1b" not in key


def test_text_format_prints_one_line_per_problem_without_control_characters(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _hostile_project(project)
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert all(
        line.startswith(("specs/demo/index.md:", "specs/x\\n::error")) for line in lines[:-1]
    )
    assert lines[-1].startswith("2 filer tjekket: ")
    assert not any(char in out for char in "\x1b\r")


def test_json_keeps_the_control_characters_escaped(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _hostile_project(project)
    assert main(["check", "--format", "json"]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\u001b" in out
    report = json.loads(out)
    assert any("\x1b[31m" in p["message"] for p in report["problems"])
    assert {p["path"] for p in report["problems"]} == {SPEC, f"specs/{FOLDER}/index.md"}


def test_usage_errors_name_paths_without_control_characters(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "\x1b]0;pwned\x07demo\n", "--format", "json"]) == 2
    err = capsys.readouterr().err
    assert "'demo\\n'" in err and "\x1b" not in err and err.count("\n") == 1


# A title that clears the screen and sets the terminal's window title.
TITLED = V1.replace("title: Demo-indsats\n", 'title: "\\e[2J\\e]0;pwned\\aDemo-indsats"\n')


@pytest.fixture
def titled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """demo v1 released with a hostile title, the working copy a changed draft of v2."""
    assert TITLED != V1
    git = GitRepo(tmp_path / "repo")
    git.write(SPEC, TITLED)
    git.commit("demo v1")
    git.write(
        SPEC,
        TITLED.replace("version: 1\n", "version: 2\n").replace(
            "status: released\nreleased: 2020-09-15\n", "status: draft\n"
        ),
    )
    monkeypatch.chdir(git.root)
    return git


@pytest.mark.parametrize(
    "args",
    [
        ["history", "demo"],
        ["diff", "demo"],
        ["diff", "demo", "--format", "md"],
        ["local-review", "demo"],
    ],
    ids=["history", "diff-text", "diff-md", "local-review"],
)
def test_reports_for_people_print_no_control_characters(
    titled: GitRepo, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    titled.write(
        "specs/demo/local/ballerup.md",
        '---\nschema: susi-local/1\nspec: demo\nplace: ballerup\ntitle: "\\e[31mBallerup"\n'
        "based_on: 1\nstatus: released\nadaptations: []\n---\n",
    )
    assert main(args) in (0, 1)
    out = capsys.readouterr().out
    assert out and "\x1b" not in out and "\x07" not in out
    assert "Demo-indsats" in out or args[0] == "local-review"


@pytest.mark.parametrize(
    "command", ["history", "diff", "local-review"], ids=["history", "diff", "local-review"]
)
def test_json_reports_keep_the_title_escaped(
    titled: GitRepo, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    assert main([command, "demo", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and json.loads(out)
    assert command != "history" or "\\u001b[2J\\u001b]0;pwned\\u0007Demo-indsats" in out


# -- -o: one regular file, nothing else ---------------------------------------------------


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """demo v1 released, and two copies of it to diff without git."""
    git = GitRepo(tmp_path / "repo")
    git.write(SPEC, V1)
    git.commit("demo v1")
    git.write("a.md", V1)
    git.write("b.md", V1.replace("Demo-indsats", "Demo-indsatsen"))
    monkeypatch.chdir(git.root)
    return git


COMMANDS = {
    "export": ["export", "demo", "--format", "json", "-o"],
    "diff": ["diff", "a.md", "b.md", "-o"],
}


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _symlink(path: Path) -> None:
    path.with_name("rigtig.txt").write_text("uændret\n", encoding="utf-8")
    path.symlink_to("rigtig.txt")


def _dangling(path: Path) -> None:
    path.symlink_to("../udenfor.txt")


def _folder(path: Path) -> None:
    path.mkdir()


Kind = tuple[Callable[[Path], None], Callable[[Path], bool], str]
KINDS: dict[str, Kind] = {
    "fifo": (_fifo, lambda p: stat.S_ISFIFO(os.lstat(p).st_mode), "FIFO"),
    "symlink": (_symlink, lambda p: p.is_symlink(), "symbolsk link"),
    "dangling-symlink": (_dangling, lambda p: p.is_symlink(), "symbolsk link"),
    "folder": (_folder, lambda p: p.is_dir() and not any(p.iterdir()), "er en mappe"),
    "missing-folder": (lambda p: None, lambda p: not p.parent.exists(), "findes ikke"),
}


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
@pytest.mark.parametrize("kind", KINDS.values(), ids=KINDS.keys())
def test_o_refuses_what_is_not_a_regular_file(
    repo: GitRepo, capsys: pytest.CaptureFixture[str], command: list[str], kind: Kind
) -> None:
    make, still, says = kind
    target = repo.root / "ud" / "mangler" / "rapport.txt"
    if make is not KINDS["missing-folder"][0]:
        target = repo.root / "rapport.txt"
        make(target)
    reader = os.open(target, os.O_RDONLY | os.O_NONBLOCK) if target.is_fifo() else None
    before = sorted(repo.root.parent.rglob("*"))
    assert main([*command, str(target)]) == 2
    err = capsys.readouterr().err
    assert says in err and str(target) in err and "-o" in err, err
    assert still(target)
    assert sorted(repo.root.parent.rglob("*")) == before  # no temp file, no folder, no target
    if reader is not None:
        assert os.read(reader, 1) == b""  # nothing was written into the pipe
        os.close(reader)
    if target.is_symlink():
        assert not (repo.root.parent / "udenfor.txt").exists()
        if target.exists():
            assert target.read_text(encoding="utf-8") == "uændret\n"


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
def test_o_leaves_dev_null_a_device(
    repo: GitRepo, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    before = os.lstat(os.devnull)
    assert main([*command, os.devnull]) == 2
    assert "/dev/null er en tegnenhed" in capsys.readouterr().err
    after = os.lstat(os.devnull)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
def test_o_replaces_a_regular_file_keeping_its_permissions(
    repo: GitRepo, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    target = repo.write("ud/rapport.txt", "gammel\n")
    target.chmod(0o640)
    assert main([*command, "ud/rapport.txt"]) == 0
    assert capsys.readouterr().err == ""
    assert target.read_text(encoding="utf-8") != "gammel\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in target.parent.iterdir()] == ["rapport.txt"]  # no temp file left
