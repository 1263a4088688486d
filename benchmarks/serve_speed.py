"""`eventwire serve` speed: /api/events pages of 500 from a 100,000-event database.

Builds a synthetic SQLite database with the store benchmark's generator (once; reused from
--db when given), starts the real server with uvicorn on a free port and times requests
through HTTP with httpx. Target (issue 8): a page of 500 in < 100 ms.

    .venv/bin/python benchmarks/serve_speed.py [--events 100000] [--db /tmp/serve-bench.db]
"""

from __future__ import annotations

import argparse
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

sys.path.insert(0, str(Path(__file__).parent))
from store_speed import build_big  # the store benchmark's synthetic events

from eventwire.serve.app import create_app

TARGET_MS = 100.0
QUERIES = {
    "newest 500": "/api/events?limit=500",
    "newest 500, map fields": "/api/events?limit=500&fields=map",
    "page 20 via next links": None,  # filled in by following `next`
    "country + type": "/api/events?limit=500&country=UA&type=Armed%20clash",
    "bbox": "/api/events?limit=500&bbox=20,40,40,55",
    "since/until": "/api/events?limit=500&since=2020-01-01&until=2020-06-30",
    "text": "/api/events?limit=500&text=rescue",
    "stats": "/api/stats",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _time(client: httpx.Client, url: str, repeat: int = 7) -> tuple[float, int]:
    client.get(url)  # warm the cache: the figure is for a running server
    times = []
    rows = 0
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
        rows = len(response.json().get("rows", []))
    return statistics.median(times), rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="reuse or build the database here")
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp(prefix="eventwire-serve-bench-")) / "events.db"
    if not path.exists():
        started = time.perf_counter()
        build_big(path, args.events)
        print(f"built {args.events:,} events in {time.perf_counter() - started:.1f} s: {path}")
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(str(path)), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    worst = 0.0
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
        total = client.get("/api/stats").json()["events"]
        print(f"database: {total:,} events")
        for name, url in QUERIES.items():
            if url is None:
                url = "/api/events?limit=500"
                for _ in range(19):
                    url = client.get(url).json()["next"]
            ms, rows = _time(client, url)
            if url.startswith("/api/events"):
                worst = max(worst, ms)
            print(f"{name:<26} {ms:7.1f} ms  ({rows} rows)")
    server.should_exit = True
    thread.join(timeout=10)
    verdict = "OK" if worst < TARGET_MS else "OVER"
    print(f"slowest page of events: {worst:.1f} ms (target < {TARGET_MS:.0f} ms) {verdict}")


if __name__ == "__main__":
    main()
