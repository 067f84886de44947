"""The glossary: term pages from data/glossary.yaml, and links from article text.

Terms are linked at their first occurrence on an article page; each term lists
the articles that use it.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..data import glossary_terms as load_glossary, term_forms, two_character_words
from .safe import front_matter, html_text, md_inline
from .tables import bullets, link, paragraph


def _splits_a_word(text: str, start: int, end: int) -> bool:
    """True when a term match would cut a word in two (志愿服务队|伍 of 志愿服务队伍):
    the two characters across either edge form a dictionary word that the term
    does not contain."""
    words = two_character_words()
    term = text[start:end]
    for a, b in ((start - 1, start + 1), (end - 1, end + 1)):
        if a >= 0 and b <= len(text):
            pair = text[a:b]
            if pair in words and pair not in term:
                return True
    return False


def glossary_linker():
    """Returns f(article) -> f(paragraph_html) linking each term's first use on the page."""
    terms = load_glossary()
    form_to_id = {f: t["id"] for t in terms for f in term_forms(t)}
    pattern = re.compile("|".join(map(re.escape, sorted(form_to_id, key=len, reverse=True))))

    def for_article(article: dict):
        seen: set[str] = set()

        def link(para: str) -> str:
            # only inside text between tags, never inside attributes
            def text_sub(m: re.Match) -> str:
                chunk = m.group(0)

                def one(mm: re.Match) -> str:
                    tid = form_to_id[mm.group(0)]
                    if tid in seen or _splits_a_word(chunk, mm.start(), mm.end()):
                        return mm.group(0)
                    seen.add(tid)
                    return f'<a class="term" href="../../glossary/#{tid}" title="术语表 glossary">{mm.group(0)}</a>'

                return pattern.sub(one, chunk)

            return re.sub(r"(?<=>)[^<]+(?=<)", text_sub, para)

        return link

    return for_article


def terms_used(article: dict) -> list[str]:
    """Ids of the glossary terms an article's title or text uses."""
    text = article["title"] + "".join(b["text"] for b in article["body"])
    return [t["id"] for t in load_glossary() if any(f in text for f in term_forms(t))]


def _pinyin_key(term: dict):
    """Terms in pinyin order, as Chinese readers look them up (digits first)."""
    try:
        from ..extract.gazetteer import pinyin_of

        return (pinyin_of(term["zh"]).lower(), term["zh"])
    except Exception:  # pragma: no cover
        return (term["zh"], term["zh"])


def render_glossary(entries: list[dict], out: Path) -> None:
    """entries: {slug, title, region, terms} per article (terms from terms_used)."""
    usage: dict[str, list[dict]] = {t["id"]: [] for t in load_glossary()}
    for a in entries:
        for tid in a["terms"]:
            usage[tid].append(a)
    lines = [front_matter({"title": "术语表 Glossary"}), "\n# 术语表 Glossary\n\n",
             "全国文明城市创建中常见的词语，用本站自己的话解释，并附英文释义。"
             "Campaign vocabulary in our own words, with an English gloss.\n\n"]
    for t in sorted(load_glossary(), key=_pinyin_key):
        lines.append(f'## {md_inline(t["zh"])} · {md_inline(t["en"])} {{#{t["id"]}}}\n\n')
        lines.append(f'<p>{html_text(t["definition"])}</p>\n<p lang="en"><em>{html_text(t["definition_en"])}</em></p>\n\n')
        if t.get("aliases"):
            lines.append(f'<p class="aliases">又作 Also written：{html_text("、".join(t["aliases"]))}</p>\n\n')
        used = usage[t["id"]]
        if used:  # HTML on one line: Python-Markdown need not parse it (render/tables.py)
            lines.append(paragraph("使用本词的文章 Articles using this term：") + "\n\n")
            lines.append(bullets(link(f'../articles/{a["slug"]}.md', a["title"]) + f'（{html_text(a.get("region") or "")}）'
                                 for a in used) + "\n\n")
    (out).mkdir(parents=True, exist_ok=True)
    (out / "index.md").write_text("".join(lines), encoding="utf-8")
