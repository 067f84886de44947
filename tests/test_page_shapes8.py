"""Shapes of pages the pipeline had not seen (issue 14, eighth round). Every page here was
written for these tests, about places in Gansu, Inner Mongolia, Xinjiang and Guangxi (not the
held-out pages' places)."""
from __future__ import annotations

from conftest import page_articles as _arts


OCR_DASH_SUBTITLE = """临夏日报　2024年5月16日　星期四　第2版　综合新闻

让文明新风吹遍河州大地
一一临夏市创建全国文明城市工作综述

本报记者　马晓燕　通讯员　韩  斌

今年以来，临夏市以创建全国文明城市为抓手，累计整治背街小巷86条，新建口袋公园12个。
据统计，全市注册志愿者已达4.6万人，占常住人口的13.2%。
对照问题清单，各街道
一一销号整改，确保问题清零。
"""


def test_a_subtitle_dash_read_by_ocr_as_one_one_is_a_dash_again():
    (a,) = _arts(OCR_DASH_SUBTITLE)
    assert a["title"] == "让文明新风吹遍河州大地"
    assert a["subtitle"].lstrip("—") == "临夏市创建全国文明城市工作综述"
    assert a["authors"] == ["马晓燕", "韩斌"]
    # a wrapped line that starts 一一 inside a paragraph keeps it
    assert any("各街道一一销号整改" in p["text"] for p in a["body"])


CONTENTS_BOX = """阿勒泰日报
2024年7月9日 星期二 第1版

■本期导读

布尔津县：老城巷道换新颜            2版
哈巴河县志愿服务队伍壮大            3版
吉木乃口岸文明旅游宣传月启动        4版

阿勒泰市文明城市创建迎来实地测评

本报讯（记者 叶尔兰 王欣）7月8日，测评组抵达阿勒泰市，对全市创建工作开展实地测评。
今年以来，全市改造老旧小区46个，新增绿地面积18万平方米。

喀纳斯景区“文明驿站”暖人心

本报记者 阿依古丽

在布尔津县，一座由旧民居改造的“文明驿站”已接待游客1.1万人次。
"""


def test_a_box_of_contents_is_furniture_not_an_article():
    arts = _arts(CONTENTS_BOX)
    assert [a["title"] for a in arts] == ["阿勒泰市文明城市创建迎来实地测评", "喀纳斯景区“文明驿站”暖人心"]
    assert [a["authors"] for a in arts] == [["叶尔兰", "王欣"], ["阿依古丽"]]
    assert arts[0]["newspaper_page"] == "第1版"
    # dropped on purpose, and the report shows it
    dropped = [f["text"] for a in arts for f in a["flags"] if f["kind"] == "furniture"]
    assert any("哈巴河县志愿服务队伍壮大" in t for t in dropped)
    # without its head, three lines in a row ending in a page are a box too
    arts = _arts(CONTENTS_BOX.replace("■本期导读\n", ""))
    assert len(arts) == 2 and arts[0]["title"] == "阿勒泰市文明城市创建迎来实地测评"



WEB_COPY_WITH_ALL_ITS_CHROME = """鲤城区古城街巷完成“微更新”_地方_东南网
东南网 | 福建 | 泉州 | 视频 | 图片 | 专题
闽南网首页 > 泉州新闻 > 区县
鲤城区古城街巷完成“微更新”
2024-05-08 10:21:09　来源：泉州晚报　作者：记者 洪雅琪　选稿：林一帆
【字号 大 中 小】【打印】【关闭】
原标题：老街巷有了新模样
　　鲤城区今年完成古城街巷“微更新”38条，新增休憩座椅420处。
　　“现在逛古城，走累了随时能坐下歇歇。”居民庄阿婆说。
（责任编辑：林一帆）
相关新闻：
· 丰泽区新建口袋公园12处
· 洛江区背街小巷整治提速
网友评论（2）
古城老泉州　2024-05-08 11:02
住了40年，头一回见巷子这么干净。
回复　赞(8)
"""


