// The JSON API: every answer is {"ok": true, ...} or {"ok": false, "error": "..."}.

export async function getJSON(url, signal) {
  const response = await fetch(url, { signal, headers: { Accept: "application/json" } });
  let body;
  try {
    body = await response.json();
  } catch (_) {
    throw new Error(`${url}: HTTP ${response.status}`);
  }
  if (!response.ok || !body.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

// All events matching the server-side filters, following `next` links up to `max` rows.
export async function loadEvents(params, max, signal, onPage) {
  const query = new URLSearchParams(params);
  query.set("fields", "map");
  query.set("limit", "1000");
  let url = `/api/events?${query}`;
  const rows = [];
  let truncated = false;
  while (url) {
    const page = await getJSON(url, signal);
    rows.push(...page.rows);
    if (onPage) onPage(rows.length);
    url = page.next;
    if (url && rows.length >= max) {
      truncated = true;
      break;
    }
  }
  return { rows, truncated };
}
