"""The app compiles the compliance rules in the background on its first request, once."""

from __future__ import annotations

import threading

import pytest
from flask import Flask

from feedback.services import compliance as compliance_service
from tests.conftest import make_app


def test_first_request_starts_one_warm_up_in_the_background(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    done = threading.Event()

    def fake_warm_up() -> None:
        calls.append(threading.current_thread().name)
        done.set()

    monkeypatch.setattr(compliance_service, "warm_up", fake_warm_up)
    client = make_app(COMPLIANCE_WARM_UP=True).test_client()
    client.get("/login")
    assert done.wait(5)
    client.get("/login")
    client.get("/")
    assert calls == ["compliance-warm-up"]  # in its own thread, and only on the first request


def test_no_warm_up_when_switched_off(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(compliance_service, "warm_up", lambda: calls.append("warmed"))
    make_app(COMPLIANCE_WARM_UP=False).test_client().get("/login")
    assert calls == []


def test_warm_up_builds_the_shared_checker() -> None:
    compliance_service.warm_up()
    assert compliance_service.default_checker.cache_info().currsize == 1
