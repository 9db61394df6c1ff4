"""The diff engine: matching, classification and prose, on small specs parsed from Markdown.

Each case edits a small base spec (string replacements) and reads the change records,
so a test says in a line what was edited and what the diff must report.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from difflib import SequenceMatcher

import pytest

from susi_spec.diff import Change, Segment, SpecDiff, body, diff_specs, prose
from susi_spec.diff.match import Pair, match, moved_pairs
from susi_spec.diff.prose import Words, diff_prose, diff_words
from susi_spec.diff.prose_blocks import block_opcodes, blocks
from susi_spec.loading.document import Section, parse_document
from susi_spec.model.boundary import validate
from susi_spec.model.spec import Spec

BASE = """\
---
schema: susi-spec/1
id: demo
title: Demo-indsats
summary: En lille indsats til test af diff.
version: 1
status: released
released: 2021-03-01
target_group:
  description: Familier med et barn med handicap.
core_elements:
  - id: koordinering
    title: Koordineret sagsbehandling
    level: principle
    what: Familien har én fast koordinator på tværs af forvaltninger.
    activities:
      - Koordinatoren holder et opstartsmøde med familien.
      - Koordinatoren indkalder til netværksmøde hver tredje måned.
    rationale: Én indgang giver familien overblik og tryghed.
  - id: inddragelse
    title: Inddragelse af familien
    level: guideline
    what: Familien er med til at sætte målene for indsatsen.
    rationale: Mål, som familien selv ejer, bliver fulgt.
    options: [Familierådslagning, Netværksmøde]
    decision_rule: Familien vælger metoden ved opstartsmødet.
  - id: helhedssyn
    title: Helhedssyn
    level: rule
    what: Planen dækker hele familien, også søskende.
    rationale: Problemer hænger sammen på tværs af forvaltninger.
    fidelity: [Planen nævner alle børn i familien.]
theory_of_change:
  nodes:
    - {id: opstart, kind: activity, text: Opstartsmøde med familien, core_elements: [koordinering, inddragelse]}
    - {id: plan, kind: output, text: En fælles plan for hele familien}
    - {id: overblik, kind: short_term_outcome, text: Familien har overblik}
  links:
    - {from: opstart, to: plan}
    - {from: plan, to: overblik}
competencies:
  - {id: moedeleder, kind: skillset, text: Kan lede et tværfagligt møde, core_elements: [koordinering]}
---

# Demo-indsats

## Introduktion {#introduction}

Indsatsen samler familiens kontakt til kommunen hos én koordinator, som
familien kan ringe til, når noget er uklart.

Den er udviklet sammen med forældre.

## Indhold og fremgangsmåde {#content}

Indsatsen har tre kerneelementer.

### Koordineret sagsbehandling {#koordinering}

