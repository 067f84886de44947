"""Whole newspaper pages (issue 14, the shapes of the fifteenth held-out set): a 版面 copied
from a paper's site whose breadcrumb names the issue's date and page, a masthead printed under
the date and page lines, an English masthead name before the Chinese one on the same line, a
paper whose name holds its edition (某某日报农村版), and more. Every page here was written for
these tests, about places in Guangxi, Hunan, Heilongjiang, Shandong, Sichuan, Jiangxi and
Qinghai (none of the held-out pages')."""
from __future__ import annotations

from conftest import page_articles


SITE_BANMIAN = """北流日报
首页 > 2023年09月07日 > 第03版：城乡
上一版　下一版　版面导航
本版新闻
· 隆盛镇：老街巷有了“夜间灯”
· 民安镇垃圾分类进农家

隆盛镇：老街巷有了“夜间灯”
本报记者 覃雅琳
入夜，隆盛镇的老街巷亮起了一排排新装的路灯。今年以来，隆盛镇共安装路灯260盏，惠及居民4100户。
“以前晚上出门要打手电，现在亮堂多了。”居民韦金凤说。

民安镇垃圾分类进农家
通讯员 甘子豪
民安镇在各村设立垃圾分类收集点86个，配备保洁员140名，实行每日清运。
目前，全镇农村生活垃圾分类覆盖率达到90%。

上一版　下一版
北流日报社版权所有　未经书面授权禁止转载
"""


def test_site_banmian_breadcrumb_gives_date_and_page_and_the_masthead_above_it_the_outlet():
    arts = page_articles(SITE_BANMIAN)
    assert [a["title"] for a in arts] == ["隆盛镇：老街巷有了“夜间灯”", "民安镇垃圾分类进农家"]
    assert [a["outlet"] for a in arts] == ["北流日报", "北流日报"]
    assert [a["date"]["value"] for a in arts] == ["2023-09-07", "2023-09-07"]
    assert [a["date"]["source"] for a in arts] == ["printed", "printed"]
    assert [a["newspaper_page"] for a in arts] == ["第03版", "第03版"]


SITE_BANMIAN_DAILY = """资兴日报
首页 > 2022年11月15日 > 第02版：综合新闻
上一版　下一版　版面导航
本版新闻
· 唐洞街道：小区停车不再难
· 东江湾景区开展文明旅游劝导

唐洞街道：小区停车不再难
本报记者 曹梦瑶
唐洞街道在老旧小区新划停车位520个，新建充电桩36个，缓解了居民停车难。
街道还组建了由居民组成的停车劝导队。

东江湾景区开展文明旅游劝导
通讯员 李俊杰
近日，资兴市东江湾景区组织志愿者开展文明旅游劝导，共劝导不文明行为210起。
景区还在游步道新设提示牌48块。

上一版　下一版
资兴日报社版权所有
"""


def test_site_banmian_later_articles_keep_the_papers_place():
    arts = page_articles(SITE_BANMIAN_DAILY)
    assert [a["outlet"] for a in arts] == ["资兴日报", "资兴日报"]
    assert [a["newspaper_page"] for a in arts] == ["第02版", "第02版"]
    assert [a["date"]["value"] for a in arts] == ["2022-11-15", "2022-11-15"]
    # the first article names no place but its streets: the paper's city (资兴市) is its place
    assert arts[0]["adcode"] == "431081"
    assert arts[1]["adcode"] == "431081"


MASTHEAD_AFTER_DATE = """2024年6月5日 星期三 甲辰年四月廿九
第1版
黑河日报
中共黑河市委机关报
黑河市启动城乡环境整治夏季行动
本报记者 刘思琪 张博文
6月3日，黑河市城乡环境整治夏季行动启动。全市各县（市、区）同步开展清垃圾、清杂物、清
河道行动，为期三个月。
据了解，去年全市共清运垃圾5.2万吨，整治河道沟渠380公里。
以“常态”守住“干净”
本报评论员
环境整治不能一阵风，关键在于把集中行动变成日常习惯，让群众从旁观者变成参与者。
"""


