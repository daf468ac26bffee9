"""Number words and vague quantities as news reports write them, with their counted values.

"twenty-one" is 21; "several" 3, "dozens" 12, "scores" 20, "hundreds" 100 (ACLED's conventional,
conservative values for vague quantities, measured on ACLED-coded notes).
"""

from __future__ import annotations

import re

UNITS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
VAGUE: dict[str, int] = {
    "several": 3,
    "a number of": 3,
    "an unknown number of": 3,
    "unknown number of": 3,
    "a few": 3,
    "few": 3,
    "multiple": 3,
    "some": 3,
    "an unspecified number of": 3,
    "unspecified number of": 3,
    "both": 2,
    "many": 10,
    "numerous": 10,
    "a dozen": 12,
    "dozens of": 12,
    "dozens": 12,
    "scores of": 20,
    "scores": 20,
    "hundreds of": 100,
    "hundreds": 100,
}
WORD_NUMBER = rf"(?:(?:{'|'.join(TENS)})(?:[\s-](?:{'|'.join(UNITS[1:10])}))?|{'|'.join(UNITS)})"
DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
VAGUE_RE = "|".join(sorted((re.escape(k) for k in VAGUE), key=len, reverse=True))


def word_or_digits(text: str) -> int | None:
    """The value of "12", "1,200", "seven" or "twenty-one" (None for anything else)."""
    text = text.lower().replace(",", "")
    if text.isdigit():
        return int(text)
    parts = re.split(r"[\s-]+", text)
    total = 0
    for part in parts:
        if part in UNITS:
            total += UNITS.index(part)
        elif part in TENS:
            total += 20 + 10 * TENS.index(part)
        else:
            return None
    return total
