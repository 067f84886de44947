"""Pages of the kinds the nineteenth and twentieth held-out sets showed (issue 14, fx20a):
a post's credits footer with a section bar before each credit, a credit line naming the
media centre before the person, a classifier before 人 (5个人), and more. Every page here
was written for these tests, about places in Guizhou, Chongqing, Fujian and elsewhere (none
of the held-out pages'); every sentence and name is made up."""
from __future__ import annotations

from conftest import exported_numbers, page_articles


# 1. A WeChat post's credits footer: each credit after a section bar (▍记者：…), reporters,
# correspondents and an intern, then the editor and the reviewer, then the reading counter.
BARRED_CREDITS_FOOTER = """荔波：小七孔景区里的“文明引导员”
原创 荔波发布 荔波发布 2022年5月3日 19:10 贵州
“五一”假期，荔波县小七孔景区游人如织。在景区检票口，身穿红马甲的引导员举着小喇叭，提醒游客有序排队。
今年，荔波县在景区、客运站和主要街口设立“文明引导岗”28个，招募引导志愿者410人，假期每天轮流值守。
假期5天，全县引导岗共劝导不文明行为920余次。
▍记者：韦建国
▍通讯员：蒙丽 吴海波
▍实习生：石晓雪
▍编辑：潘玉
▍审核：覃明
阅读 1288
分享 在看 写留言
"""


def test_credits_after_section_bars_are_the_posts_authors():
    (art,) = page_articles(BARRED_CREDITS_FOOTER)
    assert sorted(art["authors"]) == sorted(["韦建国", "蒙丽", "吴海波", "石晓雪"])
    assert not {"潘玉", "覃明"} & set(art["authors"])
    assert art["title"] == "荔波：小七孔景区里的“文明引导员”"
    # the credits are no section of the text
    assert not any("韦建国" in b["text"] or "潘玉" in b["text"] for b in art["body"])


# 2. Credits naming the media centre the writer and the photographer work for, then the
# person, letter-spaced (文字：某某区融媒体中心 罗 晓).
CENTRE_BEFORE_NAMES = """铜梁区：老旧小区里建起“邻里食堂”
原创 铜梁发布 2023-08-12 17:45 重庆
巴川街道玉泉社区的“邻里食堂”开张了，每天中午为社区60岁以上老人提供午餐，一荤两素只要10元。
区民政局相关负责人介绍，今年铜梁区计划在老旧小区建成“邻里食堂”15处。

文字：铜梁区融媒体中心 罗 晓
图片：铜梁区融媒体中心 秦 川
编辑：周小敏

分享  点赞  在看
"""


def test_credit_names_after_the_media_centre_are_the_writer_and_photographer():
    (art,) = page_articles(CENTRE_BEFORE_NAMES)
    assert art["authors"] == ["罗晓"]
    assert art["photographers"] == ["秦川"]
    assert not any("融媒体中心" in n for n in art["authors"] + art["photographers"])


# The same footer under a post whose account name stands alone over the date, time and the
# province it was sent from: the account is the outlet.
ACCOUNT_OVER_POST_TIME = """福建永泰
2023年06月14日 18:20 福建

樟城镇新增8处“口袋书屋”

永泰县樟城镇的居民又多了几处读书的去处。近日，镇里利用闲置店面改造的8处“口袋书屋”陆续开放。
开放以来，书屋已接待读者约3200人次，举办亲子阅读活动46场。

文字：永泰县融媒体中心 林 海
图片：永泰县融媒体中心 陈 默
编辑：黄小雨

分享  点赞  在看
"""


def test_account_name_over_the_post_time_is_the_outlet():
    (art,) = page_articles(ACCOUNT_OVER_POST_TIME)
    assert art["title"] == "樟城镇新增8处“口袋书屋”"
    assert art["outlet"] == "福建永泰"
    assert art["date"]["value"] == "2023-06-14"
    assert (art["authors"], art["photographers"]) == (["林海"], ["陈默"])
    assert art["adcode"] == "350125"


# 4. A columnist's essay on an e-paper page: the column's name, the headline, the writer's
# name alone on a line, the portrait's caption after a picture placeholder (［图片］叶秋明) and
# a one-line note on the writer, then the essay.
COLUMN_WITH_PORTRAIT = """第3版　　建瓯·周刊　　　　南平日报　　2022年10月12日　星期三
本版主编　吴清泉　　校对　郑　华

建州漫笔

一条老街的“门前三包”

叶秋明

［图片］叶秋明
叶秋明，建瓯市作家协会会员，退休中学教师，著有散文集《溪边的竹》。

　　东门老街不长，从头走到尾不过十来分钟。街两边的铺面，门口都挂着一块小牌子，写着“门前三包”四个字。
　　前年我回老街，地上还时常有果皮纸屑。今年再去，街面干干净净，76家铺面家家门前摆着垃圾桶。
　　街道的人说，这两年老街评了三回“文明商户”，上榜的有41家。小牌子不起眼，守住的是一条街的体面。
"""


