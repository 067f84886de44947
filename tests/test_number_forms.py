"""Numbers in every written form come back with the same value; things that look
like numbers but count nothing never become facts.

Sentences written for these tests, about places all over China. Round trips
(hypothesis): one value written in Arabic digits, with thousands separators, in
Chinese numerals, with 万/亿, as a Chinese decimal, broken over a PDF line wrap,
or with OCR's letters for digits, is read back as that value and unit.
"""
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cn2an
import pytest
from hypothesis import given, settings, strategies as st

from build_tools.data import load_data
from build_tools.repair import repair_lines
from build_tools.repair.digits import fix_letter_digits
from conftest import exported_numbers, sentence_facts


def exported(sentence):
    return exported_numbers(sentence)


def facts(sentence):
    return sentence_facts(sentence, qualifier=False, adcode="110000")


# --------------------------------------------------------------- forms read
READ = [
    # Chinese decimals (simplified and traditional 點)
    ("玉溪市空气优良天数比例同比提高百分之三点五。", [(3.5, "%", "exact")]),
    ("氹仔本月共回收废纸约四點二吨。", [(4.2, "吨", "about")]),
    ("新建绿道零点八公里", [(0.8, "公里", "exact")]),
    ("两区得分相差一点五分", [(1.5, "分", "exact")]),
    # a multiplier alone after a qualifier
    ("阿克苏市逾千名志愿者走上街头", [(1000, "名", "more_than")]),
    ("活动吸引近万人次参与", [(10000, "人次", "nearly")]),
    ("宜宾市上百家企业结对帮扶", [(100, "家", "more_than")]),
    ("项目总投资超千万元", [(10000000, "元", "more_than")]),
    # a unit printed before the number
    ("今年参观人次已超过三千。", [(3000, "人次", "more_than")]),
    ("全年服务人次累计超过1.2万。", [(12000, "人次", "more_than")]),
    # counters
    ("柳州市调处邻里纠纷360余宗", [(360, "宗", "more_than")]),
    ("方案经过两轮论证", [(2, "轮", "exact")]),
    ("开行旅游专列12列", [(12, "列", "exact")]),
    ("新建公交站亭46座，投放新能源公交车80辆", [(46, "座", "exact"), (80, "辆", "exact")]),
    ("增殖放流鱼苗120万尾", [(1200000, "尾", "exact")]),
    ("发放环保袋3000只、图书1.5万本", [(3000, "只", "exact"), (15000, "本", "exact")]),
    ("改造老旧楼院8.6万平米", [(86000, "平方米", "exact")]),
]


@pytest.mark.parametrize("sentence,expected", READ)
def test_forms_read(sentence, expected):
    assert exported(sentence) == expected


# Measure words a report counts in: each one written after a number is its unit.
COUNTERS = ["宗", "轮", "批", "期", "首", "部", "幅", "台", "辆", "艘", "架", "栋", "幢", "间", "套",
            "张", "份", "块", "棵", "株", "亩", "趟", "列", "站", "条", "项", "件", "座", "所", "支",
            "篇", "场", "次", "户", "家", "处", "笔", "尾", "头", "枚", "本", "门", "堂", "盏", "册"]


@pytest.mark.parametrize("counter", COUNTERS)
def test_counter_is_a_unit(counter):
    units = load_data("metrics.yaml")["numbers"]["units"]
    assert counter in units
    got = exported(f"全县去年共计完成37{counter}，")
    assert got and got[0][0] == 37 and got[0][1] == units[counter]


# ----------------------------------------------------------- no facts here
NOT_FACTS = [
    # decades
    "这条老街始建于上世纪50年代，",
    "八十年代的厂房改成了文创园。",
    "1990年代以来，城区面积不断扩大。",
    # a person's own years
    "在巷口修了三十年自行车的老陈说，",
    "她在这个社区一干就是18年。",
    "在伊宁生活了50多年的老居民说，",
    "已有40年党龄的老党员带头清扫。",
    "从教二十余年的李老师说，",
    # addresses, document numbers, e-mail and web addresses
    "地址：拉萨市城关区北京中路18号",
    "办公地点在行政中心3楼",
    "根据榆文明办〔2023〕9号文件要求",
    "来信请寄 wmb2023@126.com",
    "详情见 http://www.dali.gov.cn/wm/2023/index.html",
    # list item numbers at a clause start
    "2．爱护公物，不乱涂乱画；3．礼让斑马线。",
    "（4）文明用餐，拒绝浪费；",
    "5、讲究卫生，垃圾入桶。",
    # 十分 as an adverb
    "居民们觉得这项改造十分及时。",
]


