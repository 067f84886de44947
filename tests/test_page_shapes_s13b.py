"""Shapes of pages that hold several articles (round s13, second part): one article has one
byline, so text under a heading signed by others opens an article of its own; a comment whose
label leads its title (短评：…); a column of short items opening the page; a couplet 引题 set
in four-character phrases is no byline. Every page here was written for these tests, about
places in Fujian, Guangxi, Henan, Sichuan and Inner Mongolia; every name is invented."""
from __future__ import annotations

from conftest import page_articles as _arts

SIGNED_BY_OTHERS = """屏南县开展“门前三包”集中整治
记者　游晓峰
11月以来，屏南县对城区沿街860家门店开展“门前三包”集中整治，清理占道经营42处。

白水洋景区成为游客“打卡地”
白水洋景区沿线新建休闲步道和亲水平台，周末日均接待游客1.2万人次。
（通讯员　甘丽　欧阳晴）
"""


def test_a_heading_over_text_signed_by_others_opens_an_article_after_a_signed_report():
    arts = _arts(SIGNED_BY_OTHERS)
    assert [a["title"] for a in arts] == ["屏南县开展“门前三包”集中整治", "白水洋景区成为游客“打卡地”"]
    assert arts[0]["authors"] == ["游晓峰"] and arts[1]["authors"] == ["甘丽", "欧阳晴"]


SIGNED_IN_LEAD = """城区新增公交线路直达高铁站
本报讯（记者　闵文博）9月12日起，潢川县城开通直达高铁站的公交线路，沿线设站点18个。

志愿服务进社区
近日，县文明实践中心组织志愿者走进各社区开展义诊、理发等服务，共服务群众900余人次。（通讯员　柴佳琪）
"""


def test_a_report_signed_in_its_lead_and_a_report_signed_at_its_end_are_two_articles():
    arts = _arts(SIGNED_IN_LEAD)
    assert [a["title"] for a in arts] == ["城区新增公交线路直达高铁站", "志愿服务进社区"]
    assert arts[0]["authors"] == ["闵文博"] and arts[1]["authors"] == ["柴佳琪"]
    assert 900 in {f["value"] for f in arts[1]["facts"]}


SAME_WRITER_SECTIONS = """潢川县：小城处处文明风
本报讯（记者　闵文博）今年以来，潢川县持续深化文明创建，城乡面貌明显改善。

背街小巷换新颜
潢川县改造背街小巷46条，新增停车位800个。（记者　闵文博）
"""


def test_a_section_signed_by_the_reports_own_writer_stays_in_the_report():
    arts = _arts(SAME_WRITER_SECTIONS)
    assert len(arts) == 1 and arts[0]["authors"] == ["闵文博"]


COMMENT_AFTER_REPORTS = """今日科右中旗
2019年10月12日　第1版

我旗创建自治区文明旗县通过验收
本报记者　包晓光
本报讯　近日，自治区检查组对我旗创建工作进行实地检查，科右中旗顺利通过验收。

短评：验收不是终点
创城永远在路上。群众满意是第一标准，也是唯一标准。
（唐一舟）
"""


def test_a_comment_whose_label_leads_its_title_is_an_article_of_its_own():
    arts = _arts(COMMENT_AFTER_REPORTS)
    assert [a["title"] for a in arts] == ["我旗创建自治区文明旗县通过验收", "短评：验收不是终点"]
    assert arts[1]["authors"] == ["唐一舟"] and arts[0]["authors"] == ["包晓光"]


COLUMN_OF_ITEMS = """宜州融媒　2021年10月20日　05版
基层动态

庆远镇开展河道清洁
庆远镇组织干部群众清理龙江沿岸垃圾，共出动人员260人次，清理垃圾12吨。

德胜镇表彰文明家庭
德胜镇第三季度评选表彰“文明家庭”40户。

刘三姐乡建起村级书屋
刘三姐乡新建村级农家书屋7个，配送图书4200册。
"""


def test_a_column_of_short_items_opening_the_page_is_one_article_per_item():
    arts = _arts(COLUMN_OF_ITEMS)
    assert [a["title"] for a in arts] == ["庆远镇开展河道清洁", "德胜镇表彰文明家庭", "刘三姐乡建起村级书屋"]
    assert {a["adcode"] for a in arts} == {"451203"}
    assert 4200 in {f["value"] for f in arts[2]["facts"]} and 4200 not in {f["value"] for f in arts[0]["facts"]}


