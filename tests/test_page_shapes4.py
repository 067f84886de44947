"""Shapes of real pages the pipeline had not seen (issue 14, fourth held-out set): a TV
station's web copy with end credits, a bilingual page, a pen-named commentary after a rule,
picture stories with credits above them, an app copy with follow chrome and related links, a
Taiwan press release in ROC dates, an e-paper page known by its address, a message-board
letter, a bulletin, a yearbook, a magazine, a data graphic, a proposal signed at its end.
Every page here was written for these tests, about places in Chongqing, Guangdong, Yunnan,
Hunan, Shanxi, Gansu, Jiangsu, Inner Mongolia and Taiwan (not the held-out pages' places)."""
from __future__ import annotations

from conftest import fact_places as _facts, page_articles as _arts


TV_COPY = """巫山县融媒体中心
首页 > 巫山新闻 > 本地新闻

【巫山新闻】巫峡镇：江边步道添了“文明驿站”

发布时间：2024-05-08 18:20:16　　来源：巫山县融媒体中心　　浏览次数：902

巫峡镇在江边步道新建“文明驿站”6个，为游客和环卫工人提供饮水、充电服务。

记者：冉丽 谭波　摄像：向东
"""


def test_a_tv_copy_drops_its_column_tag_and_credits_film_to_photographers():
    (a,) = _arts(TV_COPY)
    assert a["title"] == "巫峡镇：江边步道添了“文明驿站”"
    assert a["authors"] == ["冉丽", "谭波"] and a["photographers"] == ["向东"]
    assert a["date"]["value"] == "2024-05-08"


BILINGUAL = """中国日报网 > 双语 > 双语新闻

Volunteers light up the old streets of Chaozhou
潮州志愿者点亮古城老街

中国日报记者 林欣 广东潮州报道

Every weekend, volunteers in Chaozhou guide visitors through the old town.
每到周末，潮州市湘桥区的志愿者都会在古城老街为游客引路，全区已组建志愿服务队伍85支。
"""


def test_a_bilingual_page_keeps_its_chinese_headline_and_reporter():
    (a,) = _arts(BILINGUAL)
    assert a["title"] == "潮州志愿者点亮古城老街"
    assert a["authors"] == ["林欣"]


RULE_AND_PEN_NAME = """昆明日报  2024-06-11  A2  评论

【本报评论员】
让“慢生活”与“好秩序”相得益彰

昆明在滇池沿岸划定了24处休闲疏导点，既留住了烟火气，也守住了好秩序。

——————

春城观察
别让“乱停放”挡住风景
□ 欧阳晓岚

五华区一条老街上，共享单车一度占满人行道，今年以来已清理乱停车辆3100余辆。

（作者系本报特约评论员）
"""


def test_a_rule_ends_a_piece_and_a_note_on_the_author_is_no_byline():
    arts = _arts(RULE_AND_PEN_NAME)
    assert [a["title"] for a in arts] == ["让“慢生活”与“好秩序”相得益彰", "别让“乱停放”挡住风景"]
    assert [a["authors"] for a in arts] == [[], ["欧阳晓岚"]]
    assert 24 in _facts(arts[0]) and 3100 in _facts(arts[1])


CREDITS_ABOVE = """湘西日报
2024年5月10日 星期五
第4版 图片新闻

图/彭云
吉首：早市摊位“划线入格”
5月9日清晨，吉首市乾州街道的早市上，摊主们按地面标线摆放货品。今年以来，吉首市共规范早市点位19处。

摄影：向红
凤凰：古城里的“双语服务台”
凤凰县古城游客服务中心内，志愿者为游客讲解古城历史。该服务台开设以来，已接待游客咨询2600余人次。

图/田华　文/龙丽
泸溪：沅江边的“护河队”
沅江畔的步道上，由退休职工组成的“护河队”正在捡拾垃圾，这支队伍现有队员41人。
"""


def test_credits_set_above_picture_stories_go_with_them():
    arts = _arts(CREDITS_ABOVE)
    assert [a["photographers"] for a in arts] == [["彭云"], ["向红"], ["田华"]]
    assert [a["authors"] for a in arts] == [[], [], ["龙丽"]]


