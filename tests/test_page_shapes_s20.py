"""Shapes of pages found failing in round s20: the weak pages of the blind sets 86-91. Every page
here was written for these tests; every name is invented."""
from __future__ import annotations

from conftest import page_articles as _arts


def _values(a: dict) -> set:
    return {f["value"] for f in a["facts"]}


BATTLE_REPORT = """创城周报｜第12期：本周全旗整改问题486个
文明额济纳　2024-05-20 21:05　内蒙古

🔥冲刺进行时🔥
距离实地测评还有 45 天

📊【本周战况】（5月13日—5月19日）
本周，全旗各级文明单位持续发力，共出动志愿者1,320人次，开展志愿服务活动86场，清理卫生死角214处；各类督查共发现问题512个，已整改486个。

🏆【苏木比拼】
达来呼布镇：出动志愿者760人次，整改问题268个，综合得分第1名；
东风镇：出动志愿者310人次，整改问题121个，综合得分第2名。

📌【问题曝光】
▶某小区：楼道堆放杂物，已于5月16日整改完毕。
▶某农贸市场：门前占道经营，已限期整改。

💡【下周重点】
1.背街小巷环境卫生大清扫；
2.公益广告破损排查更换。

文字：斯琴高娃
编辑：包晓燕
来源：额济纳旗文明办

阅读 6521　　赞 118　　在看 42
"""


def test_a_posts_short_labels_in_brackets_are_its_sections_not_items():
    # 📊【本周战况】 / 🏆【苏木比拼】 …: one report in sections; the banner over a countdown under
    # the post's headline and meta line opens nothing
    arts = _arts(BATTLE_REPORT)
    assert len(arts) == 1
    a = arts[0]
    assert a["title"] == "创城周报｜第12期：本周全旗整改问题486个"
    assert a["authors"] == ["斯琴高娃"]
    assert a["adcode"] == "152923"
    assert {1320, 86, 214, 512, 486} <= _values(a)


DISTRICT_PAGE = """津西时报
2023年6月9日　星期五　第2版　综合新闻

杨柳青镇老街巷换新颜
　　本报讯　近日，杨柳青镇背街小巷提升工程全部完工，共整治街巷11条，补种绿植2600平方米，新增停车位95个。
　　“以前路窄车乱，现在宽敞多了。”居民郝桂兰说。
（记者　史文博）

中北镇志愿者清理楼道杂物
　　本报讯（记者　蔡立群）6月6日，中北镇组织40余名志愿者走进老旧小区，清理楼道杂物860余处，劝导整改乱停乱放问题37处。
　　今年以来，该镇已开展此类活动21次。

区图书馆“夏日书香”活动启动
　　本报讯（记者　冉欣悦）6月3日，区图书馆“夏日书香”阅读推广活动启动，将在全区12个分馆开展亲子阅读、文明礼仪讲座等活动。
　　去年，活动共吸引读者1.8万人次参与，助力西青区“书香城区”建设。
"""


def test_items_naming_no_place_above_one_naming_the_district_are_about_it():
    # towns the gazetteer does not hold (杨柳青镇, 中北镇), then an item naming 西青区: the page's place
    arts = _arts(DISTRICT_PAGE)
    assert len(arts) == 3
    assert [a["adcode"] for a in arts] == ["120111"] * 3
    assert arts[0]["provenance"]["region"] == {"method": "page_region", "confident": False}
    assert 2600 in _values(arts[0]) and all(f["adcode"] == "120111" for f in arts[0]["facts"])


TWIN_DISTRICTS = """鼓楼报
2024年3月12日　星期二　第3版　民生

三坊七巷周边停车有了“新解法”
　　本报讯（记者　柯晓岚）福州市鼓楼区在三坊七巷周边挖潜增设停车泊位420个，错峰共享车位180个，居民停车难得到缓解。
　　“现在晚上回家，基本都能找到车位。”居民林依婷说。

老旧小区加装电梯跑出“加速度”
　　本报讯（记者　郑海峰）近年来，我区把老旧小区加装电梯作为民生实事，全区已完成加装电梯156部，惠及居民1900余户。
　　今年我区将继续推进老旧小区改造，让更多居民实现“一键回家”。
"""


def test_a_district_name_several_cities_share_is_the_one_the_page_is_about():
    # 鼓楼区 is a district of 福州, 南京, 徐州 and 开封: the page's first article names 福州市鼓楼区
    arts = _arts(TWIN_DISTRICTS)
    assert [a["adcode"] for a in arts] == ["350102", "350102"]