FEATURE_SECTIONS = """洪雅：文明之花处处开
本报记者　贺晓峰

城区面貌焕然一新
今年以来，洪雅县新建口袋公园12个。

志愿服务蔚然成风
截至目前，全县注册志愿者已达5.2万人。

乡村文明蔚然成风
洪雅县新建村史馆9个。
"""


def test_a_feature_with_a_byline_over_short_sections_stays_one_article():
    arts = _arts(FEATURE_SECTIONS)
    assert len(arts) == 1 and arts[0]["authors"] == ["贺晓峰"]


COUPLET_KICKER = """乌兰浩特发布　2024年1月17日　第4版

金川之韵　文明为先
乌兰浩特市公共文明指数测评成绩提升1.8个百分点
记者　包嘉欣
乌兰浩特市去年公共文明指数测评得分达到91.6分，比上一年提升1.8个百分点。
"""


def test_four_character_phrases_set_as_a_couplet_are_no_byline():
    arts = _arts(COUPLET_KICKER)
    assert len(arts) == 1 and arts[0]["authors"] == ["包嘉欣"]
    assert "金川之韵" not in arts[0]["authors"]
    assert "乌兰浩特市公共文明指数测评成绩提升1.8个百分点" in (arts[0]["title"] + arts[0]["subtitle"])


LEAD_INS_UNDER_A_BYLINE = """今日巫山　2020年12月1日　第3版　文明实践

江畔小城的文明“温度”
本报记者　谭桂兰　向晓宇

【码头上的志愿红】在巫峡镇江边码头，志愿者每天为过往旅客提供引导服务，全年服务旅客3.6万人次。
【院坝会】各村召开院坝会420场，把移风易俗写进村规民约。
【书香进万家】县城新建24小时自助图书馆2座，全年接待读者5万人次。

县城新增停车泊位
本报讯（记者　覃明亮）县城今年新施划停车泊位860个，缓解了老城区停车难。
"""


def test_bold_lead_ins_under_a_reporters_byline_are_the_reports_sections():
    arts = _arts(LEAD_INS_UNDER_A_BYLINE)
    assert [a["title"] for a in arts] == ["江畔小城的文明“温度”", "县城新增停车泊位"]
    assert arts[0]["authors"] == ["谭桂兰", "向晓宇"] and arts[1]["authors"] == ["覃明亮"]
    assert {36000, 420} <= {f["value"] for f in arts[0]["facts"]}


AUTHOR_LINE_UNDER_THE_SECOND = """今日温宿
发布时间：2022-09-14 19:02

温宿县打造“文明一条街”
今日温宿讯（记者　阿不都热依木·吐尔洪）温宿县在老城区打造“文明一条街”，沿街86家商户签订文明经营承诺书。

各族群众共度“邻里节”
温宿县各社区近日开展“邻里节”活动，共举办文艺演出32场。
作者：古丽娜尔·买买提
"""


def test_a_second_report_signed_by_its_author_line_after_a_report_signed_in_its_lead():
    arts = _arts(AUTHOR_LINE_UNDER_THE_SECOND)
    assert [a["title"] for a in arts] == ["温宿县打造“文明一条街”", "各族群众共度“邻里节”"]
    assert arts[0]["authors"] == ["阿不都热依木·吐尔洪"] and arts[1]["authors"] == ["古丽娜尔·买买提"]


ITEMS_NAMING_NO_PLACE = """桐梓融媒　2024年6月3日

文明实践

宣讲走进茶园
县宣讲团走进茶园开展政策宣讲，今年已宣讲143场。

义诊送到家门口
县人民医院志愿者每月下乡义诊，今年服务群众2800余人次。

少年讲解员上岗
第十届少年讲解员培训结业，48名学生取得讲解证。
"""


def test_items_of_a_local_outlets_page_naming_no_place_are_about_the_outlets_place():
    arts = _arts(ITEMS_NAMING_NO_PLACE)
    assert [a["title"] for a in arts] == ["宣讲走进茶园", "义诊送到家门口", "少年讲解员上岗"]
    assert {a["adcode"] for a in arts} == {"520322"}  # 桐梓县
    assert all(a["provenance"]["region"]["confident"] is False for a in arts)
    facts = [f for a in arts for f in a["facts"]]
    assert {f["value"] for f in facts} >= {143, 2800, 48} and {f["adcode"] for f in facts} == {"520322"}


