"""Shapes of pages found failing in round s18: the round trip's PDF text with a caption set
wider than the column, and the blind sets 77-81. Every page here was written for these tests;
every name is invented."""
from __future__ import annotations

from conftest import page_articles as _arts


def _values(a: dict) -> set:
    return {f["value"] for f in a["facts"]}


PDF_COLUMN = """桐庐：小县城的文明大文章

本报讯(记者 周海燕)今年以来,桐庐县把创建全国文明城市作为一号
工程,全县共改造背街小巷86条,新建口袋公园23个,城区面貌焕然
一新。县创建办负责人介绍,全县已组建志愿服务队伍412支。

{lone}

在老城区,社区网格员每天巡查,发现问题第一时间上报处置,群众满
意度达到96.5%。下一步,桐庐县将继续深化常态长效管理机制,推动
创建成果惠及更多群众。

农贸市场是创城的难点。县里投入资金1200万元,对城区7个农贸市场
进行提升改造,划行归市、明码标价,市场环境明显改善,摊主和顾客
都说好。
"""


def test_a_lone_line_wider_than_the_pdf_column_is_a_caption():
    # set in smaller type across a picture: more characters a line than the column holds
    caption = "富春江畔的志愿者们在江滨绿道上向过往的游客宣传文明旅游知识并发放垃圾分类宣传册。"
    a = _arts(PDF_COLUMN.format(lone=caption))[0]
    assert [c["text"] for c in a["captions"]] == [caption]
    assert all("富春江畔" not in b["text"] for b in a["body"])
    assert {86, 23, 412, 96.5, 12000000, 7} <= _values(a)


def test_a_lone_line_within_the_pdf_column_stays_text():
    # a one-sentence paragraph of the column itself: as wide as the column, or narrower
    line = "群众的满意度，是检验创建成效的唯一标准。"
    a = _arts(PDF_COLUMN.format(lone=line))[0]
    assert a["captions"] == []
    assert any(b["text"] == line for b in a["body"])


MARKED_PHOTO_BYLINE = """韶关日报
2022年5月17日　星期二
A04　县区新闻

乳源：瑶乡小城的文明“新底色”

{byline}
　通讯员　邓秋萍　实习生　骆嘉宁

　　近年来，乳源瑶族自治县建成新时代文明实践站96个，全县注册志愿者达4.2万人。
"""


def test_a_bylines_mark_then_a_text_and_picture_credit_names_no_one():
    # ■ then 文/图: two marks one after the other, neither a name
    for byline in ("■文/图　韶关日报记者　盘晓丽", "■ 文/图 记者 盘晓丽", "□文/图　记者　盘晓丽"):
        a = _arts(MARKED_PHOTO_BYLINE.format(byline=byline))[0]
        assert a["authors"] == ["盘晓丽", "邓秋萍", "骆嘉宁"], byline
        assert a["photographers"] == ["盘晓丽"], byline


SITE_NAME_BEFORE_NAV_BAR = """临沧网 | 首页　新闻　县区　专题　图片　
您当前的位置：首页 > 新闻 > 县区

双江：“一村一策”让文明落地生根

2022-09-06 10:15:32　来源：临沧日报　作者：记者 俸晓梅　编辑：罕明

　　今年以来，双江拉祜族佤族布朗族傣族自治县推行“一村一策”，已有58个村完成村规民约修订。

责任编辑：罕明
"""


def test_a_sites_name_before_its_navigation_bar_on_one_line_is_the_outlet_not_the_title():
    a = _arts(SITE_NAME_BEFORE_NAV_BAR)[0]
    assert a["title"] == "双江：“一村一策”让文明落地生根"
    assert "临沧网" not in a["kicker"] + a["subtitle"]  # (the site's name is no kicker, its bar no text)
    assert a["adcode"] == "530925"
    assert a["authors"] == ["俸晓梅"]


