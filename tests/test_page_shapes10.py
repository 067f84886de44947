"""Shapes of pages the pipeline had not seen (issue 14, tenth round: the failure kinds of
held-out sets 14 and 15). Every page here was written for these tests, about places in
Gansu, Shanxi, Guangxi, Jilin, Hunan and Sichuan (not the held-out pages' places)."""
from __future__ import annotations

from conftest import page_articles as _arts


TWO_LINE_TITLE_NO_BYLINE = """天水日报 数字报
2023年5月12日　星期五　第3版　县区视点
麦积：“积分超市”
兑出乡村好风气
　　走进麦积区甘泉镇的
“积分超市”，货架上摆满
了洗衣粉、毛巾和食用油。
村民拿着积分卡就能兑换。
　　今年以来，全区已建成
“积分超市”126个，累计兑
换物品4.2万件。
（记者 何玉兰 赵国栋）
"""


def test_a_place_and_its_thing_over_a_verb_line_is_one_title_without_a_byline_above():
    (a,) = _arts(TWO_LINE_TITLE_NO_BYLINE)
    assert a["title"] == "麦积：“积分超市”兑出乡村好风气"
    assert not any("兑出乡村好风气" == p["text"] for p in a["body"])
    assert a["authors"] == ["何玉兰", "赵国栋"]


COLUMN_LINE_OVER_TITLE = """晋城日报　第2版　2024年3月7日

巩固文明城市成果·创建进行时
背街小巷 “微改造”见成效
——城区今年改造老旧街巷纪实
记者 牛建平 张晓慧
　　近日，在城区西街街
道的一条小巷里，新铺的
石板路平整干净。今年以
来，城区共改造背街小巷
58条，新增路灯420盏。
"""


def test_a_column_name_after_its_campaign_stays_the_kicker_in_a_narrow_column():
    (a,) = _arts(COLUMN_LINE_OVER_TITLE)
    assert a["title"].replace(" ", "") == "背街小巷“微改造”见成效"
    assert a["kicker"] == "巩固文明城市成果·创建进行时"
    assert a["authors"] == ["牛建平", "张晓慧"]


BANNER_SHORT_NAME = """兴安日报 2024年6月18日 第2版
科右前旗：牧区“文明积分”兑出好家风
本报讯（记者 乌云其其格）6月14日，科右前旗乌兰毛都苏木的牧民们拿着积分卡来到“文明超市”。
今年以来，科右前旗在全旗推行“文明积分”制度，已有6200户牧户参与，兑换物品1.1万件。
"""


def test_a_banner_named_by_its_everyday_short_name_is_that_banner():
    (a,) = _arts(BANNER_SHORT_NAME)
    assert a["adcode"] == "152221"  # 科尔沁右翼前旗, not 兴安盟
    assert {f["value"] for f in a["facts"] if f.get("adcode") == "152221"} >= {6200, 11000}


PLACE_TABS_PAGE = """荆州日报
2023年4月11日　星期二
第4版　县市传真
■洪湖
“渔家乐”里讲文明
记者 聂红梅 通讯员 万小军
今年以来，洪湖市在沿湖12个村开展“文明渔家乐”评选，已有86家农家乐挂牌。游客投诉量同比下降了三成。
■石首
菜市场“变身”记
石首市今年改造农贸市场9个，新增便民摊位430个。市民周阿姨说，买菜再也不用踩泥水了。（通讯员 卢静 石宣）
■公安县
夜市摊位“入格”经营
文/邓丽华
公安县在县城划定夜市经营区3处，规范摊位520个，城区占道经营问题基本清零。
"""


def test_a_mark_and_a_place_over_a_headline_is_the_item_place_tab_not_a_byline():
    arts = _arts(PLACE_TABS_PAGE)
    assert [a["title"] for a in arts] == ["“渔家乐”里讲文明", "菜市场“变身”记", "夜市摊位“入格”经营"]
    assert [a["adcode"] for a in arts] == ["421083", "421081", "421022"]
    assert arts[0]["authors"] == ["聂红梅", "万小军"]
    assert arts[1]["authors"] == ["卢静"]  # 石宣: the city's publicity office, a source
    assert arts[2]["authors"] == ["邓丽华"]


MARKDOWN_CONVERSION = """# 拉萨日报

2024年9月5日 星期四 第3版 城事

## 城关区：八廓街“门前三包”见实效

**本报记者 次仁央宗**

今年以来，城关区在八廓街推行商户“门前三包”责任制，已有620家商户签订责任书。

## 堆龙德庆区：文明实践站开到村口

**本报记者 格桑 实习生 王悦**

堆龙德庆区今年新建村级文明实践站18个，开展志愿服务活动430场。
"""


def test_a_markdown_conversion_with_bold_bylines_gives_each_article_its_authors():
    arts = _arts(MARKDOWN_CONVERSION)
    assert [a["title"] for a in arts] == ["城关区：八廓街“门前三包”见实效", "堆龙德庆区：文明实践站开到村口"]
    assert [a["authors"] for a in arts] == [["次仁央宗"], ["格桑", "王悦"]]
    assert [a["adcode"] for a in arts] == ["540102", "540103"]
    assert all(not a["subtitle"] for a in arts)
    assert not any("*" in p["text"] for a in arts for p in a["body"])


