"""The layout round trip (`python -m build_tools eval`): how well the pipeline recovers known articles
from pages of every shape.

In: articles known to be right (`corpus`: synthetic ones written from
data/roundtrip.yaml about places all over China, and the six seed articles),
printed as raw pages in every layout the project meets (`typeset`: narrow
columns, PDF wraps, web copies with furniture, pinyin glosses, traditional
script, several articles on a page, captions, bylines in every position,
mastheads, doubled and multi-line titles, uneven `#` headings). Out: per
layout, the share of articles found and of titles, subtitles, authors,
regions, years, dates, outlets, printed pages, body sentences and facts
recovered by the real pipeline (`score`), as one table, a JSON report and
examples of what went wrong (`evaluate`). The gate (data/roundtrip_gate.yaml)
is a ratchet towards 95 % on every field of every layout.

An entry point like `bench`: it runs the pipeline; no stage imports it.
"""