@pytest.mark.parametrize("sentence", NOT_FACTS)
def test_not_facts(sentence):
    assert facts(sentence) == []


# Near misses that stay facts: a place's run of years, a count after a list
# number, a decimal at a clause start, a score in Chinese numerals.
STILL_FACTS = [
    ("景洪市连续3年获评全省文明城市", [(3, "年")]),
    ("1．全市新建驿站12个；", [(12, "个")]),
    ("3.5万人参加了活动。", [(35000, "人")]),
    ("测评得了九十分", [(90, "分")]),
    ("全市志愿者服务时长达到25万小时", [(250000, "小时")]),
]


@pytest.mark.parametrize("sentence,expected", STILL_FACTS)
def test_still_facts(sentence, expected):
    assert facts(sentence) == expected


# ------------------------------------------------------------- round trips
PLACES = ["赤峰市", "铜仁市", "吐鲁番市", "临沧市", "安康市", "白山市", "莆田市", "日喀则市", "盐城市", "伊春市"]
UNITS = ["个", "人", "户", "条", "座", "宗", "场次", "公里", "万元", "吨"]


def _unit(u):
    return ("元", Decimal(10000)) if u == "万元" else (u, Decimal(1))


def _cn(n: int) -> str:
    return cn2an.an2cn(n, "low")


def _trim(x: str) -> str:
    return x.rstrip("0").rstrip(".") if "." in x else x


def _arabic_grouped(n: int) -> str:
    return f"{n:,}"


@settings(max_examples=150, deadline=None)
@given(n=st.integers(min_value=2, max_value=99_999_999), place=st.sampled_from(PLACES),
       unit=st.sampled_from(UNITS), form=st.sampled_from(["arabic", "grouped", "chinese", "wan"]))
