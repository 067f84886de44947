"""Shapes of pages found failing on the blind sets of round s17: a dashboard's panel and feed
copied as text; a site's © footer; an extra edition's masthead over a cry (喜报！); a charter's
first chapter and a clapper verse's stage direction under the title; a song's credits; a draft's
copy note after its title; a debate's parts under an editor's note; a digest's clipping note;
an e-paper's breadcrumb and page bar; an account's 原创 mark; a post's emoji and keycap items; a
PDF's bylines boxed over broken headlines; a bullet's one-sentence brief closing an item; a
form's blanks and its 回执; a post's bracketed sections; an English sentence under a label; a
remarks digest's speakers; a charity as a credit's author; 文 and 摄 on one line; a page
number before the paper's name; a couplet over the headline; 文·图 with a bar; a word broken
over two headline lines; numbers that are names (a bus route, a phone's last digits, a room,
a copy count, a question's number, a read count); two notices under one headline naming both;
a portal's <title> tail; a site's name before a bar; a running head ending with its section; a
bulletin's numbered items; a topic's dashed line over its items; an item credited to a
prefecture's paper on a county's page. Every page here was written for these tests,
about places in Xinjiang, Tibet, Qinghai, Ningxia, Inner Mongolia, Jilin, Liaoning, Hainan,
Guizhou, Yunnan, Jiangsu, Anhui, Shanxi, Hubei, Guangdong, Chongqing and Shandong; every name
is invented."""
from __future__ import annotations

from conftest import page_articles as _arts


def _values(a: dict) -> set:
    return {f["value"] for f in a["facts"]}


# ---------------------------------------------------------------- dashboards, footers, mastheads

DASHBOARD_PANEL = """伊宁市新时代文明实践调度中心
数据更新时间：2023-06-12 10:00:00
全屏 | 退出

实践阵地
实践中心 1 个 | 实践所 9 个 | 实践站 126 个

志愿队伍
注册志愿者 5.6万 人 | 志愿服务队 412 支

活动排行（按街道）
喀赞其街道 318场
解放路街道 276场

实时动态
09:41 某社区实践站发布“文明楼道”志愿活动
09:12 某街道实践所完成群众点单“老人手机课堂”

© 伊宁市新时代文明实践中心  技术支持：某某信息科技有限公司
"""


def test_a_dashboards_panels_and_feed_are_rows_of_one_page_not_headlines_of_articles():
    (a,) = _arts(DASHBOARD_PANEL)
    assert a["title"] == "伊宁市新时代文明实践调度中心"
    assert a["outlet"] == "伊宁市新时代文明实践中心"
    assert a["adcode"] == "654002"
    assert 126 in _values(a)


COPYRIGHT_FOOTER = """湟中区“文明实践积分”兑换活动走进千家万户

发布时间：2022-09-14 16:20

　　湟中区在全区382个村（社区）推行“文明实践积分”，村民参加志愿服务可积分兑换生活用品。

© 2022 湟中区融媒体中心 版权所有
"""


def test_a_sites_copyright_footer_names_the_outlet():
    (a,) = _arts(COPYRIGHT_FOOTER)
    assert a["outlet"] == "湟中区融媒体中心"
    assert a["adcode"] == "630106"


EXTRA_EDITION = """号外
今日贺兰
2023年11月10日

喜报！贺兰县成功创建全国文明城市

　　11月10日，中央文明委公布新一届全国文明城市名单，贺兰县榜上有名。
"""


def test_an_extra_editions_label_is_furniture_and_a_cry_opens_the_title():
    (a,) = _arts(EXTRA_EDITION)
    assert a["title"] == "喜报！贺兰县成功创建全国文明城市"
    assert a["outlet"] == "今日贺兰"
    assert a["adcode"] == "640122"


# ---------------------------------------------------------------- what stands under the title

