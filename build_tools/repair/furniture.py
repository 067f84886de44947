"""Pass `separate_meta_lines`: meta lines and site furniture stand on their own.

Web copies and e-paper pages carry lines that are not text: 发布时间：…,
来源：…, 作者：… 编辑：…, a masthead 某某日报 2025年7月11日 第1版, a date and
time 2023/10/23 10:25, 【字体：大 中 小】, 分享到, 打印 … Often they are glued
to the title or to each other on one line, and a page copied without blank
lines would let reflow join them with the title or the lead. This pass cuts
the meta part off a line (nothing is removed: the line becomes two units,
the second marked ``kind="meta"``) so that reflow never joins it; the
structure stage reads outlet, date, page and names out of it
(structure/meta.py) and keeps it out of the reading text.

`lex_meta(text)` is the one reader of meta text (its vocabulary is
data/page_meta.yaml): it returns the fields it found, or None when some of
the text is not meta.
"""
from __future__ import annotations

import datetime
import functools
from collections import Counter
import re
from dataclasses import replace

from ..data import data_file, load_data
from ..model import Edit
from .core import CLOCK_RE, HAN_CLASS, PICTOGRAPHS, Page, Unit, han_count, latin_only, letter_spaced_name, other_script_only, run_pass
from .names import _common_surname, likely_name

PASS = "separate_meta_lines"

_HAN = f"[{HAN_CLASS}]"
_DATE = (r"(?P<y>(?:19|20)\d{2})\s*(?:[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})|年\s*(?P<m2>\d{1,2})\s*月"
         r"(?:\s*(?P<d2>\d{1,2})\s*[日号])?)")
_TIME = r"(?:上午|下午|中午|晚上|凌晨|早上)?(?P<t>(?:[01]?\d|2[0-3])[:：][0-5]\d(?:[:：][0-5]\d)?)(?:\s?[AaPp]\.?[Mm]\.?(?![A-Za-z]))?"
# (pictographs and their joiners too: 👆点击蓝字 关注我们 is a post's chrome)
_SEP = rf"[\s|｜│┃·•・･,，、;；/／()（）【】\[\]<>《》{PICTOGRAPHS}]*"
# where a reporter filed from, after the byline of a news site's meta line
# (2023-11-02 14:20 某某报／记者张三／台中即时报导)
_FILED_FROM_RE = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:即时报导|即时报道|综合报导|报导|专电)\s*$")
# (a paper's edition letters before the page's number, GA05 of a city edition, need no 版)
_PAGE_RE = re.compile(r"第\s*[0-9A-Za-z一二三四五六七八九十]{1,4}\s*版|[A-Za-z]{2}\d{1,3}\s?版|[A-Z]{2}\d{2,3}(?![0-9A-Za-z])|[A-Za-z]\s?\d{1,3}\s?版?|\d{1,3}\s?版")
# a bare page number between a date and the page's name (… 星期四   02 城事), or set
# zero-padded at a line's start (05 区县·数说, a masthead printed line by line)
_BARE_PAGE_RE = re.compile(r"\d{1,3}(?=\s)")
# a bare page number closing a running head (… 责任编辑：崔 虹 3)
_PAGE_NO_RE = re.compile(r"\d{1,3}$")
_HAN_ONLY_RE = re.compile(r"[\u4e00-\u9fff]+")
# the page's or section's name after the page (A3：城事, 第3版 要闻, 延边日报 地方)
_POST_AUTHOR_RE = re.compile(rf"({_HAN}{{2,8}})\s+(?=[{HAN_CLASS}])")
_REPEATED_NAME_RE = re.compile(rf"({_HAN}{{2,12}})\s+\1(?=\s|$)")
# (a bracketed part inside it too: 区县（市）新闻)
# a page's name, also with its name in a Latin-script language after a middle dot (县域·Yienh, in
# a Zhuang-and-Chinese paper)
# (a section named with a list in brackets: 县（市、区）新闻)
_PAGE_NAME_RE = re.compile(rf"[：:·・]?\s*({_HAN}{{1,6}}[（(]{_HAN}{{1,4}}(?:、{_HAN}{{1,4}}){{0,3}}[）)]{_HAN}{{0,6}}|{_HAN}{{2,8}}(?:[·・](?:{_HAN}{{1,8}}|[A-Za-z]{{2,16}}))?|{_HAN}[·・]{_HAN}{{1,8}})(?=\s|$|[（(0-9])")
# a date in Chinese numerals (二〇二三年十月九日)
_CN_DIGIT = "〇零○一二三四五六七八九"
_CN_DATE_RE = re.compile(rf"(?P<y>[{_CN_DIGIT}]{{4}})\s*年\s*(?P<m>十[一二]?|[一二三四五六七八九])\s*月"
                         r"(?:\s*(?P<d>三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号])?")
# a short date with its time in an app's meta line (23.10.8 09:12)
# (or standing alone, the whole field: 12-04-13 under a brief's title, an old site's list date;
# zero-padded then, so a score or a range is not read as one)
_SHORT_DATE_RE = re.compile(r"(?P<y>\d{2})(?P<sep>[.\-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?=\s+(?:[01]?\d|2[0-3])[:：][0-5]\d)"
                            r"|(?P<y2>\d{2})(?P<sep2>[.\-])(?P<m3>[01]\d)(?P=sep2)(?P<d3>[0-3]\d)(?=[ \u3000]*$|[ \u3000]{2,})"
                            # (24年3月5日 18:20 · 贵州: an app's post date, its year in two digits, a time after)
                            r"|(?<!\d)(?P<y3>\d{2})年(?P<m4>\d{1,2})月(?P<d4>\d{1,2})日(?=\s*(?:[01]?\d|2[0-3])[:：][0-5]\d)")
# a month and day without the year, closing a running head (12月9日; OCR reads 日 as 曰)
_MONTH_DAY_RE = re.compile(r"(?:1[0-2]|0?[1-9])\s*月\s*(?:[12]\d|3[01]|0?[1-9])\s*[日曰号]")
# a masthead's month and day in words, its weekday and lunar date beside (三月五日　星期二　农历…)
_CN_MONTH_DAY = (r"(?:十[一二]?|[一二三四五六七八九])月(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|"
                 r"[一二三四五六七八九])[日号]")
# the lunar date beside the date of a masthead (农历甲辰年正月廿六)
# (农历 may go unprinted before a year of the sixty-year cycle: 癸卯年六月十七)
_LUNAR_RE = re.compile(r"(?:农历\s*(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)?|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)"
                       r"\s*(?:闰)?(?:正|冬|腊|十[一二]?|[一二三四五六七八九])月"
                       r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|二十|三十)?")
# a row of bracketed labels and short values, stars among them (【难度：★★★☆☆】【生词：12个】)
_RATING_LINE_RE = re.compile(r"(?:[【\[][^【】\[\]：:]{1,6}[：:][^【】\[\]]{1,12}[】\]][ \u3000]*)+")
# a form's row of tick boxes, each before its option (□紧急　☑请审阅　□请批注　□请答复)
_CHECKBOX_LINE_RE = re.compile(r"(?:[□☑☒☐■✓✔]\s*[\u4e00-\u9fff]{1,8}[ \u3000]*){2,}")
_CN_MONTH_DAY_LINE_RE = re.compile(rf"{_CN_MONTH_DAY}(?:[ \u3000]*(?:星期|周)[一二三四五六日天])?(?:[ \u3000]*{_LUNAR_RE.pattern})?")
# whole lines that are chrome, each with a mark it must hold: a reading site's rating of the piece
# (【难度：★★★☆☆】【生词：12个】), a form's tick boxes (□紧急　☑请审阅, no names), a masthead's day in
# words (三月五日　星期二　农历己亥年正月廿九: its year printed elsewhere)
_CHROME_LINES = ((_RATING_LINE_RE, "[★☆]"), (_CHECKBOX_LINE_RE, "[☑☒✓✔☐]"), (_CN_MONTH_DAY_LINE_RE, "月"))
# a WeChat post's place after its time (… 2024-03-12 17:45 海南)
_PLACE_AT_END_RE = re.compile(rf"{_HAN}{{2,3}}\s*$")
# a platform's post line after its time: the province it was sent from, then the account's
# verified description (甘肃·白银市人民政府新闻办公室官方账号)
_PLACE_THEN_ACCOUNT_RE = re.compile(rf"(?:{_HAN}{{2,3}}\s*[·•]\s*)?{_HAN}{{2,30}}?(?:官方账号|官方帐号|官方号)\s*$")
# a friends'-circle post's location tag after its time (2023年9月12日 17:46　某某市·某某社区　删除):
# the town, a dot, the place picked on the map
_LOCATION_TAG_RE = re.compile(rf"{_HAN}{{2,10}}\s*[·•・]\s*{_HAN}{{2,16}}(?=[\s\u3000]|$)")
# 2022/11/18 17:05（11/18 17:40 更新）: an update time
# a running head's section name closing it after the paper's name and the date (… 星期二 市县)
_SECTION_AT_END_RE = re.compile(r"[\u4e00-\u9fff]{2,6}")
_UPDATED_RE = re.compile(r"\d{1,2}/\d{1,2}\s*\d{1,2}[:：]\d{2}\s*更新")
_MASTHEAD_NAME_RE = re.compile(rf"{_HAN}{{2,10}}")
# an account's name before its post's date, time and province: up to an office's whole name
_ACCOUNT_NAME_RE = re.compile(rf"{_HAN}{{2,18}}")
# a site's name set in Latin letters (two capitalised words or more) and in Chinese, alone on a line
_BILINGUAL_SITE_RE = re.compile(r"(?P<latin>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3})\s+(?P<zh>[\u4e00-\u9fff]{2,8})")
_LATIN_NAME_RE = re.compile(r"[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,4}(?=\s|$)")
_PICTOGRAPHS_ONLY_RE = re.compile(rf"[{PICTOGRAPHS}\s]+")
_LETTER_SPACED_RE = re.compile(rf"{_HAN}(?:[ \u3000]+{_HAN}){{2,9}}")
_FROM_CLIENT_RE = re.compile(rf"来自\s*[{HAN_CLASS}A-Za-z0-9_.·-]{{2,20}}(?:\s+[A-Za-z0-9_.-]{{2,20}}(?=\s|$))?")
# the word of a dateline after an outlet's name, ending a meta line (… 中安新闻客户端讯)
_NEWS_WORD_RE = re.compile(r"(?:讯|电|消息)\s*")
# after a reporter's names: they took the pictures too (… 李娜 摄影报道, … 文/图)
_PHOTO_REPORT_RE = re.compile(r"摄影报道|图文报道|文/图|文／图")
# a button's value after a chrome label: 字号：T|T, 字体：A A A, 字号：A+ A-
# a post's time told relative to when it was copied (3天前, 昨天 18:20, 刚刚), maybe with where
# it was sent from (来自 青海): the post's furniture; the day it names is not printed
_RELATIVE_TIME_RE = re.compile(
    rf"(?:\d{{1,2}}\s*(?:秒|分钟|小时|天|周)前|刚刚|昨天|前天)(?:\s*\d{{1,2}}[:：]\d{{2}})?(?:\s*来自\s*{_HAN}{{2,12}})?")
# an account's name (any short name) between 原创 and the post's date
_ACCOUNT_BEFORE_DATE_RE = re.compile(rf"({_HAN}{{2,8}})(?=\s)")
_TWO_NAMES_BEFORE_DATE_RE = re.compile(rf"({_HAN}{{2,8}})\s+({_HAN}{{2,8}})(?=\s)")
_CHROME_VALUE_RE = re.compile(r"[A-Za-z](?:[A-Za-z+\-|｜/ ]{0,7}[A-Za-z+\-])?(?=\s|$)")
# an account's id after a chrome label (抖音号：hongtarongmei, 微信号：yx_rongmei2020)
_ACCOUNT_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{2,39}(?=\s|$)")
# a post in brackets right after a credited name (某某（支部书记）)
_NAME_POST_RE = re.compile(rf"[（(]({_HAN}{{2,10}})[）)]")
# a numbered entry of a list (1. …, 2、…, （3）…): a bracket closing it belongs to the entry
_LIST_ITEM_RE = re.compile(r"(?:\d{1,3}\s*[.．、]|[（(]\d{1,3}[）)])\s*(?=\S)")
# a weekday in brackets and a span of hours after a labelled date (（星期三）上午9:00—11:30)
_DATE_SPAN_TAIL_RE = re.compile(
    r"\s*(?:[（(](?:星期|周)[一二三四五六日天][）)])?\s*(?:(?:上午|下午|中午|晚上|早上)?(?P<t>(?:[01]?\d|2[0-3])[:：][0-5]\d)"
    r"\s*[—\-–~～至]+\s*(?:上午|下午|中午|晚上)?(?:[01]?\d|2[0-3])[:：][0-5]\d)?(?=\s|$)")
_WEEKDAY_RE = re.compile(r"(?:星期|周|礼拜)[一二三四五六日天]")
# a name: two to four characters, or a transcribed name with a middle dot (阿依古丽·买买提)
# (two characters printed with a space between them are one name: 韩 雪)
# (and three single characters with spaces between them: 刘 晓 敏, a letter-spaced name)
# (the same space between them: 韩  雯　孟 is a name and what follows)
# (not when a fourth single character follows: 孟 凡 唐 悦 is two names set letter-spaced)
_SPACED3 = letter_spaced_name(_HAN, (" ", "  ", "\u3000"))
_NAME = rf"(?:(?:{_SPACED3})(?![{HAN_CLASS}])|{_HAN}[ \u3000]{{1,2}}{_HAN}(?![{HAN_CLASS}])|{_HAN}(?:[{HAN_CLASS}]{{0,7}}·[{HAN_CLASS}]{{1,8}}|[{HAN_CLASS}]{{1,4}}))"
_NAME_TOKEN_RE = re.compile(_NAME)


def _cut_name_pattern(labels: str) -> str:
    """A name of three characters printed with its last one set apart, at the line's end or
    before a label and its colon (贺兰 雪, 贺兰 雪 校对：): the first character a surname
    (data/surnames.yaml), the lone one no credit word (layout.yaml byline_tail_words: 张三 摄)."""
    from .names import _surnames

    single, compound, _ = _surnames()
    sur = "|".join([re.escape(c) for c in compound] + [f"[{''.join(single)}]"])
    tails = "".join(w for w in data_file("layout.yaml").get("byline_tail_words") or () if len(w) == 1) + "图等"
    return rf"(?<![{HAN_CLASS}])(?={sur})[{HAN_CLASS}]{{2}}[ \u3000][^\s{tails}](?<=[{HAN_CLASS}])(?=[ \u3000]*$|[ \u3000]+(?:{labels})[：:])"


@functools.lru_cache(maxsize=1)
def vocabulary() -> dict:
    """data/page_meta.yaml, with the regexes built from it."""
    v = dict(load_data("page_meta.yaml"))
    v["labels"] = dict(v["labels"])
    for q in v.get("label_qualifiers") or ():
        for base in v.get("qualified_labels") or ():
            v["labels"].setdefault(q + base, v["labels"][base])  # 稿件作者 is an author's label
    labels = sorted(v["labels"], key=len, reverse=True)
    alt = "|".join(map(re.escape, labels))
    # a long label may go without a colon (责任编辑 张三); a short one needs it (编辑：)
    # (a bar may stand for the colon: 编辑｜吴倩, 责编丨李慧敏)
    # (or a slash before a date: 发布/2019年6月3日, 更新/2019年6月3日 9:12 AM)
    # (or a slash before a name after the words' and pictures' labels: 文/某某 图/某某, slash_labels)
    v["label_re"] = re.compile(rf"(?P<label>{alt})\s*(?P<colon>[：:｜丨|]|[/／](?=\s*\d)|[/／](?=\s*[\u4e00-\u9fff]))?\s*")
    v["bare_labels"] = set(v.get("labels_without_colon") or [])
    # (the label set apart: a mark, bracket, colon or space after it; 广告位招租 is words)
    v["advert_line_re"] = re.compile(r"^[■□●◆▲【\[［〖（(\s]*(?:%s)(?:[■□●◆▲】\]］〗）)：:|｜\s]+)\S"
                                     % "|".join(map(re.escape, v.get("advert_labels") or ["广告"])))
    v["bare_labels_after_names"] = set(v.get("labels_without_colon_after_names") or [])
    chrome = sorted(v["chrome_words"], key=len, reverse=True)
    tails = sorted(v.get("date_tail_words") or (), key=len, reverse=True)
    v["date_tail_re"] = re.compile("(?:" + "|".join(map(re.escape, tails)) + r")(?=[\s　]|$)") if tails else None
    v["chrome_re"] = re.compile("|".join([v["app_prompt"], v["chat_chrome"], v["translation_bar"], v.get("gloss_note") or "(?!)"]
                                         + list(map(re.escape, chrome))))
    both = sorted(v.get("text_and_picture_credits") or (), key=len, reverse=True)
    v["both_credit_re"] = re.compile("|".join(map(re.escape, both)) or "(?!)")
    posted = v.get("posted_by") or {}
    v["posted_by_re"] = re.compile(rf"(?:{'|'.join(map(re.escape, posted.get('before') or ())) or '(?!)'})\s*")
    v["posted_verb_re"] = re.compile("|".join(map(re.escape, posted.get("after") or ())) or "(?!)")
    v["edition_re"] = re.compile("|".join(map(re.escape, sorted(v["edition_suffixes"], key=len, reverse=True))))
    v["pubno_re"] = re.compile(v["publication_number"])
    v["footer_re"] = re.compile(v["site_footer"])
    v["weather_re"] = re.compile(v["weather_line"])
    v["countdown_re"] = re.compile(v["countdown_line"])
    v["pager_re"] = re.compile(v["pager_line"])
    v["list_counter_re"] = re.compile(v["list_counter_line"]) if v.get("list_counter_line") else None
    v["page_count_re"] = re.compile(v["page_count"])
    v["epaper_viewer_re"] = re.compile(v["epaper_viewer_line"])
    v["script_toggle_re"] = re.compile(v["script_toggle"])
    v["reader_count_re"] = re.compile(v["reader_count"])
    v["follow_prompt_re"] = re.compile(v.get("follow_prompt") or "(?!)")
    # an audio or video player's line, a reading-time estimate: pieces with separators between
    words = "|".join(map(re.escape, sorted(list(v["player_words"]) + list(v.get("viewer_words") or ()),
                                           key=len, reverse=True)))
    piece = rf"(?:{v['reading_time']}|{v['player_voice']}|{v.get('player_counter') or '(?!)'}|{words}|{v['player_speed']}|{v['player_clock']})"
    sep = rf"[\s·•|｜/,，、;；{re.escape(v['player_marks'])}]*"
    v["player_re"] = re.compile(rf"{sep}{piece}(?:{sep}{piece})*{sep}")
    tools = "|".join(map(re.escape, sorted(v.get("entry_tool_words") or ["(?!)"], key=len, reverse=True)))
    v["deck_slide_re"] = re.compile(v["deck_slide_marker"])
    v["entry_tools_re"] = re.compile(rf"(?:{tools})(?:[\s·|｜]+(?:{tools}))*")
    # a player's word with its figure inside a post's meta line (发布于 … 时长 06:48 播放 3.6万)
    v["player_field_re"] = re.compile(rf"(?:{words})\s*[：:]?\s*(?:{v['player_clock']})?")
    # where a post was sent from, as platforms print it (IP 属地广西, IP属地：湖北)
    v["ip_place_re"] = re.compile(rf"{v['ip_place_label']}\s*[：:]?\s*(?:{'|'.join(map(re.escape, v['ip_regions']))})")
    v["bare_time_re"] = re.compile(rf"{sep}(?:\d{{1,2}}:)?\d{{1,2}}:\d{{2}}{sep}")
    v["reading_minutes_re"] = re.compile(v["reading_minutes"])
    v["reading_time_re"] = re.compile(v["reading_time"])
    # a label printed with spaces between its characters (索 引 号：, 文　　号：)
    spaced = "|".join("[ \t\u3000]*".join(map(re.escape, x)) for x in labels if len(x) >= 2)
    v["spaced_label_re"] = re.compile(rf"(?:{spaced})(?=[ \t\u3000]*[：:])")
    v["jump_re"] = re.compile(v["jump_note"])
    v["jump_from_re"] = re.compile(v["jump_from_note"])
    v["placement_re"] = re.compile(v["placement_note"])
    v["body_divider_re"] = re.compile(v["body_divider"])
    v["rule_re"] = re.compile(v["rule_line"])
    offices = sorted(v["office_suffixes"] + ["领导小组办公室", "领导小组"], key=len, reverse=True)
    v["office_value_re"] = re.compile(rf"(?=[^\s\u3000]{{4}}){_HAN}{{1,20}}?(?:{'|'.join(map(re.escape, offices))})(?=[\s\u3000]|$)")
    # an item's closing credit in brackets naming the office that supplied it (（某某县文明办供稿）)
    supplied = "|".join(map(re.escape, v.get("supplied_by_words") or ["供稿"]))
    # (not a page's picture credit, （本版图片除署名外均由某某宣传部提供）: supplied_by_not_in_office)
    nots = "|".join(map(re.escape, v.get("supplied_by_not_in_office") or ["(?!)"]))
    v["supplied_by_re"] = re.compile(rf"[（(][ \u3000]?(?P<office>(?:(?!{nots}){_HAN}){{2,40}}?(?:{'|'.join(map(re.escape, offices))}))[ \u3000]?(?:{supplied})[ \u3000]?[）)]")
    v["issued_by_re"] = re.compile(rf"(?P<office>{_HAN}{{2,40}}?(?:{'|'.join(map(re.escape, offices))}))[ \u3000]?编(?:印|发)?")  # (某某办 编: set apart by a space)
    v["copyright_re"] = re.compile(v["copyright_owner"])
    v["url_line_re"] = re.compile(v["url_line"])
    v["url_date_re"] = re.compile(v["url_date"])
    sufs = sorted(v["outlet_suffixes"], key=len, reverse=True)
    named = sorted(v["outlets"], key=len, reverse=True)
    n = v["max_outlet_chars"]
    v["outlet_re"] = re.compile(
        rf"(?:{'|'.join(map(re.escape, named))})|{_HAN}{{1,{n}}}?(?:{'|'.join(map(re.escape, sufs))})")
    strong = [s for s in sufs if len(s) >= 2 and s not in ("新闻", "发布", "网站", "在线")]
    # a portal's Latin brand and a suffix of two characters or more (某某News新闻, Yahoo新闻): its name,
    # read as such only where a site's name stands (first in its breadcrumb)
    v["latin_outlet_re"] = re.compile(rf"[A-Za-z][A-Za-z0-9]{{1,11}}(?:{'|'.join(map(re.escape, [x for x in sufs if len(x) >= 2]))})")
    # a masthead or site name standing alone: a short name (a title with a site name
    # glued after it is longer: 东河把文明实践送到家门口东河区融媒体中心)
    v["masthead_re"] = re.compile(
        rf"^(?:{'|'.join(map(re.escape, named))}|{_HAN}{{2,{v['max_masthead_name_chars']}}}?(?:{'|'.join(map(re.escape, strong))}))$")
    gov = sorted(v.get("government_site_suffixes") or [], key=len, reverse=True)
    v["government_re"] = re.compile(
        rf"^{_HAN}{{2,{v.get('max_government_name_chars', 14)}}}?(?:{'|'.join(map(re.escape, gov))})$") if gov else None
    v["government_head_re"] = re.compile(
        rf"{_HAN}{{2,{v.get('max_government_name_chars', 14)}}}?(?:{'|'.join(map(re.escape, gov))})(?=\s)") if gov else None
    # a breadcrumb without a start word (某某日报 > 要闻, 某某网>>某某频道>>市县): short
    # items joined by > ＞ » → (not /: 文/图 is a credit)
    # (or by › , a mirror site's: 某某News新闻 › 中国)
    v["bare_breadcrumb_re"] = re.compile(
        r"^(?P<first>[^\s>＞»→›/，。；！？]{2,12})\s*(?:(?:>>?|＞＞?|»|→|›)\s*[^\s>＞»→›/，。；！？]{1,12}\s*)+$")
    # what may follow an outlet's name and still be the name: a further suffix, a channel
    v["outlet_tail_re"] = re.compile(
        rf"(?:{'|'.join(map(re.escape, sufs + list(v.get('outlet_name_editions') or [])))})"
        rf"|[-－·]{_HAN}{{1,6}}?(?:{'|'.join(map(re.escape, sufs + ['频道']))})")
    v["date_re"] = re.compile(_DATE)
    v["print_header_re"] = re.compile(v["print_header"])
    v["publisher_re"] = re.compile(v["publisher_line"])
    v["prefixed_outlet_re"] = re.compile(
        rf"^(?:{'|'.join(map(re.escape, v.get('outlet_prefixes') or []))}){_HAN}{{2,4}}$") if v.get("outlet_prefixes") else None
    v["site_host_re"] = re.compile(v["site_host"])
    v["month_first_re"] = re.compile(rf"{v['month_first_date']}(?:\s*{_TIME})?")
    v["datetime_re"] = re.compile(rf"{_DATE}(?:\s*{_TIME})?")
    v["time_re"] = re.compile(_TIME)
    # a spaced pair of characters is a name also right before a label (冯 琳来源：)
    pair = rf"{_HAN} {_HAN}(?=(?:{alt})[：:])"
    # a long name standing whole between spaces (额尔敦毕力格, a Mongolian name of six characters):
    # read as one token, then checked by `_long_name_ok`
    lo, hi = v["long_name_chars"]
    long = rf"(?<![{HAN_CLASS}]){_HAN}[{HAN_CLASS}]{{{lo - 1},{hi - 1}}}(?=[ \u3000]|$)"
    # a three-character name a scan cut before its last character, closing the line (责任编辑:贺兰 雪):
    # two characters opening with a surname (data/surnames.yaml), then one that is no credit word
    cut = _cut_name_pattern(alt)
    # a compound surname set apart from the given name (皇甫 昊, 欧阳 明月): one name
    from .names import _surnames
    compound = "|".join(map(re.escape, sorted(_surnames()[1], key=len, reverse=True))) or "(?!)"
    cmp_ = rf"(?:{compound})[ \u3000]{{1,2}}{_HAN}{{1,2}}(?![{HAN_CLASS}])"
    v["names_re"] = re.compile(rf"(?:{cmp_}|{pair}|{cut}|{long}|{_NAME})(?:[\s、，,/]+(?:{cmp_}|{pair}|{cut}|{long}|{_NAME}))*")
    v["name_token_re"] = re.compile(rf"{cmp_}|{pair}|{cut}|{long}|{_NAME}")
    # a role word run into the name after it (联合报／记者林佳慧／台中报导): not part of the name
    roles = sorted(load_data("layout.yaml")["byline_roles"], key=len, reverse=True)
    # (with the paper's name before the role: 延安日报记者 高亚妮)
    orgs = sorted(load_data("layout.yaml")["byline_org_suffixes"], key=len, reverse=True)
    # (or a site and its app: 南海网、南海网客户端记者, 新甘肃·甘肃日报、新甘肃客户端记者)
    paper = load_data("layout.yaml")["byline_paper_suffix"]
    # (or an app and the paper it carries: 某某云/某某日报记者)
    org_name = rf"[{HAN_CLASS}](?:[{HAN_CLASS}·、\-－/／]{{0,24}}?[{HAN_CLASS}])?(?:{'|'.join(list(map(re.escape, orgs)) + [paper])})"
    org = rf"(?:{org_name})?"
    v["role_prefix_re"] = re.compile(rf"^{org}(?:{'|'.join(map(re.escape, roles))})(?=\s*[{HAN_CLASS}]{{2}})")
    # a role word alone or after the paper's name, as a whole word (记者, 湖北日报全媒记者)
    v["paper_role_re"] = re.compile(rf"{org}(?:{'|'.join(map(re.escape, roles))})")
    # a paper's or media centre's name standing alone between names (记者 X 樟树市融媒体中心 Y)
    v["org_word_re"] = re.compile(org_name)
    # a credit's names after the media centre or paper they work for, set apart by a space
    # (文字：某某区融媒体中心 张 三): the organisation is whose staff they are, not a name
    # (or the institution's department that sent it, 作者：党办 张三: data/page_meta.yaml department_words)
    depts = "|".join(map(re.escape, sorted(v.get("department_words") or [], key=len, reverse=True))) or "(?!)"
    v["org_before_names_re"] = re.compile(rf"(?:{org_name}|{depts})[ \u3000]+(?=[{HAN_CLASS}])")
    # (作者：某某市自然资源局 张三: the unit the writer works in, data layout.yaml byline_unit_suffixes)
    units = sorted(load_data("layout.yaml").get("byline_unit_suffixes") or [], key=len, reverse=True)
    # (or a pupil's class: 讲话人：初二（3）班 张三, layout.yaml byline_class_before_names)
    klass = load_data("layout.yaml").get("byline_class_before_names") or "(?!)"
    v["unit_before_names_re"] = re.compile(
        rf"(?:[{HAN_CLASS}]{{2,20}}?(?:{'|'.join(map(re.escape, units))})[ \u3000]+|(?:{klass})[ \u3000]*)(?=[{HAN_CLASS}])") if units else None
    v["photo_role_re"] = re.compile(
        rf"\s({'|'.join(map(re.escape, sorted(load_data('layout.yaml')['photo_roles'], key=len, reverse=True)))})\s*[：:]?\s*")
    # (a bar may stand between the role and the name: 记者 丨 刘思琪)
    # (a byline's mark may open it, 文/记者 张三, 文/图 记者 张三: data/layout.yaml byline_marks)
    marks = sorted((x for x in load_data("layout.yaml")["byline_marks"] if x[:1] in "文图" and x[-1:] in "/／"
                    or x in ("文/图", "文／图", "图/文", "图／文")), key=len, reverse=True)
    v["byline_mark_re"] = re.compile(rf"(?:{'|'.join(map(re.escape, marks))})\s*")
    v["role_word_re"] = re.compile(rf"(?:(?:{'|'.join(map(re.escape, marks))})\s*)?{org}(?:{'|'.join(map(re.escape, roles))})"
                                   rf"\s*(?:[丨｜|]\s*)?(?=[{HAN_CLASS}])")
    marks = "|".join(map(re.escape, v["breadcrumb_marks"]))
    starts = "|".join(map(re.escape, v["breadcrumb_start"]))
    v["breadcrumb_re"] = re.compile(rf"^(?:{starts})[：:]?\s*(?:[^\s>＞»→/]{{1,12}}\s*)?(?:(?:{marks})+\s*[^\s>＞»→/]{{1,12}}\s*)+$")
    v["export_forms"] = [re.compile(x) for x in v.get("export_tag_forms") or ()]
    v["export_forms_last"] = [re.compile(x) for x in v.get("export_tag_forms_last") or ()]
    v["export_body_re"] = re.compile(
        rf"(?:{'|'.join(map(re.escape, v.get('export_body_labels') or ['正文']))})\s*[：:]")
    v["export_names_re"] = re.compile(v.get("export_name_separators") or "[;；]+")
    v["item_counter_re"] = re.compile(v["item_counter"])
    v["word_count_re"] = re.compile(v["word_count"])
    v["database_line_re"] = re.compile(v["database_line"])
    return v


