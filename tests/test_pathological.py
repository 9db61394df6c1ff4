"""Bounded work for every input: each class of pathological input, near the size limit.

Every file here is about 450 KB (just under the 512 KB a spec may hold, so that it is
parsed, not refused) or 1 MB (refused before reading), and goes through the commands that
read a spec: check, diff (against the valid spec) and export. The bound is a guard against
a hang, not a speed test: each run takes seconds at most.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from test_hostile import VALID

ENTRY = "from susi_spec.cli.main import entry; entry()"
HANG_GUARD = 120
SIZE = 450_000


def _front(extra: str) -> str:
    """The valid spec with `extra` YAML lines added at the end of its front matter."""
    head, rest = VALID.split("\n---\n", 1)
    return f"{head}\n{extra}\n---\n{rest}"


def _body(extra: str) -> str:
    return VALID + "\n" + extra + "\n"


CLASSES: dict[str, Callable[[], str]] = {
    "deep-flow-nesting": lambda: _front("risks: " + "[" * (SIZE // 2) + "]" * (SIZE // 2)),
    "deep-block-nesting": lambda: _front(
        "risks:\n" + "".join("  " * i + "- \n" for i in range(1, 600))
    ),
    "one-long-value": lambda: VALID.replace(
        "title: Demo-indsats", "title: " + "ord " * (SIZE // 4)
    ),
    "many-unknown-keys": lambda: _front("\n".join(f"ukendt{i}: x" for i in range(SIZE // 16))),
    "many-list-items": lambda: _front(
        "risks:\n" + "\n".join(f"  - Risiko nummer {i}" for i in range(SIZE // 24))
    ),
    "alias-fan-out": lambda: _front(
        "risks: &a ["
        + ", ".join(["x" * 50] * 20)
        + "]\n"
        + "\n".join(f"k{i}: *a" for i in range(SIZE // 12))
    ),
    "long-line-body": lambda: _body("ord" * (SIZE // 3)),
    "brackets-body": lambda: _body("[" * SIZE),
    "emphasis-body": lambda: _body("*a **b " * (SIZE // 7)),
    "backticks-body": lambda: _body("`" * SIZE),
    "html-nesting-body": lambda: _body("<div>" * (SIZE // 5)),
    "many-headings": lambda: _body("\n".join(f"## Afsnit {i} {{#a{i}}}\n" for i in range(20_000))),
    "heading-anchor-openers": lambda: _body("## Titel " + "{#" * (SIZE // 2)),
    "table-wide": lambda: _body("|" + "a|" * (SIZE // 4) + "\n|" + "-|" * (SIZE // 4)),
    "carriage-returns": lambda: VALID.replace("\n", "\r") + "\r" * SIZE,
    "over-the-limit": lambda: VALID + "x" * 1_000_000,
}

COMMANDS: dict[str, list[str]] = {
    "check": ["check", "--format", "json", "specs/demo/index.md"],
    "diff": ["diff", "valid.md", "specs/demo/index.md", "--format", "json"],
    "export": ["export", "specs/demo/index.md", "--format", "tidier-md"],
}


@pytest.fixture(scope="module")
def projects(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    made = {}
    for name, make in CLASSES.items():
        root = tmp_path_factory.mktemp(name)
        (root / "specs" / "demo").mkdir(parents=True)
        (root / "specs" / "demo" / "index.md").write_text(make(), encoding="utf-8")
        (root / "valid.md").write_text(VALID, encoding="utf-8")
        subprocess.run(["git", "init", "-q", str(root)], check=True)
        made[name] = root
    return made


def test_each_class_is_near_the_size_it_names(projects: dict[str, Path]) -> None:
    for name, root in projects.items():
        size = (root / "specs" / "demo" / "index.md").stat().st_size
        assert (size > 900_000) if name == "over-the-limit" else (200_000 < size < 512 * 1024)


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
@pytest.mark.parametrize("name", CLASSES.keys())
def test_every_command_finishes_with_a_meaningful_exit(
    projects: dict[str, Path], name: str, command: list[str]
) -> None:
    root = projects[name]
    before = (root / "specs" / "demo" / "index.md").read_bytes()
    done = subprocess.run(
        [sys.executable, "-c", ENTRY, *command],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=HANG_GUARD,
    )
    assert done.returncode in (0, 1, 2), done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    if command[0] == "check":
        report = json.loads(done.stdout)
        lines = before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1
        for problem in report["problems"]:
            assert 1 <= problem["line"] <= lines and len(problem["message"]) <= 1_000
    if command[0] == "diff" and done.returncode == 0:
        json.loads(done.stdout)
    assert (root / "specs" / "demo" / "index.md").read_bytes() == before


QUOTES = {
    "long-single-quote": ("Elementet '" + "x" * 5000 + "' findes ikke.", "'" + "x" * 57 + "...'"),
    "long-guillemets": ("Teksten «" + "y" * 300 + "» er ændret.", "«" + "y" * 57 + "...»"),
    "two-short-names": ("'a' og 'b' er ens; " + "z" * 100, "'a' og 'b' er ens; " + "z" * 100),
}


@pytest.mark.parametrize(("message", "shown"), QUOTES.values(), ids=QUOTES.keys())
def test_long_quotes_in_messages_are_cut_and_our_words_are_not(message: str, shown: str) -> None:
    from susi_spec.problems import capped

    assert shown in capped(message) and len(capped(message)) <= 1_000
