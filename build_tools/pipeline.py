"""Seeds -> article records: the per-seed chain and the cross-seed step.

`process_seed` is pure (bytes in, JSON-able dict out) so results can be cached
by content hash and computed in parallel; `link_corpus` does the few things that
need every page (captions printed on the next page, unique slugs).

Every kind of seed (text, PDF, scanned image) goes through the same chain:
ingest gives page text; for pages read from a PDF or an image it also gives
where each line is on which page, which becomes the `regions` of each
paragraph and caption and the `page`/`box` of each source.
"""
from __future__ import annotations

import hashlib
import re

from . import __version__
from .data import data_file
from .extract.corrections import apply_corrections, check_corrections, corrections_for
from .extract.facts import ALL_FACT_KINDS, extract_facts, extract_milestones, extract_practices
from .extract.gazetteer import load_gazetteer
from .extract.published import arabic_page, decide_date, decide_outlet, decide_page, folio_page, publication_sibling, year_from_date
from .extract.region import HOME_WORDS, holding_region, resolve_region
from .extract.year import estimate_year
from .ingest.kinds import Ingested, read_seed
from .ingest.sidecar import read_sidecar
from .model import Block, DraftArticle
from .repair import RepairConfig, repair_lines
from .repair.core import SPEAKER_TURN_RE
from .sentences import PARAGRAPH_END, quoting_pieces
from .slugs import anchor_slug, seed_slug
from .structure.articles import for_whole_page, split_articles
from .structure.blocks import classify
from .structure.meta import Meta, dateline_outlet, without_dateline
from .structure.bylines import (brand_before_role, paper_before_role, byline_photographers, is_place_pen_name, parse_photo_credit, places_known,
                                shared_picture_credit)
from .structure.layout import piece_label
from .structure.titles import comment_label, place_colon_label
from .repair.furniture import book_name

SITE_ARTICLES = "articles"
# a book's running head is among the first lines of the page's furniture
BOOK_HEAD_LINES = 3


def find_places(text: str, readings: bool = False):
    """(offset, adcode, name) for every place the gazetteer finds in text; with
    `readings`, every division a name may be (a name several share is not resolved)."""
    if readings:
        try:
            return [(m.offset, p.adcode, m.text) for m in load_gazetteer().scan(text) for p in m.candidates]
        except Exception:  # never fail on odd text
            return []
    return [(off, place.adcode, name) for off, place, name in load_gazetteer().find_all(text)]


def _ranges(blocks: list[Block]) -> list[list[int]]:
    """Merge blocks' source line spans into a few [first, last] runs."""
    spans = sorted((b.first, b.last) for b in blocks)
    out: list[list[int]] = []
    for a, b in spans:
        if out and a <= out[-1][1] + 4:  # blank lines between blocks do not split a run
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return out


def _page_context(drafts, lines: list[str]) -> str:
    """The page's lines that no article holds as text (breadcrumbs, running
    heads, a post's 发表于…): where the page comes from, for telling apart
    place names several divisions share."""
    held = {i for art in drafts for b in art.header + art.body + art.captions + art.leading_captions
            for i in range(b.first, b.last + 1)}
    return "\n".join(t for i, t in enumerate(lines, 1) if i not in held and t.strip())


def _by_line(items) -> dict[int, list[int]]:
    """Indices of edits (or flags) by source line."""
    out: dict[int, list[int]] = {}
    for i, x in enumerate(items):
        out.setdefault(x.line, []).append(i)
    return out


def _on_lines(at: dict[int, list[int]], ranges: list[list[int]]) -> list[int]:
    """Indices (in page order) of the items on the lines of ranges: linear in
    the article's lines, not (edits x articles) as a scan of every edit was."""
    return sorted({i for a, b in ranges for line in range(a, b + 1) for i in at.get(line, ())})


def _breaks_off(art: DraftArticle, k: int) -> bool:
    """A paragraph that stops mid-sentence where the printed text itself stops:
    at the end of the article, before a heading, or where captions intervene
    (the continuation was never printed or not captured)."""
    b = art.body[k]
    if b.kind != "paragraph" or b.text.rstrip()[-1:] in PARAGRAPH_END:
        return False
    nxt = art.body[k + 1] if k + 1 < len(art.body) else None
    if nxt is None or nxt.kind != "paragraph":
        return True
    return any(b.last < c.first and c.last < nxt.first for c in art.captions + art.leading_captions)