PAGE_BREAK_RUNNING_HEADS = """2020年9月17日 星期四
创城专刊
4
编辑：柴晓芸 校对：苟 强

泾川：古城街巷
“文明风”扑面来
——泾川县创建省级文明县城工作纪实
记者 独孤慧敏 通讯员 蔺海峰

九月的泾川，秋高气爽。走进城关镇，街巷干净整洁，墙上的
孝老故事画吸引不少路人驻足。近年来，泾川县以创建省级文明
县城为抓手，持续改善城乡面貌。
三年来，全县累计投入创建资金3.2亿元，实施城建项目41个，
硬化背街小巷58条。县城一家小吃店的老板牛春燕说：“现在
（下转第5版）

5
创城专刊
平凉日报
2020年9月17日 星期四

（上接第4版）
街面干净了，来吃饭的客人也多了。”今年以来，泾川县新建
新时代文明实践站126个，注册志愿者1.9万人。
"""


def test_a_section_name_over_each_page_and_a_sentence_broken_by_the_page_stay_one_article():
    # the section's name repeats beside each page's number, date and paper: no headline; the
    # quote broken by the page goes on after the next page's running head
    arts = _arts(PAGE_BREAK_RUNNING_HEADS)
    assert len(arts) == 1
    a = arts[0]
    assert a["title"].replace(" ", "") == "泾川：古城街巷“文明风”扑面来"
    assert a["authors"] == ["独孤慧敏", "蔺海峰"]
    assert a["adcode"] == "620821"
    assert {320000000, 41, 58, 126, 19000} <= _values(a)


NARROW_HEAD_MID_TEXT = """喀什日报
2022年10月13日 星期四
3 县市新闻

泽普：金湖杨畔的
文明新图景
本报记者 米日古丽·艾合买提
通讯员 樊 杰
  金秋时节,泽普县城的街道干
净整洁,道路两旁的胡杨叶子金
黄一片。近年来,泽普县把文明
创建融入城市治理,城市面貌持
续改善。
  县城一位老人对记者说:“以前
这条路上到处是摊点,现在大家

2022年10月13日 星期四
喀什日报
3 县市新闻

都自觉在市场里摆摊了。”今年
以来,全县新建农贸市场4个,规
范摊点620个。
"""


def test_a_sentence_broken_by_a_running_head_in_a_narrow_column_reads_whole():
    a = _arts(NARROW_HEAD_MID_TEXT)[0]
    assert a["title"].replace(" ", "") == "泽普：金湖杨畔的文明新图景"
    texts = [s["text"] for b in a["body"] for s in b["sentences"]]
    assert any("现在大家都自觉在市场里摆摊了" in t for t in texts)
    assert {4, 620} <= _values(a)


CAPTION_INSIDE_COLUMN = """县区新闻
迁西：板栗之乡
的文明新风
迁西：板栗之乡的文明新风
记者 尉迟晓丽 通讯员 滑 冰
初冬的迁西，满山栗树。在县城
兴城镇的一家“文明书屋”里，几
位老人一边翻书，一边听志愿者
讲解文明新风。近年来，迁西县
把板栗文化融入文明创建，新建
“文明书屋”28个，累计接待群
众达6.3万人次，各家书
迁西县城的一家“文明书屋”。
滑冰 摄
屋成了宣传政策、调解纠纷、传
播文明的“小阵地”。
"""


def test_a_headline_printed_broken_then_whole_and_a_caption_inside_a_sentence():
    # a PDF viewer's copy: the headline as the column broke it, then whole; a picture's caption
    # and credit between the two halves of a sentence
    a = _arts(CAPTION_INSIDE_COLUMN)[0]
    assert a["title"] == "迁西：板栗之乡的文明新风"
    assert a["subtitle"] == ""
    assert [c["text"] for c in a["captions"]] == ["迁西县城的一家“文明书屋”。"]
    texts = "".join(s["text"] for b in a["body"] for s in b["sentences"])
    assert "书屋成了宣传政策" in texts and "文明书屋”。滑冰" not in texts
    assert {28, 63000} <= _values(a)


