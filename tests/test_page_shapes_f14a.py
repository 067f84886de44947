"""Shapes of pages the pipeline had not seen (issue 14, held-out sets 12 and 13): lines in another
script beside the Chinese ones, fake-bold headlines whose every character the text layer doubles,
and an audio or video player's and a reading-time estimate's text above the title. Every page here
was written for these tests, about places the held-out pages do not use (锡林郭勒, 甘孜, 和田,
延边, 凉山, 博尔塔拉, 泸州, 遂宁, 资阳, 丽水, 抚顺, 咸宁 ...)."""
from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from build_tools.repair import fix_doubled_text
from build_tools.repair.doubled import _HALVES_RE, _natural, split_doubled
from conftest import page_articles as _arts


def _kept(a: dict, line: str) -> bool:
    """The line is kept as the page's furniture (in the report), not in the title or text."""
    return (any(f["kind"] == "furniture" and f["text"] == line for f in a["flags"])
            and line not in a["title"] and all(line not in b["text"] for b in a["body"]))


# ---------------------------------------------------------------- lines in another script

MONGOLIAN_NAME = "ᠱᠤᠯᠤᠤ ᠬᠥᠪᠡᠭᠡᠲᠦ ᠴᠠᠭᠠᠨ ᠬᠣᠰᠢᠭᠤ"
MONGOLIAN_TITLE = "ᠰᠣᠶᠣᠯ ᠲᠠᠢ ᠮᠠᠯᠴᠢᠨ ᠤ ᠭᠡᠷ"
# a banner's WeChat post: its name in Mongolian script on top, the title's Mongolian translation
# under the Chinese title, a Mongolian credit line at the foot
MONGOLIAN_POST = f"""{MONGOLIAN_NAME}
正镶白旗融媒
2024年6月18日 17:40 内蒙古
牧区嘎查里的“文明户”评选
{MONGOLIAN_TITLE}
入夏以来，正镶白旗各苏木嘎查陆续开展“文明户”评选，牧民们把草场、棚圈和院落收拾得干干净净。
今年正镶白旗共评出“文明户”312户，带动全旗牧户开展庭院整治。
ᠵᠢᠷᠤᠭ：ᠪᠠᠲᠤ
文字：斯琴高娃
编辑：乌日娜
"""


def test_a_mongolian_account_name_and_title_translation_are_never_the_title():
    (a,) = _arts(MONGOLIAN_POST)
    assert a["title"] == "牧区嘎查里的“文明户”评选"
    assert a["adcode"] == "152529"          # 正镶白旗
    assert a["authors"] == ["斯琴高娃"]
    assert _kept(a, MONGOLIAN_NAME) and _kept(a, MONGOLIAN_TITLE) and _kept(a, "ᠵᠢᠷᠤᠭ：ᠪᠠᠲᠤ")


TIBETAN_NAME = "དར་རྩེ་མདོ་གྲོང་ཁྱེར་མི་དམངས་སྲིད་གཞུང་།"
TIBETAN_LABEL = "ས་གནས་གསར་འགྱུར།"
# a county-level city's government site: its Tibetan name under the Chinese one, a Tibetan section
# label right ABOVE the title (after the breadcrumb), the meta line under the title
TIBETAN_SITE = f"""康定市人民政府
{TIBETAN_NAME}
首页 > 新闻中心 > 乡镇动态
{TIBETAN_LABEL}
康定市：跑马山下文明新风劲吹
发布时间：2023-08-22 10:05　来源：康定市融媒体中心　作者：泽仁拉姆
　　跑马山下，折多河畔，康定市城区的大街小巷干净整洁。今年以来，康定市新建城市书房6个，设置文明劝导岗42个。
　　在炉城街道，社区志愿者每周开展一次环境整治，居民们积极参与。
"""


def test_a_tibetan_label_above_the_title_is_furniture():
    (a,) = _arts(TIBETAN_SITE)
    assert a["title"] == "康定市：跑马山下文明新风劲吹"
    assert a["adcode"] == "513301"
    assert a["authors"] == ["泽仁拉姆"]
    assert _kept(a, TIBETAN_NAME) and _kept(a, TIBETAN_LABEL)


