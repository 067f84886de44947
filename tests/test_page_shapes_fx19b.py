"""Whole pages in the shapes of the nineteenth and twentieth held-out sets (issue 14): meta
lines, mastheads, bylines and regions. A masthead line that also names the page's editors; a
running head laid out across the page with a wide gap; a masthead printed line by line with
the page's section name above it; a site's channel after its name; a web meta line with the
date glued to 来源 and 作者 with a station's reporter. Every page here was written for these
tests, about places in Hunan, Sichuan, Guangxi, Yunnan, Gansu, Jiangxi and Shandong (none of
the held-out pages')."""
from __future__ import annotations

from conftest import page_articles


MASTHEAD_WITH_EDITORS = """衡阳日报 2023年6月14日 星期三 第3版 县域新闻 编辑 刘一鸣 校对 张雨桐

耒阳老城区背街小巷换新颜
本报记者 邓佳慧
耒阳市今年对老城区42条背街小巷进行改造，铺设透水砖1.8万平方米，新装路灯310盏。
居民说，晚上出来散步再也不用摸黑了。

常宁市开展“文明餐桌”行动
本报记者 谢文轩
常宁市在城区86家餐馆推行公筷公勺，发放宣传桌牌1200个。
"""


def test_a_masthead_line_naming_its_editors_gives_outlet_date_and_page_to_every_article():
    arts = page_articles(MASTHEAD_WITH_EDITORS)
    assert [a["title"] for a in arts] == ["耒阳老城区背街小巷换新颜", "常宁市开展“文明餐桌”行动"]
    assert [a["outlet"] for a in arts] == ["衡阳日报", "衡阳日报"]
    assert [a["date"]["value"] for a in arts] == ["2023-06-14", "2023-06-14"]
    assert [a["date"]["source"] for a in arts] == ["printed", "printed"]
    assert [a["newspaper_page"] for a in arts] == ["第3版", "第3版"]
    # the editors are editors, never authors
    assert arts[0]["authors"] == ["邓佳慧"] and "刘一鸣" in arts[0]["editors"]


PADDED_RUNNING_HEAD = """05 区县新闻                                   宜宾日报 2022.7.19 星期二

江安竹簧艺人带徒进社区

    本报讯（记者 罗晓燕 通讯员 曾凡宇）7月15日，江安县江安镇的竹簧非遗工坊里，十多名居民跟着老艺人学刻竹簧。
    今年以来，江安县在城区社区开设非遗课堂23个，培训居民960人次。

（编辑 蒋丽华）
"""


def test_a_running_head_laid_out_across_the_page_gives_page_outlet_and_dotted_date():
    (art,) = page_articles(PADDED_RUNNING_HEAD)
    assert art["title"] == "江安竹簧艺人带徒进社区"
    assert art["outlet"] == "宜宾日报"
    assert art["newspaper_page"] == "05"
    assert art["date"]["value"] == "2022-07-19" and art["date"]["source"] == "printed"
    assert art["authors"] == ["罗晓燕", "曾凡宇"]


SECTION_ABOVE_MASTHEAD = """第2版
区县新闻
2024年3月8日　星期五
玉林日报
责任编辑：梁雪梅　　美术编辑：陈　凯

容县“邻里菜园”成了议事点
　　容县容州镇把社区闲置地块改成“邻里菜园”，由居民认领，认领家庭每月参加一次志愿服务。目前菜园已有认领家庭36户。（李晓红　黄振华）

陆川县推行“文明出行”积分
　　近日，陆川县在城区推行“文明出行”积分，市民劝导不文明行为可兑换公交卡，已发放积分卡1500张。（通讯员　冯志明）
"""


def test_a_section_name_printed_above_a_line_by_line_masthead_is_not_the_outlet():
    arts = page_articles(SECTION_ABOVE_MASTHEAD)
    assert len(arts) == 2
    assert [a["outlet"] for a in arts] == ["玉林日报", "玉林日报"]
    assert [a["newspaper_page"] for a in arts] == ["第2版", "第2版"]
    assert [a["date"]["value"] for a in arts] == ["2024-03-08", "2024-03-08"]


CHANNEL_LIST_PAGE = """彩云新闻网临沧频道
首页 | 要闻 | 县区 | 民生 | 视频
当前位置：首页 > 县区
双江“茶园保洁队”守护古茶山　2022-04-12
双江县今年组建茶园保洁队38支，队员560名，每周对古茶园周边道路清扫两次。……【详细】
耿马县城区新增共享单车停放点　2022-04-08
耿马县在城区新设共享单车停放点120处，并安排志愿者引导规范停放。……【详细】
首页 上一页 1 2 3 下一页 尾页
"""


def test_a_site_name_with_its_channel_over_a_list_page_names_the_site_as_outlet():
    arts = page_articles(CHANNEL_LIST_PAGE)
    assert len(arts) == 2
    assert [a["outlet"] for a in arts] == ["彩云新闻网", "彩云新闻网"]


CHANNEL_SOURCE_LINE = """会宁：红色古城里的“文明驿站”
2022-09-03 15:20:11　来源：中国甘南网白银频道　编辑：马晓东
中国甘南网消息（记者 牛小军）走进会宁县会师镇，一座座“文明驿站”为游客提供热水、雨伞和地图。
据介绍，会宁县已建成文明驿站26座，累计服务游客4.1万人次。
"""


def test_a_source_line_naming_a_sites_channel_gives_the_site_as_outlet():
    (art,) = page_articles(CHANNEL_SOURCE_LINE)
    assert art["outlet"] == "中国甘南网"
    assert art["date"]["value"] == "2022-09-03"


