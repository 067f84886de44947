"""Telling a whole newspaper page's items apart (issue 14, the kinds left over from the
fifteenth held-out set): a photo story on a page set without blank lines, a list of honours
under its own headline after a report, an initiative (倡议书) with a title over two lines and
a signature, and more. Every page here was written for these tests, about places in Gansu,
Yunnan, Inner Mongolia, Hubei, Fujian and Guizhou (none of the held-out pages'); every
sentence and name is made up."""
from __future__ import annotations

from conftest import page_articles


# 1. Photo stories (headline, one long caption, a 摄影 credit, no other text) one under the
# other above a report, on an OCR'd page printed without a blank line anywhere: the second
# story's headline stands right under the first story's credit.
PHOTO_STORY_NO_BLANKS = """酒 泉 日 报
JIUQUAN DAILY
2023年9月14日 星期四 今日8版
06
县市·敦煌
沙州夜市“换新装”
入秋的傍晚，敦煌市沙州夜市的摊位
前人头攒动。今年以来，敦煌市对夜市
进行提升改造，统一更换摊位棚顶186
个，新铺透水砖路面1.3万平方米，增设
垃圾分类投放点24处。图为游客在夜市
品尝当地小吃。
本报记者 马小川 摄影
鸣沙山下“文明驿站”开门迎客
在敦煌市鸣沙山月牙泉景区入口，新建
成的“文明驿站”为游客提供饮水、充电和
应急药品，驿站由12名志愿者轮流值
守。图为志愿者为游客指路。
本报通讯员 杜娟 摄
敦煌：志愿者守护
莫高窟文明游览
本报记者 任雪琴
每天清晨，莫高窟游客服务中心前都
有一群身穿红马甲的志愿者，提醒游客
排队入场、不触摸壁画。
今年以来，敦煌市共招募文旅志愿者
860名，开展文明引导服务1.5万人次，
游客投诉量同比下降37%。
"""


def test_photo_story_on_a_page_without_blank_lines_is_an_item_of_its_own():
    arts = page_articles(PHOTO_STORY_NO_BLANKS)
    assert [a["title"].replace(" ", "") for a in arts] == [
        "沙州夜市“换新装”", "鸣沙山下“文明驿站”开门迎客", "敦煌：志愿者守护莫高窟文明游览"]
    photo, second, report = arts
    assert photo["authors"] == [] and photo["photographers"] == ["马小川"]
    assert second["authors"] == [] and second["photographers"] == ["杜娟"]
    assert report["authors"] == ["任雪琴"] and not {"马小川", "杜娟"} & set(report.get("photographers", []))
    assert [a["adcode"] for a in arts] == ["620982"] * 3
    assert [a["newspaper_page"] for a in arts] == ["06"] * 3
    # the report's figures stay with the report, the photo story's with the photo story
    assert any(f["value"] == 186 for f in photo["facts"])
    assert not any(f["value"] == 186 for f in report["facts"])


# A report's own section head between paragraphs over a picture's caption and credit is no
# photo story: the caption belongs to the report.
REPORT_WITH_CAPTIONED_SECTION = """武威日报
2023年5月8日 第3版
凉州区：背街小巷有了“新面貌”
本报记者 李春梅
今年以来，凉州区对城区背街小巷实施改造，
已完成改造巷道42条。
居民点赞
“以前下雨满地泥，现在路面平整了。”
家住北关街道的居民王德明说，改造后的小巷
还安装了路灯。
本报记者 李春梅 摄
"""


def test_a_section_head_over_a_captioned_paragraph_is_no_photo_story():
    arts = page_articles(REPORT_WITH_CAPTIONED_SECTION)
    assert len(arts) == 1
    assert arts[0]["authors"] == ["李春梅"]


# 2. A list of honours printed under its own headline after a report (a PDF viewer's copy,
# one paragraph a line): an item of its own, with no author and no facts.
HONOURS_AFTER_REPORT = """云南日报  2024年2月6日 星期二  第7版 · 州市
腾冲：“最美庭院”评出来 乡村美起来
本报记者 杨丽华 通讯员 段家明
腊月里的腾冲市和顺镇，家家户户门前花木扶疏。2月2日，市里为新评出的“最美庭院”授牌。
据介绍，2023年腾冲市共评出“最美庭院”836户，比上年增加了214户。获评农户可在信用社享受贷款优惠。
腾冲市2023年度“最美庭院”名单（部分）
和顺镇：寸德华 李绍兰 尹家福
固东镇：赵兴发 杨秀珍 段成林 李正荣
界头镇：刘开元 张凤仙
（名单由腾冲市文明办提供）
本版编辑 施雨桐
"""


def test_a_list_under_its_own_headline_is_an_item_of_its_own():
    arts = page_articles(HONOURS_AFTER_REPORT)
    assert [a["title"] for a in arts] == ["腾冲：“最美庭院”评出来 乡村美起来", "腾冲市2023年度“最美庭院”名单（部分）"]
    report, honours = arts
    assert report["authors"] == ["杨丽华", "段家明"]
    assert honours["authors"] == []
    assert [a["adcode"] for a in arts] == ["530581", "530581"]
    assert [a["date"]["value"] for a in arts] == ["2024-02-06", "2024-02-06"]
    assert not any(f["value"] == 836 for f in honours["facts"])
    assert any(f["value"] == 836 for f in report["facts"])
    # the rows keep the names apart: the list reads as it was printed
    assert "和顺镇：寸德华 李绍兰 尹家福" in [p["text"] for p in honours["body"]]


