"""A rule's documentation: its module docstring (Danish) and its `EN` text (English).

The docstring is the published documentation, as in yamllint: the first line is the
summary, then an optional explanation, then the examples, each under a line of its own:
`Før:` (a version committed before, oldest first; may repeat), `Består:` and `Fejler:`.
An example is a ```yaml block of front matter keys that replace the same keys of the
base example (`examples/spec.md`, or `examples/local.md` for a local rule), optionally
followed by a ```markdown block that replaces its body. `EN` holds the English summary
and explanation; the examples are written once, and the examples several rules share once
for all of them (`rule_doc`'s `shared`).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from susi_spec.problems import Text

_MARKERS = {"Før:": "history", "Består:": "passes", "Fejler:": "fails"}
_NO_TEXT = Text("", "")

# What the CLI and the site call each part of an example.
LABELS = {
    "history": Text("Før (committet tidligere)", "Before (committed earlier)"),
    "passes": Text("Består", "Passes"),
    "fails": Text("Fejler", "Fails"),
    "body": Text("Brødtekst", "Body"),
}


@dataclass(frozen=True)
class Example:
    """Front matter keys that replace the base example's, and perhaps a new body."""

    front: str
    body: str | None = None


@dataclass(frozen=True)
class RuleDoc:
    """What a code means, why, and an example that passes and one that fails."""

    summary: Text
    explanation: Text = _NO_TEXT
    history: tuple[Example, ...] = ()
    passes: Example | None = None
    fails: Example | None = None

    def examples(self) -> list[tuple[str, Example]]:
        """(kind, example) in reading order: what came before, then pass and fail."""
        found = [("history", example) for example in self.history]
        found += [(kind, e) for kind, e in (("passes", self.passes), ("fails", self.fails)) if e]
        return found


def rule_doc(danish: str | None, english: str, shared: str | None = None) -> RuleDoc:
    """Read a rule's documentation from its docstring and its English text.

    `shared` names a file under examples/ with examples, written as in a docstring, that
    several rules tell the same story with: they come first, and an example of the rule's
    own of the same kind (`Består:`, `Fejler:`) takes the place of the shared one.
    """
    prose, examples = _split(danish or "")
    if shared is not None:
        examples = _split(_example_file(shared))[1] + examples
    da_summary, da_explanation = _summary_and_rest(prose)
    en_summary, en_explanation = _summary_and_rest(english)
    history = tuple(example for kind, example in examples if kind == "history")
    found = dict(examples)
    return RuleDoc(
        Text(da_summary, en_summary),
        Text(da_explanation, en_explanation),
        history,
        found.get("passes"),
        found.get("fails"),
    )


def base_example(kind: str) -> str:
    """The file the examples of a spec rule ("spec"), a local rule ("local") or a follow-up
    rule ("results") change."""
    return _example_file(kind)


def _example_file(name: str) -> str:
    return resources.files(__package__).joinpath(f"examples/{name}.md").read_text("utf-8")


def _summary_and_rest(text: str) -> tuple[str, str]:
    head, _, rest = text.strip().partition("\n\n")
    return " ".join(head.split()), rest.strip()


def _split(doc: str) -> tuple[str, list[tuple[str, Example]]]:
    """The prose before the first marker, and (kind, example) for each marker."""
    lines = doc.strip().splitlines()
    starts = [i for i, line in enumerate(lines) if line.strip() in _MARKERS]
    prose = "\n".join(lines[: starts[0]] if starts else lines)
    examples = []
    for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        blocks = _fenced("\n".join(lines[start + 1 : end]))
        front = blocks.get("yaml", "")
        examples.append((_MARKERS[lines[start].strip()], Example(front, blocks.get("markdown"))))
    return prose, examples


def _fenced(text: str) -> dict[str, str]:
    """Language -> content of the fenced blocks in `text` (the last of each language)."""
    blocks: dict[str, str] = {}
    language, body = "", list[str]()
    inside = False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("```") and not inside:
            inside, language, body = True, stripped[3:].strip(), []
        elif stripped == "```" and inside:
            inside = False
            blocks[language] = "\n".join(body) + "\n"
        elif inside:
            body.append(line)
    return blocks