def _apply_hints(blocks: list[Block], hints: dict[int, str]) -> list[Block]:
    """Layout hints from the page geometry: text set right under a picture is a
    caption, whatever its words look like."""
    out = []
    for b in blocks:
        lines = [i for i in range(b.first, b.last + 1) if i in hints]
        if lines and all(hints[i] == "caption" for i in lines) and b.kind in ("paragraph", "heading", "subheading"):
            text, names = parse_photo_credit(b.text)
            b = Block("caption", text or b.text, b.first, b.last, b.level, {"photographers": names})
        out.append(b)
    return out


def _regions(first: int, last: int, line_map: dict[int, dict]) -> list[dict]:
    """Where source lines first..last are printed: [{page, box}] (one box per column part)."""
    out = []
    for i in range(first, last + 1):
        where = line_map.get(i)
        if where:
            out.extend({"page": where["page"], "box": box} for box in where["boxes"])
    return out


def _union(boxes: list[list[float]]) -> list[float]:
    return [min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)]


def _sources(name: str, ranges: list[list[int]], line_map: dict[int, dict]) -> list[dict]:
    """{file, lines} per run of source lines; for a page read from a PDF or an
    image, one per page with the page number and the box around the article's
    text on it (in the page's unit: PDF points or image pixels, from the top left)."""
    if not line_map:
        return [{"file": name, "lines": r} for r in ranges]
    out: list[dict] = []
    for a, b in ranges:
        by_page: dict[int, list[int]] = {}
        for i in range(a, b + 1):
            if i in line_map:
                by_page.setdefault(line_map[i]["page"], []).append(i)
        if not by_page:
            out.append({"file": name, "lines": [a, b]})
        for page, lines in sorted(by_page.items()):
            boxes = [box for i in lines for box in line_map[i]["boxes"]]
            out.append({"file": name, "lines": [lines[0], lines[-1]], "page": page, "box": _union(boxes)})
    return out


# a figure with its unit right after it (26支, 95%), not a count in brackets (评论（12）)
_FIGURE_WITH_UNIT_RE = re.compile(r"[0-9０-９](?:[.．][0-9０-９]+)?\s*[%％\u4e00-\u9fff]")


def _body_records(art: DraftArticle) -> tuple[list[dict], list[tuple[str, str]], list[dict]]:
    """Body blocks with anchors; sentences with their anchors; the sections."""
    body, sentences, sections, used = [], [], [], set()
    p = 0
    for k, b in enumerate(art.body):
        if b.kind in ("heading", "subheading"):
            anchor = anchor_slug(b.text, used)
            body.append({"kind": b.kind, "text": b.text, "first": b.first, "last": b.last, "id": anchor})
            if b.kind == "heading":
                sections.append({"title": b.text, "anchor": anchor})
            if _FIGURE_WITH_UNIT_RE.search(b.text) and any(x.kind == "paragraph" for x in art.body[k + 1:]):
                # a post's line set as a heading may hold its figures (not a list of links at the end)
                sentences.append((b.text, anchor))
            continue
        p += 1
        sents = []
        for m, (sent, cut) in enumerate(quoting_pieces(b.text), 1):
            sid = f"s{p}-{m}"
            sents.append({"id": sid, "text": sent, **({"cut": True} if cut else {})})
            if sent.strip():
                sentences.append((sent, sid))
        body.append({"kind": b.kind, "text": b.text, "first": b.first, "last": b.last, "id": f"p{p}", "sentences": sents,
                     "breaks_off": _breaks_off(art, k)})
    return body, sentences, sections


def _title_starts(art) -> int:
    """The source line the article's title group starts on (-1 without one). A jump note above
    the headline (（上接第1版） / 某地：…, the page's first line) heads the part printed here: the
    page held is its page; only a note under the title or opening the text names where it starts."""
    return min((b.first for b in art.header), default=-1)


