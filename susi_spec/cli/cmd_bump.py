"""`susi bump SPEC`: start the next version as a draft with empty `changes`."""

from __future__ import annotations

import argparse

from susi_spec.cli.language import say


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "spec", metavar="SPEC", help=say("id eller sti til index.md", "id or path to index.md")
    )
    parser.add_argument(
        "--final",
        action="store_true",
        help=say(
            "næste version er final (efter pilotafprøvningen)",
            "the next version is final (after the pilot)",
        ),
    )


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from susi_spec.checks.config import load_config
    from susi_spec.cli.common import resolve_spec
    from susi_spec.cli.output import problem_line
    from susi_spec.release.release import CheckFailed, bump

    config = load_config(Path.cwd())
    path = resolve_spec(args.spec, config)
    try:
        outcome = bump(path, final=args.final)
    except CheckFailed as failure:
        for problem in failure.problems:
            print(problem_line(problem, config.language))
        print("Den frigivne version tjekker ikke rent; ret den først. Intet er ændret.")
        return 1
    print(
        f"{outcome.label} er startet som udkast (commit {outcome.commit[:8]}). Beskriv "
        "ændringerne under 'changes:'."
    )
    return 0
