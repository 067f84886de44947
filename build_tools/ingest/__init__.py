"""Ingest: a seed file's bytes -> text.

In: the raw bytes of one file in seeds/ and its name. Out: a `Decoded` text
(Unicode, normalised line ends) with the encoding that was detected and
warnings for bytes that had to be replaced. Files that are not text raise
`SeedError` with a one-line reason.
"""
