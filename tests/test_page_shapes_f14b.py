"""Pages exported from news databases and result lists, and programme transcripts (issue 14):
a CNKI newspaper-database export (its custom labelled fields, EndNote's %-tags, NoteExpress's
{Field}:, RefWorks' two-letter tags; several records in one file; a record without its full
text), an aggregator's result list (WiseNews-like: 文章 N/M, a source line with the paper,
date, page, section and word count), and a radio programme's page of items (【今日提要】 and
items each closed by its reporters). Every page here was written for these tests, about places
in Sichuan, Hubei, Anhui, Yunnan, Fujian, Guizhou and Zhejiang (none of the held-out pages')."""
from __future__ import annotations

from conftest import page_articles


def _facts(art: dict) -> dict[float, str]:
    return {f["value"]: f["adcode"] for f in art["facts"]}


CNKI_TWO_RECORDS = """SrcDatabase-来源库: 中国重要报纸全文数据库
Title-题名: 顺庆区：老旧小区有了“红色物业”
Author-作者: 何思远;郑晓岚;
Organ-单位: 南充日报社
Source-报纸中文名: 南充日报
Keyword-关键词: 红色物业;老旧小区;顺庆区
Summary-摘要: 顺庆区在老旧小区推行“红色物业”，让居民的烦心事有人管。
PubTime-发表时间: 2022-09-14
Year-年: 2022
Page-版号: 第003版

正文：
本报讯（记者 何思远 郑晓岚）顺庆区在老旧小区推行“红色物业”，由社区党组织牵头引入物业服务。
今年以来，顺庆区已有46个老旧小区引入“红色物业”，解决居民反映的问题1800余件。

SrcDatabase-来源库: 中国重要报纸全文数据库
Title-题名: 营山县乡村“积分超市”兑出文明新风
Author-作者: 蒲海燕;
Organ-单位: 四川农村日报社
Source-报纸中文名: 四川农村日报
Keyword-关键词: 积分超市;乡风文明
PubTime-发表时间: 2022-10-08
Year-年: 2022
Page-版号: 第002版

正文：
营山县在全县建成“积分超市”135个，村民参加环境整治、志愿服务可以攒积分换生活用品。
"""


def test_cnki_export_records_are_articles_with_their_own_fields():
    arts = page_articles(CNKI_TWO_RECORDS)
    assert [a["title"] for a in arts] == ["顺庆区：老旧小区有了“红色物业”", "营山县乡村“积分超市”兑出文明新风"]
    assert [a["authors"] for a in arts] == [["何思远", "郑晓岚"], ["蒲海燕"]]
    assert [a["outlet"] for a in arts] == ["南充日报", "四川农村日报"]
    assert [a["date"]["value"] for a in arts] == ["2022-09-14", "2022-10-08"]
    assert [a["date"]["source"] for a in arts] == ["printed", "printed"]
    assert [a["newspaper_page"] for a in arts] == ["第003版", "第002版"]
    assert [a["adcode"] for a in arts] == ["511302", "511322"]
    assert _facts(arts[0]) == {46: "511302", 1800: "511302"}
    assert _facts(arts[1]) == {135: "511322"}
    # the summary is a field when the full text follows; the keywords are tags
    texts = [b["text"] for b in arts[0]["body"]]
    assert not any(t.startswith("顺庆区在老旧小区推行“红色物业”，让居民") for t in texts)
    assert "红色物业" in arts[0]["tags"] and "积分超市" in arts[1]["tags"]
    # the field lines are no text
    assert not any("题名" in t or "SrcDatabase" in t or "正文：" in t for a in arts for t in (b["text"] for b in a["body"]))


ENDNOTE = """%0 Newspaper Article
%A 柯文静
%A 童志刚
%+ 鄂州日报社
%T 鄂城区“文明实践积分”让志愿服务有回报
%J 鄂州日报
%D 2021
%8 2021-05-19
%P 002
%K 文明实践;志愿服务
%X 鄂城区推行“文明实践积分”，志愿者服务时长可兑换生活用品，已有志愿者5600名。
%W CNKI

%0 Newspaper Article
%A 余小舟
%T 田家庵区背街小巷换新颜
%J 淮南日报
%D 2021
%8 2021-06-02
%P 004
%X 田家庵区今年改造背街小巷52条，新增停车位900个。
%W CNKI
"""


