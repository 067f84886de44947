"""Article records -> Markdown pages under docs/articles/.

All seed text goes through render.safe; this module only arranges it.
"""
from __future__ import annotations

import bisect
import functools
import re

from . import cite
from .safe import front_matter, html_text, json_dumps, json_script, md_inline

LEVEL_ZH = {"province": "省级", "prefecture": "地级", "county": "县级"}
LEVEL_EN = {"province": "province", "prefecture": "prefecture", "county": "county"}
QUALIFIER_ZH = {"exact": "", "more_than": "余/多", "nearly": "近", "about": "约"}
QUALIFIER_EN = {"exact": "", "more_than": "more than", "nearly": "nearly", "about": "about"}


def front(article: dict, url: str = "") -> dict:
    """The front matter of an article page (the article schema describes it); `citation`
    and `jsonld` are the embedded metadata the theme writes into the page head."""
    return {
        "title": article["title"] or article["slug"],
        "description": article["subtitle"] or article["title"],
        "slug": article["slug"],
        "subtitle": article["subtitle"],
        "kicker": article["kicker"],
        "authors": article["authors"],
        "photographers": article["photographers"],
        "region": article["region"],
        "adcode": article["adcode"],
        "level": article["level"],
        "province": article["province"],
        "prefecture": article["prefecture"],
        "name_en": article["name_en"],
        "lat": article["lat"],
        "lon": article["lon"],
        "year": article["year"],
        "date": article["date"],
        "outlet": article["outlet"],
        "newspaper_page": article["newspaper_page"],
        "provenance": article["provenance"],
        "corrections": article["corrections"],
        "sections": article["sections"],
        "sources": article["sources"],
        # article pages outrank the browse and comparison pages that list the same words
        "search": {"boost": 3},
        "tags": page_tags(article),
        # embedded metadata for the page head, escaped here for where the theme puts them:
        # attribute values (html_text) and the JSON of a script element (json_script)
        "citation": [[attr, name, html_text(value)] for attr, name, value
                     in cite.meta_tags(article, url or page_url(article, ""))],
        "jsonld": json_script(cite.json_ld(article, url or page_url(article, ""))),
    }


def page_tags(article: dict) -> list[str]:
    """The page's tags, Chinese with English beside: its place first (readers browse by it;
    the search's tag field makes a place-name query find the article about that place),
    then the campaign practices it reports."""
    en = {p.get("label"): p.get("label_en") for p in article.get("practices") or []}
    tags = [" ".join(x for x in (article["region"], article.get("name_en")) if x)] if article["region"] else []
    tags += [" ".join(x for x in (t, en.get(t)) if x) for t in article["tags"]]
    return list(dict.fromkeys(tags))


def search_keywords(a: dict) -> str:
    """Words only the search reads (a hidden element): the place's short and English names,
    its prefecture's and province's, and the English labels of the practices and metrics the
    article reports, so that English queries (Hohhot, volunteers, investment) and place names
    typed without their suffix find the article."""
    words: list[str] = []
    try:
        from ..extract.gazetteer import load_gazetteer

        gaz = load_gazetteer()
        place = gaz.by_code(a["adcode"]) if a.get("adcode") else None
        for p in ([place] + [gaz.by_code(c) for c in place.ancestors()]) if place else []:
            if p:
                words += [p.name, p.short, p.name_en]
    except Exception:  # the keywords are a help to the search, never a reason to fail a page
        pass
    words += [p.get("label_en") or "" for p in a.get("practices") or []]
    words += [f.get("label_en") or "" for f in a.get("facts") or [] if f.get("metric")]
    if a.get("outlet"):
        words.append(a["outlet"])
    words = [w for w in dict.fromkeys(words) if w]
    if not words:
        return ""
    return f'<div class="search-keywords" hidden>{html_text(" · ".join(words))}</div>\n\n'


def _p(text: str, cls: str) -> str:
    return f'<p class="{cls}">{html_text(text)}</p>\n'


FIELD_ZH = {"title": "标题 title", "subtitle": "副标题 subtitle", "authors": "作者 authors", "region": "地区 region",
            "date": "日期 date", "outlet": "媒体 outlet", "newspaper_page": "版次 page"}
