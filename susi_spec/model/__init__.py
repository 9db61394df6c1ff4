"""Pydantic models of the two file kinds and the boundary that turns errors into problems."""

from susi_spec.model.core_element import Activity, CoreElement, Option
from susi_spec.model.local import ActivityDeviation, Adaptation, LocalSpec
from susi_spec.model.spec import ChangeEntry, Competency, Spec
from susi_spec.model.theory_of_change import Link, Node, TheoryOfChange

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
