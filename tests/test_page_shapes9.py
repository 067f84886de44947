"""Shapes of pages the pipeline had not seen (issue 14, ninth round). Every page here was
written for these tests, about places in Yunnan, Heilongjiang, Jiangxi, Qinghai and Fujian
(not the held-out pages' places)."""
from __future__ import annotations

from conftest import page_articles as _arts


CLAUSE_A_LINE_POST = """古城区：“小巷管家”上岗了
原创 丽江古城发布 2024-04-18 20:05 云南
“巷子干净了，心里也亮堂。”
近日，在古城区大研街道
一位老住户这样说
🌸 今年以来
古城区在老城片区推行“小巷管家”制度
已聘请小巷管家215名
每月巡查小巷3400余次
解决群众反映问题860件
🌸 下一步
全区将新建便民服务点24个
文字：和晓丽
图片：木春生
编辑：杨帆 | 审核：赵云
阅读 5120
"""


def test_a_post_set_one_clause_a_line_is_text_not_captions():
    (a,) = _arts(CLAUSE_A_LINE_POST)
    assert a["title"] == "古城区：“小巷管家”上岗了"
    assert a["authors"] == ["和晓丽"]
    body = "".join(p["text"] for p in a["body"])
    for clause in ("已聘请小巷管家215名", "解决群众反映问题860件", "全区将新建便民服务点24个"):
        assert clause in body
    values = {(f["value"], f["unit"]) for f in a["facts"]}
    assert {(215, "名"), (860, "件"), (24, "个")} <= values


THREE_LINE_TITLE_OVER_BYLINE = """牡丹江日报　2024年6月3日　第3版

老街巷
新面貌
好风景

本报记者　刘晓东

今年以来，爱民区改造背街小巷37条，新增停车泊位1200个。
居民李大爷说，家门口的路平了，灯亮了。
"""


def test_three_stacked_headline_lines_over_a_byline_stay_a_title():
    (a,) = _arts(THREE_LINE_TITLE_OVER_BYLINE)
    assert a["title"].replace(" ", "") in ("老街巷新面貌好风景",)
    assert a["authors"] == ["刘晓东"]


SHORT_VIDEO_PAGE = """鸡西融媒
抖音号：jixirongmei2021
鸡冠区“文明停车”整治见效：乱停乱放下降六成 #文明城市 #鸡西 #文明停车
发布时间：2024-05-21 18:40
鸡冠区开展“文明停车”整治以来，新施划停车泊位2100个，乱停乱放现象下降了60%。
文案：刘佳琪  拍摄：孙立伟  剪辑：王鹏
3.4万 点赞   612 评论   145 分享
"""


def test_a_short_video_page_keeps_its_title_without_hashtags_and_reads_its_credits():
    (a,) = _arts(SHORT_VIDEO_PAGE)
    assert a["title"] == "鸡冠区“文明停车”整治见效：乱停乱放下降六成"
    assert a["authors"] == ["刘佳琪"]
    assert a["photographers"] == ["孙立伟"]
    assert a["adcode"] == "230302"
    assert "jixirongmei" not in a["title"]


PAGE_CREDIT_LINE = """三明日报　2024年4月11日　星期四　第6版　县域
本版编辑：林小燕
永安市“燕江夜市”告别占道经营
　　今年以来，永安市对燕江夜市进行规范提升，划定摊位
区域160个，夜市占道经营问题基本消除。
“现在逛夜市又干净又安全。”市民陈女士说。
沙县区小吃街推行“文明餐桌”
　　沙县区在小吃文化城开展“文明餐桌”行动，参与
商户达到85家，公筷公勺使用率达到93%。
（本版文字　黄文涛　邱雅婷　　图片　罗建明）
"""


def test_a_credit_line_for_the_whole_page_names_the_writers_of_every_article_on_it():
    arts = _arts(PAGE_CREDIT_LINE)
    assert [a["title"] for a in arts] == ["永安市“燕江夜市”告别占道经营", "沙县区小吃街推行“文明餐桌”"]
    for a in arts:
        assert a["authors"] == ["黄文涛", "邱雅婷"]
        assert a["photographers"] == ["罗建明"]
    assert [a["adcode"] for a in arts] == ["350481", "350405"]  # 沙县区 since 2021 (data/divisions_update.csv)


ACCOUNT_NAME_OVER_TITLE = """吉首发布
评选｜吉首市“文明商户”名单出炉啦！快来看看有你家门口的店吗
吉首发布 2022-08-09 17:20

今年以来，吉首市在乾州古城开展“文明商户”评选，已有136家商户挂牌。
"""

