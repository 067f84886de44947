"""The one place where seed text becomes Markdown or HTML.

Seed text is data, never markup: raw HTML, Markdown syntax, template syntax
and URLs in a seed must come out as visible text. Every renderer passes text
through these functions and nowhere else builds markup from seed text.
"""
from __future__ import annotations

import html
import re

import yaml

# Characters that start Markdown (or an extension's) syntax inline.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~=^:>])")


def html_text(text: str) -> str:
    """Escape text for HTML element content or a quoted attribute.

    >>> html_text('<script>alert("x")</script>')
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
    """
    out = html.escape(text, quote=True)
    # Jinja-like and Markdown-attribute braces: harmless in HTML, but keep them
    # from ever being read as template or attr_list syntax.
    return out.replace("{", "&#123;").replace("}", "&#125;")


def md_inline(text: str) -> str:
    """Escape text for a Markdown heading or table cell.

    >>> md_inline("**粗体** [链接](javascript:alert(1)) {: #x}")
    '\\\\*\\\\*粗体\\\\*\\\\* \\\\[链接\\\\]\\\\(javascript\\\\:alert\\\\(1\\\\)\\\\) &#123;\\\\: \\\\#x&#125;'
    """
    out = html.escape(text, quote=False)
    out = _MD_SPECIAL.sub(r"\\\1", out)
    return out.replace("{", "&#123;").replace("}", "&#125;").replace("\\&#123;", "&#123;").replace("\\&#125;", "&#125;")


def front_matter(data: dict) -> str:
    """YAML front matter block; string values are HTML-escaped because the
    theme prints some of them (title, description) without escaping."""

    def clean(v):
        if isinstance(v, str):
            return html.escape(v, quote=False)
        if isinstance(v, list):
            return [clean(x) for x in v]
        if isinstance(v, dict):
            return {k: clean(x) for k, x in v.items()}
        return v

    body = yaml.safe_dump(clean(data), allow_unicode=True, sort_keys=False, width=10_000)
    return f"---\n{body}---\n"
