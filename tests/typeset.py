"""Newspaper pages typeset for the tests: HTML -> PDF and PNG with Debian's Chromium.

The pages are built in the test run (nothing large is committed): a masthead,
articles with a title spanning their columns, an optional subtitle, a byline,
body text in CSS columns, photos with a caption under them, several articles
on one page, side by side. The sentences are written for these tests; the
places are spread over China.

`render` prints the page to PDF and screenshots it to PNG through Playwright,
and returns where each paragraph was laid out (one box per column fragment),
so that the regions the pipeline finds can be checked against the typesetting.
`char_error` is the one measure of text accuracy used in the tests and the
benchmark.
"""
from __future__ import annotations

import base64
import html
import io
import os
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
PAGE_W, PAGE_H = 800, 1130  # CSS pixels; PDF points are 3/4 of these

_HAN_OR_DIGIT = re.compile(r"[\u3400-\u9fff0-9]")


def han_digits(text: str) -> str:
    """What the accuracy measure compares: Han characters and digits, in order."""
    return "".join(_HAN_OR_DIGIT.findall(text))


def char_error(expected: str, got: str) -> float:
    """Character error rate: edit distance between the Han characters and digits
    of `got` and of `expected`, divided by the length of `expected`'s.

    >>> round(char_error("文明城市2024年", "文明城巿2024"), 3)
    0.222
    """
    from rapidfuzz.distance import Levenshtein

    a, b = han_digits(expected), han_digits(got)
    return Levenshtein.distance(a, b) / max(1, len(a))


@dataclass
class Article:
    title: str
    byline: str
    body: list[str]
    authors: list[str]
    adcode_prefix: str  # the region the pipeline should find: its code starts with this
    subtitle: str = ""
    columns: int = 3
    caption: str = ""
    photo_after: int | None = None
    vertical: bool = False  # body set top to bottom, columns right to left
    extra: dict = field(default_factory=dict)


ZUNYI = Article(
    title="遵义老城背街小巷换新颜",
    subtitle="——汇川区推进城市精细化管理见闻",
    byline="本报记者 田晓峰 龙春燕",
    authors=["田晓峰", "龙春燕"],
    adcode_prefix="5203",
    columns=3,
    body=[
        "清晨六点，汇川区上海路街道的环卫工人已经把巷口的落叶扫成一堆。三年前，这条长不足四百米的小巷里堆满杂物，雨天积水没过脚踝，居民出门要踩着砖头走。",
        "去年以来，汇川区把背街小巷整治列为创建全国文明城市的重点项目，全区共排查小巷127条，逐条建立问题清单，明确整改责任人和完成时限。截至目前，已完成改造98条，新铺沥青路面约4.6万平方米，新增路灯1300余盏。",
        "“以前晚上不敢走，现在灯亮了，路也平了。”今年七十二岁的居民罗德厚说，巷子里还装了休息座椅，老人们傍晚常坐在这里聊天。",
        "整治不只是修路。街道组织党员、志愿者和物业人员组成巡查小组，每天分三个时段巡查，发现乱堆乱放、占道经营等问题当场劝导，难以解决的问题上报区城市管理局，一般在48小时内办结。",
        "区城市管理局负责人介绍，下一步将把老旧小区改造与小巷整治结合起来，同步推进雨污分流和停车位建设，让群众在家门口感受到城市的变化。",
    ],
    photo_after=2,
    caption="上海路街道志愿者在小巷清理乱堆杂物。 杨光明 摄",
)

ZHANGYE = Article(
    title="甘州区志愿服务走进田间地头",
    byline="本报通讯员 马文军",
    authors=["马文军"],
    adcode_prefix="6207",
    columns=2,
    body=[
        "五月的张掖，祁连山下麦苗青青。甘州区党寨镇的新时代文明实践站里，二十多名志愿者正在给村民讲解农机安全知识。",
        "甘州区现有注册志愿者5.2万人，组建志愿服务队伍316支。今年以来，全区围绕春耕生产、移风易俗和邻里互助开展活动1800多场次，服务群众超过9万人次。",
        "党寨镇的志愿者还为独居老人建立了联系卡，定期上门测量血压、代购生活用品。镇文明办工作人员说，志愿服务让乡风更加文明，也让村民之间更加亲近。",
    ],
)

QUANZHOU = Article(
    title="泉州古城推行垃圾分类新办法",
    byline="本报记者 陈丽娟",
    authors=["陈丽娟"],
    adcode_prefix="3505",
    columns=1,
    body=[
        "泉州市鲤城区在古城片区推行垃圾定时定点投放，沿街店铺统一配备分类桶。",
        "实施两个月来，片区日均清运其他垃圾减少约15%，可回收物回收量增加近三成。",
    ],
)

