"""Broken and hostile input: every file ends as a problem with a code and a place, never a crash.

Inputs are small (or refused before reading), so each check is fast by construction.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from susi_spec.checks.checker import check_document, to_problems
from susi_spec.cli.main import main
from susi_spec.loading.document import MAX_FILE_BYTES, parse_document, read_document
from susi_spec.loading.yamlload import MAX_ALIAS_CHARS, MAX_DEPTH, MAX_NODES, load_yaml
from susi_spec.problems import Problem

VALID = (Path(__file__).parent / "fixtures" / "valid_v1.md").read_text(encoding="utf-8")
SPEC = "specs/demo/index.md"
ENTRY = "from susi_spec.cli.main import entry; entry()"


def problems_of(data: bytes, path: str = SPEC) -> list[Problem]:
    """All problems for one file's bytes, with default severities, but the note SP024 that
    follows a shape error (what could not run yet; see test_all_at_once.py)."""
    problems = to_problems([check_document(parse_document(data, path))], {})
    return [p for p in problems if p.code != "SP024"]


def edited(old: str, new: str) -> str:
    """The valid spec with one exact piece of text replaced."""
    assert VALID.count(old) == 1, old
    return VALID.replace(old, new)


def billion_laughs() -> str:
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    return "---\nschema: susi-spec/1\n" + "\n".join(lines) + "\n---\n"


def long_laughs() -> str:
    """Few nodes, long strings: 5,000 characters, ten of them, ten of those, and so on."""
    lines = ["a: &a " + "x" * 5000]
    for prev, name in zip("abc", "bcd", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
    return "---\nschema: susi-spec/1\n" + "\n".join(lines) + "\n---\n"


def deep_alias() -> str:
    """Each part within the nesting limit, together past it through the alias."""
    anchored = "a: &a " + "[" * 40 + "]" * 40
    return (
        "---\nschema: susi-spec/1\n" + anchored + "\nb: " + "[" * 30 + "*a" + "]" * 30 + "\n---\n"
    )


def many_small_aliases() -> str:
    """Thousands of aliases of a two-item list: the nodes they add pass MAX_NODES."""
    keys = "".join(f"k{i}: *a\n" for i in range(20_000))
    return "---\nschema: susi-spec/1\na: &a [x, y]\n" + keys + "---\n"


class Case(NamedTuple):
    data: bytes
    code: str
    line: int
    column: int
    words: tuple[str, ...]
    alone: bool = True  # the only problem in the file


def _case(text: str, code: str, line: int, column: int, *words: str, alone: bool = True) -> Case:
    return Case(text.encode("utf-8"), code, line, column, words, alone)


CASES: dict[str, Case] = {
    # Reading the file.
    "empty": Case(b"", "SP004", 1, 1, ("tom",)),
    "whitespace-only": Case(b"  \n\t\n \r\n\n", "SP004", 1, 1, ("tom",)),
    "bom-only": Case(b"\xef\xbb\xbf\n", "SP004", 1, 1, ("tom",)),
    "no-front-matter": _case("# Demo\n\nTekst.\n", "SP005", 1, 1, "front matter", "---"),
    "front-matter-not-first": _case("\n---\nschema: susi-spec/1\n---\n", "SP005", 1, 1, "---"),
    "unclosed-front-matter": _case(
        "---\nschema: susi-spec/1\nid: demo\n\n# Demo\n", "SP006", 1, 1, "lukket", "---"
    ),
    "front-matter-list": _case("---\n- a\n- b\n---\n", "SP010", 2, 1, "nøgle: værdi", "liste"),
    "front-matter-scalar": _case("---\nbare en tekst\n---\n", "SP010", 2, 1, "enkelt værdi"),
    "front-matter-number": _case("---\n42\n---\n", "SP010", 2, 1, "enkelt værdi"),
    "empty-front-matter": _case("---\n---\nTekst.\n", "SP004", 2, 1, "tom"),
    "comment-only-front-matter": _case("---\n# bare en kommentar\n---\n", "SP004", 2, 1, "tom"),
    "latin-1": Case(
        "---\nschema: susi-spec/1\ntitle: Fælles\n---\n".encode("latin-1"),
        "SP001",
        3,
        9,
        ("UTF-8", "0xe6"),
    ),
    # The column counts characters, not bytes: Ø is two bytes in UTF-8.
    "latin-1-after-utf8": Case(
        b"---\nschema: susi-spec/1\ntitle: \xc3\x98st \xe6\n---\n", "SP001", 3, 12, ("UTF-8",)
    ),
    "latin-1-in-body": Case(
        VALID.encode("utf-8") + b"\nBl\xe5 bog.\n",
        "SP001",
        VALID.count("\n") + 2,
        3,
        ("UTF-8", "0xe5"),
    ),
    "png": Case(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "SP002", 3, 1, ("binære",)),
    "nul-in-text": _case(
        edited("title: Demo-indsats", "title: Demo-\x00indsats"), "SP002", 4, 13, "NUL"
    ),
    # YAML syntax: the place to fix, with a hint.
    "unclosed-double-quote": _case(
        edited("title: Demo-indsats", 'title: "Demo-indsats'), "SP007", 4, 8, "anførselstegn"
    ),
    "unclosed-single-quote": _case(
        edited("title: Demo-indsats", "title: 'Demo-indsats"), "SP007", 4, 8, "anførselstegn"
    ),
    "bad-indentation": _case(
        edited(
            "  description: Familier med et barn med handicap.\n",
            "  description: Familier med et barn med handicap.\n inclusion: [a]\n",
        ),
        "SP007",
        15,
        2,
        "Indrykningen",
    ),
    "colon-in-value": _case(
        edited("milestone: Opstart", "milestone: Opstart: fase 1"),
        "SP007",
        9,
        19,
        "kolon",
        "anførselstegn",
    ),
    "missing-colon": _case(
        edited("milestone: Opstart", "milestone Opstart"), "SP007", 9, 1, "mangler et kolon"
    ),
    # No space after the colon: the same libyaml error as a missing colon, another hint.
    "no-space-after-colon": _case(
        edited("milestone: Opstart", "milestone:Opstart"),
        "SP007",
        9,
        10,
        "mellemrum efter kolonet i 'milestone:Opstart'",
        "skriv 'milestone: Opstart'",
    ),
    # libyaml stops on the next line ("mapping values are not allowed"); the hint names this one.
    "no-space-after-colon-in-a-list": _case(
        edited("  - id: koordinering", "  - id:koordinering"),
        "SP007",
        16,
        7,
        "skriv 'id: koordinering'",
    ),
    "unclosed-bracket": _case(
        edited("knowledge_basis: [promising_practice]", "knowledge_basis: [promising_practice"),
        "SP007",
        12,
        18,
        "lukket",
    ),
    "undefined-alias": _case(
        edited("title: Demo-indsats", "title: *navn"), "SP007", 4, 8, "alias", "anker"
    ),
    "tab-indentation": _case(
        edited("  description: Familier", "\tdescription: Familier"), "SP007", 14, 1, "Tabulator"
    ),
    "tab-before-list-item": _case(
        edited("      - Koordinatoren holder", "\t- Koordinatoren holder"),
        "SP007",
        22,
        1,
        "Tabulator",
    ),
    "duplicate-key": _case(
        edited("title: Demo-indsats\n", "title: Demo-indsats\ntitle: Igen\n"),
        "SP008",
        5,
        1,
        "'title'",
        "to gange",
    ),
    "duplicate-nested-key": _case(
        edited(
            "  description: Familier med et barn med handicap.\n",
            "  description: Familier med et barn med handicap.\n  description: Igen.\n",
        ),
        "SP008",
        15,
        3,
        "'description'",
    ),
    "python-tag": _case(
        edited("title: Demo-indsats", "title: !!python/object:os.system Demo"),
        "SP018",
        4,
        8,
        "!!python/object:os.system",
    ),
    "local-tag": _case(
        edited("title: Demo-indsats", "title: !lokal Demo"), "SP018", 4, 8, "!lokal"
    ),
    # Expansion and nesting.
    "billion-laughs": _case(billion_laughs(), "SP009", 7, 1, "aliasser"),
    # The characters of strings count through aliases, not only the nodes (issue 10).
    "long-string-laughs": _case(long_laughs(), "SP009", 5, 1, "aliasser"),
    "deep-through-alias": _case(deep_alias(), "SP009", 4, 1),
    # What aliases add is held to MAX_NODES: 3 nodes each, so the 16,667th alias is refused.
    "many-small-aliases": _case(many_small_aliases(), "SP009", 16_670, 1),
    "recursive-alias-list": _case("---\nschema: susi-spec/1\na: &a [*a]\n---\n", "SP009", 3, 1),
    "recursive-alias-map": _case("---\nschema: susi-spec/1\na: &a\n  b: *a\n---\n", "SP009", 4, 3),
    # The top-level mapping is the first level; the 64th bracket is one too deep.
    "deep-flow": _case(
        "---\nschema: susi-spec/1\nx: " + "[" * 500 + "]" * 500 + "\n---\n",
        "SP009",
        3,
        4 + MAX_DEPTH - 1,
    ),
    "deep-block": _case(
        "---\n" + "".join(" " * i + f"k{i}:\n" for i in range(100)) + "---\n",
        "SP009",
        2 + MAX_DEPTH,
        MAX_DEPTH + 1,
    ),
    # Shape: pydantic errors become coded problems at the value.
    "schema-missing": _case(
        edited("schema: susi-spec/1\n", ""), "SP017", 2, 1, "schema: susi-spec/1"
    ),
    "schema-unknown": _case(
        edited("schema: susi-spec/1", "schema: susi-spec/9"),
        "SP017",
        2,
        9,
        "susi-spec/9",
        "susi-spec/1",
    ),
    "id-invalid": _case(edited("id: demo", "id: Demo_1"), "SP015", 3, 5, "'Demo_1'", "små"),
    "core-element-id-invalid": _case(
        edited("id: koordinering", "id: 1koord"), "SP015", 16, 9, "kerneelement nr. 1 (1koord), id"
    ),
    "title-list": _case(
        edited("title: Demo-indsats", "title: [a, b]"), "SP012", 4, 8, "title", "tekst"
    ),
    "released-quoted": _case(
        edited("released: 2020-09-15", 'released: "2020-09-15"'),
        "SP012",
        8,
        11,
        "dato",
        "uden anførselstegn",
    ),
    "level-danish": _case(
        edited("level: guideline", "level: retningslinje"),
        "SP013",
        28,
        12,
        "'retningslinje'",
        "'guideline'",
    ),
    "status-danish": _case(
        edited("status: released\nreleased: 2020-09-15", "status: udkast"),
        "SP013",
        7,
        9,
        "'udkast'",
        "'draft'",
    ),
    "missing-key-in-list-item": _case(
        edited("    title: Inddragelse af familien\n", ""),
        "SP014",
        26,
        5,
        "'title'",
        "i kerneelement nr. 2 (inddragelse).",
    ),
    "unknown-key-suggestion": _case(
        edited("\ncore_elements:", "\ncore_element:"),
        "SP011",
        15,
        1,
        "'core_element'",
        "'core_elements'",
        alone=False,
    ),
    "unknown-nested-key": _case(
        edited("    what: Familien har én", "    whatt: Familien har én"),
        "SP011",
        20,
        5,
        "'whatt'",
        "'what'",
        alone=False,
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_hostile_input_gives_a_coded_problem_at_the_right_place(case: Case) -> None:
    problems = problems_of(case.data)
    found = [p for p in problems if p.code == case.code]
    assert found, [p.format() for p in problems]
    problem = found[0]
    assert (problem.line, problem.column) == (case.line, case.column), problem.format()
    for word in case.words:
        assert word in problem.message("da"), problem.format()
    assert problem.message("en") and problem.message("en") != problem.message("da")
    if case.alone:
        assert [p.code for p in problems] == [case.code], [p.format() for p in problems]


VERSIONS = {
    "word": ("two", "'two'"),
    "decimal": ("1.5", "1.5"),
    "quoted": ('"2"', "'2'"),
    "negative": ("-1", "-1"),
    "yes": ("yes", "'yes'"),
    "bool": ("true", "true"),
    "date": ("2020-01-01", "2020-01-01"),
    "list": ("[1]", "en liste"),
    "empty": ("", "tom"),
    "over-the-bound": ("1000", "1000"),
    "huge": ("9" * 25, "et tal med over 20 cifre"),
}


@pytest.mark.parametrize(("value", "shown"), VERSIONS.values(), ids=VERSIONS.keys())
def test_version_must_be_a_whole_number_or_final(value: str, shown: str) -> None:
    problems = problems_of(edited("version: 1", f"version: {value}".rstrip()).encode())
    assert [(p.code, p.line, p.column) for p in problems] == [("SP019", 6, 9 if not value else 10)]
    assert shown in problems[0].message() and "final" in problems[0].message()


@pytest.mark.parametrize("value", ["0", "1", "12", "final"])
def test_valid_versions_pass_the_shape_check(value: str) -> None:
    problems = problems_of(edited("version: 1", f"version: {value}").encode())
    assert "SP019" not in [p.code for p in problems]


PLAIN_VARIANTS = {
    "valid": VALID,
    "colon-in-value": edited("milestone: Opstart", "milestone: Opstart: fase 1"),
    "unknown-key": edited("\ncore_elements:", "\ncore_element:"),
    "danish-level": edited("level: guideline", "level: retningslinje"),
    "empty-section": edited("Tid til koordinatoren.\n", ""),
}


@pytest.mark.parametrize("text", PLAIN_VARIANTS.values(), ids=PLAIN_VARIANTS.keys())
def test_bom_and_crlf_check_exactly_like_the_plain_file(text: str) -> None:
    plain = problems_of(text.encode("utf-8"))
    windows = problems_of(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    assert [p.as_dict() for p in windows] == [p.as_dict() for p in plain]
    assert (text == VALID) == (plain == [])


def test_bom_and_crlf_keep_section_lines() -> None:
    data = b"\xef\xbb\xbf" + VALID.replace("\n", "\r\n").encode("utf-8")
    document = parse_document(data, SPEC)
    costs = document.section("costs")
    assert costs is not None and (costs.span.line, costs.span.column) == (107, 17)


def test_huge_file_is_refused_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "index.md"
    with path.open("wb") as handle:
        handle.write(b"---\nschema: susi-spec/1\n---\n")
        handle.truncate(50 * 1024 * 1024)  # sparse: the test does not write 50 MB either

    def refuse(self: Path) -> bytes:
        raise AssertionError(f"{self} was read")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    document = read_document(path, SPEC)
    problems = to_problems([check_document(document)], {})
    assert [(p.code, p.line, p.column) for p in problems] == [("SP003", 1, 1)]
    message = problems[0].message()
    assert str(50 * 1024 * 1024) in message and f"{MAX_FILE_BYTES // 1024} KB" in message


def test_bytes_over_the_limit_are_refused_before_parsing() -> None:
    problems = problems_of(b"---\n" + b"a" * (MAX_FILE_BYTES + 1))
    assert [(p.code, p.line, p.column) for p in problems] == [("SP003", 1, 1)]


YAML_12 = {
    "yes": ("yes", "yes"),
    "no": ("no", "no"),
    "on": ("on", "on"),
    "off": ("off", "off"),
    "y": ("y", "y"),
    "decimal-leading-zero": ("010", 10),
    "octal": ("0o10", 8),
    "hex": ("0x10", 16),
    "true": ("true", True),
    "false": ("False", False),
    "null": ("~", None),
    "empty": ("", None),
    "float": ("1.5", 1.5),
    "date": ("2020-09-15", dt.date(2020, 9, 15)),
    "quoted-number": ("'010'", "010"),
    "sexagesimal-is-text": ("1:20", "1:20"),
}


@pytest.mark.parametrize(("raw", "expected"), YAML_12.values(), ids=YAML_12.keys())
def test_yaml_1_2_meaning_of_plain_scalars(raw: str, expected: object) -> None:
    loaded = load_yaml(f"value: {raw}")
    # The meaning is YAML 1.2's; a number it reads in another base is also named (SP012).
    surprising = raw in ("010", "0o10", "0x10")
    assert [issue.kind for issue in loaded.issues] == (["number"] if surprising else [])
    assert loaded.data == {"value": expected}
    assert type(loaded.data["value"]) is type(expected)


def test_yaml_1_2_keys_on_and_no_stay_strings() -> None:
    assert load_yaml("on: 1\nno: 2\n").data == {"on": 1, "no": 2}


def test_title_yes_is_the_text_yes() -> None:
    result = check_document(
        parse_document(edited("title: Demo-indsats", "title: yes").encode(), SPEC)
    )
    assert result.findings == []
    assert result.spec is not None and result.spec.title == "yes"


CLI_CASES = [
    "empty",
    "no-front-matter",
    "unclosed-front-matter",
    "front-matter-list",
    "latin-1",
    "png",
    "unclosed-double-quote",
    "tab-indentation",
    "duplicate-key",
    "python-tag",
    "billion-laughs",
    "released-quoted",
    "level-danish",
]


@pytest.mark.parametrize("name", CLI_CASES)
def test_cli_reports_hostile_input_with_exit_1(
    project: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    case = CASES[name]
    folder = project / "specs" / "demo"
    folder.mkdir()
    (folder / "index.md").write_bytes(case.data)
    assert main(["check", "--format", "json"]) == 1
    out, err = capsys.readouterr()
    assert err == ""
    report = json.loads(out)
    assert report["files"] == 1
    first = next(p for p in report["problems"] if p["code"] == case.code)
    assert first["path"] == "specs/demo/index.md"
    assert (first["line"], first["column"], first["severity"]) == (case.line, case.column, "error")


def test_check_never_changes_the_file(project: Path) -> None:
    originals = {
        "demo": b"\xef\xbb\xbf" + VALID.replace("\n", "\r\n").encode("utf-8"),
        "broken": CASES["unclosed-double-quote"].data,
        "latin": CASES["latin-1"].data,
    }
    for name, data in originals.items():
        (project / "specs" / name).mkdir()
        (project / "specs" / name / "index.md").write_bytes(data)
    before = sorted(p.relative_to(project) for p in project.rglob("*"))
    assert main(["check"]) == 1
    for name, data in originals.items():
        assert (project / "specs" / name / "index.md").read_bytes() == data
    assert sorted(p.relative_to(project) for p in project.rglob("*")) == before


# Deep enough that libyaml's recursive composer would crash the process (a 400 KB file), so
# it is only checked in a separate process, where a regression fails one test, not the run.
CRASHERS = {
    "deep-flow-crash": _case(
        "---\nx: " + "[" * 200_000 + "]" * 200_000 + "\n---\n", "SP009", 2, 4 + MAX_DEPTH - 1
    ),
}


def test_real_process_reports_every_hostile_file_without_a_traceback(project: Path) -> None:
    cases = {**CASES, **CRASHERS}
    for name, case in cases.items():
        folder = project / "specs" / name
        folder.mkdir()
        (folder / "index.md").write_bytes(case.data)
    script = Path(sys.executable).with_name("susi")  # the installed console script
    command = [str(script)] if script.exists() else [sys.executable, "-c", ENTRY]
    completed = subprocess.run(
        [*command, "check", "--format", "json"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 1, completed.stderr
    assert "Traceback" not in completed.stderr and completed.stderr == ""
    report = json.loads(completed.stdout)
    assert report["files"] == len(cases)
    for name, case in cases.items():
        places = {
            (p["code"], p["line"], p["column"])
            for p in report["problems"]
            if p["path"] == f"specs/{name}/index.md"
        }
        if name in CRASHERS:
            # libyaml 0.2.5 gives up at 1,000 levels while scanning ahead, before our walk
            # counts MAX_DEPTH; older versions let the walk stop it: the column differs.
            assert (case.code, case.line) in {place[:2] for place in places}, (name, places)
        else:
            assert (case.code, case.line, case.column) in places, (name, places)


def test_aliases_of_long_strings_within_the_bound_are_read() -> None:
    """A text used a few times through an alias is fine; only expansion past the bound is not."""
    text = "a: &a " + "x" * 1000 + "\nb: [" + ", ".join(["*a"] * 5) + "]\n"
    loaded = load_yaml(text)
    assert loaded.issues == []
    assert loaded.data["b"] == ["x" * 1000] * 5


def test_alias_bound_counts_characters_not_nodes() -> None:
    """Under MAX_NODES by far, over MAX_ALIAS_CHARS: refused where the last alias is."""
    repeats = MAX_ALIAS_CHARS // 10_000 + 1
    text = "a: &a " + "x" * 10_000 + "\nb: [" + ", ".join(["*a"] * repeats) + "]\n"
    assert repeats < MAX_NODES
    issue = load_yaml(text).issues
    assert [(i.kind, i.line, i.column) for i in issue] == [("too-complex", 1, 0)]


def test_messages_quote_at_most_the_start_of_a_long_value() -> None:
    """A 20,000-character key, twice and unknown: the messages quote its start only."""
    key = "k" * 20_000
    twice = f"? {key}\n: 1\n? {key}\n: 2\n"  # explicit keys: a plain one stops at 1,024
    text = edited("title: Demo-indsats\n", f"title: Demo-indsats\n{twice}")
    problems = problems_of(text.encode("utf-8"))
    assert {p.code for p in problems} >= {"SP008", "SP011"}
    for problem in problems:
        for lang in ("da", "en"):
            assert "k" * 100 not in problem.message(lang) and len(problem.message(lang)) < 1000
