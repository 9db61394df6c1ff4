"""Mutations of the bundled specs and the contract `susi check --format json` keeps for each
(issue 10): shared by tests/test_fuzz.py (a bounded run in CI) and bench/fuzz.py (a long one).
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
import signal
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st

from susi_spec.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
SPEC_ID = "en-familie-en-indgang"
BUNDLED = ROOT / "specs" / SPEC_ID
# The files a mutation may hit, relative to the spec's folder.
FILES = ("index.md", "local/ballerup.md", "local/fredericia.md")
ORIGINALS = {name: (BUNDLED / name).read_bytes() for name in FILES}

KEYS = {"files", "errors", "warnings", "todos", "notes", "problems"}
PROBLEM_KEYS = {"path", "line", "column", "code", "severity", "message"}
CODE = re.compile(r"SP\d{3}")
# A check of three files takes well under a second; this long means it hangs.
HANG_SECONDS = 30
_BREAK = re.compile(rb"\r\n|\r|\n")

# Values a YAML key can be retyped to: other types, tags, aliases, broken scalars.
VALUES = (
    "[]",
    "{}",
    "~",
    "null",
    "42",
    "-1",
    "3.5",
    "1e400",
    "yes",
    "0x1F",
    "2021-02-30",
    "'unclosed",
    '"\\x00\\e[31m\\u2028"',
    "!!binary aGVq",
    "!!python/object/apply:os.system ['true']",
    "!ukendt x",
    "&anker x",
    "*anker",
    "*udefineret",
    "[*a, &a b]",
    "{a: 1, a: 2}",
    "|",
    ">-\n  foldet",
    "- liste",
    "? kompleks\n: nøgle",
    "<<: *anker",
    "'" + "x" * 3000 + "'",
)
# Lines inserted in the Markdown body: headings, anchors, HTML, fences.
MARKDOWN = (
    "# Ny overskrift",
    "## Kerneelementer",
    "## Kerneelementer {#kerneelementer}",
    "### Dublet {#inddragelse-af-familien}",
    "## Tomt anker {#}",
    "## Anker med mellemrum {#a b}",
    "## Uafsluttet anker {#abc",
    "####### For dybt",
    "#Uden mellemrum",
    "Setext\n===",
    "<div>",
    "</div>",
    "<!-- uafsluttet kommentar",
    "<script>alert(1)</script>",
    '<a id="x" href="javascript:alert(1)">',
    "```",
    "~~~yaml",
    "---",
    "    indrykket kode",
    "> citat {#citat}",
    "| a | b |\n|---|---|",
    "[link](#findes-ikke)",
    "\x1b[2J\x1b]0;titel\x07",
    "\u202eomvendt\u202c",
)


@dataclass(frozen=True)
class Mutant:
    """One mutated file of the bundled spec's folder, and how it was made."""

    name: str
    data: bytes
    steps: tuple[str, ...]


def _front_matter_end(lines: list[bytes]) -> int:
    """The index of the closing `---` of the front matter, or the last line."""
    for index, line in enumerate(lines[1:], start=1):
        if line.rstrip(b"\r\n") == b"---":
            return index
    return len(lines) - 1


@st.composite
def byte_mutation(draw: st.DrawFn, data: bytes) -> tuple[bytes, str]:
    """Flip, insert or delete bytes anywhere."""
    kind = draw(st.sampled_from(("flip", "insert", "delete")))
    at = draw(st.integers(0, max(0, len(data) - 1)))
    if kind == "flip":
        value = draw(st.integers(0, 255))
        return data[:at] + bytes([value]) + data[at + 1 :], f"flip {at} -> {value:#04x}"
    if kind == "insert":
        blob = draw(
            st.one_of(
                st.binary(min_size=1, max_size=8),
                st.sampled_from(
                    (b"\x00", b"\xef\xbb\xbf", b"\r", b"\xff\xfe", b"\t", b"---\n", b"\xc3")
                ),
            )
        )
        return data[:at] + blob + data[at:], f"insert {at} {blob!r}"
    length = draw(st.integers(1, 64))
    return data[:at] + data[at + length :], f"delete {at}+{length}"


