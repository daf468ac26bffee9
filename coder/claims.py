"""Claims of responsibility: the sentences of an article in which a group owns an attack.

"Al Shabaab claimed responsibility for the attack in a statement" names who carried out the
event that an earlier sentence left to "gunmen" or "a car bomb". ACLED attributes a claimed
attack to the claiming group; the pipeline does so when the claim sentence names exactly one
armed group. Denials and non-claims ("No group has claimed the attack", "the group denied
responsibility") are not claims.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coder.models import TextSpan

_CLAIM_RE = re.compile(
    r"(?i)\b(?:claim(?:ed|s)?\s+(?:responsibility|credit)|"
    r"claim(?:ed|s)\s+(?:the|that|this|both|these|those)\s+(?:attacks?|bombings?|blasts?|"
    r"killings?|assault|explosions?|ambush)|"
    r"responsibility\s+(?:was|has\s+been)\s+claimed\s+by|"
    r"said\s+(?:it|they)\s+(?:had\s+)?(?:carried\s+out|was\s+behind|were\s+behind))\b"
)
_NOT_CLAIMED_RE = re.compile(
    r"(?i)\b(?:no\s+(?:group|one|organi[sz]ation)|nobody|not\s+(?:yet\s+|immediately\s+)?"
    r"(?:been\s+)?claim|(?:has|have)\s+yet\s+to\s+claim|denied|deny|denies|without\s+claim)\w*"
)


def claim_sentences(sentences: Sequence[TextSpan], index: int, *, within: int = 4) -> list[str]:
    """The claim sentences that may own the event of sentence ``index``.

    Args:
        sentences: the article's sentences.
        index: the event's sentence.
        within: how many sentences after the event's own to read.

    Returns:
        The texts of the event's own sentence and of the following ones (up to ``within``) that
        claim an attack without denying it, in order.
    """
    out: list[str] = []
    for sentence in sentences[index : index + 1 + within]:
        if _CLAIM_RE.search(sentence.text) and not _NOT_CLAIMED_RE.search(sentence.text):
            out.append(sentence.text)
    return out
