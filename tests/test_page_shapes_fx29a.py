"""Shapes of pages the pipeline had not seen (held-out set 29's kinds, helper fx29a): a document
whose issuer, speaker or author line stands near its title, and a site's name over the page.
Every page here was written for these tests, about places in Hunan (not the held-out pages'
places); names are invented."""
from __future__ import annotations

from conftest import page_articles as _arts


OFFICE_SITE_PAGE = """岳阳市财政局
当前位置：首页 > 预算管理 > 绩效评价

2021年度城市公共文明提升专项资金绩效评价报告
发布日期：2022-05-11   来源：岳阳市文明办

一、项目概况
2021年市本级安排专项资金800万元，实际支出762.5万元，预算执行率95.3%。
二、评价结论
本项目评价得分92分，评价等级为“优”。
"""


def test_an_office_name_over_its_site_breadcrumb_is_the_outlet_not_the_title():
    arts = _arts(OFFICE_SITE_PAGE)
    assert len(arts) == 1
    assert arts[0]["title"] == "2021年度城市公共文明提升专项资金绩效评价报告"
    assert arts[0]["subtitle"] == ""
    assert arts[0]["outlet"] == "岳阳市财政局"


SITE_OVER_TITLE_PAGE = """常德文明网
2020年中共常德市委文明办部门预算公开说明
发布时间：2020-02-14  来源：市文明办

第一部分  部门概况
本部门内设科室5个，编制人数18人。
第二部分  预算情况说明
2020年收入预算总计530.6万元，比上年增加48.2万元。
"""


def test_a_site_name_over_the_title_and_its_publication_line_is_the_outlet():
    arts = _arts(SITE_OVER_TITLE_PAGE)
    assert len(arts) == 1
    assert arts[0]["title"] == "2020年中共常德市委文明办部门预算公开说明"
    assert arts[0]["outlet"] == "常德文明网"


UNIT_BEFORE_AUTHOR_PAGE = """醴陵党建网
当前位置：首页 > 学习园地 > 心得体会

到网格里去：参与创城的一点感受
作者：醴陵市住房和城乡建设局 龙晓娟    时间：2021-07-20    点击：562

今年春天以来，我局36名党员干部下沉到阳三石街道，参与创建文明城市工作，我负责2个网格的218户居民。
我们清理楼道杂物70余处，劝导不文明行为150多人次。
"""


def test_an_author_field_with_the_writers_unit_before_the_name_gives_the_name():
    arts = _arts(UNIT_BEFORE_AUTHOR_PAGE)
    assert len(arts) == 1
    assert arts[0]["title"] == "到网格里去：参与创城的一点感受"
    assert arts[0]["subtitle"] == ""
    assert arts[0]["authors"] == ["龙晓娟"]  # the bureau is where she works, no author


SPEECH_PAGE = """衡阳日报数字报 > 2020年04月13日 > 第03版：要闻

在全市文明城市创建推进会上的讲话
（2020年4月9日）
中共衡阳市委书记  邝正明

同志们：
今天召开全市文明城市创建推进会，主要任务是查找短板、压实责任。
今年，全市计划改造背街小巷95条，新建停车泊位5200个。
"""


def test_a_speech_signed_with_the_speakers_post_gives_the_speaker_and_the_issue_date():
    arts = _arts(SPEECH_PAGE)
    assert len(arts) == 1
    assert arts[0]["title"] == "在全市文明城市创建推进会上的讲话"
    assert arts[0]["subtitle"] == ""
    assert arts[0]["authors"] == ["邝正明"]
    assert arts[0]["date"]["value"] == "2020-04-13"  # the issue's date, not the day the speech was given
    assert arts[0]["outlet"] == "衡阳日报"  # the paper, not its e-paper's name


REPORT_WITH_ISSUER_PAGE = """武冈市政协网
首页 > 调研视察

关于我市老旧小区长效管理的调研报告
市政协文化文史和学习委员会
发布时间：2019-11-08   来源：市政协办公室

为推动老旧小区管理常态长效，市政协组织委员深入12个社区开展专题调研，发放问卷900份。
"""


def test_an_issuing_committee_under_a_documents_title_is_no_part_of_the_title():
    arts = _arts(REPORT_WITH_ISSUER_PAGE)
    assert len(arts) == 1
    assert arts[0]["title"] == "关于我市老旧小区长效管理的调研报告"
    assert arts[0]["authors"] == []


TELEGRAM_PAGE = """汨罗市人民政府
首页 > 政务公开 > 通知公告

关于开展城区环境卫生“百日整治”行动的紧急通知
发布时间：2019-06-12 09:30   来源：市政府办公室

明  传  电  报
发电单位：汨罗市人民政府办公室          签发人：彭建华
等级：特急                              汨政办明电〔2019〕11号

各镇人民政府、街道办事处，市直各单位：
经市政府同意，决定自6月15日起开展为期100天的城区环境卫生“百日整治”行动，清理卫生死角45处。
"""


