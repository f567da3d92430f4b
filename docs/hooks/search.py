"""MkDocs hook: one search index per language, made of the pages' prose, in which a Korean word is
found with or without its particle.

Material's search plugin stays the search engine (its worker, its lunr index, its ``separator``,
``lang`` and ``pipeline`` settings); this hook replaces the index it feeds it:

- **One index per language.** mkdocs-static-i18n merges both languages into one
  ``search/search_index.json`` and drops the English API pages as duplicates of the Korean ones.
  We write ``search/search_index.json`` with the Korean pages and ``en/search/search_index.json``
  with the English ones (the API pages included); ``overrides/main.html`` points English pages'
  search at ``en/`` (Material fetches ``BASE/search/search_index.json`` and resolves results
  against BASE), so a Korean page loads only the Korean index and vice versa.
- **Prose, not chrome.** Each page's HTML is reduced to what a reader searches for (:func:`prose`):
  headings, paragraphs, lists, tables, admonitions and, once, code; a code block's names move to
  a field ``code`` that is searched but not shown (:func:`code_names`). Left out: notebook prompts
  (``In [15]:``), the copy button's "Copied!" and the copy of every code cell it holds, cell
  outputs, the run stamp, permalink signs, API pages' source listings and display math. Inline math
  becomes plain text (``\\(|B| = n\\)`` reads ``|B| = n``, ``\\(\\sigma(z)\\)`` reads ``σ(z)``).
- **Korean particles.** Korean writes a particle onto its noun (학습률을, 학습률이, 학습률은), and
  lunr matches tokens from their start. :data:`SEPARATOR` splits a particle off the end of a word,
  both when the index is built and when a query is typed (Material uses the same separator for
  both), so 학습률, 학습률을 and 학습률이 all search for 학습률. One-syllable particles come off
  only after two syllables, so 결과, 평가, 길이 and 정의 stay whole, and :data:`WHOLE_WORDS`
  (정확도, 고양이) are never split.
- **The page that teaches a term first.** A theory page's section whose heading names a term
  (경사 하강법, 학습률, 드롭아웃) carries it in a field ``terms`` boosted above titles, with the
  words joined (경사하강법, as it is often typed) and the English name it glosses
  (``소프트맥스 함수(softmax function)``): see :func:`terms`.

Material's own plugin still runs (it draws the search box and writes an index, which we overwrite
after mkdocs-static-i18n has built every language).
"""

from __future__ import annotations

import html as htmllib
import json
import logging
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

from material.plugins.search.plugin import SearchIndex
from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.hooks.search")

# --- tokens -------------------------------------------------------------------------------------

#: Particles (조사), the copula's common forms and their stacks that no noun ends in: split off
#: after one Hangul syllable or more (값으로, 장에서는, 값입니다).
LONG_PARTICLES = (
    "에서부터 으로부터 에게서 으로서 으로써 에서는 에서도 에서의 에서만 "
    "으로는 으로도 으로의 으로만 까지는 까지의 까지도 부터는 부터의 에게는 에게도 "
    "이라는 이라고 이라면 이지만 이므로 입니다 "
    "에게 에서 으로 부터 까지 처럼 보다 마다 조차 에는 에도 에만"
).split()
#: One-syllable particles and their stacks, which many words also end in: split off only after
#: two Hangul syllables or more (학습률을, 모델이, 데이터로), so 결과, 평가, 길이, 정의 stay whole.
SHORT_PARTICLES = (
    "로서 로써 로는 로도 로의 로만 와의 과의 와는 과는 와도 과도 만을 만이 만의 "
    "이나 이다 이며 이고 이란 라는 을 를 이 가 은 는 의 에 로 와 과 도 만"
).split()
#: Words of three syllables or more whose last syllable is also a particle: never split. Those of
#: this course's pages (정확도, 정밀도, 비지도, 고양이; ``python docs/hooks/search.py SITE`` lists
#: the candidates) and a few more that an ML course is likely to use.
WHOLE_WORDS = (
    "정확도 정밀도 비지도 고양이 유사도 민감도 신뢰도 복잡도 자유도 중요도 넘파이 텐서플로"
).split()