TAIWAN_PAPER_BRACKET_BYLINE = """聯合報　2024年5月8日　星期三　A9　兩岸
安吉「竹鄉」拚文明　村村有了志工站
【聯合報記者陳怡君／綜合報導】
浙江安吉近年力推「全國文明城市」創建，從垃圾分類到交通秩序全面整頓。安吉官方表示，全縣已建成志願服務站212處，註冊志願者超過4.1萬人。
一名來自高雄的遊客表示，「竹林步道很乾淨，路邊也有人指路」。
"""


def test_a_taiwan_paper_bracketed_byline_and_a_county_named_after_its_province():
    (a,) = _arts(TAIWAN_PAPER_BRACKET_BYLINE)
    assert a["title"].replace("\u3000", " ") == "安吉「竹乡」拼文明 村村有了志工站"
    assert a["authors"] == ["陈怡君"]
    assert a["adcode"] == "330523"  # 安吉县, named after 浙江 (浙江安吉), not the province
    assert {212, 41000} <= {f["value"] for f in a["facts"] if f.get("adcode") == "330523"}


OFFICE_BETWEEN_NAMES = """邵阳日报
2023年10月12日 星期四
第6版·县域经济
“门前三包”包出“街巷新颜”
武冈市推行商户责任制纪实
记者 唐晓辉 武冈市融媒体中心 曾丽
走进武冈市迎春亭街道
的老街，青石板路干干净
净，商户门前不见杂物。
今年以来，武冈市与沿街
商户签订“门前三包”责任
书3200份，整改问题460处。
"""


def test_an_office_between_two_names_in_a_byline_is_the_second_name_role():
    (a,) = _arts(OFFICE_BETWEEN_NAMES)
    assert a["authors"] == ["唐晓辉", "曾丽"]
    assert a["title"] == "“门前三包”包出“街巷新颜”"
    assert a["subtitle"] == "武冈市推行商户责任制纪实"
    assert a["adcode"] == "430581"
    assert not a["body"][0]["text"].startswith("记者")


LAYOUT_TITLE_ENDING_IN_QUOTE = """本溪日报                         2024年6月20日  星期四                         A3  县区新闻


                  桓仁县：山城小巷的“文明新装”


                                   本报记者  孙晓光  通讯员  林雪


      6月18日清晨，桓仁县八里甸子镇的老街上，环卫工人刚刚清扫完路面，几名身穿红
  马甲的志愿者正在劝导商户规范摆放。

      今年以来，桓仁县改造背街小巷42条，新增垃圾分类投放点310个，老街面貌焕然
  一新。


                                                               （编辑  周雅）
"""


def test_a_centred_title_ending_in_a_closing_quote_is_the_title_and_the_bracketed_editor_no_author():
    (a,) = _arts(LAYOUT_TITLE_ENDING_IN_QUOTE)
    assert a["title"] == "桓仁县：山城小巷的“文明新装”"
    assert a["authors"] == ["孙晓光", "林雪"]
    assert "周雅" in a["editors"] and "周雅" not in a["authors"]
    assert a["adcode"] == "210522"


ADDRESS_AND_DATE_UNDER_TITLE = """大公網
首頁　內地　香港　評論
赤水：“丹霞小城”擦亮文明名片
http://www.takungpao.com　2023-05-16 08:20:11
大公報記者貴陽報道：走進貴州赤水市，街巷整潔，遊客如織。赤水市近年累計改造老舊街巷41條，新增公共停車位2300個。
"""


def test_a_web_address_and_the_date_after_it_on_one_line_give_the_printed_date():
    (a,) = _arts(ADDRESS_AND_DATE_UNDER_TITLE)
    assert a["date"]["value"] == "2023-05-16" and a["date"]["source"] == "printed"
    assert a["title"] == "赤水：“丹霞小城”擦亮文明名片"
    assert a["adcode"] == "520381"


PHOTO_REPORT_BYLINE = """日喀则日报　第3版　2024年8月2日
江孜：古城老街换新颜
本报记者 边巴次仁 拉巴卓玛 摄影报道
今年以来，江孜县改造古城老街3条，新建公厕12座。
"""


def test_a_byline_ending_in_photo_report_credits_its_names_with_words_and_pictures():
    (a,) = _arts(PHOTO_REPORT_BYLINE)
    assert a["authors"] == ["边巴次仁", "拉巴卓玛"]
    assert a["photographers"] == ["边巴次仁", "拉巴卓玛"]


HONG_KONG_DATELINE_BYLINE_LINE = """大公報 > 內地 > 2022年9月6日 星期二
蘇州吳江古鎮「創文」　老街重現水鄉風貌
【星島專訊】記者 何穎欣 蘇州報道
江蘇蘇州市吳江區近年推動創建全國文明城區，區內同里古鎮共整治河道52條，新增公廁21座。
"""


