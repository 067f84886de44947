"""Shapes of pages found failing on the second wave of blind sets of round s17 (72-76): a post's
numbered items, each credited to its own source, under a follow prompt; an app's name with a
plus before its byline; a running head of page, section and editors; a rank's range; items
numbered (1) (2) on lines of their own; a column's sidebar of figures and a comment signed 文/
with a spaced name; an office's account by its whole name over its post; a site's name that is
an office's over the title and its publication line; an account's name over a post marked 原创;
a 访问次数 count; a speech contest entry's 演讲者 with a spaced post; a content system's XML
export; page numbers and section names in scanned and PDF running heads; a bracketed byline and
a name broken over two lines. Every page here was written for these tests, about places in
Guizhou, Guangdong, Henan, Shanxi, Jiangxi, Xinjiang, Inner Mongolia, Hunan, Anhui, Ningxia,
Jilin and Shaanxi; every name is invented."""
from __future__ import annotations

from conftest import page_articles as _arts


def _values(a: dict) -> set:
    return {f["value"] for f in a["facts"]}


NUMBERED_POST_ITEMS = """﻿威宁发布
2023-08-02 21:05 贵州

创文进行时丨本周威宁这些新变化

点击上方“威宁发布”关注我们

01
老旧小区加装电梯　居民上下楼不再难

8月1日，县城一老旧小区的新电梯正式投入使用。今年以来，我县共完成老旧小区加装电梯37部，惠及居民1100余户。
（来源：威宁县融媒体中心 记者 王丽君）

02
草海景区“文明旅游”志愿者上岗

暑期旅游旺季，草海景区组建“文明旅游”志愿服务队，65名志愿者每天在游客中心提供咨询服务。

编辑：卢晓燕
"""


def test_a_posts_numbered_items_credited_to_their_own_source_are_articles():
    arts = _arts(NUMBERED_POST_ITEMS)
    assert [a["title"] for a in arts] == ["老旧小区加装电梯\u3000居民上下楼不再难", "草海景区“文明旅游”志愿者上岗"] or \
        [a["title"].replace("\u3000", " ") for a in arts] == ["老旧小区加装电梯 居民上下楼不再难", "草海景区“文明旅游”志愿者上岗"]
    assert arts[0]["authors"] == ["王丽君"]
    assert all("关注" not in (a.get("subtitle") or "") for a in arts)


APP_PLUS_BYLINE = """南方+

和平：客家围屋里办起文明实践课堂

2021-06-23 18:42
南方+ 记者 钟慧玲 通讯员 谢宇飞

　　近年来，和平县结合古村落保护，已在13座客家围屋中建起文明实践点，受益群众4.1万人次。
"""


def test_an_apps_name_with_a_plus_is_the_outlet_and_its_byline_names_the_reporters():
    (a,) = _arts(APP_PLUS_BYLINE)
    assert a["title"] == "和平：客家围屋里办起文明实践课堂"
    assert a["authors"] == ["钟慧玲", "谢宇飞"]
    assert a["outlet"] == "南方+"


RUNNING_HEAD_WITH_EDITORS = """                              驻马店日报                        2018年9月20日  星期四
  6                                 县区新闻                    责编:岳红英  校对:鲁晓静

                  正阳:"文明餐桌"进万家

    正阳县在全县推行“文明餐桌”行动，已有120家餐饮单位参与。督查结果每周通报，排名后3位的单位将被约谈。
"""


def test_a_running_head_of_page_section_and_editors_gives_the_page_and_a_ranks_range_is_no_figure():
    (a,) = _arts(RUNNING_HEAD_WITH_EDITORS)
    assert a["newspaper_page"] == "6"
    assert 120 in _values(a) and 3 not in _values(a)


