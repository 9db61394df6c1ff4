"""What the site renderers need to know about a spec: versions as read, no git objects.

The MkDocs plugin builds these from `versions.SpecHistory`; a test can build them by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from susi_spec.diff import SpecDiff
from susi_spec.labels import version_label
from susi_spec.loading.document import Section
from susi_spec.model import LocalSpec, Spec
from susi_spec.model.cycles import CycleRecord
from susi_spec.model.results import FollowUp
from susi_spec.problems import Problem


@dataclass(frozen=True)
class VersionView:
    """One version of a spec as it reads: the model, its body sections and when it was made."""

    spec: Spec
    sections: tuple[Section, ...]
    label: str  # "v0", "v1", ..., "final"
    date: dt.date | None = None  # release date, or the last change for the working copy
    commit: str | None = None
    released: bool = False  # a release, with its own address

    def section(self, anchor: str) -> Section | None:
        return next((s for s in self.sections if s.anchor == anchor), None)


@dataclass(frozen=True)
class LocalView:
    """A place's local implementation (specs/<id>/local/<place>.md) as the site shows it.

    `followed` is the release it is based on, as released (None when its content is not
    known: built without git history); `changes` and `to_fix` come from `local_review`.
    """

    local: LocalSpec
    body: str = ""  # the file's Markdown after the front matter
    followed: Spec | None = None
    latest: str | None = None  # the common model's latest release, e.g. "v3"
    due: bool = False  # the common model has released a version newer than `based_on`
    changes: SpecDiff | None = None  # core-element changes from `based_on` to `latest`
    to_fix: tuple[Problem, ...] = ()  # what the local rules say if it followed `latest`
    follow_ups: tuple[FollowUp, ...] = ()  # its follow-ups (opfoelgning/), oldest first
    follow_up_texts: tuple[tuple[dt.date, str], ...] = ()  # each one's date and own text

    @property
    def place(self) -> str:
        return self.local.place

    @property
    def based_on(self) -> str:
        return version_label(self.local.based_on)


@dataclass(frozen=True)
class SpecRecord:
    """Everything the site shows about one spec: the working copy and every release."""

    spec_id: str
    current: VersionView
    releases: tuple[VersionView, ...] = ()
    source: str = ""  # the spec file, relative to the project, for messages
    locals: tuple[LocalView, ...] = field(default_factory=tuple)  # by place
    # As published (render.site.published): the draft a build without drafts only announces,
    # and whether nothing but the title is shown (no release yet).
    preparing: VersionView | None = None
    withheld: bool = False
    # The learning-cycle record beside the spec (`cycles.md`) and its notes, when valid.
    cycles: CycleRecord | None = None
    cycles_body: str = ""
    # What the check found wrong with the working copy (index.md): its errors, and whether
    # it did not validate at all, so that `current` is the latest release. A build with
    # drafts says so on the page; without, the releases are all a reader sees anyway.
    working_errors: int = 0
    working_unreadable: bool = False

    @property
    def latest_release(self) -> VersionView | None:
        return self.releases[-1] if self.releases else None

    @property
    def current_is_release(self) -> bool:
        """Whether the working copy says exactly what the latest release says."""
        latest = self.latest_release
        return (
            latest is not None
            and self.current.spec == latest.spec
            and self.current.label == latest.label
        )


@dataclass(frozen=True)
class SiteOptions:
    """Site-wide choices from the plugin configuration."""

    place_names: dict[str, str] = field(default_factory=dict)
    mermaid_src: str = "assets/vendor/mermaid.min.js"  # relative to the site root
    drafts: bool = False  # publish the working copies, unfinished drafts too


@dataclass(frozen=True)
class Page:
    """A generated page: where it goes, its title (plain text) and its content.

    `parts` are Markdown headings (one line, `# ...`, so that they make the table of
    contents) and blocks of finished, escaped HTML (starting with `<`). Together they are
    the page's Markdown; the plugin hands MkDocs only the headings and puts the blocks back
    into the converted page, so Python-Markdown never re-parses our HTML (build time).
    """

    src_uri: str
    title: str
    parts: tuple[str, ...]
    kind: str  # "spec" | "version" | "changes" | "local" | "list" | "rules" | "cycles"
    in_nav: bool = False
    mermaid: bool = False

    @property
    def markdown(self) -> str:
        return "\n\n".join(self.parts) + "\n"
