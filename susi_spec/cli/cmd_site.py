"""`susi site`: write the site's pages and files into a folder any MkDocs-compatible builder
builds (`mkdocs build -f MAPPE/mkdocs.yml`, `zensical build -f MAPPE/mkdocs.yml`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from susi_spec.cli.language import say


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o",
        "--out",
        type=Path,
        default=Path("build/site"),
        metavar=say("MAPPE", "FOLDER"),
        help=say(
            "mappen, der skrives (standard: build/site); en mappe, susi site har skrevet, "
            "erstattes",
            "the folder to write (default: build/site); one susi site wrote is replaced",
        ),
    )
    parser.add_argument(
        "-f",
        "--config-file",
        type=Path,
        default=Path("mkdocs.yml"),
        metavar=say("FIL", "FILE"),
        help=say("sitets konfiguration (standard: mkdocs.yml)", "the site's configuration"),
    )
    parser.add_argument(
        "--drafts",
        action="store_true",
        help=say(
            "vis arbejdskopierne, også udkast (som mkdocs serve); standard: de frigivne",
            "show the working copies, drafts too (as mkdocs serve); default: the releases",
        ),
    )
    parser.add_argument(
        "--offline",
        action="store_true",
        help=say(
            "et site, der kan åbnes fra disken (file://), med søgning; sider bliver filer "
            "(om/adresser.html), så det er til at læse lokalt, ikke til at udgive",
            "a site that opens from disk (file://), search included; pages become files "
            "(om/adresser.html), so it is for reading locally, not for publishing",
        ),
    )


def run(args: argparse.Namespace) -> int:
    from susi_spec.cli.output import problem_line
    from susi_spec.errors import SusiError
    from susi_spec.problems import Severity, Text
    from susi_spec.render.site_folder import write_site_folder

    config_file: Path = args.config_file
    if not config_file.is_file():
        raise SusiError(
            Text(
                f"{config_file} findes ikke. Kør susi site i mappen med mkdocs.yml, eller angiv "
                "filen med -f.",
                f"{config_file} does not exist. Run susi site in the folder with mkdocs.yml, or "
                "name the file with -f.",
            )
        )
    written = write_site_folder(
        config_file.resolve(), args.out, drafts=args.drafts, offline=args.offline
    )
    for note in written.notes:
        print(f"susi: {note}", file=sys.stderr)
    errors = [p for p in written.problems if p.severity is Severity.ERROR]
    for problem in errors:
        print(problem_line(problem, args.lang or "da"), file=sys.stderr)
    print(
        say(
            f"Skrev {written.pages} sider og {written.files} filer i {written.folder}. "
            f"Byg med: mkdocs build -f {written.folder}/mkdocs.yml "
            f"(eller zensical build -f {written.folder}/mkdocs.yml).",
            f"Wrote {written.pages} pages and {written.files} files in {written.folder}. "
            f"Build with: mkdocs build -f {written.folder}/mkdocs.yml "
            f"(or zensical build -f {written.folder}/mkdocs.yml).",
        )
    )
    return 1 if errors or written.notes else 0
