"""Comparison pages under docs/compare/: metrics and practices by region."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from .render.pages import QUALIFIER_ZH, _fmt
from .render.safe import front_matter, md_inline


def _cell(f: dict) -> str:
    q = QUALIFIER_ZH.get(f.get("qualifier") or "exact", "")
    year = f" ({f['year']})" if f.get("year") else ""
    return (f'[{q}{md_inline(_fmt(f["value"]))} {md_inline(f["unit"] or "")}{year}]'
            f'(../{f["url"].split("#")[0].rstrip("/")}.md#{f["anchor"]})')


def render_compare_pages(articles: list[dict], out: Path) -> None:
    by_metric: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    labels = {}
    for a in articles:
        for f in a["facts"]:
            if f.get("metric"):
                by_metric[f["metric"]][f.get("region") or "—"].append(f)
                labels[f["metric"]] = (f.get("label") or f["metric"], f.get("label_en") or "")
    lines = [front_matter({"title": "指标比较 Metrics by region"}), "\n# 指标比较 Metrics by region\n\n",
             "每个数字都链接到它所在的原句。Every number links to the sentence it comes from.\n\n"]
    for metric in sorted(by_metric):
        zh, en = labels[metric]
        lines.append(f"## {md_inline(zh)} · {md_inline(en)} {{#{metric}}}\n\n| 地区 Region | 数值 Values |\n|---|---|\n")
        for region in sorted(by_metric[metric]):
            cells = "；".join(_cell(f) for f in by_metric[metric][region])
            lines.append(f"| {md_inline(region)} | {cells} |\n")
        lines.append("\n")
    out.mkdir(parents=True, exist_ok=True)
    (out / "index.md").write_text("".join(lines), encoding="utf-8")