TWO_ARTICLES_OCR_COLUMN = """河南日报
2022年6月9日 星期四
第9版 市县

新郑:“红色物业”让
老旧小区焕发新颜
河南日报记者 闻人静
通讯员 毛 哲
走进新郑市新华路街道一处老旧小区,
新粉刷的楼道干净明亮,小区广场上
老人们正在下棋。近年来,新郑市推
行“红色物业”,已累计改造老旧小区
58个,惠及居民1.9万户。

宜阳:文明村镇
串珠成链
五月的宜阳县锦屏镇,村道两旁绿树
成荫,家家户户门前干净整洁。近年
来,宜阳县以文明村镇创建为抓手,
目前已创建县级以上文明村镇126个,
建成“美丽庭院”3200余户。
（通讯员 岳丽 邝文斌）
"""


def test_a_headline_of_short_lines_over_wrapped_text_opens_the_second_article():
    arts = _arts(TWO_ARTICLES_OCR_COLUMN)
    assert [a["title"].replace(" ", "") for a in arts] == ["新郑：“红色物业”让老旧小区焕发新颜", "宜阳：文明村镇串珠成链"]
    assert arts[0]["authors"] == ["闻人静", "毛哲"]
    assert arts[1]["authors"] == ["岳丽", "邝文斌"]
    assert [a["adcode"] for a in arts] == ["410184", "410327"]


def test_a_narrow_column_copy_keeps_its_region():
    a = _arts(NARROW_HEAD_MID_TEXT)[0]
    assert a["adcode"] == "653124"
    assert a["authors"] == ["米日古丽·艾合买提", "樊杰"]
    assert a["date"]["value"] == "2022-10-13" and a["newspaper_page"] in ("3", "第3版")


TRAD_PDF_WITH_MARKED_PHRASE = """A12
內地新聞
香港商報  2018年9月6日(星期四)

德清創文見實效
「防風故里」換新顏

　　香港商報訊（記者 上官明軒 湖州報道）
浙江省湖州市德清縣近年全力創建全國文明城市，
城鄉面貌明顯改善。該縣累計投入城市建設資金8.3億元，
新建及改造城區公園9個。
■德清縣城區新建的公園成為市民休閒好去處。
受訪者供圖
　　據介紹，德清縣城區綠化覆蓋率提升至43.5%。
■多方合力 共建共享
　　德清縣文明辦負責人表示，將建立長效管理機制。
"""


def test_a_marked_phrase_between_paragraphs_is_no_byline_and_an_interviewee_no_photographer():
    a = _arts(TRAD_PDF_WITH_MARKED_PHRASE)[0]
    assert a["authors"] == ["上官明轩"]
    assert a["photographers"] == []
    assert a["adcode"] == "330521"
    assert {830000000, 9, 43.5} <= _values(a)


FOLIO_ONLY_PAGE = """铜仁日报
2021年11月18日 星期四
县区新闻
石阡：温泉小城
文明之花处处开
记者 冉文卓 通讯员 田 丽
初冬的石阡县城，街道干净整洁，温泉
广场上游人如织。近年来，石阡县以创
建省级文明县城为抓手，改造提升城区
街路21条，新建文化广场3处。

一 2 一
"""


def test_a_scans_folio_is_the_page_of_a_paper_only():
    a = _arts(FOLIO_ONLY_PAGE)[0]
    assert a["newspaper_page"] in ("2", "第2版")
    assert a["adcode"] == "520623"
    document = FOLIO_ONLY_PAGE.replace("铜仁日报", "石阡县人民政府办公室")
    assert _arts(document)[0]["newspaper_page"] is None


SECTION_NAME_IN_MASTHEAD = """﻿呼伦贝尔日报
2019年9月5日
星期四
旗县市区
3

陈巴尔虎旗：
草原小城
焕发文明新气象
本报记者 乌日娜
通讯员 巴·特尔

初秋的陈巴尔虎旗巴彦库仁镇，街道宽阔整洁。

近年来，陈巴尔虎旗把民族文化融入文明创建，新建街心公园7处。
"""


def test_a_section_name_and_page_number_in_a_masthead_stack_are_no_headline():
    a = _arts(SECTION_NAME_IN_MASTHEAD)[0]
    assert a["outlet"] == "呼伦贝尔日报"
    assert a["newspaper_page"] in ("3", "第3版")
    assert a["authors"] == ["乌日娜", "巴·特尔"]
    assert a["adcode"] == "150725"


