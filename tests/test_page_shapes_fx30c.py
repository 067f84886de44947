"""Shapes of pages the pipeline had not seen (held-out set 30's wrapper kinds, helper fx30c): an
article saved inside another document or tool's output (a citation manager's export, an OCR
engine's printed boxes, a chat with an AI assistant, a form, OCR of TV screenshots, a browser's
machine translation). Every page here was written for these tests, about places elsewhere in
China than the held-out pages; names are invented."""
from __future__ import annotations

from conftest import page_articles as _arts


def _facts(art: dict) -> set:
    return {(f["value"], f["unit"]) for f in art["facts"]}


def _values(arts: list[dict]) -> set:
    return {f["value"] for a in arts for f in a["facts"]}


RIS_EXPORT = """TY  - NEWS
TI  - 婺源：油菜花田边的“文明驿站”
AU  - 程远舟
AU  - 汪若溪
T2  - 江西日报
DA  - 2024/03/28
PY  - 2024
SP  - 6
LA  - zh-CN
N1  - 第6版：市县
KW  - 文明旅游
AB  - 春分过后，婺源县江岭景区的油菜花开得正盛。 “游客多了，驿站就是大家歇脚问路的地方。”志愿者俞大姐说。 今年以来，婺源县在景区沿线建成“文明驿站”37个，招募旅游志愿者890名，发放文明旅游提示卡4.2万张。
Y2  - 2024/05/06
DB  - 报纸全文数据库
ER  - 
"""


def test_a_ris_export_is_read_as_its_article_with_its_tags_as_meta():
    arts = _arts(RIS_EXPORT)
    assert len(arts) == 1
    a = arts[0]
    assert a["title"] == "婺源：油菜花田边的“文明驿站”"
    assert a["authors"] == ["程远舟", "汪若溪"]
    assert a["outlet"] == "江西日报" and a["date"]["value"] == "2024-03-28" and a["newspaper_page"].strip("第版") == "6"
    assert a["adcode"].startswith("361130")
    assert {(37, "个"), (890, "名"), (42000, "张")} <= _facts(a)
    assert 2024 not in _values(arts) and 6 not in _values(arts)  # PY, the access date, the page


ENDNOTE_EXPORT = """%0 Newspaper Article
%T 祁门：茶园里的“红马甲”
%A 方如晦
%A 叶知秋
%J 安徽日报
%D 2023
%8 2023-05-12
%P 7
%K 志愿服务
%X 祁门县组建茶乡志愿服务队46支，今年春茶季累计服务茶农3100余人次。 “有了他们，采茶季不再手忙脚乱。”茶农陈师傅说。
"""

BIBTEX_EXPORT = """@article{ye2023,
  title = {祁门：茶园里的“红马甲”},
  author = {方如晦 and 叶知秋},
  journal = {安徽日报},
  date = {2023-05-12},
  pages = {7},
  abstract = {祁门县组建茶乡志愿服务队46支，今年春茶季累计服务茶农3100余人次。 “有了他们，采茶季不再手忙脚乱。”茶农陈师傅说。},
  keywords = {志愿服务}
}
"""


def test_endnote_and_bibtex_exports_are_read_like_ris():
    # (the EndNote page is a guard: structure/ read it before; the BibTeX one fails before)
    for page in (ENDNOTE_EXPORT, BIBTEX_EXPORT):
        arts = _arts(page)
        assert len(arts) == 1
        a = arts[0]
        assert a["title"] == "祁门：茶园里的“红马甲”" and a["authors"] == ["方如晦", "叶知秋"]
        assert a["outlet"] == "安徽日报" and a["date"]["value"] == "2023-05-12"
        assert a["adcode"].startswith("341024")
        assert {(46, "支"), (3100, "人次")} <= _facts(a)


PADDLE_DUMP = """[2024/06/11 08:40:02] ppocr INFO: **********/home/scan/gsrb_20240608_p3.jpg**********
[[[90.0, 30.0], [600.0, 30.0], [600.0, 74.0], [90.0, 74.0]], ('甘肃日报', 0.9962)]
[[[640.0, 36.0], [1100.0, 36.0], [1100.0, 66.0], [640.0, 66.0]], ('2024年6月8日 星期六 第3版', 0.9871)]
[[[90.0, 130.0], [1100.0, 130.0], [1100.0, 186.0], [90.0, 186.0]], ('民勤：沙乡的“文明新风”', 0.9930)]
[[[92.0, 204.0], [500.0, 204.0], [500.0, 230.0], [92.0, 230.0]], ('本报记者 柴望舒 石青禾', 0.9790)]
[[[92.0, 252.0], [580.0, 252.0], [580.0, 278.0], [92.0, 278.0]], ('在民勤县红沙梁镇，', 0.9850)]
[[[92.0, 282.0], [580.0, 282.0], [580.0, 308.0], [92.0, 308.0]], ('一排排梭梭树守着村庄。', 0.9820)]
[[[92.0, 312.0], [580.0, 312.0], [580.0, 338.0], [92.0, 338.0]], ('全县今年新建文明实践点52个，', 0.9901)]
[[[600.0, 252.0], [1100.0, 252.0], [1100.0, 278.0], [600.0, 278.0]], ('培训治沙志愿者2300名。', 0.9880)]
"""


def test_an_ocr_engines_printed_boxes_are_read_as_their_texts():
    arts = _arts(PADDLE_DUMP)
    assert len(arts) == 1
    a = arts[0]
    assert a["title"] == "民勤：沙乡的“文明新风”"  # not the log line, not the masthead
    assert a["authors"] == ["柴望舒", "石青禾"]
    assert a["outlet"] == "甘肃日报" and a["date"]["value"] == "2024-06-08" and a["newspaper_page"] == "第3版"
    assert a["adcode"].startswith("620621")
    assert {(52, "个"), (2300, "名")} <= _facts(a)
    assert not _values(arts) & {0.9962, 90.0, 40, 2}  # confidences, coordinates, the log's time


