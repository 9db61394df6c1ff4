"""`susi check` and `susi rules` through the real entry point: exit codes, formats, config."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from susi_spec.checks import checker
from susi_spec.checks.rules import ALL_RULES
from susi_spec.cli.main import main
from test_hostile import ENTRY

VALID = (Path(__file__).parent / "fixtures" / "valid_v1.md").read_text(encoding="utf-8")
TITLE_LIST = VALID.replace("title: Demo-indsats", "title: [a, b]", 1)  # SP012 at 4:8
# The note that follows it: no rule could run on a spec without its (required) title.
TITLE_NOTE = ("SP024", 4, 8, "note")
EXTRA_ANCHOR = VALID + "\n## Ekstra {#ekstra}\n\nMere.\n"  # SP210, a warning, at 111:11
# A rule error (SP105 at 16:9) and a warning (SP210 at 110:11): the model itself is valid.
ERROR_AND_WARNING = EXTRA_ANCHOR.replace(
    "    rationale: Én indgang giver overblik og tryghed.\n", "", 1
)
LOCAL = """---
schema: susi-local/1
spec: demo
place: {place}
title: Demo i Ballerup
based_on: 1
status: draft
adaptations:
  - core_element: koordinering
    how: Et fast team med ugentlige møder.
  - core_element: inddragelse
    how: Familien vælger ved opstartsmødet.
    choice: [Familierådslagning]
  - core_element: helhedssyn
    how: En fælles plan på tværs af forvaltninger.
---

