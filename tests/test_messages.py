"""Every refusal a person reads is in Danish and in English (issue 11).

A refusal is a `SusiError` (exit 2): its message is a `Text`, and the CLI picks the language
(`--lang`, else `[tool.susi] language`). The AST test finds every place that makes one, so a
new Danish-only message cannot slip in; the others run real refusals in both languages.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from gitrepo import DRAFT, SPEC, GitRepo, fixture
from susi_spec.cli.main import main

PACKAGE = Path(__file__).resolve().parent.parent / "susi_spec"

# Words that show one language leaked into the other's message (whole words, any case).
DANISH = re.compile(
    r"\b(ikke|er|og|eller|kør|findes|angiv|intet|ændret|mappe|filen|fejl|brug|skriv|vælg)\b",
    re.IGNORECASE,
)
ENGLISH = re.compile(
    r"\b(the|is|not|must|nothing|changed|found|file|folder|run|give|choose|invalid)\b",
    re.IGNORECASE,
)


def _modules() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _errors() -> set[str]:
    """SusiError and every class in the package that derives from it."""
    found = {"SusiError"}
    classes = [n for _, tree in _modules() for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    while True:
        more = {c.name for c in classes if any(_name(b) in found for b in c.bases)} - found
        if not more:
            return found
        found |= more


def _text_functions() -> set[str]:
    """Functions and methods of the package annotated to return a Text."""
    return {
        node.name
        for _, tree in _modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
        and node.returns is not None
        and ast.unparse(node.returns) == "Text"
    }


def _literal(node: ast.expr) -> str:
    """The words written in the code of a message (not what the placeholders hold)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return " ".join(_literal(part) for part in node.values)
    if isinstance(node, ast.BinOp):
        return f"{_literal(node.left)} {_literal(node.right)}"
    if isinstance(node, ast.IfExp):
        return f"{_literal(node.body)} {_literal(node.orelse)}"
    return " "


def _made_errors() -> Iterator[tuple[str, ast.Call]]:
    """Every call that makes a refusal, with where it is: `SusiError(...)` and its kind, and
    `super().__init__(...)` inside a class of that kind."""
    errors = _errors()
    for path, tree in _modules():
        for node in ast.walk(tree):
            inside = [
                call
                for call in ast.walk(node)
                if isinstance(node, ast.ClassDef)
                and node.name in errors - {"SusiError"}  # its own __init__ takes the Text
                and isinstance(call, ast.Call)
                and _name(call.func) == "__init__"
            ]
            for call in inside:
                yield f"{path.relative_to(PACKAGE)}:{call.lineno}", call
            if isinstance(node, ast.Call) and _name(node.func) in errors - {"CheckFailed"}:
                yield f"{path.relative_to(PACKAGE)}:{node.lineno}", node


def test_every_refusal_is_written_in_danish_and_english() -> None:
    text_functions = _text_functions() | {"then"}
    not_bilingual = []
    sites = 0
    for where, call in _made_errors():
        sites += 1
        message = call.args[0] if call.args else None
        if isinstance(message, ast.Name) and message.id == "text":
            continue  # a subclass handing its Text on
        if isinstance(message, ast.Call) and _name(message.func) in text_functions:
            continue
        if not (
            isinstance(message, ast.Call)
            and _name(message.func) == "Text"
            and len(message.args) == 2
        ):
            not_bilingual.append(f"{where}: not Text(da, en): {ast.unparse(call)[:80]}")
            continue
        da, en = (_literal(arg) for arg in message.args)
        if da == en and _literal(message.args[0]).strip():
            # argparse's message is in the language spoken already; the rest must differ.
            not_bilingual.append(f"{where}: the same text in both languages")
        if DANISH.search(en):
            not_bilingual.append(f"{where}: Danish in the English: {DANISH.search(en)}")
        if ENGLISH.search(da):
            not_bilingual.append(f"{where}: English in the Danish: {ENGLISH.search(da)}")
    assert sites > 70  # the test sees them all: one missed pattern would lower this
    assert not_bilingual == []


def test_the_check_finds_a_danish_only_refusal(tmp_path: Path) -> None:
    """The AST test has teeth: a plain string, or Danish in the English, is caught."""
    tree = ast.parse(
        'raise SusiError("Intet er ændret.")\n'
        'raise SusiError(Text("Intet er ændret.", "Intet er changed."))\n'
    )
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and _name(n.func) == "SusiError"]
    assert not isinstance(calls[0].args[0], ast.Call)
    assert DANISH.search(_literal(calls[1].args[0].args[1]))  # type: ignore[attr-defined]


# Real refusals, each in both languages: (argv, what the spec needs, Danish words, English).
@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """demo v1 released on 2020-09-15, a draft spec 'udkast' never released."""
    git = GitRepo(tmp_path / "repo")
    git.write(SPEC, fixture("valid_v1.md"))
    git.write("specs/udkast/index.md", DRAFT.replace("id: demo\n", "id: udkast\n", 1))
    git.commit("demo v1 og et udkast")
    git.git("tag", "-a", "demo/v1", "-m", "demo v1")
    monkeypatch.chdir(git.root)
    return git


