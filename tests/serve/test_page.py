"""The map page in a real browser (Debian's chromium through Playwright) against a live server.

Skipped, saying why, when /usr/bin/chromium or the vendored browser libraries are missing
(`npm ci` and `python -m eventwire.serve.vendor` put them in place; see docs/serve.md).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Dialog, Page, sync_playwright

from eventwire.serve import vendor
from serve.conftest import LiveServer
from serve.sample_db import REPO

CHROMIUM = Path(os.environ.get("EVENTWIRE_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = REPO / "artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no browser at {CHROMIUM}"),
    pytest.mark.skipif(
        bool(vendor.missing()),
        reason="page libraries not vendored (npm ci; python -m eventwire.serve.vendor): "
        + ", ".join(vendor.missing()),
    ),
]

NewContext = Callable[..., BrowserContext]


@pytest.fixture(scope="module")
def browser_factory() -> Iterator[NewContext]:
    contexts: list[BrowserContext] = []
    with sync_playwright() as playwright:

        def new_context(**options: object) -> BrowserContext:
            context = playwright.chromium.launch_persistent_context(
                tempfile.mkdtemp(prefix="eventwire-chromium-"),  # a fresh profile each time
                executable_path=str(CHROMIUM),
                args=CHROMIUM_ARGS,
                headless=True,
                **options,  # type: ignore[arg-type]
            )
            contexts.append(context)
            return context

        yield new_context
        for context in contexts:
            context.close()


@pytest.fixture()
def page(browser_factory: NewContext, live_server: LiveServer) -> Iterator[Page]:
    context = browser_factory(viewport={"width": 1280, "height": 860})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    page.close()
    assert errors == [], errors


def _open(page: Page, url: str) -> int:
    page.goto(url)
    page.wait_for_selector("body[data-markers]:not([data-loading])", state="attached")
    return int(page.get_attribute("body", "data-markers") or 0)


def test_page_shows_markers_and_a_timeline(page: Page, live_server: LiveServer) -> None:
    markers = _open(page, live_server.url + "/")
    assert markers >= 5
    # Clustered or single, something is drawn on the map for them.
    assert page.locator(".ew-marker, .marker-cluster").count() > 0
    assert page.locator("#timeline rect.bar-rect").count() > 0
    assert page.locator("path.country").count() > 100  # country outlines, no tile server
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "serve-map.png"))


def test_a_filter_reduces_the_markers_and_lands_in_the_url(
    page: Page, live_server: LiveServer
) -> None:
    everything = _open(page, live_server.url + "/")
    page.select_option("#f-type", "protest")
    page.wait_for_selector("body:not([data-loading])", state="attached")
    page.wait_for_selector('body[data-markers="2"]', state="attached")
    assert everything > 2
    assert "type=protest" in page.url
    # The shared URL gives the same view.
    assert _open(page, page.url) == 2
    assert page.input_value("#f-type") == "protest"


def test_the_brush_narrows_the_map_to_a_time_range(page: Page, live_server: LiveServer) -> None:
    everything = _open(page, live_server.url + "/")
    box = page.locator("#timeline").bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.9, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.999, y, steps=8)
    page.mouse.up()
    shown = int(page.get_attribute("body", "data-markers") or 0)
    assert 0 < shown < everything
    assert "since=" in page.url and "until=" in page.url
    page.click("#timeline-clear")
    assert int(page.get_attribute("body", "data-markers") or 0) == everything


def test_a_marker_opens_its_record_with_evidence_highlighted(
    page: Page, live_server: LiveServer
) -> None:
    assert _open(page, live_server.url + "/?actor_country=COD&type=protest") == 1
    page.click(".ew-marker")
    page.wait_for_selector("mark.hl-evidence")
    assert "Peaceful protest in Goma" in (page.text_content("#panel-title") or "")
    evidence = "".join(page.locator("mark.hl-evidence").all_text_contents())
    assert evidence.startswith("Thousands protested peacefully in Goma")
    assert page.locator("mark.hl-location").all_text_contents() == ["Goma"]
    assert page.locator("mark.hl-time").all_text_contents() == ["Tuesday"]
    assert page.locator("mark.hl-attribution_cue").all_text_contents() == ["said"]
    panel = page.text_content("#panel") or ""
    assert "reported by the governor" in panel and "Test Wire" in panel
    assert "event=" in page.url
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "serve-record.png"))


def test_a_merged_record_lists_every_source(page: Page, live_server: LiveServer) -> None:
    _open(page, live_server.url + "/?event=merged-kherson")
    page.wait_for_selector("mark.hl-evidence")
    assert page.locator("ol.sources > li").count() == 2
    assert "killed: " in (page.text_content("#panel") or "")


def test_markers_work_from_the_keyboard(page: Page, live_server: LiveServer) -> None:
    _open(page, live_server.url + "/?actor_country=FJI")
    marker = page.locator(".ew-marker")
    assert marker.get_attribute("tabindex") == "0"
    assert "Suva" in (marker.get_attribute("aria-label") or "")
    marker.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("mark.hl-evidence")
    page.keyboard.press("Escape")
    assert page.locator("#panel").is_hidden()


@pytest.mark.parametrize("with_csp", [True, False], ids=["csp", "escaping-alone"])
def test_article_markup_is_shown_as_text_and_never_runs(
    browser_factory: NewContext, live_server: LiveServer, with_csp: bool
) -> None:
    # Without the Content-Security-Policy, only escaping stands between the text and the DOM.
    context = browser_factory(viewport={"width": 1280, "height": 860}, bypass_csp=not with_csp)
    page = context.new_page()
    dialogs: list[str] = []

    def dismiss(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    event_id = live_server.sample.ids["hostile"][0]
    _open(page, f"{live_server.url}/?event={event_id}")
    page.wait_for_selector("mark.hl-evidence")
    page.wait_for_timeout(300)  # time for an injected onerror to have fired
    text = page.text_content(".article-text") or ""
    assert "<script>window.__pwned = 1</script>" in text
    assert 'onerror="window.__pwned = 2"' in text
    assert page.locator("#panel img, #panel script").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert dialogs == []
    page.close()


def test_phone_width(browser_factory: NewContext, live_server: LiveServer) -> None:
    context = browser_factory(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    assert _open(page, live_server.url + "/?actor_country=COD&type=protest") == 1
    # Nothing wider than the screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.click(".ew-marker")
    page.wait_for_selector("mark.hl-evidence")
    panel = page.locator("#panel").bounding_box()
    assert panel is not None and panel["width"] >= 380
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "serve-phone.png"))
    page.close()
