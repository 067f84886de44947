"""Shapes of pages the pipeline had not seen (held-out set 26's new kinds, helper fx26a): an
abstract book, a Word draft with tracked changes, a news API's JSON export, a phone's
notification list, an SMS digest, a school newsletter, a form, a commendation decision, a
gazetteer's entry, a ledger exported as CSV and a table of people. Every page here was written
for these tests, about places in Henan's 信阳市 and elsewhere (not the held-out pages' places);
names are invented."""
from __future__ import annotations

from conftest import page_articles as _arts


def _facts(art: dict) -> set[tuple]:
    return {(f["value"], f["unit"]) for f in art["facts"]}


def _values(arts: list[dict]) -> set:
    return {f["value"] for a in arts for f in a["facts"]}


ABSTRACT_BOOK = """第五届县域治理学术研讨会论文摘要集　　　　　　·32·

B-11
山区县城文明创建中的乡贤参与
——以新县为例
鲁映秋¹　葛长青²
（1. 信阳师范大学政法学院，河南 信阳 464000；2. 新县社会科学界联合会，河南 新县 465550）
摘要：本文基于对新县9个乡镇的调查和420份问卷，分析乡贤参与文明创建的方式。研究发现，受访乡贤的参与率为41.5%。
关键词：乡贤；文明城市；新县

B-12
老区城市的志愿服务激励
——以商城县为例
甘若溪（通讯作者）
（信阳学院公共管理学院，河南 信阳 464000）
摘要：本文以商城县36支志愿服务队为样本，考察积分激励的效果。研究显示，63%的队伍建立了积分制度。
关键词：志愿服务；激励；商城县
"""


def test_an_abstract_book_gives_each_paper_its_authors_without_their_marks():
    arts = _arts(ABSTRACT_BOOK)
    assert [a["title"] for a in arts] == ["山区县城文明创建中的乡贤参与", "老区城市的志愿服务激励"]
    assert arts[0]["authors"] == ["鲁映秋", "葛长青"]  # ¹ ² point at affiliations
    assert arts[1]["authors"] == ["甘若溪"]  # （通讯作者） says the same person
    assert arts[0]["adcode"].startswith("411523") and arts[1]["adcode"].startswith("411524")
    assert {(9, "个"), (420, "份"), (41.5, "%")} <= _facts(arts[0])
    assert not {32, 464000, 465550} & _values(arts)  # the book's page ·32·, the affiliations' postcodes


WORD_DRAFT = """信阳日报 稿件单
拟发：第3版 县区新闻　　稿件状态：修改中
----------------------------------------
光山：“小游园”点亮老城区
记者 万晓棠 通讯员 闵子航
本报讯 光山县城的一处闲置空地，如今成了居民散步的小游园。[GS1]
今年以来，光山县新建小游园【删除：9】【插入：14】个，新增绿地【删除：1.1】【插入：1.6】万平方米。
【插入：截至目前，】小游园累计接待居民8000余人次。[GS2]
----------------------------------------
批注 [GS1]：詹慕白 2024/4/8 10:21：导语可再短一些。
批注 [GS2]：詹慕白 2024/4/8 10:30：请补充数据来源。
"""


def test_a_word_draft_with_tracked_changes_reads_the_text_as_it_stands():
    arts = _arts(WORD_DRAFT)
    assert len(arts) == 1  # the editing system's header is no article
    a = arts[0]
    assert a["title"] == "光山：“小游园”点亮老城区"
    assert a["authors"] == ["万晓棠", "闵子航"]
    assert a["outlet"] == "信阳日报" and a["newspaper_page"] is None  # 拟发 is a plan, no printed page
    assert {(14, "个"), (16000, "平方米")} <= _facts(a)
    assert not {9, 1.1, 11000} & _values(arts)  # the deleted figures


JSON_EXPORT = """{
  "code": 200,
  "message": "ok",
  "result": {
    "total": 2,
    "items": [
      {
        "id": "5521930",
        "title": "罗山：“门前绿化”让小巷变花园",
        "author": "大河报记者 桑若冰 实习生 芮一鸣",
        "source": "大河报",
        "publishTime": "2024-04-16 09:12:40",
        "pv": 31877,
        "content": "<p>今年以来，罗山县发动居民美化门前空地，已建成示范小巷18条，栽种花木1.2万株。</p><p>“家门口变漂亮了。”居民说。</p>"
      },
      {
        "id": "5521944",
        "title": "潢川县开展“文明交通”劝导行动",
        "author": "大河报记者 邝晓岚",
        "source": "大河报",
        "publishTime": "2024-04-16 15:30:08",
        "pv": 8420,
        "content": "<p>4月15日，潢川县开展“文明交通”劝导行动，在城区设置劝导岗26个，组织志愿者600名。</p>"
      }
    ]
  }
}
"""


