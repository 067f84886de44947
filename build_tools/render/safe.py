"""The one place where seed text becomes markup or a data cell, by context.

Seed text is data, never markup: raw HTML, Markdown syntax, template syntax,
spreadsheet formulas and URLs in a seed must come out as visible text. Every
renderer passes text through one of these functions, chosen by where the text
lands, and nowhere else builds markup or cells from seed text:

=====================  =====================================================
context                function
=====================  =====================================================
HTML element text      `html_text`
HTML attribute value   `html_attr` (quoted with ``"``; quotes escaped)
SVG text / attribute   `svg_text` (SVG inside HTML is parsed as HTML)
Markdown inline        `md_inline` (headings, table cells, link text)
YAML front matter      `front_matter` (the theme prints values *unescaped*
                       inside elements and attributes: ``<title>``,
                       ``<meta name="description" content="…">``)
CSV cell               `csv_cell` (formula triggers neutralised)
JSON value             `json_dumps` (characters that change how text displays
                       or ends a ``<script>`` written as ``\\uXXXX``)
=====================  =====================================================

Characters that change how text *displays* without being visible (bidi
embeddings, overrides and isolates, C1 controls) are removed from the text by
the repair pass `strip_invisible` before anything reads it. What still holds
them (the raw source lines shown in the audit, the audit's "before" column) is
shown with each such character spelt out, ``⟨U+202E⟩``, so a raw line can never
display differently from its bytes.
"""
from __future__ import annotations

import functools
import html
import json
import re

import yaml

# libyaml's emitter when present: the pure-Python one was a fifth of render time
SafeDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

# Characters that start Markdown syntax inline: backslash-escaped (Python-Markdown
# knows these escapes) ...
_MD_SPECIAL = re.compile(r"([\\`*_\[\]()#+\-.!>])")
# ... and characters some extension could read as syntax, but for which a
# backslash would stay visible: numeric character references.
_MD_ENTITIES = str.maketrans({"{": "&#123;", "}": "&#125;", "|": "&#124;", "~": "&#126;", "=": "&#61;",
                              "^": "&#94;", ":": "&#58;"})