VILLAGE_CHARTER = """阿荣旗人民政府
首页>>苏木乡镇>>正文

那吉镇某某村红白理事会章程

发布时间：2021-10-26  来源：那吉镇  浏览：417

第一章 总则
第一条 为推进移风易俗，倡导红事新办、白事简办，减少人情负担，依据《阿荣旗移风易俗工作方案》，结合本村实际，制定本章程。
第二章 移风易俗
第二条 红白事简办，婚事彩礼不超过3万元，婚宴不超过20桌。
第三章 附则
第三条 本章程经村民代表大会讨论通过，自公布之日起施行。

据了解，该村红白理事会成立以来，今年已帮助村民简办婚事12起。

【打印】【关闭】
"""


def test_a_charters_first_chapter_under_its_title_opens_its_text_not_an_article():
    (a,) = _arts(VILLAGE_CHARTER)
    assert a["title"] == "那吉镇某某村红白理事会章程"
    assert a["adcode"] == "150721"


CLAPPER_VERSE = """原创  敦化文化馆  2023-07-21 18:05  吉林

快板《文明敦化我的家》

作词：孙晓峰
表演：市文化馆文艺小分队

（甲乙二人持竹板上场）
甲：竹板这么一打呀，
乙：别的咱不夸，
甲：夸一夸咱们敦化文明新变化。
"""


def test_a_clapper_verses_stage_direction_is_no_title():
    (a,) = _arts(CLAPPER_VERSE)
    assert a["title"] == "快板《文明敦化我的家》"
    assert a["authors"] == ["孙晓峰"]
    assert a["adcode"] == "222403"


SONG_PAGE = """文明之花开满城
作词：冯雪梅　作曲：白俊峰

文明之花开满城，铁岭的街巷处处新，
你帮我来我帮你，一座城市一条心。
"""

SONG_IN_A_REPORT = """铁岭市原创歌曲《文明之花开满城》发布

本报讯（记者 宫晓明）日前，铁岭市原创歌曲《文明之花开满城》正式发布。
作词：冯雪梅　作曲：白俊峰
　　歌曲由全市12所学校的合唱团传唱。
"""


def test_a_songs_credits_name_its_authors_only_when_the_page_is_the_song():
    (a,) = _arts(SONG_PAGE)
    assert a["authors"] == ["冯雪梅"]
    (b,) = _arts(SONG_IN_A_REPORT)
    assert b["authors"] == ["宫晓明"]


DRAFT_COPY_NOTE = """海口市美兰区文明养犬公约（试用稿）

　　为规范养犬行为，营造文明和谐的社区环境，制定本公约。
　　一、出门遛犬须牵绳，犬绳长度不超过1.5米。
"""


def test_a_drafts_copy_note_after_its_title_is_no_part_of_the_title():
    (a,) = _arts(DRAFT_COPY_NOTE)
    assert a["title"] == "海口市美兰区文明养犬公约"
    assert a["adcode"] == "460108"


DEBATE_UNDER_EDITORS_NOTE = """文明创建，“面子”重要还是“里子”重要？
——某某中学辩论赛实录

编者按：近日，遵义市红花岗区某中学围绕文明创建开展辩论赛，本期摘登部分发言。

【立论】
正方一辩：城市的“面子”是群众最直观的感受，我们认为面子更重要。
反方一辩：群众的获得感来自“里子”，我们认为里子更重要。

【总结陈词】
正方四辩：面子和里子都要，但要从面子做起。
"""


def test_a_debates_parts_under_an_editors_note_are_no_pieces():
    (a,) = _arts(DEBATE_UNDER_EDITORS_NOTE)
    assert a["title"] == "文明创建，“面子”重要还是“里子”重要？"
    assert a["adcode"] == "520302"


DIGEST_CLIPPING = """大理古城的“门前三包”

　　走进大理市古城，街巷干净整洁，商户门前都挂着“门前三包”责任牌。古城今年已签订责任书2100余份。

（摘自2021年4月9日《某某晚报》 文/段晓梅）
"""


def test_a_digests_clipping_note_names_the_source_and_its_writer():
    (a,) = _arts(DIGEST_CLIPPING)
    assert a["authors"] == ["段晓梅"]
    assert a["title"] == "大理古城的“门前三包”"
    assert a["adcode"] == "532901"


# ---------------------------------------------------------------- e-papers and accounts

