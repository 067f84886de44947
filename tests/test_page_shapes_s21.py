"""Shapes of pages found failing in round s21: the weak pages of the blind sets 90-96. Every page
here was written for these tests; every name is invented."""
from __future__ import annotations

import pytest

from conftest import page_articles as _arts


SPLIT_MASTHEAD = """{paper}
{latin}
{year}　　　　　　　　第6321期
{day}　{weekday}　　　　　今日4版
中共{owner}委机关报

第2版　要闻

{title}
　　本报讯（记者 {reporter}）近日，{place}新建“文明驿站”18座，为环卫工人、快递小哥等户外劳动者提供饮水、歇脚等服务。
　　据介绍，今年以来，{place}已累计投入资金560万元，对城区32条背街小巷进行改造提升。
"""

CASES = [
    # (paper, latin, owner, year line, day line, weekday, title, reporter, place)
    ("绥化日报", "SUIHUA DAILY", "绥化市", "二〇二三年", "十一月八日", "星期三", "文明驿站暖了户外劳动者的心", "都雪莹", "北林区"),
    ("临沧日报", "LINCANG DAILY", "临沧市", "2024年", "9月27日", "星期五", "背街小巷变身“幸福巷”", "字文丽", "临翔区"),
    ("朔州日报", "SHUOZHOU DAILY", "朔州市", "二〇二二年", "五月十日", "（星期二）", "城区新添十八座文明驿站", "尉晓东", "朔城区"),
]


@pytest.mark.parametrize("paper,latin,owner,year,day,weekday,title,reporter,place", CASES)
def test_a_masthead_that_sets_the_year_over_the_month_and_day_prints_the_date(paper, latin, owner, year, day, weekday,
                                                                          title, reporter, place):
    # 二〇二三年　第6321期 / 十一月八日　星期三: the masthead's date in two lines, the weekday the
    # calendar's for that day: the page's printed date
    text = SPLIT_MASTHEAD.format(paper=paper, latin=latin, owner=owner, year=year, day=day, weekday=weekday,
                                 title=title, reporter=reporter, place=place)
    arts = _arts(text)
    assert len(arts) == 1
    a = arts[0]
    assert a["title"] == title
    assert a["outlet"] == paper
    assert a["date"]["source"] == "printed"
    want = {"二〇二三年": "2023-11-08", "2024年": "2024-09-27", "二〇二二年": "2022-05-10"}[year]
    assert a["date"]["value"] == want


def test_a_weekday_that_is_not_the_days_joins_no_year_to_it():
    # 2024年 / 9月27日 星期一 (27 September 2024 was a Friday): no date is made up of the two lines
    text = SPLIT_MASTHEAD.format(paper="临沧日报", latin="LINCANG DAILY", owner="临沧市", year="2024年", day="9月27日",
                                 weekday="星期一", title="背街小巷变身“幸福巷”", reporter="字文丽", place="临翔区")
    a = _arts(text)[0]
    assert a["date"].get("value") != "2024-09-27" or a["date"].get("source") != "printed"


REPORTAGE = """{magazine}　2023年第4期

报告文学

{title}
{author}

　　天刚蒙蒙亮，{town}的街面上已经有了扫帚的声音。环卫工人{worker}把保洁车停在路口，
先把昨夜被风吹散的纸屑一张张捡起来。“街干净了，来的人就多了。”她说。
　　三年前，{county}提出创建省级文明县城，全县先后新建公厕38座，改造农贸市场5个。

一

　　从州府出发，沿着河谷一路向上走两百多公里，才能到达
{county_short}。县城不大，一条主街从东头走到西头不过二十分钟，如今
街边新添了分类垃圾桶420组。
　　“日子好了，心里也亮堂了。”老人说。
"""

REPORTAGES = [
    ("青海湖", "雪线下的文明刻度", "才让东智", "结古街道", "尼玛拉毛", "称多县", "称多", "632723"),
    ("草原", "敖包山下新城事", "斯琴高娃", "赛汉塔拉镇", "乌云其木格", "苏尼特右旗", "苏尼特右旗", "152524"),
    ("西藏文学", "拉萨河畔的新邻里", "拉巴次仁", "曲水镇", "央金卓玛", "曲水县", "曲水", "540124"),
]


