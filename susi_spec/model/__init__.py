"""Pydantic models of the two file kinds and the boundary that turns errors into problems."""

from susi_spec.model.local import Adaptation, LocalSpec
from susi_spec.model.spec import (
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