def test_a_national_outlets_page_naming_no_place_gets_no_place():
    arts = _arts("人民网　2024年6月3日\n\n义诊送到家门口\n医院志愿者每月下乡义诊，今年服务群众2800余人次。\n")
    assert arts[0]["adcode"] is None


SIGNED_FEATURE_WITH_LABELS = """仙桃“排湖之乡”创文记：从一条街到一座城
仙桃市融媒体中心
2023-10-23 17:45湖北

撰文｜杨思齐
摄影｜刘晓林

提起仙桃，很多人首先想到的是排湖。如今，这座城市正在把创文做进街巷。

【一条街的变化】

在沙嘴街道的美食一条街，傍晚时分人头攒动。过去占道经营的摊点已全部入室经营。

“现在生意比以前还好，顾客说吃得放心。”摊主说。

【一座城的提升】

从一条街到一座城，仙桃今年城区新增停车位4600个，改造农贸市场13个。

仙桃市文明办负责人介绍，下一步将继续推进背街小巷改造。
"""


def test_a_signed_web_feature_with_bracketed_section_labels_stays_one_article():
    arts = _arts(SIGNED_FEATURE_WITH_LABELS)
    assert len(arts) == 1 and arts[0]["authors"] == ["杨思齐"]
    assert {4600, 13} <= {f["value"] for f in arts[0]["facts"]}


POST_OF_SIGNED_ITEMS = """围场创城快讯｜文明实践站点全覆盖；塞罕坝迎来“文明游客”
围场发布 2024年07月05日 18:30 河北

①全县文明实践站点实现全覆盖

记者从县委宣传部获悉，截至6月底，围场县建成新时代文明实践站点312个。
（记者：那晓梅）

②塞罕坝迎来“文明游客”

入夏以来，塞罕坝游客明显增多，景区设置垃圾回收点86处。
（记者：满佳怡　张立新）
"""


def test_a_posts_headline_listing_its_items_does_not_hide_the_first_signed_item():
    arts = _arts(POST_OF_SIGNED_ITEMS)
    assert [a["title"] for a in arts] == ["全县文明实践站点实现全覆盖", "塞罕坝迎来“文明游客”"]
    assert arts[0]["authors"] == ["那晓梅"] and arts[1]["authors"] == ["满佳怡", "张立新"]
    assert 312 in {f["value"] for f in arts[0]["facts"]}


GOV_ITEMS_WITH_BRACKETED_FIELDS = """夏县人民政府
工作动态

夏县“小区物业”纳入文明创建考评
【发布单位】县文明办　【发布时间】2024-02-26　【访问量】1523
夏县将住宅小区物业服务纳入文明创建考评，首批38个小区参加季度评比。

夏县城区改造背街小巷二十条
【发布单位】县住建局　【发布时间】2024-02-28　【访问量】986
去年以来，夏县投入资金3100万元，改造城区背街小巷。
"""


def test_a_sites_item_lines_with_fields_named_in_brackets_are_meta_and_split_the_items():
    arts = _arts(GOV_ITEMS_WITH_BRACKETED_FIELDS)
    assert [a["title"] for a in arts] == ["夏县“小区物业”纳入文明创建考评", "夏县城区改造背街小巷二十条"]
    assert [a["date"]["value"] for a in arts] == ["2024-02-26", "2024-02-28"]
    values = {f["value"] for a in arts for f in a["facts"]}
    assert 1523 not in values and 986 not in values and 38 in values
    assert "发布单位" not in " ".join(p["text"] for a in arts for p in a["body"])


DIGEST_OF_NUMBERED_ITEMS = """安吉发布
2024年5月22日 18:30 浙江

今日安吉｜文明创建周报（第20期）

① 安吉县新增“共享雨伞”点位
连日阴雨，安吉县在城区公交站台新设“共享雨伞”点位65个。

② 递铺街道“积分超市”上新
递铺街道将垃圾分类纳入文明积分，村民可兑换商品120余种。

③ 安吉县文明交通劝导考评获全市第一
在湖州市一季度文明交通劝导工作考评中，安吉县位列第一。
"""


