"""Shapes of ordinary pages the pipeline mishandled (held-out set 26's e-paper, OCR, site and
institution pages, helper fx26b). Every page here was written for these tests, about places
in 四川, 湖南, 贵州, 福建, 广东 and 吉林 (not the held-out pages' places); names are invented."""
from __future__ import annotations

from conftest import page_articles as _arts


def _values(art: dict) -> set:
    return {(f["value"], f["unit"]) for f in art["facts"]}


EPAPER_READER_PAGE = """成都商报 2024年4月9日 A5 城市新闻
< 上一版 A4　　下一版 A6 >　　第1/2屏
版面概览：本版共3篇
锦江：老院落里的“文明客厅”
文/成都商报记者 蒲晓岚 通讯员 锦宣
走进锦江区书院街街道，老院落的门口摆起了花箱。
今年以来，锦江区改造老旧院落34个，新增口袋公园9处。
▲返回顶部
青羊：少城片区街巷“微更新”
图文/成都商报记者 敬一帆
青羊区少城街道的宽窄巷子周边，街巷立面焕然一新。
记者了解到，青羊区今年完成街巷微更新21条，设置文明引导牌160块。
▲返回顶部
"""


def test_an_epaper_readers_lines_are_furniture_and_return_to_top_closes_each_article():
    arts = _arts(EPAPER_READER_PAGE)
    assert [a["title"] for a in arts] == ["锦江：老院落里的“文明客厅”", "青羊：少城片区街巷“微更新”"]
    assert arts[0]["authors"] == ["蒲晓岚"] and arts[1]["authors"] == ["敬一帆"]
    assert arts[0]["adcode"].startswith("510104") and arts[1]["adcode"].startswith("510105")
    assert all(a["outlet"] == "成都商报" and a["newspaper_page"] == "A5" for a in arts)
    assert {(34, "个"), (9, "处")} <= _values(arts[0]) and {(21, "条"), (160, "块")} <= _values(arts[1])
    values = {f["value"] for a in arts for f in a["facts"]}
    assert not values & {3, 4, 6}  # 本版共3篇, 上一版 A4, 下一版 A6


PDF_MASTHEAD_WITH_EDITORS = """常德晚报　2024年7月16日　星期二　责编：覃思远　美编：向诺　　　06　区县新闻
澧县：“红色网格”管到楼栋口
本报记者 龚小满　特约记者 易立新
在澧县澧阳街道，老旧小区里有了“红色网格员”。
今年以来，澧县在城区划分网格48个，选派党员骨干260名下沉楼栋。
临澧：村里办起“文明积分超市”
■通讯员 谌雪柔　全媒体记者 龚舟
临澧县安福街道的“文明积分超市”里，居民用积分兑换日用品。
据了解，全县已有23个村开办“积分超市”，已有31户家庭被评为“文明示范户”。
"""


def test_a_masthead_naming_the_pages_editors_then_its_number_heads_every_article():
    arts = _arts(PDF_MASTHEAD_WITH_EDITORS)
    assert [a["title"] for a in arts] == ["澧县：“红色网格”管到楼栋口", "临澧：村里办起“文明积分超市”"]
    assert arts[0]["authors"] == ["龚小满", "易立新"] and arts[1]["authors"] == ["谌雪柔", "龚舟"]
    assert all(a["outlet"] == "常德晚报" and a["newspaper_page"] == "06" for a in arts)
    assert all(a["date"]["value"] == "2024-07-16" for a in arts)
    assert arts[0]["adcode"].startswith("430723") and arts[1]["adcode"].startswith("430724")


OCR_COLUMN_RULE_PAGE = """川南晚报 2024年6月12日 星期三 A8 县域
|合江:老街巷整治
|让居民"走得舒心"
川南晚报 川南网 川南新闻记者 罗晓薇 通讯员 合宣
6月11日,记者走进合江县合江镇的几条老街巷,看到新铺的石板路平整干净。丨
今年,合江计划整治老街巷47条,涉及路面5.2万平方米。
|叙永:山城志愿服务
|"接力跑"
川南晚报 川南网 川南新闻记者 田一鸣 通讯员 杨钰桐
在叙永县叙永镇,身穿红马甲的志愿者每天都会出现在路口。丨
叙永县已组建志愿服务队13个,登记志愿者980名。
"""