UYGHUR_KICKER = "خوتەن شەھىرىدە مەدەنىيەت يېڭى ئىستىلى"
# a prefecture paper's page: the title's Uyghur version printed ABOVE the Chinese title (a
# bilingual headline), then the byline
UYGHUR_PAGE = f"""和田日报
2023年11月7日 星期二
第2版
{UYGHUR_KICKER}
和田市：老城巷子里的“文明之家”
本报记者 王建国 古丽娜
　　走进和田市古江巴格街道，巷子两旁的民居门前花草整齐。今年以来，和田市在老城区建成“文明之家”28个，组织志愿者上门服务1600余人次。
　　“巷子干净了，邻居们也常在一起喝茶聊天。”居民热依拉说。
"""


def test_a_uyghur_headline_above_the_chinese_one_is_not_the_title():
    (a,) = _arts(UYGHUR_PAGE)
    assert a["title"] == "和田市：老城巷子里的“文明之家”"
    assert a["adcode"] == "653201"
    assert a["authors"] == ["王建国", "古丽娜"]
    assert a["date"]["value"] == "2023-11-07"
    assert _kept(a, UYGHUR_KICKER)


KOREAN_TITLE = "룡정시 《문명가정》 평선활동 활발히 전개"
# a county-level city's app copy: the Korean version of the title on the line under it, Korean
# names in the byline
KOREAN_APP = f"""龙井融媒
龙井市“文明家庭”评选活动火热开展
{KOREAN_TITLE}
2024-05-16 09:30　来源：龙井融媒　作者：金美善 朴成浩
　　近日，龙井市启动第三届“文明家庭”评选活动，全市各街道、乡镇共推荐候选家庭96户。
　　龙井市文明办负责人介绍，评选结果将在全市公示，获评家庭将在社区“光荣榜”上展示。
"""


def test_a_korean_title_line_is_the_titles_other_script_name():
    (a,) = _arts(KOREAN_APP)
    assert a["title"] == "龙井市“文明家庭”评选活动火热开展"
    assert a["adcode"] == "222405"
    assert a["authors"] == ["金美善", "朴成浩"]
    assert _kept(a, KOREAN_TITLE)
    # a title with Latin letters in it is still a title; the other script's line under it is not
    page = """5G赋能：临海老城区有了“智慧巷长”
ᠰᠣᠶᠣᠯ ᠲᠠᠢ ᠭᠤᠳᠤᠮᠵᠢ
　　今年以来，临海市在老城区推广“智慧巷长”系统，覆盖背街小巷65条。
"""
    (b,) = _arts(page)
    assert b["title"] == "5G赋能：临海老城区有了“智慧巷长”"
    assert b["adcode"] == "331082"
    assert _kept(b, "ᠰᠣᠶᠣᠯ ᠲᠠᠢ ᠭᠤᠳᠤᠮᠵᠢ")


YI_NAME = "ꍏꇩꏦꆈꌠ ꀊꆨꌦ"
# a county's WeChat post whose first line is the account's name in Yi script, above the Chinese
# name; the post's time line, the title, the text, and a line that is Yi only at the foot
YI_POST = f"""{YI_NAME}
昭觉发布
2023-12-02 20:16 四川
昭觉县：彝家新寨处处是文明新景
走进昭觉县的彝家新寨，一排排新房整齐划一，房前屋后干干净净。
今年以来，昭觉县开展“四好”创建，评选“四好”家庭1850户。
ꀊꆨꌦ ꃅꇬ
责任编辑：吉克阿呷
"""


def test_yi_lines_at_the_top_and_foot_of_a_post_are_furniture():
    (a,) = _arts(YI_POST)
    assert a["title"] == "昭觉县：彝家新寨处处是文明新景"
    assert a["adcode"] == "513431"
    assert a["outlet"] == "昭觉发布"      # the account over its time line, under its Yi name
    assert _kept(a, YI_NAME) and _kept(a, "ꀊꆨꌦ ꃅꇬ")


