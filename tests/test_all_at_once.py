"""All problems at once (issue 11, item 2): a shape error sets its part aside, the rest is
checked, and a note says what could not run yet; fixing the shape errors reveals nothing
the first run did not announce."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest

from fuzzing import BUNDLED
from susi_spec.checks.checker import check_paths
from susi_spec.loading.codes import LOADING_CODES
from susi_spec.problems import Problem

SHAPE_CODES = {code.code for code in LOADING_CODES}
# One-line breaks of the bundled spec, each a shape error (line numbers stay).
BREAKS = {
    "type": ("phase: maturation\n", "phase: modning\n"),
    "list": ("knowledge_basis: [promising_practice, experts]\n", "knowledge_basis: promising\n"),
    "item-value": (
        "    level: principle\n    evidence: presumed\n",
        "    level: principle\n    evidence: maybe\n",
    ),
    "nested": ("    planned: true\n", "    planned: perhaps\n"),
    "unknown-key": ("intervention_type: organisational\n", "intervention_typ: organisational\n"),
    "required": ("    level: principle\n", "    level: princip\n"),
}


def _copy(folder: Path) -> None:
    """The bundled spec alone: its local files wait for a spec that validates (their rules
    need its model), which the spec's own shape errors already say."""
    (folder / "specs" / "en-familie-en-indgang").mkdir(parents=True)
    shutil.copy(BUNDLED / "index.md", folder / "specs" / "en-familie-en-indgang")


def _check(folder: Path, text: str) -> list[Problem]:
    spec = folder / "specs" / "en-familie-en-indgang" / "index.md"
    spec.write_text(text, encoding="utf-8")
    return check_paths([folder / "specs"], history=False).problems


def _rules_found(problems: list[Problem]) -> set[tuple[str, int, str]]:
    return {
        (p.code, p.line, p.message())
        for p in problems
        if p.code not in SHAPE_CODES and p.code != "SP024"
    }


@pytest.mark.parametrize("pair", list(itertools.combinations(sorted(BREAKS), 2)))
def test_fixing_two_shape_errors_reveals_no_second_wave(
    pair: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _copy(tmp_path)
    monkeypatch.chdir(tmp_path)
    original = (BUNDLED / "index.md").read_text(encoding="utf-8")
    broken = original
    for name in pair:
        old, new = BREAKS[name]
        assert old in broken
        broken = broken.replace(old, new, 1)
    first = _check(tmp_path, broken)
    assert len([p for p in first if p.code in SHAPE_CODES]) >= 2
    assert [p.code for p in first].count("SP024") == 1  # what could not run is said
    fixed = _check(tmp_path, original)
    # The rules' findings on the rest are the same before and after the fix: none
    # invented from a part set aside, none hidden but those the note announced.
    assert _rules_found(first) == _rules_found(fixed)


def test_the_rest_is_checked_and_the_note_counts_what_waits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _copy(tmp_path)
    monkeypatch.chdir(tmp_path)
    original = (BUNDLED / "index.md").read_text(encoding="utf-8")
    text = original.replace("phase: maturation\n", "phase: modning\n")
    # A real rule problem elsewhere is found in the same run as the shape error.
    text = text.replace("## Omkostninger {#costs}", "## Udgifter {#udgifter}")
    codes = [p.code for p in _check(tmp_path, text)]
    assert "SP013" in codes and "SP107" in codes
    # A summary of the wrong type: its own rule (SP101) waits, and the note counts it.
    lines = text.split("\n")
    start = lines.index("summary: >-")
    rest = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith("  "))
    text = "\n".join([*lines[:start], "summary: 5", *lines[rest:]])
    problems = _check(tmp_path, text)
    note = next(p for p in problems if p.code == "SP024")
    assert "SP101" not in [p.code for p in problems]
    assert note.message().startswith("1 tjek af 'summary'") and "'phase'" in note.message()
    assert note.message("en").startswith("1 check of 'summary'")
