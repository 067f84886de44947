"""Shapes of pages someone passes on (round s12): a BBS thread whose floors print the handle,
the time and the counters on one line, a forwarder's note over the pieces it forwards (a forum
post's, an e-mail's), and masked characters in a published list. Every page here was written
for these tests, about places in Hunan, Sichuan, Gansu and Jilin; every name is invented."""
from __future__ import annotations

from conftest import page_articles as _arts

BBS_THREAD = """醴陵论坛 › 醴陵新闻 › 两篇说咱们醴陵创文的报道
楼主　瓷城老街　发表于 2024-5-20 21:15　查看:4127　回复:23

看到两篇写醴陵的报道，转过来给大家看看。

【转帖一】
醴陵：瓷城小巷里的“文明积分”
来源：株洲日报 2024年5月18日
记者 易秋云
醴陵市在老城区推行“文明积分”，全市共有3.2万户居民参与积分评比。

【转帖二】
阳三石街道：29个网格管起了背街小巷
来源：醴陵融媒 2024-05-19
通讯员 丁晓梅
阳三石街道划分网格29个，今年以来共清理背街小巷杂物460余吨。

沙发　渌江边　2024-5-20 21:40
支持，我们小区也在评
"""


def test_a_bbs_floor_on_one_line_is_furniture_and_the_forwarders_note_no_article():
    arts = _arts(BBS_THREAD)
    assert [a["title"] for a in arts] == ["醴陵：瓷城小巷里的“文明积分”", "阳三石街道：29个网格管起了背街小巷"]
    assert arts[0]["outlet"] == "株洲日报" and arts[0]["authors"] == ["易秋云"]
    assert arts[0]["adcode"] == "430281"
    values = {f["value"] for a in arts for f in a["facts"]}
    assert 4127 not in values and 23 not in values  # the thread's counters are no facts
    assert 32000 in values and 29 in values
    bodies = " ".join(p["text"] for a in arts for p in a["body"])
    assert "转过来" not in bodies and "楼主" not in bodies  # the note and the floor are the thread's


MAIL_FORWARD = """王老师好，这是您要的两篇报道，请查收。
赵明远

---------- 转发的邮件 ----------
发件人：钱思雨 <qiansy@example.cn>
日期：2024年4月8日 周一 10:05
主题：两篇甘肃县城的报道
收件人：赵明远 <zhaomy@example.cn>

明远：你要的材料我把正文直接贴在下面了。

临泽：戈壁小城的“文明超市”
来源：张掖日报 2024年4月3日
记者 马晓燕
临泽县在全县71个村建成“文明超市”，今年兑换生活用品1.1万余件。

高台：红色街区的志愿服务站
来源：张掖日报 2024年4月5日
通讯员 牛建平 记者 常思远
高台县在城区设立志愿服务站26个，注册志愿者达到1.9万人。
"""


def test_an_email_forwards_notes_and_signoff_open_no_article():
    arts = _arts(MAIL_FORWARD)
    assert [a["title"] for a in arts] == ["临泽：戈壁小城的“文明超市”", "高台：红色街区的志愿服务站"]
    assert [a["adcode"] for a in arts] == ["620723", "620724"]
    assert arts[1]["authors"] == ["牛建平", "常思远"]
    assert all(a["date"]["value"].startswith("2024-04-0") for a in arts)


SHORT_BRIEF_FIRST = """梨树：农家书屋开到田间地头
梨树县今年新建农家书屋28个，并为每个书屋配送图书500册。

双辽：老旧小区加装路灯
本报讯（记者 孙秀兰）双辽市今年为老旧小区加装路灯1200余盏，惠及居民8600户。
"""


def test_a_short_first_brief_without_forwarding_words_stays_an_article():
    arts = _arts(SHORT_BRIEF_FIRST)  # guard: a short item is not a forwarder's note
    assert [a["title"] for a in arts] == ["梨树：农家书屋开到田间地头", "双辽：老旧小区加装路灯"]
    assert arts[0]["adcode"] == "220322"