BRACKET_NUMBERED_ITEMS = """晋城文明网
您现在的位置：首页 > 县区动态 > 正文

县区创城工作信息（第12期）
2019-07-30　来源：市创城办　浏览：406次

(1)
阳城县开展“百日攻坚”环境整治
阳城县自6月起开展为期100天的“百日攻坚”环境整治行动。
(2)
陵川县建起“文明积分超市”
陵川县在15个村建起“文明积分超市”，村民参与环境整治可获积分。
(3)
沁水县志愿者清理河道
沁水县组织200余名志愿者沿沁河开展河道清理活动。
"""


def test_items_numbered_in_brackets_on_lines_of_their_own_are_articles():
    arts = _arts(BRACKET_NUMBERED_ITEMS)
    assert [a["title"] for a in arts] == ["阳城县开展“百日攻坚”环境整治", "陵川县建起“文明积分超市”", "沁水县志愿者清理河道"]
    assert [a["adcode"] for a in arts] == ["140522", "140524", "140521"]


COLUMN_WITH_FIGURES_BOX = """﻿上饶日报
2021年5月20日　星期四　第3版　创文进行时

信州区：老街巷里的“微改造”
本报记者　程丽芳　通讯员　汪志远

　　信州区以“微改造”方式提升老旧街巷，今年已完成改造街巷38条。

短评
“微改造”改出大民心
文/江　帆

　　城市更新，不一定都要推倒重来。

数读信州创文
●新增口袋公园12个
●新增公共停车泊位2860个
●注册志愿者4.3万人
"""


def test_a_box_of_figures_is_a_piece_and_a_comment_signed_with_a_spaced_name_names_its_writer():
    arts = _arts(COLUMN_WITH_FIGURES_BOX)
    assert [a["title"] for a in arts] == ["信州区：老街巷里的“微改造”", "“微改造”改出大民心", "数读信州创文"]
    assert arts[1]["authors"] == ["江帆"]
    assert {12, 2860, 43000} <= _values(arts[2])


OFFICE_ACCOUNT_OVER_POST = """和静县新时代文明实践中心
志愿服务“光荣榜”｜10月志愿服务时长排行榜出炉
和静县新时代文明实践中心　2022-11-03 19:20　新疆

　　10月，全县各新时代文明实践所（站）共发布志愿服务项目312个，新增注册志愿者1180名。
"""

OFFICE_SITE_OVER_TITLE = """土默特右旗新时代文明实践中心

土默特右旗新时代文明实践中心10月份活动安排表
发布时间：2020-09-29　　来源：旗委宣传部　　阅读量：684

　　9月，全旗各新时代文明实践所（站）共开展理论宣讲等活动54场。
"""

ACCOUNT_OVER_ORIGINAL_POST = """﻿文明雨湖
“微心愿”认领清单来了！快来圆孩子们一个小梦想
原创　雨湖区文明办　2020-05-28 10:12

　　“六一”儿童节将至，区文明办在全区开展“点亮微心愿”活动，首批征集到微心愿86个。
"""


def test_an_offices_or_accounts_name_over_a_post_is_its_outlet_not_its_title():
    (a,) = _arts(OFFICE_ACCOUNT_OVER_POST)
    assert a["title"] == "志愿服务“光荣榜”｜10月志愿服务时长排行榜出炉"
    assert a["outlet"] == "和静县新时代文明实践中心"
    (b,) = _arts(OFFICE_SITE_OVER_TITLE)
    assert b["title"] == "土默特右旗新时代文明实践中心10月份活动安排表"
    assert b["outlet"] == "土默特右旗新时代文明实践中心"
    (c,) = _arts(ACCOUNT_OVER_ORIGINAL_POST)
    assert c["title"] == "“微心愿”认领清单来了！快来圆孩子们一个小梦想"
    assert c["outlet"] == "文明雨湖"


VISITS_COUNT_AND_SPEAKER = """长沙市天心区人民政府
首页 > 政务公开 > 部门文件

关于印发《天心区店招店牌设置导则（试行）》的通知
发布日期：2019-06-18　　发布机构：区城市管理局　　访问次数：2215

各街道办事处，区直有关部门：现将导则印发给你们，请认真执行。
"""

