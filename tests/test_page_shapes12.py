"""Shapes of pages the pipeline had not seen (issue 14, twelfth round). Every page here was
written for these tests, about places in Guizhou, Jilin and Fujian (not the held-out pages'
places)."""
from __future__ import annotations

from conftest import page_articles as _arts


NOTE_APP_COPY = """小红书
发现
发布
通知
遵义发布
关注
1/4
遵义人看过来⚠️老城这些路口换了新信号灯
家人们！红花岗区老城片区的路口信号灯9月起陆续换新啦📢
本轮一共改造了26个路口，新增行人过街按钮40个，等灯时间平均缩短了15秒。
大家过马路记得按按钮哦👍
#遵义[话题]# #文明出行[话题]#
编辑于 2023-09-12 贵州
共 6 条评论
湘江边的阿花
终于不用等那么久了！
09-12 贵州 回复 赞 12
说点什么...
563
88
6
"""


def test_a_note_apps_copy_is_one_article_with_its_date_and_no_comment_counters():
    (art,) = _arts(NOTE_APP_COPY)
    assert art["title"] == "遵义人看过来⚠️老城这些路口换了新信号灯"  # (a mark between its words is printed)
    assert art["date"]["value"] == "2023-09-12" and art["date"]["source"] == "printed"
    assert art["outlet"] in ("小红书", "遵义发布")
    values = {f["value"] for f in art["facts"]}
    assert {26, 40, 15} <= values
    assert not values & {12, 563, 88, 6}  # a comment's likes, the counters under the note
    assert "终于不用等那么久了" not in " ".join(p["text"] for p in art["body"])


def test_pictographs_around_a_headline_still_go():
    """Guard: marks before and after the words decorate the post; the title cited is its words."""
    page = NOTE_APP_COPY.replace("遵义人看过来⚠️老城这些路口换了新信号灯", "🎉遵义人看过来：老城路口换了新信号灯🎊")
    (art,) = _arts(page)
    assert art["title"] == "遵义人看过来：老城路口换了新信号灯"


COUNTY_PAGE_WITH_MARKED_BRIEFS = """今日榕江                                    2024年7月12日
第2版 综合                               本版编辑：罗春梅

古州镇老街的“夜市”规范了

    本报记者 杨秀英

    7月10日晚上，榕江县古州镇老街夜市灯火通明，统一定制的摊位整齐排列。“以前占道经营，车都过不去，现在划了线、定了点，大家都守规矩。”摊主吴德明说。
    今年以来，古州镇对老街夜市进行规范提升，设置标准摊位86个，配备垃圾分类箱40组。

简  讯

    ●忠诚镇开展“星级文明户”评选 近日，忠诚镇评选出“星级文明户”38户，并在村寨鼓楼张榜公示。（通讯员 潘光荣）

    ●县体育馆免费开放 暑假期间，县体育馆篮球场、羽毛球场每天免费开放，7月以来共接待群众1.2万人次。

    ●车江乡集中宣讲移风易俗 本报讯（记者 石丽华）7月9日，榕江县在车江乡开展移风易俗宣讲，发放倡议书1500份。
"""


def test_brief_items_each_opening_with_a_mark_are_articles_of_their_own():
    arts = _arts(COUNTY_PAGE_WITH_MARKED_BRIEFS)
    assert [a["title"] for a in arts] == ["古州镇老街的“夜市”规范了", "忠诚镇开展“星级文明户”评选", "县体育馆免费开放",
                                          "车江乡集中宣讲移风易俗"]
    assert [a["authors"] for a in arts] == [["杨秀英"], ["潘光荣"], [], ["石丽华"]]
    assert all(a["date"]["value"] == "2024-07-12" for a in arts)