INFERRED = '<span class="inferred" title="由程序推断，未经人工核对 decided by the pipeline, not checked by a person">推断 inferred</span>'


def _uncertain(a: dict, field: str) -> bool:
    p = (a.get("provenance") or {}).get(field) or {}
    return not p.get("confident", True) and p.get("method") != "corrected"


def _meta_card(a: dict) -> str:
    rows = []
    if a["region"]:
        level = f'{LEVEL_ZH.get(a["level"] or "", "")} {LEVEL_EN.get(a["level"] or "", "")}'.strip()
        where = f'{html_text(a["region"])}（{html_text(a["name_en"] or "")}）'
        parents = dict.fromkeys(x for x in (a["province"], a["prefecture"]) if x and x != a["region"])
        chain = " › ".join(html_text(x) for x in parents)  # 北京市 is province and prefecture: once
        rows.append(("地区 Region", f'{where} · 代码 <code>{html_text(a["adcode"])}</code> · {level}'
                     + (f" · {chain}" if chain else "") + (f" · {INFERRED}" if _uncertain(a, "region") else "")))
    else:
        rows.append(("地区 Region", "未能确定 (unresolved)"))
    if a.get("outlet"):
        rows.append(("报纸 Newspaper", html_text(a["outlet"])
                     + (f' · {html_text(a["newspaper_page"])}' if a.get("newspaper_page") else "")
                     + (f" · {INFERRED}" if _uncertain(a, "outlet") else "")))
    elif a.get("newspaper_page"):
        rows.append(("版次 Page", html_text(a["newspaper_page"])))
    when = cite.article_date(a)
    date = a.get("date") or {}
    if when and when[1]:
        how = "补充文件更正 corrected" if date.get("source") == "corrected" else "版面印载 printed"
        evidence = date.get("evidence") or (a.get("year") or {}).get("evidence") or ""
        rows.append(("日期 Date", f'{html_text(cite.date_text(when[0]))}（{how}）'
                     + (f'<details class="year-evidence"><summary>依据 Evidence</summary>{html_text(evidence)}</details>'
                        if evidence else "")))
    elif when:
        evidence = date.get("evidence") or (a.get("year") or {}).get("evidence") or ""
        rows.append(("年份 Year", f'约 {html_text(cite.date_text(when[0]))}（推断 estimated）'
                     + (f'<details class="year-evidence"><summary>推断依据 Evidence</summary>{html_text(evidence)}</details>'
                        if evidence else "")))
    n_suspect = len([f for f in a.get("flags") or [] if f.get("kind") == "suspect_repeat"])
    if n_suspect:
        rows.append(("存疑 Doubtful", f'<span id="{MISREAD_NOTE_ID}">{n_suspect} 处疑似识别错误，正文中以'
                     f'<mark class="misread">标记</mark>标出：原文如此，未作改动，请对照原版核对。'
                     f'<span lang="en">{n_suspect} suspected misreading(s), marked in the text: shown as printed, '
                     'not changed; check against the printed page.</span></span>'))
    if a["authors"]:
        rows.append(("作者 Authors", html_text("、".join(a["authors"])) + (f" · {INFERRED}" if _uncertain(a, "authors") else "")))
    if a.get("editors"):
        rows.append(("编辑 Editors", html_text("、".join(a["editors"]))))
    if a["photographers"]:
        rows.append(("摄影 Photographers", html_text("、".join(a["photographers"]))))
    src = "<br>".join(_source(s) for s in a["sources"])
    rows.append(("来源 Source", src))
    if a.get("converted_from_traditional"):
        rows.append(("字形 Script", "原文为繁体，已用 OpenCC 转为简体 (converted from traditional script)"))
    if a.get("corrections"):
        rows.append(("更正 Corrections", "<br>".join(
            f'{html_text(FIELD_ZH.get(c["field"], c["field"]))}：{html_text(_value_text(c["value"]))}'
            f'（<code>{html_text(c["file"])}</code>）' for c in a["corrections"])))
    body = "".join(f"<tr><th scope=\"row\">{k}</th><td>{v}</td></tr>" for k, v in rows)
    return f'<table class="meta-card" data-search-exclude><tbody>{body}</tbody></table>\n'