def _page_over(art, own_meta) -> str | None:
    """The page an article starts on when the text holds the running heads of two pages or more
    (a spread: 4 … 开封日报 2024年1月16日 / 5 … then the second page's pieces): the last page
    number printed before its title, where its own lines name none."""
    if own_meta.pages:
        return None
    start = _title_starts(art)
    heads = sorted((b.first, v) for b in art.page_meta for f, v in b.extra.get("fields", []) if f == "page")
    if start < 0 or len({v for _, v in heads}) < 2:
        return None
    before = [v for line, v in heads if line < start]
    return arabic_page(before[-1]) if before and before[-1] != heads[0][1] else None


def _text_starts(art) -> int:
    """The source line the article's text starts on (past the end when it has none)."""
    return min((b.first for b in art.body if b.kind == "paragraph"), default=10 ** 9)


def process_seed(name: str, data: bytes, config: RepairConfig | None = None,
                 sidecar: tuple[str, bytes] | None = None) -> dict:
    """One seed file's bytes -> {"file", "encoding", "articles": [...], ...}.

    `sidecar`: (file name, bytes) of the seed's corrections file (NAME.yaml),
    applied to the articles before their facts are read.
    Raises SeedError for input that cannot be read (or a bad sidecar, named
    in the message); everything else about a messy page is handled,
    recorded and reported, not raised.
    """
    fixes = read_sidecar(sidecar[0], sidecar[1]) if sidecar else {"articles": {}}
    ing: Ingested = read_seed(name, data)
    lines = ing.text.split("\n")
    repaired = repair_lines(lines, config)
    with places_known(find_places):  # (byline readers ask it while blocks are read: 景东报道)
        blocks = classify(repaired.segments, lines)
        if ing.hints:
            blocks = _apply_hints(blocks, ing.hints)
        drafts = split_articles(blocks, find_places)
    all_flags = sorted(repaired.flags + ing.flags, key=lambda f: f.line)
    line_map = ing.line_map
    sha = hashlib.sha256(data).hexdigest()
    if sidecar:
        check_corrections(fixes, len(drafts), sidecar[0])
    edits_at, flags_at = _by_line(repaired.edits), _by_line(all_flags)
    furniture = _page_context(drafts, lines)
    # a book's running head (某某旗志 ·687·) names where its entries are, as an issuer's name does
    books = [n for n in (book_name(t) for t in furniture.split("\n")[:BOOK_HEAD_LINES]) if n]
    articles = []
    own_metas = []
    for art in drafts:
        own_metas.append(Meta())
        for b in art.meta:
            own_metas[-1].add_block(b)
    sibling = publication_sibling(own_metas, drafts[0].header[0].first if drafts and drafts[0].header else None)
    # (the outlets' names the page's articles print in their own meta lines: a site's short
    # name over the page reads as the full one printed there)
    printed = tuple(n for m in own_metas for n, _, _ in m.outlets)
    for k, art in enumerate(drafts, 1):
        slug = f"{seed_slug(name)}-{k}"
        page = f"{SITE_ARTICLES}/{slug}.md"
        body, sentences, sections = _body_records(art)
        all_blocks = art.header + art.body + art.captions + art.leading_captions + art.meta
        ranges = _ranges(all_blocks) if all_blocks else []
        am, pm = own_metas[k - 1], Meta()
        for b in art.page_meta:
            pm.add_block(b)
        lead = next((b.text for b in art.body if b.kind == "paragraph"), "")
        outlet, outlet_how = decide_outlet(am, pm, dateline_outlet(lead, find_places), art.site_name or None, sibling=sibling,
                                           printed=printed)
        authors, authors_how = list(art.authors), art.authors_how or ("byline_line" if art.authors else "")
        # (a transcript's speakers, 【孔某某】…, named with their posts at its head are no authors)
        speakers = {m.group(1) for b in art.body if b.kind == "paragraph"
                    for m in [SPEAKER_TURN_RE.match(b.text.strip())] if m}
        for n in am.authors:
            if n not in authors and n not in speakers:
                authors.append(n)
                authors_how = authors_how or "meta_line"
        brand = brand_before_role(art.bylines, authors, art.title, lines)
        if brand:  # 某某云记者 X, 某某云 printed after the headline: the app that published it
            authors.remove(brand)
            art.dropped.append((art.header[0].first if art.header else 0, brand,
                                "署名前的客户端名称，是来源媒体不是作者 an app's name before the byline: the outlet"))
            if not outlet:
                outlet, outlet_how = brand, {"method": "byline_brand", "confident": False}
        if not outlet and (paper := paper_before_role(art.bylines)):
            # 湘潭日报全媒体记者 刘晓宇: the paper the reporter writes for, where nothing else names one
            outlet, outlet_how = paper, {"method": "byline_paper", "confident": False}
        if not authors and art.title_how == "title_field" and len(drafts) == 1:
            # a script's labelled fields above its text (【标题】… 【记者】…): the labelled
            # title makes the page's fields the article's own, its reporter among them
            authors, authors_how = list(pm.authors), ("meta_line" if pm.authors else authors_how)
        if not authors and am.work_credits and not any(b.kind == "byline" for b in art.body):
            # 快板《创城路上唱变化》 / 作词：某某 / its verses: the page is the work, its words' writer its author
            authors, authors_how = [n for n in am.work_credits if n not in speakers], "work_credit"
        if not authors:  # (本版文字 张三 李四): the page's credit line names who wrote what names no one
            page_credit = Meta()
            for b in art.page_meta:
                if for_whole_page(b):
                    page_credit.add_block(b)
            authors, authors_how = list(page_credit.authors), ("page_credit" if page_credit.authors else authors_how)
        # a lead's dateline names the outlet and where it reported from, not the subject
        texts = [without_dateline(b.text) if b.kind == "paragraph" and k_ == 0 else b.text
                 for k_, b in enumerate(art.body)]
        # a place's label over the title (凯里：) names the subject as the title does
        labelled = art.kicker + art.title if place_colon_label(art.kicker, find_places) else art.title
        if am.areas:  # 所属区域：某某区 某某街道 (a ticket's field): the place it is filed under, as a title's label
            labelled = am.areas[0].split()[0] + "：" + labelled
        region = resolve_region(labelled, art.subtitle, " ".join(without_dateline(x) for x in art.bylines), art.kicker,
                                texts + [c.text for c in art.captions],
                                # (a document's signer first: its 全市 is the signer's city, not the paper's)
                                # (and every outlet's name the page prints, an app's over its page: 云上鹤庆)
                                outlet=" ".join(am.signers + [outlet or ""] + am.offices + pm.offices + books
                                                + list(dict.fromkeys(n for n, _, _ in am.outlets + pm.outlets
                                                                     if n != outlet))).strip(),
                                # (and the provinces and prefectures of the page's articles above: 江北区 on a
                                # page whose first article is 重庆市江北区's is Chongqing's, not Ningbo's)
                                page_context="\n".join([furniture] + [b.text for b in art.meta + art.page_meta]
                                                        + _places_above(articles)))
        region = _page_region(_commented_region(art.kicker, region, articles), articles)
        region = _comment_on_the_page(art, region, articles)
        if not outlet:
            outlet, outlet_how = _page_outlet(region, articles) or (outlet, outlet_how)
        # 通讯员 武宣 on a 武进区 story: the district's publicity office, a source, not an author
        places = [(region or {}).get(k) or "" for k in ("region", "prefecture")]
        for n in [n for n in authors if is_place_pen_name(n, places)]:
            authors.remove(n)
            art.dropped.append((art.header[0].first if art.header else 0, n,
                                "署名为机构笔名（宣传部门），是来源不是作者 an office's pen name: a source, not an author"))
        # the page header (kicker, banners) often carries the print date
        year = estimate_year([art.kicker, *art.banners, art.title, art.subtitle] + [b.text for b in art.body]
                             + [c.text for c in art.captions],
                             province=(region or {}).get("province"))
        date, date_how = decide_date(am, pm, year, sole=len(drafts) == 1, sibling=sibling)
        year = year_from_date(date, year)
        flags = [all_flags[i].to_dict() for i in _on_lines(flags_at, ranges)]
        flags += [{"kind": "furniture", "line": b.first, "text": b.text,
                   "note": "页面元信息，已作为元数据保存 meta line, kept as metadata, not text"}
                  for b in art.page_meta + art.meta]
        flags += [{"kind": "dropped", "line": line, "text": text, "note": why} for line, text, why in art.dropped]
        raw_ranges = ranges + [[b.first, b.last] for b in art.page_meta]
        record = {
            "slug": slug,
            "page": page,
            "url": f"{SITE_ARTICLES}/{slug}/",
            "title": art.title,
            "subtitle": art.subtitle,
            "kicker": art.kicker,
            "title_inferred": art.title_inferred,
            "banners": art.banners,
            "authors": authors,
            "editors": am.editors or pm.editors,
            "photographers": list(dict.fromkeys(list(art.photographers) + am.photographers + pm.photographers)),
            "bylines": art.bylines,
            "body": body,
            "captions": [{"text": c.text, "photographers": c.extra.get("photographers", []), "first": c.first,
                          "last": c.last, "leading": False} for c in art.captions]
                        + [{"text": c.text, "photographers": c.extra.get("photographers", []), "first": c.first,
                            "last": c.last, "leading": True} for c in art.leading_captions],
            "credits": art.credits,
            "sections": sections,
            "sources": _sources(name, ranges, line_map),
            "encoding": ing.encoding,
            "sha256": sha,
            "converted_from_traditional": repaired.converted_from_traditional,
            "region_info": region,
            "year": year,
            "date": date,
            "outlet": outlet,
            # (a part continued from another page, （上接第1版）: the page it starts on)
            # (its note under the title or opening the text; one at the foot is no part of its start)
            "newspaper_page": _page_over(art, am) or decide_page(am, pm, [b.text for b in art.meta if any(
                f == "jump" for f, _ in b.extra.get("fields", [])) and _title_starts(art) < b.first < _text_starts(art)] + [lead],
                                          sibling=sibling) or folio_page(outlet, [b.text for b in art.meta + art.page_meta]),
            "provenance": {
                "title": {"method": art.title_how or ("inferred" if art.title_inferred else "title_line"),
                          "confident": not art.title_inferred},
                "authors": {"method": authors_how or "none", "confident": bool(authors) and art.authors_sure},
                "region": (region or {}).get("provenance") or {"method": "none", "confident": False},
                "date": date_how,
                "outlet": outlet_how,
            },
            "corrections": [],
            "edits": [repaired.edits[i].to_dict() for i in _on_lines(edits_at, ranges)],
            "flags": flags,
            "raw_lines": {str(i): lines[i - 1] for a, b in raw_ranges for i in range(a, b + 1)},
            "sentences": sentences,
        }
        if line_map:
            for part in record["body"] + record["captions"]:
                part["regions"] = _regions(part["first"], part["last"], line_map)
            head = [r for b in art.header for r in _regions(b.first, b.last, line_map)]  # title, subtitle, byline
            record["title_regions"] = [{"page": pg, "box": _union([r["box"] for r in head if r["page"] == pg])}
                                       for pg in sorted({r["page"] for r in head})]
            used = {s["page"] for s in record["sources"] if "page" in s}
            record["scans"] = [p for p in ing.pages if p["page"] in used and p["image"]]
        info = region or {}
        for key in ("region", "adcode", "level", "province", "prefecture", "lat", "lon", "name_en"):
            record[key] = info.get(key)
        record["subplaces"] = info.get("subplaces") or []
        if sidecar:
            apply_corrections(record, corrections_for(fixes, k), sidecar[0])
        dense: list = []
        facts, practices, milestones = article_facts(record, f"{SITE_ARTICLES}/{slug}/", dense)
        # a sentence's id, or a block's (a post's line set as a heading is read whole); any other
        # anchor points at the article's first line: a flag never fails the page
        where = {blk["id"]: (blk["first"], blk["text"]) for blk in body}
        where.update({s["id"]: (blk["first"], s["text"]) for blk in body for s in blk.get("sentences", [])})
        first_line = min((blk["first"] for blk in body), default=0)
        notes = {"dense": "numbers too dense to be facts (a table or list of bare numbers)",
                 "implausible": "numbers too large to be a report's figure (over 1e15 or 20 digits)"}
        for anchor, n, why in dense:
            line, text = where.get(anchor, (first_line, str(anchor)))
            record["flags"].append({"kind": "numbers_not_facts", "line": line,
                                    "text": text[:40] + ("…" if len(text) > 40 else ""),
                                    "note": f"{n} {notes[why]}; not exported to facts.json"})
        record["facts"], record["practices"], record["milestones"] = facts, practices, milestones
        # (a database record's keywords are its tags too)
        record["tags"] = list(dict.fromkeys([p["label"] for p in practices if p.get("label")] + am.keywords))
        articles.append(record)
    _home_from_the_page(articles)
    _page_region_for_earlier(articles)
    warnings = list(ing.warnings)  # an extension that lied, replaced bytes, a page without text ...
    if not articles and repaired.segments:  # never a silent drop
        head = repaired.segments[0].text
        warnings.append(f"{name}: no article found: the page has text but no paragraph or title with a body "
                        f"(starts {head[:30]!r}); nothing published from it")
    claimed = {i for a in articles for r in a["sources"] for i in range(r["lines"][0], r["lines"][1] + 1)}
    unplaced = [e.to_dict() for e in repaired.edits if e.line not in claimed]
    out = {
        "file": name,
        "input": ing.kind,
        "encoding": ing.encoding,
        "sha256": sha,
        "pipeline": __version__,
        "articles": articles,
        "page_edits": unplaced,
        "page_flags": [f.to_dict() for f in all_flags],
        "edit_counts": _count(repaired.edits),
        "warnings": warnings,
    }
    if ing.pages:
        out["scans"] = ing.pages
        # bytes, not JSON: the build moves them into the cache and drops this key
        out["page_images"] = ing.images
    return out