COMMENT_PAGE_SIGNED_AT_THE_END = """泉州晚报
2024年3月6日　星期三
评论
责任编辑：陈思远

古城烟火气，更要守住秩序感

　　泉州古城这两年游客多了，烟火气也更足了。据统计，去年古城接待游客超过2100万人次。人多了，占道经营、乱停乱放也跟着多了起来，守住秩序感，古城才能走得更远。
　　苏文杰（作者系泉州师范学院教师）

“文明积分”贵在常态

　　晋江不少社区推行“文明积分”，居民参加志愿服务攒积分，积分换日用品。全市已有136个社区建立积分制度。积分制要走得远，关键在常态长效。
　　（作者：黄一帆，晋江市委党校讲师）

社区“议事会”值得多开

　　丰泽区一些社区每月开一次“议事会”，居民有事坐下来商量。去年以来，全区已召开议事会420余场。有地方坐下来，矛盾就少了一半。
　　□ 林　静
"""


def test_a_page_of_comments_each_signed_at_its_end_is_split_into_them():
    arts = _arts(COMMENT_PAGE_SIGNED_AT_THE_END)
    assert [a["title"] for a in arts] == ["古城烟火气，更要守住秩序感", "“文明积分”贵在常态", "社区“议事会”值得多开"]
    assert [a["authors"] for a in arts] == [["苏文杰"], ["黄一帆"], ["林静"]]


REPORT_WITH_SECTIONS = """鲤城区打造“十五分钟便民圈”

　　本报讯（记者 王晓燕）今年以来，鲤城区新建便民服务点58个。

菜市场改造

　　全区改造农贸市场12个，新增停车位300个。

社区食堂

　　新开社区食堂9家，日均就餐1800人次。
　　（记者 王晓燕 通讯员 吴海）
"""


def test_a_reports_sections_ending_in_its_byline_stay_one_article():
    """Guard: one headline over signed text is no page of pieces; sections stay the report's."""
    (art,) = _arts(REPORT_WITH_SECTIONS)
    assert art["title"] == "鲤城区打造“十五分钟便民圈”"


REPORT_WITH_A_BOXED_COMMENT = """宁德日报
2024年5月9日 星期四
第2版 县域·福鼎

福鼎：背街小巷“微更新”更新出好心情

本报记者 郑晓梅 通讯员 陈 涛

5月7日，福鼎市桐山街道的一条背街小巷里，工人正在铺设透水砖。今年以来，福鼎市
计划改造背街小巷42条，目前已完工19条，惠及居民3100余户。
改造前，社区干部逐户上门征求意见，收集居民建议260余条。
【短评】
小巷更新要问计于民
背街小巷改造，难的不是铺一条路，而是让每一处改动都合居民的心意。先问计于民，
再动手施工，这样的做法值得多一些。
□ 林 远
据了解，此次改造还新增公共停车位180个、休闲座椅96组。
福鼎市住建局相关负责人介绍，全部改造工程预计于10月底前完工。
"""


def test_a_labelled_comment_boxed_in_a_report_is_its_own_and_the_report_resumes_under_it():
    report, comment = _arts(REPORT_WITH_A_BOXED_COMMENT)
    assert report["title"] == "福鼎：背街小巷“微更新”更新出好心情" and report["authors"] == ["郑晓梅", "陈涛"]
    assert comment["title"] == "小巷更新要问计于民" and comment["authors"] == ["林远"]
    report_text = " ".join(p["text"] for p in report["body"])
    assert "新增公共停车位180个" in report_text and "10月底前完工" in report_text
    assert "新增公共停车位180个" not in " ".join(p["text"] for p in comment["body"])
    assert 180 in {f["value"] for f in report["facts"]}


COLUMN_WITHOUT_BLANK_LINES = """常德日报
2023年9月20日 星期三
县市传真
责任编辑：向明 版式：易红
津市：老旧小区
装上“暖心梯”
本报讯（通讯员 杜晓岚）9月18日，
津市市襄阳街街道金鱼岭小区第一部
加装电梯正式投入使用。今年以来，
津市市把老旧小区加装电梯列入民生
实事，已完成加装电梯17部，惠及居
民300余户。年内还将新建充电桩60
个。
"""


