"""Clauses of a sentence that tell another time than its news: a clause dated by its distance
from the news ("..., two days before government forces and insurgents clashed", "three months
after the government signed a peace deal") and a relative clause on a dated old event ("the
2004 Tak Bai incident, in which 85 protesters died"). Their event words code nothing here."""

from __future__ import annotations

import re

from spacy.tokens import Token

_UNITS = frozenset({"hour", "day", "week", "month", "year", "decade"})
_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")


def tells_another_time(tok: Token) -> bool:
    """Whether a word sits in a clause that tells another time than the sentence's news."""
    return any(_counted_clause(v) or _on_a_dated_event(v) for v in (tok, *tok.ancestors))


def _counted_clause(verb: Token) -> bool:
    """ "before" a counted time, or "after" weeks, months or years."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    units = {c.lemma_.lower() for c in verb.children if c.dep_ == "npadvmod"} & _UNITS
    return bool(units) and (
        "before" in marks or ("after" in marks and bool(units - {"hour", "day"}))
    )


def _on_a_dated_event(verb: Token) -> bool:
    """A relative clause on a noun that a year qualifies ("the 2004 incident, in which ...")."""
    if verb.dep_ != "relcl":
        return False
    return any(
        c.dep_ in ("compound", "nummod", "amod") and _YEAR_RE.match(c.text)
        for c in verb.head.children
    )