def _count(edits) -> dict[str, int]:
    out: dict[str, int] = {}
    for e in edits:
        out[e.pass_name] = out.get(e.pass_name, 0) + 1
    return dict(sorted(out.items()))


def link_corpus(pages: list[dict]) -> list[dict]:
    """Cross-page step: captions printed before any title on a page go to the
    previous page's article when they name its place and not this page's;
    then metadata that depends on the final caption lists is completed."""
    for prev, page in zip(pages, pages[1:]):
        if not prev["articles"] or not page["articles"]:
            continue
        last, first = prev["articles"][-1], page["articles"][0]
        keep = []
        for cap in first["captions"]:
            if cap["leading"] and _names_region(cap["text"], last) and not _names_region(cap["text"], first):
                moved = dict(cap, moved_from=page["file"])
                last["captions"].append(moved)
                last["sources"].append({"file": page["file"], "lines": [cap["first"], cap["last"]]})
            else:
                keep.append(cap)
        first["captions"] = keep
    articles = [a for p in pages for a in p["articles"]]
    for a in articles:
        seen: dict[str, None] = dict.fromkeys(a["photographers"])
        for cap in a["captions"]:
            for n in cap["photographers"]:
                seen.setdefault(n, None)
        for n in byline_photographers(a.get("bylines") or []):
            seen.setdefault(n, None)
        # a byline's 文/图 shared by several (记者 X 通讯员 Y 文/图) and a caption crediting one of
        # them (记者 X 摄): the caption says who took the pictures; the others wrote
        shared = shared_picture_credit(a.get("bylines") or [])
        by_caption = {n for cap in a["captions"] for n in cap["photographers"]}
        if by_caption & set(shared):
            seen = {n: None for n in seen if n in by_caption or n not in shared}
        a["photographers"] = list(seen)
        complete_facts(a)
    return articles