JIAMUSI = Article(
    title="佳木斯江畔公园夜景提升完工",
    byline="本报记者 于海涛",
    authors=["于海涛"],
    adcode_prefix="2308",
    columns=2,
    body=[
        "松花江畔的佳木斯市滨江公园近日完成夜景提升工程，沿江新增景观灯带3.2公里，步道全部铺设防滑地砖。",
        "公园管理处介绍，工程共投入资金860万元，施工期间没有封闭主要出入口。入夜以后，前来散步和锻炼的市民明显多了起来。",
        "向阳区还在公园入口设立了文明劝导岗，每晚安排志愿者值守，引导游客爱护花草、文明游园。",
    ],
)

LHASA = Article(
    title="拉萨城关区老街巷修缮保留藏式风貌",
    byline="本报记者 次仁卓玛",
    authors=["次仁卓玛"],
    adcode_prefix="5401",
    columns=2,
    vertical=True,
    body=[
        "城关区对八廓街周边十二条老街巷实施修缮，外立面一律采用传统石材和边玛草装饰。",
        "修缮期间商铺照常营业，居民可以通过社区议事会对施工方案提出意见。",
    ],
)

MASTHEAD = ["文明城市周报", "2024年6月12日 星期三", "第3版 · 城市治理"]

CSS = """
@page { size: %(w)dpx %(h)dpx; margin: 0 }
html, body { margin: 0; background: #fff; color: #111; }
body { font-family: "Noto Serif CJK SC", serif; width: %(w)dpx; }
.page { padding: 26px 30px; height: %(inner)dpx; overflow: hidden; }
.page + .page { break-before: page; }
.masthead { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 3px double #000;
  padding-bottom: 4px; font-size: 13px; }
.masthead .name { font-size: 38px; font-weight: 700; letter-spacing: 4px; }
article { border-bottom: 1px solid #888; padding: 14px 0 12px; }
h1 { font-size: 30px; text-align: center; margin: 4px 0; font-weight: 700; line-height: 1.25; }
.subtitle { font-size: 18px; text-align: center; margin: 2px 0; }
.byline { font-size: 13px; text-align: center; margin: 6px 0 12px; }
.cols { column-gap: 26px; font-size: 14px; line-height: 1.6; text-align: justify; }
.cols p { margin: 0; text-indent: 2em; }
.vertical .cols { writing-mode: vertical-rl; height: 260px; column-count: 1 !important; }
figure { margin: 4px 0 10px; break-inside: avoid; }
figure img { display: block; width: 100%%; }
figcaption { font-size: 11.5px; line-height: 1.4; margin-top: 4px; font-family: "Noto Sans CJK SC", sans-serif; }
.row { display: flex; gap: 26px; }
.row > article { flex: 1; }
"""


def photo_png(w: int = 360, h: int = 200, seed: int = 1) -> bytes:
    """A picture with no text in it (coloured discs), to stand for a news photo."""
    from PIL import Image, ImageDraw

    rnd = random.Random(seed)
    img = Image.new("RGB", (w, h), (120, 150, 170))
    d = ImageDraw.Draw(img)
    for _ in range(40):
        x, y, r = rnd.randrange(w), rnd.randrange(h), rnd.randrange(8, 50)
        d.ellipse((x - r, y - r, x + r, y + r), fill=tuple(rnd.randrange(40, 220) for _ in range(3)))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _article_html(a: Article, k: int) -> str:
    parts = [f'<h1 data-part="a{k}-title">{html.escape(a.title)}</h1>']
    if a.subtitle:
        parts.append(f'<p class="subtitle">{html.escape(a.subtitle)}</p>')
    parts.append(f'<p class="byline">{html.escape(a.byline)}</p>')
    body = []
    for j, p in enumerate(a.body):
        body.append(f'<p data-part="a{k}-p{j + 1}">{html.escape(p)}</p>')
        if a.photo_after == j:
            img = base64.b64encode(photo_png(seed=k * 10 + j)).decode()
            body.append(f'<figure><img src="data:image/png;base64,{img}" alt="">'
                        f'<figcaption data-part="a{k}-caption">{html.escape(a.caption)}</figcaption></figure>')
    style = f"column-count:{a.columns}"
    parts.append(f'<div class="cols" style="{style}">{"".join(body)}</div>')
    return f'<article class="{"vertical" if a.vertical else ""}">{"".join(parts)}</article>'


