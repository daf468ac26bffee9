"""Clauses of a sentence that tell another time than its news: a clause dated by its distance
from the news ("..., two days before government forces and insurgents clashed", "three months
after the government signed a peace deal"), a relative clause on a dated old event ("the 2004
Tak Bai incident, in which 85 protesters died") and a deed done for decades ("which has fought
the Turkish state for four decades"). Their event words code nothing here."""

from __future__ import annotations

import re

from spacy.tokens import Token

_UNITS = frozenset({"hour", "day", "week", "month", "year", "decade"})
_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")


def tells_another_time(tok: Token) -> bool:
    """Whether a word sits in a clause that tells another time than the sentence's news."""
    return any(
        _counted_clause(v) or _on_a_dated_event(v) or _for_decades(v) for v in (tok, *tok.ancestors)
    )


def _for_decades(verb: Token) -> bool:
    """ "which has fought the Turkish state for four decades": a long war, not an event."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(g.dep_ == "pobj" and g.lower_ in _LONG for g in c.children)
        for c in verb.children
    )


_LONG = frozenset({"decades", "years", "generations", "centuries"})


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
