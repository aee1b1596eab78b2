"""What the pages draw, computed in Python: SVG chart geometry, bars, highlighted text.

Every value here is plain data; the templates escape all text (report text is hostile), and
URLs from reports become links only when they are http(s).
"""
from __future__ import annotations

import math
import textwrap
from datetime import date
from typing import Any
from urllib.parse import quote, urlsplit

#: Chart size in SVG user units.
WIDTH, HEIGHT = 640, 220
_LEFT, _RIGHT, _TOP, _BOTTOM = 56, 16, 14, 34
_PALETTE = 6  # side colours s0..s5 in style.css


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) URL a browser may follow, else None (``javascript:``,
    ``data:`` and anything else are shown as text, never linked)."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ord(ch) < 32 or ch in "\\ \"'<>`" for ch in url):
        return None
    return url


def span_anchor(start: int, end: int) -> str:
    """The id of a claim's span on its document page."""
    return f"span-{start}-{end}"


def _day(entry: dict[str, Any]) -> int | None:
    for key in ("as_of", "published"):
        value = entry.get(key)
        if value:
            try:
                return date.fromisoformat(str(value)[:10]).toordinal()
            except ValueError:
                continue
    return None


def _ticks(top: int) -> list[int]:
    if top <= 0:
        return [0]
    step = 10 ** max(0, int(math.log10(top)))
    while top / step > 5:
        step *= 2
    return list(range(0, top + 1, step))


def figure_chart(figure: dict[str, Any]) -> dict[str, Any]:
    """The chart of one figure: a mark per claim of its timeline at its date and best figure,
    coloured by side, each side a series of its own (placed side by side when the figure is
    contested), over the reconciled low–best–high band."""
    timeline = list(figure.get("timeline") or ())
    sides: list[str] = []
    for t in timeline:
        side = t.get("side") or "unattributed"
        if side not in sides:
            sides.append(side)
    days = [d for d in (_day(t) for t in timeline) if d is not None]
    first, last = (min(days), max(days)) if days else (0, 0)
    if first == last:
        first, last = first - 1, last + 1
    values = [v for t in timeline for v in (t.get("best"), t.get("high")) if v is not None]
    values += [v for v in (figure.get("best"), figure.get("high")) if v is not None]
    top = max(values, default=1) or 1
    ticks = _ticks(top)
    top = max(top, ticks[-1]) * 1.08
    plot_w, plot_h = WIDTH - _LEFT - _RIGHT, HEIGHT - _TOP - _BOTTOM

    pad = 36  # marks and date labels stay clear of the edges
    undated = any(_day(t) is None for t in timeline if t.get("best") is not None)
    span_w = plot_w - 2 * pad - (70 if undated else 0)  # undated claims get a column at the right

    def x(day: int | None) -> float:
        if day is None:
            return _LEFT + plot_w - pad
        return _LEFT + pad + (day - first) / (last - first) * span_w

    def y(v: float) -> float:
        return _TOP + plot_h - v / top * plot_h

    spread = 10 if figure.get("contested") and len(sides) > 1 else 0
    series: dict[str, list[dict[str, Any]]] = {s: [] for s in sides}
    marks = []
    for t in timeline:
        if t.get("best") is None:
            continue
        side = t.get("side") or "unattributed"
        k = sides.index(side)
        cx = x(_day(t)) + (k - (len(sides) - 1) / 2) * spread
        mark = {"x": round(cx, 1), "y": round(y(t["best"]), 1), "side": side, "colour": k % _PALETTE,
                "href": f"/documents/{quote(t['doc_id'], safe='')}#{span_anchor(t['start'], t['end'])}",
                "doc_id": t["doc_id"], "site": t.get("site"), "day": t.get("as_of") or t.get("published"),
                "best": t["best"], "low": t.get("low"), "high": t.get("high"),
                "attribution": t.get("attribution"), "quote": t.get("quote") or t.get("text"),
                "subgroup": t.get("subgroup")}
        if t.get("high") is not None and t.get("low") is not None and t["high"] != t["low"]:
            mark["range"] = (round(y(t["low"]), 1), round(y(t["high"]), 1))
        mark["tip"] = _tip(mark)
        marks.append(mark)
        series[side].append(mark)
    lines = [{"colour": sides.index(s) % _PALETTE, "points": " ".join(f"{m['x']},{m['y']}" for m in ms)}
             for s, ms in series.items() if len(ms) > 1]
    band = None
    if figure.get("best") is not None:
        low = figure.get("low") if figure.get("low") is not None else figure["best"]
        high = figure.get("high")
        band = {"y": round(y(high) if high is not None else _TOP, 1), "best": round(y(figure["best"]), 1),
                "bottom": round(y(low), 1), "open": high is None}
        band["height"] = round(band["bottom"] - band["y"], 1)
    uniq = sorted(set(days))
    step = max(1, math.ceil(len(uniq) / 6))
    day_ticks = [{"x": round(x(d), 1), "label": date.fromordinal(d).isoformat()} for d in uniq[::step]]
    if undated:
        day_ticks.append({"x": round(x(None), 1), "label": "undated"})
    return {"width": WIDTH, "height": HEIGHT, "left": _LEFT, "right": WIDTH - _RIGHT, "top": _TOP,
            "bottom": HEIGHT - _BOTTOM, "marks": marks, "lines": lines, "band": band,
            "sides": [{"name": s, "colour": i % _PALETTE, "count": len(series[s])} for i, s in enumerate(sides)],
            "y_ticks": [{"y": round(y(v), 1), "label": f"{v:,}"} for v in ticks],
            "x_ticks": day_ticks}