def test_a_web_copy_keeps_only_its_article():
    (a,) = _arts(WEB_COPY_WITH_ALL_ITS_CHROME)
    assert a["title"] == "鲤城区古城街巷完成“微更新”"
    assert a["subtitle"] == ""
    assert a["authors"] == ["洪雅琪"]
    assert a["adcode"] == "350502"
    assert a["date"]["value"] == "2024-05-08"
    # the related links' and the readers' numbers are not the article's facts
    assert {f["value"] for f in a["facts"]} == {38, 420}
    text = " ".join(p["text"] for p in a["body"])
    assert "老街巷有了新模样" not in text and "丰泽区" not in text and "40年" not in text
    dropped = " ".join(f["text"] for f in a["flags"] if f["kind"] == "furniture")
    assert "住了40年" in dropped and "丰泽区新建口袋公园12处" in dropped


ENGLISH_SITE_COPY = """Home | China | World | Business | Lifestyle | Regional | 中文
Regional > Guangxi > 地方新闻
北海市：银滩边的夜市有了“文明公约”
By 韦晓丹
Share: Facebook  Twitter  WeChat
北海市银滩夜市今年推行“文明公约”，入驻摊位186个，全部实行明码标价。
Editor: 覃明
"""


def test_an_english_sites_byline_and_editor_are_read_as_such():
    (a,) = _arts(ENGLISH_SITE_COPY)
    assert a["title"] == "北海市：银滩边的夜市有了“文明公约”"
    assert a["authors"] == ["韦晓丹"]
    assert a["adcode"] == "450500"


PLATFORM_COPY = """首页
黔东南州“积分超市”让乡村更文明
黔东南州融媒体中心
3天前 · 黔东南苗族侗族自治州融媒体中心官方账号
关注

文 | 潘晓梅 图 | 杨光荣

在黔东南州的村寨，村民打扫庭院、参加志愿服务都能攒积分，全州已有860个村开设“积分超市”。
雷山县建成积分兑换点42个。
返回搜狐，查看更多
平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。
阅读 (3.1万)
"""

APP_COPY_WITH_BAR_BYLINE = """学习强国
怒江州：峡谷里的“文明驿站”
来源：云南学习平台
作者：记者 丨 和晓燕  通讯员：李四妹
发布于：云南
2024-06-12
怒江州在沿江公路旁建成“文明驿站”23个，为过往群众提供热水和休息场所。
"""


def test_a_platform_copys_time_account_credits_and_disclaimer_are_furniture():
    (a,) = _arts(PLATFORM_COPY)
    assert a["title"] == "黔东南州“积分超市”让乡村更文明"
    assert a["subtitle"] == ""
    assert a["authors"] == ["潘晓梅"] and a["photographers"] == ["杨光荣"]
    assert a["adcode"] == "522600"
    text = " ".join(p["text"] for p in a["body"])
    assert "查看更多" not in text and "平台声明" not in text and "阅读" not in text
    assert {f["value"] for f in a["facts"]} == {860, 42}


def test_a_bar_between_role_and_name_and_a_province_after_published_at():
    (a,) = _arts(APP_COPY_WITH_BAR_BYLINE)
    assert a["title"] == "怒江州：峡谷里的“文明驿站”"
    assert a["subtitle"] == ""
    assert a["authors"] == ["和晓燕", "李四妹"]
    assert a["date"]["value"] == "2024-06-12"


PDF_PAGE_WITH_A_CORRECTION = """巴中日报
2022年4月12日 星期二  第3版 区县新闻
恩阳区新建社区书屋16家
巴中日报全媒记者  何晓蕾
通讯员  邓  川
  恩阳区今年新建社区书屋16家，藏书总量达到
4.8万册，每家书屋配备志愿者2名。
更    正
  本报4月8日第3版《南江县启动“文明餐桌”行动》一
文中，“发放倡议书3200份”应为“发放倡议书2300份”。
特此更正。
"""


def test_a_paper_and_role_byline_under_a_title_and_a_correction_box():
    (a,) = _arts(PDF_PAGE_WITH_A_CORRECTION)
    assert a["title"] == "恩阳区新建社区书屋16家"
    assert a["authors"] == ["何晓蕾", "邓川"]
    assert a["adcode"] == "511903"
    assert {f["value"] for f in a["facts"]} == {16, 48000, 2}
    dropped = " ".join(f["text"] for f in a["flags"] if f["kind"] == "furniture")
    assert "应为" in dropped


