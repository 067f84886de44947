"""Shapes of pages the pipeline had not seen (issue 14, seventh round): where a page comes from
told by its furniture, not its text. Every page here was written for these tests, about places
in Fujian, Liaoning, Hubei and Jilin (not the held-out pages' places)."""
from __future__ import annotations

from conftest import page_articles as _arts


POST_FROM_A_PROVINCE = """鼓楼区这条老巷子“活”了！周末去打卡
原创 小鼓 鼓楼融媒 2024-03-09 19:05 发表于福建

最近
鼓楼区三坊七巷旁的一条老巷子
完成了改造

据了解，鼓楼区今年已改造背街小巷26条，新增口袋公园9个。

来源：鼓楼区融媒体中心
编辑：林晓
"""

BREADCRUMB_COPY = """首页 > 辽宁 > 沈阳新闻

和平区新建社区食堂12家 老人就餐可享补贴

2024-05-21 10:32  来源：沈阳日报

和平区民政局介绍，今年和平区已新建社区食堂12家，每天服务老人约3000人次。

责任编辑：张宁
"""


def test_a_shared_district_name_takes_its_city_from_the_posts_furniture():
    (a,) = _arts(POST_FROM_A_PROVINCE)
    assert a["adcode"] == "350102"      # 福州市鼓楼区, not 南京, 徐州 or 开封
    (b,) = _arts(BREADCRUMB_COPY)
    assert b["adcode"] == "210102"      # 沈阳市和平区, not 天津
    assert {f["adcode"] for f in b["facts"]} == {"210102"}


def test_without_the_furniture_the_shared_name_stays_undecided():
    """The furniture only tells readings apart: with it gone nothing picks a city by chance."""
    bare = BREADCRUMB_COPY.replace("首页 > 辽宁 > 沈阳新闻", "").replace("来源：沈阳日报", "")
    (b,) = _arts(bare)
    assert b["adcode"] != "120101"
    assert b["adcode"] is None or not b["provenance"]["region"]["confident"]


PLACE_LABEL_OVER_TITLE = """黔南日报 | 2024年5月14日 | 星期二 | 第04版 | 县域

福泉：
古城墙下开出“周末集市”

撰文 / 融媒记者 罗文秀
摄影 / 融媒记者 杨  帆

福泉市在古城墙下开设“周末集市”，首批入驻摊位64个，其中本地农产品摊位占一半以上。
集市开市以来，累计接待市民游客2.3万人次。
"""


def test_a_places_label_over_the_title_is_its_first_words_and_names_its_place():
    # (the label over the headline was read as its kicker until 2026-11-30: later blind sets and
    # citations read it as the headline's first words)
    (a,) = _arts(PLACE_LABEL_OVER_TITLE)
    assert a["title"] == "福泉：古城墙下开出“周末集市”"
    assert not a["kicker"]
    assert a["adcode"] == "522702"                # 福泉市 (黔南州), named in the label as in a title
    assert a["authors"] == ["罗文秀"] and a["photographers"] == ["杨帆"]
    assert not any("摄影" in p["text"] for p in a["body"])


STACK_UNDER_A_LABEL = """铜仁日报  2024年3月21日  第03版：区县

---
松桃：
苗绣工坊开进易地搬迁社区
  两百多名绣娘在家门口就业

  本报讯  3月18日，松桃苗族自治县一处易地搬迁安置社区的苗绣工坊正式投产，首批吸纳绣娘216名。
"""


def test_a_label_after_a_rule_and_a_stack_under_it():
    (a,) = _arts(STACK_UNDER_A_LABEL)
    assert not a["kicker"]
    assert a["title"].startswith("松桃：苗绣工坊")
    assert a["adcode"] == "520628"


BRIEFS_UNDER_AN_ARTICLE = """梧州日报  2024年9月10日  第二版

藤县老街“微改造”完工
  本报讯 9月8日，藤县藤州镇老街微改造工程完工，改造沿街立面1.2万平方米。（通讯员 覃 秋 萍）

  [短讯]
  ●日前，市气象台发布秋季森林防火气象服务提示。
"""