def _export_field(t: str, v: dict, forms_key: str = "export_forms") -> list[tuple[str, str]] | None:
    """A database export's field line (Title-题名: …, %A 张三, {Title}: …) as meta fields, or None.

    >>> _export_field("Author-作者: 阿不都·热合曼;孙立平;", vocabulary())
    [('author', '阿不都·热合曼'), ('author', '孙立平')]
    >>> _export_field("%J 某某日报", vocabulary())
    [('source', '某某日报')]
    >>> _export_field("Page-版号: 第003版", vocabulary())
    [('page', '第003版')]
    """
    for form in v[forms_key]:
        m = form.match(t)
        if not m:
            continue
        keys = [m.groupdict().get("zh"), m.group("tag")]
        field = next((v["export_fields"][k] for k in keys if k and k in v["export_fields"]), None)
        if field is None:
            return None
        value = t[m.end():].strip()
        if field == "record":
            return [("record", t)]
        if field == "author":
            names = [re.sub(r"\s+", "", x) for x in v["export_names_re"].split(value) if x.strip()]
            return [("author", x) for x in names] or [("chrome", t)]
        if field == "keyword":
            return [("keyword", x.strip()) for x in v["export_names_re"].split(value) if x.strip()] or [("chrome", t)]
        if field in ("date", "year"):
            d = v["datetime_re"].match(value)
            if d and d.group("m"):
                return [("date", _iso(d))]
            y = re.match(r"(?:19|20)\d{2}", value)
            return [("year", y.group(0))] if y else [("info", value)]
        if field == "outlet":
            return [("source", value)] if value else [("chrome", t)]
        if field in ("title", "page", "summary") and value:
            return [(field, value)]
        return [("info", value)] if value else [("chrome", t)]
    return None


# how far back a relative time reaches: 昨天 -> 1d, 3天前 -> 3d, 5小时前 -> 5h, 刚刚 -> 0h
_RELATIVE_BACK = {"昨天": "1d", "前天": "2d", "刚刚": "0h"}
_RELATIVE_UNIT = {"秒": "0h", "分钟": "0h", "小时": "h", "天": "d", "周": "w"}


def _relative_back(text: str) -> str | None:
    """How far back a post's relative time reaches, as a count and a unit (d, h, w).

    >>> _relative_back("昨天 18:20  来自 青海"), _relative_back("3天前"), _relative_back("5小时前")
    ('1d', '3d', '5h')
    """
    for word, back in _RELATIVE_BACK.items():
        if text.startswith(word):
            return back
    m = re.match(r"(\d{1,2})\s*(秒|分钟|小时|天|周)前", text)
    if not m:
        return None
    unit = _RELATIVE_UNIT[m.group(2)]
    return unit if unit == "0h" else f"{int(m.group(1))}{unit}"


def _print_header(t: str, v: dict) -> list[tuple[str, str]] | None:
    """A browser's print header (2023/6/15 14:31 <wide gap> 标题_频道_网站): the day the page
    was printed, and the page's title with its site; never the publication date."""
    m = v["print_header_re"].match(t)
    if not m or lex_meta(m.group("rest")) or not re.search(v["print_title_marks"], m.group("rest")):
        return None
    return [("printed_on", _iso(m)), ("chrome", m.group("rest").strip())]


def _skip(text: str, i: int) -> int:
    m = re.compile(_SEP).match(text, i)
    return m.end() if m else i


def _date_at(t: str, j: int, v: dict) -> bool:
    """Does a post's date (2023-12-01, 23-9-5) start at t[j]?"""
    return bool(v["date_re"].match(t, j) or _SHORT_DATE_RE.match(t, j))


def _label_counts(m: re.Match, v: dict, after_names: bool, in_masthead: bool = False) -> bool:
    """Does a label found by `label_re` count: with its colon, a label that goes without
    one (责任编辑 张三), or right after names one that goes without then (本版文字 张三  图片
    王五; 摄影报道 is no label: a space must follow)? In a masthead line (its outlet, date or
    page read already: 某某日报 2022年11月8日 第2版 要闻 编辑 张三 校对 李四) an editor's label
    set apart by spaces goes without its colon too."""
    slash = m.group("colon") in ("/", "／") and not re.match(r"\s*\d", m.string[m.end("colon"):])
    if slash and (m.group("label") not in set(v.get("slash_labels") or ())
                  or re.match(r"\s*[文图摄视]", m.string[m.end("colon"):])
                  or (m.start() > 0 and re.match(r"[\u4e00-\u9fff]", m.string[m.start() - 1]))):
        # (a slash before a name follows the words' or the pictures' label only, set apart:
        # 文/图 is one credit, …杨晓川文/图 a credit after a name; 责编/某某 as before: a label
        # that goes without its colon)
        slash_colon = False
    else:
        slash_colon = slash
    return bool((m.group("colon") and (slash_colon or not slash)) or m.group("label") in v["bare_labels"]
                or (after_names and m.group("label") in v["bare_labels_after_names"] and m.group(0) != m.group("label"))
                or (in_masthead and (_spaced_editor_label(m, v) or _spaced_reporter_label(m, v))))


def _spaced_editor_label(m: re.Match, v: dict) -> bool:
    """An editor's label (编辑, 校对, 审读) standing as a word of its own, spaces on both sides."""
    s, label = m.string, m.group("label")
    return (v["labels"].get(label) == "editor" and len(label) >= 2
            and (m.start() == 0 or s[m.start() - 1].isspace()) and s[m.end("label"):m.end("label") + 1].isspace())


def _spaced_reporter_label(m: re.Match, v: dict) -> bool:
    """A reporter's label (记者, 通讯员) opening a line as a word of its own: an app's credits
    line (记者 张三 李四  编辑 王五  2022年12月1日) counts once an editor's label follows a wide gap."""
    s, label = m.string, m.group("label")
    return (m.start() == 0 and label in (v.get("spaced_reporter_labels") or ())
            and s[m.end("label"):m.end("label") + 1].isspace())


_WORD_GAP_RE = re.compile(r"[ \u3000]{2,}")  # (fields of a page foot set apart by a wide gap)


def _credits_line(t: str, v: dict) -> bool:
    """A page foot's credits line (编辑 张三   版式 李四   校对 王五): it opens with an editor's
    label (or a reporter's, 记者 张三  编辑 李四) standing as a word and holds an editor's after a wide gap, so its labels go without
    colons as in a masthead line. One label alone (编辑 张三) stays text: it may open a sentence."""
    m = v["label_re"].match(t)
    if not m or not (_spaced_editor_label(m, v) or _spaced_reporter_label(m, v)):
        return False
    # (label_re is anchored at a position: look at the starts of the line's spaced words only)
    return any(_spaced_editor_label(lm, v)
               for sp in _WORD_GAP_RE.finditer(t, m.end("label") + 1)
               for lm in [v["label_re"].match(t, sp.end())] if lm)


def _names(text: str, i: int, v: dict) -> tuple[int, list[str]] | None:
    """Names at text[i:], up to the next label or the end (a role word before
    them is skipped: 作者：延安日报记者 高亚妮)."""
    rm = (v["role_word_re"].match(text, i) or v["org_before_names_re"].match(text, i)
          or (v["unit_before_names_re"] and v["unit_before_names_re"].match(text, i)))
    if rm:
        i = rm.end()
    m = v["names_re"].match(text, i)
    if not m:
        return None
    end = m.end()
    # stop before a credit glued to the last name (记者杨某某文/图): 文 or 图 is the
    # credit's, so long as two characters of the name stay before it
    cm = v["both_credit_re"].search(text, i, end + 3)
    if cm and cm.start() < end and re.search(rf"[{HAN_CLASS}]{{2}}$", text[i:cm.start()]):
        end = cm.start()
    # stop before a label glued to the last name (张三 李四编辑：王五)
    for lm in v["label_re"].finditer(text, i, end + 6):  # (文 in 黄文涛 is no label: look on)
        if lm.start() >= end:
            break
        if _label_counts(lm, v, after_names=lm.start() > i) or (lm.start() > i and _spaced_editor_label(lm, v)):
            end = lm.start()  # (张三 审读 李四: a label word between names is no name)
            break
    # (each stretch between role words on its own: 卫  佳 通讯员 原  野 is two names)
    names = [v["role_prefix_re"].sub("", re.sub(r"[ \u3000]", "", x))
             for part in v["role_word_re"].split(text[i:end])
             for x in v["name_token_re"].findall(part)]  # 实习记者 乌日娜　记者 高建军
    names = [n for n in names if n not in _tail_words()]  # 记者 李娜 摄影报道: 报道 is no name
    # an organisation credited among the names (通讯员 俞琳琳 县委报道组): a source, no person
    # (only its longer suffixes: a name may end in 院 or 站)
    org_sufs = tuple(x for x in v.get("organisation_suffixes") or () if len(x) >= 2)
    names = [n for n in names if not (n.endswith(org_sufs) and len(n) >= 4)]
    # a post before the name (反映人：县政协委员 某某某, 主讲人：党支部书记 某某): who they are, no name
    posts = tuple(v.get("post_before_name_ends") or ())
    names = [n for k, n in enumerate(names) if not (k + 1 < len(names) and len(n) >= 3 and n.endswith(posts))]
    lo = v["long_name_chars"][0]
    if any(len(n) >= lo and not _long_name_ok(n, v) for n in names):
        return None  # (本报资料图片, 某某县文明办: a long run that is no person's name)
    names = [x for n in names for x in (_split_long_name(n) if len(n) >= lo else [n])]
    if not names:
        return None
    return end, names


def _long_name_ok(name: str, v: dict) -> bool:
    """A run of `long_name_chars` characters after a credit's label is one person's name (a
    Mongolian or Tibetan name written whole) unless it holds an organisation's or a credit's
    word (page_meta.yaml `long_name_not_words`, `organisation_suffixes`)."""
    words = list(v.get("long_name_not_words") or ()) + list(v.get("organisation_suffixes") or ())
    return not any(w in name for w in words) and not v["org_word_re"].fullmatch(name)


def _split_long_name(name: str) -> list[str]:
    """Names run together without a space (张三李四王五): split where every piece opens with a
    common surname; else the run is one name (额尔敦毕力格)."""
    from .names import _common_surname, split_run

    parts = split_run(name)
    if parts and len(parts) > 1 and all(_common_surname(p) for p in parts):
        return parts
    return [name]


@functools.lru_cache(maxsize=1)
def _tail_words() -> frozenset[str]:
    """Words after a byline's names that say what they did (layout.yaml: 报道, 摄影报道 …)."""
    return frozenset(load_data("layout.yaml").get("byline_tail_words") or ())


def lex_meta(text: str, strict: bool = False) -> list[tuple[str, str]] | None:
    """The meta fields of `text` (see `_lex_meta`); a line nothing else reads may be a
    RefWorks export's field (T1 …, A1 …).

    >>> lex_meta("A1 张三;李四")
    [('author', '张三'), ('author', '李四')]
    >>> lex_meta("A3 城事")
    [('page', 'A3'), ('page_name', '城事')]
    >>> lex_meta("某某01 | 01國際 > 中國"), lex_meta("撰文：黃嘉欣")
    ([('chrome', '某某01 | 01國際 > 中國')], [('author', '黃嘉欣')])
    >>> lex_meta("某某工人报·第3版·市州·2023年6月27日")
    [('outlet', '某某工人报'), ('page', '第3版'), ('page_name', '市州'), ('date', '2023-06-27')]
    >>> lex_meta("5 县区新闻 宿州日报 2023年11月8日 星期三")
    [('page', '5'), ('page_name', '县区新闻'), ('outlet', '宿州日报'), ('date', '2023-11-08')]
    >>> lex_meta("数读丨全市 > 九成小区") is None
    True
    """
    got = _lex_meta_memo(text, strict)
    return None if got is None else list(got)


@functools.lru_cache(maxsize=1)
def _slash_credit_re() -> re.Pattern:
    """A credit's label set apart from its name by a slash (文/某某, 图／某某: page_meta.yaml slash_labels)."""
    labels = sorted(vocabulary().get("slash_labels") or (), key=len, reverse=True)
    return re.compile(rf"(?:^|[\s（(【\[])(?:{'|'.join(map(re.escape, labels)) or '(?!)'})\s*[/／]")
# a post's day in digits (2017-07-31, 2017/7/31 09:30), then an account's name of Han characters alone
_DATE_THEN_ACCOUNT_RE = re.compile(
    r"(?P<when>(?:[\u4e00-\u9fff]{2,6}[：:]\s*)?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)"
    r"[ \u3000]+(?P<name>[\u4e00-\u9fff]{2,12})")  # (its label first, 更新时间：…, read as a date's)


@functools.lru_cache(maxsize=8192)
def _lex_meta_memo(text: str, strict: bool) -> tuple[tuple[str, str], ...] | None:
    """`lex_meta` read once per text: a page asks it about the same line several times
    (its outlets, then whether each line is meta), and a paper's running heads recur."""
    if _MEDIA_TAG_HEADLINE_RE.match(text.strip()):
        return None  # 视频 | 某地：“文明新风”吹进农家小院: a video's tag before its headline, no credit
    got = _lex_meta(text, strict)
    if got and {f for f, _ in got} <= {"author", "photographer"} and _slash_credit_re().search(text):
        got = None  # (文/本报记者 某某 图/某某: a byline, read as one; slashes count inside a source's bracket)
    if got is None:
        got = _bracketed_field(text.strip(), strict)
    if got is None:
        got = _document_head(text.strip())
    if got is None:
        got = _issuer_line(text.strip())
    if got is None:
        got = _speaker_line(text.strip())
    if got is None and text.strip():
        got = _outlet_then_page(text.strip())
    if got is None and text.strip():
        got = _clipping_citation(text.strip())
    if got is None and text.strip():
        got = _clipped_from(text.strip())
    if got is None and text.strip():
        got = _paper_breadcrumb(text.strip())
    if got is None and text.strip():
        got = _bar_parts(text.strip())
    if got is None and text.strip():
        got = _barred_masthead(text.strip())
    if got is None and any(rx.fullmatch(text.strip()) and re.search(needs, text) for rx, needs in _CHROME_LINES):
        got = [("chrome", text.strip())]
    om = re.match(vocabulary().get("original_mark_line") or "(?!)", text.strip()) if got is None else None
    if om:
        got = (("chrome", om.group("mark")), ("outlet", om.group("name")))  # 原创 某某发布: the account's post
    sl = re.fullmatch(r"(来源|稿件来源|信息来源)\s*[：:]\s*(\S+(?:、\S+)+)", text.strip()) if got is None else None
    if sl:
        # 来源：荔湾区文明办、黄埔区文明办、增城日报: a round-up's sources, each one a source
        parts = [_lex_meta(f"{sl.group(1)}：{x}", strict) for x in sl.group(2).split("、")]
        if all(x and len(x) == 1 and x[0][0] == "source" for x in parts):
            # (meta, read as a note: a list of sources names no one outlet for any item)
            got = (("info", text.strip()),)
    if got is None and (dm := _DATE_THEN_ACCOUNT_RE.fullmatch(text.strip())):
        # 2017-07-31　文明广州: a post's day, then the account that posted it (the outlet)
        dated = _lex_meta(dm.group("when"), strict)
        if (dated and {f for f, _ in dated} <= {"date", "time"}
                and dm.group("name") not in (vocabulary().get("day_part_words") or ())
                and not (len(dm.group("name")) <= 3 and _common_surname(dm.group("name")))):  # (日期：… 张明: a person)
            # (an office's name there, 景区管理处, issued the page: a note, the site is the outlet)
            # (a media centre, 某县融媒体中心, is an outlet)
            org = dm.group("name").endswith(tuple(vocabulary().get("office_suffixes") or ())
                                            + tuple(vocabulary().get("account_line_office_ends") or ()))
            got = tuple(dated) + (("info" if org else "outlet", dm.group("name")),)
    if got is None and text.strip():
        got = _site_then_channel(text.strip())
    if got is None and text.strip():
        got = _site_slogan(text.strip())
    if got is None and text.strip():
        got = _site_title_tail(text.strip())
    if got is None and _APP_PLUS_RE.fullmatch(text.strip()):
        got = (("outlet", text.strip()),)  # 南方+ alone over the headline: the app the page is from
    pm = re.match(r"^(\d{1,2})[ \u3000]+(\S.*)$", text.strip())
    if got is None and pm:
        # 5 县区新闻 某某日报 2023年11月8日 星期三: the page's number opening its running head
        # (read as 第5版 would be: what follows a page is its name, then the paper and its date)
        rest = _lex_meta(f"第{pm.group(1)}版 {pm.group(2)}", strict)
        # (3  区县新闻  2023年9月14日: the page's name and the date, the paper on a line of its own)
        # (6  县区新闻  责编:某某  校对:某某: the page, its name and its editors, the date on the line above)
        got = ([("page", pm.group(1))] + rest[1:] if rest and rest[0][0] == "page" and {"date", "editor"} & {f for f, _ in rest}
               and ("outlet" in {f for f, _ in rest} or (len(rest) > 2 and rest[1][0] == "page_name")
                    # (6  2020年10月22日  星期四: the page, then the day, the paper's name on a line below)
                    or (rest[1][0] == "date" and {f for f, _ in rest} <= {"page", "date", "weekday", "chrome"})) else None)
        if got is None and _LETTER_SPACED_NAME_RE.fullmatch(pm.group(2)) and pm.group(2)[0] not in _MEASURE_WORDS:
            # 2  综 合: the page's number, then its name set letter-spaced
            got = [("page", pm.group(1)), ("page_name", re.sub(r"[ \u3000]", "", pm.group(2)))]
    sm = _SECTION_THEN_PAGE_RE.fullmatch(text.strip()) if got is None else None
    if sm:  # 市 县 传 真                    4: the page's name set letter-spaced, a wide gap, its number
        got = (("page_name", re.sub(r"[ \u3000]", "", sm.group(1))), ("page", sm.group(2)))
    if got is None and text.strip():
        bm = re.match(data_file("page_meta.yaml")["answer_header"].get("badge_line") or "$^", text.strip())
        if bm:  # 某某　知道达人 8 级　采纳率96%: the answer's writer and the platform's badges
            got = (("author", bm.group("name")), ("chrome", bm.group("badges")))
    if got is None and _POST_TIME_RE.fullmatch(text.strip()):
        got = (("chrome", text.strip()),)  # 07:30　阅读 3.6万: a post's time of day and its reads
    if got is None and _BARE_CRUMB_RE.fullmatch(text.strip()):
        got = (("chrome", text.strip()),)  # 信息公开 > 统计信息: a site's section and its page, no headline
    if got is None and _ISSUE_NUMBER_RE.fullmatch(text.strip()):
        got = (("chrome", text.strip()),)  # 〔2023〕第9期: a bulletin's or minutes' issue number
    if got is None and text.count("·") >= 2:
        # 某某工人报·第3版·市州·2023年6月27日: a running head's fields set apart by dots
        dotted = _lex_meta(re.sub(r"\s*·\s*", " ", text.strip()), strict)
        got = dotted if dotted and {"page", "date"} <= {f for f, _ in dotted} else None
    if got is None and _SPACED_WORD_RE.search(text.strip()):
        # 县 区 新 闻          第 4 版: a section's name set letter-spaced in a running head
        squeezed = _SPACED_WORD_RE.sub(lambda m: re.sub(r"[ \u3000]", "", m.group(0)), text.strip())
        got = _lex_meta(squeezed, strict)
        got = got if got and any(f in ("page", "date") for f, _ in got) else None
    if got is None and _WIDE_GAP_RE.search(text.strip()):
        got = _padded_running_head(text.strip(), strict)
    if got is None and re.search(r"[^\s] [·•] [^\s]", text) and not _WIDE_GAP_RE.search(text.strip()):
        # 某某日报 … 第6版 县域 · 民生: a page's name of two words about a dot set between spaces
        dot = _lex_meta(re.sub(r" ([·•]) ", r"\1", text.strip()), strict)
        got = dot if dot and any(f in ("page", "date") for f, _ in dot) else None
    if got is None and len(text.strip()) <= vocabulary()["max_spaced_head_chars"] and _LETTER_SPACED_RE.search(text):
        got = _letter_spaced_head(text.strip(), strict)
    if got is None and text.strip():
        got = _export_field(text.strip(), vocabulary(), "export_forms_last")
    if got is None and _WIDE_GAP_RE.search(text.strip()):
        got = _form_fields(text.strip())
    if got is None and text.strip() and (_PICTURE_ALONE_RE().fullmatch(text.strip())
                                         or text.strip() in (data_file("layout.yaml").get("picture_alt_words") or ())):
        # ［图片］ alone on its line: where a web copy kept a picture's place, no words of the piece
        got = [("chrome", text.strip())]
    if got is None and text.strip():
        got = _media_marker_line(text.strip(), strict)
    if got is None:
        om = _ORIGINAL_BY_RE().fullmatch(text.strip())
        if om:  # 原创　某某县新时代文明实践中心: an account's post marked original and the office that wrote it
            got = [("chrome", om.group("mark")), ("source", om.group("org"))]
    editions = set(vocabulary()["edition_suffixes"])
    sections = set(vocabulary().get("section_names") or ())
    # (an edition's word alone, 数字报 | 2021-06-09, names no outlet: the paper's name is elsewhere;
    # nor does a page's section, 综合新闻  第 2 版, whose name ends like a site's)
    got = [(f, _without_edition(x) if f == "outlet" else x) for f, x in got] if got is not None else None
    reposts = set(vocabulary().get("repost_buttons") or ())
    if got and any(f == "chrome" and x in reposts for f, x in got):
        # a repost library's line (某某  2017-11-03  转藏  分享): its collector's name and the
        # day they saved the piece, neither the piece's outlet nor its date
        return tuple(("chrome", x) for _, x in got)
    forms = set(vocabulary().get("document_form_names") or ())
    # (a paper's running head naming the paper and, after its date, a name ending in no 报: the
    # page's section, 5  烟台日报  2023年6月8日  星期四  区市新闻)
    paper = got is not None and "page" in {f for f, _ in got} and any(f == "outlet" and x.endswith("报") for f, x in got)
    return tuple(("chrome", x) if f == "outlet" and (x in editions or x in forms)
                 else ("page_name", x) if f == "outlet" and (x in sections or (paper and not x.endswith(("报", "网"))))
                 else (f, x) for f, x in got) if got is not None else None


def issue_running_head(text: str) -> list[tuple[str, str]] | None:
    """A magazine's running head (某某江西  2019·6  特别关注): its name, the issue's month, the column."""
    m = _ISSUE_RUNNING_HEAD_RE.fullmatch(text.strip())
    if not m:
        return None
    out = [("outlet", m.group("name")), ("date", f"{m.group('y')}-{int(m.group('m')):02d}")]
    return out + ([("page_name", m.group("col"))] if m.group("col") else [])


def _without_edition(name: str) -> str:
    """An outlet's name without its e-paper edition's word (某某日报数字报 -> 某某日报, or
    after a middle dot: 某某发布·周报 -> 某某发布, data dotted_edition_words): the paper is
    the outlet; the rest, when it is still an outlet's name."""
    v = vocabulary()
    head, dot, word = name.rpartition("·")
    if dot and (word in v["edition_suffixes"] or word in (v.get("dotted_edition_words") or ())) \
            and v["outlet_re"].fullmatch(head):
        return head  # 某某发布·周报, 某某新闻网·数字报: the house, then the edition it prints
    for e in sorted(v["edition_suffixes"], key=len, reverse=True):
        if name.endswith(e) and v["outlet_re"].fullmatch(name[:-len(e)]):
            return name[:-len(e)]
    return name


@functools.lru_cache(maxsize=1)
def _PICTURE_ALONE_RE() -> re.Pattern:  # noqa: N802 - a compiled pattern, built from data once
    """A picture's placeholder (data/layout.yaml picture_placeholder) with nothing after it."""
    return re.compile(load_data("layout.yaml").get("picture_placeholder") or "(?!)")


@functools.lru_cache(maxsize=1)
def _ORIGINAL_BY_RE() -> re.Pattern:  # noqa: N802 - a compiled pattern, built from data once
    """原创 and an organisation's name after it (data/page_meta.yaml organisation_suffixes)."""
    sufs = sorted(vocabulary()["organisation_suffixes"], key=len, reverse=True)
    return re.compile(rf"(?P<mark>原创)[\s\u3000]+(?P<org>{_HAN}{{2,30}}?(?:{'|'.join(map(re.escape, sufs))}))")


_BRACKETED_FIELD_RE = re.compile(r"^【\s*([^【】\s]{1,8})\s*】\s*(\S.*)$")


_FORM_FIELD_RE = re.compile(r"^([\u4e00-\u9fff]{2,6})[：:]\s*(.{0,40})$")


def _form_fields(t: str) -> list[tuple[str, str]] | None:
    """A form's line of labelled fields set apart by wide gaps, one of them its date
    (稿件类别：图片新闻　　发稿时间：2019-11-08 16:40　　组图数量：3; 报送日期：… 报送部门：…):
    a sheet's header, not text. A field whose label ends as a date's does (page_meta.yaml
    form_date_label_ends) gives the date; the others are the sheet's own fields (info).

    >>> _form_fields("稿件类别：图片新闻    发稿时间：2019-11-08 16:40    组图数量：3")
    [('info', '图片新闻'), ('date', '2019-11-08'), ('time', '16:40'), ('info', '3')]
    >>> _form_fields("报送部门：时政部    联系人：张三") is None
    True
    """
    parts = [x for x in _WIDE_GAP_RE.split(t) if x]
    fields = [_FORM_FIELD_RE.match(x) for x in parts]
    if len(parts) < 2 or not all(fields):
        return None
    ends = tuple(vocabulary().get("form_date_label_ends") or ())
    out, dated = [], False
    for m in fields:
        label, value = m.group(1), m.group(2).strip()
        dm = vocabulary()["datetime_re"].fullmatch(value) if label.endswith(ends) else None
        if dm is None and label.endswith(ends):
            cm = _CN_DATE_RE.fullmatch(value)
            if cm:
                out.append(("date", _cn_iso(cm)))
                dated = True
                continue
        if dm is not None:
            out.append(("date", _iso(dm)))
            if dm.group("t"):
                out.append(("time", dm.group("t")))
            dated = True
        elif value:
            out.append(("info", value))
    # (a sheet's undated row of fields copied with tabs between its cells, 岗位名称：…<tab>岗位编号：LQ-07)
    return out if dated or "\t" in t else None


