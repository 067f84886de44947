"""Shapes of pages that still failed in earlier blind sets (35, 47, 48, 62), read again in round
s17: a case collection's items under 案例一 / 案例二 with a table of contents above them; a story
plan's 选题一： before each headline and its 预计时长 beside the reporters; a writer's people in
brackets after the name; a Xinjiang prefecture by its first character and 州; a chronicle's
compiler in brackets under its title; a bulletin's items under its masthead and rule, one
signed by a town's writers; a forum post's lead-in before a headline; a post's items under
barred heads, cut apart by their own bylines; a notice's number after its title (and a guard:
a county and its town over a headline stay its first words, which the lead-in's rule first
broke). Every page
here was written for these tests, about places in Gansu, Inner Mongolia, Yunnan, Xinjiang,
Guangxi, Fujian, Henan, Qinghai and Jiangsu; every name is invented."""
from __future__ import annotations

from conftest import page_articles as _arts


CASE_COLLECTION = """甘肃省新时代文明实践典型案例选编（第三辑）
中共某某市委宣传部  某某市文明办
2021年12月

目  录
案例一　榆中县：“梨花课堂”开进果园 …………………… 3
案例二　永靖县：“积分银行”激活乡风 …………………… 7

- 3 -
案例一
榆中县：“梨花课堂”开进果园
【基本情况】榆中县在全县果园开设“梨花课堂”，今年共开课58期。
【主要做法】每月固定开展课堂活动，受益群众1.1万人次。

- 7 -
案例二
永靖县：“积分银行”激活乡风
【基本情况】永靖县在全县推行“积分银行”，已建成积分兑换点112个。
【取得成效】全县婚丧事宜平均花费下降约30%。
"""


def test_a_case_collections_numbered_cases_are_articles_under_their_own_headlines():
    arts = _arts(CASE_COLLECTION)
    assert [a["title"] for a in arts] == ["榆中县：“梨花课堂”开进果园", "永靖县：“积分银行”激活乡风"]
    assert [a["adcode"] for a in arts] == ["620123", "622923"]


STORY_PLAN = """某某广播电视台新闻中心  选题报送单
报送日期：2022年6月7日    报送部门：时政部

选题一：镶黄旗：“文明牧户”评比让草原更美
记者：包海英  呼斯楞  　　预计时长：2分30秒
内容提要：镶黄旗今年在全旗开展“文明牧户”评比，已评出星级文明牧户420户。

选题二：阿巴嘎旗：背街小巷整治见成效
记者：萨仁图雅　　预计时长：1分50秒
内容提要：阿巴嘎旗今年整治背街小巷17条，新装路灯330盏。
"""


def test_a_story_plans_numbered_items_lose_their_label_and_its_length_line_names_no_one():
    arts = _arts(STORY_PLAN)
    assert [a["title"] for a in arts] == ["镶黄旗：“文明牧户”评比让草原更美", "阿巴嘎旗：背街小巷整治见成效"]
    assert [a["authors"] for a in arts] == [["包海英", "呼斯楞"], ["萨仁图雅"]]


POEM_WITH_PEOPLE_NOTE = """大理文化  2021年第8期  诗歌

巍山古城（组诗）
□ 字春兰（彝族）

清晨的街
扫帚划过石板路
"""


def test_a_writers_people_in_brackets_after_the_name_is_no_part_of_the_name():
    (a,) = _arts(POEM_WITH_PEOPLE_NOTE)
    assert a["authors"] == ["字春兰"]


PREFECTURE_ABBREVIATED = """博州发布
2018-08-09 19:40

博州：文明创建“全域推进”

今年以来，全州共创建州级以上文明村镇86个、文明单位214个。
（博州融媒 记者 古丽娜尔·吐尔洪）
"""


def test_a_xinjiang_prefecture_named_by_its_first_character_and_zhou_is_that_prefecture():
    (a,) = _arts(PREFECTURE_ABBREVIATED)
    assert a["adcode"] == "652700"


CHRONICLE_WITH_COMPILER = """蒙山县人民政府门户网站
首页 > 政务公开

昭平县2021年创建全国文明城市大事记
（县创建办 编）

发布时间：2022-01-20

1月5日，县创建办召开年度工作部署会。
3月12日，全县开展“文明交通”集中整治，查处违法行为1260起。
"""


def test_a_chronicles_compiler_in_brackets_under_its_title_is_no_subtitle():
    (a,) = _arts(CHRONICLE_WITH_COMPILER)
    assert a["title"] == "昭平县2021年创建全国文明城市大事记"
    assert a["subtitle"] == ""