# where a fact's year comes from (facts.json `year_source`)
YEAR_FROM_SENTENCE, YEAR_FROM_ARTICLE_DATE, YEAR_FROM_ESTIMATE = "sentence", "article_date", "estimate"


def article_year(article: dict) -> tuple[int | None, str | None]:
    """The article's year and how it is known: its printed (or sidecar-corrected)
    date, else the year estimated from the text; (None, None) without either."""
    date = article.get("date") or {}
    value = str(date.get("value") or "")
    if value[:4].isdigit() and date.get("source") in ("printed", "corrected"):
        return int(value[:4]), YEAR_FROM_ARTICLE_DATE
    year = article.get("year") or {}
    if year.get("value"):
        return int(year["value"]), YEAR_FROM_ARTICLE_DATE if year.get("estimated") is False else YEAR_FROM_ESTIMATE
    return None, None


def complete_facts(article: dict) -> None:
    """Give every fact a year where the article has one, saying where it came from
    (`year_source`: the sentence, the article's date, or the estimate), and its
    place's level and English name. Idempotent: a completed fact is left as it is."""
    year, source = article_year(article)
    gaz = None
    for f in article.get("facts", []):
        if "year_source" not in f:
            if f.get("year"):
                f["year_source"] = YEAR_FROM_SENTENCE
            else:
                f["year"], f["year_source"] = year, source
        if "level" not in f:
            if f.get("adcode") and f.get("adcode") == article.get("adcode"):
                f["level"], f["name_en"] = article.get("level"), article.get("name_en")
            else:
                gaz = gaz or load_gazetteer()
                place = gaz.by_code(f["adcode"]) if f.get("adcode") else None
                f["level"], f["name_en"] = (place.level, place.name_en) if place else (None, None)


