"""Issue 14 items 3 and 5: indicators tied to the theory of change, and the evidence profile.

The bundled housing-first-cti v2 draft is the real example: its file is read by the real
loader, rendered by the site's renderers, exported and compared with its release v1 in git.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import check_text
from susi_spec.diff import diff_specs
from susi_spec.diff.reports.messages import describe
from susi_spec.export import export
from susi_spec.export.origin import Origin
from susi_spec.loading.document import parse_document
from susi_spec.model import Spec
from susi_spec.model.boundary import validate
from susi_spec.model.documentation import EvidenceProfile, Indicator, instrument_of
from susi_spec.model.types import CRITERION_ORDER, CRITERION_STATUSES, EVIDENCE_CRITERIA
from susi_spec.render import SiteOptions, SpecRecord, VersionView, render_pages
from susi_spec.render.catalog import render_catalog

ROOT = Path(__file__).resolve().parent.parent
CTI = (ROOT / "specs" / "housing-first-cti" / "index.md").read_text(encoding="utf-8")
FINAL = (ROOT / "specs" / "en-familie-en-indgang" / "index.md").read_text(encoding="utf-8")


def model_of(text: str) -> Spec:
    model, findings = validate(parse_document(text.encode(), "index.md"))
    assert isinstance(model, Spec), [f.text.da for f in findings]
    return model


def record_of(text: str) -> SpecRecord:
    document = parse_document(text.encode(), "index.md")
    spec = model_of(text)
    view = VersionView(spec, tuple(document.sections), "v2", dt.date(2020, 9, 1))
    return SpecRecord(spec.id, view, (), source=f"specs/{spec.id}/index.md")


def with_profile(text: str, profile: str) -> str:
    """`text` with its evidence profile replaced by (or given) `profile`'s lines."""
    text = re.sub(r"evidence_profile:\n(  .*\n)+", "", text, count=1)
    return text.replace("knowledge_basis:", f"evidence_profile:\n{profile}knowledge_basis:", 1)


# The model


def test_an_indicator_is_a_text_or_an_object_tied_to_outcomes() -> None:
    spec = model_of(CTI)
    assert spec.documentation is not None
    tied = spec.documentation.tied
    assert [i.id for i in tied][:3] == [
        "bolig-ved-afslutning",
        "forbundet-ved-afslutning",
        "bolig-efter-12-maaneder",
    ]
    assert tied[2].nodes == ["stabil-boligsituation", "ude-af-hjemloeshed"]
    assert {i.kind for i in tied} == {"citizen", "implementation"}
    # the older form keeps its meaning: the text is what is measured, tied to nothing
    final = model_of(FINAL)
    assert final.documentation is not None
    assert final.documentation.indicators and not final.documentation.tied
    assert all(isinstance(i, str) for i in final.documentation.indicators)


def test_an_indicator_takes_its_instrument_from_its_nodes_once() -> None:
    theory = model_of(FINAL).theory_of_change
    assert theory is not None
    measured = [n for n in theory.nodes if n.instrument]
    assert measured, "the bundled final has nodes with an instrument"
    node = measured[0]
    own = Indicator(id="egen", what="x", nodes=[node.id], instrument="Eget skema")
    inherited = Indicator(id="arvet", what="x", nodes=[node.id])
    unmeasured = Indicator(id="uden", what="x", nodes=[node.id, "findes-ikke"])
    assert instrument_of(own, theory) == "Eget skema"
    assert instrument_of(inherited, theory) == node.instrument
    assert instrument_of(unmeasured, theory) is None
    assert instrument_of(inherited, None) is None


def test_the_evidence_profile_has_six_fixed_criteria() -> None:
    profile = model_of(CTI).evidence_profile
    assert profile is not None
    assert [key for key, _ in profile.assessed()] == list(EVIDENCE_CRITERIA)
    assert profile.met == 6
    assert list(EvidenceProfile.model_fields) == list(EVIDENCE_CRITERIA)
    # Danish names in one place, read by the schema's titles
    titles = [field.title for field in EvidenceProfile.model_fields.values()]
    assert titles == [names[0] for names in EVIDENCE_CRITERIA.values()]