Koordinatoren skal holde opstartsmødet inden for fire uger.
"""


def load(text: str) -> tuple[Spec, list[Section]]:
    document = parse_document(text.encode("utf-8"), "specs/demo/index.md")
    spec, findings = validate(document)
    assert isinstance(spec, Spec), findings
    return spec, list(document.sections)


def edit(*replacements: tuple[str, str], base: str = BASE) -> str:
    """The base spec with each (old, new) replaced exactly once."""
    text = base
    for old, new in replacements:
        assert text.count(old) == 1, f"not exactly once: {old!r}"
        text = text.replace(old, new)
    return text


def diff(old: str, new: str) -> SpecDiff:
    a, a_sections = load(old)
    b, b_sections = load(new)
    return diff_specs(a, b, a_sections, b_sections)


def kinds(changes: Sequence[Change]) -> list[tuple[str, str]]:
    return [(change.kind, change.path) for change in changes]


def only(result: SpecDiff, path_prefix: str = "") -> list[Change]:
    return [c for c in result.changes if c.path.startswith(path_prefix)]


RENAME_ID = (
    ("  - id: koordinering\n", "  - id: fast-koordinator\n"),
    ("[koordinering, inddragelse]", "[fast-koordinator, inddragelse]"),
    ("core_elements: [koordinering]}", "core_elements: [fast-koordinator]}"),
    ("{#koordinering}", "{#fast-koordinator}"),
)


def test_identical_specs_have_no_changes() -> None:
    result = diff(BASE, BASE)
    assert result.changes == ()
    assert result.counts().total == 0


def test_rename_declared_in_previous_ids_is_one_certain_change() -> None:
    declared = (
        "  - id: fast-koordinator\n",
        "  - id: fast-koordinator\n    previous_ids: [koordinering]\n",
    )
    result = diff(BASE, edit(*RENAME_ID, declared, base=BASE))
    assert kinds(result.changes) == [("renamed", "core_elements/fast-koordinator")]
    (change,) = result.changes
    assert (change.old, change.new, change.certainty) == (
        "koordinering",
        "fast-koordinator",
        "declared",
    )
    assert change.severity == "major"
    # Nodes, competencies and the body subsection follow the rename: nothing else changed.


def test_rename_without_previous_ids_is_matched_by_similarity_and_flagged() -> None:
    result = diff(BASE, edit(*RENAME_ID))
    (change,) = result.changes
    assert change.kind == "renamed"
    assert change.certainty == "probable"
    assert change.needs_review
    assert "probable-match" in change.notes
    assert change.score is not None and change.score >= 0.9


def test_fuzzy_match_survives_a_reworded_title_and_text() -> None:
    new = edit(
        *RENAME_ID,
        (
            "title: Koordineret sagsbehandling",
            "title: Koordineret sagsbehandling med fast koordinator",
        ),
        (
            "på tværs af forvaltninger.\n    activities",
            "på tværs af alle forvaltninger.\n    activities",
        ),
    )
    result = diff(BASE, new)
    renamed = [c for c in result.changes if c.kind == "renamed"]
    assert [(c.old, c.new, c.certainty) for c in renamed] == [
        ("koordinering", "fast-koordinator", "probable")
    ]
    assert not [c for c in result.changes if c.kind in ("added", "removed")]
    title = next(c for c in result.changes if c.path.endswith("/title"))
    assert title.certainty == "probable"


AMBIGUOUS = """\
  - id: opfoelgning-maaned
    title: Opfølgning hver måned
    level: principle
    what: Koordinatoren følger op på planen med familien hver måned.
  - id: opfoelgning-uge
    title: Opfølgning hver uge
    level: principle
    what: Koordinatoren følger op på planen med familien hver uge.
