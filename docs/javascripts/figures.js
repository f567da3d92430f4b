// Figures open large on a click (or Enter): the theory pages' SVGs and the notebooks' plots, shown
// with GLightbox, which the site serves itself (assets/glightbox/, copied by docs/hooks/assets.py
// from the PyPI package mkdocs-glightbox). Arrows step through the page's figures; Esc closes.
document$.subscribe(function () {
  var images = Array.prototype.slice.call(
    document.querySelectorAll('article img[src*="assets/figures/"], article .jp-RenderedImage img')
  );
  if (!images.length || typeof GLightbox === "undefined") return;

  function open(index) {
    var box = GLightbox({
      elements: images.map(function (img) {
        return { href: img.currentSrc || img.src, type: "image", alt: img.alt };
      }),
      startAt: index,
      loop: false,
      openEffect: "fade",
      closeEffect: "fade",
      touchNavigation: true,
      zoomable: true,
      draggable: true,
    });
    box.on("close", function () {
      images[index].focus({ preventScroll: true });
      setTimeout(function () { box.destroy(); }, 0);
    });
    box.open();
  }

  images.forEach(function (img, index) {
    if (img.classList.contains("nnintro-zoom")) return;
    img.classList.add("nnintro-zoom");
    img.tabIndex = 0;
    img.addEventListener("click", function () { open(index); });
    img.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        open(index);
      }
    });
  });
});
