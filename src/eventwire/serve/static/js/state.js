// The page's state lives in the query string, so that any view can be shared as a URL.

export const FILTER_KEYS = ["type", "actor_country", "status", "since", "until"];
// Filters the server applies; since/until are applied here (the timeline brush).
export const SERVER_KEYS = ["type", "actor_country", "status"];

export function readState() {
  const query = new URLSearchParams(window.location.search);
  const state = {};
  for (const key of [...FILTER_KEYS, "event"]) {
    const value = query.get(key);
    if (value) state[key] = value;
  }
  for (const key of ["since", "until"]) {
    if (state[key] && !/^\d{4}-\d{2}-\d{2}$/.test(state[key])) delete state[key];
  }
  return state;
}

export function writeState(state) {
  const query = new URLSearchParams();
  for (const key of [...FILTER_KEYS, "event"]) {
    if (state[key]) query.set(key, state[key]);
  }
  const search = query.toString();
  const url = `${window.location.pathname}${search ? `?${search}` : ""}`;
  window.history.replaceState(null, "", url);
}

export function serverParams(state) {
  const params = {};
  for (const key of SERVER_KEYS) if (state[key]) params[key] = state[key];
  return params;
}