def _bracketed_field(t: str, strict: bool) -> list[tuple[str, str]] | None:
    """A script's or an app's field named in 【】 with no colon (【标题】…, 【记者】…, 【来源】…):
    read as the label it stands for (data/page_meta.yaml bracketed_labels) with its colon.

    >>> _bracketed_field("【摄像】冶 鹏", False)
    [('photographer', '冶鹏')]
    >>> _bracketed_field("【导语】今年以来，我市深入推进创建。", False) is None
    True
    >>> _bracketed_field("【发布单位】县文明办　【发布时间】2024-02-26", False)
    [('source', '县文明办'), ('date', '2024-02-26')]
    >>> _bracketed_field("【记者】张三　【导语】今年以来，我市深入推进创建。", False) is None
    True
    """
    m = _BRACKETED_FIELD_RE.match(t)
    known = vocabulary().get("bracketed_labels") or {}
    label = known.get(m.group(1)) if m else None
    if not label:
        return None
    if len(_FIELD_LABEL_RE.findall(t)) >= 2:
        # a site's line of fields each named in 【】 (【发布单位】县文明办 【发布时间】2024-02-26
        # 【访问量】1523): every label must be one the page vocabulary knows
        labels = [x for x in _FIELD_LABEL_RE.findall(t)]
        if not all(x in known for x in labels):
            return None
        got = _lex_meta(_FIELD_LABEL_RE.sub(lambda x: f"　{known[x.group(1)]}：", t).strip(), strict)
        return got or None
    got = _lex_meta(f"{label}：{m.group(2)}", strict)
    return got or None


_FIELD_LABEL_RE = re.compile(r"【\s*([^【】\s]{1,8})\s*】")


def _document_head(t: str) -> list[tuple[str, str]] | None:
    """A newsroom's or an office's heading over a document it issues, naming the house, maybe
    its department, then the document's kind (某某广播电视台新闻中心 电视新闻稿件): the house is
    the outlet (data/page_meta.yaml document_kinds, outlet_departments).

    >>> _document_head("某某广播电视台新闻中心 电视新闻稿件")
    [('outlet', '某某广播电视台'), ('chrome', '电视新闻稿件')]
    >>> _document_head("某某县广播电视台《某某新闻》播出稿")
    [('outlet', '某某县广播电视台'), ('chrome', '《某某新闻》播出稿')]
    """
    v = vocabulary()
    kinds = sorted(v.get("document_kinds") or (), key=len, reverse=True)
    kind = next((k for k in kinds if t.endswith(k)), None)
    if not kind:
        return None
    house = t[: -len(kind)].strip()
    # (a programme's name in 《》 may stand between the house and the kind, no space needed:
    # 某某广播电视台《某某新闻》播出稿)
    pm = re.fullmatch(r"(.+?)(《[^《》]{1,20}》)", house)
    programme = pm.group(2) if pm else None
    if programme:
        house = pm.group(1).strip()
    elif not house or house == t or not re.search(r"[\s\u3000]$", t[: -len(kind)]):
        return None
    for dep in sorted(v.get("outlet_departments") or (), key=len, reverse=True):
        rest = house[: -len(dep)] if house.endswith(dep) else ""
        if rest and (v["outlet_re"].fullmatch(rest) or is_masthead(rest, v)):
            house = rest  # 某某广播电视台新闻中心: the station, not its newsroom
            break
    if not (v["outlet_re"].fullmatch(house) or is_masthead(house, v)):
        return None
    return [("outlet", house), ("chrome", (programme or "") + kind)]


_ISSUER_GAP_RE = re.compile(r"[ \u3000]{2,}")


def _issuer_line(t: str) -> list[tuple[str, str]] | None:
    """An office's release or bulletin names who issues it and when on one line, far apart
    (某某县委宣传部          2025年4月17日; 某某委员会办公室（某某县文明办）    2017年9月28日): the
    issuer (its short name in brackets, if printed) and the date.

    >>> _issuer_line("某某县委宣传部          2025年4月17日")
    [('issuer', '某某县委宣传部'), ('date', '2025-04-17')]
    """
    v = vocabulary()
    parts = _ISSUER_GAP_RE.split(t)
    if len(parts) != 2:
        return None
    office, when = parts[0].strip(), parts[1].strip()
    m = re.fullmatch(rf"({_HAN}{{2,40}}?)(?:[（(]({_HAN}{{2,16}})[）)])?", office)
    dm = v["datetime_re"].fullmatch(when)
    if not m or not dm:
        return None
    names = [x for x in (m.group(2), m.group(1)) if x]
    if not all(v["office_value_re"].fullmatch(x) for x in names):
        return None
    date = _lex_meta(when)
    if not date or date[0][0] != "date":
        return None
    return [("issuer", names[0]), date[0]]


def _speaker_line(t: str) -> list[tuple[str, str]] | None:
    """A report's or a speech's head names who delivers it without a label: the body's office and
    the speaker's post, a gap, the name (县人大常委会执法检查组组长　张三): the speaker is the
    author (data/page_meta.yaml speaker_posts).

    >>> _speaker_line("某某县人大常委会执法检查组组长　张大为")
    [('chrome', '某某县人大常委会执法检查组组长'), ('author', '张大为')]
    """
    posts = _speaker_posts()
    if not posts:
        return None
    # (its posts may be several, 市政协委员、民进某市基层委员会主委; not after a mark, ■某街道党工委书记
    # 某某: a remarks digest's speaker, a section's head)
    m = re.fullmatch(rf"({_HAN}[{HAN_CLASS}、]{{1,40}}?(?:{posts}))[ \u3000]+({_HAN}{{2,3}})", t)
    if not m or m.group(2)[0] not in _surname_chars():
        return None
    return [("chrome", m.group(1)), ("author", m.group(2))]


@functools.lru_cache(maxsize=1)
def _speaker_posts() -> str:
    """The speakers' posts (data/page_meta.yaml speaker_posts) as one alternation, longest first."""
    return "|".join(map(re.escape, sorted(vocabulary().get("speaker_posts") or (), key=len, reverse=True)))


def post_and_name_line(t: str) -> bool:
    """A line of a post and a name (区委宣传部副部长、区文明办主任　张三), as a list of a press
    conference's speakers prints one a line: two such lines together are that list, no byline."""
    posts = _speaker_posts()
    m = re.fullmatch(rf"(?:主持人[：:])?[\u4e00-\u9fff、，,]{{4,40}}?(?:{posts})[ \u3000]*([\u4e00-\u9fff]{{2,3}})", t.strip())
    return bool(posts and m and m.group(1)[0] in _surname_chars())


# a wide gap between the parts of a running head laid out across the page (PDF text with -layout)
_WIDE_GAP_RE = re.compile(r"[ \u3000]{4,}|\u3000{2,}|(?<=\S)\t+(?=\S)")


def _padded_running_head(t: str, strict: bool) -> list[tuple[str, str]] | None:
    """A running head printed across the page, its parts far apart (04 县域新闻 <gap> 某某日报
    2019.4.11 星期四): every part is meta, and together they name a page or a date.

    >>> _padded_running_head("04 县域新闻          某某日报 2019.4.11 星期四", False)
    [('page', '04'), ('page_name', '县域新闻'), ('outlet', '某某日报'), ('date', '2019-04-11')]
    """
    out: list[tuple[str, str]] = []
    for part in _WIDE_GAP_RE.split(t):
        if not part.strip():
            continue
        got = _lex_meta_memo(part.strip(), strict)
        if got is None:
            return None
        out.extend(got)
    return out if any(f in ("page", "date") for f, _ in out) else None


# a field of a running head set apart from the next by a wider gap (or an ideographic space)
_FIELD_GAP_RE = re.compile(r"[ \t]{2,}|\u3000+")


def _letter_spaced_head(t: str, strict: bool) -> list[tuple[str, str]] | None:
    """A running head copied out of an e-paper viewer with a space between every character,
    its fields a wider gap apart (某 某 晚 报   2024 年 4 月 18 日   星 期 四   A 04   县 市 新 闻):
    read with the single spaces squeezed out; it counts when it names a page or a date.

    >>> _letter_spaced_head("某 某 晚 报   2024 年 4 月 18 日   星 期 四   A 04   县 市 新 闻", False)
    [('outlet', '某某晚报'), ('date', '2024-04-18'), ('page', 'A04'), ('page_name', '县市新闻')]
    >>> _letter_spaced_head("高 密 ： 红 白 理 事 会 出 新 风", False) is None
    True
    """
    parts, singles, tokens = [], 0, 0
    for part in _FIELD_GAP_RE.split(t):
        words = part.split(" ")
        tokens += len(words)
        singles += sum(len(w) == 1 for w in words)
        parts.append("".join(words))
    if singles * 2 < tokens:
        return None  # (words a space apart, 县市 新闻, are no letter-spacing)
    got = _lex_meta(" ".join(p for p in parts if p), strict)
    return got if got and any(f in ("page", "date") for f, _ in got) else None


# a word set letter-spaced (one space between its characters) inside a running head
_SPACED_WORD_RE = re.compile(rf"(?<![\u4e00-\u9fff ]){_HAN}(?: {_HAN}){{2,7}}(?![\u4e00-\u9fff]| [\u4e00-\u9fff])")

# a web address opening a line, set apart from what follows it by a space
_URL_FIRST_RE = re.compile(r"^(?:https?://|www\.)[\x21-\x7e]+(?=\s)")


_OUTLET_FIRST_RE = re.compile(r"^([^\s·•]{2,16}?)(?:\s*[·•]\s*|\s+)(\S.*?)[·•\s]*$")


def _clipping_citation(t: str) -> tuple[tuple[str, str], ...] | None:
    """A digest's citation of a clipped report (《某某法治报》9月10日第06版刊发; data/page_meta.yaml
    `clipping_citation`): its source, its day without a year (month_day, MM-DD), its page.

    >>> _clipping_citation("《某某法治报》9月10日第06版刊发")
    (('source', '某某法治报'), ('month_day', '09-10'), ('page', '第06版'))
    """
    m = re.match(vocabulary().get("clipping_citation") or "(?!)", t) if len(t) <= 60 else None
    if not m or not 1 <= int(m.group("m")) <= 12 or not 1 <= int(m.group("d")) <= 31:
        return None
    v = vocabulary()
    if not (is_masthead(m.group("outlet"), v) or v["outlet_re"].fullmatch(m.group("outlet"))):
        return None  # 《论语》3月2日: a book's name, no paper's
    got = [("source", m.group("outlet")), ("month_day", f"{int(m.group('m')):02d}-{int(m.group('d')):02d}")]
    return tuple(got + ([("page", re.sub(r"\s+", "", m.group("page")))] if m.group("page") else []))


def _clipped_from(t: str) -> tuple[tuple[str, str], ...] | None:
    """A digest's bracket closing a clipped report (data/page_meta.yaml `clipped_from`): the
    paper it was taken from (its source) and the names of who wrote it (its authors).

    >>> _clipped_from("（摘自2021年4月9日《某某晚报》 文/王小明）")
    (('chrome', '（摘自2021年4月9日《某某晚报》 文/王小明）'), ('source', '某某晚报'), ('author', '王小明'))
    """
    m = re.match(vocabulary().get("clipped_from") or "(?!)", t)
    if not m:
        return None
    names = re.sub(r"^(?:文|文字|作者|记者|通讯员)\s*[/／：:]?\s*", "", m.group("names").strip())
    parts = [x for x in re.split(r"[\s\u3000、，,]+", names) if x]
    if not all(likely_name(x) for x in parts):
        parts = []  # (（摘自《某某》 有删节）: a note, no names)
    return (("chrome", t), ("source", m.group("outlet"))) + tuple(("author", x) for x in parts)


def _bar_parts(t: str) -> list[tuple[str, str]] | None:
    """An e-paper reader's line of parts set apart by bars, each part meta on its own
    (◆ 版面导航 ◆　第04版：县域　|　上一版　下一版; 版面导航：第03版 县市新闻 2023-12-14 | 往期回顾),
    or a page's label in brackets (【第03版：县市新闻】): the fields of its parts."""
    bm = _PAGE_LABEL_HEAD_RE.fullmatch(t)
    if bm:
        got = _lex_meta(bm.group(1).strip())
        return got if got and any(f == "page" for f, _ in got) else None
    parts = [x for x in re.split(r"[|｜]", t)]
    if len(parts) < 2:
        return None
    got: list[tuple[str, str]] = []
    for part in parts:
        p = re.sub(r"[◆◇■□●○★☆]+", " ", part).strip()
        lm = re.match(vocabulary().get("viewer_nav_label") or "(?!)", p)
        if lm:
            got.append(("chrome", lm.group(0).strip()))
            p = p[lm.end():].strip()
        if not p:
            continue
        fields = _lex_meta(p)
        if not fields:
            return None
        got += fields
    return got if any(f in ("page", "date", "outlet") for f, _ in got) else None


# a site's name, a dash, its slogan of words set apart by spaces at most (no sentence)
_SITE_SLOGAN_RE = re.compile(r"(\S{2,16}?)[ \u3000]*(?:——|—|－－)[ \u3000]*([\u4e00-\u9fff]+(?:[ \u3000]+[\u4e00-\u9fff]+)*)")


def _site_slogan(t: str) -> tuple[tuple[str, str], ...] | None:
    """A site's name with its slogan after a dash (某某拼音网 —— 读新闻　学拼音): the outlet, then
    chrome (page_meta.yaml site_slogan_max_chars)."""
    v = vocabulary()
    sm = _SITE_SLOGAN_RE.fullmatch(t)
    if not sm or not (is_masthead(sm.group(1), v) or v["outlet_re"].fullmatch(sm.group(1))):
        return None
    if han_count(sm.group(2)) > (v.get("site_slogan_max_chars") or 0):
        return None
    return (("outlet", sm.group(1)), ("chrome", sm.group(2)))


# a short date in a masthead (24.03.05), its weekday after it at most (24.03.05 星期二)
_SHORT_DATE_PART_RE = re.compile(r"(\d{2})[.．](\d{1,2})[.．](\d{1,2})(?:[ \u3000]*((?:星期|周)[一二三四五六日天]))?")
_WEEKDAYS = "一二三四五六日"


