"""Shapes of real pages the pipeline had not seen (issue 14, second held-out set):
news-brief columns, a 短评 after a 评论员文章, a continued tail, a page break with a
running head inside an article. Every page here was written for these tests, about
places in Gansu, Yunnan, Jiangxi, Hunan and Liaoning (not the held-out pages' places)."""
from __future__ import annotations

from build_tools.pipeline import process_seed


def _arts(text: str, name: str = "page.txt") -> list[dict]:
    return process_seed(name, text.encode("utf-8"))["articles"]


def _facts(art: dict) -> dict[float, str]:
    return {f["value"]: f["adcode"] for f in art["facts"]}


MARKED_BRIEFS = """张掖日报　2024年5月9日　第3版　区县新闻
编辑：周明

区县快讯

■甘州区“文明餐桌”进饭店
本报讯　甘州区在城区餐饮单位推行公筷公勺，目前已有210家饭店参与。（通讯员　陈晓）

■临泽县开设乡村夜校
本报讯　临泽县在全县71个行政村开设乡村夜校，今年已培训农民3400人次。（记者　马军　通讯员　李娟）

■高台湿地公园增设文明引导岗
本报讯　高台县在湿地公园设立文明引导岗12个，劝导游客不乱扔垃圾。
"""


def test_marked_brief_items_are_articles_of_their_own():
    arts = _arts(MARKED_BRIEFS)
    assert [a["title"] for a in arts] == ["甘州区“文明餐桌”进饭店", "临泽县开设乡村夜校", "高台湿地公园增设文明引导岗"]
    assert [a["adcode"] for a in arts] == ["620702", "620723", "620724"]
    assert [a["authors"] for a in arts] == [["陈晓"], ["马军", "李娟"], []]
    assert _facts(arts[0]) == {210: "620702"}
    assert _facts(arts[1])[3400] == "620723" and _facts(arts[2]) == {12: "620724"}
    assert all(a["outlet"] == "张掖日报" and a["date"]["value"] == "2024-05-09" for a in arts)


def test_a_marked_byline_stays_a_byline():
    arts = _arts("永昌县打造文明实践新阵地\n■本报记者　王海　李红\n\n本报讯　永昌县今年新建新时代文明实践站45个。\n")
    assert len(arts) == 1 and arts[0]["title"] == "永昌县打造文明实践新阵地"
    assert arts[0]["authors"] == ["王海", "李红"]


def test_marked_captions_and_link_lists_start_no_article():
    page = ("乌苏：戈壁小城的文明新景\n\n乌苏发布　2024-07-02 19:05\n\n"
            "走进乌苏市，街道干净整洁，绿树成荫。全市今年新建口袋公园16个。\n\n"
            "▲市民在新建的口袋公园里休闲\n\n"
            "“以前这里是一片空地，现在成了大家散步的好去处。”市民王芳说。\n\n"
            "往期推荐\n▶ 乌苏市召开2024年防汛工作会\n▶ 乌苏的西瓜熟了\n")
    arts = _arts(page)
    assert [a["title"] for a in arts] == ["乌苏：戈壁小城的文明新景"]
    assert arts[0]["adcode"] == "654202"


RUN_IN_BRIEFS = """云南日报　2024年4月2日　星期二　第7版　州市

州市短讯

祥云县推行“红黑榜”　祥云县在城区商户中推行文明经营“红黑榜”，每月公示一次。全县已有860家商户上榜。（记者　杨帆）

宾川县建成果蔬冷链市场　宾川县果蔬冷链市场日前建成投用，年交易量可达15万吨，带动周边群众就业。

弥渡小河淌水公园完成提升　弥渡县对小河淌水公园进行改造提升，新增步道3.2公里。（通讯员　赵云）
"""


