"""`susi export SPEC --format F [-o FIL] [--version V]`: checklists, profiles and reports
taken out of a spec, for municipalities, Socialstyrelsen and other systems.

The default version is the working copy: the text `/<spec-id>/` on the site shows and
`susi diff` compares against. Exit 1 when that version does not validate (its problems are
printed as `susi check` prints them, and nothing is exported) or has errors (the export is
made as it is, and the errors counted); exit 2 when the output cannot go where it was asked.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from susi_spec.cli.language import say
from susi_spec.errors import SusiError
from susi_spec.export import FORMATS
from susi_spec.problems import Text

if TYPE_CHECKING:
    from susi_spec.model.results import FollowUp


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "spec", metavar="SPEC", help=say("id eller sti til index.md", "id or path to index.md")
    )
    parser.add_argument(
        "--format",
        required=True,
        choices=list(FORMATS),
        help="; ".join(f"{name}: {say(*fmt.title)}" for name, fmt in FORMATS.items()),
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar=say("FIL", "FILE"),
        help=say(
            "skriv til en fil ('-' eller intet: standardoutput; Excel-filer kræver en fil)",
            "write to a file ('-' or nothing: standard output; Excel files need a file)",
        ),
    )
    parser.add_argument(
        "--version",
        metavar="VERSION",
        help=say(
            "frigivet version (v2, final), git-revision eller 'arbejdskopi' (standard)",
            "released version (v2, final), git revision or 'arbejdskopi', the working copy"
            " (default)",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=("da", "en"),
        help=say("sprog for overskrifter og kolonner", "language of headings and columns"),
    )


def _follow_ups(path: Path) -> dict[str, tuple[FollowUp, ...]]:
    """Every place's follow-ups beside the spec at `path` (for the TIDieR report's item 12)."""
    from susi_spec.local.follow_ups import spec_follow_ups

    places = [local.stem for local in sorted((path.parent / "local").glob("*.md"))]
    return spec_follow_ups(path, places)


def run(args: argparse.Namespace) -> int:
    from susi_spec.checks.config import load_config, resolve_spec
    from susi_spec.cli.output import problem_line, refuse_output, write_output
    from susi_spec.export import export
    from susi_spec.export.source import load_version

    config = load_config(Path.cwd())
    fmt = FORMATS[args.format]
    path = resolve_spec(args.spec, config)
    target = None if args.output in (None, "-") else Path(args.output)
    if target is None and fmt.binary and sys.stdout.isatty():
        raise SusiError(
            Text(
                f"{args.format} er en Excel-fil og skrives ikke i terminalen. Angiv en fil, "
                f"fx -o {fmt.filename}",
                f"{args.format} is an Excel file and is not written to the terminal. Give a "
                f"file, e.g. -o {fmt.filename}",
            )
        )
    if target is not None:
        refuse_output(args.output, path, config, fmt.filename, Text("eksporten", "the export"))
    loaded = load_version(path, args.version, config.root, config.severities)
    lang = args.lang or config.language
    if loaded.spec is None or loaded.origin is None:
        for problem in loaded.problems:
            print(problem_line(problem, lang), file=sys.stderr)
        print(
            say(
                f"susi: {args.spec} er ikke gyldig, så der er intet eksporteret. Ret fejlene "
                f"ovenfor ('susi check {args.spec}' viser dem også) og prøv igen.",
                f"susi: {args.spec} is not valid, so nothing was exported. Fix the errors "
                f"above ('susi check {args.spec}' shows them too) and try again.",
            ),
            file=sys.stderr,
        )
        return 1
    errors = sum(problem.severity.value == "error" for problem in loaded.problems)
    if errors:
        # Made all the same (a draft's checklist is useful), but exit 1: problems were found.
        print(
            say(
                f"susi: bemærk: beskrivelsen har {errors} fejl ('susi check {args.spec}' viser "
                "dem); eksporten er lavet, som den er, og exit-koden er 1.",
                f"susi: note: the spec has {errors} {'error' if errors == 1 else 'errors'} "
                f"('susi check {args.spec}' shows them); the export is made as it is, and "
                "the exit code is 1.",
            ),
            file=sys.stderr,
        )
    data = export(loaded.spec, loaded.origin, args.format, lang, _follow_ups(path))
    if target is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        write_output(target, data, fmt.filename)
    return 1 if errors else 0