MASKED_NAMES = """**雅安：文明家庭名单公示**
本报讯（记者 高远）雨城区公示第三批文明家庭，入选的有张**、李*华、欧阳**等15户家庭。
举报电话：0835-26****18。
"""


def test_masked_names_keep_their_asterisks_and_bold_marks_go():
    (art,) = _arts(MASKED_NAMES)
    assert art["title"] == "雅安：文明家庭名单公示"
    body = " ".join(p["text"] for p in art["body"])
    assert "张**、李*华、欧阳**" in body


APP_NAME_AFTER_TITLE = """首页 > 甘肃 > 武威
古浪县“小积分”兑出乡村文明新风奔流新闻
奔流新闻记者 马 骏
发布时间：2023年9月14日 10:22
古浪县在全县19个乡镇推行“文明积分”，今年以来发放积分卡4.6万张。
分享到：微信 朋友圈
"""


def test_an_apps_name_glued_after_the_title_is_the_outlet_its_reporter_is_of():
    (art,) = _arts(APP_NAME_AFTER_TITLE)
    assert art["title"] == "古浪县“小积分”兑出乡村文明新风"
    assert art["outlet"] == "奔流新闻"
    assert art["authors"] == ["马骏"] and art["adcode"] == "620622"


POST_WITH_SECTIONS = """凉州发布
2021年8月3日 20:15
创城进行时｜凉州：城乡同创 全民共享
一、城市面貌持续改善
今年以来，凉州区新改建背街小巷31条，新增停车泊位1800个。
二、群众参与不断扩大
全区开展“文明家庭”评选等活动260余场。
来源：凉州区融媒体中心 记者 李文博
"""


def test_a_posts_first_numbered_section_is_no_line_of_its_title():
    (art,) = _arts(POST_WITH_SECTIONS)
    assert art["title"] == "创城进行时｜凉州：城乡同创 全民共享"
    assert art["adcode"] == "620602"


SITE_NAME_OVER_TWO_ITEMS = """锦观新闻
郫都：一条绿道串起“文明驿站”
2023-04-11 09:30:12  锦观新闻记者 罗 兰 通讯员 付小川  阅读量 2.4万
郫都区沿绿道建成“文明驿站”24个，驿站今年服务市民11万人次。
新津：老码头的“志愿服务岗”
2023-04-12 15:02  作者：严晓雯 编辑：龚平
新津区在老码头设立志愿服务岗8个，招募志愿者650名。
"""


def test_a_sites_name_over_the_page_that_a_byline_repeats_is_every_items_outlet():
    arts = _arts(SITE_NAME_OVER_TWO_ITEMS)
    assert [a["title"] for a in arts] == ["郫都：一条绿道串起“文明驿站”", "新津：老码头的“志愿服务岗”"]
    assert [a["outlet"] for a in arts] == ["锦观新闻", "锦观新闻"]
    assert [a["adcode"] for a in arts] == ["510117", "510118"]


POST_TITLE_OVER_BYLINE = """临夏发布
原创 临夏市融媒体中心 临夏发布 2024年05月16日 19:05 甘肃
老旧小区“焕新”！临夏市这样做→
文/图 | 马晓军
今年，临夏市投入资金2100万元，改造老旧小区23个，惠及居民4800户。
阅读 8650
"""


def test_a_post_title_with_an_exclamation_and_an_arrow_over_its_byline_stays_whole():
    (art,) = _arts(POST_TITLE_OVER_BYLINE)
    assert art["title"] == "老旧小区“焕新”！临夏市这样做→"
    assert art["authors"] == ["马晓军"] and art["adcode"] == "622901"


PLATFORM_COPY_UNDER_ACCOUNT = """头条号·政务 > 敦化发布

敦化：林区小城的“文明积分”兑出好风气

敦化发布
2024-03-06 16:20
来源：延边日报

延边日报记者 金美善 通讯员 朴成浩

敦化市在全市16个社区推行“文明积分”，今年以来居民兑换生活用品3800余件。
"""


