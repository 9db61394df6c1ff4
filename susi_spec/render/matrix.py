"""The maturity matrix as a table: core elements × versions, tightenings and loosenings marked."""

from __future__ import annotations

from susi_spec.history.maturity import Matrix
from susi_spec.render.html import REFLOW, esc, tag, text_tag
from susi_spec.render.site_terms import LEVELS, MOVES

_ARROWS = {"tightened": "▲", "loosened": "▼"}


def render_matrix(matrix: Matrix, headers: list[tuple[str, str]]) -> str:
    """`headers` are each version's column heading as built HTML (a link to the version)
    and as plain text (its name in a cell when the table is a card per row on a phone).

    On a phone the last version, the one a reader most likely needs, comes first (susi.css).
    """
    if not matrix.rows or len(matrix.labels) < 1:
        return ""
    head = '<th scope="col">Kerneelement</th>' + "".join(
        tag("th", header, scope="col") for header, _ in headers
    )
    rows = []
    for row in matrix.rows:
        cells = []
        for cell, (_, name) in zip(row.cells, headers, strict=True):
            if cell.level is None:
                cells.append(
                    tag(
                        "td",
                        '<span aria-label="ikke med">–</span>',
                        "susi-cell--absent",
                        data_label=name,
                    )
                )
                continue
            text = esc(LEVELS[cell.level])
            if cell.move:
                text += tag(
                    "span",
                    f"{_ARROWS[cell.move]} {esc(MOVES[cell.move])}",
                    f"susi-move susi-move--{cell.move}",
                )
            cells.append(tag("td", text, f"susi-cell--{cell.level}", data_label=name))
        if row.activity:  # an activity with a level of its own, under its element's row
            head_cell = tag("th", "↳ " + esc(row.title), "susi-matrix-activity", scope="row")
        else:
            head_cell = text_tag("th", row.title, scope="row")
        rows.append("<tr>" + head_cell + "".join(cells) + "</tr>")
    table = tag(
        "table",
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody>",
        f"susi-table susi-matrix {REFLOW}",
        data_search_exclude="1",  # levels in a row: noise in search
    )
    own = " ↳: en aktivitet med sit eget niveau." if any(r.activity for r in matrix.rows) else ""
    legend = tag(
        "p",
        "Specifikationsniveau pr. version. ▲ strammet: fra princip mod retningslinje eller regel. "
        f"▼ løsnet: den modsatte vej.{own}",
        "susi-hint",
    )
    return table + legend
