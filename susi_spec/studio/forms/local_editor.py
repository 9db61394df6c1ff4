"""The editor of a local implementation: per core element of the version it follows, what
that element's level allows and the place's adaptation, a guideline's options to pick from.

The core elements are those of the release named by `based_on` (the latest release, or the
working copy, when that release's text is not known); an adaptation naming none of them is
shown too, marked, so that nothing in the file is out of reach.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from susi_spec.history.common_model import CommonModel
from susi_spec.labels import version_label
from susi_spec.loading.document import Document, parse_document
from susi_spec.model import CoreElement, LocalSpec, Option, Spec
from susi_spec.render.html import esc, tag
from susi_spec.studio.forms.controls import Form, checkboxes
from susi_spec.studio.forms.fieldtree import Field, find, model_fields
from susi_spec.studio.forms.lists import actions, button, card_fields, render_field
from susi_spec.studio.forms.placing import Verdict, fill, slots_html
from susi_spec.studio.forms.spec_editor import PLACES, editor_frame
from susi_spec.studio.forms.vocab import LEVEL_ALLOWS, Path, choice_label, label, pair, word


def render_local_editor(
    text: str, common: CommonModel | None, findings: Sequence[Verdict], lang: str
) -> str:
    """The editor of a local file as an HTML fragment, with each finding next to its field."""
    document, form, html = local_editor_parts(text, common, lang)
    return fill(html, slots_html(document, findings, form.slots, lang))


def local_editor_parts(
    text: str, common: CommonModel | None, lang: str
) -> tuple[Document, Form, str]:
    """The file as read, the form drawn (its slots), and the editor's HTML without problems."""
    document = parse_document(text.encode("utf-8"), "local.md")
    front: dict[str, Any] = document.front if isinstance(document.front, dict) else {}
    fields = model_fields(LocalSpec)
    form = Form(lang)
    form.suggestions["place"] = PLACES
    general = "".join(
        render_field(form, field, (field.key,), front.get(field.key))
        for field in fields
        if field.key != "adaptations"
    )
    spec = followed(common, front.get("based_on"))
    adaptations = find(fields, "adaptations")
    assert adaptations is not None  # the model has it
    parts = [
        ("general", word("general", lang), general),
        ("adaptations", label(adaptations, ("adaptations",), lang),
         _adaptations(form, adaptations, spec, front.get("adaptations"))),
    ]  # fmt: skip
    return document, form, editor_frame(form, "local", parts)


def followed(common: CommonModel | None, based_on: Any) -> Spec | None:
    """The common model's text the file follows: the release it names, else the newest known."""
    if common is None:
        return None
    wanted = version_label(based_on) if isinstance(based_on, int | str) else ""
    latest = common.latest
    return common.release(wanted) or (latest[1] if latest else None) or common.current


def _adaptations(form: Form, field: Field, spec: Spec | None, value: Any) -> str:
    items = [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []
    path: Path = ("adaptations",)
    by_element = {str(a.get("core_element")): index for index, a in enumerate(items)}
    cards: list[str] = []
    if spec is None:
        cards.append(tag("p", esc(word("no_common", form.lang)), "note"))
    elements = spec.core_elements if spec is not None else []
    for element in elements:
        index = by_element.get(element.id)
        head = _element_head(form, element)
        if index is None:
            add = button(
                form, "insert", path, f"{word('add_adaptation', form.lang)}: {element.title}",
                word("add_adaptation", form.lang), index=len(items),
                value=f'{{"core_element": "{element.id}", "how": ""}}',
            )  # fmt: skip
            body = tag("p", esc(word("not_covered", form.lang)), "note") + add
        else:
            body = _adaptation(form, field, (*path, index), items[index], element)
        cards.append(tag("section", head + body, "card adaptation", data_level=element.level))
    known = {element.id for element in elements}
    for index, item in enumerate(items):
        if str(item.get("core_element")) not in known:
            note = tag("p", esc(word("unknown_element", form.lang)), "problem problem--broken")
            inner = card_fields(form, field, (*path, index), item)
            cards.append(
                tag(
                    "section",
                    note
                    + inner
                    + actions(form, path, index, len(items), str(item.get("core_element"))),
                    "card adaptation",
                )
            )
    return tag("div", "".join(cards), "adaptations", id="field-adaptations")


def _element_head(form: Form, element: CoreElement) -> str:
    level = choice_label(("core_elements", 0, "level"), element.level, form.lang)
    head = tag("h3", esc(element.title)) + tag(
        "p",
        f"<strong>{esc(level.capitalize())}</strong>: "
        + esc(pair(LEVEL_ALLOWS[element.level], form.lang)),
        "level-allows",
    )
    for step in element.steps:  # an activity held to another level: what that level allows
        if step.level and step.level != element.level:
            own = choice_label(("core_elements", 0, "level"), step.level, form.lang)
            head += tag(
                "p",
                f"<strong>{esc(step.text)}</strong> ({esc(own)}): "
                + esc(pair(LEVEL_ALLOWS[step.level], form.lang)),
                "level-allows level-allows--activity",
            )
    return head


def _adaptation(
    form: Form, field: Field, path: Path, item: dict[str, Any], element: CoreElement
) -> str:
    """One adaptation's fields; a guideline's choice ticked among its options (by id)."""
    parts = []
    for inner in field.fields:
        inner_path = (*path, inner.key)
        value = item.get(inner.key)
        if inner.key == "core_element":  # the card's own element: shown, not retyped
            fixed = Field(inner.key, "fixed", inner.title, inner.description, const=element.id)
            parts.append(render_field(form, fixed, inner_path, value))
        elif inner.key == "choice" and "guideline" in element.levels:
            offered = [_option_choice(option) for option in element.all_options]
            label = Field(inner.key, inner.kind, inner.title, word("pick", form.lang))
            parts.append(checkboxes(form, label, inner_path, value or [], offered))
        else:
            parts.append(render_field(form, inner, inner_path, value))
    return "".join(parts)


def _option_choice(option: str | Option) -> tuple[str, str]:
    """What a choice names an option by (its id, else its text), and what a person reads."""
    if isinstance(option, Option):
        return option.id, option.text
    return option, option