def test_a_digests_numbered_items_under_its_name_are_articles_each():
    arts = _arts(DIGEST_OF_NUMBERED_ITEMS)
    assert [a["title"] for a in arts] == ["安吉县新增“共享雨伞”点位", "递铺街道“积分超市”上新",
                                          "安吉县文明交通劝导考评获全市第一"]
    assert {a["adcode"] for a in arts} == {"330523"}


BULLETIN_OF_LABELLED_ITEMS = """肥西县文明创建工作简报
2019年第6期（总第38期）

【工作动态】
肥西县启动“文明行为促进月”活动
5月6日，肥西县“文明行为促进月”活动启动，活动为期一个月，共安排8项重点任务。

【基层亮点】
上派镇：老旧小区有了“红色管家”
上派镇在辖区老旧小区推行“红色管家”服务，目前已覆盖小区21个。
"""


def test_items_each_under_a_bracketed_column_label_are_articles_each():
    arts = _arts(BULLETIN_OF_LABELLED_ITEMS)
    assert [a["title"] for a in arts] == ["肥西县启动“文明行为促进月”活动", "上派镇：老旧小区有了“红色管家”"]
    assert 21 in {f["value"] for f in arts[1]["facts"]} and 21 not in {f["value"] for f in arts[0]["facts"]}


REPORT_WITH_A_LABELLED_BOX = """睢宁：“法律明白人”走进田间地头
本报记者　王晓东
睢宁县培育“法律明白人”1200名，常年在村里开展普法宣传。

【法条链接】
《城市市容和环境卫生管理条例》第十四条
任何单位和个人都不得在街道两侧和公共场地堆放物料。
"""


def test_one_bracketed_box_inside_a_report_stays_the_reports():
    arts = _arts(REPORT_WITH_A_LABELLED_BOX)
    assert len(arts) == 1 and arts[0]["authors"] == ["王晓东"]


PICTURE_ITEM_AFTER_A_FEATURE = """古城墙下　文明花开
——荆州区创建全国文明城市见闻
记者　孙雨晴　程亮
在荆州古城东门，商户们主动清理门前垃圾，荆州区今年已组建文明志愿服务队伍380支。

图片新闻
文明游园
游客在荆州古城墙下排队有序参观。当日景区接待游客1.1万人次。　刘海川　摄
"""


def test_a_picture_item_under_its_column_name_after_a_feature_is_an_article_of_its_own():
    arts = _arts(PICTURE_ITEM_AFTER_A_FEATURE)
    assert len(arts) == 2 and arts[1]["title"] == "文明游园"
    assert arts[1]["photographers"] == ["刘海川"] and arts[0]["photographers"] == []
    assert arts[0]["authors"] == ["孙雨晴", "程亮"]


APP_FEED_CARDS = """灵山县融媒体中心 APP
2024-09-12

灵山县“文明车窗”整治行动见效
灵山县融媒体中心 作者：韦丽珍 2小时前
灵山县公安交警部门开展“文明车窗”整治，查处车窗抛物行为86起。
阅读 1.6万　点赞 209

檀圩镇上线“银发食堂”
灵山县融媒体中心 作者：黎昌华 庞秋雁 3小时前
檀圩镇首家“银发食堂”开业，为辖区260名老人提供助餐服务。
阅读 8421　点赞 96
"""


def test_an_app_feeds_cards_with_relative_times_under_their_titles_split_and_keep_their_writers():
    arts = _arts(APP_FEED_CARDS)
    assert [a["title"] for a in arts] == ["灵山县“文明车窗”整治行动见效", "檀圩镇上线“银发食堂”"]
    assert arts[0]["authors"] == ["韦丽珍"] and arts[1]["authors"] == ["黎昌华", "庞秋雁"]
    values = {f["value"] for a in arts for f in a["facts"]}
    assert {86, 260} <= values and 2 not in values and 3 not in values and 8421 not in values


THREAD_WITH_A_REPOST_IN_A_REPLY = """标题：看看我们黔南县城的创文新变化（转）
查看: 3407 | 回复: 12

[1楼] 楼主 山里的云 发表于 2023-08-21 20:14
瓮安县：“门前三包”签约率达百分之百
来源：瓮安县融媒体中心　记者 罗婷玉
瓮安县近期对城区沿街商户开展“门前三包”签约，1860户商户全部签约。

[2楼] 长顺小吃 发表于 2023-08-21 20:31
补一条长顺的：
长顺县“文明步道”建成开放
来源：长顺县融媒体中心　记者 安俊杰
长顺县修建的“文明步道”日前建成开放，步道全长4.6公里。

[3楼] 老黔南 发表于 2023-08-22 08:05
赞一个，周末去走走，大概有5个人。
"""


