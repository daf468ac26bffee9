"""Words that make an event word the backdrop of a sentence's news: "amid clashes", "following
the arrests", "ten years since the attack", "in the wake of", "four months of demonstrations",
"as unrest spread across the country". A trigger under them codes no event of its own."""

from __future__ import annotations

from spacy.tokens import Token

from coder.modality_words import (
    BACKGROUND_NOUNS,
    BACKGROUND_PREPS,
    LONG_SPANS,
    PROTEST_HEADS,
    SITUATIONS,
    SPREAD_VERBS,
)

_MAX_DEPTH = 6


def is_backdrop(tok: Token) -> bool:
    """Whether a word on the trigger's path makes it the background ("amid clashes")."""
    if tok.lower_ == "following" and tok.dep_ in ("prep", "acl", "advcl"):
        # "Following the arrests, crowds rioted", "a protest following the killing", "staged
        # a demonstration following an assault"; but in "two were killed following an
        # attack" the attack is the news.
        return tok.i < tok.head.i or tok.head.pos_ == "NOUN" or holds_protest(tok.head)
    if _spreading_backdrop(tok):
        return True
    if tok.dep_ != "prep":
        return False
    if tok.lower_ == "since":
        return True  # "ten years since the attack", "the first since the bombing"
    return tok.lower_ in BACKGROUND_PREPS or (
        tok.lower_ == "of"
        and tok.head.lower_ in BACKGROUND_NOUNS
        and (
            tok.head.lower_ in LONG_SPANS  # "four months of demonstrations"
            or not any(c.dep_ == "nummod" for c in tok.head.children)  # "2 days of violence"
        )
    )


def in_backdrop_phrase(noun: Token) -> bool:
    """Whether a noun lies in a phrase a background word heads ("since the massacre in X")."""
    tok = noun
    for _ in range(_MAX_DEPTH):
        if tok.dep_ not in ("pobj", "prep", "appos", "compound", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if is_backdrop(tok):
            return True
    return False


def _spreading_backdrop(verb: Token) -> bool:
    """Whether a clause tells the spread of a situation behind the news ("..., as post-election
    unrest spread across Mozambique"): the unrest is the backdrop of the sentence's event."""
    return (
        verb.dep_ == "advcl"
        and verb.lemma_.lower() in SPREAD_VERBS
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in SITUATIONS for c in verb.children)
    )


def holds_protest(verb: Token) -> bool:
    """Whether a verb reports a protest ("protested", "staged a demonstration")."""
    if {verb.lemma_.lower(), verb.lower_} & PROTEST_HEADS:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in PROTEST_HEADS for c in verb.children)
