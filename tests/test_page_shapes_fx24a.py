"""Shapes of pages the pipeline had not seen (held-out set 24's kinds, helper fx24a). Every page
here was written for these tests, about places in Hunan's 湘西州 and others (not the held-out
pages' places); names are invented."""
from __future__ import annotations

from conftest import page_articles as _arts


ESSAY_CONTEST_PAGE = """团结报　　2024年6月7日　星期五　　第3版　沱江·副刊
责任编辑：向红梅　美编：田野　校对：彭立

“文明湘西　美丽家园”中小学生征文获奖作品选登

【编者按】今年春天，州文明办联合州教育局举办中小学生征文活动，共收到来稿2100余篇。本版选登其中两篇获奖作品，以飨读者。

我们村的“红马甲”

泸溪县浦市镇中心小学六年级（2）班　符晓雨
指导老师：张秋云

我们村里有一群穿红马甲的叔叔阿姨。每到周六早上，他们就拿着扫帚和夹子，沿着河边一路捡垃圾。

今年三月，他们一上午就从河滩上拉走了杂物14车。村里还在河边立起了36块宣传牌，种下了260株桂花树。

我也想快点长大，穿上那件红马甲。

爷爷的“卫生榜”

凤凰县沱江镇中学七年级　龙佳怡
指导老师：吴海燕

爷爷是村里的老组长。他在祠堂墙上贴了一张“卫生榜”，每个月评一次，谁家门口最干净就贴一朵小红花。

去年，全村有48户人家上了“卫生榜”，爷爷说这比发奖金还管用。村里的公厕也从2座增加到了5座。
"""


def test_an_essay_contest_page_gives_each_prize_essay_its_pupil_and_county():
    arts = _arts(ESSAY_CONTEST_PAGE)
    assert [a["title"] for a in arts] == ["我们村的“红马甲”", "爷爷的“卫生榜”"]  # the kicker heads no article
    assert arts[0]["authors"] == ["符晓雨"] and arts[1]["authors"] == ["龙佳怡"]  # the teacher is no author
    assert arts[0]["adcode"].startswith("433122") and arts[1]["adcode"].startswith("433123")  # the school's county
    first = {(f["value"], f["unit"]) for f in arts[0]["facts"]}
    assert {(14, "车"), (36, "块"), (260, "株")} <= first
    values = {f["value"] for a in arts for f in a["facts"]}
    assert 2100 not in values and 2 not in {f["value"] for f in arts[0]["facts"]}  # the note's and the class's numbers


SIGNED_ARTICLE_WITH_NOTE = """【编者按】近日，本报收到一位读者的来信，讲述了社区里的新变化。现予刊发。

吉首市乾州街道居民　石桂兰

我住在乾州古城旁边的老小区，以前楼道里堆满了杂物。今年社区组织大扫除，一共清出杂物30多车，楼道终于亮堂了。
"""


def test_an_editor_note_over_a_single_letter_is_left_to_the_letter():
    # guard: a note not followed by a piece's title group stays text, the letter stays one article
    arts = _arts(SIGNED_ARTICLE_WITH_NOTE)
    assert len(arts) == 1
    assert any("编者按" in b["text"] for b in arts[0]["body"])


def test_a_pupils_signature_needs_a_school_and_a_grade():
    # guard: a line naming an office and a person is no pupil's signature
    from build_tools.structure.layout import patterns
    sig = patterns()["signature"]
    assert sig.match("凤凰县沱江镇中学七年级　龙佳怡").group("name") == "龙佳怡"
    assert sig.match("泸溪县浦市镇中心小学六年级（2）班　符晓雨").group("name") == "符晓雨"
    assert sig.match("泸溪县浦市镇人民政府　符晓雨") is None


EMAIL_NEWSLETTER = """发件人：赤峰日报新媒体中心 <digest@example.cn>
收件人：订阅用户
时　间：2023年9月8日（星期五）上午7:30
主　题：【文明快讯】第15期｜巴林左旗、克什克腾旗本周动态

您好！以下是本周的文明创建动态。如邮件无法正常显示，请点击这里在浏览器中查看。

━━━━━━━━━━━━━━━━━━━━
　文明快讯　2023年第15期
━━━━━━━━━━━━━━━━━━━━

▌巴林左旗：农贸市场换上“智慧秤”
记者　敖日格乐

本周，巴林左旗林东镇两处农贸市场完成改造，更换智慧电子秤180台，新设公平秤服务点6个。
[阅读全文]

▌克什克腾旗：经棚镇新增15处便民停车点
通讯员　胡雅琴

克什克腾旗经棚镇日前在老城区新增便民停车点15处，施划停车位420个，缓解了商业街周边的停车难。
[阅读全文]

────────────────────
本邮件由系统自动发送，请勿直接回复。
不想再收到此类邮件？点击退订 ｜ 管理订阅
"""


def test_an_email_newsletter_gives_each_barred_item_its_title_the_papers_name_and_the_mail_date():
    arts = _arts(EMAIL_NEWSLETTER)
    assert [a["title"] for a in arts] == ["巴林左旗：农贸市场换上“智慧秤”", "克什克腾旗：经棚镇新增15处便民停车点"]
    assert [a["authors"] for a in arts] == [["敖日格乐"], ["胡雅琴"]]
    assert [a["adcode"][:6] for a in arts] == ["150422", "150425"]
    assert all(a["outlet"] == "赤峰日报" for a in arts)  # the sender's paper, not the newsletter's name
    assert all(a["date"]["value"] == "2023-09-08" for a in arts)  # the mail's date, not the year
    assert {(180, "台"), (6, "个")} <= {(f["value"], f["unit"]) for f in arts[0]["facts"]}


