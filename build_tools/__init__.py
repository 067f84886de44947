"""Build tools: raw OCR newspaper pages -> a searchable, comparable MkDocs site.

Bump __version__ whenever a change alters what the pipeline produces: the
cache in .cache/ is keyed by it.
"""
__version__ = "0.1.0"
