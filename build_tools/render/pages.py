"""Article records -> Markdown pages under docs/articles/.

All seed text goes through render.safe; this module only arranges it.
"""
from __future__ import annotations

import functools
import json

from .safe import front_matter, html_text, json_dumps, md_inline

LEVEL_ZH = {"province": "省级", "prefecture": "地级", "county": "县级"}
LEVEL_EN = {"province": "province", "prefecture": "prefecture", "county": "county"}
QUALIFIER_ZH = {"exact": "", "more_than": "余/多", "nearly": "近", "about": "约"}
QUALIFIER_EN = {"exact": "", "more_than": "more than", "nearly": "nearly", "about": "about"}


def front(article: dict) -> dict:
    """The front matter of an article page (described by schema/front_matter.json)."""
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
        # the place first: readers browse by it, and the search ranks tags highest, so a
        # query for a place name finds the article about that place before pages listing it
        # article pages outrank the browse and comparison pages that list the same words
        "search": {"boost": 3},
        "tags": list(dict.fromkeys(([article["region"]] if article["region"] else []) + list(article["tags"]))),
    }


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
    d = a.get("date") or {}
    y = a["year"] or {}
    if d.get("value") and d.get("source") in ("printed", "corrected"):
        how = "印于页面 printed" if d["source"] == "printed" else "已更正 corrected"
        rows.append(("日期 Date", f'{html_text(d["value"])}（{how}）'
                     + (f'<details class="year-evidence"><summary>依据 Evidence</summary>{html_text(d.get("evidence") or "")}</details>'
                        if d.get("evidence") else "")))
    elif y.get("value"):
        evidence = y.get("evidence") or ""
        rows.append(("年份 Year", f'约 {y["value"]} 年（推断 estimated）'
                     + (f'<details class="year-evidence"><summary>推断依据 Evidence</summary>{html_text(evidence)}</details>'
                        if evidence else "")))
    if a.get("outlet"):
        rows.append(("媒体 Outlet", html_text(a["outlet"]) + (f" · {INFERRED}" if _uncertain(a, "outlet") else "")))
    if a.get("newspaper_page"):
        rows.append(("版次 Page", html_text(a["newspaper_page"])))
    if a["authors"]:
        rows.append(("作者 Authors", html_text("、".join(a["authors"])) + (f" · {INFERRED}" if _uncertain(a, "authors") else "")))
    if a.get("editors"):
        rows.append(("编辑 Editors", html_text("、".join(a["editors"]))))
    if a["photographers"]:
        rows.append(("摄影 Photographers", html_text("、".join(a["photographers"]))))
    src = "<br>".join(f'<code>{html_text(s["file"])}</code> 第 {_lines(s["lines"])} 行 lines' for s in a["sources"])
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


def _lines(pair) -> str:
    first, last = pair
    return f"{first}" if first == last else f"{first}–{last}"


def _paragraph(block: dict) -> str:
    spans = "".join(f'<span id="{s["id"]}">{html_text(s["text"])}</span>' for s in block["sentences"])
    if block.get("breaks_off"):
        note = '<span class="breaks-off-note" data-search-exclude>〔原文在此中断 the printed text breaks off here〕</span>'
        return f'<p id="{block["id"]}" class="breaks-off">{spans}{note}</p>\n'
    return f'<p id="{block["id"]}">{spans}</p>\n'


def _captions(a: dict) -> str:
    if not a["captions"]:
        return ""
    out = ["## 图片说明 Photo captions {#captions}\n"]
    for c in a["captions"]:
        credit = f' <span class="credit">摄影：{html_text("、".join(c["photographers"]))}</span>' if c["photographers"] else ""
        out.append(f'<figure class="caption-only"><figcaption>{html_text(c["text"])}{credit}</figcaption></figure>\n')
    for note in a["credits"]:
        out.append(_p(note, "credit-note"))
    return "\n".join(out) + "\n"


def _facts_table(facts: list[dict]) -> str:
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
        rows.append(f'<tr><td>{label}</td><td><a href="#{f["anchor"]}">{html_text(f["number_text"])}</a></td>'
                    f'<td>{html_text(_fmt(f["value"]))} {html_text(f["unit"] or "")}</td>'
                    f'<td>{q}{f" <small>{q_en}</small>" if q_en else ""}</td>'
                    f'<td>{f.get("year") or ""}</td></tr>')
    head = ("<tr><th scope=\"col\">指标 Metric</th><th scope=\"col\">原文 As printed</th><th scope=\"col\">数值 Value</th>"
            "<th scope=\"col\">限定 Qualifier</th><th scope=\"col\">年份 Year</th></tr>")
    return ('<details class="facts" data-search-exclude><summary>本文数据 Facts in this article'
            f' ({len(facts)})</summary><table><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table></details>\n')


def _fmt(v) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return f"{v:,}" if isinstance(v, int) else str(v)