RIVER_AND_VISITORS = """滨江岸线成了市民的“城市客厅”
　　本报讯（记者　殷佳怡）傍晚时分，虹口区北外滩滨江步道上游人如织，不少游客在观景平台拍摄黄浦江两岸景色。今年以来，沿线新设志愿服务驿站6个，累计服务市民游客12万人次。
　　“来自兰州的游客特别多。”志愿者说。沿着黄浦江，步道已贯通2.5公里，让上海的市民在江边感受城市的温度。
"""


def test_a_river_named_after_a_district_and_where_visitors_came_from_are_not_the_place():
    # 黄浦江 is the river, not 黄浦区; 来自兰州的游客 are visitors
    a = _arts(RIVER_AND_VISITORS)[0]
    assert a["adcode"] == "310109"
    assert {6, 120000, 2.5} <= _values(a)
    assert all(f["adcode"] == "310109" for f in a["facts"])


VISITORS_ONLY = """老街迎来研学团
永平融媒　2024-04-15 18:30

　　4月13日，来自成都的研学团学生走进县城老街，体验扎染技艺。今年以来，老街已接待研学团队48批次、学生2600余人次。
"""


def test_visitors_from_a_city_do_not_outweigh_the_outlets_place():
    # the only place in the text is where the visitors came from: the outlet's (永平融媒) stands
    a = _arts(VISITORS_ONLY)[0]
    assert a["adcode"] == "532928"


BARRED_MASTHEAD = """江西日报 │ 06 │ 市县新闻 │ 23.11.14 {weekday}
责任编辑 邹　燕　　版式编辑 熊　伟

婺源“文明劝导岗”守护古村
　　本报11月13日讯（记者 汪晓岚）婺源县在江湾、篁岭等游客集中的古村设立文明劝导岗18个，招募劝导员260名。今年以来，劝导员共劝导不文明行为5100余次。
"""


def test_a_running_head_set_between_box_bars_with_a_short_date():
    # the paper, a bare page number, the page's name, a two-digit year's date on its weekday
    a = _arts(BARRED_MASTHEAD.format(weekday="星期二"))[0]
    assert a["date"]["value"] == "2023-11-14" and a["date"]["source"] == "printed"
    assert a["outlet"] == "江西日报"
    assert a["newspaper_page"] in ("06", "6", "第06版", "第6版")
    assert a["editors"] == ["邹燕", "熊伟"]  # (版式编辑 is the second editor's post, no name)
    assert a["title"] == "婺源“文明劝导岗”守护古村"
    assert a["adcode"] == "361130"


def test_a_short_date_on_the_wrong_weekday_is_no_printed_date():
    a = _arts(BARRED_MASTHEAD.format(weekday="星期五"))[0]
    assert (a["date"] or {}).get("source") != "printed" or a["date"]["value"] != "2023-11-14"


SPACED_OCR_MASTHEAD = """黔 东 南 曰 报
2023年5月16日　星期二　第3版

雷山：苗寨“积分超市”兑出文明新风
　　本报讯（记者 杨秀英）雷山县在12个苗寨开设“积分超市”，村民参与环境整治可积分兑换生活用品，今年已兑换物品4300余件。
"""


def test_a_letter_spaced_masthead_read_by_ocr_with_its_day_character_misread():
    a = _arts(SPACED_OCR_MASTHEAD)[0]
    assert a["outlet"] == "黔东南日报"
    assert a["adcode"] == "522634"


TOWN_OF_ANOTHER_COUNTY = """临安老街有了“文明管家”
　　本报讯（记者 李春梅）5月8日，在石屏县临安镇的老街上，身穿红马甲的“文明管家”正和商户一起整理门前的物品。今年以来，镇里选聘“文明管家”68名，规范沿街商铺420家。
　　“临安”是石屏的古称，与浙江杭州的临安同名，常有外地游客订错酒店。
"""


def test_a_headlines_short_name_the_text_prints_as_a_town_of_a_county():
    # 临安 (临安区 of 杭州, which the page names too) is, in its headline, 石屏县临安镇: the county's story
    a = _arts(TOWN_OF_ANOTHER_COUNTY)[0]
    assert a["adcode"] == "532525"
    assert {68, 420} <= _values(a)


OUR_COUNTY_IN_THE_HEADLINE = """喜报！我县三个村获评省级文明村
永新县融媒　2023年02月20日 19:10 江西

　　近日，吉安市文明委转发省文明委通报，吉安市共有11个村获评省级文明村，我县三个村榜上有名。
　　吉安市文明办有关负责人介绍，吉安市今年将继续推进文明村镇创建。近年来，全县累计投入资金1.2亿元用于农村人居环境整治。
"""


def test_our_county_in_a_posts_headline_is_the_outlets_county_over_its_parent():
    a = _arts(OUR_COUNTY_IN_THE_HEADLINE)[0]
    assert a["adcode"] == "360830"