@functools.lru_cache(maxsize=None)
def _metric_groups() -> dict[str, str]:
    try:
        from ..extract.facts import load_metrics

        return {m["id"]: m.get("group") or "other" for m in load_metrics()}
    except Exception:  # pragma: no cover - the link then goes to the comparison index
        return {}


def _value_text(v) -> str:
    return "、".join(map(str, v)) if isinstance(v, list) else str(v)


def compare_href(metric: str) -> str:
    """Site-relative URL of a metric's comparison table: compare/<group>/#<metric id>
    (the comparison pages are one page per metric group of data/metrics.yaml)."""
    group = _metric_groups().get(metric)
    return f"compare/{group}/#{metric}" if group else "compare/"


def _source(s: dict) -> str:
    """A source line of the meta card: file and lines; for a page read from a
    PDF or a scan also the page and the box around the article on it."""
    out = f'<code>{html_text(s["file"])}</code> 第 {_lines(s["lines"])} 行 lines'
    if s.get("page"):
        box = ", ".join(f"{v:g}" for v in s["box"])
        out += f' · 第 {s["page"]} 页 page {s["page"]} · 区域 region <code>[{html_text(box)}]</code>'
    return out


SCANS_URL = "../scans/"  # article pages live at articles/<slug>/, the page images at articles/scans/


def _scan_view(a: dict) -> str:
    """The printed page(s) the article came from, beside the text: the page image
    with a box over each paragraph and caption, each box a link to its text
    (and each paragraph links back to its box)."""
    if not a.get("scans"):
        return ""
    flagged = {f["line"] for f in a.get("flags", []) if f.get("kind") == "ocr_uncertain"}
    parts = [(b["id"], b) for b in a["body"] if b.get("regions")]
    parts += [(f"cap{k}", c) for k, c in enumerate(a["captions"], 1) if c.get("regions")]
    if a.get("title_regions"):
        parts.insert(0, ("title", {"regions": a["title_regions"], "first": 0, "last": 0}))
    out = []
    for scan in a["scans"]:
        w, h = scan["width"], scan["height"]
        rects = []
        for pid, part in parts:
            cls = "region flagged" if any(part["first"] <= ln <= part["last"] for ln in flagged) else "region"
            for k, r in enumerate(r for r in part["regions"] if r["page"] == scan["page"]):
                x0, y0, x1, y1 = r["box"]
                rid = f"region-{pid}" + (f"-{k + 1}" if k else "")
                label = ("标题 title" if pid == "title" else "图片说明 caption" if pid.startswith("cap")
                         else f"第 {pid[1:]} 段 paragraph {pid[1:]}")
                rects.append(f'<a href="#{html_text(pid)}"><rect id="{html_text(rid)}" class="{cls}" x="{x0:g}" y="{y0:g}" '
                             f'width="{max(x1 - x0, 1):g}" height="{max(y1 - y0, 1):g}"><title>{label}</title></rect></a>')
        src = SCANS_URL + html_text(scan["image"])
        iw, ih = scan.get("image_size") or (0, 0)
        how = "OCR" if scan.get("method") == "ocr" else "PDF 文字层 text layer"
        out.append(
            f'<figure class="page-scan" data-search-exclude><div class="page-scan__frame">'
            f'<img src="{src}" width="{iw}" height="{ih}" loading="lazy" alt="原版第 {scan["page"]} 页 page {scan["page"]} as printed">'
            f'<svg viewBox="0 0 {w:g} {h:g}" preserveAspectRatio="none" role="group" aria-label="段落在原版上的位置 where each paragraph is on the page">'
            f'{"".join(rects)}</svg></div>'
            f'<figcaption>原版第 {scan["page"]} 页 Page {scan["page"]} as printed · {how} · '
            f'<a href="{src}">查看大图 full image</a></figcaption></figure>')
    return "".join(out) + "\n"


def _lines(pair) -> str:
    first, last = pair
    return f"{first}" if first == last else f"{first}–{last}"


def _region_link(part_id: str) -> str:
    return (f'<a class="region-link" href="#region-{part_id}" title="在原版上的位置 where it is on the page" '
            'data-search-exclude>▣</a>')


