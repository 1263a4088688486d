"""Copy the browser libraries the page needs from node_modules into static/vendor/.

    npm ci --no-audit --no-fund --ignore-scripts
    .venv/bin/python -m eventwire.serve.vendor [NODE_MODULES]

The vendored files are not committed (static/vendor/ is git-ignored): they are the npm
packages pinned in package-lock.json, copied flat so that the page loads them from
eventwire itself and works without a network.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

STATIC = Path(__file__).parent / "static"
VENDOR = STATIC / "vendor"

# (file inside node_modules, name under static/vendor/)
FILES: tuple[tuple[str, str], ...] = (
    ("leaflet/dist/leaflet.js", "leaflet.js"),
    ("leaflet/dist/leaflet.css", "leaflet.css"),
    ("leaflet/LICENSE", "LICENSE.leaflet"),
    ("leaflet.markercluster/dist/leaflet.markercluster.js", "leaflet.markercluster.js"),
    ("leaflet.markercluster/dist/MarkerCluster.css", "MarkerCluster.css"),
    ("leaflet.markercluster/dist/MarkerCluster.Default.css", "MarkerCluster.Default.css"),
    ("leaflet.markercluster/MIT-LICENCE.txt", "LICENSE.markercluster"),
    ("topojson-client/dist/topojson-client.min.js", "topojson-client.min.js"),
    ("topojson-client/LICENSE", "LICENSE.topojson-client"),
    ("world-atlas/countries-110m.json", "countries-110m.json"),
    ("world-atlas/LICENSE", "LICENSE.world-atlas"),
    ("swagger-ui-dist/swagger-ui-bundle.js", "swagger-ui-bundle.js"),
    ("swagger-ui-dist/swagger-ui.css", "swagger-ui.css"),
    ("swagger-ui-dist/LICENSE", "LICENSE.swagger-ui"),
)
# What the map page cannot work without (the docs page has a plain fallback).
PAGE_FILES = (
    "leaflet.js",
    "leaflet.css",
    "leaflet.markercluster.js",
    "MarkerCluster.css",
    "MarkerCluster.Default.css",
    "topojson-client.min.js",
    "countries-110m.json",
)
DOCS_FILES = ("swagger-ui-bundle.js", "swagger-ui.css")


def missing(names: tuple[str, ...] = PAGE_FILES, folder: Path = VENDOR) -> list[str]:
    """The vendored files among `names` that are not in `folder`."""
    return [name for name in names if not (folder / name).is_file()]


def copy_vendor(node_modules: Path, folder: Path = VENDOR) -> list[Path]:
    """Copy FILES from `node_modules` into `folder`; raise FileNotFoundError naming any absent."""
    absent = [source for source, _ in FILES if not (node_modules / source).is_file()]
    if absent:
        raise FileNotFoundError(
            f"not in {node_modules}: {', '.join(absent)} (run `npm ci` at the repository root)"
        )
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for source, name in FILES:
        target = folder / name
        shutil.copyfile(node_modules / source, target)
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    node_modules = Path(argv[0]) if argv else Path.cwd() / "node_modules"
    try:
        written = copy_vendor(node_modules)
    except FileNotFoundError as exc:
        print(f"eventwire.serve.vendor: {exc}", file=sys.stderr)
        return 1
    print(f"eventwire.serve.vendor: {len(written)} files in {VENDOR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