_TIP_W, _TIP_LINE, _TIP_CHARS, _TIP_QUOTE_LINES = 372, 15, 58, 3


def _tip(mark: dict[str, Any]) -> dict[str, Any]:
    """The label a mark shows while hovered or focused (CSS, no script): the figure, its side and
    who said it, the source and date, and the quote (wrapped, cut after a few lines), placed
    beside the mark inside the chart."""
    n = f"{mark['best']:,}"
    if mark.get("low") is not None and mark.get("high") is not None and mark["low"] != mark["high"]:
        n = f"{mark['low']:,}–{mark['high']:,}"
    head = " ".join(w for w in (n, mark.get("subgroup") or "") if w) + f" · {mark['side']}"
    if mark.get("attribution"):
        head += f" ({mark['attribution']})"
    source = f"{mark.get('site') or mark['doc_id']}, {mark.get('day') or 'undated'}"
    quote = " ".join(str(mark.get("quote") or "").split())
    lines = textwrap.wrap(f"“{quote}”", _TIP_CHARS) if quote else []
    if len(lines) > _TIP_QUOTE_LINES:
        lines = lines[:_TIP_QUOTE_LINES]
        lines[-1] = lines[-1][: _TIP_CHARS - 1].rstrip() + "…"
    lines = [textwrap.shorten(head, _TIP_CHARS + 4, placeholder="…"),
             textwrap.shorten(source, _TIP_CHARS + 4, placeholder="…"), *lines]
    height = 10 + _TIP_LINE * len(lines)
    x = mark["x"] + 12 if mark["x"] + 12 + _TIP_W <= WIDTH - 2 else mark["x"] - 12 - _TIP_W
    y = min(max(2.0, mark["y"] - height / 2), HEIGHT - height - 2)
    return {"x": round(max(2.0, x), 1), "y": round(y, 1), "width": _TIP_W, "height": height,
            "lines": [{"text": t, "y": 4 + _TIP_LINE * (i + 1)} for i, t in enumerate(lines)]}


def bar_width(value: int | None, largest: int, width: int = 90) -> float:
    """A bar's length for ``value`` on a square-root scale up to ``largest`` (small tolls stay visible)."""
    if not value or value <= 0 or largest <= 0:
        return 0.0
    return round(max(2.0, math.sqrt(value / largest) * width), 1)


def highlight(text: str, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``text`` as a flat list of items (``kind``: ``open``, ``text``, ``close``) that nest one
    ``<mark>`` per claim span: a span inside another is a mark inside its mark, so the mark right
    after a span's anchor holds the whole span, and landing on it (``:target``) shows all of it. A
    span that starts inside another and runs past its end is closed there and opened again after
    it (the second part without an anchor). ``open`` items carry the span's claims (indices) and
    its anchor; ``close`` items the claims whose span ends there (their labels)."""
    spans = sorted({(c["start"], c["end"]) for c in claims if 0 <= c["start"] < c["end"] <= len(text)},
                   key=lambda s: (s[0], -s[1]))  # at one place, the longest opens first (outermost)
    by_span: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for c in claims:
        by_span.setdefault((c["start"], c["end"]), []).append(c)
    starting: dict[int, list[tuple[int, int]]] = {}
    for s in spans:
        starting.setdefault(s[0], []).append(s)
    cuts = sorted({0, len(text), *(p for s in spans for p in s)})
    items: list[dict[str, Any]] = []
    stack: list[tuple[int, int]] = []

    def opening(s: tuple[int, int], anchored: bool) -> None:
        stack.append(s)
        items.append({"kind": "open", "claims": [c["index"] for c in by_span[s]],
                      "anchors": [span_anchor(*s)] if anchored else []})

    for i, p in enumerate(cuts):
        ending = [k for k, s in enumerate(stack) if s[1] == p]
        if ending:
            closed = stack[ending[0]:]
            del stack[ending[0]:]
            for s in reversed(closed):
                items.append({"kind": "close", "labels": by_span[s] if s[1] == p else []})
            for s in closed:
                if s[1] != p:
                    opening(s, anchored=False)  # runs on past the span it started in
        for s in starting.get(p, ()):
            opening(s, anchored=True)
        if i + 1 < len(cuts):
            items.append({"kind": "text", "text": text[p:cuts[i + 1]]})
    return items


def claim_label(claim: dict[str, Any]) -> str:
    """``killed 14 civilians (A local rights group)``: what a highlighted span says."""
    if claim.get("low") is not None and claim.get("high") is not None and claim["low"] != claim["high"]:
        n = f"{claim['low']:,}–{claim['high']:,}"
    elif claim.get("best") is not None:
        n = f"{claim['best']:,}" + ("+" if claim.get("high") is None and claim.get("low") is not None else "")
    else:
        n = "?"
    words = [claim["category"], n]
    if claim.get("subgroup"):
        words.append(claim["subgroup"])
    flags = [f for f in ("negated", "hypothetical", "other_event") if claim.get(f)]
    label = " ".join(words)
    if claim.get("attribution"):
        label += f" ({claim['attribution']})"
    if flags:
        label += " [" + ", ".join(f.replace("_", " ") for f in flags) + "]"
    return label
