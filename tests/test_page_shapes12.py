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