def test_endnote_tagged_records_one_with_only_its_summary():
    arts = page_articles(ENDNOTE)
    assert [a["title"] for a in arts] == ["鄂城区“文明实践积分”让志愿服务有回报", "田家庵区背街小巷换新颜"]
    assert [a["authors"] for a in arts] == [["柯文静", "童志刚"], ["余小舟"]]
    assert [a["outlet"] for a in arts] == ["鄂州日报", "淮南日报"]
    assert [a["date"]["value"] for a in arts] == ["2021-05-19", "2021-06-02"]
    assert [a["newspaper_page"] for a in arts] == ["002", "004"]
    assert arts[1]["adcode"] == "340403"
    # a record exported without its full text: its summary is all the text it has
    assert _facts(arts[1]) == {52: "340403", 900: "340403"}
    assert _facts(arts[0]) == {5600: "420704"}
    assert "文明实践" in arts[0]["tags"]


FIELDS_ONLY_THEN_FULL_RECORD = """%0 Newspaper Article
%A 柯文静
%T 鄂城区启动文明交通月
%J 鄂州日报
%8 2021-04-01

%0 Newspaper Article
%A 余小舟
%T 田家庵区志愿者走进菜市场
%J 淮南日报
%8 2021-04-09

田家庵区组织志愿者120人走进菜市场，劝导商户规范经营。
"""


def test_a_record_without_text_lends_nothing_to_the_next():
    arts = page_articles(FIELDS_ONLY_THEN_FULL_RECORD)
    last = arts[-1]
    assert last["title"] == "田家庵区志愿者走进菜市场"
    assert last["authors"] == ["余小舟"] and last["outlet"] == "淮南日报"
    assert last["date"]["value"] == "2021-04-09"


NOTEEXPRESS_AND_REFWORKS = """{Reference Type}: Newspaper Article
{Title}: 鄂城区推行“门前三包”积分制
{Author}: 柯文静;
{Secondary Title}: 鄂州日报
{Date}: 2023-03-21
{Pages}: 003
{Keywords}: 门前三包
{Database Provider}: 中国知网

全文：
鄂城区在沿街商户中推行“门前三包”积分制，已有2300家商户签订责任书。

RT Newspaper Article
A1 余小舟;陶然
T1 田家庵区夜市有了“文明管家”
JF 淮南日报
FD 2023-04-11
OP 005
K1 夜市;文明管家
DS CNKI

田家庵区在夜市设立“文明管家”岗8个，劝导摊主规范经营。
"""


def test_noteexpress_and_refworks_records():
    arts = page_articles(NOTEEXPRESS_AND_REFWORKS)
    assert [a["title"] for a in arts] == ["鄂城区推行“门前三包”积分制", "田家庵区夜市有了“文明管家”"]
    assert [a["authors"] for a in arts] == [["柯文静"], ["余小舟", "陶然"]]
    assert [a["outlet"] for a in arts] == ["鄂州日报", "淮南日报"]
    assert [a["date"]["value"] for a in arts] == ["2023-03-21", "2023-04-11"]
    assert [a["adcode"] for a in arts] == ["420704", "340403"]
    assert _facts(arts[0]) == {2300: "420704"} and _facts(arts[1]) == {8: "340403"}
    assert "门前三包" in arts[0]["tags"]


RESULT_LIST = """慧科新闻检索 | 检索词：文明城市 | 共3篇
════════════════════════════
文章 1/3
丽江日报 | 2022-08-03 | 第02版 | 县区 | 735字
玉龙县：村规民约管住“人情风”
本报记者 和丽君
　　玉龙纳西族自治县在全县103个村（社区）修订村规民约，对婚丧事宴席桌数作出规定。
　　今年以来，玉龙县共劝导简办婚丧事宴270余场。
文章编号：LJRB20220803-02-01
════════════════════════════
文章 2/3
闽北日报 | 2022-08-05 | A3 | 区县新闻 | 520字
建阳区“文明骑行”成风尚
本报通讯员 游晓东
　　建阳区在城区设置文明骑行劝导点26个，电动车骑行人员头盔佩戴率达到95%。
文章编号：MBRB20220805-A3-04
════════════════════════════
文章 3/3
铜仁日报 | 2022-08-09 | 第03版 | 要闻 | 611字
碧江区：小区停车难有了新解法
本报记者 杨晓梅 通讯员 吴 江
　　碧江区利用闲置地块新建停车场14处，新增停车位2100个，缓解了老城区停车难。
════════════════════════════
本资料由某数据库提供，仅供个人研究使用。
"""