AI_CHAT = """聊天记录
导出时间：2024-04-02 10:15

用户：
帮我概括一下这篇报道，列出数字。

德清：“村晚”唱出文明新气象
浙江日报 2024年4月1日 AB3版
浙江日报记者 沈望川 通讯员 莫小禾
德清县今年举办乡村“村晚”演出128场，吸引观众8.6万人次。
“以前晚上没事做，现在大家都来看节目。”村民姚阿姨说。

助手：
好的，这篇报道的要点如下：
- 演出约130场
- 观众约9万人次

用户：
谢谢。
"""


def test_an_ai_chat_gives_the_pasted_article_and_not_the_assistants_summary():
    arts = _arts(AI_CHAT)
    assert len(arts) == 1
    a = arts[0]
    assert a["title"] == "德清：“村晚”唱出文明新气象"  # the masthead line under it is meta
    assert a["outlet"] == "浙江日报" and a["date"]["value"] == "2024-04-01" and a["newspaper_page"].startswith("AB3")
    assert a["authors"] == ["沈望川", "莫小禾"]
    assert a["adcode"].startswith("330521")
    assert {(128, "场"), (86000, "人次")} <= _facts(a)
    assert not _values(arts) & {130, 90000}  # the assistant's rounded figures


AWARD_FORM = """第二十届浙江新闻奖参评作品推荐表

作品标题：安吉：竹乡的“文明积分卡”
参评项目：文字消息
作者（主创人员）：钱望舒　吴若竹
刊播单位：湖州日报
刊播日期：2023年9月5日
刊播版面（名称和版次）：A3　要闻
作品字数：860
社会效果：全网阅读量超过20万。

作品全文：

安吉：竹乡的“文明积分卡”

本报记者 钱望舒 吴若竹

安吉县推行“文明积分卡”，已有4600户村民参与，累计兑换生活用品1.2万件。
"""

CODING_SHEET = """报道内容分析编码表

编码员：B07　　编码日期：2024-06-01

V1 报纸名称：陕西日报
V2 刊发日期：2023-06-20
V3 版次：第5版
V4 标题：镇坪：山乡调解有“明白人”
V9 信源数量：4

原文：
镇坪：山乡调解有“明白人”
记者 魏知远
镇坪县培育“法律明白人”310名，去年调解矛盾纠纷430件。
"""


def test_a_form_holding_an_article_gives_one_article_with_the_forms_outlet_date_and_page():
    a = _arts(AWARD_FORM)
    assert len(a) == 1
    assert a[0]["title"] == "安吉：竹乡的“文明积分卡”"
    assert a[0]["outlet"] == "湖州日报" and a[0]["date"]["value"] == "2023-09-05"
    assert a[0]["newspaper_page"].startswith("A3")
    assert a[0]["adcode"].startswith("330523")
    assert {(4600, "户"), (12000, "件")} <= _facts(a[0])
    assert not _values(a) & {860, 200000}  # the form's word count and readership
    b = _arts(CODING_SHEET)
    assert len(b) == 1
    assert b[0]["title"] == "镇坪：山乡调解有“明白人”" and b[0]["authors"] == ["魏知远"]
    assert b[0]["outlet"] == "陕西日报" and b[0]["date"]["value"] == "2023-06-20" and b[0]["newspaper_page"] == "第5版"
    assert {(310, "名"), (430, "件")} <= _facts(b[0])
    assert 4 not in _values(b)  # a coded value


TV_SCREENSHOTS = """（朝闻天下 2024年2月6日 截图识别）

【截图1】
CCTV-1 新闻　07:12
澜沧：拉祜山寨新风扑面
澜沧拉祜族自治县建成村级文明实践站158个
滚动新闻：全国冬小麦播种面积超过3亿亩

【截图2】
CCTV-1 新闻　07:13　央视新闻
澜沧：拉祜山寨新风扑面
招募民族文艺志愿者1200名
记者　杨知远　澜沧报道
"""


def test_tv_screenshots_give_one_item_without_the_ticker_and_the_filed_from_place():
    arts = _arts(TV_SCREENSHOTS)
    assert len(arts) == 1
    a = arts[0]
    assert a["title"] == "澜沧：拉祜山寨新风扑面"
    assert a["authors"] == ["杨知远"]  # 澜沧报道: where, not who
    assert a["outlet"] == "央视新闻" and a["date"]["value"] == "2024-02-06"
    assert a["adcode"].startswith("530828")
    assert {(158, "个"), (1200, "名")} <= _facts(a)
    assert 300000000 not in _values(arts)  # the ticker's other news


TRANSLATED_PAGE = """此页面已从英语翻译成中文　　显示原文　　翻译设置
Global Times 环球时报

抚远：在中国最早迎来日出的城市

作者：周望北
2024年1月15日　　5分钟阅读

抚远市今年已招募志愿者3200名，新建口袋公园14个。
"""


def test_a_browsers_translation_bar_and_a_reading_time_are_chrome():
    arts = _arts(TRANSLATED_PAGE)
    assert len(arts) == 1
    a = arts[0]
    assert a["title"] == "抚远：在中国最早迎来日出的城市"
    assert a["outlet"] == "环球时报"  # the site's name in both scripts, its logo
    assert a["date"]["value"] == "2024-01-15"
    assert a["adcode"].startswith("230883")
    assert {(3200, "名"), (14, "个")} <= _facts(a)
    assert 5 not in _values(arts)  # the reading time