MISREAD_NOTE_ID = "misread-note"
MISREAD_NOTE = ("疑似识别错误：原文如此，未作改动，请对照原版核对。"
                "Suspected misreading: shown as printed, not changed; check against the printed page.")


def _marked(text: str, suspects: list[str]) -> str:
    """A sentence's text escaped, each suspected misreading in it inside a visible <mark>
    (described by the page's note): the reader sees what is doubtful, the text stays as printed.

    One regular expression over the distinct suspects (longest first), so the cost
    stays linear in the text however many times a page repeats a flagged string.

    >>> _marked("全国全国文明城市", ["全国全国"]).count("<mark")
    1
    """
    distinct = sorted({s for s in suspects if s}, key=len, reverse=True)
    if not distinct or not any(s in text for s in distinct):
        return html_text(text)
    pattern = re.compile("|".join(map(re.escape, distinct)))
    out, last = [], 0
    for m in pattern.finditer(text):
        out.append(html_text(text[last:m.start()]))
        out.append(f'<mark class="misread" tabindex="0" aria-describedby="{MISREAD_NOTE_ID}" '
                   f'data-tip="疑似识别错误 Suspected misreading">{html_text(m.group(0))}</mark>')
        last = m.end()
    out.append(html_text(text[last:]))
    return "".join(out)


def suspect_index(a: dict) -> tuple[list[int], list[str]]:
    """The article's suspected misreadings as (lines, texts), sorted by line, for `suspects_in`."""
    pairs = sorted((f["line"], f["text"]) for f in a.get("flags") or [] if f.get("kind") == "suspect_repeat")
    return [line for line, _ in pairs], [text for _, text in pairs]


def suspects_in(index: tuple[list[int], list[str]], block: dict) -> list[str]:
    """Texts of the suspected misreadings flagged within a block's lines (binary search: a page
    with thousands of flags and blocks stays linear)."""
    lines, texts = index
    return texts[bisect.bisect_left(lines, block["first"]):bisect.bisect_right(lines, block["last"])]


def _paragraph(block: dict, suspects: list[str] = ()) -> str:
    spans = "".join(f'<span id="{s["id"]}">{_marked(s["text"], suspects)}</span>' for s in block["sentences"])
    if block.get("regions"):
        spans += _region_link(block["id"])
    if block.get("breaks_off"):
        note = '<span class="breaks-off-note" data-search-exclude>〔原文在此中断 the printed text breaks off here〕</span>'
        return f'<p id="{block["id"]}" class="breaks-off">{spans}{note}</p>\n'
    return f'<p id="{block["id"]}">{spans}</p>\n'


def _captions(a: dict) -> str:
    if not a["captions"]:
        return ""
    out = ["## 图片说明 Photo captions {#captions}\n"]
    for k, c in enumerate(a["captions"], 1):
        credit = f' <span class="credit">摄影：{html_text("、".join(c["photographers"]))}</span>' if c["photographers"] else ""
        where = _region_link(f"cap{k}") if c.get("regions") else ""
        out.append(f'<figure class="caption-only" id="cap{k}"><figcaption>{html_text(c["text"])}{credit}{where}</figcaption></figure>\n')
    for note in a["credits"]:
        out.append(_p(note, "credit-note"))
    return "\n".join(out) + "\n"


YEAR_SOURCE = {"sentence": "原句 sentence", "article_date": "刊期 print date", "estimate": "推断 estimated"}


