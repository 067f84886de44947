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