def test_a_report_reposted_in_a_reply_is_an_article_and_the_other_replies_are_furniture():
    arts = _arts(THREAD_WITH_A_REPOST_IN_A_REPLY)
    assert [a["title"] for a in arts] == ["瓮安县：“门前三包”签约率达百分之百", "长顺县“文明步道”建成开放"]
    assert [a["adcode"] for a in arts] == ["522725", "522729"]
    assert arts[1]["authors"] == ["安俊杰"]
    text = " ".join(p["text"] for a in arts for p in a["body"])
    assert "补一条" not in text and "赞一个" not in text and "发表于" not in text


BULLETIN_OF_NUMBERED_ITEMS = """临夏市创建全国文明城市
工 作 简 报
第十七期
临夏市创城办编印        2022年9月2日

一、临夏市开展“清洁家园”周末行动
8月27日，全市各街道组织干部群众清扫背街小巷，共清运垃圾86吨。

二、八坊十三巷新增文明引导员
八坊十三巷景区新设文明引导岗位24个，引导游客文明游览。
"""


def test_a_bulletins_numbered_items_under_its_name_and_issue_are_articles_each():
    arts = _arts(BULLETIN_OF_NUMBERED_ITEMS)
    assert [a["title"] for a in arts] == ["临夏市开展“清洁家园”周末行动", "八坊十三巷新增文明引导员"]
    assert 24 in {f["value"] for f in arts[1]["facts"]} and 24 not in {f["value"] for f in arts[0]["facts"]}


PICTURE_DESK_SHEET = """屏南新闻网 图片库  供稿单
稿件类别：图片新闻    发稿时间：2021-04-16 10:20    组图数量：2

标题：古廊桥边的“护河队”
图片说明：4月15日，屏南县志愿者在廊桥下清理河道垃圾，共清理垃圾1.2吨。
摄影：陆晓芸
"""


def test_a_sheets_line_of_labelled_fields_gives_its_date_and_is_no_text():
    arts = _arts(PICTURE_DESK_SHEET)
    assert arts[0]["date"]["value"] == "2021-04-16" and arts[0]["date"]["source"] == "printed"
    values = {f["value"] for a in arts for f in a["facts"]}
    assert 2 not in values and 10 not in values
    assert "稿件类别" not in " ".join(p["text"] for a in arts for p in a["body"])


ITEM_AFTER_A_COMMENT = """渭滨区融媒体中心
2021-04-16 09:00

渭滨区老旧小区“微改造”惠及万余户
通讯员 雷佳敏 记者 史少峰
今年，渭滨区启动老旧小区微改造项目31个，涉及居民1.2万户。

短评
作者：严冬梅
改造更要“改心”
小区改造，改的是房子，暖的是人心。

区图书馆周末延时开放
区图书馆即日起周末延时开放至晚上9点，每周增加开放时间6小时。
"""


def test_a_headline_after_a_comment_opens_an_article_a_comment_has_no_sections():
    arts = _arts(ITEM_AFTER_A_COMMENT)
    assert [a["title"] for a in arts] == ["渭滨区老旧小区“微改造”惠及万余户", "改造更要“改心”", "区图书馆周末延时开放"]
    assert arts[1]["authors"] == ["严冬梅"] and arts[2]["authors"] == []


SHORT_REPORT_THEN_AN_UNSIGNED_ONE = """修文融媒　2020年12月28日　第1版

修文县新增绿地面积超10万平方米
记者　田晓芳
今年全县新建街头绿地23处，新增绿地面积超10万平方米。

公交3号线延伸至高铁站
12月起，县城公交3号线延伸至高铁站，沿线新设站点6个。
"""


def test_a_lone_headline_after_a_short_signed_report_opens_the_next_report():
    arts = _arts(SHORT_REPORT_THEN_AN_UNSIGNED_ONE)
    assert [a["title"] for a in arts] == ["修文县新增绿地面积超10万平方米", "公交3号线延伸至高铁站"]
    assert arts[0]["authors"] == ["田晓芳"] and arts[1]["authors"] == []
    assert 6 in {f["value"] for f in arts[1]["facts"]} and 6 not in {f["value"] for f in arts[0]["facts"]}


