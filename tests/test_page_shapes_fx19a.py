"""Title groups on pages the pipeline had not seen (issue 14, held-out sets 19 and 20): headlines
printed over two or three lines without blank lines, an 引题 or a subtitle told from the title by
what each line says, a line cut off the title by a meta line, an app's name glued after the title,
a document viewer's chrome under a title. Every page here was written for these tests, about places
in Fujian, Yunnan, Anhui, Gansu, Jiangxi, Guizhou, Sichuan, Hebei and Xinjiang (not the held-out
pages' places)."""
from __future__ import annotations

from build_tools.pipeline import process_seed


def _arts(text: str, name: str = "page.txt") -> list[dict]:
    return process_seed(name, text.encode("utf-8"))["articles"]


def _norm(t: str) -> str:
    return "".join(t.split())


# a county paper's page: a report, then a story whose headline is printed over three short lines
# (a place, a quoted name, what became of it), no blank lines between them
THREE_LINE_STACK = """宁德日报　2022年9月14日　第3版　县域
责编/林一帆

屏南古村开起
“乡村书房”

本报记者 黄海峰 通讯员 陈立

“以前晚上没处去，现在天天来看书。”9月10日晚，屏南县熙岭乡龙潭村的“乡村书房”里坐满了村民。
龙潭村把一座闲置老屋改成书房，藏书4000多册，每晚开放到十点。今年以来，书房共接待读者2.1万人次。

福安
“畲乡夜集”
换了新模样

本报讯（通讯员 雷晓燕）9月上旬，福安市区“畲乡夜集”重新开张。120个摊位统一了招牌和餐厨垃圾桶，每晚收摊后清洗地面。
福安市城管局在夜集设了2个服务点，开集以来日均客流约8000人次。
"""


def test_a_headline_over_three_short_lines_is_one_title():
    arts = _arts(THREE_LINE_STACK)
    assert [_norm(a["title"]) for a in arts] == ["屏南古村开起“乡村书房”", "福安“畲乡夜集”换了新模样"]
    assert arts[1]["authors"] == ["雷晓燕"]


# three lines of (nearly) one length, the first naming what the second is, the third what it did
NEAR_EQUAL_STACK = """A05 云南新闻 2021年4月8日 星期四 春城晚报
石林彝乡新村
文明积分站
开到农家院坝
记者 李春梅 文/图
本报讯 4月6日，在石林县圭山镇的一个村子里，村民们拿着积分卡到积分站兑换生活用品。
今年以来，石林县在彝族村寨建成文明积分站32个，参与农户4100户。
"""


def test_three_lines_of_nearly_one_length_are_one_title():
    arts = _arts(NEAR_EQUAL_STACK)
    assert len(arts) == 1 and _norm(arts[0]["title"]) == "石林彝乡新村文明积分站开到农家院坝"
    assert arts[0]["kicker"] == ""


# a PDF page without -layout: lines wrapped at a fixed width, so a headline's second line may open
# with a particle (的…), or go on after the object of a pivot word (让“城市书房” / 走进…)
WRAPPED_HEADLINES = """B3
2023年3月16日 星期四
要闻·县区
宣城日报

宁国：竹乡山坡上
的“文明茶园”

■记者 汪明 通讯员 程小雨

每到采茶季，宁国市的茶园里便热闹起来。今年，茶园里每块地头都立着一
块“文明采摘公示牌”，写着茶农的承诺。
宁国市对全市86家茶企实行文明积分管理，茶园垃圾清运率达到98%。

绩溪县让“城市书房”
走进老旧小区

■记者 胡晓东

绩溪县今年将在城区新建“城市书房”12个，目前已有7个建成开放。这些书房
大多利用小区的闲置用房建成，每处面积在80平方米左右。
"""


def test_a_headline_line_opening_with_a_particle_or_after_a_pivot_goes_on():
    arts = _arts(WRAPPED_HEADLINES)
    assert [a["title"] for a in arts] == ["宁国：竹乡山坡上的“文明茶园”", "绩溪县让“城市书房”走进老旧小区"]
    assert [a["authors"] for a in arts] == [["汪明", "程小雨"], ["胡晓东"]]


def test_a_line_under_a_meta_line_is_no_part_of_the_title():
    # an app's copy: the headline, the date and time, the province it was sent from
    app = _arts("上饶信州区晒出背街小巷整治“成绩单”\n2023-12-05 08:30\n江西\n"
                "赣云客户端 记者 周晓明\n信州区今年整治背街小巷46条，居民满意率达到93%。\n")
    assert len(app) == 1 and app[0]["title"] == "上饶信州区晒出背街小巷整治“成绩单”"
    # an account's place name over its date, the headline under them
    post = _arts("甘肃临夏\n2024年05月10日 18:20 甘肃\n\n八坊十三巷新增8处“文明驿站”\n\n"
                 "近日，临夏市八坊十三巷新建的8处“文明驿站”投入使用，游客可在这里歇脚、饮水。\n")
    assert len(post) == 1 and post[0]["title"] == "八坊十三巷新增8处“文明驿站”"


