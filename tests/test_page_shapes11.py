"""Shapes of pages the pipeline had not seen (issue 14, eleventh round). Every page here was
written for these tests, about places in Gansu, Hebei and Yunnan (not the held-out pages'
places)."""
from __future__ import annotations

from conftest import page_articles as _arts


ROUNDUP_WEB_PAGE = """陇南网 首页 > 县区新闻
【字体：大 中 小】 打印本页
成县：西狭颂景区旁“文明驿站”开门迎客
发布时间：2024-05-16 09:12　来源：陇南日报　点击数：1875
在成县抛沙镇的公路边，一座白墙青瓦的“文明驿站”近日开门迎客，过路群众可以歇脚、喝水、给手机充电。今年以来，成县已建成文明驿站17个，招募志愿者430名。
“走累了就进来坐坐，热水管够。”驿站志愿者何桂兰说。（记者 孙永红 通讯员 马建军）
徽县：“道德评议会”评出新风尚
徽县在全县213个村成立道德评议会，今年以来评出“好婆婆”“好媳妇”等先进典型640人。（通讯员 王晓东）
责任编辑：李倩
"""


def test_a_web_pages_one_publication_line_dates_the_items_after_the_first():
    first, second = _arts(ROUNDUP_WEB_PAGE)
    assert first["title"].startswith("成县：") and second["title"].startswith("徽县：")
    assert first["date"]["value"] == second["date"]["value"] == "2024-05-16"
    assert second["date"]["source"] == "printed"
    assert second["provenance"]["date"]["method"] == "page_publication_line"
    assert first["outlet"] == second["outlet"] == "陇南日报"


RECORDS_EACH_DATED = """保定日报 第5版 2023年9月8日
涞源：白石山下“文明户”挂牌
本报讯（记者 高建华）9月6日，涞源县白石山镇为58户“文明家庭”挂牌。
易县：易水河畔志愿服务忙
河北新闻网讯（记者 田立新）发布时间：2023-09-05 16:20
易县组织志愿者320人开展河道清洁行动，清理垃圾12吨。
"""


def test_a_page_whose_items_print_dates_of_their_own_shares_none():
    """Guard: the masthead's date stays the first item's, and the second item's own line its own."""
    first, second = _arts(RECORDS_EACH_DATED)
    assert first["date"]["value"] == "2023-09-08"
    assert second["date"]["value"] == "2023-09-05"


DATELINE_OVER_SIBLING = """临沧新闻网 > 本地新闻
耿马：孟定镇“国门文明岗”上岗
发布时间：2022-11-03 10:05　来源：临沧日报
孟定镇在边境沿线设立“国门文明岗”12个，组织护边员和志愿者轮流值守。（记者 杨建明）
沧源：佤山小城的“红黑榜”
新华社昆明11月2日电（记者 罗晓燕）沧源佤族自治县在县城各社区张贴文明行为“红黑榜”，已有1900余人次上榜。
"""


def test_a_second_items_own_dateline_names_its_outlet_over_the_pages_source_line():
    first, second = _arts(DATELINE_OVER_SIBLING)
    assert first["outlet"] == "临沧日报"
    assert second["outlet"] == "新华社"
    assert second["region"] == "沧源佤族自治县"


# pdftotext of a county-news page: no blank lines, a column of about thirteen characters,
# three items (a headline wrapped over three lines over its byline; a headline over two
# lines over a 本报讯 lead; one more after a photo credit)
RAW_PDF_PAGE_OF_THREE = """郴州日报
县市区新闻
2022年9月14日 星期三
6
资兴“河长制”
让东江湖水
更清了
本报记者 邓丽萍 通讯员 曹永刚
入秋以来，走在东江湖畔的
游步道上，湖面清澈、岸线整
洁，不少钓友也自觉带走垃圾。
去年起，资兴在全市推行
“河长制”巡河积分，由村干部
和志愿者担任巡河员，共划分
河段326段，每段都有专人巡
查。截至目前，已清理岸线垃
圾1.4万吨，劝导违规垂钓
2100余人次。
“现在湖边比家里还干净。”
兴宁镇村民曹春花说。
北湖区：文明实践
“小分队”进社区
本报讯 （记者 廖春燕）日前，
北湖区燕泉街道组建文明实践
“小分队”，志愿者每周走进社
区开展政策宣讲和便民服务。
据介绍，全区已组建文明实践
小分队138支，今年累计开展
活动2600余场次。
（图为志愿者为居民测量血压。
本报记者 廖春燕 摄）
桂东开展“文明乡风润万家”
主题宣传活动
本报讯 桂东县日前启动“文明乡
风润万家”主题宣传活动。活动
期间，全县将组织宣讲小分队
进村宣讲80场，发放宣传资料
3万份。（桂东县委宣传部供稿）
责任编辑：黄晓丽 美术编辑：周敏
郴州日报 2022年9月14日 星期三 第6版
"""