def test_masthead_printed_under_the_date_and_page_lines_is_the_outlet():
    arts = page_articles(MASTHEAD_AFTER_DATE)
    assert [a["title"] for a in arts] == ["黑河市启动城乡环境整治夏季行动", "以“常态”守住“干净”"]
    assert [a["outlet"] for a in arts] == ["黑河日报", "黑河日报"]
    assert [a["newspaper_page"] for a in arts] == ["第1版", "第1版"]
    assert arts[1]["adcode"] == "231100"


ENGLISH_NAME_FIRST = """B3 2023年8月9日 星期三
DEZHOU DAILY 德州日报
责编：孙晓雯
乐陵市“红白理事会”管住了大操大办
本报记者 田宇航
乐陵市在全市各村成立红白理事会，制定婚丧事办理标准。今年以来，全市简办婚丧事1260起，为群众节省开支3100万元。
"""


def test_english_masthead_name_before_the_chinese_one_on_one_line():
    arts = page_articles(ENGLISH_NAME_FIRST)
    assert len(arts) == 1
    assert arts[0]["outlet"] == "德州日报"
    assert arts[0]["title"] == "乐陵市“红白理事会”管住了大操大办"
    assert arts[0]["newspaper_page"] == "B3"


EDITION_IN_NAME = """四川日报农村版  2023年5月12日 星期五  第3版 · 乡村振兴
江油：“积分超市”兑出乡风文明
本报记者 蒲晓琴
江油市在各村开设“积分超市”，村民参加志愿服务、环境整治可以攒积分兑换生活用品。
目前，全市已建成积分超市214个，参与农户3.8万户。
本版编辑 何思远
"""


def test_edition_in_a_papers_own_name_stays_part_of_the_outlet():
    arts = page_articles(EDITION_IN_NAME)
    assert len(arts) == 1
    assert arts[0]["outlet"] == "四川日报农村版"
    assert arts[0]["date"]["value"] == "2023-05-12"
    assert arts[0]["newspaper_page"] == "第3版"


FRONT_PAGE_WEATHER = """赣州日报
GANZHOU DAILY
2023年7月18日 星期二
第1版
天气：晴转多云26℃～35℃
瑞金：红色故居旁的“文明驿站”
本报记者 钟若兰
每天清晨，瑞金市叶坪乡的“文明驿站”就迎来了第一批游客。驿站为游客提供饮水、休息和讲解服务。
今年以来，瑞金市在红色景区周边建成文明驿站26个，招募志愿讲解员310名。
"""


def test_weather_line_over_the_headline_is_furniture_not_the_title():
    arts = page_articles(FRONT_PAGE_WEATHER)
    assert len(arts) == 1
    assert arts[0]["title"] == "瑞金：红色故居旁的“文明驿站”"
    assert arts[0]["subtitle"] == ""
    assert arts[0]["adcode"] == "360781"
    assert {f["value"] for f in arts[0]["facts"]} == {26, 310}


KUAIXUN_BRACKETED = """海东日报
2023年10月11日 星期三
A05 · 县区
值班主编 马晓燕 责编 祁海峰
乐都：河湟文化广场成了“文明客厅”
海东日报记者 李成林
傍晚的乐都区河湟文化广场，跳舞的、下棋的、散步的市民往来不断，广场上的垃圾桶干净整洁。
乐都区今年对广场进行提升改造，新增休息座椅120组、文明引导员40名。
快讯
【平安区新建5处环卫驿站】本报讯（记者
韩梦琪）近日，平安区在城区新建的5处环卫驿站投入使用，为环卫工人提供饮水、休息等服务。
【互助县评出首批“文明商户”】本报讯（通讯员
赵文斌）日前，互助县评出首批“文明商户”85家，并为商户授牌。
"""


def test_kuaixun_items_with_bracketed_headlines_are_articles_of_their_own():
    arts = page_articles(KUAIXUN_BRACKETED)
    assert [a["title"] for a in arts] == [
        "乐都：河湟文化广场成了“文明客厅”", "平安区新建5处环卫驿站", "互助县评出首批“文明商户”"]
    assert [a["adcode"] for a in arts] == ["630202", "630203", "630223"]
    assert [a["authors"] for a in arts] == [["李成林"], ["韩梦琪"], ["赵文斌"]]
    # the editor line with 值班主编 is furniture, read whole (no 值班 title)
    assert all("值班" not in a["title"] for a in arts)
    assert arts[0]["editors"] == ["马晓燕", "祁海峰"]


