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


CONTINUED_PAGE = """岳阳日报　2021年11月3日　星期三　第3版　要闻
编辑　邝红霞

（上接第一版）
文明之花开满洞庭湖畔

化，城市颜值和群众满意度同步提升。
　　2017年以来，我市累计投入资金38亿元，改造老旧小区216个。

君山区：“门前三包”包出整洁街面

本报记者　尉迟海燕　通讯员　娄梦瑶

　　今年以来，君山区与沿街1860家商户签订“门前三包”责任书。
"""


def test_a_headline_reprinted_under_its_jump_line_opens_the_continued_part():
    arts = _arts(CONTINUED_PAGE)
    assert [a["title"] for a in arts] == ["文明之花开满洞庭湖畔", "君山区：“门前三包”包出整洁街面"]
    assert arts[0]["authors"] == [] and arts[1]["authors"] == ["尉迟海燕", "娄梦瑶"]
    assert "邝红霞" not in arts[0]["authors"] + arts[1]["authors"]  # (编辑 under the masthead: the editor)
    assert arts[0]["adcode"] == "430600" and arts[1]["adcode"] == "430611"


LETTERS_PAGE = """驻马店日报
2015年8月11日　星期二
第7版　民生·读者来信

读者来信

为汝南县城的“文明厕所”点个赞

编辑同志：
　　这两年，汝南县下大力气抓公厕建设，县城新建改造公厕52座，其中24小时开放的有33座。
汝南县城关　读者　司马鸿飞

小区门口的占道摊点谁来管？

编辑同志：
　　我家住在驿城区一条老街旁的小区里，小区门口每天傍晚都聚集不少流动摊点，希望有关部门管一管。
驿城区　读者　楚晓红
"""


def test_readers_letters_each_open_under_a_headline_over_the_greeting():
    arts = _arts(LETTERS_PAGE)
    assert [a["title"] for a in arts] == ["为汝南县城的“文明厕所”点个赞", "小区门口的占道摊点谁来管？"]
    assert [a["authors"] for a in arts] == [["司马鸿飞"], ["楚晓红"]]
    assert [a["adcode"] for a in arts] == ["411727", "411702"]
    assert {52, 33} <= _values(arts[0])


def test_a_questions_headline_over_two_lines_is_one_title():
    page = """吉首为何能连续三年
位居全州创建测评第一？
——吉首市推进文明城市创建观察

本报记者　向　琼

　　在日前公布的全州文明城市创建测评结果中，吉首市以91.6分排名第1位。
"""
    a = _arts(page)[0]
    assert a["title"] == "吉首为何能连续三年位居全州创建测评第一？"
    assert a["subtitle"].lstrip("—") == "吉首市推进文明城市创建观察"
    assert a["authors"] == ["向琼"]


EPAPER_FIELDS = """威海日报数字报刊平台　|　本版文章　|　返回版面
2016年10月14日　第A02版：要闻

第1篇
引题：创城成果惠民生
标题：我市三年新建改造口袋公园86处
副题：市民出门“300米见绿、500米见园”
作者：本报记者　逄晓冬
正文：
　　记者从市园林部门获悉，2014年以来，我市新建改造口袋公园86处，新增绿地面积52万平方米。
【字号　大　中　小】【打印】【关闭】

第2篇
引题：
标题：文登：“海韵文明”志愿服务品牌叫响胶东
副题：
作者：通讯员　隋海燕
正文：
　　文登区以“海韵文明”为品牌，目前全区注册志愿者达9.3万人。
【字号　大　中　小】【打印】【关闭】
"""


def test_an_epaper_text_view_of_pieces_field_by_field():
    arts = _arts(EPAPER_FIELDS)
    assert [a["title"] for a in arts] == ["我市三年新建改造口袋公园86处", "文登：“海韵文明”志愿服务品牌叫响胶东"]
    assert arts[0]["subtitle"] == "市民出门“300米见绿、500米见园”"
    assert arts[1]["subtitle"] == ""
    assert [a["authors"] for a in arts] == [["逄晓冬"], ["隋海燕"]]
    assert {a["outlet"] for a in arts} == {"威海日报"}
    assert [a["adcode"] for a in arts] == ["371000", "371003"]


