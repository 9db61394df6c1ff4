"""`susi new` scaffolds a v0 draft that checks clean and never overwrites anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from susi_spec.checks.checker import check_paths
from susi_spec.cli.main import main


@pytest.mark.parametrize("lang", ["da", "en"])
def test_new_spec_checks_clean(project: Path, lang: str) -> None:
    assert main(["new", "en-ny-indsats", "--title", "Én ny: indsats", "--lang", lang]) == 0
    target = project / "specs" / "en-ny-indsats" / "index.md"
    text = target.read_text(encoding="utf-8")
    assert "version: 0" in text and "status: draft" in text
    assert 'title: "Én ny: indsats"' in text
    report = check_paths([target])
    assert report.problems == []


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
