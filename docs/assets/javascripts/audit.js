/* The audit block of an article page (build_tools/render/pages.py, audit_data):
 * the per-edit table and the raw source lines live in the article's audit file
 * (data/audit/<slug>.json) and are shown when a reader opens the block, so the
 * page itself stays light. Seed text goes into the page as text (textContent),
 * never as markup. Without JavaScript the block links to the same file. */
(function () {
  "use strict";

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = String(text);
    return e;
  }

  function render(box, data) {
    var place = box.querySelector(".audit-file");
    if (data.edits && data.edits.length) {
      var table = el("table", { "class": "audit-edits" });
      var head = table.createTHead().insertRow();
      ["修复 Pass", "行 Line", "原文 Before", "修复后 After"].forEach(function (h) {
        head.appendChild(el("th", { scope: "col" }, h));
      });
      var body = table.createTBody();
      data.edits.forEach(function (e) {
        var row = body.insertRow();
        row.insertCell().textContent = e.pass;
        row.insertCell().textContent = e.line;
        row.insertCell().appendChild(el("del", {}, e.before));
        row.insertCell().appendChild(el("ins", {}, e.after));
      });
      box.insertBefore(table, place);
    }
    var lines = (data.raw_lines || []).map(function (l) {
      var n = String(l[0]);
      return "    ".slice(n.length) + n + "  " + l[1];
    });
    box.insertBefore(el("pre", { "class": "raw-source" }, lines.join("\n")), place);
  }

  function load(box) {
    if (box.getAttribute("data-state")) return;
    box.setAttribute("data-state", "loading");
    fetch(box.getAttribute("data-audit"))
      .then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.json();
      })
      .then(function (data) {
        render(box, data);
        box.setAttribute("data-state", "loaded");
      })
      .catch(function () {
        box.removeAttribute("data-state");
        if (!box.querySelector(".audit-error")) {
          box.insertBefore(el("p", { "class": "audit-error" },
            "无法加载修改记录，请用下面的链接。The audit could not be loaded: use the link below."),
            box.querySelector(".audit-file"));
        }
      });
  }

  document.querySelectorAll("details.audit[data-audit]").forEach(function (box) {
    if (box.open) load(box);
    box.addEventListener("toggle", function () { if (box.open) load(box); });
  });
})();