PLATFORM_ACCOUNT_UNDER_TITLE = """人民日报
打开
满洲里：口岸城市的“文明名片”
满洲里发布
人民号
2023-06-02 09:15 浏览量 1.8万
+关注
满洲里市今年新建街头游园14个，开展文明交通劝导2300余人次。
"""

APP_CHANNEL_AND_TWO_OUTLETS = """新甘肃
嘉峪关
嘉峪关：戈壁新城里的“文明驿站”
来源：新甘肃客户端 2023-05-16 10:02
新甘肃·甘肃日报、新甘肃客户端记者 马 丽 通讯员 张 涛
嘉峪关市在城区建成“文明驿站”32个，为环卫工人、快递小哥提供歇脚服务。
"""


def test_an_accounts_name_repeated_above_its_post_is_not_the_title():
    (a,) = _arts(ACCOUNT_NAME_OVER_TITLE)
    assert a["title"] == "评选｜吉首市“文明商户”名单出炉啦！快来看看有你家门口的店吗"
    assert a["outlet"] == "吉首发布"


def test_an_account_under_a_platforms_label_is_not_the_title():
    (a,) = _arts(PLATFORM_ACCOUNT_UNDER_TITLE)
    assert a["title"] == "满洲里：口岸城市的“文明名片”"
    assert a["adcode"] == "150781"


def test_a_site_and_its_app_before_the_reporters_role_are_no_names():
    (a,) = _arts(APP_CHANNEL_AND_TWO_OUTLETS)
    assert a["title"] == "嘉峪关：戈壁新城里的“文明驿站”"
    assert a["authors"] == ["马丽", "张涛"]
    assert a["adcode"] == "620200"


PEN_NAME_OF_THE_DISTRICT = """本报讯（记者 蒋丽华 通讯员 江宣） 5月8日，江油市在太白公园开展“文明餐桌”主题活动，
全市已有312家餐饮店签订“光盘”承诺书。
"""


def test_an_offices_pen_name_from_the_places_first_character_is_no_author():
    (a,) = _arts(PEN_NAME_OF_THE_DISTRICT)
    assert a["adcode"] == "510781"
    assert a["authors"] == ["蒋丽华"]  # (江 is a common surname: the place tells the pen name)
    assert any(f["text"] == "江宣" for f in a["flags"] if f["kind"] == "dropped")


APP_BANNER_COPY = """云南发布
打开
【州市动态】景洪：澜沧江畔的“文明夜市”
云南发布-西双版纳报记者 岩温香 通讯员 李晓琳
2023-11-02 20:15
景洪市告庄夜市今年以来推行“文明摊位”评比，412个摊位全部签订文明经营承诺书。
"""


def test_an_apps_banner_names_the_outlet_and_the_byline_under_the_title_stays_a_byline():
    (a,) = _arts(APP_BANNER_COPY)
    assert a["title"] == "景洪：澜沧江畔的“文明夜市”"
    assert a["outlet"] == "云南发布"
    assert a["authors"] == ["岩温香", "李晓琳"]
    assert a["adcode"] == "532801"
    assert a["date"]["value"] == "2023-11-02"


DIGEST_OF_BRACKETED_ITEMS = """早安赣州｜今日要闻（9月4日）
赣州发布 2023-09-04 07:30 江西

【章贡区：背街小巷装上“智慧路灯”】
章贡区在老城区背街小巷安装智慧路灯860盏，夜间照明覆盖率达到98%。

【南康区：家具市场推行“文明诚信经营户”】
南康区在家具市场评出“文明诚信经营户”230家，挂牌公示接受监督。
"""

COLUMN_NAME_OVER_A_DIARY = """天津日报 2021年10月12日 星期二 第7版 区域
编辑 王晓东 美编 李 楠
城管日记
一条街的清晨
文/和平区城管执法大队队员 孙佳宁
10月8日 晴
早上五点半，我们在南京路上巡查，清理小广告37处。
"""


def test_a_digest_of_headlines_in_brackets_gives_each_item_its_words_as_title():
    arts = _arts(DIGEST_OF_BRACKETED_ITEMS)
    assert [a["title"] for a in arts] == ["章贡区：背街小巷装上“智慧路灯”", "南康区：家具市场推行“文明诚信经营户”"]
    assert [a["adcode"] for a in arts] == ["360702", "360703"]


