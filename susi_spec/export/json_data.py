"""`json`: the whole validated model, for other systems.

The shape is stable (`"export": "susi-export/1"`; a change of shape gets a new number):

    {
      "export": "susi-export/1",
      "source": {"kind": "working" | "release" | "revision", "spec": id,
                 "version": "v3" | "final", "status": ..., "released": "YYYY-MM-DD" | null,
                 "commit": full sha | null, "path": the spec file},
      "spec": {"schema": "susi-spec/1", "id": ..., ...},
      "follow_ups": {place: [{"schema": "susi-results/1", ...}, ...]}
    }

`spec` has every key of the format (schemas/susi-spec-1.schema.json) in the format's order,
with null or [] where the spec is silent, and the format's own key names (`schema`, and
`from`/`to` in the theory of change's links), so it reads back through the model:
`Spec.model_validate_json(json.dumps(data["spec"]))`. `commit` is the commit whose content
this is; null for a working copy with uncommitted edits, or outside git. `follow_ups` has
each place's follow-ups (fidelity, practice profile, readiness, costs), oldest first, in
the shape of schemas/susi-results-1.schema.json, for the versions each place followed;
`{}` when there are none (the key came after the first readers, who may ignore it).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from susi_spec.export.origin import Origin
from susi_spec.model import Spec
from susi_spec.model.results import FollowUp

EXPORT_SCHEMA = "susi-export/1"


def to_data(
    spec: Spec, origin: Origin, follow_ups: Mapping[str, Sequence[FollowUp]] | None = None
) -> dict[str, Any]:
    return {
        "export": EXPORT_SCHEMA,
        "source": {
            "kind": origin.source,
            "spec": spec.id,
            "version": origin.version,
            "status": origin.status,
            "released": origin.released.isoformat() if origin.released else None,
            "commit": origin.commit,
            "path": origin.path,
        },
        "spec": spec.model_dump(mode="json", by_alias=True),
        "follow_ups": {
            place: [f.model_dump(mode="json", by_alias=True) for f in found]
            for place, found in sorted((follow_ups or {}).items())
        },
    }


def render(
    spec: Spec,
    origin: Origin,
    lang: str,
    follow_ups: Mapping[str, Sequence[FollowUp]] | None = None,
) -> bytes:
    """Key names and values are the format's own, whatever the language."""
    text = json.dumps(to_data(spec, origin, follow_ups), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")
