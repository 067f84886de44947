"""Pages that wrap a news report in a document of another kind (issue 14, round 35): a teaching
case, a shared draft, an archive's catalogue record, a news agency's wire copy. The wrapper's
labelled fields are meta; the report inside keeps its title, authors, date and region. Every page
here was written for these tests, about places in Guizhou, Inner Mongolia, Fujian and Shaanxi
(not the held-out pages' places); every name is invented."""
from __future__ import annotations

from conftest import page_articles as _arts


TEACHING_CASE = """中共湄潭县委党校教学案例
案例编号：MT-2019-03
案例名称：茶乡街巷的“微更新”——湄潭县老旧街区改造的做法
编写人：喻小禾　田　浩（中共湄潭县委党校）
适用对象：科级干部培训班
建议课时：3课时
编写时间：2019年11月

【案例正文】
一、改造前的难题
湄潭县老城区的街巷多建于上世纪八十年代，排水管网老化，雨季积水点多达27处。
二、主要做法
县里把老城划为18个片区，每个片区由一名县直部门负责人牵头，新铺设雨污管网12公里。
三、初步成效
改造后城区积水点减少到3处，群众满意度提升到92%。
"""


def test_a_teaching_cases_labelled_name_is_the_title_and_its_writers_the_authors():
    (art,) = _arts(TEACHING_CASE)
    assert art["title"] == "茶乡街巷的“微更新”"
    assert art["subtitle"].lstrip("—") == "湄潭县老旧街区改造的做法"
    assert art["authors"] == ["喻小禾", "田浩"]
    assert art["adcode"] == "520328"
    assert art["date"]["value"] == "2019-11"
    values = {f["value"] for f in art["facts"]}
    assert {27, 18, 12} <= values


SHARED_DRAFT = """【草稿】正蓝旗文明城市创建宣传稿
所有者：乌日娜　最近编辑：2023年8月14日 09:20

标题：正蓝旗：上都镇的“小街大变样”

旗融媒体中心记者 巴特尔 何雅静

今年以来，正蓝旗对上都镇城区15条背街小巷实施改造，新增绿地2.3万平方米，改造老旧小区9个。
旗里还在城区设置便民休息点21处，方便环卫工人歇脚。
"""


def test_a_shared_drafts_labelled_title_wins_over_the_documents_name():
    (art,) = _arts(SHARED_DRAFT)
    assert art["title"] == "正蓝旗：上都镇的“小街大变样”"
    assert art["authors"] == ["巴特尔", "何雅静"]
    assert art["adcode"] == "152530"
    values = {f["value"] for f in art["facts"]}
    assert {15, 23000, 9, 21} <= values


ARCHIVE_RECORD = """永春县档案馆 馆藏报刊剪报

全宗号：B207　目录号：5　案卷号：31　件号：6
题名：永春：香都老街的文明新景
责任者：泉州晚报
文件形成时间：2020-06-09
载体：报纸剪贴　页数：1
密级：公开　保管期限：永久

【全文】
永春：香都老街的文明新景
记者 苏明远 通讯员 林巧云
永春县达埔镇的制香老街上，晾香架排得整整齐齐。今年以来，永春县投入3800万元改造老街立面，整治沿街店招214块，新建停车场5个。
"""


def test_an_archive_record_is_one_article_titled_from_its_clipping():
    arts = _arts(ARCHIVE_RECORD)
    assert len(arts) == 1
    (art,) = arts
    assert art["title"] == "永春：香都老街的文明新景"
    assert art["authors"] == ["苏明远", "林巧云"]
    assert art["adcode"] == "350525"
    values = {f["value"] for f in art["facts"]}
    assert {38000000, 214, 5} <= values
    assert 6 not in values and 31 not in values  # the record's own numbers (件号, 案卷号)


WIRE_COPY = """【中国新闻社 地方新闻专线】
稿件编号：SX-20200911-0017　发稿时间：2020-09-11 10:05　类别：社会　字数：406

【陕西宁陕：秦岭山城的“垃圾不落地”】
中新社安康9月11日电（记者 汪泽宇）在陕西宁陕县城关镇，沿街商户门前都摆上了分类垃圾桶。
宁陕县今年新增分类投放点63个，配备保洁员140名。（完）
编辑：冯　蕾

稿件编号：SX-20200911-0021　发稿时间：2020-09-11 11:30　类别：社会　字数：377

【陕西佳县：黄河岸边的“文明实践站”】
中新社榆林9月11日电（记者 高如松）走进陕西佳县佳芦镇，新落成的文明实践站里书声琅琅。
佳县今年建成村级文明实践站86个，开展志愿服务活动390场。（完）
编辑：冯　蕾
"""


def test_wire_copy_with_two_items_gives_two_articles_without_the_transmission_lines():
    arts = _arts(WIRE_COPY)
    assert len(arts) == 2
    a, b = arts
    assert a["title"] == "陕西宁陕：秦岭山城的“垃圾不落地”" and a["adcode"] == "610923"
    assert b["title"] == "陕西佳县：黄河岸边的“文明实践站”" and b["adcode"] == "610828"
    values = {f["value"] for art in arts for f in art["facts"]}
    assert {63, 140, 86, 390} <= values
    assert not values & {406, 377}  # 字数 of the transmission line


def test_a_title_label_under_the_same_printed_headline_keeps_it():
    """Guard: a headline printed again in a 标题： field is not a wrapper's name."""
    page = """兴隆街道：老楼加装电梯破题
标题：兴隆街道：老楼加装电梯破题
记者 周立安
今年以来，湄潭县兴隆街道为老旧小区加装电梯8部，惠及居民320户。
"""
    (art,) = _arts(page)
    assert art["title"] == "兴隆街道：老楼加装电梯破题"


BROWSER_PRINT = """2023/8/9 下午3:05    湄潭：茶城夜市的文明新风_湄潭县人民政府

湄潭县人民政府
首页 > 新闻中心 > 乡镇动态

湄潭：茶城夜市的文明新风
发布时间：2023-08-02　作者：冉秋华　来源：县融媒体中心

今年以来，湄潭县对城区茶城夜市实施规范管理，划定经营摊位320个，新设垃圾分类投放点18处。
夜市还组建了由摊主和周边居民共同组成的文明劝导队，每晚在夜市出入口和主要通道轮流值守，全年开展文明劝导

http://www.example.gov.cn/info/1001/2345.htm    1/2

2023/8/9 下午3:05    湄潭：茶城夜市的文明新风_湄潭县人民政府

活动200余场。
县里还在夜市入口设置便民服务点6个。

http://www.example.gov.cn/info/1001/2345.htm    2/2
"""


def test_a_page_printed_to_pdf_is_one_article_without_the_browsers_lines():
    arts = _arts(BROWSER_PRINT)
    assert len(arts) == 1
    (art,) = arts
    assert art["title"] == "湄潭：茶城夜市的文明新风"
    assert art["adcode"] == "520328"
    assert art["date"]["value"] == "2023-08-02"
    values = {f["value"] for f in art["facts"]}
    assert {320, 18, 6} <= values