def test_columnist_named_alone_over_a_portrait_caption_is_the_author():
    (art,) = page_articles(COLUMN_WITH_PORTRAIT)
    assert art["title"] == "一条老街的“门前三包”"
    assert art["authors"] == ["叶秋明"]
    assert "［图片］" not in art["title"] and art["adcode"] == "350783"
    assert any(f["value"] == 76 for f in art["facts"])


# … a name no common surname opens (a Mongolian name), the portrait without a note
COLUMN_PORTRAIT_ONLY = """乌兰察布日报　2021年4月8日　第6版

察哈尔随笔

胡同口的那盏灯

萨仁高娃

［图片］萨仁高娃

　　我家胡同口有一盏路灯，坏了半个冬天。今年开春，社区把全区胡同里的路灯换了个遍，一共换了312盏。
　　灯亮了，晚上出来散步的人也多了。
"""


def test_columnist_with_a_name_of_no_common_surname_over_the_portrait_is_the_author():
    (art,) = page_articles(COLUMN_PORTRAIT_ONLY)
    assert art["title"] == "胡同口的那盏灯"
    assert art["authors"] == ["萨仁高娃"]


# 5. A news site's photo gallery: the headline, one meta line, then slides, each a counter
# (1/4 … 4/4), a caption and the gallery's pager; then its buttons and other galleries.
PHOTO_GALLERY = """湘西网 · 图片频道
首页 > 图片 > 图说湘西
凤凰：古城里的“文明巷长”
发布时间：2022-10-05 10:40　来源：湘西网　摄影：向云飞　编辑：田小满
1/4
10月3日，凤凰县沱江镇虹桥路口，“文明巷长”正在引导游客靠右通行。
< 上一张　下一张 >
2/4
在北门码头，志愿者提醒游客排队登船。今年国庆，凤凰县在古城设立文明服务点24个。
< 上一张　下一张 >
3/4
巷长们在古城小巷里捡拾游客丢弃的饮料瓶。
< 上一张　下一张 >
4/4
夜色中的沱江两岸干净整洁。据统计，国庆假期凤凰县共接待游客约52万人次。
< 上一张　下一张 >
查看原图　|　打开全部
【图集推荐】
· 吉首市：新城夜市开张了（10张）
"""


def test_a_photo_gallerys_slides_are_one_article():
    (art,) = page_articles(PHOTO_GALLERY)
    assert art["title"] == "凤凰：古城里的“文明巷长”"
    assert art["photographers"] == ["向云飞"] and art["authors"] == []
    assert art["adcode"] == "433123" and art["outlet"] == "湘西网"
    values = {f["value"] for f in art["facts"]}
    assert {24, 520000} <= values
    # slide counters are no figures, the buttons no photographer
    assert not values & {1, 2, 3, 4} and "打开全部" not in art["photographers"]


# 6. A government page saved with a note app's web clipper: the note's header (its title, the
# page's address as 来源, when it was clipped, tags), a rule, the clipped page (the site's name,
# the headline again, a meta line, the text, the page's buttons), a rule, the clipper's footer.
NOTE_APP_CLIP = """高淳区：“礼让斑马线”成为城区新风景
来源：http://www.njgc.gov.cn/gcdt/202309/t20230915_4017733.html
收藏时间：2023-09-20 22:05
标签：文明交通 高淳
————————————————
南京市高淳区人民政府
高淳区：“礼让斑马线”成为城区新风景
发布时间：2023-09-15　来源：高淳区融媒体中心　作者：邢雨桐　字号：大 中 小
9月13日傍晚，高淳区淳溪街道宝塔路口，一辆公交车在斑马线前缓缓停下，让一群放学的孩子先过马路。
今年以来，高淳区在城区设置“礼让斑马线”示范路口19个，安排交警和志愿者在早晚高峰值守。截至目前，城区机动车礼让行人率提升至96.5%。
区交警大队负责人介绍，下一步将在全区中小学周边再增设“护学岗”12个。
【打印】【关闭】
————————————————
（本笔记由某某云笔记网页剪报生成）
"""


