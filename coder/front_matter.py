"""The front matter of a scraped article: headline, kicker, photo credit and byline lines.

A news page opens with lines that are not prose ("Police fire tear gas at protesters in
Nairobi", "REUTERS/Photographer", "By Our Correspondent") before its first paragraph. The
headline restates the lede in fewer, vaguer words (present tense, no date, the dateline's city
at best), so an event it names is coded from the body, which says it better. The front matter
codes an event only when the body codes none.

A line is prose when it ends like a sentence (a full stop, a question or exclamation mark, a
closing quote) and has at least ``PROSE_WORDS`` words. The front matter is the run of non-prose
lines at the start of the text, when prose follows it; a text that never turns to prose (a
headline-like note, a one-line report) has no front matter: all of it is body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from coder.models import Candidate

PROSE_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")

C = TypeVar("C", bound=Candidate)


def body_start(text: str) -> int:
    """The offset where the article's body starts (0 when the text starts with prose).

    Args:
        text: the article text.

    Returns:
        The offset of the first prose line, when non-prose lines precede it; else 0.
    """
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped and _is_prose(stripped):
            return offset
        offset += len(line)
    return 0


def _is_prose(line: str) -> bool:
    return bool(_SENTENCE_END.search(line)) and len(line.split()) >= PROSE_WORDS


def drop_front_matter(candidates: Sequence[C], start: int) -> list[C]:
    """Candidates without those triggered in the front matter, when the body has any.

    Args:
        candidates: the article's candidates.
        start: the body's start offset (``body_start``).

    Returns:
        The body's candidates, or all of them when the body has none.
    """
    body = [c for c in candidates if c.trigger.start >= start]
    return body if body else list(candidates)
