"""Structure: repaired segments of one page -> blocks -> articles.

In: the repaired `Segment`s of a page (and its source lines, for the blank-line
gaps). Out: `Block`s with a kind (title, subtitle, byline, heading, paragraph,
caption, credit ...; `blocks.classify`), then `DraftArticle`s: title groups
(`titles`), bylines and photo credits (`bylines`), the page split into
articles (`articles.split_articles`) and captions given to the article they
name (`captions`). Words and marks come from data/layout.yaml (`layout`).
"""
