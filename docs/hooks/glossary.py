"""MkDocs hook: the course's glossary, from one data file, ``docs/glossary.yml``.

- The glossary pages (``docs/glossary.md``, ``docs/glossary.en.md``) hold an introduction and a
  ``{{ glossary }}`` line, which :func:`on_page_markdown` replaces by a table of every term sorted
  in the page's language: the term, the other language's term, its definition and a link to the
  chapter that explains it (:func:`table`).
- On theory and tutorial pages :func:`on_page_content` wraps the first occurrence of each term in
  ``<abbr title="definition">`` (:func:`wrap_terms`); Material's ``content.tooltips`` shows the
  definition on hover, Korean on Korean pages and English on English pages. Code, preformatted
  text, headings, links, math and notebook outputs are left alone.
- ``tests/docs/test_glossary.py`` checks the data and that no page uses a variant the glossary
  tells to avoid (:func:`find_variants`).

The data file's header says what each key means and how forms match.
"""

from __future__ import annotations

import html as htmllib
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "glossary.yml"
LANGUAGES = ("ko", "en")
MARKER = re.compile(r"^[ \t]*\{\{\s*glossary\s*\}\}[ \t]*$", re.M)
REQUIRED = ("id", "ko", "en", "ko_def", "en_def", "chapter")
OPTIONAL = ("avoid", "also", "other_meaning", "tooltip")
HEADER = {
    "ko": ("용어", "영어", "뜻", "장"),
    "en": ("Term", "Korean", "Meaning", "Chapter"),
}


class GlossaryError(ValueError):
    """The data file is malformed; the message names the entry and what to fix."""


@dataclass(frozen=True)
class Term:
    """One glossary entry (see the header of ``docs/glossary.yml`` for each field)."""

    id: str
    ko: str
    en: str
    ko_def: str
    en_def: str
    chapter: int
    avoid: dict[str, tuple[str, ...]]
    also: dict[str, tuple[str, ...]]
    other_meaning: tuple[str, ...] = ()
    tooltip: bool = True

    def name(self, lang: str) -> str:
        """Return the preferred form in ``lang`` (``"ko"`` or ``"en"``)."""
        return self.ko if lang == "ko" else self.en

    def definition(self, lang: str) -> str:
        """Return the one-line definition in ``lang``."""
        return self.ko_def if lang == "ko" else self.en_def

    def forms(self, lang: str) -> tuple[str, ...]:
        """Return the accepted forms in ``lang``: the preferred one, then ``also``."""
        return (self.name(lang), *self.also.get(lang, ()))

    def title(self, lang: str) -> str:
        """Return the tooltip: the term, the other language's term and the definition.

        >>> Term("x", "역전파", "backpropagation", "정의.", "Def.", 10, {}, {}).title("ko")
        '역전파(backpropagation): 정의.'
        """
        other = self.name("en" if lang == "ko" else "ko")
        name = self.name(lang)
        gloss = "" if other == name else (f"({other})" if lang == "ko" else f" ({other})")
        return f"{name}{gloss}: {self.definition(lang)}"