def test_a_bullet_sentence_is_no_byline_and_the_byline_above_the_briefs_is_found():
    arts = _arts(BRIEFS_UNDER_AN_ARTICLE)
    assert arts[0]["authors"] == ["覃秋萍"]
    assert all("日前" not in a["authors"] for a in arts)


QUALIFIED_LABELS = """江西新闻网 > 地市 > 赣州

于都县新建城市书房8家

文章来源：赣南日报　　稿件作者：记者 刘 晓 敏　　发稿日期：2024-04-23　　浏览次数：512

于都县今年新建城市书房8家，全县城市书房总数达到23家。
"""


def test_labels_with_a_qualifier_are_meta_fields():
    (a,) = _arts(QUALIFIED_LABELS)
    assert a["subtitle"] == ""
    assert a["authors"] == ["刘晓敏"]
    assert a["date"]["value"] == "2024-04-23" and a["date"]["source"] == "printed"
    assert a["outlet"] == "赣南日报"


SET_IN_SUBTITLE_AND_SPACED_NAMES = """临沧日报  2024年10月15日  第03版：县区

沧源：
佤族木鼓声里的“文明新村”
    全县首批14个村寨通过验收

  记者 叶  娜  岩  温
  通讯员 李 晓 梅

  本报沧源讯  10月12日，沧源佤族自治县首批14个“文明新村”通过验收，每村配套建成文化广场1个。
"""


def test_a_set_in_subtitle_and_names_set_letter_spaced_under_a_label():
    (a,) = _arts(SET_IN_SUBTITLE_AND_SPACED_NAMES)
    assert (a["kicker"], a["title"]) == ("", "沧源：佤族木鼓声里的“文明新村”")
    assert a["subtitle"].lstrip("—") == "全县首批14个村寨通过验收"
    assert a["authors"] == ["叶娜", "岩温", "李晓梅"]
    assert a["adcode"] == "530927"


def test_names_letter_spaced_between_role_words_stay_apart_in_a_meta_line():
    page = QUALIFIED_LABELS.replace("记者 刘 晓 敏", "记者 卫  佳 通讯员 原  野")
    (a,) = _arts(page)
    assert a["authors"] == ["卫佳", "原野"]


STACK_OVER_A_DASHED_SUBTITLE = """六盘水日报
2024年6月11日  星期二  农历甲辰年五月初六
今日8版   第3版  城区

老旧小区换新颜 居民幸福再加码
“适老化改造”
走进百户人家
——钟山区推进老旧小区适老化改造

本报记者 罗 敏 文/图

　　走进钟山区荷城街道的一处老旧小区，楼道
里新装的扶手、坡道格外显眼。今年以来，钟山
区已为126户老年人家庭完成适老化改造，改造楼
道扶手3200米。
"""


def test_a_three_line_stack_over_its_dashed_subtitle_and_a_credit_after_the_names():
    (a,) = _arts(STACK_OVER_A_DASHED_SUBTITLE)
    assert a["kicker"] == "老旧小区换新颜 居民幸福再加码"
    assert a["title"].replace(" ", "") == "“适老化改造”走进百户人家"
    assert a["subtitle"].lstrip("—") == "钟山区推进老旧小区适老化改造"
    assert a["authors"] == ["罗敏"] and a["photographers"] == ["罗敏"]
    assert a["adcode"] == "520201"


BUTTONS_WITH_LETTERS = """荆楚网 > 地市 > 咸宁
赤壁古街夜市开张 首月客流超20万人次
2024-07-02 09:15:20   来源：咸宁日报
字号：T|T   打印   分享到：

荆楚网7月2日讯（记者 黄 敏）6月1日，赤壁市古街夜市开张，首月客流超过20万人次。
"""


def test_a_size_button_with_letters_is_furniture():
    (a,) = _arts(BUTTONS_WITH_LETTERS)
    assert a["title"] == "赤壁古街夜市开张 首月客流超20万人次"
    assert a["subtitle"] == ""
    assert not any("字号" in p["text"] for p in a["body"])


