"""Split repaired paragraph text into sentences.

Facts quote whole sentences and link to them, so the article page and the
fact extractor must cut sentences the same way: both call `split_sentences`.
A sentence ends at 。！？ (or …… / ；when followed by more text is *not* an
end), and keeps closing quotes/brackets that follow the end mark.
"""
from __future__ import annotations

import re

_END = "。！？!?"
_CLOSE = "”’」』）)》"
# An end mark, optionally followed by closing quotes/brackets.
# A paragraph whose last character is not one of these stops mid-sentence.
PARAGRAPH_END = _END + "…" + _CLOSE
_SENT_RE = re.compile(rf"[^{_END}]*?(?:[{_END}]+[{_CLOSE}]*|$)")


def split_sentences(text: str) -> list[str]:
    """Return the sentences of `text`; joining them gives `text` back.

    >>> split_sentences("城市更美好。生活更幸福！")
    ['城市更美好。', '生活更幸福！']
    >>> split_sentences("他说：“我们只能前进。”随后离开")
    ['他说：“我们只能前进。”', '随后离开']
    >>> "".join(split_sentences("无终止符的文字")) == "无终止符的文字"
    True
    """
    out = [m.group(0) for m in _SENT_RE.finditer(text) if m.group(0)]
    return out
