"""Ingest: a seed file's bytes -> page text for the repair step, whatever the kind of file.

In: the raw bytes of one file in seeds/ and its name. Out: an `Ingested`
(`kinds.read_seed`): the page text as lines (blank lines between blocks,
`#` before a line in title type), how it was read (the text encoding, or
"text layer" / "ocr"), warnings, and for PDF and image files: where each line
is printed (file page, boxes, type size, OCR confidence), layout hints (a
caption under a picture), flags for a human (uncertain OCR, text dropped),
the pages and their images to show beside the text. Files that cannot be
read raise `SeedError` with a one-line reason naming the file.

Modules: `kinds` (which reader, by extension and first bytes), `decode`
(text files), `pdf_text` (PDF text layers with positions and sizes), `images`
(scans: loading, size limits, the copy shown on the site), `ocr` (RapidOCR
driven line by line), `pictures` (photos on a scan), `page_layout` (lines ->
blocks -> reading order -> paragraphs), `pages` (a PDF or image file, page by
page), `page_text` (pages -> text lines and the per-line map).
"""