WORD_LIKE_SHORT_NAME = """江西日报　2023年6月2日　第5版

樟树药都老街焕新颜
　　本报讯（记者 胡晓峰）在樟树，千年药都老街完成“微改造”，整治街面1.6公里，新增停车位210个。
"""


def test_a_short_name_that_may_be_a_word_counts_in_a_headline_when_the_text_names_it_again():
    # 樟树 (a camphor tree, and 樟树市) on a page of the province's paper, named again in the lead
    a = _arts(WORD_LIKE_SHORT_NAME)[0]
    assert a["adcode"] == "360982"


WRAPPED_SUBTITLE = """凯里：苗岭小城处处见文明
——凯里市创建省级文明城市
工作纪实

　　本报凯里5月9日电（记者 吴丽娟）走进凯里，街道整洁，秩序井然。两年来，凯里市累计投入创建资金2.1亿元，改造农贸市场6个。
"""


def test_a_dashed_subtitle_broken_over_two_lines_is_one_subtitle():
    arts = _arts(WRAPPED_SUBTITLE)
    assert len(arts) == 1
    assert arts[0]["title"] == "凯里：苗岭小城处处见文明"
    assert arts[0]["subtitle"].lstrip("—") == "凯里市创建省级文明城市工作纪实"


SUBTITLE_OVER_ITS_WRITER = """小城大爱
——凯里市深化文明城市创建走笔
吴丽娟

　　走进凯里，街道整洁，秩序井然。两年来，凯里市累计投入创建资金2.1亿元，改造农贸市场6个。
"""


def test_a_writers_name_under_a_dashed_subtitle_is_no_part_of_it():
    a = _arts(SUBTITLE_OVER_ITS_WRITER)[0]
    assert a["subtitle"].lstrip("—") == "凯里市深化文明城市创建走笔"


STACKED_TERM = """A05　黔东南新闻　2023年7月3日　星期一

雷山茶乡
新时代文明实践站
开进茶园

　　本报讯（记者 杨秀英）7月1日，雷山县在茶叶主产区建成田间文明实践站18个，组建志愿服务队11支。
"""


def test_a_place_over_a_campaign_term_over_its_predicate_is_one_title():
    # 新时代文明实践站 is one noun (data/glossary.yaml), not 实践 the verb
    a = _arts(STACKED_TERM)[0]
    assert a["title"] == "雷山茶乡新时代文明实践站开进茶园"


CAMPAIGN_BANNER = """石嘴山日报
2020年10月13日　星期二　01　要闻

创 建 全 国 文 明 城 市
我市“十大攻坚行动”取得阶段性成效

　　本报讯（记者 马海燕）今年以来，我市深入开展“十大攻坚行动”，累计投入创城资金3.8亿元，完成老旧小区改造64个。
"""


def test_the_campaigns_name_alone_over_a_headline_is_its_banner():
    a = _arts(CAMPAIGN_BANNER)[0]
    assert a["title"] == "我市“十大攻坚行动”取得阶段性成效"
    assert a["subtitle"] == ""


TRADITIONAL_MIRROR = """環球今日網
首頁 | 兩岸 | 國際 | 中國
首頁 > 中國 > 新疆

烏什縣：「文明積分」兌出鄉村新風
發佈時間：2022-06-18 10:20　｜　來源：阿克蘇日報　｜　閱讀：1,862
字級：小 中 大　　分享至：Facebook　Twitter　LINE　微信

　　本報訊（記者 阿依古麗·買買提）今年以來，烏什縣在38個村開設「文明積分超市」，村民參與環境整治、志願服務可積分兌換生活用品，累計兌換物品1.2萬件。
"""


def test_a_mirrors_font_size_and_share_buttons_are_chrome_not_a_subtitle():
    a = _arts(TRADITIONAL_MIRROR)[0]
    assert a["title"].replace("「", "“").replace("」", "”") == "乌什县：“文明积分”兑出乡村新风"
    assert a["subtitle"] == ""
    assert a["adcode"] == "652927"


PINYIN_MIRROR = """小书童拼音网 —— 读新闻　学拼音
首页 > 新闻拼音版 > 地方新闻

伽(jiā)师(shī)县(xiàn)：“美丽庭院”扮(bàn)靓(liàng)乡村
时间：2022-10-09　来源：喀什日报　点击：562次
（本文拼音由系统自动标注，仅供参考）

　　本报讯（记者 古丽娜 通讯员 王(wáng)海燕）今年以来，伽师县共评(píng)选出“美丽庭院”1860户，硬化村组道路52公里。
"""


def test_a_pinyin_mirrors_slogan_line_and_its_note_on_glosses_are_chrome():
    arts = _arts(PINYIN_MIRROR)
    assert len(arts) == 1
    a = arts[0]
    assert a["title"] == "伽师县：“美丽庭院”扮靓乡村"
    assert a["date"]["value"] == "2022-10-09"
    assert a["adcode"] == "653129"


