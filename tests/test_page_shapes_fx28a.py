"""Shapes of pages the pipeline had not read well (held-out set 28's kinds, helper fx28a): a TV
newsroom's script with bracketed fields, an app's post with a plus in its name, a post of two
items each closed by its credits, a photo credit then a text credit on one line, long Mongol
names in a byline, spaced and bracketed bylines, an organisation among a credit's names, an
autonomous county in its short form with 自治, an office's press release and a bulletin's
masthead over a rule. Every page was written for these tests; places are real divisions
elsewhere in China, names invented."""
from __future__ import annotations

from conftest import page_articles as _arts


TV_SCRIPT = """张掖广播电视台新闻中心 电视新闻稿件
【标题】张掖：小巷里的“文明驿站”暖人心
【栏目】张掖新闻
【播出时间】2021年5月11日 19:30
【记者】祁文娟
【摄像】马 骏
【导语】今年以来，我市在城区背街小巷设立文明驿站，为市民提供便利。
【正文】
走进甘州区的一条小巷，新建的文明驿站里摆放着饮水机、雨伞和急救箱。全市已建成文明驿站46个，今年新增志愿者3200名。
【同期声】志愿者 赵红霞：“我们每天轮流值守，大家有需要就来。”
【编辑】孙丽萍
"""


def test_a_tv_script_reads_its_bracketed_fields_and_the_station():
    arts = _arts(TV_SCRIPT)
    assert len(arts) == 1
    a = arts[0]
    assert a["title"] == "张掖：小巷里的“文明驿站”暖人心"  # the 【标题】 field, not the newsroom's heading
    assert a["authors"] == ["祁文娟"] and a["photographers"] == ["马骏"]
    assert a["outlet"] == "张掖广播电视台"  # the station, not its newsroom
    assert a["date"]["value"] == "2021-05-11"


APP_POST = """\ufeff打开潇湘+ 阅读全文
江永：瑶乡古村里的“文明积分超市”
潇湘+ 永州频道  2023-04-02 10:15
潇湘+记者 李春燕、周文博
江永县的一个古村里，村民拿着积分卡到“文明积分超市”兑换洗衣粉和毛巾。
近年来，江永县在全县推行文明积分管理，已建成积分超市57个，累计兑换物品1.2万件。
【作者】李春燕 周文博
【通讯员】蒋小兰
【来源】湖南日报
编辑：唐卫东
"""


def test_an_app_post_with_a_plus_in_its_name_keeps_its_headline_and_reads_its_credit_block():
    a = _arts(APP_POST)[0]
    assert a["title"] == "江永：瑶乡古村里的“文明积分超市”"  # not the app's byline
    assert a["authors"] == ["李春燕", "周文博", "蒋小兰"]  # 【作者】 and 【通讯员】
    assert a["outlet"] == "潇湘+"
    assert a["adcode"] == "431125"


POST_OF_TWO_ITEMS = """恭城发布
2022-08-16 20:10  广西
恭城：文明实践两则快讯
【莲花镇“红马甲”清理河道】
连日来，恭城瑶族自治县莲花镇的志愿者们沿河清理垃圾，劝导村民不往河里倒垃圾。今年以来，全镇组织志愿服务活动90余次，清理河道12公里。
“河水干净了，大家都高兴。”村民盘秀英说。
文字：赵春梅  图片：盘志强
【平安镇“道德讲堂”走进村屯】
平安镇今年在各村屯开办“道德讲堂”，已举办讲座36场，听讲村民2100余人次。
文字：黄德胜 李 燕
阅读 3120  赞 56
"""


def test_a_post_of_two_items_gives_each_item_its_title_and_its_own_credits():
    arts = _arts(POST_OF_TWO_ITEMS)
    assert [a["title"] for a in arts] == ["莲花镇“红马甲”清理河道", "平安镇“道德讲堂”走进村屯"]
    assert arts[0]["subtitle"] == ""  # the post's headline is neither item's title
    assert arts[0]["authors"] == ["赵春梅"] and arts[0]["photographers"] == ["盘志强"]
    assert arts[1]["authors"] == ["黄德胜", "李燕"]


PHOTO_PAGE = """河池日报  2018年3月8日  星期四  第4版  图片新闻
宜州：老街巷里添新绿
宜州区今年在城区老街巷新种绿化树1200株，图为居民在街心花园散步。
本报记者 韦 东 摄
南丹县：村村有了文化广场
南丹县今年新建村级文化广场48个，图为村民在广场上跳舞。
通讯员 莫丽萍 摄 文 覃 强
"""


def test_a_picture_credit_then_a_text_credit_on_one_line_splits_pictures_from_words():
    arts = _arts(PHOTO_PAGE)
    last = arts[-1]
    assert last["title"] == "南丹县：村村有了文化广场"
    assert last["authors"] == ["覃强"] and last["photographers"] == ["莫丽萍"]


