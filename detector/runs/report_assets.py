"""The triage page's inline CSS and JavaScript (hashed into its Content-Security-Policy).

The script builds the table from the embedded JSON with ``textContent`` only and turns only
``http(s)`` URLs into links.
"""

STYLE = """
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 24px 24px;color:#1d1d1f}
h1{font-size:22px;margin:16px 0 2px}h2{font-size:15px;margin:0 0 8px}
.meta,.note{color:#555;font-size:12px;margin:4px 0}
.cards{display:flex;flex-wrap:wrap;gap:8px;margin:12px 0}
.card{border:1px solid #ddd;border-radius:6px;padding:6px 12px;display:flex;gap:6px;
align-items:baseline}.card .n{font-size:18px;font-weight:600}.card.flagged .n{color:#b3261e}
.panels{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:16px}
.panel{border:1px solid #ddd;border-radius:6px;padding:12px;margin-bottom:16px}
svg text{font-size:11px;fill:#333}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
th{white-space:nowrap}td:nth-child(2){white-space:nowrap}
#rows th{cursor:pointer;user-select:none;background:#f6f6f6;position:sticky;top:0}
#rows th[aria-sort=ascending]::after{content:" \\25B2"}
#rows th[aria-sort=descending]::after{content:" \\25BC"}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.url{word-break:break-all;max-width:28em}td.where{color:#666;font-size:12px}
td ul{margin:0;padding-left:16px}h2.errors{margin-top:16px}
#errors{margin:0;padding-left:18px;font-size:13px}#errors .num{font-weight:600}
.controls{display:flex;gap:8px;align-items:center;margin:8px 0}
#filter{flex:1;padding:4px 6px}
.b-very,.b-blocklisted{color:#b3261e;font-weight:600}.b-likely{color:#e4572e}.b-suspicious{color:#a86b00}
"""

SCRIPT = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("rows-data").textContent);
  var pageSize = parseInt(document.body.dataset.pageSize, 10) || 100;
  var body = document.querySelector("#rows tbody");
  var heads = document.querySelectorAll("#rows th");
  var filter = document.getElementById("filter");
  var bandPick = document.getElementById("band");
  var status = document.getElementById("status");
  var fmt = new Intl.NumberFormat("en");
  var keys = data.map(function (r) {
    return [r[0] === null ? -1 : r[0], String(r[1] || "").toLowerCase(),
            String(r[2]).toLowerCase(), String(r[3]).toLowerCase(),
            r[4].join(" ").toLowerCase(), String(r[5]).toLowerCase()];
  });
  var order = data.map(function (_, i) { return i; });
  var view = order.slice();
  var col = 0, dir = -1, page = 0;

  function compare(a, b) {
    var x = keys[a][col], y = keys[b][col];
    var c = x < y ? -1 : x > y ? 1 : 0;
    return c * dir || keys[b][0] - keys[a][0] || a - b;
  }
  function apply() {
    var needle = filter.value.trim().toLowerCase(), band = bandPick.value;
    view = order.filter(function (i) {
      var k = keys[i];
      if (band && String(data[i][1]).split(" (")[0] !== band) { return false; }
      return !needle || k[2].indexOf(needle) >= 0 || k[3].indexOf(needle) >= 0 ||
        k[4].indexOf(needle) >= 0;
    });
    view.sort(compare);
    page = 0;
    draw();
  }
  function cell(tr, text, cls) {
    var td = document.createElement("td");
    td.textContent = text;
    if (cls) { td.className = cls; }
    tr.appendChild(td);
    return td;
  }
  function draw() {
    var pages = Math.max(1, Math.ceil(view.length / pageSize));
    page = Math.min(Math.max(page, 0), pages - 1);
    var start = page * pageSize, end = Math.min(view.length, start + pageSize);
    var rows = document.createDocumentFragment();
    for (var n = start; n < end; n++) {
      var r = data[view[n]], tr = document.createElement("tr");
      cell(tr, r[0] === null ? "" : r[0].toFixed(3), "num");
      cell(tr, r[1] || "", "b-" + String(r[1] || "").split(" ")[0]);
      cell(tr, r[2]);
      var td = cell(tr, "", "url");
      if (/^https?:\\/\\//i.test(r[3])) {
        var a = document.createElement("a");
        a.href = r[3];
        a.rel = "noopener noreferrer nofollow";
        a.target = "_blank";
        a.textContent = r[3];
        td.appendChild(a);
      } else {
        td.textContent = r[3];
      }
      var ul = document.createElement("ul"), rc = cell(tr, "");
      r[4].forEach(function (text) {
        var li = document.createElement("li");
        li.textContent = text;
        ul.appendChild(li);
      });
      rc.appendChild(ul);
      cell(tr, r[5], "where");
      rows.appendChild(tr);
    }
    body.replaceChildren(rows);
    status.textContent = view.length ? "rows " + fmt.format(start + 1) + "\\u2013" +
      fmt.format(end) + " of " + fmt.format(view.length) +
      (view.length < data.length ? " (filtered from " + fmt.format(data.length) + ")" : "") +
      " \\u00b7 page " + (page + 1) + " of " + pages : "no rows match";
    document.getElementById("prev").disabled = page === 0;
    document.getElementById("next").disabled = page >= pages - 1;
    heads.forEach(function (th) {
      var c = parseInt(th.dataset.col, 10);
      if (c === col) {
        th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
      } else {
        th.removeAttribute("aria-sort");
      }
    });
  }
  heads.forEach(function (th) {
    th.tabIndex = 0;
    th.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); th.click(); }
    });
    th.addEventListener("click", function () {
      var c = parseInt(th.dataset.col, 10);
      dir = c === col ? -dir : (c === 0 ? -1 : 1);
      col = c;
      view.sort(compare);
      page = 0;
      draw();
    });
  });
  filter.addEventListener("input", apply);
  filter.addEventListener("change", apply);
  bandPick.addEventListener("change", apply);
  document.getElementById("prev").addEventListener("click", function () { page--; draw(); });
  document.getElementById("next").addEventListener("click", function () { page++; draw(); });
  apply();
})();
"""
