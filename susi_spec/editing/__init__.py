"""Lossless editing of a spec file: edits in, the same file out with only those bytes changed.

The studio's forms save through `apply_edits`; release and bump change their keys through it
too (history/front_matter.py). Each edit is spliced into the text at the offsets libyaml
reports for the node it changes, so every other byte stays by construction, and the result
is read again (our loader for all of it, ruamel's round trip for what was written) before it
is returned: a result that does not hold exactly the intended values raises EditError.
"""

from susi_spec.editing.edits import (
    Edit,
    EditError,
    Insert,
    Move,
    Path,
    Remove,
    SetSection,
    SetValue,
)
from susi_spec.editing.engine import apply_edits, section_text

__all__ = [
    "Edit",
    "EditError",
    "Insert",
    "Move",
    "Path",
    "Remove",
    "SetSection",
    "SetValue",
    "apply_edits",
    "section_text",
]
