"""`susi review BASE [HEAD]`: one Markdown report for a pull request's comment.

`susi review --ci github|gitlab` prints a CI template for a specs repository that posts it.
"""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Skriv én dansk Markdown-rapport om hver indsatsbeskrivelse og lokal udmøntning, der "
        "er ændret fra BASE til HEAD: de nye fund i tjekket og ændringsrapporten siden BASE. "
        "Uden HEAD: arbejdskopien (i CI den commit, der er hentet)."
    )
    parser.add_argument("base", nargs="?", metavar="BASE", help="fra, fx origin/main")
    parser.add_argument(
        "head", nargs="?", metavar="HEAD", help="til, en git-revision (standard: arbejdskopien)"
    )
    parser.add_argument(
        "--limit",
        type=int,
        default=65_536,
        metavar="TEGN",
        help="højst så mange tegn (standard 65536, GitHubs grænse; GitLab: 1000000)",
    )
    parser.add_argument(
        "--ci",
        choices=("github", "gitlab"),
        help="skriv CI-skabelonen til et specs-repository i stedet (GitHub Actions, GitLab CI)",
    )


def run(args: argparse.Namespace) -> int:
    from susi_spec.errors import SusiError

    if args.ci:
        from importlib import resources

        name = {"github": "github.yml", "gitlab": "gitlab-ci.yml"}[args.ci]
        ci = resources.files("susi_spec.templates").joinpath("ci", name)
        print(ci.read_text(encoding="utf-8"), end="")
        return 0
    if args.base is None:
        raise SusiError("Angiv BASE, fx 'susi review origin/main', eller --ci github.")
    if args.limit < 10_000:
        raise SusiError("--limit skal være mindst 10000 tegn.")
    from susi_spec.review.report import review

    print(review(args.base, args.head, args.limit), end="")
    return 0
