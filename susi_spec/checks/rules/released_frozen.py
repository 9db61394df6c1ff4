"""Released content is frozen: change it only after starting the next version.

The release of version N is the commit where the file first has `version: N` and
`status: released`. A later commit (or the working copy) that still says version N but
changes the content edits a version that municipalities may already use. Only the current
version is checked: once the next version is started, the old one is history.
Passes: v2 released, then `susi bump` (version 3, draft), then edits.
Fails: v2 released, then an edit of the text while the file still says `version: 2`.
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    history = ctx.history
    if history is None or ctx.spec is None:
        return
    release = next((r for r in history.releases if r.spec.version == ctx.spec.version), None)
    if release is None:
        return
    states = [*history.states, *([history.working] if history.working else [])]
    after = False
    for state in states:
        if state.revision.blob == release.state.revision.blob:
            after = True
            continue
        if not after or state.spec is None or state.spec.version != ctx.spec.version:
            continue
        if state.same_content(release.state):
            continue
        commit = state.revision.commit
        where_da = f"commit {commit.short} ('{commit.subject}')" if commit else "arbejdskopien"
        where_en = f"commit {commit.short} ('{commit.subject}')" if commit else "the working copy"
        released = release.state.revision.commit
        at = f" i commit {released.short}" if released else ""
        at_en = f" in commit {released.short}" if released else ""
        yield Finding(
            ctx.document.span(("version",)),
            Text(
                f"Version {release.label} blev frigivet{at}, men {where_da} ændrer indholdet "
                "uden at starte en ny version. Kør 'susi bump' for at starte næste version, "
                "eller fortryd ændringen.",
                f"Version {release.label} was released{at_en}, but {where_en} changes its "
                "content without starting a new version. Run 'susi bump' to start the next "
                "version, or undo the change.",
            ),
        )
        return


RULE = Rule("SP401", "released-frozen", summary_of(__doc__), check)