APP_COPY = """天山
打开天山客户端 看更多精彩

昌吉市：“共享菜园”让邻里更亲

2024-06-18 10:20
天山全媒体记者：阿依努尔·买买提  通讯员：陈小军

昌吉市延安北路街道把小区闲置空地改造成“共享菜园”，已认领菜畦126块。
"""


def test_an_apps_prompt_is_furniture_and_its_reporters_outlet_is_no_title():
    (a,) = _arts(APP_COPY)
    assert a["title"] == "昌吉市：“共享菜园”让邻里更亲"
    assert a["authors"] == ["阿依努尔·买买提", "陈小军"]
    assert a["outlet"] != "打开天山客户端"
    assert a["adcode"] == "652301"


POST_HEADLINE_UNDER_ITS_META = """原创 南湖发布 2024-09-12 18:30 浙江

“一米菜园”上新啦！南湖这些小区变样了

📍东栅街道
📍新兴街道
最近，走在南湖的老小区里
你会发现
不少空地“变绿”了

今年，南湖区共改造小区公共空间46处
"""


def test_a_posts_headline_under_its_opening_meta_line():
    (a,) = _arts(POST_HEADLINE_UNDER_ITS_META)
    assert a["title"] == "“一米菜园”上新啦！南湖这些小区变样了"
    assert a["adcode"] == "330402"


TWO_OUTLETS_AND_A_NEWS_WORD = """东南网  首页>>福建新闻>>地市新闻

三明市三元区：老旧厂房变身“文创街区”

2024-03-11 09:05:33   东南网、东南网客户端讯

据三明日报消息（记者 罗 丽）三元区把闲置的老旧厂房改造成文创街区，已引入商户58家。
"""


def test_a_date_with_two_outlets_and_the_word_of_a_dateline_is_a_meta_line():
    (a,) = _arts(TWO_OUTLETS_AND_A_NEWS_WORD)
    assert a["subtitle"] == ""
    assert a["date"] == {**a["date"], "value": "2024-03-11", "source": "printed"}
    assert a["outlet"] == "东南网"


QUESTION_AND_EXCLAMATION_TITLES = """赣州日报
GANZHOU DAILY
2024年4月9日    星期二          03 区县

老街的“烟火气”怎么留？
章贡区探索“街坊议事会”治理模式

    章贡区在老城区推行“街坊议事会”，已成立议事会26个，收集居民意见1300余条。
    （记者 钟 敏 通讯员 谢 芳）

南康家具城“夜市”开张啦！
    本报讯 4月6日，南康区家具城夜市开张，首批入驻摊位120个。
    （刘晓峰）
"""


def test_a_question_and_an_exclamation_are_titles_and_a_bare_page_number_is_the_page():
    a, b = _arts(QUESTION_AND_EXCLAMATION_TITLES)
    assert (a["title"], a["subtitle"].lstrip("—")) == ("老街的“烟火气”怎么留？", "章贡区探索“街坊议事会”治理模式")
    assert a["authors"] == ["钟敏", "谢芳"] and a["adcode"] == "360702"
    assert b["title"] == "南康家具城“夜市”开张啦！" and b["authors"] == ["刘晓峰"] and b["adcode"] == "360703"
    assert (a["outlet"], a["newspaper_page"], a["date"]["value"]) == ("赣州日报", "03", "2024-04-09")


TITLE_AND_BYLINE_SET_WITH_WIDE_SPACES = """忻州日报
2024年8月20日   星期二   第 2 版   县域

古城“微改造”  街巷添新韵
本报记者 杜文斌  通讯员 王 娟

今年以来，代县把古城街巷微改造作为创建省级文明县城的重要抓
手，完成改造街巷17条。

五台“山货”搭上直播快车
本报讯(记者 高 峰) 五台县今年培训农民主播230名，带动山货销售
1.6亿元。
"""