def _commented_region(kicker: str, region: dict | None, done: list[dict]) -> dict | None:
    """A comment under its label (短评 / its title / its text) right after a report comments on
    that report: it seldom names the place again, so when it names none below a city (or only
    the report's own city) its place is the report's."""
    if not done or not comment_label(kicker):
        return region
    photo = tuple(data_file("layout.yaml").get("photo_news_labels") or ())
    # (the report it comments on, not a picture item printed between: 图片新闻)
    reports = [a for a in done if (a.get("title") or "") not in photo] or done
    prev = reports[-1].get("region_info") or {}
    own = region or {}
    if not prev.get("adcode") or own.get("level") in ("county", "town"):
        return region
    if own.get("adcode") and own.get("region") not in (prev.get("prefecture"), prev.get("province")):
        return region
    return {**prev, "provenance": {"method": "commented_report", "confident": False},
            "evidence": f"短评无自己的县级地名，评论的是上一篇报道（{prev.get('region')}） a comment on the report above it"}


def _home_from_the_page(articles: list[dict]) -> None:
    """An item naming no place but its home (全州 / 我州 …) on a page whose other items are all
    about places inside one division of that kind (临夏市 and 临夏县, both of 临夏州): that
    division is its place, marked not confident, and its facts are filed there."""
    for rec in articles:
        if rec.get("adcode") or rec.get("corrections"):
            continue
        others = [a["adcode"] for a in articles if a is not rec and a.get("adcode")]
        text = "".join(b.get("text", "") for b in rec["body"])
        if len(others) < 2:
            continue
        for suffix, words in HOME_WORDS.items():
            if not any(w in text for w in words):
                continue
            names = "、".join(dict.fromkeys(a["region"] for a in articles if a is not rec and a.get("adcode")))
            held = holding_region(others, {"method": "page_home", "confident": False},
                                  f"文中只说“{words[0]}/{words[2]}”，同页各篇（{names}）都在其中 "
                                  "(its home words only; the page's other items are all inside it)")
            if not held or not held["region"].endswith(suffix) or held["level"] == "province":
                continue
            _refile(rec, held)
            break


