"""Pydantic models of the two file kinds and the boundary that turns errors into problems."""

from susi_spec.model.local import ActivityDeviation, Adaptation, LocalSpec
from susi_spec.model.spec import (
    Activity,
    ChangeEntry,
    Competency,
    CoreElement,
    Link,
    Node,
    Option,
    Spec,
    TheoryOfChange,
)

__all__ = [
    "Activity",
    "ActivityDeviation",
    "Adaptation",
    "ChangeEntry",
    "Competency",
    "CoreElement",
    "Link",
    "LocalSpec",
    "Node",
    "Option",
    "Spec",
    "TheoryOfChange",
]