def _strings(value, where: str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise GlossaryError(f"{where}: {key} must be a list of non-empty strings, not {value!r}")
    return tuple(v.strip() for v in value)


def _per_language(value, where: str, key: str) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not set(value) <= set(LANGUAGES):
        raise GlossaryError(f"{where}: {key} must map ko and/or en to lists, like {{ko: [...]}}")
    return {lang: _strings(forms, where, f"{key}.{lang}") for lang, forms in value.items()}


def _term(entry, index: int) -> Term:
    where = f"docs/glossary.yml, term {index + 1}"
    if not isinstance(entry, dict):
        raise GlossaryError(f"{where}: each term is a mapping with keys {', '.join(REQUIRED)}")
    where += f" ({entry.get('id') or entry.get('en') or entry.get('ko')})"
    missing = [key for key in REQUIRED if entry.get(key) in (None, "")]
    unknown = sorted(set(entry) - set(REQUIRED) - set(OPTIONAL))
    if missing or unknown:
        raise GlossaryError(
            f"{where}: missing {missing or 'nothing'}, unknown keys {unknown or 'none'}; "
            f"the keys are {', '.join(REQUIRED + OPTIONAL)}"
        )
    for key in ("id", "ko", "en", "ko_def", "en_def"):
        if not isinstance(entry[key], str):
            raise GlossaryError(f"{where}: {key} must be a string, not {entry[key]!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", entry["id"]):
        raise GlossaryError(f"{where}: id {entry['id']!r} must be a slug like 'chain-rule'")
    for key in ("ko_def", "en_def"):
        text = entry[key]
        bad = re.search(r"[\n$`<>*|\[\]]|\{\{", text)
        if bad or not text.endswith("."):
            raise GlossaryError(
                f"{where}: {key} must be one line of plain text ending with '.' (no Markdown, "
                f"math, HTML or '|': it is also a tooltip); found {(bad and bad[0])!r} in {text!r}"
            )
    chapter = entry["chapter"]
    if not isinstance(chapter, int) or isinstance(chapter, bool) or not 1 <= chapter <= 99:
        raise GlossaryError(f"{where}: chapter must be a chapter number like 3, not {chapter!r}")
    tooltip = entry.get("tooltip", True)
    if not isinstance(tooltip, bool):
        raise GlossaryError(f"{where}: tooltip must be true or false, not {tooltip!r}")
    other = entry.get("other_meaning")
    return Term(
        id=entry["id"],
        ko=entry["ko"].strip(),
        en=entry["en"].strip(),
        ko_def=entry["ko_def"].strip(),
        en_def=entry["en_def"].strip(),
        chapter=chapter,
        avoid=_per_language(entry.get("avoid"), where, "avoid"),
        also=_per_language(entry.get("also"), where, "also"),
        other_meaning=() if other is None else _strings(other, where, "other_meaning"),
        tooltip=tooltip,
    )


def load(path: Path = DATA) -> tuple[Term, ...]:
    """Return the terms of the data file, in file order; raise :class:`GlossaryError` if malformed.

    Cross-term problems (a term twice, a variant that is another term's form) are reported by
    :func:`problems`, not here.
    """
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as error:  # e.g. an unquoted ": " inside a definition
        raise GlossaryError(
            f"{path} is not valid YAML (quote a value holding ': '): {error}"
        ) from error
    if not isinstance(data, dict) or not isinstance(data.get("terms"), list):
        raise GlossaryError(f"{path}: expected a mapping with a list under 'terms'")
    return tuple(_term(entry, index) for index, entry in enumerate(data["terms"]))


def _key(form: str) -> str:
    """Return what makes two forms the same: case is ignored for Latin letters, spacing never."""
    return " ".join(form.split()).casefold()


def problems(terms: tuple[Term, ...]) -> list[str]:
    """Return what is wrong across terms: an id or a form used twice, a variant that another
    term (or the same) accepts. Empty when the glossary is consistent.

    >>> t = Term("a", "매개변수", "parameter", "정의.", "Def.", 1, {"ko": ("파라미터",)}, {})
    >>> problems((t, t))[0]
    "id 'a' is used by 2 terms"
    """
    found = []
    owners: dict[tuple[str, str], list[str]] = {}
    for term in terms:
        owners.setdefault(("id", term.id), []).append(term.id)
        for lang in LANGUAGES:
            for form in term.forms(lang):
                owners.setdefault((lang, _key(form)), []).append(term.id)
    for (kind, value), ids in owners.items():
        if kind == "id" and len(ids) > 1:
            found.append(f"id {value!r} is used by {len(ids)} terms")
        elif kind != "id" and len(set(ids)) > 1:
            found.append(f"the {kind} form {value!r} belongs to several terms: {', '.join(ids)}")
    for term in terms:
        for variants in term.avoid.values():
            for variant in variants:
                for other_lang in LANGUAGES:
                    for owner in owners.get((other_lang, _key(variant)), []):
                        found.append(
                            f"{term.id}: the variant {variant!r} to avoid is a form of {owner!r}"
                        )
    return found


def _is_latin(form: str) -> bool:
    return not re.search(r"[가-힣]", form)


def pattern(form: str) -> str:
    """Return the regular expression for one form.

    Korean forms match anywhere (particles attach: 역전파를); forms in Latin letters match whole
    words in any case, also with a plural -s/-es; a space matches any white space.

    >>> bool(re.search(pattern("역전파"), "역전파를 합니다"))
    True
    >>> [bool(re.search(pattern("ReLU"), t)) for t in ("ReLUs", "LeakyReLU", "ReLU를")]
    [True, False, True]
    """
    body = r"\s+".join(re.escape(part) for part in form.split())
    if _is_latin(form):
        return rf"(?i:(?<![A-Za-z0-9]){body}(?:e?s)?(?![A-Za-z0-9]))"
    return body


@dataclass(frozen=True)
class Hit:
    """A variant found in text: where, what was written, and the term it should be."""

    start: int
    end: int
    variant: str
    term: Term


def _spans(forms, text: str):
    for form in forms:
        for match in re.finditer(pattern(form), text):
            yield match.start(), match.end(), form


def _names_other_names(text: str, end: int) -> bool:
    """Whether the Korean sentence going on after ``end`` names other names (…라고도 부릅니다)."""
    rest = re.split(r"[.!?](?=\s|$)", text[end:], maxsplit=1)[0]
    return "라고도" in rest


def find_variants(text: str, terms: tuple[Term, ...], langs: tuple[str, ...]) -> list[Hit]:
    """Return the ``avoid`` variants of ``langs`` used in ``text`` (prose only), in order.

    A variant does not count inside a longer accepted form of any term or an ``other_meaning``
    phrase ("파라미터" in "하이퍼파라미터"), nor in a Korean sentence that names other names
    ("…손실 함수(loss function)라고도 부릅니다"). Of overlapping variants the longest is reported.

    >>> terms = load()
    >>> [(h.variant, h.term.ko) for h in find_variants("파라미터와 하이퍼파라미터", terms, ("ko",))]
    [('파라미터', '매개변수')]
    """
    accepted = [form for term in terms for lang in LANGUAGES for form in term.forms(lang)]
    accepted += [phrase for term in terms for phrase in term.other_meaning]
    covers = list(_spans(accepted, text))
    hits = []
    for term in terms:
        for lang in langs:
            for start, end, form in _spans(term.avoid.get(lang, ()), text):
                if any(s <= start and end <= e and e - s > end - start for s, e, _ in covers):
                    continue
                if not _is_latin(form) and _names_other_names(text, end):
                    continue
                hits.append(Hit(start, end, text[start:end], term))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit.end <= kept[-1].end:
            continue  # inside a longer variant already reported
        kept.append(hit)
    return kept


# --- the glossary pages ---------------------------------------------------------------------


def chapter_pages(docs_dir: Path) -> dict[int, str]:
    """Return each chapter's theory page as a source path (``theory/03-linear-regression.md``)."""
    pages = {}
    for path in sorted((Path(docs_dir) / "theory").glob("[0-9][0-9]-*.md")):
        if path.suffixes == [".md"]:
            pages[int(path.name[:2])] = f"theory/{path.name}"
    return pages


def _sort_key(term: Term, lang: str) -> tuple[bool, str]:
    name = term.name(lang)
    return (lang == "ko" and _is_latin(name), name.casefold())  # Korean: 가나다 first, then A-Z


def table(terms: tuple[Term, ...], lang: str, pages: dict[int, str], page_dir: str = "") -> str:
    """Return the glossary as a Markdown table sorted in ``lang``, linking each term's chapter.

    ``pages`` maps chapter numbers to theory pages (:func:`chapter_pages`); ``page_dir`` is the
    folder of the page the table goes in, for relative links.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
    other = "en" if lang == "ko" else "ko"
    missing = sorted({t.chapter for t in terms} - set(pages))
    if missing:
        named = ", ".join(f"{t.id} ({t.chapter})" for t in terms if t.chapter in missing)
        raise GlossaryError(
            f"docs/glossary.yml links chapters {missing}, which have no theory page "
            f"docs/theory/NN-name.md: {named}; fix the terms' chapter or add the page"
        )
    head = HEADER[lang]
    lines = [f"| {' | '.join(head)} |", "| --- | --- | --- | --- |"]
    for term in sorted(terms, key=lambda t: _sort_key(t, lang)):
        link = posixpath.relpath(pages[term.chapter], page_dir or ".")
        chapter = f"{term.chapter}장" if lang == "ko" else f"Chapter {term.chapter}"
        lines.append(
            f"| **{term.name(lang)}**{{ #{term.id} }} | {term.name(other)} | "
            f"{term.definition(lang)} | [{chapter}]({link}) |"
        )
    return '<div class="nnintro-glossary" markdown>\n\n' + "\n".join(lines) + "\n\n</div>"


# --- tooltips ---------------------------------------------------------------------------------

SKIP_TAGS = {
    "a", "abbr", "code", "pre", "kbd", "samp", "script", "style", "svg", "math", "button",
    "textarea", "select", "title", "h1", "h2", "h3", "h4", "h5", "h6",
}  # fmt: skip
# math; a notebook's code cells (input, the copy button's text, outputs); the tutorial's stamp.
# Notebook prose is in markdown cells (jp-MarkdownCell), which are marked.
SKIP_CLASSES = {"arithmatex", "jp-CodeCell", "jp-OutputArea", "clipboard-copy-txt", "nnintro-stamp"}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
             "track", "wbr"}  # fmt: skip
_TOKEN = re.compile(
    r"<!--.*?-->|<![^>]*>|<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:\"[^\"]*\"|'[^']*'|[^'\">])*)>", re.S
)
_CLASS = re.compile(r"""\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_MATH = re.compile(r"\$\$.+?\$\$|\$(?:\\.|[^$\\])+?\$|\\\(.+?\\\)|\\\[.+?\\\]", re.S)


class Marker:
    """Wraps the first occurrence of each term of one language in ``<abbr title="...">``."""

    def __init__(self, terms: tuple[Term, ...], lang: str):
        entries = []  # (form, term or None): None marks a phrase that is not the term
        for term in terms:
            entries += [(form, term if term.tooltip else None) for form in term.forms(lang)]
            entries += [(variant, None) for variant in term.avoid.get(lang, ())]
            entries += [(phrase, None) for phrase in term.other_meaning]
        entries.sort(key=lambda e: -len(e[0]))  # the longest form wins where several start
        self.terms = [term for _, term in entries]
        self.regex = re.compile(
            "|".join(f"(?P<g{i}>{pattern(form)})" for i, (form, _) in enumerate(entries))
        )
        self.lang = lang
        self.used: set[str] = set()

    def text(self, text: str) -> str:
        """Return ``text`` (HTML text between tags) with not yet marked terms wrapped."""
        math = [m.span() for m in _MATH.finditer(text)]  # raw TeX in notebook cells
        out, last = [], 0
        for match in self.regex.finditer(text):
            term = self.terms[int(match.lastgroup[1:])]
            start, end = match.span()
            if term is None or term.id in self.used:
                continue
            if any(s < end and start < e for s, e in math):
                continue
            self.used.add(term.id)
            title = htmllib.escape(htmllib.unescape(term.title(self.lang)), quote=True)
            out += [text[last:start], f'<abbr title="{title}">', match[0], "</abbr>"]
            last = end
        return "".join(out) + text[last:]


def _skips(name: str, attrs: str) -> bool:
    if name in SKIP_TAGS:
        return True
    match = _CLASS.search(attrs)
    classes = set(((match and (match[1] or match[2] or match[3])) or "").split())
    return bool(classes & SKIP_CLASSES)


def wrap_terms(html: str, terms: tuple[Term, ...], lang: str) -> str:
    """Return ``html`` with the first occurrence of each term wrapped in ``<abbr title=...>``.

    Text inside code, pre, headings, links, existing abbr, math (``.arithmatex``, ``$...$``) and
    a notebook's code cells and outputs is left alone, as are HTML attributes.

    >>> terms = load()
    >>> html = wrap_terms("<h2>역전파</h2><p>역전파를 합니다. 역전파</p>", terms, "ko")
    >>> html.count("<abbr"), html.index('<abbr title="역전파(backpropagation):')
    (1, 15)
    """
    marker = Marker(terms, lang)
    out, last = [], 0
    skip: str | None = None  # the name of the element we are inside and leave alone
    depth = 0
    for token in _TOKEN.finditer(html):
        text = html[last : token.start()]
        out.append(text if skip else marker.text(text))
        out.append(token[0])
        last = token.end()
        if token[2] is None:  # a comment or a doctype
            continue
        closing, name, attrs = token[1] == "/", token[2].lower(), token[3] or ""
        empty = name in VOID_TAGS or attrs.rstrip().endswith("/")
        if skip:
            if name == skip and not empty:
                depth += -1 if closing else 1
                if depth == 0:
                    skip = None
        elif not closing and not empty and _skips(name, attrs):
            skip, depth = name, 1
    text = html[last:]
    out.append(text if skip else marker.text(text))
    return "".join(out)


# --- MkDocs events ----------------------------------------------------------------------------

_state: dict = {"terms": ()}


def _language(page) -> str:
    locale = getattr(page.file, "locale", None)
    if locale in LANGUAGES:
        return locale
    return "en" if page.file.src_uri.endswith(".en.md") else "ko"


def on_config(config):
    try:
        terms = load()
    except GlossaryError as error:
        raise PluginError(str(error)) from error
    found = problems(terms)
    if found:
        raise PluginError("docs/glossary.yml: " + "; ".join(found))
    _state["terms"] = terms
    return config


def on_page_markdown(markdown: str, page, config, files) -> str:
    """Replace a ``{{ glossary }}`` line by the glossary table in the page's language."""
    if not MARKER.search(markdown):
        return markdown
    pages = chapter_pages(Path(config["docs_dir"]))
    try:
        rows = table(_state["terms"], _language(page), pages, posixpath.dirname(page.file.src_uri))
    except GlossaryError as error:
        raise PluginError(f"{page.file.src_uri}: {error}") from error
    return MARKER.sub(lambda _: rows, markdown)


def on_page_content(html: str, page, config, files) -> str:
    """Give theory and tutorial pages their terms' definitions as tooltips."""
    if not page.file.src_uri.startswith(("theory/", "tutorials/")):
        return html
    return wrap_terms(html, _state["terms"], _language(page))
