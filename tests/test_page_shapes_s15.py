"""Shapes of pages holding several articles (round s15): a comment's label alone after the
reports (【编后】, 短评 with a pen name) and the place it is filed under; a brief column's one
untitled item; a picture item with no headline of its own under 图片新闻; headlines glued after
names in brackets, after a byline opening the line, or split over two lines before a lead; a
headline over a piece's label or over its writer's name alone; a page's first piece signed at
its end; a digest dated in its name; a notice with its addressees; a page's outlet from its
first item's dateline. Every page here was written for these tests, about places in Yunnan,
Hunan, Anhui, Shandong, Inner Mongolia, Jilin, Hubei, Jiangxi and Sichuan; every name is
invented."""
from __future__ import annotations

from conftest import page_articles as _arts


TWO_REPORTS_AND_AN_AFTERWORD = """红河日报　2022年9月14日　第3版　县市新闻

弥勒：“文明停车”进了老街
本报讯（记者 普丽华）弥勒市在老街周边施划停车位640个，设置文明劝导岗12处。

开远：社区“红管家”上岗
本报讯（通讯员 杞文斌）开远市在28个社区选聘“红管家”310名，负责收集居民诉求。

【编后】
一个管车，一个管事，两座城市从小处入手，把文明落在群众身边。
"""


def test_an_afterword_alone_after_two_reports_is_its_own_piece_filed_under_their_prefecture():
    arts = _arts(TWO_REPORTS_AND_AN_AFTERWORD)
    assert [a["title"] for a in arts] == ["弥勒：“文明停车”进了老街", "开远：社区“红管家”上岗", "编后"]
    assert arts[1]["authors"] == ["杞文斌"]
    assert arts[2]["adcode"] == "532500" and arts[2]["authors"] == []  # (the two cities' prefecture)
    assert arts[2]["provenance"]["region"]["confident"] is False


RUN_IN_AFTERWORD = """桐城：六尺巷边办起“礼让课堂”
本报讯 桐城市在六尺巷景区开设“礼让课堂”，今年已开课45期。

桐城：老城区新增口袋公园9处
本报讯 桐城市今年在老城区见缝插绿，新增口袋公园9处。

【编后】 礼让与绿意，都是一座城的底色。
"""

ONE_POEM_AND_ITS_AFTERWORD = """瑞金的早晨（外一首）
钟小梅
早起的环卫工
把街道扫成一页白纸

【编后】 作者是一名社区志愿者，诗里写的是她每天看见的瑞金城。
"""


def test_an_afterword_run_into_its_text_after_two_reports_stands_apart_but_after_one_it_is_its_coda():
    arts = _arts(RUN_IN_AFTERWORD)
    assert [a["title"] for a in arts][-1] == "编后" and len(arts) == 3
    assert arts[2]["adcode"] == "340881"
    (poem,) = _arts(ONE_POEM_AND_ITS_AFTERWORD)
    assert poem["title"] == "瑞金的早晨（外一首）"


A_BRIEF_UNDER_ITS_COLUMN_NAME = """乳山：海滨步道“文明劝导员”上岗
本报记者　于海波
本报讯　乳山市在银滩海滨步道设立文明劝导岗16个，每天安排志愿者劝导游客文明出行。

■简讯
荣成市近日为沿海渔村发放“文明渔家”倡议书3000余份。
"""

A_BULLET_UNDER_ITS_COLUMN_NAME = """乳山：海滨步道“文明劝导员”上岗
本报讯　乳山市在银滩海滨步道设立文明劝导岗16个，每天安排志愿者劝导游客文明出行。

[简讯]
●日前，市气象局发布秋季农事气象服务提示。
"""


def test_a_brief_columns_one_untitled_item_is_its_own_article_a_bullet_is_the_columns():
    arts = _arts(A_BRIEF_UNDER_ITS_COLUMN_NAME)
    assert [a["title"] for a in arts] == ["乳山：海滨步道“文明劝导员”上岗", "简讯"]
    assert arts[1]["adcode"] == "371082"
    assert len(_arts(A_BULLET_UNDER_ITS_COLUMN_NAME)) == 1


PICTURE_ITEMS_WITHOUT_HEADLINES = """敦化市融媒体中心 > 本地新闻

江南街道开办“文明课堂”
来源：敦化市融媒体中心  作者：金英爱  时间：2023-06-02 10:05
江南街道日前开办“文明课堂”，今年计划举办讲座30场，覆盖居民5000人次。

图片新闻
六鼎山景区的志愿者在清理步道。 尹 东  朴 敏  摄

图片新闻
9月1日，胜利街道组织20余名志愿
者在老旧小区清理楼道杂物。 崔成浩 摄
"""


def test_picture_items_with_no_headline_are_titled_by_their_column_and_keep_their_photographers():
    arts = _arts(PICTURE_ITEMS_WITHOUT_HEADLINES)
    assert [a["title"] for a in arts] == ["江南街道开办“文明课堂”", "图片新闻", "图片新闻"]
    assert arts[1]["photographers"] == ["尹东", "朴敏"]  # (letter-spaced names, two of them)
    assert arts[2]["photographers"] == ["崔成浩"] and arts[0]["photographers"] == []