def test_run_in_brief_titles_split_into_articles_and_the_space_is_recorded():
    res = process_seed("brief.txt", RUN_IN_BRIEFS.encode("utf-8"))
    arts = res["articles"]
    assert [a["title"] for a in arts] == ["祥云县推行“红黑榜”", "宾川县建成果蔬冷链市场", "弥渡小河淌水公园完成提升"]
    assert [a["adcode"] for a in arts] == ["532923", "532924", "532925"]
    assert [a["authors"] for a in arts] == [["杨帆"], [], ["赵云"]]
    assert _facts(arts[0]) == {860: "532923"} and _facts(arts[1]) == {150000: "532924"}
    # the title is not in the text, and the wide space cut is an edit of the page
    assert not any(p["text"].startswith("祥云县推行") for p in arts[0]["body"])
    cut = [e for a in arts for e in a["edits"] if e["pass_name"] == "split_run_in_titles"]
    assert len(cut) == 3 and all(e["before"] == "\u3000" for e in cut)


def test_one_line_with_a_wide_space_is_no_brief_column():
    arts = _arts("文明创建　全民参与\n\n武定县今年新建公厕20座，改造农贸市场3个。\n")
    assert len(arts) == 1


EDITORIAL_AND_SHORT_COMMENT = """赣南日报
2024年1月15日　星期一
第3版　评论

让文明之花开满红土地
本报评论员

文明创建没有休止符。这些年，全市新建口袋公园120个，志愿者队伍不断壮大。

巩固成果，贵在坚持。各地要把问题清单变成整改清单，让群众感受到实实在在的变化。

快评
一盏路灯照亮回家路
瑞金市今年在全市背街小巷新装路灯860盏，夜里出门的居民多了，街巷也更安全了。小事连着民心。
"""


def test_a_short_comment_after_an_editorial_is_its_own_article():
    arts = _arts(EDITORIAL_AND_SHORT_COMMENT)
    assert [a["title"] for a in arts] == ["让文明之花开满红土地", "一盏路灯照亮回家路"]
    assert arts[0]["authors"] == [] and "评论员" not in arts[0]["title"]
    assert arts[1]["adcode"] == "360781"
    assert _facts(arts[1]) == {860: "360781"}


CONTINUED = """湘西团结报　2024年2月20日　星期二　第2版　要闻

吉首“门前三包”责任到户
（上接第1版）
在乾州街道，商户们主动清扫门前积雪。吉首市共签订“门前三包”责任书5600份，覆盖全部临街商户。

泸溪：“文明积分”换来好风气
本报记者　彭丽
泸溪县今年在全县推行“文明积分”制度，村民参加志愿服务可兑换生活用品。目前全县已建积分超市147个，
村民参与热情很高，积分兑换（下转第3版）
"""


def test_a_continued_tail_is_its_own_article_and_jump_notes_are_not_text():
    arts = _arts(CONTINUED)
    assert [a["title"] for a in arts] == ["吉首“门前三包”责任到户", "泸溪：“文明积分”换来好风气"]
    assert [a["adcode"] for a in arts] == ["433101", "433122"]
    assert _facts(arts[0]) == {5600: "433101"} and _facts(arts[1]) == {147: "433122"}
    text = " ".join(p["text"] for a in arts for p in a["body"])
    assert "上接" not in text and "下转" not in text
    assert arts[1]["body"][-1]["text"].endswith("积分兑换")


PAGE_BREAK = """鞍山日报
2024年3月8日 星期五
第4版 县区

岫岩：满族自治县的文明新风
本报记者 关雪

近年来，岫岩满族自治县以创建文明县城为抓手，
累计改造背街小巷58条，城乡面貌焕然一新。
3
鞍山日报 2024年3月8日 县区

今年以来，全县新增志愿服务队伍36支，
开展活动1200余场次。
"""


def test_a_page_number_and_running_head_inside_an_article_start_nothing():
    arts = _arts(PAGE_BREAK)
    assert len(arts) == 1 and arts[0]["title"] == "岫岩：满族自治县的文明新风"
    assert arts[0]["adcode"] == "210323"
    assert {58, 36, 1200} <= set(_facts(arts[0]))


def test_a_shared_district_name_goes_to_the_outlets_city():
    page = ("舟山日报　2024年6月3日　第2版　区县\n\n普陀区：渔港社区的“文明驿站”\n\n记者　应海波\n\n"
            "舟山的渔港边，一座座“文明驿站”成了渔民歇脚的地方。普陀区今年新建文明驿站32个。\n\n"
            "据介绍，上海市普陀区的社区工作者日前也来此交流经验。\n")
    (a,) = _arts(page)
    assert a["adcode"] == "330903" and _facts(a) == {32: "330903"}


