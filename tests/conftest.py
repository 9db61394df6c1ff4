"""Shared test helpers: check a spec given as text, the way the CLI would."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from susi_spec.checks.checker import check_document, to_problems
from susi_spec.loading.document import parse_document
from susi_spec.problems import Problem


@pytest.fixture(autouse=True)
def _no_terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test reads a terminal: under `pytest -s` in one, `susi bump` would ask and wait."""
    monkeypatch.setattr(sys, "stdin", io.StringIO())
    yield


def check_text(text: str, path: str = "specs/demo/index.md") -> list[Problem]:
    """All problems for one file's text, sorted, with default severities."""
    result = check_document(parse_document(text.encode("utf-8"), path))
    return to_problems([result], {})


def local_text(
    place: str,
    based_on: int,
    adaptations: str,
    body: str = "",
    *,
    title: str = "",
    status: str = "released",
) -> str:
    """A local implementation of the demo spec as file text; `adaptations` is YAML list items."""
    title = title or f"Demo i {place.capitalize()}"
    front = (
        f"schema: susi-local/1\nspec: demo\nplace: {place}\ntitle: {title}\n"
        f"based_on: {based_on}\nstatus: {status}\nadaptations:\n{adaptations}"
    )
    return f"---\n{front}---\n" + (f"\n{body}" if body else "")


def codes(problems: list[Problem]) -> list[str]:
    return [problem.code for problem in problems]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project folder with a specs/ folder, as the working directory.

    It is a git repository with nothing committed yet, as a new project is: the history
    rules have no release to read, and a check says nothing about missing history.
    """
    (tmp_path / "specs").mkdir()
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path
