"""Shapes of pages the pipeline had not seen (issue 14, thirteenth round): an oral history
credited 口述/整理, a literary page of a signed essay and a group of poems, a televised
accountability show written as a transcript, and a vote page's own tally. Every page here was
written for these tests, about places in Qinghai, Jiangxi, Anhui and Shandong (not the
held-out pages' places)."""
from __future__ import annotations

from conftest import page_articles as _arts


ORAL_HISTORY_AND_BRIEF = """柴达木日报    2023年5月17日    星期三    第3版
城事·民生                    责编：韩 梅    美编：马雪峰
【我的创城故事】
在巷口守了八年的“义务交通员”
口述：祁福林  整理：本报记者 冶晓东
我今年七十一岁，退休前在盐化厂开车。2015年，社区招
募文明交通劝导员，我报了名，领到了一面小红旗。
那时候我们昆仑路社区门口的路口没有红绿灯，上学的孩
子过马路全靠家长拉着。我们劝导队一开始只有7个人，每
天早上七点到路口站岗。
后来，劝导队发展到了35人，分成5个班轮流上岗。光是去
年，我们就劝导不文明过马路行为1300多人次。
格尔木市新建12座“城市书屋”
本报讯（记者 韩青云 通讯员 李晓辉）5月15日，记者从格尔
木市文体旅游广电局获悉，今年以来，格尔木市在公园、社区
等地新建12座“城市书屋”，配备图书2.4万册。
"""


def test_an_oral_history_is_an_article_of_its_own_by_the_reporter_who_wrote_it_down():
    first, second = _arts(ORAL_HISTORY_AND_BRIEF)
    assert first["title"] == "在巷口守了八年的“义务交通员”"
    assert first["authors"] == ["冶晓东"]  # the teller (口述) is its source, like an interviewee
    assert second["title"] == "格尔木市新建12座“城市书屋”"
    assert second["authors"] == ["韩青云", "李晓辉"]
    assert second["adcode"] == "632801"
    assert {f["value"] for f in second["facts"]} >= {12, 24000}
    assert "我今年七十一岁" not in " ".join(p["text"] for p in second["body"])


LITERARY_PAGE = """赣南日报
2023年3月24日 星期五
第8版 通天岩·副刊
编辑：钟 岚 版式：刘晓凤
章江边的灯火
□ 曾丽萍
傍晚的章江边，总有人在跳广场舞。
音响不再开得震天响，跳舞的阿姨们说，声音小一点，楼上
的孩子好写作业。江堤上的垃圾桶换成了分类的，连钓鱼的
老人也把烟头装进随身的小盒子里。
我想，一座城的文明，就是这样一点一点长出来的。
（作者单位：赣州市章贡区作家协会）
写给南康的路口（外一首）
□ 黄志远
路口
红灯亮起的时候
电动车停在线后
像一排
等待检阅的士兵
斑马线
在南康，斑马线前
卡车也学会了
慢下来
"""


def test_a_note_in_brackets_and_a_signed_name_end_a_piece_on_a_page_without_blank_lines():
    essay, poems = _arts(LITERARY_PAGE)
    assert essay["title"] == "章江边的灯火" and essay["authors"] == ["曾丽萍"]
    assert poems["title"] == "写给南康的路口（外一首）"  # not the note above it
    assert poems["authors"] == ["黄志远"]  # not 黄志远路口: a name has at most four characters
    assert poems["adcode"] == "360703"  # 南康区
    assert "作者单位" not in " ".join(p["text"] for p in essay["body"] + poems["body"])


TV_ACCOUNTABILITY_RECAP = """蚌埠日报 2023年6月30日 星期五 第6版
问政·回音
本版主编 许 峰 责任编辑 常 丽
《阳光问政》第5期聚焦背街小巷、占道经营等问题——
镜头对准问题 部门当场认领
本报记者 卢晓川 方 园
6月28日晚，龙子湖区融媒体中心演播厅灯光
亮起，第5期《阳光问政》电视问政节目现场直
播。区城管局、区住建局等4个部门的负责人坐
上“问政席”，直面市民代表提问。
【现场问政】
主持人：短片里的背街小巷，居民反映了一年，
为什么一直没改造？
区住建局局长 葛长青：这个问题我们负有责任。
市民代表 吴秀兰：菜市场门口占道经营太多，早
上出门电动车都推不过去。
区城管局局长 孔德胜：今年我们计划在老城区
新建便民疏导点18处，目前已建成7处，剩下
的国庆节前全部建成。
【满意度测评】
现场观众对各部门的回答进行了满意度测评，4个
部门的平均满意率为71.5%。
"""


def test_a_transcripts_turn_wrapped_in_a_column_is_text_not_a_new_article():
    (art,) = _arts(TV_ACCOUNTABILITY_RECAP)
    assert art["title"] == "镜头对准问题 部门当场认领"
    assert art["authors"] == ["卢晓川", "方园"]
    assert art["adcode"] == "340302"  # 龙子湖区
    facts = {(f["value"], f["unit"]) for f in art["facts"]}
    assert {(18, "处"), (7, "处")} <= facts
    assert any("新建便民疏导点18处，目前已建成7处" in p["text"] for p in art["body"])


def test_a_headline_that_quotes_a_speaker_still_stands_over_its_text():
    """Guard: a title of the shape 'who：what' over a web copy's long paragraph stays the title."""
    page = ("市民代表：背街小巷改造让出行更方便\n"
            "6月28日，记者在潍坊市奎文区采访时了解到，今年以来，奎文区已改造背街小巷42条，"
            "新增停车泊位860个，居民出行更加便利。\n")
    (art,) = _arts(page)
    assert art["title"] == "市民代表：背街小巷改造让出行更方便"
    assert {42, 860} <= {f["value"] for f in art["facts"]}


VOTE_PAGE = """文明奎文
2023-09-05 18:20 发表于山东
“奎文好人”网络投票开始啦！
3号 王秀梅
社区志愿者，十年如一日为独居老人送餐。
当前票数：2356
投票规则：每个微信号每天可投5票，投票截止到9月15日。
据了解，今年奎文区注册志愿者已达到6.8万人，志愿服务组织214个。
"""


def test_a_vote_pages_tally_and_rules_are_not_facts():
    (art,) = _arts(VOTE_PAGE)
    values = {f["value"] for f in art["facts"]}
    assert {68000, 214} <= values
    assert not values & {2356, 5}