def test_an_everyday_word_district_counts_right_after_its_parent():
    page = ("阳泉日报\n2024年5月6日\n\n郊区：农家小院换新颜\n\n本报记者　王磊\n\n"
            "阳泉市郊区今年在全区推行“美丽庭院”创建，已评出示范户420户。\n")
    (a,) = _arts(page)
    assert a["adcode"] == "140311"
    # the everyday word alone (城区道路, 郊区农田) names no place
    (b,) = _arts("绿化提升工程启动\n\n今年全市城区道路新增行道树3000株，郊区农田林网同步完善。\n")
    assert b["adcode"] is None


def test_taiwan_cities_are_filed_at_province_level():
    page = ("高雄推動「友善店家」　三個月增百家\n\n高雄市政府今天表示，「友善店家」標章推出三個月，"
            "全市已有120家店家加入。\n")
    (a,) = _arts(page)
    assert (a["adcode"], a["level"]) == ("710000", "province") and _facts(a)[120] == "710000"
    # Changzhou's 新北区 keeps its own name
    (b,) = _arts("新北区推行垃圾分类\n\n常州市新北区今年新建垃圾分类亭260座。\n")
    assert b["adcode"] == "320411"


def _meta(art: dict) -> tuple:
    return art["outlet"], art["date"]["value"], art["date"]["source"], art["newspaper_page"]


def test_a_one_line_masthead_with_a_dotted_page_name_and_an_editors_line():
    page = ("黔南日报　2024年8月20日　星期二　第4版　县域·经济\n责任编辑：王芳　版式设计：李明　校对：张强\n\n"
            "都匀：毛尖茶园里的文明新风\n本报记者　吴雪\n\n都匀市今年在茶园周边新建文明实践点25个。\n")
    (a,) = _arts(page)
    assert _meta(a) == ("黔南日报", "2024-08-20", "printed", "第4版")
    assert a["title"] == "都匀：毛尖茶园里的文明新风" and a["editors"] == ["王芳", "李明", "张强"]


def test_a_front_page_masthead_over_several_lines_dates_every_article():
    page = ("常德日报\nCHANGDE DAILY\n2024年4月9日　星期二　农历甲辰年三月初一\n第1版　今日12版\n"
            "国内统一连续出版物号 CN43-0011　邮发代号41-20\n\n"
            "常德市推进文明城市常态长效管理\n本报讯（记者　陈刚）全市今年新增停车泊位3200个。\n\n"
            "津市：社区食堂暖人心\n本报记者　刘敏\n津市市今年建成社区食堂18家。\n")
    arts = _arts(page)
    assert len(arts) == 2
    for a in arts:
        assert _meta(a) == ("常德日报", "2024-04-09", "printed", "第1版")
    assert "CN43" not in " ".join(p["text"] for a in arts for p in a["body"])


def test_an_epaper_edition_name_a_glued_weekday_and_chinese_numerals():
    page = ("泉州晚报数字报\n2024年9月1日星期日　　B02：鲤城·街巷\n上一版　下一版　　往期回顾\n\n"
            "鲤城：古城街巷里的“文明向导”\n\n本报记者　蔡丽\n\n鲤城区今年招募文明向导320人。\n")
    (a,) = _arts(page)
    assert _meta(a) == ("泉州晚报", "2024-09-01", "printed", "B02")
    page2 = ("运城日报\n二〇二四年三月十五日　星期五\n第２版　县域新闻\n\n"
             "盐湖区：街巷治理见实效\n\n本报记者　张华\n\n盐湖区今年改造背街小巷45条。\n")
    (b,) = _arts(page2)
    assert _meta(b) == ("运城日报", "2024-03-15", "printed", "第2版") and b["year"]["value"] == 2024


