"""Web channels and apps listing several items (round s15, set 63 read): an app's morning
digest with its time and reads line and items numbered "1. "; a digest item led by its
section's label; a county app's video item tagged 视频 | over its duration, then items closed by
their site's fields. Every page here was written for these tests, about places in Tibet, Inner
Mongolia and Shanxi; every name is invented."""
from __future__ import annotations

from conftest import page_articles as _arts


MORNING_DIGEST = """日喀则发布
【日喀则早报】2022年8月3日 星期三 第12期
07:20　　阅读 2.1万

1. 江孜县开展“洁净家园”集中行动
江孜县近日组织干部群众开展环境卫生集中整治，清运垃圾160吨。

2. 区内要闻：仲巴县推进“文明村”建设
仲巴县今年将创建“文明村”18个。

3. 萨迦县新建公益广告牌9处
萨迦县在县城主要路口新建公益广告牌9处。

编辑：扎西卓玛　审核：次仁
点赞 在看 分享
"""


def test_a_morning_digest_with_its_time_line_holds_one_article_per_numbered_item():
    arts = _arts(MORNING_DIGEST)
    assert [a["title"] for a in arts] == ["江孜县开展“洁净家园”集中行动", "区内要闻：仲巴县推进“文明村”建设",
                                          "萨迦县新建公益广告牌9处"]
    assert [a["adcode"] for a in arts] == ["540222", "540232", "540224"]
    assert all(a["date"]["value"] == "2022-08-03" for a in arts)


VIDEO_THEN_ITEMS = """岢岚县融媒体中心
视频 | 岢岚：“文明新风”吹进农家小院
03:12
2021-09-14 19:30
岢岚县在全县开展“文明新风进农家”活动，已评出“美丽庭院”示范户260户。
记者：郝建军　摄像：乔文斌

岢岚县开展移风易俗专项整治
岢岚县日前召开移风易俗专项整治推进会，全县各村均已成立红白理事会，修订村规民约146份。
来源：岢岚县融媒体中心
作者：武丽娟
编辑：郭思雨

岢岚县图书馆“文明阅读角”开放
县图书馆“文明阅读角”近日开放，新增图书3000册。
来源：岢岚县融媒体中心
作者：樊宇
编辑：郭思雨

分享到　评论 8
"""


def test_a_video_item_under_its_tag_and_items_closed_by_their_sites_fields():
    arts = _arts(VIDEO_THEN_ITEMS)
    assert [a["title"] for a in arts] == ["岢岚：“文明新风”吹进农家小院", "岢岚县开展移风易俗专项整治",
                                          "岢岚县图书馆“文明阅读角”开放"]
    assert [a["authors"] for a in arts] == [["郝建军"], ["武丽娟"], ["樊宇"]]
