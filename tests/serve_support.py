"""Shared by the serve tests: the demo store (built once per session, copied per module) with one
hostile article in it, and a real uvicorn server on a free local port in a thread."""

from __future__ import annotations

import json
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn

from eventwire import watches
from eventwire.config import Settings
from eventwire.pipeline import Pipeline, run_ingest
from eventwire.resources import Resources
from eventwire.serve import create_app
from eventwire.store import Store

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "examples" / "corpus"
TOKEN = "test-token-0123456789abcdef"

#: an article whose title, source and text carry markup that would run if shown as HTML
HOSTILE = {
    "id": "hostile-1",
    "title": '<script>window.__xss=1</script>Fishermen <img src=x onerror="window.__xss=2"> freed',
    "source": "Harbor Wire <b>bold</b>",
    "published": "2025-03-06",
    "text": ('Malaysian police arrested 12 Indonesian fishermen near Tawau on Monday '
             '<img src=x onerror="window.__xss=3">, officials said. <script>window.__xss=4</script> '
             "Indonesia protested the arrests on Tuesday."),
}


def demo_store(tmp_path_factory: pytest.TempPathFactory, settings: Settings, resources: Resources,
               name: str) -> Path:
    """A copy (``name``) of the demo corpus store plus the hostile article. The store is built once
    per test session and copied, so each module may write to its own."""
    base = tmp_path_factory.getbasetemp() / "serve-demo"
    pristine = base / "pristine.db"
    if not pristine.exists():
        base.mkdir(exist_ok=True)
        hostile = base / "hostile.jsonl"
        hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
        building = base / "building.db"
        with Store(building) as store:
            # a watch on the standoff's material conflict, evaluated as the documents arrive
            watches.add(store.db, watches.Watch(name="standoff", measure="incidents", levels=[2, 4, 8],
                                                actor=["IDN", "MYS"], recipient=["IDN", "MYS"], window=7))
            report = run_ingest([str(CORPUS), str(hostile)], store, settings, pipeline=Pipeline(settings, resources))
            assert report.ingested == 30 and not report.failed, report.summary()
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        building.rename(pristine)
    target = tmp_path_factory.mktemp("serve") / name
    shutil.copy(pristine, target)
    return target


@contextmanager
def running(db: Path, settings: Settings, resources: Resources, token: str | None = TOKEN) -> Iterator[str]:
    """The app over ``db`` under uvicorn on 127.0.0.1 and a free port; yields its base URL."""
    app = create_app(str(db), token=token, settings=settings, pipeline=Pipeline(settings, resources))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