NAMES_IN_BRACKETS_THEN_A_HEADLINE = """满洲里：国门广场添了“文明驿站”
本报讯　满洲里市在国门广场建成文明驿站3座，为游客提供饮水和应急药品。（巴雅尔）记者手记：驿站里的一杯热水
在国门广场的驿站里，志愿者每天要为游客倒上百杯热水，开放以来接待游客2.1万人次。
（乌兰图雅）
"""

A_BYLINE_OPENING_THE_LINE_THEN_A_HEADLINE = """都江堰：灌区古镇里的文明账
——都江堰市打造文明示范古镇见闻
一、老街上的“门前三包”
古镇180家商户全部签订“门前三包”承诺书。
二、茶馆里的“文明积分”
古镇推行商户文明积分，今年以来游客投诉同比下降35%。
（本报记者 何晓燕 杨峥）彭州市新增城市书房6处
本报讯（记者 罗一鸣）今年，彭州市利用闲置空间新建城市书房6处，藏书4.8万册。
"""


def test_a_headline_glued_after_names_in_brackets_or_after_a_byline_opening_the_line():
    arts = _arts(NAMES_IN_BRACKETS_THEN_A_HEADLINE)
    assert [a["title"] for a in arts] == ["满洲里：国门广场添了“文明驿站”", "记者手记：驿站里的一杯热水"]
    assert arts[0]["authors"] == ["巴雅尔"] and arts[1]["authors"] == ["乌兰图雅"]
    arts = _arts(A_BYLINE_OPENING_THE_LINE_THEN_A_HEADLINE)
    assert [a["title"] for a in arts] == ["都江堰：灌区古镇里的文明账", "彭州市新增城市书房6处"]
    assert arts[0]["authors"] == ["何晓燕", "杨峥"] and arts[1]["authors"] == ["罗一鸣"]
    assert arts[1]["adcode"] == "510182"


HEADLINE_OVER_TWO_LINES_GLUED = """2 县区新闻 安庆日报 2023年5月9日 星期二
桐城：“六尺巷”里
学礼让
本报记者 汪晓晴
桐城市在六尺巷景区设立“礼让讲
堂”，今年以来已开讲60余场，
听众累计1.2万人次。下一步，该市
将在全市学校推广“礼让课”。怀宁县
新增公交线路5条
本报讯 怀宁县日前新开通城乡公
交线路5条，覆盖沿线行政村32个。
"""


def test_a_headline_glued_onto_a_columns_last_line_and_going_on_over_the_next():
    arts = _arts(HEADLINE_OVER_TWO_LINES_GLUED)
    assert len(arts) == 2
    assert arts[1]["title"] in ("怀宁县新增公交线路5条", "新增公交线路5条")
    assert arts[1]["adcode"] == "340822"
    assert all(a["outlet"] == "安庆日报" and a["newspaper_page"] in ("2", "第2版") for a in arts)


NAMES_ALONE_AND_A_GLUED_HEADLINE = """湖北工人报·第2版·地方·2022年11月3日
丹江口市职工书屋延时开放
吕春燕
丹江口市总工会推动全市职工书屋延时开放，目前已有46家书屋晚上开放到9点。“下了班也有地方看书了。”职工小周说。
武当山特区评出“文明岗位”30个
覃 刚 向丽君
武当山特区日前评出年度“文明岗位”30个，窗口单位占一半。丹江口市城区新建公厕18座
冯涛
丹江口市今年在城区新建改建公厕18座，全部实行专人保洁。
"""


def test_headlines_over_names_alone_one_glued_to_the_text_above_and_a_dotted_running_head():
    arts = _arts(NAMES_ALONE_AND_A_GLUED_HEADLINE)
    assert [a["title"] for a in arts] == ["丹江口市职工书屋延时开放", "武当山特区评出“文明岗位”30个",
                                          "丹江口市城区新建公厕18座"]
    assert [a["authors"] for a in arts] == [["吕春燕"], ["覃刚", "向丽君"], ["冯涛"]]
    assert arts[0]["outlet"] == "湖北工人报" and arts[0]["date"]["value"] == "2022-11-03"


LABEL_UNDER_ITS_HEADLINE = """浏阳日报　2021年4月20日　第2版

浏阳：花炮老街“颜值”提升
记者 汤慧敏
浏阳市对花炮老街沿线店招进行统一改造，更换店招210块。老街的夜晚亮了，客流也多了。大围山“红马甲”在行动
记者手记
在大围山景区，红马甲志愿者每天要走上万步，为游客指路、捡拾垃圾，开放以来服务游客8万余人次。
（黎思远）
"""


def test_a_pieces_label_under_its_headline_leaves_the_headline_the_title():
    arts = _arts(LABEL_UNDER_ITS_HEADLINE)
    assert len(arts) == 2
    assert arts[1]["title"] == "大围山“红马甲”在行动" and arts[1]["kicker"] == "记者手记"
    assert arts[1]["authors"] == ["黎思远"]


