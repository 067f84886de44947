/* "Copy" in an article's facts table: puts the fact's sentence, the page's citation
   (GB/T 7714) and the sentence's URL on the clipboard. Local script, no other host. */
(function () {
  "use strict";

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return fallbackCopy(text); });
    }
    return fallbackCopy(text);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button.copy-quote") : null;
    if (!button) return;
    var box = button.closest("details.facts");
    var status = box ? box.querySelector(".copy-status") : null;
    var url = window.location.href.split("#")[0] + "#" + button.getAttribute("data-anchor");
    var text = "“" + button.getAttribute("data-quote") + "”\n" +
      (box && box.getAttribute("data-cite") ? box.getAttribute("data-cite") + "\n" : "") + url;
    copy(text).then(function () {
      button.setAttribute("data-copied", "true");
      if (status) status.textContent = "已复制原句与引用 Copied the sentence with its citation.";
    }, function () {
      if (status) status.textContent = "无法复制，请手动选取 Could not copy; select the text by hand.";
    });
  });
})();
