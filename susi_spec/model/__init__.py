"""Pydantic models of the two file kinds and the boundary that turns errors into problems.

The names below are imported when first asked for (PEP 562): a caller of one light module
(`model.municipalities`, say) then does not build every pydantic model first.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the names for mypy, each `as` itself: re-exported
    from susi_spec.model.core_element import Activity as Activity
    from susi_spec.model.core_element import CoreElement as CoreElement
    from susi_spec.model.core_element import Option as Option
    from susi_spec.model.local import ActivityDeviation as ActivityDeviation
    from susi_spec.model.local import Adaptation as Adaptation
    from susi_spec.model.local import LocalSpec as LocalSpec
    from susi_spec.model.spec import ChangeEntry as ChangeEntry
    from susi_spec.model.spec import Competency as Competency
    from susi_spec.model.spec import Spec as Spec
    from susi_spec.model.theory_of_change import Link as Link
    from susi_spec.model.theory_of_change import Node as Node
    from susi_spec.model.theory_of_change import TheoryOfChange as TheoryOfChange

# Each name and the module that is its home.
_HOMES = {
    "Activity": "core_element",
    "ActivityDeviation": "local",
    "Adaptation": "local",
    "ChangeEntry": "spec",
    "Competency": "spec",
    "CoreElement": "core_element",
    "Link": "theory_of_change",
    "LocalSpec": "local",
    "Node": "theory_of_change",
    "Option": "core_element",
    "Spec": "spec",
    "TheoryOfChange": "theory_of_change",
}
__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