DATA_BOX_PAGE = """乌兰察布日报　2020年10月20日　星期二　第02版　综合新闻

察右中旗：“小巷管家”管出大变化

本报记者　萨仁高娃

　　今年以来，察右中旗在旗所在地推行“小巷管家”制度，选聘小巷管家126名。

数读｜我市创建全国文明城市这一年
（2019年10月—2020年9月）
■ 1.6万名
　　全市新增注册志愿者
■ 4200余场
　　开展新时代文明实践活动
■ 312个
　　改造提升老旧小区
数据来源：乌兰察布市文明办　　制图：图雅

我市启动“文明交通月”活动

　　本报讯（记者　额尔敦）10月18日，我市在城区42个主要路口设置了文明交通劝导岗。
"""


def test_a_data_box_with_its_period_is_a_piece_of_its_own():
    arts = _arts(DATA_BOX_PAGE)
    assert [a["title"] for a in arts] == ["察右中旗：“小巷管家”管出大变化", "数读｜我市创建全国文明城市这一年",
                                          "我市启动“文明交通月”活动"]
    assert arts[1]["subtitle"] == "" and arts[1]["authors"] == []
    assert {16000, 4200, 312} <= _values(arts[1])
    assert 126 in _values(arts[0]) and 16000 not in _values(arts[0])


def test_a_series_name_over_an_editors_note_heads_no_piece():
    page = """延边日报
2018年9月5日　星期三
第3版　综合新闻

文明创建看基层
——系列报道之三

【编者按】文明创建，重在基层。本报今起推出系列报道，走进各县市的街巷社区。

图们：边城街巷展新颜

本报记者　金香兰

　　2016年以来，图们市累计投入城市建设资金9.4亿元。

珲春：“文明使者”活跃口岸一线

　　本报讯（记者　朴成浩）今年以来，珲春市组建“文明使者”志愿服务队18支。
"""
    arts = _arts(page)
    assert [a["title"] for a in arts] == ["图们：边城街巷展新颜", "珲春：“文明使者”活跃口岸一线"]


def test_a_line_leaving_a_quote_open_goes_on_below():
    page = """天水日报
2019年9月17日 星期二

甘谷县“小网格”撬动文明创建“大治理”
  今年,甘谷县将县城划分为213个网格,配备网格员426名,网格员每天巡
查,发现问题及时上报、及时处置。
  甘谷县还在每个网格设立“文明监督岗
”,邀请热心居民担任监督员,目前已有1100余名群众参与其中。
(本报通讯员 巩晓霞 牛建军)
"""
    arts = _arts(page)
    assert len(arts) == 1
    assert arts[0]["authors"] == ["巩晓霞", "牛建军"]
    assert any("设立“文明监督岗”，邀请" in b["text"] for b in arts[0]["body"])


def test_a_cartoon_a_marked_byline_and_a_call_for_pieces_on_an_opinion_page():
    page = """宿迁日报
2022年3月9日　星期三
A3　评论

莫让背街小巷成为文明“盲区”

◇ 匡怡然

　　令人欣喜的是，宿城区今年首批启动整治背街小巷65条。

[漫画]　《“打卡”之后》　漫画/阎　旭

欢迎来稿：sqrbpl@example.com　　电话：0527-84367215
"""
    arts = _arts(page)
    assert len(arts) == 1
    assert arts[0]["authors"] == ["匡怡然"]
    assert 84367215 not in _values(arts[0]) and 65 in _values(arts[0])
    assert all("漫画" not in b["text"] and "来稿" not in b["text"] for b in arts[0]["body"])