EPAPER_BREADCRUMB = """某某日报数字报 > 2020年09月24日 > 第03版：区域新闻 > 丹徒区：老旧小区换新颜
上一篇　下一篇　返回版面

丹徒区：老旧小区换新颜
本报讯（记者 殷晓兰）今年以来，丹徒区改造老旧小区27个，惠及居民5600户。

某某日报数字报 > 2020年09月24日 > 第03版：区域新闻 > 句容市文明单位结对帮扶社区
上一篇　下一篇　返回版面

句容市文明单位结对帮扶社区
本报讯（通讯员 程雅洁）9月22日，句容市56家文明单位与31个社区签订共建协议。

某某日报社版权所有 技术支持：某某科技
"""

EPAPER_NAV_BAR = """某某日报 数字报刊平台
2019年07月11日 星期四

◆ 版面导航 ◆　第04版：县域　|　上一版　下一版
海阳市：“小网格”撬动大治理

海阳市：“小网格”撬动大治理
　　本报讯（记者 孙丽红）海阳市将城区划分为486个网格，每个网格配备一名网格员。

◆ 版面导航 ◆　第04版：县域　|　上一版　下一版
莱阳市评选“文明诚信商户”

莱阳市评选“文明诚信商户”
　　本报讯（通讯员 姜晓燕）7月9日，莱阳市对首批102家“文明诚信商户”进行表彰。
"""


def test_an_epapers_breadcrumbs_split_its_items_and_give_their_day_and_page():
    arts = _arts(EPAPER_BREADCRUMB)
    assert [a["title"] for a in arts] == ["丹徒区：老旧小区换新颜", "句容市文明单位结对帮扶社区"]
    assert [a["authors"] for a in arts] == [["殷晓兰"], ["程雅洁"]]
    assert all(a["date"]["value"] == "2020-09-24" and a["date"]["source"] == "printed" for a in arts)
    assert [a["adcode"] for a in arts] == ["321112", "321183"]


def test_an_epapers_page_bar_is_furniture_between_its_items():
    arts = _arts(EPAPER_NAV_BAR)
    assert [a["title"] for a in arts] == ["海阳市：“小网格”撬动大治理", "莱阳市评选“文明诚信商户”"]
    assert not any(a.get("kicker") for a in arts)
    assert [a["authors"] for a in arts] == [["孙丽红"], ["姜晓燕"]]
    assert [a["adcode"] for a in arts] == ["370687", "370682"]


ORIGINAL_MARK = """原创 文明灵璧
灵璧县“文明餐桌”行动走进机关食堂
2023-03-02 18:30

　　灵璧县在全县63家机关食堂推行“光盘行动”，设置文明提示牌800余块。
"""


def test_an_accounts_original_mark_names_the_outlet():
    (a,) = _arts(ORIGINAL_MARK)
    assert a["outlet"] == "文明灵璧"
    assert a["title"] == "灵璧县“文明餐桌”行动走进机关食堂"
    assert a["adcode"] == "341323"


KEYCAP_ITEMS = """文明平遥
本周文明实践速览
2023-05-08 20:00

1️⃣ 古城志愿者服务游客
　　五一假期，平遥县组织志愿者320名在古城各景点开展服务。（通讯员 乔晓红）
2️⃣ 文明交通劝导进路口
　　平遥县交警大队在城区12个路口开展文明交通劝导。（通讯员 温建国）
3️⃣ 道德讲堂开进乡村
　　平遥县在56个村开设道德讲堂，受众8000余人次。（通讯员 雷小娟）
"""


def test_a_posts_keycap_numbered_items_are_articles_of_their_own():
    arts = _arts(KEYCAP_ITEMS)
    assert [a["title"] for a in arts] == ["古城志愿者服务游客", "文明交通劝导进路口", "道德讲堂开进乡村"]
    assert [a["authors"] for a in arts] == [["乔晓红"], ["温建国"], ["雷小娟"]]


# ---------------------------------------------------------------- forms and a post's own parts

