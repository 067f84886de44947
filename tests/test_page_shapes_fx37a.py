"""Shapes of e-paper pages as text (issue 14, round fx37a): pdftotext -layout pages in two or three
columns, a brief column beside a lead article, whole pages under a masthead, an advert boxed in a
column, a page foot's credits line, raw pdftotext mastheads one field a line. Every page here was
written for these tests, about places in Hunan, Fujian, Guangxi and Sichuan (not the held-out
pages' places); every name is invented."""
from __future__ import annotations

from conftest import page_articles as _arts


THREE_COLUMNS_FOOT = """株洲晚报    2021年6月15日  星期二    A06  县市

茶陵县               炎陵县               攸县
老街商铺             山乡书屋             夜市摊点推行
“亮灯”了            开门了               “划线经营”

本报讯（记者 谭      本报讯（通讯员       本报讯（记者
建明）茶陵县今年     龙秋菊）炎陵县在     彭 霞）攸县今年
为老街商铺统一       山乡新建农家书       对城区夜市划定
更换招牌灯箱         屋28个，今年借       摊位标线，规范
215块，夜间亮灯      阅图书3.6万册        摊点412个，清理
率达98%。            次。                 占道杂物96车次。

编辑 邹卫平   版式 林小雨   校对 冯志刚
"""


def test_three_columns_each_headline_stack_heads_its_column_and_the_foot_is_no_title():
    arts = _arts(THREE_COLUMNS_FOOT)
    assert [a["title"] for a in arts] == ["茶陵县老街商铺“亮灯”了", "炎陵县山乡书屋开门了", "攸县夜市摊点推行“划线经营”"]
    assert [a["authors"] for a in arts] == [["谭建明"], ["龙秋菊"], ["彭霞"]]
    assert [a["adcode"] for a in arts] == ["430224", "430225", "430223"]
    assert {412, 96} <= {f["value"] for f in arts[2]["facts"]}
    assert not any("邹卫平" in a["title"] or "邹卫平" in a["authors"] for a in arts)


def test_a_lone_editor_label_opening_a_line_of_text_stays_text():
    """Guard: one spaced editor's label (编辑 …) is no credits line; only two or more make one."""
    page = THREE_COLUMNS_FOOT.replace("编辑 邹卫平   版式 林小雨   校对 冯志刚", "编辑 邹卫平")
    arts = _arts(page)
    assert [a["title"] for a in arts][:2] == ["茶陵县老街商铺“亮灯”了", "炎陵县山乡书屋开门了"]


TWO_COLUMNS_QUOTE_CUT = """岳阳晚报    2022年9月8日  星期四    第5版  县域

醴陵市：瓷城小巷              宁远县开展“文明
换新颜                        家庭”评选

本报记者 周晓岚               本报通讯员 欧阳琳

  醴陵市今年改造背街         宁远县今年开展“文明
小巷37条，新增停车位         家庭”评选，全县共评出
860个，群众满意率达          县级文明家庭120户，乡级
95%。                        文明家庭460户。
"""


def test_a_headline_broken_inside_a_quoted_name_is_joined():
    arts = _arts(TWO_COLUMNS_QUOTE_CUT)
    assert [a["title"] for a in arts] == ["醴陵市：瓷城小巷换新颜", "宁远县开展“文明家庭”评选"]
    assert [a["adcode"] for a in arts] == ["430281", "431126"]
    assert arts[1]["authors"] == ["欧阳琳"]


WHOLE_PAGE_PLACE_VERB = """                         永州日报
2021年11月3日 星期三   第04版 县区新闻            责编：唐秀云  校对：蒋晨

江永县：古村里的
“文明积分榜”

    本报记者  何雪梅
    江永县在全县古村落推行“文明积分榜”，已覆盖村庄86个，今年兑换积分2.4万分。

蓝山县举办
志愿服务成果展示会

    本报讯（记者  廖 峰）近日，蓝山县举办志愿服务成果展示会，32支志愿服务队伍参展。
"""


def test_a_headline_line_of_a_place_and_its_verb_goes_on_in_the_line_under_it():
    arts = _arts(WHOLE_PAGE_PLACE_VERB)
    assert [a["title"] for a in arts] == ["江永县：古村里的“文明积分榜”", "蓝山县举办志愿服务成果展示会"]
    assert arts[1]["adcode"] == "431127" and arts[1]["authors"] == ["廖峰"]