def _short_date(p: str) -> str | None:
    """24.03.05 (星期二): the day a masthead prints with a two-digit year, when it is a day of the
    calendar and falls on the weekday printed beside it."""
    m = _SHORT_DATE_PART_RE.fullmatch(p)
    if not m:
        return None
    try:
        day = datetime.date(2000 + int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    if m.group(4) and _WEEKDAYS[day.weekday()] != m.group(4)[-1].replace("天", "日"):
        return None
    return day.isoformat()


# a masthead's year alone in its first cell (二〇二四年　　第8126期, 2024年), the month and day set on
# the line under it with the weekday (三月五日　星期二　　今日8版)
_YEAR_CELL_RE = re.compile(r"(?P<y>\d{4}|[〇零○一二三四五六七八九]{4})\s*年(?=[ \u3000]|$)")
_MONTH_DAY_CELL_RE = re.compile(rf"(?:(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>[12]\d|3[01]|0?[1-9])\s*[日号]|(?P<cn>{_CN_MONTH_DAY}))"
                                r"[ \u3000]*[（(]?(?:星期|周)(?P<w>[一二三四五六日天])[）)]?")


def split_masthead_date(year_line: str, day_line: str) -> tuple[str, str] | None:
    """A masthead that sets its year on one line and the month, day and weekday on the line
    under it (二〇二四年 / 三月五日　星期二): (the date, what follows the weekday), when the
    weekday printed is the calendar's for that day (so a year and a day that merely stand
    one over the other are not joined)."""
    import cn2an

    y = _YEAR_CELL_RE.match(year_line.strip())
    md = _MONTH_DAY_CELL_RE.match(day_line.strip())
    if not y or not md:
        return None
    year = int(_cn_year(y.group("y")))
    if md.group("cn"):
        cm = re.match(r"(?P<m>.+?)月(?P<d>.+?)[日号]", md.group("cn"))
        month, day_n = int(cn2an.cn2an(cm.group("m"), "smart")), int(cn2an.cn2an(cm.group("d"), "smart"))
    else:
        month, day_n = int(md.group("m")), int(md.group("d"))
    try:
        day = datetime.date(year, month, day_n)
    except ValueError:
        return None
    if _WEEKDAYS[day.weekday()] != md.group("w").replace("天", "日"):
        return None
    return day.isoformat(), day_line.strip()[md.end():].strip()


def _barred_masthead(t: str) -> list[tuple[str, str]] | None:
    """A paper's running head whose parts stand between bars, box-drawing ones too (某某日报 │ 07 │
    市州新闻 │ 24.03.05 星期二): the paper, a bare page number, the page's name, a short date. Read
    so only with the paper's name among three parts or more, and a page or a date."""
    parts = [x.strip() for x in re.split(r"[|｜│┃]", t)]
    if len(parts) < 3 or not all(parts):
        return None
    v = vocabulary()
    got: list[tuple[str, str]] = []
    for p in parts:
        if (is_masthead(p, v) or v["outlet_re"].fullmatch(p)) and not any(f == "outlet" for f, _ in got):
            got.append(("outlet", p))  # (the first: a page's name after it may end as a site's, 市州新闻)
        elif re.fullmatch(r"[A-Z]?\d{1,2}(?:版)?", p):
            got.append(("page", p))
        elif (day := _short_date(p)) is not None:
            got.append(("date", day))
        elif re.fullmatch(r"[\u4e00-\u9fff]{2,6}", p) and not (got and got[-1][0] == "page_name"):
            got.append(("page_name", p))
        elif (fields := _lex_meta(p)) and {f for f, _ in fields} <= {"date", "page", "page_name", "weekday", "time"}:
            got += fields
        else:
            return None
    kinds = [f for f, _ in got]
    return got if kinds.count("outlet") == 1 and {"page", "date"} & set(kinds) else None


def _paper_breadcrumb(t: str) -> list[tuple[str, str]] | None:
    """An e-paper's trail over its article (某某日报数字报 > 2020年09月24日 > 第03版：区域新闻 > its
    headline): the paper, the day and the page, each a step; the last step is the headline, which
    the page prints again under it (chrome here).

    >>> _paper_breadcrumb("某某日报数字报 > 2020年09月24日 > 第03版：区域新闻 > 某区：新风")
    [('outlet', '某某日报'), ('chrome', '数字报'), ('date', '2020-09-24'), ('page', '第03版'), ('page_name', '区域新闻'), ('chrome', '某区：新风')]
    """
    steps = [x.strip() for x in re.split(r"\s*[>＞»→]\s*", t)]
    if len(steps) < 3 or not all(steps):
        return None
    got: list[tuple[str, str]] = []
    for step in steps[:-1]:
        fields = _lex_meta(step)
        if not fields:
            return None
        got += fields
    names = {f for f, _ in got}
    if not ({"outlet", "date"} <= names or {"outlet", "page"} <= names) or got[0][0] != "outlet":
        return None
    return got + [("chrome", steps[-1])]


def _outlet_then_page(t: str) -> list[tuple[str, str]] | None:
    """A running head of the paper's name, then its page (民族日报·A3·临夏新闻, 某某日报 B2 要闻)."""
    m = _OUTLET_FIRST_RE.match(t)
    v = vocabulary()
    if not m or not is_masthead(m.group(1), v):
        return None  # (a paper's masthead: 综合新闻 第2版 is the page's section, then its number)
    # (dots between the fields, 民族日报·A3·临夏新闻; or inside the section's name, A3 台儿庄·区县)
    rest = _lex_meta(re.sub(r"\s*[·•]\s*", " ", m.group(2))) or _lex_meta(m.group(2))
    if not rest or rest[0][0] != "page":
        return None
    return [("outlet", m.group(1))] + rest


# a site's name, then the channel of the site the page is in: set apart by a middle dot, a dash,
# a wide gap or the site's home page and a bar (某某文明网——基层动态, 某某市人民政府网 · 要闻)
_SITE_CHANNEL_RE = re.compile(
    r"(?P<site>[^\s·•—|｜丨]{2,16})(?:[ \u3000]*[·•][ \u3000]*|[ \u3000]*—{1,2}[ \u3000]*|[ \u3000]{2,}|[ \u3000]+[|｜丨][ \u3000]+"
    r"|[ \u3000]+首页[ \u3000]*[|｜>＞][ \u3000]*)(?P<channel>[\u4e00-\u9fff]{2,8})")


def _site_then_channel(t: str) -> list[tuple[str, str]] | None:
    """A site's name over the page with the channel it is filed in (某某文明网  各地动态), or
    with the kind of page it is (某某发布 H5: data/page_meta.yaml site_page_kinds): the site is
    the outlet, the rest chrome. A channel's name is short and no outlet's (not two sites)."""
    v = vocabulary()
    site, rest = None, ""
    m = _SITE_CHANNEL_RE.fullmatch(t)
    if m and not (v["outlet_re"].fullmatch(m.group("channel")) or is_masthead(m.group("channel"), v)):
        site, rest = m.group("site"), t[m.end("site"):]
    elif m and m.group("site") in set(v.get("post_platforms") or ()):
        # 快手 · 某某融媒: a platform, then the account that posted there (the outlet)
        return [("chrome", m.group("site")), ("outlet", m.group("channel"))]
    parts = t.split()
    if len(parts) == 2 and parts[1] in set(v.get("site_page_kinds") or ()):
        site, rest = parts[0], parts[1]
    if not site or not (v["outlet_re"].fullmatch(site) or is_masthead(site, v)):
        return None
    return [("outlet", site), ("chrome", rest.strip(" \u3000·•—|｜"))]


# a media tag and a bar before a headline (视频 | 某地：…, 图集｜…): the item's kind, then its title
_MEDIA_TAG_HEADLINE_RE = re.compile(r"(?:视频|图集|直播|音频)\s*[|｜丨]\s*(?=(?:.*[：:“]|[\u4e00-\u9fff]{8}))[^。！？]{6,40}$")
# a post's time of day with its reads (07:30　阅读 3.6万; a time alone may stamp a live blog's entry)
_POST_TIME_RE = re.compile(r"(?:[01]?\d|2[0-3])[:：][0-5]\d[ \u3000]+(?:阅读|浏览|播放)[ \u3000]*[\d.]+\s*[万千]?(?:次)?")
# a site's section and its page, two short names and an arrow (信息公开 > 统计信息; no bar: 数读丨全市 > …)
_BARE_CRUMB_RE = re.compile(r"[\u4e00-\u4e27\u4e29-\u9fff]{2,8}\s*[>＞»]\s*[\u4e00-\u4e27\u4e29-\u9fff]{2,8}")
# a section's number opening a line of the text (一、, 1., （二）)
_SECTION_NUMBER_RE = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*")
# an issue's number with its year in brackets alone on its line (〔2023〕第9期)
_ISSUE_NUMBER_RE = re.compile(r"[〔\[（(【]\s*(?:19|20)\d{2}\s*[〕\]）)】]\s*第\s*[\d一二三四五六七八九十百]{1,4}\s*期"
                              r"(?:\s*[（(]总第\s*\d{1,5}\s*期[）)])?")
# an outlet's own voice signing a piece, no person named (东北新闻网评论员, 本报特约评论员)
_OUTLET_VOICE_RE = re.compile(r"(?P<org>[\u4e00-\u9fff]{2,12}?)(?:特约|首席)?评论员")


def _lex_meta(text: str, strict: bool = False) -> list[tuple[str, str]] | None:
    """The meta fields of `text` as (field, value) pairs, in order; None when
    some of the text is not meta (running text, a title).

    Fields: date ('2023-11-25' or '2023-11'), time, source (an outlet named
    after 来源), outlet (a masthead or an outlet after a date), author and
    editor (one pair per name), page, chrome. `strict` (meta glued to a
    line of text): a source must look like an outlet's name.

    >>> lex_meta("发布时间：2023-11-25 09:20 来源：琼海日报")
    [('date', '2023-11-25'), ('time', '09:20'), ('source', '琼海日报')]
    >>> lex_meta("作者：张三 李四编辑：王五来源：百色新闻网")
    [('author', '张三'), ('author', '李四'), ('editor', '王五'), ('source', '百色新闻网')]
    >>> lex_meta("拉萨日报 2025年7月11日 星期五 第1版")
    [('outlet', '拉萨日报'), ('date', '2025-07-11'), ('page', '第1版')]
    >>> lex_meta("2019年1月17日 星期四 巴音郭楞日报 A3：城事")
    [('date', '2019-01-17'), ('outlet', '巴音郭楞日报'), ('page', 'A3'), ('page_name', '城事')]
    >>> lex_meta("2024年7月1日 星期一 今日金秀 第2版：文明创建")
    [('date', '2024-07-01'), ('outlet', '今日金秀'), ('page', '第2版'), ('page_name', '文明创建')]
    >>> lex_meta("今日垣曲 2024年11月20日 B4")
    [('outlet', '今日垣曲'), ('date', '2024-11-20'), ('page', 'B4')]
    >>> lex_meta("（本版文字 徐可欣 郑一鸣  图片 叶舟）")
    [('author', '徐可欣'), ('author', '郑一鸣'), ('photographer', '叶舟')]
    >>> lex_meta("原创 长宁融媒 上海长宁 2024-03-12 17:00 上海")[1:3]
    [('chrome', '长宁融媒'), ('outlet', '上海长宁')]
    >>> lex_meta("2023-07-21 10:11 · 来源：人民号 · 吉林")
    [('date', '2023-07-21'), ('time', '10:11'), ('source', '人民号'), ('chrome', '吉林')]
    >>> lex_meta("某某社区居民群(486)"), lex_meta("2022年5月16日 上午10:32")
    ([('chrome', '某某社区居民群(486)')], [('date', '2022-05-16'), ('time', '10:32')])
    >>> lex_meta("2020-09-15 14:30  来源：某某新闻网  某某新闻网评论员")[2:]
    [('source', '某某新闻网'), ('chrome', '某某新闻网评论员')]
    >>> lex_meta("当前：B3（2022年10月23日）")
    [('page', 'B3'), ('date', '2022-10-23')]
    >>> lex_meta("近日，琼海市发布时间表") is None
    True
    >>> lex_meta("▶ 00:00 / 02:48"), lex_meta("阅读全文需要3分钟"), lex_meta("AI合成 · 声音：小云")
    ([('chrome', '▶ 00:00 / 02:48')], [('chrome', '阅读全文需要3分钟')], [('chrome', 'AI合成 · 声音：小云')])
    """
    v = vocabulary()
    t = text.strip()
    if not t:
        return None
    if v["breadcrumb_re"].match(t) and re.search("[>＞»→/]", t):
        return [("chrome", t)] + _breadcrumb_fields(t, v)
    if re.match(v["viewer_page_count"], t):
        return [("chrome", t)]  # / 2: a PDF viewer's page count
    tm = v["script_toggle_re"].match(t)
    if tm and t[tm.end():].strip():
        rest = _lex_meta(t[tm.end():], strict)  # 【简】【繁】 某某网 > 地方: the script switch, then the breadcrumb
        return [("chrome", tm.group(0).strip())] + rest if rest else None
    if v["epaper_viewer_re"].match(t):
        return [("chrome", t)]  # < 上一版 A5 下一版 A7 > 第1/1屏, ▲返回顶部: an e-paper reader's lines
    if v["pager_re"].match(t) and re.search("[页条]", t):
        return [("chrome", t)]  # 首页 上一页 1 2 3 下一页 尾页 共58条: a list page's pager
    if v.get("list_counter_re") and v["list_counter_re"].fullmatch(t):
        return [("chrome", t)]  # 共公开工单 3 条  按时间排序 ▼: a list's count of items and its sort control
    header = _print_header(t, v)
    if header:
        return header
    if v.get("distribution_line") and re.fullmatch(v["distribution_line"], t):
        return [("info", t)]  # 送：各市文明办: whom a bulletin went to
    sb = v["supplied_by_re"].fullmatch(t)
    if sb:  # （某某县文明办供稿）: the office that supplied the item above, a source, not a heading
        return [("supplied_by", sb.group("office"))]
    ib = re.fullmatch(r"[（(][ \u3000]?(.+?)[ \u3000]?[）)]", t)
    im = v["issued_by_re"].fullmatch(ib.group(1)) if ib else None
    if im:  # （县创建办 编）under a chronicle's title: the office that compiled it, a source
        return [("source", im.group("office"))]
    pm = v["publisher_re"].match(t)
    if pm:  # 中共某某区委主办　某某区融媒体中心出版: who runs and who publishes the paper
        pub = pm.group("pub") or pm.group("pub2")
        return [("chrome", t)] + ([("publisher", pub)] if pub and v["outlet_re"].fullmatch(pub) else [])
    parts = re.split(r"\s{2,}|\u3000+", t)
    pub_part = next((x for x in parts if len(parts) >= 2 and v["publisher_re"].fullmatch(x)), None)
    if pub_part:
        # 今日某某    某某区融媒体中心主办    2021年6月15日: a masthead with its publisher between
        # (…主办　　2018年8月31日出版: the issue's date, with the word saying it came out that day)
        rest = _lex_meta("  ".join(re.sub(r"(\d{1,2}\s*日)\s*(?:出版|编印|印发)$", r"\1", x)
                                   for x in parts if x != pub_part), strict)
        if rest:
            pm = v["publisher_re"].fullmatch(pub_part)
            pub = pm.group("pub") or pm.group("pub2")
            if pub and v["outlet_re"].fullmatch(pub):
                return rest + [("chrome", pub_part), ("publisher", pub)]
            # (某某县融媒体中心主办, 某某指挥部办公室编印: who runs or prints it, an outlet's or an office's name)
            who = re.sub(r"(?:主办|主管|承办|编印)+$", "", pub_part)  # (中共某县委主管主办: both words)
            named = [("outlet" if v["outlet_re"].fullmatch(who) and not any(f == "outlet" for f, _ in rest)
                      else "source", who)] if who != pub_part and len(who) >= 3 else []
            return rest + [("chrome", pub_part)] + named
    sm = re.match(r"(\S{2,16})\s+(\S.*)$", t)
    if (sm and v["breadcrumb_re"].match(sm.group(2)) and re.search("[>＞»→/]", sm.group(2))
            and (v["outlet_re"].fullmatch(sm.group(1)) or is_masthead(sm.group(1), v))):
        return [("outlet", sm.group(1)), ("chrome", sm.group(2))]  # 南宁文明网　首页 > 文明创建: the site, then where
    if len(t) <= v["max_footer_chars"] and v["footer_re"].search(t):
        owner = v["copyright_re"].search(t)  # 版权所有：大理日报社: the site's owner
        owned = owner and (v["outlet_re"].fullmatch(owner.group(1))
                           or owner.group(1).endswith(tuple(v.get("copyright_owner_ends") or ())))
        return [("chrome", t)] + ([("outlet", owner.group(1))] if owned else [])
    um = _URL_FIRST_RE.match(t)
    if um and t[um.end():].strip():
        if re.fullmatch(v["print_sheet_count"], t[um.end():].strip()):
            return [("chrome", t)]  # http://…/48617.htm    1/2: a printout's footer and sheet number
        rest = _lex_meta(t[um.end():], strict)  # http://www.example.cn　2024-07-10 00:12:36: the address, then the date
        if rest:
            return [("chrome", um.group(0))] + rest
    if v["url_line_re"].match(t):
        d = v["url_date_re"].search(t)  # …/html/2023-10/19/content_41752.htm: the page's address and date
        return [("chrome", t)] + ([("date", f"{d.group('y')}-{d.group('m')}-{d.group('d')}")]
                                  if d and 1 <= int(d.group("m")) <= 12 and 1 <= int(d.group("d")) <= 31 else [])
    if re.sub(r"[ \u3000]+", "", t) in v.get("edition_labels", ()):
        return [("chrome", t)]  # 号  外: the edition under the paper's name
    if t in v.get("episode_part_heads", ()) or t in v.get("survey_part_heads", ()):
        return [("chrome", t)]  # 节目简介, 时间轴, 文稿: an episode page's parts, no title
    if v["weather_re"].fullmatch(t):
        return [("chrome", t)]  # 天气：多云转雷阵雨24℃～32℃: the page's weather box, no title and no figures
    if v["deck_slide_re"].fullmatch(t):
        return [("slide", t)]  # 幻灯片 3: a slide's number (a deck's page: structure/titles.py)
    if v["entry_tools_re"].fullmatch(t):
        return [("tools", t)]  # 播报 讨论 上传视频 / 编辑 播报: an encyclopedia's buttons (a section's, too)
    if v["player_re"].fullmatch(t) and not v["bare_time_re"].fullmatch(t):
        return [("chrome", t)]  # 语音播报 / ▶ 00:00 / 02:48 / 1.0x / 4–5 分钟: a player, a reading time
    if v["jump_re"].fullmatch(t):
        return [("jump", t)]  # （上接第1版） / （下转第3版）
    if v["placement_re"].fullmatch(t):
        return [("chrome", t)]  # （下为系列漫画第1期）: what is printed below, said by the editor
    if v["body_divider_re"].fullmatch(t):
        return [("chrome", t)]  # ——正文—— / 【更正后全文】: a wrapper's mark over the report it carries
    if v["rule_re"].fullmatch(t):
        return [("rule", t)]  # —————— between two pieces
    if v["item_counter_re"].fullmatch(t):
        return [("record", t)]  # 文章 1/3: a result list's next record
    exported = _export_field(t, v)
    if exported:
        return exported  # Title-题名: …, %T …: a database export's field
    if v["export_body_re"].fullmatch(t) or (len(t) <= v["max_footer_chars"] and v["database_line_re"].search(t)):
        return [("chrome", t)]  # 正文：, 检索词：…, 文章编号：…: a database's own words
    t = v["spaced_label_re"].sub(lambda m: re.sub(r"\s+", "", m.group(0)), t)
    t = _DATE_PART_SEP_RE.sub(r"\1", t)  # 2024年 / 8月 / 27日: a date's parts set apart by slashes
    if _LETTER_SPACED_RE.fullmatch(t):  # 延 安 日 报: a masthead set letter-spaced
        solid = re.sub(r"\s+", "", t)
        if is_masthead(solid, v) or v["outlet_re"].fullmatch(solid):
            return [("outlet", solid)]
    lm = _BILINGUAL_SITE_RE.fullmatch(t)
    if lm:  # Sixth Tone 第六声, China Daily 中国日报: a site's name in both scripts, its logo
        return [("outlet", lm.group("zh")), ("chrome", lm.group("latin"))]
    bm = v["bare_breadcrumb_re"].match(t)
    if bm and (is_masthead(bm.group("first"), v) or v["outlet_re"].fullmatch(bm.group("first"))
               or v["latin_outlet_re"].fullmatch(bm.group("first"))):
        # 某某日报 > 要闻: the site's own name first (and the issue's date and page it names:
        # 丽水日报 > 2021年04月12日 > 第02版：综合; an e-paper's edition word after the name,
        # 某某日报数字报 > …, is the site's, not the outlet's: data/page_meta.yaml edition_suffixes)
        first = bm.group("first")
        em = re.search(rf"(?:{v['edition_re'].pattern})$", first)
        if em and em.start() >= 2 and (is_masthead(first[:em.start()], v) or v["outlet_re"].fullmatch(first[:em.start()])):
            first = first[:em.start()]
        return [("outlet", first), ("chrome", t)] + _breadcrumb_fields(t, v)
    sm = re.match(r"(?P<site>[^\s|｜]{2,16})\s*[|｜]\s*(?P<rest>\S.*)$", t)
    if sm and v["bare_breadcrumb_re"].match(sm.group("rest")) and (
            is_masthead(sm.group("site"), v) or v["outlet_re"].fullmatch(sm.group("site"))):
        return [("outlet", sm.group("site")), ("chrome", t)]  # 某某网 | 01國際 > 中國: the site, then where
    if bm and bm.group("first").startswith(tuple(v["platform_account_labels"])) and not re.search("[0-9，。；！？]", t):
        # 澎湃号·政务 > 某某发布: the platform's channel, then the account the piece was posted from
        return [("chrome", t), ("chrome", re.split(r">>?|＞＞?|»|→|›", t)[-1].strip())]
    if bm and (len(re.findall(r">>?|＞＞?|»|→", t)) >= 2 or re.search(r">>|＞＞|»", t)) and not re.search("[0-9，。；！？]", t):
        return [("chrome", t)]  # Regional > Yunnan > 地方新闻, 新闻中心 >> 部门动态: a site's sections
    if bm and bm.group("first").endswith(tuple(v["breadcrumb_start"])):
        site = bm.group("first")[:-2]  # 舜网首页 > 济南新闻: the site's name before its home page
        return ([("chrome", t)] + ([("outlet", site)] if site and v["outlet_re"].fullmatch(site) else [])
                + _breadcrumb_fields(t, v))
    mixed = [x.strip() for x in re.split(r">>?|＞＞?|»|→|[|｜]", t)]
    if (bm is None and re.search(r">|＞|»|→", t) and re.search(r"[|｜]", t) and len(mixed) >= 3
            and all(0 < len(x) <= 12 and not re.search(r"[\s，。；！？：:]", x) for x in mixed)):
        return [("chrome", t)]  # 香港01 | 01國際 > 中國: a site's name and its sections, bars and > between
    items = [x.strip() for x in re.split(r"[|｜]", t)]
    spaced = [x for x in re.split(r"[ \u3000]+", t) if x]
    if len(items) == 1 and set(spaced) & set(v["breadcrumb_start"]):
        items = spaced  # 知乎　首页　会员　发现: a site's navigation set apart by spaces, its home page in it
    own_tab = any(x.startswith(tuple(v.get("app_own_tab_prefixes") or ())) for x in items[1:]) or any(
        x in set(v.get("epaper_nav_items") or ()) for x in items[1:])  # (某某日报数字报刊平台 | 本版文章 | 返回版面)
    # (文字｜某某　编辑｜某某　审核｜某某: credits with bars for colons, a label before each bar)
    credits = items[0] in v["labels"] and any(x.rsplit(None, 1)[-1] in v["labels"] for x in items[1:-1] if " " in x)
    if (len(items) >= (3 if own_tab else v["nav_bar_min_items"]) and all(0 < len(x) <= v["nav_bar_max_item_chars"] for x in items)
            and not credits and not re.search("[，。；！？：:0-9]", t)):  # (随手拍 | 办理公开 | 我的上报: an app's tabs, its user's own last)  # (a masthead's | date | page is read below)
        # 东北网 | 黑龙江 | 新闻 | 地市: a site's navigation bar (its name may stand before its
        # home page's link: 河池新闻网 首页 | …)
        first = re.sub(rf"\s*(?:{'|'.join(map(re.escape, v['breadcrumb_start']))})$", "", items[0])
        em = re.search(rf"(?:{v['edition_re'].pattern})$", first)
        if em and em.start() >= 2 and v["outlet_re"].fullmatch(first[:em.start()]):
            first = first[:em.start()]  # (威海日报数字报刊平台: the paper's e-paper site, the paper its outlet)
        return [("chrome", t)] + ([("outlet", first)] if v["outlet_re"].fullmatch(first) else [])
    end = _outlet_end(t, 0, v)
    if end and _LATIN_NAME_RE.fullmatch(t, _skip(t, end)) and (is_masthead(t[:end], v) or v["outlet_re"].fullmatch(t[:end])):
        return [("outlet", t[:end]), ("chrome", t[_skip(t, end):])]  # 鹤岗日报  HEGANG DAILY
    if end and v["site_host_re"].fullmatch(t, _skip(t, end)) and t[end:end + 1].isspace() and (
            is_masthead(t[:end], v) or v["outlet_re"].fullmatch(t[:end])):
        return [("outlet", t[:end]), ("chrome", t[_skip(t, end):])]  # 东网 on.cc: a site's name, then its address
    lm = _LATIN_NAME_RE.match(t)
    if lm and lm.end() < len(t) and " " in lm.group(0):
        j = _skip(t, lm.end())  # HEGANG DAILY 鹤岗日报: the English name first, on the same line
        end = _outlet_end(t, j, v)
        if end == len(t) and (is_masthead(t[j:], v) or v["outlet_re"].fullmatch(t[j:])):
            return [("chrome", t[:lm.end()]), ("outlet", t[j:])]
    if v["chrome_re"].fullmatch(t):
        return [("chrome", t)]  # 扫码下载某某新闻客户端: the app's download prompt, no outlet's name
    if is_masthead(t, v) and not v["masthead_re"].match(t):
        return [("outlet", t)]  # 某某县人民政府, 大众网·海报新闻: a site's name alone
    sc = site_and_channel(t, v)
    if sc:
        return [("outlet", sc[0]), ("chrome", sc[1])]  # 某某新闻网某某频道: the site, then its channel
    out: list[tuple[str, str]] = []
    i = _skip(t, 0)
    n = len(t)
    last = None  # the field read last (an outlet after a date, names after an outlet)
    while i < n:
        m = ((_YEAR_EDITION_RE.match(t, i) or _ISSUE_RE.match(t, i)) if last == "outlet"
             else _ISSUE_RE.match(t, i) if i == 0 else None)
        if m:  # 颍上年鉴（2023）, 雪域新风 2023年第10期, 2020年第4期 under a bulletin's name: the year
            out += [("date", m.group("y"))] + ([("chrome", m.group(0))] if m.re is _ISSUE_RE else [])
            i, last = _skip(t, m.end()), "date"
            col = re.fullmatch(rf"{_HAN}{{2,6}}", t[i:].strip()) if m.re is _ISSUE_RE else None
            if col:  # 某某文化  2021年第8期  诗歌: the issue, then the column the piece is in
                out.append(("page_name", col.group(0)))
                i = n
            continue
        m = (v["pubno_re"].match(t, i) or _LUNAR_RE.match(t, i) or v["page_count_re"].match(t, i)
             or v["reader_count_re"].match(t, i) or (v["word_count_re"].match(t, i) if out else None))
        if m:  # 邮发代号41-12, 农历甲辰年正月廿六, 今日8版, 阅读 2.1万: furniture
            out.append(("chrome", m.group(0)))
            i, last = _skip(t, m.end()), last
            continue
        m = _EDITION_RE.match(t, i) if last == "outlet" else None
        if m:  # 喀什日报（汉文版）
            out.append(("chrome", m.group(0)))
            i = _skip(t, m.end())
            continue
        m = v["label_re"].search(t, 2, 24) if i == 0 else None
        whole = v["label_re"].match(t) if m else None
        if whole and whole.group("colon") and whole.end("label") > m.start():
            m = None  # 上报时间：…: a label of its own from the line's start, not 上报 (an outlet's 报) and 时间
        if m and m.group("colon") and v["outlet_re"].fullmatch(t[:m.start()]):
            out.append(("source", t[:m.start()]))  # 草原全媒体记者：包斯琴: the outlet the reporter is of
            i, last = m.start(), "source"
            continue
        m = v["issued_by_re"].match(t, i) if i == 0 else None
        if m and _dated_rest(t, m.end(), v):  # 某某办公室编　2023年10月24日: who issued a bulletin
            out.append(("source", m.group("office")))
            i, last = _skip(t, m.end()), "source"
            continue
        if last == "outlet" and t[i:].strip() in v["compiled_marks"]:
            out.append(("chrome", t[i:].strip()))  # 新浪新闻综合: the portal compiled it; 综合 is no one's name
            i = len(t)
            continue
        m = _ROC_NAMED_DATE_RE.match(t, i)
        if m:  # 中华民国113年4月18日: a Taiwan paper's masthead date
            out.append(("date", _roc_iso(m)))
            i, last = _skip(t, m.end()), "date"
            continue
        m = _CN_DATE_RE.match(t, i)
        if m:
            out.append(("date", _cn_iso(m)))
            i, last = _skip(t, m.end()), "date"
            continue
        m = _RELATIVE_TIME_RE.match(t, i)
        if m and (last in ("outlet", "chrome", "author") or i == 0) and (last != "author" or _skip(t, m.end()) == len(t)):
            out.append(("chrome", m.group(0)))
            back = _relative_back(m.group(0))
            if back:  # (the day it names, told from a print date on the same page: structure/meta.py)
                out.append(("relative", back))
            i, last = _skip(t, m.end()), "time"  # (an account's name may follow, as after a time)
            continue
        m = _SHORT_DATE_RE.match(t, i)
        if m and (last in ("outlet", "chrome") or i == 0) and _short_iso(m):  # 23-9-5 18:04 来自 微博: a post's short date
            out.append(("date", _short_iso(m)))
            i, last = _skip(t, m.end()), "date"
            continue
        m = _MONTH_DAY_RE.match(t, i)
        if m and any(f == "page" for f, _ in out) and _skip(t, m.end()) == len(t):
            # 第3版 县区传真 | 编辑 顾红 | 12月9日: the day a running head repeats without its year
            # (the masthead's full date gives it); 曰 for 日 as OCR reads it
            out.append(("chrome", m.group(0)))
            i, last = len(t), "chrome"
            continue
        m = _PLACE_THEN_ACCOUNT_RE.match(t, i)
        if m and last in ("date", "time") and any(f == "time" for f, _ in out):
            out.append(("chrome", m.group(0).strip()))  # …17:45·甘肃·某某新闻办公室官方账号: where from, whose account
            i, last = len(t), "chrome"
            continue
        m = _LOCATION_TAG_RE.match(t, i)
        if m and last in ("date", "time") and any(f == "time" for f, _ in out) and not _outlet_before_dotted_name(m.group(0), v):
            out.append(("chrome", m.group(0).strip()))  # … 17:46　某某市·某某社区: where the post was sent from
            i, last = _skip(t, m.end()), "chrome"
            continue
        m = _OUTLET_VOICE_RE.match(t, i)
        if (m and last in ("date", "time", "source", "outlet") and _skip(t, m.end()) == len(t)
                and (m.group("org") in ("本报", "本网", "本台", "本刊") or v["outlet_re"].fullmatch(m.group("org")))):
            # … 来源：某某新闻网  某某新闻网评论员: the outlet's own voice signs, no person
            out.append(("chrome", m.group(0).strip()))
            i, last = len(t), "chrome"
            continue
        m = _PLACE_AT_END_RE.match(t, i)
        if (m and last in ("date", "time", "source") and out[0][0] in ("chrome", "outlet", "date")
                and (any(f == "time" for f, _ in out)
                     or (last == "date" and m.group(0).strip() in v["ip_regions"] and v["label_re"].match(t)))):
            # … 17:45 海南, 编辑于 2022-09-26 湖北: where the post was sent from
            out.append(("chrome", m.group(0).strip()))
            i, last = len(t), "chrome"
            continue
        m = v["label_re"].match(t, i)
        masthead = (any(f == "page" for f, _ in out) or {"outlet", "date"} <= {f for f, _ in out}
                    or _credits_line(t, v))
        if m and (_label_counts(m, v, after_names=last == "author", in_masthead=masthead)
                  or (not out and t[:1] in "（(" and t[-1:] in "）)" and v["labels"][m.group("label")] == "editor"
                      and t[m.end("label"):m.end("label") + 1].isspace())):
            # (an editor's label opening a line set whole in brackets goes without its colon: （编辑  姜悦）)
            field = v["labels"][m.group("label")]
            j = m.end()
            got = _value(t, j, field, v, strict)
            if got is None and m.group("colon") and out:
                k = _skip(t, j)
                lm2 = v["label_re"].match(t, k)
                if k == len(t) or (lm2 and lm2.group("colon")):
                    # a label left empty in a meta line (来源：市文明办  作者：  浏览次数：3087): the
                    # site prints the field with nothing in it
                    out.append(("chrome", t[i:k].strip()))
                    i, last = k, "chrome"
                    continue
            if got is None:
                if field == "chrome":  # 字体：大 中 小 …, 分享到
                    cm = v["chrome_re"].match(t, j) or _CHROME_VALUE_RE.match(t, j) or _ACCOUNT_ID_RE.match(t, j)
                    end = cm.end() if cm else m.end()
                    out.append(("chrome", t[i:end]))
                    i, last = _skip(t, end), "chrome"
                    continue
                return None
            j, pairs = got
            out.extend(pairs)
            i, last = _skip(t, j), field
            continue
        m = v["datetime_re"].match(t, i)
        if m:
            out.append(("date", _iso(m)))
            if m.group("t"):
                out.append(("time", m.group("t").replace("：", ":")))
            i, last = _skip(t, m.end()), "date"
            continue
        m = v["time_re"].match(t, i)
        if m and (last == "date" or out and out[-1][0] == "date"):  # (a date read under another label: 发表于 07-11-06 09:12)
            out.append(("time", m.group("t")))
            i = _skip(t, m.end())
            continue
        m = _FROM_CLIENT_RE.match(t, i)
        if m and last in ("date", "time") and any(f == "time" for f, _ in out):  # 23-9-5 18:04 来自 微博视频号: the app a post was sent from
            out.append(("chrome", m.group(0).strip()))
            i = _skip(t, m.end())
            continue
        m = (v["ip_place_re"].match(t, i) or v["player_field_re"].match(t, i)
             or v["reading_time_re"].match(t, i)) if last in ("date", "time", "place") and out else None
        if m and m.group(0).strip():  # … 21:14・IP 属地广西, … 时长 06:48, … 7分钟阅读: where from, how long
            out.append(("chrome", m.group(0).strip()))
            i = _skip(t, m.end())
            continue
        m = v["role_word_re"].match(t, i) if out and last in ("source", "date", "time", "outlet", "author", "page") else None
        mark = v["byline_mark_re"].match(t, i) if m else None  # (文/记者 张三: the names after the mark)
        start = mark.end() if mark else i
        got = _names(t, start, v) if m else None
        if got:  # … 来源：长春市融媒体中心　记者 孙丽娜 文/摄: the reporter, inside a meta line
            # (after the page it was printed on too: 某某日报 2024-03-19 第A2版 本报记者 张三)
            j, _ = got
            # (names after a photo role credit the pictures: … 记者 周洋 苟晓燕 摄影 何涛)
            photo_first = m.group(0).strip().endswith(tuple(data_file("layout.yaml")["photo_roles"]))
            both = bool(mark and "图" in mark.group(0))  # 文/图 记者 张三: her pictures too
            if mark:
                out.append(("chrome", mark.group(0).strip()))
            parts = v["photo_role_re"].split(t[start:j])  # [words, role, pictures, role, pictures …]
            for k in range(0, len(parts), 2):
                field = "photographer" if k > 0 or photo_first else "author"
                got_k = _names(parts[k], 0, v) if parts[k].strip() else None
                out.extend((field, x) for x in (got_k[1] if got_k else []))
                if both and field == "author":
                    out.extend(("photographer", x) for x in (got_k[1] if got_k else []))
            i, last = _skip(t, j), "author"
            continue
        m = _LATIN_NAME_RE.match(t, i) if last == "outlet" or (i == 0 and _page_or_date_at(t, i)) else None
        if m:  # 赣南日报　GANNAN DAILY: the outlet's name in Latin letters
            out.append(("chrome", m.group(0)))
            i = _skip(t, m.end())
            continue
        m = _WEEKDAY_RE.match(t, i)
        if m and (last in ("date", "time") or (i == 0 and not t[m.end():].strip(" ）)"))):
            if i == 0:
                out.append(("chrome", m.group(0)))  # 星期五 alone: a line of a masthead printed line by line
            i = _skip(t, m.end())
            continue
        m = _PAGE_RE.match(t, i)
        if m and (m.group(0).startswith("第") or last in ("date", "outlet", "page") or (i == 0 and _dated_rest(t, m.end(), v))
                  # (某某网·创城专刊  A3  2016年8月18日: the outlet, its column's name, then the page)
                  or (last == "page_name" and len(out) == 2 and out[0][0] == "outlet")
                  or (i == 0 and re.match(r"[A-Za-z]\d{1,3}(?=\s)", t))  # A05  市县新闻  海南日报: the page first
                  or (i == 0 and (not t[m.end():].strip() or _PAGE_NAME_RE.fullmatch(t[m.end():])))):
            out.append(("page", re.sub(r"\s+", "", m.group(0))))
            i, last = _skip(t, m.end()), "page"
            continue
        m = _PAGE_NAME_RE.match(t, i)
        if (m and last == "outlet" and len(out) == 1 and m.start(1) == i and i and not t[i - 1].isspace()
                and _comment_column(m.group(1))):
            return []  # 晨报评论 over a piece's title: the paper's comment column, its label, no meta line
        if m and (last == "page" or (last == "outlet" and len(out) == 1)  # A3：城事 — the page's name
                  # (当前：A3（2021年4月16日）  城事: an e-paper viewer's page, its date, then the page's name closing the line)
                  or (last == "date" and any(f == "page" for f, _ in out) and t[:i].rstrip()[-1:] in "）)"
                      and _PAGE_NAME_RE.fullmatch(t, i))):
            if (last == "page" and not any(f == "outlet" for f, _ in out) and m.group(1).endswith("报")
                    and v["outlet_re"].fullmatch(m.group(1)) and not _comment_column(m.group(1))):
                # 8    广西日报    2024年4月18日: the page, then the paper (a page's section, 州内新闻, ends in no 报)
                out.append(("outlet", m.group(1)))
                i, last = _skip(t, m.end()), "outlet"
                continue
            out.append(("page_name", m.group(1)))
            i, last = _skip(t, m.end()), "page_name"
            continue
        m = _BARE_PAGE_RE.match(t, i)
        if (m and (last in ("date", "editor") or (i == 0 and re.fullmatch(r"0[1-9]", m.group(0))))
                and _PAGE_NAME_RE.fullmatch(t, _skip(t, m.end()))):
            # 2024年5月16日 星期四   02 城事: the page without 第/版 (after the page's editors too:
            # … 责编：某某 美编：某某   04 县市新闻)
            out.append(("page", m.group(0)))
            i, last = _skip(t, m.end()), "page"
            continue
        m = _PAGE_NO_RE.match(t, i)
        if m and out and last not in (None, "chrome"):  # … 责任编辑：崔 虹 3 — the page
            out.append(("page", m.group(0)))
            i, last = _skip(t, m.end()), "page"
            continue
        m = _SECTION_AT_END_RE.fullmatch(t, i) if last == "date" and any(f == "outlet" for f, _ in out) else None
        if m:  # 山西日报 2021年4月27日 星期二 市县: a running head's section name after the date
            out.append(("page_name", m.group(0)))
            i = len(t)
            continue
        m = _UPDATED_RE.match(t, i)
        if m and last in ("date", "time"):
            out.append(("chrome", m.group(0)))
            i = _skip(t, m.end())
            continue
        m = v["date_tail_re"].match(t, i) if last == "date" and v["date_tail_re"] else None
        if m:  # 2023年8月15日出版, 2024年3月印发: what the day was, the issue's or the paper's day out
            out.append(("chrome", m.group(0)))
            i = _skip(t, m.end())
            continue
        m = v["both_credit_re"].match(t, i) if last == "author" else None
        if m:  # 记者 孙丽娜 文/摄, 记者 杨某 文/图: her pictures too
            k = len(out)
            while k and out[k - 1][0] == "author":
                k -= 1  # (every name of the byline: 记者 张三 李四 文/图)
            out += [("chrome", m.group(0))] + [("photographer", x) for _, x in out[k:]]
            i = _skip(t, m.end())
            continue
        m = v["chrome_re"].match(t, i)
        if m:
            out.append(("chrome", m.group(0)))
            i, last = _skip(t, m.end()), "chrome"
            m = _REPEATED_NAME_RE.match(t, i)
            if m and len(out) == 1:  # 原创 上海徐汇 上海徐汇: an account's header names it (twice)
                out.append(("outlet", m.group(1)))
                i, last = _skip(t, m.end()), "outlet"
            if len(out) == 1 and out[0][1] == "原创" and v["outlet_re"].fullmatch(t[i:].strip()):
                out.append(("outlet", t[i:].strip()))  # 原创 | 甘州区融媒体中心: the account
                i, last = len(t), "outlet"
                continue
            m = _TWO_NAMES_BEFORE_DATE_RE.match(t, i) if len(out) == 1 and out[0][1] == "原创" else None
            if m and _date_at(t, _skip(t, m.end()), v):
                # 原创 长宁融媒 上海长宁 2024-03-12 17:00 上海: the post's author field (a
                # unit or a nickname, kept as chrome), then the account that posted it
                out += [("chrome", m.group(1)), ("outlet", m.group(2))]
                i, last = _skip(t, m.end()), "outlet"
                continue
            m = _ACCOUNT_BEFORE_DATE_RE.match(t, i) if len(out) == 1 and out[0][1] == "原创" else None
            if m and _date_at(t, _skip(t, m.end()), v):
                out.append(("outlet", m.group(1)))  # 原创 北京房山 2023-12-01 20:00 北京: the account, then when
                i, last = _skip(t, m.end()), "outlet"
                continue
            m = _POST_AUTHOR_RE.match(t, i) if len(out) == 1 and last == "chrome" else None
            end = _outlet_end(t, m.end(), v) if m else None
            if (m and end and not v["outlet_re"].fullmatch(m.group(1))
                    and (v["date_re"].search(t, end) or _SHORT_DATE_RE.search(t, end))):
                # 原创 津云小和 和平融媒 2023-11-14: the post's author field (often a nickname: kept
                # as chrome, not an author), then its account
                out += [("chrome", m.group(1)), ("outlet", t[m.end():end])]
                i, last = _skip(t, end), "outlet"
            continue
        m = v["posted_by_re"].match(t, i) if last in ("date", "time") else None
        end = _outlet_end(t, m.end(), v) if m else None
        am = v["posted_verb_re"].match(t, _skip(t, end)) if end else None
        if am:
            # 2019-08-27 由 华西都市报 发表: a mirror site's line naming the paper that posted the
            # piece (data/page_meta.yaml posted_by)
            out += [("chrome", m.group(0).strip()), ("outlet", t[m.end():end]), ("chrome", am.group(0))]
            i, last = _skip(t, am.end()), "outlet"
            continue
        end = _outlet_end(t, i, v)
        if end and (last in ("date", "time") or (last in ("page", "page_name") and (not t[end:].strip() or _dated_rest(t, end, v))) or (last in (None, "chrome", "outlet") and (
                v["date_re"].search(t, end) or _SHORT_DATE_RE.search(t, end) or _CN_DATE_RE.search(t, end)))
                    or (i == 0 and v["edition_re"].fullmatch(t[end:].strip()))
                    # (问卷星 · 统计报告: a platform's name over the report it shows, a chrome word)
                    or (i == 0 and end < len(t) and v["chrome_re"].fullmatch(t, _skip(t, end)) is not None)
                    or (i == 0 and re.match(r"\s*[|｜丨]", t[end:]) and v["role_word_re"].match(t, _skip(t, end)))
                    or (i == 0 and _EDITION_RE.fullmatch(t[end:].strip()))
                    or (i == 0 and (_dated_rest(t, end, v) or (
                        t[end:end + 1].isspace() and v["masthead_re"].match(t[:end])
                        and _PAGE_NAME_RE.fullmatch(t[end:]))))):
            # after a date; or heading a line that gives a date (原创 青城发布 青城发布 2023-08-15 …);
            # or a masthead with its section (延边日报 地方)
            if t[i - 1:i] == "《" and t[end:end + 1] == "》" and not re.search("[报報]$", t[i:end]):
                out.append(("programme", t[i:end]))  # 《丽水新闻》2022年6月8日: a programme, not the station
            else:
                out.append(("outlet", _app_of_reporter(t, i, end, v)))
            i, last = _skip(t, end), "outlet"
            m = v["edition_re"].match(t, i)
            if m:  # 某某晚报数字报: the e-paper's edition, not the outlet's name
                out.append(("chrome", m.group(0)))
                i = _skip(t, m.end())
            continue
        m = v["government_head_re"].match(t, i) if v["government_head_re"] and i == 0 else None
        if m and (v["chrome_re"].match(t, _skip(t, m.end())) or _dated_rest(t, m.end(), v)):
            out.append(("outlet", m.group(0)))  # 宜兰县政府　新闻稿: a government's site names itself
            i, last = _skip(t, m.end()), "outlet"
            continue
        m = _MASTHEAD_NAME_RE.match(t, i)
        name, edition = _name_and_edition(m.group(0), v) if m else ("", "")
        if (m and i == 0 and len(name) <= v["max_masthead_name_chars"] and t[m.end():m.end() + 1].isspace()
                and _dated_rest(t, m.end(), v)):  # 今日垣曲 2024年11月20日 B4: any name heads a dated masthead
            out.append(("outlet", name))  # (今日某某电子版 2021年05月20日: the paper, then its e-paper's word)
            if edition:
                out.append(("chrome", edition))
            i, last = _skip(t, m.end()), "outlet"
            continue
        m = _ACCOUNT_NAME_RE.match(t, i) if i == 0 else m
        if m and i == 0 and t[m.end():m.end() + 1].isspace() and (
                _post_header_rest(t[m.end():], v)
                # (an office's or a company's account without the province: 某某县自来水有限公司 2019-07-09 17:42)
                or (m.group(0).endswith(tuple(x for x in v["organisation_suffixes"] if len(x) >= 2))
                    and v["datetime_re"].fullmatch(t[m.end():].strip()) is not None
                    and re.search(r"\d{1,2}:\d{2}", t[m.end():]) is not None)):
            # 隆回新时代文明实践 2024年03月15日 09:12 湖南: an account's name over its post's time and province
            # (an office's account by its whole name too: 某某区新时代文明实践中心 2022-11-03 19:20 新疆)
            out.append(("outlet", m.group(0)))
            i, last = _skip(t, m.end()), "outlet"
            continue
        m = _MASTHEAD_NAME_RE.match(t, i)
        if (m and last == "date" and len(m.group(0)) <= v["max_masthead_name_chars"] + 2
                and t[m.end():m.end() + 1].isspace() and _PAGE_RE.match(t, _skip(t, m.end()))):
            # 2024年7月1日 星期一 今日金秀 第2版：… — any short name between a date and a page
            out.append(("outlet", m.group(0)))
            i, last = _skip(t, m.end()), "outlet"
            continue
        if m and last in ("date", "time") and m.end() == len(t.rstrip()):
            # 2025年02月19日 18:44今日翁牛特麻军敏: an outlet without a suffix, then a name
            got = _outlet_then_name(m.group(0))
            if got:
                out.extend([("outlet", got[0]), ("author", got[1])])
                i, last = m.end(), "author"
                continue
        m = v["site_host_re"].match(t, i) if out else None
        if m:  # By 某某 | chinadaily.com.cn | Updated: …: the site's address names it
            out.append(("outlet", m.group(0)))
            i, last = _skip(t, m.end()), "outlet"
            continue
        m = _FILED_FROM_RE.match(t, i)
        if m and last == "author":
            out.append(("chrome", m.group(0).strip()))
            i, last = _skip(t, m.end()), "chrome"
            continue
        if last == "outlet" and "、" in t[max(0, i - 2):i + 1]:  # 中安在线、中安新闻客户端讯: two outlets of one house
            end = _outlet_end(t, i + (t[i:i + 1] == "、"), v)
            if end:
                out.append(("outlet", t[i + (t[i:i + 1] == "、"):end]))
                i = _skip(t, end)
                continue
        if last == "outlet" and _NEWS_WORD_RE.fullmatch(t, i):  # … 某某网讯: the copy's dateline word
            out.append(("chrome", t[i:].strip()))
            i = len(t)
            continue
        if last == "outlet":  # 2016年04月18日 13:14某某日报张三: the author after the outlet
            got = _names(t, i, v)
            if got:
                j, names = got
                out.extend(("author", x) for x in names)
                i, last = _skip(t, j), "author"
                continue
        return None
    return out or None


@functools.lru_cache(maxsize=1)
def _surname_chars() -> frozenset[str]:
    return frozenset(load_data("surnames.yaml")["single"])


def _outlet_before_dotted_name(tag: str, v: dict) -> bool:
    """A post's location tag (某某市·某某社区) is no place when an outlet's name opens it
    and a name with a middle dot is glued after (…11:02某某都市报马合沙提·阿不都): the
    outlet, then its writer."""
    end = _outlet_end(tag, 0, v)
    return bool(end) and any(c in tag[end:] for c in "·•・") and re.match(rf"{_HAN}{{2,}}", tag[end:]) is not None


def _outlet_then_name(run: str) -> tuple[str, str] | None:
    """An outlet's name run into a person's (今日翁牛特麻军敏 -> 今日翁牛特, 麻军敏):
    the last three (else two) characters when they start with a surname."""
    for n in (3, 2):
        if len(run) - n >= 3 and run[-n] in _surname_chars():
            return run[:-n], run[-n:]
    return None


def is_masthead(s: str, v: dict | None = None) -> bool:
    """A masthead or site name standing alone: a short outlet name (with its
    channel: 某某网·某某新闻), or a government's site (某某县人民政府).

    >>> is_masthead("沧州日报"), is_masthead("大众网·海报新闻"), is_masthead("铜仁市碧江区人民政府")
    (True, True, True)
    >>> is_masthead("碧江区开展文明交通劝导活动"), is_masthead("区政府")
    (False, False)
    """
    v = v or vocabulary()
    s = s.strip()
    if v["masthead_re"].match(s):
        return True
    if v.get("government_re") is not None and v["government_re"].match(s):
        return True
    m = v["outlet_re"].match(s)
    return bool(m and len(s) > m.end() and _outlet_end(s, 0, v) == len(s) and len(s) <= v["max_outlet_chars"])


def site_and_channel(name: str, v: dict | None = None) -> tuple[str, str] | None:
    """A site's name with one of its channels run after it (某某新闻网某某频道, 国际在线海南频道):
    (the site, the channel), or None. The outlet is the site; the channel is where on it.

    >>> site_and_channel("黄河新闻网忻州频道"), site_and_channel("国际在线海南频道")
    (('黄河新闻网', '忻州频道'), ('国际在线', '海南频道'))
    >>> site_and_channel("地方频道") is None, site_and_channel("黄河新闻网") is None
    (True, True)
    """
    v = v or vocabulary()
    s = name.strip()
    if not s.endswith(tuple(v.get("channel_words") or ())):
        return None
    end = _outlet_end(s, 0, v)
    if not end or end >= len(s) or len(s) > v["max_outlet_chars"] + 8:
        return None
    site, channel = s[:end].rstrip("-－·• "), s[end:].lstrip("-－·• ")
    if (not re.fullmatch(rf"{_HAN}{{1,8}}", channel) or channel in v["channel_words"]
            or not (v["outlet_re"].fullmatch(site) or is_masthead(site, v))):
        return None
    return site, channel


def _app_of_reporter(t: str, i: int, end: int, v: dict) -> str:
    """The outlet's name at t[i:end]; an app's name glued before its reporter's role
    (某某客户端记者 X) is the app's own name, without the word for an app
    (page_meta.yaml app_name_suffixes), as the app names itself."""
    name = t[i:end]
    for suf in v.get("app_name_suffixes") or ():
        if name.endswith(suf) and len(name) - len(suf) >= 2 and v["role_word_re"].match(t, end):
            return name[: -len(suf)]
    return name


# between two outlets a source line names (观海新闻/青岛日报), and a site's platform and channel after
# its name (澎湃新闻·澎湃号·政务), up to the next gap or the line's end
_SOURCE_SLASH_RE = re.compile(r"[ \u3000]*[/／|｜][ \u3000]*")
_SOURCE_CHANNELS_RE = re.compile(rf"(?:[·•・]{_HAN}{{2,6}}){{1,3}}(?=[ \u3000]|$)")


def _outlet_end(t: str, i: int, v: dict) -> int | None:
    """End of an outlet's name at t[i:], as long as it goes: 北京日报客户端 (not 北京日报),
    人民网-山西频道, 大众网·海报新闻."""
    m = v["outlet_re"].match(t, i)
    if not m:
        return None
    end = m.end()
    while True:
        nxt = v["outlet_tail_re"].match(t, end)
        if not nxt or nxt.end() == end:
            return end
        end = nxt.end()


_DATE_PART_SEP_RE = re.compile(r"(\d\s*[年月])\s*[/／|｜]\s*(?=\d)")


def _page_or_date_at(t: str, i: int) -> bool:
    """Does a page number or a date follow the Latin name at t[i:] (HAIDONG TIMES　第02版)?"""
    m = _LATIN_NAME_RE.match(t, i)
    rest = t[_skip(t, m.end()):] if m else ""
    return bool(m) and bool(_PAGE_RE.match(rest) or vocabulary()["date_re"].match(rest))


def _post_header_rest(rest: str, v: dict) -> bool:
    """After an account's name: only a post's date, time and the province it was sent from
    (2024年03月15日 09:12 湖南; page_meta.yaml ip_regions), nothing else."""
    parts = rest.split()
    if len(parts) != 3 or parts[2] not in v["ip_regions"]:
        return False
    return bool(v["datetime_re"].fullmatch(" ".join(parts[:2])))


def _comment_column(word: str) -> bool:
    """A comment column's word glued to a paper's name (晨报评论, 日报时评: layout.yaml
    comment_label_ends): the label of a piece, not the page's name."""
    return word.endswith(tuple(data_file("layout.yaml").get("comment_label_ends") or ()))


def _name_and_edition(name: str, v: dict) -> tuple[str, str]:
    """A masthead's name and the e-paper's word glued after it (今日某某电子版 -> 今日某某,
    电子版: data edition_suffixes); the name whole, and no edition, when none ends it."""
    m = v["edition_re"].search(name, max(0, len(name) - 8))
    if m and m.end() == len(name) and m.start() >= 2:
        return name[:m.start()], m.group(0)
    return name, ""


def _author_label_at(rest: str, v: dict) -> bool:
    """Does `rest` open with an author's label and its colon (作者：, 记者：; page_meta.yaml labels)?"""
    m = v["label_re"].match(rest)
    return bool(m and m.group("colon") and v["labels"].get(m.group("label")) == "author")


def _dated_rest(t: str, i: int, v: dict) -> bool:
    """A masthead: the outlet's name is followed by a date, an issue or a page."""
    rest = t[_skip(t, i):]
    return bool(v["date_re"].match(rest) or _CN_DATE_RE.match(rest) or _ISSUE_RE.match(rest)
                or _YEAR_EDITION_RE.match(t, i) or _PAGE_RE.match(rest) and rest.startswith("第")
                # (an app feed's card: 某某融媒体中心 2小时前, the time it was pushed, maybe
                # after its writer's label: 某某融媒体中心 作者：某某 2小时前)
                or _RELATIVE_TIME_RE.fullmatch(rest.strip())
                or (_author_label_at(rest, v) and _RELATIVE_TIME_RE.search(rest) is not None
                    and _lex_meta(rest, True) is not None))


# after an outlet's name: the year of a yearbook's edition (颍上年鉴（2023）), an edition
# (喀什日报（汉文版）), a periodical's issue (2023年第10期（总第143期）)
# (the opening bracket may have been skipped as a separator already)
_YEAR_EDITION_RE = re.compile(r"[（(]?(?P<y>(?:19|20)\d{2})[）)]")
_EDITION_RE = re.compile(r"[（(]?(?:[\u4e00-\u9fff]{1,6}版|%s)[）)]" % "|".join(
    map(re.escape, sorted(load_data("page_meta.yaml").get("edition_marks") or ["汉文"], key=len, reverse=True))))
_ISSUE_RE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*第\s*\d{1,3}\s*期(?:\s*[（(]总第\s*\d{1,5}\s*期[）)])?")


def _cn_year(y: str) -> str:
    """二〇二三 -> 2023, digit by digit (Arabic digits kept as they are)."""
    return "".join(c if c.isdigit() else "0" if c in "〇零○" else str(_CN_DIGIT.index(c) - 2) for c in y)


def _cn_iso(m: re.Match) -> str:
    """二〇二三年十月九日 -> 2023-10-09 (cn2an reads the numerals)."""
    import cn2an

    y = _cn_year(m.group("y"))
    mo = int(cn2an.cn2an(m.group("m"), "smart"))
    if not m.group("d"):
        return f"{y}-{mo:02d}"
    return f"{y}-{mo:02d}-{int(cn2an.cn2an(m.group('d'), 'smart')):02d}"


# a date of the Republic of China calendar (民国112年10月9日, 112-10-09 after a date label)
_ROC_DATE_RE = re.compile(r"(?:民国|民國)?\s*(?P<y>\d{2,3})\s*(?:[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})"
                          r"|年\s*(?P<m2>\d{1,2})\s*月(?:\s*(?P<d2>\d{1,2})\s*[日号])?)(?!\d)")
ROC_OFFSET = 1911
# a two-digit year up to this one, not named 民国, is this century's (民国16-40 are 1927-1951: no web page's)
SHORT_YEAR_MAX = 40
# the same with the calendar's name, anywhere in a meta line (中华民国113年4月18日)
_ROC_NAMED_DATE_RE = re.compile(r"(?:中华民国|中華民國|民国|民國)\s*(?P<y>\d{2,3})\s*年\s*(?P<m2>\d{1,2})\s*月"
                                r"(?:\s*(?P<d2>\d{1,2})\s*[日号])?(?P<m>)(?P<d>)")


def _short_iso(m: re.Match) -> str | None:
    """23-9-5 or 12-04-13 (a two-digit year of this century) -> 2023-09-05; None when the
    month or day is none."""
    y = m.group("y") or m.group("y2") or m.group("y3")
    mo, d = int(m.group("m") or m.group("m3") or m.group("m4")), int(m.group("d") or m.group("d3") or m.group("d4"))
    return f"20{y}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def _roc_iso(m: re.Match) -> str:
    """112-10-09 (民国112年) -> 2023-10-09; a two-digit year not named 民国 that is a year of
    this century gone by (日期：16-08-09 on a county site) is that year, 2016, not 1927
    (民国16年: no web page's date)."""
    two = len(m.group("y")) == 2 and not re.match(r"\s*(?:民国|民國)", m.group(0))
    y = int(m.group("y")) + (2000 if two and int(m.group("y")) <= SHORT_YEAR_MAX else ROC_OFFSET)
    mo, d = m.group("m") or m.group("m2"), m.group("d") or m.group("d2")
    if not mo or not 1 <= int(mo) <= 12:
        return str(y)
    return f"{y}-{int(mo):02d}" + (f"-{int(d):02d}" if d and 1 <= int(d) <= 31 else "")


def _breadcrumb_fields(t: str, v: dict) -> list[tuple[str, str]]:
    """The issue's date and page an e-paper site's breadcrumb names among its steps
    (首页 > 2024年04月16日 > 第02版：综合): the date and page of every article of that 版面.

    >>> _breadcrumb_fields("首页 > 2023年9月8日 > 第03版：要闻", vocabulary())
    [('date', '2023-09-08'), ('page', '第03版'), ('page_name', '要闻')]
    >>> _breadcrumb_fields("首页 > 新闻中心 > 本地新闻", vocabulary())
    []
    >>> _breadcrumb_fields("某某晨报 > 2024年6月18日 > A3版：县市 > 新闻正文", vocabulary())
    [('date', '2024-06-18'), ('page', 'A3版'), ('page_name', '县市')]

    A journal's issue among the steps (首页 > 期刊 > 某某学刊 > 2023年第06期) follows the journal:
    the outlet of the article a database shows.

    >>> _breadcrumb_fields("首页 > 期刊 > 某某学刊 > 2023年第06期", vocabulary())
    [('outlet', '某某学刊')]
    """
    marks = "|".join(map(re.escape, v["breadcrumb_marks"]))
    out: list[tuple[str, str]] = []
    steps = [s.strip() for s in re.split(rf"\s*(?:{marks})+\s*", t)]
    for k, step in enumerate(steps):
        if k > 1 and re.fullmatch(v["journal_issue"], step) and re.fullmatch(_HAN + r"{2,16}", steps[k - 1]):
            out.append(("outlet", steps[k - 1]))
            continue
        m = v["date_re"].fullmatch(step)
        if m:
            out.append(("date", _iso(m)))
            continue
        # (or a letter's page without 第: 许昌晨报 > 2024年6月18日 > A3版：县市)
        m = re.fullmatch(r"(第\s*[0-9A-Za-z]{1,4}\s*版|[A-Za-z]\d{1,3}\s*版)(?:\s*[：:]\s*(" + _HAN + r"{2,8}))?", step)
        if m:
            out.append(("page", re.sub(r"\s+", "", m.group(1))))
            if m.group(2):
                out.append(("page_name", m.group(2)))
    return out


def _iso(m: re.Match) -> str:
    y, mo, d = m.group("y"), m.group("m") or m.group("m2"), m.group("d") or m.group("d2")
    if not mo or not 1 <= int(mo) <= 12:
        return y
    if not d or not 1 <= int(d) <= 31:
        return f"{y}-{int(mo):02d}"
    return f"{y}-{int(mo):02d}-{int(d):02d}"


# a writer's post or workplace in brackets right after the name (宣讲人：刘某（某社区党支部书记）)
_POST_AFTER_NAME_RE = re.compile(r"\s*[（(](?P<post>[\u4e00-\u9fff、·](?:[\u4e00-\u9fff、· ]{0,28}[\u4e00-\u9fff])?)[）)]\s*(?=$|[ \u3000])")


@functools.lru_cache(maxsize=1)
def _APP_AFTER_OUTLET_RE() -> re.Pattern:
    """A paper's app or site after its name in a source (某某晚报·某某壹点): the dot, the name."""
    v = vocabulary()
    return re.compile(rf"\s?[{''.join(v.get('outlet_app_joiners') or '·')}]\s?"
                      rf"(?P<app>{_HAN}[{HAN_CLASS}A-Za-z0-9]{{1,{v['max_outlet_chars']}}}?)"
                      rf"(?=$|\s)")


# a web address as a source's value, to the line's end or the next space
_URL_SOURCE_RE = re.compile(r"(?:https?://|www\.)[\x21-\x7e]+(?=\s|$)")


# a clock time alone as a date label's value, up to a space or the line's end (19:30)
_CLOCK_ALONE_RE = re.compile(r"((?:[01]?\d|2[0-3])[:：][0-5]\d)(?=[\s\u3000]|$)")


def _value(t: str, j: int, field: str, v: dict, strict: bool) -> tuple[int, list[tuple[str, str]]] | None:
    """The value of a labelled field at t[j:], checked against what the field holds."""
    j = _skip(t, j)
    if field == "date":
        m = v["datetime_re"].match(t, j)
        u = v["month_first_re"].match(t, j) if not m else None
        if u:  # Updated: 07/25/2023 09:12 (an English frame's month first; a day over 12 goes first)
            a, b = int(u.group("a")), int(u.group("b"))
            mo, d = (b, a) if a > 12 else (a, b)
            if 1 <= mo <= 12 and 1 <= d <= 31:
                return u.end(), [("date", f"{u.group('y')}-{mo:02d}-{d:02d}")] + (
                    [("time", u.group("t"))] if u.group("t") else [])
        if not m:
            r = _ROC_DATE_RE.match(t, j)  # 发布日期：112-10-09 (民国 years, Taiwan)
            if r:
                return r.end(), [("date", _roc_iso(r))]
            c = _CLOCK_ALONE_RE.match(t, j)  # 播出时间：19:30 after 播出日期：…: the slot's hour, no date
            return (c.end(), [("time", c.group(1).replace("：", ":"))]) if c else None
        pairs = [("date", _iso(m))] + ([("time", m.group("t").replace("：", ":"))] if m.group("t") else [])
        # an activity's time on a form (活动时间：2024年4月10日（星期三）上午9:00—11:30): the
        # weekday and the hours it lasted belong to the date
        rm = _DATE_SPAN_TAIL_RE.match(t, m.end())
        if rm and rm.group(0).strip():
            pairs += [("time", rm.group("t").replace("：", ":"))] if rm.group("t") and not m.group("t") else []
            return rm.end(), pairs
        return m.end(), pairs
    if field in ("source",):
        um = _URL_SOURCE_RE.match(t, j)
        if um:  # 来源：http://…/t20240530_6613027.html (a clipper's note of the page it saved): an address
            return um.end(), [("chrome", um.group(0))]
        if v["datetime_re"].match(t, j):  # （原载2020年9月3日第2版）: the note names no outlet, only when
            return j, []  # and where it ran (the date and page are read as the next fields)
        end = _outlet_end(t, j, v)
        if end and re.match(_HAN, t[end:end + 1]) and not v["label_re"].match(t, end):
            end = None  # the name goes on past an outlet's suffix: 区政府新闻办 is no 区政府新闻
        if end:
            am = _APP_AFTER_OUTLET_RE().match(t, end)
            if am:
                # 来源：某某晚报·某某壹点: the paper, then its app after a middle dot
                return am.end(), [("source", t[j:end]), ("source", am.group("app"))]
            sm = _SOURCE_SLASH_RE.match(t, end)
            e2 = _outlet_end(t, sm.end(), v) if sm else None
            if e2:  # 来源：观海新闻/青岛日报: the app, then the paper it belongs to
                return e2, [("source", t[j:end]), ("source", t[sm.end():e2])]
            cm = _SOURCE_CHANNELS_RE.match(t, end)
            if cm:  # 来源：澎湃新闻·澎湃号·政务: the site, then its account platform and channel
                return cm.end(), [("source", t[j:end]), ("chrome", cm.group(0))]
        elif not strict:  # any short name up to the next label or the end
            m2 = re.compile(rf"{_HAN}[{HAN_CLASS}A-Za-z0-9·]{{1,{v['max_outlet_chars']}}}").match(t, j)
            if m2:
                end = m2.end()
        if end is None:
            return None
        lm = v["label_re"].search(t, j + 1, end + 8)
        if lm and lm.start() < end and lm.group("colon"):
            end = lm.start()
        pm = re.fullmatch(r"(.{2,}?)[-－](.{2,}报)", t[j:end])
        if pm and all(v["outlet_re"].fullmatch(x) for x in pm.groups()):
            return end, [("source", pm.group(1)), ("source", pm.group(2))]  # 天山网-新疆日报: the site, the paper
        return end, [("source", t[j:end])]
    if field in ("author", "editor", "photographer"):
        om = v["office_value_re"].match(t, j) if field == "author" else None
        um = v["unit_before_names_re"].match(t, j) if om and v["unit_before_names_re"] else None
        if um and _names(t, j, v):
            om = None  # 作者：某某市自然资源局 张三: the writer's unit, then the writer
        if om:  # 作者：县城市管理局: an office where a writer's name would be is the source
            return om.end(), [("source", om.group(0))]
        got = _names(t, j, v)
        if not got:
            om = _ORG_VALUE_RE().match(t, j) if field == "author" else None
            if om:  # 作者：县文化馆: a hall or a company where a writer's name would be: about the text, no author
                return om.end(), [("info", om.group(0))]
            return None
        end, names = got
        pairs = [(field, x) for x in names]
        pm = _POST_AFTER_NAME_RE.match(t, end) if field == "author" else None
        if pm:  # 宣讲人：刘某（某社区党支部书记）: the writer's post, about the author, not a name
            end, pairs = pm.end(), pairs + [("info", pm.group("post"))]
        else:
            bm = _NAME_POST_RE.match(t, end)
            if bm and (bm.end() == len(t.rstrip()) or v["label_re"].match(t, _skip(t, bm.end()))):
                # 主 持 人：某某（支部书记）: the post of the one named, in brackets after the name
                pairs.append(("info", bm.group(1)))
                end = bm.end()
        if field == "author" and _PHOTO_REPORT_RE.search(t, j, end + 6):
            pairs += [("photographer", x) for x in names]  # 记者 李娜 摄影报道: the words and the pictures
        return end, pairs
    if field == "page":
        m = _PAGE_RE.match(t, j) or re.compile(r"[A-Za-z]?\d{1,3}").match(t, j)
        if not m:
            return None
        return m.end(), [("page", m.group(0))]
    if field == "page_name":
        m = re.compile(rf"{_HAN}{{2,12}}").match(t, j)
        return (m.end(), [("page_name", m.group(0))]) if m else None
    if field == "place":  # 发表于内蒙古 (a WeChat post's province), 来自 微博视频号 (a post's client)
        if v["datetime_re"].match(t, _skip(t, j)) or _SHORT_DATE_RE.match(t, _skip(t, j)):
            # 发布于 2023-08-30, 发表于 07-11-06 09:12 (a BBS's two-digit year): when, not where
            return _value(t, j, "date", v, strict)
        m = re.compile(rf"[{HAN_CLASS}A-Za-z0-9]{{2,12}}").match(t, j)
        return (m.end(), [("chrome", m.group(0))]) if m else None
    if field in ("title", "kicker", "subtitle"):  # 留言标题：… a letter's own title, up to the next label
        nxt = next((x for x in v["label_re"].finditer(t, j) if x.group("colon")), None)
        end = nxt.start() if nxt else len(t.rstrip())
        if field != "title" and not t[j:end].strip():
            return end, [("chrome", t.strip())]  # 副题： left empty in a piece's fields
        return (end, [(field, t[j:end].strip())]) if t[j:end].strip() else None
    if field in ("info", "number", "area", "work_credit"):  # (work_credit: 作词：某某; area: a ticket's 所属区域) a government page's information table (a form's number): up to the next label
        nxt = next((x for x in v["label_re"].finditer(t, j) if x.group("colon")), None)
        end = nxt.start() if nxt else len(t.rstrip())
        gap = re.compile(r"[ \u3000]{2,}").search(t, j, end)
        if gap and v["datetime_re"].match(t, gap.end()):
            end = gap.start()  # 主办：某某中学德育处　　2023年10月20日: the date is a field of its own
        value = t[j:end].strip()
        if value[-1:] in ("，", ",", "；", ";", "、"):  # 填报单位：某某办，填报日期：…: the separator is the line's
            end, value = j + len(t[j:end].rstrip()) - 1, value[:-1].strip()
        if value and value[-1] in "）)" and not re.search(r"[（(]", value):
            end, value = j + t[j:end].rstrip().rfind(value[-1]), value[:-1].strip()  # （作者单位：某区文联）: the bracket is the line's
        dated = url_date(value) if field == "info" else None
        return (end, [(field, value)] + ([("date", dated)] if dated else [])) if value else None
    if field == "notice":  # 平台声明：该文观点仅代表作者本人…: the platform's words, to the line's end
        return (len(t), [("chrome", t[j:].strip())]) if t[j:].strip() else None
    if field == "weather":  # 天气：晴, 气温：26—34℃: the day's weather on a log or a notice, kept as chrome
        m = re.compile(r"[^\s，。；,;]{1,12}").match(t, j)
        return (m.end(), [("chrome", t[j:m.end()])]) if m else None
    if field == "chrome":  # a count (阅读：2.1万+) or a file's size (大小：1021K, 2.3MB)
        m = re.compile(r"\d[\d,.]*\s*(?:[万千]|[KMG]i?B?(?![A-Za-z])|[kmg]b(?![A-Za-z]))?\+?").match(t, j)
        return (m.end(), [("chrome", t[j:m.end()])]) if m else None
    return None


# a news site's address carries the day it published the page: /2014-09/25/, /201409/25/,
# /2014/0925/, /20140925/, content_20140925 (a date that is not a real day is none)
_URL_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/]?(0[1-9]|1[0-2])[-/]?([0-2]\d|3[01])(?!\d)")