PLEDGE_WITH_FORM = """乌兰浩特市“文明诚信经营”承诺书
文明乌兰浩特 2023-05-12 16:40

　　近日，乌兰浩特市组织城区商户签订《文明诚信经营承诺书》，已有520家商户签订。承诺书全文如下：

　　一、守法经营，明码标价；
　　二、落实“门前三包”责任。
　　本承诺书一式两份，承诺单位和市市场监管局各执一份。

承诺单位（盖章）：__________
负责人（签字）：__________
　　　　年　　月　　日

（通讯员 包晓燕）
"""


def test_a_forms_blanks_and_its_date_left_blank_are_its_text_not_a_new_article():
    (a,) = _arts(PLEDGE_WITH_FORM)
    assert a["title"] == "乌兰浩特市“文明诚信经营”承诺书"
    assert a["authors"] == ["包晓燕"]
    assert 2 not in _values(a)  # 一式两份: how many copies, no figure


NOTICE_WITH_REPLY_SLIP = """关于召开“文明家庭”创建家长会的通知
琼中县某中学 2023-11-20 19:40

各位家长：
　　为配合琼中县创建省级文明县城，学校定于2023年11月24日召开家长会。
　　请家长准时参会。

琼中县某中学
2023年11月20日

————回执————
学生姓名：______ 班级：______ 是否参会：______
"""


def test_a_notices_reply_slip_is_its_part_not_an_article():
    (a,) = _arts(NOTICE_WITH_REPLY_SLIP)
    assert a["title"] == "关于召开“文明家庭”创建家长会的通知"
    assert a["adcode"] == "469030"
    (b,) = _arts(NOTICE_WITH_REPLY_SLIP.replace("————回执————", "——————————————\n回　执"))  # under a rule
    assert b["title"] == a["title"]


BRACKETED_SECTIONS = """文明石楼
石楼县“好家风”展示（第二期）
文明石楼 2023-09-07 08:30 山西

　　今年以来，石楼县征集家风家训作品200余件。本期展示两个家庭的家训和家风故事。

【罗村镇 贺家】
家训：勤俭持家。
家风故事：贺家老人坚持义务清扫村道十余年。

【义牒镇 薛家】
家训：和睦邻里。
家风故事：薛家三代同堂，邻里有事总是第一个帮忙。

编辑：霍晓燕
"""


def test_a_posts_bracketed_sections_under_its_lead_are_its_sections():
    (a,) = _arts(BRACKETED_SECTIONS)
    assert a["title"] == "石楼县“好家风”展示（第二期）"
    assert a["adcode"] == "141126"


ENGLISH_UNDER_A_LABEL = """万州区公交车“文明乘车”语音提示上线（附广播词）
万州公交 2023-04-03 09:12 重庆

　　即日起，万州城区公交车统一播放“文明乘车”语音提示。以下为广播词：

【上车提示】
各位乘客，上车请刷卡或扫码，请往车厢中部走。

【英文提示】
Please offer your seat to those in need. Thank you.

　　首批上线的线路包括1路、3路、15路等城区主要线路。有乘客反映，尾号2356的来电已登记回复。

文字：谭晓峰
编辑：冉小燕
"""


def test_an_english_sentence_under_a_label_is_text_and_the_piece_is_one_article():
    (a,) = _arts(ENGLISH_UNDER_A_LABEL)
    assert a["authors"] == ["谭晓峰"]
    assert "Please offer your seat to those in need." in " ".join(s for s, _ in a["sentences"])
    assert not {15, 2356} & _values(a)  # a bus route, a caller's last digits: names


REMARKS_DIGEST = """辽阳日报 2023年11月8日 星期三 第3版 区县·综合

让文明成为城市最动人的风景
——白塔区创建全国文明城市工作座谈会发言摘编
本报记者 关晓雪 整理

编者按 11月6日，白塔区召开创建全国文明城市工作座谈会。本版摘编部分发言。

■ 白塔区某街道党工委书记 刘春阳
我们把新时代文明实践站建到群众家门口，街道共建成实践站12个。

■ 白塔区某社区党委书记 屈秀兰
老旧小区改造是居民最关心的事。我们社区成立了居民议事会。

■ 区内某物业公司负责人 于德海
我们在服务的小区增设分类垃圾投放点140个。

白塔区“文明积分”兑换点达到30个
本报讯（通讯员 邢晓丹）记者从白塔区文明办获悉，该区“文明积分”兑换点已达到30个。
"""