@pytest.mark.parametrize("magazine,title,author,town,worker,county,county_short,adcode", REPORTAGES)
def test_reportage_under_its_genre_label_signed_by_a_name_without_surname(magazine, title, author, town, worker, county,
                                                                       county_short, adcode):
    # 报告文学 / title / 才让东智: the genre label is no title, a Tibetan or Mongolian name alone under
    # the title is its writer, and a wrapped line under a section's numeral (一 / 从州府出发，…才能到达 /
    # 称多。…) is text, no new article's headline
    text = REPORTAGE.format(magazine=magazine, title=title, author=author, town=town, worker=worker, county=county,
                            county_short=county_short)
    arts = _arts(text)
    assert len(arts) == 1
    a = arts[0]
    assert a["title"] == title
    assert a["authors"] == [author]
    assert {38, 5, 420} <= {f["value"] for f in a["facts"]}


def test_a_list_of_speakers_in_a_notice_is_no_byline():
    # 一、发布人 / 区委宣传部副部长　贺某 / 区市容局局长　钱某: the conference's speakers, listed in the
    # notice's text; an office's notice names no author
    text = """采访通知

各新闻单位：
　　定于2024年6月12日（星期三）上午10:00，在丰台区融媒体中心二楼召开“丰台区创建全国文明城区工作情况”新闻发布会，欢迎贵单位派记者参加。
　　一、发布人
　　丰台区委宣传部副部长、区文明办主任　贺明轩
　　丰台区城市管理委员会主任　钱卫平
　　丰台区卢沟桥街道党工委书记　施雨桐
　　二、有关要求
　　请于6月11日17:00前报送参会记者名单。

丰台区人民政府新闻办公室
2024年6月5日
"""
    arts = _arts(text)
    assert len(arts) == 1
    assert arts[0]["authors"] == []


def test_a_report_signed_by_its_speaker_under_the_occasion():
    # title / ——occasion / 市人大法制委员会主任委员　某某 / 主任、各位副主任…: the speaker delivering
    # the report is its author
    text = """关于《吴忠市文明行为促进条例》实施情况的报告
——2024年4月18日在吴忠市第五届人民代表大会常务委员会第二十次会议上
市人大法制委员会主任委员　马振邦

主任、各位副主任、秘书长、各位委员：
　　《吴忠市文明行为促进条例》施行以来，全市累计开展文明行为宣传活动1260场，查处不文明行为3.4万起。现将有关情况报告如下。
"""
    a = _arts(text)[0]
    assert a["authors"] == ["马振邦"]
    assert a["adcode"] == "640300"


def test_a_letter_and_its_reply_are_each_filed_under_their_sender():
    # 挑战书 / ——兴庆区致西夏区 …: a letter's subtitle names the sender, then the place it goes to
    # after 致; each letter is its sender's
    text = """银川日报
2024年3月6日　星期三
第3版　要闻

挑战书
——兴庆区致西夏区
西夏区全体干部群众：
　　去年以来，兴庆区把创建全国文明城市作为头号民生工程，改造老旧小区52个，打通背街小巷96条。今年，我们向西夏区发起挑战：比街巷整洁，比志愿服务，比群众满意。西夏区的同志们，敢接招吗？
中共银川市兴庆区委员会
银川市兴庆区人民政府
2024年3月4日

应战书
——西夏区致兴庆区
兴庆区全体干部群众：
　　收到你们的挑战书，我们欣然应战！去年以来，西夏区建成口袋公园24个，新增停车泊位3100个。我们将与兴庆区同台竞技，以实绩回应群众期盼。
中共银川市西夏区委员会
银川市西夏区人民政府
2024年3月4日
"""
    arts = _arts(text)
    assert [a["title"] for a in arts] == ["挑战书", "应战书"]
    assert [a["adcode"] for a in arts] == ["640104", "640105"]


