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
from susi_spec.history.versions import State
from susi_spec.loading.document import Document, Section
from susi_spec.loading.yamlload import PathKey
from susi_spec.problems import Span, Text


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
        spec_id = ctx.spec.id
        yield Finding(
            _first_change(ctx, release.state),
            Text(
                f"Version {release.label} blev frigivet{at}, men {where_da} ændrer indholdet "
                f"(første ændring her) uden at starte en ny version. Kør 'susi bump {spec_id}' "
                "for at starte næste version, eller fortryd ændringen.",
                f"Version {release.label} was released{at_en}, but {where_en} changes its "
                f"content (the first change is here) without starting a new version. Run "
                f"'susi bump {spec_id}' to start the next version, or undo the change.",
            ),
        )
        return


def _first_change(ctx: Context, released: State) -> Span:
    """Where the file being checked first differs from the release: a front-matter value
    or a line of prose; `version:` when it says the same (a commit between changed it)."""
    document = ctx.document
    assert ctx.spec is not None and released.spec is not None
    old = released.spec.model_dump(mode="json", by_alias=True)
    new = ctx.spec.model_dump(mode="json", by_alias=True)
    spans = [document.span(path) for path in _changed(old, new, ())]
    line = _changed_prose(released.sections, tuple(document.sections), document)
    if line is not None:
        spans.append(Span(line, 1))
    return min(spans, default=document.span(("version",)))


def _changed(old: object, new: object, path: PathKey) -> Iterator[PathKey]:
    """The deepest paths where two dumped models differ."""
    if old == new:
        return
    if isinstance(old, dict) and isinstance(new, dict):
        for key in dict.fromkeys([*new, *old]):
            yield from _changed(old.get(key), new.get(key), (*path, key))
    elif isinstance(old, list) and isinstance(new, list):
        for index in range(max(len(old), len(new))):
            if index >= len(new):
                yield path  # items removed at the end: the list itself
                return
            yield from _changed(
                old[index] if index < len(old) else None, new[index], (*path, index)
            )
    else:
        yield path


def _changed_prose(
    old: tuple[Section, ...], new: tuple[Section, ...], document: Document
) -> int | None:
    """The file line of the first heading or prose line that differs, in reading order."""
    for index, section in enumerate(new):
        before = old[index] if index < len(old) else None
        if before is None or (before.anchor, before.title) != (section.anchor, section.title):
            return section.span.line
        old_lines = [line.strip() for line in before.text.split("\n") if line.strip()]
        new_lines = [line.strip() for line in section.text.split("\n") if line.strip()]
        if " ".join(old_lines) != " ".join(new_lines):
            differing = next(
                (n for o, n in zip(old_lines, new_lines, strict=False) if o != n),
                new_lines[len(old_lines)] if len(new_lines) > len(old_lines) else None,
            )
            return _line_of(document, section.span.line, differing)
        deeper = _changed_prose(before.subsections, section.subsections, document)
        if deeper is not None:
            return deeper
    return None if len(old) == len(new) else document.body_end_line


def _line_of(document: Document, after: int, text: str | None) -> int:
    """The file line, after the heading at `after`, that reads `text` (the heading if none)."""
    lines = document.body.split("\n")
    for number in range(after - document.body_line + 1, len(lines)):
        if text is not None and lines[number].strip() == text:
            return number + document.body_line
    return after


EN = """Released content is frozen: change it only after starting the next version.

The release of version N is the commit where the file first has `version: N` and `status:
released`. A later commit (or the working copy) that still says version N but changes the
content edits a version that municipalities may already use. Only the current version is
checked: once the next version is started (`susi bump`), the old one is history.
"""

RULE = Rule("SP401", "released-frozen", rule_doc(__doc__, EN), check)