FIRST_PIECE_SIGNED_AT_ITS_END = """瑞金市融媒体中心 ＞ 要闻
2023-04-11

象湖镇“积分超市”兑出文明新风
象湖镇在各村开设“积分超市”，今年以来村民兑换积分4.2万分。（钟丽萍）沙洲坝镇红色景区推行“文明旅游”
文/图　刘国华
沙洲坝镇在红色景区设立文明旅游劝导点8个，招募讲解员和志愿者60名。
"""


def test_the_pages_first_piece_signed_at_its_end_is_an_article_not_the_next_ones_kicker():
    arts = _arts(FIRST_PIECE_SIGNED_AT_ITS_END)
    assert [a["title"] for a in arts] == ["象湖镇“积分超市”兑出文明新风", "沙洲坝镇红色景区推行“文明旅游”"]
    assert arts[0]["authors"] == ["钟丽萍"] and arts[0]["kicker"] in ("", None)


DATED_DIGEST = """浏阳发布
【晨读】浏阳新闻早知道（2024年5月8日）
2024-05-08 07:00

1.城区新增停车泊位800个
城区今年新增公共停车泊位800个，缓解老城区停车难。

2.浏阳评出“最美志愿者”20名
市文明办日前公布第四届“最美志愿者”名单，共20人入选。

阅读 1.6万　点赞 210
"""

DIGEST_UNDER_A_DATED_COLUMN_NAME = """开远发布
【今日开远】2023年3月16日 07:30

① 乐白道街道：“楼栋长”管好楼道事
乐白道街道在22个小区推行“楼栋长”制度，选出楼栋长260名。

② 灵泉街道：“清洁星期六”成居民习惯
灵泉街道每周六组织居民开展环境卫生大扫除，累计清理垃圾120吨。
"""


def test_a_digest_named_with_its_days_date_holds_one_article_per_numbered_item():
    arts = _arts(DATED_DIGEST)
    assert [a["title"] for a in arts] == ["城区新增停车泊位800个", "浏阳评出“最美志愿者”20名"]
    arts = _arts(DIGEST_UNDER_A_DATED_COLUMN_NAME)
    assert [a["title"] for a in arts] == ["乐白道街道：“楼栋长”管好楼道事", "灵泉街道：“清洁星期六”成居民习惯"]
    assert all(a["adcode"] == "532502" for a in arts)


REPORTS_A_NOTICE_AND_A_COMMENT = """宁乡新闻网 > 要闻

浏阳：社区“议事厅”议出好办法
2021-07-06 09:10  来源：湖南日报社新闻网  作者：欧阳丹
浏阳市在社区设立“议事厅”108个，今年以来议定事项560件。

关于开展“文明家庭”推荐评选活动的公告
各乡镇（街道），市直各单位：
为推进文明城市创建，现决定开展“文明家庭”推荐评选活动，评选名额80户。
浏阳市精神文明建设委员会办公室
2021年7月5日

评论：小事里见文明
2021-07-06 14:30  来源：湖南日报社新闻网  湖南日报社新闻网评论员
一个议事厅、一份公告，都是把文明落到百姓身边的办法。
"""


def test_a_notice_with_its_addressees_and_a_comment_signed_by_its_outlets_voice():
    arts = _arts(REPORTS_A_NOTICE_AND_A_COMMENT)
    assert [a["title"] for a in arts] == ["浏阳：社区“议事厅”议出好办法", "关于开展“文明家庭”推荐评选活动的公告",
                                          "评论：小事里见文明"]
    assert arts[2]["date"]["value"] == "2021-07-06" and arts[2]["authors"] == []


SHORT_COMMENT_WITH_A_PEN_NAME = """红河日报　2022年9月14日　第3版

弥勒市老旧小区改造惠及3100户
本报讯（记者 李红梅）弥勒市今年启动老旧小区改造项目21个，惠及居民3100户。

开远市新增口袋公园7处
本报讯（记者 陈立新）开远市今年新增口袋公园7处。

短评
改小区，先问居民
晓风
小区改得好不好，居民最有发言权。把议事会开到楼栋口，才能少走弯路。
"""


def test_a_short_comment_signed_by_a_pen_name_under_its_title():
    arts = _arts(SHORT_COMMENT_WITH_A_PEN_NAME)
    assert [a["title"] for a in arts][-1] == "改小区，先问居民"
    assert arts[-1]["authors"] == ["晓风"]  # (a pen name, no surname)


OUTLET_IN_THE_FIRST_DATELINE = """象湖镇：红色古镇里的“文明商户”
瑞金市融媒体中心讯（记者 曾晓红）象湖镇组织开展“文明商户”评选，全镇96家商户中已有60家获评。

沙洲坝镇“小巷管家”管出大变化
文/钟文杰
沙洲坝镇选聘“小巷管家”42名，负责巷道卫生和秩序巡查。
"""


def test_the_pages_outlet_from_its_first_items_dateline_goes_to_the_next_item():
    arts = _arts(OUTLET_IN_THE_FIRST_DATELINE)
    assert [a["outlet"] for a in arts] == ["瑞金市融媒体中心", "瑞金市融媒体中心"]
    assert arts[1]["provenance"]["outlet"]["confident"] is False
