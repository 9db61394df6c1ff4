"""`susi local-review SPEC [PLACE ...]`: what each place must review after a new release."""

from __future__ import annotations

import argparse
from pathlib import Path

from susi_spec.cli.language import say


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "spec", metavar="SPEC", help=say("id eller sti til index.md", "id or path to index.md")
    )
    parser.add_argument(
        "places",
        nargs="*",
        metavar=say("STED", "PLACE"),
        help=say("kun disse steder (standard: alle)", "only these places (default: all)"),
    )
    parser.add_argument(
        "--format",
        choices=("text", "md", "json"),
        default="text",
        help=say(
            "text (standard), md (rapport til referat), json",
            "text (default), md (report for minutes), json",
        ),
    )
    parser.add_argument(
        "--lang", choices=("da", "en"), help=say("rapportens sprog", "language of the report")
    )
    parser.add_argument(
        "--exit-code",
        action="store_true",
        help=say(
            "exit 1 når et sted skal gennemgås, eller dets opfølgning kalder på det",
            "exit 1 when a place is due for review, or its follow-up calls for it",
        ),
    )


def run(args: argparse.Namespace) -> int:
    from susi_spec.checks.config import load_config, resolve_spec
    from susi_spec.checks.results import display_path
    from susi_spec.cli.output import plain
    from susi_spec.errors import SusiError
    from susi_spec.local.review import local_files, review_places
    from susi_spec.local.review_report import (
        render_review_json,
        render_review_md,
        render_review_text,
    )
    from susi_spec.problems import Text

    config = load_config(Path.cwd())
    spec_path = resolve_spec(args.spec, config)
    known = {path.stem for path in local_files(spec_path)}
    unknown = [place for place in args.places if place not in known]
    if unknown:
        listed = ", ".join(sorted(known))
        folder = display_path(spec_path.parent / "local")
        raise SusiError(
            Text(
                f"{', '.join(unknown)}: ingen lokal udmøntning af det navn under "
                f"{folder}. Kendte steder: {listed or 'ingen'}.",
                f"{', '.join(unknown)}: no local implementation by that name under "
                f"{folder}. Known places: {listed or 'none'}.",
            )
        )
    report = review_places(spec_path, args.places, config.severities)
    lang = args.lang or config.language
    if args.format == "json":
        text = render_review_json(report)
    elif args.format == "md":
        text = plain(render_review_md(report, lang))
    else:
        text = plain(render_review_text(report, lang))
    print(text, end="")
    # A file that does not validate, or follows no release (SP302), is a problem found.
    invalid = any(review.local is None or review.unreleased for review in report.places)
    due = any(review.to_review for review in report.places)
    return 1 if invalid or (args.exit_code and due) else 0