def test_a_five_character_name_written_whole_after_a_role_is_one_author():
    page = WHOLE_PAGE_PLACE_VERB.replace("（记者  廖 峰）", "（记者 热依拉木汗）")
    arts = _arts(page)
    assert arts[1]["authors"] == ["热依拉木汗"]


def test_a_run_of_words_after_a_role_is_still_no_name():
    """Guard: only a five-character name is taken whole; an office's words are no person."""
    from build_tools.structure.bylines import names_only
    assert names_only("记者 县文明办公室") is None
    assert names_only("记者 热依拉木汗") == ["热依拉木汗"]


ADVERT_IN_COLUMN = """右江法治报
2021年4月20日 星期二 第6版 法治·县域 责任编辑：黄丽娟

德保县
“调解能手”进村屯
本报讯（记者 农秀英）德保县今年培育村屯调解能手340名，调解矛盾纠纷520起。

那坡县
边境村寨建起普法长廊
本报讯（通讯员 梁建新）那坡县在边境村寨建成普法长廊26处，今年开展普法宣讲180场。
■广告■ 诚信律所 免费咨询 0776-6821234 全天服务
"""


def test_an_advert_line_after_an_article_gives_no_authors():
    arts = _arts(ADVERT_IN_COLUMN)
    assert [a["adcode"] for a in arts] == ["451024", "451026"]
    assert arts[1]["authors"] == ["梁建新"]
    assert not any("广告" in n or "诚信律所" in n for a in arts for n in a["authors"])


def test_a_public_service_advert_sentence_stays_text():
    """Guard: 公益广告 opening a sentence is text, not an advert's label."""
    page = ADVERT_IN_COLUMN.replace("■广告■ 诚信律所 免费咨询 0776-6821234 全天服务",
                                    "公益广告牌今年新设45块，覆盖全县主要街道。")
    arts = _arts(page)
    assert 45 in {f["value"] for a in arts for f in a["facts"]}


LEAD_AND_BRIEFS = """南充晚报    2023年4月11日  星期二    第06版  区县

岳池县农家小院                【简讯】
评出“美丽庭院”
                              武胜县：新建“口袋公
本报记者 蒲晓燕              园”12个。全县“口袋公园”
                              已达到35个，年接待市民
  岳池县今年评选“美丽        4.2万人次。（何 斌）
庭院”示范户560户，
发放奖补资金46万元。          邻水县：城区新增公共
今年以来全县农家小院          充电桩380个，方便群众
整治率达到91%。               绿色出行。（唐明辉）

责编 苟晓华   图编 任杰
"""


def test_a_brief_column_beside_a_lead_gives_one_article_per_brief():
    arts = _arts(LEAD_AND_BRIEFS)
    assert [a["title"] for a in arts] == ["岳池县农家小院评出“美丽庭院”", "武胜县：新建“口袋公园”12个",
                                          "邻水县：城区新增公共充电桩380个"]
    assert [a["authors"] for a in arts] == [["蒲晓燕"], ["何斌"], ["唐明辉"]]
    assert [a["adcode"] for a in arts] == ["511621", "511622", "511623"]
    assert 42000 in {f["value"] for f in arts[1]["facts"]}
    assert not {12, 35, 380} & {f["value"] for f in arts[0]["facts"]}


RAW_MASTHEAD_STACK = """2018 年 5 月 9 日 星期三
编辑 曾小红   版式 温 静
校对 黄 明
要闻
MINXI RIBAO
3
长汀报
古城街巷
焕新颜
——长汀县历史文化街区背街小巷
提升改造见闻
记者 刘永康
走进长汀县历史文化街区，青石板路干净整洁，两旁
店铺招牌统一规范。今年以来，长汀县投入2600万元，
改造背街小巷41条，新装路灯830盏。
"""


def test_a_raw_masthead_one_field_a_line_stays_out_of_the_title():
    (art,) = _arts(RAW_MASTHEAD_STACK)
    assert art["title"].replace(" ", "") == "古城街巷焕新颜"
    assert art["subtitle"].lstrip("—") == "长汀县历史文化街区背街小巷提升改造见闻"
    assert art["authors"] == ["刘永康"] and art["adcode"] == "350821"
