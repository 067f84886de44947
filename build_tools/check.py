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
from .site.url import site_path

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


_NOTE = re.compile(r'<span class="breaks-off-note"[^>]*>.*?</span>')


def article_paragraphs(body: str) -> list[str]:
    """The article's running text: the <p id="pN"> paragraphs.

    A paragraph the source itself cuts off (marked class="breaks-off" by the
    renderer, with a visible note) keeps a trailing "…" here so that it is not
    counted as a line-break we failed to repair.
    """
    out = []
    for m in re.finditer(r'<p id="p\d+"( class="breaks-off")?>(.*?)</p>', body):
        text = page_text(_NOTE.sub("", m.group(2)))
        out.append(text + "…" if m.group(1) else text)
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
        paras = article_paragraphs(body)
        texts[rec["slug"]] = "".join(p.rstrip("…") if p.endswith("…") else p for p in paras)
        counts = damage_counts(paras)
        totals.update(counts)
        for kind, n in counts.items():
            if n:
                problems.append(f"{path}: {kind} = {n}")
    for f in facts:
        for err in jsonschema.Draft202012Validator(fact_schema).iter_errors(f):
            problems.append(f"facts.json {f.get('id')}: {err.json_path}: {err.message}")
        if f.get("article") not in slugs:
            problems.append(f"facts.json {f.get('id')}: article {f.get('article')} is not in articles.json")
        elif f.get("article") in texts and isinstance(f.get("quote"), str) and f["quote"] not in texts[f["article"]]:
            problems.append(f"facts.json {f.get('id')}: quote not found on its article page: {f.get('quote', '')[:30]}")
    return problems, totals


class _EventAttrs(HTMLParser):
    """on*= attributes of any element (the theme uses none; seed text must never become one)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.found.update(f"<{tag} {name}=" for name, _ in attrs if name.lower().startswith("on"))


def event_attributes(text: str) -> list[str]:
    parser = _EventAttrs()
    parser.feed(text)
    parser.close()
    return sorted(parser.found)


def check_links(site: Path) -> list[str]:
    """Every internal link and anchor in the built site resolves."""
    problems = []
    prefix = site_path()  # absolute links (404.html) start with it
    ids_cache: dict[Path, set[str]] = {}

    def ids(page: Path) -> set[str]:
        if page not in ids_cache:
            ids_cache[page] = set(re.findall(r'\sid="([^"]+)"', page.read_text(encoding="utf-8")))
        return ids_cache[page]

    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        for attr in event_attributes(text):
            problems.append(f"{page.relative_to(site)}: element with an event-handler attribute {attr}")
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


def run_checks(docs: Path, site: Path) -> int:
    try:
        problems, totals = check_docs(docs)
        if site.is_dir():
            problems += check_links(site)
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
