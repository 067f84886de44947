"""Shapes of pages holding several articles (fx41a): an editor's note over town reports each
signed at its end in brackets, a related item printed whole under 相关阅读/相关新闻, a photo
column's item between two reports, a brief column of bold lead-ins, a compound surname before
the tail credit's character, a jump note glued before a continued headline. Every page here
was written for these tests, about places in Anhui, Jiangxi, Zhejiang, Guangxi, Yunnan,
Guizhou and Sichuan (not the held-out pages' places); names invented."""
from __future__ import annotations

from conftest import page_articles as _arts


EDITOR_NOTE_GROUP = """歙县融媒体中心
2023-05-11 08:05 安徽

【编者按】文明创建重在基层。本号今起开设“乡镇创建录”栏目，展示各乡镇的做法。

徽城镇：“楼道长”管好小事情
徽城镇在老旧小区设立楼道长96名，今年以来协调解决邻里纠纷210起。（通讯员 程雨桐）

深渡镇：渡口边的文明新风
深渡镇在沿江村落推行“积分兑换”，已建成积分超市17个，兑换物品4300余件。（通讯员 司马远）

阅读 1.2万  在看 96
"""


def test_an_editors_note_over_town_reports_signed_in_brackets_gives_one_article_each():
    arts = _arts(EDITOR_NOTE_GROUP)
    assert [a["title"] for a in arts] == ["徽城镇：“楼道长”管好小事情", "深渡镇：渡口边的文明新风"]
    assert [a["authors"] for a in arts] == [["程雨桐"], ["司马远"]]
    assert all(a["adcode"] == "341021" for a in arts)
    assert {f["value"] for f in arts[1]["facts"]} >= {17, 4300}


RELATED_READING = """黟县融媒体中心
黟县：古村落里的文明“新客厅”
来源：黟县融媒体中心 2022-08-16 10:20
黟县今年在西递、宏村等古村落建成新时代文明实践点38个，开展志愿服务活动560余场次，惠及村民和游客2.1万人次。
（记者 汪思远 胡  蓉）
相关阅读
黟县评选首批“文明庭院”示范户
黟县日前公布首批“文明庭院”示范户名单，全县共有150户农户入选，每户获得奖励500元。
点赞 41
"""


def test_a_related_item_printed_whole_is_an_article_of_its_own():
    arts = _arts(RELATED_READING)
    assert [a["title"] for a in arts] == ["黟县：古村落里的文明“新客厅”", "黟县评选首批“文明庭院”示范户"]
    assert arts[0]["authors"] == ["汪思远", "胡蓉"] and arts[1]["authors"] == []
    assert arts[1]["adcode"] == "341023"
    assert {f["value"] for f in arts[1]["facts"]} >= {150, 500}


RELATED_NEWS_WITH_TIME = """中国安吉新闻网 首页 > 新闻中心 > 安吉要闻
安吉：竹乡街头“文明劝导”成常态
发布时间：2024-04-09 10:12  来源：安吉新闻网  作者：俞晓琳 通讯员 章家豪  浏览次数：8600
今年以来，安吉县在县城52个路口开展文明交通劝导，行人闯红灯现象比去年同期下降了36%。
相关新闻
安吉递铺街道建成“邻里客厅”20个
2024-04-08 15:40
记者从安吉县递铺街道了解到，该街道已在辖区建成“邻里客厅”20个，今年接待居民3.4万人次。
【责任编辑：吴敏】
"""


def test_a_related_item_with_its_own_time_is_an_article_and_the_first_keeps_its_authors():
    arts = _arts(RELATED_NEWS_WITH_TIME)
    assert [a["title"] for a in arts] == ["安吉：竹乡街头“文明劝导”成常态", "安吉递铺街道建成“邻里客厅”20个"]
    assert arts[0]["authors"] == ["俞晓琳", "章家豪"]
    assert arts[1]["date"]["value"] == "2024-04-08"


RELATED_LINK_LIST = """安吉：竹乡街头“文明劝导”成常态
发布时间：2024-04-09 10:12  来源：安吉新闻网
今年以来，安吉县在县城52个路口开展文明交通劝导，行人闯红灯现象比去年同期下降了36%。
相关新闻
安吉递铺街道建成“邻里客厅”
安吉举办文明家庭表彰会
"""