# A list the report itself introduces (…名单如下：) belongs to the report.
LIST_INTRODUCED_BY_THE_REPORT = """黔西南日报
2023年11月20日 星期一
02 综合新闻
兴义市表彰第二届“文明家庭”
本报讯 （记者 韦晓敏） 11月17日，
兴义市第二届“文明家庭”表彰会举行，
60户家庭受到表彰。
获表彰家庭名单（部分）如下：
桔山街道：王德荣家庭 罗春花家庭
丰都街道：杨正明家庭 黄丽萍家庭
"""


def test_a_list_the_report_introduces_stays_in_the_report():
    arts = page_articles(LIST_INTRODUCED_BY_THE_REPORT)
    assert len(arts) == 1
    assert arts[0]["authors"] == ["韦晓敏"]


# 3. An initiative (倡议书) after a report, its title printed over two lines, a salutation,
# numbered proposals and a signature with its own date (PDF text, a narrow column).
INITIATIVE_AFTER_REPORT = """呼伦贝尔日报
2023年8月17日  星期四
4
旗市区新闻
本版责任编辑：包雅琴
满洲里市职工争当
“文明交通引导员”
本报记者 其木格 本报通讯员 刘振东
每天早高峰，满洲里市中苏路与
四道街交会处，都能看到身穿黄马甲
的职工志愿者引导行人和车辆有序
通行。
今年以来，满洲里市总工会组织全市
企事业单位职工开展文明交通志愿服
务，共设立职工文明引导岗68个，参
与职工5200人次。
致全市职工朋友的
一封倡议书
全市广大职工朋友们：
文明交通，关系你我。为此，我们向
全市广大职工发出如下倡议：
一、做文明出行的示范者。自觉遵守
交通规则，不闯红灯，礼让行人。
二、做文明劝导的参与者。每人每年
参加一次文明交通志愿服务。
满洲里市总工会
2023年8月15日
"""


def test_an_initiative_after_a_report_is_an_item_with_its_two_line_title_and_the_papers_date():
    arts = page_articles(INITIATIVE_AFTER_REPORT)
    assert [a["title"].replace(" ", "") for a in arts] == ["满洲里市职工争当“文明交通引导员”",
                                                         "致全市职工朋友的一封倡议书"]
    report, initiative = arts
    assert report["authors"] == ["其木格", "刘振东"]
    assert initiative["authors"] == []
    assert [a["adcode"] for a in arts] == ["150781", "150781"]
    # the signature's date is when the office signed it; both items carry the paper's date
    assert [a["date"]["value"] for a in arts] == ["2023-08-17", "2023-08-17"]
    assert [a["newspaper_page"] for a in arts] == ["4", "4"]


# 6. A part continued from the front page (its repeated headline, （上接第1版） glued to its
# first line or on a line of its own) is an article on the page it STARTS on; the full
# article under it is on the page printed.
JUMP_IN_GLUED = """宁德日报 2024年4月11日 星期四 第3版 综合 编辑：郑雨桐
福鼎：“文明积分”激活乡村治理
（上接第1版）在福鼎市磻溪镇，村民参加
环境整治、志愿服务都能攒积分，积分可
以兑换米面油等生活用品。
目前，福鼎市已建成“积分超市”96个，
累计兑换积分38万分。
霞浦县：海岸线上的“文明哨兵”
本报记者 陈思远
每逢周末，霞浦县三沙镇的海滩上总能
看到志愿者捡拾垃圾、劝导游客的身影。
今年以来，霞浦县组建海岸志愿服务队
31支，开展巡护活动420余次。
"""


def test_a_part_continued_from_another_page_is_on_the_page_it_starts_on():
    arts = page_articles(JUMP_IN_GLUED)
    assert [a["title"] for a in arts] == ["福鼎：“文明积分”激活乡村治理", "霞浦县：海岸线上的“文明哨兵”"]
    assert [a["newspaper_page"] for a in arts] == ["第1版", "第3版"]
    assert arts[0]["authors"] == []


JUMP_IN_OWN_LINE = JUMP_IN_GLUED.replace("（上接第1版）在福鼎市磻溪镇，村民参加", "（上接第1版）\n在福鼎市磻溪镇，村民参加")


def test_a_jump_note_on_a_line_of_its_own_gives_the_page_it_starts_on():
    arts = page_articles(JUMP_IN_OWN_LINE)
    assert [a["newspaper_page"] for a in arts] == ["第1版", "第3版"]


# a note saying where the text goes on (（下转第4版）) leaves the article on its own page
JUMP_OUT = """宁德日报 2024年4月11日 星期四 第1版 要闻
福鼎：“文明积分”激活乡村治理
本报记者 林晓芸
今年以来，福鼎市在全市推行“文明积分”制度，村民参加
环境整治、志愿服务都能攒积分。（下转第3版）
"""


def test_a_part_going_on_elsewhere_stays_on_its_page():
    arts = page_articles(JUMP_OUT)
    assert [a["newspaper_page"] for a in arts] == ["第1版"]
