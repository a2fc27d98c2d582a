// Live progress for an import: polls the job's status until it is done or failed.
(function () {
  "use strict";
  var card = document.getElementById("job");
  if (!card) { return; }
  var status = card.dataset.status;
  if (status === "done" || status === "failed") { return; }
  var fmt = new Intl.NumberFormat();
  function set(id, value) { var el = document.getElementById(id); if (el) { el.textContent = value; } }
  function poll() {
    fetch(card.dataset.statusUrl, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        var pct = Math.round(s.progress * 100);
        var bar = card.querySelector(".progress-bar");
        bar.style.width = pct + "%";
        card.querySelector(".progress").setAttribute("aria-valuenow", String(pct));
        var badge = card.querySelector(".status");
        badge.textContent = s.status;
        badge.className = "status status-" + s.status;
        set("job-rows", fmt.format(s.rows));
        set("job-total", fmt.format(s.total_rows));
        set("job-created", fmt.format(s.created));
        set("job-duplicates", fmt.format(s.duplicates));
        set("job-rejected", fmt.format(s.rejected));
        if (s.status === "done" || s.status === "failed") {
          // Reload once so the rejected rows table and the final summary come from the server.
          window.location.reload();
          return;
        }
        window.setTimeout(poll, 700);
      })
      .catch(function () { window.setTimeout(poll, 2000); });
  }
  window.setTimeout(poll, 300);
})();