def test_a_news_api_json_export_gives_one_article_per_record():
    arts = _arts(JSON_EXPORT)
    assert [a["title"] for a in arts] == ["罗山：“门前绿化”让小巷变花园", "潢川县开展“文明交通”劝导行动"]
    assert arts[0]["authors"] == ["桑若冰", "芮一鸣"] and arts[1]["authors"] == ["邝晓岚"]
    assert [a["outlet"] for a in arts] == ["大河报", "大河报"]
    assert [a["date"]["value"] for a in arts] == ["2024-04-16", "2024-04-16"]
    assert arts[0]["adcode"].startswith("411521") and arts[1]["adcode"].startswith("411526")
    assert {(18, "条"), (12000, "株")} <= _facts(arts[0]) and {(26, "个"), (600, "名")} <= _facts(arts[1])
    assert not {31877, 8420, 5521930} & _values(arts)  # counters and ids


PUSH_LIST = """通知　　　　　　　　　　99+
清除全部
信阳日报 · 09:20
浉河：背街小巷装上新路灯
浉河区今年为背街小巷新装路灯320盏，照亮居民回家路。
天气 · 08:00
今天晴，最高气温31℃
系统更新 · 昨天 21:40
电量 18%，已为您开启省电模式
信阳日报 · 昨天 20:15
平桥区新建公厕15座 群众如厕更方便
平桥区今年新建公厕15座，改造公厕22座。
信阳日报 还有3条通知
"""


def test_a_phones_notification_list_gives_each_news_push_its_app_as_outlet():
    arts = _arts(PUSH_LIST)
    assert [a["title"] for a in arts] == ["浉河：背街小巷装上新路灯", "平桥区新建公厕15座 群众如厕更方便"]
    assert [a["outlet"] for a in arts] == ["信阳日报", "信阳日报"]
    assert arts[0]["adcode"].startswith("411502") and arts[1]["adcode"].startswith("411503")
    assert (320, "盏") in _facts(arts[0]) and {(15, "座"), (22, "座")} <= _facts(arts[1])
    assert not {18, 31, 99} & _values(arts)  # the battery, the weather, the unread count


SMS_DIGEST = """【信阳手机报】2024年5月8日 星期三 第1532期
【今日要闻】
1.【创文】信阳：“文明餐桌”行动走进机关食堂
市创文办消息，全市已有186家机关食堂张贴“光盘行动”提示牌。
2.【县区】固始县：老旧小区加装电梯32部
今年固始县为老旧小区加装电梯32部，居民出行更方便。（记者 冉星河）
3.【县区】息县：“门前三包”评星挂牌
息县在城区9个社区开展“门前三包”星级评定。
【天气】今天多云，最高气温26℃。
退订请回复TD【信阳手机报】
"""


def test_an_sms_digest_splits_its_numbered_items_and_dates_each():
    arts = _arts(SMS_DIGEST)
    assert [a["title"] for a in arts] == ["信阳：“文明餐桌”行动走进机关食堂", "固始县：老旧小区加装电梯32部",
                                         "息县：“门前三包”评星挂牌"]  # no number, no 【tag】
    assert all(a["outlet"] == "信阳手机报" and a["date"]["value"] == "2024-05-08" for a in arts)
    assert arts[1]["adcode"].startswith("411525") and arts[2]["adcode"].startswith("411528")
    assert arts[1]["authors"] == ["冉星河"]
    assert 1532 not in _values(arts)


NEWSLETTER = """罗山县实验中学 创文简报
2024年第3期（总第11期）
主办：罗山县实验中学团委　　　　2024年4月19日
━━━━━━━━━━━━━━━━━━━━
【本期要目】
◇ 我们的“文明小卫士”行动
◇ 校园里的“光盘”挑战
━━━━━━━━━━━━━━━━━━━━
我们的“文明小卫士”行动
初三（2）班 小记者 颜若溪
4月13日上午，我校16名“文明小卫士”走上罗山县城的街头，劝导不文明行为42次。
“我们也能为县城出一份力。”队员小蔺说。
指导老师：戚明远
━━━━━━━━━━━━━━━━━━━━
校园里的“光盘”挑战
初一（4）班 小记者 柯晓帆　温一诺
学校从3月起在全校开展“光盘”挑战，食堂剩饭量比去年同期减少了35%。
指导老师：詹如玉
━━━━━━━━━━━━━━━━━━━━
责任编辑：鲍清然　　校对：雷小禾
"""


def test_a_school_newsletter_credits_its_pupil_reporters_not_their_class():
    arts = _arts(NEWSLETTER)
    assert [a["title"] for a in arts] == ["我们的“文明小卫士”行动", "校园里的“光盘”挑战"]
    assert arts[0]["authors"] == ["颜若溪"] and arts[1]["authors"] == ["柯晓帆", "温一诺"]
    assert all(a["outlet"] == "罗山县实验中学创文简报" and a["date"]["value"] == "2024-04-19" for a in arts)
    assert {(16, "名"), (42, "次")} <= _facts(arts[0])


SUPERVISION_FORM = """信阳市平桥区创建文明城市工作指挥部
督 办 通 知 单
编号：平创督〔2024〕第7号
督办单位：区城市管理局、平中街道办事处
督办事项：城区农贸市场周边环境秩序问题
问题描述：4月上旬，区创城督查组暗访发现问题点位17处，其中占道经营9处、垃圾乱堆8处。
整改要求：请督办单位逐项整改，建立长效管理机制。
联系人：祁若兰　联系电话：0376-3326610
签发人：伍振邦　　下发日期：2024年4月12日
——————————————
整改情况回复：

回复日期：　　年　　月　　日
"""