def url_date(value: str) -> str | None:
    """The publication day in a page's address (原文地址：http://…/2014-09/25/content_1.htm).

    >>> url_date("http://www.example.cn/news/2014-09/25/content_1460382.htm")
    '2014-09-25'
    >>> url_date("http://www.example.cn/a/20230315/art_12.html"), url_date("http://x.cn/a/12345.htm")
    ('2023-03-15', None)
    """
    import datetime
    if not re.match(r"(?:https?://|www\.)", value.strip()):
        return None
    path = value.strip().split("/", 3)[-1] if value.startswith("http") else value.split("/", 1)[-1]
    for m in _URL_DATE_RE.finditer(path):
        try:
            return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            continue
    return None


def meta_start(text: str) -> int | None:
    """Where the meta part of a line starts (0: the whole line is meta), or None.

    >>> t = "琼海交出高颜值“成绩单”发布时间：2023-11-25 09:20"
    >>> t[meta_start(t):]
    '发布时间：2023-11-25 09:20'
    >>> meta_start("资金来源于财政拨款，用于改造。") is None
    True
    >>> meta_start("该项目名称：城市书房") is None, meta_start("民生关注") is None
    (True, True)
    """
    v = vocabulary()
    t = text.rstrip()
    if not t.strip():
        return None
    lead = len(t) - len(t.lstrip())
    hm = re.match(r"\s*#+\s*", t)
    if hm and _is_meta_whole(t[hm.end():], v):
        return lead  # a masthead marked as a heading by the converter: # 沧州日报
    if _is_meta_whole(t[lead:], v):
        return lead
    if re.search("[。！？]$", t) is None or "（" in t or "(" in t:
        cands = set()
        for rx in (v["label_re"], v["datetime_re"], v["chrome_re"]):
            for m in rx.finditer(t, lead + 1):
                if rx is v["label_re"] and len(m.group("label")) == 1 and not m.group("colon"):
                    continue  # (文 in 文明办, 图 in 地图: a one-character label counts with its colon only)
                cands.add(m.start())
        for m in re.finditer(r"[（(【\[|｜_]|--", t):
            if m.start() > lead:
                cands.add(m.start())
        line_start_only = set(v.get("labels_at_line_start") or [])
        for p in sorted(cands):
            if p - lead < 2:
                continue
            lm = v["label_re"].match(t, p)
            if lm and lm.group("label") in line_start_only:
                continue
            if lm and t[p - 1] in "/／·・•":
                continue  # 文/图：刀玉芳, 文·图 | 某某: one credit, not 文/ and a label 图：
            if ((t[p] in "（(" or t[p - 1] in "（(") and _LIST_ITEM_RE.match(t, lead)
                    and t.rstrip()[-1:] in "）)" and "（" not in t[p + 1:] and "(" not in t[p + 1:]):
                continue  # 1. 颍水千年 文明向未来（作者：某某，安徽合肥）: a listed entry's own credit
            if t[p] == "_" and t[:p].rstrip("_")[-1:] in ("：", ":", "）", ")"):
                continue  # 负责人（签字）：__________: a form's blank to fill in, no rule
            if not lm and t[lead:p].rstrip().endswith(tuple(v.get("date_clause_words") or ())):
                continue  # （截至2019年4月）: the date a clause is about, no date line of the page
            if not lm and re.match(r"[—\-－–~～至到]", t[p - 1]) and t[:p].count("（") + t[:p].count("(") > t[:p].count("）") + t[:p].count(")"):
                continue  # （2019年10月—2020年9月）: a span's end inside its bracket, no date line of its own
            cm = v["chrome_re"].match(t, p)
            if cm and not lm and len(cm.group(0)) <= 4 and (re.match(_HAN, t[p - 1]) or t[p - 1].isalpha()):
                continue  # 民生关注, 值得关注, 快来为TA点赞: a short chrome word run into words is a word
            if _is_meta_whole(t[p:], v, glued=True):
                return p
    return None


