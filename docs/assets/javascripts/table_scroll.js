/* Tables wider than the page scroll sideways inside their box; this marks each box that does
   (attribute data-scroll-x: edge shadows in extra.css; not a class, which would take a table
   out of the theme's table:not([class]) styles), puts a visible cue above it, and makes it
   reachable by keyboard. Local script, no other host; rechecked when the window is resized. */
(function () {
  "use strict";
  var CUE = "← 表格可左右滑动查看 · Scroll sideways to see the whole table →";

  function scroller(table) {
    for (var el = table; el && el.tagName !== "ARTICLE"; el = el.parentElement) {
      var o = window.getComputedStyle(el).overflowX;
      if (o === "auto" || o === "scroll") return el;
    }
    return null;
  }

  function mark() {
    var tables = document.querySelectorAll(".md-content table");
    for (var i = 0; i < tables.length; i++) {
      var box = scroller(tables[i]);
      if (!box) continue;
      var wide = box.scrollWidth > box.clientWidth + 1;
      if (wide) box.setAttribute("data-scroll-x", ""); else box.removeAttribute("data-scroll-x");
      var anchor = box.closest(".md-typeset__scrollwrap") || box;
      var cue = anchor.previousElementSibling;
      var has = cue && cue.classList.contains("scroll-cue");
      if (wide && !has) {
        cue = document.createElement("p");
        cue.className = "scroll-cue";
        cue.setAttribute("aria-hidden", "true");
        cue.textContent = CUE;
        anchor.parentNode.insertBefore(cue, anchor);
      } else if (!wide && has) {
        cue.parentNode.removeChild(cue);
      }
      if (wide && !box.hasAttribute("tabindex")) {
        box.setAttribute("tabindex", "0");
        if (!box.hasAttribute("role")) box.setAttribute("role", "region");
        if (!box.hasAttribute("aria-label")) box.setAttribute("aria-label", "可左右滚动的表格 Scrollable table");
      }
    }
  }

  var timer = null;
  window.addEventListener("resize", function () { clearTimeout(timer); timer = setTimeout(mark, 150); });
  document.addEventListener("toggle", mark, true);  /* a table inside a <details> just opened */
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mark);
  else mark();
  window.addEventListener("load", mark);
})();