def test_a_raw_pdf_column_without_blank_lines_is_split_into_its_items():
    first, second, third = _arts(RAW_PDF_PAGE_OF_THREE)
    assert first["title"] == "资兴“河长制”让东江湖水更清了"
    assert first["authors"] == ["邓丽萍", "曹永刚"] and first["region"] == "资兴市"
    assert second["title"].replace(" ", "") == "北湖区：文明实践“小分队”进社区"
    assert second["authors"] == ["廖春燕"] and second["region"] == "北湖区"
    assert third["title"].replace(" ", "") == "桂东开展“文明乡风润万家”主题宣传活动"
    assert third["region"] == "桂东县"
    # each item's facts under its own place
    assert {f["value"] for f in second["facts"]} >= {138, 2600}
    assert {f["value"] for f in third["facts"]} >= {80, 30000}
    assert all(f["value"] not in (138, 2600) for f in first["facts"])
    assert all(a["date"]["value"] == "2022-09-14" and a["outlet"] == "郴州日报" for a in (first, second, third))
    # the picture's caption under the second item is a caption, not its text
    assert any("测量血压" in c["text"] for c in second["captions"])
    assert not any("测量血压" in p["text"] for p in second["body"])


LEAD_IN_LINE_WITH_DASH = """鹤壁日报 | 2020年6月9日 星期二 | 第2版 · 要闻
一个老旧小区的“逆袭”之路——
淇滨区“红色物业”让居民住得更舒心
本报记者 牛晓燕 通讯员 王斌
　　“以前小区里垃圾没人管，现在物业随叫随到。”6月5日，家住淇滨区九州路街道的居民赵桂芝说。
　　去年以来，淇滨区在42个老旧小区推行“红色物业”，小区环境测评平均得分提高6.5分。
"""


def test_a_headline_line_ending_in_a_dash_is_the_lead_in_over_the_main_title():
    (a,) = _arts(LEAD_IN_LINE_WITH_DASH)
    assert a["title"] == "淇滨区“红色物业”让居民住得更舒心"
    assert a["kicker"].startswith("一个老旧小区的“逆袭”之路")
    assert a["subtitle"] == ""
    assert a["authors"] == ["牛晓燕", "王斌"]


# a county-level city's short name that itself ends in 镇 (清镇 of 清镇市, Guizhou) inside a
# town's name (水清镇: a made-up township of a Hubei county, as papers print them)
TOWN_NAME_ENDING_IN_A_CITY = """宜昌日报 2023年4月6日 第3版
水清镇评出首批“文明商户”
本报讯（记者 李志坚）近日，远安县水清镇对集镇商户开展文明经营评议，首批评出“文明商户”36家。
"""


def test_a_towns_name_ending_in_a_citys_short_name_is_no_mention_of_that_city():
    (a,) = _arts(TOWN_NAME_ENDING_IN_A_CITY)
    assert a["region"] == "远安县"


def test_a_citys_short_name_ending_in_zhen_after_a_verb_still_names_it():
    """Guard: 走进清镇 on a page that names its province is the city."""
    (a,) = _arts("""贵州日报 2023年4月6日 第5版
走进清镇看新风
本报讯（记者 王晓燕）近日，记者走进清镇，看到城区主干道整洁有序，全市已评出“文明商户”120家。贵州省文明办有关负责人介绍了经验。
""")
    assert a["region"] == "清镇市"


# a prefecture paper's e-paper article view: its masthead, the issue's date and page, the
# viewer's buttons, the page's list of headlines, then the article under one of them
EPAPER_VIEW_WITH_PAGE_LIST = """通辽日报数字报
2021年07月15日 星期四  第05版：旗县区新闻
上一版  下一版  返回目录
本版新闻
· 开鲁：红干椒之乡“文明户”挂牌
· 库伦旗推行“红白理事会”
开鲁：红干椒之乡“文明户”挂牌
本报记者 包玉梅
7月12日，开鲁县东风镇的86户“文明家庭”挂上了新牌匾。今年以来，开鲁县已评出各级文明户1.2万户。
"""


