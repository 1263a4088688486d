// Article text with spans marked: every piece of text is a text node, never parsed HTML.

// Offsets from eventwire count Unicode code points (Python); JavaScript strings count UTF-16
// units. This maps one to the other when the text has characters outside the BMP.
function codePointIndex(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return null;
  const index = [0];
  let unit = 0;
  for (const ch of text) {
    unit += ch.length;
    index.push(unit);
  }
  return index;
}

// spans: [{start, end, cls, title}] in code points. Overlapping spans nest as one <mark>
// per segment carrying every class that covers it.
export function renderHighlighted(container, text, spans) {
  const index = codePointIndex(text);
  const toUnit = (cp) => (index ? index[Math.min(cp, index.length - 1)] : cp);
  const usable = spans
    .map((s) => ({ ...s, a: toUnit(s.start), b: toUnit(s.end) }))
    .filter((s) => s.b > s.a && s.a >= 0 && s.b <= text.length);
  const cuts = new Set([0, text.length]);
  for (const s of usable) {
    cuts.add(s.a);
    cuts.add(s.b);
  }
  const points = [...cuts].sort((x, y) => x - y);
  let first = null;
  for (let i = 0; i + 1 < points.length; i += 1) {
    const a = points[i];
    const b = points[i + 1];
    const piece = text.slice(a, b);
    const covering = usable.filter((s) => s.a <= a && s.b >= b);
    if (!covering.length) {
      container.append(document.createTextNode(piece));
      continue;
    }
    const mark = document.createElement("mark");
    mark.className = [...new Set(covering.map((s) => `hl-${s.cls}`))].join(" ");
    const titles = covering.map((s) => s.title).filter(Boolean);
    if (titles.length) mark.title = [...new Set(titles)].join("; ");
    mark.textContent = piece;
    container.append(mark);
    if (!first && covering.some((s) => s.cls === "evidence")) first = mark;
  }
  return first;
}
