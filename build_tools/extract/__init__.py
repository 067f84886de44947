"""Extract: an article's text -> its place, year and facts.

In: a draft article's title, subtitle, bylines and sentences. Out: the region
(`region`, from the `gazetteer` of every Chinese division), a year estimate
with its evidence (`year`), and every number (`numbers`) as a fact with unit,
qualifier, metric, quote and sentence anchor, plus campaign practices and
milestones (`facts`).
"""
