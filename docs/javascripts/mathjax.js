// MathJax 3, served by this site (assets/mathjax/) and loaded only on pages with math
// (overrides/main.html). Typesets only the places that hold math: arithmatex output (theory pages
// and docstrings) and notebook markdown cells (mkdocs-jupyter).
// The page loads startup.js and these components rather than the combined tex-mml-chtml.js: the
// same TeX input and HTML output without MathML input and the context menu (ui/menu.js, 426 KB);
// assistive-mml keeps the math readable by screen readers.
window.MathJax = {
  tex: {
    inlineMath: [["\\(", "\\)"], ["$", "$"]],
    displayMath: [["\\[", "\\]"], ["$$", "$$"]],
    processEscapes: true,
    processEnvironments: true,
  },
  options: {
    ignoreHtmlClass: ".+",
    processHtmlClass: "arithmatex|jp-RenderedMarkdown|jp-RenderedHTMLCommon",
  },
  loader: {
    load: ["input/tex", "output/chtml", "a11y/assistive-mml"],
    paths: { mathjax: new URL("../assets/mathjax", document.currentScript.src).href },
  },
};