APP_COPY = """运城：盐湖边的“文明驿站”成了环卫工的“家”

运城融媒
2024-04-02 10:15·运城市融媒体中心官方账号
关注

运城市盐湖区今年改建“文明驿站”18个，向环卫工人、快递小哥免费开放。

文/记者 王丽　通讯员 张强
图/记者 李刚

本文为运城融媒原创内容，未经授权禁止转载
举报
阅读 1.2万

作者主页
运城融媒
1.1万粉丝 · 1200条内容
+关注

相关推荐
太原：汾河公园游客创新高
大同古城墙夜景亮灯
"""


def test_an_app_copy_keeps_one_article_its_authors_and_its_photographer():
    (a,) = _arts(APP_COPY)
    assert a["title"] == "运城：盐湖边的“文明驿站”成了环卫工的“家”"
    assert a["authors"] == ["王丽", "张强"] and a["photographers"] == ["李刚"]
    body = " ".join(p["text"] for p in a["body"])
    assert "汾河公园" not in body and "粉丝" not in body


ROC_RELEASE = """臺南市政府　新聞稿
發布日期：113-04-15
發布單位：環境保護局

臺南市「清潔家園」週末活動圓滿落幕　逾2千人響應

臺南市環境保護局於4月13日至14日辦理「清潔家園」活動，參與民眾逾2千人，共清出垃圾約3.2公噸。
"""


def test_a_taiwan_release_is_dated_by_its_roc_label():
    (a,) = _arts(ROC_RELEASE)
    assert a["date"]["value"] == "2024-04-15" and a["date"]["source"] == "printed"
    assert a["outlet"] and "政府" in a["outlet"]
    assert a["title"].startswith("台南市「清洁家园」") or a["title"].startswith("臺南市「清潔家園」")


EPAPER_ADDRESS = """http://epaper.example.cn/html/2024-03/07/content_9921.htm
第A5版：市州新闻　　　　上一版　下一版　　　　PDF下载

河西走廊上的“文明劝导岗”

本报记者　马军

张掖市甘州区在城区主要路口设立文明劝导岗32个。

版权所有：张掖日报社　　陇ICP备05000000号
"""


def test_an_epaper_page_is_dated_by_its_address_and_named_by_its_footer():
    (a,) = _arts(EPAPER_ADDRESS)
    assert a["date"]["value"] == "2024-03-07"
    assert a["outlet"] == "张掖日报社" and a["newspaper_page"] in ("第A5版", "A5")


MESSAGE_BOARD = """领导留言板 > 江苏省 > 鼓楼区

留言详情

留言标题：小区门口的电动车乱停放，能不能管管？
留言时间：2024-05-06 20:11
留言人：网友“鼓楼老住户”

我住在南京市鼓楼区宁海路街道，小区门口每天堆放电动车六十多辆，希望划定停放区域。

办理回复
回复机构：鼓楼区城市管理局
回复时间：2024-05-10 15:00

网友您好：经现场核实，已在该处施划停放区2处，可停放电动车约80辆。
"""


def test_a_message_board_letter_is_titled_and_dated_as_the_letter():
    (a,) = _arts(MESSAGE_BOARD)
    assert a["title"] == "小区门口的电动车乱停放，能不能管管？"
    assert a["date"]["value"] == "2024-05-06"
    assert a["adcode"] == "320106"


BULLETIN_AND_SIGNATURE = """文明创建工作简报
第8期

鄂托克旗创建自治区文明城市工作领导小组办公室编　　　　2024年6月3日

乌兰镇开展“文明交通”劝导活动

6月以来，乌兰镇在镇区4个重点路口开展文明交通劝导，累计劝导不文明行为320余人次。

鄂托克旗精神文明建设委员会
2024年6月1日
"""


def test_a_bulletin_names_its_issuer_and_its_date_beats_the_signature():
    (a,) = _arts(BULLETIN_AND_SIGNATURE)
    assert a["title"] == "乌兰镇开展“文明交通”劝导活动"
    assert a["date"]["value"] == "2024-06-03"
    assert a["adcode"] == "150624"


DATA_GRAPHIC = """益阳日报
2024年1月5日　星期五
第A03版：特别报道

数读丨文明益阳这一年

制图：刘婷　　文字：益阳日报全媒体记者　曹敏

一组数字，带你回看益阳的2023。

21.3万人
全市注册志愿者

412个
老旧小区完成改造
"""


def test_a_data_graphic_reads_its_figures_as_facts():
    (a,) = _arts(DATA_GRAPHIC)
    assert a["title"] == "数读丨文明益阳这一年"
    assert a["authors"] == ["曹敏"]
    assert {213000, 412} <= set(_facts(a))
