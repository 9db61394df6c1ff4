"""`susi`: the command-line entry point and its one error boundary.

Exit codes: 0 clean; 1 problems found; 2 usage, configuration or environment error.
Commands import their heavy modules only when they run, so `susi --help` stays quick.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from susi_spec import __version__
from susi_spec.errors import SusiError

COMMANDS: dict[str, str] = {
    "check": "Tjek indsatsbeskrivelser og lokale udmøntninger (check specs).",
    "rules": "Vis alle regler med kode og kort beskrivelse (list rule codes).",
    "new": "Opret en ny indsatsbeskrivelse som v0-udkast (scaffold a new spec).",
    "schema": "Skriv JSON Schema-filerne i schemas/ (write the JSON Schemas).",
    "diff": "Vis hvad der er ændret mellem to versioner (semantic diff).",
    "history": "Vis versionerne fra v0 til final og modenhedsmatricen (version history).",
    "release": "Frigiv den aktuelle version: commit og tag (release a version).",
    "bump": "Start næste version som udkast (start the next version).",
    "local-review": "Vis hvad hvert sted skal gennemgå efter en ny version (local review).",
    "export": "Eksportér tjekliste, praksisprofil, TIDieR, parathed eller JSON (export).",
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
    for name, help_text in COMMANDS.items():
        module = importlib.import_module(_module(name))
        module.add_arguments(sub.add_parser(name, help=help_text, description=help_text))
    return parser


def _module(command: str) -> str:
    """The module of a command: `local-review` → `susi_spec.cli.cmd_local_review`."""
    return f"susi_spec.cli.cmd_{command.replace('-', '_')}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code; never let a traceback reach the user."""
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            build_parser().print_help()
            return 2
        module = importlib.import_module(_module(args.command))
        return int(module.run(args))
    except SusiError as error:
        from susi_spec.cli.output import plain  # one line, whatever the paths in it hold

        print(f"susi: {plain(str(error), lines=False)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`susi check | head`): stop quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


def entry() -> None:
    sys.exit(main())
