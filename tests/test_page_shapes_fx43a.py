"""Shapes of pages holding several articles (set 43's kinds): a roundup column whose items are
led by a place's short label run in after a wide space, a picture item whose words are all its
caption under a photo column's name (with or without its own lead-in), and a box of one-line
items. Every page here was written for these tests, about places in Shanxi, Zhejiang and Hunan
(not the held-out pages' places); names are invented."""
from __future__ import annotations

from conftest import page_articles as _arts

ROUNDUP_LABELS = """晋中晚报
2024年5月9日　第A05版　县区新闻

各地创城动态

　　祁县　县城今年新建口袋公园8处，总面积1.2万平方米，周边居民步行五分钟即可到达。（记者　韩立新）

　　平遥　平遥县组织志愿者350余名走进古城街巷，劝导游客文明出行，目前已开展活动40场。

　　介休　介休市投入资金620万元，改造城区老旧小区供水管网，惠及居民3100户。（通讯员　乔丽芬）
"""


def test_a_roundup_led_by_wide_spaced_place_labels_is_one_article_per_place():
    arts = _arts(ROUNDUP_LABELS)
    assert [a["title"] for a in arts] == ["祁县", "平遥", "介休"]
    assert [a["adcode"] for a in arts] == ["140727", "140728", "140781"]
    assert arts[0]["authors"] == ["韩立新"] and arts[1]["authors"] == [] and arts[2]["authors"] == ["乔丽芬"]
    assert 8 in {f["value"] for f in arts[0]["facts"]}
    assert 6200000 in {f["value"] for f in arts[2]["facts"]}


INTERVIEW_TURNS = """灵石县文明办主任谈创建

记者　今年灵石县在文明创建方面有哪些新的举措，群众的反响怎么样呢？

贺明远　今年我们在全县推行网格化管理，新建新时代文明实践站点30个，群众反响很好。

记者　下一步还有哪些打算，能不能给读者介绍一下具体的安排？

贺明远　下一步我们将继续完善志愿服务体系，让文明实践活动覆盖全县每一个村。
"""


def test_guard_an_interviews_speaker_names_before_a_wide_space_are_no_roundup():
    arts = _arts(INTERVIEW_TURNS)
    assert len(arts) == 1
    assert arts[0]["title"] == "灵石县文明办主任谈创建"


BRIEFS_WITH_PICTURE = """长兴日报 数字报
2024年6月12日 星期三 | 第03版：综合
上一版  下一版

创建动态简讯

【长兴县新增5家“文明诚信商户”】近日，县市场监管局公布新一批“文明诚信商户”名单，全县共有5家商户入选。（记者 邵可馨）

【太湖图影湿地开展“护鸟行动”】本月以来，太湖图影湿地共组织志愿者120人次开展巡护，劝阻不文明行为30余起。

图片新闻
【小小讲解员】6月10日，县城一所小学的学生在县博物馆为游客讲解本地历史文化。 记者 邵可馨 摄

本版编辑：俞晓晨  电话：0572-66012345
"""


def test_a_picture_items_caption_under_its_lead_in_is_an_article_of_its_own():
    arts = _arts(BRIEFS_WITH_PICTURE)
    assert [a["title"] for a in arts] == ["长兴县新增5家“文明诚信商户”", "太湖图影湿地开展“护鸟行动”", "小小讲解员"]
    pic = arts[2]
    assert pic["photographers"] == ["邵可馨"] and pic["authors"] == []
    assert arts[1]["photographers"] == []  # (the picture is not the report's above it)
    assert pic["adcode"] == "330522"


REPORT_PICTURE_BOX = """湖南日报电子版
2024年3月20日  第07版  市州

醴陵市：背街小巷换新颜
记者 邝雨桐 通讯员 温建伟

　　本报讯 今年以来，醴陵市对城区背街小巷开展集中整治，已完成改造46条，新增停车位1300个，沿街商户满意度明显提升。

■图片新闻
3月16日，醴陵市一所职业学校的师生志愿者在城区公园为市民免费理发。（记者 邝雨桐 摄）

■一句话新闻
●醴陵市日前评出首届“最美志愿者”20名。
●醴陵市城区今年新增公共自行车站点35个。

（本版编辑 廖婉清）
"""


def test_a_picture_item_and_a_one_line_box_under_their_column_names_stand_apart():
    arts = _arts(REPORT_PICTURE_BOX)
    assert len(arts) == 3
    report, pic, box = arts
    assert report["title"] == "醴陵市：背街小巷换新颜" and report["photographers"] == []
    assert pic["title"] == "图片新闻"  # (the column's name, all that is printed over it; no made-up clause)
    assert pic["photographers"] == ["邝雨桐"] and pic["authors"] == []
    assert box["title"] in ("醴陵市日前评出首届“最美志愿者”20名", "一句话新闻")
    assert {20, 35} <= {f["value"] for f in box["facts"]}
    assert all(a["adcode"] == "430281" for a in arts)


TAGGED_POST_ITEMS = """介休发布
2024-09-03 19:12 山西

【文明创建在行动】介休市：老街巷的“微更新”

今年以来，介休市对城区老街巷开展“微更新”，改造街巷路面2.6万平方米，新增休闲座椅180个，沿街居民拍手称好。

【文明创建在行动】义安镇：农贸市场变整洁了

介休市义安镇对镇区农贸市场实行“划行归市”管理，规范摊位140个，每天闭市后集中清洗地面。

来源：介休发布
编辑：郝雅琴
阅读 8563
"""


def test_a_posts_items_each_under_the_same_column_tag_are_articles_titled_without_it():
    arts = _arts(TAGGED_POST_ITEMS)
    assert [a["title"] for a in arts] == ["介休市：老街巷的“微更新”", "义安镇：农贸市场变整洁了"]
    assert 180 in {f["value"] for f in arts[0]["facts"]}
    assert 140 in {f["value"] for f in arts[1]["facts"]}
    assert all(a["adcode"] == "140781" for a in arts)


ONE_TAGGED_HEADLINE = """介休发布
2024-09-03 19:12 山西

【文明创建在行动】介休市：老街巷的“微更新”

今年以来，介休市对城区老街巷开展“微更新”，改造街巷路面2.6万平方米，新增休闲座椅180个。

【小编说】义安镇的农贸市场也变整洁了

介休市义安镇对镇区农贸市场实行“划行归市”管理，规范摊位140个。
"""


def test_guard_two_different_tags_are_no_column_of_items():
    arts = _arts(ONE_TAGGED_HEADLINE)
    assert len(arts) == 1


SCRIPT_LABELS = """平遥县融媒体中心　《平遥新闻》　2024年4月2日

【标题】平遥：古城夜市文明“亮”起来

【导语】夜幕降临，平遥古城的夜市灯火通明，游客络绎不绝。今年以来，平遥县把夜市管理作为文明创建的重要内容。

【正文】记者在现场看到，夜市摊位排列整齐，每个摊位都配有垃圾桶。据了解，夜市共设置摊位160个。

【同期声】平遥县古城夜市摊主　郝志强
现在摊位都是统一的，卫生也有人管，生意比以前好多了。

【正文】为了让夜市既热闹又有序，平遥县每晚安排巡查人员25名。

【同期声】平遥县城市管理局负责人　武晓东
我们下一步还要增加公厕和停车位。

记者：闫丽娜　编辑：冀文斌
"""


def test_guard_a_scripts_several_labels_are_no_column_tag_over_items():
    arts = _arts(SCRIPT_LABELS)
    assert len(arts) == 1
    assert arts[0]["title"] == "平遥：古城夜市文明“亮”起来"