def test_a_column_name_over_a_diary_is_not_its_title_and_the_editors_line_is_meta():
    (a,) = _arts(COLUMN_NAME_OVER_A_DIARY)
    assert a["title"] == "一条街的清晨"
    assert a["authors"] == ["孙佳宁"]
    assert "王晓东" in a["editors"]


PLACE_OVER_ITS_HEADLINE = """黄山日报 2022年5月10日 星期二 第3版 县区
屯溪老街
“文明经营”成新风尚
本报记者 汪晓青
屯溪老街今年以来推行“文明经营户”评选，320家商户挂牌亮诺。
"""


def test_a_place_over_what_its_quoted_thing_became_is_one_headline():
    (a,) = _arts(PLACE_OVER_ITS_HEADLINE)
    assert a["title"] == "屯溪老街“文明经营”成新风尚"
    assert a["authors"] == ["汪晓青"]


OVERSEAS_SITE_COPY = """联合早报
中国
厦门思明区老街巷装上“文明守护岗”
陈嘉怡 厦门特派员
发布/2021年3月15日 6:10 AM
更新/2021年3月15日 10:02 AM
字体 A A A
在厦门思明区的中山路一带，新设的“文明守护岗”每天有志愿者轮值，今年已劝导不文明行为2300多起。
"""


def test_an_overseas_sites_copy_reads_its_correspondent_and_its_slashed_date_lines():
    (a,) = _arts(OVERSEAS_SITE_COPY)
    assert a["title"] == "厦门思明区老街巷装上“文明守护岗”"
    assert a["subtitle"] == ""
    assert a["authors"] == ["陈嘉怡"]
    assert a["date"]["value"] == "2021-03-15" and a["date"]["source"] == "printed"
    assert a["adcode"] == "350203"


GOVERNMENT_REPLY_LETTER = """梧州市人民政府
首页 > 政务公开 > 建议提案办理
发布日期：2022-08-15
关于市人大十五届二次会议第43号建议答复的函
李慧敏代表：
您提出的《关于加强夜市文明管理的建议》收悉。现答复如下：
一、关于规范摊位设置
今年以来，万秀区在骑楼城夜市划定摊位区域210个。
二、关于加强志愿服务
全市已组建夜市文明劝导队12支。
梧州市城市管理局
2022年8月10日
"""


def test_a_government_reply_letter_is_titled_by_its_document_title_not_a_section_head():
    (a,) = _arts(GOVERNMENT_REPLY_LETTER)
    assert a["title"] == "关于市人大十五届二次会议第43号建议答复的函"
    assert a["authors"] == []
    assert a["date"]["value"] == "2022-08-15"


SITE_CREDIT_LINE_AND_HONG_KONG_LEAD = """荆门新闻网
沙洋：“文明积分”兑出乡村新风
文：周晓琳 图：彭志刚
发布时间：2023-06-12 09:30
沙洋县推行“文明积分”制度，全县已建成积分超市58个。
"""

HONG_KONG_PAPER_LEAD = """大公報
開平碉樓下的「文明市集」
2024年3月2日 星期六 07:00
【大公報報道】記者鄧詠欣開平報道：走進廣東開平赤坎古鎮，新建的「文明市集」已有攤位120個。
"""


def test_a_sites_credit_line_names_the_writer_and_the_photographer():
    (a,) = _arts(SITE_CREDIT_LINE_AND_HONG_KONG_LEAD)
    assert a["title"] == "沙洋：“文明积分”兑出乡村新风"
    assert a["subtitle"] == ""
    assert a["authors"] == ["周晓琳"]
    assert a["photographers"] == ["彭志刚"]


def test_a_hong_kong_papers_lead_names_its_reporter():
    (a,) = _arts(HONG_KONG_PAPER_LEAD)
    assert a["authors"] == ["邓咏欣"]
    assert a["adcode"] == "440783"


GRID_OF_ITEMS = """甘肃日报                                2023年8月17日 星期四
第6版  市州
■市州传真·天水
秦州区老旧小区加装电梯112部        麦积区“文明驿站”建到景区门口
本报天水讯 今年以来，秦州区在老旧小区加装电梯112部，惠及居民3800户。（记者 马文斌）
本报天水讯 麦积区在麦积山景区门口建成“文明驿站”6处，已服务游客2.1万人次。（通讯员 王丽娟）
甘谷县“道德银行”存下好人好事        武山县温泉小镇推行“文明经营”
本报天水讯 甘谷县推行“道德银行”积分管理，全县已有412个村建立积分档案。（记者 马文斌）
本报天水讯 武山县温泉小镇的186家商户签订了文明经营承诺书。（通讯员 李强）
"""