KAZAKH_1 = "بورتالا قالاسىندا مادەنيەتتى قالا قۇرۋ"
KAZAKH_2 = "قالا كوشەلەرى تازا"
# two short items on one page of a city's site, each Chinese title with its Kazakh (Arabic-script)
# version on the line under it
KAZAKH_BRIEFS = f"""博乐市：文明实践站走进社区
{KAZAKH_1}
本报讯（记者 努尔兰）近日，博乐市在各社区建成新时代文明实践站21个，方便居民就近参加志愿服务。

博乐市：背街小巷换新颜
{KAZAKH_2}
本报讯（记者 叶尔兰）今年以来，博乐市改造背街小巷38条，城区道路更加整洁畅通。
"""


def test_each_item_with_a_kazakh_line_under_its_title_keeps_its_own_title():
    arts = _arts(KAZAKH_BRIEFS)
    assert [a["title"] for a in arts] == ["博乐市：文明实践站走进社区", "博乐市：背街小巷换新颜"]
    assert [a["authors"] for a in arts] == [["努尔兰"], ["叶尔兰"]]
    assert _kept(arts[0], KAZAKH_1) and _kept(arts[1], KAZAKH_2)


# ---------------------------------------------------------------- fake bold in PDF text layers

def _bold(text: str) -> str:
    """A line as a fake-bold PDF's text layer gives it: every character twice (spaces once)."""
    return "".join(c if c.isspace() else c + c for c in text)


# a prefecture paper's page: the 引题 and the title in fake bold, the subtitle and the text plain
LUZHOU_PAGE = f"""泸州日报 LUZHOU DAILY
2024年3月26日 星期二
第03版 城事
{_bold("背街小巷大变样")}
{_bold("江阳区：老街小巷有了“巷长”")}
——全区217条背街小巷实现“巷长制”全覆盖
本报记者 钟小梅
　　“以前巷子里乱停乱放，现在有巷长天天来转，干净多了。”3月22日，江阳区北城街道一条老巷里，居民刘国华说。
　　去年以来，江阳区为全区217条背街小巷配齐“巷长”，累计解决群众反映问题1350件。
"""


def test_a_fake_bold_title_and_its_kicker_are_read_single():
    (a,) = _arts(LUZHOU_PAGE)
    assert a["title"] == "江阳区：老街小巷有了“巷长”"
    assert a["subtitle"] == "——全区217条背街小巷实现“巷长制”全覆盖"
    assert a["adcode"] == "510502"
    assert a["authors"] == ["钟小梅"]
    assert "天天" in " ".join(b["text"] for b in a["body"])  # the text's own reduplication stays
    assert any(e["pass_name"] == "fix_doubled_text" for e in a["edits"])


# two items on one page, each under a fake-bold column tag, with a fake-bold title and (the first)
# a fake-bold byline, the mark printed once
ZIYANG_PAGE = f"""资阳日报
2023年9月12日
04 区县新闻
{_bold("区县快讯")}
{_bold("雁江区：“红马甲”守护上学路")}
□{_bold("本报记者 何晓燕")}
　　开学以来，雁江区组织“红马甲”志愿者在城区24所学校门口值守，护送学生上下学。
　　雁江区文明办介绍，目前已有志愿者860余人参与护学岗服务。
{_bold("乡镇传真")}
{_bold("雁江区伍隍镇：文明积分兑出好风气")}
本报通讯员 邓春燕 刘洋
　　伍隍镇在各村推行文明积分，村民参加志愿服务、整治庭院都能积分，全镇已建成积分超市12个。
"""


def test_fake_bold_column_tags_titles_and_byline_on_a_page_of_two_items():
    arts = _arts(ZIYANG_PAGE)
    assert [a["title"] for a in arts] == ["雁江区：“红马甲”守护上学路", "雁江区伍隍镇：文明积分兑出好风气"]
    assert [a["authors"] for a in arts] == [["何晓燕"], ["邓春燕", "刘洋"]]
    assert {a["adcode"] for a in arts} == {"512002"}
    assert all("区县快讯" != a["subtitle"] and "乡镇传真" != a["subtitle"] for a in arts)


def test_a_fake_bold_headline_alone_without_punctuation():
    page = f"""丽水日报
2024年1月9日 第2版
{_bold("莲都区老旧小区焕发新活力")}
本报记者 叶晓丽
　　去年以来，莲都区完成老旧小区改造46个，惠及居民1.2万户。
　　改造后的小区加装了电梯，楼道也亮了起来。
"""
    (a,) = _arts(page)
    assert a["title"] == "莲都区老旧小区焕发新活力"
    assert a["authors"] == ["叶晓丽"]
    assert a["adcode"] == "331102"


