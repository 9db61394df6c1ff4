"""What a reader reads on the site: the footer's facts, the reader's words for what the
editor is told, print headings that stay inert, and dates as a reader says them."""

from __future__ import annotations

import re
import typing
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel
from test_site_build import make_project, mkdocs_build

from susi_spec.checks.rules import ALL_RULES as RULES
from susi_spec.model.types import VALUE_NAMES
from susi_spec.render.contact import CONTACT_KEYS, missing_contact
from susi_spec.render.html import css_string, print_heading
from susi_spec.render.site_terms import LOCAL_FIXES


def test_a_build_without_the_footer_facts_warns_for_each(tmp_path: Path) -> None:
    """The publisher, a telephone, a written contact and the accessibility statement are
    set in mkdocs.yml `extra:`; a site without them builds, with a warning for each, so
    `--strict` (CI) refuses to publish it."""
    repo = make_project(tmp_path / "repo")
    config = repo.root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    for key in CONTACT_KEYS:
        text, count = re.subn(rf"(?m)^  {key}: .*\n", "", text)
        assert count == 1, key
    config.write_text(text, encoding="utf-8")
    done = mkdocs_build(repo.root, tmp_path / "out", strict=False)
    assert done.returncode == 0, done.stderr
    for key in CONTACT_KEYS:
        assert re.search(rf"WARNING\s+-\s+susi: mkdocs\.yml: extra\.{key} mangler", done.stderr), (
            key
        )
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    footer = page.split('<footer class="md-footer">', 1)[1]
    assert "Tilgængelighedserklæring" not in footer  # no link to an address not set
    assert mkdocs_build(repo.root, tmp_path / "strict").returncode != 0


def test_the_projects_own_site_sets_every_footer_fact() -> None:
    import yaml

    root = Path(__file__).resolve().parent.parent
    config = yaml.safe_load(
        re.sub(r"!!python/\S+", "", (root / "mkdocs.yml").read_text(encoding="utf-8"))
    )
    assert missing_contact(config["extra"]) == []
    # An address of our own is a page of the site (its heading, for a #fragment), and no
    # guessed address is published: a statement on was.digst.dk only once the site has it.
    for key in ("contact", "accessibility_statement"):
        address = str(config["extra"][key])
        if "://" in address or "@" in address:
            continue
        page, _, fragment = address.partition("#")
        text = (root / "site" / f"{page.strip('/')}.md").read_text(encoding="utf-8")
        assert not fragment or re.search(rf"(?mi)^## {fragment}$", text), address


def test_every_local_rule_has_a_readers_version_or_none() -> None:
    """A new local rule must decide what a place's readers are told (site_terms)."""
    local = {rule.code for rule in RULES if rule.code.startswith("SP3")}
    shown = local - {"SP301", "SP302", "SP309"}  # about the file itself, never in to_fix
    assert shown <= set(LOCAL_FIXES), shown - set(LOCAL_FIXES)
    for text in filter(None, LOCAL_FIXES.values()):
        keys = r"\b(choice|how|deviation|based_on|adaptations|core_element|place)\b"
        assert not re.search(keys + "|'", text), text  # no YAML keys, no quoted ids


@given(st.text())
def test_a_print_heading_cannot_leave_its_string(title: str) -> None:
    style = print_heading(title)
    inner = css_string(title)[1:-1]
    assert re.fullmatch(r"(?:[A-Za-z0-9 ]|\\[0-9a-f]{6})*", inner)
    assert "<" not in inner and '"' not in inner
    assert style.count("</style>") == 1 and style.endswith("</style>")


def test_the_changes_page_speaks_a_readers_words() -> None:
    """Titles, not ids; Danish dates, not ISO; no FRAME, no YAML key, no review list and no
    commit outside its details box. `susi diff --format html` keeps the editor's report."""
    from test_site_render import _view

    from gitrepo import fixture
    from susi_spec.diff import DiffMeta, Endpoint, diff_specs
    from susi_spec.diff.reports.as_html import render_html
    from susi_spec.render import changes

    v1 = fixture("valid_v1.md")
    v2 = (
        v1.replace("version: 1\n", "version: 2\n")
        .replace("released: 2020-09-15\n", "released: 2021-03-01\n")
        .replace(
            "delivery:\n",
            "changes:\n  - {what: Koordineringen er skærpet., core_elements: [koordinering]}\n"
            "delivery:\n",
        )
        .replace("what: Familien har én fast koordinator.", "what: Familien har én koordinator.")
    )
    old, new = _view(v1, "v1", 1), _view(v2, "v2", 2)
    page = "".join(changes.report_parts("demo", old, new))
    assert "1. marts 2021" in page and "2021-03-01" not in page
    assert "Kerneelementer: Koordineret sagsbehandling" in page
    assert "<code>koordinering</code>" not in page and "(FRAME)" not in page
    assert "(changes)" not in page and "Til gennemsyn" not in page
    diff = diff_specs(old.spec, new.spec, old.sections, new.sections)
    meta = DiffMeta("demo", new.spec.title, Endpoint("v1"), Endpoint("v2"))
    editors = render_html(diff, meta)
    assert "2021-03-01" in editors and "<code>koordinering</code>" in editors
    assert "(FRAME)" in editors and "Kerneelementer: koordinering" in editors


