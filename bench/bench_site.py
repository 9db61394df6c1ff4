"""Time the published site: `mkdocs build` with the susi plugin against plain MkDocs.

    .venv/bin/python bench/bench_site.py [--n 200] [--versions 5] [--runs 3] [--keep DIR]

1. Makes a git repository in a temporary folder with `n` generated specs
   (bench/generate.py), committed `versions` times: each round releases the next version
   of every spec (v1, v2, ...), with a FRAME `changes` entry and an edited introduction,
   on fixed dates. The project's mkdocs.yml and site/ are copied beside it.
2. Ours: `mkdocs build` there: validation, git history, and a page per spec, per release and
   per consecutive pair of releases (n × (2 × versions)), plus the site's own pages.
3. Baseline: a plain MkDocs project (same theme, features, search and extensions, no
   plugin) with the same number of hand-written Markdown pages of similar size: each spec,
   release and changes page written as ordinary Markdown (headings, paragraphs, lists and
   tables with the same text), the same nav shape (specs in three type sections, archived
   versions and changes pages outside the nav via `not_in_nav`).
4. Prints wall times (median of `runs`), pages, output size, the ratio, and the plugin's
   own share measured in-process (checking, reading history, rendering). The site keeps
   archived versions and changes pages out of search by default; a second build with
   `search_archive: true` indexes every page, as the baseline does.

Target (issue 4): ours within 1.3x the baseline.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import spec_text  # realistic generated specs, shared with bench_check.py

from susi_spec.render import SiteOptions, render_pages
from susi_spec.render.sources import load_sources

TARGET = 1.3
ROOT = Path(__file__).resolve().parent.parent
GROUPS = {
    "citizen": "Borgerrettede indsatser",
    "organisational": "Organisatoriske indsatser",
    "integrated": "Integrerede indsatser",
}


def git(cwd: Path, *args: str, day: int = 1) -> None:
    date = f"2021-{day:02d}-01T10:00:00+01:00"
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    env["GIT_CONFIG_GLOBAL"] = os.devnull
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def version_text(base: str, version: int) -> str:
    """The base spec as released version `version`, with what the version changed."""
    front, _, body = base[4:].partition("\n---\n")
    lines = [line for line in front.split("\n") if not line.startswith(("released:",))]
    out: list[str] = []
    skipping = False
    for line in lines:
        if line.startswith("changes:"):
            skipping = True  # the generator's own changes block; ours follows below
            continue
        if skipping and (line.startswith(" ") or line.startswith("#") or not line):
            continue
        skipping = False
        if line.startswith("version:"):
            line = f"version: {version}"
        elif line.startswith("status:"):
            line = f"status: released\nreleased: 2021-{version:02d}-01"
        elif line.startswith("# Hvorfor denne version"):
            continue
        out.append(line)
    if version >= 2:
        out += [
            "changes:",
            f"  - what: Introduktionen er skrevet om til version {version}.",
            "    why: Erfaringer fra metodeseminaret.",
            "    decided_by: Styregruppen",
            "    planned: true",
        ]
    body = body.replace(
        "## Introduktion {#introduction}\n",
        f"## Introduktion {{#introduction}}\n\nVersion {version} bygger videre på den forrige.\n",
        1,
    )
    return "---\n" + "\n".join(out).rstrip("\n") + "\n---\n" + body


def make_repo(root: Path, n: int, versions: int, seed: int) -> list[tuple[str, list[str]]]:
    """The generated repository; returns each spec's id and its text in every version."""
    root.mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.name", "Bench")
    git(root, "config", "user.email", "bench@example.org")
    rng = random.Random(seed)
    bases = [spec_text(rng, number) for number in range(1, n + 1)]
    specs = [
        (spec_id, [version_text(text, v) for v in range(1, versions + 1)])
        for spec_id, text in bases
    ]
    for round_ in range(versions):
        for spec_id, texts in specs:
            path = root / "specs" / spec_id / "index.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(texts[round_], encoding="utf-8")
        git(root, "add", "-A", day=round_ + 1)
        git(root, "commit", "-q", "-m", f"Version {round_ + 1}", day=round_ + 1)
    shutil.copytree(ROOT / "site", root / "site")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    return specs


def _markdown_of(text: str, title_suffix: str = "") -> str:
    """A spec version as an ordinary hand-written page: facts as lists, then the body."""
    front_text, _, body = text[4:].partition("\n---\n")
    front = yaml.safe_load(front_text)
    out = [f"# {front['title']}{title_suffix}", "", str(front.get("summary", "")), ""]
    for key, value in front.items():
        if key in ("schema", "id", "title", "summary"):
            continue
        out += [f"## {key.replace('_', ' ').capitalize()}", ""]
        out += list(_flatten(value))
        out.append("")
    lines = [line for line in body.split("\n") if not line.startswith("# ")]
    return "\n".join(out + lines) + "\n"


def _flatten(value: object, depth: int = 0) -> list[str]:
    pad = "    " * depth
    if isinstance(value, dict):
        lines: list[str] = []
        for key, item in value.items():
            if isinstance(item, (dict, list)):
                lines.append(f"{pad}- **{key}**:")
                lines += _flatten(item, depth + 1)
            else:
                lines.append(f"{pad}- **{key}**: {item}")
        return lines
    if isinstance(value, list):
        out: list[str] = []
        for item in value:
            if isinstance(item, (dict, list)):
                out += _flatten(item, depth)
            else:
                out.append(f"{pad}- {item}")
        return out
    return [f"{pad}- {value}"]