def test_result_list_articles_each_with_own_outlet_date_and_page():
    arts = page_articles(RESULT_LIST)
    assert [a["title"] for a in arts] == ["玉龙县：村规民约管住“人情风”", "建阳区“文明骑行”成风尚", "碧江区：小区停车难有了新解法"]
    assert [a["outlet"] for a in arts] == ["丽江日报", "闽北日报", "铜仁日报"]
    assert [a["date"]["value"] for a in arts] == ["2022-08-03", "2022-08-05", "2022-08-09"]
    assert [a["newspaper_page"] for a in arts] == ["第02版", "A3", "第03版"]
    assert [a["authors"] for a in arts] == [["和丽君"], ["游晓东"], ["杨晓梅", "吴江"]]
    assert [a["adcode"] for a in arts] == ["530721", "350703", "520602"]
    values = {f["value"] for a in arts for f in a["facts"]}
    assert not values & {735, 520, 611, 3}  # word counts and counters are no facts
    assert _facts(arts[2]) == {14: "520602", 2100: "520602"}


RESULT_LIST_WITHOUT_RULES = """文章 1/2
丽江日报 | 2022-09-13 | 第04版 | 民生 | 402字
玉龙县开出“文明实践流动课堂”
本报记者 木晓红
　　玉龙纳西族自治县组建文明实践流动课堂小分队18支，今年已开展宣讲320场。

文章 2/2
闽北日报 | 2022-09-15 | A2 | 综合 | 388字
建阳区城区新增公厕22座
本报记者 詹立群
　　建阳区今年在城区新建和改造公厕22座，均实现免费开放。
"""


def test_result_list_counters_alone_part_the_articles():
    arts = page_articles(RESULT_LIST_WITHOUT_RULES)
    assert [a["title"] for a in arts] == ["玉龙县开出“文明实践流动课堂”", "建阳区城区新增公厕22座"]
    assert [a["outlet"] for a in arts] == ["丽江日报", "闽北日报"]
    assert [a["newspaper_page"] for a in arts] == ["第04版", "A2"]
    assert [a["adcode"] for a in arts] == ["530721", "350703"]
    assert not {402, 388, 1, 2} & {f["value"] for a in arts for f in a["facts"]}


RADIO = """首页 > 广播 > 丽水新闻
《丽水新闻》2022年6月8日
来源：丽水广播电视台 发布时间：2022-06-08 18:30
【今日提要】
莲都区开展“文明餐桌”进社区
缙云县“共享菜园”让邻里更亲

莲都区开展“文明餐桌”进社区
【正文】本台消息 莲都区在全区42个社区开展“文明餐桌”宣传，发放倡议书1.2万份。（本台记者 叶青松 周 敏）

缙云县“共享菜园”让邻里更亲
【导语】小区里的空地变成了菜园，邻居们一起种菜。
【正文】本台消息 缙云县五云街道在12个小区建起“共享菜园”，参与种植的居民有600多户。（通讯员 应晓燕 本台记者 叶青松）

【编辑：林 莉】
"""


def test_radio_programme_items_are_articles_of_their_own():
    arts = page_articles(RADIO)
    assert [a["title"] for a in arts] == ["莲都区开展“文明餐桌”进社区", "缙云县“共享菜园”让邻里更亲"]
    assert [a["authors"] for a in arts] == [["叶青松", "周敏"], ["应晓燕", "叶青松"]]
    assert [a["adcode"] for a in arts] == ["331102", "331122"]
    assert [a["outlet"] for a in arts] == ["丽水广播电视台"] * 2
    assert [a["date"]["value"] for a in arts] == ["2022-06-08"] * 2
    assert _facts(arts[0]) == {42: "331102", 12000: "331102"}
    assert _facts(arts[1])[12] == "331122"


TV_PROGRAMME = """《碧江新闻》2023年3月2日
【本期提要】
碧江区志愿者清理河道垃圾
碧江区新建口袋公园8处

碧江区志愿者清理河道垃圾
本台消息 3月1日，碧江区组织200名志愿者沿锦江清理河道垃圾。
本台记者 龙晓芸 报道

碧江区新建口袋公园8处
本台消息 碧江区今年利用边角地新建口袋公园8处，新增绿地1.5万平方米。
本台记者 吴 昊 杨 帆 报道
"""


def test_tv_programme_items_closed_by_their_reporters_line():
    arts = page_articles(TV_PROGRAMME)
    assert [a["title"] for a in arts] == ["碧江区志愿者清理河道垃圾", "碧江区新建口袋公园8处"]
    assert [a["authors"] for a in arts] == [["龙晓芸"], ["吴昊", "杨帆"]]
    assert [a["adcode"] for a in arts] == ["520602", "520602"]
    assert _facts(arts[1]) == {8: "520602", 15000: "520602"}
    assert 1 not in {f["value"] for f in arts[0]["facts"]}  # 3月1日 is a date
