"""One meaning per exit code: a bug in susi is exit 3 with one plain line, never a traceback.

A bug is put in on purpose (a rule that raises), because the point is what the boundary does
with one that nobody has found yet.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from susi_spec.checks import rules
from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.cli.main import main
from susi_spec.errors import EXIT_INTERNAL
from test_hostile import VALID


def _broken(context: Context) -> Iterator[Finding]:
    raise ZeroDivisionError("a bug")
    yield  # pragma: no cover - a generator, as every rule is


@pytest.fixture
def broken_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    real = rules.CHECK_RULES[0]
    broken = Rule(real.code, real.name, real.doc, _broken)
    monkeypatch.setattr("susi_spec.checks.checker.CHECK_RULES", (broken, *rules.CHECK_RULES[1:]))


@pytest.mark.parametrize("files", [1, 30], ids=["one-file", "worker-pool"])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_bug_is_one_plain_line_naming_the_file_and_exit_3(
    project: Path,
    capsys: pytest.CaptureFixture[str],
    broken_rule: None,
    files: int,
    lang: str,
) -> None:
    for number in range(files):
        folder = project / "specs" / f"demo{number:02d}"
        folder.mkdir()
        (folder / "index.md").write_text(VALID.replace("id: demo", f"id: demo{number:02d}"))
    assert main(["check", "--lang", lang]) == EXIT_INTERNAL == 3
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "ZeroDivisionError" in err
    assert "specs/demo00/index.md" in err
    assert ("intern fejl" in err) if lang == "da" else ("internal error" in err)


def test_susi_debug_shows_the_traceback(
    project: Path,
    capsys: pytest.CaptureFixture[str],
    broken_rule: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (project / "specs" / "demo").mkdir()
    (project / "specs" / "demo" / "index.md").write_text(VALID)
    monkeypatch.setenv("SUSI_DEBUG", "1")
    assert main(["check"]) == 3
    assert "Traceback" in capsys.readouterr().err


def test_usage_errors_stay_exit_2(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--no-such-flag"]) == 2
    assert main(["no-such-command"]) == 2
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["check", ""],
        ["history", ""],
        ["diff", ""],
        ["export", "", "--format", "json"],
        ["local-review", ""],
        ["history", "   "],
    ],
    ids=["check", "history", "diff", "export", "local-review", "spaces"],
)
def test_an_empty_argument_is_a_usage_error_not_everything(
    project: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    (project / "specs" / "demo").mkdir()
    (project / "specs" / "demo" / "index.md").write_text(VALID)
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("susi: ") and err.count("\n") == 1


def test_a_local_file_whose_spec_file_is_missing_is_an_error(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from conftest import local_text

    folder = project / "specs" / "demo"
    (folder / "local").mkdir(parents=True)
    (folder / "Index.md").write_text(VALID)  # the wrong name: not the common model
    (folder / "local" / "ballerup.md").write_text(
        local_text("ballerup", 1, "  - core_element: koordinering\n    how: Sådan.\n")
    )
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "SP301" in out and "specs/demo/index.md mangler" in out