def test_round_trip_written_forms(n, place, unit, form):
    """One value, written four ways, reads back as itself."""
    if form == "wan" and unit.startswith("万"):
        form = "arabic"
    if form == "chinese" and unit.startswith("万"):
        n = n % 10000 or 1  # 一万万 is written 一亿
    if form == "wan" and n % 10000:
        n = (n // 10000 or 1) * 10000
    text = {"arabic": str(n), "grouped": _arabic_grouped(n), "chinese": _cn(n),
            "wan": _trim(f"{Decimal(n) / 10000:f}") + "万"}[form]
    sentence = f"今年以来，{place}累计完成{text}{unit}，群众满意。"
    u, mult = _unit(unit)
    got = exported(sentence)
    assert got == [(int(n * mult), u, "exact")], (sentence, got)


@settings(max_examples=100, deadline=None)
@given(whole=st.integers(min_value=0, max_value=99), tenth=st.integers(min_value=1, max_value=9),
       place=st.sampled_from(PLACES))
def test_round_trip_chinese_decimal(whole, tenth, place):
    """百分之X点Y and X点Y吨 read as X.Y."""
    cn = _cn(whole) if whole else "零"
    got = exported(f"{place}生活垃圾回收率提高百分之{cn}点{_cn(tenth)}，回收废旧衣物{cn}点{_cn(tenth)}吨。")
    value = float(f"{whole}.{tenth}")
    assert got == [(value, "%", "exact"), (value, "吨", "exact")]


@settings(max_examples=150, deadline=None)
@given(n=st.integers(min_value=10, max_value=9_999_999), decimals=st.integers(min_value=0, max_value=2),
       place=st.sampled_from(PLACES), unit=st.sampled_from(["个", "条", "户", "%", "万人", "公里"]),
       data=st.data())
def test_round_trip_pdf_wrap(n, decimals, place, unit, data):
    """A number broken by a line wrap (inside its digits or before its unit)
    comes back whole after repair."""
    written = str(n) if not decimals else f"{n}.{data.draw(st.integers(1, 10 ** decimals - 1)):0{decimals}d}"
    if written.endswith("0") and "." in written:
        written = written.rstrip("0")
    head = f"今年以来，{place}在城乡环境整治中累计完成"
    tail = f"{unit}，各项指标都有了明显提高。"
    number = written + unit
    cut = data.draw(st.integers(min_value=1, max_value=len(written) if unit[0] not in "万%" else len(written)))
    lines = [head + number[:cut], number[cut:] + tail]
    text = repair_lines(lines).text
    assert "\n" not in text, lines
    value = Decimal(written) * (10000 if unit.startswith("万") else 1)
    value = int(value) if value == value.to_integral_value() else float(value)
    want_unit = "%" if unit == "%" else unit[-1] if unit.startswith("万") else unit
    assert [(v, u) for v, u, _ in exported(text)] == [(value, want_unit)], (lines, text)


@settings(max_examples=150, deadline=None)
@given(n=st.integers(min_value=10, max_value=99_999), place=st.sampled_from(PLACES), data=st.data())
def test_round_trip_ocr_letters(n, place, data):
    """O/o for 0 and l/I for 1 inside a number (never more letters than digits)
    are read back as the digits; every change is a recorded edit."""
    digits = str(n)
    look = {"0": "Oo", "1": "lI"}
    spots = [i for i, c in enumerate(digits) if c in look]
    chosen = data.draw(st.lists(st.sampled_from(spots), unique=True, max_size=len(digits) // 2)) if spots else []
    noisy = "".join(data.draw(st.sampled_from(look[c])) if i in chosen else c for i, c in enumerate(digits))
    line = f"{place}今年新增停车泊位{noisy}个，"
    result = repair_lines([line])
    assert exported(result.text) == [(n, "个", "exact")], (line, result.text)
    assert bool(chosen) == any(e.pass_name == "fix_letter_digits" for e in result.edits)


def test_ocr_letters_leave_latin_words():
    line = "本报刊号CN43-0032，与G20、iPhone15、O2O、Mark Evans、dali@163.com无关。"
    assert fix_letter_digits(line) == line


@pytest.mark.parametrize("sentence", [
    "今年72岁的居民马桂兰每天都来书屋看报",       # a person's age
    "社区为80岁以上老人免费配送午餐",             # an age bracket
    "年满16周岁的市民均可报名",                   # an age limit
    "10月3日晚8时，灯光秀在江滩准时亮起",         # a time after a date and 晚
    "清晨6点半，城关街道的环卫工人已清扫完街面",   # a time of day with 半 after 清晨
    "志愿者每晚7点20分准时上岗",                   # hours and minutes
    "夜市8点钟开市",                               # 点钟
    "每月8日定为全镇“文明积分”兑换日",            # a day of every month
    "实行“N+1”结对帮扶，只点N-1个菜",              # a formula's letter before the number
])
def test_ages_times_days_and_formulas_are_no_facts(sentence):
    assert exported(sentence) == []


def test_points_of_a_list_are_still_counted():
    # (3点 without 半, 钟 or minutes is no time of day: the number stays read)
    assert [v for v, _u, _q in exported("会上提出3点建议，新建驿站12个")] == [3, 12]


def test_an_average_age_the_place_reports_is_a_figure():
    assert exported("全县人均预期寿命达到79.2岁") == [(79.2, "岁", "exact")]


@pytest.mark.parametrize("sentence", [
    "02",                                          # a post's list number on its own line
    "以前有事得打12345，现在社区网格员上门",       # a hotline after 打
    "群众反映的问题在3个工作日内办结",             # a deadline
    "洪水已经过去12年，老街早已换了模样",          # the time since an event
])
def test_list_numbers_hotlines_deadlines_and_time_since_are_no_facts(sentence):
    assert exported(sentence) == []


def test_a_period_of_past_years_stays_a_duration():
    assert exported("过去5年，全县新增绿地120公顷") == [(5, "年", "exact"), (120, "公顷", "exact")]


@pytest.mark.parametrize("sentence, kept", [
    ("3个月来，拉萨市共劝导不文明行为1200起。", [(1200, "起")]),
    ("今年前10个月，武夷山市接待游客620万人次。", [(6200000, "人次")]),
    ("五年来，鹤壁市新建公园28个。", [(28, "个")]),
    ("两年多来，累计整治小巷40条。", [(40, "条")]),
    # a duration that is the figure itself stays one
    ("提前3个月完成改造任务。", [(3, "个月")]),
    ("连续3年获评省级文明城市。", [(3, "年")]),
])
def test_the_stretch_a_report_looks_back_over_is_no_fact(sentence, kept):
    assert exported(sentence) == [(v, u, "exact") for v, u in kept]