TWO_LINE_HEADLINE_TRAD = """旺報
中華民國108年3月11日 星期一
A9 兩岸傳真

邵武拚文明城市
台商也出力
記者歐陽曉雯／綜合報導

　　福建省南平市所轄的邵武市近年積極爭創全國文明城市，當地台商也紛紛投入。園區內台資企業已達48家。
"""


def test_two_short_headline_lines_the_upper_longer_by_two_are_one_title():
    a = _arts(TWO_LINE_HEADLINE_TRAD)[0]
    assert a["title"].replace(" ", "") in ("邵武拼文明城市台商也出力", "邵武拚文明城市台商也出力")
    assert a["authors"] == ["欧阳晓雯"]
    assert a["adcode"] == "350781"


ROUND_UP_POST = """文明南宁
一周创文速递（9.4-9.10）
2023-09-11　文明南宁

[图片]

1.青秀区：老旧小区“微改造”留住老街坊
青秀区近期完成9个老旧小区的微改造，更换破损路面6200平方米，新增停车位310个。
（文／欧阳思琪）

2.西乡塘区：“文明出行”劝导队守护早晚高峰
西乡塘区在辖区38个重要路口设立劝导岗，每天安排志愿者180名上岗。
（通讯员：韦敏华　记者：覃思远）

- END -
来源：青秀区文明办、西乡塘区融媒体中心
编辑：黄嘉琪
阅读 3027　　点赞 41
"""


def test_a_round_up_posts_date_then_account_line_and_bracketed_labelled_bylines():
    arts = _arts(ROUND_UP_POST)
    assert len(arts) == 2
    assert [a["authors"] for a in arts] == [["欧阳思琪"], ["韦敏华", "覃思远"]]
    assert all(a["date"]["value"] == "2023-09-11" and a["outlet"] == "文明南宁" for a in arts)
    assert [a["adcode"] for a in arts] == ["450103", "450107"]


LIST_PAGE_META_AFTER_ITEMS = """甘肃文明网
首页 | 文明要闻 | 各地动态 | 文明创建 | 志愿服务
当前位置：首页 > 各地动态

各地动态

徽县：“文明实践+果园”服务送到田间地头
　　眼下正值苹果管护关键期，徽县的新时代文明实践志愿者走进果园。今年以来，徽县组建果树技术志愿服务队31支，服务果农5200余户。
【来源：徽县融媒体中心｜作者：宇文晓军　焦雨婷｜2022-04-15 09:12】　阅读全文>>

两当县城区“微景观”扮靓街角空地
　　两当县利用城区街角空地建设“微景观”，今年已建成17处，新增绿地0.9万平方米。
【来源：陇南日报｜作者：记者 仝海燕｜2022-04-14 16:40】　阅读全文>>

上一页　1　2　3　下一页　共41条
"""


def test_a_list_pages_items_each_with_its_meta_line_after_its_text():
    arts = _arts(LIST_PAGE_META_AFTER_ITEMS)
    assert [a["authors"] for a in arts] == [["宇文晓军", "焦雨婷"], ["仝海燕"]]
    assert [a["date"]["value"] for a in arts] == ["2022-04-15", "2022-04-14"]
    assert [a["adcode"] for a in arts] == ["621227", "621228"]


WEEKLY_DAY_LABELS = """雨花周报
2023年9月8日 星期五  第3版 一周创建
主编：尹冬梅  本版编辑：晏 菲

一周创建回眸

周一（9月4日）
左家塘街道：老街“一街一档”管起来
左家塘街道对沿街店铺实行“一街一档”管理，为146家商户建立文明经营档案。
（记者 易思敏）

周二（9月5日）
圭塘街道开展“文明交通进校园”开学第一课
圭塘街道联合区交警大队走进辖区7所中小学，为新生讲授交通安全课。
"""


def test_a_weekly_pages_day_labels_each_open_an_item():
    arts = _arts(WEEKLY_DAY_LABELS)
    assert [a["title"] for a in arts] == ["左家塘街道：老街“一街一档”管起来", "圭塘街道开展“文明交通进校园”开学第一课"]
    assert arts[0]["authors"] == ["易思敏"]


