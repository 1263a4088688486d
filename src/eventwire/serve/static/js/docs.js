// A plain list of the API's endpoints from /openapi.json, when Swagger UI is not vendored.
import { append, clear, el } from "./dom.js";

async function start() {
  const root = document.getElementById("endpoints");
  const spec = await (await fetch("/openapi.json")).json();
  clear(root);
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = (op.parameters || []).map((p) =>
        el("li", {}, el("code", {}, p.name), ` (${p.in}${p.required ? ", required" : ""}) ${p.description || ""}`));
      append(root, [
        el("h2", {}, el("code", {}, `${method.toUpperCase()} ${path}`)),
        el("p", {}, op.summary || ""),
        op.description ? el("pre", {}, op.description) : null,
        params.length ? el("ul", {}, params) : null,
      ]);
    }
  }
}

start();