REFUSALS = {
    "date-in-the-future": (
        ["release", "udkast", "--date", "2999-01-01"],
        "ligger efter i dag (",
        "is after today (",
        "'susi release udkast'",
    ),
    "released-already": (
        ["release", "demo"],
        "v1 af demo er allerede frigivet. Start næste version med 'susi bump demo'.",
        "v1 of demo is released already. Start the next version with 'susi bump demo'.",
        "",
    ),
    "bump-a-draft": (
        ["bump", "udkast", "--yes"],
        "v1 af udkast er ikke frigivet endnu; intet er ændret. Frigiv den med "
        "'susi release udkast'",
        "v1 of udkast is not released yet; nothing was changed. Release it with "
        "'susi release udkast'",
        "",
    ),
    "unknown-spec": (
        ["history", "demoo"],
        "Fandt ingen indsatsbeskrivelse 'demoo'.",
        "Found no spec 'demoo'.",
        "'ls specs'",
    ),
    "no-such-version": (
        ["diff", "demo", "v7"],
        "demo har ingen frigivet version 'v7'. Frigivne versioner: v1.",
        "demo has no released version 'v7'. Released versions: v1.",
        "'susi history demo'",
    ),
    "no-such-revision": (
        ["diff", "demo", "v1", "nonsense"],
        "'nonsense' er hverken en frigivet version (v1) eller en git-revision",
        "'nonsense' is neither a released version (v1) nor a git revision",
        "'susi history demo'",
    ),
    "diff-without-a-release": (
        ["diff", "udkast"],
        "udkast har ingen frigivet version endnu",
        "udkast has no released version yet",
        "'susi diff udkast HEAD",
    ),
    "new-without-a-title": (
        ["new", "ny-indsats"],
        'Angiv en titel: susi new ny-indsats --title "Min indsats".',
        'Give a title: susi new ny-indsats --title "My intervention".',
        "",
    ),
    "place-without-a-release": (
        ["new", "udkast", "--place", "Ishøj"],
        "udkast har ingen frigivet version endnu. En lokal udmøntning bygger på",
        "udkast has no released version yet. A local implementation is based on",
        "'susi release udkast'",
    ),
    "review-without-base": (
        ["review"],
        "Angiv BASE, fx 'susi review origin/main'",
        "Give BASE, e.g. 'susi review origin/main'",
        "",
    ),
    "review-unknown-base": (
        ["review", "ingen-gren"],
        "'ingen-gren' er ikke en git-revision",
        "'ingen-gren' is not a git revision",
        "'susi review origin/main'",
    ),
    "export-to-a-folder": (
        ["export", "demo", "--format", "json", "-o", "specs/"],
        "specs er en mappe. Angiv et filnavn",
        "specs is a folder. Give a file name",
        "-o specs/indsatsbeskrivelse.json",
    ),
    "explain-unknown-rule": (
        ["rules", "--explain", "SP999"],
        "Ingen regel har koden eller navnet 'SP999'.",
        "No rule has the code or name 'SP999'.",
        "'susi rules'",
    ),
}


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("case", list(REFUSALS), ids=list(REFUSALS))
def test_real_refusals_speak_the_language_asked_for(
    case: str, lang: str, project: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    argv, danish, english, both = REFUSALS[case]
    before = project.git("status", "--porcelain"), project.git("rev-parse", "HEAD")
    assert main([*argv, "--lang", lang]) == 2
    err = capsys.readouterr().err
    assert err.startswith("susi: ") and err.count("\n") == 1
    assert (danish if lang == "da" else english) in err
    assert both in err
    other = ENGLISH if lang == "da" else DANISH
    words = re.sub(r"'[^']*'|«[^»]*»|\S*/\S*", "", err)  # commands, names and paths stay
    assert not other.search(words), err
    assert (project.git("status", "--porcelain"), project.git("rev-parse", "HEAD")) == before


def test_the_projects_language_is_the_default(
    project: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    """`[tool.susi] language = "en"` without --lang: the parser and the refusals are English;
    --lang da still wins."""
    project.write("pyproject.toml", '[tool.susi]\nlanguage = "en"\n')
    assert main(["bump", "udkast", "--yes"]) == 2
    assert "v1 of udkast is not released yet" in capsys.readouterr().err
    assert main(["check", "--format", "xml"]) == 2
    assert "invalid choice: 'xml'" in capsys.readouterr().err
    assert main(["bump", "udkast", "--lang", "da"]) == 2
    assert "v1 af udkast er ikke frigivet endnu" in capsys.readouterr().err


def test_a_broken_configuration_is_told_in_the_language_asked_for(
    project: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("pyproject.toml", '[tool.susi]\nlangauge = "en"\n')
    assert main(["check"]) == 2
    assert "[tool.susi] kender ikke nøglen 'langauge'. Mente du 'language'?" in (
        capsys.readouterr().err
    )
    assert main(["check", "--lang", "en"]) == 2
    assert "[tool.susi] has no key 'langauge'. Did you mean 'language'?" in (
        capsys.readouterr().err
    )
