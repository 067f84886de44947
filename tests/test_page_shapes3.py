"""Shapes of real pages the pipeline had not seen (issue 14, third held-out set): a Weibo
post, a government notice with its information table and signature, a page of picture
stories, an interview in ■/□ turns, a reader's letter, two-line headlines without a dash, a
byline broken inside a name by OCR, a closing byline before an addendum, an English masthead
line, a site name before its breadcrumb. Every page here was written for these tests, about
places in Shaanxi, Sichuan, Guangxi, Fujian, Heilongjiang, Xinjiang, Zhejiang, Hebei, Jiangxi
and Guizhou (not the held-out pages' places)."""
from __future__ import annotations

from conftest import fact_places as _facts, page_articles as _arts


WEIBO = """汉中发布
24-4-18 09:30 来自 微博 weibo.com 已编辑

【留坝县：秦岭山村的文明积分】4月17日，记者走进留坝县火烧店镇，村口的积分超市里摆满了日用品。留坝县在全县推行文明积分，已有3600户村民参与。（记者 杨帆 郑雪）#汉中身边事# #文明乡风# 收起全文c

转发 12 ｜ 评论 5 ｜ 赞 86
"""


def test_a_weibo_post_gives_its_headline_date_and_byline():
    (a,) = _arts(WEIBO)
    assert a["title"] == "留坝县：秦岭山村的文明积分"
    assert a["date"]["value"] == "2024-04-18" and a["date"]["source"] == "printed"
    assert a["authors"] == ["杨帆", "郑雪"]
    assert a["adcode"] == "610729"
    assert _facts(a) == {3600: "610729"}
    assert "#汉中身边事#" not in " ".join(p["text"] for p in a["body"])


GOV_NOTICE = """雅安市人民政府 > 政务公开 > 通知公告

索引号： 11511800MB0000000X/202403-00012	信息分类： 通知公告
发布机构： 雅安市精神文明建设委员会办公室	主题分类： 文化
成文日期： 2024-03-08	发布日期： 2024-03-11
名称： 关于表扬2023年度雅安市文明交通示范路口的通报

关于表扬2023年度雅安市文明交通示范路口的通报

各县（区）文明委：

2023年，全市共评选出文明交通示范路口18个，其中雨城区7个、名山区5个。

希望受表扬的单位珍惜荣誉，再接再厉。

雅安市精神文明建设委员会
2024年3月8日
"""


def test_a_government_notice_is_titled_by_its_name_not_its_signature():
    (a,) = _arts(GOV_NOTICE)
    assert a["title"] == "关于表扬2023年度雅安市文明交通示范路口的通报"
    assert a["date"]["value"] == "2024-03-11"
    assert a["adcode"] == "511800"
    assert "名称" not in a["title"]


PICTURE_STORIES = """广西日报　2024年3月6日　星期三　第8版　图片新闻

桂林：漓江边的“护江队”
　　3月5日，志愿者在桂林市象山区漓江边清理垃圾。当天，象山区组织近400名志愿者参加护江活动。
本报记者　韦江　摄

北海：银滩上的文明劝导
　　3月4日，在北海市银海区银滩景区，志愿者提醒游客不乱扔垃圾。今年以来，景区劝导不文明行为230余起。
通讯员　黄丽　摄

百色：红色讲解进校园
　　3月5日，在百色市右江区一所小学，老党员为学生讲述革命故事，全区已开展宣讲活动56场。
（文/图　本报记者　农雪）
"""


def test_picture_stories_are_articles_with_their_photographers():
    arts = _arts(PICTURE_STORIES)
    assert [a["title"] for a in arts] == ["桂林：漓江边的“护江队”", "北海：银滩上的文明劝导", "百色：红色讲解进校园"]
    assert [a["photographers"] for a in arts] == [["韦江"], ["黄丽"], ["农雪"]]
    assert [a["authors"] for a in arts] == [[], [], ["农雪"]]
    assert 400 in _facts(arts[0]) and 230 in _facts(arts[1]) and 56 in _facts(arts[2])


INTERVIEW = """福建日报　2024年6月3日　星期一　第5版　专访

“让文明成为武夷山的底色”
——访武夷山市委常委、宣传部长林秀华

本报记者　陈志强

　　■记者：游客多了，城市管理有哪些新变化？
　　□林秀华：去年全市接待游客1650万人次，我们在景区设立文明引导岗48个。
　　■记者：下一步有什么打算？
　　□林秀华：今年计划再改造背街小巷30条。
"""


def test_interview_turns_are_text_not_bylines():
    (a,) = _arts(INTERVIEW)
    assert a["authors"] == ["陈志强"]
    assert a["title"] == "“让文明成为武夷山的底色”"
    assert {48, 30} <= set(_facts(a))


