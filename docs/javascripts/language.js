// The language switcher keeps the reader's place: the other language's page opens at the same
// heading (both languages have the same headings in the same order), at the same distance below
// the top of the window. Without a matching heading it opens at the same fraction of the page.
(function () {
  var KEY = "nnintro.language-switch";
  var HEADINGS = "article h2[id], article h3[id]";

  function headings() {
    return Array.prototype.slice.call(document.querySelectorAll(HEADINGS));
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".md-select__link[hreflang]");
    if (!link || link.getAttribute("aria-current")) return;
    var all = headings();
    var index = -1;
    for (var i = 0; i < all.length; i++) {
      if (all[i].getBoundingClientRect().top <= window.innerHeight / 3) index = i;
    }
    var page = document.documentElement.scrollHeight - window.innerHeight;
    sessionStorage.setItem(KEY, JSON.stringify({
      to: new URL(link.href, location.href).pathname,
      index: index,
      count: all.length,
      offset: index >= 0 ? all[index].getBoundingClientRect().top : 0,
      fraction: page > 0 ? window.scrollY / page : 0,
    }));
  }, true);

  var saved = null;
  try {
    saved = JSON.parse(sessionStorage.getItem(KEY) || "null");
  } catch (error) {}
  if (!saved || saved.to !== location.pathname || location.hash) return;
  sessionStorage.removeItem(KEY);

  function restore() {
    var all = headings();
    if (saved.index >= 0 && all.length === saved.count) {
      var top = all[saved.index].getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: Math.max(0, top - saved.offset), behavior: "instant" });
    } else {
      var page = document.documentElement.scrollHeight - window.innerHeight;
      window.scrollTo({ top: saved.fraction * page, behavior: "instant" });
    }
  }
  // Figures, fonts and math change the page's height as they load: place it again each time the
  // page's size changes, until the page has loaded and its math is typeset, or the reader scrolls.
  // The browser's scroll anchoring would shift the page a second time: off while this places it.
  var observer = new ResizeObserver(restore);
  var root = document.documentElement;
  root.style.overflowAnchor = "none";
  function stop() {
    observer.disconnect();
    root.style.overflowAnchor = "";
  }
  ["wheel", "touchstart", "keydown", "mousedown"].forEach(function (name) {
    window.addEventListener(name, stop, { once: true, passive: true });
  });
  window.addEventListener("load", function () {
    var math = window.MathJax && MathJax.startup && MathJax.startup.promise;
    Promise.resolve(math).then(function () {
      requestAnimationFrame(function () {
        restore();
        stop();
      });
    });
  });
  setTimeout(stop, 20000);
  observer.observe(document.body);
  restore();
})();
