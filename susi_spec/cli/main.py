"""`susi`: the command-line entry point and its one error boundary.

Exit codes: 0 clean; 1 problems found; 2 usage, configuration or environment error.
The command modules are light: each imports its heavy modules inside `run`, so importing
them all for the table keeps `susi --help` quick.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import NamedTuple

from susi_spec import __version__
from susi_spec.cli import (
    cmd_bump,
    cmd_check,
    cmd_diff,
    cmd_export,
    cmd_history,
    cmd_local_review,
    cmd_new,
    cmd_release,
    cmd_review,
    cmd_rules,
    cmd_schema,
)
from susi_spec.errors import (
    ENVIRONMENT_ERRNOS,
    EXIT_INTERNAL,
    SusiError,
    environment_error_line,
    internal_error_line,
)


class Command(NamedTuple):
    """A subcommand: its help line, the arguments it takes, and what it runs."""

    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


# In the order `susi --help` lists them.
COMMANDS: dict[str, Command] = {
    "check": Command(
        "Tjek indsatsbeskrivelser og lokale udmøntninger (check specs).",
        cmd_check.add_arguments,
        cmd_check.run,
    ),
    "rules": Command(
        "Vis alle regler med kode og kort beskrivelse (list rule codes).",
        cmd_rules.add_arguments,
        cmd_rules.run,
    ),
    "new": Command(
        "Opret en ny indsatsbeskrivelse som v0-udkast (scaffold a new spec).",
        cmd_new.add_arguments,
        cmd_new.run,
    ),
    "schema": Command(
        "Skriv JSON Schema-filerne i schemas/ (write the JSON Schemas).",
        cmd_schema.add_arguments,
        cmd_schema.run,
    ),
    "diff": Command(
        "Vis hvad der er ændret mellem to versioner (semantic diff).",
        cmd_diff.add_arguments,
        cmd_diff.run,
    ),
    "history": Command(
        "Vis versionerne fra v0 til final og modenhedsmatricen (version history).",
        cmd_history.add_arguments,
        cmd_history.run,
    ),
    "release": Command(
        "Frigiv den aktuelle version: commit og tag (release a version).",
        cmd_release.add_arguments,
        cmd_release.run,
    ),
    "bump": Command(
        "Start næste version som udkast (start the next version).",
        cmd_bump.add_arguments,
        cmd_bump.run,
    ),
    "local-review": Command(
        "Vis hvad hvert sted skal gennemgå efter en ny version (local review).",
        cmd_local_review.add_arguments,
        cmd_local_review.run,
    ),
    "review": Command(
        "Skriv rapporten til en pull request: nye fund og ændringer (review a pull request).",
        cmd_review.add_arguments,
        cmd_review.run,
    ),
    "export": Command(
        "Eksportér tjekliste, praksisprofil, TIDieR, parathed eller JSON (export).",
        cmd_export.add_arguments,
        cmd_export.run,
    ),
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise SusiError(f"{message}. Se '{self.prog} --help'.")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="susi",
        description="Værktøjer til indsatsbeskrivelser (susi-spec): tjek, historik og websted.",
    )
    parser.add_argument("--version", action="version", version=f"susi-spec {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=_Parser)
    for name, command in COMMANDS.items():
        command.add_arguments(sub.add_parser(name, help=command.help, description=command.help))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code; never let a traceback reach the user."""
    argv_list = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            build_parser().print_help()
            return 2
        return COMMANDS[args.command].run(args)
    except SusiError as error:
        return _refused(str(error))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`susi check | head`): stop quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except OSError as error:
        if error.errno in ENVIRONMENT_ERRNOS:
            # The machine, not susi: a full disk, a read-only folder, no permission.
            return _refused(environment_error_line(error, _language(argv_list)))
        return _internal(error, argv_list)
    except Exception as error:  # a bug: one plain line, never a traceback, never exit 1
        return _internal(error, argv_list)


def _refused(message: str) -> int:
    """Exit 2: what stops the command, on one line whatever the paths in it hold."""
    from susi_spec.cli.output import plain

    print(f"susi: {plain(message, lines=False)}", file=sys.stderr)
    return 2


def _internal(error: BaseException, argv: list[str]) -> int:
    if os.environ.get("SUSI_DEBUG"):
        traceback.print_exception(error)
    print(internal_error_line(error, _language(argv)), file=sys.stderr)
    return EXIT_INTERNAL


def _language(argv: list[str]) -> str:
    """The language asked for on the command line, read without the parser (it may be what failed)."""
    asked = "--lang=en" in argv or ("--lang", "en") in itertools.pairwise(argv)
    return "en" if asked else "da"


def entry() -> None:
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            # A terminal or log that is not UTF-8 (LC_ALL=C with PYTHONUTF8=0): æ, ø and å
            # come out escaped rather than stopping the command.
            stream.reconfigure(errors="backslashreplace")
    if sys.stdout is None:
        print("susi: standardoutput er lukket; der er intet at skrive til.", file=sys.stderr)
        sys.exit(2)
    sys.exit(main())
