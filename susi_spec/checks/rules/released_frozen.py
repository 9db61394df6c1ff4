"""Frigivet indhold er låst: ret det først, når den næste version er startet.

Frigivelsen af version N er den commit, hvor filen første gang har `version: N` og `status:
released`. En senere commit (eller arbejdskopien), der stadig siger version N, men ændrer
indholdet, retter i en version, som kommunerne måske allerede bruger. Kun den aktuelle
version tjekkes: når den næste er startet (`susi bump`), er den gamle historie.

Før:

```yaml
status: released
released: 2020-09-15
```

Består:

```yaml
version: 2
summary: Én indgang til kommunen for familier med et barn med handicap.
```

Fejler:

```yaml
status: released
released: 2020-09-15
summary: Én indgang til kommunen for familier med et barn med handicap.
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
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


EN = """Released content is frozen: change it only after starting the next version.

The release of version N is the commit where the file first has `version: N` and `status:
released`. A later commit (or the working copy) that still says version N but changes the
content edits a version that municipalities may already use. Only the current version is
checked: once the next version is started (`susi bump`), the old one is history.
"""

RULE = Rule("SP401", "released-frozen", rule_doc(__doc__, EN), check)
