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

    from susi_spec.checks.config import load_config, resolve_spec
    from susi_spec.cli.output import problem_line
    from susi_spec.release.release import CheckFailed, bump

    config = load_config(Path.cwd())
    lang = args.lang or config.language
    path = resolve_spec(args.spec, config)
    try:
        outcome = bump(
            path,
            final=args.final,
            tell=lambda note: print(note.get(lang)),
            choose=lambda label, step: _choose(args, label, step),
        )
    except CheckFailed as failure:
        for problem in failure.problems:
            print(problem_line(problem, lang))
        print(
            say(
                "Den frigivne version tjekker ikke rent; ret fejlene ovenfor, commit dem, og "
                f"kør 'susi bump {args.spec}' igen. Intet er ændret.",
                "The released version does not check clean; fix the errors above, commit "
                f"them, and run 'susi bump {args.spec}' again. Nothing was changed.",
            )
        )
        return 1
    step = outcome.step
    commit = outcome.commit[:8]
    print(
        say(
            f"{outcome.label} er startet som udkast (commit {commit}"
            + (f", milepæl «{step.milestone}», fase {step.phase}" if step else "")
            + "). Skriv under 'changes:', hvad der ændres, og hvorfor; "
            f"'susi check {args.spec}' viser, hvad versionen mangler.",
            f"{outcome.label} is started as a draft (commit {commit}"
            + (f", milestone «{step.milestone}», phase {step.phase}" if step else "")
            + "). Write under 'changes:' what changes, and why; "
            f"'susi check {args.spec}' shows what the version still needs.",
        )
    )
    return 0


def _choose(args: argparse.Namespace, label: str, proposed: Step) -> Step:
    """The flags, else the proposal; in a terminal, ask for what no flag gave."""
    from susi_spec.release.scheme import PHASES, Step

    milestone: str = args.milestone or proposed.milestone
    phase: str = args.phase or proposed.phase
    if args.yes or not _terminal() or (args.milestone and args.phase):
        return Step(milestone, phase)
    print(
        say(
            f"{label}: SUSI-skemaets forslag står i [ ]; tryk Enter for at bruge det.",
            f"{label}: the SUSI scheme's proposal is in [ ]; press Enter to use it.",
        )
    )
    phases = ", ".join(PHASES)
    if not args.milestone:
        asked = say(f"Milepæl for {label}", f"Milestone of {label}")
        milestone = _ask(f"{asked} [{milestone}]: ") or milestone
    while not args.phase:
        asked = say(f"Fase for {label}", f"Phase of {label}")
        answer = _ask(f"{asked} ({phases}) [{phase}]: ") or phase
        if answer in PHASES:
            phase = answer
            break
        print(
            say(
                f"'{answer}' er ikke en fase. Skriv en af: {phases}.",
                f"'{answer}' is not a phase. Write one of: {phases}.",
            )
        )
    return Step(milestone, phase)


def _terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except ValueError:  # stdin closed
        return False


def _ask(prompt: str) -> str:
    from susi_spec.errors import SusiError
    from susi_spec.problems import Text

    try:
        return input(prompt).strip()
    except EOFError:
        print()
        raise SusiError(
            Text(
                "Intet svar (stdin blev lukket); intet er ændret. Giv svarene som tilvalg, fx "
                '--milestone "Metodeseminar 1" --phase maturation, eller --yes for forslaget.',
                "No answer (stdin was closed); nothing was changed. Give the answers as "
                'options, e.g. --milestone "Metodeseminar 1" --phase maturation, or --yes '
                "for the proposal.",
            )
        ) from None