def test_an_ocr_pages_column_rule_bars_leave_its_headlines_and_it_splits():
    arts = _arts(OCR_COLUMN_RULE_PAGE)
    assert len(arts) == 2
    assert "|" not in arts[0]["title"] and "丨" not in arts[0]["title"]
    assert arts[0]["title"].replace(" ", "").startswith("合江：老街巷整治让居民")
    assert arts[1]["title"].startswith("叙永：山城志愿服务")
    # the paper's own site and app before the role word are no names
    assert arts[0]["authors"] == ["罗晓薇"] and arts[1]["authors"] == ["田一鸣", "杨钰桐"]
    assert arts[0]["adcode"].startswith("510522") and arts[1]["adcode"].startswith("510524")
    assert {(13, "个"), (980, "名")} <= _values(arts[1])


CIRCLED_BRIEFS_PAGE = """遵义日报　2024年10月15日　第5版　县域传真
【县域传真】
①湄潭：茶乡“文明超市”开到村口
湄潭县在湄江街道及周边村建成“文明超市”26个，今年以来参与群众达1800人次。
通讯员 冯晓东　记者 王乌兰 报道
②凤冈：龙泉镇老旧小区换新颜
凤冈县今年对龙泉镇9个老旧小区实施改造，投入资金38.5万元。
记者 何那仁 报道
③余庆：白泥镇街巷“微整治”见实效
余庆县近期完成白泥镇7个街巷的“微整治”，硬化道路2.8公里。
通讯员 曾巴图　杨高娃 报道
"""


def test_a_briefs_circled_number_is_its_place_in_the_list_not_its_title():
    arts = _arts(CIRCLED_BRIEFS_PAGE)
    assert [a["title"] for a in arts] == ["湄潭：茶乡“文明超市”开到村口", "凤冈：龙泉镇老旧小区换新颜",
                                          "余庆：白泥镇街巷“微整治”见实效"]


SITE_META_AFTER_TITLE = """三明新闻网 | 首页 | 三明新闻 | 县域 | 三明日报
永安：笋竹之乡“长”出文明新风景
——永安市以竹产业助力文明城市创建
三明日报 2024-05-21 第A3版 本报记者 赖思敏 通讯员 邓承泽 文/图　点击：427
永安是闻名的“笋竹之乡”。今年以来，永安在燕西街道等城区道路两侧补种竹木2.4万株。
目前已有46个竹企和合作社参与“绿地认养”，城区新增“口袋竹园”11个。
【责任编辑：陈晓】
"""


def test_a_meta_line_under_the_title_gives_the_outlet_date_page_and_the_reporters():
    (art,) = _arts(SITE_META_AFTER_TITLE)
    assert art["title"] == "永安：笋竹之乡“长”出文明新风景"
    assert art["authors"] == ["赖思敏", "邓承泽"] and art["photographers"] == ["赖思敏", "邓承泽"]
    assert art["outlet"] == "三明日报" and art["newspaper_page"] == "第A3版"
    assert art["date"]["value"] == "2024-05-21"
    assert art["adcode"].startswith("350481")
    assert 427 not in {f["value"] for f in art["facts"]}


HK_SITE_PAGE = """香港01 > 中國 > 大灣區
台山廣海：海防古城的「文明新顏」
——僑鄉小城以創文帶動古城保育
發佈：2024-02-06 10:12
【記者 黃曉彤 江門報道】台山市廣海鎮的古城牆下，遊客拿著手機不停拍照。
近年當地結合創建文明城市，整治古城街巷15條，去年共接待研學團體2.6萬人次。
"""

