// Live progress of a recurring-issue analysis: polls until it ends, then reloads the page's figures.
(function () {
  "use strict";
  var card = document.getElementById("run");
  if (!card) { return; }
  var fmt = new Intl.NumberFormat();
  function poll() {
    fetch(card.dataset.statusUrl, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        var pct = Math.round(s.progress * 100);
        card.querySelector(".progress-bar").style.width = pct + "%";
        card.querySelector(".progress").setAttribute("aria-valuenow", String(pct));
        document.getElementById("run-done").textContent = fmt.format(s.done || 0);
        document.getElementById("run-total").textContent = fmt.format(s.total || 0);
        if (s.status === "done" || s.status === "failed" || s.status === "none") {
          window.location.reload();
          return;
        }
        window.setTimeout(poll, 800);
      })
      .catch(function () { window.setTimeout(poll, 2000); });
  }
  window.setTimeout(poll, 400);
})();
