"""A line chart of a place's follow-ups as SVG: x the follow-ups in date order, y a scale
from 0 to 1, a line per core element; the legend names the lines.

The chart reads at a glance; the page always has a table with the same data beside it for
a screen reader (`role="img"` and a title name the chart). Colours are distinct for the
common kinds of colour blindness (Okabe and Ito) and every other line is dashed, so two
lines never depend on colour alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from susi_spec.labels import date_da
from susi_spec.render.html import esc, tag

_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")


def line_chart(
    chart_id: str,
    title: str,
    dates: Sequence[dt.date],
    lines: Sequence[tuple[str, Sequence[float | None]]],
    ticks: Sequence[tuple[float, str]],
    spread: float = 0,
) -> str:
    """`lines`: (name, a value per date or None); `ticks`: (value, label) on the y axis;
    `spread`: pixels between lines at the same value, so that none hides another (a scale
    of few steps)."""
    widest = max((len(label) for _, label in ticks), default=4)
    width, height, right, top, bottom = 640, 250, 50, 16, 40
    left = max(80, 12 + 7 * widest)  # room for the longest label at 11 px
    plot_w, plot_h = width - left - right, height - top - bottom
    count = len(dates)

    def x(index: int) -> float:
        return left + (plot_w / 2 if count == 1 else plot_w * index / (count - 1))

    def y(value: float) -> float:
        return top + plot_h * (1 - value)

    parts = [f'<title id="{esc(chart_id)}">{esc(title)}</title>']
    for value, label in ticks:
        level = y(value)
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{level:.1f}" y2="{level:.1f}" '
            'stroke="#d0d0d0" stroke-width="1"/>'
            f'<text x="{left - 6}" y="{level + 4:.1f}" text-anchor="end" font-size="11" '
            f'fill="#444">{esc(label)}</text>'
        )
    for index, day in enumerate(dates):
        parts.append(
            f'<text x="{x(index):.1f}" y="{height - bottom + 18}" text-anchor="middle" '
            f'font-size="11" fill="#444">{esc(_short(day))}</text>'
        )
    legend = []
    middle = (len(lines) - 1) / 2
    for number, (name, values) in enumerate(lines):
        colour = _COLOURS[number % len(_COLOURS)]
        shift = (number - middle) * spread
        points = [(x(i), y(value) + shift) for i, value in enumerate(values) if value is not None]
        if not points:
            continue
        line = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
        dash = ' stroke-dasharray="6 3"' if number % 2 else ""
        parts.append(
            f'<polyline points="{line}" fill="none" stroke="{colour}" stroke-width="2.5"{dash}/>'
        )
        parts.extend(
            f'<circle cx="{px:.1f}" cy="{py:.1f}" r="4" fill="{colour}"/>' for px, py in points
        )
        legend.append(
            f'<li><span aria-hidden="true" style="color:{colour}">■</span> {esc(name)}</li>'
        )
    svg = (
        f'<svg viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-labelledby="{esc(chart_id)}" style="max-width:{width}px">'
        + "".join(parts)
        + "</svg>"
    )
    return svg + tag("ul", "".join(legend), "susi-chart__legend")


def _short(day: dt.date) -> str:
    """`nov. 2021`: a chart's axis label."""
    month = date_da(day).split(" ")[1]
    return f"{month[:3]}. {day.year}" if len(month) > 4 else f"{month} {day.year}"