def test_a_hong_kong_papers_dateline_and_byline_alone_on_a_line_is_the_byline():
    (a,) = _arts(HONG_KONG_DATELINE_BYLINE_LINE)
    assert a["title"].replace(" ", "") == "苏州吴江古镇「创文」老街重现水乡风貌"
    assert a["authors"] == ["何颖欣"]
    assert a["adcode"] == "320509"


MARKED_MASTHEAD_AND_SHOULDER = """■黔东南日报
■2023年05月10日
■第03版：县市新闻

以打造文明旅游目的地为抓手
雷山：苗寨古村迎客来

雷山县融媒体中心记者 杨秀梅

今年以来，雷山县改造苗寨步道23公里，新建旅游厕所41座，游客满意度达到96.5%。
"""


def test_a_masthead_set_after_marks_and_a_title_under_its_shoulder_line():
    (a,) = _arts(MARKED_MASTHEAD_AND_SHOULDER)
    assert a["outlet"] == "黔东南日报"
    assert a["date"]["value"] == "2023-05-10" and a["newspaper_page"] == "第03版"
    assert a["title"] == "雷山：苗寨古村迎客来"
    assert a["kicker"] == "以打造文明旅游目的地为抓手" and not a["subtitle"]
    assert a["authors"] == ["杨秀梅"]


EDITION_WORD_BEFORE_DATE = """今日永康
数字报 | 2022-04-13 星期三
第2版 城市
“门前三包”扮靓老街
本报记者 胡晓燕
今年以来，永康市在老城区推行“门前三包”，签约商户1800家。
"""


def test_an_edition_word_before_the_date_is_no_outlet_and_a_today_paper_is_no_office():
    (a,) = _arts(EDITION_WORD_BEFORE_DATE)
    assert a["outlet"] == "今日永康"
    assert a["date"]["value"] == "2022-04-13"


RUNNING_HEAD_AND_TITLE_OVER_DATELINE = """甘南日报·A2·州内新闻
2019年10月15日

合作市：牧区小镇“洗脸”又“梳头”
本报合作讯（记者 杨晓燕
实习生 才让卓玛）10月12
日，记者在合作市那吾镇
看到，新铺的街道平整干
净。今年以来，合作市共
整治背街小巷36条，新建
公厕14座。
"""


def test_a_running_head_of_outlet_page_and_section_and_a_title_right_over_a_dateline_in_a_narrow_column():
    (a,) = _arts(RUNNING_HEAD_AND_TITLE_OVER_DATELINE)
    assert a["outlet"] == "甘南日报" and a["newspaper_page"] == "A2"
    assert a["title"] == "合作市：牧区小镇“洗脸”又“梳头”"
    assert a["authors"] == ["杨晓燕", "才让卓玛"]
    assert a["adcode"] == "623001"


MEDIA_CENTRE_CLOSING_BYLINE = """常德日报 2022年5月6日 第3版
石门：农贸市场换新颜
本报讯 石门县近日完成县城2个农贸市场的提升改造，新增摊位260个。市场日均客流量达到1.2万人次。（石门县融媒体中心　覃丽）
"""


def test_a_closing_byline_naming_the_media_centre_before_the_reporter_credits_the_reporter():
    (a,) = _arts(MEDIA_CENTRE_CLOSING_BYLINE)
    assert a["authors"] == ["覃丽"]


AGENCY_SPECIAL_DISPATCH = """兩岸
福州鼓樓推文明城區　台青當志工
2023/10/9 14:20
（中央社記者王思涵福州8日專電）中國大陸福建省福州市鼓樓區近來推動文明城區建設，區內設有台胞志願服務站5個。
"""


def test_an_agency_special_dispatch_names_its_reporter():
    (a,) = _arts(AGENCY_SPECIAL_DISPATCH)
    assert a["authors"] == ["王思涵"]
    assert a["adcode"] == "350102"


ONE_LINE_MARKED_MASTHEAD = """■宣城日报　■2023年9月14日　■第02版：县区

以创建全国文明城市为抓手

# 绩溪：徽州古城展新颜

本报记者 胡晓雯　绩溪县融媒体中心 程海涛

今年以来，绩溪县改造背街小巷31条，新增公共停车位900个。

# 泾县：“积分超市”进村来

本报讯（通讯员 汪丽萍）

近日，泾县桃花潭镇的“积分超市”开张，全县已建成“积分超市”86个。
"""


def test_a_masthead_on_one_line_with_a_mark_before_each_field_over_two_articles():
    arts = _arts(ONE_LINE_MARKED_MASTHEAD)
    assert [a["title"] for a in arts] == ["绩溪：徽州古城展新颜", "泾县：“积分超市”进村来"]
    assert all(a["outlet"] == "宣城日报" and a["date"]["value"] == "2023-09-14" for a in arts)
    assert arts[0]["kicker"] == "以创建全国文明城市为抓手"
    assert arts[0]["authors"] == ["胡晓雯", "程海涛"]
