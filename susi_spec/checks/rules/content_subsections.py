"""A `### ... {#id}` subsection under the content section names a core element.

Passes: `### Koordineret sagsbehandling {#koordineret-sagsbehandling}` for an existing element.
Fails: `### Koordinering {#koordinering}` when no core element has the id `koordinering`.
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.model.suggestions import did_you_mean
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    content = ctx.document.section("content")
    if content is None:
        return
    known = [element.id for element in spec_of(ctx).core_elements]
    for sub in content.subsections:
        if sub.anchor in known:
            continue
        hint = did_you_mean(sub.anchor, known)
        yield Finding(
            sub.span,
            Text(
                f"Underafsnittet {{#{sub.anchor}}} svarer ikke til noget kerneelement.{hint.da} "
                "Brug kerneelementets id som anker, eller fjern ankeret.",
                f"The subsection {{#{sub.anchor}}} matches no core element.{hint.en} Use the "
                "core element's id as the anchor, or remove the anchor.",
            ),
        )


RULE = Rule("SP204", "content-subsections", summary_of(__doc__), check)
