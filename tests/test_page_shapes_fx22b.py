"""Shapes of pages from the twenty-second held-out round's kinds (a news site's meta line
with a 文/图 credit, Q&A and social platforms, a comic strip under a report, government
documents, two-line headlines). Every page here was written for these tests, about places in
Hubei, Shandong, Guangxi and Zhejiang (not the held-out pages' places); names are invented."""
from __future__ import annotations

from conftest import page_articles as _arts


SITE_META_WITH_CREDIT = """恩施新闻网-恩施日报社主办
首页 > 利川 > 正文

利川市：背街小巷换新颜

2023年05月16日 09:32　来源：恩施日报　　记者 覃明远 文/图

5月14日上午，利川市都亭街道的一条背街小巷里，工人们正在铺设新的透水砖。

今年以来，利川市围绕创建全国文明城市，完成背街小巷改造47条，新增停车泊位1300个。

图为工人在铺设透水砖。

编辑：向晓琳
"""


def test_a_news_sites_meta_line_with_a_text_and_picture_credit_is_meta():
    (art,) = _arts(SITE_META_WITH_CREDIT)
    assert art["title"] == "利川市：背街小巷换新颜"
    assert not art.get("subtitle")
    assert art["authors"] == ["覃明远"] and art["photographers"] == ["覃明远"]
    assert art["date"]["value"] == "2023-05-16"
    assert art["adcode"].startswith("422802")


def test_a_meta_line_run_together_still_reads_as_meta():
    page = SITE_META_WITH_CREDIT.replace("2023年05月16日 09:32　来源：恩施日报　　记者 覃明远 文/图",
                                         "2023年05月16日09:32来源：恩施日报记者覃明远文/图")
    (art,) = _arts(page)
    assert not art.get("subtitle")
    assert art["authors"] == ["覃明远"] and art["photographers"] == ["覃明远"]
    assert art["date"]["value"] == "2023-05-16"


def test_two_reporters_before_a_picture_credit_both_took_the_pictures():
    from build_tools.repair.furniture import lex_meta
    got = lex_meta("2023-05-16 09:32 来源：恩施日报 记者 覃明远 田小禾 图/文")
    assert [x for f, x in got if f == "photographer"] == ["覃明远", "田小禾"]


QA_ANSWER = """知乎　首页　会员　发现　等你来答　　搜索

柳州市柳北区创文这几年，街上到底变了多少？
关注者 205　被浏览 4.7万
城市建设　文明城市　柳州

黎若禾
在柳北区做了八年社区网格员
1.6万 人赞同了该回答

谢邀。说说我看到的变化。

这两年柳北区一共改造了老旧小区53个，新增公共停车位1800个，全区注册志愿者已经超过5万人。

编辑于 2023-07-19 20:41・IP 属地广西

\u200b赞同 1.6万　\u200b42 条评论　\u200b分享　\u200b收藏
"""


def test_a_qa_answers_question_is_its_title_and_the_answerer_its_author():
    (art,) = _arts(QA_ANSWER)
    assert art["title"] == "柳州市柳北区创文这几年，街上到底变了多少？"
    assert not art.get("subtitle")  # (the question's topics are no subtitle)
    assert art["authors"] == ["黎若禾"]
    assert art["date"]["value"] == "2023-07-19"
    assert art["outlet"] == "知乎"
    assert art["adcode"] == "450205"
    values = {f["value"] for f in art["facts"]}
    assert {53, 1800} <= values
    assert not values & {205, 47000, 16000}  # the question's and the answer's counters


def test_a_spaced_slogan_is_no_navigation_row():
    """Guard: words set apart by spaces without a home page among them are a headline."""
    page = ("文明城市　共建共享　携手同行　幸福柳北\n\n"
            "本报讯 柳北区近日改造老旧小区53个，新增公共停车位1800个。\n")
    (art,) = _arts(page)
    assert art["title"].replace("\u3000", " ").split() == ["文明城市", "共建共享", "携手同行", "幸福柳北"]


WEIBO_THREAD = """荆州沙市 
23-9-12 16:20 来自 微博 weibo.com　已编辑

【#沙市创文# 江津湖畔的“文明劝导员”】（1/3）中秋前后，沙市区江津湖公园游客明显增多。[组图共3张]

（2/3）据统计，沙市区在公园周边设立志愿服务点26个，累计投入志愿者3400人次。

（3/3）沙市区文明办表示，将把劝导活动常态化。#文明荆州#

转发 41　　评论 17　　赞 530
"""


def test_a_weibo_threads_title_is_the_first_posts_headline_not_the_account():
    (art,) = _arts(WEIBO_THREAD)
    assert art["title"].endswith("江津湖畔的“文明劝导员”")  # (not the account; the leading #topic# is still kept)
    assert art["outlet"] == "荆州沙市"
    assert art["date"]["value"] == "2023-09-12"
    assert art["adcode"] == "421002"
    values = {f["value"] for f in art["facts"]}
    assert {26, 3400} <= values


AUDIO_EPISODE = """喜马拉雅　首页　分类　排行榜　听书　直播　下载APP

梧州之声·城事
专辑 | 梧州之声 | 已订阅 1.4万

万秀：骑楼城里的“文明新风”
发布于 2023-05-28　时长 05:36　播放 2.2万

主播：小岚　撰稿：莫启航　编辑：梁欣

节目简介
本期节目，我们走进万秀区骑楼城，听商户讲讲街区的新变化。

时间轴
00:30 骑楼城的新面貌
02:40 商户的文明公约

文稿
万秀区对骑楼城街区进行改造提升，统一规范店招320块，新建公共厕所4座。
"""


def test_an_audio_episodes_title_is_the_episode_and_its_writer_the_author():
    (art,) = _arts(AUDIO_EPISODE)
    assert art["title"] == "万秀：骑楼城里的“文明新风”"
    assert art["authors"] == ["莫启航"]  # (撰稿 wrote it; 主播 only reads it)
    assert art["date"]["value"] == "2023-05-28"
    assert art["adcode"] == "450403"
    assert {320, 4} <= {f["value"] for f in art["facts"]}
