"""Shapes of pages the pipeline had not seen (fx31b): an OCR'd masthead whose editor's name a
scan cut, byline names a role word or spaces set apart, a shared 文/图 credit beside a caption's
摄, and 首N个月 in traditional script. Every page here was written for these tests, about places
in Ningxia, Guangdong and Zhejiang (not the held-out pages' places); every name is invented."""
from __future__ import annotations

from conftest import exported_numbers, page_articles as _arts


# An OCR'd scan: half-width marks, the masthead's editor printed 欧阳 青 (a three-character name
# the scan cut), then two articles without blank lines between them.
OCR_TWO_ARTICLES = """固原日报
2021年9月23日 星期四 第2版 县区新闻 责任编辑:欧阳 青
原州区:"楼道长"管起小区事
本报记者 马丽娜·海 通讯员 宗文博
本报讯 "楼道里的杂物清走了,走路也敞亮了。"原州区南关街道居民郑红梅说。
今年以来,原州区在辖区23个老旧小区推行"楼道长"制度,选出楼道长158名,
累计协调解决邻里纠纷和环境问题410余件,小区环境满意度由年初的64%提高到93%。
西吉县乡村文明实践站建设见成效
本报讯(记者 马晓东 通讯员 田雨桐)记者从西吉县获悉,今年以来,该县在
各乡镇新建新时代文明实践站36个,组织志愿服务活动820余场次。
"""


def test_an_ocr_mastheads_cut_editor_name_keeps_the_first_headline():
    first, second = _arts(OCR_TWO_ARTICLES)
    assert first["title"] == "原州区：“楼道长”管起小区事"
    assert first["adcode"] == "640402"
    assert first["newspaper_page"] == "第2版"
    assert first["date"]["value"] == "2021-09-23"
    assert {23, 158, 410, 64, 93} <= {f["value"] for f in first["facts"]}
    assert second["title"] == "西吉县乡村文明实践站建设见成效"
    assert second["adcode"] == "640422"
    assert second["date"]["value"] == "2021-09-23"


def test_a_cut_name_before_a_label_is_still_one_name():
    from build_tools.repair.furniture import lex_meta
    assert lex_meta("责任编辑:欧阳 青 校对:丁 宁") == [("editor", "欧阳青"), ("editor", "丁宁")]
    assert lex_meta("2021年9月23日 星期四 第2版 责任编辑:郜文 杰") == [
        ("date", "2021-09-23"), ("page", "第2版"), ("editor", "郜文杰")]


def test_a_lone_credit_word_after_a_name_is_no_cut_name():
    """Guard: 摄 after a name is the credit, not the name's last character; two spaced names stay two."""
    from build_tools.repair.furniture import lex_meta
    assert lex_meta("编辑:张明 李 华") == [("editor", "张明"), ("editor", "李华")]
    assert ("editor", "张明摄") not in (lex_meta("编辑:张明 摄") or [])


LONG_PAGE = """江门日报
2022年5月18日 星期三
第 05 版  区县新闻

          一条老街的“文明账本”
     ——蓬江区推进背街小巷整治见闻

    {byline}

    初夏时节，走进蓬江区长堤历史街区，骑楼下的店铺招牌统一规整，街面干干净净。
今年以来，蓬江区对辖区42条背街小巷开展整治，清理乱堆乱放1300余处，新增停车位260个。
“过去这里电线乱拉，现在整齐多了。”居民冯嘉怡说。
"""


def test_names_a_role_word_sets_apart_never_run_on_across_it():
    (art,) = _arts(LONG_PAGE.format(byline="本报记者 阚 宁 通讯员 郜 子轩"))
    assert art["authors"] == ["阚宁", "郜子轩"]
    assert art["adcode"] == "440703"


def test_letter_spaced_names_split_where_two_characters_cannot_open_a_name():
    (art,) = _arts(LONG_PAGE.format(byline="本报记者 阚 宁 郜 子轩"))
    assert art["authors"] == ["阚宁", "郜子轩"]


def test_a_five_character_run_of_two_han_names_splits_by_surname():
    (art,) = _arts(LONG_PAGE.format(byline="本报记者 阚宁郜子轩"))
    assert art["authors"] == ["阚宁", "郜子轩"]


def test_a_five_character_mongolian_name_stays_whole():
    """Guard: a name whose pieces would open with rarer surnames is one name written whole."""
    (art,) = _arts(LONG_PAGE.format(byline="本报记者 阿拉坦巴根"))
    assert art["authors"] == ["阿拉坦巴根"]
    (art,) = _arts(LONG_PAGE.format(byline="本报记者 祁 海 燕"))
    assert art["authors"] == ["祁海燕"]


CAPTIONED_PAGE = """珠江晚报
2023年4月11日 星期二 A05 城事

          小区门口的“共享工具箱”
     ——香洲区社区志愿服务见闻

  {byline}

  近日，记者走进香洲区翠香街道康宁社区，看到社区服务站门口摆着一只红色工具箱。今年以来，该街道在26个社区设置“共享工具箱”，累计借出工具3400余次。
  “家里修个水管、换个灯泡，来这里借工具很方便。”居民叶志强说。
  图为居民在社区服务站借用工具。 {caption}
  下一步，香洲区将在全区推广这一做法，计划年底前覆盖80个社区。
"""


def test_a_captions_photographer_settles_a_shared_picture_credit():
    (art,) = _arts(CAPTIONED_PAGE.format(byline="■记者 邝立新 通讯员 尉迟芳 文/图", caption="记者 邝立新 摄"))
    assert art["authors"] == ["邝立新", "尉迟芳"]
    assert art["photographers"] == ["邝立新"]
    assert art["adcode"] == "440402"


def test_a_shared_credit_without_a_caption_of_its_own_still_credits_all():
    """Guard: with no caption naming one of them, a shared 文/图 credits every name; a single
    name's 文/图 and another photographer's caption credit both."""
    (art,) = _arts(CAPTIONED_PAGE.format(byline="■记者 邝立新 通讯员 尉迟芳 文/图", caption=""))
    assert art["photographers"] == ["邝立新", "尉迟芳"]
    (art,) = _arts(CAPTIONED_PAGE.format(byline="■记者 邝立新 文/图", caption="通讯员 尉迟芳 摄"))
    assert set(art["photographers"]) == {"邝立新", "尉迟芳"}


TRADITIONAL_PAGE = """澳門商報
2023年7月20日 星期四
第六版 大灣區

德清縣「文明餐桌」行動見成效
【本報訊】浙江德清縣近年推動「文明餐桌」行動，今年首6個月，全縣共有餐飲門店412家參與，較去年同期增加18%。縣內亦在景區設置文明勸導點35個。
"""


def test_first_n_months_in_traditional_script_is_when_not_a_fact():
    (art,) = _arts(TRADITIONAL_PAGE)
    values = {f["value"] for f in art["facts"]}
    assert {412, 18, 35} <= values
    assert 6 not in values  # 首6個月: the first six months, when the counts were made


def test_first_n_months_is_elapsed_time():
    assert exported_numbers("今年首5个月，全县查处违规行为260起。", qualifier=False) == [(260, "起")]
    # guard: 首批 counts what came first, a figure
    assert exported_numbers("首批12个示范社区挂牌。", qualifier=False) == [(12, "个")]