def test_offices_issuing_a_document_over_its_bracketed_date_are_no_title():
    # title / 中共某市委宣传部 / 某市文明办 / （2024年5月）: the offices sign the outline; the title is
    # the document's, and its date the one in brackets
    text = """儋州市创建全国文明城市宣传提纲

中共儋州市委宣传部
儋州市精神文明建设指导委员会办公室
（2024年5月）

　　为深入宣传我市创建全国文明城市的重要意义和目标任务，动员全市干部群众积极参与，特制定本提纲。

一、为什么要创建全国文明城市
　　全国文明城市是含金量最高的城市品牌。近年来，全市新建城市公园12个，改造老旧小区86个。
"""
    a = _arts(text)[0]
    assert a["title"] == "儋州市创建全国文明城市宣传提纲"
    assert a["authors"] == []
    assert a["adcode"] == "460400"
    assert a["date"]["value"] == "2024-05"


def test_a_district_paper_named_shixun_is_the_outlet_and_its_woqu_its_district():
    # 顺义时讯-like masthead (某某时讯): an outlet's name; 我区 is the district it names
    text = """通州时讯
2020年3月12日　星期四
第2版　综合新闻

我区背街小巷整治完成年度任务
　　本报讯（记者　韩雨桐）记者从区城市管理委获悉，去年我区完成背街小巷整治318条，新增停车位2600个。
　　今年，我区将继续推进背街小巷精细化治理。
"""
    a = _arts(text)[0]
    assert a["outlet"] == "通州时讯"
    assert a["adcode"] == "110112"


def test_a_visiting_delegations_home_is_not_the_story():
    # 遵义市考察团来六盘水学习…: the delegation came from the place named before 考察团; the
    # story is where it went to learn
    text = """遵义市考察团来六盘水学习文明城市创建经验
2023-07-14 18:05 来源：六盘水日报

　　近日，遵义市考察团一行来到六盘水市，先后走进钟山区多个社区，实地观摩老旧小区改造和志愿服务工作。
　　据介绍，六盘水市已建成新时代文明实践站点1260个，注册志愿者达到38.6万人。
"""
    a = _arts(text)[0]
    assert a["adcode"] != "520300"


def test_a_municipal_paper_named_by_no_place_resolves_its_benshi():
    # 文汇报-like paper of a municipality: 本市 is the municipality, though no place is named
    text = """文汇报
2019年5月8日　星期三　第5版

本市再添一批社区文明实践阵地
　　本报讯（记者　樊思琪）记者昨天从市文明办获悉，今年本市将在各区新建一批文明实践阵地，首批89个已于近日投入使用。
　　市文明办有关负责人表示，将推动全市文明创建水平整体提升。
"""
    a = _arts(text)[0]
    assert a["adcode"] == "310000"


def test_source_lines_naming_an_app_and_its_paper_or_a_platform_and_channel():
    from build_tools.repair.furniture import lex_meta
    assert lex_meta("2024/04/16 09:12来源：观海新闻/青岛日报") == [
        ("date", "2024-04-16"), ("time", "09:12"), ("source", "观海新闻"), ("source", "青岛日报")]
    got = lex_meta("2022-09-14 16:32来源：澎湃新闻·澎湃号·政务")
    assert ("date", "2022-09-14") in got and ("source", "澎湃新闻") in got


WEB_COPY = """百度首页
登录
{title}
{account}
2023-05-20 17:46山东
{account_intro}
关注
　　青石板路、灰瓦白墙、整齐划一的店招……5月18日，记者走进{county}东关老街，看到街面干净整洁。
广告
{product} 到手价168元
已售2.3万件
查看详情
　　老街变美了，管理也跟上了。{county}已完成老旧小区改造92个，新建口袋公园14处。
记者：綦文 通讯员：臧晓东
本文由百家号作者上传并发布，百家号仅提供信息发布平台。
举报/反馈
扫码下载澎湃新闻客户端
打开百度APP，阅读体验更佳
写留言
留言
街坊小李
山东
家乡越来越美了！
15
"""


def test_a_web_copy_with_an_advert_a_download_prompt_and_comments_keeps_its_title():
    text = WEB_COPY.format(title="诸城：一条老街的“文明蝶变”", account="诸城融媒", account_intro="诸城市融媒体中心官方账号",
                           county="诸城市", product="诸城恐龙文创礼盒 手工制作")
    arts = _arts(text)
    assert len(arts) == 1
    a = arts[0]
    assert a["title"] == "诸城：一条老街的“文明蝶变”"
    assert a["date"]["value"] == "2023-05-20"
    values = {f["value"] for f in a["facts"]}
    assert {92, 14} <= values
    assert 168 not in values and 23000 not in values  # (the advert's price and sales)
    assert a["adcode"] == "370782"