def test_an_accounts_name_under_a_platform_breadcrumb_is_no_title():
    (art,) = _arts(PLATFORM_COPY_UNDER_ACCOUNT)
    assert art["title"] == "敦化：林区小城的“文明积分”兑出好风气"
    assert art["outlet"] == "延边日报"
    assert art["authors"] == ["金美善", "朴成浩"] and art["adcode"] == "222403"


SITE_NAME_OVER_CHANNEL = """红星新闻
市县传真
红星记者 林若溪 2022-06-14 18:20
天台县“和合驿站”成了山区文明新窗口
天台县在全县15个乡镇设立“和合驿站”，今年以来驿站组织志愿服务活动430余场。
仙居县“文明菜篮子”开进农贸市场
仙居县对城区7个农贸市场实施改造，新增规范摊位320个。
编辑：应晓岚
"""


def test_a_sites_name_over_its_channel_is_the_outlet_and_the_channel_no_title():
    arts = _arts(SITE_NAME_OVER_CHANNEL)
    assert [a["title"] for a in arts] == ["天台县“和合驿站”成了山区文明新窗口", "仙居县“文明菜篮子”开进农贸市场"]
    assert [a["outlet"] for a in arts] == ["红星新闻", "红星新闻"]
    assert [a["adcode"] for a in arts] == ["331023", "331024"]


WECHAT_SOURCE_LINE = """麻江发布
转载 麻江发布 2022-08-19 20:15
麻江：蓝莓小镇里的“文明积分”
以下文章来源于多彩贵州网
多彩贵州网记者 吴晓梅
麻江县在全县8个乡镇推行“文明积分”，今年以来群众兑换物品2600余件。
"""


def test_a_wechat_reposts_source_line_is_no_part_of_the_title():
    (art,) = _arts(WECHAT_SOURCE_LINE)
    assert art["title"] == "麻江：蓝莓小镇里的“文明积分”"
    assert art["authors"] == ["吴晓梅"] and art["adcode"] == "522635"


CREDITS_WITH_EDITOR = """阿克陶发布
阿克陶：帕米尔高原上的“文明小院”
2023年7月12日
文/韩雪 图/阿卜杜拉·买买提 编辑/吕思佳
阿克陶县今年评选“文明小院”1200户，全县村庄环境达标率达到93%。
"""


def test_an_editors_label_after_a_picture_credit_ends_the_photographers():
    (art,) = _arts(CREDITS_WITH_EDITOR)
    assert art["authors"] == ["韩雪"]
    assert art["photographers"] == ["阿卜杜拉·买买提"]
    assert art["adcode"] == "653022"


def test_a_place_ranked_with_pai_di_n_wei_is_a_rank_and_a_batch_stays_an_ordinal():
    from build_tools.extract.numbers import find_quantities

    def kinds(sentence):
        return [(q.value, q.kind) for q in find_quantities(sentence)]
    assert kinds("该区志愿服务工作在全省排第7位。") == [(7, "rank")]
    assert kinds("今年测评成绩在全市排第一。") == [(1, "rank")]
    assert (3, "rank") not in kinds("排查第3批隐患12处。")  # a batch's ordinal


LEAD_WITH_BYLINE_RUN_IN = """姜堰区“银发课堂”开进社区
通讯员 戚晓雯 今年以来，姜堰区在城区社区开设“银发课堂”18个，累计培训老人2600人次。
"""


def test_a_byline_run_into_the_lead_with_spaces_names_the_author_and_leaves_the_text():
    (art,) = _arts(LEAD_WITH_BYLINE_RUN_IN)
    assert art["authors"] == ["戚晓雯"]
    assert art["body"][0]["text"].startswith("今年以来")
    assert art["adcode"] == "321204"
