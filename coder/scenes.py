"""Scenes of a sentence: a "while in X" clause that tells another scene than its main clause
("Teachers marched in Eldoret, while in Kisumu police fired tear gas at nurses"), and a live
blog's timestamped entries, which are no context for one another."""

from __future__ import annotations

from spacy.tokens import Span, Token

from coder.same_event import opens_entry

__all__ = ["Scenes", "region_of"]


class Scenes:
    """Per article, computed once: each sentence's "while in X" clause and which sentences open
    a live blog's timestamped entry (every sentence looks at its neighbours')."""

    def __init__(self, sents: list[Span]) -> None:
        self._sents = sents
        self._contrasts: dict[int, tuple[int, int] | None] = {}
        self._entries: dict[int, bool] = {}

    def contrast(self, k: int) -> tuple[int, int] | None:
        if k not in self._contrasts:
            self._contrasts[k] = _contrast_clause(self._sents[k])
        return self._contrasts[k]

    def entry_between(self, j: int, index: int) -> bool:
        """Whether a live-blog entry ("16:05 - ...") opens between sentence ``j`` and ``index``."""
        lo, hi = (j, index) if j < index else (index, j)
        return any(self._opens_entry(k) for k in range(lo + 1, hi + 1))

    def _opens_entry(self, k: int) -> bool:
        if k not in self._entries:
            self._entries[k] = opens_entry(self._sents[k].text)
        return self._entries[k]


def region_of(contrast: tuple[int, int] | None, start: int, sent: Span) -> tuple[int, int] | None:
    """The token bounds of the scene a trigger at ``start`` belongs to (None: the sentence)."""
    if contrast is None:
        return None
    a, b = contrast
    if a <= start < b:
        return contrast
    return (sent.start, a) if start < a else (b, sent.end)


_CONTRAST_MARKS = frozenset({"while", "whereas"})
_SCENE_PREPS = frozenset({"in", "at", "near", "outside", "through", "across"})


def _scene_name(clause: Token, skip: range = range(0)) -> str | None:
    """The place a clause names for itself: the first "in/at/near/through X" with a proper noun
    in its words ("in the central town of Lere", "a drone strike near Niono"), leaving out the
    tokens of ``skip`` (the other scene's clause)."""
    doc = clause.doc
    for prep in clause.subtree:
        if prep.i in skip or prep.dep_ != "prep" or prep.lower_ not in _SCENE_PREPS:
            continue
        # the words after the preposition: the parser may hang "Malindi" of "in Malindi
        # police fired" on "police"
        for nxt in doc[prep.i + 1 : min(len(doc), prep.i + 6)]:
            if nxt.i in skip or nxt.is_punct or nxt.pos_ in ("VERB", "AUX", "ADP"):
                if nxt.lower_ != "of":
                    break
                continue
            if nxt.pos_ == "PROPN":
                if nxt.ent_type_ in ("DATE", "TIME", "PERSON", "NORP"):
                    break
                return nxt.lower_
    return None


def _contrast_clause(sent: Span) -> tuple[int, int] | None:
    """Token bounds of a "while in X ..." clause that tells another scene than its main clause."""
    for tok in sent:
        if tok.dep_ not in ("advcl", "conj") or not any(
            c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in tok.children
        ):
            continue
        sub = list(tok.subtree)
        own, main = _scene_name(tok), _scene_name(tok.head, range(sub[0].i, sub[-1].i + 1))
        if own and main and own != main:
            start = sub[0].i
            while start > sent.start and sent.doc[start - 1].is_punct:
                start -= 1  # the comma before "while" belongs to neither scene
            return start, sub[-1].i + 1
    return None