def test_a_title_and_a_byline_set_with_wide_spaces_are_no_table():
    a, b = _arts(TITLE_AND_BYLINE_SET_WITH_WIDE_SPACES)
    assert a["title"].split() == ["古城“微改造”", "街巷添新韵"]
    assert a["authors"] == ["杜文斌", "王娟"] and a["adcode"] == "140923"
    assert b["title"] == "五台“山货”搭上直播快车" and b["adcode"] == "140922"


COMMENT_TITLE_UNDER_ITS_BYLINE = """玉溪日报   YUXI DAILY
2024年9月3日  星期二   第2版   综合

红塔区“口袋公园”开到家门口
记者 李 晶  报道

    本报讯 红塔区今年新建口袋公园23个，新增绿地4.6万平方米。

【聂耳时评】
□ 段晓春
小公园里的大民生
    口袋公园虽小，却连着群众的幸福感。
"""


def test_a_comments_title_under_its_label_and_byline():
    a, b = _arts(COMMENT_TITLE_UNDER_ITS_BYLINE)
    assert a["title"] == "红塔区“口袋公园”开到家门口" and a["authors"] == ["李晶"]
    assert (b["title"], b["kicker"], b["authors"]) == ("小公园里的大民生", "【聂耳时评】", ["段晓春"])


BRIEFS_UNDER_A_MARKED_LABEL = """通辽日报    2024年5月9日  星期四
第3版  旗县新闻

■ 简 讯

科尔沁区启动“文明交通”劝导月
    5月6日，科尔沁区组织志愿者360名在主要路口开展文明交通劝导。(包 丽)

开鲁县新建村级文化广场
    今年以来，开鲁县新建村级文化广场18个。（通讯员 刘 明）
"""


def test_a_brief_columns_label_after_a_mark_is_no_byline():
    a, b = _arts(BRIEFS_UNDER_A_MARKED_LABEL)
    assert (a["title"], a["authors"]) == ("科尔沁区启动“文明交通”劝导月", ["包丽"])
    assert (b["title"], b["authors"]) == ("开鲁县新建村级文化广场", ["刘明"])
    assert "简讯" not in a["authors"] + b["authors"]


QUOTED_TITLE_OVER_ITS_SUBTITLE = """白山日报    2023.09.12    星期二
第03版  县区

“小积分”兑出“大文明”
浑江区以积分超市激发居民参与创城热情

文/本报记者 孙 莉   图/本报记者 周 强

浑江区在全区52个社区开设“积分超市”，居民参与志愿服务可兑换生活用品。
"""


def test_a_title_of_quotes_stays_apart_from_the_line_under_it():
    (a,) = _arts(QUOTED_TITLE_OVER_ITS_SUBTITLE)
    assert (a["title"], a["subtitle"].lstrip("—")) == ("“小积分”兑出“大文明”", "浑江区以积分超市激发居民参与创城热情")
    assert a["authors"] == ["孙莉"] and a["photographers"] == ["周强"]


LABEL_OF_AN_EVERYDAY_NAME = """阳泉新闻网 > 县区

城区：背街小巷“微改造”让老街焕新

2024-09-05 09:12   来源：阳泉日报

今年，城区完成背街小巷微改造41条，新增停车泊位1300个。
城区住建局介绍，明年还将改造背街小巷35条。
"""

OLD_TOWN_AS_A_WORD = """大理日报  2024年5月7日  第3版

千年古街“微改造”留住老味道
　　本报巍山讯 漫步古城，石板路干净整洁。去年以来，巍山对古城区内
46处历史建筑实施“微改造”，修缮古城区店招210块。今年一季度，古城区接待游客28.6万人次。
巍山县文旅局有关负责人介绍，下一步将引入非遗工坊。
"""


def test_a_title_label_names_its_division_when_its_city_is_on_the_page():
    (a,) = _arts(LABEL_OF_AN_EVERYDAY_NAME)
    assert a["adcode"] == "140302"              # 阳泉市城区, not 晋城's or 汕尾's


