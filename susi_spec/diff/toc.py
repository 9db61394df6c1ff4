"""Theory of change: nodes matched by id or text, links compared as a set after remapping.

Old node ids are renamed to their new ids, and core element ids inside nodes through the
core element matching, before anything is compared: a renamed element or node must not
read as links removed and added (research note §3.6).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Literal

from susi_spec.diff.fields import Place, diff_items, diff_text, diff_value
from susi_spec.diff.match import distinct, match, ratio
from susi_spec.diff.records import Change, whole
from susi_spec.model.theory_of_change import Node, TheoryOfChange

_EMPTY = TheoryOfChange()


def diff_theory(
    old: TheoryOfChange | None, new: TheoryOfChange | None, elements: Mapping[str, str]
) -> list[Change]:
    """Compare two theories of change; `elements` maps old core element ids to new ones."""
    old, new = old or _EMPTY, new or _EMPTY
    root = Place("theory_of_change", "theory_of_change")
    out = diff_text(root.at("problem"), old.problem, new.problem)
    node_changes, nodes = _diff_nodes(old.nodes, new.nodes, elements)
    out.extend(node_changes)
    out.extend(_diff_links(old, new, nodes))
    out.extend(diff_items(root.at("assumptions"), old.assumptions, new.assumptions))
    return out


def _diff_nodes(
    old: Sequence[Node], new: Sequence[Node], elements: Mapping[str, str]
) -> tuple[list[Change], dict[str, str]]:
    """Node changes, and the map from old node ids to new ones."""

    def similarity(i: int, j: int) -> float:
        same_kind = 1.0 if old[i].kind == new[j].kind else 0.9
        return ratio(old[i].text, new[j].text) * same_kind

    matching = match([n.id for n in old], [n.id for n in new], score=similarity)
    out: list[Change] = []
    for i in matching.removed:
        candidates = tuple(new[j].id for j in matching.ambiguous_old.get(i, ()))
        out.append(_whole(old[i], "removed", candidates))
    renamed = {before: after for before, after in elements.items() if before != after}
    for pair in matching.pairs:
        before, after = old[pair.old], new[pair.new]
        remapped = before.core_elements
        if renamed:
            remapped = [renamed.get(ref, ref) for ref in remapped]
        if before == after and remapped == after.core_elements and distinct(remapped):
            continue  # unchanged, the usual case (distinct: see diff_items)
        place = Place(
            f"theory_of_change/nodes/{after.id}", "theory_of_change/nodes", certainty=pair.certainty
        )
        if before.id != after.id:
            probable = pair.certainty == "probable"
            out.append(
                Change(
                    "renamed",
                    place.path,
                    "node",
                    place.field,
                    before.id,
                    after.id,
                    needs_review=probable,
                    certainty=pair.certainty,
                    label=after.text,
                    score=pair.score,
                    notes=("probable-match",) if probable else (),
                )
            )
        edits = [
            *diff_value(place.at("kind"), before.kind, after.kind),
            *diff_text(place.at("text"), before.text, after.text),
            *diff_text(place.at("instrument"), before.instrument, after.instrument),
            *diff_items(
                place.at("core_elements"), remapped, after.core_elements, fuzzy=False, moves=False
            ),
        ]
        out.extend(replace(edit, label=after.text) for edit in edits)
    for j in matching.added:
        candidates = tuple(old[i].id for i in matching.ambiguous_new.get(j, ()))
        out.append(_whole(new[j], "added", candidates))
    renames = {old[pair.old].id: new[pair.new].id for pair in matching.pairs}
    return out, renames


def _whole(node: Node, kind: Literal["added", "removed"], candidates: tuple[str, ...]) -> Change:
    data = node.model_dump(mode="json", exclude_defaults=True)
    path = f"theory_of_change/nodes/{node.id}"
    return whole(
        kind,
        path,
        "node",
        "theory_of_change/nodes",
        data,
        label=node.text,
        severity="major",
        candidates=candidates,
    )


def _diff_links(old: TheoryOfChange, new: TheoryOfChange, nodes: Mapping[str, str]) -> list[Change]:
    """Links as a set of (from, to), old ends renamed to the new node ids first."""
    before = dict.fromkeys(
        (nodes.get(k.source, k.source), nodes.get(k.target, k.target)) for k in old.links
    )
    after = dict.fromkeys((k.source, k.target) for k in new.links)
    if before.keys() == after.keys():
        return []
    texts = {n.id: n.text for n in old.nodes}
    texts.update({n.id: n.text for n in new.nodes})
    out: list[Change] = []
    for key in before:
        if key not in after:
            out.append(_link("removed", key, texts))
    for key in after:
        if key not in before:
            out.append(_link("added", key, texts))
    return out


def _link(
    kind: Literal["added", "removed"], key: tuple[str, str], texts: Mapping[str, str]
) -> Change:
    source, target = key
    label = f"{texts.get(source, source)} → {texts.get(target, target)}"
    path = f"theory_of_change/links/{source}->{target}"
    value = {"from": source, "to": target}
    return whole(kind, path, "link", "theory_of_change/links", value, label=label, severity="major")
