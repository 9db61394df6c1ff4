"""JSON Schema of the file kinds, generated from the pydantic models (editor tooltips)."""

from __future__ import annotations

import json
from typing import Any

from pydantic.json_schema import GenerateJsonSchema

from susi_spec.model import LocalSpec, Spec
from susi_spec.model.cycles import CycleRecord
from susi_spec.model.results import RESULTS_SCHEMA, FollowUp

_Models = type[Spec] | type[LocalSpec] | type[CycleRecord] | type[FollowUp]
SCHEMA_FILES: dict[str, tuple[str, _Models]] = {
    "susi-spec-1.schema.json": ("susi-spec/1", Spec),
    "susi-local-1.schema.json": ("susi-local/1", LocalSpec),
    "susi-cycles-1.schema.json": ("susi-cycles/1", CycleRecord),
    "susi-results-1.schema.json": (RESULTS_SCHEMA, FollowUp),
}

# `$defs` keys are class names; editors and committed schemas know these under their old name.
_DEF_NAMES = {"ChangeEntry": "Change"}


class _Generator(GenerateJsonSchema):
    """Pydantic's generator, with the `$defs` keys of renamed classes kept."""

    def normalize_name(self, name: str) -> str:
        return super().normalize_name(_DEF_NAMES.get(name, name))


def build_schema(name: str) -> dict[str, Any]:
    """The JSON Schema for one file kind, with Danish titles and descriptions."""
    tag, model = SCHEMA_FILES[name]
    body = model.model_json_schema(by_alias=True, mode="validation", schema_generator=_Generator)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "x-susi-format": tag,
        **body,
    }


def render_schema(name: str) -> str:
    """The schema as the exact text committed under schemas/."""
    return json.dumps(build_schema(name), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