def test_an_epaper_views_list_of_headlines_ends_at_the_articles_own_title():
    (a, *_) = _arts(EPAPER_VIEW_WITH_PAGE_LIST)
    assert a["title"] == "开鲁：红干椒之乡“文明户”挂牌"
    assert a["authors"] == ["包玉梅"] and a["region"] == "开鲁县"
    assert a["newspaper_page"] == "第05版" and a["date"]["value"] == "2021-07-15"


RUNNING_HEAD_LETTER_SPACED = """黔 东 南 日 报          2023年3月9日 星期四
                   县 市 新 闻          第 3 版
锦屏县城的小巷子
“亮”起来了
记者 吴晓兰、杨光明 通讯员 龙飞
　　傍晚时分，锦屏县城的飞山巷里，居民们三三两两地散步聊天。今年以来，锦屏县共改造背街小巷46条。
"""


def test_a_letter_spaced_running_head_gives_the_page_and_names_apart_by_commas_are_a_byline():
    (a,) = _arts(RUNNING_HEAD_LETTER_SPACED)
    assert a["newspaper_page"] == "第3版"
    assert a["authors"] == ["吴晓兰", "杨光明", "龙飞"]
    assert a["title"].replace(" ", "") == "锦屏县城的小巷子“亮”起来了"
    assert a["outlet"] == "黔东南日报"


BREADCRUMB_WITH_OUTLET_FIRST = """汉中日报 > 2022年05月18日 > 第02版：县区
留坝：栈道小城的“文明客栈”
记者 何晓东 通讯员 张敏
　　走进留坝县城，一家家民宿门前挂着“文明客栈”的牌子。今年以来，留坝县已评出“文明客栈”58家。
"""


def test_a_breadcrumb_opening_with_the_papers_name_gives_the_issues_date_and_page():
    (a,) = _arts(BREADCRUMB_WITH_OUTLET_FIRST)
    assert a["date"] == {**a["date"], "value": "2022-05-18", "source": "printed"}
    assert a["newspaper_page"] == "第02版" and a["outlet"] == "汉中日报"


PAGE_FIRST_RUNNING_HEAD = """昭通日报　2022年9月20日　星期二
第2版　要闻　　　　　　　　　　　　　　　　　　编辑：李红梅　审读：王刚

　　全市文明村镇创建提质扩面
　　——县区文明村镇总数达到860个

　　本报记者　陈晓燕

　　9月中旬，市文明委召开全市文明村镇创建推进会。截至目前，全市县级以上文明村镇达到860个。
"""


def test_a_running_head_of_page_section_and_editors_is_meta():
    (a,) = _arts(PAGE_FIRST_RUNNING_HEAD)
    assert a["newspaper_page"] == "第2版"
    assert a["title"] == "全市文明村镇创建提质扩面"
    assert "王刚" not in a["authors"] and a["authors"] == ["陈晓燕"]


# a news app's copy with its machine-written summary box over the article
APP_COPY_WITH_AI_SUMMARY = """黔东南州融媒
打开APP
凯里：苗侗小城的“文明答卷”
黔东南州融媒  2024-04-02 08:15  贵州
AI摘要
凯里市整治背街小巷36条，新建公厕12座，注册志愿者超过3万人。
以上内容由AI生成，仅供参考
记者 杨晓雪
　　走进凯里市大十字街道，沿街商铺招牌整齐，苗侗双语的文明提示牌随处可见。今年以来，凯里市已整治背街小巷36条。
"""


def test_an_apps_ai_summary_box_is_never_the_title_nor_text():
    (a,) = _arts(APP_COPY_WITH_AI_SUMMARY)
    assert a["title"] == "凯里：苗侗小城的“文明答卷”"
    assert a["authors"] == ["杨晓雪"] and a["region"] == "凯里市"
    assert not any("AI" in p["text"] or "注册志愿者超过3万人" in p["text"] for p in a["body"])


# a portal's copy: its date line ends with the portal's name and 综合 (compiled), then 来源
PORTAL_COPY_COMPILED = """网易新闻
石柱：土家山寨“文明积分”兑出新风尚
2023年11月8日 09:12 网易新闻综合
来源：华龙网
　　华龙网讯（记者 谭晓红）走进石柱土家族自治县中益乡的华溪村，家家户户门前干净整洁。今年以来，石柱县评选“文明家庭”980户。
"""


def test_a_portals_compiled_mark_is_no_author():
    (a,) = _arts(PORTAL_COPY_COMPILED)
    assert a["authors"] == ["谭晓红"]
    assert a["outlet"] in ("网易新闻", "华龙网")  # (the portal showing it, or the paper it names as source)


