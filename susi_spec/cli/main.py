"""`susi`: the command-line entry point and its one error boundary.

Exit codes: 0 clean; 1 problems found; 2 usage, configuration or environment error.
The command modules are light: each imports its heavy modules inside `run`, so importing
them all for the table keeps `susi --help` quick.
"""

from __future__ import annotations

import argparse
import contextlib
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
    cmd_import,
    cmd_local_review,
    cmd_new,
    cmd_release,
    cmd_review,
    cmd_rules,
    cmd_schema,
    cmd_site,
    cmd_studio,
)
from susi_spec.cli.language import asked_language, say, speaking, unrecognized
from susi_spec.errors import (
    ENVIRONMENT_ERRNOS,
    EXIT_INTERNAL,
    SusiError,
    environment_error_line,
    internal_error_line,
)
from susi_spec.problems import Text


class Command(NamedTuple):
    """A subcommand: its help line, the arguments it takes, and what it runs."""

    help: Text
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


# In the order `susi --help` lists them.
COMMANDS: dict[str, Command] = {
    "check": Command(
        Text(
            "Tjek indsatsbeskrivelser og lokale udmøntninger.",
            "Check specs and local implementations.",
        ),
        cmd_check.add_arguments,
        cmd_check.run,
    ),
    "rules": Command(
        Text(
            "Vis alle regler med kode og kort beskrivelse.",
            "List every rule with its code and a short description.",
        ),
        cmd_rules.add_arguments,
        cmd_rules.run,
    ),
    "new": Command(
        Text(
            "Opret en ny indsatsbeskrivelse som v0-udkast eller en lokal udmøntning.",
            "Create a new spec as a v0 draft, or a local implementation.",
        ),
        cmd_new.add_arguments,
        cmd_new.run,
    ),
    "schema": Command(
        Text(
            "Skriv JSON Schema-filerne i schemas/.",
            "Write the JSON Schema files in schemas/.",
        ),
        cmd_schema.add_arguments,
        cmd_schema.run,
    ),
    "diff": Command(
        Text(
            "Vis hvad der er ændret mellem to versioner.",
            "Show what changed between two versions.",
        ),
        cmd_diff.add_arguments,
        cmd_diff.run,
    ),
    "history": Command(
        Text(
            "Vis versionerne fra v0 til final og modenhedsmatricen.",
            "Show the versions from v0 to final and the maturity matrix.",
        ),
        cmd_history.add_arguments,
        cmd_history.run,
    ),
    "release": Command(
        Text(
            "Frigiv den aktuelle version: commit og tag.",
            "Release the current version: commit and tag.",
        ),
        cmd_release.add_arguments,
        cmd_release.run,
    ),
    "bump": Command(
        Text(
            "Start næste version som udkast.",
            "Start the next version as a draft.",
        ),
        cmd_bump.add_arguments,
        cmd_bump.run,
    ),
    "local-review": Command(
        Text(
            "Vis hvad hvert sted skal gennemgå efter en ny version.",
            "Show what each place must review after a new version.",
        ),
        cmd_local_review.add_arguments,
        cmd_local_review.run,
    ),
    "review": Command(
        Text(
            "Skriv rapporten til en pull request: nye fund og ændringer.",
            "Write the report for a pull request: new findings and changes.",
        ),
        cmd_review.add_arguments,
        cmd_review.run,
    ),
    "studio": Command(
        Text(
            "Skriv, tjek og frigiv beskrivelser i browseren.",
            "Write, check and release descriptions in the browser.",
        ),
        cmd_studio.add_arguments,
        cmd_studio.run,
    ),
    "export": Command(
        Text(
            "Eksportér tjekliste, praksisprofil, TIDieR, parathed eller JSON.",
            "Export a checklist, practice profile, TIDieR, readiness or JSON.",
        ),
        cmd_export.add_arguments,
        cmd_export.run,
    ),
    "site": Command(
        Text(
            "Skriv sitets sider og filer i en mappe, som MkDocs eller Zensical bygger.",
            "Write the site's pages and files into a folder MkDocs or Zensical builds.",
        ),
        cmd_site.add_arguments,
        cmd_site.run,
    ),
    "import": Command(
        Text(
            "Importér en udfyldt tjekliste eller et parathedsskema som stedets opfølgning.",
            "Import a filled-in checklist or readiness form as the place's follow-up.",
        ),
        cmd_import.add_arguments,
        cmd_import.run,
    ),
}