def test_an_old_town_is_no_district_of_a_city_the_page_never_names():
    (a,) = _arts(OLD_TOWN_AS_A_WORD)
    assert a["adcode"] == "532927"              # 巍山彝族回族自治县, not 丽江市古城区
    assert "530702" not in {f["adcode"] for f in a["facts"]}


POST_ONE_CLAUSE_A_LINE_WITHOUT_MARKS = """景洪发布
2024-05-20 20:15 云南

景洪这座公园火了

游客多了
怎样做到“人多不乱”？

景洪组建公园文明劝导队18支
在湖边、广场等地
设立志愿服务岗

问卷调查显示
游客对文明旅游行为的知晓率达到93%

“现在大家都自觉了。”志愿者玉香说。
"""


def test_figures_in_a_posts_lines_set_as_headings_are_facts():
    (a,) = _arts(POST_ONE_CLAUSE_A_LINE_WITHOUT_MARKS)
    got = {(f["value"], f["unit"]) for f in a["facts"]}
    assert {(18, "支"), (93, "%")} <= got


LEAD_BYLINE_WITHOUT_ITS_COLON = """大公網 > 內地 > 正文

桂林秀峰區：老街「微改造」留住鄉愁

2023年10月8日（星期日）

【大公報訊】記者 梁嘉欣 桂林報道　在廣西桂林，秀峰區的老街近來換了新顏。秀峰區今年共改造老街巷21條。
"""

SITE_AND_PAPER_IN_ONE_SOURCE = """中国甘肃网 > 地方 > 张掖

甘州区“口袋公园”开到家门口

2024-06-20 11:02:43  来源：中国甘肃网-甘肃日报

中国甘肃网讯（记者 马 骏）甘州区今年新建口袋公园16个。
"""


def test_a_lead_byline_whose_colon_was_a_space():
    (a,) = _arts(LEAD_BYLINE_WITHOUT_ITS_COLON)
    assert a["authors"] == ["梁嘉欣"]            # 桂林 is where it was reported from
    assert a["adcode"] == "450302"


def test_a_source_naming_the_site_and_the_paper():
    (a,) = _arts(SITE_AND_PAPER_IN_ONE_SOURCE)
    assert a["outlet"] in ("中国甘肃网", "甘肃日报")
    assert a["authors"] == ["马骏"]


POST_CREDITS_WITH_BARS = """今日高台
2024-04-16 18:20 甘肃

高台县：订单农业让菜农吃下“定心丸”

高台县今年发展订单蔬菜3.2万亩，线上订单已超过8000单。

记者丨王晓东 李  燕
摄像丨马  腾
编辑丨赵  琳
"""


def test_credits_set_with_a_bar_and_orders_counted_in_dan():
    (a,) = _arts(POST_CREDITS_WITH_BARS)
    assert a["authors"] == ["王晓东", "李燕"] and a["photographers"] == ["马腾"]
    assert (8000, "单") in {(f["value"], f["unit"]) for f in a["facts"]}


def test_a_reporting_word_after_the_names_is_no_name():
    page = TWO_OUTLETS_AND_A_NEWS_WORD.replace("据三明日报消息（记者 罗 丽）", "").replace(
        "东南网、东南网客户端讯", "来源：三明日报  作者：记者 罗  丽 摄影报道")
    (a,) = _arts(page)
    assert a["authors"] == ["罗丽"]


LEAD_FIRST_LINE_AND_A_ROLE_BYLINE = """儋州日报　2024年5月14日　星期二　第02版：要闻

那大镇老街“微改造”完工
本报通讯员 符小峰　王敏
本报那大5月13日讯（记者  陈  晓  通讯员  符明）记者从儋州市
获悉，那大镇老街微改造工程日前完工，改造沿街立面1.6万平方米。
"""


def test_a_leads_first_line_is_no_title_and_a_role_byline_stays_apart():
    (a,) = _arts(LEAD_FIRST_LINE_AND_A_ROLE_BYLINE)
    assert a["title"] == "那大镇老街“微改造”完工" and a["subtitle"] == ""
    assert a["authors"][:2] == ["符小峰", "王敏"]
    assert a["body"][0]["text"].startswith("本报那大5月13日讯") and "获悉" in a["body"][0]["text"]


