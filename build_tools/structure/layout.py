"""The layout vocabulary (data/layout.yaml) compiled into patterns, and small text measures.

Every structure module reads words and marks from here, never from code:
byline marks and roles, photo-credit words, credit notes, subtitle marks,
sentence and clause ends, size limits.
"""
from __future__ import annotations

import functools
import re

from ..data import load_data
from ..repair.briefs import article_label
from ..repair.core import letter_spaced_name

HAN = re.compile(r"[\u3400-\u9fff]")


@functools.lru_cache(maxsize=1)
def layout() -> dict:
    """The layout vocabulary (data/layout.yaml), loaded once per process."""
    return load_data("layout.yaml")


@functools.lru_cache(maxsize=1)
def township_suffixes() -> tuple[str, ...]:
    """The last words of a town's, a township's, a street office's or a village's name (镇, 乡,
    街道, 村 …): the gazetteer's own list (data/places_exclusions.yaml township_suffixes)."""
    return tuple(load_data("places_exclusions.yaml")["township_suffixes"])


@functools.lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    lay = layout()
    # a name: 2-5 characters, two printed with a space (李 娜), or a transcribed name (阿依古丽·买买提)
    # (a name printed letter-spaced, 祁 海 燕, is one name too)
    # (set with one to three spaces: 胡  杨 aligned with a three-character name)
    # (three characters only with the same space between them: 孙 莉   图/ is a name and a mark)
    h = r"[\u4e00-\u9fff]"
    # (not when a fourth single character follows: 孟 凡 唐 悦 is two names)
    spaced3 = letter_spaced_name(h, (" ", "  ", "   ", "\u3000"))
    # (and a surname set apart from its two-character given name: 温 晓丽)
    # (and a compound surname set apart from its given name: 上官 雯, 濮阳 雪; data/surnames.yaml)
    compound = "|".join(map(re.escape, sorted(load_data("surnames.yaml").get("compound") or ["(?!)"], key=len, reverse=True)))
    name = (rf"(?:(?:(?:{compound})[ \u3000]{{1,2}}{h}{{1,2}}|{spaced3}|{h}[ \u3000]{{1,3}}{h}|{h}[ \u3000]{{1,2}}{h}{h})(?!{h})"
            r"|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,12}"
            r"|[\u4e00-\u9fff·]{2,5})")
    roles = "|".join(sorted(map(re.escape, lay["byline_roles"]), key=len, reverse=True))
    orgs = "|".join(list(map(re.escape, lay["byline_org_suffixes"])) + [lay["byline_paper_suffix"]])
    # (the paper's name may hold a dot or a dash: 顶端新闻·河南手机报记者, 华龙网-新重庆客户端记者;
    # or name the site and its app: 南海网、南海网客户端记者; or an app and the paper it carries:
    # 某某云/某某日报记者)
    # (after a brand in Latin letters too: YMG全媒体记者)
    role = rf"(?:[A-Z]{{2,8}})?(?:[\u4e00-\u9fff][\u4e00-\u9fff·\-－、/／]{{1,16}}(?:{orgs})(?:{roles})|(?:{roles}))"
    credit = "|".join(sorted(map(re.escape, lay["photo_credit_words"]), key=len, reverse=True))
    # (a comic's credit first: 文/漫画 is one mark, not 文/ before a name 漫画)
    marks = "|".join(map(re.escape, list(lay.get("comic_byline_marks") or ()) + list(lay["byline_marks"])))
    # an organisation standing among the names (中国日报内蒙古记者站): a source, not a name
    org_sufs = sorted({s for s in list(load_data("page_meta.yaml")["organisation_suffixes"]) + list(lay["byline_org_suffixes"])
                       if len(s) >= 2}, key=len, reverse=True)
    org = rf"[\u4e00-\u9fff]{{2,14}}(?:{'|'.join(map(re.escape, org_sufs))})"
    who = rf"(?:{org}|{name})"
    long_name = r"[\u4e00-\u9fff]{2,7}"
    item = rf"(?:{role}(?:\s+|\s*[：:]\s*){long_name}|(?:{role}\s*[：:]?\s*)?{who})"
    tails = "|".join(map(re.escape, sorted(lay.get("byline_tail_credits") or [], key=len, reverse=True))) or "(?!)"
    # (Taiwan's papers: 记者林育贤／花莲报导)
    report = rf"(?:(?:\s+|\s*[/／]\s*)[\u4e00-\u9fff]{{2,6}}报[道导]|\s+(?:{tails})|\s+{lay['byline_trailing_role']})?"
    return {
        # (one mark after another: ■文/图 记者 某某)
        "mark": re.compile(rf"^(?:(?:{marks})\s*)*(?:{marks}|{lay['byline_label_mark']})\s*"),
        "role": re.compile(role),
        # a role word alone: a line without one holds no match of "role" (slow on a long paragraph)
        "role_word": re.compile(roles),
        # names only, at least two (apart by spaces or 、), or one preceded by a role word; after a role word set
        # apart by a space or colon a name may be longer (额尔敦巴雅尔: a Mongol name); the
        # place it was reported from may close the line (中国日报记者 徐琳 江苏昆山报道)
        "names_line": re.compile(
            rf"^{item}(?:(?:\s+|\s*、\s*){item})+{report}$|^{role}\s*[：:]?\s*{name}{report}$|^{role}(?:\s+|\s*[：:]\s*){long_name}{report}$"),
        # a credit may stand in brackets: （郭思 闫铭强 摄）, 一角(任海鑫摄)
        # (role words may stand before the names: （本报记者 袁 琛 摄）)
        # (names before the last stand apart by a space: a run of Han characters read
        # as names glued together backtracks exponentially on a long line)
        "photo_line": re.compile(rf"^[（(]?(?:{role}\s*|{name}\s+)*{name}\s*(?:{credit})[）)]?$"),
        "photo_tail": re.compile(rf"^(.*?[。！？!?\.…”]?)(?:\s+|\s*(?=[（(])|(?<=[。！？!?]))[（(]?((?:{role}\s*|{name}\s+)*{name})\s*(?:{credit})[）)]?$"),
        "credit_note": re.compile("|".join(lay["credit_note_patterns"])),
        "picture": re.compile(lay.get("picture_placeholder") or "(?!)"),
        # a letter's signature: who the writer is, then the name (某某街道居民　刘桂芝)
        # (a place may stand apart before the role: 山阴县  读者  乔永刚)
        "signature": re.compile(
            rf"^(?:[\u4e00-\u9fff]{{0,16}}(?:[\s\u3000]+)?(?:{'|'.join(map(re.escape, sorted(lay['signature_roles'] + list(lay.get('speaker_posts') or []), key=len, reverse=True)))})"
            rf"|{lay['pupil_descriptor']})"  # (a pupil's school and class: 某某小学五年级（3）班　张三)
            r"[\s\u3000]+(?P<name>[\u4e00-\u9fff·]{2,5})$"),
        "name": re.compile(name),
        "trailing_role": re.compile(lay["byline_trailing_role"]),
    }


def ends_with(text: str, marks: str) -> bool:
    return bool(text) and text.rstrip()[-1:] in marks


def han_len(text: str) -> int:
    return len(HAN.findall(text))


def unbracketed(text: str) -> str:
    """A label without the brackets or mark around it (【快评】, ■短评 → 快评, 短评)."""
    return re.sub(r"^[■□●◆▲★【\[〔［]+|[】\]〕］]+$", "", text.strip()).strip()


def piece_label(text: str) -> bool:
    """The label of a piece that is an article of its own (短评, 【快评】; a paper's own comment
    column, 晚报时评: data/layout.yaml article_labels, comment_label_ends)."""
    return article_label(unbracketed(text))


def piece_kinds() -> set[str]:
    """Labels naming a piece's kind under or over its headline (记者手记, 短评, 编后: data/layout.yaml
    reporter_pieces, article_labels)."""
    lay = layout()
    return set(lay.get("reporter_pieces") or ()) | set(lay["article_labels"])
