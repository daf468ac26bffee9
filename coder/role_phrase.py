"""The text of a participant: the noun phrase a head token stands for.

A phrase keeps its compounds, adjectives and possessives ("Syrian government forces"), an "of"
complement ("members of the militia"), a whole named entity, and a bracketed unit name right
after it ("security forces (Danab)"); it drops a place the parser hung on its left.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from coder.models import TextSpan

__all__ = ["phrase", "span_bounds"]

# Left modifiers that belong to an actor's noun phrase ("Syrian government forces").
_LEFT_DEPS = frozenset({"compound", "amod", "poss", "nmod", "case", "punct", "npadvmod"})


def span_bounds(tok: Token) -> tuple[int, int]:
    """Token index bounds [start, end) of the noun phrase headed by ``tok``."""
    start = tok.i
    for child in tok.lefts:
        if child.dep_ in _LEFT_DEPS:
            start = min(start, child.left_edge.i)
            break
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                end = max(end, span_bounds(objs[0])[1])
        elif child.dep_ in ("compound", "flat", "nmod") and child.i == end:
            end = child.right_edge.i + 1
    # A named entity is never cut in half.
    if tok.ent_iob_ in ("B", "I"):
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            start, end = min(start, ent.start), max(end, ent.end)
    # Trim leading punctuation and determiners the left edge may have pulled in, and a place
    # the parser hung on the phrase ("in Kumasi, Ashanti, armed robbers").
    doc = tok.doc
    commas = [i for i in range(start, tok.i) if doc[i].text == ","]
    if commas:
        start = commas[-1] + 1
    while start < tok.i and (
        doc[start].is_punct
        or doc[start].dep_ == "det"
        or doc[start].ent_type_ in ("DATE", "TIME")
        or doc[start].lower_ == "overnight"
    ):
        start += 1
    # Trailing punctuation and a participle the parser glued on ("militia forces erected").
    while end - 1 > tok.i and (doc[end - 1].is_punct or doc[end - 1].pos_ in ("VERB", "AUX")):
        end -= 1
    return start, _balanced(doc, start, _bracketed_name(doc, end))


def _balanced(doc: Doc, start: int, end: int) -> int:
    """End a phrase with its brackets closed: "leader of Chatra Dal (JCD)", never "(JCD"."""
    opened: list[int] = []
    for i in range(start, end):
        if doc[i].text == "(":
            opened.append(i)
        elif doc[i].text == ")" and opened:
            opened.pop()
    if not opened:
        return end
    if end < len(doc) and doc[end].text == ")" and len(opened) == 1:
        return end + 1
    end = opened[0]
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    return end


def _bracketed_name(doc: Doc, end: int) -> int:
    """Extend a phrase over a bracketed name right after it: "security forces (NISA)" names the
    unit; "(Kandahar province)" and other place or date brackets do not."""
    if end >= len(doc) or doc[end].text != "(":
        return end
    for close in range(end + 2, min(end + 7, len(doc))):
        if doc[close].text == ")":
            inside = doc[end + 1 : close]
            places = ("GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL")
            if all(t.pos_ == "PROPN" or t.is_punct for t in inside) and not any(
                t.ent_type_ in places for t in inside
            ):
                return close + 1
            return end
    return end


def phrase(tok: Token) -> TextSpan:
    """The noun phrase headed by ``tok`` as a span of the article text."""
    start, end = span_bounds(tok)
    doc = tok.doc
    s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return TextSpan(start=s, end=e, text=doc[start:end].text)
