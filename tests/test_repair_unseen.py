"""A page the code has never seen: another city, narrow columns, a doubled
title, half-width punctuation, spaced numbers; and the same page in
traditional script."""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the project root, for plain `pytest`

import opencc

from build_tools.repair import repair_lines
from build_tools.repair.core import HAN_CLASS, ends_sentence

BODY = [
    "赣州市位于江西省南部，是江西省",
    "面积最大、人口最多的设区市，总面积",
    "3.94 万平方千米，辖 3 区、2 市、13",
    "县。2020 年 常 住 人 口 897 万人。",
    "近年来，赣州市坚持以人民为中心,",
    "把文明城市创建作为民生工程来抓，",
    "城市面貌焕然一新，市民文明素质显",
    "著提升，群众获得感、幸福感不断增",
    "强。",
    "全市建成新时代文明实践中心 18 个、",
    "实践所 291 个、实践站 3000 余个，组",
    "建志愿服务队伍 1.2 万支，注册志愿",
    "者达到 180 万人;开展各类志愿服务活",
    "动 10 万余场次。",
    "老城区改造让街巷焕发新活力。今年",
    "5 月 23 日，赣州市召开推进会,要求",
    "各县区对照测评体系逐项整改，确保",
    "创建工作取得实效。",
]


def raw_page(body=BODY):
    lines = ["", "红土圣地展新颜红土圣地展新颜 文明之花处处开文明之花处处开",
             "——赣州市创建全国文明城市纪实赣州市创建全国文明城市纪实", "",
             "李明远李明远 张晓雨张晓雨", ""]
    for b in body:
        lines += [b, ""]
    lines += ["", "", "章江两岸夜景章江两岸夜景 志愿者清扫街道志愿者清扫街道", "", "", "刘洋 摄"]
    return lines


HAN = f"[{HAN_CLASS}]"


def _check(r):
    texts = [s.text for s in r.segments]
    assert texts[0] == "红土圣地展新颜 文明之花处处开"
    assert "——赣州市创建全国文明城市纪实" in texts
    assert "李明远 张晓雨" in texts
    assert any("总面积3.94万平方千米，辖3区、2市、13县。2020年常住人口897万人。" in t for t in texts)
    assert any(t.startswith("近年来，赣州市坚持以人民为中心，把文明城市创建作为民生工程来抓") and t.endswith("不断增强。") for t in texts)
    assert any("注册志愿者达到180万人；开展各类志愿服务活动10万余场次。" in t for t in texts)
    assert any("5月23日，赣州市召开推进会，要求各县区" in t for t in texts)
    assert "章江两岸夜景" in texts and "志愿者清扫街道" in texts and "刘洋 摄" in texts
    for t in texts:
        assert not re.search(f"{HAN}[,;:]{HAN}", t)
        if len(t) > 30:
            assert ends_sentence(t), t
            assert not re.search(f"{HAN} +{HAN}", t)
        for m in re.finditer(r"(.{4,40}?)\1", t):
            assert len(re.findall(HAN, m.group(1))) < 4, m.group(0)


def test_unseen_simplified_page():
    r = repair_lines(raw_page())
    assert not r.converted_from_traditional
    _check(r)


def test_unseen_page_in_traditional_script():
    s2t = opencc.OpenCC("s2t")
    lines = [s2t.convert(x) for x in raw_page()]
    assert lines != raw_page()
    r = repair_lines(lines)
    assert r.converted_from_traditional
    _check(r)


def test_unseen_page_with_fullwidth_digits_and_nbsp():
    table = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789"}
    lines = [x.translate(table).replace(" ", "\u00a0") for x in raw_page()]
    r = repair_lines(lines)
    texts = [s.text for s in r.segments]
    assert any("2020年常住人口897万人。" in t for t in texts)
