"""The JSON report: the canonical, machine-readable form of a diff.

Shape (ARCHITECTURE.md): `{"spec", "from": {"version", "commit"}, "to": {...},
"changes": [{"kind", "path", "old", "new", ...}]}`; each change also carries its
severity, needs_review and, when set, direction, certainty, core_element, segments.
The new version's FRAME entries come beside, under `frame`; each with the seminar
decisions behind it (`decisions`, with their findings) when the spec has a learning record.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from typing import Any

from susi_spec.diff.records import Change, DiffMeta, Endpoint, FrameEntry, SpecDiff, Value


def to_data(diff: SpecDiff, meta: DiffMeta) -> dict[str, Any]:
    """The report as plain data, ready for `json.dumps`."""
    return {
        "spec": meta.spec or diff.spec,
        "from": _side(meta.from_),
        "to": _side(meta.to),
        "changes": [change_data(change) for change in diff.changes],
        "frame": [_frame(entry) for entry in diff.frame],
    }


def render_json(diff: SpecDiff, meta: DiffMeta, lang: str = "da") -> str:
    """The report as indented JSON (keys are English whatever `lang` is)."""
    return json.dumps(to_data(diff, meta), ensure_ascii=False, indent=2) + "\n"


def change_data(change: Change) -> dict[str, Any]:
    """One change as a JSON object; optional keys only when they say something."""
    data: dict[str, Any] = {
        "kind": change.kind,
        "path": change.path,
        "old": _plain(change.old),
        "new": _plain(change.new),
        "severity": change.severity,
        "needs_review": change.needs_review,
        "entity": change.entity,
        "field": change.field,
    }
    optional: dict[str, Any] = {
        "direction": change.direction,
        "certainty": change.certainty,
        "core_element": change.core_element,
        "label": change.label,
        "score": change.score,
        "candidates": list(change.candidates),
        "notes": list(change.notes),
        "segments": [{"op": s.op, "text": s.text} for s in change.segments],
    }
    data.update({key: value for key, value in optional.items() if value not in (None, [])})
    return data


def _side(side: Endpoint) -> dict[str, Any]:
    return {"version": side.version, "commit": side.commit, "date": side.date}


def _frame(entry: FrameEntry) -> dict[str, Any]:
    data: dict[str, Any] = {
        "what": entry.what,
        "why": entry.why,
        "decided_by": entry.decided_by,
        "planned": entry.planned,
        "fidelity_consistent": entry.fidelity_consistent,
        "core_elements": list(entry.core_elements),
    }
    if entry.decisions:  # from the learning-cycle record, when there is one
        data["decisions"] = [asdict(decision) for decision in entry.decisions]
    return data


def _plain(value: Value) -> Any:
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [_plain(item) for item in value]
    return value
