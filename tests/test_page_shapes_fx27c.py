"""Shapes of pages the pipeline had not seen (held-out set 27's kinds, helper fx27c): a public list
of citizens' tickets, a lecture script posted by an account, a skit script, a nomination's material
written down by someone. Every page here was written for these tests, about places in 四川, 山东,
湖南 and 江西 (not the held-out pages' places); names are invented."""
from __future__ import annotations

from conftest import page_articles as _arts


TICKET_LIST = """文明聊城
随手拍 | 办理公开 | 我的上报
共公开工单 2 条  按时间排序 ▼
【已办结】柳园街道一处路灯连续多晚不亮
工单编号：SSP20240902-0211
所属区域：东昌府区 柳园街道
上报时间：2024-09-02 21:15
上报人：市民赵**
问题描述：柳园南路一段路灯连续三晚不亮，夜里行人看不清路。
处理单位：东昌府区城市管理局
处理结果：我局接单后当日派员检修，更换灯头5个，修复线路120米，路灯已恢复照明。
群众评价：★★★★★ 非常满意
【已办结】新华路街道农贸市场门前占道经营
工单编号：SSP20240905-0388
所属区域：临清市 新华路街道
上报时间：2024-09-05 09:40
上报人：市民孙**
问题描述：农贸市场门前流动摊点占用车道，早上车辆通行困难。
处理单位：临清市综合行政执法局
处理结果：我局已劝导流动摊贩入市经营，清理占道摊点14处，并施划临时摊位线30个。
群众评价：★★★★☆ 满意
"""


def test_a_public_list_of_tickets_gives_one_article_per_ticket_with_its_area_and_date():
    arts = _arts(TICKET_LIST)
    assert [a["title"] for a in arts] == ["柳园街道一处路灯连续多晚不亮", "新华路街道农贸市场门前占道经营"]
    assert [a["adcode"][:6] for a in arts] == ["371502", "371581"]  # 所属区域 names each ticket's place
    assert [a["date"]["value"] for a in arts] == ["2024-09-02", "2024-09-05"]  # 上报时间
    assert all(a["authors"] == [] for a in arts)  # the masked citizen and the office are no writers
    assert {a["outlet"] for a in arts} == {"文明聊城"}  # the app's name over its tab bar, not 我的上报
    values = {f["value"] for a in arts for f in a["facts"]}
    assert {5, 120, 14, 30} <= values and 2 not in values  # the list's count is no fact


def test_a_list_counter_an_app_tab_bar_and_a_ticket_time_are_meta():
    from build_tools.repair.furniture import lex_meta
    assert lex_meta("共公开工单 2 条  按时间排序 ▼") == [("chrome", "共公开工单 2 条  按时间排序 ▼")]
    assert lex_meta("随手拍 | 办理公开 | 我的上报") == [("chrome", "随手拍 | 办理公开 | 我的上报")]
    assert lex_meta("上报时间：2024-09-02 21:15") == [("date", "2024-09-02"), ("time", "21:15")]  # 上报 is no outlet
    assert lex_meta("所属区域：临清市 新华路街道") == [("area", "临清市 新华路街道")]


LECTURE_SCRIPT = """蓬安新时代文明实践
【百姓宣讲】老街坊说说咱们的新变化
蓬安新时代文明实践 2024年05月20日 10:26 四川
编者按：县新时代文明实践中心开展“百姓宣讲进院坝”活动，现将部分宣讲稿刊发如下。
宣讲人：罗春燕（相如街道锦屏社区居委会主任）
宣讲时长：约12分钟
各位街坊、朋友们：
大家好！今天跟大家摆一摆咱们社区这几年的新变化。
去年社区新建了口袋公园3个，老旧小区加装电梯17部，院坝里再也看不到乱堆乱放了。
谢谢大家！
编辑：何小玲  审核：唐志明
阅读 832
"""


def test_a_lecture_script_stays_one_article_by_its_speaker():
    arts = _arts(LECTURE_SCRIPT)
    assert len(arts) == 1  # the speaker's line is no second article's title
    a = arts[0]
    assert a["title"] == "老街坊说说咱们的新变化"
    assert a["authors"] == ["罗春燕"]  # 宣讲人 (her post in brackets is no name)
    assert a["outlet"] == "蓬安新时代文明实践"  # a long account name over the post's time and province
    assert a["date"]["value"] == "2024-05-20"
    assert a["adcode"].startswith("511323")
    assert 12 not in {f["value"] for f in a["facts"]}  # the lecture's length


def test_an_account_line_with_a_long_name_names_the_outlet():
    from build_tools.repair.furniture import lex_meta
    assert lex_meta("蓬安新时代文明实践 2024年05月20日 10:26 四川")[0] == ("outlet", "蓬安新时代文明实践")
    assert lex_meta("宣讲人：罗春燕（相如街道锦屏社区居委会主任）") == [("author", "罗春燕"), ("info", "相如街道锦屏社区居委会主任")]


SKIT_SCRIPT = """文明会同
原创快板剧《山村换新颜》剧本
文明会同 2023年11月03日 15:20 湖南
编剧：杨秋菊
导演：龙海波
【创作说明】今年县文化馆组织创作文艺节目24个，已在全县巡演86场。
人物：
老杨——村民
小龙——志愿者
老杨：村里又要评比啦？
小龙：是啊，评上了有奖励！
（剧终）
编辑：粟丽  审核：梁军
"""


def test_a_skit_script_is_written_by_its_playwright():
    arts = _arts(SKIT_SCRIPT)
    assert len(arts) == 1
    assert arts[0]["authors"] == ["杨秋菊"]  # 编剧; the director is no author


DEEDS_MATERIAL = """2023年度上饶市“文明家庭”推荐对象事迹材料汇编

山间茶园育新风
——铅山县鹅湖镇毛丽君家庭事迹材料

毛丽君家庭住在铅山县鹅湖镇，是当地有名的“茶香人家”。
她家带动周边农户种植有机茶，组织茶农成立合作社，社员发展到58户。
执笔：傅建华
推荐单位：铅山县文明办（盖章）
2023年10月25日
"""


def test_a_nomination_material_is_written_by_the_one_who_wrote_it_down():
    arts = _arts(DEEDS_MATERIAL)
    assert arts[-1]["authors"] == ["傅建华"]  # 执笔