APP_COPY_OUTLET_BAR_REPORTER = """天津日报客户端
打开APP 阅读更多精彩内容
静海区：大运河畔的“文明驿站”开门迎客
天津日报客户端 | 记者 霍晓楠
2024-04-02 17:20
静海区在大运河沿线建成“文明驿站”9座，今年已服务群众1.6万人次。
"""


def test_an_app_copy_names_its_reporter_after_its_outlet():
    (a,) = _arts(APP_COPY_OUTLET_BAR_REPORTER)
    assert a["title"] == "静海区：大运河畔的“文明驿站”开门迎客"
    assert a["subtitle"] == ""
    assert a["authors"] == ["霍晓楠"]
    assert a["outlet"] == "天津日报客户端"


EPAPER_SITE_WITH_TITLE_LIST = """百色日报数字报
2024年3月19日 星期二
第03版：县区新闻
上一版   下一版
本版标题导航
田阳区“民情夜访”解难题
靖西市新增旅游厕所15座
那坡县开展边境文明村屯评选
放大 缩小 默认
田阳区“民情夜访”解难题
记者 黄丽娟 通讯员 农  斌
本报讯 田阳区今年开展“民情夜访”活动96场，收集群众诉求840件。
上一篇   下一篇
"""


def test_an_epaper_sites_list_of_headlines_is_furniture_and_the_title_stays():
    (a,) = _arts(EPAPER_SITE_WITH_TITLE_LIST)
    assert a["title"] == "田阳区“民情夜访”解难题"
    assert a["authors"] == ["黄丽娟", "农斌"]
    assert a["newspaper_page"] in ("第03版", "03")
    # the other headlines' figures are no facts of this article
    assert {f["value"] for f in a["facts"]} == {96, 840}


VERTICAL_HEADLINE = """固原日报
2024年2月6日  星期二  第3版
原
州
区
移
风
易
俗
树
新
风
固原日报全媒体记者 马晓燕 通讯员 丁文斌
原州区今年修订村规民约142个，组建红白理事会138个。
"""


def test_a_headline_set_vertically_is_read_back_as_one_title():
    (a,) = _arts(VERTICAL_HEADLINE)
    assert a["title"] == "原州区移风易俗树新风"
    assert a["authors"] == ["马晓燕", "丁文斌"]
    assert a["adcode"] == "640402"


POST_WITH_A_CRY_FOR_A_TITLE = """原创 奎屯发布 奎屯发布 2024-05-11 20:05 发表于新疆
奎屯这条夜市街，逛过的人都说好！
五一假期，奎屯市的夜市街人气火爆。
今年以来，奎屯市规范夜市摊位560个，
新增夜间停车位1200个。
来源：奎屯市融媒体中心
记者：马晓雯
"""


def test_a_posts_exclamation_with_a_comma_under_its_meta_line_is_its_title():
    (a,) = _arts(POST_WITH_A_CRY_FOR_A_TITLE)
    assert a["title"] == "奎屯这条夜市街，逛过的人都说好！"
    assert a["authors"] == ["马晓雯"]
    assert a["adcode"] == "654003"


COLUMN_OF_ITEMS_WITHOUT_HEADLINES = """广西日报
2024年3月12日 星期二
7
市县新闻
■八桂一线
凭祥市：边贸市场有了“文明公约”
本报讯（记者 黄晓丹）凭祥市在边贸市场推行“文明公约”，已有商户860户签约。
本报讯 近日，东兴市在辖区9个社区推行“楼栋管家”制度，共选出楼栋管家126名。（通讯员
韦小玲）
靖西市旧街区变身文明游园
靖西市投入资金1800万元改造旧街区，建成游园4处。（记者 农晓峰 通讯员 梁冬）
本报讯（通讯员 蒙丽华）那坡县今年开展“文明过节”宣讲58场。
"""


