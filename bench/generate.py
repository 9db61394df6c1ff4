"""Generate realistic, valid spec folders for benchmarks: `specs/<id>/index.md`.

Each file is what an author would write (about 16 KB: 8 KB of YAML front matter, 8 KB of
Markdown body, Danish-like prose with æøå). Versions are a mix of 1, 2, 3 and final, and
every file checks clean with `susi check`: core elements of all three levels with what
their level needs, a theory of change of about 15 nodes and 20 forward links that traces
to the core elements, competencies, delivery, implementation and the nine body sections.

With `little=True` (`--little`) each file is a v0 draft instead: the same kind of body
under about 20 lines of front matter (one core element), as a spec starts out.

The YAML is kept valid under both YAML 1.2 (our loader) and YAML 1.1 (PyYAML's
CSafeLoader, used for the floor): no yes/no/on words, unquoted ISO dates only.

    python bench/generate.py OUT_DIR [--n 1000] [--seed 42] [--little]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path


def _split(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


WORDS = _split(
    "familien barnet forældrene koordinatoren sagsbehandleren kommunen forvaltningen "
    "indsatsen praksis netværket mødet planen målene trivsel overblik tryghed hverdagen "
    "skolen hjemmet ungdommen medarbejderen lederen teamet fællesskabet borgeren støtten "
    "samarbejdet dialogen ejerskab inddragelse helhedssyn tillid relationen udviklingen "
    "læring mestring håb ressourcer styrker bekymringer udfordringer behov ønsker "
    "fremskridt opfølgning evaluering dokumentation kvalitet rammerne vejledningen "
    "forløbet overgangen udslusning visitation afklaring handleplanen journalen "
    "sundhedsplejersken pædagogen lærerne psykologen socialrådgiveren jobcentret boligen "
    "økonomien fritiden søskende bedsteforældre venner naboer foreningen"
)
VERBS = _split(
    "styrker understøtter skaber sikrer fremmer giver samler aftaler følger vurderer "
    "drøfter inddrager møder afklarer beskriver tilpasser prioriterer koordinerer deler "
    "justerer dokumenterer øger mindsker bygger åbner lukker bærer løfter værner"
)
ADJECTIVES = _split(
    "fælles tydelig faste tværfaglige systematisk løbende konkrete trygge nære "
    "anerkendende helhedsorienteret målrettet rolig fleksibel stabil åben grundig "
    "forebyggende lokale særlige små større første næste vigtige nødvendige"
)
SMALL = _split("og i på med til for af som det at en et der når hvor efter før under over")
TITLE_HEADS = _split(
    "Koordineret sagsbehandling|Inddragelse af familien|Helhedssyn|Fast kontaktperson|"
    "Netværksmøder|Fælles handleplan|Opfølgning hver måned|Tværfagligt team|"
    "Relationsarbejde|Tidlig opsporing|Overgang til voksenlivet|Mestring i hverdagen|"
    "Forældrestøtte|Søskendegrupper|Brobygning til skolen|Boligstøtte|"
    "Økonomisk rådgivning|Fritidsvejledning|Mentorordning|Tillidsbaseret dialog|"
    "Fælles målsætning|Ressourceorienteret tilgang|Traumebevidst praksis|Kriseberedskab|"
    "Fællesskab og netværk|Målrettet visitation|Løbende evaluering|Borgerens stemme|"
    "Styrket samarbejde|Kontinuitet i forløbet|Udslusning og efterværn",
    "|",
)
INTERVENTIONS = _split(
    "Én familie én indgang|Housing First|Unge på vej|Stærke forældre|Tryg hverdag|"
    "Sammen om barnet|Vejen til job|Et godt voksenliv|Familien i centrum|"
    "Netværk der bærer|Skolen som fællesskab|Bolig og trivsel|Tidlig indsats|"
    "Fælles fodslag|Mod på livet",
    "|",
)
PLACES = _split(
    "ballerup fredericia aarhus odense aalborg esbjerg vejle horsens randers kolding "
    "silkeborg herning roskilde naestved svendborg viborg holstebro hjoerring koege "
    "frederiksberg"
)
OPTIONS = _split(
    "Familierådslagning|Inddragende netværksmøde|Signs of Safety|"
    "Løsningsfokuseret samtale|Motiverende samtale|Gruppeforløb|Hjemmebesøg|Videomøde|"
    "Fællesmøde på skolen|Mentorsamtale|Forældrekursus|Netværkskort|Trivselsskala|"
    "Kontaktbog",
    "|",
)
TOOLS = _split(
    "ICS|Signs of Safety|Netværkskort|Trivselsskala|Samtaleguide|Handleplansskema|"
    "Outcome Rating Scale|Session Rating Scale|Bekymringsskala|Mødereferat",
    "|",
)
NAMES = _split(
    "Anne Sørensen|Jens Mølgaard|Søren Kjær|Mette Holm|Birgitte Nørgaard|Lars Østergaard|"
    "Hanne Bæk|Peter Dahl|Karen Løvgren|Ole Brønd",
    "|",
)
OUTPUT_KINDS = ("output", "short_term_outcome", "medium_term_outcome", "long_term_outcome")


def slug(text: str) -> str:
    """A valid id from Danish text: æ→ae, ø→oe, å→aa, lowercase, hyphens."""
    out = text.lower()
    for danish, latin in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e")):
        out = out.replace(danish, latin)
    cleaned = "".join(c if c.isascii() and c.isalnum() else "-" for c in out)
    return "-".join(part for part in cleaned.split("-") if part)[:60]


class Writer:
    """Danish-like prose from a seeded random source."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def words(self, low: int, high: int) -> list[str]:
        rng = self.rng
        out: list[str] = []
        for i in range(rng.randint(low, high)):
            pool = (WORDS, VERBS, ADJECTIVES, SMALL)[i % 4 if rng.random() < 0.7 else 0]
            out.append(rng.choice(pool))
        return out

    def sentence(self, low: int = 8, high: int = 16, commas: bool = True) -> str:
        words = self.words(low, high)
        if commas and len(words) > 8 and self.rng.random() < 0.4:
            words[len(words) // 2] += ","
        return " ".join(words).capitalize() + "."

    def sentences(self, count: int, low: int = 8, high: int = 16) -> str:
        return " ".join(self.sentence(low, high) for _ in range(count))

    def phrase(self, low: int = 3, high: int = 7) -> str:
        """Text safe inside a YAML flow mapping: no commas, colons or brackets."""
        return " ".join(self.words(low, high)).capitalize()


def _folded(key: str, text: str, indent: str, width: int = 88) -> list[str]:
    """`key: >-` and the text wrapped on the following lines, as editors write it."""
    lines = [f"{indent}{key}: >-"]
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(f"{indent}  {line}")
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(f"{indent}  {line}")
    return lines


def _text(key: str, text: str, indent: str) -> list[str]:
    return [f"{indent}{key}: {text}"] if len(text) < 90 else _folded(key, text, indent)


def _items(key: str, values: list[str], indent: str) -> list[str]:
    return [f"{indent}{key}:", *(f"{indent}  - {value}" for value in values)]


def _flow(values: list[str]) -> str:
    return "[" + ", ".join(values) + "]"


def _element_ids(rng: random.Random, count: int) -> list[tuple[str, str]]:
    titles = rng.sample(TITLE_HEADS, count)
    return [(title, slug(title)) for title in titles]


def _levels(rng: random.Random, count: int) -> list[str]:
    levels = ["rule", "guideline", "principle"]
    levels += [rng.choice(("rule", "guideline", "principle")) for _ in range(count - 3)]
    rng.shuffle(levels)
    return levels


def _core_elements(
    w: Writer, elements: list[tuple[str, str]], levels: list[str], final: bool
) -> list[str]:
    rng = w.rng
    out = ["core_elements:"]
    for (title, ident), level in zip(elements, levels, strict=True):
        out.append(f"  - id: {ident}")
        out.append(f"    title: {title}")
        out.append(f"    level: {level}")
        out.append(f"    evidence: {rng.choice(('documented', 'presumed', 'presumed'))}")
        out += _text("what", w.sentence(4, 8), "    ")
        out += _items(
            "activities", [w.sentence(3, 6) for _ in range(rng.choice((2, 2, 3)))], "    "
        )
        out += _text("rationale", w.sentences(rng.choice((1, 1, 1, 2)), 4, 8), "    ")
        if rng.random() < 0.2:
            out.append(f"    tools: {_flow(rng.sample(TOOLS, 2))}")
        if rng.random() < 0.1:
            out += _text("adaptable", w.sentence(5, 8), "    ")
        if level == "guideline":
            out.append(f"    options: {_flow(rng.sample(OPTIONS, rng.randint(2, 3)))}")
            out += _text("decision_rule", w.sentence(4, 7), "    ")
        fidelity = level == "rule" or (level == "guideline" and (final or rng.random() < 0.5))
        if level == "principle":
            out.append("    practice_profile:")
            out += _text("expected", w.sentence(3, 4), "      ")
            out += _text("developmental", w.sentence(3, 4), "      ")
            out += _text("unacceptable", w.sentence(3, 4), "      ")
            fidelity = rng.random() < 0.3
        if fidelity:
            criteria = [w.sentence(3, 6) for _ in range(rng.choice((1, 1, 2)))]
            out += _items("fidelity", criteria, "    ")
    return out


def _theory(w: Writer, element_ids: list[str]) -> list[str]:
    """About 15 nodes in causal layers and about 20 forward links; all reachable."""
    rng = w.rng
    counts = [rng.randint(4, 5), 3, rng.randint(3, 4), 2, rng.randint(1, 2)]
    kinds = ["activity", *OUTPUT_KINDS]
    layers: list[list[str]] = []
    used: set[str] = set()
    out = ["theory_of_change:"]
    out += _text("problem", w.sentence(8, 12), "  ")
    out.append("  nodes:")
    for layer, (kind, count) in enumerate(zip(kinds, counts, strict=True)):
        ids = []
        for _ in range(count):
            base = slug(rng.choice(WORDS))
            ident = f"{kind[:3]}-{base}" if base else f"{kind[:3]}-node"
            while ident in used:
                ident += "-x"
            used.add(ident)
            ids.append(ident)
        layers.append(ids)
        if layer == 0:
            # Every activity carries out core elements, and every element has an activity.
            owners: list[list[str]] = [[] for _ in ids]
            for position, element in enumerate(element_ids):
                owners[position % len(ids)].append(element)
            for ident, names in zip(ids, owners, strict=True):
                out.append(
                    f"    - {{id: {ident}, kind: activity, text: {w.phrase(1, 3)}, "
                    f"core_elements: {_flow(names)}}}"
                )
        else:
            for ident in ids:
                extra = f", instrument: {rng.choice(TOOLS)}" if layer >= 2 else ""
                out.append(f"    - {{id: {ident}, kind: {kind}, text: {w.phrase(1, 3)}{extra}}}")
    links: list[tuple[str, str]] = []
    for layer in range(1, len(layers)):
        for target in layers[layer]:
            links.append((rng.choice(layers[layer - 1]), target))
    wanted = rng.randint(19, 22)
    flat = [(layer, ident) for layer, ids in enumerate(layers) for ident in ids]
    tries = 0
    while len(links) < wanted and tries < 200:
        tries += 1
        (la, a), (lb, b) = rng.sample(flat, 2)
        if la > lb:
            (la, a), (lb, b) = (lb, b), (la, a)
        if la < lb and (a, b) not in links:
            links.append((a, b))
    out.append("  links:")
    out += [f"    - {{from: {a}, to: {b}}}" for a, b in links]
    out += _items("assumptions", [w.sentence(5, 8) for _ in range(2)], "  ")
    return out


def spec_text(rng: random.Random, number: int) -> tuple[str, str]:
    """The id and the full text of one generated spec."""
    w = Writer(rng)
    title = f"{rng.choice(INTERVENTIONS)} {number}"
    spec_id = slug(title)
    version: int | str = rng.choice((1, 1, 2, 2, 3, "final"))
    final = version == "final"
    status = rng.choice(("draft", "review", "released", "released"))
    count = rng.randint(7, 9)
    elements = _element_ids(rng, count)
    element_ids = [ident for _, ident in elements]
    levels = _levels(rng, count)

    fm = ["---", "schema: susi-spec/1", f"id: {spec_id}", f"title: {title}"]
    fm += _folded("summary", w.sentences(2, 6, 10), "")
    fm.append(f"version: {version}")
    fm.append(f"status: {status}")
    if status == "released":
        fm.append(
            f"released: {rng.randint(2018, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        )
    fm.append(f"milestone: {rng.choice(('Opstart', 'Metodeseminar 1', 'Midtvejsevaluering'))}")
    fm.append(f"phase: {'pilot' if final else rng.choice(('maturation', 'pilot'))}")
    fm.append(f"intervention_type: {rng.choice(('citizen', 'organisational', 'integrated'))}")
    basis = rng.sample(["promising_practice", "research", "experts", "theory"], rng.randint(1, 3))
    fm.append(f"knowledge_basis: {_flow(basis)}")
    fm.append(f"places: {_flow(rng.sample(PLACES, rng.randint(2, 4)))}")
    fm.append("")
    fm.append("target_group:")
    fm += _folded("description", w.sentences(rng.randint(1, 2), 6, 10), "  ")
    fm += _items("inclusion", [w.sentence(5, 9, commas=False) for _ in range(2)], "  ")
    fm += _items("exclusion", [w.sentence(5, 9, commas=False) for _ in range(1)], "  ")
    fm.append("")
    fm.append("# Kerneelementer: HVAD, HVORDAN og HVORFOR.")
    fm += _core_elements(w, elements, levels, final)
    fm.append("")
    fm += _theory(w, element_ids)
    fm.append("")
    fm.append("competencies:")
    for kind in ("mindset", "skillset", "toolset"):
        refs = rng.sample(element_ids, 2)
        fm.append(
            f"  - {{id: {kind}-{slug(rng.choice(WORDS))}, kind: {kind}, text: {w.phrase(3, 6)}, "
            f"core_elements: {_flow(refs)}}}"
        )
    fm.append("")
    fm.append("implementation:")
    for level in ("individual", "interpersonal", "institutional", "infrastructural"):
        fm += _items(level, [w.sentence(5, 9) for _ in range(rng.choice((1, 1, 2)))], "  ")
    fm.append("documentation:")
    fm += _items("indicators", [w.sentence(5, 9, commas=False) for _ in range(2)], "  ")
    fm.append(f"  tools: {_flow(rng.sample(TOOLS, 2))}")
    fm.append("delivery:")
    fm.append(f"  mode: {_flow(rng.sample(['individual', 'family', 'group', 'network'], 2))}")
    fm.append("  setting: [hjemmet, kommunen]")
    fm += _text("dose", w.sentence(8, 12), "  ")
    fm.append("materials:")
    fm.append(
        f"  - {{title: Manual, url: 'https://example.org/{spec_id}/manual.pdf', "
        f"purpose: {w.phrase(3, 5)}}}"
    )
    fm += _items("risks", [w.sentence(6, 10) for _ in range(2)], "")
    fm.append("legal_basis: [Serviceloven § 11, Serviceloven § 52]")
    fm.append("contributors:")
    for name, role, voice in zip(
        rng.sample(NAMES, 3),
        ("owner", "author", "consulted"),
        ("management", "practice", "citizen"),
        strict=True,
    ):
        fm.append(f"  - {{name: {name}, role: {role}, voice: {voice}}}")
    if version == "final" or (isinstance(version, int) and version >= 2):
        fm.append("")
        fm.append("# Hvorfor denne version adskiller sig fra den forrige (FRAME).")
        fm.append("changes:")
        for _ in range(rng.randint(1, 2)):
            fm.append(f"  - what: {w.sentence(6, 10)}")
            fm += _text("why", w.sentence(8, 14), "    ")
            fm.append(f"    decided_by: {rng.choice(('Metodeseminar', 'Styregruppen'))}")
            fm.append(f"    planned: {rng.choice(('true', 'false'))}")
            fm.append("    fidelity_consistent: true")
            fm.append(f"    core_elements: {_flow(rng.sample(element_ids, 1))}")
    if final or rng.random() < 0.5:
        fm.append("costs:")
        for category in ("preparation", "training", "operation", "equipment"):
            fm += _text(category, w.sentence(6, 10), "  ")
    fm.append("---")
    return spec_id, "\n".join(fm) + "\n" + _body(w, title, elements) + "\n"


def little_spec_text(rng: random.Random, number: int) -> tuple[str, str]:
    """The id and the full text of one v0 draft: little front matter, a full body."""
    w = Writer(rng)
    title = f"{rng.choice(INTERVENTIONS)} {number}"
    spec_id = slug(title)
    elements = _element_ids(rng, 1)
    (element_title, element_id) = elements[0]
    fm = ["---", "schema: susi-spec/1", f"id: {spec_id}", f"title: {title}"]
    fm += _folded("summary", w.sentences(2, 6, 10), "")
    fm += ["version: 0", "status: draft", "milestone: Screening", "phase: screening"]
    fm.append(f"intervention_type: {rng.choice(('citizen', 'organisational', 'integrated'))}")
    fm += ["knowledge_basis: [promising_practice]", "", "target_group:"]
    fm += _text("description", w.sentence(6, 10), "  ")
    fm += ["  inclusion: []", "  exclusion: []", "", "core_elements:"]
    fm += [f"  - id: {element_id}", f"    title: {element_title}", "    level: principle"]
    fm += ["    evidence: presumed"]
    fm += _text("what", w.sentence(4, 8), "    ")
    fm += _text("rationale", w.sentence(4, 8), "    ")
    fm += ["    activities: []", "---"]
    return spec_id, "\n".join(fm) + "\n" + _body(w, title, elements[:1]) + "\n"


def _paragraphs(w: Writer, count: int) -> list[str]:
    out: list[str] = []
    for _ in range(count):
        text = w.sentences(w.rng.randint(2, 3), 6, 12)
        if w.rng.random() < 0.3:
            word = w.rng.choice(WORDS)
            text = text.replace(f" {word} ", f" **{word}** ", 1)
        if w.rng.random() < 0.2:
            text += f" Se [vejledningen](https://example.org/{w.rng.choice(WORDS)})."
        out += [text, ""]
    return out


def _bullets(w: Writer) -> list[str]:
    return [*(f"- {w.sentence(5, 10)}" for _ in range(w.rng.randint(3, 5))), ""]


def _body(w: Writer, title: str, elements: list[tuple[str, str]]) -> str:
    rng = w.rng
    sections = [
        ("Introduktion", "introduction"),
        ("Målgruppe", "target-group"),
        ("Vidensgrundlag og tilgang", "knowledge-base"),
        ("Forandringsteori", "theory-of-change"),
        ("Indhold og fremgangsmåde", "content"),
        ("Implementeringsvejledning", "implementation"),
        ("Kompetencekrav", "competencies"),
        ("Dokumentation og kvalitetssikring", "documentation"),
        ("Omkostninger", "costs"),
    ]
    out = [f"# {title}", ""]
    for heading, anchor in sections:
        out += [f"## {heading} {{#{anchor}}}", ""]
        if anchor == "content":
            out += _paragraphs(w, 1)
            for element_title, ident in elements:
                out += [f"### {element_title} {{#{ident}}}", ""]
                out += _paragraphs(w, 1)
                if rng.random() < 0.4:
                    out += _bullets(w)
            continue
        out += _paragraphs(w, rng.randint(1, 2))
        if rng.random() < 0.5:
            out += _bullets(w)
        if rng.random() < 0.4:
            out += [f"### {rng.choice(('Erfaringer', 'Opmærksomhedspunkter', 'Eksempel'))}", ""]
            out += _paragraphs(w, 1)
        if anchor == "costs" and rng.random() < 0.5:
            out += ["| Post | Timer | Kroner |", "|---|---:|---:|"]
            out += [f"| {rng.choice(WORDS)} | {rng.randint(5, 90)} | {rng.randint(1, 99)} 000 |"]
            out += [""]
    return "\n".join(out).rstrip("\n")


def generate(out_dir: Path, n: int, seed: int = 42, little: bool = False) -> list[Path]:
    """Write `n` spec folders under `out_dir/specs/`; return the index.md paths."""
    rng = random.Random(seed)
    root = out_dir / "specs"
    paths: list[Path] = []
    make = little_spec_text if little else spec_text
    for number in range(1, n + 1):
        spec_id, text = make(rng, number)
        folder = root / spec_id
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "index.md"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--little", action="store_true", help="v0 drafts, little front matter")
    args = parser.parse_args()
    paths = generate(args.out_dir, args.n, args.seed, args.little)
    print(f"{len(paths)} specs written under {args.out_dir / 'specs'}")


if __name__ == "__main__":
    main()