NARROW_TWO = """乌兰察布日报
2022年5月18日 星期三
第2版
旗县市区

凉城县：“文明实践＋”激活乡村振兴
本报记者 萨仁 通讯员 贺丽君
五月的凉城，岱海岸边草木返青。
在县城一处新时代文明实践站里，
志愿者正在为村民讲解农机补贴政
策，屋里坐得满满当当。
近年来，凉城县以“文明实践＋”
为抓手，把政策宣讲、技能培训送
到群众身边。全县建成文明实践站
所186个，组建志愿服务队伍214支，
今年以来开展活动3600余场次。
“志愿者手把手教我们用手机卖货，
莜面都卖到了外地。”村民郭二小
说。
凉城县文明办负责人表示，将继续
深化“文明实践＋”模式，让文明实
践更好地服务群众、服务发展。

兴和县城“微改造”绘出新画卷
在兴和县城关镇的街头，新铺的人行
道平整宽敞，街角的口袋公园里，几
位老人正在晒太阳聊天。
今年以来，兴和县以创建自治区文明
城市为目标，实施县城“微改造”，改
造背街小巷23条，新建口袋公园9处，
县城生活垃圾无害化处理率达到100%。
“以前这条巷子坑坑洼洼，下雨天积
水，老人出门都不方便。”家住县城的
居民张桂英说，如今巷子修好了，路灯
也亮了。
兴和县还在县城主要路口设置文明交
通劝导岗，组织志愿者开展文明交通
劝导210余场次，闯红灯现象明显减少。
（记者 阿拉坦其其格 通讯员 刘慧敏）
"""


def test_a_narrow_page_parts_its_pieces_by_blank_lines_only():
    # paragraphs one under another, a blank line only before the second piece's headline (a line of
    # words alone) and its byline at its end, a Mongolian name of six characters among the names
    arts = _arts(NARROW_TWO)
    assert [a["title"] for a in arts] == ["凉城县：“文明实践＋”激活乡村振兴", "兴和县城“微改造”绘出新画卷"]
    assert arts[0]["authors"] == ["萨仁", "贺丽君"]
    assert arts[1]["authors"] == ["阿拉坦其其格", "刘慧敏"]
    assert [a["adcode"] for a in arts] == ["150925", "150924"]


NOTEBOOK = """果洛报
2023年7月5日　星期三　第2版　综合

玛沁：高原县城的“净美”行动
本报记者　才让卓玛　周毛吉
　　七月的玛沁，草原上开满了格桑
花。清晨，县城所在的大武镇街道上，
环卫工人已经把主干道清扫了一遍。
　　去年以来，玛沁县开展县城“净
美”行动，目前全县有环卫工人160名，
县城日清运垃圾52吨，新建中转站
3座，新增绿化面积2.1万平方米。
注册志愿者达到1500名，评出“净
美家庭”520户。
　　县里还把“净美”行动写进村规
民约，各村每月组织一次集中清洁日，
由村干部带头，党员和群众一起清理
房前屋后的垃圾。

记者手记
“净美”背后的坚守
周毛吉
　　采访中，记者跟着环卫工人走了
一个早班。天还没亮，气温只有几度，
他们已经推着清扫车上了街。
　　这支环卫队伍里，有41名是放
下牧鞭走进县城的当地牧民。
"""


def test_a_notebook_with_a_headline_and_its_writer_is_a_piece_of_its_own():
    # 记者手记 / “净美”背后的坚守 / 周毛吉 / text: a piece of its own; and a set-in line broken inside
    # a word (村规 / 民约) is a paragraph's first line, no headline
    arts = _arts(NOTEBOOK)
    assert [a["title"] for a in arts] == ["玛沁：高原县城的“净美”行动", "“净美”背后的坚守"]
    assert arts[1]["authors"] == ["周毛吉"]
    assert 41 in {f["value"] for f in arts[1]["facts"]}
    assert any("写进村规民约" in b["text"] for b in arts[0]["body"])