BULLETIN_UNDER_MASTHEAD = """仙游县创建全国文明城市
工 作 简 报
第 21 期

仙游县创建全国文明城市工作领导小组办公室          2016年11月2日
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

县领导督查创城重点项目推进情况

　　10月31日，县领导带队督查创城重点项目。今年我县列入创城重点的项目共32个，已完工24个。

榜头镇“好家风”主题活动走进千家万户

　　榜头镇以“好家风”为主题，开展家训征集活动，共征集家训家规1800余条。
　　　　　　　　　　　　　　　　　　　　　　　　（榜头镇 陈美玲 黄志远）

━━━━━━━━━━━━━━━━━━━━━━━━━━━━
抄送：县委、县人大、县政府、县政协领导          共印 80 份
"""


def test_a_bulletins_items_under_its_masthead_are_articles_and_a_town_signs_no_name():
    arts = _arts(BULLETIN_UNDER_MASTHEAD)
    assert [a["title"] for a in arts] == ["县领导督查创城重点项目推进情况", "榜头镇“好家风”主题活动走进千家万户"]
    assert arts[1]["authors"] == ["陈美玲", "黄志远"]
    assert all(a["outlet"] != "工作简报" for a in arts)
    assert all(a["date"]["value"] == "2016-11-02" for a in arts)


FORUM_LEAD_INS = """豆瓣小组 › 文明城市创建交流组

【资料帖】整理几篇各地创城的新闻，大家参考
楼主：山野闲人  2022-03-15 22:47:10  来自：河南

1楼
先贴一篇青海的：

海晏县：高原上的“文明实践列车”
来源：海晏县融媒体中心  作者：才让措 马永福  2022-03-10

海晏县组织文明实践宣讲小分队，全县建成新时代文明实践站（所）39个。

2楼
再来一篇我们河南的：

林州：“文明餐桌”行动走进百家饭店
来源：林州市融媒体中心  记者 邢丽华  2022-03-12

林州市启动“文明餐桌”行动，全市已有128家餐饮单位签订承诺书。
"""


def test_a_posters_lead_in_naming_a_province_is_no_part_of_the_headline_or_its_place():
    arts = _arts(FORUM_LEAD_INS)
    assert [a["title"] for a in arts] == ["海晏县：高原上的“文明实践列车”", "林州：“文明餐桌”行动走进百家饭店"]
    assert [a["adcode"] for a in arts] == ["632223", "410581"]


TOWN_LABEL_OVER_HEADLINE = """淮安日报  2021年4月22日  第3版

淮阴区渔沟镇：
“五老”宣讲队走村入户
　　本报讯（通讯员 朱曼丽）4月20日，渔沟镇“五老”宣讲队走进村组，今年已宣讲46场。
"""


def test_a_county_and_its_town_over_a_headline_are_its_first_words():
    (a,) = _arts(TOWN_LABEL_OVER_HEADLINE)
    assert a["title"] == "淮阴区渔沟镇：“五老”宣讲队走村入户"


BARRED_ITEMS = """塔城发布
2018-08-09 19:40

【创城进行时】全地区文明创建综述 / 额敏 / 托里

▍塔城：文明创建“全域推进”

今年以来，塔城市以创建全国文明城市为抓手，共创建文明村镇86个。
（塔城融媒 记者 古丽米拉·吐尔洪 李雪峰）

▍额敏县：口岸小城的“文明名片”

额敏县已在城区建成“司机之家”6个。
（通讯员 蒙克 巴图）
"""


def test_a_posts_items_under_barred_heads_keep_their_heads_as_titles():
    arts = _arts(BARRED_ITEMS)
    assert [a["title"] for a in arts] == ["塔城：文明创建“全域推进”", "额敏县：口岸小城的“文明名片”"]
    assert [a["authors"] for a in arts] == [["古丽米拉·吐尔洪", "李雪峰"], ["蒙克", "巴图"]]


NUMBERED_NOTICE = """无锡市梁溪区人民政府

梁溪区2021年度文明城市创建专项资金审计结果公告（2022年第4号）

发布时间：2022-09-27

　　根据审计法规定，区审计局对2021年度文明城市创建专项资金进行了审计，涉及资金1.2亿元。
"""


def test_a_notices_number_after_its_title_is_no_part_of_the_title():
    (a,) = _arts(NUMBERED_NOTICE)
    assert a["title"] == "梁溪区2021年度文明城市创建专项资金审计结果公告"
