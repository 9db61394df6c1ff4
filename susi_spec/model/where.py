"""How a message names a place in the front matter, as a person counts: from 1.

`("core_elements", 1, "level")` is *kerneelement nr. 2 (inddragelse), level* in Danish and
*core element no. 2 (inddragelse), level* in English: a list item by what it is, its
number and, when it has one, its id; keys as they are written. The shape errors, the note
on what could not run yet and the editor's refusals all name places with `where`.
"""

from __future__ import annotations

from collections.abc import Sequence

from susi_spec.problems import Text

# A list's key -> what one of its items is called, in Danish and English. A list not
# named here is named by its key (`knowledge_basis nr. 2`).
_ITEMS: dict[str, tuple[str, str]] = {
    "activities": ("aktivitet", "activity"),
    "adaptations": ("tilpasning", "adaptation"),
    "answers": ("svar", "answer"),
    "changes": ("ændring", "change"),
    "competencies": ("kompetence", "competency"),
    "contributors": ("bidragyder", "contributor"),
    "core_elements": ("kerneelement", "core element"),
    "costs": ("omkostning", "cost"),
    "cycles": ("læringscirkel", "learning cycle"),
    "decisions": ("beslutning", "decision"),
    "fidelity": ("troskabskriterium", "fidelity criterion"),
    "findings": ("fund", "finding"),
    "links": ("forbindelse", "link"),
    "materials": ("materiale", "material"),
    "nodes": ("element i forandringsteorien", "element of the theory of change"),
    "options": ("valgmulighed", "option"),
    "participants": ("deltager", "participant"),
    "places": ("sted", "place"),
}


def where(path: Sequence[int | str], data: object = None) -> Text:
    """`path` in a person's words; `data` (the front matter) gives list items their ids.

    The root is *front matter* in both languages, as the format calls it.
    """
    da: list[str] = []
    en: list[str] = []
    keys: list[str] = []  # keys since the last list item, written as `a.b`
    value = data
    for step in path:
        if isinstance(step, int) and not isinstance(step, bool):
            listed = keys.pop() if keys else ""
            if keys:
                da.append(".".join(keys))
                en.append(".".join(keys))
            keys = []
            value = value[step] if isinstance(value, list) and 0 <= step < len(value) else None
            ident = value.get("id") if isinstance(value, dict) else None
            suffix = f" ({ident})" if isinstance(ident, str) else ""
            noun_da, noun_en = _ITEMS.get(listed, (listed or "punkt", listed or "item"))
            da.append(f"{noun_da} nr. {step + 1}{suffix}")
            en.append(f"{noun_en} no. {step + 1}{suffix}")
        else:
            keys.append(str(step))
            value = value.get(step) if isinstance(value, dict) else None
    if keys:
        da.append(".".join(keys))
        en.append(".".join(keys))
    if not da:
        return Text("front matter", "front matter")
    return Text(", ".join(da), ", ".join(en))
