"""The message editor in a real browser: live highlights, status, explanations, applying a suggestion."""

from __future__ import annotations

from typing import Any

import pytest

from feedback.models import User
from tests.browser.conftest import sign_in

pytestmark = pytest.mark.browser

STATUS = "#editor-text-status"
INPUT = "#editor-text-input"


def _sign_in_and_open(page: Any, live_url: str) -> None:
    sign_in(page, live_url)
    # live_app has built the checker already; the margin is for a busy CI machine.
    page.click("text=Check a message", timeout=30_000)
    page.wait_for_url(live_url + "/compliance/check", timeout=30_000)


def _status_is(page: Any, prefix: str) -> None:
    page.wait_for_function(
        "([sel, prefix]) => document.querySelector(sel).textContent.startsWith(prefix)", arg=[STATUS, prefix]
    )


def _inside(inner: dict[str, float], outer: dict[str, float]) -> bool:
    return (
        inner["x"] >= outer["x"]
        and inner["y"] >= outer["y"]
        and inner["x"] + inner["width"] <= outer["x"] + outer["width"]
        and inner["y"] + inner["height"] <= outer["y"] + outer["height"]
    )


def test_typing_highlights_findings_live_and_fixing_them_makes_it_compliant(
    live_url: str, page: Any, user: User
) -> None:
    _sign_in_and_open(page, live_url)
    _status_is(page, "Type a message")
    page.click(INPUT)
    page.keyboard.type("Thanks for your order! Please leave us a 5-star review.")
    _status_is(page, "Not compliant: 1 blocking issue")
    mark = page.locator(".msg-editor-highlights mark.sev-block")
    assert mark.count() == 1 and mark.first.text_content() == "5-star"
    # The mark sits over the textarea, where the words are.
    assert _inside(mark.first.bounding_box(), page.locator(INPUT).bounding_box())
    assert page.get_attribute("#editor-text", "data-state") == "not-compliant"

    # Fix it by hand: the status follows without a page reload.
    page.fill(INPUT, "Thanks for your order! If you have a moment, we'd appreciate your honest review.")
    _status_is(page, "Compliant")
    assert page.locator(".msg-editor-highlights mark").count() == 0
    assert page.locator(".finding").count() == 0
    assert page.url == live_url + "/compliance/check"


def test_a_focused_finding_explains_itself_and_its_suggestion_applies(
    live_url: str, page: Any, user: User
) -> None:
    _sign_in_and_open(page, live_url)
    page.fill(INPUT, "Please leave us a 5-star review.")
    _status_is(page, "Not compliant")
    explanation = page.locator(".finding .finding-explanation").first
    assert not explanation.is_visible()
    page.focus(".finding")
    assert explanation.is_visible()
    assert "positive" in explanation.text_content()
    assert page.locator(".finding .finding-rule").first.text_content() == "Asking for a positive review"

    page.click(".finding .apply-suggestion")
    _status_is(page, "Compliant")
    assert page.input_value(INPUT) == "Please leave us an honest review."


def test_hovering_a_highlight_shows_its_explanation(live_url: str, page: Any, user: User) -> None:
    _sign_in_and_open(page, live_url)
    page.fill(INPUT, "Questions? Call us on 555-123-4567 any time.")
    _status_is(page, "Not compliant")
    box = page.locator(".msg-editor-highlights mark").first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    tip = page.locator("#editor-text-tip")
    tip.wait_for(state="visible")
    assert "Contact details" in tip.text_content()


def test_changing_the_message_type_rechecks(live_url: str, page: Any, user: User) -> None:
    _sign_in_and_open(page, live_url)
    text = (
        "If you are satisfied that we have resolved your concerns, it is possible to update or remove "
        "the feedback you originally provided."
    )
    page.select_option("#kind", "buyer_message")
    page.select_option("#about", "seller_feedback")
    page.fill(INPUT, text)
    _status_is(page, "Compliant")
    page.select_option("#about", "product_review")
    _status_is(page, "Not compliant")


def test_highlights_line_up_after_emoji_and_line_breaks(live_url: str, page: Any, user: User) -> None:
    # The server counts code points, JavaScript UTF-16 units: an emoji before a finding must not shift it.
    _sign_in_and_open(page, live_url)
    page.fill(INPUT, "Hi 😀😀\n\nPlease leave us a 5-star review.\n")
    _status_is(page, "Not compliant")
    marks = page.locator(".msg-editor-highlights mark").all_text_contents()
    assert "5-star" in marks and "😀😀" in "".join(marks)


def test_the_page_works_without_javascript(live_url: str, page: Any, user: User) -> None:
    context = page.context.browser.new_context(java_script_enabled=False)
    try:
        nojs = context.new_page()
        _sign_in_and_open(nojs, live_url)
        nojs.select_option("#kind", "public_reply")
        nojs.fill(INPUT, "Thanks for your review. Call 555-123-4567 anytime.")
        nojs.click("input[type=submit][value=Check]")
        assert nojs.text_content(STATUS) == "Not compliant: 1 blocking issue"
        assert nojs.locator(".msg-editor-highlights mark").first.text_content() == "555-123-4567"
        assert nojs.input_value(INPUT) == "Thanks for your review. Call 555-123-4567 anytime."
        assert nojs.locator("#kind").input_value() == "public_reply"
    finally:
        context.close()
