"""A core element id that disappears since the last release is listed in `previous_ids`.

History and diff follow an element by its id; when an id changes, the element must name its
old id so that reviewers see a rename, not a removal and an addition. (If the element was
really removed, say so in `changes`.) A warning, checked against the previous release.
Passes: `id: koordineret-sagsbehandling` with `previous_ids: [koordinering]`.
Fails: `koordinering` in v1, gone in v2, and no element lists it in `previous_ids`.
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.problems import Severity, Text


def check(ctx: Context) -> Iterator[Finding]:
    history = ctx.history
    if history is None:
        return
    spec = spec_of(ctx)
    earlier = [r for r in history.releases if r.spec.version != spec.version]
    if not earlier:
        return
    previous = earlier[-1]
    now = {e.id for e in spec.core_elements}
    now.update(old for e in spec.core_elements for old in e.previous_ids)
    mentioned = {name for change in spec.changes for name in change.core_elements}
    for element in previous.spec.core_elements:
        if element.id in now or element.id in mentioned:
            continue
        yield Finding(
            ctx.document.span(("core_elements",), key=True),
            Text(
                f"Kerneelementet '{element.id}' fra {previous.label} er væk. Har det fået nyt "
                f"id, så skriv 'previous_ids: [{element.id}]' på det; er det fjernet, så "
                "forklar det under 'changes:'.",
                f"The core element '{element.id}' of {previous.label} is gone. If its id "
                f"changed, add 'previous_ids: [{element.id}]' to it; if it was removed, "
                "explain it under 'changes:'.",
            ),
        )


RULE = Rule("SP402", "id-disappeared", summary_of(__doc__), check, Severity.WARNING)