def _facts_table(facts: list[dict], cite_text: str = "") -> str:
    """The article's numbers, each as printed (linked to its sentence), its value, qualifier, year
    and a button that copies the sentence with the citation (docs/assets/javascripts/copy_quote.js)."""
    if not facts:
        return ""
    rows = []
    for f in facts:
        label = html_text(f.get("label") or "")
        if f.get("label_en"):
            label += f'<br><small lang="en">{html_text(f["label_en"])}</small>'
        # classified and comparable (the same rule as compare.collect): link to the other places
        if f.get("metric") and f.get("comparable") is not False and f.get("value") is not None:
            label += (f' <a class="compare-link" href="../../{compare_href(f["metric"])}" '
                      'title="各地比较 compare places">比较 compare</a>')
        q = QUALIFIER_ZH.get(f.get("qualifier") or "exact", "")
        q_en = QUALIFIER_EN.get(f.get("qualifier") or "exact", "")
        year = f.get("year")
        source = YEAR_SOURCE.get(f.get("year_source") or "", "")
        copy = (f'<button type="button" class="copy-quote" data-quote="{html_text(f["quote"])}" '
                f'data-anchor="{html_text(f["anchor"])}" aria-label="复制原句与引用 Copy the sentence with its citation">'
                '复制 Copy</button>')
        rows.append(f'<tr><td>{label}</td><td><a class="fig" href="#{f["anchor"]}">{html_text(f["number_text"])}</a></td>'
                    f'<td>{html_text(_fmt(f["value"]))} {html_text(f["unit"] or "")}</td>'
                    f'<td>{q}{f" <small>{q_en}</small>" if q_en else ""}</td>'
                    f'<td>{year or ""}{f" <small>{source}</small>" if year and source else ""}</td><td>{copy}</td></tr>')
    head = ("<tr><th scope=\"col\">指标 Metric</th><th scope=\"col\">原文 As printed</th><th scope=\"col\">数值 Value</th>"
            "<th scope=\"col\">限定 Qualifier</th><th scope=\"col\">年份 Year</th>"
            "<th scope=\"col\">引用 Quote</th></tr>")
    return (f'<details class="facts" data-search-exclude data-cite="{html_text(cite_text)}"><summary>本文数据 Facts in this article'
            f' ({len(facts)})</summary><div class="table-scroll" tabindex="0" role="region" aria-label="本文数据 Facts">'
            f'<table><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table></div>'
            '<p class="copy-status" role="status" aria-live="polite"></p></details>\n')


def _fmt(v) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return f"{v:,}" if isinstance(v, int) else str(v)


AUDIT_DIR = "data/audit"  # one JSON file per article under docs/: the audit a reader loads on demand


def audit_path(slug: str) -> str:
    """Where an article's audit data lives under docs/."""
    return f"{AUDIT_DIR}/{slug}.json"


def audit_data(a: dict) -> str:
    """The per-edit audit and the raw source lines of an article, as JSON.

    Readers rarely open them, and they were half of every article page: on the
    page they cost Markdown and the search plugin a parse each build. As a
    static file they cost a copy; assets/javascripts/audit.js shows them when
    the reader opens the audit block.
    """
    raw = [[int(n), t] for n, t in sorted(a["raw_lines"].items(), key=lambda kv: int(kv[0]))]
    edits = [{"pass": e["pass_name"], "line": e["line"], "before": _show(e["before"]), "after": _show(e["after"])}
             for e in a["edits"]]
    record = {"slug": a["slug"], "sources": a["sources"], "edits": edits, "raw_lines": raw}
    return json_dumps(record, separators=(",", ":")) + "\n"


def _audit(a: dict) -> str:
    """The audit block: flags for a human on the page, the edits and the raw
    source in the article's audit file (linked, and loaded when opened)."""
    edits = a["edits"]
    href = f"../../{audit_path(a['slug'])}"
    flags = "".join(f'<li>第 {f["line"]} 行 · {html_text(f["kind"])}：{html_text(f["text"])} {html_text(f.get("note", ""))}</li>'
                    for f in a["flags"])
    parts = [
        f'<details class="audit" data-search-exclude data-audit="{html_text(href)}"><summary>修复记录与原始文本 Repair audit and raw source'
        f' ({len(edits)} 处修改 edits)</summary>',
        "<p>每一处修改都列在下面；疑似识别错误只标注、不改动。Every edit is listed; suspected misreadings are flagged, never changed.</p>",
    ]
    if flags:
        parts.append(f"<p><strong>待人工核对 Flags for a human</strong></p><ul>{flags}</ul>")
    parts.append(f'<p class="audit-file"><a href="{html_text(href)}" type="application/json">修改记录与原始文本（JSON）'
                 'Edits and raw source (JSON)</a></p></details>\n')
    return "".join(parts)


