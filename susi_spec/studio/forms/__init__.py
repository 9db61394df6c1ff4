"""The studio's editor forms, made from the models: a spec's, a local implementation's and a
record's (the learning cycles, a follow-up).

The server calls `render_spec_editor`, `render_local_editor` and `render_record_editor` for
the HTML of an editor, `ops_to_edits` to turn the browser's ops into the edits
`susi_spec.editing` applies, and after a change `problem_slots` (each field's problems) and `render_diagram` (the theory of
change redrawn); the answer's shape is in static/editor.js.
"""

from susi_spec.studio.forms.live import problem_slots, render_diagram
from susi_spec.studio.forms.local_editor import render_local_editor
from susi_spec.studio.forms.ops import ops_to_edits
from susi_spec.studio.forms.record_editor import render_record_editor
from susi_spec.studio.forms.spec_editor import render_spec_editor

__all__ = [
    "ops_to_edits",
    "problem_slots",
    "render_diagram",
    "render_local_editor",
    "render_record_editor",
    "render_spec_editor",
]
