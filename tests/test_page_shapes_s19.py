"""Shapes of pages found failing in round s19: the weak pages of blind set 81 and the blind sets
82-86. Every page here was written for these tests; every name is invented."""
from __future__ import annotations

from conftest import page_articles as _arts


def _values(a: dict) -> set:
    return {f["value"] for f in a["facts"]}


POST_CREDITS_WITH_BARS = """好消息！石泉县城第一座“城市书房”开门迎客
石泉发布 2021-04-23 19:12

　　4月23日，石泉县首座24小时城市书房在汉江之滨正式开放，藏书1.2万册，设阅览座位86个。
[图片]
城市书房内景　县文明办供图
　　据了解，书房由县图书馆统一管理，今年全县还将建成城市书房3座。

{credits}

阅读 8562　　在看 96
"""


def test_credits_with_bars_for_colons_are_read_and_no_navigation_bar():
    # 文字｜某某　编辑｜某某　审核｜某某: a label before each bar; a name letter-spaced (谭　建)
    for credits, author in (("文字｜章可欣　编辑｜禹晓蕾　审核｜谭　建", "章可欣"),
                            ("文字 | 章可欣　编辑 | 禹晓蕾　审核 | 汪涛", "章可欣")):
        a = _arts(POST_CREDITS_WITH_BARS.format(credits=credits))[0]
        assert a["authors"] == [author], credits
        assert a["title"] == "好消息！石泉县城第一座“城市书房”开门迎客"
        assert {12000, 86, 3} <= _values(a)


def test_an_office_that_gave_the_picture_is_no_photographer():
    a = _arts(POST_CREDITS_WITH_BARS.format(credits="文字：章可欣"))[0]
    assert a["photographers"] == []
    assert a["adcode"] == "610922"


GAZETTE_ISSUE = """甘孜藏族自治州人民政府公报
GANZI ZANGZU ZIZHIZHOU RENMIN ZHENGFU GONGBAO

2020年第2期（总第95期）
甘孜藏族自治州人民政府办公室主办　　　　　　　2020年4月30日出版

目　　录

【州政府办公室文件】
甘孜州人民政府办公室关于印发康定市创建省级文明城市工作方案的通知………………（3）
甘孜州人民政府办公室关于做好春季森林草原防灭火工作的通知…………………………（8）
【人事任免】
甘孜州人民政府关于王德明等同志职务任免的通知……………………………………（12）

·3·

甘孜州人民政府办公室关于印发康定市创建
省级文明城市工作方案的通知
甘办发〔2020〕18号

各县（市）人民政府，州直各部门：
　　《康定市创建省级文明城市工作方案》已经州人民政府同意，现印发给你们，请认真贯彻执行。

　　　　　　　　　　　　　　　　　　　　甘孜藏族自治州人民政府办公室
　　　　　　　　　　　　　　　　　　　　　　　　2020年3月26日

康定市创建省级文明城市工作方案

　　一、基础和现状
　　近年来，康定市累计投入城市建设资金4.6亿元，建成区绿化覆盖率达到36.2%，完成老旧小区改造17个，建成新时代文明实践站124个。
　　二、工作目标
　　到2021年，康定市力争成功创建省级文明城市。

·4·
"""


def test_a_gazette_issue_is_its_one_document_under_its_contents():
    arts = _arts(GAZETTE_ISSUE)
    assert len(arts) == 1  # (the signing office over its date opens no piece of its own)
    a = arts[0]
    # the document's title broken over two lines after its issuer's name: one title
    assert a["title"] == "甘孜州人民政府办公室关于印发康定市创建省级文明城市工作方案的通知"
    assert a["subtitle"] == ""
    assert a["outlet"] == "甘孜藏族自治州人民政府公报"
    assert a["date"]["value"] == "2020-04-30"  # the issue's date, over the document's signature date
    assert {460000000, 36.2, 17, 124} <= _values(a)
    assert not {3, 8, 12, 4} & _values(a)  # (the contents' page numbers and the folios ·3· ·4·)
    assert "防灭火" not in " ".join(b["text"] for b in a["body"])


def test_a_reports_contents_with_dotted_leaders_is_no_text():
    page = """枣强县创建省级文明县城工作汇编

目　录

第一部分　工作方案……………………………………1
第二部分　经验做法……………………………………9
第三部分　创建成效……………………………………21

第一部分　工作方案

　　为扎实推进创建工作，枣强县成立创建工作领导小组，下设办公室和8个专项工作组，全县共投入资金2.3亿元。
"""
    a = _arts(page)[0]
    body = " ".join(b["text"] for b in a["body"])
    assert "……" not in body
    assert {8, 230000000} <= _values(a)
    assert not {1, 9, 21} & _values(a)


def test_a_figures_label_in_a_manual_is_a_caption_not_text():
    page = """武乡县文明创建随手拍小程序使用说明

1　问题上报
1.1　在微信中搜索“武乡文明创建”小程序，点击进入。
图1-1　登录界面
1.2　首次登录须使用县文明办分配的账号，登录后请及时修改密码。
2　问题处置
2.1　点击首页“随手拍”按钮，进入问题上报页面，平台共设置环境卫生、市容秩序等12大类。
图2-1　问题类别选择
2.2　上报成功后，系统自动分派至责任单位，今年以来共受理群众上报问题3260条。
"""
    arts = _arts(page)
    assert len(arts) == 1
    a = arts[0]
    assert [c["text"].replace("\u3000", "").replace(" ", "") for c in a["captions"]] == ["图1-1登录界面", "图2-1问题类别选择"]
    assert all(not b["text"].startswith("图") for b in a["body"])
    assert {3260, 12} <= _values(a)