WEB_META_STATION_REPORTER = """首页 > 四川 > 南充
古城里的夜市，为啥都愿意“进场经营”？
2021-06-03 09:12:45　来源：天府网　作者：四川交通广播记者 何晓雨
字号：大 中 小　　分享到：
天府网讯 在阆中市古城东门附近，过去一到夜里，卖小吃、卖纪念品的摊点挤满街巷。如今，这些摊主大多搬进了统一建设的夜市。
阆中市综合执法局介绍，今年在古城周边建设夜市2处，提供摊位150个，前三个月免收管理费。
“在夜市里有水有电，游客也多，我们当然愿意来。”摊主何春花说。
责任编辑：周立新
"""


def test_a_web_meta_line_with_a_stations_reporter_gives_date_author_and_keeps_the_city():
    (art,) = page_articles(WEB_META_STATION_REPORTER)
    assert art["title"] == "古城里的夜市，为啥都愿意“进场经营”？"
    assert art["subtitle"] == ""
    assert art["authors"] == ["何晓雨"]
    assert art["date"]["value"] == "2021-06-03" and art["date"]["source"] == "printed"
    # the station's province in the meta line is not where the story is
    assert art["adcode"] == "511381"


APP_AND_PAPER_BYLINE = """天山云
博乐市：“积分小超市”换来好邻里
2023-09-12 18:02:17 来源：博尔塔拉报
天山云/博尔塔拉报记者 赵静怡 通讯员 努尔兰·阿不都
“攒了两个月的积分，今天换了一桶油。”9月10日，在博乐市青得里街道的积分超市，居民王桂香说。
今年以来，博乐市在全市推行积分超市，目前已建成积分超市19个，参与居民8600户。
责任编辑：古丽巴哈
"""


def test_an_apps_byline_naming_the_paper_after_a_slash_names_only_the_people():
    (art,) = page_articles(APP_AND_PAPER_BYLINE)
    assert art["title"] == "博乐市：“积分小超市”换来好邻里"
    assert art["authors"] == ["赵静怡", "努尔兰·阿不都"]
    # the county-level city the title names, not its prefecture (whose paper is the source)
    assert art["adcode"] == "652701"


APP_NAME_BEFORE_ROLE = """黄河云
兰考县：焦桐树下的“文明集市”
2022-11-20 09:35
黄河云记者 陈丽娜 通讯员 林志强
近日，兰考县在城关镇新设文明集市，志愿者每天轮流值守，劝导占道经营。
兰考县还在集市旁开设文明课堂，已有1300名市民参加。
"""


def test_an_apps_name_printed_alone_and_glued_before_the_reporter_role_is_the_outlet():
    # (黄 opens many names: only the page printing 黄河云 alone tells it is the app)
    (art,) = page_articles(APP_NAME_BEFORE_ROLE)
    assert art["authors"] == ["陈丽娜", "林志强"]
    assert art["outlet"] == "黄河云"
    # a person's name glued to a role, printed nowhere else alone, stays a person
    (art,) = page_articles(APP_NAME_BEFORE_ROLE.replace("黄河云\n", ""))
    assert "黄河云" in art["authors"]


def test_a_time_of_night_and_an_english_date_are_no_facts():
    from conftest import sentence_facts
    assert sentence_facts("平安夜9点，集美区一个小区的广场上，志愿者还在巡查。") == []
    assert sentence_facts("On April 12, volunteers guided 300 visitors.", qualifier=False) == [(300, "")]
    assert sentence_facts("On 8 June 2022, the team planted trees.") == []
    # a count of ten communities on that night stays a count
    assert sentence_facts("除夕夜10个社区开展巡逻。", qualifier=False) == [(10, "个")]


FORUM_COUNTERS_AND_VIEWER_BOX = """林芝吧
关注：12.4万　帖子：86万
【转】林芝：桃花沟里的“文明客栈”
1楼
近日，林芝市巴宜区在桃花沟新评出文明客栈16家。
附件预览：巴宜区文明客栈名单.pdf
1
/ 3
巴宜区还组织志愿者服务游客，共服务游客2.3万人次。
"""


def test_a_forums_counters_and_a_pdf_viewers_page_count_are_no_facts():
    arts = page_articles(FORUM_COUNTERS_AND_VIEWER_BOX)
    values = {f["value"] for a in arts for f in a["facts"]}
    assert 124000 not in values and 860000 not in values
    assert 3 not in values
    assert 16 in values and 23000 in values


PDF_VIEWER_DOCUMENT = """临夏市人民政府
首页 > 政务公开 > 通知公告
关于2024年上半年全市文明创建工作督查情况的通报
发布日期：2024-07-08　　信息来源：临夏市文明办
附件预览：关于2024年上半年全市文明创建工作督查情况的通报.pdf
切换侧栏	查找	上一页	下一页
1
/ 3
缩小	放大	自动缩放
演示模式	打开	打印	下载	当前视图	工具
临夏市精神文明建设委员会办公室
各街道、镇，市直各部门：6月中旬，市文明办组织4个督查组，对全市10个街道、镇开展督查，共检查点位208个，发现问题96个。
"""


def test_a_pdf_viewers_toolbar_and_page_box_over_a_document_are_furniture():
    (art,) = page_articles(PDF_VIEWER_DOCUMENT)
    assert art["title"] == "关于2024年上半年全市文明创建工作督查情况的通报"
    assert "附件预览" not in art["subtitle"] and "上一页" not in art["subtitle"]
    assert 3 not in {f["value"] for f in art["facts"]}
    assert {208, 96} <= {f["value"] for f in art["facts"]}