COUNTDOWN_AND_WEATHER = """长沙晚报
2021年6月3日 星期四
距全国文明城市年度测评
还有 28 天
今日天气：多云 18℃～29℃ 东风2级
第1版 要闻
宁乡市开展“门前三包”集中整治
本报讯（记者 周雨桐）6月1日，宁乡市启动为期一个月的“门前三包”集中整治行动，已整改问题430处。
"""


def test_countdown_box_and_weather_line_by_the_masthead_are_no_title():
    arts = page_articles(COUNTDOWN_AND_WEATHER)
    assert len(arts) == 1
    assert arts[0]["title"] == "宁乡市开展“门前三包”集中整治"
    assert arts[0]["subtitle"] == ""
    assert {f["value"] for f in arts[0]["facts"]} == {430}


COUNTDOWN_ONE_LINE = """长沙晚报
2021年6月3日 星期四
第1版 要闻
距全国文明城市年度测评还有28天
宁乡市开展“门前三包”集中整治
本报讯（记者 周雨桐）6月1日，宁乡市启动为期一个月的“门前三包”集中整治行动，已整改问题430处。
"""


def test_countdown_line_over_the_headline_is_no_title():
    arts = page_articles(COUNTDOWN_ONE_LINE)
    assert [a["title"] for a in arts] == ["宁乡市开展“门前三包”集中整治"]
    assert arts[0]["subtitle"] == ""


def test_an_events_own_span_and_a_season_of_two_years_are_no_facts():
    from conftest import sentence_facts
    # how long the selection took is no figure of the place; what it found is
    assert sentence_facts("本届“文明家庭”评选历时4个月，共评出文明家庭60户。", qualifier=False) == [(60, "户")]
    assert sentence_facts("这座公园历经两年建成，新增绿地3.2万平方米。", qualifier=False) == [(32000, "平方米")]
    # a season or school year named by its two years is a time
    assert sentence_facts("2022—2023雪季，亚布力接待游客85万人次。", qualifier=False) == [(850000, "人次")]
    assert sentence_facts("2023-2024学年，全县新建校舍14所。", qualifier=False) == [(14, "所")]
    # a plan's span and a service's time stay figures
    assert (3, "个月") in sentence_facts("全县开展为期3个月的集中整治。", qualifier=False)
    assert sentence_facts("平均用时缩短至1.5小时。", qualifier=False) == [(1.5, "小时")]


DOTTED_NAME_BYLINE_PDF = """阿勒泰日报
2022年8月16日　星期二
第3版　综合
布尔津县“美丽庭院”扮靓禾木村边的乡村
本报记者 阿依古丽·买买提 巴合提
走进布尔津县冲乎尔镇，家家户户的院子
干净整洁，葡萄架下挂满了果实，房前屋后
种满了花草。
今年以来，布尔津县评出“美丽庭院”示范户
420户，带动全县农牧民整治庭院3100个。
"""


def test_a_byline_with_a_dotted_name_in_a_pdf_column_is_not_joined_to_the_title():
    arts = page_articles(DOTTED_NAME_BYLINE_PDF)
    assert len(arts) == 1
    assert arts[0]["title"] == "布尔津县“美丽庭院”扮靓禾木村边的乡村"
    assert arts[0]["authors"] == ["阿依古丽·买买提", "巴合提"]
    assert arts[0]["adcode"] == "654321"


def test_a_byline_of_four_character_yi_names_keeps_each_name_whole():
    from build_tools.structure.bylines import byline_names
    # 阿苏阿果 cannot be two names, so this byline lists four-character names: 马海金呷 is one
    assert byline_names("本报记者 阿苏阿果 马海金呷")[0] == ["阿苏阿果", "马海金呷"]
    # a run of two two-character names alone is still two people
    assert byline_names("本报记者 林英孙航")[0] == ["林英", "孙航"]


YI_BYLINE_PAGE = """凉山日报
2023年11月7日 星期二
第2版
昭觉县：“索玛花”文明超市开到村口
本报记者 阿苏阿果 马海金呷
昭觉县在各村开设“索玛花”文明超市，村民攒积分可兑换生活用品。今年以来，全县已建成文明超市86个。
"""


def test_yi_names_in_a_page_byline_are_whole():
    arts = page_articles(YI_BYLINE_PAGE)
    assert arts[0]["authors"] == ["阿苏阿果", "马海金呷"]
