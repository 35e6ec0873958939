// Sorting and filtering of the overview; the page is complete without this script.
(function () {
  "use strict";
  var table = document.getElementById("overview");
  var controls = document.getElementById("controls");
  if (!table || !controls) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var filters = Array.prototype.slice.call(controls.querySelectorAll("select[data-filter]"));
  var shown = document.getElementById("shown");
  controls.hidden = false;

  function keeps(row, want) {
    var data = row.dataset;
    return (!want.verdict || data.verdict === want.verdict) &&
      (!want.kind || data.kind === want.kind) &&
      (!want.article || data.articles.split(" ").indexOf(want.article) >= 0) &&
      (!want.severity || Number(data.severity) >= Number(want.severity));
  }

  function apply() {
    var want = {};
    filters.forEach(function (select) { want[select.dataset.filter] = select.value; });
    var count = 0;
    rows.forEach(function (row) {
      var keep = keeps(row, want);
      row.hidden = !keep;
      var section = document.getElementById(row.dataset.section);
      if (section) section.hidden = !keep;
      if (keep) count += 1;
    });
    shown.textContent = count + " of " + rows.length + " shown";
  }
  filters.forEach(function (select) { select.addEventListener("change", apply); });

  Array.prototype.forEach.call(table.querySelectorAll("th[data-sort]"), function (th) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = th.textContent;
    th.textContent = "";
    th.appendChild(button);
    button.addEventListener("click", function () {
      var key = th.dataset.sort;
      var numeric = th.dataset.type === "number";
      var descending = th.getAttribute("aria-sort") === "ascending";
      Array.prototype.forEach.call(table.querySelectorAll("th[aria-sort]"), function (other) {
        other.removeAttribute("aria-sort");
      });
      th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      rows.sort(function (a, b) {
        var x = a.dataset[key], y = b.dataset[key];
        var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
        if (descending) order = -order;
        return order || Number(a.dataset.rank) - Number(b.dataset.rank);
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });

  // A link to a collapsed section opens it.
  function reveal() {
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.tagName === "DETAILS") target.open = true;
  }
  window.addEventListener("hashchange", reveal);
  reveal();
  apply();
})();