def _refile(rec: dict, held: dict) -> None:
    """File a finished article under the region `held` the page gives it, its facts again with it."""
    for key in ("region", "adcode", "level", "province", "prefecture", "lat", "lon", "name_en"):
        rec[key] = held.get(key)
    rec["subplaces"], rec["region_info"] = [], held
    rec["provenance"]["region"] = held["provenance"]
    rec["facts"], rec["practices"], rec["milestones"] = article_facts(rec, f"{SITE_ARTICLES}/{rec['slug']}/", [])


def _places_above(done: list[dict]) -> list[str]:
    """The names of the provinces and prefectures the page's earlier articles are about, as
    context for a name several places share (never counted as a mention)."""
    return list(dict.fromkeys(n for a in done for n in ((a.get("region_info") or {}).get("province"),
                                                         (a.get("region_info") or {}).get("prefecture")) if n))


def _page_region_for_earlier(articles: list[dict]) -> None:
    """`_page_region` looking down the page: items naming no place at all above an item that
    names the page's place (a district paper's page of its towns' news, 大峪街道… / 永定镇… /
    then 书香门头沟), when every item that names a place names that one: they are about it too,
    marked not confident, and their facts are filed there."""
    placed = [a for a in articles if a.get("adcode")]
    codes = {a["adcode"] for a in placed}
    if len(codes) != 1:
        return
    info = placed[-1].get("region_info") or {}
    for rec in articles:
        if not rec.get("adcode") and not rec.get("corrections"):
            _refile(rec, _as_page_region(info))