def _audit(a: dict) -> str:
    edits = a["edits"]
    rows = "".join(
        f'<tr><td>{html_text(e["pass_name"])}</td><td>{e["line"]}</td><td><del>{html_text(_show(e["before"]))}</del></td>'
        f'<td><ins>{html_text(_show(e["after"]))}</ins></td></tr>' for e in edits)
    flags = "".join(f'<li>第 {f["line"]} 行 · {html_text(f["kind"])}：{html_text(f["text"])} {html_text(f.get("note", ""))}</li>'
                    for f in a["flags"])
    raw = "\n".join(f'{int(n):>4}  {html_text(t)}' for n, t in sorted(a["raw_lines"].items(), key=lambda kv: int(kv[0])))
    parts = [
        '<details class="audit" data-search-exclude><summary>修复记录与原始文本 Repair audit and raw source'
        f' ({len(edits)} 处修改 edits)</summary>',
        "<p>每一处修改都列在下面；疑似识别错误只标注、不改动。Every edit is listed; suspected misreadings are flagged, never changed.</p>",
    ]
    if flags:
        parts.append(f"<p><strong>待人工核对 Flags for a human</strong></p><ul>{flags}</ul>")
    if rows:
        parts.append(f"<table><thead><tr><th>修复 Pass</th><th>行 Line</th><th>原文 Before</th><th>修复后 After</th></tr></thead><tbody>{rows}</tbody></table>")
    parts.append(f'<pre class="raw-source">{raw}</pre></details>\n')
    return "".join(parts)


def _show(s: str) -> str:
    return s.replace("\n", "⏎").replace(" ", "␠") if s.strip() == "" or s != s.strip() else s


def _cite(a: dict, site_url: str) -> str:
    """Plain text, BibTeX and CSL-JSON with the page's stable URL (site_url + articles/<slug>/)."""
    url = f'{site_url.rstrip("/")}/articles/{a["slug"]}/'
    year = (a["year"] or {}).get("value")
    printed = (a.get("date") or {}).get("source") in ("printed", "corrected")
    when = (a.get("date") or {}).get("value") if printed else None
    title = a["title"] or a["slug"]
    authors = "、".join(a["authors"]) or "佚名"
    place = a["region"] or ""
    outlet = a.get("outlet") or ""
    plain = (f'{authors}：《{title}》，{outlet + "，" if outlet else ""}{place + "，" if place else ""}'
             f'{when if when else f"约{year}年" if year else "年份不详"}。{url}')
    bib_authors = " and ".join(f"{{{n}}}" for n in a["authors"]) or "{佚名}"
    bib = "\n".join([
        f'@misc{{{a["slug"]},',
        f'  title = {{{title}}},',
        f'  author = {{{bib_authors}}},',
        f'  year = {{{year or "n.d."}}},',
        f'  howpublished = {{Newspaper report{", " + a["name_en"] if a.get("name_en") else ""}}},',
        f'  note = {{{place + "; " if place else ""}{"printed " + when if when else "year estimated from the text"}}},',
        '  language = {chinese},',
        f'  url = {{{url}}}',
        "}"])
    csl = {"id": a["slug"], "type": "article-newspaper", "title": title, "language": "zh-CN",
           "author": [{"literal": n} for n in a["authors"]], "URL": url}
    if when:
        csl["issued"] = {"date-parts": [[int(x) for x in when.split("-")]]}
    elif year:
        csl["issued"] = {"date-parts": [[year]], "circa": True}
    if outlet:
        csl["container-title"] = outlet
    if a.get("newspaper_page"):
        csl["section"] = a["newspaper_page"]
    if place:
        csl["publisher-place"] = place
    csl["note"] = "Date as printed on the page." if when else "Year estimated from the text, not the print date."
    body = ",\n".join(f"  {json.dumps(k)}: {json_dumps(v)}" for k, v in csl.items())
    csl_json = "[\n{\n" + body + "\n}\n]"
    return ('<details class="cite" data-search-exclude><summary>引用本页 Cite this page</summary>'
            f'<p>稳定链接 Stable URL：<a href="{html_text(url)}">{html_text(url)}</a></p>'
            f'<p>纯文本 Plain text</p><pre><code>{html_text(plain)}</code></pre>'
            f'<p>BibTeX</p><pre><code>{html_text(bib)}</code></pre>'
            f'<p>CSL-JSON</p><pre><code>{html_text(csl_json)}</code></pre></details>\n')


def render_article(a: dict, facts: list[dict], site_url: str, link_terms=None) -> str:
    """Markdown for one article page."""
    out = [front_matter(front(a)), "\n"]
    if a["kicker"] or a["banners"]:
        out.append(_p(" · ".join([a["kicker"]] + a["banners"]).strip(" ·"), "kicker"))
    out.append(f'# {md_inline(a["title"] or a["slug"])} {{#title}}\n\n')
    if _uncertain(a, "title"):
        out.append(f'<p class="title-note">{INFERRED} 原文没有印出标题，此标题取自正文 no title printed: taken from the text</p>\n')
    if a["subtitle"]:
        out.append(_p(a["subtitle"], "subtitle"))
    if a["authors"]:
        out.append(_p("文 " + " ".join(a["authors"]), "byline"))
    out.append(_meta_card(a))
    out.append(_facts_table(facts))
    out.append("\n")
    for b in a["body"]:
        if b["kind"] == "heading":
            out.append(f'\n## {md_inline(b["text"])} {{#{b["id"]}}}\n\n')
        elif b["kind"] == "subheading":
            out.append(f'<p class="subheading" id="{b["id"]}"><strong>{html_text(b["text"])}</strong></p>\n')
        else:
            para = _paragraph(b)
            if link_terms:
                para = link_terms(para)
            out.append(para)
    out.append("\n")
    out.append(_captions(a))
    out.append("\n## 来源与引用 Source and citation {#source}\n\n")
    out.append(_audit(a))
    out.append(_cite(a, site_url))
    return "".join(out)