_HANGUL = "[가-힣]"
_KEEP_WHOLE = "".join(f"(?<!{word[:-1]})" for word in WHOLE_WORDS)  # fixed-width lookbehinds
_LONG = "|".join(LONG_PARTICLES)
_SHORT = "|".join(SHORT_PARTICLES)
#: Where text splits into words in any language.
WORD_SEPARATOR = (
    r"[\s\-,:;!?=()\[\]{}\"'/|<>`…·“”‘’]+"  # spaces and punctuation
    r"|\.(?!\d)"  # full stops, but not decimal points (0.01 stays one token)
    r"|&(?:lt|gt|amp|quot);"  # the index text is HTML: escaped <, >, &
)
#: Material's tokenizer splits index text and query terms at every match of this pattern: between
#: words, and before a particle at the end of a word (after Hangul as above, or after Latin
#: letters, digits or a closing bracket: SGD를, 0.01입니다, (learning rate)을).
SEPARATOR = (
    WORD_SEPARATOR
    + rf"|(?:(?<={_HANGUL})(?:{_LONG})|(?<={_HANGUL}{{2}}){_KEEP_WHOLE}(?:{_SHORT})"
    + rf"|(?<=[A-Za-z0-9_)\]])(?:{_LONG}|{_SHORT}))(?!{_HANGUL})"
)

#: Per language: Material's ``search.config.lang`` and ``search.config.pipeline`` for it (its
#: language files' defaults: Korean runs no lunr pipeline, English only the stop-word filter;
#: an English stemmer would not match the trailing wildcard Material appends to each query term).
SEARCH_LANG = {
    "ko": {"lang": ["ko"], "pipeline": []},
    "en": {"lang": ["en"], "pipeline": ["stopWordFilter"]},
}


def tokens(text: str) -> list[str]:
    """The tokens Material's tokenizer makes of ``text`` with :data:`SEPARATOR`, lowercased."""
    return [token.lower() for token in re.split(SEPARATOR, text) if token]


# --- math ---------------------------------------------------------------------------------------