def test_a_question_answered_on_the_same_line_over_a_dashed_subtitle_is_the_title():
    arts = _arts("赣州日报\n2024年5月20日 星期一\n第3版 县区\n\n"
                 "垃圾分类做得怎样？三千户居民来打分\n——于都县开展垃圾分类居民满意度调查\n\n"
                 "本报记者 刘晓华\n\n本报讯 近日，于都县垃圾分类居民满意度调查结果出炉，共调查居民3000户，总体满意率为89.5%。\n")
    assert len(arts) == 1
    assert arts[0]["title"] == "垃圾分类做得怎样？三千户居民来打分"
    assert _norm(arts[0]["subtitle"]).lstrip("—") == "于都县开展垃圾分类居民满意度调查"


def test_a_whole_clause_over_a_line_going_on_about_it_is_title_and_subtitle():
    arts = _arts("兰州日报 2023年8月17日 星期四\n第6版 县区新闻 责编：马文涛\n\n"
                 "榆中晒出背街小巷整治台账\n逐条对账接受居民评议\n\n"
                 "本报讯（记者 王晓丽）日前，榆中县把背街小巷的问题列成台账，向社会公开，接受居民评议。\n"
                 "据了解，榆中县共梳理问题86项，已完成整改61项。\n")
    assert len(arts) == 1
    assert arts[0]["title"] == "榆中晒出背街小巷整治台账"
    assert arts[0]["subtitle"] == "逐条对账接受居民评议"


def test_a_whole_place_scene_over_a_clause_of_its_own_is_the_shoulder_title():
    arts = _arts("广汉日报\n2021年11月3日 星期三\n第1版·要闻\n"
                 "全市上下迎接省级文明城市复审\n“十项清零行动”圆满收官\n记者 罗晓峰 通讯员 张丽\n"
                 "昨日，我市召开省级文明城市复审攻坚推进会，通报“十项清零行动”开展情况。\n"
                 "自7月以来，全市共整改问题点位2140个。\n")
    assert arts[0]["title"] == "“十项清零行动”圆满收官"
    assert arts[0]["kicker"] == "全市上下迎接省级文明城市复审" and arts[0]["subtitle"] == ""
    # a title over two clauses set apart by a space is still its subtitle
    meeting = _arts("全县创建省级文明县城推进会召开\n王志强讲话　刘海燕主持\n记者 赵明\n"
                    "昨日，全县创建省级文明县城推进会召开。\n")
    assert meeting[0]["title"] == "全县创建省级文明县城推进会召开"


def test_an_apps_name_glued_after_the_title_is_the_outlet_named_by_the_byline():
    arts = _arts("伊宁喀赞其街区的“文明小院”迎来八方客雪莲云\n2023-07-21 19:30\n"
                 "雪莲云记者 古丽娜尔·艾买提 通讯员 王小军\n"
                 "7月以来，伊宁市喀赞其街区的“文明小院”迎来了一批批游客，小院累计接待游客2.6万人次。\n")
    assert arts[0]["title"] == "伊宁喀赞其街区的“文明小院”迎来八方客"
    assert "雪莲云" not in arts[0]["authors"]


def test_a_document_viewers_chrome_under_a_notice_is_neither_subtitle_nor_title():
    arts = _arts("沧州市人民政府\n首页 > 政务公开 > 通知公告\n"
                 "关于2024年第二季度全市文明城市创建工作考评情况的通报\n"
                 "发布日期：2024-07-20　　信息来源：沧州市文明城市创建指挥部办公室\n"
                 "附件预览：关于2024年第二季度全市文明城市创建工作考评情况的通报.pdf\n"
                 "切换侧栏\t查找\t上一页\t下一页\n1\n/ 3\n缩小\t放大\t自动缩放\n"
                 "沧州市文明城市创建指挥部办公室\n沧创文办〔2024〕9号\n"
                 "各县（市、区），市直各相关单位：\n"
                 "7月上旬，市创文办组织5个督查组，对各县（市、区）第二季度创建工作进行了考评，共检查点位280个。\n")
    assert arts[0]["title"] == "关于2024年第二季度全市文明城市创建工作考评情况的通报"
    assert arts[0]["subtitle"] == ""