# an item's number alone on its line: 01, 02 … or (1), (2) …
_ITEM_NUMBER_LINE_RE = re.compile(r"0([1-9])|[（(]([1-9][0-9]?)[）)]")
# words that count what a number before them counts (3 个 人 is a count, not page 3's name)
_MEASURE_WORDS = frozenset("个名人户位次元万件处项条家所座支")
# a name set letter-spaced, two to eight characters (综 合, 市 县 传 真)
_LETTER_SPACED_NAME_RE = re.compile(r"(?:[\u4e00-\u9fff][ \u3000]){1,7}[\u4e00-\u9fff]")
# a page's name set letter-spaced, a wide gap, the page's number (市 县 传 真          4)
_SECTION_THEN_PAGE_RE = re.compile(rf"({_LETTER_SPACED_NAME_RE.pattern})[ \u3000]{{4,}}(\d{{1,2}})")
@functools.lru_cache(maxsize=1)
def _ORG_VALUE_RE() -> re.Pattern:  # noqa: N802 - a compiled pattern, built from data once
    """An organisation's name as a field's whole value (县文化馆, 某某有限公司: page_meta.yaml
    organisation_suffixes of two characters or more), up to a space or the line's end."""
    sufs = sorted((x for x in vocabulary()["organisation_suffixes"] if len(x) >= 2), key=len, reverse=True)
    return re.compile(rf"{_HAN}{{1,20}}?(?:{'|'.join(map(re.escape, sufs))})(?=[\s\u3000]|$)")


# an app's name ending in a plus, alone on its line (南方+)
_APP_PLUS_RE = re.compile(r"[\u4e00-\u9fff]{2,6}[+＋]")


# a site's name after a separator closing a page's <title> line, maybe after the channel's
# (标题_某某新闻网, 标题 | 某某网, 标题_地方_某某网, 标题--湖南频道--人民网)
_SITE_TITLE_TAIL_RE = re.compile(r"^(?:(?:--|[_|｜])\s*(?P<channel>[^_|｜\s，。-]{1,6})\s*)?(?:--|[_|｜])\s*(?P<site>[^_|｜-]+)$")


def _site_title_tail(t: str) -> tuple[tuple[str, str], ...] | None:
    """The tail cut off a page's <title> line (--湖南频道--人民网): the channel, then the site."""
    m = _SITE_TITLE_TAIL_RE.match(t)
    if not (m and t.startswith("--") and vocabulary()["outlet_re"].fullmatch(m.group("site").strip())):
        return None
    return ((("chrome", m.group("channel")),) if m.group("channel") else ()) + (("outlet", m.group("site").strip()),)


def _is_meta_whole(s: str, v: dict, glued: bool = False) -> bool:
    s = s.strip()
    if not s:
        return False
    if glued:
        # a separator before a site name (标题_某某新闻网, 标题 | 某某网), maybe after
        # the channel's name (标题_地方_某某网: the page's <title> line)
        # (or two hyphens, a portal's <title>: 标题--湖南频道--人民网)
        m = _SITE_TITLE_TAIL_RE.match(s)
        if m and v["outlet_re"].fullmatch(m.group("site").strip()):
            return True
    if not glued and is_masthead(s, v):
        return True
    if re.fullmatch(r"[（(]\s*(?:[0-9]{4}[-/.年][^）)]*)[）)]", s) and lex_meta(s):
        return True
    fields = lex_meta(s, strict=glued)
    if not fields:
        return False
    kinds = {f for f, _ in fields}
    if (kinds <= {"author"} and not glued and not re.match(v["label_re"], s)
            and not _bracketed_field(s, False)  # 【记者】纳海燕: a labelled field, no bare byline
            and not any(f.match(s) for f in v["export_forms"] + v["export_forms_last"])):
        return False  # bare names are a byline, not meta (Author-作者：… is a field)
    return True


# a line in a list of links: a title, not a sentence
RELATED_LINK_MAX = 40


def _related_links(units) -> set[int]:
    """Indexes of a list of links to other pieces at a web copy's foot: the line
    相关推荐 (data/page_meta.yaml related_heads) and the short lines after it that
    end no sentence, up to the first that does."""
    v = vocabulary()
    heads = set(v.get("related_heads") or [])
    comments = set(v.get("comment_heads") or [])
    count_head = re.compile(v["comment_count_head"]) if v.get("comment_count_head") else None
    out: set[int] = set()
    for k, u in enumerate(units):
        head = re.sub(r"[：:]$|[（(][0-9]+[）)]$", "", u.text.strip())  # 相关新闻：, 网友评论（3）
        if u.kind:
            continue
        # (a counter bar ending with the comments' count, 点赞 126    评论（8）, opens them too)
        last = re.split(r"[ \u3000]{2,}", u.text.strip())[-1]
        if head in comments or (count_head and (count_head.match(u.text.strip())
                                                or (last != u.text.strip() and count_head.match(last)))):
            out.update(range(k, len(units)))  # readers' comments run to the foot of the page
            break
        if head not in heads:
            continue
        out.add(k)
        for j in range(k + 1, len(units)):
            t = units[j].text.strip()
            if units[j].kind or len(t) > RELATED_LINK_MAX or re.search("[。！？]$", t) or _printed_whole(units, j):
                break
            out.add(j)
    return out


def _reference_list(units) -> set[int]:
    """Indexes of a list of works cited at the foot of a paper or an encyclopedia entry: the
    head 参考文献 (data/page_meta.yaml reference_heads) and the numbered entries after it
    ([1] 某某.题名[J].刊名,2019(8):12-18.), up to the first line that is no entry. Other
    works' titles, years and pages: never this piece's text or facts."""
    v = vocabulary()
    heads = set(v.get("reference_heads") or [])
    entry = re.compile(v["reference_entry"])
    out: set[int] = set()
    for k, u in enumerate(units):
        if u.kind or re.sub(r"[：:\s]+$", "", u.text.strip()) not in heads:
            continue
        items = []
        for j in range(k + 1, len(units)):
            if units[j].kind or not entry.match(units[j].text.strip()):
                break
            items.append(j)
        if items:
            out.update([k] + items)
    return out


def _printed_whole(units, j: int) -> bool:
    """Is the line at `j`, in a list of related pieces, the title of one printed whole: its
    date line (2023年05月29日 09:15 来源：… 作者：…) under it and its text after that?"""
    if j + 1 < len(units) and _whole_text(units[j + 1].text):
        return True  # (its text right under it, a sentence or more: 相关阅读 / 某县表彰… / 某县日前…。)
    if j + 2 >= len(units):
        return False
    fields = {f for f, _v in (lex_meta(units[j + 1].text.strip()) or ())}
    text = units[j + 2].text.strip()
    # (or its own time alone under it, 2023-06-01 16:02, over its text)
    return "date" in fields and (bool(fields & {"source", "author"}) or _whole_text(text)) and (
        len(text) > RELATED_LINK_MAX or bool(re.search("[。！？]$", text)))


# A related piece's text printed whole under its title holds at least this many Han characters
# (a link's one-line summary is shorter).
RELATED_TEXT_MIN_HAN = 30


def _whole_text(text: str) -> bool:
    """Is `text` a piece's text: sentences ending with a sentence's mark, long enough?"""
    t = text.strip()
    return bool(re.search("[。！？]$", t)) and len(re.findall(_HAN, t)) >= RELATED_TEXT_MIN_HAN


def _unbulleted(text: str) -> str:
    return re.sub(r"^[·•●○◆◇■□▪▶>\-]+\s*", "", text.strip())


def _contents_box(units) -> set[int]:
    """Indexes of a front page's box of contents: a head (本期导读, data/page_meta.yaml
    contents_heads) and the lines after it that end in a page reference (2版, A3), or
    contents_min_items such lines in a row without a head. Headlines of other pages,
    not text of this one."""
    v = vocabulary()
    heads = set(v.get("contents_heads") or [])
    item = re.compile(v["contents_item"])
    leader = re.compile(v["contents_leader_item"]) if v.get("contents_leader_item") else None
    page_last = re.compile(v["contents_leader_page_last"]) if v.get("contents_leader_page_last") else None
    column = v.get("contents_column_max_chars") or 0

    def led(t: str) -> bool:
        return any(r is not None and r.match(t) for r in (leader, page_last))

    def is_item(u) -> bool:
        t = u.text.strip()
        if not u.kind and led(t):
            return True  # 12  某某：“车都”也要… ………… 张三, 某某的通知…………（9）: a contents line
        return not u.kind and len(t) <= RELATED_LINK_MAX and bool(item.search(t)) and not re.search("[。！？]", t)

    def column_in_box(j: int) -> bool:
        """卷首语 between a magazine's contents lines: a column's name, an item follows."""
        t = re.sub(r"^[【\[〔]|[】\]〕]$", "", units[j].text.strip())
        return (not units[j].kind and 0 < len(t) <= column and re.fullmatch(f"[{HAN_CLASS}]+", t) is not None
                and j + 1 < len(units) and led(units[j + 1].text.strip()))

    titles = set(v.get("title_list_heads") or [])
    out: set[int] = _headless_title_list(units, v)
    k = 0
    while k < len(units):
        label = re.sub(r"^[■●◆▶【\[〔]+|[】\]〕:：]+$", "", units[k].text.strip()).replace(" ", "").replace("\u3000", "")
        if not units[k].kind and label in titles:
            # (the list ends where a headline it lists is printed again: the article's own title,
            # · 梨树：黑土地上… in the list, 梨树：黑土地上… over its byline)
            seen: set[str] = set()
            j = k + 1
            while (j < len(units) and not units[j].kind and (units[j].gap == 0 or j == k + 1)
                   and len(units[j].text.strip()) <= RELATED_LINK_MAX and _unbulleted(units[j].text) not in seen
                   and not re.search("[。！？]", units[j].text)):
                seen.add(_unbulleted(units[j].text))
                j += 1
            out.update(range(k, j))
            k = j
            continue
        headed = not units[k].kind and label in heads
        if headed:
            sections = _section_contents(units, k)
            if sections:
                out.update(range(k, sections))
                k = sections
                continue
        j = k + 1 if headed else k
        while j < len(units) and (is_item(units[j]) or (headed and column_in_box(j))):
            j += 1
        if (headed and j > k + 1) or j - k >= v["contents_min_items"]:
            out.update(range(k, j))
            k = j
        else:
            k += 1
    return out


def _headless_title_list(units, v: dict) -> set[int]:
    """Indexes of an e-paper page's list of its headlines printed without a head: a run of
    bulleted short lines (◆平鲁区：… / ◆偏关县：…, data/page_meta.yaml title_list_bullets), each
    printed again later on a line of its own, over its article. The list repeats the titles;
    it is no text (dropping the headlines as repeats of it lost every split)."""
    bullets = v.get("title_list_bullets") or ""
    least = v.get("title_list_min_items") or 2
    if not bullets:
        return set()
    # each line's text once, with the last index it stands at (one pass: linear in the page)
    last_at: dict[str, int] = {}
    marks = "".join(data_file("layout.yaml").get("section_marks") or ())
    for k, u in enumerate(units):
        # (printed again under a post's section bar: ▍大连湾街道…)
        t = u.text.strip().lstrip(marks).strip() if marks else u.text.strip()
        if not u.kind and 0 < len(t) <= RELATED_LINK_MAX:
            last_at[t] = k
    heads = set(v.get("contents_heads") or ()) | set(v.get("title_list_heads") or ())
    out: set[int] = set()
    k = 0
    while k < len(units):
        j = k
        while j < len(units):
            t = units[j].text.strip()
            bare = t.lstrip(bullets).strip()
            if (units[j].kind or not t or t[0] not in bullets or len(t) > RELATED_LINK_MAX or not bare
                    or re.search("[。！？]", t) or last_at.get(bare, -1) <= j):
                break
            j += 1
        if j - k >= least:
            out.update(range(k, j))
            if k and not units[k - 1].kind and re.sub(r"\s+", "", units[k - 1].text) in heads:
                out.add(k - 1)  # 今日导读 over the list: its head
        k = max(j, k + 1)
    return out


# an entry of a report's, an encyclopedia entry's or a slide deck's table of contents: its
# section's number or bullet, then the section's name (1 创建历程, 01 基本情况, ▪ 志愿服务)
_SECTION_ITEM_RE = re.compile(r"^(?:\d{1,2}\s*[.、．]?\s*|[▪•·◦●○■□◆◇]\s*)(?P<name>[^\s。！？，；：:]{2,20})$")


def _section_contents(units, k: int) -> int | None:
    """The end (exclusive) of a table of contents of the piece's own sections under the head
    at k (目录 / 1 创建历程 / 2 主要举措 / ▪ 志愿服务): numbered or bulleted names, at least
    two, most of which head a section further down the page (a line that is the name, or
    begins with its number and name). None when the lines are no such list."""
    j = k + 1
    names = []
    while j < len(units) and not units[j].kind:
        m = _SECTION_ITEM_RE.match(units[j].text.strip())
        if not m:
            break
        names.append((units[j].text.strip(), m.group("name")))
        j += 1
    if len(names) < 2:
        return None
    later = [re.sub(r"\s+", " ", u.text.strip()) for u in units[j:] if not u.kind]
    found = sum(1 for item, name in names
                if any(t == name or t == re.sub(r"\s+", " ", item) or (t.startswith(item) and len(t) > len(item))
                       for t in later))
    return j if found * 2 > len(names) else None


# a slide's bullet point (• 新建改建公厕 41座)
_DECK_BULLET_RE = re.compile(r"^[•▪◦●○■□◆◇►▶➢✓✔\-–]\s*\S")


def _slide_deck(units) -> tuple[set[int], set[int]]:
    """(indexes of a slide deck's slide markers and title-slide furniture, indexes of its
    numbered section heads).

    Text taken out of a presentation prints each slide's number on a line of its own
    (幻灯片 3, data/page_meta.yaml deck_slide_marker); with at least deck_min_slides of them the
    page is a deck: the markers are furniture, and a line opening a slide with a section's
    number and name (01 基本情况, 02 主要做法——补短板) is that section's head, not a
    newspaper's page and its name."""
    v = vocabulary()
    markers = {k for k, u in enumerate(units) if not u.kind and v["deck_slide_re"].fullmatch(u.text.strip())}
    if len(markers) < v["deck_min_slides"]:
        return set(), set()
    heads = {k + 1 for k in markers if k + 1 < len(units) and not units[k + 1].kind
             and re.fullmatch(r"\d{1,2}\s+\S.{0,30}", units[k + 1].text.strip())}
    # the title slide: its first line is the deck's title; who presents it and the month under
    # it are the slide's furniture (a report's month is no publication date)
    first = min(markers)
    nxt = min((k for k in markers if k > first), default=len(units))
    if all(u.kind or not u.text.strip() for u in units[:first]):
        lines = [k for k in range(first + 1, nxt) if not units[k].kind and units[k].text.strip()]
        markers |= set(lines[1:])
    return markers, heads


def _correction(units) -> set[int]:
    """Indexes of a correction box: its head (更正, data/page_meta.yaml correction_heads,
    letter-spaced or not) and the lines under it up to the next blank line."""
    heads = set(vocabulary().get("correction_heads") or [])
    out: set[int] = set()
    for k, u in enumerate(units):
        label = re.sub(r"[\s\u3000■●◆【】\[\]〔〕]", "", u.text)
        if u.kind or label not in heads:
            continue
        out.add(k)
        for j in range(k + 1, len(units)):
            if units[j].gap > 0 and j > k + 1:
                break
            out.add(j)
    return out


# An AI summary box holds at most this many lines between its head and its disclaimer.
AI_SUMMARY_MAX_LINES = 6


def _ai_summary(units) -> set[int]:
    """Indexes of a platform's machine-written summary box: its head (AI摘要, data/page_meta.yaml
    ai_summary_heads), the summary and the disclaimer closing it (以上内容由AI生成，仅供参考:
    ai_summary_ends); without a disclaimer, the head and the one line under it. The app's
    words, not the outlet's text, never the title."""
    v = vocabulary()
    heads, ends = set(v.get("ai_summary_heads") or []), tuple(v.get("ai_summary_ends") or ())
    out: set[int] = set()
    for k, u in enumerate(units):
        if u.kind or re.sub(r"[\s\u3000:：■●◆【】\[\]]", "", u.text) not in heads:
            continue
        last = k + 1
        for j in range(k + 1, min(len(units), k + 2 + AI_SUMMARY_MAX_LINES)):
            if units[j].text.strip().startswith(ends):
                last = j
                break
        out.update(range(k, min(last, len(units) - 1) + 1))
    return out


def _account_card(units) -> set[int]:
    """Indexes of the units that make a WeChat account's card (data/page_meta.yaml
    `account_card`): the count line, the kind line after it, and the name and
    introduction lines before it."""
    card = vocabulary().get("account_card")
    if not card:
        return set()
    count = re.compile(card["count_line"])
    kinds = set(card.get("kind_lines") or [])
    intro_ends = tuple(card.get("intro_ends") or ())
    out: set[int] = set()
    for k, u in enumerate(units):
        t = u.text.strip()
        if (intro_ends and not u.kind and t.endswith(intro_ends) and len(t) <= card["max_intro_chars"]
                and not re.search(r"[，。！？；,!?;0-9]", t)):  # (2023-10-12 17:46·某某官方账号 is a date line)
            out.add(k)  # 某某县融媒体中心官方账号: the account's introduction, alone
            continue
        if u.kind or not count.match(t):
            continue
        out.add(k)
        if k + 1 < len(units) and units[k + 1].text.strip() in kinds:
            out.add(k + 1)
        before = [j for j in (k - 1, k - 2) if j >= 0 and not units[j].kind]
        if before and len(units[before[0]].text.strip()) <= card["max_intro_chars"]:
            out.add(before[0])
            if len(before) > 1 and len(units[before[1]].text.strip()) <= card["max_name_chars"] \
                    and not re.search("[。！？]$", units[before[1]].text.strip()):
                out.add(before[1])
    return out


def _masthead_above_date(text: str, nxt) -> bool:
    """A short outlet's name alone at the top of the page with the date on the
    line under it (香港文汇报 / 2023年10月20日（星期五）) is the masthead, whatever its
    suffix (a bare 报 is too weak alone: 情况通报); so is a paper named 今日 and its
    place (今日长清, data outlet_prefixes). Its Latin name and a line of who runs and
    publishes it may stand between (JINRI CHANGQING / 中共某某区委主办 …)."""
    v = vocabulary()
    t = re.sub(r"[ \u3000]+", "", text.strip())
    # (某某中学 创城简报: a newsletter's name set in two words, its publisher's and its own)
    most = v["max_masthead_name_chars"] + 3 if t == text.strip() else v.get("max_two_word_masthead_chars", 0)
    prefixed = v["prefixed_outlet_re"] is not None and v["prefixed_outlet_re"].match(t)
    first = next((u for u in nxt if u.text.strip()), None)
    # (文 明 松 北: a scan's OCR spaces a masthead's big characters one by one)
    spaced = bool(re.fullmatch(f"[{HAN_CLASS}](?: [{HAN_CLASS}]){{1,7}}", text.strip()))
    issue = (first.text.strip() if first is not None else "")
    parts = re.split(r"\s{2,}|\u3000+", issue)
    if len(parts) == 2 and (v["publisher_re"].fullmatch(parts[1])
                            or any(f == "date" for f, _ in lex_meta(parts[1]) or [])):
        issue = parts[0]  # 2020年第4期    某某区文明办编印 (or 2023年8月15日出版): the issue, then who prints it or when
    if (first is not None and not first.kind and (t == text.strip() or spaced) and re.fullmatch(f"[{HAN_CLASS}]{{2,8}}", t)
            and re.fullmatch(rf"(?:{v['journal_issue']})(?:\s*[（(]总第\s*\d{{1,4}}\s*期[）)])?", issue)):
        return True  # 某某江西 / 2019年第6期: a magazine's name over its issue, whatever its suffix
    if len(t) > most or not (v["outlet_re"].fullmatch(t) or prefixed):
        return False
    for u in nxt:
        if u.kind:
            return False
        fields = lex_meta(u.text) or []
        if any(f == "date" for f, _ in fields):
            return True
        if v["breadcrumb_re"].match(u.text.strip()) and re.search("[>＞»→]", u.text):
            return True  # 中国政府采购网 / 首页 >> 地方公告 >> …: a site's name over where on it the page is
        if fields and all(f in ("chrome", "info") for f, _ in fields):
            continue  # 2023年第6期（总第18期） / 主办：…: the issue, who runs it, between the name and the date
        if not (latin_only(u.text.strip()) or v["publisher_re"].match(u.text.strip())):
            return False
    return False


_SENTENCE_END_RE = re.compile(r"[。！？!?…]$")


# a Latin line ending a sentence with this many words or more is text, not a name in English
ENGLISH_SENTENCE_MIN_WORDS = 4


def _spelled_in_pinyin(han: str, latin: str) -> bool:
    """Is `latin` the pinyin of `han` (资中报 / ZIZHONG BAO, 团结报 / TUANJIE BAO), letters only?"""
    from pypinyin import lazy_pinyin

    h = re.sub(r"\s+", "", han.strip())
    if not h or not re.fullmatch(f"[{HAN_CLASS}]{{2,12}}", h):
        return False
    return "".join(lazy_pinyin(h)).lower().replace("ü", "v") == re.sub(r"[^a-z]", "", latin.lower())


def _english_name_under(u: Unit, before: list[Unit]) -> bool:
    """A line in Latin script only, printed right under a masthead or a
    headline (no blank line between): the outlet's or the title's English
    name (Pudong Times · Community; Foreign volunteers join …), not text."""
    t = u.text.strip()
    if u.gap != 0 or not before or not latin_only(t) or lex_meta(t):
        return False  # (a web address and its date, http://… 2024-07-10 00:12, is meta: read it)
    if re.search(r"[a-z][.!?]$", t) and len(t.split()) >= ENGLISH_SENTENCE_MIN_WORDS:
        return False  # (【英文提示】 / Please offer your seat to those in need.: a sentence, text)
    above = before[-1]
    if above.kind in ("meta", "furniture"):
        return True
    a = above.text.strip()
    return (not above.kind and bool(re.search(f"[{HAN_CLASS}]", a)) and len(a) <= 40
            and not _SENTENCE_END_RE.search(a.rstrip("”’」』")) and not re.search("[，,；;]$", a))


# a page's number and its section's name on a line of their own in a masthead (3 综合, A2 要闻)
# a printed document's page number between dashes, alone on its line: — 1 —, - 2 -, －3－
# (a scan's OCR reads the dashes as 一 on both sides: 一 3 一)
# (or a word processor's page break with its number: ————第 2 页————, 第 2 页 共 9 页)
# (a book's or gazette's folio between middle dots: ·9·, · 10 ·)
_PAGE_FOOT_RE = re.compile(r"[—\-－–]{1,2}\s*\d{1,3}\s*[—\-－–]{1,2}|一\s*\d{1,3}\s*一|[·•・]\s*\d{1,4}\s*[·•・]"
                           r"|[—\-－–=＝]*\s*第\s*\d{1,4}\s*页(?:\s*[，,/／]?\s*共\s*\d{1,4}\s*页)?\s*[—\-－–=＝]*")
# an official document's number alone on its line: 某创指〔2023〕7号, 某政发[2022]12号
# (or the issuing office and the number set apart by spaces: 某某区人民政府办公室　　〔2023〕12号)
_DOCUMENT_NUMBER_RE = re.compile(r"(?:[\u4e00-\u9fff]{2,30}[ \u3000]+[\u4e00-\u9fff]{0,10}[〔\[［]|[\u4e00-\u9fff]{1,10}[〔\[［(（])"
                                 r"\d{4}[〕\]］)）]\s*第?\d{1,4}号")
_PAGE_AND_SECTION_RE = re.compile(rf"(?:[A-Z]?\d{{1,2}})[ \u3000]+{_HAN}{{2,6}}|{_HAN}{{2,6}}[ \u3000]+[A-Z]?\d{{1,2}}")
# a magazine's running head at the top of each page: its name (set apart as its masthead over the
# first page), the issue's year and month, the column (当代某某  2019·6        特别关注)
_ISSUE_RUNNING_HEAD_RE = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,8})[ \u3000]{2,}(?P<y>(?:19|20)\d{2})\s*[·．.]\s*(?P<m>0?[1-9]|1[0-2])"
    r"(?:[ \u3000]{2,}(?P<col>[\u4e00-\u9fff]{2,8}))?")
# a masthead printed line by line has at most this many lines
MASTHEAD_LINES = 8
# a page's section name printed on a line of its own under the page number (第2版 / 综合新闻)
SECTION_NAME_MAX = 6


def _section_under_page(u: Unit, before: list[Unit]) -> bool:
    """A short line right under a masthead line that ends with the page number, the
    masthead printed line by line (黄山日报 / 2024年1月12日 / 星期五 / 第2版 / 综合新闻)."""
    t = u.text.strip()
    if u.gap != 0 or not before or len(before) > MASTHEAD_LINES or any(x.kind not in ("meta", "furniture") for x in before):
        return False
    above = before[-1].text.strip()
    fields = lex_meta(above) or ([("page", above)] if _PAGE_NO_RE.fullmatch(above) else [])  # (5 / 市州新闻)
    return (bool(fields) and fields[-1][0] == "page" and 2 <= len(t) <= SECTION_NAME_MAX
            and bool(re.fullmatch(f"[{HAN_CLASS}·]+", t)) and not _masthead_name(t))