TOC_THEN_BARRED_ITEMS = """﻿早读丨铁西创城要闻（5月20日）
铁西发布 2021-05-20 07:00 辽宁

今日导读
● 卫工街道“夜市”文明经营有新招
● 我区新增“口袋公园”12个

▍卫工街道“夜市”文明经营有新招
每到傍晚，卫工街道的夜市便热闹起来，摊位整齐排列。今年以来，街道规范摊位210个。
（铁西区融媒体中心记者 端木婧）

▍我区新增“口袋公园”12个
记者从区住建局获悉，今年以来，我区建设“口袋公园”12个，新增绿地2.1万平方米。
撰稿：巫晓丹

编辑：褚丽颖
监制：聂宏斌
阅读 987  赞 19
"""


def test_a_digests_contents_list_and_its_barred_items():
    arts = _arts(TOC_THEN_BARRED_ITEMS)
    assert [a["title"] for a in arts] == ["卫工街道“夜市”文明经营有新招", "我区新增“口袋公园”12个"]
    assert [a["authors"] for a in arts] == [["端木婧"], ["巫晓丹"]]


BYLINES_OF_SPACED_NAMES = """{outlet}
2018年7月17日　星期二
第07版：县市区

{title}

{byline}

　　去年以来，{place}在全域推行“文明积分”制度，截至6月底已建成“文明积分超市”186家。
"""


def test_bylines_whose_names_are_set_with_spaces_after_an_outlets_role():
    cases = [
        ("烟台日报", "海阳“文明积分”兑出乡风新气象", "YMG全媒体记者　孙　洁　通讯员　綦　鹏　徐梦瑶", "海阳",
         ["孙洁", "綦鹏", "徐梦瑶"]),
        ("商丘日报", "宁陵“文明积分”兑出乡风新气象", "宁陵县融媒体中心记者　訾　丽　司马振东", "宁陵县",
         ["訾丽", "司马振东"]),
    ]
    for outlet, title, byline, place, names in cases:
        a = _arts(BYLINES_OF_SPACED_NAMES.format(outlet=outlet, title=title, byline=byline, place=place))[0]
        assert a["authors"] == names, byline


CREDITS_IN_A_SOURCE_BRACKET = """文明鸡西
一周要闻丨城区创城一线传来好消息
文明鸡西 2018-11-26

▶ 鸡冠区：冬季“除雪保畅”全民齐上阵
11月20日至22日，鸡西迎来入冬以来第一场大雪。鸡冠区组织机关干部和志愿者2800余人次上街清雪。
　　（来源：鸡冠区委宣传部　文/慕容晓彤　图/车　伟）

▶ 恒山区：“文明家庭”故事会走进矿区
恒山区日前举办“文明家庭”故事会，今年以来全区共评选各级文明家庭106户。
（通讯员 鄂春光）
"""


def test_a_source_bracket_with_slash_credits_for_words_and_pictures():
    arts = _arts(CREDITS_IN_A_SOURCE_BRACKET)
    assert arts[0]["authors"] == ["慕容晓彤"]
    assert arts[0]["photographers"] == ["车伟"]
    assert arts[1]["authors"] == ["鄂春光"]


COLUMN_NAME_OVER_COMMENT = """白银日报
2021.11.03　星期三　A02　要闻

今日谈

“烟火气”与“文明范”可以兼得

　　入夜，城区的一处夜市灯火通明。今年以来，我市已规范设置夜市、早市等便民疏导点39处。
　　（焦　阳）
"""


def test_a_comment_columns_name_over_its_headline_is_the_kicker():
    a = _arts(COLUMN_NAME_OVER_COMMENT)[0]
    assert a["title"] == "“烟火气”与“文明范”可以兼得"
    assert a["kicker"] == "今日谈"
    assert a["authors"] == ["焦阳"]