TAIWAN_PAPER = """台東日報
中華民國113年5月9日 星期四
A3 地方新聞

臺東市「綠色商圈」上路 店家減塑有成

記者陳怡君／臺東報導

  臺東市公所八日宣布「綠色商圈」正式上路，首批參與店家共86家，志工平均年齡雖然超過60歲，仍天天上街宣導。
"""


def test_a_taiwan_papers_calendar_date_and_its_byline_with_the_place_reported_from():
    (a,) = _arts(TAIWAN_PAPER)
    assert a["date"]["value"] == "2024-05-09" and a["date"]["source"] == "printed"
    assert a["authors"] == ["陈怡君"]              # 臺東報導: where it was reported from
    assert all(f["unit"] != "岁" for f in a["facts"])  # an average age of volunteers is no figure


CLIP_OF_A_COUNTY_CITY_NAMED_SHORT = """古城保护与文明创建同频共振：

原平老街里的“文明管家”

通讯员 郭建国 王 晓丽

清晨，原平老街上，“文明管家”已经开始巡街。去年以来，原平在老街设立“文明管家”服务队12支。
今年“五一”假期，原平老街日均接待游客1.2万人次。
"""


def test_a_county_citys_short_name_that_is_also_a_word_counts_when_title_and_text_repeat_it():
    (a,) = _arts(CLIP_OF_A_COUNTY_CITY_NAMED_SHORT)
    assert a["adcode"] == "140981"                # 原平市 (忻州), its city never named
    assert a["authors"] == ["郭建国", "王晓丽"]      # 王 晓丽: a surname set apart from its given name


HONG_KONG_PAPER_ON_A_DISTRICT = """文匯報 WEN WEI PO
2023年12月18日 星期一  癸卯年十一月初六
A12 大灣區

中山石岐老街變身「文化街區」

文匯報記者 李嘉怡 中山報道

  走進中山市石岐區的孫文西路，騎樓下的老字號重新開張。今年石岐區共修繕騎樓86棟。
"""


def test_a_papers_name_before_the_role_is_no_author_and_a_lunar_date_without_its_word():
    (a,) = _arts(HONG_KONG_PAPER_ON_A_DISTRICT)
    assert a["authors"] == ["李嘉怡"]
    assert a["date"]["value"] == "2023-12-18"
    assert not any("癸卯" in p["text"] for p in a["body"])


A_DISTRICT_NAMED_SHORT_AFTER_ITS_CITY = """包头青山这些“口袋公园”，美翻了！

原创 包头青山 包头青山 2024-04-02 19:30 内蒙古

今年以来，青山新建改建口袋公园14座，总面积约3.2万平方米。
"""


def test_a_short_name_that_is_a_word_counts_right_after_its_city():
    (a,) = _arts(A_DISTRICT_NAMED_SHORT_AFTER_ITS_CITY)
    assert a["adcode"] == "150204"                # 包头市青山区, not 武汉's


LABEL_ENDING_IN_A_DASH = """光明日报

2024年6月5日 星期三
第 07 版 地方
本版责编：周 明 林 芳

贵州雷山县——
苗寨新风入万家

本报记者  杨 帆  吴雪梅

  初夏时节，雷山县西江镇的街头，苗家吊脚楼错落有致。今年全县评出“文明家庭”260户。
"""


def test_a_places_label_ending_in_a_dash_is_the_kicker():
    (a,) = _arts(LABEL_ENDING_IN_A_DASH)
    assert (a["title"], a["kicker"]) == ("苗寨新风入万家", "贵州雷山县——")
    assert a["adcode"] == "522634"
    assert a["editors"] == ["周明", "林芳"]        # four characters set letter-spaced: two names