theory_of_change:"""


def test_an_ambiguous_match_is_not_asserted_but_flagged() -> None:
    old = edit(("theory_of_change:", AMBIGUOUS))
    new = edit(
        (
            "theory_of_change:",
            "  - id: opfoelgning\n    title: Opfølgning hver dag\n    level: principle\n"
            "    what: Koordinatoren følger op på planen med familien hver dag.\ntheory_of_change:",
        )
    )
    result = diff(old, new)
    assert {(c.kind, c.core_element) for c in result.changes} == {
        ("removed", "opfoelgning-maaned"),
        ("removed", "opfoelgning-uge"),
        ("added", "opfoelgning"),
    }
    added = next(c for c in result.changes if c.kind == "added")
    assert added.needs_review and "ambiguous-match" in added.notes
    assert set(added.candidates) == {"opfoelgning-maaned", "opfoelgning-uge"}
    assert not [c for c in result.changes if c.kind == "renamed"]


@pytest.mark.parametrize(
    ("old_level", "new_level", "direction"),
    [
        pytest.param("principle", "guideline", "tightened", id="principle-guideline"),
        pytest.param("principle", "rule", "tightened", id="principle-rule"),
        pytest.param("guideline", "rule", "tightened", id="guideline-rule"),
        pytest.param("rule", "principle", "loosened", id="rule-principle"),
        pytest.param("guideline", "principle", "loosened", id="guideline-principle"),
    ],
)
def test_level_change_has_a_direction(old_level: str, new_level: str, direction: str) -> None:
    old = edit(
        (
            "    level: principle\n    what: Familien har",
            f"    level: {old_level}\n    what: Familien har",
        )
    )
    new = edit(
        (
            "    level: principle\n    what: Familien har",
            f"    level: {new_level}\n    what: Familien har",
        )
    )
    (change,) = diff(old, new).changes
    assert (change.kind, change.path) == ("modified", "core_elements/koordinering/level")
    assert (change.old, change.new) == (old_level, new_level)
    assert change.direction == direction
    assert change.severity == "major"


def test_removed_core_element_is_major_and_keeps_its_content() -> None:
    helhedssyn = BASE[BASE.index("  - id: helhedssyn") : BASE.index("theory_of_change:")]
    result = diff(BASE, edit((helhedssyn, "")))
    (change,) = result.changes
    assert (change.kind, change.path, change.severity) == (
        "removed",
        "core_elements/helhedssyn",
        "major",
    )
    assert isinstance(change.old, dict) and change.old["level"] == "rule"
    assert change.label == "Helhedssyn"


def test_added_core_element_and_its_subsection() -> None:
    element = (
        "  - id: opfoelgning\n    title: Systematisk opfølgning\n    level: principle\n"
        "    what: Koordinatoren følger op.\n"
    )
    body = "\n### Systematisk opfølgning {#opfoelgning}\n\nMålene gennemgås hver tredje måned.\n"
    result = diff(BASE, edit(("theory_of_change:", element + "theory_of_change:")) + body)
    assert kinds(result.changes) == [
        ("added", "core_elements/opfoelgning"),
        ("added", "body/content/opfoelgning"),
    ]
    assert result.changes[0].severity == "major"
    assert result.changes[1].core_element == "opfoelgning"


def _element(text: str, element_id: str) -> str:
    start = text.index(f"  - id: {element_id}\n")
    end = (
        text.index("  - id: ", start + 1)
        if element_id != "helhedssyn"
        else text.index("theory_of_change:")
    )
    return text[start:end]


@pytest.mark.parametrize(
    ("order", "moved"),
    [
        pytest.param(
            ("inddragelse", "helhedssyn", "koordinering"), ["koordinering"], id="first-to-last"
        ),
        pytest.param(
            ("helhedssyn", "koordinering", "inddragelse"), ["helhedssyn"], id="last-to-first"
        ),
        pytest.param(("inddragelse", "koordinering", "helhedssyn"), ["koordinering"], id="swap"),
    ],
)
def test_moves_are_the_fewest_by_longest_increasing_subsequence(
    order: tuple[str, str, str], moved: list[str]
) -> None:
    parts = {name: _element(BASE, name) for name in ("koordinering", "inddragelse", "helhedssyn")}
    start = BASE.index("  - id: koordinering")
    end = BASE.index("theory_of_change:")
    new = BASE[:start] + "".join(parts[name] for name in order) + BASE[end:]
    result = diff(BASE, new)
    assert [c.core_element for c in result.changes if c.kind == "moved"] == moved
    assert all(c.kind == "moved" for c in result.changes)


def test_rewrapped_paragraph_is_editorial_only() -> None:
    new = edit(
        (
            "hos én koordinator, som\nfamilien kan ringe til, når noget er uklart.",
            "hos én koordinator,\nsom familien kan ringe til,   når noget er uklart.",
        )
    )
    (change,) = diff(BASE, new).changes
    assert (change.kind, change.path, change.severity) == (
        "modified",
        "body/introduction",
        "editorial",
    )
    assert change.notes == ("whitespace",)
    assert change.segments == ()


def test_word_change_in_body_has_word_segments() -> None:
    new = edit(("familien kan ringe til", "familien altid kan ringe til"))
    (change,) = diff(BASE, new).changes
    assert (change.kind, change.path, change.severity) == (
        "modified",
        "body/introduction/1",
        "minor",
    )
    ops = [(s.op, s.text) for s in change.segments]
    assert ("insert", "altid ") in ops or ("insert", " altid") in ops
    assert all(op != "delete" for op, _ in ops)


def test_segments_rebuild_both_texts_and_never_cross_a_paragraph() -> None:
    old = "Koordinatoren skal holde mødet.\n\nFamilien vælger selv deltagerne i mødet."
    new = "Koordinatoren bør holde et møde.\n\nFamilien vælger selv, hvem der deltager i mødet."
    prose = diff_prose(old, new)
    assert prose is not None
    kept = "".join(s.text for s in prose.segments if s.op != "insert")
    made = "".join(s.text for s in prose.segments if s.op != "delete")
    assert kept == "Koordinatoren skal holde mødet.\n\nFamilien vælger selv deltagerne i mødet."
    assert (
        made
        == "Koordinatoren bør holde et møde.\n\nFamilien vælger selv, hvem der deltager i mødet."
    )
    assert all("\n" not in s.text for s in prose.segments if s.op != "equal")
    assert prose.direction == "loosened"


@pytest.mark.parametrize(
    ("old", "new", "severity", "direction"),
    [
        pytest.param("Man skal ringe.", "Man bør ringe.", "major", "loosened", id="skal-boer"),
        pytest.param("Man kan ringe.", "Man skal ringe.", "major", "tightened", id="kan-skal"),
        pytest.param(
            "Man skal ringe.", "Man skal ikke ringe.", "minor", None, id="negation-is-no-move"
        ),
        pytest.param(
            "Man skal ringe, i dag.", "Man skal ringe i dag!", "editorial", None, id="punctuation"
        ),
        pytest.param("Man skal ringe.", "man skal ringe.", "editorial", None, id="case"),
        pytest.param("Man ringer.", "Man skriver.", "minor", None, id="word"),
    ],
)
def test_prose_classification(old: str, new: str, severity: str, direction: str | None) -> None:
    prose = diff_prose(old, new)
    assert prose is not None
    assert (prose.severity, prose.direction) == (severity, direction)


def test_modal_change_in_body_is_major_and_loosened() -> None:
    new = edit(("Koordinatoren skal holde", "Koordinatoren bør holde"))
    (change,) = diff(BASE, new).changes
    assert change.path == "body/content/koordinering/1"
    assert (change.severity, change.direction, change.core_element) == (
        "major",
        "loosened",
        "koordinering",
    )


def test_links_are_remapped_after_a_node_rename() -> None:
    new = edit(
        ("{id: opstart, kind", "{id: opstartsmoede, kind"),
        ("{from: opstart, to: plan}", "{from: opstartsmoede, to: plan}"),
    )
    result = diff(BASE, new)
    assert kinds(result.changes) == [("renamed", "theory_of_change/nodes/opstartsmoede")]
    assert result.changes[0].certainty == "probable"


def test_links_are_remapped_after_a_core_element_rename() -> None:
    declared = (
        "  - id: fast-koordinator\n",
        "  - id: fast-koordinator\n    previous_ids: [koordinering]\n",
    )
    result = diff(BASE, edit(*RENAME_ID, declared))
    assert not only(result, "theory_of_change")
    assert not only(result, "competencies")


def test_link_added_and_removed_are_major() -> None:
    new = edit(("{from: plan, to: overblik}", "{from: opstart, to: overblik}"))
    result = diff(BASE, new)
    assert kinds(result.changes) == [
        ("removed", "theory_of_change/links/plan->overblik"),
        ("added", "theory_of_change/links/opstart->overblik"),
    ]
    assert {c.severity for c in result.changes} == {"major"}
    assert result.changes[1].label == "Opstartsmøde med familien → Familien har overblik"


def test_reworded_activity_is_one_modified_item() -> None:
    new = edit(("netværksmøde hver tredje måned", "netværksmøde hver anden måned"))
    (change,) = diff(BASE, new).changes
    assert (change.kind, change.entity, change.path) == (
        "modified",
        "item",
        "core_elements/koordinering/activities/2",
    )
    assert [s.text for s in change.segments if s.op != "equal"] == ["tredje", "anden"]


def test_rule_content_is_major_and_guideline_options_too() -> None:
    new = edit(
        ("Planen nævner alle børn i familien.", "Planen nævner alle børn og voksne i familien."),
        (
            "options: [Familierådslagning, Netværksmøde]",
            "options: [Familierådslagning, Netværksmøde, Signs of Safety]",
        ),
        ("Én indgang giver familien overblik", "Én indgang giver hele familien overblik"),
    )
    severities = {c.path: c.severity for c in diff(BASE, new).changes}
    assert severities == {
        "core_elements/koordinering/rationale": "minor",
        "core_elements/inddragelse/options/3": "major",
        "core_elements/helhedssyn/fidelity/1": "major",
    }


FRAME = """\
changes:
  - what: Koordinatoren holder nu møde hver anden måned.
    why: Seminaret ønskede tættere kontakt.
    core_elements: [{ref}]
