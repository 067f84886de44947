"""Shapes of pages from held-out set 30's kinds (helper fx30b): a collective post whose intro
points at its items, a county app's page with its share bar and readers' comments, a long post
with numbered sections, a campus paper. Every page here was written for these tests, about
places in Jiangxi and Gansu (not the held-out pages' places); names are invented."""
from __future__ import annotations

from conftest import page_articles as _arts


COLLECTIVE_POST = """各地动态丨瑞金 于都 文明实践见实效

赣州发布  2024-06-12 08:15  江西

近期，各县（市、区）文明实践工作亮点纷呈。一起来看——

【瑞金】
瑞金：红色讲堂开进村组
今年以来，瑞金市在各村组开设红色讲堂85个，开展宣讲活动620余场。
（来源：瑞金市融媒体中心）

【于都】
于都：长征源头兴起“文明积分”
于都县在贡江镇推行“文明积分”制度，共有3400户家庭参与，兑换生活用品1.2万件。
（来源：于都县融媒体中心）

编辑：郭小雨  审核：钟立
阅读 2.3万  在看 61
"""


def test_a_collective_posts_intro_opens_no_article_and_its_date_goes_to_every_item():
    arts = _arts(COLLECTIVE_POST)
    assert [a["title"] for a in arts] == ["瑞金：红色讲堂开进村组", "于都：长征源头兴起“文明积分”"]
    assert all(a["date"]["value"] == "2024-06-12" for a in arts)


APP_PAGE = """玉门融媒
打开APP

玉门：戈壁油城里的“文明小院”

玉门融媒  2023-10-11 19:40

在玉门市新市区的一处老旧小区里，居民们自发打理起了“文明小院”，院子里花木繁茂，干净整洁。

近年来，玉门市在城区建成“文明小院”27个，带动1300余户居民参与环境整治。

居民在小院里修剪花木。冯志远 摄

记者：任晓丽 冯志远
责任编辑：蔡明

分享到：微信  朋友圈  QQ  微博  复制链接
点赞 88    评论（5）

戈壁人家：我们院子也要评一个！ 3小时前
老玉门：点赞 2楼
"""


def test_an_app_pages_share_bar_and_comments_are_furniture_and_its_glued_caption_credit_is_read():
    arts = _arts(APP_PAGE)
    assert len(arts) == 1
    assert arts[0]["photographers"] == ["冯志远"]
    values = {f["value"] for f in arts[0]["facts"]}
    assert {27, 1300} <= values and 3 not in values and 88 not in values


LONG_POST = """原创 临泽发布 临泽发布 2024-05-08 18:10 甘肃

临泽：丹霞脚下文明花开

01
文明实践 让乡村更有温度

五月的临泽，枣花飘香。在沙河镇的新时代文明实践站里，志愿者正为村民讲解健康知识。

近年来，临泽县建成新时代文明实践站72个，组建志愿服务队伍150支。

02
移风易俗 让新风吹进农家

临泽县在各村修订村规民约，全县高价彩礼、大操大办现象明显减少。

记者：邵文静
"""


def test_a_numbered_section_head_under_a_posts_title_is_no_subtitle():
    arts = _arts(LONG_POST)
    assert len(arts) == 1
    assert arts[0]["title"] == "临泽：丹霞脚下文明花开" and arts[0]["subtitle"] == ""


CAMPUS_PAPER = """兰州大学报
总第902期　内部资料　免费交流
2023年11月15日　星期三　第2版　校园新闻

青年志愿者走进城关社区 助力文明城市创建
学生记者 韦思琪 程浩然　通讯员 校团委

本报讯 本学期以来，我校青年志愿者每周走进城关区多个社区，开展文明交通劝导和垃圾分类宣传。
据统计，本学期我校共组织志愿者1800余人次参与城关区文明城市创建志愿服务。
志愿者在社区宣传垃圾分类。摄影：学生记者 程浩然
本版编辑：马悦　责任编辑：丁宁
"""


def test_a_campus_papers_masthead_is_the_outlet_and_its_student_roles_and_league_committee_are_no_names():
    arts = _arts(CAMPUS_PAPER)
    assert len(arts) == 1
    assert arts[0]["outlet"] == "兰州大学报"
    assert arts[0]["authors"] == ["韦思琪", "程浩然"]
    assert arts[0]["photographers"] == ["程浩然"]
