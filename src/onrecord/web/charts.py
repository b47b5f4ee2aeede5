"""Charts drawn on the server as inline SVG: no JavaScript, no chart library, readable offline.

Every label and hover text is escaped piece by piece (``markupsafe.escape``) before it is put
between tags written here, so a hostile outlet or speaker name shows as text. Colours come from
CSS classes (``app.css``), never from ``style`` attributes, so the strict CSP holds. Each bar
carries a ``<title>`` that the browser shows on hover.

>>> str(bar_chart([("2024-03-01", 2), ("2024-03-02", 5)], label="Quotes per day"))[:4]
'<svg'
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from markupsafe import Markup

# Most bars a time chart draws: longer series are summed by week, then by month.
MAX_BARS = 120

WIDTH = 720
HEIGHT = 170
PAD_LEFT = 40
PAD_BOTTOM = 22
PAD_TOP = 8
MAX_BAR_WIDTH = 36


UNITS = ("day", "week", "month", "year")


def bucket_days(points: Sequence[tuple[str, int]], max_bars: int = MAX_BARS,
                finest: str = "day") -> tuple[list[tuple[str, int]], str]:
    """Daily counts on a continuous time axis (days without quotes count 0), by day, or summed
    by ISO week (labelled by its Monday), month or year, whichever is the finest (from
    ``finest`` on) that needs at most ``max_bars`` bars; returns the points and the unit.
    Labels that are not dates are left out.

    >>> bucket_days([("2024-03-04", 1), ("2024-03-06", 2)])
    ([('2024-03-04', 1), ('2024-03-05', 0), ('2024-03-06', 2)], 'day')
    >>> bucket_days([("2024-03-04", 1), ("2024-03-05", 2), ("2024-03-19", 4)], max_bars=5)
    ([('2024-03-04', 3), ('2024-03-11', 0), ('2024-03-18', 4)], 'week')
    """
    days: dict[date, int] = {}
    for label, count in points:
        try:
            day = date.fromisoformat(label[:10])
        except ValueError:
            continue
        days[day] = days.get(day, 0) + count
    if not days:
        return [], "day"
    first, last = min(days), max(days)
    for unit in UNITS[UNITS.index(finest):]:
        start, stop = _bucket(first, unit), _bucket(last, unit)
        if unit == "year" or _steps(start, stop, unit) < max_bars:
            break
    totals: dict[date, int] = {}
    current = start
    while current <= stop:
        totals[current] = 0
        current = _next(current, unit)
    for day, count in days.items():
        totals[_bucket(day, unit)] += count
    fmt = {"day": "%Y-%m-%d", "week": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}[unit]
    return [(d.strftime(fmt), n) for d, n in sorted(totals.items())], unit


def _bucket(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "year":
        return day.replace(month=1, day=1)
    return day


def _next(day: date, unit: str) -> date:
    if unit == "day":
        return day + timedelta(days=1)
    if unit == "week":
        return day + timedelta(days=7)
    if unit == "month":
        return (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return day.replace(year=day.year + 1)


def _steps(start: date, stop: date, unit: str) -> int:
    days = (stop - start).days
    return {"day": days, "week": days // 7, "month": days // 28, "year": days // 365}[unit]


def bar_chart(points: Sequence[tuple[str, int]], *, label: str, unit: str = "quotes",
              testid: str = "chart") -> Markup:
    """Vertical bars, one per point (label, value), with the largest value on the axis and the
    first and last labels under it."""
    if not points:
        return Markup('<p class="empty">No dated quotes to chart.</p>')
    top = max(max(v for _, v in points), 1)
    inner_w = WIDTH - PAD_LEFT - 4
    inner_h = HEIGHT - PAD_TOP - PAD_BOTTOM
    step = inner_w / len(points)
    gap = 1 if step > 3 else 0
    out = [
        Markup('<svg class="chart bars" viewBox="0 0 {w} {h}" role="img" aria-label="{l}" '
               'data-testid="{t}">').format(
            w=WIDTH, h=HEIGHT, l=label, t=testid),
        Markup("<title>{}</title>").format(label),
        Markup('<line class="axis" x1="{x}" y1="{y}" x2="{x2}" y2="{y}"></line>').format(
            x=PAD_LEFT, y=PAD_TOP + inner_h, x2=WIDTH - 4),
        Markup('<text class="tick" x="{x}" y="{y}" text-anchor="end">{v}</text>').format(
            x=PAD_LEFT - 6, y=PAD_TOP + 10, v=top),
        Markup('<text class="tick" x="{x}" y="{y}" text-anchor="end">0</text>').format(
            x=PAD_LEFT - 6, y=PAD_TOP + inner_h),
    ]
    width = min(max(step - gap, 0.5), MAX_BAR_WIDTH)  # a few bars stay bars, not blocks
    for i, (name, value) in enumerate(points):
        h = inner_h * value / top
        out.append(Markup(
            '<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}">'
            "<title>{name}: {value} {unit}</title></rect>").format(
            x=PAD_LEFT + i * step + (step - gap - width) / 2, y=PAD_TOP + inner_h - h, w=width, h=h,
            name=name, value=value, unit=unit))
    base = HEIGHT - 6
    out.append(Markup('<text class="tick" x="{x}" y="{y}">{v}</text>').format(
        x=PAD_LEFT, y=base, v=points[0][0]))
    if len(points) > 1:
        out.append(Markup('<text class="tick" x="{x}" y="{y}" text-anchor="end">{v}</text>')
                   .format(x=WIDTH - 4, y=base, v=points[-1][0]))
    out.append(Markup("</svg>"))
    return Markup("").join(out)


# The series of a stacked bar: (name, CSS class).
GENDER_SERIES = (("female", "g-female"), ("male", "g-male"), ("unknown", "g-unknown"))
KIND_SERIES = (("persons", "k-person"), ("organisations", "k-org"), ("other", "k-other"))

ROW_H = 22
LABEL_W = 170


def stacked_bars(rows: Sequence[tuple[str, Sequence[int]]],
                 series: Sequence[tuple[str, str]], *, label: str,
                 testid: str = "stacked") -> Markup:
    """One horizontal bar per row, split into shares of its total (100% wide), a segment per
    series; each segment's hover gives the count and the share."""
    if not rows:
        return Markup('<p class="empty">Nothing to chart.</p>')
    height = ROW_H * len(rows) + 4
    inner_w = WIDTH - LABEL_W - 8
    out = [
        Markup('<svg class="chart stacked" viewBox="0 0 {w} {h}" role="img" aria-label="{l}" '
               'data-testid="{t}">').format(w=WIDTH, h=height, l=label, t=testid),
        Markup("<title>{}</title>").format(label),
    ]
    for r, (name, values) in enumerate(rows):
        y = 2 + r * ROW_H
        total = sum(values)
        out.append(Markup('<text class="rowlabel" x="{x}" y="{y}" text-anchor="end">{n}</text>')
                   .format(x=LABEL_W - 6, y=y + ROW_H / 2 + 4, n=_short(name)))
        x = float(LABEL_W)
        if total == 0:
            out.append(Markup('<rect class="none" x="{x}" y="{y}" width="{w}" height="{h}">'
                              "<title>{n}: nothing</title></rect>").format(
                x=x, y=y + 2, w=inner_w, h=ROW_H - 6, n=name))
            continue
        for (series_name, css), value in zip(series, values, strict=False):
            if not value:
                continue
            w = inner_w * value / total
            out.append(Markup(
                '<rect class="{c}" x="{x:.1f}" y="{y}" width="{w:.1f}" height="{h}">'
                "<title>{n}: {s} {v} of {t} ({p})</title></rect>").format(
                c=css, x=x, y=y + 2, w=w, h=ROW_H - 6, n=name, s=series_name, v=value,
                t=total, p=percent(value, total)))
            x += w
    out.append(Markup("</svg>"))
    return Markup("").join(out)


def _short(name: str, limit: int = 24) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "\u2026"


def percent(part: int, whole: int) -> str:
    """``part`` as a share of ``whole``, rounded: "42%", or "-" of nothing.

    >>> percent(1, 3), percent(0, 0)
    ('33%', '-')
    """
    if not whole:
        return "-"
    return f"{round(100 * part / whole)}%"