FORWARDED_BY_A_PERSON = """发件人：刘晓峰 <lxf@example.cn>
收件人：宣传科
时　间：2023年9月8日 上午9:12
主　题：转发一篇报道

▌翁牛特旗：乌丹镇老街换新颜
记者　包丽娟

翁牛特旗乌丹镇老街改造日前完工，共铺设步道砖3200平方米，新栽行道树140棵。
"""


def test_a_mail_sent_by_a_person_names_no_outlet():
    # guard: a sender without an outlet's form (a person) is no outlet
    (art,) = _arts(FORWARDED_BY_A_PERSON)
    assert art["title"] == "翁牛特旗：乌丹镇老街换新颜"
    assert art["outlet"] != "刘晓峰"


POST_WITH_BARRED_SECTIONS = """翁牛特旗：老街巷里的新变化
翁牛特旗融媒体中心　2023-09-10 08:30

近日，翁牛特旗乌丹镇对五条老街巷进行了集中整治。

▌路面平了
整治中，镇里共铺设步道砖3200平方米，修补破损路面1.2公里。

▌灯也亮了
镇里还在巷子里新装路灯86盏，居民夜里出门再也不用摸黑。
"""


def test_barred_section_heads_without_a_byline_stay_sections_of_one_post():
    # guard: only a barred head signed right under it is an item's title
    (art,) = _arts(POST_WITH_BARRED_SECTIONS)
    assert art["title"] == "翁牛特旗：老街巷里的新变化"


THANK_YOU_LETTER = ("成都市武侯区人民政府\r\n首页 > 政务公开 > 街道动态\r\n致玉林街道的一封感谢信\r\n"
                    "发布时间：2023-11-20　　来源：玉林街道办事处　　字号：大 中 小\r\n"
                    "尊敬的玉林街道党工委、办事处：\r\n"
                    "　　我们是芳草小区的全体居民，特写此信表达我们的感谢。\r\n"
                    "　　今年以来，街道对小区8栋楼房的楼道进行了粉刷，新装监控探头24个，还修好了小区门口坑洼的路面。\r\n"
                    "　　在此，我们向街道和社区的工作人员表示衷心的感谢！\r\n"
                    "　　此致\r\n敬礼！\r\n芳草小区全体居民\r\n2023年11月16日\r\n【打印】【关闭】\r\n")


def test_a_thank_you_letter_on_a_district_site_is_the_districts_with_the_site_as_outlet():
    (art,) = _arts(THANK_YOU_LETTER)
    assert art["title"] == "致玉林街道的一封感谢信"
    assert art["adcode"].startswith("510107")  # the site's district (the subdistrict is its part)
    assert art["outlet"] == "成都市武侯区人民政府"  # the site, not the subdistrict office of 来源
    assert art["authors"] == []  # a collective signature names no one
    assert art["date"]["value"] == "2023-11-20"
    assert {(8, "栋"), (24, "个")} <= {(f["value"], f["unit"]) for f in art["facts"]}


SURVEY_RESULTS = """\ufeff问卷星 · 统计报告
桃源县文明城市创建群众满意度调查
发布者：桃源县文明办　　　答卷数：856
统计截至：2023-10-09 17:30
[下载报告]　[分享]　[分类统计]　[交叉分析]　[查看答卷]

调查说明
本次调查共回收答卷880份，剔除无效答卷24份。结果显示，群众对我县文明城市创建的总体满意度为91.6%。

第1题：您对我县农贸市场的环境是否满意？ [单选题]
选项	小计	比例
满意	702	82.01%
不满意	154	17.99%
本题有效填写人次	856

问卷星提供技术支持
"""


def test_a_survey_results_page_is_titled_by_its_survey_on_the_platform_with_no_counter_facts():
    (art,) = _arts(SURVEY_RESULTS)
    assert art["title"] == "桃源县文明城市创建群众满意度调查"  # not the platform's 统计报告 header
    assert art["outlet"] in ("问卷星", "桃源县文明办")
    assert art["adcode"].startswith("430725")
    assert art["date"]["value"] in (None, "2023")  # 统计截至 is no publication date
    facts = [(f["value"], f["unit"]) for f in art["facts"]]
    assert (880, "份") in facts and (91.6, "%") in facts
    assert not [f for f in art["facts"] if "答卷数" in str(f)]  # 答卷数：856, the platform's counter


MOMENTS_POST = """朋友圈
五大连池太平社区小刘
【太平社区楼道杂物清零啦】今天上午和邻居们一起，把楼道里堆了几年的杂物全清了！一共清走杂物5车，还新装了12盏感应灯💡 咱五大连池创城，家家出把力💪 #五大连池创城#
[图片][图片][图片]
2023年10月3日 09:12　五大连池市·太平社区　删除
♡ 老王，小赵，五大连池文明实践-李
老王：辛苦了！我们楼也想弄😂
"""


def test_a_moments_post_is_titled_by_its_bracketed_opening_and_dated_by_its_post_time():
    (art,) = _arts(MOMENTS_POST)
    assert art["title"] == "太平社区楼道杂物清零啦"  # not the poster's handle over it
    assert art["authors"] == []
    assert art["date"]["value"] == "2023-10-03"  # the post time with its location tag
    assert art["adcode"].startswith("231182")
    facts = {(f["value"], f["unit"]) for f in art["facts"]}
    assert {(5, "车"), (12, "盏")} <= facts
    assert 9 not in {f["value"] for f in art["facts"]}  # 09:12, a time
