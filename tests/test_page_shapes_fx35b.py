"""Wrapper documents around a news report (fx35b): an editorial sign-off slip, a correction
notice with the corrected report, a reader tip-off record, a pitch sheet. The wrapper's
divider (——正文——, 【更正后全文】) and its labelled fields are its furniture and meta, never the
report's title or a second article. Every page here was written for these tests, about places
in Yunnan, Guangxi, Shanxi and Ningxia (not the held-out pages' places); names are invented."""
from __future__ import annotations

from conftest import page_articles as _arts


SIGNOFF_SLIP = """镇雄县融媒体中心 发稿单
稿号：2021-0733

稿件标题：镇雄：老街巷里的“文明积分”
作者：毛启航　陶雨萱
字数：702
拟发栏目：镇雄新闻·基层动态
拟发日期：2021年6月18日

初审：罗　敏　2021年6月16日　同意
终审：钱国栋　2021年6月17日　同意刊发

——正文——
镇雄：老街巷里的“文明积分”
今年以来，镇雄县在老城区推行“文明积分”，全县已有46个社区参与，发放积分卡1.3万张。
居民做志愿服务可以累积积分，兑换生活用品。
"""


def test_a_signoff_slip_is_one_article_with_its_story_title_authors_and_planned_date():
    (art,) = _arts(SIGNOFF_SLIP)
    assert art["title"] == "镇雄：老街巷里的“文明积分”"
    assert "正文" not in (art.get("subtitle") or "")  # ——正文—— is the slip's divider, no subtitle
    assert art["authors"] == ["毛启航", "陶雨萱"]
    assert art["date"]["value"] == "2021-06-18"
    assert art["adcode"].startswith("530627")
    values = {f["value"] for f in art["facts"]}
    assert {46, 13000} <= values


CORRECTION_WITH_REPORT = """某某网 > 更正启事

更正启事
本报2021年4月2日第3版刊发的《龙胜：梯田边的文明公约》一文中，“全县12个村”有误，应为“全县21个村”。特此更正。
编辑部
2021年4月6日

【更正后全文】
龙胜：梯田边的文明公约
本报记者 韦思远 通讯员 潘美玉
（原载2021年4月2日第3版）

今年以来，龙胜各族自治县在全县21个村推行“梯田文明公约”，村民签订承诺书3600份。
县里还评出“文明农户”410户。
"""


def test_a_correction_notice_carries_one_report_with_its_original_date_and_page():
    arts = _arts(CORRECTION_WITH_REPORT)
    assert len(arts) == 1  # the note of where it first ran is no second article
    (art,) = arts
    assert art["title"] == "龙胜：梯田边的文明公约"
    assert art["authors"] == ["韦思远", "潘美玉"]
    assert art["date"]["value"] == "2021-04-02"
    assert art["adcode"].startswith("450328")
    assert {3600, 410} <= {f["value"] for f in art["facts"]}


PITCH_SHEET = """勐海县融媒体中心 报题单

报题日期：2023年3月2日
报题人：岩温香
预计字数：900

—— 成稿 ——
勐海：茶山小镇换新装
记者 岩温香 玉罕
今年，勐海县在勐混镇等5个茶山小镇开展人居环境整治，新建公厕27座。
"""


def test_a_pitch_sheets_divider_is_no_subtitle_and_its_own_date_no_publication():
    (art,) = _arts(PITCH_SHEET)
    assert art["title"] == "勐海：茶山小镇换新装"
    assert not art.get("subtitle")
    assert (art.get("date") or {}).get("value") != "2023-03-02"  # the day it was pitched
    assert art["adcode"].startswith("532822")


TIP_OFF_RECORD = """某某报 报料平台
报料编号：BL-20220611-0210
报料时间：2022-06-11 08:40
处理状态：已跟进

—— 记者跟进 ——
岢岚：占道摊点三天清空
记者 郝振宇
今年以来，岢岚县城区清理占道摊点140处，新设便民疏导点6个。
"""


def test_a_tip_off_records_fields_are_no_title():
    (art,) = _arts(TIP_OFF_RECORD)
    assert art["title"] == "岢岚：占道摊点三天清空"
    assert not art.get("subtitle")
    assert art["adcode"].startswith("140929")


# guards: a dash-framed subtitle that is no divider word stays the subtitle
SUBTITLE_PAGE = """泾源：山里的文明新风
——记一位乡村网格员的一天
记者 马晓东
今年以来，泾源县在全县97个村设立网格员，走访群众8600户。
"""


def test_a_dash_subtitle_that_is_no_divider_stays_the_subtitle():
    (art,) = _arts(SUBTITLE_PAGE)
    assert art["title"] == "泾源：山里的文明新风"
    assert "网格员的一天" in (art.get("subtitle") or "")