HAN = "城市文明创建全国人民工作服务社会区县街道小巷老旧新风志愿者的了是在和"
WORDS = ["谢谢", "天天", "人人", "星星点点", "干干净净", "常常", "处处", "层层", "家家户户"]
ordinary_line = st.lists(st.one_of(st.sampled_from(WORDS), st.text(alphabet=HAN, min_size=1, max_size=6),
                                   st.sampled_from(list("，。：“”、 "))), min_size=1, max_size=12).map("".join)


def _doubled_throughout(line: str) -> bool:
    """Is every character of every space-separated chunk printed twice in a row?"""
    return all(len(c) % 2 == 0 and all(c[i] == c[i + 1] for i in range(0, len(c), 2)) for c in line.split())


def _doubled_somewhere_plainly(line: str) -> bool:
    """Is the line one the older shapes of doubled text (X+X) read? (not this property's business)"""
    return split_doubled(line) is not None or bool(_HALVES_RE.match(line))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ordinary_line, st.text(alphabet=HAN + "：“”", min_size=4, max_size=20))
def test_ordinary_lines_with_reduplicated_words_are_never_undoubled(line, headline):
    """谢谢, 天天, 星星点点, 人人 in ordinary text, even right under a fake-bold title, stay as written;
    only a line doubled character by character throughout is read single."""
    assume(line.strip() and not _doubled_somewhere_plainly(line) and not _doubled_throughout(line))
    assume(sum(1 for c in headline if c in HAN) >= 4 and not _doubled_somewhere_plainly(headline)
           and not _doubled_throughout(headline) and not _natural(_bold(headline)))
    assert fix_doubled_text(line) == line
    assert fix_doubled_text(_bold(headline) + "\n" + line).split("\n") == [headline, line]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=HAN + "：“”《》", min_size=4, max_size=30))
def test_a_fake_bold_headline_is_read_back_as_printed(headline):
    """Round trip: a headline doubled as fake bold is read back exactly, unless it is itself a run of
    reduplicated words or already doubled (then it is left as the text layer gave it)."""
    han = sum(1 for c in headline if c in HAN)
    assume(han >= 4 and not _doubled_somewhere_plainly(headline) and not _doubled_throughout(headline)
           and not _natural(_bold(headline)))  # (人区 in fake bold is 人人区区: two words of the language)
    assert fix_doubled_text(_bold(headline)) == headline


# ---------------------------------------------------------------- players and reading times

def _no_chrome_in_text(a: dict, *lines: str) -> bool:
    """The lines are kept as the page's furniture and none of them is in the title, subtitle or text."""
    text = " ".join(b["text"] for b in a["body"])
    kept = {f["text"].replace(" ", "") for f in a["flags"] if f["kind"] == "furniture"}  # (spaces fixed)
    return all(x.replace(" ", "") in kept and x not in text and x not in a["subtitle"] and x != a["title"]
               for x in lines)


# a city's app copy: a video player's controls and an AI voice's credit ABOVE the title
SUINING_APP = """遂宁新闻
打开APP
听新闻
▶ 00:00 / 03:26
倍速 1.0x
AI合成 · 声音：晓晨
船山区：老旧院落变身“幸福家园”
来源：遂宁新闻网　作者：何丽娟　2024年4月11日
　　走进船山区嘉禾街道一处老旧院落，新铺的路面平整干净，墙上画满了文明宣传画。
　　去年以来，船山区改造老旧院落58个，新增停车位940个。
编辑：刘洋
"""


def test_an_audio_player_before_the_title_is_chrome():
    (a,) = _arts(SUINING_APP)
    assert a["title"] == "船山区：老旧院落变身“幸福家园”"
    assert a["adcode"] == "510903"
    assert a["authors"] == ["何丽娟"]
    assert _no_chrome_in_text(a, "听新闻", "▶ 00:00 / 03:26", "倍速 1.0x", "AI合成 · 声音：晓晨")
    assert {f["value"] for f in a["facts"]} == {58, 940}


