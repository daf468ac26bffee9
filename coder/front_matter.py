"""The front matter of a scraped article: headline, kicker, photo credit and byline lines.

A news page opens with lines that are not prose ("Police fire tear gas at protesters in
Nairobi", "REUTERS/Photographer", "By Our Correspondent") before its first paragraph. The
headline restates the lede in fewer, vaguer words (present tense, no date, the dateline's city
at best), so an event it names is coded from the body, which says it better. The front matter
codes an event only when the body codes none.

A summary block ("KEY POINTS", "Here is what you need to know:" and the bullet lines after it)
restates what the text tells below, too: its events are coded from the text, not the bullets.

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


def drop_front_matter(candidates: Sequence[C], start: int, text: str = "") -> list[C]:
    """Candidates without those triggered in the front matter or a summary block, when the
    body has any.

    Args:
        candidates: the article's candidates.
        start: the body's start offset (``body_start``).
        text: the article text, for its summary blocks (none when empty).

    Returns:
        The body's candidates, or all of them when the body has none.
    """
    # a summary block's bullets and a round-up's headings ("Seven villagers killed in
    # airstrike" over its paragraph) yield to the prose below them, like a headline
    blocks = (summary_blocks(text) + heading_lines(text)) if text else []
    body = [
        c
        for c in candidates
        if c.trigger.start >= start and not any(a <= c.trigger.start < b for a, b in blocks)
    ]
    return body if body else list(candidates)


# a short first line of a paragraph with no closing punctuation is a heading ("Seven villagers
# killed in airstrike", "SITUATION OVERVIEW") when a line follows it directly
_HEADING_RE = re.compile(r"(?:^|\n\n)([^\n]{1,60})\n(?=[A-Z0-9\"“'‘(])")
_OPEN_END_RE = re.compile(
    r"(?:[.!?,;:\-–—]|\b(?:a|an|the|of|in|at|on|near|and|or|to|by|for|with))\s*$"
)


# a paragraph of one short line in capitals is a crosshead ("SIT-IN IN JAGDALPUR", "SIX
# DETAINED"), whatever follows it: the paragraphs under it tell what it names
_CAPS_HEADING_RE = re.compile(r"(?:^|\n\n)([^\na-z]{3,90})\n[ \t]*\n")


def heading_lines(text: str) -> list[tuple[int, int]]:
    """Offsets of the heading lines inside a text: each heading's start, and where the line
    after it starts."""
    found = [
        (m.start(1), m.end())
        for m in _HEADING_RE.finditer(text)
        if not _OPEN_END_RE.search(m.group(1))
    ]
    found += [
        (m.start(1), m.end())
        for m in _CAPS_HEADING_RE.finditer(text)
        if len(re.findall(r"[A-Z]", m.group(1))) >= 3 and not _SENTENCE_END.search(m.group(1))
    ]
    return sorted(set(found))


_SUMMARY_HEAD = re.compile(
    r"(?i)^(?:key\s+points|highlights|at\s+a\s+glance|in\s+brief|key\s+developments|"
    r"(?:here\s+is|here's)\s+what\s+(?:you\s+need|we)\s+(?:to\s+)?know|"
    r"what\s+(?:you\s+need\s+to|we)\s+know)\b[^\n]*$"
)
_BULLET = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s+")


def summary_blocks(text: str) -> list[tuple[int, int]]:
    """Offsets of the bullet lines under a summary heading ("KEY POINTS", "Here is what you
    need to know:"), each block up to its last bullet line."""
    out: list[tuple[int, int]] = []
    offset, block_start, block_end, heading = 0, -1, -1, False
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if heading and _BULLET.match(line):
            block_start = offset if block_start < 0 else block_start
            block_end = offset + len(line)
        elif stripped:  # a blank line between bullets does not end the block
            if block_start >= 0:
                out.append((block_start, block_end))
            heading = bool(_SUMMARY_HEAD.search(stripped)) or bool(
                re.search(r"(?i)(?:what you need to know|key points)[:.]?$", stripped)
            )
            block_start = block_end = -1
        offset += len(line)
    if block_start >= 0:
        out.append((block_start, block_end))
    return out