def _page_outlet(region: dict | None, done: list[dict]) -> tuple[str, dict] | None:
    """The outlet the page's earlier items name in their datelines (某县融媒体中心讯 over the
    first item), for an item naming none about a place inside theirs: a county site's page of
    its towns' news. Not one read from a reporter's paper (某某日报全媒体记者: the writer's), and
    not for an item about elsewhere (本报讯 on a page of several cities' reports names nobody)."""
    earlier = {a.get("outlet") for a in done}
    own = (region or {}).get("adcode") or ""
    dated = [a for a in done if (a.get("provenance") or {}).get("outlet", {}).get("method") == "dateline"]
    if len(earlier) != 1 or None in earlier or not dated or not own:
        return None
    homes = {(a.get("region_info") or {}).get("adcode") or "" for a in dated}
    if not all(h and own.startswith(re.sub(r"(00)+$", "", h)) for h in homes):
        return None
    return next(iter(earlier)), {"method": "page_outlet", "confident": False}


def _comment_on_the_page(art: DraftArticle, region: dict | None, done: list[dict]) -> dict | None:
    """A comment piece under its label alone (【编后】, 短评 / its text) naming no place, after
    reports about several places: it comments on them all, so its place is the smallest division
    holding theirs (两个县同抓…: their prefecture or province), marked not confident."""
    label = re.split(r"[\s\u3000：:]", (art.title or "").strip(), maxsplit=1)[0]  # (短评　…, 评论：…)
    if (region or {}).get("adcode") or not done or not (piece_label(label) or piece_label(art.kicker)):
        return region
    codes = [(a.get("region_info") or {}).get("adcode") for a in done]
    if None in codes:
        return region
    names = "、".join(dict.fromkeys((a.get("region_info") or {}).get("region") or "" for a in done))
    return holding_region(codes, {"method": "commented_page", "confident": False},
                          f"评论没有自己的地名，评的是同版报道（{names}） a comment on the page's reports") or region


def _page_region(region: dict | None, done: list[dict]) -> dict | None:
    """An item naming no place at all on a page whose articles before it are all about one
    place (a county paper's page: 3万余名学生同上“文明第一课” / 全县中小学…) is about that place
    too — the page's, marked not confident. So is one the outlet's name alone placed, when the
    page's articles are surely all elsewhere (海西晨报 is Xiamen's: 海西 is no place of the page's)."""
    if not done:
        return region
    infos = [a.get("region_info") or {} for a in done]
    codes = {i.get("adcode") for i in infos}
    if len(codes) != 1 or None in codes:
        return region
    prev = infos[-1]
    own = (region or {}).get("adcode")
    sure = any((i.get("provenance") or {}).get("confident") for i in infos)
    if own and not ((region.get("provenance") or {}).get("method") == "outlet_name" and sure
                    and not prev["adcode"].startswith(own.rstrip("0")) and not own.startswith(prev["adcode"].rstrip("0"))):
        return region  # (a place the outlet's name alone gives stands when the page's articles are in it)
    return _as_page_region(prev)


def _as_page_region(info: dict) -> dict:
    """The place of the page's other articles, as the region of one naming none (not confident)."""
    return {**info, "subplaces": [], "provenance": {"method": "page_region", "confident": False},
            "evidence": f"文中没有地名，同版其他文章都写{info.get('region')}（no place in the text: the page's other articles' place）"}


def _names_region(text: str, article: dict) -> bool:
    info = article.get("region_info") or {}
    codes = {info.get("adcode")} | {s.get("adcode") for s in info.get("subplaces", [])}
    codes.discard(None)
    return any(code in codes or (info.get("adcode") and code.startswith(info["adcode"][:4]) and info.get("level") == "prefecture")
               for _, code, _ in find_places(text))


def article_facts(article: dict, site_url_path: str, dense: list | None = None) -> tuple[list[dict], list[dict], list[dict]]:
    """Facts, practices and milestones of one article, linked to its sentences."""
    info = article.get("region_info") or {}
    ctx = {"slug": article["slug"], "region": info.get("region"), "adcode": info.get("adcode"),
           "page_url": site_url_path}
    sents = [tuple(s) for s in article["sentences"]]
    return (extract_facts(ctx, sents, find_places, dense, kinds=ALL_FACT_KINDS), extract_practices(ctx, sents), extract_milestones(ctx, sents, find_places))
