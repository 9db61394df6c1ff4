"""Where a new key goes: after the key before it in the model's own order of fields.

The models list their fields in the order FORMAT.md writes them (`status`, then `released`,
then `milestone`), so a key added by a form or by `susi release` lands where an author
would have written it.
"""

from __future__ import annotations

import functools
import types
import typing
from typing import Any

from pydantic import BaseModel

from susi_spec.editing.edits import Path
from susi_spec.model.local import LocalSpec
from susi_spec.model.spec import Spec


def key_order(front: Any, path: Path) -> tuple[str, ...]:
    """The keys the model allows in the mapping at `path`, in its order (() when unknown)."""
    schema = front.get("schema") if isinstance(front, dict) else None
    model: Any = LocalSpec if schema == "susi-local/1" else Spec
    for step in path:
        if isinstance(step, int):
            model = _item(model)
        else:
            model = _fields(model).get(step) if _is_model(model) else None
        if model is None:
            return ()
    return tuple(_fields(model)) if _is_model(model) else ()


def _is_model(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, BaseModel)


@functools.cache
def _fields(model: type[BaseModel]) -> dict[str, Any]:
    """A model's keys as written (aliases), each with the model or list its value is."""
    fields: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        fields[info.alias or name] = _unwrap(info.annotation)
    return fields


def _unwrap(kind: Any) -> Any:
    """The model inside `X | None`, or the list type itself."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        models = [a for a in typing.get_args(kind) if _is_model(a) or typing.get_origin(a) is list]
        return models[0] if len(models) == 1 else None
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(kind)[0])
    return kind


def _item(kind: Any) -> Any:
    if typing.get_origin(kind) is list:
        args = typing.get_args(kind)
        return _unwrap(args[0]) if args else None
    return None
