"""The one place where seed text becomes Markdown or HTML.

Seed text is data, never markup: raw HTML, Markdown syntax, template syntax
and URLs in a seed must come out as visible text. Every renderer passes text
through these functions and nowhere else builds markup from seed text.
"""
from __future__ import annotations

import functools
import json
import html
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
# Line breaks YAML folds: a front-matter value stays on one line.
_LINE_BREAKS = re.compile(r"\r\n|[\n\r\x85\u2028\u2029]")
# After html.escape: characters that could still start block syntax when the
# text spans lines (superfences reads ``` even inside raw HTML), braces that
# look like templates or attr_list.
_HTML_EXTRA = str.maketrans({"{": "&#123;", "}": "&#125;", "`": "&#96;", "~": "&#126;",
                             "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


@functools.lru_cache(maxsize=1 << 16)  # the same names and figures recur across thousands of rows
def html_text(text: str) -> str:
    """Escape text for HTML element content or a quoted attribute: the result
    is one line and no Markdown extension finds syntax in it.

    >>> html_text('<script>alert("x")</script>')
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
    >>> html_text("```\\ncode {{ x }}")
    '&#96;&#96;&#96;&#10;code &#123;&#123; x &#125;&#125;'
    """
    out = html.escape(_CONTROLS.sub("\ufffd", text), quote=True)
    return out.translate(_HTML_EXTRA)


@functools.lru_cache(maxsize=1 << 16)
def md_inline(text: str) -> str:
    """Escape text for a Markdown heading or table cell.

    >>> md_inline("**粗体** [链接](javascript:alert(1)) {: #x}")
    '\\\\*\\\\*粗体\\\\*\\\\* \\\\[链接\\\\]\\\\(javascript&#58;alert\\\\(1\\\\)\\\\) &#123;&#58; \\\\#x&#125;'
    """
    out = html.escape(_CONTROLS.sub("\ufffd", " ".join(text.split())), quote=False)
    return _MD_SPECIAL.sub(r"\\\1", out).translate(_MD_ENTITIES)


def front_matter(data: dict, raw: tuple[str, ...] = ()) -> str:
    """YAML front matter block; string values are HTML-escaped because the
    theme prints some of them (title, description) without escaping, and
    braces become entities so that no template engine reads them.

    Keys in `raw` hold values the renderer has already escaped for where the
    theme override puts them (`html_text` for an attribute value, `json_script`
    for a script element): they are written as they are (line breaks and
    control characters still cleaned), and the theme prints them unchanged.
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
            v = _CONTROLS.sub("\ufffd", _LINE_BREAKS.sub(" ", v))
            return html.escape(v, quote=False).replace("{", "&#123;").replace("}", "&#125;")
        if isinstance(v, list):
            return [clean(x) for x in v]
        if isinstance(v, dict):
            return {k: clean(x) for k, x in v.items()}
        return v

    # libyaml's emitter when present: the pure-Python one was a fifth of render time
    data = {k: (plain(v) if k in raw else clean(v)) for k, v in data.items()}
    body = yaml.dump(data, Dumper=SafeDumper, allow_unicode=True, sort_keys=False, width=10_000)
    return f"---\n{body}---\n"


_BIBTEX = str.maketrans({"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&", "$": r"\$",
                         "#": r"\#", "_": r"\_", "^": r"\^{}", "~": r"\~{}"})


def bibtex_text(text: str) -> str:
    """Escape text for a braced BibTeX field value: TeX's special characters become
    commands, so that a brace in a title cannot end the field.

    >>> print(bibtex_text("50% {x} & #1_a"))
    50\\% \\{x\\} \\& \\#1\\_a
    """
    return _CONTROLS.sub("\ufffd", " ".join(text.split())).translate(_BIBTEX)


_JSON_SCRIPT = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def json_script(data) -> str:
    """JSON for a <script type="application/ld+json"> element: < > & escaped so that no
    text can close the element, and a brace that would start template syntax ({{, {%)
    written as \\u007b (JSON reads it back as the same character).

    >>> json_script({"headline": "</script>{{ x }}"})
    '{"headline": "\\\\u003c/script\\\\u003e\\\\u007b{ x }}"}'
    """
    text = json.dumps(data, ensure_ascii=False).translate(_JSON_SCRIPT)
    # structural braces are never followed by { or %: only a string's can be
    return re.sub(r"\{(?=[{%])", r"\\u007b", text)