MEDIA_CENTRE_SHORT_ROLE = """北辰发布
北辰区：“口袋公园”开到家门口
原创 北辰发布 2024-06-03 18:00 天津

北辰融媒记者 孟晓丽

　　近日，北辰区果园新村街道新建的口袋公园正式开放。今年以来，北辰区新建口袋公园23个。
"""


def test_a_county_media_centres_short_name_before_the_role_is_no_author():
    (a,) = _arts(MEDIA_CENTRE_SHORT_ROLE)
    assert a["authors"] == ["孟晓丽"]


QUESTION_HEADLINE_AND_SERIES_LABEL = """忻州日报
2023年12月6日　星期三　　第4版　县域新闻
本版编辑：贺晓东

【创城进行时·回头看系列③】
原平：三处“顽疾”整改到位了吗？

本报记者　郭晓峰

　　11月中旬，本报曾刊发原平市城区部分区域环境卫生问题。近日，记者再次来到原平，对照问题清单逐一暗访。
"""


def test_a_headline_that_asks_under_a_series_label_is_the_title():
    (a,) = _arts(QUESTION_HEADLINE_AND_SERIES_LABEL)
    assert a["title"] == "原平：三处“顽疾”整改到位了吗？"
    assert a["kicker"].strip("【】") == "创城进行时·回头看系列③"
    assert a["authors"] == ["郭晓峰"] and a["region"] == "原平市"


SECTION_THEN_PAGE_NUMBER = """百 色 日 报
2023年10月26日 星期四
县区新闻 6
靖西：边关小城的“文明夜校”
本报讯（记者 黄秀梅）近日，靖西市的“文明夜校”正在开课。今年以来，靖西市开办“文明夜校”38所。
"""


def test_a_masthead_line_of_section_then_page_number_gives_the_page():
    (a,) = _arts(SECTION_THEN_PAGE_NUMBER)
    assert a["newspaper_page"] == "6"
    assert a["title"] == "靖西：边关小城的“文明夜校”"
    assert a["outlet"] == "百色日报"


# a county account's post: names run together after the role, no space or mark
RUN_TOGETHER_NAMES_UNDER_TITLE = """宁安发布
宁安：镜泊湖畔的“文明驿站”暖人心
原创 宁安发布 2024-01-12 19:30 黑龙江
记者王立新赵雅琴孙浩
冬季的宁安，游客纷至沓来。今年冬季旅游季开始以来，宁安市在重点景区建设“文明驿站”21个。
"""


def test_names_run_together_after_a_role_on_a_line_of_their_own_are_the_byline():
    (a,) = _arts(RUN_TOGETHER_NAMES_UNDER_TITLE)
    assert a["authors"] == ["王立新", "赵雅琴", "孙浩"]
    assert a["title"] == "宁安：镜泊湖畔的“文明驿站”暖人心"


APP_NAME_BEFORE_ROLE = """草原云 > 盟市 > 呼伦贝尔
鄂温克旗：牧区“文明积分”让草原更美
2023-07-25 17:32  来源：鄂温克族自治旗融媒体中心
草原云记者 乌日娜 通讯员 巴特尔
　　盛夏时节，鄂温克族自治旗的草原绿意盎然。去年以来，全旗在42个嘎查推行牧区“文明积分”管理。
"""


def test_an_apps_name_glued_before_the_role_is_no_author():
    (a,) = _arts(APP_NAME_BEFORE_ROLE)
    assert a["authors"] == ["乌日娜", "巴特尔"]


TITLE_LINE_ENDING_IN_DE = """湖北日报
2020年11月5日　星期四　　　　第7版　市县新闻
一座山区县的
“文明密码”
藏在细节里
本报记者　汪晨光
本报通讯员　储玉兰
　　冬日的英山县城，街道整洁，车辆有序停放。今年以来，英山县改造背街小巷31条。
"""


def test_a_headline_line_ending_in_a_particle_goes_on_in_the_next():
    (a,) = _arts(TITLE_LINE_ENDING_IN_DE)
    assert a["title"].replace(" ", "") == "一座山区县的“文明密码”藏在细节里"
    assert a["subtitle"] == "" and a["authors"] == ["汪晨光", "储玉兰"]