# Control characters (Python-Markdown uses \x02/\x03 for its own placeholders).
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Invisible characters that reorder or hide the text around them: bidi marks,
# embeddings, overrides and isolates, C1 controls, interlinear annotation,
# Unicode tag characters. Shown spelt out (see the module docstring).
INVISIBLE = re.compile("[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                       "\ufff9-\ufffb\U000e0000-\U000e007f]")
# Line breaks YAML folds: a front-matter value stays on one line.
_LINE_BREAKS = re.compile(r"\r\n|[\n\r\x85\u2028\u2029]")
# After html.escape: characters that could still start block syntax when the
# text spans lines (superfences reads ``` even inside raw HTML), braces that
# look like templates or attr_list.
_HTML_EXTRA = str.maketrans({"{": "&#123;", "}": "&#125;", "`": "&#96;", "~": "&#126;",
                             "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def spell_invisible(text: str) -> str:
    """Invisible display-changing characters spelt out as ⟨U+XXXX⟩.

    >>> spell_invisible("12\\u202e34")
    '12⟨U+202E⟩34'
    """
    return INVISIBLE.sub(lambda m: f"⟨U+{ord(m.group(0)):04X}⟩", text)


@functools.lru_cache(maxsize=1 << 16)  # the same names and figures recur across thousands of rows
def html_text(text: str) -> str:
    """Escape text for HTML element content or a double-quoted attribute: the
    result is one line and no Markdown extension finds syntax in it.

    >>> html_text('<script>alert("x")</script>')
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
    >>> html_text("```\\ncode {{ x }}")
    '&#96;&#96;&#96;&#10;code &#123;&#123; x &#125;&#125;'
    >>> html_text("x\\" onload=\\"y")
    'x&quot; onload=&quot;y'
    """
    out = html.escape(spell_invisible(_CONTROLS.sub("\ufffd", text)), quote=True)
    return out.translate(_HTML_EXTRA)


# The same escaping is right for a double-quoted attribute value and for SVG
# inside HTML (the HTML parser reads it; `'` and `"` are escaped too).
html_attr = html_text
svg_text = html_text


@functools.lru_cache(maxsize=1 << 16)
def md_inline(text: str) -> str:
    """Escape text for a Markdown heading or table cell.

    >>> md_inline("**粗体** [链接](javascript:alert(1)) {: #x}")
    '\\\\*\\\\*粗体\\\\*\\\\* \\\\[链接\\\\]\\\\(javascript&#58;alert\\\\(1\\\\)\\\\) &#123;&#58; \\\\#x&#125;'
    """
    text = spell_invisible(_CONTROLS.sub("\ufffd", " ".join(text.split())))
    out = html.escape(text, quote=True)
    return _MD_SPECIAL.sub(r"\\\1", out).translate(_MD_ENTITIES)


def _front_value(v: str) -> str:
    v = spell_invisible(_CONTROLS.sub("\ufffd", _LINE_BREAKS.sub(" ", v)))
    # quote=True: the theme prints description inside content="…", title inside <title>
    return html.escape(v, quote=True).replace("{", "&#123;").replace("}", "&#125;")


def front_matter(data: dict, raw: tuple[str, ...] = ()) -> str:
    """YAML front matter block; string values are HTML-escaped, quotes
    included, because the theme prints some of them (title, description)
    without escaping, inside elements and attributes; braces become entities
    so that no template engine reads them.

    Keys in `raw` hold values the renderer has already escaped for where the
    theme override puts them (`html_text` for an attribute value, `json_script`
    for a script element): they are written as they are (line breaks and
    control characters still cleaned), and the theme prints them unchanged.

    >>> front_matter({"description": 'x" http-equiv="refresh'})
    '---\\ndescription: x&quot; http-equiv=&quot;refresh\\n---\\n'
    """

    def plain(v):
        if isinstance(v, str):
            return _CONTROLS.sub("\ufffd", _LINE_BREAKS.sub(" ", v))
        if isinstance(v, list):
            return [plain(x) for x in v]
        if isinstance(v, dict):
            return {k: plain(x) for k, x in v.items()}
        return v

    def clean(v):
        if isinstance(v, str):
            return _front_value(v)
        if isinstance(v, list):
            return [clean(x) for x in v]
        if isinstance(v, dict):
            return {k: clean(x) for k, x in v.items()}
        return v

    data = {k: (plain(v) if k in raw else clean(v)) for k, v in data.items()}
    body = yaml.dump(data, Dumper=SafeDumper, allow_unicode=True, sort_keys=False, width=10_000)
    return f"---\n{body}---\n"


# -- data files -----------------------------------------------------------------

# A spreadsheet runs a cell as a formula when its first character (after any
# spaces) is one of these; tab and CR also start DDE payloads in some programs.
_FORMULA_START = re.compile(r"^[ \u00a0\u3000]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]")
_NUMBER = re.compile(r"^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$")


def csv_cell(value, numeric: bool = False):
    """A value for a CSV cell that no spreadsheet program runs as a formula.

    Text starting with = + - @ (half- or full-width), tab or CR, also after
    leading spaces, gets a leading apostrophe (the OWASP rule: spreadsheets
    show it as text). In a numeric column (``numeric``) a number stays a
    number: ints and floats are written as numbers, and so is text that is a
    plain decimal number (``-3.5``); anything else there is treated as text.

    >>> csv_cell('=HYPERLINK("https://evil.example/","open")')
    '\\'=HYPERLINK("https://evil.example/","open")'
    >>> csv_cell(" @SUM(A1)"), csv_cell("-3.5"), csv_cell("-3.5", numeric=True), csv_cell(-3.5, numeric=True)
    ("' @SUM(A1)", "'-3.5", '-3.5', -3.5)
    >>> csv_cell("文明城市"), csv_cell(None)
    ('文明城市', '')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return value if numeric else csv_cell(repr(value))
    text = str(value)
    if numeric and _NUMBER.match(text):
        return text
    return "'" + text if _FORMULA_START.match(text) else text


# JSON: characters written as \\uXXXX so that the data files display as their
# values (bidi, invisible) and could be embedded in a <script> (<, >, &, the JS
# line separators). Only string contents can hold them, so the translation
# never touches JSON syntax.
_JSON_ESCAPES = {c: f"\\u{c:04x}" for c in (ord("<"), ord(">"), ord("&"), 0x2028, 0x2029, 0x061C, 0x200E, 0x200F,
                                             *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A),
                                             0xFFF9, 0xFFFA, 0xFFFB, *range(0xE0000, 0xE0080))}


def _char_class(codes) -> str:
    """A regular-expression class of the code points, consecutive ones as ranges: a class
    of 300 single characters (some above U+FFFF) is matched by a linear scan per
    character, 40 times slower than the same class written as ten ranges."""
    runs: list[list[int]] = []
    for c in sorted(codes):
        if runs and c == runs[-1][1] + 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "[" + "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in runs) + "]"


_JSON_NEEDS = re.compile(_char_class(_JSON_ESCAPES))


def json_dumps(value, **kw) -> str:
    """json.dumps with UTF-8 text kept readable but display-changing and
    script-ending characters escaped (a JSON value, same data).

    >>> json_dumps({"t": "</script>\\u202e"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u202e"}'
    >>> json.loads(json_dumps({"t": "</script>\\u202e"}))["t"] == "</script>\\u202e"
    True
    """
    out = json.dumps(value, ensure_ascii=False, **kw)
    return out.translate(_JSON_ESCAPES) if _JSON_NEEDS.search(out) else out


_BIBTEX = str.maketrans({"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&", "$": r"\$",
                         "#": r"\#", "_": r"\_", "^": r"\^{}", "~": r"\~{}"})


def bibtex_text(text: str) -> str:
    """Escape text for a braced BibTeX field value: TeX's special characters become
    commands, so that a brace in a title cannot end the field.

    >>> print(bibtex_text("50% {x} & #1_a"))
    50\\% \\{x\\} \\& \\#1\\_a
    """
    return _CONTROLS.sub("\ufffd", " ".join(text.split())).translate(_BIBTEX)


def json_script(data) -> str:
    """JSON for a <script type="application/ld+json"> element: `json_dumps` (< > & and
    display-changing characters escaped, so no text can close the element), and a brace
    that would start template syntax ({{, {%) written as \\u007b (JSON reads it back as the
    same character).

    >>> json_script({"headline": "</script>{{ x }}"})
    '{"headline": "\\\\u003c/script\\\\u003e\\\\u007b{ x }}"}'
    """
    # structural braces are never followed by { or %: only a string's can be
    return re.sub(r"\{(?=[{%])", r"\\u007b", json_dumps(data))