def test_a_remarks_digests_speakers_are_its_sections_not_authors_or_articles():
    arts = _arts(REMARKS_DIGEST)
    assert [a["title"] for a in arts] == ["让文明成为城市最动人的风景", "白塔区“文明积分”兑换点达到30个"]
    assert arts[0]["authors"] == ["关晓雪"]
    assert arts[1]["authors"] == ["邢晓丹"]
    assert 140 in _values(arts[0])


# ---------------------------------------------------------------- credits and mastheads

CHARITY_AS_AUTHOR = """黄陂区慈善总会
首页 > 信息公开 > 公示公告

“文明黄陂·爱心助学”募捐活动善款公示
发布时间：2023-07-06 09:45　　作者：区慈善总会　　浏览次数：396

　　“文明黄陂·爱心助学”募捐活动共收到捐款486笔，合计28.65万元。

武汉市黄陂区慈善总会
2023年7月5日
"""


def test_a_charity_named_as_author_is_the_source_and_the_printed_day_stands():
    (a,) = _arts(CHARITY_AS_AUTHOR)
    assert a["authors"] == []
    assert a["date"]["value"] == "2023-07-06"
    assert a["adcode"] == "420116"


WORDS_AND_PICTURES_ON_ONE_LINE = """写春联 送祝福 | 文明新风进万家
禄丰融媒　2024-01-29 17:25

　　1月28日，禄丰市文联组织书法家志愿者32名开展“写春联 送祝福”活动，现场书写春联1600余副。

记者 李若兰 文　杞晓芬 摄
责任编辑：张文华
"""


def test_a_closing_line_crediting_words_and_pictures_names_writer_and_photographer():
    (a,) = _arts(WORDS_AND_PICTURES_ON_ONE_LINE)
    assert a["authors"] == ["李若兰"]
    assert a["photographers"] == ["杞晓芬"]


PAGE_NUMBER_BEFORE_THE_PAPER = """  8                         广西日报                    2024年4月18日   星期四
                                                                 市县新闻

          扶绥:甘蔗之乡的"文明新气象"

    去年以来,扶绥县统筹推进城乡环境整治,累计投入资金 3.8 亿元。
"""


def test_a_page_number_before_the_papers_name_leaves_the_name_the_outlet():
    (a,) = _arts(PAGE_NUMBER_BEFORE_THE_PAPER)
    assert a["outlet"] == "广西日报"
    assert a["newspaper_page"] == "8"
    assert a["adcode"] == "451421"


COUPLET_OVER_THE_HEADLINE = """湖北日报
2023年10月26日 星期四
第10版：市州

桂花飘香处 文明入人心
咸安：一座城的“温柔以待”
——咸宁市咸安区创建全国文明城市纪事

湖北日报全媒记者 甘晓林
通讯员 但文静

　　金秋十月，咸安城区桂花飘香，人行道上的盲道畅通无阻。
"""


def test_a_couplet_of_five_character_phrases_over_the_headline_is_no_byline():
    arts = _arts(COUPLET_OVER_THE_HEADLINE)
    assert len(arts) == 1
    (a,) = arts
    assert a["title"] == "咸安：一座城的“温柔以待”"
    assert a["authors"] == ["甘晓林", "但文静"]


DOT_CREDIT_WITH_A_BAR = """坊子发布
2023-05-22 18:05 山东

“家门口”的文明实践站，让日子更有滋味

文·图 | 谭晓霞

五月的坊子，麦苗青青。傍晚时分，坊子区的新时代文明实践站里格外热闹。
"""


def test_a_words_and_pictures_credit_with_a_middle_dot_and_a_bar_is_one_byline():
    (a,) = _arts(DOT_CREDIT_WITH_A_BAR)
    assert a["authors"] == ["谭晓霞"]
    assert a["adcode"] == "370704"


