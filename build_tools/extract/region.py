"""Decide an article's main place from its title, subtitle, byline, kicker
and body, using the gazetteer.

Scoring (weights below): every resolved mention scores by where it stands,
the title and subtitle heavily, the kicker (column name) and byline a
little, each body mention one point. Then:

* a parent named immediately before its child (北京市怀柔区, 鄂尔多斯市东胜区)
  hands its points to the child: the child is the subject;
* a place whose direct sub-divisions are named (two or more different ones)
  gets half their points as support (an article about a city names its
  districts);
* the best score wins; on a tie the more specific place wins.

A former name (宜宾县, 章丘市: divisions abolished or recoded since, see
data/divisions_update.csv) counts for the current division that holds its
territory, so pages of different years file under one code; the evidence
says which former name and code it was.

Street names (乌兰察布东大街) are not mentions (the gazetteer skips them);
我市/首府 in a title add nothing, so the body decides. In the body, 我市 /
本市 / 全市 (and 我县, 全旗 …) count for the article's *home*: the place of that
kind the title names, else the one the outlet's name names (琼海融媒 -> 琼海市).
The outlet's own place counts only a little: a repost from another city's
paper is about what its text names.

The result carries `provenance`: how the place was decided and whether the
decision is clear (named in the title, or well ahead of the runner-up).
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict

from ..data import data_file
from ..repair.furniture import vocabulary
from ..repair.traditional import t2s
from .gazetteer import LEVEL_RANK, NEAR_CHARS, Place, load_gazetteer

WEIGHTS = {"title": 10.0, "subtitle": 10.0, "kicker": 3.0, "byline": 1.0, "body": 1.0, "outlet": 0.5}
FIELD_ZH = {"title": "标题", "subtitle": "副标题", "kicker": "栏目名", "byline": "署名", "body": "正文",
            "outlet": "媒体名"}
CHILD_SUPPORT = 0.5
# A place named as where people came from (来自成都的…) weighs less than the outlet's name.
ORIGIN_WEIGHT = 0.25
# what a place printed as the title's label (X：…) counts on top of a title's mention
LABEL_BONUS = 10.0
# 我市 / 本市 / 全市 …: the word's last character and the places it can mean
HOME_WORDS = {"市": ("我市", "本市", "全市"), "县": ("我县", "本县", "全县"), "旗": ("我旗", "本旗", "全旗"),
              "区": ("我区", "本区", "全区"), "地区": ("我地区", "本地区", "全地区"), "州": ("我州", "本州", "全州"),
              "盟": ("我盟", "本盟", "全盟")}
# a name that is also a word counts without its city when the title and the text name it this often
REPEATED_WORD_NAME = 3
# a clear decision: the winner scores at least this many times the runner-up
CLEAR_RATIO = 1.5

EMPTY = {"region": None, "adcode": None, "level": None, "province": None,
         "prefecture": None, "lat": None, "lon": None, "name_en": None,
         "subplaces": [], "evidence": ""}


# a site's menu or breadcrumb taken as the kicker (东方网 首页 | 新闻 | 上海 | 国内, 首页 > 新闻 >):
# its items are the site's channels, not what the article is about; it only tells readings apart
_MENU_MARKS_RE = re.compile(r"[|｜>＞»→]")
MENU_MIN_MARKS = 2

# a label at a title's start, a place and a colon (城区：老旧小区加装电梯…)
_TITLE_LABEL_RE = re.compile(r"^\s*([\u4e00-\u9fff]{2,12})(?:[：:]|——|—)")


def _after_destination_verb(text: str, offset: int) -> bool:
    """Does a verb of going (来, 赴, 走进: places_exclusions.yaml title_destination_verbs) stand right
    before `offset` in `text`?"""
    verbs = tuple(data_file("places_exclusions.yaml").get("title_destination_verbs") or ())
    return bool(verbs) and text[:offset].endswith(verbs)


def _as_text(x) -> str:
    if x is None:
        return ""
    if isinstance(x, (list, tuple)):
        return "\n".join(_as_text(i) for i in x)
    return str(x)


def _clip(s: str, n: int = 30) -> str:
    s = " ".join(s.split()).lstrip("# ").strip()
    return s if len(s) <= n else s[:n] + "…"


def resolve_region(title: str = "", subtitle: str = "", byline: str = "", kicker: str = "",
                   body: list[str] | None = None, outlet: str = "", page_context: str = "") -> dict:
    """The article's main place as a dict (see EMPTY for the keys); all
    values None (subplaces empty) when no place resolves. Never raises.

    `page_context`: the page's lines that are no article's text (a site's
    breadcrumb 澎湃新闻 > 上海 > 城事, a post's 发表于天津, a running head):
    the places they name only tell apart names several places share
    (普陀区 of 上海 or of 舟山); they never score."""
    try:
        return _resolve(title, subtitle, byline, kicker, body, outlet, page_context)
    except Exception as exc:  # pragma: no cover - defensive: never fail a build on odd text
        out = dict(EMPTY)
        out["subplaces"] = []
        out["evidence"] = f"region not resolved: {type(exc).__name__}"
        return out


def _home(gz, scans, context, suffix: str, outlet: str = ""):
    """The place 我市 (我县, 全旗 …) means: of that kind, named in the title or
    subtitle, else in the outlet's name."""
    for f in ("title", "subtitle", "outlet", "lead"):
        found = [gz.resolve(m, context) for m in scans.get(f, [])]
        if f == "outlet":  # (a short name of one place only the page's own outlet carries: 某某人大网)
            found = [p or (m.candidates[0] if len(m.candidates) == 1 else None) for p, m in zip(found, scans[f])]
        if f == "outlet" and not any(found):
            found = _outlet_places(gz, outlet, context)
        for p in found:
            if p is None or not p.name.endswith(suffix):
                continue
            if p.level == "province" and suffix == "市" and f != "outlet":
                continue  # (a municipality's paper, 文汇报, 北京日报: its 全市 is the municipality)
            return p
    return None


def _outlet_home(gz, scans, context, outlet: str) -> Place | None:
    """The one place a local outlet's name names (石门融媒 -> 石门县), below the province: an
    outlet naming none or several (人民网, 湖南日报) gives none."""
    found = [gz.resolve(m, context) for m in scans.get("outlet", [])]
    found = [p or (m.candidates[0] if len(m.candidates) == 1 else None) for p, m in zip(found, scans.get("outlet", []))]
    found = [p for p in found if p is not None] or _outlet_places(gz, outlet, context)[:1]
    # (a parent named before its child, 中共某市某区委宣传部: the child)
    found = [p for p in found if not any(q.adcode != p.adcode and p.adcode in q.ancestors() for q in found)]
    codes = {p.adcode for p in found}
    if len(codes) != 1 or found[0].level == "province":
        return None
    return found[0]


def _lead_home(gz, lead_scan, lead: str, context, suffix: str, words) -> Place | None:
    """The place of that kind the lead's first sentence names before its own
    全市 / 全县 (溧阳市日前在全市推行…): the 全市 is that place, whatever the
    title or the outlet name."""
    at = min((i for i in (lead.find(w) for w in words) if i >= 0), default=-1)
    if at < 0 or not lead.startswith("全", at):
        return None  # (在遵义市…测评中，我市…: 我市 is the paper's own city, not one the sentence names)
    for m in lead_scan:
        if m.offset >= at:
            break
        p = gz.resolve(m, context)
        if p is not None and p.name.endswith(suffix) and not (p.level == "province" and suffix == "市"):
            return p
    return None


@functools.lru_cache(maxsize=1)
def _outlet_homes() -> dict[str, str]:
    """Outlets whose names name no place, and their home division (data/outlet_homes.yaml)."""
    return dict(data_file("outlet_homes.yaml").get("homes") or {})


def _outlet_places(gz, outlet: str, context: set[str]) -> list:
    """Places an outlet's name starts with although the name alone is an everyday
    word (朝阳日报: 朝阳 is a place here), the ones the text names first."""
    sufs = sorted(vocabulary()["outlet_suffixes"], key=len, reverse=True)
    m = re.match(rf"^([\u4e00-\u9fff]{{2,8}}?)(?:{'|'.join(map(re.escape, sufs))})", outlet or "")
    cands = gz.by_name(m.group(1)) if m else []
    prefixes = tuple(vocabulary().get("account_name_prefixes") or ())
    if not cands and (outlet or "").startswith(prefixes):
        # 文明高台: a civilisation office's account, named 文明 and its place
        rest = re.match(r"[\u4e00-\u9fff]{2,6}", outlet[len(next(p for p in prefixes if outlet.startswith(p))):])
        cands = gz.by_name(rest.group(0)) if rest and rest.end() >= 2 else []
    if not cands:
        # (the field holds every outlet and office the page prints: 文汇报 市文明办; a name inside
        # another's, 青年报 in 中国青年报 or 文汇报 in 香港文汇报, is not that paper)
        named = t2s(outlet or "")
        homes = [code for name, code in _outlet_homes().items()
                 if re.search(rf"(?<![\u4e00-\u9fff]){re.escape(name)}(?![\u4e00-\u9fff])", named)]
        return [gz.by_code(homes[0])] if len(set(homes)) == 1 and gz.by_code(homes[0]) else []
    # (江北报 on a page naming 重庆市: Chongqing's 江北区, not Ningbo's)
    return sorted(cands, key=lambda p: (p.adcode not in context, not set(p.ancestors()) & context, LEVEL_RANK[p.level]))


def _by_parents(m, places: dict, score: dict, first_seen: dict, outlet_codes: set[str]):
    """The reading of an ambiguous mention whose parent the page stands for:
    the outlet's own place first, then the parent scoring most, then the one
    named first; None when no reading has a parent on the page, or two tie."""
    def key(p):
        anc = [a for a in p.ancestors() if a != p.adcode and a in places]
        if not anc:
            return None
        return (any(a in outlet_codes for a in anc), max(score[a] for a in anc),
                -min(first_seen[a] for a in anc)[0], -min(first_seen[a] for a in anc)[1])

    ranked = sorted(((k, p) for p in m.candidates if (k := key(p)) is not None), key=lambda x: x[0], reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None
    return ranked[0][1]


def _county_of_town(gz, m, body: str) -> Place | None:
    """A headline's short name the text prints as a town's after its county's full name
    (临安古城… over 建水县临安镇…): the headline names that town, so its county, not the
    division of that short name elsewhere (临安区)."""
    if not all(k == "alias" for k in m.kinds):
        return None
    for suf in gz.township_suffixes:
        at = body.find(m.text + suf)
        while at > 0:
            before = [x for x in gz.scan(body[max(0, at - 12):at]) if x.offset + len(x.text) == min(at, 12)]
            if before and len(before[-1].candidates) == 1 and before[-1].kinds[0] == "full":
                county = before[-1].candidates[0]
                if county.level in ("county", "prefecture") and county.adcode not in {q.adcode for q in m.candidates}:
                    return county
            at = body.find(m.text + suf, at + 1)
    return None


def _named_more_in_full(m, body: str) -> Place | None:
    """A headline's short name several places share (台江 of 台江县 and of 台江区), each named in
    full in the text: the one named so more often (the story's place; the other its partner)."""
    if len(m.candidates) < 2 or any(m.text == q.name for q in m.candidates):
        return None
    counts = sorted(((body.count(q.name), q) for q in m.candidates if len(q.name) > len(m.text)),
                    key=lambda x: x[0], reverse=True)
    if len(counts) < 2 or counts[1][0] == 0 or counts[0][0] <= counts[1][0]:
        return None
    return counts[0][1]


def _city_of_shared_name(m, p: Place, surfaces: dict[str, set[str]]) -> Place:
    """A bare name a prefecture shares with its own county-level city (临夏: 临夏回族自治州 and
    临夏市) means the prefecture, unless the page names the city in full (临夏市) and the
    prefecture by no other word (临夏州): then the city. (A district's name, 克拉玛依区, never
    takes a bare name: districts are not called by it.)"""
    if p.level != "prefecture" or m.text == p.name:
        return p
    kids = [q for q in m.candidates if q.parent == p.adcode and q.name.endswith("市") and q.name in surfaces[q.adcode]]
    if len(kids) != 1 or surfaces[p.adcode] - {m.text} - {k.name for k in kids}:
        return p
    return kids[0]


def _law_name_spans(text: str) -> list[tuple[int, int]]:
    """Where a law's or a regulation's name in 《》 stands in a headline (关于检查《某某省文明行为
    促进条例》贯彻实施情况的报告): a province there names the law's reach, not where the story is
    (data/page_meta.yaml law_name_ends)."""
    ends = tuple(vocabulary().get("law_name_ends") or ())
    return [(m.start(), m.end()) for m in re.finditer(r"《([^《》]{1,60})》", text) if ends and m.group(1).endswith(ends)]


def _short_name_in_province(gz, m, context: set[str], body: str = "") -> bool:
    """A county's two-character short name in a headline (关岭：…, 罗城…), the name of no
    other place and no everyday word, on a page whose outlet or text names the county's
    province only (a provincial paper or site): the headline's subject. Without its
    prefecture the gazetteer leaves such a name unread (too many are words elsewhere).
    A name that may be a word (凭祥) counts so when the text names it again."""
    if len(m.candidates) != 1 or (gz.needs_context(m.text) and m.text not in body):
        return False
    p = m.candidates[0]
    return p.level == "county" and p.province_code in context and m.kinds[0] == "alias"


def _resolve(title, subtitle, byline, kicker, body, outlet="", page_context="") -> dict:
    gz = load_gazetteer()
    if len(_MENU_MARKS_RE.findall(_as_text(kicker))) >= MENU_MIN_MARKS:
        page_context = "\n".join([page_context or "", _as_text(kicker)])
        kicker = ""
    fields = {
        "title": _as_text(title), "subtitle": _as_text(subtitle),
        "kicker": _as_text(kicker), "byline": _as_text(byline),
        "body": _as_text(body or []), "outlet": _as_text(outlet),
    }
    scans = {f: gz.scan(t) for f, t in fields.items()}
    context = set()
    for ms in scans.values():
        context |= gz.context_of(ms)
    context |= gz.context_of(gz.scan(page_context or ""))
    for c in list(context):
        p = gz.by_code(c)
        if p:
            context.update(p.ancestors())

    score: dict[str, float] = defaultdict(float)
    count: dict[str, int] = defaultdict(int)
    where: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    first_seen: dict[str, tuple[int, int]] = {}
    places: dict[str, Place] = {}
    quotes: dict[str, str] = {}
    order = list(fields)
    ambiguous: list[tuple[int, str, object]] = []  # mentions of names several places share
    lone: list[tuple[int, str, object]] = []  # a name that is also a word, of one place only (介休)
    formers: dict[str, str] = {}   # adcode -> a former name that named it (宜宾县 -> 宜宾市)

    def count_mention(p: Place, f: str, fi: int, offset: int, w: float) -> None:
        """One mention of place p in field f (the fi-th), weighing w."""
        places[p.adcode] = p
        score[p.adcode] += w
        count[p.adcode] += 1
        where[p.adcode][f] += 1
        first_seen.setdefault(p.adcode, (fi, offset))
        if f in ("title", "subtitle", "kicker") and p.adcode not in quotes:
            quotes[p.adcode] = f"{FIELD_ZH[f]}“{_clip(fields[f].strip())}”"

    # a place printed as the title's label (歙县：徽州古城里的…): the article's subject, ahead of
    # other places its headline names (徽州 of 徽州古城, a landmark)
    label = _TITLE_LABEL_RE.match(fields["title"])
    label_at = (label.start(1), label.group(1)) if label else None
    surfaces: dict[str, set[str]] = defaultdict(set)  # adcode -> the words that name it on the page
    for f in ("title", "subtitle", "kicker", "body"):
        for m in scans[f]:
            after = fields[f][m.offset + len(m.text):m.offset + len(m.text) + 2]
            for q in m.candidates:
                surfaces[q.adcode].add(m.text)
                kind = after[:1] if after[:1] in ("州", "盟") else after if after == "地区" else ""
                if q.level == "prefecture" and kind:
                    surfaces[q.adcode].add(m.text + kind)  # 楚雄州: the prefecture by its short form
    law_spans = {f: _law_name_spans(fields[f]) for f in ("title", "subtitle")}
    helped = [x for x in scans["title"] if fields["title"][max(0, x.offset - 4):x.offset].endswith(_words_before("beneficiary_before"))]
    for fi, f in enumerate(order):
        prev: tuple[int, Place] | None = None
        for m in scans[f]:
            near = set()
            if prev and 0 <= m.offset - prev[0] <= NEAR_CHARS:
                near = {prev[1].adcode}
            # (not when a level's word follows the name, 玉树州: the name says which)
            p = (_named_more_in_full(m, fields["body"]) if f in ("title", "subtitle", "kicker")
                 and fields[f][m.offset + len(m.text):m.offset + len(m.text) + 1] not in tuple("州市县区盟旗") else None)
            if p is None and f in ("title", "subtitle", "kicker"):
                p = _county_of_town(gz, m, fields["body"])  # 临安古城 over 建水县临安镇…: 建水's town
            p = p or gz.resolve(m, context, near)
            if p is None and len(m.candidates) == 1 and m.text in fields["outlet"]:
                p = m.candidates[0]  # a short name the page's own outlet carries (瑞丽融媒 … 瑞丽)
            if p is None and f in ("title", "subtitle") and _short_name_in_province(gz, m, context, fields["body"]):
                p = m.candidates[0]  # 关岭：… on a page of 贵州's paper: the one county of that name there
            if p is None:
                if len(m.candidates) > 1:
                    ambiguous.append((fi, f, m))
                elif m.candidates and m.candidates[0].level == "county" and m.candidates[0].name.endswith("市"):
                    lone.append((fi, f, m))  # (a county-level city's short name: 介休, not 古城 of 古城区)
                continue
            p = _city_of_shared_name(m, p, surfaces)
            if any(q is p and k == "former" for q, k in zip(m.candidates, m.kinds)):
                formers.setdefault(p.adcode, m.text)
            w = WEIGHTS[f]
            if any(a <= m.offset < b for a, b in law_spans.get(f, ())):
                w = WEIGHTS["body"]  # 《某某省文明行为促进条例》 in a title: the law's reach, not the story's place
            if f == "title" and label_at == (m.offset, m.text):
                w += LABEL_BONUS
            if f in ("title", "subtitle") and prev is not None and prev[1].adcode != p.adcode and _after_destination_verb(fields[f], m.offset):
                w = WEIGHTS["body"]  # 崇信县来静宁学习…: 静宁 is where the subject went
            if f == "title" and fields[f][max(0, m.offset - 4):m.offset].endswith(_words_before("beneficiary_before")):
                w += WEIGHTS["title"]  # 某市援疆工作队助力托里县创建…: the place helped is the story's
            elif f == "title" and any(m.offset < x.offset for x in helped):
                w = WEIGHTS["body"]  # (and the helper named before it, 江苏常州援疆工作队, is no subject)
            if f == "body" and fields[f][max(0, m.offset - 3):m.offset].endswith(_words_before("origin_before")):
                w = ORIGIN_WEIGHT  # 来自成都的研学团: where the visitors came from, not where the story is
            # parent immediately followed by its child: the child is the subject
            if prev and prev[0] == m.offset and prev[1].adcode in p.ancestors():
                score[prev[1].adcode] -= w
                w += w
            if fields[f][m.offset + len(m.text):].startswith(_words_before("visitors_after")):
                w = ORIGIN_WEIGHT  # 长春朝阳区考察团来京…: where the visiting delegation came from
            count_mention(p, f, fi, m.offset, w)
            prev = (m.offset + len(m.text), p)

    # a label naming a division at the title's start (城区：… on a page of 晋城's): the
    # subject, even when the name is an everyday word elsewhere, if its city is on the page
    lm = _TITLE_LABEL_RE.match(fields["title"])
    if lm and not any(m.offset == 0 for m in scans["title"]):
        cands = [p for p in gz.by_name(lm.group(1)) if (p.prefecture_code or p.province_code) in context]
        if len(cands) == 1:
            count_mention(cands[0], "title", 0, 0, WEIGHTS["title"])

    # a name that is also an everyday word elsewhere, of one place only, in the title and named
    # again and again in the text (介休古城里的… / 介休 ×3): that place, though its city is unnamed
    by_text: dict[str, list] = defaultdict(list)
    for item in lone:
        by_text[item[2].text].append(item)
    for items in by_text.values():
        if len(items) >= REPEATED_WORD_NAME and any(f in ("title", "subtitle") for _, f, _ in items):
            for fi, f, m in items:
                count_mention(m.candidates[0], f, fi, m.offset, WEIGHTS[f])

    # names several places share, each with its parent named on the page (通州区 of
    # 北京市 and of 南通市): the one in the outlet's place, else in the place named most,
    # then first (a paper of Beijing's names 北京 and its own 通州; a visit from 南通 once)
    outlet_codes = {q.adcode for m in scans["outlet"] for q in m.candidates}
    for fi, f, m in ambiguous:
        p = _by_parents(m, places, score, first_seen, outlet_codes)
        if p is None:
            continue
        count_mention(p, f, fi, m.offset, WEIGHTS[f])

    home_note = ""
    # the lead's first sentence names the home when title and outlet do not (天津市河西区 … 全区)
    lead = re.split(r"(?<=[。！？])", fields["body"], maxsplit=1)[0]
    scans["lead"] = gz.scan(lead)
    for suffix, words in HOME_WORDS.items():
        n = sum(fields["body"].count(w) for w in words)
        # (and the headline's: 好消息！我县这些村镇获评… is about the home, as a title naming it is;
        # not its 全市, a ranking's scope: 某区老旧小区改造进度全市第一)
        titled = any(w in fields["title"] + fields["subtitle"] for w in words[:2])
        if not n and not titled:
            continue
        home = _lead_home(gz, scans["lead"], lead, context, suffix, words) or _home(gz, scans, context, suffix,
                                                                                    fields["outlet"])
        if home is None:
            continue
        places[home.adcode] = home
        score[home.adcode] += n * WEIGHTS["body"] + (WEIGHTS["title"] if titled else 0)
        count[home.adcode] += n + titled
        where[home.adcode]["body"] += n
        if titled:
            where[home.adcode]["title"] += 1
        first_seen.setdefault(home.adcode, (len(order), 0))
        home_note = f"{'标题和' if titled else ''}正文中“{words[0]}/{words[1]}/{words[2]}”{n + titled}次指{home.name}"

    if not places:
        own = _outlet_home(gz, scans, context, fields["outlet"])
        if own is not None:
            # an item of a local outlet's page naming no place (县宣讲团走进茶园…, under 石门融媒):
            # the outlet's own place, the one its readers read it as about
            out = dict(EMPTY)
            out.update(region=own.name, adcode=own.adcode, level=own.level, province=own.province,
                       prefecture=own.prefecture or None, lat=own.lat, lon=own.lon, name_en=own.name_en)
            out["evidence"] = (f"文中没有地名，取来源媒体“{_clip(fields['outlet'])}”所在地{own.name}"
                               "（no place in the text: the outlet's own place）")
            out["provenance"] = {"method": "outlet", "confident": False}
            return out
        out = dict(EMPTY)
        out["subplaces"] = []
        out["evidence"] = "标题、副标题、署名和正文中没有可识别的行政区名称（no place name found）"
        out["provenance"] = {"method": "none", "confident": False}
        return out

    total = dict(score)
    for code, p in places.items():
        kids = [c for c, q in places.items() if q.parent == code and c != code and score[c] > 0]
        if len(kids) >= 2:
            total[code] += CHILD_SUPPORT * sum(score[c] for c in kids)

    ranked = sorted(places, key=lambda c: (total[c], LEVEL_RANK[places[c].level]), reverse=True)
    weak = {"byline", "outlet"}
    if {f for f, n in where[ranked[0]].items() if n} <= weak:
        # named only by credits (吉安日报记者 … on a page of 遂川发布): of places so named one inside
        # the other, the inner one, the more exact of two names of where the piece is from
        inner = [c for c in ranked[1:] if ranked[0] in places[c].ancestors() and total[c] > 0
                 and {f for f, n in where[c].items() if n} <= weak]
        if inner:
            ranked = [inner[0]] + [c for c in ranked if c != inner[0]]
    best = places[ranked[0]]
    subs = [places[c] for c in sorted(places, key=lambda c: first_seen[c])
            if best.adcode in places[c].ancestors() and count[c] > 0]

    parts = []
    if best.adcode in quotes:
        parts.append(f"{quotes[best.adcode]}点名{best.name}")
    parts.append(f"{best.name}在全文被提及{count[best.adcode]}次（"
                 + "、".join(f"{FIELD_ZH[f]}{n}次" for f, n in where[best.adcode].items()) + "）")
    parts.append(f"得分{total[best.adcode]:g}")
    if home_note:
        parts.append(home_note)
    if best.adcode in formers:
        surface = formers[best.adcode]
        codes = "、".join(c for c, _ in gz.former(surface) if c)
        known = f"（原区划代码{codes}）" if codes else ""
        parts.append(f"旧称“{surface}”{known}按今区划计入{best.name}（{best.adcode}）")
    runner = 0.0
    if len(ranked) > 1:
        r = places[ranked[1]]
        runner = total[r.adcode]
        parts.append(f"次选{r.name}得分{total[r.adcode]:g}（提及{count[r.adcode]}次）")
    in_title = bool(where[best.adcode].get("title") or where[best.adcode].get("subtitle"))
    method = "title" if in_title else "frequency"
    if set(k for k, v in where[best.adcode].items() if v) <= {"outlet"}:
        method = "outlet_name"  # (named by the outlet's name alone: 海西晨报 … no place in the text)
    # a clear decision: named in the title, or well ahead of the runner-up and named more than once
    confident = (in_title and not (runner and runner >= total[best.adcode])) or (
        total[best.adcode] >= CLEAR_RATIO * runner and count[best.adcode] >= 2)
    return _record(best, {"method": method, "confident": bool(confident)}, "；".join(parts), subs)


@functools.lru_cache(maxsize=None)
def _words_before(key: str) -> tuple[str, ...]:
    """Words right before a place that say what it is to the story (data/places_exclusions.yaml:
    origin_before, where visitors came from; beneficiary_before, the place a headline says is helped)."""
    return tuple(data_file("places_exclusions.yaml").get(key) or ())


def holding_region(adcodes: list[str], how: dict, evidence: str) -> dict | None:
    """The smallest division holding every place in `adcodes` (two counties of one prefecture:
    the prefecture; of two prefectures: their province), as a region record; None when they
    share no province."""
    gz = load_gazetteer()
    places = [gz.by_code(c) for c in adcodes]
    if not places or None in places:
        return None
    chains = [[p.adcode, *p.ancestors()] for p in places]
    common = [c for c in chains[0] if all(c in ch for ch in chains[1:])]
    best = gz.by_code(common[0]) if common else None
    if best is None:
        return None
    return _record(best, how, evidence)


def _record(best: Place, how: dict, evidence: str, subs=()) -> dict:
    """An article's region as the pipeline records it: the place, how it was decided, why."""
    return {
        "provenance": how,
        "region": best.name, "adcode": best.adcode, "level": best.level,
        "province": best.province, "prefecture": best.prefecture or None,
        "lat": best.lat, "lon": best.lon, "name_en": best.name_en,
        "subplaces": [{"name": s.name, "adcode": s.adcode, "level": s.level} for s in subs],
        "evidence": evidence,
    }
