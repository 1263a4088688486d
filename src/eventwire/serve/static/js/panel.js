// The side panel: one event's record, who claims it and how, its sources, its evidence.
import { getJSON } from "./api.js";
import { append, clear, el, safeLink } from "./dom.js";
import { renderHighlighted } from "./highlight.js";

const HIGHLIGHTS = [
  ["evidence", "evidence sentence"],
  ["trigger", "event word"],
  ["location", "place"],
  ["time", "time"],
  ["attribution_source", "who says it"],
  ["attribution_cue", "how (cue)"],
];

function actorText(actors) {
  if (!actors || !actors.length) return "—";
  return actors.map((a) => (a.country ? `${a.name} (${a.country})` : a.name)).join(", ");
}

function value(v) {
  return v === null || v === undefined || v === "" ? "—" : String(v);
}

function facts(pairs) {
  const dl = el("dl", { className: "facts" });
  for (const [name, v] of pairs) append(dl, [el("dt", {}, name), el("dd", {}, value(v))]);
  return dl;
}

function claimLine(claim) {
  const a = claim.attribution;
  if (!a) return el("p", { className: "claim" }, `${value(claim.status)}: the article states it itself.`);
  const who = [a.speaker_name || a.source_text, a.speaker_role, a.speaker_organization, a.speaker_country]
    .filter(Boolean)
    .join(", ");
  return el(
    "div",
    { className: "claim" },
    el("p", {}, `${value(claim.status)} by ${who || "an unnamed source"} — ${a.kind} speech, cue “${a.cue_text}”`),
    el("p", { className: "quote" }, a.content_text),
  );
}

export class Panel {
  constructor(root, onClose) {
    this.root = root;
    this.title = root.querySelector("#panel-title");
    this.body = root.querySelector("#panel-body");
    this.onClose = onClose;
    root.querySelector("#panel-close").addEventListener("click", () => this.close());
    root.addEventListener("keydown", (e) => {
      if (e.key === "Escape") this.close();
    });
    this.request = null;
  }

  close() {
    this.root.hidden = true;
    clear(this.body);
    this.onClose();
  }

  async show(eventId) {
    if (this.request) this.request.abort();
    this.request = new AbortController();
    const signal = this.request.signal;
    this.root.hidden = false;
    this.title.textContent = "Loading…";
    clear(this.body);
    let detail;
    try {
      detail = await getJSON(`/api/events/${encodeURIComponent(eventId)}`, signal);
    } catch (err) {
      if (err.name === "AbortError") return;
      this.title.textContent = "Event not found";
      append(this.body, [el("p", { className: "note" }, err.message)]);
      return;
    }
    this.render(detail, signal);
    this.root.focus();
  }

  render(detail, signal) {
    const r = detail.record;
    const e = detail.event;
    this.title.textContent = `${r.acled_sub_type || r.eventwire_type}${r.location_name ? ` in ${r.location_name}` : ""}`;
    const f = e.fatalities || {};
    append(this.body, [
      facts([
        ["Type", [r.eventwire_type, r.acled_type, r.plover_type].filter(Boolean).join(" · ")],
        ["Date", r.date_value ? `${r.date_value}${r.date_text ? ` (“${r.date_text}”)` : ""}` : r.event_date],
        ["Place", [r.location_name, r.admin1, r.country].filter(Boolean).join(", ")],
        ["Precision", r.geo_precision],
        ["Actors", actorText(e.actors)],
        ["Targets", actorText(e.targets)],
        ["Killed", f.killed_max && f.killed_max !== f.killed ? `${f.killed}–${f.killed_max}` : f.killed],
        ["Injured", f.injured],
        ["Weapons", (e.weapons || []).map((w) => w.text).join(", ")],
        ["Claim", r.claimed_by ? `${r.claim_status} by ${r.claimed_by}` : r.claim_status],
        ["Confidence", r.confidence],
        ["Sources", r.source_count],
        ["Event id", r.id],
      ]),
      el("h3", {}, "Who claims it, and how"),
      detail.sources.map((s) => claimLine(s.claim)),
    ]);
    if (detail.merge.merged) {
      const differing = Object.entries(detail.merge.disagreements);
      append(this.body, [
        el("h3", {}, "Merged from several reports"),
        detail.merge.explanation ? el("p", { className: "note" }, detail.merge.explanation) : null,
        differing.length
          ? el("ul", { className: "note" }, differing.map(([k, vs]) => el("li", {}, `${k}: ${vs.map(value).join(" / ")}`)))
          : el("p", { className: "note" }, "The sources agree on date, place, fatalities and claim."),
      ]);
    }
    const textBox = el("div", { className: "article-text", tabindex: "0", "aria-label": "Article text with the evidence highlighted" });
    const articleHead = el("p", { className: "note" });
    const list = el("ol", { className: "sources" });
    detail.sources.forEach((s, i) => {
      const a = s.article;
      const show = el("button", { type: "button", onclick: () => this.showArticle(s, textBox, articleHead, signal) }, "Show text");
      append(list, [
        el(
          "li",
          {},
          el("strong", {}, a.title || a.source || s.article_id),
          a.source ? ` — ${a.source}` : "",
          a.published ? `, ${a.published}` : "",
          a.url ? [" ", safeLink(a.url, "link")] : "",
          el("br"),
          `${value(s.date_value)}, ${value(s.location_name)}, killed ${value(s.killed)}, ${s.claim_status}`,
          s.claimed_by ? ` by ${s.claimed_by}` : "",
          " ",
          show,
        ),
      ]);
      if (i === 0) this.showArticle(s, textBox, articleHead, signal);
    });
    append(this.body, [
      el("h3", {}, "Source reports"),
      list,
      el("h3", {}, "Article text"),
      articleHead,
      el("ul", { className: "hl-legend", "aria-label": "Highlight colours" },
        HIGHLIGHTS.map(([cls, name]) => el("li", {}, el("span", { className: `hl-${cls}` }, name)))),
      textBox,
    ]);
  }

  async showArticle(source, box, head, signal) {
    let article;
    try {
      article = await getJSON(`/api/articles/${encodeURIComponent(source.article_id)}`, signal);
    } catch (err) {
      if (err.name !== "AbortError") head.textContent = `Article unavailable: ${err.message}`;
      return;
    }
    const a = article.article;
    head.textContent = `${a.title || a.source_id}${a.published ? `, ${a.published}` : ""}`;
    clear(box);
    const first = renderHighlighted(box, a.text, this.spansFor(article.spans, source.position));
    if (first) {
      first.id = "evidence-start";
      box.scrollTop = Math.max(0, first.offsetTop - box.offsetTop - 40);
    }
  }

  spansFor(spans, position) {
    const report = spans.events.find((e) => e.position === position);
    if (!report) return [];
    const marks = [];
    const add = (s, cls) => {
      if (s) marks.push({ start: s.start, end: s.end, cls, title: s.label ? `${cls.replace("_", " ")}: ${s.label}` : cls });
    };
    add(report.evidence, "evidence");
    add(report.trigger, "trigger");
    add(report.location, "location");
    const ev = report.evidence;
    for (const t of spans.times) if (t.start >= ev.start && t.end <= ev.end) add(t, "time");
    const claimed = report.claim && report.claim.attribution;
    const attribution = spans.attributions.find((a) => a.index === claimed);
    if (attribution) {
      add(attribution.source, "attribution_source");
      add(attribution.cue, "attribution_cue");
      add(attribution.content, "attribution_content");
    }
    return marks;
  }
}
