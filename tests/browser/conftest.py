"""A live server and Debian's Chromium driven by Playwright, for pages that rely on JavaScript."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from werkzeug.serving import make_server

from feedback.domain.compliance import default_checker
from tests.conftest import PASSWORD, make_app

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture
def live_app(app: Flask) -> Flask:
    """An app with CSRF on, as users get it, on the test database.

    The builtin compliance checker is built first (once per test process): compiling the rules takes over
    ten seconds, and over thirty on a busy CI machine, which a page's first check would otherwise wait for.
    The app warms it up in the background too; these tests are about the pages, not about that wait.
    """
    default_checker()
    return make_app(WTF_CSRF_ENABLED=True)


@pytest.fixture
def live_url(live_app: Flask) -> Iterator[str]:
    """Serve ``live_app`` on a free loopback port for the duration of a test."""
    server = make_server("127.0.0.1", 0, live_app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture
def page(live_url: str) -> Iterator[Any]:
    """A fresh Chromium page."""
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        if os.environ.get("FEEDBACK_REQUIRE_BROWSER") == "1":
            pytest.fail("Chromium is required here (FEEDBACK_REQUIRE_BROWSER=1): apt-get install -y chromium")
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        context = browser.new_context()
        page = context.new_page()
        page.set_default_timeout(10_000)
        yield page
        context.close()
        browser.close()


def sign_in(page: Any, live_url: str) -> None:
    """Sign in as the ``user`` fixture's admin through the login form."""
    page.goto(live_url + "/login")
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(live_url + "/")