def test_a_wrapped_line_opening_with_a_word_ending_in_dian_is_no_dateline():
    """加装电梯 / 充电桩 at a line's start is no 新华社北京电: the lead's lines join."""
    (art,) = _arts(COLUMN_WITHOUT_BLANK_LINES)
    assert art["title"] == "津市：老旧小区装上“暖心梯”" and art["authors"] == ["杜晓岚"]
    assert any("第一部加装电梯正式投入使用" in p["text"] for p in art["body"])


GOOD_PEOPLE_PROFILES = """通化日报
2023年11月2日 星期四
第3版 县域·集安
身边好人榜·集安

金美善：八年照顾孤寡老人
金美善，集安市黎明街道东盛社区居民。2015年起，她每天为独居的崔大爷送饭、打扫，八年来从未间断，送饭超过5000次。
（推荐单位：黎明街道东盛社区）

朴成浩：山村里的义务修理工
朴成浩，集安市清河镇头道村村民。他每月为村里老人免费修理电器，五年来服务群众1200余人次。
（推荐单位：清河镇人民政府）
"""


def test_profiles_each_headed_by_a_persons_name_and_a_colon_are_articles_of_their_own():
    arts = _arts(GOOD_PEOPLE_PROFILES)
    assert [a["title"] for a in arts] == ["金美善：八年照顾孤寡老人", "朴成浩：山村里的义务修理工"]
    assert 1200 in {f["value"] for f in arts[1]["facts"]} and 1200 not in {f["value"] for f in arts[0]["facts"]}


ONE_INTERVIEWEE_WITH_A_LABEL = """通化日报
2023年11月2日 星期四
金美善：把小事做好就是文明
金美善，集安市黎明街道东盛社区居民，八年来照顾独居老人。
记者：您是怎么坚持下来的？
金美善：没想那么多，邻里之间搭把手。
"""


def test_one_persons_labelled_headline_over_her_interview_stays_one_article():
    """Guard: one headline naming a person over text about her is no page of profiles."""
    (art,) = _arts(ONE_INTERVIEWEE_WITH_A_LABEL)
    assert art["title"] == "金美善：把小事做好就是文明"


REPORT_THEN_ITS_CALL_FOR_VOLUNTEERS = """三亚日报
2024年3月14日 星期四
第03版 城事

三亚：2000余名志愿者守护“文明景区”

本报讯（记者 符晓燕）每逢节假日，三亚市各大景区都能看到身穿红马甲的文明旅游志愿者。
自去年开展“文明旅游·志愿同行”行动以来，三亚市已在景区设置志愿服务岗36个，累计服务游客8.6万人次。
为进一步壮大队伍，三亚市文明办近日面向社会发布志愿者招募令。

三亚市“文明旅游”志愿者招募令
亲爱的市民朋友们：
文明旅游，你我同行。现面向社会招募“文明旅游”志愿者。
一、招募人数
200名。
二、报名方式
即日起至3月31日，可通过小程序报名。
三亚市精神文明建设办公室
2024年3月12日
"""


def test_a_call_for_volunteers_under_its_title_and_salutation_after_a_report_is_its_own():
    report, call = _arts(REPORT_THEN_ITS_CALL_FOR_VOLUNTEERS)
    assert report["title"] == "三亚：2000余名志愿者守护“文明景区”" and report["authors"] == ["符晓燕"]
    assert call["title"] == "三亚市“文明旅游”志愿者招募令"
    assert call["date"]["value"] == "2024-03-14"  # the paper's date, not the signature's


ACCOUNT_REPOSTS_TWO_ITEMS = """德化发布 2023-12-05 08:10 福建
【关注】泉州晚报刊发我县创建工作两则消息

德化：瓷都街巷里的“护瓷志愿队”

每周六上午，龙浔镇的“护瓷志愿队”都会走进老街巷，清理小广告、劝导游客文明游览。
这支志愿队成立于2022年，目前已有队员120名，累计清理小广告3000余处。
来源：泉州晚报　记者：郑丽华　通讯员：林志强

泉州表彰第三届“文明家庭”
近日，泉州市召开第三届“文明家庭”表彰会，共命名市级文明家庭150户，其中德化县20户。
来源：泉州晚报　记者：苏文静

编辑：陈 洁 | 审核：黄永平
阅读 2210　　赞 35　　在看 9
"""


