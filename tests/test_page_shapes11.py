"""Shapes of pages the pipeline had not seen (issue 14, eleventh round). Every page here was
written for these tests, about places in Gansu, Hebei and Yunnan (not the held-out pages'
places)."""
from __future__ import annotations

from conftest import page_articles as _arts


ROUNDUP_WEB_PAGE = """陇南网 首页 > 县区新闻
【字体：大 中 小】 打印本页
成县：西狭颂景区旁“文明驿站”开门迎客
发布时间：2024-05-16 09:12　来源：陇南日报　点击数：1875
在成县抛沙镇的公路边，一座白墙青瓦的“文明驿站”近日开门迎客，过路群众可以歇脚、喝水、给手机充电。今年以来，成县已建成文明驿站17个，招募志愿者430名。
“走累了就进来坐坐，热水管够。”驿站志愿者何桂兰说。（记者 孙永红 通讯员 马建军）
徽县：“道德评议会”评出新风尚
徽县在全县213个村成立道德评议会，今年以来评出“好婆婆”“好媳妇”等先进典型640人。（通讯员 王晓东）
责任编辑：李倩
"""


def test_a_web_pages_one_publication_line_dates_the_items_after_the_first():
    first, second = _arts(ROUNDUP_WEB_PAGE)
    assert first["title"].startswith("成县：") and second["title"].startswith("徽县：")
    assert first["date"]["value"] == second["date"]["value"] == "2024-05-16"
    assert second["date"]["source"] == "printed"
    assert second["provenance"]["date"]["method"] == "page_publication_line"
    assert first["outlet"] == second["outlet"] == "陇南日报"


RECORDS_EACH_DATED = """保定日报 第5版 2023年9月8日
涞源：白石山下“文明户”挂牌
本报讯（记者 高建华）9月6日，涞源县白石山镇为58户“文明家庭”挂牌。
易县：易水河畔志愿服务忙
河北新闻网讯（记者 田立新）发布时间：2023-09-05 16:20
易县组织志愿者320人开展河道清洁行动，清理垃圾12吨。
"""


def test_a_page_whose_items_print_dates_of_their_own_shares_none():
    """Guard: the masthead's date stays the first item's, and the second item's own line its own."""
    first, second = _arts(RECORDS_EACH_DATED)
    assert first["date"]["value"] == "2023-09-08"
    assert second["date"]["value"] == "2023-09-05"


DATELINE_OVER_SIBLING = """临沧新闻网 > 本地新闻
耿马：孟定镇“国门文明岗”上岗
发布时间：2022-11-03 10:05　来源：临沧日报
孟定镇在边境沿线设立“国门文明岗”12个，组织护边员和志愿者轮流值守。（记者 杨建明）
沧源：佤山小城的“红黑榜”
新华社昆明11月2日电（记者 罗晓燕）沧源佤族自治县在县城各社区张贴文明行为“红黑榜”，已有1900余人次上榜。
"""


def test_a_second_items_own_dateline_names_its_outlet_over_the_pages_source_line():
    first, second = _arts(DATELINE_OVER_SIBLING)
    assert first["outlet"] == "临沧日报"
    assert second["outlet"] == "新华社"
    assert second["region"] == "沧源佤族自治县"
