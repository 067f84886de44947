"""Site: processed seeds -> the generated part of docs/, built incrementally and swapped in whole.

In: the seeds folder. Out: articles/, data/, compare/, browse/, glossary/,
_snippets/ and tags.md under docs/. `build` processes seeds in parallel
(cached in .cache/ by `store`, keyed by `fingerprint`), `assemble` renders
units and cross-article `outputs` from their views (`units`), `swap` moves
the staged result into docs/. `search_terms` and `search_index` serve
Material's Chinese search; `url` reads the site's address.
"""
