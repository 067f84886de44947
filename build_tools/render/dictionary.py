"""The data dictionary page (docs/data/index.md), generated from the JSON schemas.

Every column of every download is described in Chinese and English from the
`description_zh` and `description` of its schema property (build_tools/schema/);
a CSV column spread from an object field (`year_estimated`) takes the
description of the sub-property. `columns()` lists what each download holds, so
a test can check that the files and the page agree.
"""
from __future__ import annotations

import json
from importlib import resources

from .data import ARTICLE_CSV_SPREAD, ARTICLE_FIELDS, FACT_FIELDS, csv_columns
from .safe import front_matter, md_inline

# download -> (schema file, JSON fields in file order or None for the schema's own order,
#              title zh, title en, CSV twin, CSV columns spread from object fields)
DOWNLOADS = [
    ("articles", "article.json", ARTICLE_FIELDS, "文章", "Articles", True, ARTICLE_CSV_SPREAD),
    ("facts", "fact.json", FACT_FIELDS, "数字", "Facts (every number)", True, {}),
    ("practices", "practice.json", None, "创建举措", "Campaign practices", False, {}),
    ("milestones", "milestone.json", None, "里程碑", "Milestones", False, {}),
    ("cleaning", "cleaning.json", None, "修复记录", "Repair audit", False, {}),
]


def load_schema(name: str) -> dict:
    with resources.files("build_tools.schema").joinpath(name).open(encoding="utf-8") as fh:
        return json.load(fh)


def _resolve(schema: dict, prop: dict) -> dict:
    ref = prop.get("$ref") or (prop.get("items") or {}).get("$ref")
    if ref and ref.startswith("#/$defs/"):
        return schema["$defs"][ref.rsplit("/", 1)[1]]
    return prop


def describe(schema: dict, column: str, spread: dict | None = None) -> dict | None:
    """The schema property describing a column (a spread CSV column's sub-property), or None."""
    props = schema.get("properties", {})
    if column in props:
        return props[column]
    for field, subs in (spread or {}).items():
        for sub in subs:
            if column == f"{field}_{sub}" and field in props:
                return props[field].get("properties", {}).get(sub)
    return None


def columns(name: str) -> dict[str, list[tuple[str, dict | None]]]:
    """{file name: [(column, describing schema property or None)]} of one download."""
    _, schema_file, fields, _, _, has_csv, spread = next(d for d in DOWNLOADS if d[0] == name)
    schema = load_schema(schema_file)
    json_fields = fields or list(schema.get("properties", {}))
    out = {f"{name}.json": [(f, describe(schema, f)) for f in json_fields]}
    if name == "cleaning":  # an object of two lists: their items' fields too
        for part in ("articles", "pages"):
            item = schema["properties"][part]["items"]
            out[f"{name}.json {part}[]"] = [(f, p) for f, p in item["properties"].items()]
        out["cleaning.json edits[]"] = list(schema["$defs"]["edit"]["properties"].items())
        out["cleaning.json flags[]"] = list(schema["$defs"]["flag"]["properties"].items())
    if has_csv:
        out[f"{name}.csv"] = [(c, describe(schema, c, spread)) for c in csv_columns(json_fields, spread)]
    return out


def _cell(text: str) -> str:
    return md_inline(text or "—")


def render_dictionary(version: str = "") -> str:
    """Markdown of the data dictionary page."""
    out = [front_matter({"title": "数据下载与字典 Data downloads and dictionary"}),
           "\n# 数据下载与字典 · Data downloads and dictionary\n\n",
           "本页由数据文件的 JSON Schema（`build_tools/schema/`）生成，逐列说明每个下载文件。CSV 文件为带 BOM 的 UTF-8，"
           "可直接用电子表格打开；其中的网址均为完整网址，可单独使用。\n\n",
           '<p lang="en">Generated from the JSON schemas of the data files (<code>build_tools/schema/</code>): every column '
           "of every download. CSV files are UTF-8 with a BOM, so spreadsheet programs show Chinese correctly; every URL "
           "in them is absolute, so a row can be used on its own.</p>\n\n"]
    for name, schema_file, _, zh, en, has_csv, _ in DOWNLOADS:
        schema = load_schema(schema_file)
        files = f"[{name}.json]({name}.json)" + (f" · [{name}.csv]({name}.csv)" if has_csv else "")
        out.append(f"## {zh} · {en} {{#{name}}}\n\n{files}\n\n")
        out.append(f"{md_inline(schema.get('description_zh', ''))} "
                   f"{md_inline(schema.get('description', ''))}\n\n")
        for file, cols in columns(name).items():
            out.append(f"**{md_inline(file)}**\n\n| 列 Column | 说明 | Description |\n|---|---|---|\n")
            for col, prop in cols:
                prop = _resolve(schema, prop or {})
                out.append(f"| `{col}` | {_cell(prop.get('description_zh', ''))} | {_cell(prop.get('description', ''))} |\n")
            out.append("\n")
    out.append("## 数据版本 · Data version {#version}\n\n"
               f"本站数据版本 This site's data version：`{''.join(c for c in version if c in '0123456789abcdef')}`\n\n"
               "数据版本是全部数据文件内容的哈希值：数据不变，版本不变；引用数据时请一并注明。"
               '<span lang="en">The data version is a hash of the contents of all data files: the same '
               "data give the same version. Cite it with the data.</span>\n")
    return "".join(out)
