"""`susi import fidelity|practice-profile|readiness FIL --place STED [--date D]`: a
filled-in checklist, practice profile or readiness form back into git, as the place's
follow-up.

Exit 0 when the results file is written; 1 when the file has problems (each with its sheet
and cell, nothing written); 2 when the import cannot start (no such place, another spec or
version, no date, the file exists).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from susi_spec.cli.language import say
from susi_spec.errors import SusiError
from susi_spec.problems import Text

if TYPE_CHECKING:
    from susi_spec.checks.config import Config
    from susi_spec.follow_up.filled import Entry


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "kind",
        choices=("fidelity", "practice-profile", "readiness"),
        help=say(
            "hvad der importeres: fidelity (troskabstjeklisten), practice-profile "
            "(praksisprofilen) eller readiness (parathedsskemaet)",
            "what to import: fidelity (the checklist), practice-profile (the practice "
            "profile) or readiness (the readiness form)",
        ),
    )
    parser.add_argument(
        "file",
        metavar=say("FIL", "FILE"),
        help=say(
            "den udfyldte tjekliste eller profil (.xlsx eller .csv fra susi export)",
            "the filled-in checklist or profile (.xlsx or .csv from susi export)",
        ),
    )
    parser.add_argument(
        "--place",
        required=True,
        metavar=say("STED", "PLACE"),
        help=say("kommunen eller stedet (navn eller id)", "the municipality or place (name or id)"),
    )
    parser.add_argument(
        "--date",
        metavar="ÅÅÅÅ-MM-DD",
        help=say(
            "dagen, resultaterne gælder (standard: feltet Dato i tjeklisten eller profilen; "
            "for parathedsskemaet i dag)",
            "the day the results are for (default: the checklist's or profile's Date field; "
            "for the readiness form today)",
        ),
    )
    parser.add_argument(
        "--version",
        metavar="VERSION",
        help=say(
            "den version, stedet fulgte (standard: den, den lokale udmøntning bygger på)",
            "the version the place followed (default: the local implementation's based_on)",
        ),
    )
    parser.add_argument(
        "--replace",
        action="store_true",
        help=say(
            "erstat den del (troskab, praksisprofil, parathed), en opfølgning med samme dato "
            "allerede har",
            "replace the part (fidelity, practice profile, readiness) a follow-up with the "
            "same date already has",
        ),
    )


def run(args: argparse.Namespace) -> int:
    from susi_spec.checks.config import load_config, resolve_spec
    from susi_spec.follow_up.fidelity_import import FIDELITY_PART
    from susi_spec.follow_up.filled import read_filled
    from susi_spec.follow_up.importing import Request, import_part
    from susi_spec.follow_up.practice_import import PRACTICE_PART
    from susi_spec.follow_up.sheet_problems import Refused

    config = load_config(Path.cwd())
    lang = args.lang or config.language
    source = Path(args.file)
    if not source.is_file():
        raise SusiError(
            Text(
                f"{args.file}: findes ikke eller er ikke en fil.",
                f"{args.file}: does not exist or is not a file.",
            )
        )
    day = _day(args.date) if args.date else None
    if args.kind == "readiness":
        return _readiness(args, source, day or dt.date.today(), config, lang)
    part = PRACTICE_PART if args.kind == "practice-profile" else FIDELITY_PART
    kind = part.kind
    try:
        filled = read_filled(source, kind)
    except Refused as refused:
        print(f"{args.file}: {refused.text.get(lang)}", file=sys.stderr)
        return 1
    try:
        spec_path = resolve_spec(filled.spec, config)
    except SusiError:
        the = kind.the[0].capitalize(), kind.the[1].capitalize()
        raise SusiError(
            Text(
                f"{the[0]} er for indsatsen '{filled.spec}', som ikke findes under "
                f"{config.specs_path}. Importér den i det repository, hvor indsatsen ligger.",
                f"{the[1]} is for the intervention '{filled.spec}', which is not under "
                f"{config.specs_path}. Import it in the repository that holds the intervention.",
            )
        ) from None
    request = Request(
        spec_path, args.place, day, args.version, config.root, config.severities, args.replace
    )
    imported = import_part(part, filled, request)
    if imported.path is None:
        for problem in imported.problems:
            print(problem.line(args.file, lang), file=sys.stderr)
        count = len(imported.problems)
        print(
            say(
                f"susi: {count} problem{'er' if count != 1 else ''} i {args.file}; intet er "
                "skrevet. Ret dem, og importér igen.",
                f"susi: {count} problem{'s' if count != 1 else ''} in {args.file}; nothing was "
                "written. Fix them and import again.",
            ),
            file=sys.stderr,
        )
        return 1
    shown = (
        imported.path.relative_to(config.root)
        if imported.path.is_relative_to(config.root)
        else imported.path
    )
    print(_written(str(shown), part is PRACTICE_PART, filled.results))
    if filled.unfilled:
        row = kind.row
        print(
            say(
                f"Ikke udfyldt: {row[0]} {', '.join(filled.unfilled)}.",
                f"Not filled in: {row[1]} {', '.join(filled.unfilled)}.",
            )
        )
    return 0


def _written(shown: str, practice: bool, results: Sequence[Entry]) -> str:
    """`Skrev ...: 2 kriterier (1 udført, 1 delvist, 0 ikke udført).`"""
    count = {value: sum(r.value == value for r in results) for value in {r.value for r in results}}
    if practice:
        return say(
            f"Skrev {shown}: {len(results)} kerneelementer ({count.get('expected', 0)} "
            f"forventet, {count.get('developmental', 0)} under udvikling, "
            f"{count.get('unacceptable', 0)} uacceptabel).",
            f"Wrote {shown}: {len(results)} core elements ({count.get('expected', 0)} "
            f"expected, {count.get('developmental', 0)} developmental, "
            f"{count.get('unacceptable', 0)} unacceptable).",
        )
    return say(
        f"Skrev {shown}: {len(results)} kriterier ({count.get('done', 0)} udført, "
        f"{count.get('partly', 0)} delvist, {count.get('not_done', 0)} ikke udført).",
        f"Wrote {shown}: {len(results)} criteria ({count.get('done', 0)} done, "
        f"{count.get('partly', 0)} partly, {count.get('not_done', 0)} not done).",
    )


def _readiness(
    args: argparse.Namespace, source: Path, day: dt.date, config: Config, lang: str
) -> int:
    from susi_spec.checks.config import resolve_spec
    from susi_spec.follow_up.readiness_import import import_readiness, read_form
    from susi_spec.follow_up.sheet_problems import Refused

    try:
        form = read_form(source)
    except Refused as refused:
        print(f"{args.file}: {refused.text.get(lang)}", file=sys.stderr)
        return 1
    spec_path = resolve_spec(form.spec, config)
    written = import_readiness(
        form, spec_path, args.place, day, args.version, config.root, config.severities,
        replace=args.replace,
    )  # fmt: skip
    if written is None:
        for problem in form.problems:
            print(problem.line(args.file, lang), file=sys.stderr)
        print(
            say(
                f"susi: {len(form.problems)} problem(er) i {args.file}; intet er skrevet.",
                f"susi: {len(form.problems)} problem(s) in {args.file}; nothing was written.",
            ),
            file=sys.stderr,
        )
        return 1
    shown = written.relative_to(config.root) if written.is_relative_to(config.root) else written
    print(
        say(
            f"Skrev {shown}: {len(form.answers)} svar"
            + (" og konklusionen." if form.conclusion else "."),
            f"Wrote {shown}: {len(form.answers)} answers"
            + (" and the conclusion." if form.conclusion else "."),
        )
    )
    return 0


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise SusiError(
            Text(
                f"--date {text}: skriv datoen som ÅÅÅÅ-MM-DD, fx 2021-03-01.",
                f"--date {text}: write the date as YYYY-MM-DD, e.g. 2021-03-01.",
            )
        ) from None
