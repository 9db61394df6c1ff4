"""JSON Schema of both file kinds, generated from the pydantic models (editor tooltips)."""

from __future__ import annotations

import json
from typing import Any

from susi_spec.model import LocalSpec, Spec

SCHEMA_FILES: dict[str, tuple[str, type[Spec] | type[LocalSpec]]] = {
    "susi-spec-1.schema.json": ("susi-spec/1", Spec),
    "susi-local-1.schema.json": ("susi-local/1", LocalSpec),
}


def build_schema(name: str) -> dict[str, Any]:
    """The JSON Schema for one file kind, with Danish titles and descriptions."""
    tag, model = SCHEMA_FILES[name]
    body = model.model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "x-susi-format": tag,
        **body,
    }


def render_schema(name: str) -> str:
    """The schema as the exact text committed under schemas/."""
    return json.dumps(build_schema(name), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
