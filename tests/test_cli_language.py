"""The command line's own words (help, the parser's errors) in Danish, English with --lang en."""

from __future__ import annotations

import argparse
import re

import pytest

from susi_spec.cli.main import COMMANDS, main

# argparse's English that must never reach a Danish reader.
ENGLISH = re.compile(
    r"usage:|positional arguments|options:|show this help|invalid choice|unrecognized|"
    r"the following arguments|expected one argument|invalid \w+ value|fromisoformat|"
    r"\(check specs\)|choose from"
)
# Words that show a Danish help text leaked into English.
DANISH = re.compile(r"\b(og|eller|til|mappe|sprog|standard|brug|tilvalg|argumenter)\b")


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as exit:  # --help exits from inside argparse
        code = int(exit.code or 0)
    out, err = capsys.readouterr()
    return code, out + err


@pytest.mark.parametrize("name", [None, *COMMANDS])
def test_every_help_is_danish_and_english_with_lang_en(
    name: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--help"] if name is None else [name, "--help"]
    code, danish = _run(argv, capsys)
    assert code == 0
    assert danish.startswith("brug: susi")
    assert "tilvalg:" in danish and "vis denne hjælp og stop" in danish
    assert not ENGLISH.search(danish), danish
    code, english = _run([*argv, "--lang", "en"], capsys)
    assert code == 0
    assert english.startswith("usage: susi") and "show this help message and exit" in english
    # Option names and values (`--lang {da,en}`, `arbejdskopi`) are the same in both languages.
    prose = re.sub(r"\{[^}]*\}|'[^']*'|\([^)]*standard[^)]*\)", "", english)
    assert not DANISH.search(prose), english


@pytest.mark.parametrize(
    ("argv", "danish", "english"),
    [
        (
            ["chek"],
            "KOMMANDO: 'chek' findes ikke; vælg mellem 'check', ",
            "argument COMMAND: invalid choice: 'chek' (choose from 'check', ",
        ),
        (
            ["check", "--format", "xml"],
            "--format: 'xml' findes ikke; vælg mellem 'text', 'json', 'github'. "
            "Se 'susi check --help'.",
            "argument --format: invalid choice: 'xml' (choose from 'text', 'json', 'github')."
            " See 'susi check --help'.",
        ),
        (
            ["check", "--foo"],
            "ukendte argumenter: --foo. Se 'susi check --help'.",
            "unrecognized arguments: --foo. See 'susi check --help'.",
        ),
        (
            ["diff"],
            "angiv også SPEC. Se 'susi diff --help'.",
            "the following arguments are required: SPEC. See 'susi diff --help'.",
        ),
        (
            ["check", "--jobs"],
            "--jobs: skal have en værdi. Se 'susi check --help'.",
            "argument --jobs: expected one argument. See 'susi check --help'.",
        ),
        (
            ["check", "--jobs", "mange"],
            "--jobs: 'mange' er ikke en gyldig værdi.",
            "argument --jobs: invalid int value: 'mange'.",
        ),
        (
            ["release", "demo", "--date", "1.3.2026"],
            "--date: '1.3.2026' er ikke en dato: skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-03-01. "
            "Se 'susi release --help'.",
            "argument --date: '1.3.2026' is not a date: write it as YYYY-MM-DD, e.g. 2026-03-01."
            " See 'susi release --help'.",
        ),
    ],
)
def test_the_parsers_errors_speak_the_language_asked_for(
    argv: list[str], danish: str, english: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _run(argv, capsys)
    assert code == 2 and f"susi: {danish}" in out, out
    assert not ENGLISH.search(out), out
    code, out = _run([*argv, "--lang=en"], capsys)
    assert code == 2 and f"susi: {english}" in out, out


@pytest.mark.parametrize(
    ("word", "meant"), [("chek", "check"), ("histroy", "history"), ("lokal-review", "local-review")]
)
def test_a_misspelt_command_is_answered_with_the_command_meant(
    word: str, meant: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _run([word, "demo"], capsys)
    assert code == 2 and out.endswith(f"Mente du `susi {meant}`? Se 'susi --help'.\n"), out
    code, out = _run([word, "demo", "--lang", "en"], capsys)
    assert code == 2 and out.endswith(f"Did you mean `susi {meant}`? See 'susi --help'.\n"), out


def test_lang_before_the_command_is_the_same_as_after_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`susi --lang en rules` speaks English as `susi rules --lang en` does, and `en` there
    is the language, not a misspelt command."""
    after = _run(["rules", "--lang", "en"], capsys)
    for before in (["--lang", "en", "rules"], ["--lang=en", "rules"]):
        assert _run(before, capsys) == after
    assert after[0] == 0 and "The file is not saved as UTF-8." in after[1]
    code, out = _run(["--lang", "en", "chek"], capsys)
    assert code == 2 and out.endswith("Did you mean `susi check`? See 'susi --help'.\n"), out


def test_a_word_like_no_command_gets_the_list_only(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(["xyzzy"], capsys)
    assert code == 2 and "vælg mellem 'check'" in out and "Mente du" not in out
    # A command given rightly has nothing to suggest, whatever else is wrong on the line.
    code, out = _run(["check", "--format", "xml"], capsys)
    assert code == 2 and "Mente du" not in out


def test_argparse_is_left_as_it_was(capsys: pytest.CaptureFixture[str]) -> None:
    """Another program in the same process (MkDocs, pytest) keeps its English argparse."""
    _run(["check", "--help"], capsys)
    other = argparse.ArgumentParser(prog="other")
    assert other.format_help().startswith("usage: other")