@pytest.mark.parametrize(
    ("profile", "code"),
    [
        ("  protokol: {status: met}\n", "SP011"),  # a criterion that is not one of the six
        ("  protocol: {status: met}\n  protocol: {status: partly}\n", "SP008"),  # twice
        ("  protocol: {status: opfyldt}\n", "SP013"),  # not one of the statuses
    ],
    ids=["unknown", "duplicate", "bad-status"],
)
def test_an_unknown_or_duplicated_criterion_is_refused(profile: str, code: str) -> None:
    problems = check_text(with_profile(CTI, profile), "specs/housing-first-cti/index.md")
    found = [p for p in problems if p.code == code]
    assert found, [(p.code, p.message) for p in problems]
    first = CTI.splitlines().index("knowledge_basis: [research, experts]") + 2  # 1-based
    assert first <= found[0].line < first + profile.count("\n")


def test_the_bundled_v2_is_calm() -> None:
    """The README's first command: the released v2 has no finding at all, and as a draft or
    in review it would have had none either, not even a to-do."""
    assert check_text(CTI, "specs/housing-first-cti/index.md") == []
    for status in ("draft", "review"):
        unreleased = re.sub(r"status: released\nreleased: .*\n", f"status: {status}\n", CTI)
        assert unreleased != CTI
        assert check_text(unreleased, "specs/housing-first-cti/index.md") == []


# Site


def test_the_spec_page_shows_the_profile_and_the_indicators_in_readers_words() -> None:
    partly = "".join(
        f"  {key}: {{status: {'partly' if key == 'protocol' else 'met'}, evidence: Se <b>her</b>}}\n"
        for key in list(EVIDENCE_CRITERIA)[:5]
    )
    record = record_of(with_profile(CTI, partly))
    page = next(p for p in render_pages([record], SiteOptions()) if p.kind == "spec").markdown
    profile = page[page.index('id="evidensprofil"') :]
    assert "4 af 6 kriterier opfyldt, 1 delvist" in profile
    for name, _ in EVIDENCE_CRITERIA.values():
        assert name in profile
    assert "Delvist opfyldt" in profile and "Ikke vurderet" in profile
    assert "Se &lt;b&gt;her&lt;/b&gt;" in profile and "<b>her" not in profile
    # the indicators: outcomes by their text, never their ids; kinds in words
    table = page[page.index("Hvad der måles") :]
    assert "Borgeren bor stabilt et år efter forløbet." in table
    assert "stabil-boligsituation" not in table
    assert "Borgernært resultat" in table and "Implementering" in table
    assert "Opslag i CPR og boligselskabets oplysninger." in table
    assert 'data-label="Sådan måles det"' in table  # a card per row on a phone
    assert "<dt>Hvornår</dt><dd>12 måneder efter afslutningen.</dd>" in table


def test_the_catalog_says_how_many_criteria_are_met_and_filters_by_it() -> None:
    with_one = render_catalog([record_of(CTI)], SiteOptions())
    assert "<dt>Evidens</dt>" in with_one
    assert '<a href="housing-first-cti/#evidensprofil">6 af 6 kriterier opfyldt</a>' in with_one
    assert 'data-evidence="6"' in with_one
    assert 'id="susi-filter-evidence"' in with_one and "Mindst 3 af 6" in with_one
    without = render_catalog(
        [record_of(with_profile(CTI, "").replace("evidence_profile:\n", ""))], SiteOptions()
    )
    assert "Evidens" not in without and "data-evidence" not in without


# Exports


