"""`susi diff SPEC [OLD [NEW]]`: what changed between two versions of a spec."""

from __future__ import annotations

import argparse
from pathlib import Path

from susi_spec.cli.language import say

# Formats a person reads in a terminal; json and html escape what they carry themselves.
_FOR_PEOPLE = ("text", "md")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = say(
        "Sammenlign to versioner. FRA og TIL er en frigivet version (v1, v2, final), en "
        "git-revision, 'arbejdskopi', eller to filer. Uden versioner: den sidst frigivne "
        "version mod arbejdskopien.",
        "Compare two versions. OLD and NEW are a released version (v1, v2, final), a git "
        "revision, 'arbejdskopi' (the working copy), or two files. Without versions: the "
        "latest release against the working copy.",
    )
    parser.add_argument(
        "spec",
        metavar="SPEC",
        help=say("id, sti til index.md, eller en fil", "id, path to index.md, or a file"),
    )
    parser.add_argument(
        "old",
        nargs="?",
        metavar=say("FRA", "OLD"),
        help=say("fra (standard: den sidst frigivne)", "from (default: the latest release)"),
    )
    parser.add_argument(
        "new",
        nargs="?",
        metavar=say("TIL", "NEW"),
        help=say("til (standard: arbejdskopien)", "to (default: the working copy)"),
    )
    parser.add_argument(
        "--format",
        choices=("text", "md", "json", "html"),
        default="text",
        help=say(
            "text (standard), md (rapport til referat eller pull request), json, html",
            "text (default), md (report for minutes or a pull request), json, html",
        ),
    )
    parser.add_argument(
        "--lang", choices=("da", "en"), help=say("rapportens sprog", "language of the report")
    )
    parser.add_argument(
        "--exit-code",
        action="store_true",
        help=say(
            "exit 1 når der er ændringer (som git diff)",
            "exit 1 when there are changes (like git diff)",
        ),
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar=say("FIL", "FILE"),
        help=say("skriv til en fil", "write to a file"),
    )


def run(args: argparse.Namespace) -> int:
    from susi_spec.checks.config import load_config, resolve_spec
    from susi_spec.cli.output import plain, refuse_output, write_output
    from susi_spec.diff import RENDERERS
    from susi_spec.diff.trace import record_beside, with_decisions
    from susi_spec.errors import SusiError
    from susi_spec.history.compare import (
        compare,
        file_side,
        open_history,
        release_side,
        resolve_side,
        working_side,
    )
    from susi_spec.problems import Text

    config = load_config(Path.cwd())
    refs = [r for r in (args.old, args.new) if r is not None]
    files = [Path(r) for r in (args.spec, *refs)]
    record = None
    if len(files) >= 2 and all(f.suffix == ".md" and f.is_file() for f in files[-2:]):
        old, new = file_side(files[-2]), file_side(files[-1])  # two files: no git needed
    else:
        index = resolve_spec(args.spec, config)
        record = record_beside(index)
        loader, history = open_history(index)
        if not refs:
            if not history.releases:
                spec_id = history.spec_id
                raise SusiError(
                    Text(
                        f"{spec_id} har ingen frigivet version endnu; angiv to versioner eller "
                        f"revisioner, fx 'susi diff {spec_id} HEAD arbejdskopi' for det, der er "
                        "ændret siden seneste commit.",
                        f"{spec_id} has no released version yet; give two versions or "
                        f"revisions, e.g. 'susi diff {spec_id} HEAD working' for what changed "
                        "since the latest commit.",
                    )
                )
            old, new = release_side(history, history.releases[-1].label), working_side(history)
        else:
            old = resolve_side(loader, history, refs[0])
            new = resolve_side(loader, history, refs[1]) if len(refs) > 1 else working_side(history)
    diff, meta = compare(old, new)
    diff = with_decisions(diff, record, meta.to.version or "")
    text = RENDERERS[args.format](diff, meta, args.lang or config.language)
    text = text if text.endswith("\n") else text + "\n"
    # A report for people loses control characters in a file too: it is read with cat.
    text = plain(text) if args.format in _FOR_PEOPLE else text
    if args.output is not None:
        suggestion = f"{meta.spec}-diff.{'txt' if args.format == 'text' else args.format}"
        refuse_output(
            str(args.output), files[0], config, suggestion, Text("rapporten", "the report")
        )
        write_output(args.output, text, suggestion)
    else:
        print(text, end="")
    return 1 if args.exit_code and not diff.empty else 0