FLUSH_TITLES_OVER_INDENTED_TEXT = """宝鸡日报 2024.03.14 星期四
第6版·区县新闻
金台区“门前三包”实行积分管理
五星商户享受“免检”待遇
  “这个月我们店又拿了满分。”3月12日，在金台区经营一家面馆的店主说。
  目前，金台区已将沿街商户3620户纳入积分管理。
（见习记者 韩 雪）
＊＊＊
渭滨区：一年建成9处“口袋公园”
  走进渭滨区新落成的“书香园”，青石小径两旁种满了月季。
  渭滨区今年建成口袋公园9处。
"""


def test_flush_lines_over_a_page_of_indented_paragraphs_are_headings():
    a, b = _arts(FLUSH_TITLES_OVER_INDENTED_TEXT)
    assert a["title"] == "金台区“门前三包”实行积分管理"
    assert not a["body"][0]["text"].startswith("金台区“门前三包”")
    assert b["title"] == "渭滨区：一年建成9处“口袋公园”" and b["adcode"] == "610302"


PAGE_OF_PICTURE_STORIES = """黄山日报
2024年5月20日 星期一
第4版 图片新闻

屯溪：老街夜市迎客忙
5月18日晚，屯溪老街上灯火通明，游客在夜市品尝徽州小吃。今年以来，老街已接待游客120万人次。
本报记者 汪 洋 摄

黟县：古村落里的“文明岗”
在宏村景区入口，志愿者向游客发放文明旅游提示卡。目前，黟县共设立文明劝导岗36个。
通讯员 程晓红 摄
"""


def test_each_picture_story_on_a_page_of_them_is_an_article():
    a, b = _arts(PAGE_OF_PICTURE_STORIES)
    assert (a["title"], a["photographers"], a["authors"]) == ("屯溪：老街夜市迎客忙", ["汪洋"], [])
    assert (b["title"], b["photographers"]) == ("黟县：古村落里的“文明岗”", ["程晓红"])
    assert (a["adcode"], b["adcode"]) == ("341002", "341023")


REPORT_AND_AN_INITIATIVE = """温州日报
2023年10月24日 星期二
第7版 区县（市）新闻

鹿城启动“文明好习惯养成”行动
记者 林 若 溪

  日前，鹿城区启动“文明好习惯养成”行动，计划培育文明示范楼道500个。

倡  议  书

全区广大市民朋友：

  文明是一座城市的气质。我们向全区市民发出如下倡议：做文明出行的践行者。

温州市鹿城区精神文明建设指导委员会办公室
2023年10月20日
"""

MASTHEAD_LINE_BY_LINE = """衡水日报
2023年12月12日 星期二
05 区县·数说

数说桃城：创城这一年

  今年，桃城区新增口袋公园12个。
"""


def test_an_initiative_after_a_report_is_a_document_of_its_own_and_a_page_name_with_brackets():
    a, b = _arts(REPORT_AND_AN_INITIATIVE)
    assert (a["title"], b["title"]) == ("鹿城启动“文明好习惯养成”行动", "倡议书")
    assert b["authors"] == [] and a["authors"] == ["林若溪"]
    assert a["newspaper_page"] == "第7版"


def test_a_zero_padded_page_number_opening_a_line_of_the_masthead():
    (a,) = _arts(MASTHEAD_LINE_BY_LINE)
    assert (a["newspaper_page"], a["date"]["value"]) == ("05", "2023-12-12")


def test_a_share_button_over_the_editor_is_furniture_not_a_kicker():
    page = BUTTONS_WITH_LETTERS + "【字体：大 中 小】\n分享到：\n责任编辑：蒋哲\n"
    (a,) = _arts(page)
    assert not any("分享" in p["text"] for p in a["body"]) and a["editors"] == ["蒋哲"]


def test_a_reporter_who_reported_with_pictures_in_a_meta_line_is_a_photographer_too():
    page = TWO_OUTLETS_AND_A_NEWS_WORD.replace("据三明日报消息（记者 罗 丽）", "").replace(
        "东南网、东南网客户端讯", "来源：三明日报  作者：记者 罗  丽 摄影报道")
    (a,) = _arts(page)
    assert a["authors"] == ["罗丽"] and a["photographers"] == ["罗丽"]
