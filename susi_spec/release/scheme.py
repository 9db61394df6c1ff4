"""SUSI's learning-cycle scheme: which milestone and phase each version normally closes.

Socialstyrelsen's versioning (site/om/format.md, *Versioner og milepæle*): v0 is the model
from screening, v1 the first full description at the start, v2 follows the first method
seminar, v3 the midterm evaluation and the second seminar, final the pilot. `susi bump`
proposes these; the author may choose otherwise. A release keeps the order of the cycles:
dated from the previous release to today, and warned when it repeats the previous milestone.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple, get_args

from susi_spec.errors import SusiError
from susi_spec.history.versions import SpecHistory
from susi_spec.labels import version_label, version_order
from susi_spec.model import Spec
from susi_spec.model.types import Phase
from susi_spec.problems import Text

PHASES: tuple[str, ...] = get_args(Phase)


class Step(NamedTuple):
    """The milestone a version closes and the phase it belongs to."""

    milestone: str
    phase: str


SCHEME: dict[int | str, Step] = {
    0: Step("Screening", "screening"),
    1: Step("Opstart", "maturation"),
    2: Step("Metodeseminar 1", "maturation"),
    3: Step("Midtvejsevaluering og metodeseminar 2", "maturation"),
    "final": Step("Pilotafprøvning og afsluttende evaluering", "pilot"),
}


def proposal(version: int | str) -> Step:
    """The scheme's milestone and phase for `version` (0, 1, ... or "final").

    Beyond v3 the learning cycles go on with a method seminar each (v4 after seminar 3).
    """
    if version in SCHEME:
        return SCHEME[version]
    return Step(f"Metodeseminar {int(version) - 1}", "maturation")


def previous_release(history: SpecHistory, spec: Spec) -> Spec | None:
    """The latest release before the version being released, or None for the first."""
    order = version_order(spec.version)
    earlier = [r.spec for r in history.releases if version_order(r.spec.version) < order]
    return max(earlier, key=lambda s: version_order(s.version), default=None)


def check_date(day: dt.date, today: dt.date, previous: Spec | None, spec_id: str) -> None:
    """Refuse a release dated after today or before the previous release."""
    command = f"susi release {spec_id}"
    if day > today:
        raise SusiError(
            Text(
                f"Frigivelsesdatoen {day} ligger efter i dag ({today}); en version kan ikke "
                f"frigives i fremtiden. Frigiv i dag med '{command}'; intet er ændret.",
                f"The release date {day} is after today ({today}); a version cannot be "
                f"released in the future. Release today with '{command}'; nothing was changed.",
            )
        )
    if previous is not None and previous.released is not None and day < previous.released:
        before = version_label(previous.version)
        raise SusiError(
            Text(
                f"Frigivelsesdatoen {day} ligger før {before}, der blev frigivet "
                f"{previous.released}. Angiv en dato fra {previous.released} til i dag "
                f"({today}), fx '{command} --date {previous.released}', eller frigiv i dag "
                f"med '{command}'; intet er ændret.",
                f"The release date {day} is before {before}, released {previous.released}. "
                f"Give a date from {previous.released} to today ({today}), e.g. '{command} "
                f"--date {previous.released}', or release today with '{command}'; nothing "
                "was changed.",
            )
        )


def same_milestone(spec: Spec, previous: Spec, relative: str) -> Text:
    """The warning for a version that closes the milestone its predecessor closed."""
    label, before = version_label(spec.version), version_label(previous.version)
    proposed = proposal(spec.version).milestone
    other = proposed != spec.milestone
    return Text(
        f"Advarsel: {label} har samme milepæl som {before}: «{spec.milestone}» ('milestone:' i "
        f"{relative})."
        + (f" SUSI-skemaet foreslår «{proposed}» for {label}." if other else "")
        + " Frigivelsen fortsætter.",
        f"Warning: {label} has the same milestone as {before}: «{spec.milestone}» ('milestone:' "
        f"in {relative})."
        + (f" The SUSI scheme proposes «{proposed}» for {label}." if other else "")
        + " The release goes on.",
    )
