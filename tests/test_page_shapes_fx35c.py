"""Shapes of pages that wrap a news article in a document of another kind (round 35, part c).
Every page here was written for these tests, about places in Sichuan, Hunan and Shandong (not the
held-out pages' places); every name is invented."""
from __future__ import annotations

from conftest import page_articles as _arts


LATEX_PAPER = r"""\documentclass[11pt]{ctexart}
\usepackage{graphicx}
% draft for the workshop
\title{老旧小区改造中的居民议事\\——以四川省射洪市为例}
\author{司马若澜\thanks{作者单位：某研究院。}}
\date{2022年9月 初稿}
\begin{document}
\maketitle
\section{背景}
射洪市近年持续推进老旧小区改造\cite{wang2020old}，已完成改造小区87个\footnote{另据射洪市住建局统计，共惠及居民2.3万户。}。
\section{做法}
各小区设立居民议事会，累计召开议事会316场。
\begin{tabular}{lc}
年份 & 2021 \\
小区 & 55 \\
\end{tabular}
\end{document}
"""


def test_a_latex_source_is_read_as_its_paper_title_subtitle_author_and_text():
    (art,) = _arts(LATEX_PAPER)
    assert art["title"] == "老旧小区改造中的居民议事"
    assert art["subtitle"].lstrip("—") == "以四川省射洪市为例"
    assert art["authors"] == ["司马若澜"]
    assert art["adcode"] == "510981"
    values = {f["value"] for f in art["facts"]}
    assert {87, 316, 23000} <= values          # the text's and the footnote's figures
    assert not values & {11, 2020, 55}         # the option size, a cite key's year, a table cell


SCHOOL_SPEECH = """醴陵市第二中学 > 德育天地 > 国旗下讲话
发布时间：2022-04-11　点击数：158

文明出行从我做起
——第八周国旗下讲话
讲话人：高一（5）班 龙雨萱　　审稿：谭老师

尊敬的老师、亲爱的同学们：
大家早上好！
醴陵市正在创建省级文明城市，今年城区新增公共自行车站点26个，新划斑马线140处。
让我们从身边小事做起，文明出行，安全出行。
我的讲话完毕，谢谢大家。
"""


def test_a_speech_credited_to_a_pupil_with_their_class_names_the_pupil_and_keeps_its_title():
    (art,) = _arts(SCHOOL_SPEECH)
    assert art["title"] == "文明出行从我做起"
    assert art["authors"] == ["龙雨萱"]          # the class 高一（5）班 is no name, the 审稿 teacher no author
    assert art["adcode"] == "430281"
    assert {26, 140} <= {f["value"] for f in art["facts"]}


def test_a_unit_run_into_a_name_without_a_space_is_still_no_credit():
    # guard: only a pupil's class may run into the name; an office's name glued to one stays unread
    from build_tools.structure.meta import meta_fields
    assert meta_fields("作者：某某市自然资源局张三") == []
    assert meta_fields("作者：初三2班 王小雨") == [("author", "王小雨")]


TIPOFF_THREAD = """华商报·看见视频　爆料平台
报料编号：HSB-20230602-0311
报料人：刘**（136****5508）
报料内容：汉滨区江北一条巷子里的路灯坏了快一个月，晚上出行很不方便。
处理状态：【已跟进】

—— 记者跟进 ——
汉滨：巷道路灯一周修复　老旧片区照明同步“补短板”
华商报·看见视频记者 欧阳晨曦 实习生 宁语桐
2023年6月9日

接到报料后，记者来到现场，看到巷子里的路灯已经全部亮起。汉滨区城市管理局相关负责人介绍，接到转办后5天内完成维修，更换灯具18盏。
借此契机，汉滨区对江北老旧片区27条巷道开展照明排查，新装路灯310盏。
"""


def test_a_tipoff_thread_gives_one_article_the_followup_with_its_headline_and_byline():
    (art,) = _arts(TIPOFF_THREAD)
    assert art["title"].startswith("汉滨：巷道路灯一周修复")
    assert art["authors"] == ["欧阳晨曦", "宁语桐"]     # (华商报·看见视频记者: the paper and its video app)
    assert art["date"]["value"] == "2023-06-09"
    assert art["adcode"] == "610902"
    values = {f["value"] for f in art["facts"]}
    assert {18, 27, 310} <= values


TV_RUNDOWN = """湘西州广播电视台《湘西新闻联播》播出稿
播出日期：2021年10月18日　播出时间：19:00　责编：向晓岚

01
标题：凤凰：沱江两岸夜景提质
【口播】今年以来，凤凰县对沱江两岸42栋临街建筑进行立面整治。
【正文】整治后的街区干净整洁，县里同步设置文明引导岗16个，招募志愿者520名。
时长：1'20"　记者：滕子墨　摄像：龙　飞

02
标题：吉首：背街小巷装上“文明灯”
【口播】吉首市在城区35条背街小巷新装路灯880盏。
【正文】居民夜间出行更加方便，社区还组建了巡逻队9支。
时长：0'55"　记者：彭思远　摄像：石　岩

【片尾】感谢收看。
"""


def test_a_tv_rundown_gives_one_article_per_titled_item_with_the_station_and_air_date():
    arts = _arts(TV_RUNDOWN)
    assert [a["title"] for a in arts] == ["凤凰：沱江两岸夜景提质", "吉首：背街小巷装上“文明灯”"]
    assert [a["authors"] for a in arts] == [["滕子墨"], ["彭思远"]]
    assert [a["adcode"] for a in arts] == ["433123", "433101"]
    assert all(a["outlet"] == "湘西州广播电视台" for a in arts)
    assert all(a["date"]["value"] == "2021-10-18" for a in arts)
    assert {880, 9} <= {f["value"] for f in arts[1]["facts"]}


ONE_TITLE_FIELD = """【草稿】新闻稿
标题：宁乡：社区书屋开到家门口
宁乡市今年在城区新建社区书屋24家，配备图书3.6万册，方便居民就近阅读。
记者：周子航
"""


def test_a_single_title_field_still_gives_one_article():
    # guard: one labelled title is the page's title, no split
    (art,) = _arts(ONE_TITLE_FIELD)
    assert art["title"] == "宁乡：社区书屋开到家门口"


def test_latex_with_unclosed_environments_reads_in_linear_time():
    """A hostile LaTeX source of many \\begin{…} never closed: one pass, not a scan per \\begin
    (which took 9 s for 8 000 of them)."""
    from conftest import cpu_growth

    from build_tools.ingest.latex import read_latex

    def page(n: int) -> str:
        return "\\documentclass{ctexart}\n\\begin{document}\n" + "\\begin{abc}文明 " * n + "\n\\end{document}\n"

    assert cpu_growth(lambda t: read_latex("x.tex", t), page(5_000), page(20_000)) < 8