WORD_BROKEN_OVER_HEADLINE_LINES = """忻州日报
2023年11月8日  星期三   第3版  县域

杏花深处新风来
宁武乡村移风
易俗见实效

  本报讯  近日，在宁武县的一场婚礼上，没有高价彩礼，一对新人简朴成婚。
"""


def test_a_word_broken_over_two_headline_lines_joins_them():
    (a,) = _arts(WORD_BROKEN_OVER_HEADLINE_LINES)
    assert a["title"].replace(" ", "").endswith("宁武乡村移风易俗见实效")
    assert "易俗" not in (a.get("kicker") or "")
    assert a["adcode"] == "140925"


# ---------------------------------------------------------------- numbers that are names

NUMBERS_THAT_ARE_NAMES = """东港区“文明楼道”评比结果公示

　　东港区某社区312室居民张某被评为“文明楼道”示范户。公示材料一式3份，已读320人。
　　问题1：如何参与评比？答：向社区报名。
　　全区今年评出“文明楼道”示范户86户。
"""


def test_a_room_a_copy_count_a_read_count_and_a_questions_number_are_no_figures():
    (a,) = _arts(NUMBERS_THAT_ARE_NAMES)
    values = _values(a)
    assert 86 in values
    assert not {312, 3, 320, 1} & values


TWO_NOTICES_UNDER_ONE_HEADLINE = """文明昌江
“文明昌江”主题征文、短视频征集启事
文明昌江 2023-06-20 17:30 海南

“文明昌江”主题征文启事

　　为讲好身边文明故事，县文明办面向社会开展“文明昌江”主题征文活动。
　　一、征集时间：即日起至2023年8月31日。
　　二、奖项设置：一等奖3名，每名奖励2000元。

“文明昌江”短视频征集启事

　　为记录创城过程中的美好瞬间，县文明办同步开展短视频征集活动。
　　一、征集内容：反映县城面貌、志愿服务的短视频，时长不超过3分钟。
　　二、奖项设置：评选优秀作品20部，每部奖励800元。

昌江黎族自治县精神文明建设办公室
2023年6月20日
"""


def test_a_headline_naming_two_notices_printed_under_it_gives_each_its_article():
    arts = _arts(TWO_NOTICES_UNDER_ONE_HEADLINE)
    assert [a["title"] for a in arts] == ["“文明昌江”主题征文启事", "“文明昌江”短视频征集启事"]
    assert arts[1]["adcode"] == "469026"  # (signed by the county's office at its end)
    assert arts[0]["adcode"] in (None, "469026")  # (昌江 of 文明昌江 is also 景德镇's 昌江区: no guess)
    assert {20} <= _values(arts[1]) and 20 not in _values(arts[0])


PORTAL_TITLE_LINE = """人民网 >> 湖北频道 >> 市州新闻
西陵区：老街巷里“绣”出文明新图景--湖北频道--人民网
2023年09月05日14:22 | 来源：人民网-湖北频道

　　人民网宜昌9月5日电 （易晓欣、阳志刚）初秋时节，走进宜昌市西陵区的老街巷，青石板路干干净净。
"""


def test_a_portals_title_line_with_its_channel_and_site_after_two_hyphens_is_cut_to_the_headline():
    (a,) = _arts(PORTAL_TITLE_LINE)
    assert a["title"] == "西陵区：老街巷里“绣”出文明新图景"
    assert a["subtitle"] == ""
    assert a["authors"] == ["易晓欣", "阳志刚"]
    assert a["adcode"] == "420502"


SITE_BAR_CHANNEL = """中国文明网 | 地方文明
首页  文明播报  地方文明  志愿服务
您现在的位置：首页 > 地方文明 > 江西

江西安远：“文明积分”兑出乡村新风尚

来源：安远县文明办　　2023-05-19 16:08　　【字体：大 中 小】【打印】【关闭】

　　去年以来，安远县在全县推广“文明积分”制度，全县151个行政村已实现“文明积分超市”全覆盖。
"""


def test_a_sites_name_before_a_bar_and_its_channel_is_the_outlet():
    (a,) = _arts(SITE_BAR_CHANNEL)
    assert a["outlet"] == "中国文明网"
    assert a["adcode"] == "360726"


