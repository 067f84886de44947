"""Shapes of pages that hold several articles (round s14): a comment signed by a name alone
under its title; names set apart by spaces under a title in a web copy; one brief under a
brief column's name after a feature; a 引题 of clauses over the news naming its place; a
post's numbered cards (01 / headline / text). And the shapes that must stay one article: a
profile headed by its subject's name, a post whose numbered parts share one byline. Every
page here was written for these tests, about places in Guizhou, Inner Mongolia, Jiangxi,
Gansu, Hunan and Heilongjiang; every name is invented."""
from __future__ import annotations

from conftest import page_articles as _arts

COMMENT_SIGNED_BY_NAME = """黔东南州 第3版

锦屏县：清水江畔的“文明岗”上新了
本报记者　龙晓芸　杨文涛
今年以来，锦屏县在清水江沿岸设立文明劝导岗26个，组织志愿者4800余人次上岗服务。

时评
岗亭虽小　责任不轻
程立新
文明劝导岗不是摆设，是群众身边的一面镜子。锦屏县的做法，让文明从墙上走到了街上。
"""


def test_a_comment_signed_by_a_name_alone_under_its_title_is_an_article_of_its_own():
    arts = _arts(COMMENT_SIGNED_BY_NAME)
    assert [a["title"] for a in arts] == ["锦屏县：清水江畔的“文明岗”上新了", "岗亭虽小 责任不轻"]
    assert arts[0]["authors"] == ["龙晓芸", "杨文涛"] and arts[1]["authors"] == ["程立新"]


SPACED_NAMES_WEB = """乌拉特中旗融媒体中心
2021年6月3日 第4版

乌拉特中旗：草原上的文明新风
巴图·孟和 其木格 乌兰
海流图镇的街头，志愿者正在清理路边的塑料袋。今年以来，乌拉特中旗组建志愿服务队伍83支，开展活动600余场。
旗文明办负责人说，全旗注册志愿者已达1.6万人。

新忽热苏木开展牧区环境整治
本报讯 新忽热苏木近日组织牧民清理草场垃圾，共清运垃圾42吨。（通讯员 高娃）
"""


def test_names_apart_by_spaces_under_a_web_copys_title_are_its_byline_not_text():
    arts = _arts(SPACED_NAMES_WEB)
    assert [a["title"] for a in arts] == ["乌拉特中旗：草原上的文明新风", "新忽热苏木开展牧区环境整治"]
    assert arts[0]["authors"] == ["巴图·孟和", "其木格", "乌兰"] and arts[1]["authors"] == ["高娃"]
    assert arts[0]["body"][0]["text"].startswith("海流图镇")


ONE_BRIEF_AFTER_FEATURE = """于都县融媒体中心电子版　2023年5月18日　第2版

红土地上文明花开
于都县以文明实践站为阵地推动移风易俗

□记者　肖雨桐

初夏的贡江两岸，文明实践站里书声琅琅。
一、红白理事会管住“面子”
全县成立村级红白理事会362个，婚丧事宜平均花费下降45%。
二、道德积分换来“里子”
参与积分管理的农户达到5.2万户。

新闻速览
于都县城新增两座智慧公厕
县城管局日前在长征大道沿线建成智慧公厕两座，实时显示空余厕位。

本版编辑：钟小曼
"""


def test_one_brief_under_a_brief_columns_name_after_a_feature_is_an_article_of_its_own():
    arts = _arts(ONE_BRIEF_AFTER_FEATURE)
    assert [a["title"] for a in arts] == ["红土地上文明花开", "于都县城新增两座智慧公厕"]
    assert "二、道德积分换来“里子”" in "\n".join(b["text"] for b in arts[0]["body"]) and arts[1]["authors"] == []


KICKER_OF_CLAUSES = """肃州融媒　2022年10月11日　第2版
本版编辑　郑小川
赶在国庆前完成老旧小区改造，让居民住得安心、出行顺心
肃州区老旧小区改造提速增效
■记者　马晓军　实习生　司马嫣
国庆前夕，肃州区对城区27个老旧小区集中改造，
完成外墙保温2.1万平方米，新增停车位960个。
文明餐桌行动走进百家饭店
■本报记者　苏文静
近日，肃州区启动文明餐桌行动，全区百余家饭店参与，倡导光盘行动。
"""


def test_a_kicker_of_clauses_over_the_news_naming_its_place_is_the_kicker_not_the_title():
    arts = _arts(KICKER_OF_CLAUSES)
    assert [a["title"] for a in arts] == ["肃州区老旧小区改造提速增效", "文明餐桌行动走进百家饭店"]
    assert arts[0]["authors"] == ["马晓军", "司马嫣"] and arts[1]["authors"] == ["苏文静"]


NUMBERED_CARDS = """望城发布
2023年4月21日 19:05 湖南

【文明望城】一周要闻

01
望城区“文明出行”志愿服务队上岗
望城区组织志愿者在城区15个主要路口开展文明出行劝导，每天上岗200余人次。
（通讯员 胡思远）

02
乔口镇渔都古镇评上省级文明风景旅游区，全省共有8家景区入选，乔口镇位列第3
近日，省文明委公布新一批文明风景旅游区名单，乔口镇渔都古镇名列其中。
（记者 谭欣悦）

编辑：罗小雅
"""


def test_a_posts_numbered_cards_each_signed_are_articles_even_with_a_long_headline():
    arts = _arts(NUMBERED_CARDS)
    assert [a["title"] for a in arts] == [
        "望城区“文明出行”志愿服务队上岗", "乔口镇渔都古镇评上省级文明风景旅游区，全省共有8家景区入选，乔口镇位列第3"]
    assert arts[1]["body"][0]["text"].startswith("近日") and arts[1]["authors"] == ["谭欣悦"]


NUMBERED_PARTS_ONE_POST = """大庆发布
2024年1月9日 08:30 黑龙江

冰城大庆的冬日文明图鉴
作者：邵雪晴

01
冰雪路上的“护学岗”
每天清晨，让胡路区的志愿者都会在学校门口清扫积雪，护送孩子过马路。

02
暖心驿站里的一杯热水
全市建成户外劳动者暖心驿站132个，为环卫工人、快递小哥提供热水和休息场所。
"""


def test_a_posts_numbered_parts_under_one_byline_stay_one_article():
    arts = _arts(NUMBERED_PARTS_ONE_POST)
    assert len(arts) == 1 and arts[0]["title"] == "冰城大庆的冬日文明图鉴" and arts[0]["authors"] == ["邵雪晴"]


PROFILE_UNDER_NAME = """身边好人

程立新
程立新，宁远县九嶷山瑶族乡村医，三十年来走遍全乡的每一个村寨，免费为老人看病4000余次。
"""


def test_a_name_alone_over_text_opening_with_it_is_a_profiles_head_not_a_byline():
    arts = _arts(PROFILE_UNDER_NAME)
    assert len(arts) == 1 and arts[0]["authors"] == []