def test_items_without_headlines_are_articles_of_their_own():
    arts = _arts(COLUMN_OF_ITEMS_WITHOUT_HEADLINES)
    assert len(arts) == 4
    assert arts[0]["title"] == "凭祥市：边贸市场有了“文明公约”"
    assert arts[2]["title"] == "靖西市旧街区变身文明游园"
    assert [a["authors"] for a in arts] == [["黄晓丹"], ["韦小玲"], ["农晓峰", "梁冬"], ["蒙丽华"]]
    assert [a["adcode"] for a in arts] == ["451481", "450681", "451081", "451026"]
    assert [sorted(f["value"] for f in a["facts"]) for a in arts] == [[860], [9, 126], [4, 1800e4], [58]]
    # the column's name is no byline, the bare page number under the date is the page
    assert all(a["newspaper_page"] in ("7", "07") for a in arts)


def test_an_addendum_and_a_word_ending_in_dian_open_no_item():
    page = COLUMN_OF_ITEMS_WITHOUT_HEADLINES.replace(
        "本报讯（通讯员 蒙丽华）那坡县", "另讯 那坡县").replace(
        "本报讯 近日，东兴市", "加装电梯让居民出行更方便。近日，东兴市")
    arts = _arts(page)
    assert len(arts) == 2


SUBJECT_OVER_ITS_PREDICATE = """达州日报    2024年6月4日  星期二    第3版

通川区“红色物业”
打通服务居民“最后一米”

本报记者 向晓燕

通川区在辖区38个老旧小区推行“红色物业”模式，组建物业党支部21个。
"""

STATEMENT_OVER_STATEMENT = SUBJECT_OVER_ITS_PREDICATE.replace(
    "通川区“红色物业”\n打通服务居民“最后一米”", "通川区老旧小区推行“红色物业”\n居民办事不出小区")


def test_a_subject_over_its_predicate_is_one_title():
    (a,) = _arts(SUBJECT_OVER_ITS_PREDICATE)
    assert a["title"] == "通川区“红色物业”打通服务居民“最后一米”"
    assert a["subtitle"] == ""
    assert a["adcode"] == "511702"
    # a statement over a statement stays a title and its subtitle
    (b,) = _arts(STATEMENT_OVER_STATEMENT)
    assert b["title"] == "通川区老旧小区推行“红色物业”"
    assert b["subtitle"].lstrip("—") == "居民办事不出小区"


TWO_ARTICLES_A_SHARED_NAME_FIRST = """福州日报
2024年5月7日 星期二
第5版 区县新闻

鼓楼区老街巷“微更新”完成过半

本报记者 林晓燕

　　今年以来，鼓楼区启动老街巷“微更新”，计划改造街巷46条，目前已完成25条。
　　鼓楼区城管局负责人介绍，改造中同步增设休憩座椅和口袋公园。
台江区“夜间集市”有了文明公约
　　5月6日晚，台江区上下杭历史文化街区的夜间集市人头攒动。
　　台江区今年在夜间集市推行“文明公约”，已有摊主320户签约。
　　（记者 陈思 通讯员 郑晓）
"""


def test_a_headline_naming_a_sibling_district_opens_an_article_even_after_a_shared_name():
    arts = _arts(TWO_ARTICLES_A_SHARED_NAME_FIRST)
    assert [a["title"] for a in arts] == ["鼓楼区老街巷“微更新”完成过半", "台江区“夜间集市”有了文明公约"]
    assert [a["adcode"] for a in arts] == ["350102", "350103"]
    assert arts[0]["authors"] == ["林晓燕"] and arts[1]["authors"] == ["陈思", "郑晓"]


LIST_PAGE_OF_SHARED_NAMES = """大连新闻网 首页 > 区县新闻 > 列表

区县新闻

中山区启动“口袋公园”建设行动
　　6月3日，中山区启动口袋公园建设行动，计划年内新建口袋公园18个。 [详细]
2024-6-4

西岗区老旧小区加装电梯开工
　　西岗区今年首批老旧小区加装电梯开工，共安装电梯36部，惠及居民1100户。 [详细]
2024-6-3

首页 上一页 1 2 3 下一页 尾页  共26条  每页2条
"""