def test_a_telegrams_header_is_no_outlet_and_no_subtitle():
    arts = _arts(TELEGRAM_PAGE)
    assert len(arts) == 1
    assert arts[0]["title"] == "关于开展城区环境卫生“百日整治”行动的紧急通知"
    assert arts[0]["subtitle"] == ""  # 发电单位：… is the telegram's field
    assert arts[0]["outlet"] == "汨罗市人民政府"  # 明传电报 names the kind of document


HEARING_PAGE = """郴州人大网  >  立法工作

《郴州市养犬管理条例（草案）》立法听证会笔录（摘要）
发布时间：2020-07-02 15:20:11   来源：市人大常委会法工委   浏览次数：218

听证事项：《郴州市养犬管理条例（草案）》第十二条、第十九条
时间：2020年6月28日上午9:30
地点：市人大常委会机关二楼会议室
听证人：市人大常委会法制工作委员会副主任邓立新（主持人）等5人
陈述人：9人
旁听人员：26人

主持人：现在开会。请陈述人依次发言。
陈述人1（市民谭秋菊）：我们小区去年养犬投诉就有23起。
"""


def test_a_hearing_records_header_fields_are_no_subtitle():
    arts = _arts(HEARING_PAGE)
    assert len(arts) == 1
    assert arts[0]["title"] == "《郴州市养犬管理条例（草案）》立法听证会笔录（摘要）"
    assert arts[0]["subtitle"] == ""


READER_APP_PAGE = """09:41                              64%
<  微信读书                        Aa  ☰

湘江岸边的文明答卷——汨罗创建纪事
邹雨桐 著

第五章  一条老街的新生

2017年秋天，汨罗市把老街改造列入民生实事，全长1.2公里的老街共改造立面138户。
                                                    划线 41人
街坊们说，以前一到雨天满街是泥，现在石板路干干净净。
                                                    想法 7
那一年，汨罗市还新建了口袋公园9个。

本章完        阅读进度 52%
书签    目录    字体    夜间

版权信息
书名：湘江岸边的文明答卷——汨罗创建纪事
作者：邹雨桐
出版社：湖南人民出版社
出版时间：2019年3月
"""


def test_a_reader_apps_chapter_is_titled_without_its_number_and_its_counters_are_no_facts():
    arts = _arts(READER_APP_PAGE)
    assert len(arts) == 1
    assert arts[0]["title"] == "一条老街的新生"
    assert arts[0]["outlet"] == "湖南人民出版社"
    values = {f["value"] for f in arts[0]["facts"]}
    assert {138, 9} <= values
    assert not values & {41, 7, 52, 64}  # the app's counters and the phone's battery


STORYBOARD_PAGE = """桑植融媒
公益宣传片《溪边的文明新风》分镜头脚本
发布时间：2019-11-05 10:20   作者：钟晓岚

镜号 | 景别 | 时长 | 画面 | 解说词
1 | 全景 | 9秒 | 清晨，澧水河面雾气升腾 | 解说：今年以来，全县新建“文明积分超市”64个。
2 | 近景 | 7秒 | 村民在积分榜前合影 | 解说：全县评选“文明家庭”850户。
"""


def test_a_storyboards_shot_numbers_and_lengths_are_no_facts():
    arts = _arts(STORYBOARD_PAGE)
    values = {f["value"] for a in arts for f in a["facts"]}
    assert {64, 850} <= values
    assert not values & {1, 2, 9, 7}


def test_a_transcripts_numbered_speaker_is_no_figure():
    from conftest import exported_numbers
    assert exported_numbers("陈述人1（市民谭秋菊）：我们小区去年养犬投诉就有23起。") == [(23, "起", "exact")]
    assert exported_numbers("本次听证共有陈述人12人参加。") == [(12, "人", "exact")]  # a count stays


MAGAZINE_PAGE = """湘潮
2020年第4期

目  录

卷首语
04  让文明成为城市气质 ………… 本刊评论员

特别关注
10  韶山：红色圣地的文明新貌 ………… 刘思琪  彭立军
18  乡村文明建设的湖湘样本 ………… 本刊记者  龙晓雯

湘潮  2020·4                                        特别关注

韶山：红色圣地的文明新貌
□ 刘思琪  彭立军

韶山是全国闻名的红色旅游地，去年接待游客超过2500万人次，全市注册志愿者达到3.6万人。
"""


def test_a_magazines_contents_lines_are_no_text_and_its_name_is_the_outlet():
    arts = _arts(MAGAZINE_PAGE)
    assert len(arts) == 1
    assert arts[0]["title"] == "韶山：红色圣地的文明新貌"
    assert arts[0]["authors"] == ["刘思琪", "彭立军"]
    assert arts[0]["outlet"] == "湘潮"
    assert arts[0]["date"]["value"] == "2020-04"  # the running head's issue: 2020·4
    values = {f["value"] for f in arts[0]["facts"]}
    assert 36000 in values and not values & {4, 10, 18}  # the contents' page numbers