Ballerup begynder i 2025.
"""


def write(root: Path, relative: str, text: str) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any]]:
    code = main(["check", "--format", "json", *args])
    out, err = capsys.readouterr()
    assert err == ""
    report: dict[str, Any] = json.loads(out)
    return code, report


def places(report: dict[str, Any]) -> list[tuple[str, str, int, int, str]]:
    return [
        (p["path"], p["code"], p["line"], p["column"], p["severity"]) for p in report["problems"]
    ]


# Exit codes.


def test_check_without_arguments_uses_the_specs_folder(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(project, "specs/demo/index.md", VALID)
    assert main(["check"]) == 0
    out, err = capsys.readouterr()
    assert out == "1 fil tjekket: 0 fejl, 0 advarsler.\n" and err == ""


def test_check_finds_the_project_from_a_subfolder(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(project, "specs/demo/index.md", TITLE_LIST)
    monkeypatch.chdir(project / "specs" / "demo")
    code, report = run_json(capsys)
    assert code == 1 and report["files"] == 1
    # Paths are shown relative to where the command runs, as a terminal user expects.
    assert places(report) == [("index.md", "SP012", 4, 8, "error"), ("index.md", *TITLE_NOTE)]


def test_errors_give_exit_1_and_a_located_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(project, "specs/demo/index.md", TITLE_LIST)
    assert main(["check"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("specs/demo/index.md:4:8: error SP012 title: skal være tekst")
    assert out[-1] == "1 fil tjekket: 1 fejl, 0 advarsler, 1 note."


@pytest.mark.parametrize(
    ("strict", "expected"), [([], 0), (["--strict"], 1)], ids=["lax", "strict"]
)
def test_warnings_fail_only_with_strict(
    project: Path, capsys: pytest.CaptureFixture[str], strict: list[str], expected: int
) -> None:
    write(project, "specs/demo/index.md", EXTRA_ANCHOR)
    code, report = run_json(capsys, *strict)
    assert code == expected
    assert places(report) == [("specs/demo/index.md", "SP210", 111, 11, "warning")]
    assert (report["errors"], report["warnings"]) == (0, 1)


def test_explicit_file_and_folder_arguments(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(project, "specs/demo/index.md", VALID)
    write(project, "specs/other/index.md", TITLE_LIST.replace("id: demo", "id: other", 1))
    code, report = run_json(capsys, "specs/demo/index.md")
    assert (code, report["files"], report["problems"]) == (0, 1, [])
    code, report = run_json(capsys, "specs/other")
    assert (code, report["files"]) == (1, 1)
    other = "specs/other/index.md"
    assert places(report) == [(other, "SP012", 4, 8, "error"), (other, *TITLE_NOTE)]


USAGE_ERRORS = {
    "missing-path": (["check", "specs/nope"], "findes ikke"),
    "missing-file": (["check", "specs/demo/nope.md"], "findes ikke"),
    "bad-option": (["check", "--bogus"], "--bogus"),
    "bad-format": (["check", "--format", "xml"], "xml"),
    "bad-jobs": (["check", "--jobs", "many"], "many"),
    "bad-lang": (["check", "--lang", "fr"], "fr"),
    "unknown-command": (["chekc"], "chekc"),
    "no-command": ([], ""),
}


@pytest.mark.parametrize(("argv", "words"), USAGE_ERRORS.values(), ids=USAGE_ERRORS.keys())
def test_usage_errors_give_exit_2(
    project: Path, capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    write(project, "specs/demo/index.md", VALID)
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    if argv:
        assert err.startswith("susi: ") and not err.startswith("susi: susi")
        assert words in err


def test_no_specs_folder_gives_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "specs-mappe" in err and "susi check specs/<id>/index.md" in err


# Output formats.


def test_json_has_exactly_the_contract_keys_and_consistent_counts(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(project, "specs/demo/index.md", ERROR_AND_WARNING)
    write(project, "specs/demo/local/ballerup.md", LOCAL.format(place="ballerup"))
    write(project, "specs/demo/local/vejle.md", LOCAL.format(place="odense"))
    code, report = run_json(capsys)
    assert code == 1
    # The contract's keys, and `todos` and `notes` (never counted as errors or warnings).
    assert set(report) == {"files", "errors", "warnings", "todos", "notes", "problems"}
    keys = {"path", "line", "column", "code", "severity", "message"}
    assert all(set(problem) == keys for problem in report["problems"])
    assert report["files"] == 3
    severities = [p["severity"] for p in report["problems"]]
    assert report["errors"] == severities.count("error") == 2
    assert report["warnings"] == severities.count("warning") == 1
    assert report["todos"] == severities.count("todo") == 0
    assert report["notes"] == severities.count("note") == 0
    # Sorted by file, then position.
    assert places(report) == [
        ("specs/demo/index.md", "SP105", 16, 9, "error"),
        ("specs/demo/index.md", "SP210", 110, 11, "warning"),
        ("specs/demo/local/vejle.md", "SP301", 4, 8, "error"),
    ]
    assert "'koordinering'" in report["problems"][0]["message"]
    assert "{#ekstra}" in report["problems"][1]["message"]
    assert "'odense'" in report["problems"][2]["message"]


def test_github_format_prints_workflow_annotations(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(project, "specs/demo/index.md", ERROR_AND_WARNING)
    assert main(["check", "--format", "github"]) == 1
    lines = capsys.readouterr().out.splitlines()
    pattern = re.compile(r"^::(error|warning) file=[^,]+,line=\d+,col=\d+,title=SP\d{3}::\S.*$")
    assert lines and all(pattern.match(line) for line in lines), lines
    assert len(lines) == 2
    assert lines[0].startswith(
        "::error file=specs/demo/index.md,line=16,col=9,title=SP105::Kerneelementet 'koordinering'"
    )
    assert lines[1].startswith(
        "::warning file=specs/demo/index.md,line=110,col=11,title=SP210::Ankeret {#ekstra}"
    )


def test_lang_en_gives_english_messages(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project, "specs/demo/index.md", TITLE_LIST)
    assert main(["check", "--lang", "en"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("specs/demo/index.md:4:8: error SP012 title: must be text")
    assert out[0].endswith("Fix the value.")
    assert out[-1] == "1 file checked: 1 error, 0 warnings, 1 note."
    assert "skal" not in "\n".join(out)


def test_language_from_pyproject_and_lang_overrides_it(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(project, "pyproject.toml", '[tool.susi]\nlanguage = "en"\n')
    write(project, "specs/demo/index.md", TITLE_LIST)
    _, report = run_json(capsys)
    assert report["problems"][0]["message"].startswith("title: must be text")
    _, report = run_json(capsys, "--lang", "da")
    assert report["problems"][0]["message"].startswith("title: skal være tekst")


# Rule severities from [tool.susi.rules].

SEVERITIES = {
    "warning-to-error-by-code": ('SP210 = "error"', EXTRA_ANCHOR, [], 1, "error"),
    "warning-to-error-by-name": ('section-anchors = "error"', EXTRA_ANCHOR, [], 1, "error"),
    "warning-off-by-name": ('section-anchors = "off"', EXTRA_ANCHOR, ["--strict"], 0, None),
    "error-to-warning-by-code": ('SP012 = "warning"', TITLE_LIST, [], 0, "warning"),
    "error-to-warning-strict": ('wrong-type = "warning"', TITLE_LIST, ["--strict"], 1, "warning"),
    "error-off-by-code": ('SP012 = "off"', TITLE_LIST, [], 0, None),
}


@pytest.mark.parametrize(
    ("rule", "text", "extra", "expected", "severity"), SEVERITIES.values(), ids=SEVERITIES.keys()
)
def test_pyproject_rules_change_severities(
    project: Path,
    capsys: pytest.CaptureFixture[str],
    rule: str,
    text: str,
    extra: list[str],
    expected: int,
    severity: str | None,
) -> None:
    write(project, "pyproject.toml", f"[project]\nname = 'x'\n\n[tool.susi.rules]\n{rule}\n")
    write(project, "specs/demo/index.md", text)
    code, report = run_json(capsys, *extra)
    assert code == expected
    problems = [p for p in report["problems"] if p["code"] != "SP024"]  # the note stays
    if severity is None:
        assert problems == [] and report["errors"] == report["warnings"] == 0
    else:
        assert [p["severity"] for p in problems] == [severity]
        assert report["errors" if severity == "error" else "warnings"] == 1


BAD_CONFIG = {
    "unknown-rule": ('[tool.susi.rules]\nno-such-rule = "off"\n', ["no-such-rule", "susi rules"]),
    "unknown-code": ('[tool.susi.rules]\nSP999 = "off"\n', ["SP999"]),
    "bad-value": (
        '[tool.susi.rules]\nSP012 = "fatal"\n',
        ["fatal", "error, warning, note eller off"],
    ),
    "number-value": ("[tool.susi.rules]\nSP012 = 1\n", ["SP012", "error, warning, note eller off"]),
    "bad-language": ('[tool.susi]\nlanguage = "fr"\n', ["language"]),
    "broken-toml": ("[tool.susi.rules\nSP012 = off\n", ["TOML", "linje 1"]),
    "tool-a-number": ("tool = 5\n", ["'tool'", "tabel"]),
    "susi-a-number": ("[tool]\nsusi = 5\n", ["'tool.susi'", "[tool.susi]"]),
    "rules-a-string": ('[tool.susi]\nrules = "x"\n', ["rules", "[tool.susi.rules]"]),
    "rules-value-a-list": ('[tool.susi.rules]\nSP012 = ["off"]\n', ["SP012", "off"]),
    "specs-a-number": ("[tool.susi]\nspecs = 3\n", ["specs", "tekst"]),
    "specs-outside": ('[tool.susi]\nspecs = ".."\n', ["specs", "uden for projektet"]),
    "specs-the-root": ('[tool.susi]\nspecs = "/"\n', ["specs", "uden for projektet"]),
    "specs-the-project": ('[tool.susi]\nspecs = "."\n', ["specs", "projektets rod"]),
    "specs-a-file": ('[tool.susi]\nspecs = "pyproject.toml"\n', ["er en fil"]),
    "unknown-key": ('[tool.susi]\nlangauge = "da"\n', ["langauge", "Mente du 'language'"]),
    "rule-name-typo": ('[tool.susi.rules]\ncore-element-wat = "off"\n', ["'core-element-what'"]),
    "not-utf8": ("[tool.susi]\nlanguage = '\udcff'\n", ["UTF-8"]),
}


@pytest.mark.parametrize(("toml", "words"), BAD_CONFIG.values(), ids=BAD_CONFIG.keys())
def test_bad_configuration_gives_exit_2_with_a_message(
    project: Path, capsys: pytest.CaptureFixture[str], toml: str, words: list[str]
) -> None:
    (project / "pyproject.toml").write_bytes(toml.encode("utf-8", "surrogateescape"))
    write(project, "specs/demo/index.md", VALID)
    assert main(["check"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("susi: ") and "pyproject.toml" in err
    for word in words:
        assert word in err


# susi rules.


def test_rules_lists_every_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    lines, legend = capsys.readouterr().out.split("\n\n")
    assert [line.split()[0] for line in lines.splitlines()] == [rule.code for rule in ALL_RULES]
    for line, rule in zip(lines.splitlines(), ALL_RULES, strict=True):
        assert rule.name in line and rule.severity.value in line
    assert legend.startswith("mangler: i et udkast (status: draft)") and "susi release" in legend


@pytest.mark.parametrize(("lang", "mark"), [("da", "mangler"), ("en", "todo")])
def test_rules_mark_the_to_do_list_of_a_draft(
    lang: str, mark: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A completeness rule is a to-do list in a draft, an error from review on: all say so."""
    assert main(["rules", "--lang", lang]) == 0
    lines = capsys.readouterr().out.split("\n\n")[0].splitlines()
    marked = {line.split()[0] for line in lines if line.split()[3] == mark}
    assert marked == {rule.code for rule in ALL_RULES if rule.todo}
    assert {"SP101", "SP116", "SP206"} <= marked and not {"SP001", "SP115", "SP401"} & marked
    assert main(["rules", "--format", "json", "--lang", lang]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {row["code"] for row in rows if row["todo"]} == marked
    assert main(["rules", "--explain", "SP101", "--lang", lang]) == 0
    explained = capsys.readouterr().out
    assert explained.startswith(f"SP101  summary-required  (error; {mark})\n")
    assert "status: draft" in explained and "susi release" in explained
    assert main(["rules", "--explain", "SP115", "--lang", lang]) == 0
    assert "status: draft" not in capsys.readouterr().out.split("\n\n")[1]


def test_rules_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["code"] for row in rows] == [rule.code for rule in ALL_RULES]
    assert all(set(row) == {"code", "name", "severity", "todo", "summary"} for row in rows)
    assert {"SP001", "SP009", "SP019", "SP210", "SP301"} <= {row["code"] for row in rows}


