"""The theory of change: its nodes, the links between them, and its assumptions."""

from __future__ import annotations

from pydantic import ConfigDict, Field

from susi_spec.model.strict import Strict
from susi_spec.model.types import (
    Id,
    NodeKind,
    PlainText,
    TextList,
)


class Node(Strict):
    """Et punkt i forandringsteorien."""

    model_config = ConfigDict(title="Node i forandringsteorien")

    id: Id
    kind: NodeKind = Field(
        title="Type",
        description="activity, output, short_term_outcome, medium_term_outcome eller long_term_outcome.",
    )
    text: PlainText = Field(title="Tekst")
    core_elements: list[Id] = Field(
        [], title="Kerneelementer", description="De kerneelementer, en aktivitet udfører."
    )
    instrument: PlainText | None = Field(
        None, title="Måleredskab", description="Hvordan resultatet måles."
    )


class Link(Strict):
    """En pil i forandringsteorien: fra en node til en senere node."""

    model_config = ConfigDict(title="Forbindelse")

    source: Id = Field(alias="from", title="Fra")
    target: Id = Field(alias="to", title="Til")


class TheoryOfChange(Strict):
    """Forandringsteori: fra aktiviteter til kortsigtede og langsigtede resultater."""

    model_config = ConfigDict(title="Forandringsteori")

    problem: PlainText | None = Field(
        None, title="Problem", description="Det problem hos målgruppen, indsatsen skal løse."
    )
    nodes: list[Node] = Field(
        [],
        title="Noder",
        description="Aktiviteter, leverancer og resultater på kort, mellemlangt og langt sigt.",
    )
    links: list[Link] = Field(
        [],
        title="Forbindelser",
        description="Pilene: hvilket punkt fører til hvilket, fra aktivitet mod resultat.",
    )
    assumptions: TextList = Field(
        [], title="Antagelser", description="Hvad der skal være sandt, for at teorien holder."
    )
