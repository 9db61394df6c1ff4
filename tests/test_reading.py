"""Reading a file: only regular files, never blocking; encodings named; positions as editors count.

Each class of input is tried in its variants (every kind of special file, every encoding an
editor may save in, every line ending, every invisible line break), through the real reader
and the real `susi check` process where blocking or a traceback could hide.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import check_text
from susi_spec.loading.document import read_document, read_regular_file
from test_hostile import VALID, edited, problems_of

ENTRY = "from susi_spec.cli.main import entry; entry()"
# A guard against a hang, not a speed test: every case here takes well under a second.
HANG_GUARD = 60


def run_check(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", ENTRY, "check", "--format", "json", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=HANG_GUARD,
    )


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _folder(path: Path) -> None:
    path.mkdir()


def _socket(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))  # stays bound while the test runs: the file is a live socket


def _zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _null(path: Path) -> None:
    path.symlink_to("/dev/null")


SPECIAL = {
    "fifo": _fifo,
    "folder": _folder,
    "socket": _socket,
    "dev-zero": _zero,
    "dev-null": _null,
}


@pytest.mark.parametrize("make", SPECIAL.values(), ids=SPECIAL.keys())
def test_a_special_file_is_refused_at_once_with_a_code(tmp_path: Path, make: object) -> None:
    spec = tmp_path / "specs" / "demo"
    spec.mkdir(parents=True)
    assert callable(make)
    make(spec / "index.md")
    started = time.monotonic()
    document = read_document(spec / "index.md", "specs/demo/index.md")
    assert time.monotonic() - started < HANG_GUARD
    assert [issue.kind for issue in document.read_issues] == ["not-regular"]
    with pytest.raises(OSError):
        read_regular_file(spec / "index.md")


@pytest.mark.parametrize("make", [_fifo, _zero], ids=["fifo", "dev-zero"])
def test_check_of_a_special_file_ends_with_sp020_and_exit_1(tmp_path: Path, make: object) -> None:
    spec = tmp_path / "specs" / "demo"
    spec.mkdir(parents=True)
    assert callable(make)
    make(spec / "index.md")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    result = run_check(cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert [(p["code"], p["line"]) for p in report["problems"]] == [("SP020", 1)]
    assert "almindelige filer" in report["problems"][0]["message"]
    assert "Traceback" not in result.stderr


ENCODINGS = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_utf16_and_utf32_files_are_told_to_be_saved_as_utf8(encoding: str) -> None:
    problems = problems_of(VALID.encode(encoding))
    assert [(p.code, p.line) for p in problems] == [("SP001", 1)]
    message = problems[0].message()
    assert "UTF-8" in message and encoding[:6].upper() in message
    assert "assets" not in message  # not the advice for images


def test_a_binary_file_is_still_binary() -> None:
    image = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    assert [p.code for p in problems_of(image)] == ["SP002"]


BREAKS = {"nel": "\x85", "ls": "\u2028", "ps": "\u2029"}


@pytest.mark.parametrize("char", BREAKS.values(), ids=BREAKS.keys())
def test_an_invisible_line_break_in_a_value_is_reported_where_the_editor_shows_it(
    char: str,
) -> None:
    text = edited("summary: En", f"title_note: 'a{char}b'\nsummary: En")
    line = text.split("\n").index(f"title_note: 'a{char}b'") + 1
    problems = check_text(text)
    found = [(p.code, p.line, p.column) for p in problems if p.code == "SP021"]
    assert found == [("SP021", line, 15)]
    assert "usynligt linjeskift" in next(p for p in problems if p.code == "SP021").message()


@pytest.mark.parametrize("char", BREAKS.values(), ids=BREAKS.keys())
def test_positions_after_an_invisible_break_stay_the_editors(char: str) -> None:
    # A wrong key after the break must be reported on the line the editor shows.
    text = edited("summary: En", f"title: 'a{char}b'\nsummary: En").replace(
        "title: Demo-indsats\n", ""
    )
    text = text.replace("status:", "statuz:", 1)
    line = next(i for i, row in enumerate(text.split("\n"), 1) if row.startswith("statuz:"))
    problems = check_text(text)
    assert [p.line for p in problems if p.code == "SP021"] == [4]
    assert ("SP011", line, 1) in {(p.code, p.line, p.column) for p in problems}


ENDINGS = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}


@pytest.mark.parametrize("ending", ENDINGS.values(), ids=ENDINGS.keys())
def test_lines_count_as_in_an_editor_for_every_line_ending(ending: str) -> None:
    text = VALID.replace("status:", "statuz:", 1)
    line = next(i for i, row in enumerate(text.split("\n"), 1) if row.startswith("statuz:"))
    problems = problems_of(text.replace("\n", ending).encode("utf-8"))
    assert (line, 1) in {(p.line, p.column) for p in problems}


def test_mixed_line_endings_count_each_break_once() -> None:
    rows = VALID.replace("status:", "statuz:", 1).split("\n")
    line = next(i for i, row in enumerate(rows, 1) if row.startswith("statuz:"))
    endings = ["\r\n", "\r", "\n"]
    text = "".join(row + endings[i % 3] for i, row in enumerate(rows[:-1])) + rows[-1]
    assert (line, 1) in {(p.line, p.column) for p in problems_of(text.encode("utf-8"))}


@pytest.mark.parametrize("ending", ENDINGS.values(), ids=ENDINGS.keys())
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["no-bom", "bom"])
def test_a_bad_byte_is_placed_as_the_editor_shows_it(ending: str, bom: bytes) -> None:
    data = bom + ("---" + ending + "title: Abc").encode("utf-8") + b"\xff" + b"\n---\n"
    problems = problems_of(data)
    assert [(p.code, p.line, p.column) for p in problems] == [("SP001", 2, 11)]


def test_a_bom_is_no_column_on_the_first_line() -> None:
    data = b"\xef\xbb\xbf\xff---\n"
    assert [(p.code, p.line, p.column) for p in problems_of(data)] == [("SP001", 1, 1)]


HEADINGS = {
    "many-anchor-openers": "## Titel " + "{#" * 200_000,
    "many-braces": "## Titel " + "{#a}" * 100_000,
    "trailing-spaces": "## Titel {#x}" + " " * 300_000,
    "long-title": "## " + "ord " * 200_000 + "{#x}",
}


@pytest.mark.parametrize("heading", HEADINGS.values(), ids=HEADINGS.keys())
def test_pathological_headings_finish(tmp_path: Path, heading: str) -> None:
    spec = tmp_path / "specs" / "demo"
    spec.mkdir(parents=True)
    (spec / "index.md").write_text(VALID + "\n" + heading + "\n", encoding="utf-8")
    result = run_check(cwd=tmp_path)  # guarded by HANG_GUARD
    assert result.returncode in (0, 1), result.stderr
    json.loads(result.stdout)


DATES = {
    "february-30": ("2020-02-30", "måneden har 29 dage"),
    "february-29-not-leap": ("2021-02-29", "måneden har 28 dage"),
    "april-31": ("2021-04-31", "måneden har 30 dage"),
    "month-13": ("2021-13-01", "der er 12 måneder"),
    "day-0": ("2021-01-00", "måneden har 31 dage"),
    "year-0": ("0000-01-01", "der er intet år 0"),
}


@pytest.mark.parametrize(("date", "why"), DATES.values(), ids=DATES.keys())
def test_an_impossible_date_is_called_no_such_date(date: str, why: str) -> None:
    problems = check_text(edited("released: 2020-09-15", f"released: {date}"))
    # The note SP024 follows: the released date's check (SP115) waits for a real date.
    assert [(p.code, p.line, p.column) for p in problems] == [("SP012", 8, 11), ("SP024", 8, 11)]
    assert f"datoen {date} findes ikke ({why})" in problems[0].message()


def test_a_real_leap_day_is_a_date() -> None:
    assert check_text(edited("released: 2020-09-15", "released: 2020-02-29")) == []


KEYS = {"number": "5", "truth": "true", "float": "1.5", "null": "null", "nested": "  7"}


@pytest.mark.parametrize("key", KEYS.values(), ids=KEYS.keys())
def test_a_key_that_is_not_text_is_reported_at_the_key(key: str) -> None:
    if key.startswith(" "):  # inside target_group
        text = edited("target_group:\n", f"target_group:\n{key}: x\n")
        line, column = 14, 3
    else:
        text = edited("milestone: Opstart", f"milestone: Opstart\n{key}: x")
        line, column = 10, 1
    problems = check_text(text)
    # The key is set aside and the rest checked; the note SP024 says so.
    expected = [("SP012", line, column), ("SP024", line, column)]
    assert [(p.code, p.line, p.column) for p in problems] == expected
    assert "er ikke tekst" in problems[0].message()
    assert "Keys should be strings" not in problems[0].message()


TAGGED = {
    "int-of-a-word": ("version: !!int abc", 6, 10, "SP018"),
    "float-of-a-word": ("version: !!float abc", 6, 10, "SP018"),
    "tag-on-a-list": ("version: 1\nplaces: !foo [ballerup]", 7, 9, "SP018"),
    "tag-on-a-mapping": ("version: 1\ncosts: !!set {a: b}", 7, 8, "SP018"),
    "custom-tag-on-a-block-mapping": ("version: 1\ncosts: !kost\n  startup: x", 7, 8, "SP018"),
    "5000-digits": ("version: " + "9" * 5000, 6, 10, "SP019"),
}


@pytest.mark.parametrize(("line", "at", "column", "code"), TAGGED.values(), ids=TAGGED.keys())
def test_tags_and_numbers_python_cannot_hold_are_coded_problems(
    line: str, at: int, column: int, code: str
) -> None:
    problems = check_text(edited("version: 1", line))
    assert (code, at, column) in {(p.code, p.line, p.column) for p in problems}
    assert all(len(p.message()) < 400 for p in problems)  # a value is quoted only in part


ANCHORS = {
    "plain": "## Omkostninger {#costs}",
    "attribute-list": "## Omkostninger {: #costs}",
    "with-a-class": "## Omkostninger {#costs .vigtig}",
    "trailing-spaces": "## Omkostninger {#costs}   ",
}


@pytest.mark.parametrize("heading", ANCHORS.values(), ids=ANCHORS.keys())
def test_every_spelling_of_an_anchor_names_the_section_for_check_and_site(heading: str) -> None:
    from susi_spec.render.markdown import render_markdown

    text = VALID.replace("## Omkostninger {#costs}", heading)
    assert check_text(text) == []
    assert '<h2 id="costs">Omkostninger</h2>' in render_markdown(heading + "\n")


def test_a_heading_with_a_long_run_of_spaces_renders_in_linear_time() -> None:
    from susi_spec.render.markdown import render_markdown

    html = render_markdown("## Titel" + " " * 300_000 + "x {#a}\n")  # under HANG_GUARD
    assert 'id="a"' in html


@pytest.mark.parametrize("where", ["front", "body"])
def test_git_conflict_markers_are_one_problem_at_the_first_marker(where: str) -> None:
    conflict = "<<<<<<< HEAD\n{a}\n=======\n{b}\n>>>>>>> gren\n"
    if where == "front":
        old = "milestone: Opstart"
        text = edited(old, conflict.format(a=old, b="milestone: Metodeseminar 1"))
        line = 9  # where milestone stood
    else:
        text = VALID + "\n" + conflict.format(a="Første udgave.", b="Anden udgave.")
        line = VALID.count("\n") + 2
    problems = check_text(text)
    assert [(p.code, p.line) for p in problems] == [("SP023", line)]
    assert "git-konflikt" in problems[0].message()


def test_a_setext_heading_is_no_conflict() -> None:
    assert check_text(VALID + "\nOverskrift\n=======\n") == []


@pytest.mark.parametrize("spelling", ["0x4", "010", "08", "+3", "00003", "0o7"])
def test_a_number_yaml_would_read_otherwise_is_named(spelling: str) -> None:
    problems = check_text(edited("version: 1", f"version: {spelling}"))
    found = [p for p in problems if p.line == 6]
    assert [(p.code, p.column) for p in found] == [("SP012", 10)]
    assert f"Tallet {spelling}" in found[0].message()


@pytest.mark.parametrize("spelling", ["0", "7", "-1", "'010'", '"0x4"'])
def test_plain_and_quoted_numbers_are_not_questioned(spelling: str) -> None:
    problems = check_text(edited("version: 1", f"version: {spelling}"))
    assert all("Tallet" not in p.message() for p in problems)


def test_a_yaml_merge_key_is_explained_not_called_a_typo() -> None:
    text = edited("target_group:\n", "base: &b\n  description: x\ntarget_group:\n  <<: *b\n")
    merge = [p for p in check_text(text) if "'<<'" in p.message()]
    assert [(p.code, p.column) for p in merge] == [("SP011", 3)]
    assert "flettenøgler" in merge[0].message() and "stavningen" not in merge[0].message()


def test_a_large_plain_file_without_aliases_is_not_called_an_alias_bomb() -> None:
    # 60,000 values (more than MAX_NODES events) in 420 KB, no & or *: read, not refused.
    risks = "risks: [" + ", ".join(f"r{i}" for i in range(60_000)) + "]"
    problems = check_text(edited("milestone: Opstart", "milestone: Opstart\n" + risks))
    assert "SP009" not in {p.code for p in problems}
