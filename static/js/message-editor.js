// The message editor (templates/macros/editor.html): checks the text as the user types, highlights the
// findings behind the textarea, lists them with their explanation and suggestion, and can apply a suggestion.
// All user text goes into the page through textContent / text nodes, never as HTML.
(function () {
  "use strict";

  var DEBOUNCE_MS = 250;
  var MAX_CHARS = 10000;

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  // The server counts characters in code points; JavaScript strings count UTF-16 units (an emoji is two).
  function unitIndex(text) {
    var map = [0];
    var unit = 0;
    for (var i = 0; i < text.length;) {
      var step = text.codePointAt(i) > 0xffff ? 2 : 1;
      i += step;
      unit += step;
      map.push(unit);
    }
    return map;
  }

  // Mirrors feedback.services.compliance.is_replacement: short wording replaces the span, a sentence advises.
  function isReplacement(s) {
    return !!s && s.length <= 60 && !/[.!?:;"]/.test(s) && s.charAt(0) === s.charAt(0).toLowerCase();
  }

  function statusText(findings) {
    var blocking = findings.filter(function (f) { return f.severity === "block"; }).length;
    var warnings = findings.length - blocking;
    var text = blocking ? "Not compliant: " + plural(blocking, "blocking issue") : "Compliant";
    if (warnings) { text += " · " + plural(warnings, "warning"); }
    return { text: text, compliant: blocking === 0 };
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function Editor(root) {
    this.root = root;
    this.input = root.querySelector(".msg-editor-input");
    this.backdrop = root.querySelector(".msg-editor-backdrop");
    this.highlights = root.querySelector(".msg-editor-highlights");
    this.status = root.querySelector(".msg-editor-status");
    this.list = root.querySelector(".msg-editor-findings");
    this.tip = root.querySelector(".msg-editor-tip");
    this.titles = JSON.parse(root.getAttribute("data-rule-titles") || "{}");
    this.findings = [];     // {rule, severity, start, end (UTF-16 units), excerpt, explanation, suggestion}
    this.current = -1;
    this.seq = 0;
    this.timer = null;
    this.previous = this.input.value;
    this.bind();
    root.messageEditor = this;
    if (this.input.value.trim()) { this.checkNow(); } else { this.showIdle(); }
  }

  Editor.prototype.bind = function () {
    var self = this;
    this.input.addEventListener("input", function () { self.onInput(); });
    this.input.addEventListener("scroll", function () { self.syncScroll(); });
    this.input.addEventListener("mousemove", function (e) { self.onHover(e.clientX, e.clientY); });
    this.input.addEventListener("mouseleave", function () { self.hideTip(); });
    ["keyup", "click", "select"].forEach(function (name) {
      self.input.addEventListener(name, function () { self.onCaret(); });
    });
    if (window.ResizeObserver) {
      new window.ResizeObserver(function () { self.syncScroll(); }).observe(this.input);
    }
    var controls = document.querySelectorAll('[data-editor-for="' + this.root.id + '"]');
    Array.prototype.forEach.call(controls, function (control) {
      control.addEventListener("change", function () {
        self.root.setAttribute("data-" + control.getAttribute("data-editor-param"), control.value);
        self.checkNow();
      });
    });
  };

  // Keep highlights on the right words between checks: shift those after the edit, drop those it touched.
  Editor.prototype.onInput = function () {
    var before = this.previous;
    var after = this.input.value;
    var head = 0;
    while (head < before.length && head < after.length && before[head] === after[head]) { head++; }
    var tail = 0;
    while (tail < before.length - head && tail < after.length - head &&
           before[before.length - 1 - tail] === after[after.length - 1 - tail]) { tail++; }
    var delta = after.length - before.length;
    var changedEnd = before.length - tail;
    this.findings = this.findings.filter(function (f) {
      return f.end <= head || f.start >= changedEnd;
    }).map(function (f) {
      if (f.start >= changedEnd) { f = Object.assign({}, f, { start: f.start + delta, end: f.end + delta }); }
      return f;
    });
    this.previous = after;
    this.renderHighlights();
    this.schedule(DEBOUNCE_MS);
  };

  Editor.prototype.schedule = function (delay) {
    var self = this;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(function () { self.check(); }, delay);
  };

  Editor.prototype.checkNow = function () { this.schedule(0); };

  Editor.prototype.setStatus = function (text, state) {
    this.status.textContent = text;
    this.root.setAttribute("data-state", state);
  };

  Editor.prototype.showIdle = function () {
    this.findings = [];
    this.render();
    this.setStatus("Type a message to check it.", "idle");
  };

  Editor.prototype.check = function () {
    var self = this;
    var text = this.input.value;
    var seq = ++this.seq;
    if (!text.trim()) { this.showIdle(); return; }
    if (text.length > MAX_CHARS) {
      this.setStatus("Too long to check: " + text.length + " characters; the limit is " + MAX_CHARS + ".", "error");
      return;
    }
    this.root.setAttribute("aria-busy", "true");
    fetch(this.root.getAttribute("data-check-url"), {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRFToken": csrfToken() },
      body: JSON.stringify({
        kind: this.root.getAttribute("data-kind"),
        about: this.root.getAttribute("data-about"),
        text: text
      })
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (reply) {
      if (seq !== self.seq || text !== self.input.value) { return; }  // an older answer; a newer check follows
      self.root.removeAttribute("aria-busy");
      if (!reply.ok) {
        self.setStatus("Could not check the message: " + (reply.body.error || "unknown error"), "error");
        return;
      }
      self.accept(text, reply.body);
    }).catch(function () {
      if (seq !== self.seq) { return; }
      self.root.removeAttribute("aria-busy");
      self.setStatus("Could not reach the server to check the message; it will be checked when you type again.",
        "error");
    });
  };

  Editor.prototype.accept = function (text, body) {
    var map = unitIndex(text);
    this.findings = body.findings.map(function (f) {
      return Object.assign({}, f, { start: map[f.start], end: map[f.end] });
    });
    this.current = -1;
    this.render();
    var verdict = statusText(this.findings);
    this.setStatus(verdict.text, verdict.compliant ? "compliant" : "not-compliant");
    this.root.dispatchEvent(new CustomEvent("compliance:result", {
      bubbles: true, detail: { compliant: body.compliant, findings: body.findings }
    }));
  };

  Editor.prototype.render = function () {
    this.renderHighlights();
    this.renderList();
  };

  // The backdrop holds the same text as the textarea, with <mark> around findings (overlaps merged).
  Editor.prototype.renderHighlights = function () {
    var text = this.input.value;
    var findings = this.findings;
    var cuts = [0, text.length];
    findings.forEach(function (f) { cuts.push(f.start, f.end); });
    cuts = cuts.filter(function (c, i, all) { return all.indexOf(c) === i && c >= 0 && c <= text.length; })
      .sort(function (a, b) { return a - b; });
    var fragment = document.createDocumentFragment();
    for (var i = 0; i < cuts.length - 1; i++) {
      var start = cuts[i];
      var end = cuts[i + 1];
      var piece = text.slice(start, end);
      var covering = [];
      findings.forEach(function (f, index) { if (f.start <= start && end <= f.end) { covering.push(index); } });
      if (!covering.length) { fragment.appendChild(document.createTextNode(piece)); continue; }
      var blocks = covering.some(function (index) { return findings[index].severity === "block"; });
      var mark = el("mark", "sev-" + (blocks ? "block" : "warn"), piece);
      mark.setAttribute("data-findings", covering.join(" "));
      if (covering.indexOf(this.current) !== -1) { mark.classList.add("current"); }
      fragment.appendChild(mark);
    }
    // A trailing newline only takes up a line in the backdrop if something follows it.
    if (text.slice(-1) === "\n") { fragment.appendChild(document.createTextNode(" ")); }
    this.highlights.replaceChildren(fragment);
    this.syncScroll();
  };

  Editor.prototype.renderList = function () {
    var self = this;
    var items = this.findings.map(function (f, index) {
      var item = el("li", "finding sev-" + f.severity);
      item.tabIndex = 0;
      item.setAttribute("data-index", String(index));
      var detailId = self.root.id + "-f" + index;
      item.setAttribute("aria-describedby", detailId);
      var head = el("span", "finding-head");
      head.appendChild(el("span", "finding-sev", f.severity === "block" ? "Blocks" : "Advice"));
      head.appendChild(document.createTextNode(" "));
      head.appendChild(el("strong", "finding-rule", self.titles[f.rule] || f.rule));
      head.appendChild(document.createTextNode(" "));
      head.appendChild(el("q", "finding-excerpt", f.excerpt));
      item.appendChild(head);
      var detail = el("div", "finding-detail");
      detail.id = detailId;
      detail.appendChild(el("p", "finding-explanation", f.explanation));
      if (f.suggestion) {
        var suggestion = el("p", "finding-suggestion");
        suggestion.appendChild(el("strong", null, "Suggestion:"));
        suggestion.appendChild(document.createTextNode(" " + f.suggestion));
        detail.appendChild(suggestion);
        if (isReplacement(f.suggestion)) {
          var apply = el("button", "btn apply-suggestion", "Use suggestion");
          apply.type = "button";
          apply.setAttribute("aria-label", "Replace “" + f.excerpt + "” with “" + f.suggestion + "”");
          apply.addEventListener("click", function (e) { e.stopPropagation(); self.apply(index); });
          detail.appendChild(apply);
        }
      }
      item.appendChild(detail);
      item.addEventListener("click", function () { self.select(index); });
      item.addEventListener("keydown", function (e) {
        if (e.target === item && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); self.select(index); }
      });
      item.addEventListener("focus", function () { self.setCurrent(index); });
      return item;
    });
    this.list.replaceChildren.apply(this.list, items);
  };

  Editor.prototype.setCurrent = function (index) {
    this.current = index;
    Array.prototype.forEach.call(this.list.children, function (item, i) {
      item.classList.toggle("current", i === index);
    });
    Array.prototype.forEach.call(this.highlights.querySelectorAll("mark"), function (mark) {
      var covers = mark.getAttribute("data-findings").split(" ").indexOf(String(index)) !== -1;
      mark.classList.toggle("current", covers);
    });
  };

  // Select the finding's words in the textarea, so the user sees (and can retype) exactly what is meant.
  Editor.prototype.select = function (index) {
    var f = this.findings[index];
    if (!f) { return; }
    this.setCurrent(index);
    this.input.focus();
    this.input.setSelectionRange(f.start, f.end);
  };

  // Where a replacement goes: "a 5-star review" + "an honest review" should give "an honest review", so take
  // in an article just before the span and a review noun just after it when the suggestion has its own.
  function replacementRange(text, f) {
    var start = f.start;
    var end = f.end;
    var article = /(?:^|\s)((?:a|an|the)\s+)$/i.exec(text.slice(0, start));
    if (article && /^(?:a|an|the)\s/i.test(f.suggestion)) { start -= article[1].length; }
    var noun = /\s(?:review|rating|feedback)s?$/i.exec(f.suggestion);
    var after = /^\s+(?:review|rating|feedback)s?\b/i.exec(text.slice(end));
    if (noun && after) { end += after[0].length; }
    return [start, end];
  }

  Editor.prototype.apply = function (index) {
    var f = this.findings[index];
    if (!f || !f.suggestion) { return; }
    var range = replacementRange(this.input.value, f);
    this.input.focus();
    this.input.setSelectionRange(range[0], range[1]);
    // insertText keeps the browser's undo history; setRangeText is the fallback.
    if (!document.execCommand || !document.execCommand("insertText", false, f.suggestion)) {
      this.input.setRangeText(f.suggestion, range[0], range[1], "end");
      this.input.dispatchEvent(new Event("input", { bubbles: true }));
    }
    this.checkNow();
  };

  Editor.prototype.onCaret = function () {
    var pos = this.input.selectionStart;
    var found = -1;
    this.findings.forEach(function (f, index) {
      if (found === -1 && f.start <= pos && pos <= f.end) { found = index; }
    });
    if (found !== this.current) { this.setCurrent(found); }
  };

  Editor.prototype.syncScroll = function () {
    this.backdrop.scrollTop = this.input.scrollTop;
    this.backdrop.scrollLeft = this.input.scrollLeft;
  };

  // The textarea lies over the marks, so hovering is worked out from the marks' boxes.
  Editor.prototype.onHover = function (x, y) {
    var marks = this.highlights.querySelectorAll("mark");
    for (var i = 0; i < marks.length; i++) {
      var rects = marks[i].getClientRects();
      for (var j = 0; j < rects.length; j++) {
        var r = rects[j];
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) {
          this.showTip(Number(marks[i].getAttribute("data-findings").split(" ")[0]), r);
          return;
        }
      }
    }
    this.hideTip();
  };

  Editor.prototype.showTip = function (index, rect) {
    var f = this.findings[index];
    if (!f) { return; }
    var box = this.root.getBoundingClientRect();
    var tip = this.tip;
    tip.replaceChildren(el("strong", null, this.titles[f.rule] || f.rule), el("p", null, f.explanation));
    if (f.suggestion) { tip.appendChild(el("p", "finding-suggestion", "Suggestion: " + f.suggestion)); }
    tip.style.left = Math.max(0, rect.left - box.left) + "px";
    tip.style.top = (rect.bottom - box.top + 6) + "px";
    tip.hidden = false;
  };

  Editor.prototype.hideTip = function () { this.tip.hidden = true; };

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll(".msg-editor"), function (root) {
      if (!root.messageEditor) { new Editor(root); }
    });
  }

  window.MessageEditor = { init: init };
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