SPEECH_ENTRY = """天心发布
天心发布　2022-08-26 17:30　湖南

一条老街的“新”生
演讲者：伍诗琪（坡子街街道 社区工作者）　选手编号：07

尊敬的各位评委、亲爱的朋友们：
　　大家好！三年前，这条街上电线像蜘蛛网一样密。今天，这条街上新增了休闲座椅48处。
"""


def test_a_visits_count_closes_a_publication_line_and_a_speakers_line_names_the_speaker():
    (a,) = _arts(VISITS_COUNT_AND_SPEAKER)
    assert a["subtitle"] == ""
    assert a["date"]["value"] == "2019-06-18"
    (b,) = _arts(SPEECH_ENTRY)
    assert b["authors"] == ["伍诗琪"]
    assert b["title"] == "一条老街的“新”生"


CMS_XML_EXPORT = """<?xml version="1.0" encoding="UTF-8"?>
<!-- 某某融媒体中心 内容管理系统 稿件导出 -->
<newsExport source="谢家集区融媒体中心" channel="谢家集发布">
  <newsItem id="A1" status="published">
    <headline>谢家集区：“门前三包”签约全覆盖</headline>
    <subheadline></subheadline>
    <byline>记者 程子琪 通讯员 聂文涛</byline>
    <dateline>2021-09-14T08:30:00+08:00</dateline>
    <body>
      <p>今年以来，谢家集区在全区推行“门前三包”责任制，与沿街商户签订责任书1260份。</p>
      <p>区城管局还组建了12支巡查队。</p>
    </body>
    <editor>汪晓雯</editor>
  </newsItem>
  <newsItem id="A2" status="published">
    <headline>谢家集区新增15个新时代文明实践站</headline>
    <byline>通讯员 韩玉琴</byline>
    <dateline>2021-09-14T16:45:00+08:00</dateline>
    <body><p>9月以来，谢家集区新建新时代文明实践站15个。</p></body>
  </newsItem>
</newsExport>
"""


def test_a_content_systems_xml_export_is_read_item_by_item_without_its_tags():
    arts = _arts(CMS_XML_EXPORT, "export.txt")
    assert [a["title"] for a in arts] == ["谢家集区：“门前三包”签约全覆盖", "谢家集区新增15个新时代文明实践站"]
    assert [a["authors"] for a in arts] == [["程子琪", "聂文涛"], ["韩玉琴"]]
    assert [a["date"]["value"] for a in arts] == ["2021-09-14", "2021-09-14"]
    assert arts[0]["outlet"] == "谢家集区融媒体中心"
    assert 1260 in _values(arts[0])
    assert not any("<" in s for a in arts for s, _ in a["sentences"])


SCANNED_RUNNING_HEADS = """6  2020年10月22日  星期四
市县传真
安徽日报

宣州：“红马甲”穿梭大街小巷
　　本报讯（通讯员 汤珂琳）宣州区今年组建志愿服务队86支。
"""

SPACED_SECTION_AFTER_PAGE = """榆 林 日 报    2022年3月31日  星期四
2  综 合

佳县石城脚下“窑洞民宿”讲文明迎客来
　　本报讯 佳县今年新开窑洞民宿46家。（记者 薛 慧 通讯员
宋 鹏 飞）
"""

SECTION_THEN_PAGE = """江西日报          2024年6月13日  星期四
市 县 传 真                    4

萍乡：“小巷管家”管出城市新颜
　　本报讯（记者 邓可琪）萍乡市今年聘请“小巷管家”1200名。
"""


