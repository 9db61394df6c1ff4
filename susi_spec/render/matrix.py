"""The maturity matrix as a table: core elements × versions, tightenings and loosenings marked."""

from __future__ import annotations

from susi_spec.history.maturity import Matrix
from susi_spec.render.html import esc, tag, text_tag
from susi_spec.render.site_terms import LEVELS, MOVES

_ARROWS = {"tightened": "▲", "loosened": "▼"}


def render_matrix(matrix: Matrix, headers: list[str]) -> str:
    """`headers` are the column headings as built HTML (links to each version)."""
    if not matrix.rows or len(matrix.labels) < 1:
        return ""
    head = '<th scope="col">Kerneelement</th>' + "".join(
        tag("th", header, scope="col") for header in headers
    )
    rows = []
    for row in matrix.rows:
        cells = []
        for cell in row.cells:
            if cell.level is None:
                cells.append(
                    '<td class="susi-cell--absent"><span aria-label="ikke med">–</span></td>'
                )
                continue
            text = esc(LEVELS[cell.level])
            if cell.move:
                text += tag(
                    "span",
                    f"{_ARROWS[cell.move]} {esc(MOVES[cell.move])}",
                    f"susi-move susi-move--{cell.move}",
                )
            cells.append(tag("td", text, f"susi-cell--{cell.level}"))
        rows.append("<tr>" + text_tag("th", row.title, scope="row") + "".join(cells) + "</tr>")
    table = tag(
        "table",
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody>",
        "susi-table susi-matrix",
    )
    legend = tag(
        "p",
        "Specifikationsniveau pr. version. ▲ strammet: fra princip mod retningslinje eller regel. "
        "▼ løsnet: den modsatte vej.",
        "susi-hint",
    )
    return table + legend
