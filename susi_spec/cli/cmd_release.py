"""`susi release SPEC`: mark the current version released, commit and tag it."""

from __future__ import annotations

import argparse
import datetime as dt

from susi_spec.cli.language import iso_date, say


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "spec", metavar="SPEC", help=say("id eller sti til index.md", "id or path to index.md")
    )
    parser.add_argument(
        "--date",
        type=iso_date,
        default=None,
        metavar=say("ÅÅÅÅ-MM-DD", "YYYY-MM-DD"),
        help=say("frigivelsesdato (standard: i dag)", "release date (default: today)"),
    )


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from susi_spec.checks.config import load_config, resolve_spec
    from susi_spec.cli.output import problem_line
    from susi_spec.release.release import CheckFailed, release

    config = load_config(Path.cwd())
    lang = args.lang or config.language
    path = resolve_spec(args.spec, config)
    try:
        outcome = release(
            path, args.date or dt.date.today(), tell=lambda note: print(note.get(lang))
        )
    except CheckFailed as failure:
        for problem in failure.problems:
            print(problem_line(problem, lang))
        print(
            say(
                "Frigivelsen er afvist: ret fejlene ovenfor, og kør 'susi release "
                f"{args.spec}' igen. Intet er ændret.",
                "The release is refused: fix the errors above, and run 'susi release "
                f"{args.spec}' again. Nothing was changed.",
            )
        )
        return 1
    print(
        say(
            f"{outcome.label} er frigivet: commit {outcome.commit[:8]}, tag {outcome.tag}. Start "
            f"næste version med 'susi bump {args.spec}'.",
            f"{outcome.label} is released: commit {outcome.commit[:8]}, tag {outcome.tag}. Start "
            f"the next version with 'susi bump {args.spec}'.",
        )
    )
    return 0
