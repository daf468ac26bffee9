"""Other senses of trigger words: the same word naming no event ("head torches", "the trial
demonstrates its commitment", "meeting little resistance", "come back fighting", "executed the
plan", "opened fire on a foot patrol")."""

from __future__ import annotations

from spacy.tokens import Token

_PLANS = frozenset({"plan", "strategy", "order", "task", "policy", "project", "move", "play"})
_MET_THINGS = frozenset({"resistance", "opposition", "deadline", "demand", "target", "need"})
# what a deal is before it is made
_UNMADE = frozenset({"proposal", "plan", "talk", "talks", "negotiation", "draft", "offer", "bid"})
_HIT_VERBS = frozenset({"ambush", "attack", "target", "hit", "strike", "engage", "raid", "shell"})


def other_sense(tok: Token, lemma: str, low: str) -> bool:
    """Whether a trigger word is used in a sense that names no event.

    Args:
        tok: the word.
        lemma, low: its lemma and lower-cased form.
    """
    if lemma == "torch" and tok.pos_ == "NOUN":
        return True  # "climbed the slopes with head torches": a lamp
    if lemma == "demonstrate" and any(_shown(c) for c in tok.children):
        return True  # "the trial demonstrates its commitment", "demonstrated that": shows
    if lemma == "meet" and any(c.dep_ == "dobj" and c.lemma_ in _MET_THINGS for c in tok.children):
        return True  # "meeting little resistance", "met the deadline": no meeting
    if (
        low == "fighting"
        and tok.head.lemma_ == "come"
        and tok.dep_ in ("advcl", "xcomp", "dobj")
        and any(c.lower_ in ("back", "out") for c in tok.head.children)
    ):
        return True  # "come back fighting", "came out fighting": a spirit, no fight
    if lemma == "patrol" and tok.pos_ == "NOUN" and _hit_patrol(tok):
        return True  # "opened fire on a foot patrol", "ambushed a patrol": the target
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "come" and _definite(tok):
        return True  # "The clashes come three months after ...": the clashes told, placed in time
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in _UNMADE:
        return True  # "a new truce proposal", "ceasefire talks": no truce yet
    if tok.tag_ == "NNS" and _what_it_leads_to(tok):
        return True  # "confronting them inevitably leads to shootouts": a generalisation
    if low == "execute" or lemma == "execute":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _PLANS for c in tok.children)
    return False


def _what_it_leads_to(tok: Token) -> bool:
    """Whether plural events are what something leads to, in the simple present."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("to", "in"):
        return False
    verb = prep.head
    return verb.lemma_ in ("lead", "result", "end") and verb.tag_ in ("VBZ", "VBP")


def _definite(tok: Token) -> bool:
    return any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that") for c in tok.children
    )


def _hit_patrol(tok: Token) -> bool:
    """Whether a patrol is what was hit: the object of "on"/"against" or of an attack verb
    ("ambushed a patrol"), not of "conducted" or "increased"."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "against", "at", "targeting"):
        return True
    return tok.dep_ == "dobj" and tok.head.lemma_ in _HIT_VERBS


def _shown(child: Token) -> bool:
    """Whether a child of "demonstrate" is what is shown: an object, or a "that" clause."""
    if child.dep_ == "dobj":
        return True
    return child.dep_ == "ccomp" and any(
        c.dep_ == "mark" and c.lower_ in ("that", "how", "whether") for c in child.children
    )