def test_a_policy_slogan_of_two_six_character_phrases_is_the_kicker():
    # 坚持常态长效　巩固创建成果 / 我市…位列全省前列: the slogan over the news is its 引题
    text = """四平日报
2021.10.27　星期三　第2版　要闻

坚持常态长效　巩固创建成果
我市文明城市创建年度测评位列全省前列

　　本报讯（记者　王思博）10月26日，记者从市文明办获悉，在全省文明城市创建年度测评中，我市位列全省第3名。
　　今年以来，我市整改各类问题2600余个。
"""
    a = _arts(text)[0]
    assert a["title"] == "我市文明城市创建年度测评位列全省前列"
    assert a["adcode"] == "220300"


def test_a_magazines_issue_line_with_its_day_out_dates_the_foreword():
    # 文明某市 / 2023年第4期（总第46期）　　2023年8月15日出版: the magazine (its outlet) and its date
    text = """文明泰安
2023年第4期（总第46期）　　　　2023年8月15日出版

卷首语

礼在日用常行中
■ 颜丽清

　　本期“县域风采”栏目，我们把目光投向肥城。走进肥城城区，斑马线前车辆礼让行人已成习惯，全市注册志愿者达到12.6万人。
"""
    a = _arts(text)[0]
    assert a["outlet"] == "文明泰安"
    assert a["date"]["value"] == "2023-08-15" and a["date"]["source"] == "printed"


def test_a_cppcc_speech_signed_by_a_member_with_two_posts():
    # 市政协委员、民进某市基层委员会主委　某某 under the speech's occasion: its author
    text = """常态长效巩固文明城市创建成果
——在政协侯马市第九届委员会第二次会议上的发言
市政协委员、民进侯马市基层委员会主委　霍晓岚
发布日期：2023-02-15

主席、各位副主席、各位委员：
　　近年来，我市创建省级文明城市取得明显成效，全市建成新时代文明实践站所216个。
"""
    a = _arts(text)[0]
    assert a["title"] == "常态长效巩固文明城市创建成果"
    assert a["authors"] == ["霍晓岚"]


def test_a_log_sheets_date_line_with_weather_cells_is_its_date():
    text = "鹿泉区文明交通劝导岗交接班记录\n岗位名称：获鹿镇新华路与胜利街交叉口\t岗位编号：LQ-07\n" \
           "日期：2023年8月14日（星期一）\t天气：晴\t气温：26—34℃\n\n" \
           "班次\t时段\t劝导员\t劝导情况\n早班\t7:00—9:00\t贺志刚\t劝导行人闯红灯27人次\n"
    a = _arts(text)[0]
    assert a["title"] == "鹿泉区文明交通劝导岗交接班记录"
    assert a["subtitle"] == ""
    assert a["date"]["value"] == "2023-08-14" and a["date"]["source"] == "printed"


def test_a_verb_ending_in_cheng_before_xianji_names_no_county():
    # 已建成县级实践中心: 成县 (甘肃) is not named; 我县 is the account's county (文明高台)
    text = """创城热词｜这些“文明新词”您知道吗
文明高台　2024-03-02 19:10　甘肃

　　“文明实践站是干啥的？”不少居民这样问。截至目前，我县已建成县级实践中心1个、镇级实践所9个、村级实践站136个。
"""
    a = _arts(text)[0]
    assert a["adcode"] == "620724"


def test_a_news_sites_menu_and_the_paper_under_the_date_are_furniture():
    # 大公文汇网 / 首页 / 香港 / 内地 … / crumbs / title / date / 大公报 / +A -A / text
    text = """大公文匯網
首頁
香港
內地
兩岸
國際
首頁 > 內地 > 社會
滕州：墨子故里吹起「文明新風」
2019-09-28 11:46:09
大公報
+A -A
　　【大公報訊】記者孫瑞華濟寧報道：滕州近年來把優秀傳統文化融入文明城市創建，在城鄉建成「墨子學堂」1,100個。
"""
    a = _arts(text)[0]
    assert a["title"] == "滕州：墨子故里吹起“文明新风”" or a["title"] == "滕州：墨子故里吹起「文明新风」"
    assert a["outlet"] in ("大公报", "大公文汇网")
    assert a["adcode"] == "370481"