---"""


@pytest.mark.parametrize(
    ("ref", "flagged"),
    [
        pytest.param("koordinering", False, id="mentioned"),
        pytest.param("helhedssyn", True, id="other-element"),
    ],
)
def test_change_not_mentioned_in_frame_is_flagged(ref: str, flagged: bool) -> None:
    new = edit(
        ("netværksmøde hver tredje måned", "netværksmøde hver anden måned"),
        ("\n---\n\n# Demo", "\n" + FRAME.format(ref=ref) + "\n\n# Demo"),
    )
    result = diff(BASE, new)
    (change,) = result.changes
    assert change.needs_review is flagged
    assert ("not-in-changes" in change.notes) is flagged
    assert [entry.core_elements for entry in result.frame] == [(ref,)]


def test_frame_may_name_a_renamed_element_by_its_old_id() -> None:
    declared = (
        "  - id: fast-koordinator\n",
        "  - id: fast-koordinator\n    previous_ids: [koordinering]\n",
    )
    new = edit(
        *RENAME_ID,
        declared,
        ("\n---\n\n# Demo", "\n" + FRAME.format(ref="koordinering") + "\n\n# Demo"),
    )
    (change,) = diff(BASE, new).changes
    assert change.kind == "renamed" and not change.needs_review


def test_other_fields_are_diffed() -> None:
    new = edit(
        (
            "summary: En lille indsats til test af diff.",
            "summary: En lille indsats til test af diff og rapporter.",
        ),
        (
            "  description: Familier med et barn med handicap.",
            "  description: Familier med et barn med handicap.\n  inclusion: [Barnet er under 18 år.]",
        ),
        ("text: Kan lede et tværfagligt møde,", "text: Kan lede et tværfagligt netværksmøde,"),
        ("status: released\nreleased: 2021-03-01", "status: draft"),
    )
    assert kinds(diff(BASE, new).changes) == [
        ("modified", "summary"),
        ("modified", "status"),
        ("removed", "released"),
        ("added", "target_group/inclusion/1"),
        ("modified", "competencies/moedeleder/text"),
    ]


def test_swapping_sides_swaps_added_and_removed_and_directions() -> None:
    new = edit(
        ("    level: rule\n", "    level: principle\n"),
        (
            "theory_of_change:",
            "  - id: ny\n    title: Nyt element\n    level: principle\ntheory_of_change:",
        ),
    )
    forward = {(c.kind, c.path, c.direction) for c in diff(BASE, new).changes}
    backward = {(c.kind, c.path, c.direction) for c in diff(new, BASE).changes}
    assert forward == {
        ("modified", "core_elements/helhedssyn/level", "loosened"),
        ("added", "core_elements/ny", None),
    }
    assert backward == {
        ("modified", "core_elements/helhedssyn/level", "tightened"),
        ("removed", "core_elements/ny", None),
    }


@pytest.mark.parametrize(
    ("pairs", "moved"),
    [
        pytest.param([(0, 0), (1, 1), (2, 2)], set(), id="in-order"),
        pytest.param([(0, 1), (1, 2), (2, 0)], {2}, id="last-first"),
        pytest.param([(0, 3), (1, 0), (2, 1), (3, 2)], {0}, id="first-last"),
        pytest.param([(0, 1), (1, 0)], {0}, id="swap"),
    ],
)
def test_moved_pairs(pairs: list[tuple[int, int]], moved: set[int]) -> None:
    assert set(moved_pairs([Pair(a, b, "exact") for a, b in pairs])) == moved


def test_match_prefers_id_then_lineage() -> None:
    result = match(["a", "b", "c"], ["b", "x", "a"], lineage=[[], ["c"], []])
    assert sorted((p.old, p.new, p.certainty) for p in result.pairs) == [
        (0, 2, "exact"),
        (1, 0, "exact"),
        (2, 1, "declared"),
    ]
    assert result.removed == () and result.added == ()


def test_blocks_split_paragraphs_and_list_items() -> None:
    text = "Et afsnit\nover to linjer.\n\n- punkt et\n- punkt to\n  fortsat\n\n## Overskrift"
    assert blocks(text) == [
        "Et afsnit\nover to linjer.",
        "- punkt et",
        "- punkt to\n  fortsat",
        "## Overskrift",
    ]


def test_word_diff_is_word_level() -> None:
    segments = diff_words("Familien vælger metoden.", "Familien vælger selv metoden.")
    assert [(s.op, s.text) for s in segments] == [
        ("equal", "Familien vælger "),
        ("insert", "selv "),
        ("equal", "metoden."),
    ]


def test_many_elements_every_one_edited() -> None:
    """40 elements, every one edited, with a long body: each edit found once, in order.

    Its speed is measured in bench/bench_history.py; tests assert no wall-clock times."""

    def spec(version: int, word: str) -> str:
        elements = "".join(
            f"  - id: element-{n}\n    title: Element nummer {n}\n    level: principle\n"
            f"    what: Koordinatoren {word} opgave {n} sammen med familien.\n"
            f"    activities: [Aktivitet {n} {word} hver måned.]\n"
            for n in range(40)
        )
        body = "\n\n".join(f"Afsnit {n} hvor koordinatoren {word} familien." for n in range(300))
        return (
            f"---\nschema: susi-spec/1\nid: demo\ntitle: Demo\nversion: {version}\nstatus: draft\n"
            f"core_elements:\n{elements}---\n\n## Introduktion {{#introduction}}\n\n{body}\n"
        )

    old, new = load(spec(1, "løser")), load(spec(2, "planlægger"))
    result = diff_specs(old[0], new[0], old[1], new[1])
    assert len(result.changes) == 40 * 2 + 300
    assert all(change.kind == "modified" for change in result.changes)
    element_paths = [c.path for c in result.changes if c.path.startswith("core_elements/")]
    assert element_paths[:2] == [
        "core_elements/element-0/what",
        "core_elements/element-0/activities/1",
    ]


def test_counting_changes_works_out_no_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """The timeline counts changes; words are worked out only when a report reads them, or
    when both texts name a modal verb (the one classification that needs them)."""
    texts: list[str] = []

    def counted(old: str, new: str) -> list[Segment]:
        texts.append(old)
        return diff_words(old, new)

    monkeypatch.setattr(prose, "diff_words", counted)
    monkeypatch.setattr(body, "diff_words", counted)
    new = edit(
        ("Den er udviklet sammen med forældre.", "Den er udviklet sammen med forældre og fagfolk."),
        ("what: Familien har én fast", "what: Familien har altid én fast"),
        ("opstartsmøde med familien.\n", "opstartsmøde med hele familien.\n"),
    )
    result = diff(BASE, new)
    assert result.counts().kind["modified"] == 3 and texts == []
    segments = [s for change in result.changes for s in change.segments]  # a report reads them
    assert ("insert", "hele ") in [(s.op, s.text) for s in segments] and len(texts) == 3
    texts.clear()
    result = diff(BASE, edit(("Koordinatoren skal holde", "Koordinatoren bør holde")))
    assert result.counts().loosened == 1
    assert texts == ["Koordinatoren skal holde opstartsmødet inden for fire uger."]


def test_words_read_like_the_tuple_of_their_segments() -> None:
    words = Words(diff_words, "Familien vælger metoden.", "Familien vælger selv metoden.")
    segments = tuple(diff_words("Familien vælger metoden.", "Familien vælger selv metoden."))
    assert words == segments and segments == words and hash(words) == hash(segments)
    assert (len(words), words[1], words[1:]) == (3, segments[1], segments[1:])
    assert repr(words) == repr(segments) and list(words) == list(segments)


def test_block_opcodes_are_sequence_matchers() -> None:
    """Matching only the middle of two block lists (no block repeated) gives SequenceMatcher's
    opcodes for the whole lists; with repeats the whole lists are matched."""
    rng = random.Random(7)
    for _ in range(3000):
        names = [f"Afsnit {n}." for n in range(rng.randint(1, 9))]
        old = rng.sample(names, rng.randint(0, len(names)))
        new = list(old)
        for _ in range(rng.randint(0, 3)):
            where = rng.randint(0, len(new))
            roll = rng.random()
            if roll < 0.3 and new:
                del new[where - 1]
            elif roll < 0.6:
                new.insert(where, f"Nyt afsnit {where}.")
            elif roll < 0.8 and new:
                new.insert(where, new[rng.randrange(len(new))])  # a repeated block
            elif new:
                i, j = rng.randrange(len(new)), rng.randrange(len(new))
                new[i], new[j] = new[j], new[i]
        expected = SequenceMatcher(None, old, new, False).get_opcodes()
        assert list(block_opcodes(old, new)) == expected, (old, new)


TEMPLATE_NOTE = "<!-- Fra v1 skal alle afsnit være med:\n## Målgruppe {#target-group}\n"
TEMPLATE_NOTE += "## Omkostninger {#costs}\n-->\n\n"


def test_an_html_comment_is_not_text_to_diff() -> None:
    """Removing the template's note (headings inside a comment) changes nothing a reader sees."""
    anchor = "## Indhold og fremgangsmåde {#content}"
    assert anchor in BASE
    noted = BASE.replace(anchor, TEMPLATE_NOTE + anchor, 1)
    assert diff(noted, BASE).changes == ()
    assert diff(BASE, noted.replace("Fra v1", "Fra version 1")).changes == ()