COUNTY_CITY_PAPER_WE_CITY = """今日福清
2021年7月20日　星期二　第2版　综合新闻

我市县域文明指数测评排名全市第二

　　本报讯（记者　令狐雪）7月16日，记者从市文明办获悉，在福州市2021年上半年县域文明指数测评中，我市以90.7分的成绩排名第2位。
　　今年以来，我市累计整改问题点位1320个，新增停车泊位2100个。
"""


def test_we_city_in_a_county_level_citys_own_paper_is_that_city_not_the_frame_named():
    a = _arts(COUNTY_CITY_PAPER_WE_CITY)[0]
    assert a["adcode"] == "350181"
    assert a["authors"] == ["令狐雪"]


SENTENCE_HEADLINE_SITE = """汾西新闻网　首页　汾西要闻　乡镇动态　文明创建
当前位置：首页 > 文明创建

汾西县城新建改建口袋公园9处，群众出门就能见绿。

2019/10/22 16:40:31　　来源：汾西县融媒体中心　　作者：牛晓燕　　编辑：尉迟敏

　　今年以来，汾西县投入资金1600万元，在县城新建改建口袋公园9处。
　　“以前这儿是一片乱搭乱建的棚子。”家住县城的居民闫桂英说。
"""


def test_a_sites_headline_written_as_a_sentence_is_the_title():
    a = _arts(SENTENCE_HEADLINE_SITE)[0]
    assert a["title"] == "汾西县城新建改建口袋公园9处，群众出门就能见绿。"
    assert a["authors"] == ["牛晓燕"]
    assert a["adcode"] == "141034"


ABBREVIATED_BANNER = """赤峰日报
2019年8月27日　星期二　第3版　旗县区

牧区小城为啥越来越“干净”？

本报记者　其木格

　　盛夏时节，走进克旗经棚镇，街道一尘不染。去年以来，克旗将城区划分为28个网格，全旗累计投入资金3300余万元。
"""


def test_a_banner_by_its_everyday_short_name():
    a = _arts(ABBREVIATED_BANNER)[0]
    assert a["adcode"] == "150425"


DOCUMENT_OVER_TWO_LINES = """科尔沁左翼中旗精神文明建设委员会办公室文件

科左中文明办发〔2022〕7号　　　　　　　　　　　　签发人：巴特尔

关于申请2022年创建自治区级文明城市
专项工作经费的请示

旗人民政府：
　　2021年，我旗累计投入创建资金2360万元，整治背街小巷37条。
　　以上请示妥否，请批示。

——————————————————第 1 页——————————————————
"""


def test_a_documents_number_beside_its_signer_and_its_title_broken_over_two_lines():
    a = _arts(DOCUMENT_OVER_TWO_LINES)[0]
    assert a["title"] == "关于申请2022年创建自治区级文明城市专项工作经费的请示"
    assert a["subtitle"] == ""
    assert a["adcode"] == "150521"
    assert {23600000, 37} <= _values(a)
    assert 1 not in _values(a)  # (第 1 页: a page break's number)


PLAY_SCRIPT_END_MARK = """平房发布
二人转《文明新风进万家》

作词：仉德山

（甲）：文明新风吹进家，
（乙）：家家户户笑哈哈。
　　平房区今年已深入社区巡演36场，现场观众累计2.1万人次。

（全剧终）

文字：仉德山　编辑：衣晓楠
"""


def test_an_end_mark_in_brackets_is_no_byline():
    a = _arts(PLAY_SCRIPT_END_MARK)[0]
    assert "全剧终" not in a["authors"]


SITE_DATE_THEN_OFFICE = """张掖大佛寺旅游景区
首页 | 景区概况 | 门票预订 | 游客须知 | 新闻动态 | 联系我们

游客须知
更新时间：2019-07-01　　景区管理处

亲爱的游客朋友：
　　欢迎您来到甘州区大佛寺景区。为助力张掖创建全国文明城市，景区日最大承载量为0.8万人次。
"""


def test_a_labelled_date_then_an_office_is_the_pages_date_and_no_outlet():
    a = _arts(SITE_DATE_THEN_OFFICE)[0]
    assert a["title"] == "游客须知"
    assert a["date"]["value"] == "2019-07-01"
    assert a["outlet"] != "景区管理处"