_SYMBOLS = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
    "eta": "η", "theta": "θ", "lambda": "λ", "mu": "μ", "pi": "π", "sigma": "σ", "tau": "τ",
    "phi": "φ", "omega": "ω", "Delta": "Δ", "Sigma": "Σ", "Theta": "Θ", "sum": "Σ", "prod": "Π",
    "partial": "∂", "nabla": "∇", "cdot": "·", "times": "×", "odot": "⊙", "oplus": "⊕",
    "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ne": "≠", "neq": "≠", "approx": "≈",
    "sim": "~", "propto": "∝", "pm": "±", "to": "→", "rightarrow": "→", "mapsto": "↦",
    "leftarrow": "←", "infty": "∞", "in": "∈", "dots": "…", "ldots": "…", "cdots": "⋯",
    "top": "ᵀ", "mid": "|", "lVert": "‖", "rVert": "‖", "lceil": "⌈", "rceil": "⌉",
    "lfloor": "⌊", "rfloor": "⌋", "qquad": " ", "quad": " ", ",": " ", ";": " ", ":": " ",
    "!": "", " ": " ", "{": "{", "}": "}", "|": "‖", "\\": "; ", "%": "%", "_": "_",
}  # fmt: skip
_ACCENTS = {"hat": "\u0302", "bar": "\u0304", "tilde": "\u0303", "vec": "\u20d7", "dot": "\u0307"}
_ARGUMENT_ONLY = {
    "text", "textrm", "textbf", "mathrm", "mathbf", "mathit", "mathcal", "mathbb", "boldsymbol",
    "operatorname", "underbrace", "overbrace",
}  # fmt: skip
_SIZES = {"left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "displaystyle"}
_SUPERSCRIPT = dict(zip("0123456789+-=()nTiᵀ", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿᵀⁱᵀ", strict=True))
_SUBSCRIPT = dict(
    zip("0123456789+-=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ", strict=True)
)
_COMMAND = re.compile(r"\\([A-Za-z]+|.)")


def _argument(tex: str, i: int) -> tuple[str, int]:
    """The argument that starts at ``tex[i]`` (a ``{group}``, a command or one character) and the
    index after it."""
    while i < len(tex) and tex[i] == " ":
        i += 1
    if i >= len(tex):
        return "", i
    if tex[i] == "{":
        depth = 0
        for j in range(i, len(tex)):
            depth += {"{": 1, "}": -1}.get(tex[j], 0)
            if depth == 0:
                return tex[i + 1 : j], j + 1
        return tex[i + 1 :], len(tex)
    if tex[i] == "\\":
        match = _COMMAND.match(tex, i)
        return match.group(0), match.end()
    return tex[i], i + 1


def tex_to_text(tex: str) -> str:
    """Read a piece of inline TeX as plain text: ``\\sigma(z) \\ge 0.5`` gives ``σ(z) ≥ 0.5``,
    ``\\frac{1}{m}`` gives ``1/m``, ``x_i^2`` gives ``xᵢ²``.

    ``\\hat{y} = \\frac{1}{1 + e^{-z}}`` gives ``ŷ = 1/(1 + e^(-z))``.
    """
    out, i = [], 0
    while i < len(tex):
        char = tex[i]
        if char == "\\":
            match = _COMMAND.match(tex, i)
            name, i = match.group(1), match.end()
            if name in ("frac", "tfrac", "dfrac"):
                top, i = _argument(tex, i)
                bottom, i = _argument(tex, i)
                out.append(f"{_atom(tex_to_text(top))}/{_atom(tex_to_text(bottom))} ")
            elif name == "sqrt":
                value, i = _argument(tex, i)
                out.append("√" + _atom(tex_to_text(value)))
            elif name in _ACCENTS:
                value, i = _argument(tex, i)
                value = tex_to_text(value)
                out.append(value + _ACCENTS[name] if len(value) == 1 else value)
            elif name in _ARGUMENT_ONLY:
                value, i = _argument(tex, i)
                out.append(tex_to_text(value))
            elif name in ("begin", "end"):
                _, i = _argument(tex, i)
            elif name in _SIZES:
                pass
            elif name in _SYMBOLS:
                out.append(_SYMBOLS[name])
            else:  # \log, \max, \tanh, \exp: the name reads as itself
                out.append(name + (" " if i < len(tex) and tex[i].isalnum() else ""))
        elif char in "^_":
            value, i = _argument(tex, i + 1)
            value = tex_to_text(value)
            table = _SUPERSCRIPT if char == "^" else _SUBSCRIPT
            if value and all(c in table for c in value):
                out.append("".join(table[c] for c in value))
            else:
                out.append(char + _atom(value))
        elif char == "&":
            out.append(" ")
            i += 1
        else:
            out.append("" if char in "{}" else char)
            i += 1
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", "".join(out)).strip())  # ŷ, not y+^


def _atom(text: str) -> str:
    return text if re.fullmatch(r"\w+|\S", text) else f"({text})"


_INLINE_MATH = re.compile(r"^\\\((.*)\\\)$", re.S)
_DOLLAR_MATH = re.compile(r"\$\$.+?\$\$|\$([^$\n]+?)\$", re.S)  # notebooks keep $…$ in their HTML


def _dollar_math(text: str) -> str:
    return _DOLLAR_MATH.sub(lambda m: tex_to_text(m.group(1)) if m.group(1) else " ", text)


# --- prose --------------------------------------------------------------------------------------

#: Elements left out with everything inside them, by class.
SKIP_CLASSES = {
    "headerlink", "anchor-link",  # permalink signs
    "arithmatex-display",  # display math (a div.arithmatex; inline math is a span)
    "jp-InputPrompt", "jp-OutputPrompt",  # In [15]: / Out [15]:
    "jp-Cell-outputWrapper", "jp-OutputArea",  # what a cell printed or drew
    "zeroclipboard-container", "clipboard-copy-txt",  # the copy button and its copy of the code
    "nnintro-stamp",  # when and with what the tutorial ran
    "mkdocstrings-source", "linenodiv", "linenos",  # API pages: the function's source listing
    "md-source-file", "md-content__button",
}  # fmt: skip
SKIP_TAGS = {"script", "style", "svg", "button", "clipboard-copy", "noscript", "template", "img"}
#: Tags Material's index keeps (with the headings that start its sections).
KEEP_TAGS = {"p", "li", "ol", "ul", "pre", "code", "sub", "sup"}
HEADINGS = {f"h{n}" for n in range(1, 7)}
#: Tags that sit inside a line of text: left out without a space in their place.
INLINE_TAGS = {
    "a", "span", "em", "strong", "b", "i", "small", "abbr", "kbd", "mark", "s", "u", "var", "q",
    "cite", "time", "label", "del", "ins", "dfn", "samp", "bdi", "bdo",
}  # fmt: skip
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr", "param"}  # fmt: skip


class _Prose(HTMLParser):
    """Rewrite a page's HTML as the few tags Material's index keeps, leaving chrome out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, skipped, inline math)
        self.math: list[str] | None = None

    @property
    def skipping(self) -> bool:
        return any(skipped for _, skipped, _ in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = set((attrs.get("class") or "").split())
        if tag == "div" and "arithmatex" in classes:
            classes.add("arithmatex-display")
        math = tag == "span" and "arithmatex" in classes
        skip = tag in SKIP_TAGS or bool(classes & SKIP_CLASSES) or "data-search-exclude" in attrs
        if tag in _VOID:
            if not self.skipping and tag in ("br", "hr"):
                self._space()
            return
        self.stack.append((tag, skip, math))
        if math and not self.skipping:
            self.math = []
        if self.skipping or (self.math is not None and not math):
            return
        if tag in HEADINGS and attrs.get("id"):
            self.out.append(f'<{tag} id="{htmllib.escape(attrs["id"])}">')
        elif tag in KEEP_TAGS:
            self.out.append(f"<{tag}>")
        elif tag not in INLINE_TAGS:
            self._space()

    def _space(self) -> None:
        """A block's edge: a space, unless the text already ends in one."""
        if self.out and not self.out[-1][-1:].isspace():
            self.out.append(" ")

    def handle_endtag(self, tag):
        if not any(open_tag == tag for open_tag, _, _ in self.stack):
            return  # a stray end tag
        while self.stack:
            open_tag, skipped, math = self.stack.pop()
            if open_tag == tag:
                break
        if self.skipping:
            return
        if math:
            tex = "".join(self.math or [])
            self.math = None
            inline = _INLINE_MATH.match(tex.strip())
            self.out.append(htmllib.escape(tex_to_text(inline.group(1) if inline else tex), False))
        elif skipped or self.math is not None:
            return
        elif tag in HEADINGS or tag in KEEP_TAGS:
            self.out.append(f"</{tag}>")
        elif tag not in INLINE_TAGS:
            self._space()

    def handle_data(self, data):
        if self.skipping:
            return
        if self.math is not None:
            self.math.append(data)
            return
        if not any(tag in ("pre", "code") for tag, _, _ in self.stack):
            data = _dollar_math(data)
        self.out.append(htmllib.escape(data, quote=False))


def prose(html: str) -> str:
    """Reduce a page's HTML to headings (with their ids), paragraphs, lists, tables' text and code,
    without the chrome listed in :data:`SKIP_CLASSES` and with inline math as plain text.

    For example ``<h2 id="a">Cost<a class="headerlink" href="#a">¶</a></h2><p>With <span
    class="arithmatex">\\(|B| = n\\)</span> samples</p>`` gives ``<h2 id="a">Cost</h2><p>With
    |B| = n samples</p>``.
    """
    parser = _Prose()
    parser.feed(html)
    parser.close()
    return "".join(parser.out)


# --- the index ----------------------------------------------------------------------------------

THEORY = "theory/"  # where a section's heading names a term (see terms)
_NUMBERING = re.compile(r"^\d+(?:\.\d+)*\.?\s+")  # "4.3 " in "4.3 가장 큰 안정한 학습률"


def entries(page, prefix: str = "") -> list[dict]:
    """Material's index entries for ``page`` (one per section, made by Material's own parser from
    the page's :func:`prose`), located relative to the language's root ``prefix`` (``"en/"``),
    each section of a theory page with its :func:`terms`."""
    url = page.url[len(prefix) :] if page.url.startswith(prefix) else page.url
    proxy = SimpleNamespace(
        content=prose(page.content or ""), toc=page.toc, url=url, meta=page.meta, title=page.title
    )
    index = SearchIndex()
    index.add_entry_from_context(proxy)
    for entry in index.entries:
        entry["text"], code = code_names(entry["text"])
        if code:
            entry["code"] = code
    if url.startswith(THEORY):  # the pages that teach: their headings name what they teach
        for entry in index.entries:
            if found := terms(entry["title"], entry["text"]):
                entry["terms"] = found
    return index.entries


_CODE_BLOCK = re.compile(r"\s*<pre>(.*?)</pre>", re.S)
_NAME = re.compile(r"[^\W\d][\w.]*")  # x_train, torch.FloatTensor, nn.Linear, 학습률


def code_names(text: str) -> tuple[str, str]:
    """Split a section's code blocks off its text: the text without them (snippets read as
    prose) and the names the code uses, each once, in order (``x_train torch.FloatTensor``).

    The names are indexed as the field ``code`` (shown nowhere), so a search for ``zero_grad`` or
    ``FloatTensor`` still finds the tutorial section whose code calls it; the code itself, a fifth
    of the index, is not fetched by every page.

    >>> code_names("<p>Data:</p> <pre>x = torch.tensor([1.0])\nprint(x, x.shape)\n</pre>")
    ('<p>Data:</p>', 'x torch.tensor print x.shape')
    """
    names: dict[str, None] = {}
    for block in _CODE_BLOCK.findall(text):
        names.update(dict.fromkeys(_NAME.findall(htmllib.unescape(block))))
    return _CODE_BLOCK.sub("", text), " ".join(names)


def terms(title: str, text: str) -> str:
    """The term a section teaches, if its heading names one: a heading of at most three words,
    without punctuation or particles (경사 하강법, 드롭아웃, Gradient descent). Returned with
    the words joined as well (경사하강법: compounds are often typed without their space) and with
    the English name the section glosses it with (``소프트맥스 함수(softmax function)``).
    Indexed for theory pages as the field ``terms`` (boosted above titles, shown nowhere), it
    ranks the section that teaches a term above the tutorials, API pages and later chapters that
    use it, also for the term's English name on the Korean site."""
    heading = _NUMBERING.sub("", htmllib.unescape(title)).strip()
    words = heading.split()
    if not 0 < len(words) <= 3 or re.search(r"[^\w\s-]", heading):
        return ""
    if tokens(heading) != [word.lower() for word in words]:  # a particle: a phrase, not a term
        return ""
    found = [heading]
    if len(words) > 1 and re.search(_HANGUL, heading):
        found.append("".join(words))
    gloss = re.search(re.escape(heading) + r"(?:</?strong>|\*)*\(([A-Za-z][A-Za-z -]*)\)", text)
    if gloss:
        found.append(gloss.group(1))
    return " ".join(found)


#: Boost of the field ``terms`` (see :func:`terms`); Material gives titles 1000 and text 1. Ten
#: times a title's: an API section titled ``sigmoid_costs``, whose short prose says "sigmoid"
#: often, otherwise outranks the section that teaches the sigmoid (``sigmoid*`` matches both).
TERMS_BOOST = 10000.0


def index_json(docs: list[dict], lang: str, fields: dict) -> str:
    """The text of one language's ``search_index.json``, as Material's worker reads it."""
    fields = {**fields, "terms": {"boost": TERMS_BOOST}, "code": {"boost": 1.0}}
    config = {**SEARCH_LANG[lang], "separator": SEPARATOR, "fields": fields}
    return json.dumps({"config": config, "docs": docs}, ensure_ascii=False, separators=(",", ":"))


_state: dict[str, dict[str, list[dict]]] = {}  # language -> page url -> entries


def _i18n(config):
    return config.plugins["i18n"]


def _fields(config) -> dict:
    """Material's search fields and their boosts (title 1000, text 1, tags 10⁶)."""
    search = config.plugins.get("material/search") or config.plugins["search"]
    return search.config.fields


def on_pre_build(config):
    _state[_i18n(config).current_language] = {}  # each language's build starts its index afresh


@event_priority(-110)  # last: page.content is the page's final HTML
def on_page_context(context, page, config, nav):
    i18n = _i18n(config)
    lang = i18n.current_language
    prefix = "" if lang == i18n.default_language else f"{lang}/"
    _state[lang][page.url] = entries(page, prefix)
    return context


@event_priority(-200)  # after mkdocs-static-i18n (-100) wrote the merged index of all languages
def on_post_build(config):
    i18n = _i18n(config)
    fields = _fields(config)
    written = []
    for lang, pages in sorted(_state.items()):
        prefix = "" if lang == i18n.default_language else f"{lang}/"
        path = Path(config.site_dir) / prefix / "search" / "search_index.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        docs = [entry for entries_of_page in pages.values() for entry in entries_of_page]
        path.write_text(index_json(docs, lang, fields), encoding="utf-8")
        written.append(
            f"{prefix}search/search_index.json {len(pages)} pages {path.stat().st_size:,} B"
        )
    if not i18n.building:
        log.info("Search indexes: " + "; ".join(written))


# --- measuring the particle rule ------------------------------------------------------------------


def measure(index: dict) -> tuple[dict[str, str], list[str]]:
    """What the particle rule does to a built Korean index: every Hangul word it splits (word ->
    what is left) and, most frequent first, those whose remainder never occurs in another word:
    the candidates for :data:`WHOLE_WORDS` (most are verb endings, harmless: 하므로 -> 하므)."""
    words: dict[str, int] = {}
    for doc in index["docs"]:
        text = re.sub(r"<pre>.*?</pre>|<[^>]+>", " ", doc["title"] + " " + doc["text"], flags=re.S)
        for word in re.split(WORD_SEPARATOR, text):
            if re.fullmatch(f"{_HANGUL}+", word):
                words[word] = words.get(word, 0) + 1
    split = {word: tokens(word)[0] for word in words if tokens(word) != [word]}
    stems: dict[str, int] = {}
    for stem in split.values():
        stems[stem] = stems.get(stem, 0) + 1
    alone = [w for w, stem in split.items() if stem not in words and stems[stem] == 1]
    return split, sorted(alone, key=lambda w: -words[w])


if __name__ == "__main__":  # python docs/hooks/search.py SITE: the particle rule on SITE's index
    import sys

    index = json.loads((Path(sys.argv[1]) / "search/search_index.json").read_text("utf-8"))
    split, alone = measure(index)
    print(f"{len(split)} Hangul words lose a particle; these leave a remainder found nowhere else:")
    print(" ".join(f"{word}→{split[word]}" for word in alone))
