"""`susi bump SPEC`: start the next version as a draft with empty `changes`.

The new version's milestone and phase are proposed from SUSI's learning-cycle scheme; in a
terminal the author is asked (Enter keeps the proposal), a script gives them as flags or
takes the proposal. Without a terminal on stdin nothing is ever read from it.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from susi_spec.release.scheme import Step

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
    parser.add_argument(
        "--milestone",
        metavar=say("TEKST", "TEXT"),
        help=say(
            "milepælen, den nye version afslutter (standard: SUSI-skemaets forslag)",
            "the milestone the new version ends with (default: the SUSI scheme's proposal)",
        ),
    )
    parser.add_argument(
        "--phase",
        metavar=say("FASE", "PHASE"),
        help=say(
            "screening, maturation, pilot eller dissemination (standard: skemaets forslag)",
            "screening, maturation, pilot or dissemination (default: the scheme's proposal)",
        ),
    )
    parser.add_argument(
        "--yes",
        action="store_true",
        help=say(
            "spørg ikke: brug forslaget (eller --milestone og --phase)",
            "do not ask: use the proposal (or --milestone and --phase)",
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
        outcome = bump(
            path, final=args.final, choose=lambda label, step: _choose(args, label, step)
        )
    except CheckFailed as failure:
        for problem in failure.problems:
            print(problem_line(problem, config.language))
        print("Den frigivne version tjekker ikke rent; ret den først. Intet er ændret.")
        return 1
    step = outcome.step
    chosen = f", milepæl «{step.milestone}», fase {step.phase}" if step else ""
    print(
        f"{outcome.label} er startet som udkast (commit {outcome.commit[:8]}{chosen}). Beskriv "
        "ændringerne under 'changes:'."
    )
    return 0


def _choose(args: argparse.Namespace, label: str, proposed: Step) -> Step:
    """The flags, else the proposal; in a terminal, ask for what no flag gave."""
    from susi_spec.release.scheme import PHASES, Step

    milestone: str = args.milestone or proposed.milestone
    phase: str = args.phase or proposed.phase
    if args.yes or not _terminal() or (args.milestone and args.phase):
        return Step(milestone, phase)
    print(f"{label}: SUSI-skemaets forslag står i [ ]; tryk Enter for at bruge det.")
    if not args.milestone:
        milestone = _ask(f"Milepæl for {label} [{milestone}]: ") or milestone
    while not args.phase:
        answer = _ask(f"Fase for {label} ({', '.join(PHASES)}) [{phase}]: ") or phase
        if answer in PHASES:
            phase = answer
            break
        print(f"'{answer}' er ikke en fase. Skriv en af: {', '.join(PHASES)}.")
    return Step(milestone, phase)


def _terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except ValueError:  # stdin closed
        return False


def _ask(prompt: str) -> str:
    from susi_spec.errors import SusiError

    try:
        return input(prompt).strip()
    except EOFError:
        print()
        raise SusiError("Intet svar (stdin blev lukket); intet er ændret.") from None