def test_guard_a_list_of_related_links_stays_furniture():
    arts = _arts(RELATED_LINK_LIST)
    assert len(arts) == 1
    assert "文明家庭表彰会" not in " ".join(b["text"] for b in arts[0]["body"])


PHOTO_BETWEEN_REPORTS = """婺源日报 2022年4月20日 第3版 乡镇

婺源“花海经济”带火文明乡风
本报记者 江雨晴
今年以来，婺源县在油菜花景区推行“文明经营户”评选，共评出文明经营户420户，带动游客满意度提升到96.5%。

【图片新闻】
茶园里的志愿者 4月18日，婺源县清华镇志愿者在茶园帮助茶农采茶，当天采摘鲜叶900余斤。
本报记者 汪明哲 摄

婺源古村“夜游”点亮文明新景
婺源县在李坑、汪口等古村开通夜游线路6条，设置文明引导员85名。游客李欣然说，古村的夜晚安静又干净。
（本报记者 俞清风 通讯员 詹小禾）
"""


def test_a_photo_column_item_between_two_reports_is_an_article_with_its_lead_in_as_title():
    arts = _arts(PHOTO_BETWEEN_REPORTS)
    assert [a["title"] for a in arts] == ["婺源“花海经济”带火文明乡风", "茶园里的志愿者", "婺源古村“夜游”点亮文明新景"]
    assert arts[1]["photographers"] == ["汪明哲"] and arts[1]["authors"] == []
    assert arts[2]["authors"] == ["俞清风", "詹小禾"]


BOLD_BRIEFS = """\ufeff建水日报电子版 > 2022年09月14日 > A02 · 县域

建水：古城里的“文明答卷”
建水日报记者 李思源 通讯员 上官文
建水县坚持把创文与古城保护结合起来，今年累计整治占道经营问题2600余宗，新增口袋公园12个。

简讯
**临安镇文明劝导队上岗** 临安镇近日在古城周边15个路口设置文明劝导岗，每天安排劝导员60名。
**西庄镇开展“美丽庭院”评比** 西庄镇上月共评出美丽庭院320户，清理村内杂物800余吨。

【打印】【关闭】
"""


def test_a_brief_column_of_bold_lead_ins_gives_one_article_per_item_and_keeps_a_compound_surname():
    arts = _arts(BOLD_BRIEFS)
    assert [a["title"] for a in arts] == ["建水：古城里的“文明答卷”", "临安镇文明劝导队上岗", "西庄镇开展“美丽庭院”评比"]
    assert arts[0]["authors"] == ["李思源", "上官文"]
    assert {f["value"] for f in arts[2]["facts"]} >= {320, 800}


def test_guard_a_bold_lead_sentence_is_no_item_title():
    arts = _arts("彭州：河畔新风\n\n**今年以来，彭州市新建口袋公园18个。** 全市还新增绿道26公里，市民出行更方便了。\n")
    assert len(arts) == 1 and arts[0]["title"] == "彭州：河畔新风"


CONTINUED_HEADLINE = """2021年6月8日 星期二 黔东南日报 第5版 综合

（上接第1版）丹寨：让文明融进苗寨日常
同时，丹寨县在全县设立志愿服务站点73个，组织开展各类志愿服务活动1800余场次。
“文明创建，最终要落到群众的日子里。”县委宣传部负责人说。

凤凰古城夜市火了，文明经营也跟上了
本报讯（记者 杨晓岚 龙思齐）凤凰县在古城夜市推行“文明摊位”评选，已覆盖摊主420户。
"""


def test_a_jump_note_glued_before_a_continued_headline_stays_out_of_the_title():
    arts = _arts(CONTINUED_HEADLINE)
    assert [a["title"] for a in arts] == ["丹寨：让文明融进苗寨日常", "凤凰古城夜市火了，文明经营也跟上了"]
    assert arts[0]["adcode"] == "522636"
    assert arts[0]["newspaper_page"] == "第5版"  # (the page held: the note heads the part printed here)
