// MathJax 3, served by this site (assets/mathjax/). Typesets only the places that hold math:
// arithmatex output (theory pages and docstrings) and notebook markdown cells (mkdocs-jupyter).
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
  loader: { paths: { mathjax: new URL("../assets/mathjax", document.currentScript.src).href } },
};