HK_SITE_BYLINE_PAGE = """香港01 | 01觀點 > 中國
廣東台山：僑鄉古城「文明範兒」十足
撰文：伍振宇  發佈日期：2023/10/12 09:40
台山是著名僑鄉，今年以來，當地組織980名志願者在古城街區開展文明引導服務。
"""


def test_a_hong_kong_sites_breadcrumb_names_the_outlet_and_leaves_the_title():
    (art,) = _arts(HK_SITE_PAGE)
    assert art["title"] == "台山广海：海防古城的「文明新颜」"  # (read in simplified script)
    assert art["outlet"] == "香港01"
    assert art["authors"] == ["黄晓彤"]  # 【記者 … 江門報道】: 江门 is where she reported from
    assert art["adcode"].startswith("440781")


MIRROR_WITH_SCRIPT_SWITCH = """【簡】【繁】　四川新聞網 > 新聞頻道 > 地方 > 樂山
峨邊：彝家新寨的“文明新風”
來源：四川新聞網　時間：2024年08月05日 10:20
四川新聞網消息（記者 吉克阿呷）入夏以來，峨邊彝族自治縣沙坪鎮的新寨變了模樣。
今年，當地新建便民休閒點26個。
"""


def test_a_sites_script_switch_and_breadcrumb_are_no_part_of_the_title():
    (art,) = _arts(MIRROR_WITH_SCRIPT_SWITCH)
    assert art["title"] == "峨边：彝家新寨的“文明新风”"
    assert art["outlet"] == "四川新闻网"


def test_a_hong_kong_sites_zhuanwen_label_names_the_author():
    (art,) = _arts(HK_SITE_BYLINE_PAGE)
    assert art["title"] == "广东台山：侨乡古城「文明范儿」十足"
    assert art["authors"] == ["伍振宇"]
    assert art["date"]["value"] == "2023-10-12"


VIDEO_CREDIT_PAGE = """娄底晚报 2024年5月20日 A06 县市新闻
双峰：“楼道管家”管出新气象
文/视频 娄底晚报记者 彭沁 通讯员 朱珏
双峰县永丰街道的老旧小区里，“楼道管家”公示牌格外醒目。
去年以来，双峰选聘“楼道管家”135名，包干管理楼栋420栋。
"""


def test_a_credits_labels_joined_by_slashes_are_no_names():
    (art,) = _arts(VIDEO_CREDIT_PAGE)
    assert art["authors"] == ["彭沁", "朱珏"]


PROCURATORATE_PAGE = """四平市人民检察院
首页 > 检务公开 > 公益诉讼 > 正文
关于督促整治城区占道经营问题的诉前公告
发布时间：2024-06-11 09:30:12　　来源：第八检察部　　浏览次数：836
本院在履行公益诉讼检察职责中发现，我市部分街巷长期存在占道经营问题。
经调查，本院共排查街巷42条，发现问题点位97处。
"""

COURT_PAGE = """四平市中级人民法院
当前位置：首页 > 法院新闻 > 审判动态
四平中院发布文明城市创建典型案例
发布时间：2024-06-20 15:10　来源：研究室　阅读：1502
去年以来，全市两级法院共审结涉文明创建案件88件。
"""


def test_an_institutions_department_in_the_source_line_is_not_the_outlet():
    (notice,) = _arts(PROCURATORATE_PAGE)
    assert notice["outlet"] == "四平市人民检察院"
    (cases,) = _arts(COURT_PAGE)
    assert cases["outlet"] == "四平市中级人民法院"


RUMOUR_PAGE = """吉林四平发布　2024-07-02 19:15
关于网传“铁西区禁止夜市经营”的情况说明
近日，网络上流传一段时长约40秒的视频，称“铁西区全面取缔夜市”，引发部分网民关注。
经核实，今年以来，我区在城区设置便民疏导点12个，提供免费摊位430个。
"""


def test_a_clips_length_is_no_figure():
    (art,) = _arts(RUMOUR_PAGE)
    values = {f["value"] for f in art["facts"]}
    assert 40 not in values and {12, 430} <= values