class _Parser(argparse.ArgumentParser):
    # What to add to an error: for the top parser, the command a misspelt one was meant to be.
    hint = Text("", "")

    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse's `message` is in the language being spoken already (see language.py).
        hint = self.hint
        raise SusiError(
            Text(
                f"{message}.{hint.da} Se '{self.prog} --help'.",
                f"{message}.{hint.en} See '{self.prog} --help'.",
            )
        )


def _command_hint(argv: Sequence[str]) -> Text:
    """` Mente du `susi check`?` when the command word is a misspelt command, else empty."""
    words = [arg for arg in argv if not arg.startswith("-")]
    if argv[:1] == ["--lang"] and words:
        words = words[1:]  # `susi --lang en chek`: `en` is the language, not the command
    word = next(iter(words), None)
    if word is None or word in COMMANDS:
        return Text("", "")
    # Imported only for a word that is no command: the model package is slow to import.
    from susi_spec.model.suggestions import did_you_mean

    return did_you_mean(word, COMMANDS, shown="`susi {}`")


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser, in the language `speaking` set (Danish outside it); `argv`, the words it
    will parse, lets its error on a misspelt command name the command meant."""
    parser = _Parser(
        prog="susi",
        description=say(
            "Værktøjer til indsatsbeskrivelser (susi-spec): tjek, historik og websted.",
            "Tools for intervention descriptions (susi-spec): check, history and site.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"susi-spec {__version__}",
        help=say("vis versionen af susi og stop", "show the version of susi and exit"),
    )
    # `susi --lang en check` as well as `susi check --lang en`: the language is read from
    # argv before parsing (asked_language), so this one only has to be accepted.
    parser.add_argument(
        "--lang",
        dest="lang_before_command",
        choices=("da", "en"),
        help=say("sprog for hjælpen og fejlbeskederne", "language of help and errors"),
    )
    sub = parser.add_subparsers(
        dest="command", metavar=say("KOMMANDO", "COMMAND"), parser_class=_Parser
    )
    parser.hint = _command_hint(argv)
    for name, command in COMMANDS.items():
        text = command.help.get(say("da", "en"))
        command_parser = sub.add_parser(name, help=text, description=text)
        command.add_arguments(command_parser)
        # Every command takes --lang, so `--lang en` always gets English help and errors.
        with contextlib.suppress(argparse.ArgumentError):  # the command has its own
            command_parser.add_argument(
                "--lang",
                choices=("da", "en"),
                help=say("sprog for hjælpen og fejlbeskederne", "language of help and errors"),
            )
        command_parser.set_defaults(command_parser=command_parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code; never let a traceback reach the user."""
    argv_list = list(sys.argv[1:] if argv is None else argv)
    lang = asked_language(argv_list) or _configured_language()
    try:
        with speaking(lang):
            parser = build_parser(argv_list)
            args, extra = parser.parse_known_args(argv_list)
            if extra:  # told by the command's own parser, so the hint names its --help
                getattr(args, "command_parser", parser).error(unrecognized(extra))
            if args.command is None:
                parser.print_help()
                return 2
            # Everything the command prints and refuses is in this language (`say`, `Text`).
            args.lang = args.lang or args.lang_before_command
            return COMMANDS[args.command].run(args)
    except SusiError as error:
        return _refused(error.text.get(lang))
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
            return _refused(environment_error_line(error, lang))
        return _internal(error, lang)
    except Exception as error:  # a bug: one plain line, never a traceback, never exit 1
        return _internal(error, lang)


def _refused(message: str) -> int:
    """Exit 2: what stops the command, on one line whatever the paths in it hold."""
    from susi_spec.cli.output import plain

    print(f"susi: {plain(message, lines=False)}", file=sys.stderr)
    return 2


def _configured_language() -> str:
    from pathlib import Path

    from susi_spec.checks.config import configured_language

    return configured_language(Path.cwd())


def _internal(error: BaseException, lang: str) -> int:
    if os.environ.get("SUSI_DEBUG"):
        traceback.print_exception(error)
    print(internal_error_line(error, lang), file=sys.stderr)
    return EXIT_INTERNAL


def entry() -> None:
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            # A terminal or log that is not UTF-8 (LC_ALL=C with PYTHONUTF8=0): æ, ø and å
            # come out escaped rather than stopping the command.
            stream.reconfigure(errors="backslashreplace")
    if sys.stdout is None:
        closed = Text(
            "susi: standardoutput er lukket; der er intet at skrive til.",
            "susi: standard output is closed; there is nothing to write to.",
        )
        print(closed.get(asked_language(sys.argv[1:]) or "da"), file=sys.stderr)
        sys.exit(2)
    sys.exit(main())
