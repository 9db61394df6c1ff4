"""`susi new SPEC-ID --title "..."`: scaffold a v0 draft from the Danish template.

`susi new SPEC-ID --place PLACE`: scaffold a local implementation of the latest release.
"""

from __future__ import annotations

import argparse
import re
import shlex
from pathlib import Path
from typing import TYPE_CHECKING

from susi_spec.cli.language import say
from susi_spec.errors import SusiError
from susi_spec.problems import Text

if TYPE_CHECKING:
    pass


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "spec_id",
        metavar="SPEC-ID",
        help=say("id, fx en-familie-en-indgang", "id, e.g. en-familie-en-indgang"),
    )
    parser.add_argument(
        "--title",
        help=say("titel, fx 'Én familie, én indgang'", "title, e.g. 'Én familie, én indgang'"),
    )
    parser.add_argument(
        "--place",
        metavar=say("STED", "PLACE"),
        help=say(
            "opret en lokal udmøntning af den seneste frigivne version for dette sted",
            "create a local implementation of the latest release for this place",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=("da", "en"),
        default=None,
        help=say("skabelonens sprog (standard: da)", "language of the template (default: da)"),
    )


def run(args: argparse.Namespace) -> int:
    from susi_spec.checks.config import load_config
    from susi_spec.local.create import new_spec, require_id, require_line, shown_path

    spec_id: str = args.spec_id
    require_id(spec_id)
    if args.title is not None:
        require_line(args.title)
    if args.place is not None:
        return _new_local(spec_id, args.place, args.title)
    if args.title is None:
        raise SusiError(
            Text(
                f'Angiv en titel: susi new {spec_id} --title "Min indsats".',
                f'Give a title: susi new {spec_id} --title "My intervention".',
            )
        )
    config = load_config(Path.cwd())
    target = new_spec(config, spec_id, args.title, args.lang or config.language, _tell)
    shown = shown_path(target)
    print(
        say(
            f"Oprettet {shown}. Udfyld den, og tjek den med: susi check {shown}",
            f"Created {shown}. Fill it in, and check it with: susi check {shown}",
        )
    )
    return 0


def _tell(note: Text) -> None:
    print(say(note.da, note.en))


def _new_local(spec_id: str, place: str, title: str | None) -> int:
    """Write `specs/<id>/local/<place>.md` for the latest release; never overwrite."""
    from susi_spec.checks.config import load_config
    from susi_spec.local.create import new_local, shown_path
    from susi_spec.model.municipalities import BY_ID, unknown_place
    from susi_spec.model.suggestions import closest

    target, label, known = new_local(load_config(Path.cwd()), spec_id, place, title, _tell)
    shown = shown_path(target)
    print(
        say(
            f"Oprettet {shown} (bygger på {label}). Beskriv under hvert kerneelement, hvordan "
            f"I gør (how:), og tjek med: susi check {shown}",
            f"Created {shown} (based on {label}). Describe under each core element how you do "
            f"it (how:), and check it with: susi check {shown}",
        )
    )
    if not known:
        unknown = unknown_place(target.stem)
        print(say(f"Advarsel: {unknown.da}", f"Warning: {unknown.en}"))
        guess = closest(target.stem, BY_ID)
        if guess is not None:  # a municipality misspelt: the commands that make it right
            name = BY_ID[guess].name
            typed = name if re.fullmatch(r"[\w-]+", name) else shlex.quote(name)
            again = f"rm {shlex.quote(shown)} && susi new {spec_id} --place {typed}"
            print(
                say(
                    f"Var det {name}, så kør: {again}",
                    f"If it was {name}, run: {again}",
                )
            )
    return 0