# a city site's list page copied whole: each item's title (with its place's label), its
# summary, its date, the pager and the footer
SITE_LIST_PAGE = """崇左新闻网 首页 | 崇左要闻 | 县区动态 | 图片新闻 | 专题
当前位置：首页 > 县区动态
崇左：全市文明城市创建“百日攻坚”收官
今年7月以来，全市开展文明城市创建“百日攻坚”行动，累计整治城市“六乱”问题4120处。
2021-10-15
凭祥：边关小城兴起“爱心驿站”
凭祥市在城区建起“爱心驿站”26个，为环卫工人和快递小哥提供歇脚、饮水服务。
2021-10-13
大新：“边关文明户”评选激发群众内生动力
大新县今年开展“边关文明户”评选，共评出县级文明户540户。
2021-10-09
上一页 1 2 3 下一页 共28条
版权所有：崇左日报社 崇左新闻网
"""


def test_a_site_list_pages_items_under_their_places_labels_are_articles_of_their_own():
    arts = _arts(SITE_LIST_PAGE)
    assert [a["title"] for a in arts] == ["崇左：全市文明城市创建“百日攻坚”收官", "凭祥：边关小城兴起“爱心驿站”",
                                          "大新：“边关文明户”评选激发群众内生动力"]
    assert [a["region"] for a in arts] == ["崇左市", "凭祥市", "大新县"]
    assert arts[1]["date"]["value"] == "2021-10-13"
    assert all(a["outlet"] for a in arts)


BRIEF_ITEMS_WITH_PLACE_LABELS = """西双版纳报  第3版  文明创建
2024年4月18日

文明创建快讯

● 景洪：“傣家小院”评星定级
　　本报讯（记者 玉香）日前，景洪市对农村庭院开展“傣家小院”星级评定，首批评出五星级小院280户。

● 勐海县开展“文明交通进村寨”宣传
　　近日，勐海县交警大队走进各村寨，开展“文明交通进村寨”宣传活动，发放宣传资料2000份。

● 勐腊：泼水节期间“零投诉”
　　本报讯（通讯员 岩温）今年泼水节期间，勐腊县设置志愿服务点14个，实现游客“零投诉”。

本版编辑：刀国华
"""


def test_brief_items_marked_with_a_bullet_and_a_places_label_are_items_not_speakers():
    arts = _arts(BRIEF_ITEMS_WITH_PLACE_LABELS)
    assert [a["title"] for a in arts] == ["景洪：“傣家小院”评星定级", "勐海县开展“文明交通进村寨”宣传",
                                          "勐腊：泼水节期间“零投诉”"]
    assert [a["region"] for a in arts] == ["景洪市", "勐海县", "勐腊县"]


# a city page: a report, then the paper's column of units praised and named, under its name alone
REPORT_THEN_RED_BLACK_LIST = """天水日报  2024年6月12日 星期三  今日8版
第3版·城事

秦州区“门前五包”责任书签到每家商户

本报讯（记者 王文博）6月10日，秦州区在中城街道召开“门前五包”推进会，与沿街商户签订责任书1260份。

■文明创建红黑榜

本期红黑榜根据市创城办6月上旬督查结果发布。

【红榜】
秦州区大城街道双桥社区：楼院环境整洁，楼道无乱堆乱放。

【黑榜】
麦积区某建筑工地：围挡破损，渣土外溢。

以上上黑榜单位须在7日内完成整改。

（市创城办供稿）
"""


def test_a_column_of_units_named_after_a_report_is_an_article_of_its_own():
    report, column = _arts(REPORT_THEN_RED_BLACK_LIST)
    assert report["title"] == "秦州区“门前五包”责任书签到每家商户" and report["authors"] == ["王文博"]
    assert column["title"] == "文明创建红黑榜" and column["authors"] == []
    assert not any("红榜" in p["text"] for p in report["body"])


# a report, then a campaign office's notice printed whole under its issuer's name
REPORT_THEN_NOTICE = """亳州晚报
2023年11月8日 星期三 第A06版 涡阳新闻

涡阳县集中整治城区“飞线充电”
记者 曹立新 通讯员 乔振东

本报讯连日来，涡阳县组织住建、消防、街道等部门，对城区居民小区“飞线充电”开展集中整治。截至11月6日，已排查居民小区96个。

涡阳县创建全国文明城市工作指挥部
关于规范城区电动车停放充电秩序的通告

为加快创建全国文明城市，保障群众生命财产安全，现就有关事项通告如下：
第一条 电动车应当在集中停放、充电场所停放充电。
第二条 禁止从楼道、窗口私拉电线为电动车充电。
特此通告。

涡阳县创建全国文明城市工作指挥部（盖章）
2023年11月3日
"""