def test_a_list_pages_items_are_articles_even_under_names_several_cities_share():
    arts = _arts(LIST_PAGE_OF_SHARED_NAMES)
    assert [a["title"] for a in arts] == ["中山区启动“口袋公园”建设行动", "西岗区老旧小区加装电梯开工"]
    assert [a["adcode"] for a in arts] == ["210202", "210203"]
    assert [a["date"]["value"] for a in arts] == ["2024-06-04", "2024-06-03"]
    body = " ".join(p["text"] for a in arts for p in a["body"])
    assert "详细" not in body and "尾页" not in body
    assert sorted(f["value"] for a in arts for f in a["facts"]) == [18, 36, 1100]


TWO_ITEMS_ABOUT_ONE_CITY = """崇左日报
2024年3月12日 星期二
第2版 县区新闻
凭祥市：边贸市场有了“文明公约”
本报讯（记者 黄晓丹）凭祥市在边贸市场推行“文明公约”，已有商户860户签约。
凭祥市友谊关景区
新增旅游厕所6座
本报讯（记者 农晓峰）凭祥市友谊关景区今年新建旅游厕所6座，全部免费开放。
"""

SHOULDER_OVER_TITLE_OVER_DASH = """宜宾日报
2024年4月9日 星期二 第1版
全力冲刺全国文明城市创建
城区主次干道实现“一路一长”
——翠屏区全面推行道路精细化管理
记者 罗晓梅
本报讯 今年以来，翠屏区63条主次干道全部落实路长，路长每周巡查不少于3次。
"""


def test_a_second_dateline_under_its_own_headline_opens_an_item_with_that_title():
    arts = _arts(TWO_ITEMS_ABOUT_ONE_CITY)
    assert [a["title"] for a in arts] == ["凭祥市：边贸市场有了“文明公约”", "凭祥市友谊关景区新增旅游厕所6座"]
    assert [a["authors"] for a in arts] == [["黄晓丹"], ["农晓峰"]]
    assert [sorted(f["value"] for f in a["facts"]) for a in arts] == [[860], [6]]


def test_two_statements_over_a_dashed_subtitle_are_shoulder_and_title():
    (a,) = _arts(SHOULDER_OVER_TITLE_OVER_DASH)
    assert a["title"] == "城区主次干道实现“一路一长”"
    assert a["subtitle"].lstrip("—") == "翠屏区全面推行道路精细化管理"
    assert a["authors"] == ["罗晓梅"]


POST_WITH_SECTION_BARS = """\ufeff日喀则发布
桑珠孜区：“双语宣讲团”把文明新风送进村居
日喀则发布 2024年6月8日 20:06 西藏
▍宣讲进村
6月6日，桑珠孜区“双语宣讲团”来到城南街道的村居，宣讲活动今年已开展98场。
▍群众点赞
“用藏语讲，老人们都听得懂。”村民次仁说。
来源：桑珠孜区融媒体中心
记者：旦增 普布
"""

PLATFORM_POST_WITH_ACCOUNT_LINE = """红古区：文明养犬有了“新规矩”
兰州发布
2023-08-03 17:45·甘肃·兰州市人民政府新闻办公室官方账号
关注
打开兰州发布APP，阅读体验更佳
记者 | 马晓燕 罗兴文
截至7月底，红古区已为犬只办理登记证2160个，收容流浪犬98只。
"""


def test_a_posts_section_bars_are_never_its_title():
    (a,) = _arts(POST_WITH_SECTION_BARS)
    assert a["title"] == "桑珠孜区：“双语宣讲团”把文明新风送进村居"
    assert a["adcode"] == "540202"
    assert a["authors"] == ["旦增", "普布"]


def test_a_platforms_account_line_bar_bylines_and_app_prompt_are_meta():
    (a,) = _arts(PLATFORM_POST_WITH_ACCOUNT_LINE)
    assert a["title"] == "红古区：文明养犬有了“新规矩”"
    assert a["subtitle"] == ""
    assert a["adcode"] == "620111"
    assert a["date"]["value"] == "2023-08-03"
    assert a["authors"] == ["马晓燕", "罗兴文"]  # (a three-character name ending in 文 stays whole)


