"""The built site: strict build, both languages, rendered notebooks, links, no outside requests."""

import functools
import platform
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import pytest
import torch

import nnintro
from nnintro.data._files import data_root
from tests.conftest import ROOT

pytestmark = pytest.mark.slow

SOURCES = sorted((ROOT / "docs" / "tutorials").glob("*.py"))
TUTORIALS = [f"tutorials/{source.stem}/index.html" for source in SOURCES]
KOREAN_THEORY = [p for p in sorted(ROOT.glob("docs/theory/*.md")) if not p.name.endswith(".en.md")]
THEORY = [f"theory/{page.stem}/index.html" for page in KOREAN_THEORY]


class Links(HTMLParser):
    """Collects ids and the URLs a page points at (href, src), by tag."""

    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.urls: list[tuple[str, str, str]] = []  # (tag, attribute, url)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for name in ("href", "src"):
            if attrs.get(name):
                self.urls.append((tag, name, attrs[name]))


@functools.cache  # a page is parsed once, however many links point into it
def parse(path: Path) -> Links:
    links = Links()
    links.feed(path.read_text(encoding="utf-8"))
    return links


def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("index.html") if "assets" not in p.parts)


def test_build_is_strict_and_warning_free(site_builds):
    for build in site_builds:
        assert "WARNING" not in build.log.replace("[IPKernelApp] WARNING", ""), build.log


def test_rebuild_executes_no_tutorial(site_builds):
    cold, warm = site_builds
    assert f"Tutorials executed in this build: {len(TUTORIALS)}" in cold.log
    assert "Tutorials executed in this build: 0" in warm.log
    assert "Executed tutorial" not in warm.log
    assert "Cache miss" not in warm.log, "neither language may re-render its notebook"
    assert "Evicted" not in warm.log


def test_both_languages_have_the_same_pages(site):
    korean = {p.relative_to(site) for p in pages(site) if p.relative_to(site).parts[0] != "en"}
    english = {p.relative_to(site / "en") for p in pages(site / "en")}
    assert korean == english
    assert Path("theory/03-linear-regression/index.html") in korean
    assert Path("reference/functional/index.html") in korean


@pytest.mark.parametrize("lang", ["", "en/"])
@pytest.mark.parametrize("page", TUTORIALS)
def test_notebook_pages_are_rendered_not_raw(site, lang, page):
    html = (site / lang / page).read_text(encoding="utf-8")
    assert "jupyter-wrapper" in html
    assert '"cell_type"' not in html and '"nbformat"' not in html
    assert "# %%" not in html
    assert "<!-- Load mathjax -->" not in html, "mkdocs-jupyter's CDN MathJax 2 must be removed"
    suffix = "en" if lang else "ko"  # the two languages' notebooks have different names
    notebook = (site / lang / page).parent / f"{Path(page).parent.name}.{suffix}.ipynb"
    assert notebook.exists(), "each tutorial page offers its own notebook for download"
    assert f'href="{notebook.name}" download="{notebook.name}"' in html
    # light: the notebook CSS is one shared file, figures are files beside the page
    assert "data:image/png" not in html
    css = r'<link rel="stylesheet" href="(\.\./)+assets/notebook/notebook\.\w+\.css">'
    assert re.search(css, html)


STAMP = re.compile(r'<h1 id="[^"]*">.*?</h1><p class="nnintro-stamp">(.*?)</p>', re.S)


@pytest.mark.parametrize("page", TUTORIALS)
def test_each_tutorial_page_shows_the_run_that_made_it(site, site_builds, page):
    """Under the title: when it ran, Python, torch and nnintro versions, threads, seconds."""
    versions = (
        f"Python {platform.python_version()} · torch {torch.__version__} · "
        f"nnintro {nnintro.__version__}"
    )
    when = r"(\d{4}-\d\d-\d\d \d\d:\d\d) UTC"
    for lang, pattern in (
        ("", rf"{when}에 실행한 결과 · (.*) · CPU 스레드 (\d+)개 · ([\d.]+)초"),
        ("en/", rf"Outputs of a run on {when} · (.*) · (\d+) CPU threads · ([\d.]+) s"),
    ):
        match = STAMP.search((site / lang / page).read_text(encoding="utf-8"))
        assert match, f"{lang}{page} has no run stamp under its title"
        _, used, threads, seconds = re.fullmatch(pattern, match[1]).groups()
        assert used == versions and int(threads) >= 1 and float(seconds) > 0
    name = f"{Path(page).parent.name}.py"
    assert re.search(rf"Tutorial {re.escape(name)} ran in [\d.]+ s \(", site_builds[0].log)