RUNNING_HEAD_ENDING_WITH_ITS_SECTION = """5        潍坊日报        2023年6月8日  星期四        区市新闻

奎文区为老旧小区装上
“文明管家”

本报记者 栾晓惠  通讯员 初明远

    奎文区在全区42个老旧小区推行“文明管家”，配备管家126名。
"""


def test_a_running_head_ending_with_its_section_names_the_paper_not_the_section():
    (a,) = _arts(RUNNING_HEAD_ENDING_WITH_ITS_SECTION)
    assert a["outlet"] == "潍坊日报"
    assert a["newspaper_page"] == "5"
    assert a["title"] == "奎文区为老旧小区装上“文明管家”"


BULLETIN_OF_NUMBERED_ITEMS = """兴宁区创建全国文明城市
工 作 动 态
2020年第12期（总第45期）

兴宁区创城办编　　　　　　　　　　　　2020年7月8日

一、朝阳街道开展“周末大扫除”行动
　　7月4日，朝阳街道组织志愿者300余人，对辖区背街小巷开展“周末大扫除”，清理卫生死角57处。

二、民生街道打造“文明示范路”
　　民生街道选取示范路作为创建试点，规范沿街店铺外摆48家，增设垃圾分类投放点12个。

三、区创城办通报测评情况
　　在南宁市7月份组织的城区文明程度测评中，兴宁区综合得分排名第2位。

（本期共印40份）
"""


def test_a_bulletins_numbered_items_are_articles_under_its_name_and_its_day():
    arts = _arts(BULLETIN_OF_NUMBERED_ITEMS)
    assert [a["title"] for a in arts] == ["朝阳街道开展“周末大扫除”行动", "民生街道打造“文明示范路”", "区创城办通报测评情况"]
    assert all(a["date"]["value"] == "2020-07-08" for a in arts)
    assert all(a["adcode"] == "450102" for a in arts)


TOPIC_OVER_ITEMS = """镇海新闻网 首页 > 专题 > 文明创建进行时

文明创建进行时
——镇海区深化全国文明城区创建专题报道

招宝山街道：“文明实践+网格”让服务更贴心
作者：应晓红　来源：镇海新闻网　时间：2024-03-05 10:12
　　招宝山街道将新时代文明实践与网格治理结合起来，全街道划分网格86个。

蛟川街道整治“飞线充电”
作者：乐振宇　来源：镇海区融媒体中心　时间：2024-03-06 09:30
　　针对电动自行车“飞线充电”安全隐患，蛟川街道新建集中充电桩320个。
"""


def test_a_topics_dashed_line_over_its_items_is_no_subtitle_of_the_first_item():
    arts = _arts(TOPIC_OVER_ITEMS)
    assert [a["title"] for a in arts] == ["招宝山街道：“文明实践+网格”让服务更贴心", "蛟川街道整治“飞线充电”"]
    assert [a["subtitle"] for a in arts] == ["", ""]
    assert [a["authors"] for a in arts] == [["应晓红"], ["乐振宇"]]


NESTED_CREDITS = """遂昌发布
遂昌发布 2024年5月13日 07:45 浙江

【一周要闻】文明遂昌 这一周

📌 妙高街道“文明积分”兑出好风尚
妙高街道在12个社区推行“文明积分”管理，已有3100余户居民参与。

📌 某某镇：一条“文明路”带火乡村游
该镇投入资金280万元，对镇区至景区的8.5公里道路进行提质改造。
（丽水日报记者 肖雨晴 通讯员 郭春华）

📌 县城新增共享单车停放点
县城管局近日在县城主干道新增共享单车停放点65个。
"""


def test_an_item_naming_no_place_credited_to_a_prefectures_paper_on_a_countys_page_is_the_countys():
    arts = _arts(NESTED_CREDITS)
    assert len(arts) == 3
    assert arts[1]["authors"] == ["肖雨晴", "郭春华"]
    assert arts[1]["adcode"] == "331123"  # 遂昌县, not 丽水市