def test_a_note_apps_web_clip_is_one_article_under_its_headline():
    (art,) = page_articles(NOTE_APP_CLIP)
    assert art["title"] == "高淳区：“礼让斑马线”成为城区新风景"
    assert art["authors"] == ["邢雨桐"]
    assert art["adcode"] == "320118"
    assert art["date"]["value"] == "2023-09-15"  # published, not clipped
    assert {19, 96.5} <= {f["value"] for f in art["facts"]}
    assert not any("http" in b["text"] or "标签" in b["text"] for b in art["body"])


# 7. A forum thread reposting a paper's report: the forum's name over its counters, the
# thread's title after 【转】, its buttons, the first floor (the poster's handle and rank, a
# line of their own, a rule, the report), then readers' replies on further floors.
FORUM_REPOST = """都江堰吧
关注：12.4万　帖子：96万
【转】都江堰：古堰边的“文明茶馆”
只看楼主　收藏　回复
1楼
灌县老茶客
吧主
转自成都商报，咱们都江堰的茶馆上新闻了！
————————
都江堰：古堰边的“文明茶馆”
成都商报记者 罗文轩 通讯员 杨 帆
近日，在都江堰市灌口街道的一家老茶馆里，茶客们正围坐在竹椅上聊天。茶馆墙上，“文明茶馆”的牌子格外醒目，店里设有公筷公勺和垃圾分类桶。
今年以来，都江堰市在城区推行“文明茶馆”评选，从环境卫生、诚信经营、文明用语等方面打分，已评出“文明茶馆”73家。
“茶馆干净了，外地游客也爱来坐坐。”茶馆老板周德福说。
2023-04-18 10:25
2楼
青城山下
我家楼下那家也评上了，确实干净
2023-04-18 11:02　回复(3)
3楼
熊猫阿宝
顶！
2023-04-18 12:40
"""


def test_a_forum_repost_is_one_article_with_the_papers_byline():
    (art,) = page_articles(FORUM_REPOST)
    assert art["title"] == "都江堰：古堰边的“文明茶馆”"
    assert sorted(art["authors"]) == sorted(["罗文轩", "杨帆"])
    assert art["adcode"] == "510181"
    assert art["outlet"] in ("成都商报", "都江堰吧")
    assert {73} <= {f["value"] for f in art["facts"]}
    # the handles and the replies are no text of the article
    texts = " ".join(b["text"] for b in art["body"])
    assert "灌县老茶客" not in art["authors"] and "青城山下" not in texts and "顶！" not in texts


# 8. An OCR'd phone screenshot of a post: the phone's status bar, the reader's top bar, the
# headline wrapped by the phone's width, the post line, credits, the text wrapped at ~14
# characters, the navigation bar.
PHONE_SCREENSHOT = """9:52 ᯤ 5G 🔋 81
×                    阿坝发布                    ···
松潘：古城墙下的“文明积分
兑换站”开张了
阿坝发布 2022年8月9日 19:40 四川
来源：松潘县融媒体中心
文/图：泽旺措 李明轩
“扫一次街记2分，攒够了
能换一壶菜籽油！”8月7日，
在松潘县进安镇的“文明积分
兑换站”里，居民拿着积分卡
排队兑换。
今年以来，松潘县在全县建成
积分兑换站37个，参与群众达
8600人。
◁    ○    □
"""


def test_a_phone_screenshots_bars_are_no_title():
    (art,) = page_articles(PHONE_SCREENSHOT)
    assert art["title"] == "松潘：古城墙下的“文明积分兑换站”开张了"
    assert sorted(art["authors"]) == sorted(["泽旺措", "李明轩"])
    assert art["adcode"] == "513224" and art["outlet"] == "阿坝发布"
    assert {37, 8600} <= {f["value"] for f in art["facts"]}
    assert not {81, 5} & {f["value"] for f in art["facts"]}


# 3. A count of people with the general classifier 个 before 人: the unit is 人; words that
# only start with 人 (人民, 人才, 人口) keep 个.
def test_a_classifier_before_ren_counts_people():
    assert exported_numbers("护河队最初只有7个人，如今已有40多人。") == [(7, "人", "exact"), (40, "人", "more_than")]
    assert exported_numbers("全镇有16个人报名参加。") == [(16, "人", "exact")]
    assert exported_numbers("新建4个人民调解室。") == [(4, "个", "exact")]
    assert exported_numbers("打造9个人才驿站。") == [(9, "个", "exact")]