def test_no_page_shows_a_folder_of_the_build_machine(site, site_builds):
    """No home folder, data root or project folder of the machine that built the site."""
    machine = {str(Path.home()) + "/", str(data_root()[0]), str(site.parent)}
    leaks = []
    for path in [*pages(site), *site.rglob("*.ipynb")]:
        text = path.read_text(encoding="utf-8")
        leaks += [f"{path.relative_to(site)}: {folder}" for folder in machine if folder in text]
        if re.search(r"\{\{\s*ch\d\d\.", text):
            leaks.append(f"{path.relative_to(site)}: an unfilled {{{{ chNN.key }}}}")
    assert leaks == []


def test_tutorial_languages_differ_only_in_prose(site):
    ko = (site / TUTORIALS[0]).read_text(encoding="utf-8")
    en = (site / "en" / TUTORIALS[0]).read_text(encoding="utf-8")
    assert re.search(r"[가-힣]", ko) and 'lang="ko"' in ko
    code = re.compile(r'<div class="highlight-ipynb.*?</div>', re.S)
    # one difference: the exercises' setup cell asks for feedback in the page's language
    asks = '<span class="s2">"{}"</span>'
    korean = [c.replace(asks.format("ko"), asks.format("en")) for c in code.findall(ko)]
    assert korean == code.findall(en) != []


def test_korean_headings_have_korean_anchors(site):
    html = (site / "theory/03-linear-regression/index.html").read_text(encoding="utf-8")
    assert 'id="비용-함수' in html
    assert not re.search(r'id="_\d+"', html)


def test_internal_links_and_anchors_resolve(site):
    broken = []
    for page in [*pages(site), site / "404.html"]:
        base = "http://site/" + page.relative_to(site).as_posix()
        for tag, attr, url in parse(page).urls:
            target = urlparse(urljoin(base, url))
            if target.netloc != "site":
                continue
            path = site / unquote(target.path).lstrip("/")
            if path.is_dir():
                path = path / "index.html"
            if not path.exists():
                broken.append(f"{page.relative_to(site)}: {tag} {attr}={url}")
            elif target.fragment and path.suffix == ".html":
                if unquote(target.fragment) not in parse(path).ids:
                    broken.append(f"{page.relative_to(site)}: missing anchor {url}")
    assert broken == [], "\n".join(broken)


def test_pages_load_nothing_from_other_hosts(site):
    outside = []
    for page in pages(site):
        for tag, attr, url in parse(page).urls:
            loads = tag in ("script", "img", "iframe", "source") or (
                tag == "link" and attr == "href"
            )
            if loads and urlparse(url).netloc and tag != "a":
                if tag == "link" and not url.endswith((".css", ".js", ".woff", ".woff2")):
                    continue  # <link rel="canonical"/"alternate"> only names a page
                outside.append(f"{page.relative_to(site)}: {tag} {url}")
    assert outside == []


def test_mathjax_is_served_by_the_site(site):
    for part in ("startup.js", "core.js", "input/tex.js", "output/chtml.js"):
        assert (site / "assets/mathjax" / part).stat().st_size > 20_000
    assert list((site / "assets/mathjax/output/chtml/fonts/woff-v2").glob("*.woff"))


def chapter_of(path: str) -> int:
    return int(Path(path).parent.name.split("-")[0])


def test_every_chapter_has_theory_and_tutorial() -> None:
    assert {chapter_of(p) for p in THEORY} == {chapter_of(p) for p in TUTORIALS}
    assert set(range(1, 10)) <= {chapter_of(p) for p in THEORY}


@pytest.mark.parametrize("lang", ["", "en/"])
def test_navigation_and_home_page_link_every_chapter(site, lang):
    home = (site / lang / "index.html").read_text(encoding="utf-8")
    nav = home[home.index('class="md-nav md-nav--primary"') :]
    table = home[home.index("<table") : home.index("</table>")]
    for page in THEORY + TUTORIALS:
        href = f'href="{Path(page).parent.as_posix()}/"'
        assert href in nav, f"{lang or 'ko'} navigation has no link to {page}"
        assert href in table, f"{lang or 'ko'} home page's syllabus has no link to {page}"
    assert "준비 중" not in table and "coming soon" not in table
