"""`susi new` scaffolds a v0 draft that checks clean but for its to-do list, and never
overwrites anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from susi_spec.checks.checker import check_paths
from susi_spec.cli.main import main
from susi_spec.problems import Severity

# What the template leaves for the author to write: summary, target group, what, rationale
# and the introduction.
PLACEHOLDER_CODES = ("SP101", "SP102", "SP104", "SP105", "SP107")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_new_spec_checks_clean(project: Path, lang: str) -> None:
    assert main(["new", "en-ny-indsats", "--title", "Én ny: indsats", "--lang", lang]) == 0
    target = project / "specs" / "en-ny-indsats" / "index.md"
    text = target.read_text(encoding="utf-8")
    assert "version: 0" in text and "status: draft" in text
    assert 'title: "Én ny: indsats"' in text
    report = check_paths([target])
    # The template's placeholders are the draft's to-do list; nothing else is wrong.
    assert [(p.code, p.severity) for p in report.problems] == [
        (code, Severity.TODO) for code in PLACEHOLDER_CODES
    ]


def test_template_explains_fields_in_danish(project: Path) -> None:
    assert main(["new", "demo", "--title", "Demo"]) == 0
    text = (project / "specs" / "demo" / "index.md").read_text(encoding="utf-8")
    assert (
        "# HVAD" in text and "retningslinje" in text and "## Introduktion {#introduction}" in text
    )


def test_new_refuses_to_overwrite(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = project / "specs" / "demo"
    folder.mkdir()
    (folder / "index.md").write_text("mit eget arbejde", encoding="utf-8")
    assert main(["new", "demo", "--title", "Demo"]) == 2
    assert (folder / "index.md").read_text(encoding="utf-8") == "mit eget arbejde"
    assert "findes allerede" in capsys.readouterr().err


@pytest.mark.parametrize("bad", ["Demo", "1demo", "d", "en_familie", "æble"])
def test_new_rejects_invalid_id(project: Path, bad: str) -> None:
    assert main(["new", bad, "--title", "Demo"]) == 2
    assert list((project / "specs").iterdir()) == []


@pytest.mark.parametrize(
    "title", ["null", "true", "123", "2020-01-01", "~", "'", '"', ": x", "#x", "- x", "yes", "1e3"]
)
def test_every_title_is_written_as_a_string(project: Path, title: str) -> None:
    assert main(["new", "demo", "--title", title]) == 0
    target = project / "specs" / "demo" / "index.md"
    # A v0 draft from the template checks clean but for its to-do list.
    assert [p.code for p in check_paths([target]).problems] == list(PLACEHOLDER_CODES)
    assert f"\n# {title}\n" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "title", ["To\nlinjer", "Slut med linjeskift\n", "Tab\tind", "Bip\x07", "Del\x7f", "A\u2028B"]
)
def test_new_refuses_a_title_that_is_not_one_line_of_text(
    project: Path, title: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "demo", "--title", title]) == 2
    assert "--title" in capsys.readouterr().err
    assert list((project / "specs").iterdir()) == []


@pytest.mark.parametrize("bad", ["demo\n", "demo\r\n", "de\nmo"])
def test_new_refuses_an_id_with_a_newline(project: Path, bad: str) -> None:
    assert main(["new", bad, "--title", "Demo"]) == 2
    assert list((project / "specs").iterdir()) == []


def test_new_removes_what_an_interrupted_new_left(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    building = project / "specs" / ".susi-new-demo-k1ll3d"
    building.mkdir()
    (building / ".index.md.susi-tmp-abc123").write_text("halv", encoding="utf-8")
    assert main(["new", "demo", "--title", "Demo"]) == 0
    out = capsys.readouterr().out
    assert "specs/.susi-new-demo-k1ll3d var efterladt af en afbrudt susi-kommando" in out
    assert sorted(p.name for p in (project / "specs").iterdir()) == ["demo"]
    assert sorted(p.name for p in (project / "specs" / "demo").iterdir()) == ["index.md"]


@pytest.mark.parametrize("name", ["con", "aux", "nul", "com1", "lpt9", "local", "assets"])
def test_names_windows_or_susi_reserve_are_refused(project: Path, name: str) -> None:
    from susi_spec.cli.main import main

    assert main(["new", name, "--title", "X"]) == 2
    assert not (project / "specs" / name).exists()