PHOTO_PAGE = """阿坝日报
2022年8月12日　星期五
第4版　图片新闻

马尔康：街巷彩绘添新景
[图片]
　　8月9日，马尔康市画师在老街外墙绘制民族图案。今年以来，马尔康市完成街巷彩绘210余处。本报记者　泽让闹尔　摄

金川：“红马甲”护航文明交通
[图片]
　　8月10日，金川县文明交通志愿者在县城路口引导行人通行。目前，全县共有文明交通志愿服务队12支。本报通讯员　杨晓燕　摄

本版征稿：欢迎投寄反映阿坝各地文明创建的新闻图片。
投稿邮箱：abrbtp@example.com
"""


def test_photo_items_whose_only_words_are_credited_captions_are_articles():
    arts = _arts(PHOTO_PAGE)
    assert [a["title"] for a in arts] == ["马尔康：街巷彩绘添新景", "金川：“红马甲”护航文明交通"]
    assert [a["adcode"] for a in arts] == ["513201", "513226"]
    assert 210 in _values(arts[0]) and 12 in _values(arts[1])
    assert arts[1]["photographers"] == ["杨晓燕"]
    # the page's call for pictures is the paper's notice, no text of the last item
    assert all("征稿" not in b["text"] for b in arts[1]["body"])


def test_simplified_radicals_from_a_pdf_font_read_as_the_ordinary_characters():
    page = "鄢陵：花木之乡扮靓城市“⻔⾯”\n\n　　鄢陵县今年新建⻋站候⻋亭36座，⻛貌提升街巷12条。\n"
    a = _arts(page)[0]
    assert a["title"] == "鄢陵：花木之乡扮靓城市“门面”"
    assert "车站候车亭" in a["body"][0]["text"]
    assert {36, 12} <= _values(a)


APP_POST = """今日头条
首页 / 正文

#学雷锋在都匀# 2600余名志愿者走上街头！
都匀发布
24年3月5日 18:20 · 贵州
关注

　　3月5日，都匀市在各街道开展学雷锋志愿服务活动，2600余名志愿者走上街头。据了解，都匀市现有注册志愿者9.8万人。

来源：都匀市融媒体中心
记者：杨秀梅 见习记者：龙 婷
"""


def test_an_apps_date_with_a_two_digit_year_and_a_trainees_label():
    a = _arts(APP_POST)[0]
    assert a["title"] == "#学雷锋在都匀# 2600余名志愿者走上街头！"
    assert a["date"]["value"] == "2024-03-05"
    assert a["authors"] == ["杨秀梅", "龙婷"]  # (见习记者 is a label, 见习 no name)


def test_a_compound_surname_set_apart_and_a_workplace_in_brackets_are_read():
    page = """襄阳日报
三月五日　星期二　　农历己亥年正月廿九

老城区如何留住“烟火气”？
本报记者　杜　鹃　通讯员　上官云飞（区委宣传部）

　　襄城区今年改造背街小巷46条，新增便民摊点区域18处。
"""
    a = _arts(page)[0]
    assert a["title"] == "老城区如何留住“烟火气”？"
    assert a["authors"] == ["杜鹃", "上官云飞"]
    assert a["subtitle"] == ""
    site = """作者：襄阳日报全媒体记者 皇甫 昊 通讯员 程 琦

　　襄城区今年改造背街小巷46条。
"""
    assert _arts("老城区如何留住“烟火气”？\n" + site)[0]["authors"] == ["皇甫昊", "程琦"]


def test_an_items_number_alone_over_its_headline_is_no_part_of_it():
    page = """余干文明创建周报（第8期）
余干发布 2020-05-11

NO.1
余干县新时代文明实践中心“点单”服务受欢迎

　　今年以来，余干县新时代文明实践中心群众通过“点单”平台下单1230个，群众满意率达97.2%。

NO.2
“河小青”守护鄱阳湖岸线

　　5月9日，余干县120名“河小青”志愿者来到鄱阳湖畔巡河护岸，清理垃圾6.5吨。
"""
    arts = _arts(page)
    assert [a["title"] for a in arts] == ["余干县新时代文明实践中心“点单”服务受欢迎", "“河小青”守护鄱阳湖岸线"]
    assert arts[1]["adcode"] == "361127"  # (鄱阳湖 is a lake, not 鄱阳县)


def test_meta_fields_set_apart_by_box_drawing_bars_and_a_credit_before_its_caption():
    page = """罗湖区：背街小巷变身“口袋公园”
2021-06-08 10:32　│　来源：罗湖区融媒体中心　│　作者：冼慧敏　│　阅读 2184

　　今年以来，罗湖区新建口袋公园14个，改造背街小巷37条。（记者　桑雪莹　通讯员　冉立伟）
图/冉立伟　东门片区一处新建的口袋公园。
"""
    a = _arts(page)[0]
    assert a["date"]["value"] == "2021-06-08"
    assert "冼慧敏" in a["authors"]
    assert a["photographers"] == ["冉立伟"]
    assert [c["text"] for c in a["captions"]] == ["东门片区一处新建的口袋公园。"]
    assert {14, 37} <= _values(a)
    assert 2184 not in _values(a)
