"""`susi review BASE [HEAD]`: one Markdown report for a pull request's comment.

`susi review --ci github|gitlab` prints a CI template for a specs repository that posts it.
"""

from __future__ import annotations

import argparse

from susi_spec.cli.language import say


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = say(
        "Skriv én dansk Markdown-rapport om hver indsatsbeskrivelse og lokal udmøntning, der "
        "er ændret fra BASE til HEAD: de nye fund i tjekket og ændringsrapporten siden BASE. "
        "Uden HEAD: arbejdskopien (i CI den commit, der er hentet).",
        "Write one Danish Markdown report on every spec and local implementation changed "
        "from BASE to HEAD: the check's new findings and the change report since BASE. "
        "Without HEAD: the working copy (in CI the commit checked out).",
    )
    parser.add_argument(
        "base", nargs="?", metavar="BASE", help=say("fra, fx origin/main", "from, e.g. origin/main")
    )
    parser.add_argument(
        "head",
        nargs="?",
        metavar="HEAD",
        help=say(
            "til, en git-revision (standard: arbejdskopien)",
            "to, a git revision (default: the working copy)",
        ),
    )
    parser.add_argument(
        "--limit",
        type=int,
        default=65_536,
        metavar=say("TEGN", "CHARS"),
        help=say(
            "højst så mange tegn (standard 65536, GitHubs grænse; GitLab: 1000000)",
            "at most this many characters (default 65536, GitHub's limit; GitLab: 1000000)",
        ),
    )
    parser.add_argument(
        "--ci",
        choices=("github", "gitlab"),
        help=say(
            "skriv CI-skabelonen til et specs-repository i stedet (GitHub Actions, GitLab CI)",
            "print the CI template for a specs repository instead (GitHub Actions, GitLab CI)",
        ),
    )


def run(args: argparse.Namespace) -> int:
    from susi_spec.errors import SusiError
    from susi_spec.problems import Text

    if args.ci:
        from importlib import resources

        name = {"github": "github.yml", "gitlab": "gitlab-ci.yml"}[args.ci]
        ci = resources.files("susi_spec.templates").joinpath("ci", name)
        print(ci.read_text(encoding="utf-8"), end="")
        return 0
    if args.base is None:
        raise SusiError(
            Text(
                "Angiv BASE, fx 'susi review origin/main', eller --ci github.",
                "Give BASE, e.g. 'susi review origin/main', or --ci github.",
            )
        )
    if args.limit < 10_000:
        raise SusiError(
            Text(
                f"--limit skal være mindst 10000 tegn (fik {args.limit}), fx 'susi review "
                f"{args.base} --limit 65536'.",
                f"--limit must be at least 10000 characters (got {args.limit}), e.g. 'susi "
                f"review {args.base} --limit 65536'.",
            )
        )
    from susi_spec.review.report import review

    print(review(args.base, args.head, args.limit), end="")
    return 0
