"""Server-side SVG charts for the report: stacked bars, lines and horizontal bars.

Each returns one `<svg class="chart">` element with a `<title>` and an `aria-label`, drawn from
the numbers alone: no script, no fonts or images to fetch, so the page is self-contained.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from html import escape

PALETTE = ("#2563eb", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed", "#0891b2", "#db2777", "#65a30d")
ACTION_COLORS = {
    "allow": "#16a34a",
    "redact": "#0891b2",
    "flag": "#f59e0b",
    "hold": "#7c3aed",
    "block": "#dc2626",
}
LEFT, RIGHT, TOP, BOTTOM = 48, 12, 28, 40


def nice_max(value: float) -> float:
    """A round axis maximum at or above `value` (1, 2, 2.5 or 5 times a power of ten)."""
    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    return float(next(step * power for step in (1, 2, 2.5, 5, 10) if step * power >= value))


def color_for(name: str, index: int) -> str:
    """The action's own colour, or the palette's `index`-th."""
    return ACTION_COLORS.get(name, PALETTE[index % len(PALETTE)])


def _open(title: str, width: int, height: int, kind: str) -> list[str]:
    label = escape(title)
    return [
        f'<svg class="chart {kind}" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" aria-label="{label}">',
        f"<title>{label}</title>",
        f'<text class="chart-title" x="{LEFT}" y="16">{label}</text>',
    ]


def _empty(title: str, width: int, height: int) -> str:
    parts = _open(title, width, height, "empty")
    parts.append(
        f'<text class="no-data" x="{width / 2:.0f}" y="{height / 2:.0f}" '
        'text-anchor="middle">No data in this period</text></svg>'
    )
    return "".join(parts)


def tick_count(top: float) -> int:
    """Intervals for an axis of counts up to `top`: whole-number steps (1 to 4 → 1 each)."""
    if top < 4 and float(top).is_integer():
        return max(1, int(top))
    for count in (4, 5, 2):
        if (top / count).is_integer():
            return count
    return 4


def _axes(parts: list[str], top: float, width: int, height: int, x_labels: Sequence[str]) -> None:
    plot_w, plot_h = width - LEFT - RIGHT, height - TOP - BOTTOM
    steps = tick_count(top)
    for i in range(steps + 1):
        y = TOP + plot_h * i / steps
        value = top * (steps - i) / steps
        parts.append(
            f'<line class="grid" x1="{LEFT}" x2="{width - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>'
            f'<text class="tick" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{value:g}</text>'
        )
    every = max(1, math.ceil(len(x_labels) / 8))
    slot = plot_w / max(1, len(x_labels))
    for i, text in enumerate(x_labels):
        if i % every == 0:
            x = LEFT + slot * (i + 0.5)
            parts.append(
                f'<text class="tick" x="{x:.1f}" y="{height - BOTTOM + 14}" '
                f'text-anchor="middle">{escape(text)}</text>'
            )


def _legend(parts: list[str], names: Sequence[str], width: int, height: int) -> None:
    x = LEFT
    for index, name in enumerate(names):
        parts.append(
            f'<rect class="swatch" x="{x}" y="{height - 14}" width="10" height="10" '
            f'fill="{color_for(name, index)}"/>'
            f'<text class="legend" x="{x + 14}" y="{height - 5}">{escape(name)}</text>'
        )
        x += 24 + 7 * len(name)
        if x > width - 60:
            break


def stacked_bars(
    series: Mapping[str, Sequence[int]],
    x_labels: Sequence[str],
    *,
    title: str,
    width: int = 760,
    height: int = 260,
) -> str:
    """One bar per x label, stacked by series (e.g. actions per time bucket)."""
    totals = [sum(values[i] for values in series.values()) for i in range(len(x_labels))]
    if not any(totals):
        return _empty(title, width, height)
    top = nice_max(max(totals))
    parts = _open(title, width, height, "stacked-bars")
    _axes(parts, top, width, height, x_labels)
    plot_h = height - TOP - BOTTOM
    slot = (width - LEFT - RIGHT) / len(x_labels)
    bar_w = max(1.0, slot * 0.8)
    for i in range(len(x_labels)):
        base = float(TOP + plot_h)
        for index, (name, values) in enumerate(series.items()):
            if not values[i]:
                continue
            h = plot_h * values[i] / top
            base -= h
            parts.append(
                f'<rect class="bar" x="{LEFT + slot * i + (slot - bar_w) / 2:.1f}" y="{base:.1f}" '
                f'width="{bar_w:.1f}" height="{h:.1f}" fill="{color_for(name, index)}">'
                f"<title>{escape(x_labels[i])} {escape(name)}: {values[i]}</title></rect>"
            )
    _legend(parts, list(series), width, height)
    parts.append("</svg>")
    return "".join(parts)


def line_chart(
    series: Mapping[str, Sequence[int]],
    x_labels: Sequence[str],
    *,
    title: str,
    width: int = 760,
    height: int = 260,
) -> str:
    """One line per series over the x labels (e.g. findings per category per time bucket)."""
    peak = max((max(values, default=0) for values in series.values()), default=0)
    if not peak:
        return _empty(title, width, height)
    top = nice_max(peak)
    parts = _open(title, width, height, "lines")
    _axes(parts, top, width, height, x_labels)
    plot_h = height - TOP - BOTTOM
    slot = (width - LEFT - RIGHT) / len(x_labels)
    for index, (name, values) in enumerate(series.items()):
        points = " ".join(
            f"{LEFT + slot * (i + 0.5):.1f},{TOP + plot_h * (1 - v / top):.1f}"
            for i, v in enumerate(values)
        )
        parts.append(
            f'<polyline class="series" fill="none" stroke-width="2" '
            f'stroke="{color_for(name, index)}" points="{points}"><title>{escape(name)}</title>'
            "</polyline>"
        )
    _legend(parts, list(series), width, height)
    parts.append("</svg>")
    return "".join(parts)


def horizontal_bars(
    items: Sequence[tuple[str, int]], *, title: str, width: int = 760, row: int = 22
) -> str:
    """One labelled bar per item, longest first as given (e.g. top rules)."""
    height = TOP + row * max(1, len(items)) + 8
    if not items or not any(count for _, count in items):
        return _empty(title, width, max(height, 80))
    top = nice_max(max(count for _, count in items))
    label_w = min(380, max(140, 7 * max(len(name) for name, _ in items) + 16))
    parts = _open(title, width, height, "hbars")
    for i, (name, count) in enumerate(items):
        y = TOP + i * row
        w = (width - label_w - 60) * count / top
        parts.append(
            f'<text class="tick" x="{label_w - 8}" y="{y + 15}" text-anchor="end">'
            f"{escape(name)}</text>"
            f'<rect class="bar" x="{label_w}" y="{y + 3}" width="{max(w, 1):.1f}" '
            f'height="{row - 6}" fill="{color_for(name.split(" ")[0], i)}">'
            f"<title>{escape(name)}: {count}</title></rect>"
            f'<text class="value" x="{label_w + w + 6:.1f}" y="{y + 15}">{count}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
