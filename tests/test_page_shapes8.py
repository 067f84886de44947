"""Shapes of pages the pipeline had not seen (issue 14, eighth round). Every page here was
written for these tests, about places in Gansu, Inner Mongolia, Xinjiang and Guangxi (not the
held-out pages' places)."""
from __future__ import annotations

from conftest import page_articles as _arts


OCR_DASH_SUBTITLE = """临夏日报　2024年5月16日　星期四　第2版　综合新闻

让文明新风吹遍河州大地
一一临夏市创建全国文明城市工作综述

本报记者　马晓燕　通讯员　韩  斌

今年以来，临夏市以创建全国文明城市为抓手，累计整治背街小巷86条，新建口袋公园12个。
据统计，全市注册志愿者已达4.6万人，占常住人口的13.2%。
对照问题清单，各街道
一一销号整改，确保问题清零。
"""


def test_a_subtitle_dash_read_by_ocr_as_one_one_is_a_dash_again():
    (a,) = _arts(OCR_DASH_SUBTITLE)
    assert a["title"] == "让文明新风吹遍河州大地"
    assert a["subtitle"].lstrip("—") == "临夏市创建全国文明城市工作综述"
    assert a["authors"] == ["马晓燕", "韩斌"]
    # a wrapped line that starts 一一 inside a paragraph keeps it
    assert any("各街道一一销号整改" in p["text"] for p in a["body"])