REPORTERS_COLUMN_WITH_ITS_OWN_HEADLINE = """绛县报　2024年5月20日　第3版

绛县推行“红色物业”，23个无物业小区有了“管家”
■ 本报记者 聂晓光 通讯员 贺一鸣
今年以来，绛县在城区推行“红色物业”模式，已为23个无物业小区配备“红色管家”。

记者手记
“管家”要管到居民心坎上
在走访的5个小区里，记者听到最多的一句话是“有人管了”。
（聂晓光）
"""


def test_a_reporters_column_under_its_own_headline_is_an_article_of_its_own():
    arts = _arts(REPORTERS_COLUMN_WITH_ITS_OWN_HEADLINE)
    assert [a["title"] for a in arts] == ["绛县推行“红色物业”，23个无物业小区有了“管家”", "“管家”要管到居民心坎上"]
    assert arts[1]["authors"] == ["聂晓光"]


FEATURE_OF_NUMBERED_PARTS_THEN_A_REPORT = """和县发布
2023-12-08 17:05
作者：孔令晖 章雪梅

小城大文明：和县三年“创城路”回眸

一、从“脏乱差”到“洁净美”
三年间，和县改造背街小巷146条，新建口袋公园38个。

二、从“要我做”到“我要做”
全县组建新时代文明实践志愿服务队310支。

和县开展冬季消防安全宣传
近日，县消防救援大队走进城区12个社区开展消防安全宣传。
"""


def test_a_headline_without_a_number_after_a_features_numbered_parts_opens_a_report():
    arts = _arts(FEATURE_OF_NUMBERED_PARTS_THEN_A_REPORT)
    assert [a["title"] for a in arts] == ["小城大文明：和县三年“创城路”回眸", "和县开展冬季消防安全宣传"]
    assert {146, 310} <= {f["value"] for f in arts[0]["facts"]}
    assert 12 in {f["value"] for f in arts[1]["facts"]} and 12 not in {f["value"] for f in arts[0]["facts"]}


LAST_ITEM_NAMING_NO_PLACE = """版面：第4版 县域新闻
日期：2022年12月15日

黎川县表彰一批“身边好人”
记者 揭晓冬
日前，黎川县举行“身边好人”发布仪式，20人获评“身边好人”。

3万余名学生同上“文明第一课”
全县中小学在开学之际同上“文明第一课”，参与学生3.2万余人。
"""


def test_an_item_naming_no_place_takes_the_place_of_the_pages_other_articles():
    arts = _arts(LAST_ITEM_NAMING_NO_PLACE)
    assert [a["adcode"] for a in arts] == ["361022", "361022"]
    assert arts[1]["provenance"]["region"]["confident"] is False
    assert {f["adcode"] for f in arts[1]["facts"]} == {"361022"}


FEATURE_UNDER_A_COLUMN_NAME = """塔城晚报  2025年06月29日  星期日  A5

创城一线

老旧小区焕新颜 居民笑开颜

塔城晚报讯（特约记者 袁振华）走进塔城市的大街小巷，整洁的路面、有序的车辆随处可见。

常态长效见真章

在塔城市，一批老旧街区经过改造重新焕发生机，建成“城市书房”53座。

小切口推动大变化

全市共设立新时代文明实践站152个，实现村（社区）全覆盖。
"""

FEATURE_OPENING_THE_PAGE = """一张网格管到底 群众诉求有回音

近年来，奎屯市以创建全国文明城市为牵引，把群众的“小事”当作城市治理的“大事”来办。

常态长效见真章

全市6525名网格员走街入户，收集解决群众诉求31186件。

共建共享聚合力

创建全国文明城市，没有局外人，人人都是参与者。
"""


def test_a_dated_reports_sections_under_a_column_name_are_no_column_of_items():
    arts = _arts(FEATURE_UNDER_A_COLUMN_NAME)
    assert len(arts) == 1 and arts[0]["authors"] == ["袁振华"]


def test_a_feature_opening_the_page_with_short_sections_is_one_article():
    arts = _arts(FEATURE_OPENING_THE_PAGE)
    assert len(arts) == 1 and arts[0]["title"] == "一张网格管到底 群众诉求有回音"
