"""The dashboard in a real browser: Debian's chromium driven by Playwright, against uvicorn on a
local port serving the demo store. One browser and one server for the module.

Screenshots go to $EVENTWIRE_ARTIFACTS/serve (default: the pytest temp folder's artifacts/serve)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from eventwire.config import Settings
from eventwire.resources import Resources
from serve_support import HOSTILE, demo_store, running

pytestmark = pytest.mark.slow

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
READY = "() => document.body.dataset.ready === 'true' && [...document.querySelectorAll('main section')]" \
        ".every(s => s.dataset.state === 'ready')"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, settings: Settings, resources: Resources) -> Iterator[str]:
    db = demo_store(tmp_path_factory, settings, resources, "browser.db")
    with running(db, settings, resources, token=None) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is absent: `apt-get install chromium` (.ci/run does it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = os.environ.get("EVENTWIRE_ARTIFACTS")
    folder = (Path(root) if root else tmp_path_factory.getbasetemp() / "artifacts") / "serve"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass
class Watched:
    """A page and everything it did: console errors, uncaught exceptions, requests, dialogs."""

    page: Any
    base: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def open(self, path: str = "/") -> None:
        self.page.goto(self.base + path)
        self.page.wait_for_function(READY, timeout=30_000)

    def ready(self) -> None:
        self.page.wait_for_function(READY, timeout=30_000)

    def check(self) -> None:
        assert self.errors == [], self.errors
        assert self.dialogs == [], self.dialogs
        outside = [u for u in self.requests if not u.startswith(self.base + "/") and not u.startswith("data:")]
        assert outside == [], outside


@pytest.fixture
def page(browser: Any, base: str) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    w = Watched(context.new_page(), base)
    w.page.on("console", lambda m: w.errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    w.page.on("pageerror", lambda e: w.errors.append(f"page error: {e}"))
    w.page.on("request", lambda r: w.requests.append(r.url))

    def dialog(d: Any) -> None:
        w.dialogs.append(d.message)
        d.dismiss()

    w.page.on("dialog", dialog)
    yield w
    context.close()


def timeline_total(w: Watched) -> int:
    return int(w.page.get_attribute("#timeline-chart svg", "data-total"))


def test_dashboard_loads_with_no_errors_and_nothing_from_outside(page: Watched, base: str, artifacts: Path) -> None:
    page.open()
    assert re.match(r"30 documents, \d+ events", page.page.text_content("#store-summary") or "")
    total = httpx.get(base + "/api/stats/timeline").json()["total"]
    assert timeline_total(page) == total > 100
    assert page.page.locator("#timeline-chart rect").count() > 20
    assert page.page.locator("#dyads-graph .node").count() >= 3
    assert page.page.locator("#events-table tbody tr").count() == 50
    assert page.page.locator("#doc-list li").count() == 25
    assert page.page.locator("label[for=f-actor]").text_content() == "Actor"
    page.page.screenshot(path=str(artifacts / "dashboard.png"), full_page=True)
    page.check()
    assert any(u.endswith("/static/vendor/leaflet-1.9.4/leaflet.js") for u in page.requests)


def test_filtering_by_actor_changes_the_timeline_and_the_table(page: Watched, base: str, artifacts: Path) -> None:
    page.open()
    before = timeline_total(page)
    page.page.fill("#f-actor", "MYS")
    page.page.click("#filters button[type=submit]")
    page.page.wait_for_url(re.compile(r"\?actor=MYS"))
    page.page.wait_for_function(f"() => document.querySelector('#timeline-chart svg').dataset.total != '{before}'")
    page.ready()
    want = httpx.get(base + "/api/stats/timeline", params={"actor": "MYS"}).json()
    assert timeline_total(page) == want["total"] < before
    actors = page.page.locator("#events-table tbody tr td:nth-child(2)").all_text_contents()
    assert actors and all("MYS" in a for a in actors)
    page.page.screenshot(path=str(artifacts / "filtered-MYS.png"), full_page=True)
    shared = page.page.url
    page.open(shared.removeprefix(base))  # the URL alone gives the same view
    assert timeline_total(page) == want["total"]
    assert page.page.input_value("#f-actor") == "MYS"
    page.page.go_back()
    page.page.go_forward()
    page.check()


def test_choosing_an_event_shows_its_highlighted_evidence(page: Watched, base: str, artifacts: Path) -> None:
    page.open("/?actor=IDN&recipient=MYS")
    first = page.page.locator("#events-table tbody tr").first
    event_id = first.get_attribute("data-id")
    first.locator("button").click()
    page.page.wait_for_selector("#evidence .sentence mark.trigger")
    want = httpx.get(f"{base}/api/events/{event_id}").json()
    assert page.page.text_content("#evidence .sentence mark.trigger") == want["trigger"]["text"]
    actors = page.page.locator("#evidence .sentence mark.actor").all_text_contents()
    assert actors and set(actors) <= {s["text"] for s in want["evidence"]["spans"] if s["role"] == "actor"}
    assert page.page.text_content("#evidence .doc-title") == want["document"]["title"]
    assert page.page.get_attribute("#events-table tbody tr >> nth=0", "aria-selected") == "true"
    page.page.screenshot(path=str(artifacts / "evidence.png"), full_page=False, clip=None)
    # by keyboard: focus the second row's button, press Enter
    second = page.page.locator("#events-table tbody tr").nth(1)
    second.locator("button").focus()
    page.page.keyboard.press("Enter")
    page.page.wait_for_function("() => document.querySelector('#events-table tbody tr:nth-child(2)')"
                                ".getAttribute('aria-selected') === 'true'")
    page.page.wait_for_selector("#evidence .sentence mark.trigger")
    page.check()


def test_the_ledger_shows_the_demos_conflicting_figures(page: Watched, base: str, artifacts: Path) -> None:
    page.open()
    groups = page.page.locator("#ledger-groups .group[data-status=conflict]")
    want = httpx.get(base + "/api/claims", params={"status": "conflict", "limit": 10}).json()["items"]
    assert groups.count() == len(want) >= 1
    ships = groups.filter(has_text="about 40").filter(has_text="more than 60")
    assert ships.count() >= 1
    text = ships.first.text_content() or ""
    assert "✕ conflict" in text and "★ latest" in text
    assert re.search(r"conflict: \w+ \w+ about 40 vs \w+ \w+ more than 60", text)
    ships.first.screenshot(path=str(artifacts / "ledger-ships.png"))
    page.check()


def test_the_map_has_points(page: Watched, base: str, artifacts: Path) -> None:
    page.open("/?modality=all")
    places = httpx.get(base + "/api/stats/places", params={"modality": "all"}).json()["items"]
    assert page.page.locator("#map path.place").count() == len(places) >= 4
    assert page.page.locator("#map path.country").count() > 100
    assert "Jakarta" in (page.page.text_content("#map-summary") or "")
    page.page.locator("#map-section").screenshot(path=str(artifacts / "map.png"))
    page.check()


def test_a_hostile_article_stays_text(page: Watched, artifacts: Path) -> None:
    page.open("/?q=onerror&modality=all")
    rows = page.page.locator("#events-table tbody tr")
    assert rows.count() >= 1
    rows.first.locator("button").click()
    page.page.wait_for_selector("#evidence .sentence")
    assert "<img src=x onerror=" in (page.page.text_content("#evidence") or "")
    assert page.page.text_content("#evidence .doc-title") == HOSTILE["title"]
    page.page.fill("#doc-q", "onerror")
    page.page.click("#doc-search button")
    page.page.wait_for_function("() => document.querySelectorAll('#doc-list li').length === 1")
    page.page.click("#doc-list li button")
    page.page.wait_for_selector("#doc-view .doc-title")
    assert page.page.text_content("#doc-view .doc-title") == HOSTILE["title"]
    assert page.page.text_content("#doc-view .doc-text") == HOSTILE["text"]
    assert page.page.text_content("#doc-list li button") == HOSTILE["title"]
    page.page.screenshot(path=str(artifacts / "hostile.png"), full_page=True)
    assert page.page.evaluate("() => window.__xss") is None
    assert page.page.evaluate("() => document.querySelectorAll('img').length") == 0
    assert page.page.evaluate("() => [...document.scripts].every(s => s.src.startsWith(location.origin + '/static/'))")
    page.check()


def test_the_api_docs_work_offline(page: Watched) -> None:
    page.page.goto(page.base + "/docs")
    page.page.wait_for_selector("#swagger-ui .opblock", timeout=30_000)
    assert page.page.locator("#swagger-ui .opblock").count() >= 10
    page.check()


def test_the_watch_panel_shows_levels_and_alerts_with_evidence(page: Watched, artifacts: Path) -> None:
    page.open()
    watch = page.page.locator("article.watch[data-watch=standoff]")
    assert watch.count() == 1
    assert watch.locator("svg.level-chart circle").count() >= 2
    alerts = watch.locator("li.alert")
    assert alerts.count() >= 2
    first = alerts.nth(0)
    first.locator("summary").click()
    evidence = first.locator("details li")
    assert evidence.count() >= 1 and "reports from" in evidence.nth(0).inner_text()
    rows = page.page.locator("#incidents-table tbody tr")
    assert rows.count() > 0
    page.page.locator("#watches").screenshot(path=str(artifacts / "watches.png"))
    page.check()