def make_baseline(root: Path, specs: list[tuple[str, list[str]]]) -> None:
    """Plain MkDocs with pages of similar size and the same nav shape."""
    docs = root / "docs"
    shutil.copytree(ROOT / "site", docs, ignore=shutil.ignore_patterns("overrides"))
    (docs / "index.md").write_text("# Indsatsbeskrivelser\n\nAlle indsatser.\n", encoding="utf-8")
    groups: dict[str, list[dict[str, str]]] = {}
    for spec_id, texts in specs:
        front = yaml.safe_load(texts[-1][4:].partition("\n---\n")[0])
        pages = {f"{spec_id}/index.md": _markdown_of(texts[-1])}
        for number, text in enumerate(texts, start=1):
            pages[f"{spec_id}/v{number}/index.md"] = _markdown_of(text, f" (version {number})")
            if number > 1:
                pages[f"{spec_id}/changes/v{number - 1}-v{number}/index.md"] = (
                    f"# Ændringer fra v{number - 1} til v{number}\n\n"
                    "## Hvorfor\n\n- Introduktionen er skrevet om.\n\n"
                    "## Kerneelementer\n\n- Ingen ændringer i niveau.\n\n"
                    "## Afsnit med ændret tekst\n\n- Introduktion\n"
                )
        for uri, text in pages.items():
            path = docs / uri
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        groups.setdefault(front["intervention_type"], []).append(
            {front["title"]: f"{spec_id}/index.md"}
        )
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["docs_dir"] = "docs"
    config["theme"].pop("custom_dir", None)
    config["plugins"] = [{"search": {"lang": "da"}}]
    config["not_in_nav"] = "/*/v*/\n/*/changes/\n"
    config["nav"][0]["Indsatser"] += [{GROUPS[k]: groups[k]} for k in GROUPS if k in groups]
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")


def searching_archives(project: Path) -> str:
    """A copy of the project's mkdocs.yml that also indexes archived pages (as the baseline)."""
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "susi" in plugin:
            plugin["susi"]["search_archive"] = True
    name = "mkdocs-search-all.yml"
    (project / name).write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return name


def build(project: Path, out: Path, config: str = "mkdocs.yml") -> float:
    """Wall time of one `mkdocs build`; it must succeed."""
    mkdocs = Path(sys.executable).parent / "mkdocs"
    start = time.perf_counter()
    done = subprocess.run(
        [str(mkdocs), "build", "-q", "-f", config, "-d", str(out)],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"mkdocs build failed in {project}:\n{done.stderr[-3000:]}")
    return elapsed


def site_size(out: Path) -> tuple[int, float]:
    pages = list(out.rglob("index.html"))
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return len(pages), size / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description="Benchmark the site build against plain MkDocs.")
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--versions", type=int, default=5)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="work in this (new) folder and keep it")
    parser.add_argument("--strict", action="store_true", help="exit 1 when the target is missed")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="susi-site-bench-") as scratch:
        work = args.keep or Path(scratch)
        started = time.perf_counter()
        specs = make_repo(work / "repo", args.n, args.versions, args.seed)
        make_baseline(work / "baseline", specs)
        print(
            f"generated {args.n} specs x {args.versions} versions in "
            f"{time.perf_counter() - started:.1f} s; {os.cpu_count()} cores, "
            f"Python {sys.version.split()[0]}"
        )
        ours_runs = [build(work / "repo", work / "out-ours") for _ in range(args.runs)]
        everything = searching_archives(work / "repo")
        all_runs = [build(work / "repo", work / "out-all", everything) for _ in range(args.runs)]
        base_runs = [build(work / "baseline", work / "out-base") for _ in range(args.runs)]
        ours_pages, ours_mb = site_size(work / "out-ours")
        base_pages, base_mb = site_size(work / "out-base")
        all_pages, all_mb = site_size(work / "out-all")

        clock = time.perf_counter
        t0 = clock()
        sources = load_sources(work / "repo" / "specs", check=True)
        t1 = clock()
        unchecked = load_sources(work / "repo" / "specs", check=False)
        t2 = clock()
        pages = list(render_pages(unchecked.records, SiteOptions()))
        t3 = clock()
        problems = len(sources.problems)

    ours, base = statistics.median(ours_runs), statistics.median(base_runs)
    every = statistics.median(all_runs)
    ratio, ratio_all = ours / base, every / base
    print()
    print(f"{'build':<44} {'wall s':>8} {'pages':>6} {'MB':>7} {'ms/page':>8}")
    print("-" * 78)
    for label, wall, count, size in (
        ("mkdocs build, susi plugin", ours, ours_pages, ours_mb),
        ("  the same, archived pages in search too", every, all_pages, all_mb),
        ("mkdocs build, plain hand-written pages", base, base_pages, base_mb),
    ):
        print(f"{label:<44} {wall:8.2f} {count:6d} {size:7.1f} {wall / count * 1000:8.2f}")
    verdict = "ok" if max(ratio, ratio_all) <= TARGET else "MISSED"
    print(
        f"{'ratio (archives in search too)':<44} {ratio:7.2f}x ({ratio_all:.2f}x)  target <= {TARGET}x: {verdict}"
    )
    print()
    print("inside the plugin (in-process, one run):")
    print(f"  check + history + records      {t1 - t0:6.2f} s  ({problems} problems)")
    print(f"  history + records, no check    {t2 - t1:6.2f} s")
    print(f"  render {len(pages)} pages           {t3 - t2:6.2f} s")
    print()
    print("runs, s: ours " + " ".join(f"{t:.2f}" for t in ours_runs))
    print("         all  " + " ".join(f"{t:.2f}" for t in all_runs))
    print("         base " + " ".join(f"{t:.2f}" for t in base_runs))
    return 1 if args.strict and max(ratio, ratio_all) > TARGET else 0


if __name__ == "__main__":
    sys.exit(main())
