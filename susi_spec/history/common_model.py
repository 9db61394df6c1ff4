"""The common model a local implementation follows: its current text and its releases.

A local file names the released version it is `based_on`; the rules check it against that
version's core elements, and it is due for review once the common model has released a
later version. In a git repository the releases come from the spec's history; outside git
only the working copy is known, and a version below it counts as released (versions only go
up by `susi bump` after a release) though its content is not known.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from susi_spec.labels import version_label, version_order
from susi_spec.model import CoreElement, LocalSpec, Option, Spec
from susi_spec.model.core_element import option_text

if TYPE_CHECKING:
    from susi_spec.history.versions import SpecHistory


@dataclass(frozen=True)
class CommonModel:
    """One spec as local implementations see it."""

    current: Spec | None
    # (label, spec) of each released version, oldest first.
    releases: tuple[tuple[str, Spec], ...] = ()
    # Whether `releases` comes from git history (False: only the working copy is known).
    from_history: bool = False

    @property
    def latest(self) -> tuple[str, Spec] | None:
        """The newest release, or None before the first."""
        return self.releases[-1] if self.releases else None

    def release(self, label: str) -> Spec | None:
        """The released spec with this label (`v2`, `final`), when its content is known."""
        return next((spec for name, spec in self.releases if name == label), None)

    def is_released(self, label: str) -> bool:
        """Whether version `label` has been released, as far as can be known."""
        if any(name == label for name, _ in self.releases):
            return True
        if self.from_history or self.current is None:
            return False
        return version_order(label) < version_order(self.current.version)

    @property
    def latest_label(self) -> str | None:
        return self.latest[0] if self.latest is not None else None

    def newer_release(self, label: str) -> tuple[str, Spec] | None:
        """The latest release when it is newer than `label` (the local file is due for review)."""
        latest = self.latest
        if latest is not None and version_order(latest[0]) > version_order(label):
            return latest
        return None

    def due_release(self, label: str) -> tuple[str, Spec] | None:
        """The release a file based on released version `label` must be reviewed against.

        None when `label` is the latest release, or is not a release at all (SP302's case).
        """
        return self.newer_release(label) if self.is_released(label) else None


def based_on_label(local: LocalSpec) -> str:
    return version_label(local.based_on)


def is_offered(element: CoreElement, choice: str) -> bool:
    """Whether a local `choice` names one of the guideline's options: by its id, or by its
    whole text (case and spacing aside), the form before options had ids."""
    offered = element.all_options  # the guideline's, and its guideline activities'
    ids = {option.id for option in offered if isinstance(option, Option)}
    texts = {_option_key(option_text(option)) for option in offered}
    return choice in ids or _option_key(choice) in texts


def chosen_text(element: CoreElement, choice: str) -> str:
    """What a reader is shown for `choice`: the option's text when it names the option's id."""
    named = (o for o in element.all_options if isinstance(o, Option) and o.id == choice)
    return next((option.text for option in named), choice)


def chosen_by_text(element: CoreElement, choice: str) -> Option | None:
    """The option with an id that `choice` names by its whole text instead (the old form)."""
    key = _option_key(choice)
    return next(
        (o for o in element.all_options if isinstance(o, Option) and _option_key(o.text) == key),
        None,
    )


def _option_key(text: str) -> str:
    return " ".join(text.lower().split())


def from_history(history: SpecHistory, current: Spec | None) -> CommonModel:
    """The common model as git knows it: its releases, and the working copy `current`."""
    releases = tuple((release.label, release.spec) for release in history.releases)
    return CommonModel(current, releases, from_history=True)


def from_spec(spec: Spec | None) -> CommonModel:
    """What can be known without git: the working copy, a release when its status says so."""
    releases: tuple[tuple[str, Spec], ...] = ()
    if spec is not None and spec.status == "released":
        releases = ((version_label(spec.version), spec),)
    return CommonModel(spec, releases)