def test_the_tidier_report_and_the_json_carry_the_profile() -> None:
    spec = model_of(CTI)
    origin = Origin.of(spec, "working")
    report = export(spec, origin, "tidier-md", "da").decode()
    section = report[report.index("## Evidensprofil") :]
    assert "| Eksplicit tiltagsbeskrivelse (protokol) | Opfyldt |" in section
    english = export(spec, origin, "tidier-md", "en").decode()
    assert "| Explicit description (protocol) | Met |" in english
    missing = export(model_of(FINAL), origin, "tidier-md", "da").decode()
    assert "**Mangler:** `evidence_profile`." in missing
    data = json.loads(export(spec, origin, "json", "da"))["spec"]
    assert data["evidence_profile"]["protocol"]["status"] == "met"
    assert data["documentation"]["indicators"][0]["nodes"] == ["bor-efter-ni-maaneder"]
    assert Spec.model_validate_json(json.dumps(data)) == spec


# Diff


STATUSES = list(CRITERION_STATUSES)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(STATUSES), st.sampled_from(STATUSES), st.sampled_from(list(EVIDENCE_CRITERIA))
)
def test_a_criterion_more_or_less_met_is_strengthened_or_weakened(
    old: str, new: str, key: str
) -> None:
    def spec(status: str) -> Spec:
        return model_of(with_profile(CTI, f"  {key}: {{status: {status}}}\n"))

    changes = [c for c in diff_specs(spec(old), spec(new)).changes if c.path.startswith("evid")]
    if old == new:
        assert changes == []
        return
    (change,) = changes
    assert change.path == f"evidence_profile/{key}/status" and change.severity == "major"
    assert change.direction is None  # not a specification level: no tightened count
    sentence = describe(change, "da").message.format(str)
    word = "styrket" if CRITERION_ORDER[new] > CRITERION_ORDER[old] else "svækket"
    name = EVIDENCE_CRITERIA[key][0]
    assert sentence == (
        f"«{name}», status {word}: {CRITERION_STATUSES[old][0]} → {CRITERION_STATUSES[new][0]}"
    )


def test_tying_a_text_indicator_reads_as_fields_added() -> None:
    text = "Forældrenes oplevelse af overblik og indflydelse."
    old = model_of(FINAL)
    tied = FINAL.replace(
        f"    - {text}\n",
        f"    - {{id: overblik, what: {text}, timing: Ved afslutning}}\n",
        1,
    )
    assert tied != FINAL, "the bundled final's first indicator"
    changes = diff_specs(old, model_of(tied)).changes
    assert [(c.path, c.kind, c.new) for c in changes] == [
        ("documentation/indicators/4/timing", "added", "Ved afslutning")
    ]
    assert describe(changes[0], "da").message.format(str) == (
        f"«{text}», hvornår tilføjet: «Ved afslutning»"
    )


# The older form keeps its meaning: a list of texts is asked nothing new, at any version.

_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzæøå ", min_size=3, max_size=40)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(_WORDS.filter(lambda t: t.strip() and t.strip()[0].isalpha()), max_size=4),
    st.sampled_from(["1", "2", "3", "final"]),
    st.sampled_from(["draft", "review"]),
)
@example(["true", "no"], "final", "draft")  # found in CI: YAML words that are not text
def test_text_indicators_are_asked_nothing_new(texts: list[str], version: str, status: str) -> None:
    # Quoted: a word like `true` or `no` is otherwise YAML's boolean, not a text.
    items = "".join(f'    - "{" ".join(t.split())}"\n' for t in texts)
    block = f"  indicators:\n{items}" if texts else "  indicators: []\n"
    text = re.sub(r"  indicators:\n(    .*\n)+", block, CTI, count=1)
    text = text.replace("version: 2\n", f"version: {version}\n", 1)
    text = re.sub(r"status: \w+\n(released: .*\n)?", f"status: {status}\n", text, count=1)
    codes = {p.code for p in check_text(text, "specs/housing-first-cti/index.md")}
    assert not codes & {"SP130", "SP131", "SP132"}
    assert ("SP133" in codes) == (version == "final" and bool(texts))