def test_a_tv_programmes_rundown_is_no_text():
    page = """阿合奇县融媒体中心
首页 > 电视 > 阿合奇新闻

《阿合奇新闻》2022年8月16日

本期内容：
1.我县召开创建自治区文明县城推进会
2.“库姆孜”琴声里的文明新风
3.县城“小巷管家”上岗

【我县召开创建自治区文明县城推进会】
【导语】8月15日，我县召开创建自治区文明县城工作推进会。
【正文】今年以来，我县累计投入资金1.85亿元，实施项目27个。
（记者：古丽加娜提·托合托逊　摄像：吐尔洪·库尔曼）

【“库姆孜”琴声里的文明新风】
【导语】今年，县里组织民间艺人创作新曲目36首，深入乡村演出78场。
（记者：艾力·买买提　摄像：阿不都热依木·克热木）

【县城“小巷管家”上岗】
【导语】近日，阿合奇镇首批48名“小巷管家”正式上岗。
（记者：加娜尔·吐尔地　摄像：吐尔洪·库尔曼）
"""
    arts = _arts(page)
    assert [a["title"] for a in arts] == ["我县召开创建自治区文明县城推进会", "“库姆孜”琴声里的文明新风",
                                          "县城“小巷管家”上岗"]
    assert [a["authors"] for a in arts] == [["古丽加娜提·托合托逊"], ["艾力·买买提"], ["加娜尔·吐尔地"]]
    assert all("本期内容" not in (a.get("kicker") or "") for a in arts)


def test_zhuyin_and_capitalised_pinyin_glosses_are_dropped():
    page = """兩岸頭條網 > 大陸新聞 > 社會

理(ㄌㄧˇ)塘：高原小城的文明新(ㄒㄧㄣ)顏
發佈時間：2023-08-16 10:42　來源：甘孜日報
【字級：小 中 大】　分享到：Facebook　LINE　Twitter

　　近年來，理塘縣以創(ㄔㄨㄤˋ)建省級文明城市為抓手，完成老舊小區改造17個。鄂伦春（Èlúnchūn）自治旗、阿荣旗（Āróng Qí）也派人前來學習。
"""
    a = _arts(page)[0]
    assert a["title"] == "理塘：高原小城的文明新颜"
    assert a["subtitle"] == ""
    body = a["body"][0]["text"]
    assert "ㄔ" not in body and "Èlúnchūn" not in body and "Āróng" not in body
    assert "鄂伦春自治旗、阿荣旗也派人" in body
    assert 17 in _values(a)


def test_counts_of_handled_items_ranks_by_score_and_a_papers_name_read_with_yue():
    page = """衡水曰报
2021年3月10日 星期三
第2版 县域

景县“门前三包”包出整洁街巷

　　去年以来，景县维修楼道灯、下水管道等设施2600余件次。在全市县城管理考核中，景县综合得分第1名。
"""
    a = _arts(page)[0]
    assert a["outlet"] == "衡水日报"
    got = {(f["value"], f["unit"]) for f in a["facts"]}
    assert (2600, "件次") in got
    assert any(f["value"] == 1 and f.get("kind") == "rank" for f in a["facts"])


def test_an_item_naming_only_its_home_takes_the_division_holding_the_pages_other_items():
    page = """民族日报
2023年9月29日　星期五　农历八月十五　中秋节
A2　综合新闻

全州“文明餐桌”行动覆盖餐饮单位5600家
　　本报讯（记者　马　媛）今年以来，我州深入开展“文明餐桌”行动，全州5600家餐饮单位张贴节约用餐提示。

临夏市：八坊十三巷里的文明“新景”
　　中秋小长假前夕，临夏市八坊十三巷里游人如织，志愿者为游客讲解砖雕艺术120余场。

临夏县“积分制”管出乡村新风
　　在临夏县韩集镇的村民活动广场上，全县已建成积分超市86个。
"""
    arts = _arts(page)
    assert [a["adcode"] for a in arts] == ["622900", "622901", "622921"]
    assert arts[0]["provenance"]["region"]["confident"] is False
    assert {f["adcode"] for f in arts[0]["facts"]} == {"622900"}
    assert all(a["date"]["value"] == "2023-09-29" for a in arts)  # (the festival beside the date is no text)