# a WeChat post: the reading-time note and the player between the meta line and the text
XIANNING_POST = """咸安发布
咸安区：桂花小镇的“文明积分超市”
咸安发布 2023-10-09 18:05 湖北
本文字数：1260，阅读时长约4分钟
语音朗读
00:00 / 04:05
　　秋天的桂花镇，满街飘香。镇上的“文明积分超市”里，村民们用积分换来了米油和洗衣粉。
　　今年以来，咸安区建成文明积分超市36个，参与农户2.8万户。
文字：陈晓玲
"""


def test_a_reading_time_note_and_a_player_under_the_meta_line_are_chrome():
    (a,) = _arts(XIANNING_POST)
    assert (a["title"], a["subtitle"]) == ("咸安区：桂花小镇的“文明积分超市”", "")
    assert a["adcode"] == "421202"
    assert a["authors"] == ["陈晓玲"]
    assert _no_chrome_in_text(a, "本文字数：1260，阅读时长约4分钟", "语音朗读", "00:00 / 04:05")
    assert a["body"][0]["text"].startswith("秋天的桂花镇")
    assert {f["value"] for f in a["facts"]} == {36, 28000}


# a city news site copied through the browser's reader view: the domain, the title, the meta line,
# then the reading time as the reader view prints it, over the text
FUSHUN_READER = """fsnews.com.cn
顺城区：老工业社区唱响文明新曲
2024-06-05 08:40 来源：抚顺日报
6 分钟
抚顺网讯（记者 赵丽萍）走进顺城区将军街道，老厂区旁的社区广场上，居民们正在排练文艺节目。
今年以来，顺城区在老工业社区建成文明实践广场14个。
"""


def test_a_reading_time_under_the_meta_line_is_chrome():
    (a,) = _arts(FUSHUN_READER)
    assert (a["title"], a["subtitle"]) == ("顺城区：老工业社区唱响文明新曲", "")
    assert a["adcode"] == "210411"
    assert a["authors"] == ["赵丽萍"]
    assert _no_chrome_in_text(a, "6 分钟")


def test_a_reading_time_range_above_the_title_is_chrome():
    page = FUSHUN_READER.replace("6 分钟\n", "").replace("fsnews.com.cn\n", "fsnews.com.cn\n5–7 分钟\n")
    (a,) = _arts(page)
    assert (a["title"], a["subtitle"]) == ("顺城区：老工业社区唱响文明新曲", "")
    assert _no_chrome_in_text(a, "5–7 分钟")


# a paper's site: the title (with minutes of its own), the meta line, the reading time as a
# sentence, and a listening player's button, clock and speed, one a line
JINGMEN_SITE = """东宝区打造“15分钟便民生活圈”
2023-07-18 09:10　来源：荆门日报
阅读全文需要3分钟
听全文
00:00 / 02:10
1.0x
　　今年以来，东宝区新建便民服务点52个，居民步行15分钟就能办成小事。
"""


def test_a_reading_time_sentence_and_a_listen_button_are_chrome_and_minutes_in_text_stay():
    (a,) = _arts(JINGMEN_SITE)
    assert (a["title"], a["subtitle"]) == ("东宝区打造“15分钟便民生活圈”", "")
    assert a["adcode"] == "420802"
    assert _no_chrome_in_text(a, "阅读全文需要3分钟", "听全文", "00:00 / 02:10", "1.0x")
    assert a["body"][0]["text"] == "今年以来，东宝区新建便民服务点52个，居民步行15分钟就能办成小事。"
    values = {f["value"] for f in a["facts"]}
    assert 52 in values and not values & {3, 2.1, 10, 1.0}


def test_a_video_players_lines_between_the_meta_line_and_the_text_are_chrome():
    page = """丽水新闻网
莲都区：古街夜市里的文明新风
2024-02-20 19:30 来源：丽水日报
视频时长 02:15
00:00 / 02:15
全屏
今年以来，莲都区在古街夜市设置文明引导岗12个，志愿者轮流上岗。
"""
    (a,) = _arts(page)
    assert (a["title"], a["subtitle"]) == ("莲都区：古街夜市里的文明新风", "")
    assert _no_chrome_in_text(a, "视频时长 02:15", "00:00 / 02:15", "全屏")
    assert [f["value"] for f in a["facts"]] == [12]
