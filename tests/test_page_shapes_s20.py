"""Shapes of pages found failing in round s20: the weak pages of the blind sets 86-91. Every page
here was written for these tests; every name is invented."""
from __future__ import annotations

from conftest import page_articles as _arts


def _values(a: dict) -> set:
    return {f["value"] for f in a["facts"]}


BATTLE_REPORT = """创城周报｜第12期：本周全旗整改问题486个
文明额济纳　2024-05-20 21:05　内蒙古

🔥冲刺进行时🔥
距离实地测评还有 45 天

📊【本周战况】（5月13日—5月19日）
本周，全旗各级文明单位持续发力，共出动志愿者1,320人次，开展志愿服务活动86场，清理卫生死角214处；各类督查共发现问题512个，已整改486个。

🏆【苏木比拼】
达来呼布镇：出动志愿者760人次，整改问题268个，综合得分第1名；
东风镇：出动志愿者310人次，整改问题121个，综合得分第2名。

📌【问题曝光】
▶某小区：楼道堆放杂物，已于5月16日整改完毕。
▶某农贸市场：门前占道经营，已限期整改。

💡【下周重点】
1.背街小巷环境卫生大清扫；
2.公益广告破损排查更换。

文字：斯琴高娃
编辑：包晓燕
来源：额济纳旗文明办

阅读 6521　　赞 118　　在看 42
"""


def test_a_posts_short_labels_in_brackets_are_its_sections_not_items():
    # 📊【本周战况】 / 🏆【苏木比拼】 …: one report in sections; the banner over a countdown under
    # the post's headline and meta line opens nothing
    arts = _arts(BATTLE_REPORT)
    assert len(arts) == 1
    a = arts[0]
    assert a["title"] == "创城周报｜第12期：本周全旗整改问题486个"
    assert a["authors"] == ["斯琴高娃"]
    assert a["adcode"] == "152923"
    assert {1320, 86, 214, 512, 486} <= _values(a)