def test_hashtags_glued_to_a_short_videos_headline_are_topics():
    text = """安泽融媒
粉丝8.6万
获赞102.3万
2023-10-11 18:20
古县：“劝学”之风吹进乡村#文明城市创建 #古县 #新时代文明实践
　　今年以来，古县在全县建成文明实践点78个。
文案：冀晓蕾
"""
    a = _arts(text)[0]
    assert a["title"] == "古县：“劝学”之风吹进乡村"


def test_a_feeds_post_headers_date_the_posts_under_them():
    # account / date / 【headline】text / counters, three times: each date is the post's under it
    text = """今日头条
常州发布
常州市人民政府新闻办公室官方账号
常州发布
2023-10-18 09:21 · 江苏
【溧阳：天目湖畔“文明积分”兑出好乡风】走进溧阳市的乡村，“文明积分超市”里人头攒动。全市已建成积分超市126个。
阅读 1.1万 · 赞 126 · 评论 8
常州发布
2023-10-17 18:40 · 江苏
【金坛：江南小城“礼让斑马线”蔚然成风】在金坛区城区，车辆礼让行人已成习惯，礼让率达到96%。
阅读 8632 · 赞 97 · 评论 12
常州发布
2023-10-16 20:05 · 江苏
【我市“家门口”文明实践点达到1200个】记者近日从市文明办获悉，全市文明实践点达到1200个。
阅读 2.4万 · 赞 311 · 评论 27
"""
    arts = _arts(text)
    assert [a["date"]["value"] for a in arts] == ["2023-10-18", "2023-10-17", "2023-10-16"]


def test_a_running_head_and_folio_set_inside_a_paragraph_open_nothing():
    # …“孝善食堂” / 7 / 山西日报 2021年4月27日 星期二 市县 / 责任编辑 … / 53家，…: the page's foot
    # copied inside the text
    text = """山西日报
2021年4月27日 星期二
第7版
市县

汾阳：孝善之城孝善成风
本报记者 阎晓辉 通讯员 任丽娜
汾阳因孝善文化闻名，孝善文化源远
流长。近年来，汾阳市把孝善文化融
入文明城市创建，评选各级“孝善之
星”680名，建成“孝善食堂”
7
山西日报 2021年4月27日 星期二 市县
责任编辑 温晓军 美术编辑 陈卓 校对 王静
53家，为2800余名老人提供助餐服
务。汾阳市还设立孝善基金1200万
元，用于奖励孝老爱亲典型和帮扶困
难老人。
"""
    arts = _arts(text)
    assert len(arts) == 1
    assert arts[0]["title"] == "汾阳：孝善之城孝善成风"


def test_a_continued_pieces_jump_note_under_its_headline_is_no_part_of_the_title():
    text = """日喀则日报
2024年6月13日　星期四　第2版　综合

萨迦：文明新风吹遍仲曲河两岸
（转自第1版）
进村入户开展宣讲。如今，全县已有农牧民宣讲员86名。
　　萨迦县有关负责人表示，将继续把文明创建同乡村振兴结合起来。

白朗：蔬菜之乡的“文明菜篮子”
　　本报白朗讯（记者　德吉央宗）6月11日，白朗县评出“文明诚信摊位”120个。
"""
    arts = _arts(text)
    assert [a["title"] for a in arts] == ["萨迦：文明新风吹遍仲曲河两岸", "白朗：蔬菜之乡的“文明菜篮子”"]


def test_a_spaced_two_line_headline_and_its_dashed_subtitle_broken_over_its_byline():
    # 达 斡 尔 之 乡 / 文 明 花 开 / ——…自治旗创建 / 自治区级文明城市纪实 / 本报记者 …: the subtitle's
    # last words right over the byline are the subtitle's, no headline of their own
    text = """呼伦贝尔日报
2021年7月2日 星期五
3
旗市区新闻

鄂 伦 春 之 乡
文 明 花 开
——鄂伦春自治旗创建自治区级
文明城市三年工作纪实
本报记者 敖丽娜 鄂晓峰

　　7月的阿里河镇，甘河水波光粼粼，滨河公园里绿草如茵。三年来，全旗改造老旧小区46个，新建公厕38座。
"""
    a = _arts(text)[0]
    assert a["subtitle"].lstrip("—") == "鄂伦春自治旗创建自治区级文明城市三年工作纪实"
    assert a["authors"] == ["敖丽娜", "鄂晓峰"]
    assert a["adcode"] == "150723"