def test_page_numbers_in_a_scans_running_heads_are_read_in_every_order():
    (a,) = _arts(SCANNED_RUNNING_HEADS)
    assert a["newspaper_page"] == "6" and a["outlet"] == "安徽日报"
    (b,) = _arts(SPACED_SECTION_AFTER_PAGE)
    assert b["newspaper_page"] == "2"
    assert b["title"] == "佳县石城脚下“窑洞民宿”讲文明迎客来"
    assert b["authors"] == ["薛慧", "宋鹏飞"]
    (c,) = _arts(SECTION_THEN_PAGE)
    assert c["newspaper_page"] == "4"


BYLINES_BROKEN_OVER_LINES = """吴忠日报 2024年5月9日 星期四
第3版 县市区

盐池“长城关”下
文明劝导成风景

  五一假期,盐池县长城关景区游
客如织,文明劝导员穿梭在人群中。
  盐池县今年组建文明旅游劝导队12支,
劝导员达到310名。
（记者 马 丽 琴
通讯员 纳 文 博）
"""

NAME_BROKEN_OVER_LINES = """延边日报  2023年5月17日  星期三  城市新闻

珲春夜市
烟火气里添文明

本报记者 金善
花 朴光明

夜幕降临，珲春市的夜市人头攒动。今年以来，珲春市对全市12个夜市街区实施规范管理。
"""


def test_a_bracketed_byline_or_a_name_broken_over_two_lines_is_one_byline():
    (a,) = _arts(BYLINES_BROKEN_OVER_LINES)
    assert a["authors"] == ["马丽琴", "纳文博"]
    (b,) = _arts(NAME_BROKEN_OVER_LINES)
    assert b["authors"] == ["金善花", "朴光明"]


COMPANY_ACCOUNT_WITHOUT_PROVINCE = """停水通知
霸州市自来水有限公司 2019-07-09 17:42

尊敬的用户：
　　为配合我市创建文明城市道路提升改造工程，我公司将更换老旧供水管道1.2公里，新装阀门井14座。
"""

SITE_OVER_SPACED_NAVIGATION = """﻿邛崃市文化馆
首页　馆情简介　展览展讯　非遗保护　群文活动

首页 > 展览展讯

“文明邛崃 美好家园”书法作品展开展
2023-05-19　　作者：市文化馆　　阅读量：641

　　本次展览共展出书法作品86件。
"""


def test_a_companys_account_line_without_a_province_and_a_halls_site_over_its_navigation_are_outlets():
    (a,) = _arts(COMPANY_ACCOUNT_WITHOUT_PROVINCE)
    assert a["title"] == "停水通知"
    assert a["outlet"] == "霸州市自来水有限公司"
    assert a["date"]["value"] == "2019-07-09"
    (b,) = _arts(SITE_OVER_SPACED_NAVIGATION)
    assert b["title"] == "“文明邛崃 美好家园”书法作品展开展"
    assert b["outlet"] == "邛崃市文化馆"
    assert b["authors"] == []


SUBMISSIONS_ROUNDUP = """彝良县创文信息汇总
（7月第2周）
彝良县创文办　　　　　　　　　　　　2021年7月16日

【信息一】
报送单位：角奎镇　　撰稿：胡明丽　　审核：蒋志刚
标题：角奎镇“文明实践积分”激发群众参与热情
正文：角奎镇在全镇14个村（社区）推行“文明实践积分”制度，已有3100余户群众参与。

【信息二】
报送单位：洛泽河镇　　撰稿：陶春兰　　审核：吴国庆
标题：洛泽河镇开展文明旅游宣传
正文：洛泽河镇组织志愿者在景区入口开展文明旅游宣传，发放倡议书2000余份。
"""


def test_a_roundups_labelled_records_are_articles_from_the_first_one():
    arts = _arts(SUBMISSIONS_ROUNDUP)
    assert [a["title"] for a in arts] == ["角奎镇“文明实践积分”激发群众参与热情", "洛泽河镇开展文明旅游宣传"]
    assert [a["authors"] for a in arts] == [["胡明丽"], ["陶春兰"]]
