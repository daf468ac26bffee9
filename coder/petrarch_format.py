"""Reading PETRARCH/TABARI actor and agent dictionaries (the text format, not the conversion).

The formats, as PETRARCH and TABARI read them:

- ``#`` starts a comment (to the end of the line); ``<!-- ... -->`` on one line is a comment too.
- An entry starts at the left margin with a name whose words are joined by ``_`` (a trailing
  ``_`` marks the end of the phrase): ``HAMID_KARZAI_``. Lines starting with ``+`` add aliases.
- Codes in brackets, on the name line or on their own (indented) lines: ``[AFGGOV]``, with an
  optional date restriction ``[AFGGOV 011222-141229]`` (from-to), ``[AFGGOV >011222]`` (from),
  ``[AFGGOV <011221]`` (until). Dates are ``YYMMDD`` (00-39 read as 20xx, 40-99 as 19xx) or
  ``YYYYMMDD``.
- In an agents dictionary a code may start with ``~`` (the agent code is appended to the actor's
  country code) and irregular plurals follow in braces: ``POLICEMAN_ {POLICEMEN_} [~COP]``.
  Regular plurals are generated.

:mod:`coder.petrarch` converts what this module reads into the actor dictionary's YAML format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_CODE = re.compile(
    r"\[\s*(~?)([A-Za-z0-9]+)\s*(?:([<>])\s*(\d{6}|\d{8})|(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8}))?\s*\]"
)
_BRACES = re.compile(r"\{([^}]*)\}")
_XML_COMMENT = re.compile(r"<!--.*?-->")


@dataclass(frozen=True)
class DatedCode:
    """A code with its (inclusive) validity bounds; None is open."""

    code: str
    from_: date | None = None
    to: date | None = None


@dataclass(frozen=True)
class Entry:
    """One dictionary entry: its names (the first is the main one) and codes."""

    names: tuple[str, ...]
    codes: tuple[DatedCode, ...]
    line: int
    plurals: bool = False


def parse_date(text: str) -> date:
    """A PETRARCH date: ``YYMMDD`` (00-39 are 20xx, 40-99 19xx) or ``YYYYMMDD``."""
    if len(text) == 8:
        year, rest = int(text[:4]), text[4:]
    else:
        short = int(text[:2])
        year, rest = (2000 + short if short < 40 else 1900 + short), text[2:]
    try:
        return date(year, int(rest[:2]), int(rest[2:]))
    except ValueError:
        raise ValueError(f"not a date: {text!r}") from None


def entry_name(token: str) -> str:
    """A dictionary token as words: ``"+HAMID_KARZAI_"`` -> ``"HAMID KARZAI"``."""
    return " ".join(part for part in token.strip().strip("+").split("_") if part)


def _codes(text: str) -> list[DatedCode]:
    found = []
    for m in _CODE.finditer(text):
        _, code, op, single, lo, hi = m.groups()  # the `~` of agent codes changes nothing here
        if op == ">":
            dated = DatedCode(code.upper(), from_=parse_date(single))
        elif op == "<":
            dated = DatedCode(code.upper(), to=parse_date(single))
        elif lo:
            dated = DatedCode(code.upper(), from_=parse_date(lo), to=parse_date(hi))
        else:
            dated = DatedCode(code.upper())
        found.append(dated)
    return found


def parse_dictionary(text: str) -> tuple[list[Entry], list[tuple[int, str]]]:
    """Read a PETRARCH/TABARI actor or agent dictionary.

    Args:
        text: the dictionary file's text.

    Returns:
        The entries in file order, and (line number, reason) for lines that could not be read.
    """
    entries: list[Entry] = []
    skipped: list[tuple[int, str]] = []
    names: list[str] = []
    codes: list[DatedCode] = []
    plurals = False
    start = 0

    def close() -> None:
        if names:
            entries.append(Entry(tuple(names), tuple(codes), start, plurals))

    for number, raw in enumerate(text.splitlines(), start=1):
        line = _XML_COMMENT.sub("", raw.split("#", 1)[0]).rstrip()
        if not line.strip():
            continue
        try:
            found = _codes(line)
        except ValueError as exc:
            skipped.append((number, str(exc)))
            continue
        irregular = [
            entry_name(p) for b in _BRACES.findall(line) for p in b.split() if entry_name(p)
        ]
        words = _CODE.sub(" ", _BRACES.sub(" ", line)).split()
        if line.lstrip().startswith("+") or (words and words[0].startswith("+")):
            names.extend(entry_name(w) for w in words if entry_name(w))
        elif not line[0].isspace() and words:
            close()
            names, codes, plurals, start = [], [], False, number
            if len(words) > 1:
                skipped.append((number, f"extra words after the name ignored: {words[1:]}"))
            names.append(entry_name(words[0]))
        elif words:
            skipped.append((number, f"unexpected text: {line.strip()!r}"))
            continue
        elif not found:
            skipped.append((number, f"unreadable line: {line.strip()!r}"))
            continue
        if not names:
            skipped.append((number, "codes before any entry name"))
            continue
        names.extend(irregular)
        codes.extend(found)
        plurals = plurals or bool(irregular)
    close()
    return entries, skipped
