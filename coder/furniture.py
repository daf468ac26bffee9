"""Page furniture of scraped articles: captions, bylines, widgets and link lines ("Photo: ...",
"Font Size:", "Also read: ...", "Related:" and the block of links it heads). Never events."""

from __future__ import annotations

import re

from spacy.tokens import Token

__all__ = ["FURNITURE", "is_furniture_line", "on_furniture_line"]

# Page furniture: captions, bylines and widgets are never events.
FURNITURE = (
    "photo:",
    "photo caption",
    "[photo",
    "(photo",
    "pictured:",
    "video:",
    "image:",
    "font size",
    "file photo",
    "credit:",
    "click here",
    "read more",
    "more:",  # "More: Honduras declares state of emergency in five departments"
    "photo credit",
    "image credit",
    "picture:",
    "caption:",
    "related:",
    "tags:",
    "topics:",
    "keywords:",
    "filed under:",
    "latest:",
    "trending:",
    "also read",
    "read also",
    "see also",
    "watch:",
    "copyright",
    "©",
    "all rights reserved",
    "share this",
    "follow us",
    "subscribe",
    "advertisement",
    "sign up",
    "this article is licensed",
    "licensed under",
    # a live blog's recap retells the entries below it: "To recap: a missile strike on ..."
    "to recap",
    "recap:",
    "in case you missed",
    "catch up:",
)


def is_furniture_line(line: str) -> bool:
    """Whether a line is a caption, byline, widget or link line ("Also read: ...", "Also on
    Sentinel: ...", "Contact: ... | See also: ...")."""
    line = _STAMP_RE.sub("", line.strip().lower())
    return (
        line.startswith(FURNITURE)
        or bool(_MORE_LINKS_RE.match(line))
        or bool(_LINKS_IN_LINE_RE.search(line))
    )


# links given inside a line: "Also on Sentinel: ...", "... | See also: ..."
_LINKS_IN_LINE_RE = re.compile(
    r"^also\s+on\s+[\w .'’-]{1,30}:|\|\s*(?:see\s+also|read\s+more|related|also\s+read)\s*:"
)


def on_furniture_line(tok: Token, text: str) -> bool:
    """Whether the token sits on a caption, byline or widget line ("Photo: ..."), or in a block
    of links such a line heads ("Related:" then "- Grenade attack on bar ...")."""
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    if is_furniture_line(text[start : end if end >= 0 else len(text)]):
        return True
    block = text.rfind("\n\n", 0, tok.idx)
    head = text[block + 2 if block >= 0 else 0 : start].strip().lower()
    return bool(head) and head.startswith(_LINK_HEADS) and "\n" in text[block + 2 : tok.idx]


# a live blog's time stamp before an entry: "11:45 - ", "08:45 GMT - "
_STAMP_RE = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[a-z]{2,4})?\s*[-–—:]\s*")


# a link line under its own short heading: "More features: The women clearing landmines in ...",
# "Most read: ...", "Top stories: ..."
_MORE_LINKS_RE = re.compile(
    r"(?:more(?!\s+than)|most\s+(?:read|viewed|popular)|top\s+stories|editor'?s?\s+picks?|"
    r"you\s+may\s+also\s+like|don'?t\s+miss)\b[a-z ’'-]{0,25}:"
)


# furniture lines that head a block of links: every line of the block is a link
_LINK_HEADS = (
    "related",
    "read more",
    "also read",
    "read also",
    "see also",
    "more on",
    "recommended",
)
