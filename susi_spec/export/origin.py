"""Which version of a spec an export shows, and where it was read: printed in every export."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from susi_spec.labels import date_da, version_label, version_name
from susi_spec.model import Spec

Source = Literal["working", "release", "revision"]


@dataclass(frozen=True)
class Origin:
    """The exported version: its label and status, and the commit whose content it is."""

    version: str  # "v3", "final"
    status: str  # draft | review | released
    released: dt.date | None
    source: Source  # the working copy, a release, or another git revision
    commit: str | None = None  # None: not in git, or edited since the last commit
    path: str = ""  # the spec file, as the user or the site names it

    @classmethod
    def of(cls, spec: Spec, source: Source, commit: str | None = None, path: str = "") -> Origin:
        return cls(version_label(spec.version), spec.status, spec.released, source, commit, path)

    def describe(self, lang: str) -> str:
        """`version 3, frigivet 10. juni 2021` or `version 4, udkast (ikke frigivet)`."""
        if lang == "en":
            name = "final version" if self.version == "final" else f"version {self.version[1:]}"
            if self.status == "released" and self.released is not None:
                return f"{name}, released {self.released.isoformat()}"
            return f"{name}, {_STATUS_EN[self.status]} (not released)"
        name = version_name(self.version)
        if self.status == "released" and self.released is not None:
            return f"{name}, frigivet {date_da(self.released)}"
        return f"{name}, {_STATUS_DA[self.status]} (ikke frigivet)"

    def where(self, lang: str) -> str:
        """`commit a3e9eb4d` or `arbejdskopi med ændringer, der ikke er committet`."""
        if self.commit is not None:
            return f"commit {self.commit[:8]}"
        if lang == "en":
            return "working copy (not committed)"
        return "arbejdskopi (ikke committet)"


_STATUS_DA = {"draft": "udkast", "review": "til review", "released": "frigivet"}
_STATUS_EN = {"draft": "draft", "review": "in review", "released": "released"}