def _show(s: str) -> str:
    return s.replace("\n", "⏎").replace(" ", "␠") if s.strip() == "" or s != s.strip() else s


def page_url(a: dict, site_url: str) -> str:
    """The page's stable URL: site address + articles/<slug>/ (relative when there is no address)."""
    path = f'articles/{a["slug"]}/'
    return f'{site_url.rstrip("/")}/{path}' if site_url else path


def _cite(a: dict, url: str, accessed: str | None) -> str:
    """References rendered by citeproc-py (GB/T 7714, APA), BibTeX and CSL-JSON (render.cite)."""
    item = cite.csl_item(a, url, accessed)
    refs = "".join(f'<p>{html_text(label)}</p><pre class="reference"><code>{html_text(text)}</code></pre>'
                   for label, text in cite.references(item))
    source = []
    if a.get("outlet"):
        source.append(f'报纸 Newspaper：{html_text(a["outlet"])}')
    when = cite.article_date(a)
    if when:
        parts, exact = when
        source.append(f'日期 Date：{html_text(cite.date_text(parts))}'
                      + ("" if exact else "（推断 estimated）"))
    if a.get("newspaper_page"):
        source.append(f'版次 Page：{html_text(a["newspaper_page"])}')
    missing = [label for key, label in (("outlet", "报纸 newspaper"), ("newspaper_page", "版次 page")) if not a.get(key)]
    note = (f'<p class="cite-missing">原文未载明或未能识别：{"、".join(missing)}。'
            'Not printed or not recognised on the page; a sidecar file can supply them.</p>' if missing else "")
    return ('<details class="cite" data-search-exclude><summary>引用本页 Cite this page</summary>'
            f'<p>稳定链接 Stable URL：<a href="{html_text(url)}">{html_text(url)}</a></p>'
            + (f'<p>{" · ".join(source)}</p>' if source else "") + note + refs
            + f'<p>BibTeX</p><pre><code>{html_text(cite.bibtex(a, url, accessed))}</code></pre>'
            f'<p>CSL-JSON</p><pre><code>{html_text(cite.csl_json(item))}</code></pre></details>\n')


def render_article(a: dict, facts: list[dict], site_url: str, link_terms=None, accessed: str | None = None) -> str:
    """Markdown for one article page. accessed: the date citations give as accessed (or none)."""
    url = page_url(a, site_url)
    out = [front_matter(front(a, url), raw=("citation", "jsonld")), "\n"]
    if a["kicker"] or a["banners"]:
        out.append(_p(" · ".join([a["kicker"]] + a["banners"]).strip(" ·"), "kicker"))
    out.append(f'# {md_inline(a["title"] or a["slug"])} {{#title}}\n\n')
    if _uncertain(a, "title"):
        out.append(f'<p class="title-note">{INFERRED} 原文没有印出标题，此标题取自正文 no title printed: taken from the text</p>\n')
    out.append(search_keywords(a))
    if a["subtitle"]:
        out.append(_p(a["subtitle"], "subtitle"))
    if a["authors"]:
        out.append(_p("文 " + " ".join(a["authors"]), "byline"))
    out.append(_meta_card(a))
    # the copy button's citation: the GB/T 7714 reference of this page
    gb = cite.formatted(cite.csl_item(a, url, accessed), next(iter(cite.STYLES)))
    out.append(_facts_table(facts, gb))
    out.append(_scan_view(a))
    out.append("\n")
    suspects = suspect_index(a)
    for b in a["body"]:
        if b["kind"] == "heading":
            out.append(f'\n## {md_inline(b["text"])} {{#{b["id"]}}}\n\n')
        elif b["kind"] == "subheading":
            out.append(f'<p class="subheading" id="{b["id"]}"><strong>{html_text(b["text"])}</strong></p>\n')
        else:
            para = _paragraph(b, suspects_in(suspects, b))
            if link_terms:
                para = link_terms(para)
            out.append(para)
    out.append("\n")
    out.append(_captions(a))
    out.append("\n## 来源与引用 Source and citation {#source}\n\n")
    out.append(_audit(a))
    out.append(_cite(a, url, accessed))
    return "".join(out)
