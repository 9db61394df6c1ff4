"""What a rule is, what it sees, and what it returns."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from susi_spec.checks.rules.doc import RuleDoc
from susi_spec.labels import version_order
from susi_spec.problems import Finding, Severity

if TYPE_CHECKING:
    from susi_spec.history.common_model import CommonModel
    from susi_spec.history.versions import SpecHistory
    from susi_spec.loading.document import Document
    from susi_spec.model import LocalSpec, Spec
    from susi_spec.model.cycles import CycleRecord
    from susi_spec.model.results import FollowUp


@dataclass
class Context:
    """What a rule may look at: one validated file and, for local files, the project."""

    document: Document
    spec: Spec | None = None
    local: LocalSpec | None = None
    # The ids of the specs checked with it, for rules that look across files (local
    # implementations); a dict of id -> model serves as well.
    specs: Collection[str] = field(default_factory=frozenset)
    # Core element ids of the previous released version, when history is known.
    previous_element_ids: frozenset[str] = frozenset()
    # The spec file's git history, when the project is a git repository with history.
    history: SpecHistory | None = None
    # For a local file: the common model it follows (working copy and releases).
    common: CommonModel | None = None
    # For a learning-cycle record: the record (`spec` is then the spec's working copy, and
    # `history` its releases).
    cycles: CycleRecord | None = None
    # For a follow-up file (susi-results/1): its model; `common` is the spec it follows up.
    follow_up: FollowUp | None = None

    @property
    def version(self) -> int:
        """The spec's version as a number; `final` counts as later than any number."""
        if self.spec is None:
            return 0
        return version_order(self.spec.version)

    @property
    def is_final(self) -> bool:
        return self.spec is not None and self.spec.version == "final"


Check = Callable[[Context], Iterator[Finding]]


@dataclass(frozen=True)
class Rule:
    """A rule: a stable code, a name, what it checks, and its default severity.

    `check` is None for codes the loader and the model boundary report themselves.
    `applies_to` is "spec", "local", "cycles" (a learning-cycle record), "results" (follow-up
    files) or "any" (every file read, valid or not). A `todo` rule asks for content the version must
    have before release (completeness): in a draft its errors are a to-do list
    (`Severity.TODO`), from review on they are errors.
    """

    code: str
    name: str
    doc: RuleDoc
    check: Check | None = None
    severity: Severity = Severity.ERROR
    applies_to: str = "spec"
    todo: bool = False

    def summary(self, lang: str = "da") -> str:
        return self.doc.summary.get(lang)


__all__ = ["Check", "Context", "Finding", "Rule"]
