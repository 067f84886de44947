"""`check`: content checks on the generated docs/ (and the built site/ if present).

Fails (exit 1) with one line per problem on: front matter or data records that
break the schema, facts whose quote is not on their page, articles without a
resolved region, OCR damage left in article text, broken internal links.
Prints (without failing) a review list of articles whose title, region or
authors are uncertain.
"""
from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from urllib.parse import unquote, urlsplit

import jsonschema
import yaml

from .repair.spaces import LEAD_BYLINE_RE
from .sentences import PARAGRAPH_END
from .site.url import ENV_VAR, is_placeholder, site_path

HAN = r"[\u3400-\u9fff]"
# Bounded run length: an unbounded `{4,}` backtracks quadratically (cubically) on a
# long Han run without punctuation; longer doubles are caught as repeated sentences.
DOUBLED = re.compile(rf"({HAN}{{4,50}})\1")
SPACE_IN_HAN = re.compile(rf"{HAN}[ \t\u00a0\u3000]+{HAN}")
HALF_PUNCT = re.compile(rf"{HAN}[,;:]|[,;:]{HAN}")


def load_schema(name: str) -> dict:
    with resources.files("build_tools.schema").joinpath(name).open(encoding="utf-8") as fh:
        return json.load(fh)


def read_front_matter(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        return {}, text
    head, _, body = text[4:].partition("\n---\n")
    try:
        meta = yaml.safe_load(head) or {}
    except yaml.YAMLError as exc:
        raise ValueError(f"front matter is not valid YAML ({' '.join(str(exc).split())})") from None
    if not isinstance(meta, dict):
        raise ValueError("front matter is not a mapping")
    return meta, body


_TAG = re.compile(r"<[^>]+>")


def page_text(body: str) -> str:
    """Visible text of an article body: tags removed, entities decoded."""
    return html.unescape(_TAG.sub("", body))


_NOTE = re.compile(r'<span class="breaks-off-note"[^>]*>.*?</span>|<a class="region-link"[^>]*>.*?</a>')
_SENTENCE = re.compile(r'<span id="(s\d+-\d+)">(.*?)</span>(?=<span id="s\d+-\d+">|<span class="breaks-off-note"|<a class="region-link"|</p>)')
_ID = re.compile(r'\sid="([^"]+)"')


def sentence_spans(body: str) -> dict[str, str]:
    """{anchor: visible text} of every sentence span on an article page."""
    return {m.group(1): page_text(m.group(2)) for m in _SENTENCE.finditer(body)}


def article_paragraphs(body: str) -> list[str]:
    """The article's running text: the <p id="pN"> paragraphs.

    A paragraph the source itself cuts off (marked class="breaks-off" by the
    renderer, with a visible note) keeps a trailing "…" here so that it is not
    counted as a line-break we failed to repair. The link from a paragraph to
    its box on the page image (PDF and scanned seeds) is not text.
    """
    out = []
    for m in re.finditer(r'<p id="p\d+"( class="breaks-off")?>(.*?)</p>', body):
        text = page_text(_NOTE.sub("", m.group(2)))
        out.append(text + "…" if m.group(1) else text)
    return out


def article_headings(body: str) -> list[str]:
    """The text of the article's own headings and sub-headings (## … {#id}, <p class="subheading">)."""
    out = [page_text(re.sub(r"\\(.)", r"\1", m.group(1)))  # (Markdown's escapes: 2\.3公里)
           for m in re.finditer(r"^## (.*?) \{#[^}\s]+\}$", body, re.M)]
    out += [page_text(m.group(1)) for m in re.finditer(r'<p class="subheading" id="[^"]*">(.*?)</p>', body)]
    return out


def damage_counts(paragraphs: list[str]) -> Counter:
    """OCR damage left in running text (the repair issue's definition of done)."""
    c: Counter = Counter()
    seen: set[str] = set()
    for p in paragraphs:
        c["doubled_han_run"] += len(DOUBLED.findall(p))
        # the names of a byline in brackets after the lead's dateline are spaced on purpose
        c["space_between_han"] += len(SPACE_IN_HAN.findall(LEAD_BYLINE_RE.sub("", p)))
        c["halfwidth_punct_between_han"] += len(HALF_PUNCT.findall(p))
        if p and p.rstrip()[-1] not in PARAGRAPH_END:
            c["paragraph_stops_mid_sentence"] += 1
        for s in re.findall(r"[^。！？]+[。！？]", p):
            s = s.strip()
            if len(s) >= 8:
                if s in seen:
                    c["repeated_sentence"] += 1
                seen.add(s)
    return c


def check_docs(docs: Path) -> tuple[list[str], Counter]:
    problems: list[str] = []
    totals: Counter = Counter()
    data = docs / "data"
    try:
        articles = json.loads((data / "articles.json").read_text(encoding="utf-8"))
        facts = json.loads((data / "facts.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"{data}: cannot read data files ({exc}); run `python -m build_tools build`"], totals
    for name, recs in (("articles.json", articles), ("facts.json", facts)):
        if not isinstance(recs, list) or not all(isinstance(r, dict) for r in recs):
            problems.append(f"{name}: not a list of records (objects)")
    if problems:
        return problems, totals
    art_schema, fact_schema = load_schema("article.json"), load_schema("fact.json")
    slugs = Counter(rec.get("slug") for rec in articles)
    for slug, n in slugs.items():
        if n > 1:
            problems.append(f"articles.json {slug}: slug used by {n} articles")
    for rec in articles:
        for err in jsonschema.Draft202012Validator(art_schema).iter_errors(rec):
            problems.append(f"articles.json {rec.get('slug')}: {err.json_path}: {err.message}")
        if not rec.get("adcode"):
            problems.append(f"articles.json {rec.get('slug')}: no resolved region")
    texts: dict[str, str] = {}
    spans: dict[str, dict[str, str]] = {}
    ids: dict[str, set[str]] = {}
    for rec in articles:
        if not isinstance(rec.get("page"), str) or not isinstance(rec.get("slug"), str):
            continue  # reported by the schema check above
        path = docs / rec["page"]
        if not path.exists():
            problems.append(f"{path}: page listed in articles.json is missing")
            continue
        try:
            fm, body = read_front_matter(path)
        except (OSError, ValueError) as exc:
            problems.append(f"{path}: {exc}")
            continue
        fm_plain = json.loads(html.unescape(json.dumps(fm, ensure_ascii=False)))
        fm_plain.setdefault("page", rec["page"])
        for err in jsonschema.Draft202012Validator(art_schema).iter_errors(fm_plain):
            problems.append(f"{path}: front matter {err.json_path}: {err.message}")
        spans[rec["slug"]] = sentence_spans(body)
        ids[rec["slug"]] = set(_ID.findall(body)) | {m.group(1) for m in re.finditer(r"\{#([^}\s]+)\}", body)}
        paras = article_paragraphs(body)
        # (both with and without the "…" a paragraph broken off is shown with: a quote may
        # end with the source's own ……; a post's line set as a heading may hold a figure)
        texts[rec["slug"]] = "\n".join(["".join(p.rstrip("…") if p.endswith("…") else p for p in paras),
                                        "".join(paras), *article_headings(body)])
        counts = damage_counts(paras)
        totals.update(counts)
        for kind, n in counts.items():
            if n:
                problems.append(f"{path}: {kind} = {n}")
    by_slug = {rec.get("slug"): rec for rec in articles}
    for f in facts:
        for err in jsonschema.Draft202012Validator(fact_schema).iter_errors(f):
            problems.append(f"facts.json {f.get('id')}: {err.json_path}: {err.message}")
        if f.get("article") not in slugs:
            problems.append(f"facts.json {f.get('id')}: article {f.get('article')} is not in articles.json")
        elif f.get("article") in texts and isinstance(f.get("quote"), str) and f["quote"] not in texts[f["article"]]:
            problems.append(f"facts.json {f.get('id')}: quote not found on its article page: {f.get('quote', '')[:30]}")
        elif f.get("article") in spans:
            problems += _fact_anchor_problems(f, spans[f["article"]], ids[f["article"]], by_slug.get(f["article"]))
    problems += _csv_twin_problems(data, articles, facts)
    return problems, totals


def _fact_anchor_problems(f: dict, spans: dict[str, str], ids: set[str], art: dict | None) -> list[str]:
    """The fact's URL points at its article's page and at an anchor there, and
    its quote is that whole sentence (not a prefix or a part of it)."""
    url = f.get("url") if isinstance(f.get("url"), str) else ""
    page, _, anchor = url.partition("#")
    fid = f.get("id")
    if art is not None and page != art.get("url"):
        return [f"facts.json {fid}: url {url[:60]} is not on its article's page {art.get('url')}"]
    if not anchor or anchor not in ids:
        return [f"facts.json {fid}: url anchor #{anchor[:40]} does not exist on its article page"]
    if anchor in spans and isinstance(f.get("quote"), str) and spans[anchor] != f["quote"]:
        return [f"facts.json {fid}: quote is not the whole sentence #{anchor} on its page: {f['quote'][:30]}"]
    return []


def _csv_twin_problems(data: Path, articles: list[dict], facts: list[dict]) -> list[str]:
    """articles.csv and facts.csv say what articles.json and facts.json say
    (a CSV edited on its own is caught): each is rewritten from its JSON twin
    and compared line by line."""
    from .render.data import ARTICLE_CSV_SPREAD, ARTICLE_FIELDS, FACT_FIELDS, csv_rows, csv_text

    problems = []
    for name, fields, recs, spread in (("articles.csv", ARTICLE_FIELDS, articles, ARTICLE_CSV_SPREAD),
                                       ("facts.csv", FACT_FIELDS, facts, None)):
        path = data / name
        try:
            have = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{name}: cannot read ({exc})")
            continue
        want = csv_text(fields, [csv_rows(recs, fields, spread)], spread)
        if have != want:
            a, b = have.split("\n"), want.split("\n")
            line = next((k for k, (x, y) in enumerate(zip(a, b), 1) if x != y), min(len(a), len(b)) + 1)
            problems.append(f"{name}: line {line} differs from {name.replace('.csv', '.json')} "
                            "(edited on its own? rebuild with `python -m build_tools build`)")
    return problems


# Elements that load or run something, or navigate, never made by the site.
_FOREIGN = {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal", "fencedframe"}
# Attributes that hold a URL the browser loads or follows.
_URL_ATTRS = {"href", "src", "action", "formaction", "data", "poster", "background", "xlink:href", "srcset",
              "ping", "codebase", "cite", "longdesc", "manifest", "lowsrc", "dynsrc"}
_UNSAFE_SCHEME = re.compile(r"^(javascript|vbscript|data|livescript|mocha):", re.I)


class _PageScan(HTMLParser):
    """What a page holds that can run code, load from elsewhere or navigate away."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.inline_scripts: list[str] = []
        self._script: list[str] | None = None
        self._script_attrs: dict = {}

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): v or "" for k, v in attrs}
        self.found += [f"element with an event-handler attribute <{tag} {k}=" for k in a if k.startswith("on")]
        if tag in _FOREIGN:
            self.found.append(f"foreign element <{tag}>")
        if tag == "meta" and a.get("http-equiv", "").strip().lower() in ("refresh", "set-cookie", "location"):
            self.found.append(f"<meta http-equiv=\"{a['http-equiv']}\"> (navigates or sets state)")
        if tag == "form" and ("action" in a or "method" in a or not (
                "md-search__form" in a.get("class", "") or a.get("data-md-component") == "palette")):
            self.found.append(f"form not made by the theme (action {a.get('action', '')[:40]!r})")
        for k, v in a.items():
            if k in _URL_ATTRS or k.endswith(":href"):
                url = re.sub(r"[\s\x00-\x1f]", "", html.unescape(v))
                if _UNSAFE_SCHEME.match(url):
                    self.found.append(f"unsafe URL in <{tag} {k}=\"{v[:40]}\">")
                elif not (tag == "a" and k == "href") and not (tag == "link" and a.get("rel") == "canonical"):
                    # a link may lead elsewhere (a canonical URL is not loaded); nothing may load from there
                    urls = [u.split()[0] for u in v.split(",") if u.strip()] if k == "srcset" else [v]
                    if any(_external(u) for u in urls):
                        self.found.append(f"external resource <{tag} {k}=\"{v[:60]}\">")
        if tag == "script":
            if "src" in a:
                if _external(a["src"]) or not re.search(r"assets/javascripts/[\w.-]+\.js$", a["src"]):
                    self.found.append(f"script not from the theme's assets <script src=\"{a['src'][:60]}\">")
            else:
                self._script, self._script_attrs = [], a

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag == "script":
            self._end_script()

    def handle_data(self, data):
        if self._script is not None:
            self._script.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self._end_script()

    def _end_script(self):
        if self._script is not None and self._script_attrs.get("type") == "application/ld+json":
            # an article's embedded metadata (theme/main.html): data the browser never runs,
            # which must be JSON and hold nothing that could end the element
            body = "".join(self._script)
            try:
                json.loads(body)
                ok = "<" not in body
            except ValueError:
                ok = False
            if not ok:
                self.found.append(f"script of type application/ld+json that is not plain JSON: {body[:40]!r}")
        elif self._script is not None and self._script_attrs.get("type") != "application/json":
            # the theme's scripts differ between pages only by the relative path to the root
            self.inline_scripts.append(_REL_PATH.sub('"."', "".join(self._script).strip()))
        self._script = None


_REL_PATH = re.compile(r'"(?:\.\./)*\.\.?/?"|(?<=new URL\()"[^"]*"(?=,location\))')


def _external(url: str) -> bool:
    parts = urlsplit(url.strip())
    return bool(parts.scheme or parts.netloc)


def scan_page(text: str) -> tuple[list[str], list[str]]:
    """(problems, inline script texts) of one built page."""
    parser = _PageScan()
    parser.feed(text)
    parser.close()
    return parser.found, parser.inline_scripts


def event_attributes(text: str) -> list[str]:
    return sorted({p for p in scan_page(text)[0] if p.startswith("element with an event-handler")})


def check_links(site: Path) -> list[str]:
    """Every internal link and anchor in the built site resolves."""
    problems = []
    # absolute links (404.html) start with the path of the address the site was built for
    built = built_address(site)
    prefix = (urlsplit(built).path or "/") if built else site_path()
    ids_cache: dict[Path, set[str]] = {}

    def ids(page: Path) -> set[str]:
        if page not in ids_cache:
            ids_cache[page] = set(re.findall(r'\sid="([^"]+)"', page.read_text(encoding="utf-8")))
        return ids_cache[page]

    pages = sorted(site.rglob("*.html"))
    scripts: Counter = Counter()
    found: dict[Path, tuple[list[str], list[str]]] = {}
    for page in pages:
        found[page] = scan_page(page.read_text(encoding="utf-8"))
        scripts.update(set(found[page][1]))
    # the theme's inline scripts are on every page; one found on some pages only was added
    theme = {t for t, n in scripts.items() if n == len(pages)}
    for page in pages:
        bad, inline = found[page]
        problems += [f"{page.relative_to(site)}: {p}" for p in dict.fromkeys(bad)]
        problems += [f"{page.relative_to(site)}: inline script not made by the theme: {one[:40]!r}"
                     for one in dict.fromkeys(inline) if one not in theme]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for href in re.findall(r'<a\s[^>]*href="([^"]*)"', text):
            href = html.unescape(href)
            if re.sub(r"[\s\x00-\x1f]", "", href).lower().startswith(("javascript:", "vbscript:", "data:")):
                problems.append(f"{page.relative_to(site)}: unsafe link {href[:60]}")
                continue
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith("mailto:"):
                continue
            path = unquote(parts.path)
            if path.startswith("/"):
                path = path[len(prefix):] if path.startswith(prefix) else path.lstrip("/")
                target = (site / path).resolve()
            else:
                target = page if not path else (page.parent / path).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                problems.append(f"{page.relative_to(site)}: broken link {href}")
                continue
            if parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in ids(target):
                problems.append(f"{page.relative_to(site)}: missing anchor {href}")
    return problems


REVIEW_FIELDS = ("title", "region", "authors")


def review_list(docs: Path) -> list[str]:
    """Articles whose title, region or authors the pipeline decided without
    certainty (provenance confident false): one line each, for a person to
    check and correct in the seed's sidecar (seeds/NAME.yaml). Not a failure."""
    try:
        articles = json.loads((docs / "data" / "articles.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    out = []
    for a in articles if isinstance(articles, list) else []:
        prov = a.get("provenance") if isinstance(a, dict) else None
        if not isinstance(prov, dict):
            continue
        doubts = []
        for f in REVIEW_FIELDS:
            p = prov.get(f) or {}
            if isinstance(p, dict) and p.get("confident") is False:
                value = a.get(f) if f != "authors" else "、".join(a.get("authors") or []) or "—"
                doubts.append(f"{f}={value or '—'} ({p.get('method')})")
        if doubts:
            src = (a.get("sources") or [{}])[0].get("file", "")
            out.append(f"{a.get('slug')} [{src}]: " + "; ".join(doubts))
    return out


_CANONICAL = re.compile(r'<link rel="canonical" href="([^"]*)"')


def built_address(site: Path) -> str | None:
    """The address a built site was made for (its home page's canonical link), None if unknown."""
    try:
        m = _CANONICAL.search((site / "index.html").read_text(encoding="utf-8"))
    except OSError:
        return None
    return html.unescape(m.group(1)) if m else ""


def placeholder_warning(site: Path) -> str | None:
    """A warning when site/ was built with the placeholder address of mkdocs.yml (or none):
    its citations, canonical links and sitemap would point nowhere once published."""
    address = built_address(site)
    if address is None or not is_placeholder(address):
        return None
    return (f"site/ was built for the placeholder address {address or '(none)'}: citations, canonical links, "
            f"the sitemap and data URLs point there; set {ENV_VAR}=<published address> before building for publishing")


def run_checks(docs: Path, site: Path, publishing: bool = False) -> int:
    """Content checks; publishing: a site built for the placeholder address is an error, not a warning."""
    try:
        problems, totals = check_docs(docs)
        if site.is_dir():
            problems += check_links(site)
            warning = placeholder_warning(site)
            if warning and publishing:
                problems.append(warning)
            elif warning:
                print(f"warning: {warning}", file=sys.stderr)
    except Exception as exc:  # a check that crashes still says what it was doing, in one line
        print(" ".join(f"check: internal error ({type(exc).__name__}: {exc})".split()), file=sys.stderr)
        return 1
    print("repair counts in article text: " + ", ".join(
        f"{k}={totals.get(k, 0)}" for k in ("doubled_han_run", "space_between_han", "halfwidth_punct_between_han",
                                            "paragraph_stops_mid_sentence", "repeated_sentence")))
    review = review_list(docs)
    if review:
        print(f"review: {len(review)} article(s) with an uncertain title, region or authors "
              "(correct them in seeds/NAME.yaml; not a failure):")
        for line in review:
            print(f"review: {line}")
    for p in problems:
        print(f"check: {p}", file=sys.stderr)
    print(f"check: {len(problems)} problem(s)" + ("" if site.is_dir() else " (no site/: link check skipped)"))
    return 1 if problems else 0