def _in_masthead_stack(u: Unit, before: list[Unit]) -> bool:
    """Is `u` a line of a masthead printed one field a line (pdftotext without -layout: 2017 年
    11 月 24 日 / 编辑 … / 要闻 / YUNYANG BAO / 3 / 某某报): right under lines all read as meta
    or furniture, one of them the page's date, within MASTHEAD_LINES of the top?"""
    if u.gap != 0 or not before or len(before) > MASTHEAD_LINES or any(x.kind not in ("meta", "furniture") for x in before):
        return False
    return any(f == "date" for x in before for f, _ in (lex_meta(x.text.strip()) or []))


def _masthead_name(t: str) -> bool:
    """A short line shaped like an outlet's name (某某日报, 某某侨乡报): a masthead, not a section."""
    v = vocabulary()
    t = t.strip()
    return len(t) <= v["max_masthead_name_chars"] + 3 and bool(v["outlet_re"].fullmatch(t) or is_masthead(t, v))


def _account_over_post(text: str, nxt) -> bool:
    """An account's name first on a copied post, over the post's headline and its header line
    marked original (文明青云谱 / headline / 原创　青云谱区文明办　2020-05-28 10:12): the account
    the post is from, never a kicker of the headline."""
    t = text.strip()
    rest = [u for u in nxt if u.text.strip()]
    if len(rest) < 2 or not re.fullmatch(f"[{HAN_CLASS}]{{2,10}}", t) or lex_meta(rest[0].text.strip()):
        return False
    fields = lex_meta(rest[1].text.strip()) or []
    return rest[1].text.strip().startswith(("原创", "首发")) and any(f == "date" for f, _ in fields)


def _site_name_over_page(text: str, nxt) -> bool:
    """A site's name alone first on the page: an office's own name over where on its
    site the page is (某某市财政局 / 当前位置：首页 > …), or a site's name (data
    site_over_title_suffixes: 某某文明网) over the title and the title's publication line
    (发布时间：… 来源：…). The site, the outlet of the page, never the title."""
    v = vocabulary()
    t = re.sub(r"[ \u3000]+", "", text.strip())
    if not re.fullmatch(f"[{HAN_CLASS}]{{3,{v['max_outlet_chars']}}}", t):
        return False
    rest = [u for u in nxt if u.text.strip()]
    if not rest or rest[0].kind:
        return False
    first = rest[0].text.strip()
    if (first in set(v.get("site_home_words") or ()) and v["outlet_re"].fullmatch(t)
            and _nav_menu(list(nxt))):
        return True  # 大公文汇网 / 首页 / 香港 / 内地 …: the site's name over its menu
    if (v["breadcrumb_re"].match(first) and re.search("[>＞»→]", first)) or _BARE_CRUMB_RE.fullmatch(first):
        orgs = sorted(v["organisation_suffixes"], key=len, reverse=True)
        name = t[:-2] if t.endswith("网站") else t  # (某某区人民政府网站: the office's site)
        return any(name.endswith(s) and len(name) >= len(s) + 2 for s in orgs)
    sites = tuple(v.get("site_over_title_suffixes") or ())
    brand = app_brand_name(t)
    # (or an office's name, 某某区新时代文明实践中心, over the title and its publication line: its site)
    office = len(t) >= 6 and t.endswith(tuple(x for x in v["organisation_suffixes"] if len(x) >= 2))
    if not ((sites and t.endswith(sites) and v["outlet_re"].fullmatch(t)) or brand or office) or len(rest) < 2 or rest[1].kind:
        return False
    if lex_meta(first) or len(first) > RELATED_LINK_MAX or _SENTENCE_END_RE.search(first):
        return False
    under = rest[1].text.strip()
    # (an app's brand is read over its byline too: 某某观察 / title / 记者｜张三  通讯员｜李四)
    wanted = ("date", "author") if brand else ("date",)
    return meta_start(under) == 0 and any(f in wanted for f, _ in (lex_meta(under) or []))


def app_brand_name(text: str) -> bool:
    """A provincial app's name by its brand word (某某观察, data: app_brand_suffixes): an
    outlet only standing alone first on the page over a title and its byline."""
    t = re.sub(r"[ \u3000]+", "", text.strip())
    v = vocabulary()
    brands = tuple(v.get("app_brand_suffixes") or ())
    return bool(brands) and t.endswith(brands) and bool(re.fullmatch(f"[{HAN_CLASS}]{{4,{v['max_outlet_chars']}}}", t))


def _masthead_under_date(u: Unit, before: list[Unit]) -> bool:
    """An outlet's name on a line of its own below the page's date or page line, the
    masthead printed last (2025年4月10日 星期四 / 第1版 / 某某日报): the masthead."""
    if not before or len(before) > MASTHEAD_LINES or any(x.kind not in ("meta", "furniture") for x in before):
        return False
    if not _masthead_name(u.text):
        return False
    return any(f in ("date", "page") for x in before for f, _ in (lex_meta(x.text.strip()) or []))


def _other_script_name_above(u: Unit, before: list[Unit], nxt) -> bool:
    """A line in another script only (no Han: Uyghur, Mongolian, Tibetan, Latin),
    first on the page, right above the masthead: the outlet's name in that script."""
    t = u.text.strip()
    if len(before) > MASTHEAD_LINES or any(not x.kind == "meta" for x in before) or not nxt or nxt[0].gap != 0 \
            or re.search(f"[{HAN_CLASS}]", t):
        return False
    letters = [ch for ch in t if ch.isalpha()]
    if len(letters) < 4 or lex_meta(t):
        return False  # (a line that reads as meta, an address with its date, stays meta)
    following = nxt[0].text.strip()
    return bool(lex_meta(following)) or is_masthead(following)


@functools.lru_cache(maxsize=1)
def _reporter_of_re() -> re.Pattern:
    """An outlet's name right before its reporter's role word (天目新闻记者, 某某日报首席记者:
    data/layout.yaml `byline_roles`)."""
    roles = "|".join(map(re.escape, sorted(data_file("layout.yaml")["byline_roles"], key=len, reverse=True)))
    return re.compile(f"(?P<org>[{HAN_CLASS}]{{2,12}}?)(?={roles})")


def _names_of_outlets(units: list[Unit]) -> set[str]:
    """The outlets and sources the page's meta lines name (昭阳发布 2021-09-17 18:32,
    来源：新海南客户端), with an app's or account's suffix taken off as well."""
    v = vocabulary()
    names: set[str] = set()
    for u in units:
        t = u.text.strip()
        if not t or len(t) > 80:
            continue
        fm = v["follow_prompt_re"].search(t)
        if fm:  # 关注“某某发布”: the account the page asks to follow
            names.add(fm.group("name").strip())
        for m in _reporter_of_re().finditer(t):  # (… 天目新闻记者 宣 佳: the outlet its reporter is of)
            name = m.group("org")
            j = next((j for j in range(len(name) - 1) if v["outlet_re"].fullmatch(name, j)), None)
            if j is not None:
                names.add(name[j:])
        for f, val in lex_meta(t) or []:
            if f in ("outlet", "source"):
                names.add(val)
            if f == "chrome" and len(val) <= v["max_account_line_chars"] and v["outlet_re"].fullmatch(val):
                names.add(val)  # (澎湃号·政务 > 某某发布: the account's name, a breadcrumb's last item)
            if f in ("outlet", "source", "chrome"):  # (…18:36·新余渝水发布官方账号: the account)
                for suffix in v["account_name_suffixes"]:
                    if val.endswith(suffix) and len(val) > len(suffix) + 1:
                        names.add(val[:-len(suffix)].strip("·• "))
    return names


def _site_over_channel(units) -> tuple[int, int] | None:
    """The page's first two lines when they are a site's or app's name (an outlet's, data
    `outlet_suffixes`) over its channel's short name (交汇点新闻 / 县区速递), right over the
    first item's date line or byline: (name's index, channel's index)."""
    v = vocabulary()
    text = [k for k, u in enumerate(units) if u.text.strip()][:3]
    if len(text) < 3 or any(units[k].kind for k in text[:2]):
        return None
    a, b, c = (units[k] for k in text)
    name, channel = re.sub(r"\s+", "", a.text), b.text.strip()
    prefixes = tuple(v.get("account_name_prefixes") or ())
    # (or an account named by its prefix and its place: 文明某省 / 各地动态 / 2022-03-18)
    account = bool(prefixes) and name.startswith(prefixes) and re.fullmatch(f"[{HAN_CLASS}]{{4,6}}", name) is not None
    if not (_name_line(a) and (v["outlet_re"].fullmatch(name) or account) and b.gap == 0
            and 2 <= len(channel) <= CHANNEL_LINE_MAX_CHARS and re.fullmatch(f"[{HAN_CLASS}]+", channel)):
        return None
    fields = [f for f, _ in lex_meta(c.text.strip()) or []]
    roles = data_file("layout.yaml")["byline_roles"]
    below = "date" in fields or (len(c.text.strip()) <= 30 and any(r in c.text for r in roles))
    return (text[0], text[1]) if below else None


# A site's channel under its name is a short name of at most this many characters (县区速递).
CHANNEL_LINE_MAX_CHARS = 6


def _account_name_line(u: Unit, outlets: set[str]) -> bool:
    """A short line that only repeats the name of an outlet or account a meta line
    of the same page names (昭阳发布 over the title, and 昭阳发布 2021-09-17 18:32
    under it): the account's name, never the title."""
    return (_name_line(u) and re.sub(r"\s+", "", u.text) in outlets
            and meta_start(u.text) is None)  # (a masthead line is meta itself)


def _answer_header(units) -> set[int]:
    """Indexes of a Q&A answer's header furniture (data/page_meta.yaml `answer_header`):
    the votes line and the answerer's introduction over it, when a short name line
    stands above the introduction (the name itself is the answer's byline)."""
    head = vocabulary().get("answer_header")
    if not head:
        return set()
    votes = re.compile(head["vote_line"])
    out: set[int] = set()
    for k, u in enumerate(units):
        if u.kind or not votes.match(u.text.strip()):
            continue
        out.add(k)
        before = [j for j in (k - 1, k - 2) if j >= 0 and not units[j].kind and units[j].text.strip()]
        if (len(before) == 2 and _name_line(units[before[1]]) and len(units[before[0]].text.strip()) <= head["max_intro_chars"]
                and not re.search("[。！？]$", units[before[0]].text.strip())):
            out.add(before[0])
            tags = [j for j in range(before[1] - 1, -1, -1) if units[j].text.strip()][:2]
            if (len(tags) == 2 and _topic_tags(units[tags[0]].text)
                    and all(f == "chrome" for f, _ in lex_meta(units[tags[1]].text.strip()) or [("", "")])):
                out.add(tags[0])  # 关注者 312　被浏览 8.6万 / 城市建设　文明城市: the question's topics
    return out


def _topic_tags(text: str) -> bool:
    """A row of short topic words set apart by spaces, no punctuation (城市建设　文明城市　崇左)."""
    words = [x for x in re.split(r"[ \u3000]+", text.strip()) if x]
    return len(words) >= 2 and all(len(x) <= 8 for x in words) and not re.search(r"[，。！？：,!?:；;0-9]", text)


def _episode_chapters(units) -> set[int]:
    """Indexes of an episode page's chapter marks (data/page_meta.yaml `episode_timeline_heads`,
    `episode_chapter_line`): the lines opening with a time right under the list's head."""
    v = vocabulary()
    heads = set(v.get("episode_timeline_heads") or ())
    line = re.compile(v.get("episode_chapter_line") or "(?!)")
    out: set[int] = set()
    for k, u in enumerate(units):
        if u.kind or u.text.strip() not in heads:
            continue
        j = k + 1
        while j < len(units) and not units[j].kind and line.match(units[j].text.strip()):
            out.add(j)
            j += 1
    return out


def _forum_furniture(units) -> set[int]:
    """Indexes of a forum thread's furniture (data/page_meta.yaml `forum_floor`): the first
    floor's line, the poster's handle and rank under it; every line from the second floor on
    (readers' replies). A thread's first floor is 1楼 or 楼主, with a handle under it."""
    v = vocabulary()
    rx = re.compile(v.get("forum_floor") or "(?!)")
    ranks = set(v.get("forum_ranks") or ())
    one_line = {k: f for k, u in enumerate(units) if not u.kind and (f := _one_line_floor(u.text.strip()))}
    floors = [k for k, u in enumerate(units) if not u.kind and (k in one_line or rx.fullmatch(u.text.strip()))]
    if not floors:
        return set()
    k0 = floors[0]
    if k0 in one_line:  # 楼主　某某　发表于 …: the handle and the time on the floor's own line
        if one_line[k0] not in ("1楼", "楼主"):
            return set()
        return {k0} | (_replies(units, floors[1:]) if len(floors) > 1 else set())
    if units[k0].text.strip() not in ("1楼", "楼主"):
        return set()
    handle = k0 + 1 < len(units) and _name_line(units[k0 + 1]) and units[k0 + 1].text.strip() not in ranks
    if not handle:
        return set()
    out = {k0, k0 + 1}
    if k0 + 2 < len(units) and units[k0 + 2].text.strip() in ranks:
        out.add(k0 + 2)
    if len(floors) > 1:
        out |= _replies(units, floors[1:])
    return out


def _replies(units, floors: list[int]) -> set[int]:
    """Indexes of the readers' floors from the second on: furniture, except a report a floor
    reposts whole (补一条某县的： / its headline / 来源：某某融媒体中心　记者 某某 / its text): from
    its headline, over its source or writer's line, to the floor's end it is text."""
    out: set[int] = set()
    for a, b in zip(floors, floors[1:] + [len(units)]):
        start = b
        for k in range(a + 2, b):
            kinds = {f for f, _ in (lex_meta(units[k].text.strip()) or [])} if not units[k].kind else set()
            if kinds & {"source", "author"} and not units[k - 1].kind and k + 1 < b and not lex_meta(units[k - 1].text.strip()):
                start = k - 1  # the reposted report's headline
                break
        out |= set(range(a, start))
    return out


def _one_line_floor(text: str) -> str | None:
    """The floor (楼主, 2楼) of a BBS floor line that holds its handle, the post's date and
    time and nothing else but counters and buttons (data/page_meta.yaml `forum_floor_line`)."""
    m = re.fullmatch(vocabulary().get("forum_floor_line") or "(?!)", text)
    if not m:
        return None
    kinds = [f for f, _ in (lex_meta(m.group("rest")) or [])]
    if "date" not in kinds or any(k not in ("date", "time", "chrome") for k in kinds):
        return None
    return re.sub(r"\s+", "", m.group("floor"))


def _forum_name_line(u: Unit, nxt) -> bool:
    """A forum's name (奉节吧) right over its counters (关注：28.6万　帖子：312万)."""
    v = vocabulary()
    return (not u.kind and bool(re.fullmatch(v.get("forum_name") or "(?!)", u.text.strip())) and bool(nxt)
            and nxt[0].gap == 0 and bool(re.fullmatch(rf"(?:(?:{v['reader_count']})\s*)+", nxt[0].text.strip())))


# a row of counts alone (1.5w　2.1万　863): two to six numbers, each maybe with its 万/w/k
_COUNT_ROW_RE = re.compile(r"(?:[0-9][0-9,.]*\s*(?:[万千wWkK]|亿)?\+?)(?:[ \u3000]+[0-9][0-9,.]*\s*(?:[万千wWkK]|亿)?\+?){1,5}")


def _counter_rows(units) -> set[int]:
    """Indexes of a post's counters set as a row of bare counts right over (or under) the row of
    its buttons (1.5w　2.1万　863 / 点赞　收藏　分享): the counts are the buttons', no facts."""
    out = set()
    for k, u in enumerate(units):
        if u.kind or not _COUNT_ROW_RE.fullmatch(u.text.strip()):
            continue
        for j in (k - 1, k + 1):
            if 0 <= j < len(units) and units[max(j, k)].gap == 0 and units[j].text.strip():
                kinds = {f for f, _ in (lex_meta(units[j].text.strip()) or [("?", "")])}
                if kinds == {"chrome"} and len(units[j].text.split()) >= 2:
                    out.add(k)
    return out


def _slide_counters(units) -> set[int]:
    """Indexes of a photo gallery's slide counters (1/5 … 5/5, data/page_meta.yaml
    `slide_counter`) on a page that prints the gallery's pager (`gallery_pager_words`)."""
    v = vocabulary()
    pager = set(v.get("gallery_pager_words") or ())
    if not pager or not any(pager & {x for f, x in (lex_meta(u.text.strip()) or []) if f == "chrome"}
                            for u in units if not u.kind and u.text.strip()):
        return set()
    rx = re.compile(v["slide_counter"])
    return {k for k, u in enumerate(units) if not u.kind and rx.fullmatch(u.text.strip())}


def _post_time_line(nxt) -> bool:
    """The line right under it is a post's date and time and the province it was sent from
    (2024年03月27日 17:45 北京, data/page_meta.yaml `ip_regions`) or the app it was sent
    from (来自 微博), and nothing else."""
    if not nxt or nxt[0].kind not in ("", "meta") or nxt[0].gap != 0:
        return False
    fields = lex_meta(nxt[0].text.strip()) or []
    kinds = [f for f, _ in fields]
    if len(kinds) >= 3 and kinds[:2] == ["date", "time"] and all(k == "chrome" for k in kinds[2:]):
        # (or the app it was sent from: 23-10-8 14:05 来自 微博 weibo.com 已编辑)
        return fields[2][1] in vocabulary()["ip_regions"] or bool(_FROM_CLIENT_RE.fullmatch(fields[2][1]))
    return False


def _app_tab_line(nxt) -> bool:
    """The line right under it is an app's tab bar ending in its user's own tab (随手拍 | 办理公开 |
    我的上报; data/page_meta.yaml `app_own_tab_prefixes`), and nothing else."""
    if not nxt or nxt[0].kind not in ("", "meta") or nxt[0].gap != 0:
        return False
    t = nxt[0].text.strip()
    items = [x.strip() for x in re.split(r"[|｜]", t)]
    own = tuple(vocabulary().get("app_own_tab_prefixes") or ())
    return len(items) >= 3 and any(x.startswith(own) for x in items[1:]) and lex_meta(t) == [("chrome", t)]


def _date_before_dateline(text: str) -> int | None:
    """Where the text starts after a date that opens the line, set apart by a space, when a
    dateline follows it (2019年5月14日 本报讯（…）…: data/layout.yaml `dateline`); else None."""
    v = vocabulary()
    t = text.rstrip()
    lead = len(t) - len(t.lstrip())
    m = v["datetime_re"].match(t, lead)
    if not m or m.end() >= len(t) or not t[m.end()].isspace():
        return None
    rest = m.end() + len(t[m.end():]) - len(t[m.end():].lstrip())
    if not re.match(data_file("layout.yaml")["dateline"], t[rest:]):
        return None
    return rest


# A section's name a running head prints over each page holds at most this many characters.
RUNNING_SECTION_MAX = 8


def _repeated_running_heads(units, beside_head) -> set[int]:
    """A short name printed again over each page of the text, every time beside the running
    head's date, paper or page number (创城专刊 / 7 / 太行日报): the section's name, furniture,
    never a headline (where the text goes on from the page before, it would split it)."""
    keys = [re.sub(r"\s+", "", u.text) if not u.kind else "" for u in units]
    counts = Counter(keys)
    out: set[int] = set()
    for k, key in enumerate(keys):
        if (counts[key] < 2 or not 2 <= len(key) <= RUNNING_SECTION_MAX or not _HAN_ONLY_RE.fullmatch(key)
                or k in out or meta_start(units[k].text) == 0):  # (the paper's name: meta, read as such)
            continue
        where = [j for j, x in enumerate(keys) if x == key]
        if all(beside_head(j) for j in where):
            out.update(where)
    return out


def _site_nav_line(nxt) -> bool:
    """The line right under it is a site's navigation bar: three or more items set apart by bars,
    the first its home page's (首页 | 创建动态 | …; data/page_meta.yaml `site_home_words`), and nothing else."""
    if not nxt or nxt[0].kind not in ("", "meta") or nxt[0].gap not in (0, -1):  # (-1: cut off the same line)
        return False
    t = nxt[0].text.strip()
    # (or set apart by wide spaces: 首页　馆情简介　展览展讯)
    items = [x.strip() for x in re.split(r"[|｜]|[ \u3000]{1,}" if not re.search(r"[|｜]", t) else r"[|｜]", t)]
    return (len(items) >= 3 and items[0] in set(vocabulary().get("site_home_words") or ())
            and lex_meta(t) == [("chrome", t)])


def _media_marker_line(t: str, strict: bool):
    """A player's marker in brackets ([视频], 【音频】, data: media_markers), alone or before
    the player's chrome ([视频] 时长 01:25): where a copy kept a clip's place, furniture,
    never a title. None when the marker heads words of the piece (【视频】某某区…)."""
    m = re.match(r"[\[【［]\s*([^\]】］]{1,4}?)\s*[\]】］]\s*", t)
    if not m or m.group(1) not in (vocabulary().get("media_markers") or ()):
        return None
    rest = t[m.end():].strip()
    after = _lex_meta(rest, strict) if rest else None
    if rest and not (after and all(f == "chrome" for f, _ in after)):
        return None
    return [("chrome", t)]


def _open_app_line(text: str) -> bool:
    """An app's open button (打开), alone or with its short slogan after a comma
    (打开APP，阅读体验更佳): banner chrome under the app's name (data: open_app_words)."""
    t = text.strip()
    words = vocabulary()["open_app_words"]
    if t in words:
        return True
    head = re.split(r"[，,、\s]", t, maxsplit=1)[0].strip()  # (打开APP　阅读体验更佳: a space for the comma)
    return head in words and head != t and len(t) <= vocabulary()["open_app_slogan_max_chars"]


def _name_line(u: Unit) -> bool:
    """A line of text holding only a short name, no punctuation (an account's, an app's)."""
    t = re.sub(r"\s+", "", u.text)
    return (not u.kind and 2 <= len(t) <= vocabulary()["max_account_line_chars"]
            and not re.search(r"[，。！？：,!?:；;]", t))


def _countdown(units: list[Unit]) -> set[int]:
    """The lines of a countdown box printed by the masthead (距全国文明城市年度测评 / 还有 45 天),
    one line or two: the paper's furniture, never a title (data: countdown_line)."""
    rx = vocabulary()["countdown_re"]
    out: set[int] = set()
    for k, u in enumerate(units):
        t = re.sub(r"\s+", "", u.text)
        if u.kind or not t or k in out:
            continue
        if rx.fullmatch(t):
            out.add(k)
        elif k + 1 < len(units) and not units[k + 1].kind and rx.fullmatch(t + re.sub(r"\s+", "", units[k + 1].text)):
            out |= {k, k + 1}
    return out


def _advert_box(units: list[Unit]) -> set[int]:
    """An advert copied with a web page (广告 / 某某礼盒 到手价168元 / 已售2.3万件 / 查看详情): the
    label alone on its line, the product's short lines, the button that closes it (data:
    advert_labels, advert_actions, advert_box_max_lines)."""
    v = vocabulary()
    labels, actions = set(v.get("advert_labels") or ()), set(v.get("advert_actions") or ())
    most = int(v.get("advert_box_max_lines") or 0)
    out: set[int] = set()
    for k, u in enumerate(units):
        if u.text.strip() not in labels:
            continue
        for j in range(k + 1, min(len(units), k + 2 + most)):
            t = units[j].text.strip()
            if t in actions:
                out |= set(range(k, j + 1))
                break
            if not t or len(t) > 40 or re.search(r"[。！？]$", t):
                break  # (text goes on under the label: no advert's box)
    return out


# a site's menu copied one item a line: items of at most this many characters
NAV_MENU_ITEM_MAX = 4
NAV_MENU_MIN_ITEMS = 3


def _nav_menu(units: list[Unit]) -> set[int]:
    """A site's menu copied one item a line near the top of the page, opening with its home
    page's item (洛阳网 / 首页 / 新闻 / 洛阳 / 民生): the site's furniture, none of it a title's line.
    (data: site_home_words)"""
    v = vocabulary()
    homes = set(v.get("site_home_words") or ())
    accounts = tuple(v.get("post_account_ends") or ())
    out: set[int] = set()
    for k, u in enumerate(units[:MASTHEAD_LINES + 4]):
        if u.text.strip() not in homes:
            continue
        j = k + 1
        while (j < len(units) and units[j].gap == 0 and not units[j].kind
               and re.fullmatch(rf"{_HAN}{{1,{NAV_MENU_ITEM_MAX}}}", t := units[j].text.strip())
               and not (len(t) > 2 and (t.endswith(accounts) or v["outlet_re"].fullmatch(t)))):
            j += 1  # (not the account's name under the menu: 首页 / 热门 / 锦州发布)
        if j - k >= NAV_MENU_MIN_ITEMS:
            out |= set(range(k, j))
    return out


# marks a page may set before each of its masthead lines (■某某日报 / ■2022年08月17日 / ■第02版)
_HEAD_MARKS = "■□●◆◇▲★☆▌▍"


def _unmark_masthead(page: Page) -> tuple[Page, list[Edit]]:
    """A masthead set line by line after marks (■铜仁日报 / ■2022年08月17日 / ■第02版：区县新闻):
    the marks are decoration (removed, recorded), so its lines read as the masthead they are.
    Two such lines or more, first on the page; an item's ■title further down keeps its mark."""
    v = vocabulary()
    marks = re.compile(f"[{_HEAD_MARKS}]\\s*")

    def unmarked(t: str) -> str:
        return marks.sub(lambda m: "" if m.start() == 0 else " ", t.strip())

    def masthead_line(t: str) -> bool:
        rest = unmarked(t)
        return t[:1] in _HEAD_MARKS and bool(rest) and bool(lex_meta(rest) or is_masthead(rest, v) or v["outlet_re"].fullmatch(rest))

    k = 0
    while k < min(len(page.units), MASTHEAD_LINES) and masthead_line(page.units[k].text.strip()):
        k += 1
    # (a masthead on one line, a mark before each field: ■某某日报 ■2024年4月12日 ■第03版：县域)
    if k < 2 and not (k == 1 and len(marks.findall(page.units[0].text)) >= 2):
        return page, []
    edits, units = [], list(page.units)
    for j in range(k):
        u = units[j]
        out, last = [], 0
        for m in marks.finditer(u.text):
            new = "" if not u.text[:m.start()].strip() else " "
            edits.append(Edit(PASS, u.first, m.start(), m.group(0), new))
            out.append(u.text[last:m.start()] + new)
            last = m.end()
        units[j] = replace(u, text="".join(out) + u.text[last:])
    return page.evolve(units, []), edits


@functools.lru_cache(maxsize=1)
def _credit_bar_re() -> re.Pattern:
    """A section bar (data/layout.yaml `section_marks`) before a credit or meta label and
    its colon, as a post sets off each line of its credits footer (▍记者：张三, ▍编辑：李四)."""
    lay = data_file("layout.yaml")
    bars = "".join(map(re.escape, lay.get("section_marks") or ()))
    words = sorted(set(vocabulary()["labels"]) | set(lay["byline_roles"]), key=len, reverse=True)
    return re.compile(rf"^(\s*)([{bars}]\s*)(?=(?:{'|'.join(map(re.escape, words))})\s*[：:])") if bars else re.compile("(?!)")


def _unbar_credits(page: Page) -> tuple[Page, list[Edit]]:
    """Drop the section bar before a credit line (▍记者：张三 → 记者：张三): a decoration of the
    post's footer, not a section's head; without it the line reads as the byline or meta it is."""
    units, edits = list(page.units), []
    for j, u in enumerate(units):
        m = _credit_bar_re().match(u.text) if not u.kind else None
        if m:
            edits.append(Edit(PASS, u.first, m.start(2), m.group(2), ""))
            units[j] = replace(u, text=u.text[:m.start(2)] + u.text[m.end(2):])
    return (page.evolve(units, []), edits) if edits else (page, [])


# a journal's author line: names, each with its affiliation's number (于某某1　王某2,3　李某1*)
_MARKED_NAME_RE = re.compile(r"^[\u4e00-\u9fff·]{2,6}(?P<mark>\d{1,2}(?:[,，]\d{1,2})*\*?)$")
# one entry of the affiliations under it (1.某某大学某某学院, 2 某某市委党校)
_AFFILIATION_RE = re.compile(r"^(?:\d{1,2}\s*[.．、]?\s*)?[\u4e00-\u9fff（）()·]{3,40}$")


# a paper's affiliations in brackets under its authors, one entry per institution (numbered when
# there are several), with its province, city and postcode: （1. 某某大学某某学院，甘肃 兰州 730000；2. …）
_BRACKETED_AFFILIATION_RE = re.compile(r"^(?:\d{1,2}\s*[.．、]\s*)?(?P<org>[\u4e00-\u9fff（）()·]{3,40}?)"
                                       r"(?:[，,]\s*[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{1,20}?\s*\d{6})?$")