def test_app_and_wechat_meta_lines_give_the_date_and_outlet():
    page = ("打开APP，阅读体验更佳\n\n准格尔旗：文明实践站里的新生活\n\n"
            "准格尔旗融媒体中心　24.5.6 10:20　阅读 3.4万\n\n准格尔旗今年新建文明实践站32个。\n")
    (a,) = _arts(page)
    assert (a["outlet"], a["date"]["value"], a["date"]["source"]) == ("准格尔旗融媒体中心", "2024-05-06", "printed")
    page2 = ("点击蓝字　关注我们\n\n琼中：黎苗山寨的文明新貌\n\n原创　琼中融媒　2024-06-18 20:05　海南\n\n"
             "琼中黎族苗族自治县今年完成村庄整治58个。\n")
    (b,) = _arts(page2)
    assert (b["outlet"], b["date"]["value"]) == ("琼中融媒", "2024-06-18")
    assert b["title"] == "琼中：黎苗山寨的文明新貌"


GOV_PAGE = """桂林市人民政府
当前位置：首页 > 政务公开 > 通知公告

索 引 号：000014349/2024-00123\t主题分类：综合政务
发布机构：桂林市文明办\t成文日期：2024-05-20
文　　号：桂文明办〔2024〕8号\t发布日期：2024-05-22
标　　题：关于2024年第一季度文明城市创建督查情况的通报
有 效 性：有效

关于2024年第一季度文明城市创建督查情况的通报

各县（市、区）文明办：

　　第一季度，市文明办对全市城区开展督查，发现问题512个，已整改488个。

　　各单位要对照问题清单逐项整改，确保按期完成。

　　　　　　　　　　　　　　　　　　　　桂林市文明办
　　　　　　　　　　　　　　　　　　　　2024年5月20日

【打印本页】【关闭窗口】
主办：桂林市人民政府办公室　桂ICP备05001234号　桂公网安备45030202000123号
"""


def test_a_government_page_gives_its_publication_date_and_one_article():
    (a,) = _arts(GOV_PAGE)
    assert a["title"] == "关于2024年第一季度文明城市创建督查情况的通报"
    assert (a["outlet"], a["date"]["value"], a["date"]["source"]) == ("桂林市人民政府", "2024-05-22", "printed")
    assert a["adcode"] == "450300" and _facts(a)[512] == "450300"
    assert "ICP" not in " ".join(p["text"] for p in a["body"])


def _kinds(sentence: str) -> list[tuple]:
    from build_tools.extract.numbers import find_quantities

    return [(q.value, q.unit, q.kind) for q in find_quantities(sentence)]


def test_numbers_that_are_no_counts():
    # a teaser's page, temperatures, a short date, a misread 日, a year of the ROC calendar
    assert _kinds("▶ 西宁：夜市里的文明账5版") == [(5, "", "name")]
    assert [k for _, _, k in _kinds("明天多云，气温12℃～21℃。")] == ["name", "name"]
    assert _kinds("（24.6.18 摄）")[0][2] == "date"
    assert _kinds("5月9曰，记者来到社区")[0][2] == "date"
    assert _kinds("113年下半年，事故减少8.5%")[0][2] == "year"
    assert _kinds("连续3年上榜")[0][2] == "duration"  # a duration stays one


def test_scores_tonnes_and_currencies_are_units():
    assert _kinds("测评平均得分为88.6分") == [(88.6, "分", "quantity")]
    assert _kinds("三分之一的社区")[0][2] == "name"
    assert _kinds("全年回收物料约560公吨") == [(560, "公吨", "quantity")]
    assert _kinds("政府投入约2.4亿澳门元") == [(240000000, "澳门元", "quantity")]
    assert _kinds("资助金额达3000万港元") == [(30000000, "港元", "quantity")]


def test_a_stray_space_inside_a_number_is_removed_and_recorded():
    res = process_seed("pdf.txt", "延吉市今年新建口袋公园1 2个，\n改造背街小巷4 6条。\n".encode("utf-8"))
    (a,) = res["articles"]
    assert {12, 46} <= set(_facts(a))
    # (fix_letter_digits joins a number's spaced digits before fix_spaces sees them)
    assert sum(e["pass_name"] in ("fix_spaces", "fix_letter_digits") and " " in e["before"]
               and e["after"] == e["before"].replace(" ", "") for e in a["edits"]) >= 2