def test_items_each_closed_by_their_source_and_reporter_line_are_articles_of_their_own():
    first, second = _arts(ACCOUNT_REPOSTS_TWO_ITEMS)
    assert first["title"] == "德化：瓷都街巷里的“护瓷志愿队”" and first["authors"] == ["郑丽华", "林志强"]
    assert second["title"] == "泉州表彰第三届“文明家庭”" and second["authors"] == ["苏文静"]
    assert 150 in {f["value"] for f in second["facts"]} and 150 not in {f["value"] for f in first["facts"]}


PHOTO_ITEM_BETWEEN_STORIES = """2022年8月11日 星期四
玉溪日报
要闻 02
红塔区推行“楼栋长制”
城区520个楼栋有了“管家”
本报记者 普丽华
记者从红塔区获悉，今年以来，红塔区在城区推行“楼栋长制”，520个楼栋实现楼栋长全覆盖。截至7月底，楼栋长共上报问题1360个，办结率97.2%。
抚仙湖畔晚霞红
8月9日傍晚，游客在澄江市抚仙湖畔观赏晚霞。近年来，湖畔新建步道和观景台，成为市民休闲好去处。
本报记者 李云峰 摄
通海县：古城街巷
留住乡愁“老味道”
本报通讯员 张丽 何涛
通海县秀山街道的老街巷里，一批老字号店铺重新开张。近年来，通海县累计修缮传统民居86幢。
"""


def test_a_photo_item_between_two_stories_on_a_page_without_blank_lines_is_its_own():
    arts = _arts(PHOTO_ITEM_BETWEEN_STORIES)
    assert [a["title"] for a in arts][1] == "抚仙湖畔晚霞红"
    assert len(arts) == 3 and arts[1]["photographers"] == ["李云峰"] and arts[1]["authors"] == []
    assert "晚霞" not in " ".join(p["text"] for p in arts[0]["body"])


LETTER_SPACED_HEADLINE_UNDER_ITS_SHOULDER = """毕节日报　２０２３年１１月３日　星期五　Ａ３　县区
编辑　罗丽　　美编　杨　晨

　　　　　以“积分超市”激活乡村治理
黔 西 乡 村 的 “ 文 明 账 ” 火 了
　　　　　——全市今年建成积分超市
　　　　　３００家　覆盖所有行政村
■本报记者　吴　艳　●通讯员　陈小兵

　　走进黔西市的村寨，村民打扫庭院、参加志愿服务都能攒积分，积分可以在“积分超市”兑换日用品。今年以来，全市建成积分超市300家。
"""


def test_a_headline_set_letter_spaced_is_the_title_and_the_line_over_it_its_shoulder():
    (art,) = _arts(LETTER_SPACED_HEADLINE_UNDER_ITS_SHOULDER)
    assert art["title"] == "黔西乡村的“文明账”火了"
    assert art["subtitle"].lstrip("—") == "全市今年建成积分超市300家 覆盖所有行政村"
    assert art["authors"] == ["吴艳", "陈小兵"]


TV_PROGRAMME_TRANSCRIPT = """龙泉新闻 2024年6月3日
【新闻联播】
主持人：观众朋友们，晚上好。今天是6月3日，欢迎收看龙泉新闻。
宝溪乡：“青瓷志愿队”守护古窑址
主持人：在宝溪乡，一支由窑工和村民组成的志愿队，每周巡护古窑址。
记者：这支志愿队成立于2022年，目前有队员46名，今年以来巡护古窑址130余次。
同期声：志愿者 季明华
“老祖宗留下的东西，我们要看好。”
记者 徐丽 陈晓东 报道
"""


def test_a_programmes_label_and_its_hosts_greeting_stand_over_the_items_headline():
    (art,) = _arts(TV_PROGRAMME_TRANSCRIPT)
    assert art["title"] == "宝溪乡：“青瓷志愿队”守护古窑址"
    assert art["authors"] == ["徐丽", "陈晓东"]