def test_a_masthead_over_its_pinyin_and_its_owners_line():
    page = """宁乡报
NINGXIANG BAO
中共宁乡市委主管主办　　第2287期　　今日4版
2019年11月24日　星期五
第1版　要闻

全市上下决战决胜省级文明城市测评

本报记者　邝春燕

　　记者从市创建办获悉，今年以来全市累计整改问题1.2万个。
"""
    a = _arts(page)[0]
    assert a["outlet"] == "宁乡报"
    assert a["title"] == "全市上下决战决胜省级文明城市测评"
    assert a["adcode"] == "430182"


def test_a_place_tag_in_brackets_before_the_headline_labels_its_place():
    page = """郑州晚报　2019年11月14日　星期四　A06
城事·文明郑州

【金水区】黄河路上的“文明驿站”暖了路人心

　　今年以来，金水区建成“文明驿站”11个，每个周末安排志愿者90余名轮流值守。（记者　卞晓蕾　通讯员　闪雅文）
"""
    a = _arts(page)[0]
    assert a["title"] == "黄河路上的“文明驿站”暖了路人心"
    assert a["adcode"] == "410105"
    assert a["authors"] == ["卞晓蕾", "闪雅文"]  # (闪, a surname: 闪雅文 is a name, no credit 文)


def test_a_headlines_short_name_two_places_share_is_the_one_named_more_in_full():
    page = """福州新闻网
首页 | 福州 | 山海协作 | 文明福州 | 视频

台江：苗乡小城迎来文明“蝶变”！
2021-04-26 09:12　　来源：黔东南日报

　　四月的台江县城，步道干净整洁。近年来，台江县累计投入4.3亿元实施县城提质工程。
　　在东西部协作中，福州市台江区与台江县结对，两地累计互派干部29人次。
"""
    a = _arts(page)[0]
    assert a["adcode"] == "522630"


SPREAD = """开封日报
2024年1月16日　星期二
4
创建全国文明城市特刊

千年古都开封的文明答卷

本报记者　霍思远

　　自创建全国文明城市工作开展以来，开封市累计投入资金126亿元，打通“断头路”27条，新增停车泊

开封日报
2024年1月16日　星期二
5
创建全国文明城市特刊

位1.8万个。

龙亭区：“门前五包”包出文明新街景

本报记者　宁可欣

　　今年以来，龙亭区与沿街商户签订责任书3200份。
"""


def test_a_spread_with_a_running_head_on_each_page():
    arts = _arts(SPREAD)
    assert [a["title"] for a in arts] == ["千年古都开封的文明答卷", "龙亭区：“门前五包”包出文明新街景"]
    assert [a["outlet"] for a in arts] == ["开封日报", "开封日报"]  # (its name over each page: the masthead)
    assert [str(a["newspaper_page"]).strip("第版") for a in arts] == ["4", "5"]


def test_a_reading_sites_rating_line_is_no_subtitle():
    page = """读报学拼音网 > 新闻阅读 > 民族地区

莫力达瓦（Mòlìdáwǎ）：小城的文明答卷
2018-12-20 16:02　来源（láiyuán）：呼伦贝尔日报
【难度（nándù）：★★★☆☆】【生词（shēngcí）：12个】

　　近年来，莫力达瓦达斡尔族自治旗以创建文明城市为抓手，全旗投入资金9600万元。
"""
    a = _arts(page)[0]
    assert a["title"] == "莫力达瓦：小城的文明答卷"
    assert a["subtitle"] == ""
    assert a["outlet"] == "呼伦贝尔日报"
    assert 96000000 in _values(a) and 12 not in _values(a)


STACKS_PAGE = """新乡日报
2021年4月22日　星期四
第3版　县区新闻

老旧小区换新颜　居民生活有滋味
卫滨区：“微改造”托起民生“大幸福”
——卫滨区推进老旧小区改造提升工作纪实

本报记者　郇海波

　　2019年以来，卫滨区累计投入资金3.2亿元，改造老旧小区97个。

志愿服务常态化　文明实践见实效
红旗区“红马甲”穿梭大街小巷
全区注册志愿者突破6万人

　　本报讯（记者　覃雅琴）近年来，红旗区组建志愿服务队伍426支。
"""