def test_a_masthead_over_two_lines_whose_name_ends_in_a_bare_bao():
    page = ("大公報\n2024年1月5日（星期五）\nA8　港聞\n\n「綠色社區」計劃推至全港\n\n記者　黃詠欣\n\n"
            "環境及生態局表示，計劃今年已在全港十八區設立回收點320個。\n")
    (a,) = _arts(page)
    assert a["outlet"] == "大公报" and a["date"]["value"] == "2024-01-05" and a["newspaper_page"] == "A8"
    assert a["title"].endswith("计划推至全港")
    # a line ending in 报 without a date under it stays text
    (b,) = _arts("全市创建工作情况通报\n\n市文明办日前通报了第一季度全市创建工作情况。\n")
    assert b["outlet"] is None and b["title"] == "全市创建工作情况通报"


TABLE_PAGE = """绵阳日报　2024年3月12日　第2版　综合

绵阳公布2023年度志愿服务测评结果

本报讯（记者　周丽）绵阳市文明办日前公布2023年度各县市区志愿服务测评结果，平均得分为87.5分。

表：2023年度志愿服务测评
县市区　　测评得分　　注册人数（人）　　排名
涪城区　　92.4　　56000　　1
江油市　　89.1　　48200　　2
三台县　　85.3　　39100　　3
（资料来源：绵阳市文明办）

测评共抽查点位860个，发放问卷1.2万份。
"""


def test_a_tables_rows_stay_rows_and_take_their_units_from_the_column_heads():
    (a,) = _arts(TABLE_PAGE)
    rows = [p["text"] for p in a["body"] if "92.4" in p["text"] or "89.1" in p["text"]]
    assert len(rows) == 2  # one row a paragraph, never joined
    got = {(f["value"], f["unit"], f["kind"], f["adcode"]) for f in a["facts"]}
    assert {(92.4, "分", "quantity", "510703"), (89.1, "分", "quantity", "510781"),
            (56000, "人", "quantity", "510703"), (39100, "人", "quantity", "510722")} <= got
    assert not any(f["value"] in (1, 2, 3) and f["kind"] != "rank" for f in a["facts"])
    assert {(87.5, "分"), (860, "个")} <= {(f["value"], f["unit"]) for f in a["facts"]}


def test_a_numeral_inside_a_place_name_is_no_count():
    (a,) = _arts("五台县建成文明实践站\n\n本报讯　五台县今年建成新时代文明实践站36个。\n")
    assert _facts(a) == {36: "140922"}


# Picture credits in bylines and labelled credit lines (pages about Enshi, Hubei and
# Guangyuan, Sichuan): the names are the article's photographers; a labelled credit
# (图｜X) stands for a picture the text does not hold, so the paragraph above it stays text.
PHOTO_BYLINE = """恩施市打造“文明街区”

图/文　本报记者　向阳春

近日，恩施市在舞阳坝街道试点文明街区建设，目前已改造店招店牌260块，新增停车位480个。

街区还设立了文明劝导岗，每天有志愿者值守。
"""

LABELLED_CREDIT = """广元：嘉陵江畔的文明新风

记者：杜小川　何静

广元市利州区今年在嘉陵江沿岸新建健身步道14公里，增设垃圾分类投放点300个。

图｜杜小川

市民在江边散步，处处可见文明劝导志愿者。
"""


def _linked(text: str) -> dict:
    from build_tools.pipeline import link_corpus

    return link_corpus([process_seed("page.txt", text.encode("utf-8"))])[0]


def test_a_picture_byline_credits_its_names_as_photographers():
    a = _linked(PHOTO_BYLINE)
    assert a["authors"] == ["向阳春"] and a["photographers"] == ["向阳春"]
    assert {260, 480} <= set(_facts(a))


def test_a_labelled_credit_leaves_the_paragraph_above_it_in_the_text():
    a = _linked(LABELLED_CREDIT)
    assert a["photographers"] == ["杜小川"] and a["authors"] == ["杜小川", "何静"]
    assert {14, 300} <= set(_facts(a))
    assert any("健身步道14公里" in b["text"] for b in a["body"])
