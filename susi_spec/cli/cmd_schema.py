"""`susi schema`: write (or with --check, compare) the JSON Schemas under schemas/."""

from __future__ import annotations

import argparse
from pathlib import Path

from susi_spec.cli.language import say


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar=say("MAPPE", "FOLDER"),
        help=say("mappe (standard: schemas/)", "folder (default: schemas/)"),
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help=say(
            "skriv intet; exit 1 hvis filerne ikke svarer til modellerne",
            "write nothing; exit 1 if the files do not match the models",
        ),
    )


def run(args: argparse.Namespace) -> int:
    from susi_spec.checks.config import load_config
    from susi_spec.files import write_atomic
    from susi_spec.model.schema import SCHEMA_FILES, render_schema

    folder: Path = args.out or load_config(Path.cwd()).root / "schemas"
    stale = []
    for name in SCHEMA_FILES:
        path = folder / name
        text = render_schema(name)
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current == text:
            continue
        stale.append(path)
        if not args.check:
            write_atomic(path, text)
            print(say(f"Skrev {path}", f"Wrote {path}"))
    if args.check and stale:
        for path in stale:
            print(
                say(
                    f"{path} er forældet. Kør 'susi schema' og commit filen.",
                    f"{path} is out of date. Run 'susi schema' and commit the file.",
                )
            )
        return 1
    return 0
