"""A sample database and a real uvicorn server over it, shared by the serve tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
import uvicorn

from eventwire.ingest import article_from_text
from eventwire.serve.app import create_app
from serve.sample_db import EXAMPLE, Sample, build_sample_db


@dataclass(frozen=True)
class LiveServer:
    url: str
    sample: Sample


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory, pipeline) -> Sample:  # type: ignore[no-untyped-def]
    """Hand-built reports plus the bundled example article run through the real pipeline."""
    example = pipeline.process(
        article_from_text(EXAMPLE.read_text(encoding="utf-8"), date(2023, 6, 10), EXAMPLE.name)
    )
    return build_sample_db(tmp_path_factory.mktemp("serve") / "events.db", example)


@pytest.fixture(scope="session")
def live_server(sample_db: Sample) -> Iterator[LiveServer]:
    """`eventwire serve` over the sample database on a free port, in a background thread."""
    port = free_port()
    config = uvicorn.Config(
        create_app(str(sample_db.path)), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    yield LiveServer(f"http://127.0.0.1:{port}", sample_db)
    server.should_exit = True
    thread.join(timeout=10)
