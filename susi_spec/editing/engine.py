"""Apply edits to a spec file's text by splicing only the bytes of the values they change.

Each edit is planned against the tree of the front matter as it stands (plan.py), spliced
in, and the result verified (verify.py; a large front matter entry by entry,
incremental.py). A failed verification raises EditError and nothing is returned.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import yaml

from susi_spec.editing.edits import Edit, EditError, Insert, Remove, SetSection, SetValue
from susi_spec.editing.incremental import LARGE, entry_update
from susi_spec.editing.places import exists
from susi_spec.editing.plan import Planner, plan_edit
from susi_spec.editing.sections import section_text, set_section
from susi_spec.editing.splices import splice
from susi_spec.editing.text import split_file
from susi_spec.editing.tree import Tree, remember, tree_of
from susi_spec.editing.verify import (
    Written,
    expected_after,
    load,
    normalise,
    ruamel_reads,
    value_at,
    verify,
    with_edit,
)
from susi_spec.problems import Text

__all__ = ["apply_edits", "edit_text", "section_text"]


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """`text` with `edits` made, one after another; raises EditError and changes nothing
    when an edit cannot be made or the result does not read back as intended."""
    return edit_text(text, edits)


def edit_text(text: str, edits: Sequence[Edit], *, new_keys_after: str | None = None) -> str:
    """apply_edits; a new top-level key goes right after `new_keys_after` when given (as
    release and bump have always put theirs: after `status`), else in the model's order."""
    split_file(text)  # refuses a file without front matter, or with an invisible break
    data = _KNOWN.get(text)
    if data is None:
        original = load(text)
        data = original.front if original.ok else None
    if data is None:
        raise EditError(
            Text(
                "Front matter er ikke gyldig YAML, så den kan ikke ændres sikkert; intet er "
                "ændret. Kør 'susi check' og ret fejlen først.",
                "The front matter is not valid YAML, so it cannot be edited safely; nothing "
                "was changed. Run 'susi check' and fix the error first.",
            )
        )
    edits = [_normalised(edit) for edit in edits]
    expected = expected_after(data, edits)
    result = text
    written: list[Written] = []
    state = data
    entries_verified = True  # every edit's entry read again on its own (a large front matter)
    for edit in edits:
        current, state = state, with_edit(state, edit)
        if isinstance(edit, SetSection):
            result = set_section(result, edit.key, edit.text)
            continue
        parts = split_file(result)
        front = result[parts.front_start : parts.front_end]
        tree = _tree(front)
        plan = plan_edit(edit, Planner(tree, front, current, new_keys_after), current)
        edited = splice(front, plan)
        result = result[: parts.front_start] + edited + result[parts.front_end :]
        entries_verified = entries_verified and _entry_verified(tree, front, edited, edit, state)
        if isinstance(edit, SetValue):
            written.append(Written(edit.path))
        elif isinstance(edit, Insert):
            written.append(Written((*edit.path, edit.index)))
    if result == text:
        return text
    sections = [e for e in edits if isinstance(e, SetSection)]
    verify(text, result, expected, written, sections, front_verified=entries_verified)
    _KNOWN[result] = expected
    while len(_KNOWN) > 4:
        _KNOWN.popitem(last=False)
    return result


# The data of texts this editor wrote and verified: the next edit of one needs no reading.
_KNOWN: OrderedDict[str, Any] = OrderedDict()


def _entry_verified(tree: Tree, front: str, edited: str, edit: Edit, state: Any) -> bool:
    """For a value set in a large front matter: read only its entry again (incremental.py),
    by our loader and by ruamel, and keep the tree made so for the next edit."""
    if isinstance(edit, SetSection):
        return True
    if len(front) <= LARGE or edited == front:
        return edited == front
    # The entry that holds every byte the edit changed: a removed key's or a new key's
    # mapping, an edited list, or the value set.
    scope = edit.path
    if isinstance(edit, Remove) or (isinstance(edit, SetValue) and not exists(tree, scope)):
        scope = scope[:-1]
    update = entry_update(tree, front, edited, scope, value_at(state, scope))
    if update is None:
        return False
    entry = value_at(state, update.path)
    if not ruamel_reads(update.snippet, [entry] if update.as_list else {update.path[-1]: entry}):
        return False
    remember(edited, update.tree)
    return True


def _normalised(edit: Edit) -> Edit:
    if isinstance(edit, SetValue):
        return SetValue(tuple(edit.path), normalise(edit.value))
    if isinstance(edit, Insert):
        return Insert(tuple(edit.path), edit.index, normalise(edit.value))
    return edit


def _tree(front: str) -> Tree:
    try:
        return tree_of(front)
    except yaml.YAMLError as error:  # the loader read it, so this is a bug
        raise AssertionError(f"libyaml refused front matter the loader read: {error}") from error
