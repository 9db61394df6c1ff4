"""The studio's editor forms, made from the models: a spec's and a local implementation's.

The server calls `render_spec_editor` and `render_local_editor` for the HTML of an editor,
`problem_slots` for the problems of each field after a change, and `ops_to_edits` to turn
the browser's ops into the edits `susi_spec.editing` applies.
"""

from susi_spec.studio.forms.local_editor import render_local_editor
from susi_spec.studio.forms.ops import ops_to_edits
from susi_spec.studio.forms.spec_editor import render_spec_editor

__all__ = ["ops_to_edits", "render_local_editor", "render_spec_editor"]