def test_a_grid_rows_headlines_side_by_side_title_the_items_under_them_in_order():
    arts = _arts(GRID_OF_ITEMS)
    assert [a["title"] for a in arts] == [
        "秦州区老旧小区加装电梯112部", "麦积区“文明驿站”建到景区门口",
        "甘谷县“道德银行”存下好人好事", "武山县温泉小镇推行“文明经营”"]
    assert [a["adcode"] for a in arts] == ["620502", "620503", "620523", "620524"]
    assert [a["authors"] for a in arts] == [["马文斌"], ["王丽娟"], ["马文斌"], ["李强"]]


HOTLINE_COLUMN_WITH_PAGE_AND_SECTION = """松原日报 SONGYUAN DAILY
2021年9月14日 星期二
3 民生
【记者帮办】
小区门前的坑填平了
  读者赵女士来电反映，宁江区一小区门前道路有个大坑。接到反映后，社区当天就组织了维修，共修补路面80平方米。
  (记者 邵 晴)
本栏目欢迎读者提供新闻线索
"""


def test_a_bracketed_byline_closing_an_item_and_a_masthead_page_line_are_read():
    (a,) = _arts(HOTLINE_COLUMN_WITH_PAGE_AND_SECTION)
    assert a["title"] == "小区门前的坑填平了"
    assert a["authors"] == ["邵晴"]
    assert a["newspaper_page"] in ("3", "第3版")
    assert a["adcode"] == "220702"


OCR_MARKS_READ_AS_LETTERS = """营口日报 2024年5月9日 星期四 第3版 县区
鲅鱼圈:"早市"里的文明新风
本报记者 孙丽娜
    每天清晨,鲅鱼圈区的早市上人声鼎沸o早市改造后,
水产区\\果蔬区分区经营,地面每天冲洗两遍o
盖州:老街巷装上"文明灯"
本报讯(记者 高明) 盖州市今年在老街巷安装路灯460盏o
"""


def test_ocr_that_read_full_stops_as_o_still_ends_sentences_and_splits_articles():
    arts = _arts(OCR_MARKS_READ_AS_LETTERS)
    assert [a["title"] for a in arts] == ["鲅鱼圈：“早市”里的文明新风", "盖州：老街巷装上“文明灯”"]
    assert "水产区、果蔬区" in "".join(p["text"] for p in arts[0]["body"])
    assert [a["authors"] for a in arts] == [["孙丽娜"], ["高明"]]


HEADLINE_APP_COPY = """今日头条
首页
袁州区：背街小巷“微更新”更新出好日子
宜春袁州发布
2023-09-08 17:20·宜春袁州发布官方账号
今年以来，袁州区对城区36条背街小巷实施“微更新”，新增停车位980个。
（通讯员 易小芳 记者 钟国平）
举报
"""

DATELINE_ALONE_ON_ITS_LINE = """抚州日报　2024年4月16日　星期二　第3版　县区新闻

# 资溪县：“文明民宿”扮靓旅游小城

本报讯（记者 饶小燕）

资溪县今年评出“文明民宿”68家，游客满意率达到97%。
"""


def test_an_accounts_name_under_the_title_and_over_its_official_account_line_is_the_outlet():
    (a,) = _arts(HEADLINE_APP_COPY)
    assert a["title"] == "袁州区：背街小巷“微更新”更新出好日子"
    assert a["outlet"] == "宜春袁州发布"
    assert a["authors"] == ["易小芳", "钟国平"]


def test_a_dateline_with_its_byline_alone_on_a_line_opens_the_text_and_is_no_title():
    (a,) = _arts(DATELINE_ALONE_ON_ITS_LINE)
    assert a["title"] == "资溪县：“文明民宿”扮靓旅游小城"
    assert a["authors"] == ["饶小燕"]


QR_LOGO_UNDER_THE_TEXT = """延安日报
2023年6月6日 星期二
第3版 县区
宝塔区：“文明商户”挂牌亮诺
本报记者 王丽华
宝塔区首批评出“文明商户”160家，在门店悬挂星级标牌。
扫码看视频
延安日报全媒体
"""


def test_a_qr_codes_logo_under_the_text_is_not_the_outlet_of_the_paper_above():
    (a,) = _arts(QR_LOGO_UNDER_THE_TEXT)
    assert a["outlet"] == "延安日报"
