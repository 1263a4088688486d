// A histogram of events per period, in plain SVG, with a brush that picks a date range.

const SVG = "http://www.w3.org/2000/svg";
const DAY_MS = 86400000;
const HEIGHT = 84;
const AXIS = 14;

export function dayNumber(iso) {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function isoDay(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function svgEl(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export class Timeline {
  constructor(svg, onRange) {
    this.svg = svg;
    this.onRange = onRange;
    this.bins = [];
    this.range = null; // [firstDay, lastDay] inclusive, or null
    this.drag = null;
    svg.addEventListener("pointerdown", (e) => this.pointerDown(e));
    svg.addEventListener("pointermove", (e) => this.pointerMove(e));
    svg.addEventListener("pointerup", (e) => this.pointerUp(e));
    svg.addEventListener("keydown", (e) => this.keyDown(e));
    new ResizeObserver(() => {
      this.computeBins();
      this.render();
    }).observe(svg);
  }

  setData(rows) {
    const days = [];
    for (const row of rows) if (row.event_date) days.push(dayNumber(row.event_date));
    this.days = days;
    this.computeBins();
    this.render();
  }

  computeBins() {
    const days = this.days || [];
    if (!days.length) {
      this.bins = [];
      return;
    }
    let lo = Infinity;
    let hi = -Infinity;
    for (const d of days) {
      if (d < lo) lo = d;
      if (d > hi) hi = d;
    }
    // A few days of margin, so that one busy day is a bar and not the whole chart.
    if (hi - lo < 14) {
      lo -= 7;
      hi += 7;
    }
    const width = this.svg.clientWidth || 800;
    const wanted = Math.max(10, Math.min(150, Math.floor(width / 7)));
    const step = Math.max(1, Math.ceil((hi - lo + 1) / wanted));
    const count = Math.floor((hi - lo) / step) + 1;
    this.bins = Array.from({ length: count }, (_, i) => ({ start: lo + i * step, end: lo + (i + 1) * step - 1, n: 0 }));
    for (const d of days) this.bins[Math.floor((d - lo) / step)].n += 1;
    this.lo = lo;
    this.step = step;
  }

  setRange(since, until, notify) {
    if (!since && !until) this.range = null;
    else {
      const first = since ? dayNumber(since) : (this.bins.length ? this.bins[0].start : dayNumber(until));
      const last = until ? dayNumber(until) : (this.bins.length ? this.bins[this.bins.length - 1].end : first);
      this.range = [Math.min(first, last), Math.max(first, last)];
    }
    this.render();
    if (notify) this.notify();
  }

  notify() {
    this.onRange(this.range ? isoDay(this.range[0]) : null, this.range ? isoDay(this.range[1]) : null);
  }

  x(day) {
    const w = this.svg.clientWidth || 800;
    const first = this.bins[0].start;
    const span = this.bins[this.bins.length - 1].end + 1 - first;
    return ((day - first) / span) * w;
  }

  dayAt(px) {
    const w = this.svg.clientWidth || 800;
    const first = this.bins[0].start;
    const span = this.bins[this.bins.length - 1].end + 1 - first;
    return first + Math.floor(Math.max(0, Math.min(w - 1, px)) / w * span);
  }

  render() {
    const svg = this.svg;
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    const w = svg.clientWidth || 800;
    svg.setAttribute("viewBox", `0 0 ${w} ${HEIGHT}`);
    if (!this.bins.length) {
      const t = svgEl("text", { x: 4, y: HEIGHT / 2, class: "axis" });
      t.textContent = "No dated events";
      svg.append(t);
      return;
    }
    const max = Math.max(...this.bins.map((b) => b.n));
    const plot = HEIGHT - AXIS;
    for (const bin of this.bins) {
      if (!bin.n) continue;
      const x0 = this.x(bin.start);
      const x1 = this.x(bin.end + 1);
      const h = Math.max(1, (bin.n / max) * (plot - 4));
      const inside = this.range && bin.end >= this.range[0] && bin.start <= this.range[1];
      const rect = svgEl("rect", {
        x: x0 + 0.5, y: plot - h, width: Math.max(1, x1 - x0 - 1), height: h,
        class: `bar-rect${inside ? " in" : ""}`,
      });
      const title = svgEl("title", {});
      title.textContent = `${isoDay(bin.start)}${bin.end > bin.start ? ` – ${isoDay(bin.end)}` : ""}: ${bin.n} events`;
      rect.append(title);
      svg.append(rect);
    }
    const first = svgEl("text", { x: 2, y: HEIGHT - 2, class: "axis" });
    first.textContent = isoDay(this.bins[0].start);
    const last = svgEl("text", { x: w - 2, y: HEIGHT - 2, class: "axis", "text-anchor": "end" });
    last.textContent = isoDay(this.bins[this.bins.length - 1].end);
    svg.append(first, last);
    if (this.range) {
      const x0 = this.x(this.range[0]);
      const x1 = this.x(this.range[1] + 1);
      svg.append(svgEl("rect", { x: x0, y: 0, width: Math.max(2, x1 - x0), height: plot, class: "brush" }));
    }
  }

  localX(e) {
    const box = this.svg.getBoundingClientRect();
    return e.clientX - box.left;
  }

  pointerDown(e) {
    if (!this.bins.length) return;
    this.svg.setPointerCapture(e.pointerId);
    this.drag = { x0: this.localX(e), moved: false };
  }

  pointerMove(e) {
    if (!this.drag) return;
    const x = this.localX(e);
    if (Math.abs(x - this.drag.x0) < 3 && !this.drag.moved) return;
    this.drag.moved = true;
    const a = this.dayAt(this.drag.x0);
    const b = this.dayAt(x);
    this.range = [Math.min(a, b), Math.max(a, b)];
    this.render();
  }

  pointerUp(e) {
    if (!this.drag) return;
    const moved = this.drag.moved;
    this.drag = null;
    this.svg.releasePointerCapture(e.pointerId);
    if (!moved) this.range = null; // a click without a drag clears the range
    this.render();
    this.notify();
  }

  keyDown(e) {
    if (!this.bins.length) return;
    if (e.key === "Escape") {
      this.range = null;
    } else if (e.key === "ArrowLeft" || e.key === "ArrowRight") {
      const shift = (e.key === "ArrowLeft" ? -1 : 1) * this.step;
      const last = this.bins[this.bins.length - 1];
      if (!this.range) this.range = [last.start, last.end];
      else if (this.range[0] + shift >= this.bins[0].start && this.range[1] + shift <= last.end) {
        this.range = [this.range[0] + shift, this.range[1] + shift];
      }
    } else return;
    e.preventDefault();
    this.render();
    this.notify();
  }
}