def test_a_set_in_first_line_under_a_headline_is_text():
    # 博野县：… / 　　博野县把新时代文明实践站打造 / 成群众家门口的“技能课堂”。…: one paragraph
    text = """保定日报
2022年9月6日　星期二
第5版　县域

满城区：“板凳宣讲”走进田间地头
　　满城区组建“板凳宣讲团”，今年以来开展
宣讲活动860余场。（通讯员 边浩然）

蠡县：文明实践站里“学”出新技能
　　蠡县把新时代文明实践站打造
成群众家门口的“技能课堂”。全县
建成新时代文明实践站所215个，去
年以来开展技能培训1300余场次。
（记者 马思远）
"""
    arts = _arts(text)
    assert [a["title"] for a in arts] == ["满城区：“板凳宣讲”走进田间地头", "蠡县：文明实践站里“学”出新技能"]
    assert all(a["subtitle"] == "" for a in arts)
    assert {215, 1300} <= {f["value"] for f in arts[1]["facts"]}


def test_an_editors_note_over_a_posts_numbered_parts_heads_one_post():
    # headline / account line / 编者按：… / 01 / term / text / 02 / term / text: one post, its headline
    # the title (no piece under each number)
    text = """创城热词｜这份“文明词典”请收好
文明临泽　2023-08-15 20:30　甘肃

编者按：创建全国文明城市（县级）工作开展以来，不少居民问小编这些词是什么意思。今天，小编为您一一解读。

01
新时代文明实践中心
　　以志愿服务为基本形式的阵地。目前，我县已建成县级实践中心1个、镇级实践所7个。

02
文明实践积分
　　群众参加志愿服务等活动可以获得积分。全县已发放积分卡1.2万张。

03
门前三包
　　指沿街单位和商户负责门前区域的市容、卫生和秩序。县城1800余家沿街商户已全部签约。
"""
    arts = _arts(text)
    assert len(arts) == 1
    assert arts[0]["title"] in ("这份“文明词典”请收好", "创城热词｜这份“文明词典”请收好")
    assert arts[0]["adcode"] == "620723"


def test_a_district_named_for_a_people_printed_without_its_peoples_name():
    # 管城区 for 管城回族区 (郑州): the district, not its city
    text = """郑州日报
2019年10月17日　星期四　第6版

管城区：各族群众同心共建文明社区
　　本报讯（记者　牛书颖）10月15日，管城区东大街一处社区里，各族居民一起包饺子。今年以来，全区改造老旧小区46个，新建口袋公园12处。
"""
    a = _arts(text)[0]
    assert a["adcode"] == "410104"


def test_a_writers_post_before_the_name_is_no_author():
    from build_tools.structure.bylines import byline_names
    assert byline_names("□县妇联主席　祁雅静")[0] == ["祁雅静"]


def test_a_photo_news_items_words_with_the_credit_at_their_end_are_its_text():
    # headline / [图片] / 7月3日，…。（摄影　某某）: the item's text, its figures facts
    text = """甘孜日报
2023年7月6日　星期四
第4版　图片新闻

丹巴：“红马甲”守护文明交通
[图片]
　　7月3日，丹巴县文明交通志愿者在县城主干道路口引导行人有序通行。目前，丹巴县共组建文明交通志愿服务队9支，每天在县城14个路口轮流值守。（摄影　张立新）

九龙：说唱艺人唱响文明新风
[图片]
　　7月5日，九龙县民间说唱艺人在县城广场宣讲文明新风，吸引600余名群众观看。（摄影　刘晓川）
"""
    arts = _arts(text)
    assert [a["title"] for a in arts] == ["丹巴：“红马甲”守护文明交通", "九龙：说唱艺人唱响文明新风"]
    assert {9, 14} <= {f["value"] for f in arts[0]["facts"]}
    assert 600 in {f["value"] for f in arts[1]["facts"]}