LETTER = """绥化日报　2024年1月12日　第4版　读者来信

为家门口的“暖心驿站”点赞

　　我家住在北林区西长发镇，去年镇上建起了“暖心驿站”，环卫工人、快递小哥都能进来歇脚喝水。

　　听说全区已经建成这样的驿站35个，希望能多建一些。

　　　　　　　　　　北林区西长发镇居民　孙丽华
"""


def test_a_letter_is_signed_by_its_writer():
    (a,) = _arts(LETTER)
    assert a["authors"] == ["孙丽华"]
    assert a["adcode"] == "231202"


TWO_LINE_HEADLINES = """阿克苏日报　2024年7月2日　第1版

全市创建文明城市工作推进会召开
艾力讲话　王建国主持

本报讯（记者 李娜）7月1日，全市创建文明城市工作推进会召开，阿克苏市今年已整治背街小巷46条。
"""


def test_a_second_headline_line_of_its_own_is_the_subtitle():
    (a,) = _arts(TWO_LINE_HEADLINES)
    assert a["title"] == "全市创建文明城市工作推进会召开"
    assert "".join(a["subtitle"].lstrip("—").split()) == "艾力讲话王建国主持"
    assert a["authors"] == ["李娜"]


BROKEN_BYLINE = """嘉兴日报    2024年8月9日    星期五    第 3 版
海宁：潮城处处
文明风
本报记者  沈建
华  通讯员  周
敏
    盛夏时节，走进海宁市硖石街道的
大街小巷，道路整洁，绿树成荫。今年
以来，海宁市累计整治背街小巷52条，
城市面貌焕然一新。
"""


def test_a_byline_broken_inside_names_is_read_whole():
    (a,) = _arts(BROKEN_BYLINE)
    assert a["authors"] == ["沈建华", "周敏"]
    assert a["body"][0]["text"].startswith("盛夏时节")


ADDENDUM = """邢台日报　2024年4月2日　第6版　县区简讯

内丘：“文明菜篮子”进社区
　　内丘县在城区社区设立平价菜摊12个，方便居民买菜。（刘洋）

临城：乡村夜校开课
　　临城县在全县开设乡村夜校，目前已建成夜校53所。（赵婷）

　　另讯　柏乡县近日举办文明家庭事迹分享会，8户家庭代表发言。
"""


def test_a_closing_byline_before_an_addendum_names_the_author():
    arts = _arts(ADDENDUM)
    assert [a["title"] for a in arts] == ["内丘：“文明菜篮子”进社区", "临城：乡村夜校开课"]
    assert [a["authors"] for a in arts] == [["刘洋"], ["赵婷"]]


ENGLISH_MASTHEAD = """赣州日报　2024年5月20日　第2版　城事
Ganzhou Daily · City

章贡区：老街巷里的“文明客厅”
The "civility parlour" in old lanes

记者 钟丽

章贡区在老城区建成“文明客厅”24个，居民在这里议事、读书、下棋。
"""


def test_english_lines_under_masthead_and_headline_are_not_the_title():
    (a,) = _arts(ENGLISH_MASTHEAD)
    assert a["title"] == "章贡区：老街巷里的“文明客厅”"
    assert a["subtitle"] == ""
    assert a["authors"] == ["钟丽"] and a["outlet"] == "赣州日报"


SITE_BEFORE_BREADCRUMB = """遵义文明网　首页 > 文明创建 > 工作动态

汇川区开展“文明出行”劝导活动

发布时间：2024-09-10 10:20　　来源：区文明办　　【字体：大 中 小】

　　9月9日，汇川区组织志愿者在城区路口开展文明出行劝导，共设劝导岗26个。
"""


def test_a_site_name_before_its_breadcrumb_is_the_outlet():
    (a,) = _arts(SITE_BEFORE_BREADCRUMB)
    assert a["outlet"] == "遵义文明网"
    assert a["title"] == "汇川区开展“文明出行”劝导活动"
    assert a["date"]["value"] == "2024-09-10"


PHOTO_CREDITS = """晋中日报　2024年9月2日　第2版

榆次：老城墙下的“文明管家”

本报记者　郭　敏

▲在榆次老城，志愿者为游客指路。 晋中新闻记者 范 明 摄
▲志愿者清理城墙脚下的落叶。 通讯员 乔红 摄

榆次区今年在老城设立文明岗28个。 图为老城一处文明岗。 本报记者 王 磊 摄 岗亭里备有雨伞、药箱和饮用水。

（24.9.1　赵刚　摄）志愿者在老城东门劝导游客排队。
"""


def test_photographers_from_spaced_names_inline_captions_and_leading_credits():
    (a,) = _arts(PHOTO_CREDITS)
    assert set(a["photographers"]) == {"范明", "乔红", "王磊", "赵刚"}
    assert a["authors"] == ["郭敏"]
    body = " ".join(p["text"] for p in a["body"])
    assert "岗亭里备有雨伞" in body and "图为老城一处文明岗" not in body
    assert _facts(a) == {28: "140702"}
