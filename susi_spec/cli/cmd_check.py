"""`susi check [PATH ...]`: validate specs and local implementations."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from susi_spec.cli.language import say
from susi_spec.errors import SusiError
from susi_spec.problems import Text

if TYPE_CHECKING:
    from susi_spec.checks.checker import Report
    from susi_spec.checks.config import Config

# Workflow annotation commands by severity.
_GITHUB_LEVELS = {"error": "error", "warning": "warning", "todo": "notice", "note": "notice"}


def given_path(text: str) -> Path:
    """A path argument; an empty one would mean the working folder, which nobody asks for."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            say(
                "tom tekst er ikke en sti; angiv en fil eller mappe",
                "empty text is not a path; give a file or folder",
            )
        )
    return Path(text)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        type=given_path,
        metavar=say("STI", "PATH"),
        help=say(
            "filer, mapper eller en indsatsbeskrivelses id (standard: projektets specs/)",
            "files, folders or a spec's id (default: the project's specs/)",
        ),
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "github"),
        default="text",
        help=say(
            "uddata: text (standard), json eller github (annoteringer i GitHub Actions)",
            "output: text (default), json or github (GitHub Actions annotations)",
        ),
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help=say("advarsler giver også exit-kode 1", "warnings give exit code 1 too"),
    )
    parser.add_argument(
        "--lang",
        choices=("da", "en"),
        help=say("sprog for meddelelserne", "language of the messages"),
    )
    parser.add_argument(
        "--release",
        action="store_true",
        help=say(
            "vis præcis det, 'susi release' kræver af hver indsatsbeskrivelse (STI er id'er "
            "eller stier; standard: alle)",
            "show exactly what 'susi release' demands of each spec (PATH are ids or paths; "
            "default: all)",
        ),
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help=say(
            "antal processer (standard: antal kerner)",
            "number of processes (default: number of cores)",
        ),
    )


def run(args: argparse.Namespace) -> int:
    from susi_spec.checks.checker import check_paths
    from susi_spec.checks.config import load_config
    from susi_spec.cli.output import github_escape, plain, problem_line

    config = load_config(Path.cwd())
    paths: list[Path] = [_spec_or_path(path, config) for path in args.paths] or [config.specs_path]
    if not args.paths and not config.specs_path.is_dir():
        raise SusiError(
            Text(
                f"Fandt ingen specs-mappe ({config.specs_path}). Kør kommandoen i projektets "
                "mappe, eller angiv filerne: susi check specs/<id>/index.md",
                f"Found no specs folder ({config.specs_path}). Run the command in the "
                "project's folder, or name the files: susi check specs/<id>/index.md",
            )
        )
    lang = args.lang or config.language
    report = (
        _release_report(args.paths, config)
        if args.release
        else check_paths(paths, config.severities, workers=args.jobs)
    )
    if args.format == "json":
        payload = {
            "files": report.files,
            "errors": report.errors,
            "warnings": report.warnings,
            "todos": report.todos,
            "notes": report.notes,
            "problems": [problem.as_dict(lang) for problem in report.problems],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    elif args.format == "github":
        for problem in report.problems:
            level = _GITHUB_LEVELS[problem.severity.value]
            # The path stays as it is, escaped, so the annotation lands on the real file.
            path = github_escape(problem.path, prop=True)
            message = github_escape(plain(problem.message(lang)))
            print(
                f"::{level} file={path},line={problem.line},col={problem.column},"
                f"title={github_escape(problem.code, prop=True)}::{message}"
            )
    else:
        for problem in report.problems:
            print(problem_line(problem, lang))
        counts = (report.errors, report.warnings, report.todos, report.notes)
        print(_summary(report.files, *counts, lang))
    failed = report.errors > 0 or (args.strict and report.warnings > 0)
    return 1 if failed else 0


def _spec_or_path(path: Path, config: Config) -> Path:
    """A path as given, or the folder of the spec whose id it is (`susi check min-indsats`,
    as the other commands take it)."""
    from susi_spec.checks.config import resolve_spec

    if path.exists() or path.is_symlink() or len(path.parts) != 1:
        return path
    try:
        return resolve_spec(str(path), config).parent
    except SusiError:
        return path  # discovery says it does not exist


def _release_report(given: list[Path], config: Config) -> Report:
    """What `susi release` demands of each spec given (default: every spec), as a report."""
    import datetime as dt

    from susi_spec.checks.checker import Report, discover
    from susi_spec.checks.config import resolve_spec
    from susi_spec.release.demands import release_demands

    specs = [resolve_spec(str(p), config) for p in given] or [
        p.resolve() for p in discover([config.specs_path]) if p.name == "index.md"
    ]
    problems = [p for path in specs for p in release_demands(path, dt.date.today())[1]]
    return Report(len(specs), problems)


def _summary(files: int, errors: int, warnings: int, todos: int, notes: int, lang: str) -> str:
    if lang == "en":
        todo = f", {todos} to do" if todos else ""
        noted = f", {_count(notes, 'note')}" if notes else ""
        return (
            f"{_count(files, 'file')} checked: {_count(errors, 'error')}, "
            f"{_count(warnings, 'warning')}{todo}{noted}."
        )
    filer = "fil" if files == 1 else "filer"
    fejl = "fejl"
    advarsler = "advarsel" if warnings == 1 else "advarsler"
    # A draft's to-do list: what the version still needs before it can be released.
    mangler = f", {todos} mangler" if todos else ""
    noter = f", {notes} {'note' if notes == 1 else 'noter'}" if notes else ""
    return f"{files} {filer} tjekket: {errors} {fejl}, {warnings} {advarsler}{mangler}{noter}."


def _count(n: int, word: str) -> str:
    """`1 file`, `2 files`: English plurals for the summary line."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