def test_an_offices_notice_printed_after_a_report_is_a_document_of_its_own():
    report, notice = _arts(REPORT_THEN_NOTICE)
    assert report["authors"] == ["曹立新", "乔振东"]
    assert notice["title"] == "涡阳县创建全国文明城市工作指挥部关于规范城区电动车停放充电秩序的通告"
    assert notice["authors"] == []
    # the paper's date, not the date the office signed it
    assert report["date"]["value"] == notice["date"]["value"] == "2023-11-08"


# a city office's red-headed document downloaded as PDF text: banner, number, title, sections,
# the PDF's page numbers between dashes, signature and date
RED_HEADED_DOCUMENT = """汉川市创建全国文明城市工作指挥部文件

汉创指〔2022〕5号

关于开展背街小巷环境集中整治的通知

各镇人民政府、街道办事处，市直各单位：为巩固创建成果，市创城指挥部决定于2022年6月开展背街小巷环境集中整治。现将有关事项通知如下：
一、整治范围
城区背街小巷共计186条。
二、整治内容
（一）清理卫生死角。
（二）规范停车秩序。

— 1 —

三、工作要求
各责任单位要建立整治台账，实行周通报制度。

汉川市创建全国文明城市工作指挥部
2022年5月30日

— 2 —
"""


def test_a_red_headed_document_is_one_document_under_its_own_title():
    (a,) = _arts(RED_HEADED_DOCUMENT)
    assert a["title"].endswith("关于开展背街小巷环境集中整治的通知")
    assert a["subtitle"] == "" and a["authors"] == []
    assert a["date"]["value"] == "2022-05-30" and a["region"] == "汉川市"
    assert not any("— 1 —" in p["text"] or "汉创指" in p["text"] for p in a["body"])


COUNTY_PORTAL_WITH_PICTURE_NAMES = """连山壮族瑶族自治县人民政府门户网站
当前位置：首页 > 政务动态 > 部门动态
连山县开展“文明交通 你我同行”主题宣传活动
来源：县文明办 发布时间：2024-04-12 访问量：1180
微信图片_20240411153022.jpg4月11日上午，连山壮族瑶族自治县文明办联合县交警大队在吉田镇开展文明交通宣传活动。
IMG_3125.JPG
据了解，今年以来连山县已连续开展文明交通劝导活动3年，今年共开展劝导活动64场。
（文/图：莫晓琳）
【关闭】【打印】
"""


def test_a_portal_copys_picture_names_go_and_its_bracketed_text_and_picture_credit_names_both():
    (a,) = _arts(COUNTY_PORTAL_WITH_PICTURE_NAMES)
    assert a["authors"] == ["莫晓琳"] and a["photographers"] == ["莫晓琳"]
    assert not any(".jpg" in p["text"].lower() for p in a["body"])
    values = {(f["value"], f["unit"]) for f in a["facts"]}
    assert (64, "场") in values and (3, "年") not in values  # (how long it has run is no fact)


# a researcher's mail forwarding two articles, pasted whole
FORWARDED_MAIL = """发件人：“娜仁” <naren_xam@163.com>
发送时间：2023年9月4日（星期一）下午3:12
收件人：“课题组” <ketizu2023@126.com>
主题：转发：兴安日报8月31日两篇创城稿件

各位老师好，转发两篇报道供资料整理使用。

----------原始邮件----------
来源：兴安日报  2023年8月31日  第7版  旗县新闻

阿尔山：“文明楼院”评比激发居民自治活力
本报记者 包海燕

今年以来，阿尔山市在城区开展“文明楼院”评比，已评出“文明楼院”46个。

科右中旗：草原牧区刮起“文明新风”
本报记者 那仁图雅 通讯员 乌日娜

近日，科尔沁右翼中旗在巴彦呼舒镇举办“文明牧户”表彰会，表彰文明牧户120户。

--
娜仁
兴安职业技术学院 地方治理研究课题组
"""


def test_a_forwarded_mail_gives_the_articles_it_quotes_and_their_sources_date():
    first, second = _arts(FORWARDED_MAIL)
    assert [first["region"], second["region"]] == ["阿尔山市", "科尔沁右翼中旗"]
    assert second["authors"] == ["那仁图雅", "乌日娜"]
    for a in (first, second):
        assert a["outlet"] == "兴安日报" and a["date"]["value"] == "2023-08-31" and a["newspaper_page"] == "第7版"
        assert "娜仁" not in a["authors"]