OCR_PAGE_LONG_NAMES = """锡林郭勒日报 2022年7月5日 星期二 第2版 旗县新闻
阿巴嘎：草原小镇展新颜
本报记者 斯琴巴雅尔 通讯员 扎西多吉
盛夏时节，阿巴嘎旗别力古台镇的街道
干净整洁，沿街的商铺招牌整齐划一。
今年以来，阿巴嘎旗实施小城镇环境整治
项目16个，新建和改造公厕9座。
"""


def test_a_byline_with_a_long_mongol_name_stays_a_byline_in_an_ocr_column():
    a = _arts(OCR_PAGE_LONG_NAMES)[0]
    assert a["authors"] == ["斯琴巴雅尔", "扎西多吉"]


GOV_SITE_SPACED_BYLINE = """当前位置：首页 > 新闻中心 > 融水要闻
融水：“苗乡志愿红”扮靓县城
发布日期：2023-05-09  来源：融水苗族自治县融媒体中心
今年以来，融水苗族自治县组织志愿服务队120支，开展志愿服务活动1600余场次。
“现在县城干净多了，走在路上心情也好。”环卫工人贾秀兰说。（通讯员 潘秀梅 冉 杰）
"""


def test_a_spaced_two_character_name_in_a_closing_bracketed_byline_stays_apart():
    a = _arts(GOV_SITE_SPACED_BYLINE)[0]
    assert a["authors"] == ["潘秀梅", "冉杰"]


LEAD_BRACKET_BYLINE = """互助土族自治县人民政府
首页 > 工作动态 > 文明创建
互助县“最美家庭”故事分享会举行
时间：2022-10-12  来源：互助县融媒体中心
（记者 古丽米拉·托合提 王建新）10月11日，互助县“最美家庭”故事分享会在县文化馆举行。今年，全县共评选出县级“最美家庭”80户。
"""


def test_a_bracketed_byline_opening_the_lead_without_a_dateline_is_read():
    a = _arts(LEAD_BRACKET_BYLINE)[0]
    assert a["authors"] == ["古丽米拉·托合提", "王建新"]


NEWS_SITE_ORG_CREDIT = """三江侗族自治县：侗寨里的“文明积分”
2022-11-03 08:40 | 来源：广西日报 | 作者：记者 吴秀兰 通讯员 杨光明 县委报道组 | 阅读 1.1万
三江侗族自治县在侗寨推行“文明积分”，村民参与志愿服务、环境整治可以积分换物。全县已有积分超市38个。
"""


def test_an_organisation_among_a_credits_names_is_no_author():
    a = _arts(NEWS_SITE_ORG_CREDIT)[0]
    assert a["authors"] == ["吴秀兰", "杨光明"]


PRESS_RELEASE = """新闻通稿
（欢迎各媒体采用）
务川自治县委宣传部                         2024年6月3日

仡乡古城 文明添彩
——务川自治县推进文明城市创建工作综述
撰稿：申小燕

今年以来，务川自治县以创建省级文明城市为抓手，推动城市管理精细化。
一、补齐城市短板
务川自治县今年实施城市补短板项目22个，城区新建停车泊位1800个。
二、激发群众参与
全县注册志愿者达到4.1万人。
联系人：冉 军
"""


def test_a_press_release_names_its_county_in_short_form_and_its_issuer_as_outlet():
    a = _arts(PRESS_RELEASE)[0]
    assert a["adcode"] == "520326"  # 务川自治县: 务川仡佬族苗族自治县
    assert a["outlet"] == "务川自治县委宣传部"
    assert a["date"]["value"] == "2024-06-03"


BULLETIN = """文明创建工作简报
第3期
融水苗族自治县精神文明建设委员会办公室（融水县文明办）          2019年6月20日
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
（一）各乡镇开展“清洁家园”行动
近期，全县各乡镇组织干部群众开展“清洁家园”行动，共清理垃圾320吨，整治乱堆乱放点位460处，群众参与热情高涨。
（供稿：县爱卫办）
（二）县城新增一批“文明劝导岗”
为规范县城交通秩序，县文明办在县城主要路口设立“文明劝导岗”18个，组织志愿者每天劝导行人文明出行。
（撰稿：梁晓红）
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
报：市文明办
"""


def test_a_bulletins_masthead_over_a_rule_is_no_articles_title_and_dates_its_items():
    arts = _arts(BULLETIN)
    items = {"各乡镇开展“清洁家园”行动", "县城新增一批“文明劝导岗”"}
    # the bulletin's name and its issuer's line head no article; every piece is an item
    # (its number in words, （一）, is no word of an item's title)
    assert arts and all(a["title"] in items for a in arts)
    assert all(a["date"]["value"] == "2019-06-20" for a in arts)  # the date dates its items
    assert all(a["adcode"] == "450225" for a in arts)
    # (its outlet: the bulletin's name, 简报 being an outlet's suffix, or its issuer: left open;
    # its two items are still read as one piece)