GOVERNMENT_SITE_REPRINTS = """庆阳市人民政府
首页　政务公开　政务服务　政民互动
您现在的位置：首页 > 政务公开 > 县区动态

华池县：“门前三包”包出县城新面貌
发布时间：2024-04-16 16:20　　来源：华池县融媒体中心　　浏览次数：341

　　近日，华池县全面推行“门前三包”责任制，签订责任书2100余份，整治占道经营问题640处。

宁县：“新时代文明实践+”让乡村文明有温度
发布时间：2024-04-15 10:05　　来源：宁县县委宣传部　　浏览次数：287

　　宁县讯（通讯员 巩丽霞）近年来，宁县把政策宣讲、技能培训送到田间地头，今年已开展活动380场。
"""


def test_a_dateline_naming_a_place_only_is_no_outlet():
    # 宁县讯（通讯员 …）: where it was reported from; the site reprinting it is the outlet
    arts = _arts(GOVERNMENT_SITE_REPRINTS)
    assert len(arts) == 2
    assert arts[1]["outlet"] != "宁县"
    assert arts[1]["adcode"] == "621026"


NETEASE_COPY = """网易首页 > 网易号 > 正文

阿克苏创建全国文明城市三年攻坚成效显著_网易订阅
2022-11-30 08:21:44　来源: 阿克苏日报

　　本报讯（记者 郑宏伟）三年来，阿克苏市累计投入创城资金26亿元，改造老旧小区168个，新增停车泊位9800个。
"""


def test_a_browser_tabs_site_name_after_an_underscore_is_no_part_of_the_title():
    a = _arts(NETEASE_COPY)[0]
    assert a["title"] == "阿克苏创建全国文明城市三年攻坚成效显著"
    assert a["adcode"] == "652901"


AID_TEAM = """江苏常州援疆工作队助力墨玉县创建自治区文明县城
2023-08-26 11:06:18　来源：常州日报

　　8月中旬，记者跟随常州市援疆干部来到墨玉县。2021年以来，常州市先后选派援疆干部人才52名，统筹使用援疆资金1.6亿元，支持墨玉县改造老旧小区21个，铺设人行道12.5公里。
　　“我们把常州创城的经验带过来。”常州市援疆工作队领队说。墨玉县注册志愿者已达1.3万人。
"""


def test_a_place_a_headline_says_is_helped_is_the_stories_place():
    a = _arts(AID_TEAM)[0]
    assert a["adcode"] == "653222"


ONE_HEART = """奋楫扬帆启新程　同心共筑文明城
盐池发布　2024-01-01 08:00　宁夏

　　新年的钟声即将敲响。过去的一年，我县新改建城市道路11条，改造老旧小区19个，惠及居民3200余户；新增城市绿地12.6万平方米。
　　新的一年，让我们同心同德、携手并进，共同守护盐池的蓝天碧水。
"""


def test_a_county_named_like_a_word_is_not_read_in_a_headlines_word():
    # 同心 (同心县) in 同心共筑: a word; the post is 盐池's
    a = _arts(ONE_HEART)[0]
    assert a["adcode"] == "640323"


TWO_SIGNERS = """日喀则日报
2024年2月8日　星期四　　第3版　县区·综合

致全县文明创建一线工作者的慰问信

全县广大环卫工人、城管队员、志愿者同志们：
　　值此春节即将到来之际，中共定日县委、定日县人民政府向你们致以节日的问候！过去的一年，全县改造县城道路12.4公里，新建公共厕所23座。
中共定日县委员会
定日县人民政府
2024年2月6日
"""


def test_a_government_signing_under_the_party_committee_is_a_signer_not_the_outlet():
    a = _arts(TWO_SIGNERS)[0]
    assert a["outlet"] == "日喀则日报"
    assert a["adcode"] == "540223"


SIGNED_MEMOIR = """小城创卫那三年
——忆抚松县首次创建省级卫生县城
郝振山

　　1997年春天，抚松县召开动员大会，决定用三年时间创建省级卫生县城。头一年，全县组织义务劳动4,200余人次，清运垃圾1.3万吨。
　　那时候没有什么测评体系，检查组来了就看街面、看厕所、看市场。1999年底，抚松终于通过了省里的验收。
"""


def test_a_writers_name_under_a_title_and_its_dashed_subtitle_is_the_byline():
    a = _arts(SIGNED_MEMOIR)[0]
    assert a["title"] == "小城创卫那三年"
    assert a["subtitle"].lstrip("—") == "忆抚松县首次创建省级卫生县城"
    assert a["authors"] == ["郝振山"]
    assert a["adcode"] == "220621"