def test_a_slogan_of_two_phrases_over_a_headline_is_its_kicker():
    arts = _arts(STACKS_PAGE)
    assert [a["title"] for a in arts] == ["卫滨区：“微改造”托起民生“大幸福”", "红旗区“红马甲”穿梭大街小巷"]
    assert [a["kicker"] for a in arts] == ["老旧小区换新颜 居民生活有滋味", "志愿服务常态化 文明实践见实效"]
    assert arts[1]["subtitle"] == "全区注册志愿者突破6万人"
    assert [a["adcode"] for a in arts] == ["410703", "410702"]


# a typeset page of two articles, the second's headline narrower than the two columns under it
TWO_HEADLINES_OVER_COLUMNS_HTML = """<html><head><meta charset="utf-8"><style>
body{font-family:"Noto Serif CJK SC",serif;width:760px;margin:20px;font-size:15px}
.mast{font-size:34px;font-weight:bold}.meta{font-size:13px;border-bottom:2px solid #000;margin-bottom:10px}
h1{font-size:24px;margin:10px 0 4px}h2{font-size:20px;margin:14px 0 4px}.by{font-size:13px;margin-bottom:6px}
.cols{column-count:2;column-gap:24px}p{text-indent:2em;margin:0 0 6px}
</style></head><body>
<div class="mast">黔西南日报</div>
<div class="meta">2023年5月18日　星期四　第3版　县市新闻　　责任编辑：潘晓红</div>
<h1>兴义：老街巷装上“文明导视牌”</h1>
<div class="by">本报记者　韦明亮　通讯员　岑雪梅</div>
<div class="cols">
<p>近日，兴义市在老城区背街小巷新装文明导视牌326块，标注公厕、停车点和志愿服务站的位置。市城管局介绍，今年以来全市已完成背街小巷改造58条，新增停车泊位1260个。</p>
<p>“以前外地游客问路，我们说不清楚，现在抬头一看就明白了。”在老街经营小吃店的居民黄桂芬说。</p>
<p>据了解，兴义市还组建了由412名志愿者组成的“街巷管家”队伍，每天轮流巡查，发现问题随手拍、随时报，群众满意度达到95.6%。</p>
</div>
<h2>安龙县“积分超市”激活乡村文明新风</h2>
<div class="cols">
<p>走进安龙县招堤街道的“文明积分超市”，村民用攒下的积分兑换米面油等生活用品。今年以来，安龙县已建成积分超市87个，累计兑换积分52万分，参与群众达2.3万人次。</p>
<p>县文明办负责人表示，下一步将把积分制推广到全县所有行政村，让文明新风吹进千家万户。（通讯员　龙开鑫　杨秀芝）</p>
</div>
</body></html>"""


def test_a_pdf_headline_narrower_than_its_columns_heads_them_and_opens_the_second_article(tmp_path):
    from typeset import render

    pdf = tmp_path / "two.pdf"
    render(TWO_HEADLINES_OVER_COLUMNS_HTML, pdf=pdf)
    from build_tools.pipeline import link_corpus, process_seed
    arts = link_corpus([process_seed("two.pdf", pdf.read_bytes())])
    # (the column beside the first article's text is read before the second headline under it)
    assert [a["title"] for a in arts] == ["兴义：老街巷装上“文明导视牌”", "安龙县“积分超市”激活乡村文明新风"]
    assert [a["adcode"] for a in arts] == ["522301", "522328"]
    assert [a["authors"] for a in arts] == [["韦明亮", "岑雪梅"], ["龙开鑫", "杨秀芝"]]
    assert {412, 95.6} <= _values(arts[0]) and not {87, 23000} & _values(arts[0])
    assert {87, 23000} <= _values(arts[1])