def test_rules_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "--lang", "en"]) == 0
    lines = capsys.readouterr().out.split("\n\n")[0].splitlines()
    for line, rule in zip(lines, ALL_RULES, strict=True):
        assert line.endswith(rule.summary("en"))
    assert "A guideline names at least two options to choose between." in "\n".join(lines)


def test_rules_in_danish_print_danish_summaries(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert "En retningslinje nævner mindst to muligheder at vælge imellem." in out
    assert not any(rule.summary("en") in out for rule in ALL_RULES)


@pytest.mark.parametrize(
    ("key", "lang", "words"),
    [
        (
            "SP104",
            "da",
            [
                "SP104  core-element-what  (error; mangler)",
                "Hvert kerneelement",
                "Består:",
                "Fejler:",
            ],
        ),
        (
            "core-element-what",
            "en",
            ["SP104", "Every core element says what it is", "Passes:", "Fails:"],
        ),
        ("sp309", "da", ["SP309", "Før (committet tidligere):", "based_on: 1", "«Regler»"]),
        ("SP122", "en", ["With only one option, it is a rule", "options: [Familierådslagning]\n"]),
        ("SP008", "da", ["SP008  duplicate-key  (error)", "Samme nøgle står to gange"]),
    ],
    ids=["code-da", "name-en", "history-lowercase", "explanation-en", "loader-code"],
)
def test_rules_explain(
    key: str, lang: str, words: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rules", "--explain", key, "--lang", lang]) == 0
    out = capsys.readouterr().out
    for word in words:
        assert word in out


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("SP999", ["Ingen regel har koden eller navnet 'SP999'", "Mente du", "susi rules"]),
        ("core-element-wat", ["Mente du core-element-what"]),
        ("zzz", ["Ingen regel", "Se 'susi rules'"]),
    ],
)
def test_rules_explain_unknown_is_a_usage_error(
    key: str, words: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rules", "--explain", key]) == 2
    err = capsys.readouterr().err
    for word in words:
        assert word in err


# Parallel checking and discovery.


def _many_specs(project: Path, count: int) -> None:
    for index in range(count):
        spec_id = f"demo-{index:02d}"
        text = VALID.replace("id: demo\n", f"id: {spec_id}\n", 1)
        if index % 3 == 0:
            text = text.replace("title: Demo-indsats", "title: [a, b]", 1)
        if index % 5 == 0:
            text += "\n## Ekstra {#ekstra}\n\nMere.\n"
        if index % 7 == 0:
            text = text.replace("level: guideline", "level: retningslinje", 1)
        write(project, f"specs/{spec_id}/index.md", text)
        place = "ballerup" if index % 2 else "odense"
        write(
            project,
            f"specs/{spec_id}/local/ballerup.md",
            LOCAL.format(place=place).replace("spec: demo", f"spec: {spec_id}"),
        )


def test_parallel_check_gives_the_same_problems(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _many_specs(project, 32)
    pools: list[int | None] = []

    class CountingPool(ProcessPoolExecutor):
        def __init__(self, max_workers: int | None = None) -> None:
            pools.append(max_workers)
            super().__init__(max_workers=max_workers)

    monkeypatch.setattr(checker, "ProcessPoolExecutor", CountingPool)
    serial_code, serial = run_json(capsys, "--jobs", "1")
    assert pools == []
    parallel_code, parallel = run_json(capsys, "--jobs", "2")
    assert pools == [2]
    assert (serial_code, parallel_code) == (1, 1)
    assert parallel == serial
    assert serial["files"] == 64
    codes = [p["code"] for p in serial["problems"]]
    # 11 list titles (0, 3, ..., 30) and 5 Danish levels (0, 7, ..., 28) block the model;
    # the extra anchor (0, 5, ..., 30) warns only where the model is valid (5, 10, 20, 25).
    assert (codes.count("SP012"), codes.count("SP013"), codes.count("SP210")) == (11, 5, 4)
    misnamed = [p for p in serial["problems"] if "filnavnet 'ballerup.md'" in p["message"]]
    assert len(misnamed) == 16  # the even places are called odense


def test_local_implementations_are_checked_and_assets_are_not(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(project, "specs/demo/index.md", VALID)
    write(project, "specs/demo/local/ballerup.md", LOCAL.format(place="ballerup"))
    write(project, "specs/demo/local/vejle.md", LOCAL.format(place="odense"))
    write(
        project,
        "specs/demo/local/kolding.md",
        LOCAL.format(place="kolding").replace("how", "hvordan", 1),
    )
    write(project, "specs/demo/assets/index.md", "no front matter at all\n")
    write(project, "specs/demo/assets/local/figur.md", "---\n- not: a spec\n")
    write(project, "specs/demo/assets/notes.md", "\x00")
    write(project, "specs/demo/notes.md", "not a spec: neither index.md nor under local/\n")
    code, report = run_json(capsys)
    assert code == 1
    assert report["files"] == 4
    found = places(report)
    assert ("specs/demo/local/vejle.md", "SP301", 4, 8, "error") in found
    assert ("specs/demo/local/kolding.md", "SP011", 10, 5, "error") in found
    assert {path for path, *_ in found} == {
        "specs/demo/local/vejle.md",
        "specs/demo/local/kolding.md",
    }


def test_local_implementation_of_a_missing_spec(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(project, "specs/demo/index.md", VALID)
    write(
        project,
        "specs/demo/local/ballerup.md",
        LOCAL.format(place="ballerup").replace("spec: demo", "spec: andet"),
    )
    code, report = run_json(capsys)
    assert code == 1
    assert places(report) == [("specs/demo/local/ballerup.md", "SP301", 3, 7, "error")]
    assert "andet" in report["problems"][0]["message"]


def test_output_into_a_closed_pipe_ends_quietly(project: Path) -> None:
    # `susi check --format json | head -c 1`: far more output than a pipe holds, and the
    # reader closes at once. No traceback; the exit code a shell gives for SIGPIPE.
    for number in range(400):
        write(project, f"specs/s{number}/index.md", "---\nschema: susi-spec/1\n---\n")
    script = Path(sys.executable).with_name("susi")
    command = [str(script)] if script.exists() else [sys.executable, "-c", ENTRY]
    reader = subprocess.Popen(["head", "-c", "1"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    assert reader.stdin is not None
    done = subprocess.run(
        [*command, "check", "--format", "json"],
        cwd=project,
        stdout=reader.stdin,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        timeout=120,
    )
    reader.stdin.close()
    reader.wait()
    assert "Traceback" not in done.stderr and done.stderr == ""
    assert done.returncode == 141