def test_a_column_name_or_a_place_of_its_own_is_no_first_half_of_a_title():
    column = SUBJECT_OVER_ITS_PREDICATE.replace("通川区“红色物业”\n打通服务居民“最后一米”", "创城一线\n绣出城市精细“里子”")
    (a,) = _arts(column)
    assert a["title"] == "绣出城市精细“里子”"
    pair = SUBJECT_OVER_ITS_PREDICATE.replace("通川区“红色物业”\n打通服务居民“最后一米”", "小切口\n大民生\n宣汉创城见实效")
    (b,) = _arts(pair)
    assert b["title"].replace(" ", "") == "小切口大民生宣汉创城见实效"


WHOLE_PREFECTURE_BY_ITS_PAPER = """黔东南日报
2024年3月5日 星期二 第2版
文明交通劝导活动持续开展
本报讯 今年以来，全州组织文明交通劝导志愿者1.2万人次，全州交通事故同比下降12%。
在凯里市，志愿者在凯里市主要路口值守，凯里市的“礼让斑马线”行动已推广到全州。
"""


def test_the_whole_prefecture_words_point_to_the_papers_prefecture():
    (a,) = _arts(WHOLE_PREFECTURE_BY_ITS_PAPER)
    assert a["adcode"] == "522600"


READERS_LETTERS = """六盘水日报      2024年5月14日   星期二    第4版   读者来信
编者按:本版今起开设“读者来信”栏目.来信请寄本报群工部.
楼道里的“歇脚椅”
    我家住在钟山区一个老小区,社区在每个单元放了折叠椅,我们这个小区共有38个单元.
                 钟山区居民  杨秀珍
村口的垃圾池不见了
    我是水城区一名乡村教师.今年全区已有126个行政村建起垃圾分类收集点.
                 水城区  读者  龙永刚
"""


def test_letters_signed_at_their_end_are_articles_of_their_own():
    arts = _arts(READERS_LETTERS)
    assert [a["title"] for a in arts] == ["楼道里的“歇脚椅”", "村口的垃圾池不见了"]
    assert [a["authors"] for a in arts] == [["杨秀珍"], ["龙永刚"]]
    assert [a["adcode"] for a in arts] == ["520201", "520204"]  # (水城区: 水城县 until 2020)
    # OCR's half-width full stop is a sentence's end
    assert all("." not in p["text"] for a in arts for p in a["body"])


NUMBERED_POST = """巴彦淖尔这一周｜文明创建“成绩单”
原创 临河发布 2023-12-01 20:00 内蒙古
01
临河区新增社区便民服务点9个，惠及居民1.2万户。
02
临河区本周又有6部加装电梯投入使用。
"""


def test_a_posts_account_after_yuanchuang_and_its_item_numbers_are_no_page():
    arts = _arts(NUMBERED_POST)
    assert all(a["newspaper_page"] is None for a in arts)
    assert arts[0]["outlet"] == "临河发布"
    assert arts[0]["date"]["value"] == "2023-12-01"


TYPESET_PAGE_MARKED_TITLES = """酒泉日报 2024年10月15日 星期二 第3版 区县新闻

# 肃州区背街小巷“微改造”惠及两万居民

今年以来，肃州区对老城区背街小巷开展“微改造”，已完成改造小巷47条，新增休憩座椅260处。

（记者 王晓燕 通讯员 李文斌）

# 金塔县“文明积分超市”开进村

金塔县在全县71个行政村开设“文明积分超市”，今年已兑换积分3.6万分。

（记者 张海峰）
"""


def test_titles_in_title_type_split_a_typeset_page_closed_by_bracketed_bylines():
    arts = _arts(TYPESET_PAGE_MARKED_TITLES)
    assert [a["title"] for a in arts] == ["肃州区背街小巷“微改造”惠及两万居民", "金塔县“文明积分超市”开进村"]
    assert [a["authors"] for a in arts] == [["王晓燕", "李文斌"], ["张海峰"]]
    assert [a["adcode"] for a in arts] == ["620902", "620921"]
    # two pieces about one place: the bracketed byline line closing the first still ends it
    same = TYPESET_PAGE_MARKED_TITLES.replace("金塔县", "肃州区")
    assert [a["authors"] for a in _arts(same)] == [["王晓燕", "李文斌"], ["张海峰"]]