def test_a_supervision_form_is_one_article_titled_by_the_form():
    arts = _arts(SUPERVISION_FORM)
    assert len(arts) == 1
    a = arts[0]
    assert a["title"] == "督办通知单"
    assert a["authors"] == []
    assert a["date"]["value"] == "2024-04-12"
    assert a["adcode"].startswith("411503")
    assert {(17, "处"), (9, "处"), (8, "处")} <= _facts(a)


COMMENDATION = """信阳市浉河区人民政府
首页 > 政务公开 > 区委区政府文件
中共信阳市浉河区委 信阳市浉河区人民政府关于表彰2023年度文明创建工作先进单位和先进个人的决定
浉发〔2024〕3号
发布日期：2024-03-06　　来源：区委宣传部
各乡镇党委、政府，各街道党工委、办事处：
2023年，全区完成背街小巷改造41条，新增停车泊位2600个。
区委、区政府决定，对五星街道等16个先进单位和袁若岚等38名先进个人予以通报表彰。
附件：1.先进单位名单（16个）
　　　2.先进个人名单（38名）
中共信阳市浉河区委
信阳市浉河区人民政府
2024年3月1日
"""


def test_a_commendation_decision_is_titled_by_its_issuers_and_decision():
    arts = _arts(COMMENDATION)
    assert len(arts) == 1
    assert arts[0]["title"].startswith("中共信阳市浉河区委") and arts[0]["title"].endswith("的决定")
    assert {(41, "条"), (2600, "个")} <= _facts(arts[0])
    counted = [f for f in arts[0]["facts"] if f["value"] in (16, 38)]
    assert all("名单" not in f["quote"] for f in counted)  # the lists' sizes are no facts


GAZETTEER_ENTRY = """新县志（2001—2020）　　　　　　　　　　　　　·415·

第十八编　精神文明建设
第二章　群众性精神文明创建
第一节　文明县城创建

（一）组织与部署
　　2012年，县委、县政府作出创建省级文明县城的决定，将创建任务分解到58个县直部门和乡镇。
（二）主要成效
　　至2020年末，全县注册志愿者2.3万人，建成新时代文明实践站（所）97个。
"""


def test_a_gazetteer_entry_is_titled_by_its_section_not_the_books_running_head():
    arts = _arts(GAZETTEER_ENTRY)
    assert len(arts) == 1
    a = arts[0]
    assert a["title"] == "文明县城创建"
    assert a["adcode"].startswith("411523")  # the book's name says where
    assert a["newspaper_page"] is None
    assert {(58, "个"), (23000, "人"), (97, "个")} <= _facts(a)
    assert 415 not in _values(arts)


LEDGER_CSV = """浉河区五星街道创建文明城市问题整改工作台账
填报单位：五星街道创城办,填报日期：2024年4月25日,导出时间：2024-04-25 17:02
序号,问题类型,点位,发现日期,责任单位,整改时限,整改状态
1,占道经营,胜利路与民权路口,2024-04-08,城管中队,3日,已整改
2,垃圾积存,三里店社区5号楼北侧,2024-04-09,三里店社区,3日,已整改
3,楼道堆物,贤山社区18栋,2024-04-11,贤山社区,7日,整改中
汇总：本月共排查问题29个，已整改24个，整改率82.8%。
填报人：尤静姝,审核人：阎立行
"""


def test_a_ledgers_csv_rows_are_no_facts_and_its_filing_line_is_no_subtitle():
    arts = _arts(LEDGER_CSV)
    assert len(arts) == 1
    a = arts[0]
    assert a["title"] == "浉河区五星街道创建文明城市问题整改工作台账" and a["subtitle"] == ""
    assert a["date"]["value"] == "2024-04-25"
    assert {(29, "个"), (24, "个"), (82.8, "%")} <= _facts(a)
    assert not {1, 2, 5, 18} & _values(arts)  # row numbers, 5号楼, 18栋


HOURS_TABLE = """志愿服务时长证明

兹证明下列志愿者于2023年9月至12月参加息县城关镇新时代文明实践所组织的志愿服务活动，情况属实。

本批次共有27名志愿者，累计服务时长1162小时。

序号\t姓名\t服务项目\t服务时长（小时）
1\t莫晓岚\t文明交通劝导\t86.5
2\t邝子谦\t背街小巷清洁\t71
3\t沈雨桐\t垃圾分类宣传\t63.5

特此证明。

息县城关镇新时代文明实践所（盖章）
2024年1月10日
"""


def test_a_table_of_people_gives_no_facts_of_the_place():
    arts = _arts(HOURS_TABLE)
    assert len(arts) == 1
    assert {(27, "名"), (1162, "小时")} <= _facts(arts[0])
    assert not {86.5, 71, 63.5} & _values(arts)  # each volunteer's own hours