@st.composite
def yaml_mutation(draw: st.DrawFn, data: bytes) -> tuple[bytes, str]:
    """Duplicate, drop, retype or re-indent a front-matter line; add an anchor or a tag."""
    lines = data.splitlines(keepends=True)
    end = _front_matter_end(lines)
    if end < 2:
        return data, "yaml: no front matter"
    at = draw(st.integers(1, end - 1))
    line = lines[at]
    kind = draw(st.sampled_from(("duplicate", "drop", "retype", "indent", "dedent", "tab")))
    if kind == "duplicate":
        lines.insert(at, line)
    elif kind == "drop":
        del lines[at]
    elif kind == "retype":
        key, colon, _ = line.partition(b":")
        value = draw(st.sampled_from(VALUES)).encode("utf-8")
        lines[at] = (key + b": " + value + b"\n") if colon else value + b"\n"
    elif kind == "indent":
        lines[at] = b" " * draw(st.integers(1, 5)) + line
    elif kind == "dedent":
        lines[at] = line.lstrip(b" ")
    else:
        lines[at] = b"\t" + line.lstrip(b" ")
    return b"".join(lines), f"yaml {kind} line {at + 1}"


@st.composite
def markdown_mutation(draw: st.DrawFn, data: bytes) -> tuple[bytes, str]:
    """Insert a heading, an anchor, HTML or a fence in the body, or drop a body line."""
    lines = data.splitlines(keepends=True)
    start = _front_matter_end(lines) + 1
    at = draw(st.integers(start, len(lines)))
    if draw(st.booleans()) and at < len(lines):
        del lines[at]
        return b"".join(lines), f"markdown drop line {at + 1}"
    text = draw(st.sampled_from(MARKDOWN))
    lines.insert(at, text.encode("utf-8") + b"\n")
    return b"".join(lines), f"markdown insert line {at + 1} {text!r}"


@st.composite
def mutants(draw: st.DrawFn) -> Mutant:
    """One of the bundled files after one to three mutations of any kind."""
    name = draw(st.sampled_from(FILES))
    data = ORIGINALS[name]
    steps = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from((byte_mutation, yaml_mutation, markdown_mutation)))
        data, step = draw(kind(data))
        steps.append(step)
    return Mutant(name, data, tuple(steps))


def copy_bundled(folder: Path) -> Path:
    """A project at `folder` with a copy of the bundled spec and its local files."""
    target = folder / "specs" / SPEC_ID
    shutil.copytree(BUNDLED, target)
    return target


def editor_lines(data: bytes) -> int:
    """How many lines an editor shows: CR, LF and CRLF break a line; the last may be empty."""
    return len(_BREAK.split(data))


def check_contract(project: Path, mutant: Mutant) -> dict[str, object]:
    """Write the mutant into `project`, run `susi check --format json` there and assert the
    contract; put the original back. Returns the report."""
    spec = project / "specs" / SPEC_ID
    path = spec / mutant.name
    path.write_bytes(mutant.data)
    before = {p: p.read_bytes() for p in spec.rglob("*") if p.is_file()}
    out, err = io.StringIO(), io.StringIO()
    signal.signal(signal.SIGALRM, _hang)
    signal.alarm(HANG_SECONDS)
    try:
        with (
            contextlib.chdir(project),
            contextlib.redirect_stdout(out),
            contextlib.redirect_stderr(err),
        ):
            code = main(["check", "--format", "json"])
        assert code in (0, 1, 2), code
        assert "Traceback" not in err.getvalue(), err.getvalue()
        after = {p: p.read_bytes() for p in spec.rglob("*") if p.is_file()}
        assert after == before, "a file changed"
        if code == 2:
            assert err.getvalue().startswith("susi: "), err.getvalue()
            return {}
        report = json.loads(out.getvalue())
        assert set(report) == KEYS, report.keys()
        problems = report["problems"]
        for problem in problems:
            _check_problem(project, problem)
        counts = {
            severity: sum(p["severity"] == severity for p in problems)
            for severity in ("error", "warning", "todo", "note")
        }
        totals = (report["errors"], report["warnings"], report["todos"], report["notes"])
        assert totals == tuple(counts.values())
        assert code == (1 if report["errors"] else 0)
        data: dict[str, object] = report
        return data
    finally:
        signal.alarm(0)
        path.write_bytes(ORIGINALS[mutant.name])


def _hang(signum: int, frame: object) -> None:
    raise TimeoutError(f"susi check took over {HANG_SECONDS} s")


def _check_problem(project: Path, problem: dict[str, object]) -> None:
    assert set(problem) == PROBLEM_KEYS, problem
    assert isinstance(problem["code"], str) and CODE.fullmatch(problem["code"]), problem
    assert isinstance(problem["message"], str) and problem["message"].strip(), problem
    assert problem["severity"] in ("error", "warning", "todo", "note"), problem
    line, column = problem["line"], problem["column"]
    assert isinstance(line, int) and isinstance(column, int), problem
    assert isinstance(problem["path"], str)
    lines = editor_lines((project / problem["path"]).read_bytes())
    assert 1 <= line <= lines, (problem, lines)
    assert column >= 1, problem