def page_html(pages: list[list[list[Article]]], masthead: list[str] = MASTHEAD, height: int = PAGE_H) -> str:
    """HTML of one or more newspaper pages; each page is rows of articles side by side."""
    out = [f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>'
           f'{CSS % {"w": PAGE_W, "h": height, "inner": height - 52}}</style></head><body>']
    k = 0
    for rows in pages:
        out.append('<div class="page"><div class="masthead">'
                   + "".join(f'<span class="{"name" if i == 0 else ""}">{html.escape(m)}</span>' for i, m in enumerate(masthead))
                   + "</div>")
        for row in rows:
            arts = []
            for a in row:
                k += 1
                arts.append(_article_html(a, k))
            out.append(arts[0] if len(arts) == 1 else '<div class="row">' + "".join(arts) + "</div>")
        out.append("</div>")
    out.append("</body></html>")
    return "".join(out)


def render(html_text: str, pdf: Path | None = None, png: Path | None = None, scale: float = 2.0,
           height: int = PAGE_H) -> dict[str, list[list[float]]]:
    """Print to PDF and/or screenshot to PNG; return the layout boxes of every
    element with a data-part (CSS pixels of the first page, one per column fragment)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": PAGE_W, "height": height}, device_scale_factor=scale)
            page.set_content(html_text, wait_until="load")
            page.evaluate("document.fonts.ready")
            boxes = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('[data-part]')].map(
                e => [e.dataset.part, [...e.getClientRects()].filter(r => r.width > 1 && r.height > 1)
                      .map(r => [r.left, r.top, r.right, r.bottom])]))""")
            if pdf is not None:
                page.pdf(path=str(pdf), width=f"{PAGE_W}px", height=f"{height}px", print_background=True,
                         margin={"top": "0", "bottom": "0", "left": "0", "right": "0"})
            if png is not None:
                page.screenshot(path=str(png), clip={"x": 0, "y": 0, "width": PAGE_W, "height": height})
        finally:
            browser.close()
    return boxes


def photographed(png: bytes, degrees: float = 1.5, noise: int = 18, seed: int = 7) -> bytes:
    """The page as a phone photo might show it: turned a little, greyish paper, noise, JPEG."""
    import numpy as np
    from PIL import Image, ImageFilter

    img = Image.open(io.BytesIO(png)).convert("L")
    img = img.rotate(degrees, resample=Image.BICUBIC, expand=True, fillcolor=255)
    arr = np.asarray(img, dtype=np.float32) * 0.82 + 30  # paper is not white, ink is not black
    rng = np.random.default_rng(seed)
    arr += rng.normal(0, noise, arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=80)
    return buf.getvalue()


def image_only_pdf(png: bytes, dpi: float = 144) -> bytes:
    """A PDF whose page is only the picture of a page (no text layer), as a scanner writes it."""
    from PIL import Image

    buf = io.BytesIO()
    Image.open(io.BytesIO(png)).convert("RGB").save(buf, "PDF", resolution=dpi)
    return buf.getvalue()


@dataclass
class TestPages:
    """The typeset pages the tests read, with what was typeset on them."""

    folder: Path
    two: list[Article]          # two.pdf / two.png: ZUNYI above ZHANGYE
    two_boxes: dict
    two_scale: float            # PNG pixels per CSS pixel
    three: list[Article]        # three.pdf / three.png: ZUNYI above ZHANGYE beside QUANZHOU
    multi: list[list[Article]]  # multi.pdf: one article a page, the second set vertically

    def bytes(self, name: str) -> bytes:
        return (self.folder / name).read_bytes()


TWO_HEIGHT = 800  # the two-article page is cut to its content: OCR time grows with the pixels


def make_test_pages(folder: Path, scale: float = 1.5) -> TestPages:
    """Typeset and print the test pages into folder (a few seconds of Chromium)."""
    two = [ZUNYI, ZHANGYE]
    boxes = render(page_html([[[ZUNYI], [ZHANGYE]]], height=TWO_HEIGHT), folder / "two.pdf", folder / "two.png",
                   scale=scale, height=TWO_HEIGHT)
    three = [ZUNYI, ZHANGYE, QUANZHOU]
    render(page_html([[[ZUNYI], [ZHANGYE, QUANZHOU]]]), folder / "three.pdf", folder / "three.png", scale=scale)
    multi = [[JIAMUSI], [LHASA]]
    render(page_html([[[JIAMUSI]], [[LHASA]]], height=560), folder / "multi.pdf", height=560)
    return TestPages(folder, two, boxes, scale, three, multi)