def _enum_fields(model: type[Any], prefix: str = "") -> dict[str, set[str]]:
    """Every field of `model` (nested models walked) whose values are a Literal's, by its
    path in the format: `core_elements/level` -> {rule, guideline, principle}."""
    found: dict[str, set[str]] = {}
    for name, info in model.model_fields.items():
        path = f"{prefix}{info.alias or name}"
        todo = [info.annotation]
        while todo:
            kind = todo.pop()
            if typing.get_origin(kind) is typing.Literal:
                found.setdefault(path, set()).update(typing.get_args(kind))
            elif isinstance(kind, type) and issubclass(kind, BaseModel):
                found.update(_enum_fields(kind, f"{path}/"))
            else:
                todo.extend(typing.get_args(kind))
    return found


def test_every_value_of_the_format_has_a_readers_name() -> None:
    """Each enum value a spec can hold has a Danish and an English name in the one home
    (model.types.VALUE_NAMES), which the site and the reports show instead of the key."""
    from susi_spec.model import Spec

    fields = _enum_fields(Spec)
    fields.pop("schema")
    fields["version"] -= {"final"}  # a version label: labels.version_name
    fields = {path: values for path, values in fields.items() if values}
    assert fields, "no enum found: the walk is wrong"
    for path, values in fields.items():
        names = VALUE_NAMES.get(path, {})
        assert set(names) == values, (path, values ^ set(names))
        for da, en in names.values():
            assert da and en and "_" not in da + en, (path, da, en)


def _keys(fields: set[str], lang: str) -> set[str]:
    """The keys of those fields that are not also a word of what a reader reads for a
    value (English `citizen`: a voice's name; `documented`, in `documented effect`)."""
    index = 1 if lang == "en" else 0
    names = [name[index] for field in fields for name in VALUE_NAMES[field].values()]
    words = {word for name in names for word in name.split()}
    return {key for field in fields for key in VALUE_NAMES[field] if key not in words}


_SHOWN = {
    "phase": "maturation",
    "intervention_type": "citizen",
    "knowledge_basis": "promising_practice",
    "core_elements/evidence": "presumed",
    "theory_of_change/nodes/kind": None,
    "competencies/kind": None,
    "contributors/role": None,
    "contributors/voice": None,
    "delivery/mode": "family",
    "costs/estimates/kind": None,
    "costs/estimates/unit": None,
}


@settings(max_examples=25, deadline=None)
@given(
    st.fixed_dictionaries({field: st.sampled_from(sorted(VALUE_NAMES[field])) for field in _SHOWN})
)
def test_the_changes_page_names_every_value_in_words(chosen: dict[str, str]) -> None:
    """Whatever values a new version holds, its changes page (and `susi diff --lang en`)
    names them in a reader's words, never by the key written in the file."""
    from test_site_render import _view

    from gitrepo import fixture
    from susi_spec.diff import DiffMeta, Endpoint, diff_specs, render_md
    from susi_spec.render import changes

    v1 = fixture("valid_v1.md")
    v2 = v1.replace("version: 1\n", "version: 2\n").replace("2020-09-15", "2021-03-01")
    for field, before in _SHOWN.items():
        if before is not None:
            leaf = field.rsplit("/", 1)[-1]
            v2 = v2.replace(f"{leaf}: {before}", f"{leaf}: {chosen[field]}", 1)
            v2 = v2.replace(f"{leaf}: [{before}]", f"{leaf}: [{chosen[field]}]", 1)
    node, competency = chosen["theory_of_change/nodes/kind"], chosen["competencies/kind"]
    role, voice = chosen["contributors/role"], chosen["contributors/voice"]
    cost, unit = chosen["costs/estimates/kind"], chosen["costs/estimates/unit"]
    v2 = v2.replace(
        "  links:\n", f"    - {{id: ny-node, kind: {node}, text: En ny node}}\n  links:\n"
    ).replace(
        "delivery:\n",
        f"  - {{id: nyt-krav, kind: {competency}, text: Et nyt krav}}\n"
        f"contributors:\n  - {{name: Et team, role: {role}, voice: {voice}}}\n"
        f"costs:\n  estimates:\n    - {{kind: {cost}, amount: 1000, unit: {unit}, year: 2021}}\n"
        "delivery:\n",
    )
    old, new = _view(v1, "v1", 1), _view(v2, "v2", 2)
    page = re.sub(r"<[^>]+>", " ", "".join(changes.report_parts("demo", old, new)))
    diff = diff_specs(old.spec, new.spec, old.sections, new.sections)
    meta = DiffMeta("demo", new.spec.title, Endpoint("v1"), Endpoint("v2"))
    english = render_md(diff, meta, "en")
    for lang, text in (("da", page), ("en", english)):
        for key in _keys(set(_SHOWN), lang):
            assert not re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", text), (lang, key)
        for field in ("theory_of_change/nodes/kind", "competencies/kind", "contributors/role"):
            word = VALUE_NAMES[field][chosen[field]][1 if lang == "en" else 0]
            assert word in text, (lang, field, word)
