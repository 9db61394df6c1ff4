"""`susi history SPEC`: the versions from v0 to final, what changed, and the maturity matrix."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from susi_spec.cli.language import say

if TYPE_CHECKING:
    from susi_spec.history.timeline import Timeline

_KIND_DA = {
    "added": "tilføjet",
    "removed": "fjernet",
    "renamed": "omdøbt",
    "modified": "ændret",
    "moved": "flyttet",
}
_MOVE = {"tightened": "↑", "loosened": "↓"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "spec", metavar="SPEC", help=say("id eller sti til index.md", "id or path to index.md")
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=say("uddata: text (standard) eller json", "output: text (default) or json"),
    )
    parser.add_argument("--lang", choices=("da", "en"), help=say("sprog", "language"))


def run(args: argparse.Namespace) -> int:
    import json

    from susi_spec.checks.config import load_config, resolve_spec
    from susi_spec.cli.output import plain
    from susi_spec.history.compare import open_history
    from susi_spec.history.timeline import build_timeline

    config = load_config(Path.cwd())
    _, history = open_history(resolve_spec(args.spec, config))
    timeline = build_timeline(history)
    if args.format == "json":
        print(json.dumps(_data(timeline), ensure_ascii=False, indent=2))
    else:
        print(plain(render_history_text(timeline, args.lang or config.language)))
    return 0


def _data(timeline: Timeline) -> dict[str, Any]:
    return {
        "spec": timeline.spec,
        "title": timeline.title,
        "versions": [
            {
                "label": e.label,
                "version": e.version,
                "status": e.status,
                "date": e.date,
                "milestone": e.milestone,
                "commit": e.commit,
                "tagged": e.tagged,
                "changes": e.counts,
                "tightened": e.tightened,
                "loosened": e.loosened,
            }
            for e in timeline.entries
        ],
        "matrix": {
            "versions": list(timeline.matrix.labels),
            "rows": [
                {
                    "id": row.element_id,
                    **({"activity": row.activity} if row.activity else {}),
                    "title": row.title,
                    "levels": [cell.level for cell in row.cells],
                    "moves": [cell.move for cell in row.cells],
                }
                for row in timeline.matrix.rows
            ],
        },
    }


def render_history_text(timeline: Timeline, lang: str) -> str:
    """The timeline and the maturity matrix as aligned plain text."""
    from susi_spec.labels import shown_label

    da = lang != "en"
    head = (
        ("version", "dato", "milepæl", "commit", "ændringer")
        if da
        else ("version", "date", "milestone", "commit", "changes")
    )
    rows: list[tuple[str, ...]] = [head]
    for entry in timeline.entries:
        rows.append(
            (
                shown_label(entry.label, lang),
                entry.date or "-",
                entry.milestone or "-",
                (entry.commit or "-")[:8] + (" (tag)" if entry.tagged else ""),
                _counts(entry.counts, entry.tightened, entry.loosened, da),
            )
        )
    lines = [f"{timeline.title} ({timeline.spec})", "", *_table(rows), ""]
    lines.append(
        "Modenhedsmatrix (niveau pr. version; ↑ strammet, ↓ løsnet)"
        if da
        else "Maturity matrix (level per version; ↑ tightened, ↓ loosened)"
    )
    matrix: list[tuple[str, ...]] = [
        (
            "kerneelement" if da else "core element",
            *(shown_label(label, lang) for label in timeline.matrix.labels),
        )
    ]
    from susi_spec.model.types import LEVEL_NAMES_DA

    names = LEVEL_NAMES_DA if da else {}
    for row in timeline.matrix.rows:
        cells = [
            "-"
            if cell.level is None
            else _MOVE.get(cell.move or "", "") + names.get(cell.level, cell.level)
            for cell in row.cells
        ]
        # An activity with a level of its own is a row under its element's (maturity.py).
        matrix.append((f"  ↳ {row.activity}" if row.activity else row.element_id, *cells))
    lines.extend(_table(matrix))
    return "\n".join(lines)


def _counts(counts: dict[str, int] | None, tightened: int, loosened: int, da: bool) -> str:
    if counts is None:
        return "-"
    parts = [f"{n} {_KIND_DA[kind] if da else kind}" for kind, n in counts.items() if n]
    if tightened:
        parts.append(f"{tightened} {'strammet' if da else 'tightened'}")
    if loosened:
        parts.append(f"{loosened} {'løsnet' if da else 'loosened'}")
    return ", ".join(parts) or ("ingen" if da else "none")


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
