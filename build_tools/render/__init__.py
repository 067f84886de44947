"""Render: linked article records -> Markdown pages, data files, charts.

In: article records (after `pipeline.link_corpus`) and their facts. Out: text
for files under docs/: article pages (`pages`), comparison pages and charts
(`compare`, `charts`), home-page snippets (`home`), the glossary (`glossary`),
browse pages (`browse`), data downloads (`data`). Every piece of seed text
passes through `safe` and nowhere else becomes markup.
"""