def _marked_authors(text: str) -> bool:
    """A paper's author line whose names carry affiliation marks or a note on an author's part
    (沙某¹ 牛某², 柯某（通讯作者）: layout.yaml author_affiliation_marks, author_part_notes)."""
    lay = data_file("layout.yaml")
    marks, notes = lay.get("author_affiliation_marks") or "", lay.get("author_part_notes") or []
    t = text.strip()
    bare = re.sub(r"\s*[（(]\s*(?:%s)\s*[）)]" % "|".join(map(re.escape, notes)), "", t) if notes else t
    bare = re.sub("[%s]+" % re.escape(marks), "", bare) if marks else bare
    words = [w for w in re.split(r"[ \u3000,，、]+", bare) if w]
    return bare != t and 0 < len(words) <= 8 and all(re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", w) for w in words)


def _bracketed_affiliations(text: str, sufs: tuple[str, ...]) -> bool:
    m = re.fullmatch(r"\s*[（(](.+)[）)]\s*", text)
    if not m:
        return False
    entries = [e.strip() for e in re.split(r"[；;]", m.group(1)) if e.strip()]
    return bool(entries) and all((x := _BRACKETED_AFFILIATION_RE.match(e)) and x.group("org").endswith(sufs)
                                 for e in entries)


def _unmark_affiliations(page: Page) -> tuple[Page, list[Edit]]:
    """A journal article's authors with their affiliations' numbers (于某某1　王某2) over the
    numbered affiliations (1.某某大学　2.某某党校): the numbers are superscripts flattened onto
    the names, removed (recorded) so the line reads as the byline it is; the affiliations are
    about the authors, not text (set apart as furniture, kept in the audit)."""
    units, edits = list(page.units), []
    sufs = tuple(vocabulary()["organisation_suffixes"]) + tuple(vocabulary()["affiliation_suffixes"])
    for j in range(len(units) - 1):
        u, nxt = units[j], units[j + 1]
        if u.kind or nxt.kind:
            continue
        if _marked_authors(u.text) and _bracketed_affiliations(nxt.text, sufs):
            # 沙某¹ 牛某² / （1. 某某大学…，甘肃 兰州 730000；2. …）: the authors' affiliations
            units[j + 1] = replace(nxt, kind="furniture")
            continue
        names = re.split(r"[ \u3000]+", u.text.strip())
        marks = [_MARKED_NAME_RE.match(n) for n in names]
        if not names or not all(marks):
            continue
        places = [p for p in re.split(r"[ \u3000;；]+", nxt.text.strip()) if p]
        if not places or not all(_AFFILIATION_RE.match(p) and p.rstrip("）)").endswith(sufs) for p in places):
            continue
        text = u.text
        for m in reversed([re.search(re.escape(n) + r"(?=[ \u3000]|$)", u.text) for n in names]):
            cut = m.end() - len(_MARKED_NAME_RE.match(m.group(0)).group("mark"))
            edits.append(Edit(PASS, u.first, cut, text[cut:m.end()], ""))
            text = text[:cut] + text[m.end():]
        units[j] = replace(u, text=text)
        units[j + 1] = replace(nxt, kind="furniture")
    return (page.evolve(units, []), edits) if edits or units != list(page.units) else (page, [])


PUSH_LIST_MIN_HEADS = 2


def _push_list(page: Page) -> tuple[Page, list[Edit], set[int]]:
    """A phone's notification list (page_meta.yaml `push_head`): each news app's push head
    (第1眼新闻 · 08:15) is cut in two, the app's name (meta: the outlet) and its time
    (furniture); the phone's own apps' pushes and the list's chrome are furniture (returned:
    the indices of the units to set apart)."""
    v = vocabulary()
    head = re.compile(v.get("push_head") or "(?!)")
    units = page.units
    heads = [k for k, u in enumerate(units) if not u.kind and head.match(u.text.strip())]
    if len(heads) < PUSH_LIST_MIN_HEADS:
        return page, [], set()
    system = set(v.get("system_push_apps") or ())
    chrome = [re.compile(x) for x in v.get("notification_chrome") or ()]
    out: list[Unit] = []
    edits: list[Edit] = []
    furniture: set[int] = set()
    own_app = False
    for k, u in enumerate(units):
        t = u.text.strip()
        m = head.match(t) if k in heads else None
        if m:
            own_app = m.group("app") in system
            if own_app:  # 天气 · 07:00 / 今天多云转小雨…: the phone's own app, no article
                furniture.add(len(out))
                out.append(u)
                continue
            app = m.group("app")
            cut = u.text.index(app) + len(app)
            sep = re.match(r"\s*", u.text[cut:]).group(0)
            edits.append(Edit(PASS, u.first, cut, sep, "\n"))
            out.append(replace(u, text=u.text[:cut], kind="meta"))  # the app: the push's outlet
            out.append(Unit(u.text[cut + len(sep):], u.first, u.last, -1, "furniture"))  # when it came
            continue
        if own_app or any(x.fullmatch(t) for x in chrome):
            furniture.add(len(out))
        out.append(u)
    return page.evolve(out), edits, furniture


def _split(page: Page) -> Page:
    page, pushed, pushes_apart = _push_list(page)
    page, edits = _unmark_masthead(page)
    edits = pushed + edits
    page, unbarred = _unbar_credits(page)
    edits += unbarred
    page, unmarked = _unmark_affiliations(page)
    edits += unmarked
    units: list[Unit] = []
    last = len(page.units) - 1
    card = _account_card(page.units)
    outlets = _names_of_outlets(page.units)
    platform_labels = set(vocabulary()["platform_account_labels"])
    site_channel = _site_over_channel(page.units)
    if site_channel:  # 某某新闻 / 县区速递 / 记者 X 2020-11-23: the site's name (its outlet), its channel
        outlets.add(re.sub(r"\s+", "", page.units[site_channel[0]].text))

    def meta_line(j: int) -> bool:
        return 0 <= j <= last and (page.units[j].kind == "meta" or (
            not page.units[j].kind and meta_start(page.units[j].text) == 0))

    def dated_line(j: int) -> bool:
        fields = lex_meta(page.units[j].text.strip()) if 0 <= j <= last and page.units[j].text.strip() else None
        return any(f == "date" for f, _ in fields or [])

    def beside_head(j: int) -> bool:
        """A line right under or over a line of a running head: a date, the paper, a page number."""
        def head(i: int) -> bool:
            return 0 <= i <= last and (meta_line(i) or bool(_PAGE_NO_RE.fullmatch(page.units[i].text.strip())))
        return ((j > 0 and page.units[j].gap == 0 and head(j - 1))
                or (j < last and page.units[j + 1].gap == 0 and head(j + 1)))

    repeated_heads = _repeated_running_heads(page.units, beside_head)

    def chrome_line(j: int) -> bool:
        fields = lex_meta(page.units[j].text.strip()) if 0 <= j <= last and page.units[j].text.strip() else None
        return bool(fields) and all(f == "chrome" for f, _ in fields)

    # lines 01, 02, 03 … counting up on the page: a post's item numbers
    # (or in brackets, (1) / (2): a web page's items)
    numbered = [(k, int(m.group(1) or m.group(2))) for k, u in enumerate(page.units)
                if not u.kind and (m := _ITEM_NUMBER_LINE_RE.fullmatch(u.text.strip()))]
    list_numbers = {k for k, n in numbered if any(m == n + 1 or m == n - 1 for _, m in numbered)}

    screen = [re.compile(x) for x in list(vocabulary().get("screen_bars") or ()) + list(vocabulary().get("book_running_heads") or ())]
    slides = _slide_counters(page.units) | _forum_furniture(page.units) | _answer_header(page.units) | _episode_chapters(page.units) | {
        k for k, u in enumerate(page.units)  # a screenshot's status, top and navigation bars
        if not u.kind and u.text.strip() and any(x.fullmatch(u.text.strip()) for x in screen)}
    related = (slides | _counter_rows(page.units) | _related_links(page.units) | _reference_list(page.units) | _contents_box(page.units) | _correction(page.units) | _countdown(page.units) | _advert_box(page.units) | _nav_menu(page.units)
               | _ai_summary(page.units))
    deck, section_heads = _slide_deck(page.units)
    bullets = {k for k, u in enumerate(page.units) if deck and not u.kind and _DECK_BULLET_RE.match(u.text.strip())}
    v_deck = vocabulary()["deck_slide_re"]
    v_ad = vocabulary()["advert_line_re"]
    for k, u in enumerate(page.units):
        if k in deck:  # 幻灯片 3: a slide's number, no page and no text; the title slide's presenter
            units.append(replace(u, kind="meta" if v_deck.fullmatch(u.text.strip()) else "furniture"))
            continue
        if k in bullets:
            units.append(replace(u, kind="table"))  # • 新建公厕 41座 on a slide: a line of text of its own, no title
            continue
        if k in section_heads:
            units.append(replace(u, kind="furniture"))  # 01 基本情况 on a slide: a section's head, no page
            continue
        if k in card or k in related or k in pushes_apart or (site_channel and k == site_channel[1]):
            # a WeChat account's card, a list of links to other pieces, a box of contents: chrome
            units.append(replace(u, kind="furniture"))
            continue
        if u.kind:
            units.append(u)
            continue
        if k in list_numbers:
            units.append(replace(u, kind="furniture"))  # 01 / 02 / 03: a post's item numbers, no page
            continue
        if v_ad.match(u.text.strip()):
            units.append(replace(u, kind="furniture"))  # ■广告■ 专业律师 免费咨询 …: an advert boxed in the page
            continue
        if other_script_only(u.text):
            # ᠤᠯᠠᠭᠠᠨᠬᠠᠳᠠ …, གཞིས་ཀ་རྩེ་…: a masthead's, an account's or a title's name in another
            # script (a page wholly in another script is beyond this pipeline): kept, never text
            units.append(replace(u, kind="furniture"))
            continue
        if _forum_name_line(u, page.units[k + 1:k + 2]):
            units.append(replace(u, kind="meta"))  # 奉节吧 / 关注：… 帖子：…: the forum (the site's name)
            continue
        if (_name_line(u) and all(x.kind or not x.text.strip() for x in units)
                and _post_time_line(page.units[k + 1:k + 2])):
            # 北京昌平 / 2024年03月27日 17:45 北京: a post's account, first on the page, over the
            # date, time and place it was sent from (the outlet; never the title)
            units.append(replace(u, kind="meta"))
            continue
        if (_name_line(u) and all(x.kind or not x.text.strip() for x in units)
                and _app_tab_line(page.units[k + 1:k + 2])):
            # 文明德州 / 随手拍 | 办理公开 | 我的上报: an app's name, first on the page, over its tab bar (the outlet)
            units.append(replace(u, kind="meta"))
            continue
        if (_name_line(u) and all(x.kind or not x.text.strip() for x in units)
                and _site_nav_line(page.units[k + 1:k + 2])):
            # 某某县人民医院 / 网站首页 | 医院概况 | 新闻中心: a site's name, first on the page, over
            # its navigation bar (the outlet; never the title)
            units.append(replace(u, kind="meta"))
            continue
        if _account_name_line(u, outlets):
            units.append(replace(u, kind="meta"))  # 昭阳发布 over the title: the account's name (the outlet)
            continue
        if _open_app_line(u.text):
            # 广西云 / 打开 (or 打开APP，阅读体验更佳): an app's banner; its name (first on the page) is the outlet
            if units and _name_line(units[-1]) and all(x.kind for x in units[:-1]):
                units[-1] = replace(units[-1], kind="meta")
            units.append(replace(u, kind="furniture"))
            continue
        if u.text.strip() in vocabulary()["follow_words"]:
            # 黄石发布 / 关注: the account's name over its follow button (the outlet)
            if units and _name_line(units[-1]) and u.gap == 0:
                units[-1] = replace(units[-1], kind="meta")
            units.append(replace(u, kind="furniture"))
            continue
        if u.text.strip() in vocabulary()["tab_bar_words"] and any(chrome_line(j) for j in (k - 1, k + 1)):
            units.append(replace(u, kind="furniture"))  # 发现 / 发布 / 通知: an app's tab bar
            continue
        if u.text.strip() in platform_labels:
            # 天津西青 / 人民号: the account's name over the platform's label for it
            if units and _name_line(units[-1]) and u.gap == 0:
                units[-1] = replace(units[-1], kind="furniture")
            units.append(replace(u, kind="furniture"))
            continue
        if (units and units[-1].kind == "meta" and u.gap == 0 and u.text.strip() in vocabulary()["ip_regions"]
                and any(f in ("date", "time") for f, _ in (lex_meta(units[-1].text.strip()) or []))):
            # 2024-01-09 08:15 / 浙江: the province the post was sent from, on a line of its own
            units.append(replace(u, kind="furniture"))
            continue
        if (units and units[-1].kind == "meta" and u.gap == 0
                and vocabulary()["reading_minutes_re"].fullmatch(u.text.strip())):
            units.append(replace(u, kind="furniture"))  # 2024-04-03 08:15 来源：… / 3 分钟: the reading time
            continue
        if (_PAGE_NO_RE.fullmatch(u.text.strip()) and any(chrome_line(j) for j in (k - 1, k + 1))
                and not (k <= MASTHEAD_LINES and dated_line(k - 1))):
            # 举报 / 0 / 分享至: a button's counter, no page (under a masthead's date, 2024年1月10日
            # 星期三 / 6 / 评论, the page's number over its section's name)
            units.append(replace(u, kind="furniture"))
            continue
        rh = _ISSUE_RUNNING_HEAD_RE.fullmatch(u.text.strip())
        if rh and any(x.kind == "meta" and x.text.strip() == rh.group("name") for x in units[:MASTHEAD_LINES]):
            units.append(replace(u, kind="meta"))  # 某某江西  2019·6  特别关注: the magazine's running head
            continue
        if (k <= MASTHEAD_LINES and units and all(x.kind in ("meta", "furniture") for x in units if x.text.strip())
                and labelled_names(u.text.strip())):
            # 漯河日报　2020年12月2日　第3版 / 编辑　某某: the page's editor under its masthead (alone
            # elsewhere, a short label needs its colon)
            units.append(replace(u, kind="meta"))
            continue
        if _PAGE_AND_SECTION_RE.fullmatch(u.text.strip()) and (
                (k <= MASTHEAD_LINES and units and all(x.kind in ("meta", "furniture") for x in units))
                or beside_head(k)):
            # 通辽日报 / 2021年10月13日 / 3 综合 (县区新闻 7): the page and its section, over the first
            # page or in a running head where a page breaks the text
            units.append(replace(u, kind="meta"))
            continue
        if k in repeated_heads:
            # 创城专刊 over each page, beside its number and date (a paper's name so repeated, 开封日报,
            # stays its masthead: the outlet)
            t = u.text.strip()
            outlet_named = is_masthead(t) or bool(vocabulary()["outlet_re"].fullmatch(t))
            units.append(replace(u, kind="meta" if outlet_named else "furniture"))
            continue
        if (re.fullmatch(r"[/／]\s*\d{1,4}", u.text.strip()) and units and units[-1].kind in ("meta", "furniture")
                and _PAGE_NO_RE.fullmatch(units[-1].text.strip())):
            units.append(replace(u, kind="furniture"))  # 1 / (/ 2): a document viewer's page counter, broken in two
            continue
        if _PAGE_FOOT_RE.fullmatch(u.text.strip()) or _DOCUMENT_NUMBER_RE.fullmatch(u.text.strip()):
            # — 1 —: a document's page number at its foot; 赤创指〔2023〕7号: its number (文号)
            units.append(replace(u, kind="furniture"))
            continue
        if (_PAGE_NO_RE.fullmatch(u.text.strip())
                and (k in (0, last) or meta_line(k - 1) or meta_line(k + 1) or _in_masthead_stack(u, units))):
            # a page number alone at the top or foot of the page, or beside a running
            # head (a page break inside the text: 2 / 某某日报 2023年6月8日 县市新闻)
            units.append(replace(u, kind="meta"))
            continue
        if (_english_name_under(u, units) and units and not units[-1].kind and len(units) <= MASTHEAD_LINES
                and _spelled_in_pinyin(units[-1].text, u.text)):
            # 资中报 / ZIZHONG BAO: a name over its own spelling in pinyin, a paper's masthead
            units[-1] = replace(units[-1], kind="meta")
        if (_english_name_under(u, units) or _other_script_name_above(u, units, page.units[k + 1:k + 2])
                or (_in_masthead_stack(u, units) and (u.text.strip() in vocabulary()["section_names"] or (
                    len(u.text.strip()) <= 14 and u.text.strip().endswith(tuple(vocabulary().get("section_name_ends") or ()))
                    and not re.search(r"\d|版\s", u.text))))  # (第8版　某某专版: the page's line, its number kept)
                or _section_under_page(u, units) or _PICTOGRAPHS_ONLY_RE.fullmatch(u.text.strip() or "x")):
            # (a line of pictographs alone, 🌿 📍, sets a post's sections apart: decoration)
            units.append(replace(u, kind="furniture"))  # Pudong Times · Community under 浦东时报 …
            continue
        dl = _date_before_dateline(u.text) if not u.kind else None
        if dl is not None and meta_start(u.text) is None:
            # 2019年5月14日 本报讯（记者 某某）…: a search result's snippet opening with the day the
            # piece ran, set apart by a space from its dateline: the date is a meta line of its own
            head, tail = u.text[:dl].rstrip(), u.text[dl:]
            edits.append(Edit(PASS, u.first, len(head), u.text[len(head):dl], "\n"))
            units.append(replace(u, text=head, kind="meta"))
            units.append(Unit(tail, u.first, u.last, -1, ""))
            continue
        bl = _byline_before_text(u.text)
        if bl is not None:
            # 通讯员 某某某 今年以来，…: the lead's byline run into its text, a line of its own
            head, tail = u.text[:bl].rstrip(), u.text[bl:].lstrip()
            edits.append(Edit(PASS, u.first, len(head), u.text[len(head):len(u.text) - len(tail)], "\n"))
            units.append(replace(u, text=head))
            units.append(Unit(tail, u.first, u.last, -1, None))
            continue
        jn = _jump_note_over_headline(u.text)
        if jn is not None:
            # （上接第1版）利州：把文明种进城市肌理: the note saying where the part comes from,
            # glued before the continued part's headline: a line of its own, out of the title
            head, tail = u.text[:jn].rstrip(), u.text[jn:].lstrip()
            edits.append(Edit(PASS, u.first, len(head), u.text[len(head):len(u.text) - len(tail)], "\n"))
            units.append(replace(u, text=head, kind="meta"))
            units.append(Unit(tail, u.first, u.last, -1, None))
            continue
        prev_text = next((x.text.strip() for x in reversed(units) if x.text.strip()), "")
        next_text = next((x.text.strip() for x in page.units[k + 1:] if x.text.strip()), "")
        if (CLOCK_RE.fullmatch(u.text.strip()) and prev_text
                and not _SENTENCE_END_RE.search(prev_text) and len(prev_text) <= RELATED_LINK_MAX
                and any(f == "date" for f, _ in lex_meta(next_text) or [])):
            # 视频 | 某地：… / 03:12 / 2020-10-27 19:31: the clip's length between its headline and
            # its date (a live blog's 09:20 over its entry's text stays)
            units.append(replace(u, kind="meta"))
            continue
        p = meta_start(u.text)
        if p and _SECTION_NUMBER_RE.fullmatch(u.text[:p]):
            p = None  # (一、项目编号：…: a numbered section of the text, its label no meta line)
        if p and lex_meta(u.text.strip()) is not None:
            p = 0  # (（通讯员：某甲　记者：某乙）: the whole line is meta, its brackets too)
        if p is None and all(x.kind in ("meta", "furniture") for x in units) and (_masthead_above_date(
                u.text, page.units[k + 1:k + 1 + MASTHEAD_LINES]) or _masthead_under_date(u, units)
                or (not units and _site_name_over_page(u.text, page.units[k + 1:k + 4]))
                or (not units and _account_over_post(u.text, page.units[k + 1:k + 3]))):
            units.append(replace(u, kind="meta"))  # 香港文汇报 / 2023年10月20日: a masthead over two lines
            continue
        if (p is None and units and units[-1].kind == "meta" and u.gap == 0 and k + 1 < len(page.units)
                and len(u.text.strip()) <= vocabulary()["max_outlet_chars"] and vocabulary()["outlet_re"].fullmatch(u.text.strip())
                and any(f == "date" for f, _ in lex_meta(units[-1].text.strip()) or [])
                and (page.units[k + 1].kind or chrome_line(k + 1) or meta_line(k + 1))):
            units.append(replace(u, kind="meta"))  # 2019-09-28 11:46 / 大公报 / +A -A: the paper, under the date
            continue
        q = _meta_head_end(u.text) if p is None and k <= MASTHEAD_LINES + 4 else None
        if q is not None:
            # （2017/6/12 8:06:50）来源：某某日报 初夏时节，…: a site's meta line with the first
            # paragraph run on after it
            edits.append(Edit(PASS, u.first, q, u.text[len(u.text[:q].rstrip()):q], "\n"))
            units.append(replace(u, text=u.text[:q].rstrip(), kind="meta"))
            units.append(Unit(u.text[q:].lstrip(), u.first, u.last, -1, None))
            continue
        if p is None:
            units.append(u)
        elif p == 0 or not u.text[:p].strip():
            units.append(replace(u, kind="meta"))
        else:
            head, tail = u.text[:p].rstrip(), u.text[p:]
            edits.append(Edit(PASS, u.first, p, u.text[len(head):p], "\n"))
            # (the part before may be meta too: 发布时间：… 作者：周敏 / 浏览次数：1287)
            head_is_meta = _is_meta_whole(head.strip(), vocabulary()) or bool(labelled_names(head.strip()))
            name = re.sub(r"\s*[|｜]\s*$", "", head)
            if (not head_is_meta and all(x.kind in ("meta", "furniture") for x in units)
                    and _name_line(replace(u, text=name, kind="")) and _site_nav_line([Unit(tail, u.first, u.last, -1, "meta")])):
                # 襄阳网 | 首页 新闻 县市区 …: a site's name, first on the page, before its navigation
                # bar on the same line (the outlet; never the title); the bar between them goes
                if name != head:  # (before the cut's edit: a line's edits stay in order)
                    edits.insert(len(edits) - 1, Edit(PASS, u.first, len(name), head[len(name):], ""))
                head, head_is_meta = name, True
            # (某办发〔2022〕5号　签发人：某某: a document's number before its signer, furniture)
            numbered = not head_is_meta and bool(_DOCUMENT_NUMBER_RE.fullmatch(head.strip()))
            units.append(replace(u, text=head, kind="meta" if head_is_meta else "furniture" if numbered else u.kind))
            units.append(Unit(tail, u.first, u.last, -1, "meta"))
    return page.evolve(units, edits)


# A headline a jump note is glued before is at most this long (a line of text is longer)
JUMP_HEADLINE_MAX = 40


def _byline_before_text(text: str) -> int | None:
    """Where a lead's text starts after its byline run into it with spaces (通讯员 某某某
    今年以来，…: data/layout.yaml `byline_run_into_text`), when every name starts with a
    surname or holds a middle dot and the text reads as a sentence; else None.

    >>> t = "通讯员 沙晓雯 今年以来，某区开设“银发课堂”12个。"
    >>> t[_byline_before_text(t):]
    '今年以来，某区开设“银发课堂”12个。'
    >>> _byline_before_text("记者 近日 从县文明办获悉，全县新建公厕12座。") is None
    True
    """
    pat = data_file("layout.yaml").get("byline_run_into_text")
    m = re.match(pat, text) if pat else None
    if not m or not re.search("[，。,]", text[m.end():]):
        return None
    sur = data_file("surnames.yaml")
    compound = tuple(sur.get("compound") or ())
    names = [x for x in re.split(r"[ \u3000、]+", m.group("names")) if x]
    if not all("·" in x or x.startswith(compound) or x[0] in sur["single"] for x in names):
        return None
    return m.end()


# a page's label in brackets opening a line (【第03版：县市新闻】)
_PAGE_LABEL_HEAD_RE = re.compile(r"[【\[［]([^【】\[\]［］]{2,20})[】\]］]\s*")


def _jump_note_over_headline(text: str) -> int | None:
    """Where a continued part's headline starts after the jump note it is glued to
    (（上接第1版）某地：把文明种进街巷): the note says where the part comes from, the rest is a
    headline (short, no sentence's end), so the note is a line of its own. A note opening the
    text itself (（上接第1版）在某镇，…。) stays where it is.

    >>> t = "（上接第1版）某地：把文明种进街巷"
    >>> t[_jump_note_over_headline(t):]
    '某地：把文明种进街巷'
    >>> _jump_note_over_headline("（上接第1版）在某镇，新建公园12个。") is None
    True
    >>> _jump_note_over_headline("（上接第1版）在某镇，镇里") is None  # (a narrow column's first line)
    True
    """
    v = vocabulary()
    m = v["jump_re"].match(text.lstrip())
    if not m or not v["jump_from_re"].match(m.group(0)):
        # (or the page's label in brackets: 【第03版：县市新闻】某地：…, an e-paper's item)
        m = _PAGE_LABEL_HEAD_RE.match(text.lstrip())
        if not m or {f for f, _ in lex_meta(m.group(1)) or ()} - {"page", "page_name", "chrome"} or not any(
                f == "page" for f, _ in lex_meta(m.group(1)) or ()):
            return None
    start = len(text) - len(text.lstrip()) + m.end()
    tail = text[start:].strip()
    if not tail or len(tail) > JUMP_HEADLINE_MAX or re.search("[。！？；，,]", tail) or not re.match(_HAN, tail):
        return None
    return start


# A meta line a paragraph runs on after is at most this long (date, time, source, author).
RUN_ON_META_MAX = 120
_SPACE_RUN_RE = re.compile(r"[ \u3000]+")


def _meta_head_end(text: str) -> int | None:
    """Where a paragraph starts that runs on after a meta line's date and source on one line
    ((2017/6/12 8:06:50）来源：某某日报 初夏时节，…): the last space before which the line is
    meta naming a date and a source or outlet, the rest prose (a sentence's punctuation).

    >>> t = "（2017/6/12 8:06:50）来源：某某日报 初夏时节，走进县城，老街青石铺路。"
    >>> t[_meta_head_end(t):]
    '初夏时节，走进县城，老街青石铺路。'
    >>> _meta_head_end("2023年，百色市新建口袋公园12处 共投入资金3000万元。") is None
    True
    """
    t = text.rstrip()
    if len(t) < 20:
        return None
    # (only spaces within a meta line's reach: a huge line of text is never read prefix by prefix)
    for m in reversed(list(_SPACE_RUN_RE.finditer(t, 0, RUN_ON_META_MAX))):
        head, tail = t[:m.start()].strip(), t[m.end():]
        if len(tail) < 10 or not re.search("[，。；！？]", tail) or not re.match(_HAN, tail):
            continue
        fields = lex_meta(head)
        got = {f for f, _ in fields or ()}
        if "date" in got and got & {"source", "outlet"}:
            return m.end()
    return None


def labelled_names(text: str) -> list[tuple[str, str]] | None:
    """An editor's label and names without a colon (编辑 刘小溪): their fields. Read as meta only
    where repair set the line apart as meta because the rest of its line is meta
    (编辑 刘小溪 美编 吴 哲): alone, a short label needs its colon."""
    v = vocabulary()
    m = v["label_re"].match(text)
    if not m or m.group("colon") or v["labels"][m.group("label")] != "editor":
        return None  # (记者 丁涛 … is a byline, whatever follows it)
    got = _names(text, m.end(), v)
    if not got or got[0] != len(text):
        return None
    return [(v["labels"][m.group("label")], n) for n in got[1]]


def book_name(text: str) -> str | None:
    """The book's name in a book's running head (某某旗志（2006—2020）　·687·), else None.

    >>> book_name("某某县志（1990—2010）　　·12·"), book_name("全县新建公园12个。") is None
    ('某某县志（1990—2010）', True)
    """
    for x in vocabulary().get("book_running_heads") or ():
        m = re.fullmatch(x, text.strip())
        if m:
            return m.group("book").strip()
    return None


def separate_meta_lines(page):
    """Cut meta text (dates, sources, editors, site chrome) off the lines it is glued to.

    >>> print(separate_meta_lines("琼海交出高颜值“成绩单”发布时间：2023-11-25 09:20来源：琼海日报"))
    琼海交出高颜值“成绩单”
    发布时间：2023-11-25 09:20来源：琼海日报
    >>> print(separate_meta_lines("百色市扎实推进文明创建。（责编：黄敏、韦华）"))
    百色市扎实推进文明创建。
    （责编：黄敏、韦华）
    >>> separate_meta_lines("2023年，百色市新建口袋公园12处。")
    '2023年，百色市新建口袋公园12处。'
    """
    return run_pass(page, _split)
