// The page: filters (in the URL) → events from the API → map, timeline and side panel.
import { getJSON, loadEvents } from "./api.js";
import { append, el } from "./dom.js";
import { EventMap } from "./map.js";
import { Panel } from "./panel.js";
import { readState, serverParams, SERVER_KEYS, writeState } from "./state.js";
import { Timeline } from "./timeline.js";

// Beyond this many events the page stops loading and says so: 10,000 clustered markers stay
// responsive; narrower filters show the rest.
const MAX_EVENTS = 10000;

const state = readState();
const form = document.getElementById("filters");
const summary = document.getElementById("summary");
const inputs = {
  type: document.getElementById("f-type"),
  actor_country: document.getElementById("f-actor-country"),
  status: document.getElementById("f-status"),
  since: document.getElementById("f-since"),
  until: document.getElementById("f-until"),
};
const clearRange = document.getElementById("timeline-clear");
const rangeText = document.getElementById("timeline-range");

let rows = [];
let truncated = false;
let loading = null;
let firstShow = true;

const eventMap = new EventMap("map", (id) => openEvent(id));
const panel = new Panel(document.getElementById("panel"), () => {
  delete state.event;
  writeState(state);
  eventMap.invalidate();
});
const timeline = new Timeline(document.getElementById("timeline"), (since, until) => {
  setRange(since, until);
});

function fillSelect(select, counts, chosen) {
  const options = Object.entries(counts).map(([v, n]) => el("option", { value: v }, `${v} (${n})`));
  if (chosen && !(chosen in counts)) options.push(el("option", { value: chosen }, chosen));
  append(select, options);
  select.value = chosen || "";
}

function legend(types) {
  const list = document.getElementById("legend");
  append(list, types.map((t) => el("li", {}, el("span", { className: `swatch ew-c${eventMap.colourOf(t)}`, "aria-hidden": "true" }), t)));
}

function visibleRows() {
  if (!state.since && !state.until) return rows;
  return rows.filter((r) => r.event_date && (!state.since || r.event_date >= state.since) && (!state.until || r.event_date <= state.until));
}

function refreshMap() {
  const shown = visibleRows();
  const placed = eventMap.show(shown, firstShow);
  firstShow = false;
  const unplaced = shown.length - placed;
  summary.textContent = `${shown.length} event${shown.length === 1 ? "" : "s"}${unplaced ? ` (${unplaced} without a place)` : ""}` +
    `${shown.length !== rows.length ? ` of ${rows.length} in the time range` : ""}` +
    `${truncated ? `; only the newest ${rows.length} loaded, narrow the filters to see all` : ""}`;
  document.body.dataset.markers = String(placed);
  const ranged = Boolean(state.since || state.until);
  clearRange.hidden = !ranged;
  rangeText.textContent = ranged ? `${state.since || "…"} to ${state.until || "…"}` : "";
}

function setRange(since, until) {
  if (since) state.since = since; else delete state.since;
  if (until) state.until = until; else delete state.until;
  inputs.since.value = state.since || "";
  inputs.until.value = state.until || "";
  writeState(state);
  refreshMap();
}

async function reload() {
  if (loading) loading.abort();
  loading = new AbortController();
  summary.textContent = "Loading events…";
  document.body.dataset.loading = "1";
  try {
    const result = await loadEvents(serverParams(state), MAX_EVENTS, loading.signal, (n) => {
      summary.textContent = `Loading events… ${n}`;
    });
    rows = result.rows;
    eventMap.forget();
    truncated = result.truncated;
  } catch (err) {
    if (err.name === "AbortError") return;
    summary.textContent = `Could not load events: ${err.message}`;
    return;
  }
  timeline.setData(rows);
  timeline.setRange(state.since, state.until, false);
  refreshMap();
  delete document.body.dataset.loading;
}

function openEvent(id) {
  state.event = id;
  writeState(state);
  panel.show(id).then(() => eventMap.invalidate());
}

form.addEventListener("change", (e) => {
  const name = e.target.name;
  if (SERVER_KEYS.includes(name)) {
    if (e.target.value) state[name] = e.target.value; else delete state[name];
    writeState(state);
    reload();
  } else if (name === "since" || name === "until") {
    setRange(inputs.since.value || null, inputs.until.value || null);
    timeline.setRange(state.since, state.until, false);
  }
});
form.addEventListener("reset", (e) => {
  e.preventDefault();
  for (const key of [...SERVER_KEYS, "since", "until"]) {
    delete state[key];
    inputs[key].value = "";
  }
  writeState(state);
  timeline.setRange(null, null, false);
  reload();
});
clearRange.addEventListener("click", () => {
  timeline.setRange(null, null, true);
});

async function start() {
  let stats;
  try {
    stats = await getJSON("/api/stats");
  } catch (err) {
    summary.textContent = `The database cannot be read: ${err.message}`;
    return;
  }
  const types = Object.keys(stats.types);
  eventMap.setTypes(types);
  fillSelect(inputs.type, stats.types, state.type);
  fillSelect(inputs.actor_country, stats.actor_countries, state.actor_country);
  fillSelect(inputs.status, stats.claim_statuses, state.status);
  inputs.since.value = state.since || "";
  inputs.until.value = state.until || "";
  legend(types);
  await reload();
  if (state.event) openEvent(state.event);
}

start();
